//! The journal from the command line: `journal` lists the steps, `undo`
//! takes one back, `delete` removes a client as a step `undo` can reverse.

use crate::store::{Step, Store, describe};

use super::args::{DeleteArgs, JournalArgs, UndoArgs};
use super::{emit, print_json, table};

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
    let noun = if steps.len() == 1 { "step" } else { "steps" };
    let table = if rows.is_empty() {
        String::new()
    } else {
        table::render(&["step", "when", "by", "what", "client", "rows", "undone"], &rows)
    };
    emit(&format!("{table}{} {noun}; `kartoteka undo STEP` takes one back\n", steps.len()))
}

fn row(s: &Step) -> Vec<String> {
    vec![
        s.id.to_string(),
        s.at.format("%Y-%m-%d %H:%M").to_string(),
        s.by.clone(),
        s.what.clone(),
        s.client_label(),
        s.rows.to_string(),
        s.undone_by.map(|by| format!("by step {by}")).unwrap_or_default(),
    ]
}

/// `kartoteka undo [STEP]`: the step given, or the user's own newest one.
pub fn undo(store: &mut Store, a: &UndoArgs) -> anyhow::Result<()> {
    let id = match a.step {
        Some(id) => id,
        None => match store.own_last_step()? {
            Some(step) => step.id,
            None => anyhow::bail!("step: you have no step to undo; `kartoteka journal` lists everyone's"),
        },
    };
    let undone = store.undo_step(id)?;
    if a.json {
        return print_json(&undone);
    }
    emit(&format!(
        "undone {} as step {}; `kartoteka undo {}` puts it back\n",
        describe(&undone.step),
        undone.by,
        undone.by
    ))
}

/// `kartoteka delete CLIENT`: a recorded step, so the client can come back.
pub fn delete(store: &mut Store, a: &DeleteArgs) -> anyhow::Result<()> {
    let id = store.resolve_client("client", &a.client)?;
    let name = store.client(id)?.name;
    store.delete_client(id)?;
    let step = store.last_written().unwrap_or_default();
    emit(&format!("deleted {name} (#{id}) as step {step}; `kartoteka undo {step}` brings it back\n"))
}
