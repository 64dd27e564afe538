//! A client's history as one list: every recorded change of its card
//! (edits, colour, handovers, merges, complaints), every move on the board
//! and every contact logged, each with when, who, and the value before and
//! after.

use chrono::NaiveDateTime;
use serde::Serialize;

use super::model::Dossier;

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub at: NaiveDateTime,
    pub by: Option<String>,
    /// What changed: a field of the card, `move`, or the contact's kind.
    pub what: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The history of the client of `dossier`, newest first. Of one moment
/// (a quick capture writes a contact and a move at once), changes of the
/// card come first, then moves, then contacts.
pub fn of(dossier: &Dossier) -> Vec<Entry> {
    // Changes and moves are read oldest first, contacts newest first: the
    // first two reversed, a stable sort keeps each kind newest first within
    // one moment.
    let changes = dossier.changes.iter().rev().map(|c| Entry {
        at: c.at,
        by: c.by.clone(),
        what: c.what.clone(),
        before: c.before.clone(),
        after: c.after.clone(),
    });
    let moves = dossier.moves.iter().rev().map(|m| {
        let mut after = m.to.label().to_string();
        if let Some(result) = m.result {
            after.push_str(&format!(": {}", result.label()));
        }
        if let Some(reason) = &m.reason {
            after.push_str(&format!(" ({reason})"));
        }
        Entry {
            at: m.at,
            by: m.by.clone(),
            what: "move".into(),
            before: m.from.map(|f| f.label().into()),
            after: Some(after),
        }
    });
    let contacts = dossier.contacts.iter().map(|c| {
        let mut after = c.summary.clone();
        if let Some(person) = &c.person {
            after = format!("{person}: {after}");
        }
        if let Some(next) = c.next_contact {
            after.push_str(&format!(" → {}", next.format("%Y-%m-%d")));
        }
        Entry {
            at: c.at,
            by: c.logged_by.clone(),
            what: c.kind.label().to_lowercase(),
            before: None,
            after: Some(after),
        }
    });
    let mut all: Vec<Entry> = changes.chain(moves).chain(contacts).collect();
    all.sort_by_key(|e| std::cmp::Reverse(e.at));
    all
}
