//! `kartoteka list`: the client list, filtered and searched.

use crate::domain::model::{ClientFilter, ClientRow};
use crate::store::Store;

use super::args::{FilterArgs, ListArgs};
use super::{emit, print_json, table};

pub fn run(store: &Store, a: &ListArgs) -> anyhow::Result<()> {
    let filter = filter(&a.filter)?;
    let rows = store.find_clients(a.query.as_deref(), &filter)?;
    if a.json {
        return print_json(&rows);
    }
    emit(&format!("{}{} of {} clients\n", render(&rows), rows.len(), store.client_count()?))
}

/// Reads the filter options shared by listings.
pub fn filter(a: &FilterArgs) -> anyhow::Result<ClientFilter> {
    Ok(ClientFilter {
        column: a.column.as_deref().map(str::parse).transpose()?,
        category: a.category.as_deref().map(str::parse).transpose()?,
        city: a.city.clone(),
        manager: a.manager.clone(),
    })
}

fn render(rows: &[ClientRow]) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.name.clone(),
                r.city.clone().unwrap_or_default(),
                r.column.id().to_string(),
                r.category.id().to_string(),
                r.manager.clone().unwrap_or_default(),
                r.next_contact.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    table::render(&["id", "name", "city", "column", "category", "manager", "next contact"], &cells)
}
