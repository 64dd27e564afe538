//! `kartoteka show`: the whole dossier of one client.

use std::fmt::Write;

use crate::domain::format_amount;
use crate::domain::model::Dossier;
use crate::store::Store;

use super::args::ShowArgs;
use super::{print_json, table};

pub fn run(store: &Store, a: &ShowArgs) -> anyhow::Result<()> {
    let id = store.resolve_client("client", &a.client)?;
    let dossier = store.dossier(id)?;
    if a.json {
        return print_json(&dossier);
    }
    super::emit(&render(&dossier))
}

/// `kartoteka history CLIENT`: every recorded change, newest first.
pub fn history(store: &Store, a: &ShowArgs) -> anyhow::Result<()> {
    let id = store.resolve_client("client", &a.client)?;
    let dossier = store.dossier(id)?;
    let entries = crate::domain::history::of(&dossier);
    if a.json {
        return print_json(&entries);
    }
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.at.format("%Y-%m-%d %H:%M").to_string(),
                text(&e.by),
                e.what.clone(),
                text(&e.before),
                text(&e.after),
            ]
        })
        .collect();
    super::emit(&format!(
        "{} (#{})\n{}{} entries\n",
        dossier.client.name,
        id,
        table::render(&["when", "by", "what", "before", "after"], &rows),
        entries.len()
    ))
}

fn render(d: &Dossier) -> String {
    let c = &d.client;
    let mut out = String::new();
    let _ = writeln!(out, "{} (#{}, {})", c.name, c.id, c.kind.label().to_lowercase());
    let mut field = |label: &str, value: Option<String>| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            let _ = writeln!(out, "  {label:<14}{v}");
        }
    };
    field("legal name", c.legal_name.clone());
    field("city", c.city.clone());
    field("address", c.address.clone());
    field("industry", c.industry.clone());
    field("tax id", c.tax_id.clone());
    field("bank", c.bank.clone().map(|b| format!("{b} {}", c.bank_account.clone().unwrap_or_default())));
    field("phones", Some(c.phones.join(", ")));
    field("e-mails", Some(c.emails.join(", ")));
    field("website", c.website.clone());
    field("source", c.source.clone());
    field("manager", c.manager.clone());
    field("category", Some(format!("{} ({})", c.category.id(), c.category.meaning())));
    field("tags", Some(c.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ")));
    let mut column = format!("{} since {}", c.column.id(), c.column_since.date());
    if let Some(r) = c.result {
        let _ = write!(column, ": {}", r.id());
        if let Some(reason) = &c.result_reason {
            let _ = write!(column, " ({reason})");
        }
    }
    field("column", Some(column));
    field("next contact", c.next_contact.map(|d| d.to_string()));
    field("last contact", c.last_contact.map(|d| d.format("%Y-%m-%d %H:%M").to_string()));
    field("notes", c.notes.clone());

    section(
        &mut out,
        "Persons",
        &["name", "position", "phones", "e-mail", "birthday", "decides"],
        d.persons.iter().map(|p| {
            vec![
                p.name.clone(),
                p.position.clone().unwrap_or_default(),
                p.phones.join(", "),
                p.emails.join(", "),
                p.birthday.map(|b| b.to_string()).unwrap_or_default(),
                if p.decision_maker { "yes".into() } else { String::new() },
            ]
        }),
    );
    section(
        &mut out,
        "Events and important dates",
        &["date", "what", "person"],
        d.events.iter().map(|e| vec![e.date.to_string(), e.title.clone(), e.person.clone().unwrap_or_default()]),
    );
    section(
        &mut out,
        "Complaints",
        &["id", "registered", "what", "next step"],
        d.complaints.iter().map(|k| {
            vec![
                k.id.to_string(),
                k.registered_at.format("%Y-%m-%d").to_string(),
                k.what.clone(),
                k.next_step().map_or_else(|| "closed".to_string(), |s| s.id().to_string()),
            ]
        }),
    );
    section(
        &mut out,
        "Orders",
        &["date", "product", "qty", "amount", "paid"],
        d.orders.iter().map(|o| {
            vec![
                o.date.to_string(),
                o.product.clone().unwrap_or_default(),
                o.quantity.to_string(),
                format_amount(o.amount),
                if o.paid { "yes".into() } else { "no".into() },
            ]
        }),
    );
    section(
        &mut out,
        "Contacts",
        &["when", "kind", "person", "by", "summary", "outcome", "next"],
        d.contacts.iter().map(|e| {
            vec![
                e.at.format("%Y-%m-%d %H:%M").to_string(),
                e.kind.id().to_string(),
                e.person.clone().unwrap_or_default(),
                e.logged_by.clone().unwrap_or_default(),
                e.summary.clone(),
                e.outcome.clone().unwrap_or_default(),
                e.next_contact.map(|d| d.to_string()).unwrap_or_default(),
            ]
        }),
    );
    section(
        &mut out,
        "Moves",
        &["when", "from", "to", "result", "by"],
        d.moves.iter().map(|m| {
            let result = match (&m.result, &m.reason) {
                (Some(r), Some(why)) => format!("{} ({why})", r.id()),
                (Some(r), None) => r.id().to_string(),
                _ => String::new(),
            };
            vec![
                m.at.format("%Y-%m-%d %H:%M").to_string(),
                m.from.map(|c| c.id().to_string()).unwrap_or_else(|| "—".into()),
                m.to.id().to_string(),
                result,
                m.by.clone().unwrap_or_default(),
            ]
        }),
    );
    section(
        &mut out,
        "Changes",
        &["when", "what", "before", "after", "by"],
        d.changes.iter().map(|ch| {
            vec![
                ch.at.format("%Y-%m-%d %H:%M").to_string(),
                ch.what.clone(),
                ch.before.clone().unwrap_or_default(),
                ch.after.clone().unwrap_or_default(),
                ch.by.clone().unwrap_or_default(),
            ]
        }),
    );
    out
}

fn section(out: &mut String, title: &str, headers: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    let rows: Vec<Vec<String>> = rows.collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{title} ({})", rows.len());
    for line in table::render(headers, &rows).lines() {
        let _ = writeln!(out, "  {line}");
    }
}
