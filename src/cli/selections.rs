//! `kartoteka selection` and `kartoteka mailing`: named selections of the
//! file, and a letter, newsletter or invitation recorded for each client
//! of one.

use serde::Serialize;

use crate::domain::ContactKind;
use crate::domain::model::ClientId;
use crate::store::Store;

use super::args::{FilterArgs, MailingArgs, SelectionCommand};
use super::{emit, list, print_json, table};
use crate::tr;

pub fn run(store: &mut Store, command: SelectionCommand) -> anyhow::Result<()> {
    match command {
        SelectionCommand::Save(a) => {
            if a.filter.selection.is_some() {
                anyhow::bail!(crate::i18n::t("selection-from-selection"));
            }
            // Checked before it is saved, so that a saved selection always reads.
            let filter = list::parse(&a.filter)?;
            if filter == Default::default() {
                anyhow::bail!(tr!("selection-needs-filter", name = a.name.trim()));
            }
            let count = store.select_clients(None, &filter, store.clock().today())?.len();
            let replaced = store.save_selection(&a.name, &serde_json::to_string(&a.filter)?)?;
            let name = a.name.trim();
            let said = if replaced {
                tr!("selection-replaced", name = name, n = count)
            } else {
                tr!("selection-saved", name = name, n = count)
            };
            emit(&format!("{said}\n"))
        }
        SelectionCommand::List(a) => list_all(store, a.json),
        SelectionCommand::Delete(a) => {
            store.delete_selection(&a.name)?;
            emit(&format!("{}\n", tr!("selection-deleted", name = a.name.trim())))
        }
    }
}

#[derive(Serialize)]
struct Listed {
    name: String,
    filters: FilterArgs,
    clients: usize,
}

fn list_all(store: &Store, json: bool) -> anyhow::Result<()> {
    let mut listed = Vec::new();
    for saved in store.selections()? {
        let filters = list::saved_filters(&saved)?;
        let clients = store.select_clients(None, &list::parse(&filters)?, store.clock().today())?.len();
        listed.push(Listed { name: saved.name, filters, clients });
    }
    if json {
        return print_json(&listed);
    }
    crate::i18n::reorder_by_name(crate::i18n::current(), &mut listed, |l| l.name.as_str());
    let rows: Vec<Vec<String>> =
        listed.iter().map(|l| vec![l.name.clone(), flags(&l.filters), l.clients.to_string()]).collect();
    let headers = [crate::i18n::t("col-name"), crate::i18n::t("col-filters"), crate::i18n::t("col-clients")];
    emit(&format!("{}{}\n", table::render(&headers, &rows), tr!("selections-listed", n = listed.len())))
}

/// The filters as they would be typed: `--city Москва --column interested`.
fn flags(filters: &FilterArgs) -> String {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(filters) else { return String::new() };
    map.iter()
        .filter_map(|(k, v)| v.as_str().map(|v| format!("--{} {v}", k.replace('_', "-"))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ids of the clients of saved selection `name`.
pub fn clients_of(store: &Store, name: &str) -> anyhow::Result<Vec<ClientId>> {
    let given = FilterArgs { selection: Some(name.to_string()), ..FilterArgs::default() };
    let filter = list::filter(store, &given)?;
    Ok(store.select_clients(None, &filter, store.clock().today())?.iter().map(|r| r.id).collect())
}

pub fn mailing(store: &mut Store, a: &MailingArgs) -> anyhow::Result<()> {
    let kind: ContactKind = a.kind.parse()?;
    let summary = crate::domain::required("summary", &a.summary)?;
    let ids = clients_of(store, &a.selection)?;
    if a.dry_run {
        return emit(&format!("{}\n", tr!("mailing-dry-run", summary = summary.as_str(), n = ids.len())));
    }
    let written = store.record_mailing(&ids, kind, &summary)?;
    emit(&format!("{}\n", tr!("mailing-done", summary = summary.as_str(), n = written)))
}
