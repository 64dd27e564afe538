//! `kartoteka export --format vcard|ics`: vCards that import back into the
//! same clients and persons, and a calendar of next contacts, birthdays and
//! important dates that a calendar program reads.

#![allow(clippy::unwrap_used)]

mod common;

use common::Office;

/// `text` without its UID lines: ids differ from one file to another.
fn without_uids(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.starts_with("UID:")).collect();
    lines.sort_unstable();
    lines
}

#[test]
fn vcards_import_into_another_file_and_into_the_same_one_without_a_change() {
    let office = Office::empty();
    office.ok(&["demo", "--clients", "60", "--no-tui"]);
    let cards = office.dir.path().join("all.vcf");
    let out = office.run(&["export", "--format", "vcard", "-o", cards.to_str().unwrap()]);
    assert!(out.stderr.starts_with("60 clients ("), "{}", out.stderr);
    let text = std::fs::read_to_string(&cards).unwrap();
    assert_eq!(text.matches("BEGIN:VCARD\r\nVERSION:4.0\r\n").count(), text.matches("END:VCARD\r\n").count());
    assert!(text.lines().all(|l| l.len() <= 75), "folded at 75 octets");

    let again = office.json(&["import", cards.to_str().unwrap(), "--dry-run"]);
    assert_eq!((again["created"].as_u64(), again["updated"].as_u64()), (Some(0), Some(0)), "{again}");

    let other = Office::new();
    let done = other.json(&["import", cards.to_str().unwrap()]);
    assert_eq!(done["created"].as_u64(), Some(60), "one client per client, homonyms in two cities kept apart");
    assert_eq!(other.json(&["import", cards.to_str().unwrap()])["unchanged"], again["unchanged"]);
    let back = other.ok(&["export", "--format", "vcard"]);
    assert_eq!(without_uids(&back), without_uids(&text));
}

#[test]
fn a_calendar_of_next_contacts_birthdays_and_important_dates() {
    let office = Office::new();
    let list = office.dir.path().join("list.csv");
    std::fs::write(
        &list,
        "Name,City,Phone,Next contact,Contact person,Position,Birthday,Decision maker,Contact phone\n\
         Vector SRL,Cluj,+40 264 000 111,01.12.2026,Ion Rusu,director,29.02,yes,+40 721 000 111\n\
         Maria Lungu,Iași,+40 722 000 222,,,,,,\n",
    )
    .unwrap();
    office.ok(&["import", list.to_str().unwrap()]);
    let ics = office.ok(&["export", "--format", "ics"]);
    assert_eq!(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kartoteka//Kartoteka//EN\r\nCALSCALE:GREGORIAN\r\n\
         BEGIN:VEVENT\r\nUID:next-contact-1@kartoteka\r\nDTSTAMP:20261123T100000Z\r\nDTSTART;VALUE=DATE:20261201\r\n\
         SUMMARY:Contact: Vector SRL\r\nDESCRIPTION:Ion Rusu\\, +40 721 000 111\r\nTRANSP:TRANSPARENT\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:birthday-1@kartoteka\r\nDTSTAMP:20261123T100000Z\r\nDTSTART;VALUE=DATE:20000229\r\n\
         RRULE:FREQ=YEARLY\r\nSUMMARY:Birthday: Ion Rusu (Vector SRL)\r\nDESCRIPTION:+40 721 000 111\r\n\
         TRANSP:TRANSPARENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    // A selection: only the clients of one city.
    let iasi = office.ok(&["export", "--format", "ics", "--city", "Iași"]);
    assert!(!iasi.contains("VEVENT"), "{iasi}");
    let stderr = office.fails(&["export", "--format", "ics", "--excel"], 1);
    assert!(stderr.contains("--excel is for CSV only"), "{stderr}");
}

#[test]
fn the_demo_calendar_has_every_kind_of_day() {
    let office = Office::empty();
    office.ok(&["demo", "--clients", "60", "--no-tui"]);
    let ics = office.ok(&["export", "--format", "ics"]);
    for kind in ["UID:next-contact-", "UID:birthday-", "UID:event-"] {
        assert!(ics.contains(kind), "{kind}");
    }
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), ics.matches("END:VEVENT").count());
    let mut parser = calcard::Parser::new(&ics);
    match parser.entry() {
        calcard::Entry::ICalendar(cal) => {
            assert_eq!(cal.components.len(), 1 + ics.matches("BEGIN:VEVENT").count(), "calcard reads it back");
        }
        other => panic!("not a calendar: {other:?}"),
    }
}
