//! `kartoteka greetings` and `kartoteka greet`: the persons to greet on
//! the coming birthdays, important dates and holidays, with their phones
//! and e-mails; and an occasion marked greeted in the client's history.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};

use crate::config;
use crate::domain::ContactKind;
use crate::domain::agenda::when;
use crate::domain::greetings::{Greeting, Holiday};
use crate::domain::model::{ClientId, NewContact};
use crate::store::{GreetingQuery, Store};

use super::args::{GreetArgs, GreetingsArgs};
use super::{emit, print_json, selections, table};
use crate::i18n::{self, t};
use crate::tr;

/// How far around today `greet` looks for the occasion: a greeting may be
/// a few days late, or sent ahead of a holiday.
const GREET_BEFORE: i64 = 14;
const GREET_AFTER: i64 = 31;

/// The holidays of `all` that fall from `from` to `to`, each with the
/// clients of its selection when it names one (a selection is the command
/// line's filters saved, so it is read here; the interface asks too).
pub fn holidays_in(
    store: &Store,
    all: &[Holiday],
    from: NaiveDate,
    to: NaiveDate,
) -> anyhow::Result<Vec<(Holiday, Option<HashSet<ClientId>>)>> {
    let mut out = Vec::new();
    for h in all.iter().filter(|h| h.falls(from, to).is_some()).cloned() {
        let only = match &h.selection {
            Some(name) => Some(
                selections::clients_of(store, name)
                    .map_err(|e| {
                        anyhow::anyhow!(tr!("greet-holiday-error", key = h.key.as_str(), error = e.to_string()))
                    })?
                    .into_iter()
                    .collect(),
            ),
            None => None,
        };
        out.push((h, only));
    }
    Ok(out)
}

fn holidays() -> anyhow::Result<Vec<Holiday>> {
    Ok(config::load_holidays(config::holidays_path().as_deref())?)
}

pub fn list(store: &Store, a: &GreetingsArgs) -> anyhow::Result<()> {
    let from = store.clock().today();
    let to = from + Duration::days(i64::from(a.days));
    let holidays = holidays_in(store, &holidays()?, from, to)?;
    let q = GreetingQuery { from, to, manager: a.manager.as_deref(), client: None, holidays: &holidays };
    let mut list = store.greetings(&q)?;
    if let Some(name) = &a.selection {
        let chosen: HashSet<ClientId> = selections::clients_of(store, name)?.into_iter().collect();
        list.retain(|g| chosen.contains(&g.client_id));
    }
    if a.json {
        return print_json(&list);
    }
    let said = tr!("greetings-summary", n = list.len(), from = i18n::date(from), to = i18n::date(to));
    emit(&format!("{}{said}\n", render(&list, from)))
}

fn render(list: &[Greeting], today: NaiveDate) -> String {
    let cells: Vec<Vec<String>> = list
        .iter()
        .map(|g| {
            vec![
                i18n::date(g.date),
                when((today - g.date).num_days()),
                g.title.clone(),
                g.client_id.to_string(),
                g.name.clone(),
                g.person.clone().unwrap_or_default(),
                g.phones.first().cloned().unwrap_or_default(),
                g.emails.first().cloned().unwrap_or_default(),
                g.occasion.clone(),
            ]
        })
        .collect();
    let headers = [
        t("col-date"),
        t("col-when"),
        t("col-occasion"),
        t("col-id"),
        t("col-client"),
        t("col-person"),
        t("col-phone"),
        t("col-email"),
        t("col-key"),
    ];
    table::render(&headers, &cells)
}

pub fn greet(store: &mut Store, a: &GreetArgs) -> anyhow::Result<()> {
    let kind: ContactKind = a.kind.parse()?;
    let client = store.resolve_client("client", &a.client)?;
    let today = store.clock().today();
    let (from, to) = (today - Duration::days(GREET_BEFORE), today + Duration::days(GREET_AFTER));
    let holidays = holidays_in(store, &holidays()?, from, to)?;
    let q = GreetingQuery { from, to, manager: None, client: Some(client), holidays: &holidays };
    let open = store.greetings(&q)?;
    let wanted = a.occasion.trim();
    let matching: Vec<&Greeting> = open
        .iter()
        .filter(|g| g.occasion == wanted || g.occasion == format!("holiday:{wanted}") || g.kind.id() == wanted)
        .collect();
    let Some(g) = matching.iter().min_by_key(|g| (g.date - today).num_days().abs()) else {
        let known: Vec<&str> = open.iter().map(|g| g.occasion.as_str()).collect();
        let around = format!("{} – {}", i18n::date(from), i18n::date(to));
        let open = if known.is_empty() { String::new() } else { tr!("greet-open", keys = known.join(", ")) };
        anyhow::bail!(tr!("greet-not-open", wanted = wanted, around = around, open = open));
    };
    if matching.iter().any(|m| m.occasion != g.occasion && m.date == g.date) {
        let keys: Vec<&str> = matching.iter().map(|m| m.occasion.as_str()).collect();
        anyhow::bail!(tr!("greet-several", wanted = wanted, keys = keys.join(", ")));
    }
    let summary = match &a.summary {
        Some(s) => crate::domain::required("summary", s)?,
        None => tr!("greet-summary", what = g.title.as_str()),
    };
    let contact = NewContact {
        at: store.clock().now(),
        kind,
        person: g.person.clone(),
        summary,
        outcome: None,
        next_contact: None,
        source: None,
    };
    store.mark_greeted(g.client_id, &g.occasion, g.date, &contact)?;
    let said = tr!("greet-cli-done", what = g.title.as_str(), client = g.name.as_str(), date = i18n::date(g.date));
    emit(&format!("{said}\n"))
}
