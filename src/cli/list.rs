//! `kartoteka list`: the client list, filtered and searched.

use crate::domain::ValidationError;
use crate::domain::dates::parse_date;
use crate::domain::model::{ClientFilter, ClientRow};
use crate::store::{Saved, Store};

use super::args::{FilterArgs, ListArgs};
use super::{emit, print_json, table};
use crate::i18n::t;
use crate::tr;
use std::borrow::Cow;

pub fn run(store: &Store, a: &ListArgs) -> anyhow::Result<()> {
    let filter = filter(store, &a.filter)?;
    let mut rows = store.select_clients(a.query.as_deref(), &filter, store.clock().today())?;
    // JSON is the same in every language; the table is in the language's alphabet.
    if a.json {
        return print_json(&rows);
    }
    if a.query.is_none() {
        crate::i18n::reorder_by_name(crate::i18n::current(), &mut rows, |r| r.name.as_str());
    }
    let total = i64::try_from(store.client_count()?).unwrap_or(i64::MAX);
    emit(&format!("{}{}\n", render(&rows), tr!("list-of-total", n = rows.len(), total = total)))
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

fn render(rows: &[ClientRow]) -> String {
    // Borrowed where the row has the text: a list of 100,000 clients was
    // 700,000 strings copied to be printed.
    let cells: Vec<Vec<Cow<str>>> = rows
        .iter()
        .map(|r| {
            vec![
                Cow::Owned(r.id.to_string()),
                Cow::Borrowed(r.name.as_str()),
                Cow::Borrowed(r.city.as_deref().unwrap_or_default()),
                Cow::Borrowed(r.column.id()),
                Cow::Borrowed(r.category.id()),
                Cow::Borrowed(r.manager.as_deref().unwrap_or_default()),
                r.next_contact.map_or(Cow::Borrowed(""), |d| Cow::Owned(crate::i18n::date(d))),
            ]
        })
        .collect();
    let headers = [
        t("col-id"),
        t("col-name"),
        t("col-city"),
        t("col-column"),
        t("col-category"),
        t("col-manager"),
        t("col-next-contact"),
    ];
    table::render(&headers, &cells)
}
