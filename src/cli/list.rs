//! `kartoteka list`: the client list, filtered and searched.

use crate::domain::ValidationError;
use crate::domain::dates::parse_date;
use crate::domain::model::{ClientFilter, ClientRow};
use crate::store::names::Names;
use crate::store::{RowText, Saved, Store};

use super::args::{FilterArgs, ListArgs};
use super::{emit_pieces, print_json, table};
use crate::i18n::t;
use crate::tr;

pub fn run(store: &Store, a: &ListArgs) -> anyhow::Result<()> {
    let filter = filter(store, &a.filter)?;
    let total = store.client_count()?;
    let (mut text, shown) = if a.query.is_none() && filter == ClientFilter::default() && !a.json {
        whole_list(store, total)?
    } else {
        let mut rows = store.select_clients(a.query.as_deref(), &filter, store.clock().today())?;
        // JSON is the same in every language; the table is in the language's alphabet.
        if a.json {
            return print_json(&rows);
        }
        if a.query.is_none() {
            crate::i18n::reorder_by_name(crate::i18n::current(), &mut rows, |r| r.name.as_str());
        }
        let text = render(&rows);
        let shown = rows.len();
        // The process ends here: the rows' strings are left to the system, as
        // export's are, rather than freed one by one (15 ms of a 100k list).
        std::mem::forget(rows);
        (text, shown)
    };
    text.push(tr!("list-of-total", n = shown, total = i64::try_from(total).unwrap_or(i64::MAX)) + "\n");
    emit_pieces(&text)
}

/// Reads the filter options shared by listings: those of the saved
/// selection named, if any, with those given beside it in their place.
pub fn filter(store: &Store, a: &FilterArgs) -> anyhow::Result<ClientFilter> {
    match &a.selection {
        Some(name) => parse(&with_saved(a, &store.selection("selection", name)?)?),
        None => parse(a),
    }
}

/// `given` over the filters of `saved`: a filter given replaces the saved one.
pub fn with_saved(given: &FilterArgs, saved: &Saved) -> anyhow::Result<FilterArgs> {
    let mut merged = serde_json::to_value(saved_filters(saved)?)?;
    if let (Some(merged), serde_json::Value::Object(given)) = (merged.as_object_mut(), serde_json::to_value(given)?) {
        merged.extend(given);
    }
    Ok(serde_json::from_value(merged)?)
}

/// The filters a saved selection holds.
pub fn saved_filters(saved: &Saved) -> anyhow::Result<FilterArgs> {
    serde_json::from_str(&saved.filters)
        .map_err(|e| anyhow::anyhow!("selection '{}' cannot be read ({e}); save it again", saved.name))
}

/// Checks every filter, naming the one that is wrong.
pub fn parse(a: &FilterArgs) -> anyhow::Result<ClientFilter> {
    let month = |text: &str| -> Result<u32, ValidationError> {
        text.trim().parse().ok().filter(|m| (1..=12).contains(m)).ok_or_else(|| {
            ValidationError::new("birthday-month", text, crate::i18n::t("err-expected-month-number-from-1"))
        })
    };
    Ok(ClientFilter {
        column: a.column.as_deref().map(str::parse).transpose()?,
        category: a.category.as_deref().map(str::parse).transpose()?,
        city: a.city.clone(),
        manager: a.manager.clone(),
        industry: a.industry.clone(),
        tag: a.tag.clone(),
        bought: a.bought.clone(),
        not_bought: a.not_bought.clone(),
        birthday_month: a.birthday_month.as_deref().map(month).transpose()?,
        not_contacted_since: a
            .not_contacted_since
            .as_deref()
            .map(|t| parse_date("not-contacted-since", t))
            .transpose()?,
        lifecycle: a.lifecycle.as_deref().map(str::parse).transpose()?,
        abc: a.abc.as_deref().map(|t| t.to_uppercase().parse()).transpose()?,
        xyz: a.xyz.as_deref().map(|t| t.to_uppercase().parse()).transpose()?,
    })
}

/// The list's headings.
fn headers() -> [&'static str; 7] {
    ["col-id", "col-name", "col-city", "col-column", "col-category", "col-manager", "col-next-contact"].map(t)
}

fn render(rows: &[ClientRow]) -> table::Pieces {
    table::render_with(&headers(), rows, || {
        let (mut id, mut date) = (itoa::Buffer::new(), String::new());
        move |r: &ClientRow, put: &mut dyn FnMut(&str)| cells(&RowText::from(r), &mut id, &mut date, put)
    })
}

/// Every client's line, as `render` writes them, from the cells' text as
/// the file holds it, in the language's alphabet; with how many there are.
/// A long list is read in two parts of the order of names at once, a core
/// each, as one moment of the file.
fn whole_list(store: &Store, total: usize) -> anyhow::Result<(table::Pieces, usize)> {
    whole_list_by(store, total, total >= table::HALVES_FROM)
}

/// `whole_list`, read in two parts at once or not.
fn whole_list_by(store: &Store, total: usize, in_parts: bool) -> anyhow::Result<(table::Pieces, usize)> {
    let headers = headers();
    let table_of = |s: &Store, names: Names, rows: usize| {
        let mut table = table::Table::new(&headers, rows);
        let (mut id, mut date) = (itoa::Buffer::new(), String::new());
        s.each_row_text(names, |r| table.row(|put| cells(&r, &mut id, &mut date, put)))?;
        Ok(table)
    };
    let table = if !in_parts {
        table_of(store, Names::All, total)?
    } else {
        let (middle, lang) = (store.place_in_names(0.5)?, crate::i18n::current());
        store.read_apart(
            |s| table_of(s, Names::Before(&middle), total / 2),
            |s| {
                let _lang = crate::i18n::scoped(lang);
                table_of(s, Names::From(&middle), total / 2)
            },
            |_, mut first, second| {
                first.append(second);
                Ok(first)
            },
        )?
    };
    let names: Vec<&str> = (0..table.len()).map(|i| table.cell(i, 1)).collect();
    let order = crate::i18n::order_by_name(crate::i18n::current(), &names, |name| name);
    Ok((table.render(order.as_deref()), table.len()))
}

/// Gives the cells of a client's line to `put`; the id and the date are
/// written into buffers used again line after line.
fn cells(r: &RowText, id: &mut itoa::Buffer, date: &mut String, put: &mut dyn FnMut(&str)) {
    put(id.format(r.id));
    put(r.name);
    put(r.city);
    put(r.column);
    put(r.category);
    put(r.manager);
    date.clear();
    if let Some(d) = r.next_contact {
        crate::i18n::push_date(date, d);
    }
    put(date);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::NewClient;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn the_whole_list_from_the_cells_text_is_the_list_from_its_rows() {
        // In a file, so that the parts are read by two threads.
        let dir = tempfile::tempdir().unwrap();
        let (mut store, today) = crate::store::demo_in_file(dir.path(), 300, 2);
        // Names the languages sort apart from the folded order, and a client with nothing but a name.
        for name in ["Szabo Kft", "Șa Trans", "Nuñez Hermanos", "Nutria SA"] {
            store.add_client(&NewClient { name: name.into(), ..NewClient::default() }).unwrap();
        }
        for lang in Lang::ALL {
            let _lang = scoped(lang);
            let mut rows = store.select_clients(None, &ClientFilter::default(), today).unwrap();
            crate::i18n::reorder_by_name(lang, &mut rows, |r| r.name.as_str());
            for in_parts in [false, true] {
                let (text, shown) = whole_list_by(&store, rows.len(), in_parts).unwrap();
                assert_eq!(
                    (text.concat(), shown),
                    (render(&rows).concat(), 304),
                    "{} in parts: {in_parts}",
                    lang.code()
                );
            }
        }
    }
}
