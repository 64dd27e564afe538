//! `kartoteka export`: the clients a selection chooses (the filters and
//! search of `list`), as CSV for Excel and mail merge — a row per person, a
//! client without persons on one row — in headers `import` reads back, so
//! that an exported file imports into another file without loss.

use std::io::Write;
use std::path::Path;

use crate::domain::model::{Client, Person};
use crate::store::Store;

use super::args::ExportArgs;
use super::{emit, list};

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

/// Writes `bytes` to `path` through a temporary name beside it, so that a
/// half-written export never stands under the name asked for.
fn write_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let shown = path.display();
    let temp = path.with_file_name(format!(
        ".{}.kartoteka-tmp",
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    ));
    let written = std::fs::File::create(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        anyhow::bail!("cannot write {shown}: {e}");
    }
    Ok(())
}

pub fn run(store: &Store, a: &ExportArgs) -> anyhow::Result<()> {
    let filter = list::filter(&a.filter)?;
    let ids: Vec<_> = store.find_clients(a.query.as_deref(), &filter)?.iter().map(|r| r.id).collect();
    let cards = store.cards(&ids)?;
    // Excel opens a UTF-8 file as such only with a byte-order mark, and
    // splits on `;` in the offices' locales.
    let delimiter = if a.excel { b';' } else { b',' };
    let mut out = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
    out.write_record(HEADERS)?;
    let mut rows = 0;
    for (client, persons) in &cards {
        if persons.is_empty() {
            out.write_record(row(client, None))?;
            rows += 1;
        }
        for p in persons {
            out.write_record(row(client, Some(p)))?;
            rows += 1;
        }
    }
    let mut bytes = if a.excel { vec![0xEF, 0xBB, 0xBF] } else { Vec::new() };
    bytes.extend(out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?);
    match &a.output {
        Some(path) => {
            write_file(path, &bytes)?;
            eprintln!("{} clients ({rows} rows) written to {}", cards.len(), path.display());
            Ok(())
        }
        None => emit(&String::from_utf8_lossy(&bytes)),
    }
}
