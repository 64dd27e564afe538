//! `kartoteka export`: the clients a selection chooses (the filters and
//! search of `list`), as CSV for Excel and mail merge, vCards for phones
//! and mail programs, or a calendar of their dates (`crate::export`).

use std::io::Write;
use std::path::Path;

use crate::export;
use crate::store::Store;

use super::args::{ExportArgs, ExportFormat};
use super::list;
use crate::tr;

/// Writes what `fill` writes to `path` through a temporary name beside it,
/// so that a half-written export never stands under the name asked for.
fn write_file<T>(path: &Path, fill: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>) -> anyhow::Result<T> {
    let shown = path.display();
    let temp = path.with_file_name(format!(
        ".{}.kartoteka-tmp",
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
    ));
    let written = std::fs::File::create(&temp).map_err(anyhow::Error::from).and_then(|file| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        let filled = fill(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&temp, path)?;
        Ok(filled)
    });
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        anyhow::anyhow!(tr!("export-cannot-write", path = shown.to_string(), error = e.to_string()))
    })
}

/// Writes what `fill` writes to the standard output; a reader that closed
/// the pipe (`| head`) has all it wanted.
fn write_out<T>(fill: impl FnOnce(&mut dyn Write) -> anyhow::Result<T>) -> anyhow::Result<Option<T>> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let filled = fill(&mut out).and_then(|filled| Ok(out.flush().map(|()| filled)?));
    match filled {
        Ok(filled) => Ok(Some(filled)),
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) => {
            Ok(None)
        }
        Err(e)
            if e.downcast_ref::<::csv::Error>().is_some_and(
                |e| matches!(e.kind(), ::csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe),
            ) =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
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
    let events = if a.format == ExportFormat::Ics { store.events_of(&ids)? } else { Vec::new() };
    // The file is written as it is made: a CSV of 100,000 clients is 100 MB.
    let fill = |out: &mut dyn Write| -> anyhow::Result<String> {
        Ok(match a.format {
            ExportFormat::Csv => tr!("export-rows", n = export::csv::write_to(&cards, a.excel, out)?),
            ExportFormat::Vcard => {
                let (text, count) = export::vcard::write(&cards);
                out.write_all(text.as_bytes())?;
                tr!("export-vcards", n = count)
            }
            ExportFormat::Ics => {
                let days = export::ical::days(&cards, &events);
                out.write_all(export::ical::write(&days, utc(store.clock().now())).as_bytes())?;
                tr!("export-events", n = days.len())
            }
        })
    };
    let done = match &a.output {
        Some(path) => {
            let written = write_file(path, fill)?;
            eprintln!("{}", tr!("export-written", n = cards.len(), what = written, path = path.display().to_string()));
            Ok(())
        }
        None => write_out(fill).map(|_| ()),
    };
    // The process ends here: the cards' million small strings are left to
    // the system rather than freed one by one (a tenth of a 100k export).
    std::mem::forget(cards);
    done
}
