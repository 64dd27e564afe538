//! iCalendar of the chosen clients' dates, so that a calendar program shows
//! them: each next contact (an all-day event on its day), each person's
//! birthday (yearly; one without a year from 2000, a leap year, so that a
//! 29 February is kept) and each important date of a client (yearly when it
//! is). Events are all-day and free time; their UIDs are stable, so that a
//! calendar that imports the file again updates them instead of doubling
//! them. calcard writes them (escapes, folding, CRLF).

use calcard::common::PartialDateTime;
use calcard::icalendar::{
    ICalendar, ICalendarComponent, ICalendarComponentType, ICalendarEntry, ICalendarFrequency, ICalendarParameter,
    ICalendarParameterName, ICalendarParameterValue, ICalendarProperty, ICalendarRecurrenceRule, ICalendarTransparency,
    ICalendarValue, ICalendarValueType,
};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use super::Card;
use crate::domain::model::{ClientId, Event};

/// An event of the calendar, before it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Day {
    pub uid: String,
    pub date: NaiveDate,
    pub yearly: bool,
    pub summary: String,
    pub description: Option<String>,
}

fn entry(name: ICalendarProperty, value: ICalendarValue) -> ICalendarEntry {
    ICalendarEntry { name, params: Vec::new(), values: vec![value] }
}

fn text(name: ICalendarProperty, value: &str) -> ICalendarEntry {
    entry(name, ICalendarValue::Text(value.to_string()))
}

fn partial(date: NaiveDate) -> PartialDateTime {
    PartialDateTime {
        year: u16::try_from(date.year()).ok(),
        month: u8::try_from(date.month()).ok(),
        day: u8::try_from(date.day()).ok(),
        ..PartialDateTime::default()
    }
}

fn event(day: &Day, stamp: NaiveDateTime) -> ICalendarComponent {
    let mut stamped = partial(stamp.date());
    stamped.hour = u8::try_from(stamp.hour()).ok();
    stamped.minute = u8::try_from(stamp.minute()).ok();
    stamped.second = u8::try_from(stamp.second()).ok();
    (stamped.tz_hour, stamped.tz_minute) = (Some(0), Some(0));
    let mut entries = vec![
        text(ICalendarProperty::Uid, &day.uid),
        entry(ICalendarProperty::Dtstamp, ICalendarValue::PartialDateTime(Box::new(stamped))),
        ICalendarEntry {
            name: ICalendarProperty::Dtstart,
            params: vec![ICalendarParameter {
                name: ICalendarParameterName::Value,
                value: ICalendarParameterValue::Value(ICalendarValueType::Date),
            }],
            values: vec![ICalendarValue::PartialDateTime(Box::new(partial(day.date)))],
        },
    ];
    if day.yearly {
        let rule = ICalendarRecurrenceRule { freq: ICalendarFrequency::Yearly, ..ICalendarRecurrenceRule::default() };
        entries.push(entry(ICalendarProperty::Rrule, ICalendarValue::RecurrenceRule(Box::new(rule))));
    }
    entries.push(text(ICalendarProperty::Summary, &day.summary));
    if let Some(d) = &day.description {
        entries.push(text(ICalendarProperty::Description, d));
    }
    entries.push(entry(ICalendarProperty::Transp, ICalendarValue::Transparency(ICalendarTransparency::Transparent)));
    ICalendarComponent { component_type: ICalendarComponentType::VEvent, entries, component_ids: Vec::new() }
}

/// The days of `cards` and of their important `events`.
pub fn days(cards: &[Card], events: &[(ClientId, Event)]) -> Vec<Day> {
    let mut days = Vec::new();
    for (c, persons) in cards {
        if let Some(date) = c.next_contact {
            let who = persons.iter().find(|p| p.decision_maker).or(persons.first());
            let mut lines: Vec<String> = Vec::new();
            if let Some(p) = who {
                let phones = if p.phones.is_empty() { &c.phones } else { &p.phones };
                lines.push([p.name.clone()].into_iter().chain(phones.iter().cloned()).collect::<Vec<_>>().join(", "));
            } else if !c.phones.is_empty() {
                lines.push(c.phones.join(", "));
            }
            days.push(Day {
                uid: format!("next-contact-{}@kartoteka", c.id),
                date,
                yearly: false,
                summary: format!("Contact: {}", c.name),
                description: (!lines.is_empty()).then(|| lines.join("\n")),
            });
        }
        for p in persons {
            let Some(b) = p.birthday else { continue };
            let Some(date) = NaiveDate::from_ymd_opt(b.year.unwrap_or(2000), b.month, b.day) else { continue };
            let of = if p.name == c.name { String::new() } else { format!(" ({})", c.name) };
            days.push(Day {
                uid: format!("birthday-{}@kartoteka", p.id),
                date,
                yearly: true,
                summary: format!("Birthday: {}{of}", p.name),
                description: (!p.phones.is_empty()).then(|| p.phones.join(", ")),
            });
        }
    }
    let names: std::collections::HashMap<ClientId, &str> = cards.iter().map(|(c, _)| (c.id, c.name.as_str())).collect();
    for (client, e) in events {
        let Some(name) = names.get(client) else { continue };
        let whose = e.person.as_deref().map(|p| format!("{p}, {name}")).unwrap_or_else(|| (*name).to_string());
        days.push(Day {
            uid: format!("event-{}@kartoteka", e.id),
            date: e.date,
            yearly: e.yearly,
            summary: format!("{} ({whose})", e.title),
            description: None,
        });
    }
    days
}

/// The calendar of `days`, stamped `stamp` (UTC).
pub fn write(days: &[Day], stamp: NaiveDateTime) -> String {
    let mut components = vec![ICalendarComponent {
        component_type: ICalendarComponentType::VCalendar,
        entries: vec![
            text(ICalendarProperty::Version, "2.0"),
            text(ICalendarProperty::Prodid, "-//Kartoteka//Kartoteka//EN"),
            text(ICalendarProperty::Calscale, "GREGORIAN"),
        ],
        component_ids: (1..=u32::try_from(days.len()).unwrap_or(u32::MAX)).collect(),
    }];
    components.extend(days.iter().map(|d| event(d, stamp)));
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = ICalendar { components }.write_to(&mut out);
    out
}
