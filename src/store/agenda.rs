//! What the agenda is worked out from: the clients that may be due, the
//! birthdays and important dates in the window, open complaints and the
//! occasions already greeted. SQL picks a superset; the rules in
//! `domain::agenda` decide.

use chrono::{Datelike, Duration, Months, NaiveDate};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Row};
use rustc_hash::{FxHashMap, FxHashSet};

use super::clients::{parse_id, place_of, places_by_id, quick_date, quick_datetime};
use super::names::Names;
use super::staff::Staff;
use super::{Result, Store, complaints, packed, staff};
use crate::domain::agenda::{ClientDue, Inputs, ItemKind, Occasion, Rules};
use crate::domain::classes::Sale;
use crate::domain::dates::Birthday;
use crate::domain::model::ClientId;

// Every column of `clients` read here is in the name index (schema 10),
// which SQLite reads instead of the table.
// The salesperson by id, from `Staff`: a handful of names looked up here
// rather than joined to each of 44,000 clients due.
const DUE_SELECT: &str = "SELECT c.id, c.name, c.manager_id, c.column_name, c.column_since, c.next_contact,
        c.last_contact, c.created_at, c.category IN ('gold', 'platinum'), c.sort_key
    FROM clients c";

/// One client as the agenda needs it, its turnover, first sale and last
/// answers still to be read (see [`add_sales`] and [`add_surveys`]).
fn due(r: &Row, today: NaiveDate, staff: &Staff) -> rusqlite::Result<ClientDue> {
    let day = |i| quick_datetime(r, i).map(|d| d.map(|d| d.date()));
    Ok(ClientDue {
        id: r.get(0)?,
        name: r.get(1)?,
        sort_key: r.get(9)?,
        manager: staff.name(r.get(2)?),
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
    let mut last: FxHashMap<ClientId, NaiveDate> = FxHashMap::default();
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

/// What the agenda weighs of a client's sales: its turnover since a day,
/// and its first paid sale.
#[derive(Debug, Clone, Copy)]
struct Sales {
    turnover: i64,
    first_sale: Option<NaiveDate>,
}

impl Sales {
    fn of(lines: &[Sale], since: NaiveDate) -> Sales {
        Sales { turnover: turnover(lines, since), first_sale: first_sale(lines) }
    }
}

/// Packed sales by client id (ids are dense: a table of them is read faster
/// than a hash map is asked, 100,000 times); none where a client's lines
/// are not packed.
type PackedSales = Vec<Option<Sales>>;

/// The packed sales up to `today` of the clients `wanted` takes, in one pass
/// over `sales_packed` in its own order (looked up from the clients, which
/// come in the order of names, they were read at random: 30 of the agenda's
/// 80 ms in SQLite).
fn packed_sales(
    conn: &Connection,
    since: NaiveDate,
    today: NaiveDate,
    wanted: impl Fn(ClientId) -> bool,
) -> Result<PackedSales> {
    let mut stmt = conn.prepare("SELECT client_id, lines FROM sales_packed")?;
    let mut rows = stmt.query([])?;
    let mut packed = PackedSales::new();
    while let Some(r) = rows.next()? {
        let id: ClientId = r.get(0)?;
        if wanted(id) {
            put_packed(&mut packed, id, r.get_ref(1)?, since, today);
        }
    }
    Ok(packed)
}

/// The packed sales of each of `ids`, a query each: for a few clients.
fn packed_sales_of(conn: &Connection, ids: &[ClientId], since: NaiveDate, today: NaiveDate) -> Result<PackedSales> {
    let mut stmt = conn.prepare_cached("SELECT lines FROM sales_packed WHERE client_id = ?1")?;
    let mut packed = PackedSales::new();
    for id in ids {
        if let Some(r) = stmt.query([id])?.next()? {
            put_packed(&mut packed, *id, r.get_ref(0)?, since, today);
        }
    }
    Ok(packed)
}

/// Puts in `packed` the sales of client `id` from its packed `value`, if
/// this build reads it.
fn put_packed(packed: &mut PackedSales, id: ClientId, value: ValueRef, since: NaiveDate, today: NaiveDate) {
    let (ValueRef::Blob(v), Ok(at)) = (value, usize::try_from(id)) else { return };
    if let Some((turnover, first_sale)) = packed::sum_up(v, since, today) {
        if packed.len() <= at {
            packed.resize(at + 1, None);
        }
        packed[at] = Some(Sales { turnover, first_sale });
    }
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
    let ids: Vec<ClientId> = clients.iter().map(|c| c.id).collect();
    let packed = if one_pass {
        let places = places_by_id(&ids);
        packed_sales(conn, since, today, |id| place_of(&places, id).is_some())?
    } else {
        packed_sales_of(conn, &ids, since, today)?
    };
    add_packed(conn, clients, &packed, since, today)
}

/// Gives each of `clients` its sales from `packed`, or from its order lines
/// where they are not packed.
fn add_packed(
    conn: &Connection,
    clients: &mut [ClientDue],
    packed: &PackedSales,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<()> {
    let sales = |c: &mut ClientDue, s: Sales| (c.turnover, c.first_sale) = (s.turnover, s.first_sale);
    let mut unpacked = Vec::new();
    for (i, c) in clients.iter_mut().enumerate() {
        match usize::try_from(c.id).ok().and_then(|at| packed.get(at)).copied().flatten() {
            Some(s) => sales(c, s),
            None => unpacked.push((c.id, i)),
        }
    }
    if unpacked.is_empty() {
        return Ok(());
    }
    let ids: Vec<ClientId> = unpacked.iter().map(|(id, _)| *id).collect();
    let places = places_by_id(&ids);
    packed::read_lines(conn, &ids, Some(today), |id, lines| {
        if let Some((_, i)) = place_of(&places, id).and_then(|p| unpacked.get(p))
            && let Some(c) = clients.get_mut(*i)
        {
            sales(c, Sales::of(lines, since));
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
    // The birthdays come day by day, each day's in the order they were
    // entered, whichever columns the index carries: the agenda's order of
    // two birthdays at one client on one day is theirs.
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
         WHERE p.birthday IS NOT NULL AND substr(p.birthday, -5) IN ({}) AND {}
         ORDER BY substr(p.birthday, -5), p.id",
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
        let apart = manager.is_none() && self.top_id()? >= super::HALVES_FROM;
        self.agenda_inputs_by(today, days, rules, manager, apart)
    }

    /// `agenda_inputs`, read `apart` (in two parts at once, on two
    /// connections, as one moment) or in one read.
    fn agenda_inputs_by(
        &self,
        today: NaiveDate,
        days: u32,
        rules: &Rules,
        manager: Option<&str>,
        apart: bool,
    ) -> Result<Inputs> {
        let since = today.checked_sub_months(Months::new(12)).unwrap_or(today);
        if !apart {
            return self.read(|s| {
                let mut inputs = read_due(s.conn(), today, days, rules, manager)?;
                add_sales(s.conn(), &mut inputs.clients, since, today)?;
                Ok(inputs)
            });
        }
        // Everyone's agenda of a large file (on the 100k demo, 44,000
        // clients due in a week): the clients due read in two parts of the
        // order of names at once, the second, smaller, with every client's
        // packed sales on a second core.
        let middle = self.place_in_names(0.55)?;
        self.read_apart(
            |s| {
                let clients = pick_due(s.conn(), today, days, rules, None, Names::Before(&middle))?;
                let mut inputs = read_around(s.conn(), clients, today, days, None)?;
                // The clients of occasions not due in this part, some of
                // which may be due in the other.
                let others = add_others(s.conn(), &mut inputs, today)?;
                Ok((inputs, others))
            },
            |s| {
                let clients = pick_due(s.conn(), today, days, rules, None, Names::From(&middle))?;
                Ok((clients, packed_sales(s.conn(), since, today, |_| true)?))
            },
            |s, (mut inputs, others), (rest, packed)| {
                // The few others not due there: their ids in a set, those
                // of the clients due there taken out (a table of every id
                // was made for it before).
                let others = inputs.clients.split_off(inputs.clients.len() - others);
                let mut not_there: FxHashSet<ClientId> = others.iter().map(|c| c.id).collect();
                for c in &rest {
                    not_there.remove(&c.id);
                }
                inputs.clients.extend(rest);
                inputs.clients.extend(others.into_iter().filter(|c| not_there.contains(&c.id)));
                add_surveys(s.conn(), &mut inputs.clients)?;
                add_packed(s.conn(), &mut inputs.clients, &packed, since, today)?;
                Ok(inputs)
            },
        )
    }
}

/// Everything the agenda is worked out from but the clients' sales.
fn read_due(conn: &Connection, today: NaiveDate, days: u32, rules: &Rules, manager: Option<&str>) -> Result<Inputs> {
    let manager = manager.map(|m| staff::existing(conn, "manager", m)).transpose()?;
    let clients = pick_due(conn, today, days, rules, manager, Names::All)?;
    let mut inputs = read_around(conn, clients, today, days, manager)?;
    complete(conn, &mut inputs, today)?;
    Ok(inputs)
}

/// The clients that may be due by the horizon, of `manager`, among `names`,
/// in the order of names: a superset, which the rules narrow.
fn pick_due(
    conn: &Connection,
    today: NaiveDate,
    days: u32,
    rules: &Rules,
    manager: Option<i64>,
    names: Names,
) -> Result<Vec<ClientDue>> {
    let horizon = today + Duration::days(i64::from(days));
    // A buying client last in touch before this day is due by the horizon.
    let cadence_cut = horizon - Duration::days(i64::from(rules.cadence)) + Duration::days(1);
    // A buying client last asked before this day is due to be asked again by the horizon.
    let survey_cut = horizon - Duration::days(i64::from(rules.satisfaction_every)) + Duration::days(1);
    let mut values: Vec<rusqlite::types::Value> =
        vec![manager.into(), horizon.to_string().into(), cadence_cut.to_string().into(), survey_cut.to_string().into()];
    let part = names.condition(5, &mut values);
    let mut stmt = conn.prepare(&format!(
        "{DUE_SELECT} WHERE (?1 IS NULL OR c.manager_id = ?1) {part} AND (
            c.next_contact <= ?2
            OR (c.next_contact IS NULL AND c.column_name IN ('interested', 'follow_up_1', 'follow_up_2', 'follow_up_3'))
            OR (c.category IN ('gold', 'platinum') AND coalesce(c.last_contact, c.created_at) < ?3)
            OR (c.category = 'gold' AND NOT EXISTS (SELECT 1 FROM satisfaction s WHERE s.client_id = c.id))
            OR (c.category IN ('gold', 'platinum')
                AND (SELECT max(at) FROM satisfaction s WHERE s.client_id = c.id) < ?4))"
    ))?;
    let mut rows = stmt.query(rusqlite::params_from_iter(&values))?;
    let (staff, mut clients) = (Staff::read(conn)?, Vec::new());
    while let Some(r) = rows.next()? {
        clients.push(due(r, today, &staff)?);
    }
    Ok(clients)
}

/// `clients` with the occasions from `today` to the horizon, the open
/// complaints and the occasions greeted, of `manager`.
fn read_around(
    conn: &Connection,
    clients: Vec<ClientDue>,
    today: NaiveDate,
    days: u32,
    manager: Option<i64>,
) -> Result<Inputs> {
    let horizon = today + Duration::days(i64::from(days));
    Ok(Inputs {
        clients,
        occasions: occasions(conn, today, horizon, manager)?,
        complaints: complaints::open(conn, manager)?,
        greeted: super::greetings::greeted(conn, today, horizon)?,
    })
}

/// Adds the clients of occasions and complaints that are not due
/// themselves, and every client's last satisfaction answers.
fn complete(conn: &Connection, inputs: &mut Inputs, today: NaiveDate) -> Result<()> {
    add_others(conn, inputs, today)?;
    add_surveys(conn, &mut inputs.clients)
}

/// Adds after `inputs.clients` the clients of occasions and complaints that
/// are not among them, once each; how many were added.
fn add_others(conn: &Connection, inputs: &mut Inputs, today: NaiveDate) -> Result<usize> {
    let ids: Vec<ClientId> = inputs.clients.iter().map(|c| c.id).collect();
    let have = places_by_id(&ids);
    let mut wanted: Vec<ClientId> = (inputs.occasions.iter().map(|o| o.client_id))
        .chain(inputs.complaints.iter().map(|k| k.client_id))
        .filter(|id| place_of(&have, *id).is_none())
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut stmt = conn.prepare_cached(&format!("{DUE_SELECT} WHERE c.id = ?1"))?;
    let (staff, before) = (Staff::read(conn)?, inputs.clients.len());
    for id in wanted {
        let mut rows = stmt.query([id])?;
        if let Some(r) = rows.next()? {
            inputs.clients.push(due(r, today, &staff)?);
        }
    }
    Ok(inputs.clients.len() - before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_birthdays_at_one_client_on_one_day_come_in_the_order_entered() {
        use crate::domain::dates::Birthday;
        use crate::domain::model::{NewClient, NewPerson};
        let now = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap();
        let mut store = Store::open_in_memory(crate::domain::clock::Clock::Fixed(now), "Ana").unwrap();
        let client = store.add_client(&NewClient { name: "Ștefănescu SRL".into(), ..NewClient::default() }).unwrap();
        // Entered Zoe first: the index of birthdays holds them by name.
        for name in ["Zoe Muñoz", "Ana Иванова"] {
            let birthday = Some(Birthday { year: None, month: 11, day: 25 });
            store.add_person(client, &NewPerson { name: name.into(), birthday, ..NewPerson::default() }).unwrap();
        }
        let today = now.date();
        let occasions = occasions(store.conn(), today, today + Duration::days(7), None).unwrap();
        let people: Vec<_> = occasions.iter().filter_map(|o| o.person.as_deref()).collect();
        assert_eq!(people, ["Zoe Muñoz", "Ana Иванова"]);
        let inputs = store.agenda_inputs(today, 7, &Rules::default(), None).unwrap();
        let items = crate::domain::agenda::agenda(&inputs, &Rules::default(), today, 7);
        let people: Vec<_> = items.iter().filter_map(|i| i.person.as_deref()).collect();
        assert_eq!(people, ["Zoe Muñoz", "Ana Иванова"]);
    }

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

    #[test]
    fn clients_and_sales_read_in_two_parts_at_once_or_together_agree() {
        let dir = tempfile::tempdir().unwrap();
        let (store, today) = crate::store::demo_in_file(dir.path(), 300, 7);
        // Some clients' lines changed by another program since they were packed.
        store.conn().execute("DELETE FROM sales_packed WHERE client_id % 5 = 0", []).unwrap();
        let read = |apart| store.agenda_inputs_by(today, 7, &Rules::default(), None, apart).unwrap().clients;
        let (apart, together) = (read(true), read(false));
        assert_eq!(apart, together);
        let bought = |unpacked: bool| apart.iter().filter(|c| (c.id % 5 == 0) == unpacked && c.turnover > 0).count();
        assert!(bought(false) > 20 && bought(true) > 5, "{} packed, {} from their lines", bought(false), bought(true));
    }
}
