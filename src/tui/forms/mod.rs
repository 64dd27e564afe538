//! The modal forms: one form model (`Form`: text fields and choices with an
//! error shown at its field) and the prompts built on it.
//!
//! - `contact.rs`: log a call while on the phone
//! - `client.rs`: add or edit a client, with the duplicate hint
//! - `person.rs`: add a person to a client
//! - `prompts.rs`: the result of a move into `result`, the quick-capture
//!   line, and delete

mod client;
mod contact;
mod merge;
mod person;
mod prompts;

pub use client::{ClientForm, Target};
pub use contact::ContactForm;
pub use merge::{MergeReview, Side};
pub use person::PersonForm;
pub use prompts::{Candidate, CapturePrompt, DeletePrompt, JournalList, ResultPrompt};

use crate::domain::channels::{check, split_list};
use crate::domain::{ChannelKind, ValidationError};
use crate::i18n::t;

/// What a field holds, whatever form it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKey {
    Summary,
    Outcome,
    Next,
    Kind,
    Person,
    Name,
    LegalName,
    City,
    Address,
    Industry,
    Phones,
    Emails,
    Website,
    Source,
    Manager,
    Category,
    Tags,
    Notes,
    Position,
    Birthday,
    DecisionMaker,
}

impl FieldKey {
    /// The field a validation error names (`ValidationError::field`).
    pub fn for_error(field: &str) -> Option<FieldKey> {
        Some(match field {
            "summary" => FieldKey::Summary,
            "next" | "next contact" => FieldKey::Next,
            "person" => FieldKey::Person,
            "name" => FieldKey::Name,
            "phone" => FieldKey::Phones,
            "email" => FieldKey::Emails,
            "manager" => FieldKey::Manager,
            "birthday" => FieldKey::Birthday,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            FieldKey::Summary => t("field-summary"),
            FieldKey::Outcome => t("field-outcome"),
            FieldKey::Next => t("field-next_contact"),
            FieldKey::Kind => t("field-kind"),
            FieldKey::Person => t("field-person"),
            FieldKey::Name => t("field-name"),
            FieldKey::LegalName => t("field-legal_name"),
            FieldKey::City => t("field-city"),
            FieldKey::Address => t("field-address"),
            FieldKey::Industry => t("field-industry"),
            FieldKey::Phones => t("field-phones"),
            FieldKey::Emails => t("field-emails"),
            FieldKey::Website => t("field-website"),
            FieldKey::Source => t("field-source"),
            FieldKey::Manager => t("field-manager"),
            FieldKey::Category => t("field-category"),
            FieldKey::Tags => t("field-tags"),
            FieldKey::Notes => t("field-notes"),
            FieldKey::Position => t("field-position"),
            FieldKey::Birthday => t("field-birthday"),
            FieldKey::DecisionMaker => t("field-decision_maker"),
        }
    }
}

/// A field's value: typed text, or one of a few options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Choice {
        options: Vec<String>,
        chosen: Option<usize>,
        /// Shown when there is nothing to choose from.
        empty: &'static str,
    },
}

impl Value {
    /// The value as a person reads it: the text, or the option chosen.
    pub fn shown(&self) -> &str {
        match self {
            Value::Text(text) => text,
            Value::Choice { options, chosen, .. } => chosen.and_then(|i| options.get(i)).map_or("", String::as_str),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub key: FieldKey,
    pub value: Value,
}

impl Input {
    pub fn text(key: FieldKey, text: impl Into<String>) -> Input {
        Input { key, value: Value::Text(text.into()) }
    }

    pub fn choice(key: FieldKey, options: Vec<String>, chosen: Option<usize>) -> Input {
        Input { key, value: Value::Choice { options, chosen, empty: t("choice-nothing") } }
    }

    pub fn is_text(&self) -> bool {
        matches!(self.value, Value::Text(_))
    }
}

/// The fields of a form, the focused one, and what is wrong: at a field, or
/// (field none) with the whole form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub inputs: Vec<Input>,
    pub focus: usize,
    pub error: Option<(Option<FieldKey>, String)>,
}

impl Form {
    pub fn new(inputs: Vec<Input>) -> Form {
        Form { inputs, focus: 0, error: None }
    }

    pub fn focused(&self) -> Option<&Input> {
        self.inputs.get(self.focus)
    }

    pub fn focused_key(&self) -> Option<FieldKey> {
        self.focused().map(|i| i.key)
    }

    /// Whether the focused field is typed into.
    pub fn typing(&self) -> bool {
        self.focused().is_some_and(Input::is_text)
    }

    fn input(&self, key: FieldKey) -> Option<&Input> {
        self.inputs.iter().find(|i| i.key == key)
    }

    /// The text of a text field (empty if the form has no such field).
    pub fn text(&self, key: FieldKey) -> &str {
        match self.input(key).map(|i| &i.value) {
            Some(Value::Text(t)) => t,
            _ => "",
        }
    }

    /// The chosen option of a choice field.
    pub fn chosen(&self, key: FieldKey) -> Option<usize> {
        match self.input(key).map(|i| &i.value) {
            Some(Value::Choice { chosen, .. }) => *chosen,
            _ => None,
        }
    }

    pub fn focus_on(&mut self, key: FieldKey) {
        if let Some(i) = self.inputs.iter().position(|i| i.key == key) {
            self.focus = i;
        }
    }

    pub fn step_field(&mut self, forward: bool) {
        let n = self.inputs.len().max(1);
        self.focus = if forward { (self.focus + 1) % n } else { (self.focus + n - 1) % n };
    }

    pub fn type_char(&mut self, c: char) {
        if let Some(Input { value: Value::Text(t), .. }) = self.inputs.get_mut(self.focus) {
            t.push(c);
        }
    }

    pub fn delete_char(&mut self) {
        if let Some(Input { value: Value::Text(t), .. }) = self.inputs.get_mut(self.focus) {
            t.pop();
        }
    }

    /// Steps the focused choice by `delta` (wrapping).
    pub fn choose(&mut self, delta: isize) {
        if let Some(Input { value: Value::Choice { options, chosen, .. }, .. }) = self.inputs.get_mut(self.focus) {
            let all: Vec<usize> = (0..options.len()).collect();
            *chosen = cycle(&all, *chosen, delta);
        }
    }

    /// Picks the n-th option (1-based) of the focused choice; false when
    /// there is no such option.
    pub fn pick(&mut self, n: u8) -> bool {
        let i = usize::from(n).saturating_sub(1);
        match self.inputs.get_mut(self.focus) {
            Some(Input { value: Value::Choice { options, chosen, .. }, .. }) if i < options.len() => {
                *chosen = Some(i);
                true
            }
            _ => false,
        }
    }

    /// The phones or e-mails typed into one field, comma-separated, each checked.
    pub fn channels(&self, key: FieldKey, kind: ChannelKind) -> Result<Vec<String>, (FieldKey, ValidationError)> {
        split_list(self.text(key)).iter().map(|v| check(kind.id(), kind, v).map_err(|e| (key, e))).collect()
    }

    /// Shows `e` at `key` and puts the cursor there.
    pub fn fail(&mut self, key: FieldKey, e: &ValidationError) {
        self.focus_on(key);
        self.error = Some((Some(key), describe(e)));
    }
}

/// A validation error as shown beside its field: the value and the reason.
pub fn describe(e: &ValidationError) -> String {
    if e.value.trim().is_empty() { e.reason.clone() } else { format!("'{}': {}", e.value, e.reason) }
}

/// An optional text: none when blank.
pub fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
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

    #[test]
    fn typing_goes_to_text_fields_only() {
        let mut form =
            Form::new(vec![Input::text(FieldKey::Name, ""), Input::choice(FieldKey::Kind, vec!["a".into()], None)]);
        form.type_char('Ș');
        form.step_field(true);
        form.type_char('x');
        assert!(form.pick(1));
        assert!(!form.pick(2));
        assert_eq!((form.text(FieldKey::Name), form.chosen(FieldKey::Kind)), ("Ș", Some(0)));
    }
}
