//! The parsers a person's typing reaches — dates, next-contact shorthands,
//! birthdays, amounts, the quick-capture line — never panic, whatever is
//! typed: each input is a value or one error naming the field.

#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use kartoteka::domain::capture;
use kartoteka::domain::dates::{Birthday, parse_date, parse_datetime, parse_next_date};
use kartoteka::domain::parse_amount;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Text that looks like what is typed into these fields, and anything else.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9./ :+-]{0,24}",
        "[+-]?[0-9]{0,6}[dwmy]?",
        "(--)?[0-9]{2}-?[0-9]{2}",
        "[0-9 \u{a0}.,]{0,20}",
        "[a-zA-ZăâîșțА-яñ0-9 @+:#./,-]{0,60}",
        "[0-9.\n\t\r/-]{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn dates_and_amounts_are_values_or_one_named_error(text in typed()) {
        for result in [
            parse_date("date", &text).map(|_| ()),
            parse_datetime("at", &text).map(|_| ()),
            parse_next_date("next", &text, today()).map(|_| ()),
            Birthday::parse("birthday", &text).map(|_| ()),
            parse_amount("amount", &text).map(|_| ()),
        ] {
            if let Err(e) = result {
                let said = e.to_string();
                prop_assert!(!said.contains('\n'), "{said}");
                prop_assert!(["date", "at", "next", "birthday", "amount"].contains(&e.field.as_str()), "{said}");
            }
        }
    }

    #[test]
    fn any_quick_capture_line_is_read_or_refused(text in typed(), words in proptest::collection::vec(typed(), 0..6)) {
        let _ = capture::parse(&text, today());
        let _ = capture::parse(&words.join(" "), today());
    }
}
