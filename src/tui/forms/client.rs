//! Adding a client from a business card, or editing one: every field of the
//! formal card that a secretary types, checked at the field before saving.

use chrono::NaiveDate;

use super::{FieldKey, Form, Input, optional};
use crate::domain::channels::split_list;
use crate::domain::dates::parse_next_date;
use crate::domain::model::{Client, ClientId, ClientRow, NewClient};
use crate::domain::{Category, ChannelKind, ClientKind, ValidationError, required};

/// Whether the form makes a client or changes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    New,
    /// Client `id` as read at `version`.
    Edit {
        id: ClientId,
        version: i64,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClientForm {
    pub target: Target,
    pub form: Form,
    /// Clients already in the file that look like this one (new clients only).
    pub duplicates: Vec<ClientRow>,
    /// Set once the duplicates were shown on an attempt to save: the next
    /// save adds the client anyway.
    pub warned: bool,
    /// What the card has and the form does not show (size, tax id): kept as
    /// it was by an edit.
    kept: Box<NewClient>,
}

const KINDS: [ClientKind; 2] = [ClientKind::Company, ClientKind::Person];

impl ClientForm {
    /// An empty card; the salesperson is the user adding it.
    pub fn new(user: &str) -> ClientForm {
        let new = NewClient { manager: Some(user.to_string()), ..NewClient::default() };
        ClientForm::from_new(Target::New, &new)
    }

    /// The card of `client`, to edit.
    pub fn edit(client: &Client) -> ClientForm {
        let target = Target::Edit { id: client.id, version: client.version };
        ClientForm::from_new(target, &NewClient::from_client(client))
    }

    /// Takes in `current`, the card as someone else saved it while this
    /// form was open, field by field against the card as the form opened
    /// it: a field only they changed takes their value; a field only this
    /// form changed keeps what was typed; a field both changed differently
    /// keeps what was typed and is given back with their value, so that the
    /// person chooses. The form then saves over `current`, not the old card.
    pub fn rebase(&mut self, current: &Client) -> Vec<(FieldKey, String)> {
        let base = ClientForm::from_new(self.target, &self.kept);
        let theirs = ClientForm::edit(current);
        let mut conflicts = Vec::new();
        let fields = self.form.inputs.iter_mut().zip(&base.form.inputs).zip(&theirs.form.inputs);
        for ((mine, before), after) in fields {
            if after.value == before.value || mine.value == after.value {
                continue;
            }
            if mine.value == before.value {
                mine.value = after.value.clone();
            } else {
                conflicts.push((mine.key, after.value.shown().to_string()));
            }
        }
        self.target = theirs.target;
        self.kept = theirs.kept;
        conflicts
    }

    fn from_new(target: Target, c: &NewClient) -> ClientForm {
        let text = |key, v: &Option<String>| Input::text(key, v.clone().unwrap_or_default());
        let kind = KINDS.iter().position(|k| Some(*k) == c.kind).unwrap_or(0);
        let category = Category::ALL.iter().position(|k| Some(*k) == c.category).unwrap_or(0);
        let form = Form::new(vec![
            Input::text(FieldKey::Name, c.name.clone()),
            Input::choice(FieldKey::Kind, KINDS.iter().map(|k| k.label().to_string()).collect(), Some(kind)),
            text(FieldKey::LegalName, &c.legal_name),
            text(FieldKey::City, &c.city),
            text(FieldKey::Address, &c.address),
            Input::text(FieldKey::Phones, c.phones.join(", ")),
            Input::text(FieldKey::Emails, c.emails.join(", ")),
            text(FieldKey::Website, &c.website),
            text(FieldKey::Industry, &c.industry),
            text(FieldKey::Source, &c.source),
            text(FieldKey::Manager, &c.manager),
            Input::choice(
                FieldKey::Category,
                Category::ALL.iter().map(|k| k.label().to_string()).collect(),
                Some(category),
            ),
            Input::text(FieldKey::Tags, c.tags.join(", ")),
            Input::text(FieldKey::Next, c.next_contact.map(|d| d.format("%d.%m.%Y").to_string()).unwrap_or_default()),
            text(FieldKey::Notes, &c.notes),
        ]);
        ClientForm { target, form, duplicates: Vec::new(), warned: false, kept: Box::new(c.clone()) }
    }

    pub fn is_new(&self) -> bool {
        self.target == Target::New
    }

    /// Whether the focused field is one the duplicate hint looks at.
    pub fn identifies(key: Option<FieldKey>) -> bool {
        matches!(key, Some(FieldKey::Name | FieldKey::Phones | FieldKey::Emails))
    }

    /// What the duplicate hint compares, from what is typed so far.
    pub fn identity(&self) -> NewClient {
        let f = &self.form;
        NewClient {
            name: f.text(FieldKey::Name).to_string(),
            phones: split_list(f.text(FieldKey::Phones)),
            emails: split_list(f.text(FieldKey::Emails)),
            ..NewClient::default()
        }
    }

    /// The client to save, or the first field in error.
    pub fn to_client(&self, today: NaiveDate) -> Result<NewClient, (FieldKey, ValidationError)> {
        let f = &self.form;
        let at = |key: FieldKey| move |e: ValidationError| (key, e);
        let name = required("name", f.text(FieldKey::Name)).map_err(at(FieldKey::Name))?;
        let phones = f.channels(FieldKey::Phones, ChannelKind::Phone)?;
        let emails = f.channels(FieldKey::Emails, ChannelKind::Email)?;
        let next_contact = match f.text(FieldKey::Next).trim() {
            "" => None,
            text => Some(parse_next_date("next contact", text, today).map_err(at(FieldKey::Next))?),
        };
        Ok(NewClient {
            kind: f.chosen(FieldKey::Kind).and_then(|i| KINDS.get(i).copied()),
            name,
            legal_name: optional(f.text(FieldKey::LegalName)),
            city: optional(f.text(FieldKey::City)),
            address: optional(f.text(FieldKey::Address)),
            industry: optional(f.text(FieldKey::Industry)),
            size: self.kept.size.clone(),
            tax_id: self.kept.tax_id.clone(),
            phones,
            emails,
            website: optional(f.text(FieldKey::Website)),
            source: optional(f.text(FieldKey::Source)),
            manager: optional(f.text(FieldKey::Manager)),
            category: f.chosen(FieldKey::Category).and_then(|i| Category::ALL.get(i).copied()),
            tags: split_list(f.text(FieldKey::Tags)),
            notes: optional(f.text(FieldKey::Notes)),
            next_contact,
        })
    }
}
