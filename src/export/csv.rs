//! A row per person (mail merge writes one letter per row, opening with
//! the salutation), a client without persons on one row, with every field
//! of the card and of the person in headers `import` reads back.
//!
//! The plain file is for programs: English headers, ISO dates. The Excel
//! file (`--excel`) is for people: headers, dates and yes/no in the
//! language, which `import` reads back in any of the four.

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

    fn yes(self) -> String {
        if self.for_people { t_in(self.lang, "choice-yes").to_string() } else { "yes".into() }
    }
}

/// The salutation a letter to `p` of `c` opens with, in the language.
fn salutation(c: &Client, p: Option<&Person>) -> String {
    match p {
        Some(p) => crate::tr!("salutation-person", name = p.name.as_str()),
        None => crate::tr!("salutation-client", name = c.name.as_str()),
    }
}

fn row(c: &Client, p: Option<&Person>, style: Style) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
        salutation(c, p),
        c.name.clone(),
        c.kind.id().to_string(),
        text(&c.legal_name),
        text(&c.tax_id),
        text(&c.city),
        text(&c.address),
        text(&c.industry),
        text(&c.size),
        c.phones.join("; "),
        c.emails.join("; "),
        text(&c.website),
        text(&c.source),
        text(&c.manager),
        c.category.id().to_string(),
        c.tags.join("; "),
        c.next_contact.map(|d| style.date(d)).unwrap_or_default(),
        text(&c.notes),
        p.map(|p| p.name.clone()).unwrap_or_default(),
        p.and_then(|p| p.position.clone()).unwrap_or_default(),
        p.and_then(|p| p.birthday).map(|b| style.birthday(b)).unwrap_or_default(),
        if p.is_some_and(|p| p.decision_maker) { style.yes() } else { String::new() },
        p.map(|p| p.phones.join("; ")).unwrap_or_default(),
        p.map(|p| p.emails.join("; ")).unwrap_or_default(),
    ]
}

/// The rows of `cards` under the headers; `excel` adds a byte-order mark
/// and splits on `;`, as Excel in the offices' locales opens UTF-8 right
/// only so. Also how many rows.
pub fn write(cards: &[Card], excel: bool) -> anyhow::Result<(Vec<u8>, usize)> {
    let delimiter = if excel { b';' } else { b',' };
    let style = Style { lang: if excel { i18n::current() } else { Lang::En }, for_people: excel };
    let mut out = ::csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
    out.write_record(WRITTEN.map(|(id, _)| t_in(style.lang, id)))?;
    let mut rows = 0;
    for (client, persons) in cards {
        if persons.is_empty() {
            out.write_record(row(client, None, style))?;
            rows += 1;
        }
        for p in persons {
            out.write_record(row(client, Some(p), style))?;
            rows += 1;
        }
    }
    let mut bytes = if excel { vec![0xEF, 0xBB, 0xBF] } else { Vec::new() };
    bytes.extend(out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?);
    Ok((bytes, rows))
}
