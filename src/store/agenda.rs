//! What the agenda is worked out from: the clients that may be due, the
//! birthdays and important dates in the window, open complaints and the
//! occasions already greeted. SQL picks a superset; the rules in
//! `domain::agenda` decide.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Duration, Months, NaiveDate};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Row, params};

use super::clients::{parse_id, place_of, places_by_id, quick_date, quick_datetime};
use super::{Result, Store, complaints, packed, staff};
use crate::domain::agenda::{ClientDue, Inputs, ItemKind, Occasion, Rules};
use crate::domain::classes::Sale;
use crate::domain::dates::Birthday;
use crate::domain::model::ClientId;

// Every column of `clients` read here is in the name index (schema 10),
// which SQLite reads instead of the table.
const DUE_SELECT: &str = "SELECT c.id, c.name, s.name, c.column_name, c.column_since, c.next_contact,
        c.last_contact, c.created_at, c.category IN ('gold', 'platinum')
    FROM clients c LEFT JOIN staff s ON s.id = c.manager_id";

/// One client as the agenda needs it, its turnover, first sale and last
/// answers still to be read (see [`add_sales`] and [`add_surveys`]).
fn due(r: &Row, today: NaiveDate) -> rusqlite::Result<ClientDue> {
    let day = |i| quick_datetime(r, i).map(|d| d.map(|d| d.date()));
    Ok(ClientDue {
        id: r.get(0)?,
        name: r.get(1)?,
        manager: r.get(2)?,
        column: parse_id(r, 3)?,
        column_since: day(4)?.unwrap_or(today),
        next_contact: quick_date(r, 5)?,
        last_contact: day(6)?,
        created: day(7)?.unwrap_or(today),
        buying: r.get(8)?,
        turnover: 0,
        first_sale: None,
        last_survey: None,
    })
}

/// Gives each of `clients` the day of its last satisfaction answers: all
/// of them read at once, a few thousand (asked of each client due in
/// SQLite, they were 35 of its 60 ms for everyone's week).
fn add_surveys(conn: &Connection, clients: &mut [ClientDue]) -> Result<()> {
    let mut stmt = conn.prepare("SELECT client_id, max(at) FROM satisfaction GROUP BY client_id")?;
    let mut last: HashMap<ClientId, NaiveDate> = HashMap::new();
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Some(at) = quick_datetime(r, 1)? {
            last.insert(r.get(0)?, at.date());
        }
    }
    for c in clients {
        c.last_survey = last.get(&c.id).copied();
    }
    Ok(())
}

/// Gives each of `clients` its turnover since `since` and its first paid
/// sale, from its lines up to `today`: packed, or from the order lines
/// where they changed since they were packed.
fn add_sales(conn: &Connection, clients: &mut [ClientDue], since: NaiveDate, today: NaiveDate) -> Result<()> {
    add_sales_by(conn, clients, since, today, clients.len() > packed::SEEKS)
}

/// `add_sales`, the packed lines read in one pass or client by client.
fn add_sales_by(
    conn: &Connection,
    clients: &mut [ClientDue],
    since: NaiveDate,
    today: NaiveDate,
    one_pass: bool,
) -> Result<()> {
    // Each client's place by id: ids are dense, and a table of them is
    // read faster than a hash map is asked, 100,000 times.
    let ids: Vec<ClientId> = clients.iter().map(|c| c.id).collect();
    let places = places_by_id(&ids);
    let at = |id: ClientId| place_of(&places, id);
    let mut packed = vec![false; ids.len()];
    let mut lines = Vec::new();
    let mut fill = |i: usize, value: ValueRef| {
        lines.clear();
        if let (ValueRef::Blob(v), Some(c)) = (value, clients.get_mut(i))
            && packed::decode(v, today, &mut lines)
        {
            c.turnover = turnover(&lines, since);
            c.first_sale = first_sale(&lines);
            packed[i] = true;
        }
    };
    if one_pass {
        // Many clients: the packed lines in one pass in their own order
        // (looked up from the clients, which come in the order of names,
        // they were read at random: 30 of the agenda's 80 ms in SQLite).
        let mut stmt = conn.prepare("SELECT client_id, lines FROM sales_packed")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(i) = at(r.get(0)?) {
                fill(i, r.get_ref(1)?);
            }
        }
    } else {
        let mut stmt = conn.prepare_cached("SELECT lines FROM sales_packed WHERE client_id = ?1")?;
        for (i, id) in ids.iter().enumerate() {
            if let Some(r) = stmt.query([id])?.next()? {
                fill(i, r.get_ref(0)?);
            }
        }
    }
    let unpacked: Vec<ClientId> = ids.iter().zip(&packed).filter(|(_, p)| !**p).map(|(id, _)| *id).collect();
    packed::read_lines(conn, &unpacked, Some(today), |id, lines| {
        if let Some(c) = at(id).and_then(|i| clients.get_mut(i)) {
            c.turnover = turnover(lines, since);
            c.first_sale = first_sale(lines);
        }
        Ok(())
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
    // The client's salesperson is looked up only when one is asked for:
    // joined always, everyone's week looked up 7,000 clients at random.
    let of_manager = |client: &str| {
        format!("(?1 IS NULL OR EXISTS (SELECT 1 FROM clients c WHERE c.id = {client} AND c.manager_id = ?1))")
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT p.id, p.client_id, p.name, p.birthday FROM persons p
         WHERE p.birthday IS NOT NULL AND substr(p.birthday, -5) IN ({}) AND {}",
        marks(days_list.len()),
        of_manager("p.client_id")
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
         LEFT JOIN persons p ON p.id = e.person_id
         WHERE substr(e.date, -5) IN ({}) AND {} AND (e.yearly = 1 OR e.date BETWEEN ?2 AND ?3)",
        marks(days_list.len()),
        of_manager("e.client_id")
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
        clients.push(due(r, today)?);
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
            clients.push(due(r, today)?);
        }
    }
    add_sales(conn, &mut clients, since, today)?;
    add_surveys(conn, &mut clients)?;
    Ok(Inputs { clients, occasions, complaints, greeted })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sales_read_in_one_pass_or_client_by_client_agree() {
        let (store, today) = crate::store::demo_in_memory(300, 7);
        // Some clients' lines changed by another program since they were packed.
        store.conn().execute("DELETE FROM sales_packed WHERE client_id % 5 = 0", []).unwrap();
        let inputs = store.agenda_inputs(today, 7, &Rules::default(), None).unwrap();
        let since = today.checked_sub_months(Months::new(12)).unwrap();
        let read = |one_pass| {
            let mut clients = inputs.clients.clone();
            for c in &mut clients {
                (c.turnover, c.first_sale) = (0, None);
            }
            add_sales_by(store.conn(), &mut clients, since, today, one_pass).unwrap();
            clients
        };
        let (one_pass, by_client) = (read(true), read(false));
        assert_eq!(one_pass, by_client);
        assert_eq!(one_pass, inputs.clients);
        let bought = |unpacked: bool| one_pass.iter().filter(|c| (c.id % 5 == 0) == unpacked && c.turnover > 0).count();
        assert!(bought(false) > 20 && bought(true) > 5, "{} packed, {} from their lines", bought(false), bought(true));
    }
}
