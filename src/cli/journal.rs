//! The journal from the command line: `journal` lists the steps, `undo`
//! takes one back, `delete` removes a client as a step `undo` can reverse.

use crate::store::{Step, Store, describe};

use super::args::{DeleteArgs, JournalArgs, UndoArgs};
use super::{emit, print_json, table};
use crate::i18n::{self, t};
use crate::tr;

pub fn list(store: &Store, a: &JournalArgs) -> anyhow::Result<()> {
    // A deleted client is no longer found by name, but its number still
    // names its steps.
    let client = match &a.client {
        None => None,
        Some(q) => match (store.resolve_client("client", q), q.trim().parse()) {
            (Ok(id), _) | (Err(_), Ok(id)) => Some(id),
            (Err(e), Err(_)) => return Err(e.into()),
        },
    };
    let steps = store.journal(client, a.limit)?;
    if a.json {
        return print_json(&steps);
    }
    let rows: Vec<Vec<String>> = steps.iter().map(row).collect();
    let table = if rows.is_empty() {
        String::new()
    } else {
        let headers =
            [t("col-step"), t("col-when"), t("col-by"), t("col-what"), t("col-client"), t("col-rows"), t("col-undone")];
        table::render(&headers, &rows)
    };
    emit(&format!("{table}{}\n", tr!("journal-summary", n = steps.len())))
}

fn row(s: &Step) -> Vec<String> {
    vec![
        s.id.to_string(),
        i18n::date_time_long(s.at),
        s.by.clone(),
        i18n::recorded(&s.what).into_owned(),
        s.client_label(),
        s.rows.to_string(),
        s.undone_by.map(|by| tr!("journal-by-step", step = by.to_string())).unwrap_or_default(),
    ]
}

/// `kartoteka undo [STEP]`: the step given, or the user's own newest one.
pub fn undo(store: &mut Store, a: &UndoArgs) -> anyhow::Result<()> {
    let id = match a.step {
        Some(id) => id,
        None => match store.own_last_step()? {
            Some(step) => step.id,
            None => anyhow::bail!(t("journal-none-of-yours")),
        },
    };
    let undone = store.undo_step(id)?;
    if a.json {
        return print_json(&undone);
    }
    emit(&format!("{}\n", tr!("journal-undone", what = describe(&undone.step), step = undone.by.to_string())))
}

/// `kartoteka delete CLIENT`: a recorded step, so the client can come back.
pub fn delete(store: &mut Store, a: &DeleteArgs) -> anyhow::Result<()> {
    let id = store.resolve_client("client", &a.client)?;
    let name = store.client(id)?.name;
    store.delete_client(id)?;
    let step = store.last_written().unwrap_or_default();
    let said = tr!("journal-deleted", client = name, id = id.to_string(), step = step.to_string());
    emit(&format!("{said}\n"))
}
