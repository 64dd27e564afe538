//! `kartoteka agenda`: today's work and the next days', the most valuable
//! overdue work first.

use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::domain::agenda::{Due, ItemKind, plan, when};
use crate::store::Store;

use super::args::AgendaArgs;
use super::{emit_pieces, print_json, table};
use crate::i18n::{self, t};
use crate::tr;

pub fn run(store: &Store, config: &Config, a: &AgendaArgs) -> anyhow::Result<()> {
    let today = store.clock().today();
    let inputs = store.agenda_inputs(today, a.days, &config.agenda, a.manager.as_deref())?;
    let mut items = plan(&inputs, &config.agenda, today, a.days);
    if let Some(name) = &a.selection {
        let chosen: std::collections::HashSet<_> = super::selections::clients_of(store, name)?.into_iter().collect();
        items.retain(|i| chosen.contains(&i.client_id));
    }
    if a.json {
        return print_json(&items.into_iter().map(Due::into_item).collect::<Vec<_>>());
    }
    let overdue = items.iter().filter(|i| i.overdue()).count();
    let last = today + chrono::Duration::days(i64::from(a.days));
    let said =
        tr!("agenda-summary", n = items.len(), overdue = overdue, from = i18n::date(today), to = i18n::date(last));
    let names: String = items.iter().map(|i| i.name).collect();
    let items = names_from(items, &names);
    let mut text = render(&items);
    text.push(said + "\n");
    // The process ends here: the items and what they were worked out from
    // are left to the system rather than freed string by string.
    std::mem::forget(items);
    std::mem::forget((inputs, names));
    emit_pieces(&text)
}

/// The items with their names read from `names`, the items' names one
/// after the other in the items' order. The table reads each name twice, in
/// the order of rank: read where the store left them, at random, the table
/// of everyone's week on the 100k demo took 19.1 ms; copied in order once,
/// 14.2 with the copy.
fn names_from<'b>(mut items: Vec<Due<'b>>, names: &'b str) -> Vec<Due<'b>> {
    let mut at = 0;
    for i in &mut items {
        let end = at + i.name.len();
        i.name = names.get(at..end).unwrap_or_default();
        at = end;
    }
    items
}

fn render(items: &[Due]) -> table::Pieces {
    let headers =
        [t("col-date"), t("col-when"), t("col-what"), t("col-id"), t("col-client"), t("col-detail"), t("col-manager")];
    table::render_with(&headers, items, || {
        // The few days put in words once each (their date and "3 days
        // late"), not once an item (everyone's week on the 100k demo is
        // 51,000 items): an item's day is as far from today as it is late.
        let mut days: FxHashMap<i64, (String, String)> = FxHashMap::default();
        let mut labels = [None; ItemKind::ALL.len()];
        let mut id = itoa::Buffer::new();
        move |i: &Due, put: &mut dyn FnMut(&str)| {
            let (date, late) = days.entry(i.days_overdue).or_insert_with(|| (i18n::date(i.date), when(i.days_overdue)));
            put(date);
            put(late);
            put(labels
                .get_mut(i.kind as usize)
                .map_or_else(|| i.kind.label(), |l| *l.get_or_insert_with(|| i.kind.label())));
            put(id.format(i.client_id));
            put(i.name);
            put(&i.detail);
            put(i.manager.as_deref().unwrap_or_default());
        }
    })
}
