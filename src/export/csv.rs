//! A row per person (mail merge writes one letter per row, opening with
//! the salutation), a client without persons on one row, with every field
//! of the card and of the person in headers `import` reads back.
//!
//! The plain file is for programs: English headers, ISO dates. The Excel
//! file (`--excel`) is for people: headers, dates and yes/no in the
//! language, which `import` reads back in any of the four.

use std::borrow::Cow;

use super::Card;
use crate::domain::dates::Birthday;
use crate::domain::model::{Client, Person};
use crate::i18n::{self, Lang, t_in};
use crate::import::columns::WRITTEN;

/// How the cells of a file are written: for programs or for people.
#[derive(Clone, Copy)]
struct Style {
    lang: Lang,
    for_people: bool,
}

impl Style {
    fn date(self, d: chrono::NaiveDate) -> String {
        if self.for_people { i18n::date(d) } else { d.to_string() }
    }

    /// A birthday; without a year in the language's day and month, except
    /// in English, whose month-day reads back only in the ISO form `--03-15`.
    fn birthday(self, b: Birthday) -> String {
        let day = b.year.and_then(|y| chrono::NaiveDate::from_ymd_opt(y, b.month, b.day));
        match (self.for_people, day) {
            (true, Some(d)) => i18n::date(d),
            (true, None) if self.lang != Lang::En => {
                chrono::NaiveDate::from_ymd_opt(2000, b.month, b.day).map_or_else(|| b.to_string(), i18n::day_month)
            }
            _ => b.to_string(),
        }
    }

    fn yes(self) -> Cow<'static, str> {
        Cow::Borrowed(if self.for_people { t_in(self.lang, "choice-yes") } else { "yes" })
    }
}

/// The two salutations of the language, formatted once: a message
/// formatted for each of 300,000 rows cost a fifth of an export.
struct Salutations {
    person: (String, String),
    client: (String, String),
}

impl Salutations {
    fn new() -> Salutations {
        // Each message around a marker no name holds, split at it.
        const MARK: &str = "\u{1}";
        let split = |text: String| match text.split_once(MARK) {
            Some((before, after)) => (before.to_string(), after.to_string()),
            None => (text, String::new()),
        };
        Salutations {
            person: split(crate::tr!("salutation-person", name = MARK)),
            client: split(crate::tr!("salutation-client", name = MARK)),
        }
    }

    /// The salutation a letter to `p` of `c` opens with.
    fn of(&self, c: &Client, p: Option<&Person>) -> String {
        let ((before, after), name) = match p {
            Some(p) => (&self.person, &p.name),
            None => (&self.client, &c.name),
        };
        format!("{before}{name}{after}")
    }
}

fn row<'a>(c: &'a Client, p: Option<&'a Person>, style: Style, salutations: &Salutations) -> [Cow<'a, str>; 24] {
    let text = |v: &'a Option<String>| Cow::Borrowed(v.as_deref().unwrap_or_default());
    let joined = |v: &'a [String]| -> Cow<'a, str> {
        match v {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(one.as_str()),
            many => Cow::Owned(many.join("; ")),
        }
    };
    [
        Cow::Owned(salutations.of(c, p)),
        Cow::Borrowed(c.name.as_str()),
        Cow::Borrowed(c.kind.id()),
        text(&c.legal_name),
        text(&c.tax_id),
        text(&c.city),
        text(&c.address),
        text(&c.industry),
        text(&c.size),
        joined(&c.phones),
        joined(&c.emails),
        text(&c.website),
        text(&c.source),
        text(&c.manager),
        Cow::Borrowed(c.category.id()),
        joined(&c.tags),
        c.next_contact.map(|d| Cow::Owned(style.date(d))).unwrap_or_default(),
        text(&c.notes),
        p.map(|p| Cow::Borrowed(p.name.as_str())).unwrap_or_default(),
        p.and_then(|p| p.position.as_deref()).map(Cow::Borrowed).unwrap_or_default(),
        p.and_then(|p| p.birthday).map(|b| Cow::Owned(style.birthday(b))).unwrap_or_default(),
        if p.is_some_and(|p| p.decision_maker) { style.yes() } else { Cow::Borrowed("") },
        p.map(|p| joined(&p.phones)).unwrap_or_default(),
        p.map(|p| joined(&p.emails)).unwrap_or_default(),
    ]
}

/// Writes the rows of `cards` under the headers to `sink`; `excel` adds a
/// byte-order mark and splits on `;`, as Excel in the offices' locales
/// opens UTF-8 right only so. Gives back how many rows.
pub fn write_to(cards: &[Card], excel: bool, mut sink: impl std::io::Write) -> anyhow::Result<usize> {
    if excel {
        sink.write_all(&[0xEF, 0xBB, 0xBF])?;
    }
    let delimiter = if excel { b';' } else { b',' };
    let style = Style { lang: if excel { i18n::current() } else { Lang::En }, for_people: excel };
    let salutations = Salutations::new();
    let mut out = ::csv::WriterBuilder::new().delimiter(delimiter).buffer_capacity(1 << 16).from_writer(sink);
    out.write_record(WRITTEN.map(|(id, _)| t_in(style.lang, id)))?;
    let mut rows = 0;
    for (client, persons) in cards {
        if persons.is_empty() {
            out.write_record(row(client, None, style, &salutations).iter().map(|f| f.as_bytes()))?;
            rows += 1;
        }
        for p in persons {
            out.write_record(row(client, Some(p), style, &salutations).iter().map(|f| f.as_bytes()))?;
            rows += 1;
        }
    }
    out.flush()?;
    Ok(rows)
}
