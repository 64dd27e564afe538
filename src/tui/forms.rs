//! The small modal forms: the result of a move into `result`, and the
//! contact form that logs a call while the salesperson is on the phone.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::dates::parse_next_date;
use crate::domain::model::{ClientId, Dossier, NewContact};
use crate::domain::{CallOutcome, Column, ContactKind, Outcome, ValidationError, required};

/// Asking for the result of a client moved into `result`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultPrompt {
    pub client: ClientId,
    pub name: String,
    pub from: Column,
    /// After a result that needs a reason is picked: that result and the
    /// reason being typed.
    pub reason: Option<(Outcome, String)>,
    pub error: Option<String>,
}

/// The fields of the contact form, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Summary,
    Outcome,
    Next,
    Kind,
    Person,
}

impl Field {
    pub const ORDER: [Field; 5] = [Field::Summary, Field::Outcome, Field::Next, Field::Kind, Field::Person];

    pub fn label(self) -> &'static str {
        match self {
            Field::Summary => "Summary",
            Field::Outcome => "Outcome",
            Field::Next => "Next contact",
            Field::Kind => "Kind",
            Field::Person => "Person",
        }
    }

    /// Fields typed into, as opposed to chosen from.
    pub fn is_text(self) -> bool {
        matches!(self, Field::Summary | Field::Next)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ContactForm {
    pub client: ClientId,
    pub name: String,
    pub at: NaiveDateTime,
    pub field: Field,
    pub summary: String,
    pub outcome: Option<CallOutcome>,
    pub next: String,
    pub kind: ContactKind,
    pub persons: Vec<String>,
    /// Index into `persons`; none for "nobody in particular".
    pub person: Option<usize>,
    /// The field in error and what is wrong, shown in place.
    pub error: Option<(Field, String)>,
}

impl ContactForm {
    /// A form prefilled with now, a call out and the decision-maker.
    pub fn new(dossier: &Dossier, at: NaiveDateTime) -> ContactForm {
        let persons: Vec<String> = dossier.persons.iter().map(|p| p.name.clone()).collect();
        let person =
            dossier.persons.iter().position(|p| p.decision_maker).or(if persons.is_empty() { None } else { Some(0) });
        ContactForm {
            client: dossier.client.id,
            name: dossier.client.name.clone(),
            at,
            field: Field::Summary,
            summary: String::new(),
            outcome: None,
            next: String::new(),
            kind: ContactKind::CallOut,
            persons,
            person,
            error: None,
        }
    }

    pub fn step_field(&mut self, forward: bool) {
        let n = Field::ORDER.len();
        let i = Field::ORDER.iter().position(|f| *f == self.field).unwrap_or(0);
        self.field = Field::ORDER[if forward { (i + 1) % n } else { (i + n - 1) % n }];
    }

    pub fn type_char(&mut self, c: char) {
        match self.field {
            Field::Summary => self.summary.push(c),
            Field::Next => self.next.push(c),
            _ => {}
        }
    }

    pub fn delete_char(&mut self) {
        match self.field {
            Field::Summary => self.summary.pop(),
            Field::Next => self.next.pop(),
            _ => None,
        };
    }

    /// Steps the focused choice by `delta` (wrapping).
    pub fn choose(&mut self, delta: isize) {
        match self.field {
            Field::Outcome => self.outcome = cycle(CallOutcome::ALL, self.outcome, delta),
            Field::Kind => {
                self.kind = cycle(ContactKind::ALL, Some(self.kind), delta).unwrap_or(ContactKind::CallOut);
            }
            Field::Person => {
                let options: Vec<usize> = (0..self.persons.len()).collect();
                self.person = cycle(&options, self.person, delta);
            }
            _ => {}
        }
    }

    /// Picks the n-th choice (1-based) of the focused field; an outcome
    /// moves on to the next contact date, the usual next thing to set.
    pub fn pick(&mut self, n: u8) {
        let i = usize::from(n).saturating_sub(1);
        match self.field {
            Field::Outcome => {
                if let Some(o) = CallOutcome::ALL.get(i) {
                    self.outcome = Some(*o);
                    self.field = Field::Next;
                }
            }
            Field::Kind => {
                if let Some(k) = ContactKind::ALL.get(i) {
                    self.kind = *k;
                }
            }
            Field::Person if i < self.persons.len() => self.person = Some(i),
            _ => {}
        }
    }

    /// The contact to save, or the field in error.
    pub fn to_contact(&self, today: NaiveDate) -> Result<NewContact, (Field, ValidationError)> {
        let summary = required("summary", &self.summary).map_err(|e| (Field::Summary, e))?;
        let next = if self.next.trim().is_empty() {
            None
        } else {
            Some(parse_next_date("next", &self.next, today).map_err(|e| (Field::Next, e))?)
        };
        Ok(NewContact {
            at: self.at,
            kind: self.kind,
            person: self.person.and_then(|i| self.persons.get(i).cloned()),
            summary,
            outcome: self.outcome.map(|o| o.id().to_string()),
            next_contact: next,
            source: None,
        })
    }
}

/// The choice `delta` steps from `current` in `options`; stepping from none
/// starts at the first (forward) or the last (backward).
fn cycle<T: Copy + PartialEq>(options: &[T], current: Option<T>, delta: isize) -> Option<T> {
    if options.is_empty() {
        return None;
    }
    let n = isize::try_from(options.len()).unwrap_or(1);
    let i = match current.and_then(|c| options.iter().position(|o| *o == c)) {
        Some(i) => isize::try_from(i).unwrap_or(0) + delta,
        None if delta >= 0 => 0,
        None => n - 1,
    };
    options.get(usize::try_from(i.rem_euclid(n)).unwrap_or(0)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_wrap_both_ways() {
        assert_eq!(cycle(&[1, 2, 3], Some(3), 1), Some(1));
        assert_eq!(cycle(&[1, 2, 3], Some(1), -1), Some(3));
        assert_eq!(cycle(&[1, 2, 3], None, -1), Some(3));
        assert_eq!(cycle::<i32>(&[], None, 1), None);
    }
}
