//! Many writes in one transaction, each with its own moment and author,
//! row by row through the code an edit by hand takes: what the bulk load
//! of the demo generator is compared with. Search keys are rebuilt once per
//! touched client, and order lines packed once per client that bought, when
//! the batch ends.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Transaction, params};

use super::bulk::Load;
use super::{Result, Store, WriteCtx, board, clients, contacts, orders, packed, persons, search_keys};
use crate::domain::Category;
use crate::domain::model::{ClientId, NewClient, NewContact, NewOrder, NewPerson};
use crate::domain::prospecting::PlannedMove;

pub struct Batch<'t> {
    tx: &'t Transaction<'t>,
    touched: BTreeSet<ClientId>,
    /// Clients whose order lines are packed again when the batch ends.
    sold: BTreeSet<ClientId>,
}

fn ctx(at: NaiveDateTime, user: &str) -> WriteCtx {
    WriteCtx { now: at, user: user.to_string() }
}

impl Load for Batch<'_> {
    /// Adds a client created at `at` by `user`.
    fn add_client(&mut self, at: NaiveDateTime, user: &str, new: &NewClient) -> Result<ClientId> {
        let id = clients::insert(self.tx, &ctx(at, user), new)?;
        self.touched.insert(id);
        Ok(id)
    }

    fn add_person(&mut self, at: NaiveDateTime, client: ClientId, new: &NewPerson) -> Result<i64> {
        self.touched.insert(client);
        persons::insert(self.tx, at, client, new)
    }

    fn log_contact(&mut self, user: &str, client: ClientId, new: &NewContact) -> Result<i64> {
        contacts::insert(self.tx, &ctx(new.at, user), client, new)
    }

    fn add_order(&mut self, at: NaiveDateTime, client: ClientId, new: &NewOrder) -> Result<i64> {
        self.sold.insert(client);
        orders::insert(self.tx, &ctx(at, ""), client, new)
    }

    /// Moves a client at `at`, recording the move.
    fn move_client(&mut self, at: NaiveDateTime, user: &str, client: ClientId, planned: &PlannedMove) -> Result<()> {
        let from = board::column_of(self.tx, client)?;
        board::apply(self.tx, &ctx(at, user), client, from, planned)
    }

    /// Adds a special event or important date of a client.
    fn add_event(
        &mut self,
        at: NaiveDateTime,
        client: ClientId,
        date: NaiveDate,
        title: &str,
        yearly: bool,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO events (client_id, date, title, yearly, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![client, date, title, yearly, at])?;
        Ok(())
    }

    /// Sets a client's colour category without recording a change (for
    /// generated history, where the category is part of the starting state).
    fn set_category(&mut self, client: ClientId, category: Category) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE clients SET category = ?2 WHERE id = ?1")?
            .execute(params![client, category.id()])?;
        Ok(())
    }
}

impl Store {
    /// Runs `f` as one transaction of many writes.
    pub fn batch<T>(&mut self, f: impl FnOnce(&mut Batch) -> Result<T>) -> Result<T> {
        self.write(|tx, _| {
            let mut batch = Batch { tx, touched: BTreeSet::new(), sold: BTreeSet::new() };
            let out = f(&mut batch)?;
            for id in &batch.touched {
                search_keys::refresh(tx, *id)?;
            }
            packed::pack(tx, &batch.sold.into_iter().collect::<Vec<_>>())?;
            Ok(out)
        })
    }
}
