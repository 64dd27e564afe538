//! `kartoteka duplicates` lists the clients that look entered twice, with
//! why; `kartoteka merge KEEP OTHER` makes two one. The interface has the
//! same in its duplicates view, with the fields chosen one by one and undo.

use serde::Serialize;

use super::args::{DuplicatesArgs, MergeArgs};
use super::{emit, print_json, table};
use crate::domain::duplicates::{MergeField, Reason, conflicts, merged};
use crate::domain::model::{Client, ClientId, NewClient};
use crate::i18n::t;
use crate::store::Store;
use crate::tr;

#[derive(Serialize)]
struct Shown<'a> {
    reasons: &'a [Reason],
    clients: Vec<Brief>,
}

#[derive(Serialize)]
struct Brief {
    id: ClientId,
    name: String,
    city: Option<String>,
    manager: Option<String>,
    persons: usize,
    contacts: usize,
    orders: usize,
}

pub fn list(store: &Store, a: &DuplicatesArgs) -> anyhow::Result<()> {
    let groups = store.duplicates()?;
    let ids: Vec<ClientId> = groups.iter().flat_map(|g| g.clients.iter().copied()).collect();
    let (rows, holdings) = store.read(|s| Ok((s.client_rows_of(&ids)?, s.holdings_of(&ids)?)))?;
    let shown: Vec<Shown> = groups
        .iter()
        .map(|g| Shown {
            reasons: &g.reasons,
            clients: g
                .clients
                .iter()
                .filter_map(|id| {
                    let (row, h) = (rows.get(id)?, holdings.get(id).copied().unwrap_or_default());
                    Some(Brief {
                        id: *id,
                        name: row.name.clone(),
                        city: row.city.clone(),
                        manager: row.manager.clone(),
                        persons: h.persons,
                        contacts: h.contacts,
                        orders: h.orders,
                    })
                })
                .collect(),
        })
        .collect();
    if a.json {
        return print_json(&shown);
    }
    if shown.is_empty() {
        return emit(&format!("{}\n", t("duplicates-none")));
    }
    let mut text = String::new();
    for s in &shown {
        let why: Vec<String> = s.reasons.iter().map(ToString::to_string).collect();
        text.push_str(&format!("{}:\n", why.join("; ")));
        let rows: Vec<Vec<String>> = s
            .clients
            .iter()
            .map(|c| {
                vec![
                    format!("  {}", c.id),
                    c.name.clone(),
                    c.city.clone().unwrap_or_default(),
                    c.manager.clone().unwrap_or_default(),
                    format!("{}/{}/{}", c.persons, c.contacts, c.orders),
                ]
            })
            .collect();
        let id = format!("  {}", t("col-id"));
        let headers = [id.as_str(), t("col-name"), t("col-city"), t("col-manager"), t("col-holdings")];
        text.push_str(&table::render(&headers, &rows));
    }
    text.push_str(&format!("{}\n", tr!("duplicates-summary", n = shown.len())));
    emit(&text)
}

pub fn merge(store: &mut Store, a: &MergeArgs) -> anyhow::Result<()> {
    let keep = store.resolve_client("keep", &a.keep)?;
    let other = store.resolve_client("other", &a.other)?;
    let take: Vec<MergeField> = a.take_other.iter().map(|f| f.parse()).collect::<Result<_, _>>()?;
    let (kept, gone): (Client, Client) = (store.client(keep)?, store.client(other)?);
    let (k, o) = (NewClient::from_client(&kept), NewClient::from_client(&gone));
    let card = merged(&k, &o, &take);
    store.merge_clients(keep, other, (kept.version, gone.version), &card)?;
    let mut text = format!(
        "{}\n",
        tr!(
            "merge-cli-done",
            other = gone.name.as_str(),
            other_id = gone.id.to_string(),
            kept = card.name.as_str(),
            kept_id = keep.to_string()
        )
    );
    let differing = conflicts(&k, &o);
    for f in MergeField::ALL.into_iter().filter(|f| differing.contains(f) || take.contains(f)) {
        let (from, value) =
            if take.contains(&f) { (t("merge-the-others"), f.value(&o)) } else { (t("merge-the-kepts"), f.value(&k)) };
        text.push_str(&format!("  {}: {} ({from})\n", f.id(), value.unwrap_or_default()));
    }
    emit(&text)
}
