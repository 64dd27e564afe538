//! `kartoteka agenda`: today's work and the next days', the most valuable
//! overdue work first.

use crate::config::Config;
use crate::domain::agenda::{Item, agenda, when};
use crate::store::Store;

use super::args::AgendaArgs;
use super::{emit, print_json, table};
use crate::i18n::{self, t};
use crate::tr;

pub fn run(store: &Store, config: &Config, a: &AgendaArgs) -> anyhow::Result<()> {
    let today = store.clock().today();
    let inputs = store.agenda_inputs(today, a.days, &config.agenda, a.manager.as_deref())?;
    let mut items = agenda(&inputs, &config.agenda, today, a.days);
    if let Some(name) = &a.selection {
        let chosen: std::collections::HashSet<_> = super::selections::clients_of(store, name)?.into_iter().collect();
        items.retain(|i| chosen.contains(&i.client_id));
    }
    if a.json {
        return print_json(&items);
    }
    let overdue = items.iter().filter(|i| i.overdue()).count();
    let last = today + chrono::Duration::days(i64::from(a.days));
    let said =
        tr!("agenda-summary", n = items.len(), overdue = overdue, from = i18n::date(today), to = i18n::date(last));
    emit(&format!("{}{said}\n", render(&items)))
}

fn render(items: &[Item]) -> String {
    let cells: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                i18n::date(i.date),
                when(i.days_overdue),
                i.kind.label().to_string(),
                i.client_id.to_string(),
                i.name.clone(),
                i.detail.clone(),
                i.manager.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let headers =
        [t("col-date"), t("col-when"), t("col-what"), t("col-id"), t("col-client"), t("col-detail"), t("col-manager")];
    table::render(&headers, &cells)
}
