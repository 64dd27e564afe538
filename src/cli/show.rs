//! `kartoteka show`: the whole dossier of one client.

use std::fmt::Write;

use crate::domain::model::Dossier;
use crate::store::Store;

use super::args::ShowArgs;
use super::{print_json, table};
use crate::i18n::{self, t};
use crate::tr;

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
            let what = i18n::recorded(&e.what).into_owned();
            vec![i18n::date_time_long(e.at), text(&e.by), what, text(&e.before), text(&e.after)]
        })
        .collect();
    let headers = [t("col-when"), t("col-by"), t("col-what"), t("col-before"), t("col-after")];
    super::emit(&format!(
        "{} (#{})\n{}{}\n",
        dossier.client.name,
        id,
        table::render(&headers, &rows),
        tr!("history-entries", n = entries.len())
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
    field(t("show-legal-name"), c.legal_name.clone());
    field(t("show-city"), c.city.clone());
    field(t("show-address"), c.address.clone());
    field(t("show-industry"), c.industry.clone());
    field(t("show-tax-id"), c.tax_id.clone());
    field(t("show-bank"), c.bank.clone().map(|b| format!("{b} {}", c.bank_account.clone().unwrap_or_default())));
    field(t("show-phones"), Some(c.phones.join(", ")));
    field(t("show-emails"), Some(c.emails.join(", ")));
    field(t("show-website"), c.website.clone());
    field(t("show-source"), c.source.clone());
    field(t("show-manager"), c.manager.clone());
    field(t("show-category"), Some(format!("{} ({})", c.category.id(), c.category.meaning())));
    field(t("show-tags"), Some(c.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ")));
    let mut column = tr!("show-column-since", column = c.column.id(), since = i18n::date(c.column_since.date()));
    if let Some(r) = c.result {
        let _ = write!(column, ": {}", r.id());
        if let Some(reason) = &c.result_reason {
            let _ = write!(column, " ({reason})");
        }
    }
    field(t("show-column"), Some(column));
    field(t("show-next-contact"), c.next_contact.map(i18n::date));
    field(t("show-last-contact"), c.last_contact.map(i18n::date_time_long));
    field(t("show-notes"), c.notes.clone());

    section(
        &mut out,
        t("show-persons"),
        &[t("col-name"), t("col-position"), t("col-phones"), t("col-email"), t("col-birthday"), t("col-decides")],
        d.persons.iter().map(|p| {
            vec![
                p.name.clone(),
                p.position.clone().unwrap_or_default(),
                p.phones.join(", "),
                p.emails.join(", "),
                p.birthday.map(|b| b.to_string()).unwrap_or_default(),
                if p.decision_maker { t("choice-yes").into() } else { String::new() },
            ]
        }),
    );
    section(
        &mut out,
        t("dossier-events"),
        &[t("col-date"), t("col-what"), t("col-person")],
        d.events.iter().map(|e| vec![i18n::date(e.date), e.title.clone(), e.person.clone().unwrap_or_default()]),
    );
    section(
        &mut out,
        t("show-complaints"),
        &[t("col-id"), t("col-registered"), t("col-what"), t("col-next-step")],
        d.complaints.iter().map(|k| {
            vec![
                k.id.to_string(),
                i18n::date(k.registered_at.date()),
                k.what.clone(),
                k.next_step().map_or_else(|| t("show-closed").to_string(), |s| s.id().to_string()),
            ]
        }),
    );
    section(
        &mut out,
        t("show-orders"),
        &[t("col-date"), t("col-product"), t("col-qty"), t("col-amount"), t("col-paid")],
        d.orders.iter().map(|o| {
            vec![
                i18n::date(o.date),
                o.product.clone().unwrap_or_default(),
                o.quantity.to_string(),
                i18n::amount(o.amount),
                if o.paid { t("choice-yes").into() } else { t("choice-no").into() },
            ]
        }),
    );
    section(
        &mut out,
        t("show-contacts"),
        &[
            t("col-when"),
            t("col-kind"),
            t("col-person"),
            t("col-by"),
            t("col-summary"),
            t("col-outcome"),
            t("col-next"),
        ],
        d.contacts.iter().map(|e| {
            vec![
                i18n::date_time_long(e.at),
                e.kind.id().to_string(),
                e.person.clone().unwrap_or_default(),
                e.logged_by.clone().unwrap_or_default(),
                e.summary.clone(),
                e.outcome.clone().unwrap_or_default(),
                e.next_contact.map(i18n::date).unwrap_or_default(),
            ]
        }),
    );
    section(
        &mut out,
        t("show-moves"),
        &[t("col-when"), t("col-from"), t("col-to"), t("col-result"), t("col-by")],
        d.moves.iter().map(|m| {
            let result = match (&m.result, &m.reason) {
                (Some(r), Some(why)) => format!("{} ({why})", r.id()),
                (Some(r), None) => r.id().to_string(),
                _ => String::new(),
            };
            vec![
                i18n::date_time_long(m.at),
                m.from.map(|c| c.id().to_string()).unwrap_or_else(|| "—".into()),
                m.to.id().to_string(),
                result,
                m.by.clone().unwrap_or_default(),
            ]
        }),
    );
    section(
        &mut out,
        t("show-changes"),
        &[t("col-when"), t("col-what"), t("col-before"), t("col-after"), t("col-by")],
        d.changes.iter().map(|ch| {
            vec![
                i18n::date_time_long(ch.at),
                i18n::recorded(&ch.what).into_owned(),
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
