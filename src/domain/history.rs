//! A client's history as one list: every recorded change of its card
//! (edits, colour, handovers, merges, complaints), every move on the board
//! and every contact logged, each with when, who, and the value before and
//! after.

use super::model::{Change, Dossier};

/// The history of the client of `dossier`, newest first. Of one moment
/// (a quick capture writes a contact and a move at once), changes of the
/// card come first, then moves, then contacts. Each entry is a [`Change`]: a move's `what` is `move`, a contact's its kind.
pub fn of(dossier: &Dossier) -> Vec<Change> {
    let mut all = of_card(dossier);
    all.extend(contacts(dossier));
    all.sort_by_key(|e| std::cmp::Reverse(e.at));
    all
}

/// The changes of the card and the moves on the board alone, newest first:
/// what the dossier lists beside the contacts of the log.
pub fn of_card(dossier: &Dossier) -> Vec<Change> {
    // Changes and moves are read oldest first, contacts newest first: the
    // first two reversed, a stable sort keeps each kind newest first within
    // one moment.
    let changes = dossier.changes.iter().rev().cloned();
    let moves = dossier.moves.iter().rev().map(|m| {
        let mut after = m.to.label().to_string();
        if let Some(result) = m.result {
            after.push_str(&format!(": {}", result.label()));
        }
        if let Some(reason) = &m.reason {
            after.push_str(&format!(" ({reason})"));
        }
        Change {
            at: m.at,
            by: m.by.clone(),
            what: crate::i18n::t("history-move").into(),
            before: m.from.map(|f| f.label().into()),
            after: Some(after),
        }
    });
    let mut all: Vec<Change> = changes.chain(moves).collect();
    all.sort_by_key(|e| std::cmp::Reverse(e.at));
    all
}

fn contacts(dossier: &Dossier) -> impl Iterator<Item = Change> + '_ {
    dossier.contacts.iter().map(|c| {
        let mut after = c.summary.clone();
        if let Some(person) = &c.person {
            after = format!("{person}: {after}");
        }
        if let Some(next) = c.next_contact {
            after.push_str(&format!(" → {}", next.format("%Y-%m-%d")));
        }
        Change {
            at: c.at,
            by: c.logged_by.clone(),
            what: c.kind.label().to_lowercase(),
            before: None,
            after: Some(after),
        }
    })
}
