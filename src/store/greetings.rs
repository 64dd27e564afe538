//! Whom to greet: the persons whose birthday or important date falls in a
//! window, and on a holiday the decision-maker of each client it is for,
//! each with the phones and e-mails to reach them; those already greeted
//! are left out.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::{Connection, params, params_from_iter};

use super::clients::quick_date;
use super::{Result, Store, agenda, staff};
use crate::domain::agenda::{ItemKind, Occasion};
use crate::domain::greetings::{Greeting, Holiday, order};
use crate::domain::model::ClientId;

/// Which greetings to list.
#[derive(Debug, Clone, Copy)]
pub struct GreetingQuery<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Only this salesperson's clients.
    pub manager: Option<&'a str>,
    /// Only this client's.
    pub client: Option<ClientId>,
    /// The holidays to greet on, each with the clients of its selection
    /// when it names one.
    pub holidays: &'a [(Holiday, Option<HashSet<ClientId>>)],
}

/// A greeting before the client's and person's details are read.
struct Due {
    date: NaiveDate,
    kind: ItemKind,
    occasion: String,
    /// What the occasion is: a holiday's name, or a birthday or date that
    /// says itself once the client's name is read.
    title: Title,
    client_id: ClientId,
    person_id: Option<i64>,
}

enum Title {
    Holiday(String),
    Occasion(Occasion),
}

impl Store {
    /// The greetings due from `q.from` to `q.to`, nearest first; occasions
    /// already greeted are left out.
    pub fn greetings(&self, q: &GreetingQuery) -> Result<Vec<Greeting>> {
        self.read(|s| read(s.conn(), q))
    }
}

fn read(conn: &Connection, q: &GreetingQuery) -> Result<Vec<Greeting>> {
    let manager = q.manager.map(|m| staff::existing(conn, "manager", m)).transpose()?;
    let wanted = |id: ClientId| q.client.is_none_or(|c| c == id);
    let mut due = Vec::new();
    for o in agenda::occasions(conn, q.from, q.to, manager)? {
        let Some(date) = o.falls(q.from, q.to) else { continue };
        if !wanted(o.client_id) {
            continue;
        }
        due.push(Due {
            date,
            kind: o.kind,
            occasion: o.key.clone(),
            client_id: o.client_id,
            person_id: o.person_id,
            title: Title::Occasion(o),
        });
    }
    for (h, only) in q.holidays {
        let Some(date) = h.falls(q.from, q.to) else { continue };
        let categories: Vec<&str> = h.categories.iter().map(|c| c.id()).collect();
        let marks = (3..3 + categories.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let mut stmt = conn.prepare(&format!(
            "SELECT c.id, (SELECT p.id FROM persons p WHERE p.client_id = c.id ORDER BY p.decision_maker DESC, p.id LIMIT 1)
             FROM clients c WHERE (?1 IS NULL OR c.manager_id = ?1) AND (?2 IS NULL OR c.id = ?2)
               AND c.category IN ({})",
            if marks.is_empty() { "NULL".to_string() } else { marks }
        ))?;
        let mut values: Vec<rusqlite::types::Value> = vec![manager.into(), q.client.into()];
        values.extend(categories.iter().map(|c| rusqlite::types::Value::from(c.to_string())));
        let mut rows = stmt.query(params_from_iter(&values))?;
        while let Some(r) = rows.next()? {
            let client_id: ClientId = r.get(0)?;
            if only.as_ref().is_some_and(|set| !set.contains(&client_id)) {
                continue;
            }
            due.push(Due {
                date,
                kind: ItemKind::Holiday,
                occasion: h.occasion(),
                title: Title::Holiday(h.name.clone()),
                client_id,
                person_id: r.get(1)?,
            });
        }
    }

    let greeted = greeted(conn, q.from, q.to)?;
    due.retain(|d| !greeted.contains(&(d.client_id, d.occasion.clone(), d.date)));
    let mut client = conn.prepare_cached(
        "SELECT c.name, s.name FROM clients c LEFT JOIN staff s ON s.id = c.manager_id WHERE c.id = ?1",
    )?;
    let mut person = conn.prepare_cached("SELECT name, position FROM persons WHERE id = ?1")?;
    let mut channels = conn.prepare_cached(
        "SELECT kind, value FROM channels WHERE client_id = ?1 AND person_id IS ?2 ORDER BY kind = 'phone' DESC, id",
    )?;
    let mut out = Vec::with_capacity(due.len());
    for d in due {
        let (name, manager): (String, Option<String>) =
            client.query_row([d.client_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let title = match d.title {
            Title::Holiday(name) => name,
            Title::Occasion(o) => o.describe(d.date, &name),
        };
        let (person, position) = match d.person_id {
            Some(id) => person.query_row([id], |r| Ok((Some(r.get(0)?), r.get(1)?)))?,
            None => (None, None),
        };
        let mut read = |person_id: Option<i64>| -> Result<(Vec<String>, Vec<String>)> {
            let (mut phones, mut emails) = (Vec::new(), Vec::new());
            let mut rows = channels.query(params![d.client_id, person_id])?;
            while let Some(r) = rows.next()? {
                let (kind, value): (String, String) = (r.get(0)?, r.get(1)?);
                if kind == "phone" { phones.push(value) } else { emails.push(value) }
            }
            Ok((phones, emails))
        };
        // The person's own phones and e-mails; the client's when the person has none.
        let (mut phones, mut emails) = read(d.person_id)?;
        if d.person_id.is_some() && phones.is_empty() && emails.is_empty() {
            (phones, emails) = read(None)?;
        }
        out.push(Greeting {
            date: d.date,
            kind: d.kind,
            occasion: d.occasion,
            title,
            client_id: d.client_id,
            name,
            person,
            position,
            phones,
            emails,
            manager,
        });
    }
    order(&mut out);
    Ok(out)
}

/// The occasions greeted from `from` to `to`: client, occasion, day.
pub(super) fn greeted(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashSet<(ClientId, String, NaiveDate)>> {
    let mut out = HashSet::new();
    let mut stmt =
        conn.prepare_cached("SELECT client_id, occasion, on_date FROM greetings WHERE on_date BETWEEN ?1 AND ?2")?;
    let mut rows = stmt.query(params![from, to])?;
    while let Some(r) = rows.next()? {
        if let Some(date) = quick_date(r, 2)? {
            out.insert((r.get(0)?, r.get(1)?, date));
        }
    }
    Ok(out)
}
