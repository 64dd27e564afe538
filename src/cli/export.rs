//! `kartoteka export`: the clients a selection chooses (the filters and
//! search of `list`), as CSV for Excel and mail merge, vCards for phones
//! and mail programs, or a calendar of their dates (`crate::export`).

use std::io::Write;
use std::path::Path;

use crate::export;
use crate::store::Store;

use super::args::{ExportArgs, ExportFormat};
use super::{emit, list};
use crate::tr;

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
        anyhow::bail!(tr!("export-cannot-write", path = shown.to_string(), error = e.to_string()));
    }
    Ok(())
}

/// A local time as UTC, as a calendar's stamps are.
fn utc(local: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::TimeZone;
    chrono::Local.from_local_datetime(&local).earliest().map_or(local, |t| t.naive_utc())
}

pub fn run(store: &Store, a: &ExportArgs) -> anyhow::Result<()> {
    if a.excel && a.format != ExportFormat::Csv {
        anyhow::bail!(crate::i18n::t("export-excel-csv-only"));
    }
    let filter = list::filter(store, &a.filter)?;
    let ids: Vec<_> =
        store.select_clients(a.query.as_deref(), &filter, store.clock().today())?.iter().map(|r| r.id).collect();
    let cards = store.cards(&ids)?;
    let (bytes, written) = match a.format {
        ExportFormat::Csv => {
            let (bytes, rows) = export::csv::write(&cards, a.excel)?;
            (bytes, tr!("export-rows", n = rows))
        }
        ExportFormat::Vcard => {
            let (text, count) = export::vcard::write(&cards);
            (text.into_bytes(), tr!("export-vcards", n = count))
        }
        ExportFormat::Ics => {
            let days = export::ical::days(&cards, &store.events_of(&ids)?);
            (export::ical::write(&days, utc(store.clock().now())).into_bytes(), tr!("export-events", n = days.len()))
        }
    };
    match &a.output {
        Some(path) => {
            write_file(path, &bytes)?;
            eprintln!("{}", tr!("export-written", n = cards.len(), what = written, path = path.display().to_string()));
            Ok(())
        }
        None => emit(&String::from_utf8_lossy(&bytes)),
    }
}
