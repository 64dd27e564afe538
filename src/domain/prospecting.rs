//! Rules for moving a client along the six Shiffman columns.

use super::{Column, Outcome, ValidationError};

/// Where a move goes and, into `result`, with what result and reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedMove {
    pub to: Column,
    pub result: Option<Outcome>,
    pub reason: Option<String>,
}

/// Checks a move from `from`; `to` of none means one column right.
pub fn plan_move(
    from: Column,
    to: Option<Column>,
    result: Option<Outcome>,
    reason: Option<&str>,
) -> Result<PlannedMove, ValidationError> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_string);
    let to = match (to, result) {
        (Some(to), _) => to,
        (None, Some(_)) => Column::Result,
        (None, None) => from.next().ok_or_else(|| {
            ValidationError::new("column", from.id(), crate::i18n::t("err-client-is-already-in-last"))
        })?,
    };
    if to == from && result.is_none() {
        return Err(ValidationError::new("to", to.id(), crate::i18n::t("err-client-is-already-in-this")));
    }
    if to == Column::Result {
        let Some(result) = result else {
            return Err(ValidationError::new("to", to.id(), crate::i18n::t("err-moving-into-result-needs-result")));
        };
        if result.needs_reason() && reason.is_none() {
            return Err(ValidationError::new("reason", "", crate::i18n::t("err-lost-client-needs-reason-it")));
        }
        return Ok(PlannedMove { to, result: Some(result), reason });
    }
    if let Some(result) = result {
        return Err(ValidationError::new("result", result.id(), crate::i18n::t("err-result-is-recorded-only-in")));
    }
    Ok(PlannedMove { to, result: None, reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advancing_goes_one_column_right() {
        let m = plan_move(Column::Prospects, None, None, None).unwrap();
        assert_eq!(m.to, Column::Interested);
    }

    #[test]
    fn result_needs_an_outcome_and_lost_needs_a_reason() {
        let e = plan_move(Column::FollowUp3, None, None, None).unwrap_err();
        assert!(e.to_string().contains("needs the result"), "{e}");
        let e = plan_move(Column::FollowUp3, None, Some(Outcome::Lost), None).unwrap_err();
        assert_eq!(e.field, "reason");
        let m = plan_move(Column::FollowUp3, None, Some(Outcome::Lost), Some("price")).unwrap();
        assert_eq!((m.to, m.result, m.reason.as_deref()), (Column::Result, Some(Outcome::Lost), Some("price")));
    }

    #[test]
    fn the_same_column_is_refused_but_a_new_result_is_not() {
        assert!(plan_move(Column::Interested, Some(Column::Interested), None, None).is_err());
        assert!(plan_move(Column::Result, None, Some(Outcome::Contract), None).is_ok());
        assert!(plan_move(Column::Result, None, None, None).is_err());
    }
}
