//! Complaints and satisfaction (domain.md): a complaint is registered,
//! its cause found, resolved, and the process that caused it fixed — four
//! dated steps, in that order. Satisfaction is asked on a 1–5 scale per
//! question; a 2 is open dissatisfaction, a 3 hidden dissatisfaction, and
//! both are handled like a complaint.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::ValidationError;
use super::kinds::stable_ids;
use super::model::ClientId;

stable_ids!(
    /// The steps a complaint goes through after it is registered.
    Step, "step", {
        CauseFound = "cause_found" / "complaint-step-cause_found",
        Resolved = "resolved" / "complaint-step-resolved",
        ProcessFixed = "process_fixed" / "complaint-step-process_fixed",
    }
);

/// A step taken: when, and what was found or done.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Done {
    pub at: NaiveDateTime,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Complaint {
    pub id: i64,
    pub client_id: ClientId,
    pub client: String,
    pub what: String,
    /// Who complained (a person of the client, in words).
    pub raised_by: Option<String>,
    pub registered_at: NaiveDateTime,
    /// Who registered it.
    pub registered_by: Option<String>,
    pub cause_found: Option<Done>,
    pub resolved: Option<Done>,
    pub process_fixed: Option<Done>,
}

impl Complaint {
    /// The next step to take; none once the process is fixed.
    pub fn next_step(&self) -> Option<Step> {
        match (&self.cause_found, &self.resolved, &self.process_fixed) {
            (None, _, _) => Some(Step::CauseFound),
            (Some(_), None, _) => Some(Step::Resolved),
            (Some(_), Some(_), None) => Some(Step::ProcessFixed),
            (Some(_), Some(_), Some(_)) => None,
        }
    }

    pub fn is_open(&self) -> bool {
        self.process_fixed.is_none()
    }

    /// When the last step so far was taken.
    fn last_at(&self) -> NaiveDateTime {
        [&self.process_fixed, &self.resolved, &self.cause_found]
            .into_iter()
            .find_map(|d| d.as_ref().map(|d| d.at))
            .unwrap_or(self.registered_at)
    }

    /// Checks that `step` at `at` is the next one and comes after the last.
    pub fn check(&self, step: Step, at: NaiveDateTime) -> Result<(), ValidationError> {
        match self.next_step() {
            None => Err(ValidationError::new("step", step.id(), crate::i18n::t("err-complaint-is-closed-its-process"))),
            Some(next) if next != step => Err(ValidationError::new(
                "step",
                step.id(),
                crate::tr!("err-complaint-next-step", complaint = self.id.to_string(), step = next.id()),
            )),
            Some(_) if at < self.last_at() => Err(ValidationError::new(
                "at",
                &at.format("%Y-%m-%d %H:%M").to_string(),
                crate::tr!("err-before-last-step", at = self.last_at().format("%Y-%m-%d %H:%M").to_string()),
            )),
            Some(_) => Ok(()),
        }
    }

    /// Days from registration to each step taken: cause, resolution, fix.
    pub fn days(&self) -> [Option<i64>; 3] {
        let since = |d: &Option<Done>| d.as_ref().map(|d| (d.at - self.registered_at).num_days());
        [since(&self.cause_found), since(&self.resolved), since(&self.process_fixed)]
    }
}

/// One answer of a satisfaction survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub question: String,
    pub score: u8,
}

impl Answer {
    /// Reads `question=score`, e.g. `delivery=4`.
    pub fn parse(text: &str) -> Result<Answer, ValidationError> {
        let bad = |why: &str| ValidationError::new("answer", text, why.to_string());
        let (question, score) = text.rsplit_once('=').ok_or_else(|| bad(crate::i18n::t("err-answer-form")))?;
        let question = question.trim();
        if question.is_empty() {
            return Err(bad(crate::i18n::t("err-question-empty")));
        }
        let score: u8 = score.trim().parse().map_err(|_| bad(crate::i18n::t("err-score")))?;
        if !(1..=5).contains(&score) {
            return Err(bad(crate::i18n::t("err-score")));
        }
        Ok(Answer { question: question.to_string(), score })
    }

    /// A 3 or below: hidden or open dissatisfaction, handled like a complaint.
    pub fn dissatisfied(&self) -> bool {
        self.score <= 3
    }
}

/// What a complaint opened by low answers says.
pub fn from_answers(answers: &[Answer]) -> Option<String> {
    let low: Vec<String> =
        answers.iter().filter(|a| a.dissatisfied()).map(|a| format!("{} {}", a.question, a.score)).collect();
    (!low.is_empty()).then(|| crate::tr!("complaint-low-satisfaction", answers = low.join(", ")))
}

/// The figures of `report complaints`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub open: usize,
    pub closed: usize,
    /// Mean days from registration to each step, over the complaints that took it.
    pub mean_days: [Option<f64>; 3],
}

pub fn summary(complaints: &[Complaint]) -> Summary {
    let mut mean_days = [None; 3];
    for (step, mean) in mean_days.iter_mut().enumerate() {
        let days: Vec<i64> = complaints.iter().filter_map(|c| c.days()[step]).collect();
        if !days.is_empty() {
            *mean = Some(days.iter().sum::<i64>() as f64 / days.len() as f64);
        }
    }
    let open = complaints.iter().filter(|c| c.is_open()).count();
    Summary { open, closed: complaints.len() - open, mean_days }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn complaint() -> Complaint {
        Complaint {
            id: 4,
            client_id: 1,
            client: "Vector".into(),
            what: "late delivery".into(),
            raised_by: None,
            registered_at: at("2026-11-10 09:00"),
            registered_by: None,
            cause_found: None,
            resolved: None,
            process_fixed: None,
        }
    }

    #[test]
    fn steps_are_taken_in_order_and_never_back_in_time() {
        let mut c = complaint();
        assert_eq!(c.next_step(), Some(Step::CauseFound));
        let e = c.check(Step::Resolved, at("2026-11-12 10:00")).unwrap_err();
        assert_eq!(e.to_string(), "step 'resolved': the next step of complaint 4 is cause_found");
        let e = c.check(Step::CauseFound, at("2026-11-09 10:00")).unwrap_err();
        assert_eq!(e.to_string(), "at '2026-11-09 10:00': is before the complaint's last step (2026-11-10 09:00)");
        c.cause_found = Some(Done { at: at("2026-11-12 10:00"), note: None });
        c.resolved = Some(Done { at: at("2026-11-15 10:00"), note: None });
        assert!(c.check(Step::ProcessFixed, at("2026-11-14 10:00")).is_err());
        c.process_fixed = Some(Done { at: at("2026-12-10 10:00"), note: None });
        assert!(!c.is_open());
        assert!(c.check(Step::ProcessFixed, at("2026-12-11 10:00")).unwrap_err().to_string().contains("closed"));
        assert_eq!(c.days(), [Some(2), Some(5), Some(30)]);
    }

    #[test]
    fn answers_of_three_or_below_open_a_complaint() {
        let answers: Vec<Answer> =
            ["delivery=2", "quality = 5", "manager=3"].iter().map(|a| Answer::parse(a).unwrap()).collect();
        assert_eq!(from_answers(&answers).as_deref(), Some("low satisfaction: delivery 2, manager 3"));
        assert_eq!(from_answers(&answers[1..2]), None);
        assert_eq!(
            Answer::parse("delivery=6").unwrap_err().to_string(),
            "answer 'delivery=6': the score is a whole number from 1 to 5"
        );
        assert!(Answer::parse("=4").is_err());
        assert!(Answer::parse("delivery").is_err());
    }

    #[test]
    fn the_summary_averages_the_days_of_the_steps_taken() {
        let mut a = complaint();
        a.cause_found = Some(Done { at: at("2026-11-12 09:00"), note: None });
        let mut b = complaint();
        b.cause_found = Some(Done { at: at("2026-11-14 09:00"), note: None });
        b.resolved = Some(Done { at: at("2026-11-17 09:00"), note: None });
        b.process_fixed = Some(Done { at: at("2026-11-20 09:00"), note: None });
        let s = summary(&[a, b]);
        assert_eq!((s.open, s.closed), (1, 1));
        assert_eq!(s.mean_days, [Some(3.0), Some(7.0), Some(10.0)]);
    }
}
