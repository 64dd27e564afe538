//! The contact form that logs a call while the salesperson is on the phone.

use chrono::{NaiveDate, NaiveDateTime};

use super::{FieldKey, Form, Input, Value};
use crate::domain::dates::parse_next_date;
use crate::domain::model::{ClientId, Dossier, NewContact};
use crate::domain::{CallOutcome, ContactKind, ValidationError, required};
use crate::i18n::t;

#[derive(Debug, Clone, PartialEq)]
pub struct ContactForm {
    pub client: ClientId,
    pub name: String,
    pub at: NaiveDateTime,
    pub form: Form,
}

impl ContactForm {
    /// A form prefilled with now, a call out and the decision-maker.
    pub fn new(dossier: &Dossier, at: NaiveDateTime) -> ContactForm {
        let persons: Vec<String> = dossier.persons.iter().map(|p| p.name.clone()).collect();
        let person =
            dossier.persons.iter().position(|p| p.decision_maker).or(if persons.is_empty() { None } else { Some(0) });
        let labels = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let outcomes: Vec<&str> = CallOutcome::ALL.iter().map(|o| o.label()).collect();
        let kinds: Vec<&str> = ContactKind::ALL.iter().map(|k| k.label()).collect();
        let kind = ContactKind::ALL.iter().position(|k| *k == ContactKind::CallOut);
        let form = Form::new(vec![
            Input::text(FieldKey::Summary, ""),
            Input::choice(FieldKey::Outcome, labels(&outcomes), None),
            Input::text(FieldKey::Next, ""),
            Input::choice(FieldKey::Kind, labels(&kinds), kind),
            Input {
                key: FieldKey::Person,
                value: Value::Choice { options: persons, chosen: person, empty: t("choice-nobody") },
            },
        ]);
        ContactForm { client: dossier.client.id, name: dossier.client.name.clone(), at, form }
    }

    /// Picks the n-th choice of the focused field; an outcome moves on to
    /// the next contact date, the usual next thing to set.
    pub fn pick(&mut self, n: u8) {
        if self.form.pick(n) && self.form.focused_key() == Some(FieldKey::Outcome) {
            self.form.focus_on(FieldKey::Next);
        }
    }

    /// The contact to save, or the field in error.
    pub fn to_contact(&self, today: NaiveDate) -> Result<NewContact, (FieldKey, ValidationError)> {
        let f = &self.form;
        let summary = required("summary", f.text(FieldKey::Summary)).map_err(|e| (FieldKey::Summary, e))?;
        let next = match f.text(FieldKey::Next).trim() {
            "" => None,
            text => Some(parse_next_date("next", text, today).map_err(|e| (FieldKey::Next, e))?),
        };
        let persons = match f.inputs.iter().find(|i| i.key == FieldKey::Person).map(|i| &i.value) {
            Some(Value::Choice { options, .. }) => options.clone(),
            _ => Vec::new(),
        };
        Ok(NewContact {
            at: self.at,
            kind: f
                .chosen(FieldKey::Kind)
                .and_then(|i| ContactKind::ALL.get(i).copied())
                .unwrap_or(ContactKind::CallOut),
            person: f.chosen(FieldKey::Person).and_then(|i| persons.get(i).cloned()),
            summary,
            outcome: f.chosen(FieldKey::Outcome).and_then(|i| CallOutcome::ALL.get(i)).map(|o| o.id().to_string()),
            next_contact: next,
            source: None,
        })
    }
}
