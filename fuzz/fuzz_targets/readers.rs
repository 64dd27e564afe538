//! Every reader of what comes from outside, on any bytes: the CSV and
//! vCard readers of `import` (clients and orders, each encoding detected
//! or forced), and the parsers of what is typed — dates, next-contact
//! shorthands, birthdays, amounts, the quick-capture line. Each must give
//! a value or an error, never panic. The first byte picks the reader.

#![no_main]

use chrono::NaiveDate;
use kartoteka::domain::capture;
use kartoteka::domain::dates::{Birthday, parse_date, parse_datetime, parse_next_date};
use kartoteka::domain::parse_amount;
use kartoteka::import::{Format, Options, read_clients, read_orders};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    match pick % 6 {
        0 => drop(read_clients(rest, &Options::default())),
        1 => drop(read_clients(rest, &Options { format: Some(Format::Vcard), ..Options::default() })),
        2 => drop(read_clients(rest, &Options { format: Some(Format::Csv), people: true, ..Options::default() })),
        3 => drop(read_orders(rest, &Options::default())),
        4 => {
            let forced = ["windows-1251", "windows-1250", "windows-1252", "utf-16le"][usize::from(pick / 6) % 4];
            drop(read_clients(rest, &Options { encoding: Some(forced.into()), ..Options::default() }));
        }
        _ => {
            let text = String::from_utf8_lossy(rest);
            drop(parse_date("date", &text));
            drop(parse_datetime("at", &text));
            drop(parse_next_date("next", &text, today));
            drop(Birthday::parse("birthday", &text));
            drop(parse_amount("amount", &text));
            drop(capture::parse(&text, today));
        }
    }
});
