//! `kartoteka add client|person|order`.

use crate::domain::dates::{Birthday, parse_date};
use crate::domain::model::{NewClient, NewOrder, NewPerson};
use crate::domain::{ClientKind, ValidationError, parse_amount};
use crate::store::Store;

use super::args::{AddClientArgs, AddCommand, AddOrderArgs, AddPersonArgs};

pub fn run(store: &mut Store, command: AddCommand) -> anyhow::Result<()> {
    let id = match command {
        AddCommand::Client(a) => client(store, a)?,
        AddCommand::Person(a) => person(store, a)?,
        AddCommand::Order(a) => order(store, a)?,
    };
    super::emit(&format!("{id}\n"))
}

fn client(store: &mut Store, a: AddClientArgs) -> anyhow::Result<i64> {
    let new = NewClient {
        kind: Some(if a.private { ClientKind::Person } else { ClientKind::Company }),
        name: a.name,
        legal_name: a.legal_name,
        city: a.city,
        address: a.address,
        industry: a.industry,
        size: None,
        tax_id: a.tax_id,
        phones: a.phone,
        emails: a.email,
        website: a.website,
        source: a.source,
        manager: a.manager,
        category: a.category.as_deref().map(str::parse).transpose()?,
        tags: a.tag,
        notes: a.notes,
        next_contact: None,
    };
    Ok(store.add_client(&new)?)
}

fn person(store: &mut Store, a: AddPersonArgs) -> anyhow::Result<i64> {
    let client = store.resolve_client("client", &a.client)?;
    let new = NewPerson {
        name: a.name,
        position: a.position,
        phones: a.phone,
        emails: a.email,
        birthday: a.birthday.as_deref().map(|b| Birthday::parse("birthday", b)).transpose()?,
        decision_maker: a.decision_maker,
    };
    Ok(store.add_person(client, &new)?)
}

fn order(store: &mut Store, a: AddOrderArgs) -> anyhow::Result<i64> {
    let client = store.resolve_client("client", &a.client)?;
    let quantity: f64 =
        a.quantity.trim().replace(',', ".").parse().ok().filter(|q: &f64| q.is_finite() && *q > 0.0).ok_or_else(
            || ValidationError::new("quantity", &a.quantity, crate::i18n::t("err-expected-positive-number")),
        )?;
    let new = NewOrder {
        date: parse_date("date", &a.date)?,
        product: a.product,
        line: a.line,
        quantity,
        amount: parse_amount("amount", &a.amount)?,
        paid: a.paid,
    };
    Ok(store.add_order(client, &new)?)
}
