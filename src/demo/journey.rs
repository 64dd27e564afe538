//! Each demo client's story: created some months ago, moved along the
//! Shiffman columns, called and met, and — for some — buying.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};

use super::words::{Locale, Product, Words, email_local};
use super::{Rng, twins};
use crate::domain::categories;
use crate::domain::classes::{DEFAULT_WINDOW_MONTHS, Sale};
use crate::domain::dates::Birthday;
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewClient, NewContact, NewOrder, NewPerson};
use crate::domain::prospecting::PlannedMove;
use crate::domain::{Category, ClientKind, Column, ContactKind, Outcome};
use crate::store::{Load, Result};

/// What the generator wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub clients: usize,
    pub persons: usize,
    pub contacts: usize,
    pub orders: usize,
}

/// How far back the history of a prospect goes.
const HISTORY_DAYS: i64 = 548;

/// How far back a client who ended in `result` may go: three years, so that
/// the reports find permanent, lost and restored buyers.
const RESULT_HISTORY_DAYS: i64 = 1095;

const STAFF: [&str; 6] =
    ["Ana Popescu", "Ирина Соколова", "Mihai Ionescu", "Дмитрий Орлов", "Lucía Navarro", "James Walker"];

/// Writes the stories of `clients` clients into `load`.
pub fn write<L: Load>(load: &mut L, words: &Words, clients: usize, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    let mut rng = Rng::new(seed);
    let mut summary = DemoSummary::default();
    let mut names = Names::default();
    // A file kept by several people has clients entered twice: one in a
    // hundred here, for the secretary to find and merge.
    let mut twin_rng = Rng::new(seed ^ 0x7417_5EED);
    let twins = clients / 100;
    let originals = clients - twins;
    let mut chosen = HashSet::new();
    while chosen.len() < twins {
        chosen.insert(twin_rng.below(originals));
    }
    let mut sources = Vec::new();
    for i in 0..originals {
        let (id, new) = one_client(load, words, &mut rng, today, &mut summary, &mut names)?;
        if chosen.contains(&i) {
            sources.push((id, new));
        }
    }
    for (_, new) in &sources {
        twins::add(load, &mut twin_rng, new, &STAFF, today)?;
        summary.clients += 1;
    }
    Ok(summary)
}

/// The names given so far: how many clients bear each (as an e-mail
/// name), and in which cities.
#[derive(Default)]
struct Names {
    slugs: HashMap<String, usize>,
    places: HashSet<(String, String)>,
}

fn at(date: NaiveDate, rng: &mut Rng) -> NaiveDateTime {
    let minutes = u32::try_from(rng.between(9 * 60, 17 * 60 + 45)).unwrap_or(540);
    date.and_time(NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0).unwrap_or(NaiveTime::MIN))
}

fn days_before(today: NaiveDate, days: i64) -> NaiveDate {
    today.checked_sub_days(Days::new(u64::try_from(days.max(0)).unwrap_or(0))).unwrap_or(today)
}

fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        date.checked_add_days(Days::new(u64::try_from(days).unwrap_or(0))).unwrap_or(date)
    } else {
        days_before(date, -days)
    }
}

fn one_client(
    load: &mut impl Load,
    words: &Words,
    rng: &mut Rng,
    today: NaiveDate,
    summary: &mut DemoSummary,
    names: &mut Names,
) -> Result<(ClientId, NewClient)> {
    let locales = words.locales();
    let locale: &Locale = locales[rng.weighted(&locales.map(|l| l.weight))];
    let c = &words.common;
    let manager = STAFF[rng.below(STAFF.len())];
    // Where the story ends: the share of clients per column of a working file.
    let target = Column::ALL[rng.weighted(&[24, 18, 13, 10, 9, 26])];
    let history = if target == Column::Result { RESULT_HISTORY_DAYS } else { HISTORY_DAYS };
    let created = at(days_before(today, rng.between(20, history)), rng);
    let company = rng.chance(78);
    let mut city = rng.pick(&locale.cities).clone();

    let (name, legal_name, industry) = if company {
        let (stem, legal) = locale.company_name(rng);
        (stem, Some(legal), Some(rng.pick(&c.industries).clone()))
    } else {
        (locale.person_name(rng).0, None, None)
    };
    // One name in one city is one client to an import (the twins made on
    // purpose aside): a homonym is put in another city while there is one.
    for _ in 0..locale.cities.len() {
        if names.places.insert((fold(&name), city.clone())) {
            break;
        }
        city = rng.pick(&locale.cities).clone();
    }
    // Two clients of one name (in two cities) do not share an e-mail or a
    // website: the second is told apart by its city, as real ones are.
    let mut slug = email_local(&name);
    let seen = names.slugs.entry(slug.clone()).or_insert(0);
    *seen += 1;
    if *seen > 1 {
        slug = format!("{slug}-{}{}", email_local(&city), *seen);
    }
    let new = NewClient {
        kind: Some(if company { ClientKind::Company } else { ClientKind::Person }),
        name: name.clone(),
        legal_name,
        city: Some(city),
        address: Some(format!("{} {}", rng.pick(&locale.streets), rng.between(1, 180))),
        industry,
        size: company.then(|| rng.pick(&c.sizes).clone()),
        tax_id: None,
        phones: vec![locale.phone(rng)],
        emails: vec![if company {
            format!("office@{slug}.{}", locale.domain)
        } else {
            format!("{slug}@mail.{}", locale.domain)
        }],
        website: company.then(|| format!("www.{slug}.{}", locale.domain)),
        source: Some(rng.pick(&c.sources).clone()),
        manager: Some(manager.to_string()),
        category: None,
        tags: (0..rng.between(0, 2)).map(|_| rng.pick(&c.tags).clone()).collect(),
        notes: None,
        next_contact: None,
    };
    // Clients of one industry tend to buy the same goods: the segment ×
    // product matrix then has portraits to read.
    let preferred = new.industry.as_deref().map_or(0, |i| i.chars().map(u32::from).sum::<u32>() as usize);
    let id = load.add_client(created, manager, &new)?;
    summary.clients += 1;

    let persons = add_persons(load, locale, rng, id, created, company, &name, &slug)?;
    summary.persons += persons.len();

    if company && rng.chance(30) {
        let founded = NaiveDate::from_ymd_opt(
            i32::try_from(rng.between(1990, 2018)).unwrap_or(2000),
            u32::try_from(rng.between(1, 12)).unwrap_or(1),
            u32::try_from(rng.between(1, 28)).unwrap_or(1),
        )
        .unwrap_or(today);
        load.add_event(created, id, founded, &c.events[0], true)?;
    }
    if company && rng.chance(12) {
        let date = days_before(today, rng.between(0, HISTORY_DAYS));
        load.add_event(created, id, date, rng.pick(&c.events[1..]).as_str(), false)?;
    }

    let outcome = (target == Column::Result).then(|| {
        [Outcome::Purchase, Outcome::Contract, Outcome::Later, Outcome::Lost][rng.weighted(&[35, 25, 15, 25])]
    });
    let steps = Column::ALL.iter().position(|c| *c == target).unwrap_or(0);
    // Prospecting takes weeks or months; a client who bought got there early
    // enough in its story to keep buying, so the reports have a history.
    let whole = (today - created.date()).num_days().max(1);
    let span = if target == Column::Result { whole * rng.between(15, 60) / 100 } else { whole };
    let mut moved_at = created;
    for step in 1..=steps {
        let day =
            add_days(created.date(), span * i64::try_from(step).unwrap_or(1) / (i64::try_from(steps).unwrap_or(1) + 1));
        moved_at = at(day, rng).max(moved_at);
        let to = Column::ALL[step];
        let planned = PlannedMove {
            to,
            result: if to == Column::Result { outcome } else { None },
            reason: (outcome == Some(Outcome::Lost) && to == Column::Result).then(|| rng.pick(&c.lost_reasons).clone()),
        };
        load.move_client(moved_at, manager, id, &planned)?;
    }

    let ids = Ids { client: id, manager, sources: &c.sources };
    summary.contacts += add_contacts(load, locale, rng, &ids, created, today, steps, outcome, &persons)?;

    let buys = matches!(outcome, Some(Outcome::Purchase | Outcome::Contract));
    let sales = if buys { add_orders(load, words, rng, id, preferred, moved_at.date(), today)? } else { Vec::new() };
    summary.orders += sales.len();
    // The categories that follow from orders follow the same rule as the
    // file's own; the others are what people would have set.
    let category = categories::from_orders(&sales, today, DEFAULT_WINDOW_MONTHS)
        .unwrap_or_else(|| hand_category(rng, target, outcome));
    load.set_category(id, category)?;
    Ok((id, new))
}

#[allow(clippy::too_many_arguments)]
fn add_persons(
    load: &mut impl Load,
    locale: &Locale,
    rng: &mut Rng,
    id: ClientId,
    created: NaiveDateTime,
    company: bool,
    client_name: &str,
    slug: &str,
) -> Result<Vec<String>> {
    // About three persons a client over the whole file, as issue 8's workload asks.
    let count = if company { 1 + rng.weighted(&[5, 15, 30, 30, 20]) } else { 1 };
    let mut names = Vec::new();
    for i in 0..count {
        let name = if company { locale.person_name(rng).0 } else { client_name.to_string() };
        // Two persons of one client with the same name could not be told
        // apart when logging a contact; a real secretary would not enter them.
        if names.iter().any(|n: &String| fold(n) == fold(&name)) {
            continue;
        }
        let birthday = match rng.weighted(&[65, 20, 15]) {
            0 => NaiveDate::from_ymd_opt(
                i32::try_from(rng.between(1958, 1998)).unwrap_or(1980),
                u32::try_from(rng.between(1, 12)).unwrap_or(1),
                u32::try_from(rng.between(1, 28)).unwrap_or(1),
            )
            .map(Birthday::from),
            1 => Some(Birthday {
                year: None,
                month: u32::try_from(rng.between(1, 12)).unwrap_or(1),
                day: u32::try_from(rng.between(1, 28)).unwrap_or(1),
            }),
            _ => None,
        };
        let person = NewPerson {
            name: name.clone(),
            position: company.then(|| rng.pick(&locale.positions).clone()),
            phones: if company { vec![locale.phone(rng)] } else { Vec::new() },
            emails: if company { vec![format!("{}@{slug}.{}", email_local(&name), locale.domain)] } else { Vec::new() },
            birthday,
            decision_maker: i == 0,
        };
        load.add_person(created, id, &person)?;
        names.push(name);
    }
    Ok(names)
}

/// Who a demo client is: its id, its salesperson and the sources a caller names.
struct Ids<'a> {
    client: ClientId,
    manager: &'a str,
    sources: &'a [String],
}

#[allow(clippy::too_many_arguments)]
fn add_contacts(
    load: &mut impl Load,
    locale: &Locale,
    rng: &mut Rng,
    ids: &Ids,
    created: NaiveDateTime,
    today: NaiveDate,
    steps: usize,
    outcome: Option<Outcome>,
    persons: &[String],
) -> Result<usize> {
    let count = 2 + steps + usize::try_from(rng.between(0, 14)).unwrap_or(0);
    let span = (today - created.date()).num_days().max(1);
    let count_i = i64::try_from(count).unwrap_or(1);
    for i in 0..count {
        let day = add_days(created.date(), span * i64::try_from(i).unwrap_or(0) / count_i);
        let kind = ContactKind::ALL[rng.weighted(&[12, 50, 10, 5, 18, 5])];
        let last = i + 1 == count;
        let next = if last {
            // Most next contacts lie ahead; one in three is overdue (-20 to 40 days).
            (outcome != Some(Outcome::Lost)).then(|| add_days(today, rng.between(-20, 40)))
        } else {
            Some(add_days(day, rng.between(3, 20)))
        };
        let entry = NewContact {
            at: at(day, rng),
            kind,
            person: Some(rng.pick(persons).clone()),
            summary: rng.pick(&locale.summaries).clone(),
            outcome: None,
            next_contact: next,
            // A caller says where they heard of the company, most of the time.
            source: (kind == ContactKind::CallIn && rng.chance(85)).then(|| rng.pick(ids.sources).clone()),
        };
        load.log_contact(ids.manager, ids.client, &entry)?;
    }
    Ok(count)
}

fn add_orders(
    load: &mut impl Load,
    words: &Words,
    rng: &mut Rng,
    id: ClientId,
    preferred: usize,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Sale>> {
    let products = &words.products;
    // Three of every four lines are one of the three goods the client's
    // industry prefers.
    let pick = |rng: &mut Rng| {
        if rng.chance(75) { &products[(preferred + 3 * rng.below(3)) % products.len()] } else { rng.pick(products) }
    };
    // One buyer in four stopped buying some time ago: the lost and the
    // restored of the lifecycle report.
    let until = if rng.chance(25) { days_before(today, rng.between(100, 300)).max(since) } else { today };
    let span = (until - since).num_days().max(1);
    // Two buyers in five order every month, the same goods give or take a
    // little (the X and Y of the XYZ report); the others now and then.
    let regular = rng.chance(40);
    let count = if regular {
        usize::try_from(span / 30 + 1).unwrap_or(1)
    } else {
        usize::try_from(rng.between(1, 40)).unwrap_or(1)
    };
    // An invoice has several lines; a regular buyer orders the same basket
    // each time. About ten lines a buyer a year, so that the 100k file has
    // the million order lines issue 8 asks for.
    let basket = |rng: &mut Rng| -> Vec<(&Product, i64)> {
        (0..lines_of_an_order(rng)).map(|_| (pick(rng), rng.between(1, 20))).collect()
    };
    let usual = if regular { basket(rng) } else { Vec::new() };
    let mut sales = Vec::with_capacity(count * 4);
    for i in 0..count {
        let date = if regular {
            let month = since.checked_add_months(chrono::Months::new(u32::try_from(i).unwrap_or(0))).unwrap_or(since);
            add_days(month.with_day(1).unwrap_or(month), rng.between(0, 27)).min(until)
        } else {
            add_days(since, rng.between(0, span))
        };
        let lines = if regular { usual.clone() } else { basket(rng) };
        let spread = if regular { (85, 115) } else { (90, 110) };
        for (product, quantity) in lines {
            let cents = (product.price * 100.0).round() as i64 * quantity * rng.between(spread.0, spread.1) / 100;
            let order = NewOrder {
                date,
                product: Some(product.name.clone()),
                line: Some(product.line.clone()),
                quantity: quantity as f64,
                amount: cents,
                paid: (today - date).num_days() > 14 || rng.chance(60),
            };
            load.add_order(date.and_time(NaiveTime::MIN), id, &order)?;
            sales.push(Sale { date, amount: order.amount, product: None, paid: order.paid });
        }
    }
    Ok(sales)
}

/// How many lines an order has: one to seven, about four on average.
fn lines_of_an_order(rng: &mut Rng) -> usize {
    1 + rng.weighted(&[10, 15, 20, 20, 15, 12, 8])
}

fn hand_category(rng: &mut Rng, column: Column, outcome: Option<Outcome>) -> Category {
    match (column, outcome) {
        (_, Some(Outcome::Lost)) => Category::RedGreen,
        (Column::Prospects, _) => [Category::White, Category::Grey][rng.weighted(&[70, 30])],
        (Column::Interested, _) => [Category::Grey, Category::Green, Category::Yellow][rng.below(3)],
        (Column::Result, _) => [Category::Grey, Category::Yellow][rng.below(2)],
        _ => [Category::Green, Category::Yellow, Category::GreenGold][rng.weighted(&[40, 25, 35])],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::Clock;
    use crate::domain::model::ClientFilter;
    use crate::store::Store;

    #[test]
    fn demo_populates_every_column_and_is_reproducible() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let clock = Clock::Fixed(today.and_hms_opt(12, 0, 0).unwrap());
        let mut a = Store::open_in_memory(clock, "test").unwrap();
        let summary = crate::demo::generate(&mut a, 300, 7, today).unwrap();
        assert_eq!(summary.clients, 300);
        assert!(summary.persons >= 300 && summary.contacts > 1000 && summary.orders > 300, "{summary:?}");
        let rows = a.client_rows(&ClientFilter::default()).unwrap();
        for column in Column::ALL {
            assert!(rows.iter().any(|r| r.column == *column), "no client in {column}");
        }
        assert!(rows.iter().any(|r| r.next_contact.is_some_and(|d| d < today)), "no overdue follow-up");
        // The three clients typed in again come last, and each is found.
        let groups = a.duplicates().unwrap();
        for twin in 298..=300 {
            assert!(groups.iter().any(|g| g.clients.contains(&twin)), "twin #{twin} not found: {groups:?}");
        }
        let mut b = Store::open_in_memory(clock, "test").unwrap();
        crate::demo::generate(&mut b, 300, 7, today).unwrap();
        assert_eq!(rows, b.client_rows(&ClientFilter::default()).unwrap());
    }
}
