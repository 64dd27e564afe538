//! What the agenda is worked out from: the clients that may be due, the
//! birthdays and important dates in the window, open complaints and the
//! occasions already greeted. SQL picks a superset; the rules in
//! `domain::agenda` decide.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Duration, Months, NaiveDate};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Row, params};

use super::clients::{parse_id, quick_date, quick_datetime};
use super::{Result, Store, complaints, packed, staff};
use crate::domain::agenda::{ClientDue, Inputs, ItemKind, Occasion, Rules};
use crate::domain::classes::Sale;
use crate::domain::dates::Birthday;
use crate::domain::model::ClientId;

const DUE_SELECT: &str = "SELECT c.id, c.name, s.name, c.column_name, c.column_since, c.next_contact,
        c.last_contact, c.created_at, c.category IN ('gold', 'platinum'), p.lines,
        (SELECT max(at) FROM satisfaction s WHERE s.client_id = c.id)
    FROM clients c LEFT JOIN staff s ON s.id = c.manager_id LEFT JOIN sales_packed p ON p.client_id = c.id";

/// One client as the agenda needs it, with its packed lines (if packed)
/// summed into the turnover since `since`.
fn due(r: &Row, since: NaiveDate, today: NaiveDate, unpacked: &mut Vec<ClientId>) -> rusqlite::Result<ClientDue> {
    let id: ClientId = r.get(0)?;
    let mut lines = Vec::new();
    let packed = matches!(r.get_ref(9)?, ValueRef::Blob(v) if packed::decode(v, today, &mut lines));
    if !packed {
        unpacked.push(id);
    }
    let day = |i| quick_datetime(r, i).map(|d| d.map(|d| d.date()));
    Ok(ClientDue {
        id,
        name: r.get(1)?,
        manager: r.get(2)?,
        column: parse_id(r, 3)?,
        column_since: day(4)?.unwrap_or(today),
        next_contact: quick_date(r, 5)?,
        last_contact: day(6)?,
        created: day(7)?.unwrap_or(today),
        buying: r.get(8)?,
        turnover: turnover(&lines, since),
        first_sale: first_sale(&lines),
        last_survey: day(10)?,
    })
}

fn turnover(lines: &[Sale], since: NaiveDate) -> i64 {
    lines.iter().filter(|s| s.date > since).map(|s| s.amount).sum()
}

fn first_sale(lines: &[Sale]) -> Option<NaiveDate> {
    lines.iter().filter(|s| s.paid).map(|s| s.date).min()
}

/// Every month-and-day (`MM-DD`) from `from` to `to`, with 29 February
/// where a common year's 28th is in it (a yearly day on the 29th falls then).
fn month_days(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    for d in from.iter_days().take_while(|d| *d <= to).take(366) {
        out.push(d.format("%m-%d").to_string());
        if (d.month(), d.day()) == (2, 28) && NaiveDate::from_ymd_opt(d.year(), 2, 29).is_none() {
            out.push("02-29".to_string());
        }
    }
    out
}

/// `?4, ?5, …`: the numbered parameters of `n` values after the first three.
fn marks(n: usize) -> String {
    (4..4 + n.max(1)).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

/// The birthdays of persons and the important dates of clients that may
/// fall from `from` to `to` (of `manager`'s clients, if given).
pub(super) fn occasions(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    manager: Option<i64>,
) -> Result<Vec<Occasion>> {
    // The days as values of an IN list, so that the index of days is used;
    // both queries take the same values (SQLite counts up to the last number used).
    let days_list = month_days(from, to);
    let mut values: Vec<rusqlite::types::Value> = vec![manager.into(), from.to_string().into(), to.to_string().into()];
    values.extend(days_list.iter().map(|d| rusqlite::types::Value::from(d.clone())));
    let mut occasions = Vec::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT p.id, p.client_id, p.name, p.birthday FROM persons p JOIN clients c ON c.id = p.client_id
         WHERE p.birthday IS NOT NULL AND substr(p.birthday, -5) IN ({}) AND (?1 IS NULL OR c.manager_id = ?1)",
        marks(days_list.len())
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(&values))?;
    while let Some(r) = rows.next()? {
        let (id, client_id, name, text): (i64, ClientId, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let Ok(b) = Birthday::parse("birthday", &text) else { continue };
        occasions.push(Occasion {
            client_id,
            person: Some(name),
            person_id: Some(id),
            kind: ItemKind::Birthday,
            month: b.month,
            day: b.day,
            year: b.year,
            yearly: true,
            title: "Birthday".into(),
            key: format!("birthday:{id}"),
        });
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT e.id, e.client_id, p.name, e.date, e.title, e.yearly, e.person_id FROM events e
         JOIN clients c ON c.id = e.client_id LEFT JOIN persons p ON p.id = e.person_id
         WHERE substr(e.date, -5) IN ({}) AND (?1 IS NULL OR c.manager_id = ?1)
           AND (e.yearly = 1 OR e.date BETWEEN ?2 AND ?3)",
        marks(days_list.len())
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(&values))?;
    while let Some(r) = rows.next()? {
        let (id, client_id, person, title): (i64, ClientId, Option<String>, String) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(4)?);
        let Some(date) = quick_date(r, 3)? else { continue };
        let b = Birthday::from(date);
        occasions.push(Occasion {
            client_id,
            person: None,
            person_id: r.get(6)?,
            kind: ItemKind::ImportantDate,
            month: b.month,
            day: b.day,
            year: b.year,
            yearly: r.get(5)?,
            title: match person {
                Some(p) => format!("{title} ({p})"),
                None => title,
            },
            key: format!("event:{id}"),
        });
    }
    Ok(occasions)
}

impl Store {
    /// What the agenda of `today` and the `days` after it is worked out
    /// from, for the clients of `manager` (every client without).
    pub fn agenda_inputs(&self, today: NaiveDate, days: u32, rules: &Rules, manager: Option<&str>) -> Result<Inputs> {
        self.read(|s| read_inputs(s.conn(), today, days, rules, manager))
    }
}

fn read_inputs(conn: &Connection, today: NaiveDate, days: u32, rules: &Rules, manager: Option<&str>) -> Result<Inputs> {
    let manager = manager.map(|m| staff::existing(conn, "manager", m)).transpose()?;
    let horizon = today + Duration::days(i64::from(days));
    let since = today.checked_sub_months(Months::new(12)).unwrap_or(today);
    // A buying client last in touch before this day is due by the horizon.
    let cadence_cut = horizon - Duration::days(i64::from(rules.cadence)) + Duration::days(1);
    // A buying client last asked before this day is due to be asked again by the horizon.
    let survey_cut = horizon - Duration::days(i64::from(rules.satisfaction_every)) + Duration::days(1);
    let mut unpacked = Vec::new();
    let mut clients: Vec<ClientDue> = Vec::new();
    let mut stmt = conn.prepare(&format!(
        "{DUE_SELECT} WHERE (?1 IS NULL OR c.manager_id = ?1) AND (
            c.next_contact <= ?2
            OR (c.next_contact IS NULL AND c.column_name IN ('interested', 'follow_up_1', 'follow_up_2', 'follow_up_3'))
            OR (c.category IN ('gold', 'platinum') AND coalesce(c.last_contact, c.created_at) < ?3)
            OR (c.category = 'gold' AND NOT EXISTS (SELECT 1 FROM satisfaction s WHERE s.client_id = c.id))
            OR (c.category IN ('gold', 'platinum')
                AND (SELECT max(at) FROM satisfaction s WHERE s.client_id = c.id) < ?4))"
    ))?;
    let mut rows = stmt.query(params![manager, horizon, cadence_cut, survey_cut])?;
    while let Some(r) = rows.next()? {
        clients.push(due(r, since, today, &mut unpacked)?);
    }

    let occasions = occasions(conn, today, horizon, manager)?;
    let complaints = complaints::open(conn, manager)?;
    let greeted = super::greetings::greeted(conn, today, horizon)?;

    // The clients of occasions and complaints that are not due themselves.
    let mut have: HashSet<ClientId> = clients.iter().map(|c| c.id).collect();
    let wanted: Vec<ClientId> = occasions
        .iter()
        .map(|o| o.client_id)
        .chain(complaints.iter().map(|k| k.client_id))
        .filter(|id| have.insert(*id))
        .collect();
    let mut stmt = conn.prepare_cached(&format!("{DUE_SELECT} WHERE c.id = ?1"))?;
    for id in wanted {
        let mut rows = stmt.query([id])?;
        if let Some(r) = rows.next()? {
            clients.push(due(r, since, today, &mut unpacked)?);
        }
    }
    // Clients whose lines changed since they were packed.
    let place: HashMap<ClientId, usize> = clients.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    packed::read_lines(conn, &unpacked, Some(today), |id, lines| {
        if let Some(c) = place.get(&id).and_then(|i| clients.get_mut(*i)) {
            c.turnover = turnover(lines, since);
            c.first_sale = first_sale(lines);
        }
        Ok(())
    })?;
    Ok(Inputs { clients, occasions, complaints, greeted })
}
