//! The daily work from the command line: logging contacts, moving clients
//! along the Shiffman columns, recording results, handing clients over,
//! moving the colour categories on from the orders.

use crate::domain::classes::DEFAULT_WINDOW_MONTHS;
use crate::domain::dates::{parse_datetime, parse_next_date};
use crate::domain::model::NewContact;
use crate::domain::prospecting::plan_move;
use crate::domain::{Column, ContactKind, Outcome};
use crate::store::Store;

use super::args::{AdvanceArgs, CategoriesArgs, EraseArgs, HandoverArgs, LogArgs, ResultArgs};
use super::{Session, emit, print_json, table};
use crate::i18n::t;
use crate::tr;

pub fn log(store: &mut Store, a: &LogArgs) -> anyhow::Result<()> {
    let client = store.resolve_client("client", &a.client)?;
    let today = store.clock().today();
    let new = NewContact {
        at: match &a.at {
            Some(at) => parse_datetime("at", at)?,
            None => store.clock().now(),
        },
        kind: a.kind.parse::<ContactKind>()?,
        person: a.person.clone(),
        summary: a.summary.clone(),
        outcome: a.outcome.clone(),
        next_contact: a.next.as_deref().map(|n| parse_next_date("next", n, today)).transpose()?,
        source: a.source.clone(),
    };
    let id = store.log_contact(client, &new)?;
    emit(&format!("{id}\n"))
}

pub fn advance(store: &mut Store, a: &AdvanceArgs) -> anyhow::Result<()> {
    let client = store.resolve_client("client", &a.client)?;
    let to = a.to.as_deref().map(str::parse::<Column>).transpose()?;
    let planned = store.move_client(client, |from| plan_move(from, to, None, None))?;
    emit(&format!("{}\n", planned.to.id()))
}

pub fn result(store: &mut Store, a: &ResultArgs) -> anyhow::Result<()> {
    let client = store.resolve_client("client", &a.client)?;
    let outcome = a.result.parse::<Outcome>()?;
    store.move_client(client, |from| plan_move(from, Some(Column::Result), Some(outcome), a.reason.as_deref()))?;
    emit(&format!("{}\n", outcome.id()))
}

/// `kartoteka erase CLIENT --yes`: forgets a client for good, after saying
/// what goes; without `--yes` it only says so.
pub fn erase(session: &Session, a: &EraseArgs) -> anyhow::Result<()> {
    let mut store = session.open()?;
    let id = store.resolve_client("client", &a.client)?;
    let name = store.client(id)?.name;
    let held = store.holdings(id)?;
    let what = tr!(
        "erase-what",
        client = name,
        id = id.to_string(),
        persons = held.persons,
        contacts = held.contacts,
        orders = held.orders
    );
    let kept = crate::store::backups_keep(&session.path)?;
    if !a.yes {
        anyhow::bail!(tr!("erase-needs-yes", what = what, kept = kept));
    }
    let emptied = store.erase_client(id)?;
    let said = if emptied {
        tr!("erase-done", what = what, kept = kept)
    } else {
        tr!("erase-done-log", what = what, kept = kept)
    };
    emit(&format!("{said}\n"))
}

pub fn handover(store: &mut Store, a: &HandoverArgs) -> anyhow::Result<()> {
    let moved = store.handover(&a.from, &a.to)?;
    emit(&format!("{}\n", tr!("handover-done", n = moved, from = a.from.trim(), to = a.to.trim())))
}

/// Brings the categories that follow from orders up to date: a client who
/// stopped buying turns red a lifecycle window after its last order.
pub fn categories(store: &mut Store, a: &CategoriesArgs) -> anyhow::Result<()> {
    let changes = store.follow_orders(store.clock().today(), DEFAULT_WINDOW_MONTHS, a.dry_run)?;
    if a.json {
        return print_json(&changes);
    }
    let rows: Vec<Vec<String>> = changes
        .iter()
        .map(|c| vec![c.id.to_string(), c.name.clone(), c.before.id().to_string(), c.after.id().to_string()])
        .collect();
    let headers = [t("col-id"), t("col-name"), t("col-before"), t("col-after")];
    let table = if rows.is_empty() { String::new() } else { table::render(&headers, &rows) };
    let said = if a.dry_run {
        tr!("categories-would-change", n = changes.len())
    } else {
        tr!("categories-changed", n = changes.len())
    };
    emit(&format!("{table}{said}\n"))
}
