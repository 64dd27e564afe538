//! Adding a person of a client: who the file follows at a company.

use super::{FieldKey, Form, Input, optional};
use crate::domain::ValidationError;
use crate::domain::dates::Birthday;
use crate::domain::model::{ClientId, NewPerson};
use crate::domain::{ChannelKind, required};
use crate::i18n::t;

#[derive(Debug, Clone, PartialEq)]
pub struct PersonForm {
    pub client: ClientId,
    pub name: String,
    pub form: Form,
}

impl PersonForm {
    /// An empty person of client `client`; the first person of a client is
    /// its decision-maker until told otherwise.
    pub fn new(client: ClientId, name: &str, first: bool) -> PersonForm {
        let form = Form::new(vec![
            Input::text(FieldKey::Name, ""),
            Input::text(FieldKey::Position, ""),
            Input::text(FieldKey::Phones, ""),
            Input::text(FieldKey::Emails, ""),
            Input::text(FieldKey::Birthday, ""),
            Input::choice(
                FieldKey::DecisionMaker,
                vec![t("choice-no").into(), t("choice-yes").into()],
                Some(usize::from(first)),
            ),
        ]);
        PersonForm { client, name: name.to_string(), form }
    }

    /// The person to save, or the first field in error.
    pub fn to_person(&self) -> Result<NewPerson, (FieldKey, ValidationError)> {
        let f = &self.form;
        let at = |key: FieldKey| move |e: ValidationError| (key, e);
        let name = required("name", f.text(FieldKey::Name)).map_err(at(FieldKey::Name))?;
        let birthday = match f.text(FieldKey::Birthday).trim() {
            "" => None,
            text => Some(Birthday::parse("birthday", text).map_err(at(FieldKey::Birthday))?),
        };
        Ok(NewPerson {
            name,
            position: optional(f.text(FieldKey::Position)),
            phones: f.channels(FieldKey::Phones, ChannelKind::Phone)?,
            emails: f.channels(FieldKey::Emails, ChannelKind::Email)?,
            birthday,
            decision_maker: f.chosen(FieldKey::DecisionMaker) == Some(1),
        })
    }
}
