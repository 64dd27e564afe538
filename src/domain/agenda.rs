//! The day's work: what is due today and in the next days — planned
//! contacts, reminders of clients waiting in a Shiffman column, birthdays
//! and important dates, complaint steps, and buying clients not contacted
//! for too long — ranked so that the most valuable overdue work comes first.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::Column;
use super::complaints::{Complaint, Step};
use super::kinds::stable_ids;
use super::model::ClientId;
use crate::i18n::t;
use crate::tr;

stable_ids!(
    /// Why a client is on the agenda.
    ItemKind, "kind", {
        NextContact = "next_contact" / "agenda-kind-next_contact",
        FollowUp = "follow_up" / "agenda-kind-follow_up",
        Birthday = "birthday" / "agenda-kind-birthday",
        ImportantDate = "important_date" / "agenda-kind-important_date",
        Complaint = "complaint" / "agenda-kind-complaint",
        Cadence = "cadence" / "agenda-kind-cadence",
        Satisfaction = "satisfaction" / "agenda-kind-satisfaction",
        Holiday = "holiday" / "agenda-kind-holiday",
    }
);

/// How long a client is new after its first sale: the lifecycle's period
/// (domain.md, "Client lifecycle classes").
const NEW_CLIENT_MONTHS: u32 = 3;

/// The agenda's intervals, in days; `[agenda]` in the configuration file
/// changes any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Rules {
    /// How long a client may wait in each column before a reminder.
    pub interested: u32,
    pub follow_up_1: u32,
    pub follow_up_2: u32,
    pub follow_up_3: u32,
    /// A buying client (gold, platinum) not contacted for longer is due.
    pub cadence: u32,
    /// The steps of a complaint, in days from its registration.
    pub cause_found: u32,
    pub resolved: u32,
    pub process_fixed: u32,
    /// Satisfaction is asked this many days after a new client's first paid sale…
    pub satisfaction_after_sale: u32,
    /// …and again this many days after the last answers, while the client buys.
    pub satisfaction_every: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            interested: 3,
            follow_up_1: 7,
            follow_up_2: 14,
            follow_up_3: 30,
            cadence: 60,
            cause_found: 2,
            resolved: 7,
            process_fixed: 30,
            satisfaction_after_sale: 7,
            satisfaction_every: 365,
        }
    }
}

impl Rules {
    /// How long a client may wait in `column` before it is reminded; none
    /// for the columns that are not reminders.
    pub fn waiting(&self, column: Column) -> Option<u32> {
        match column {
            Column::Interested => Some(self.interested),
            Column::FollowUp1 => Some(self.follow_up_1),
            Column::FollowUp2 => Some(self.follow_up_2),
            Column::FollowUp3 => Some(self.follow_up_3),
            Column::Prospects | Column::Result => None,
        }
    }
}

/// What the agenda knows of one client.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientDue {
    pub id: ClientId,
    pub name: String,
    /// The name folded (`fold`), as the file keeps it for the list's order:
    /// the agenda's order of names.
    pub sort_key: String,
    /// The salesperson, one string shared by all of theirs.
    pub manager: Option<Arc<str>>,
    pub column: Column,
    pub column_since: NaiveDate,
    pub next_contact: Option<NaiveDate>,
    pub last_contact: Option<NaiveDate>,
    pub created: NaiveDate,
    /// Buys from us now (gold or platinum): kept in touch every `cadence` days.
    pub buying: bool,
    /// Turnover of the last twelve months, in minor units.
    pub turnover: i64,
    /// The day of the first paid sale, if any.
    pub first_sale: Option<NaiveDate>,
    /// The day of the last satisfaction answers, if any.
    pub last_survey: Option<NaiveDate>,
}

/// A yearly day of a client or of one of its persons (a birthday, a
/// founding day), or a one-off important date.
#[derive(Debug, Clone, PartialEq)]
pub struct Occasion {
    pub client_id: ClientId,
    /// The person whose day it is, if a person's.
    pub person: Option<String>,
    pub person_id: Option<i64>,
    pub kind: ItemKind,
    /// The date as recorded; the year is none for a birthday without one.
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
    pub yearly: bool,
    pub title: String,
    /// What marks this occasion greeted: `birthday:<person>`, `event:<id>`.
    pub key: String,
}

impl Occasion {
    /// The occasion on `date` in words: `Мария turns 40`, `Founding day (10 years)`.
    pub fn describe(&self, date: NaiveDate, client: &str) -> String {
        let years = self.year.filter(|_| self.yearly).map(|y| date.year() - y).filter(|n| *n > 0);
        let whose = self.person.as_deref().unwrap_or(client);
        match (self.kind, years) {
            (ItemKind::Birthday, Some(n)) => tr!("occasion-turns", person = whose, years = n),
            (ItemKind::Birthday, None) => tr!("occasion-birthday", person = whose),
            (_, Some(n)) => tr!("occasion-years", title = self.title.as_str(), years = n),
            _ => self.title.clone(),
        }
    }

    /// The day the occasion falls on between `from` and `to`, if it does.
    pub fn falls(&self, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
        if !self.yearly {
            let date = NaiveDate::from_ymd_opt(self.year?, self.month, self.day)?;
            return (from..=to).contains(&date).then_some(date);
        }
        (from.year()..=to.year())
            .filter_map(|y| yearly_day(y, self.month, self.day))
            .find(|d| (from..=to).contains(d) && self.year.is_none_or(|born| d.year() >= born))
    }
}

/// A yearly day in year `y`; 29 February falls on the 28th in other years.
pub fn yearly_day(y: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, month, day)
        .or_else(|| (month == 2 && day == 29).then(|| NaiveDate::from_ymd_opt(y, 2, 28)).flatten())
}

/// Everything the agenda is worked out from.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub clients: Vec<ClientDue>,
    pub occasions: Vec<Occasion>,
    /// The open complaints.
    pub complaints: Vec<Complaint>,
    /// Occasions already greeted: client, key, day.
    pub greeted: HashSet<(ClientId, String, NaiveDate)>,
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    pub client_id: ClientId,
    /// The client's name.
    pub name: String,
    /// The person's name for a birthday, else none.
    pub person: Option<String>,
    pub kind: ItemKind,
    pub date: NaiveDate,
    /// Days since the date: negative for a day still to come.
    pub days_overdue: i64,
    /// What is due, in a few words.
    /// A message of the catalogue shared by many items ("planned contact")
    /// or words of the item's own.
    pub detail: Cow<'static, str>,
    pub manager: Option<Arc<str>>,
    /// What the ranking weighs days overdue by (see `weight`).
    #[serde(skip)]
    pub weight: f64,
    /// The occasion's key, for a birthday or an important date (what marks it greeted).
    #[serde(skip)]
    pub reference: Option<String>,
    /// Whom to greet and how to reach them, for an item of the greetings list.
    #[serde(skip)]
    pub contacts: Option<String>,
}

impl Item {
    pub fn overdue(&self) -> bool {
        self.days_overdue > 0
    }
}

/// How far a day is from today, in words: `3 days late`, `today`, `in 2 days`.
pub fn when(days_overdue: i64) -> String {
    match days_overdue {
        0 => t("when-today").to_string(),
        -1 => t("when-tomorrow").to_string(),
        n if n > 0 => tr!("when-late", days = n),
        n => tr!("when-in", days = -n),
    }
}

/// How much a client's overdue day weighs: 1 without turnover, one more for
/// each tenfold of the last twelve months' turnover (1,000 → 4, 100,000 → 6).
pub fn weight(turnover: i64) -> f64 {
    1.0 + (1.0 + turnover.max(0) as f64 / 100.0).log10()
}

/// One thing to do as worked out, borrowing its client's name and its
/// occasion from the inputs: what an `Item` is made of. Everyone's week on
/// the 100k demo is 51,000 of them: made as items (168 bytes and a copy of
/// the name each) they took 26.0 ms to work out, as these 19.8 (medians,
/// in process). What the ranking and a table read of the client is copied
/// in while the client is at hand: the salesperson read through the
/// client, in the order of rank, made the table 1.8 ms slower.
#[derive(Debug, Clone)]
pub struct Due<'a> {
    pub client_id: ClientId,
    /// The client's name.
    pub name: &'a str,
    /// The salesperson, shared with the client.
    pub manager: Option<Arc<str>>,
    pub kind: ItemKind,
    pub date: NaiveDate,
    /// Days since the date: negative for a day still to come.
    pub days_overdue: i64,
    /// What is due, in a few words (see `Item::detail`).
    pub detail: Cow<'static, str>,
    /// The birthday or important date, if it is one.
    pub occasion: Option<&'a Occasion>,
    /// What the ranking weighs days overdue by (see `weight`).
    weight: f64,
}

impl Due<'_> {
    pub fn overdue(&self) -> bool {
        self.days_overdue > 0
    }

    /// The item, owning what it shows.
    pub fn into_item(self) -> Item {
        Item {
            client_id: self.client_id,
            name: self.name.to_string(),
            person: self.occasion.and_then(|o| o.person.clone()),
            kind: self.kind,
            date: self.date,
            days_overdue: self.days_overdue,
            detail: self.detail,
            manager: self.manager,
            weight: self.weight,
            reference: self.occasion.map(|o| o.key.clone()),
            contacts: None,
        }
    }
}

/// The agenda of `today` and the `days` after it.
pub fn agenda(inputs: &Inputs, rules: &Rules, today: NaiveDate, days: u32) -> Vec<Item> {
    plan(inputs, rules, today, days).into_iter().map(Due::into_item).collect()
}

/// The agenda of `today` and the `days` after it, ranked, as worked out
/// from `inputs`.
pub fn plan<'a>(inputs: &'a Inputs, rules: &Rules, today: NaiveDate, days: u32) -> Vec<Due<'a>> {
    let horizon = today + Duration::days(i64::from(days));
    // The clients' own work on another core while the names are put in
    // order and the occasions and complaints find their clients here:
    // everyone's week on the 100k demo 21.2 → 15.7 ms (one after the other,
    // then at once).
    let ((by_name, (more, more_at)), (mut items, mut at)) = crate::i18n::at_once(
        || (name_places(&inputs.clients), occasions_and_complaints(inputs, rules, today, horizon)),
        || clients_due(&inputs.clients, rules, today, horizon),
    );
    items.extend(more);
    at.extend(more_at);
    // Each item's client's place in the order of names.
    let places: Vec<u32> = at.iter().map(|&i| by_name.get(i).copied().unwrap_or_default()).collect();
    rank(items, &places)
}

/// Items, each beside its client's place in `Inputs::clients`.
type Placed<'a> = (Vec<Due<'a>>, Vec<usize>);

/// The item of `client` for `kind` on `date`.
fn due_of<'a>(
    client: &'a ClientDue,
    kind: ItemKind,
    date: NaiveDate,
    today: NaiveDate,
    detail: Cow<'static, str>,
    occasion: Option<&'a Occasion>,
) -> Due<'a> {
    Due {
        client_id: client.id,
        name: &client.name,
        manager: client.manager.clone(),
        kind,
        date,
        days_overdue: (today - date).num_days(),
        detail,
        occasion,
        weight: weight(client.turnover),
    }
}

/// The contacts and surveys due of `clients` by `horizon`.
fn clients_due<'a>(clients: &'a [ClientDue], rules: &Rules, today: NaiveDate, horizon: NaiveDate) -> Placed<'a> {
    let (mut items, mut at) = (Vec::new(), Vec::new());
    for (i, c) in clients.iter().enumerate() {
        // One call answers every reason to call: the most pressing one is shown.
        if let Some((kind, date, detail)) = contact_due(c, rules, horizon) {
            items.push(due_of(c, kind, date, today, detail, None));
            at.push(i);
        }
    }
    for (i, c) in clients.iter().enumerate() {
        if let Some((date, detail)) = survey_due(c, rules, today, horizon) {
            items.push(due_of(c, ItemKind::Satisfaction, date, today, detail.into(), None));
            at.push(i);
        }
    }
    (items, at)
}

/// The occasions not yet greeted and the complaint steps due by `horizon`.
fn occasions_and_complaints<'a>(inputs: &'a Inputs, rules: &Rules, today: NaiveDate, horizon: NaiveDate) -> Placed<'a> {
    let clients: FxHashMap<ClientId, (usize, &ClientDue)> =
        inputs.clients.iter().enumerate().map(|(i, c)| (c.id, (i, c))).collect();
    let (mut items, mut at) = (Vec::new(), Vec::new());
    for o in &inputs.occasions {
        let Some(&(i, c)) = clients.get(&o.client_id) else { continue };
        let Some(date) = o.falls(today, horizon) else { continue };
        if inputs.greeted.contains(&(o.client_id, o.key.clone(), date)) {
            continue;
        }
        items.push(due_of(c, o.kind, date, today, o.describe(date, &c.name).into(), Some(o)));
        at.push(i);
    }
    for k in &inputs.complaints {
        let Some(&(i, c)) = clients.get(&k.client_id) else { continue };
        let (step, days) = match k.next_step() {
            None => continue,
            Some(Step::CauseFound) => (t("complaint-todo-cause_found"), rules.cause_found),
            Some(Step::Resolved) => (t("complaint-todo-resolved"), rules.resolved),
            Some(Step::ProcessFixed) => (t("complaint-todo-process_fixed"), rules.process_fixed),
        };
        let date = k.registered_at.date() + Duration::days(i64::from(days));
        if date <= horizon {
            items.push(due_of(c, ItemKind::Complaint, date, today, format!("{step}: {}", k.what).into(), None));
            at.push(i);
        }
    }
    (items, at)
}

/// Each client's place in the order of names (folded), then of ids. The
/// store gives them in that order, but for the clients of occasions and
/// complaints added at the end: the sort takes the long run as it is.
fn name_places(clients: &[ClientDue]) -> Vec<u32> {
    let mut in_order: Vec<usize> = (0..clients.len()).collect();
    let key = |i: &usize| clients.get(*i).map(|c| (c.sort_key.as_str(), c.id));
    in_order.sort_by(|a, b| key(a).cmp(&key(b)));
    let mut places = vec![0; clients.len()];
    for (place, i) in (0u32..).zip(in_order) {
        if let Some(p) = places.get_mut(i) {
            *p = place;
        }
    }
    places
}

/// The most pressing reason to contact `c` by `horizon`: the contact
/// planned, a reminder after waiting in a column, or the cadence of a
/// buying client; the earliest if several.
fn contact_due(c: &ClientDue, rules: &Rules, horizon: NaiveDate) -> Option<(ItemKind, NaiveDate, Cow<'static, str>)> {
    // The days first, and only the reason shown put in words: the 100k
    // demo has 44,000 clients due in a week, and every reason of each in
    // words was a tenth of `agenda`.
    let planned = c.next_contact.map(|date| (ItemKind::NextContact, date));
    // A planned contact is the salesperson's own reminder; without one, the
    // column's interval reminds, counted from the move or the last contact.
    let since = c.last_contact.map_or(c.column_since, |l| l.max(c.column_since));
    let waiting = match (c.next_contact, rules.waiting(c.column)) {
        (None, Some(wait)) => Some((ItemKind::FollowUp, since + Duration::days(i64::from(wait)))),
        _ => None,
    };
    let cadence = c.buying.then(|| {
        let last = c.last_contact.unwrap_or(c.created);
        (ItemKind::Cadence, last + Duration::days(i64::from(rules.cadence)))
    });
    let (kind, date) = [planned, waiting, cadence]
        .into_iter()
        .flatten()
        .filter(|(_, d)| *d <= horizon)
        .min_by_key(|&(k, d)| (d, k))?;
    // The words of a planned contact, most of the items, are one string.
    let detail = match (kind, c.last_contact) {
        (ItemKind::FollowUp, _) => {
            tr!("due-waiting", column = c.column.label(), since = crate::i18n::date(since)).into()
        }
        (ItemKind::Cadence, Some(l)) => tr!("due-cadence", last = crate::i18n::date(l)).into(),
        (ItemKind::Cadence, None) => t("due-cadence-never").into(),
        _ => t("due-planned").into(),
    };
    Some((kind, date, detail))
}

/// When to ask `c` how satisfied it is, by `horizon`: some days after the
/// first paid sale, while the client is new (the three months of the
/// lifecycle's period), then yearly after the last answers while it buys.
fn survey_due(c: &ClientDue, rules: &Rules, today: NaiveDate, horizon: NaiveDate) -> Option<(NaiveDate, String)> {
    let every = Duration::days(i64::from(rules.satisfaction_every));
    let new = |first: NaiveDate| {
        first.checked_add_months(chrono::Months::new(NEW_CLIENT_MONTHS)).is_some_and(|end| end > today)
    };
    // (when, first after a sale, the day counted from), put in words only when due.
    let after_first = c
        .first_sale
        .filter(|first| c.last_survey.is_none_or(|s| s < *first) && new(*first))
        .map(|first| (first + Duration::days(i64::from(rules.satisfaction_after_sale)), true, first));
    let yearly = c.last_survey.filter(|_| c.buying).map(|last| (last + every, false, last));
    let (date, first, from) = after_first.or(yearly).filter(|(date, ..)| *date <= horizon)?;
    let detail = if first {
        tr!("due-survey-first", date = crate::i18n::date(from))
    } else {
        tr!("due-survey-again", date = crate::i18n::date(from))
    };
    Some((date, detail))
}

/// Due work first, the most valuable first (days overdue, plus one, times
/// the client's weight); then the days to come in order, the heaviest
/// client first on each day; then by name — `places` holds each item's
/// client's place in the order of names.
fn rank<'a>(mut items: Vec<Due<'a>>, places: &[u32]) -> Vec<Due<'a>> {
    // Scores in thousandths, so that the key is whole numbers, and the name
    // by its place: sorting by the folded names themselves was half of
    // working out everyone's week on the 100k demo (20 of 45 ms).
    let milli = |x: f64| (x * 1000.0).round() as i64;
    let mut keys: Vec<_> = items
        .iter()
        .zip(places)
        .enumerate()
        .map(|(at, (i, place))| {
            let (first, second) = if i.days_overdue >= 0 {
                (-milli((i.days_overdue + 1) as f64 * i.weight), 0)
            } else {
                (-i.days_overdue, -milli(i.weight))
            };
            (i.days_overdue < 0, first, second, *place, i.kind, at)
        })
        .collect();
    keys.sort_unstable();
    let mut from: Vec<usize> = keys.iter().map(|k| k.5).collect();
    put_in_order(&mut items, &mut from);
    items
}

/// Puts `items[from[i]]` at `i`, each item moved once along the cycles of
/// `from` (copying 70,000 items into a new vector in the new order faulted
/// in as many fresh pages as they fill: 15 ms).
fn put_in_order<T>(items: &mut [T], from: &mut [usize]) {
    for start in 0..from.len() {
        let mut at = start;
        while let Some(next) = from.get_mut(at).map(|f| std::mem::replace(f, at)) {
            if next == start || next == at {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::complaints::Done;
    use crate::domain::fold::fold;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const TODAY: &str = "2026-11-23";

    fn client(id: ClientId, name: &str) -> ClientDue {
        ClientDue {
            id,
            name: name.into(),
            sort_key: fold(name),
            manager: Some("Ana".into()),
            column: Column::Prospects,
            column_since: d("2026-01-01"),
            next_contact: None,
            last_contact: None,
            created: d("2026-01-01"),
            buying: false,
            turnover: 0,
            first_sale: None,
            last_survey: None,
        }
    }

    fn run(inputs: &Inputs) -> Vec<(ClientId, ItemKind, NaiveDate, i64)> {
        agenda(inputs, &Rules::default(), d(TODAY), 7)
            .iter()
            .map(|i| (i.client_id, i.kind, i.date, i.days_overdue))
            .collect()
    }

    #[test]
    fn items_are_put_in_order_along_the_cycles() {
        for from in [vec![], vec![0], vec![2, 0, 1, 3], vec![1, 0, 3, 2], vec![4, 3, 2, 1, 0], vec![1, 2, 3, 4, 0]] {
            let mut items: Vec<usize> = (0..from.len()).map(|i| i * 10).collect();
            let want: Vec<usize> = from.iter().map(|i| i * 10).collect();
            put_in_order(&mut items, &mut from.clone());
            assert_eq!(items, want, "{from:?}");
        }
    }

    #[test]
    fn satisfaction_is_asked_after_a_first_sale_and_yearly_after() {
        // First paid sale 2026-11-20: asked 7 days after, on the 27th.
        let mut a = client(1, "A");
        a.first_sale = Some(d("2026-11-20"));
        // Answered since the first sale: not asked again until a year on.
        let mut b = client(2, "B");
        b.first_sale = Some(d("2026-11-01"));
        b.last_survey = Some(d("2026-11-10"));
        b.buying = true;
        b.last_contact = Some(d(TODAY));
        // A buying client last asked a year and a day ago is due.
        let mut c = client(3, "C");
        c.first_sale = Some(d("2024-03-01"));
        c.last_survey = Some(d("2025-11-22"));
        c.buying = true;
        c.last_contact = Some(d(TODAY));
        // A first sale more than three months ago, never asked: no longer new, not on the agenda.
        let mut e = client(4, "E");
        e.first_sale = Some(d("2026-08-22"));
        // Asked before but no longer buying: not asked again.
        let mut f = client(5, "F");
        f.first_sale = Some(d("2024-03-01"));
        f.last_survey = Some(d("2025-01-01"));
        let got = run(&Inputs { clients: vec![a, b, c, e, f], ..Inputs::default() });
        assert_eq!(
            got,
            [(3, ItemKind::Satisfaction, d("2026-11-22"), 1), (1, ItemKind::Satisfaction, d("2026-11-27"), -4)]
        );
    }

    #[test]
    fn a_planned_contact_is_due_up_to_the_horizon() {
        let mut a = client(1, "Иванов");
        a.next_contact = Some(d("2026-11-20"));
        let mut b = client(2, "Muñoz");
        b.next_contact = Some(d("2026-11-30"));
        let mut c = client(3, "Later");
        c.next_contact = Some(d("2026-12-01"));
        let got = run(&Inputs { clients: vec![a, b, c], ..Inputs::default() });
        assert_eq!(
            got,
            [(1, ItemKind::NextContact, d("2026-11-20"), 3), (2, ItemKind::NextContact, d("2026-11-30"), -7)]
        );
    }

    #[test]
    fn a_client_waiting_in_a_column_longer_than_its_interval_is_reminded() {
        // Interested for 3 days: due today, exactly at the interval.
        let mut a = client(1, "A");
        a.column = Column::Interested;
        a.column_since = d("2026-11-20");
        // Follow-up 3 waits 30 days: moved 2026-11-01, due 2026-12-01, past the horizon.
        let mut b = client(2, "B");
        b.column = Column::FollowUp3;
        b.column_since = d("2026-11-01");
        // Follow-up 2 waits 14 days, counted from the last contact after the move.
        let mut c = client(3, "C");
        c.column = Column::FollowUp2;
        c.column_since = d("2026-10-01");
        c.last_contact = Some(d("2026-11-10"));
        // A planned contact replaces the column's reminder.
        let mut e = client(4, "E");
        e.column = Column::FollowUp1;
        e.column_since = d("2026-10-01");
        e.next_contact = Some(d("2027-01-15"));
        // Prospects and results wait without reminders.
        let f = client(5, "F");
        let got = run(&Inputs { clients: vec![a, b, c, e, f], ..Inputs::default() });
        assert_eq!(got, [(1, ItemKind::FollowUp, d("2026-11-23"), 0), (3, ItemKind::FollowUp, d("2026-11-24"), -1)]);
    }

    #[test]
    fn a_buying_client_not_contacted_for_the_cadence_is_due() {
        let mut a = client(1, "A");
        a.buying = true;
        a.last_contact = Some(d("2026-09-24")); // 60 days before today
        let mut b = client(2, "B");
        b.buying = true;
        b.last_contact = Some(d("2026-10-10"));
        let mut c = client(3, "C");
        c.last_contact = Some(d("2026-01-10")); // not buying: no cadence
        let got = run(&Inputs { clients: vec![a, b, c], ..Inputs::default() });
        assert_eq!(got, [(1, ItemKind::Cadence, d("2026-11-23"), 0)]);
    }

    #[test]
    fn a_client_overdue_and_with_a_birthday_has_both_items() {
        let mut a = client(1, "Ștefănescu SRL");
        a.next_contact = Some(d("2026-11-16"));
        let birthday = Occasion {
            client_id: 1,
            person: Some("Ion Ștefănescu".into()),
            person_id: Some(9),
            kind: ItemKind::Birthday,
            month: 11,
            day: 25,
            year: Some(1966),
            yearly: true,
            title: "Birthday".into(),
            key: "birthday:9".into(),
        };
        let inputs = Inputs { clients: vec![a], occasions: vec![birthday.clone()], ..Inputs::default() };
        let items = agenda(&inputs, &Rules::default(), d(TODAY), 7);
        assert_eq!(items.len(), 2);
        assert_eq!((items[0].kind, items[0].days_overdue), (ItemKind::NextContact, 7));
        assert_eq!((items[1].kind, items[1].date), (ItemKind::Birthday, d("2026-11-25")));
        assert_eq!(items[1].person.as_deref(), Some("Ion Ștefănescu"));
        assert_eq!(items[1].detail, "Ion Ștefănescu turns 60");
        // Greeted, the birthday leaves the agenda.
        let mut greeted = inputs.clone();
        greeted.greeted.insert((1, "birthday:9".into(), d("2026-11-25")));
        assert_eq!(agenda(&greeted, &Rules::default(), d(TODAY), 7).len(), 1);
        // Outside the window it is not there.
        assert!(agenda(&inputs, &Rules::default(), d(TODAY), 1).iter().all(|i| i.kind != ItemKind::Birthday));
    }

    #[test]
    fn yearly_days_cross_the_new_year_and_29_february_falls_on_the_28th() {
        let o = |month, day, year, yearly| Occasion {
            client_id: 1,
            person: None,
            person_id: None,
            kind: ItemKind::ImportantDate,
            month,
            day,
            year,
            yearly,
            title: "Founding day".into(),
            key: "event:1".into(),
        };
        assert_eq!(o(1, 2, Some(2001), true).falls(d("2026-12-30"), d("2027-01-06")), Some(d("2027-01-02")));
        assert_eq!(o(2, 29, None, true).falls(d("2027-02-25"), d("2027-03-03")), Some(d("2027-02-28")));
        assert_eq!(o(2, 29, None, true).falls(d("2028-02-25"), d("2028-03-03")), Some(d("2028-02-29")));
        // A one-off date only in its own year.
        assert_eq!(o(11, 25, Some(2025), false).falls(d("2026-11-23"), d("2026-11-30")), None);
        assert_eq!(o(11, 25, Some(2026), false).falls(d("2026-11-23"), d("2026-11-30")), Some(d("2026-11-25")));
    }

    #[test]
    fn complaint_steps_fall_due_days_after_registration() {
        let a = client(1, "A");
        let done = |s: Option<&str>| s.map(|s| Done { at: d(s).and_hms_opt(9, 0, 0).unwrap(), note: None });
        let k = |id, cause_found: Option<&str>, resolved: Option<&str>| Complaint {
            id,
            client_id: 1,
            client: "A".into(),
            what: "late delivery".into(),
            raised_by: None,
            registered_at: d("2026-11-14").and_hms_opt(9, 0, 0).unwrap(),
            registered_by: None,
            cause_found: done(cause_found),
            resolved: done(resolved),
            process_fixed: None,
        };
        let inputs = Inputs {
            clients: vec![a],
            complaints: vec![
                k(1, None, None),
                k(2, Some("2026-11-15"), None),
                k(3, Some("2026-11-15"), Some("2026-11-16")),
            ],
            ..Inputs::default()
        };
        let items = agenda(&inputs, &Rules::default(), d(TODAY), 7);
        let got: Vec<(&str, NaiveDate)> = items.iter().map(|i| (i.detail.as_ref(), i.date)).collect();
        // Cause due on the 16th, resolution on the 21st; fixing the process on 14 December, past the horizon.
        assert_eq!(
            got,
            [("find the cause: late delivery", d("2026-11-16")), ("resolve: late delivery", d("2026-11-21"))]
        );
    }

    #[test]
    fn overdue_work_is_ranked_by_days_weighted_by_turnover() {
        let mut small = client(1, "Small, 20 days late");
        small.next_contact = Some(d("2026-11-03"));
        let mut big = client(2, "Big, 5 days late");
        big.next_contact = Some(d("2026-11-18"));
        big.turnover = 10_000_000; // 100,000.00: weight 6
        let mut none = client(3, "No turnover, 5 days late");
        none.next_contact = Some(d("2026-11-18"));
        let mut soon = client(4, "Tomorrow");
        soon.next_contact = Some(d("2026-11-24"));
        soon.turnover = 100_000_000;
        let mut today = client(5, "Today");
        today.next_contact = Some(d(TODAY));
        let got: Vec<ClientId> = run(&Inputs { clients: vec![small, big, none, soon, today], ..Inputs::default() })
            .iter()
            .map(|i| i.0)
            .collect();
        // 6 × 6 = 36 before 21 × 1; 6 × 1; today 1 × 1; then the days to come.
        assert_eq!(got, [2, 1, 3, 5, 4]);
        assert!((weight(0) - 1.0).abs() < 1e-9);
        assert!((weight(100_000) - 4.0).abs() < 0.01);
    }
}
