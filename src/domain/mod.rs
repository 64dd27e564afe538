//! Plain types and rules of the central client file: no SQL, no terminal.

pub mod agenda;
pub mod calls;
pub mod capture;
pub mod categories;
pub mod channels;
pub mod classes;
pub mod clock;
pub mod complaints;
pub mod dates;
pub mod duplicates;
pub mod figures;
pub mod filling;
pub mod fold;
pub mod funnel;
pub mod greetings;
pub mod history;
pub mod kinds;
pub mod kpi;
pub mod loyalty;
pub mod matrix;
pub mod model;
pub mod prospecting;
pub mod queue;
pub mod rotation;
pub mod search;

use std::fmt;

pub use kinds::{CallOutcome, Category, ChannelKind, ClientKind, Column, ContactKind, Outcome};

/// Bad input from a person: names the field and the value, says what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ValidationError {
    pub field: String,
    pub value: String,
    pub reason: String,
}

impl ValidationError {
    pub fn new(field: &str, value: &str, reason: impl Into<String>) -> Self {
        ValidationError { field: field.to_string(), value: value.to_string(), reason: reason.into() }
    }

    /// The same error, reporting the whole value the person typed.
    pub fn with_value(mut self, value: &str) -> Self {
        self.value = value.to_string();
        self
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A line break or tab typed into the value is shown, not obeyed:
        // the error stays one line.
        let value: String = self
            .value
            .chars()
            .map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() })
            .collect();
        write!(f, "{} '{value}': {}", self.field, self.reason)
    }
}

/// Trims a required text field, refusing an empty one.
pub fn required(field: &str, value: &str) -> Result<String, ValidationError> {
    let t = value.trim();
    if t.is_empty() {
        Err(ValidationError::new(field, value, crate::i18n::t("err-must-not-be-empty")))
    } else {
        Ok(t.to_string())
    }
}

/// Parses an amount of money into minor units (cents/kopecks/bani):
/// `1234.5`, `1 234,50`, `12 345,67` (with a no-break space too).
pub fn parse_amount(field: &str, text: &str) -> Result<i64, ValidationError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let bad = || ValidationError::new(field, text, crate::i18n::t("err-expected-amount-1234-50-or"));
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
    {
        return Err(bad());
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
    let frac: i64 = format!("{frac:0<2}").parse().map_err(|_| bad())?;
    let minor = whole.checked_mul(100).and_then(|w| w.checked_add(frac)).ok_or_else(bad)?;
    Ok(if negative { -minor } else { minor })
}

/// Formats minor units as a plain decimal: `1234.50`.
pub fn format_amount(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.unsigned_abs();
    format!("{sign}{}.{:02}", m / 100, m % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_office_notation() {
        assert_eq!(parse_amount("amount", "1234.5").unwrap(), 123_450);
        assert_eq!(parse_amount("amount", "12 345,67").unwrap(), 1_234_567);
        assert_eq!(parse_amount("amount", "12\u{a0}345,67").unwrap(), 1_234_567);
        assert_eq!(parse_amount("amount", "-5").unwrap(), -500);
        assert!(parse_amount("amount", "12,345.67").is_err(), "two separators are ambiguous");
        assert!(parse_amount("amount", "abc").is_err());
        assert!(parse_amount("amount", "").is_err());
        assert_eq!(format_amount(1_234_567), "12345.67");
        assert_eq!(format_amount(-5), "-0.05");
    }

    #[test]
    fn required_refuses_blank() {
        assert_eq!(required("name", "  Muñoz ").unwrap(), "Muñoz");
        assert_eq!(required("name", "  ").unwrap_err().to_string(), "name '  ': must not be empty");
    }
}
