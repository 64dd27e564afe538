//! The funnel of the six Shiffman columns: where clients stand now, how
//! many entered each column in a period and went on from it, how the results
//! came out and why clients were lost.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use serde::Serialize;

use super::classes::Period;
use super::fold::fold;
use super::model::ClientId;
use super::{Column, Outcome};

/// One move of a client into a column (the first placement included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub client_id: ClientId,
    pub at: NaiveDateTime,
    pub to: Column,
    pub result: Option<Outcome>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    pub column: Column,
    /// Clients in the column now.
    pub now: usize,
    /// Clients that entered the column in the period.
    pub entered: usize,
    /// Of those, the clients that later reached a column further right.
    pub moved_on: usize,
    /// `moved_on / entered`; none for the result column or when nobody entered.
    pub conversion: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub name: String,
    pub clients: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Funnel {
    pub period: Period,
    pub stages: Vec<Stage>,
    /// Results recorded in the period, by kind, in the order of the kinds.
    pub results: Vec<Count>,
    /// Reasons of the period's lost results, most frequent first; the same
    /// reason in other letter case or accents counts once, under the
    /// spelling first met.
    pub lost_reasons: Vec<Count>,
}

/// The funnel for `period` from the columns clients stand in now and every
/// move up to the period's end, ordered by client and time.
pub fn funnel(now: &[Column], moves: &[Move], period: Period) -> Funnel {
    let mut stages: Vec<Stage> = Column::ALL
        .iter()
        .map(|c| Stage {
            column: *c,
            now: now.iter().filter(|n| *n == c).count(),
            entered: 0,
            moved_on: 0,
            conversion: None,
        })
        .collect();
    let mut results: HashMap<Outcome, usize> = HashMap::new();
    let mut reasons: Vec<(String, Count)> = Vec::new();
    for client in moves.chunk_by(|a, b| a.client_id == b.client_id) {
        let mut entered = [false; Column::ALL.len()];
        let mut moved_on = [false; Column::ALL.len()];
        let mut outcomes: Vec<Outcome> = Vec::new();
        let mut lost_reason: Option<&str> = None;
        for (i, m) in client.iter().enumerate() {
            if !period.contains(m.at.date()) {
                continue;
            }
            let column = m.to as usize;
            entered[column] = true;
            if client[i + 1..].iter().any(|later| later.to as usize > column && later.at.date() <= period.to) {
                moved_on[column] = true;
            }
            if let Some(result) = m.result
                && !outcomes.contains(&result)
            {
                outcomes.push(result);
            }
            if m.result == Some(Outcome::Lost) {
                lost_reason = m
                    .reason
                    .as_deref()
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .or(Some(crate::i18n::t("funnel-no-reason")));
            }
        }
        for (stage, (e, m)) in stages.iter_mut().zip(entered.iter().zip(&moved_on)) {
            stage.entered += usize::from(*e);
            stage.moved_on += usize::from(*m);
        }
        for result in outcomes {
            *results.entry(result).or_default() += 1;
        }
        if let Some(reason) = lost_reason {
            let key = fold(reason);
            match reasons.iter_mut().find(|(k, _)| *k == key) {
                Some((_, count)) => count.clients += 1,
                None => reasons.push((key, Count { name: reason.to_string(), clients: 1 })),
            }
        }
    }
    for stage in &mut stages {
        if stage.column != Column::Result && stage.entered > 0 {
            stage.conversion = Some(stage.moved_on as f64 / stage.entered as f64);
        }
    }
    let mut lost_reasons: Vec<Count> = reasons.into_iter().map(|(_, c)| c).collect();
    lost_reasons.sort_by(|a, b| b.clients.cmp(&a.clients).then_with(|| fold(&a.name).cmp(&fold(&b.name))));
    Funnel {
        period,
        stages,
        results: Outcome::ALL
            .iter()
            .map(|o| Count { name: o.id().to_string(), clients: results.get(o).copied().unwrap_or(0) })
            .collect(),
        lost_reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&format!("{s} 10:00"), "%Y-%m-%d %H:%M").unwrap()
    }

    fn mv(client_id: ClientId, date: &str, to: Column) -> Move {
        Move { client_id, at: at(date), to, result: None, reason: None }
    }

    fn result(client_id: ClientId, date: &str, outcome: Outcome, reason: Option<&str>) -> Move {
        Move { result: Some(outcome), reason: reason.map(String::from), ..mv(client_id, date, Column::Result) }
    }

    #[test]
    fn entries_conversions_results_and_reasons_of_a_period() {
        use Column::*;
        let period = Period { from: "2026-10-01".parse().unwrap(), to: "2026-10-31".parse().unwrap() };
        let moves = vec![
            // 1: placed in September, interested and a contract in October.
            mv(1, "2026-09-20", Prospects),
            mv(1, "2026-10-02", Interested),
            result(1, "2026-10-20", Outcome::Contract, None),
            // 2: placed in October, went no further.
            mv(2, "2026-10-05", Prospects),
            // 3: placed and interested in October, lost in November (after the period).
            mv(3, "2026-10-06", Prospects),
            mv(3, "2026-10-07", Interested),
            result(3, "2026-11-02", Outcome::Lost, Some("price")),
            // 4: placed in October, lost straight away: skipped columns still count as moving on.
            mv(4, "2026-10-08", Prospects),
            result(4, "2026-10-09", Outcome::Lost, Some("Price ")),
            // 5: lost in October without a reason.
            mv(5, "2026-08-01", Prospects),
            result(5, "2026-10-31", Outcome::Lost, None),
        ];
        let now = [Prospects, Prospects, Result, Result, Result, Interested];
        let f = funnel(&now, &moves, period);
        let stage = |c: Column| f.stages.iter().find(|s| s.column == c).unwrap().clone();
        // Prospects entered in October: 2, 3, 4; moved on: 3 (interested), 4 (straight to the result).
        assert_eq!((stage(Prospects).now, stage(Prospects).entered, stage(Prospects).moved_on), (2, 3, 2));
        assert_eq!(stage(Prospects).conversion, Some(2.0 / 3.0));
        // Interested in October: 1 and 3; only 1 reached the result column
        // by the period's end (3 was lost in November).
        assert_eq!((stage(Interested).entered, stage(Interested).moved_on), (2, 1));
        assert_eq!((stage(FollowUp1).entered, stage(FollowUp1).conversion), (0, None));
        assert_eq!((stage(Result).now, stage(Result).entered, stage(Result).conversion), (3, 3, None));
        let results: Vec<(&str, usize)> = f.results.iter().map(|c| (c.name.as_str(), c.clients)).collect();
        assert_eq!(results, [("contract", 1), ("purchase", 0), ("later", 0), ("lost", 2)]);
        let reasons: Vec<(&str, usize)> = f.lost_reasons.iter().map(|c| (c.name.as_str(), c.clients)).collect();
        assert_eq!(reasons, [("no reason given", 1), ("Price", 1)]);
    }

    #[test]
    fn an_empty_file_has_an_empty_funnel() {
        let period = Period { from: "2026-01-01".parse().unwrap(), to: "2026-12-31".parse().unwrap() };
        let f = funnel(&[], &[], period);
        assert!(f.stages.iter().all(|s| s.now == 0 && s.entered == 0 && s.conversion.is_none()));
        assert!(f.lost_reasons.is_empty());
    }
}
