//! The one-question prompts: the result of a move into `result`, and the
//! confirmation before a client is deleted.

use crate::domain::model::ClientId;
use crate::domain::{Column, Outcome};
use crate::store::Holdings;

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

/// Asking before a client and everything of it is deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletePrompt {
    pub client: ClientId,
    pub name: String,
    pub holdings: Holdings,
}

impl DeletePrompt {
    /// What goes with the client, in words: "2 persons, 14 contacts and 3 orders".
    pub fn what_goes(&self) -> String {
        let h = self.holdings;
        let part = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        format!(
            "{}, {} and {}",
            part(h.persons, "person", "persons"),
            part(h.contacts, "contact", "contacts"),
            part(h.orders, "order", "orders")
        )
    }
}
