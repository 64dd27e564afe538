//! `kartoteka agenda`: today's work and the next days', the most valuable
//! overdue work first.

use crate::config::Config;
use crate::domain::agenda::{Item, agenda, when};
use crate::store::Store;

use super::args::AgendaArgs;
use super::{emit, print_json, table};

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
    emit(&format!(
        "{}{} items, {overdue} overdue; {} – {}\n",
        render(&items),
        items.len(),
        today.format("%d.%m.%Y"),
        last.format("%d.%m.%Y")
    ))
}

fn render(items: &[Item]) -> String {
    let cells: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                i.date.format("%d.%m.%Y").to_string(),
                when(i.days_overdue),
                i.kind.label().to_string(),
                i.client_id.to_string(),
                i.name.clone(),
                i.detail.clone(),
                i.manager.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table::render(&["date", "when", "what", "id", "client", "detail", "manager"], &cells)
}
