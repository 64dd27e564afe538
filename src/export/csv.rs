//! A row per person (mail merge writes one letter per row), a client
//! without persons on one row, with every field of the card and of the
//! person in headers `import` reads back.

use super::Card;
use crate::domain::model::{Client, Person};

const HEADERS: [&str; 23] = [
    "Name",
    "Kind",
    "Legal name",
    "Tax id",
    "City",
    "Address",
    "Industry",
    "Size",
    "Phone",
    "E-mail",
    "Website",
    "Source",
    "Manager",
    "Colour",
    "Tags",
    "Next contact",
    "Notes",
    "Contact person",
    "Position",
    "Birthday",
    "Decision maker",
    "Contact phone",
    "Contact e-mail",
];

fn row(c: &Client, p: Option<&Person>) -> Vec<String> {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    vec![
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
        c.next_contact.map(|d| d.to_string()).unwrap_or_default(),
        text(&c.notes),
        p.map(|p| p.name.clone()).unwrap_or_default(),
        p.and_then(|p| p.position.clone()).unwrap_or_default(),
        p.and_then(|p| p.birthday).map(|b| b.to_string()).unwrap_or_default(),
        if p.is_some_and(|p| p.decision_maker) { "yes".into() } else { String::new() },
        p.map(|p| p.phones.join("; ")).unwrap_or_default(),
        p.map(|p| p.emails.join("; ")).unwrap_or_default(),
    ]
}

/// The rows of `cards` under the headers; `excel` adds a byte-order mark
/// and splits on `;`, as Excel in the offices' locales opens UTF-8 right
/// only so. Also how many rows.
pub fn write(cards: &[Card], excel: bool) -> anyhow::Result<(Vec<u8>, usize)> {
    let delimiter = if excel { b';' } else { b',' };
    let mut out = ::csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
    out.write_record(HEADERS)?;
    let mut rows = 0;
    for (client, persons) in cards {
        if persons.is_empty() {
            out.write_record(row(client, None))?;
            rows += 1;
        }
        for p in persons {
            out.write_record(row(client, Some(p)))?;
            rows += 1;
        }
    }
    let mut bytes = if excel { vec![0xEF, 0xBB, 0xBF] } else { Vec::new() };
    bytes.extend(out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?);
    Ok((bytes, rows))
}
