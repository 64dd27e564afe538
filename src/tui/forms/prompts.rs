//! The one-question prompts: the result of a move into `result`, and the
//! confirmation before a client is deleted.

use crate::domain::model::ClientId;
use crate::domain::{Column, Outcome};
use crate::store::{Holdings, Step};
use crate::tr;

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

/// Asking before a client and everything of it is deleted — or, after
/// `x`, erased for good once its name is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletePrompt {
    pub client: ClientId,
    pub name: String,
    pub holdings: Holdings,
    /// Erasing: the name typed so far.
    pub erase: Option<String>,
    /// Erasing: what the backups still keep, in words.
    pub kept: String,
    pub error: Option<String>,
}

impl DeletePrompt {
    /// What goes with the client, in words: "2 persons, 14 contacts and 3 orders".
    pub fn what_goes(&self) -> String {
        let h = self.holdings;
        tr!("delete-what-goes", persons = h.persons, contacts = h.contacts, orders = h.orders)
    }
}

/// The journal's newest steps, one under the cursor to undo.
#[derive(Debug, Clone, PartialEq)]
pub struct JournalList {
    pub steps: Vec<Step>,
    pub selected: usize,
    /// Why the last undo was refused.
    pub error: Option<String>,
}

/// One client a quick capture may mean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub client: ClientId,
    pub name: String,
    pub city: Option<String>,
}

/// The quick-capture line (`:`): what is typed, the clients its name may
/// mean, the one chosen, and what is wrong with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CapturePrompt {
    pub text: String,
    pub candidates: Vec<Candidate>,
    pub chosen: usize,
    /// Several clients matched and Enter was pressed: the next Enter takes the chosen one.
    pub choosing: bool,
    pub error: Option<String>,
}
