//! The call queue's rules: what follows each outcome of a call, logged
//! with one key (issue 6). `[calls]` in the configuration file changes them.

use chrono::{Duration, NaiveDate};
use serde::Deserialize;

use super::CallOutcome;

/// Where a refusal puts the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// Into the result column as lost, with the reason.
    Lost,
    /// Into the red-green category ("the decision-maker refused the
    /// offer"), for a win-back campaign later; the reason goes in the log.
    RedGreen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CallRules {
    /// Days before calling again a client who did not answer.
    pub no_answer_retry: u32,
    /// How many unanswered calls in a row are retried.
    pub no_answer_tries: u32,
    pub refused: Refusal,
}

impl Default for CallRules {
    fn default() -> Self {
        CallRules { no_answer_retry: 2, no_answer_tries: 3, refused: Refusal::Lost }
    }
}

/// What the queue does after an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    /// Logged; the next contact is none or as planned.
    Done,
    /// Logged, and called again on this day.
    Retry(NaiveDate),
    /// Logged, and not retried: the tries are used up.
    GiveUp,
    /// The next date is asked before the call is logged.
    AskDate,
    /// The reason of the refusal is asked.
    AskReason,
    /// The result (contract or purchase) is asked.
    AskResult,
}

/// What follows `outcome`, for a client whose last `unanswered` calls in a
/// row were not answered (this one not counted).
pub fn follow(outcome: CallOutcome, unanswered: usize, rules: &CallRules, today: NaiveDate) -> Follow {
    match outcome {
        CallOutcome::Reached => Follow::Done,
        CallOutcome::NoAnswer => {
            let tries = usize::try_from(rules.no_answer_tries).unwrap_or(usize::MAX);
            if unanswered + 1 < tries {
                Follow::Retry(today + Duration::days(i64::from(rules.no_answer_retry)))
            } else {
                Follow::GiveUp
            }
        }
        CallOutcome::CallBack => Follow::AskDate,
        CallOutcome::Refused => Follow::AskReason,
        CallOutcome::Won => Follow::AskResult,
    }
}

/// How many of `outcomes` (the latest first) are unanswered calls in a row.
pub fn unanswered<'a>(outcomes: impl IntoIterator<Item = Option<&'a str>>) -> usize {
    outcomes.into_iter().take_while(|o| *o == Some(CallOutcome::NoAnswer.id())).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn no_answer_is_retried_in_two_days_up_to_three_times() {
        let rules = CallRules::default();
        let today = d("2026-11-23");
        assert_eq!(follow(CallOutcome::NoAnswer, 0, &rules, today), Follow::Retry(d("2026-11-25")));
        assert_eq!(follow(CallOutcome::NoAnswer, 1, &rules, today), Follow::Retry(d("2026-11-25")));
        assert_eq!(follow(CallOutcome::NoAnswer, 2, &rules, today), Follow::GiveUp);
        let patient = CallRules { no_answer_retry: 1, no_answer_tries: 5, ..rules };
        assert_eq!(follow(CallOutcome::NoAnswer, 3, &patient, today), Follow::Retry(d("2026-11-24")));
    }

    #[test]
    fn the_other_outcomes_ask_what_they_need() {
        let (rules, today) = (CallRules::default(), d("2026-11-23"));
        assert_eq!(follow(CallOutcome::Reached, 2, &rules, today), Follow::Done);
        assert_eq!(follow(CallOutcome::CallBack, 0, &rules, today), Follow::AskDate);
        assert_eq!(follow(CallOutcome::Refused, 0, &rules, today), Follow::AskReason);
        assert_eq!(follow(CallOutcome::Won, 0, &rules, today), Follow::AskResult);
    }

    #[test]
    fn unanswered_calls_are_counted_in_a_row_from_the_latest() {
        let log = [Some("no_answer"), Some("no_answer"), Some("reached"), Some("no_answer")];
        assert_eq!(unanswered(log), 2);
        assert_eq!(unanswered([None, Some("no_answer")]), 0);
    }
}
