//! `kartoteka import`: a client list from the files an office has. By
//! default all of it or, with any bad row, nothing; `--skip-bad` imports the
//! good rows and writes the bad ones beside the file with their reasons.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::args::{ImportArgs, ImportFormat, ImportKind};
use super::{emit, print_json};
use crate::domain::ValidationError;
use crate::i18n::t;
use crate::import::records::{DayOrder, Rejected};
use crate::import::{Format, ImportFile, Layout, Options, columns, read_clients, read_orders};
use crate::store::{ImportCounts, OrderCounts, Progress, Store};
use crate::tr;

#[derive(Serialize)]
struct Summary<'a, C: Serialize> {
    #[serde(flatten)]
    counts: C,
    rejected: usize,
    /// Where the rejected rows were written, with `--skip-bad`.
    rejected_file: Option<&'a Path>,
    encoding: &'static str,
    not_understood: &'a [String],
    dry_run: bool,
}

/// `clients.csv` → `clients.rejected.csv` (`.vcf` for vCards), beside it.
fn rejected_path(path: &Path, layout: &Layout) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "import".into());
    let extension = if *layout == Layout::Vcard { "vcf" } else { "csv" };
    path.with_file_name(format!("{stem}.rejected.{extension}"))
}

/// The rejected rows with their reasons, laid out as the file was: a CSV
/// with a `reason` column, in UTF-8 with a byte-order mark and the file's
/// delimiter, so that Excel opens it as it did the file; or the cards, each
/// with its reasons in an `X-KARTOTEKA-REJECTED` property that other
/// programs (and this one) pass over.
fn write_rejected<T>(path: &Path, file: &ImportFile<T>) -> anyhow::Result<()> {
    let bytes = match &file.layout {
        Layout::Csv { delimiter, headers } => {
            let mut out = csv::WriterBuilder::new().delimiter(*delimiter).flexible(true).from_writer(Vec::new());
            out.write_record(
                std::iter::once(t("col-line").to_string())
                    .chain(headers.iter().cloned())
                    .chain([t("col-reason").into()]),
            )?;
            for r in &file.rows.rejected {
                let reasons: Vec<String> = r.errors.iter().map(ToString::to_string).collect();
                out.write_record(
                    std::iter::once(r.line.to_string()).chain(r.fields.iter().cloned()).chain([reasons.join("; ")]),
                )?;
            }
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend(out.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?);
            bytes
        }
        Layout::Vcard => {
            let mut out = String::new();
            for r in &file.rows.rejected {
                let card = r.fields.concat();
                let body = card.trim_end();
                let body = match body.rsplit_once('\n') {
                    Some((head, last)) if last.trim().eq_ignore_ascii_case("END:VCARD") => head.trim_end(),
                    _ => body,
                };
                out.push_str(body);
                out.push_str("\r\n");
                // A card (or one cut short) is closed with its reasons inside;
                // text outside any card is written as it was.
                if crate::import::vcard::looks_like(body) {
                    for line in r.lines() {
                        let escaped = line.replace('\\', "\\\\").replace(',', "\\,").replace(';', "\\;");
                        out.push_str(&format!("X-KARTOTEKA-REJECTED:{escaped}\r\n"));
                    }
                    out.push_str("END:VCARD\r\n");
                }
            }
            out.into_bytes()
        }
    };
    std::fs::write(path, bytes).map_err(|e| {
        anyhow::anyhow!(tr!("export-cannot-write", path = path.display().to_string(), error = e.to_string()))
    })
}

fn options(a: &ImportArgs) -> Result<Options, ValidationError> {
    Ok(Options {
        encoding: a.encoding.clone(),
        maps: a.map.iter().map(|m| columns::parse_map(m)).collect::<Result<_, _>>()?,
        dates: a.dates.as_deref().map(str::parse::<DayOrder>).transpose()?,
        format: a.format.map(|f| match f {
            ImportFormat::Csv => Format::Csv,
            ImportFormat::Vcard => Format::Vcard,
        }),
        people: a.kind == ImportKind::Contacts,
    })
}

pub fn run(store: &mut Store, a: &ImportArgs) -> anyhow::Result<()> {
    let shown = a.path.display().to_string();
    let options = options(a)?;
    if a.path.is_dir() {
        return Err(ValidationError::new("file", &shown, crate::i18n::t("err-is-directory-not-file-import")).into());
    }
    let bytes = std::fs::read(&a.path)
        .map_err(|e| ValidationError::new("file", &shown, crate::tr!("err-cannot-be-read", error = e.to_string())))?;
    // Errors of the file as a whole name it.
    let named = |e: ValidationError| if e.field == "file" && e.value.is_empty() { e.with_value(&shown) } else { e };
    let source = a.path.file_name().map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned());
    match a.kind {
        ImportKind::Clients | ImportKind::Contacts => {
            let file = read_clients(&bytes, &options).map_err(named)?;
            import(
                a,
                &file,
                |rows, progress| Ok(store.import_clients(&source, rows, a.dry_run, progress)?),
                |c: &ImportCounts| {
                    vec![tr!("import-counts", created = c.created, updated = c.updated, unchanged = c.unchanged)]
                },
            )
        }
        ImportKind::Orders => {
            let file = read_orders(&bytes, &options).map_err(named)?;
            import(
                a,
                &file,
                |rows, progress| Ok(store.import_orders(&source, rows, a.dry_run, progress)?),
                |c: &OrderCounts| {
                    let mut said = vec![tr!("import-order-counts", created = c.created, unchanged = c.unchanged)];
                    if !c.new_clients.is_empty() {
                        let shown: Vec<&str> = c.new_clients.iter().take(10).map(String::as_str).collect();
                        let more = c.new_clients.len().saturating_sub(shown.len());
                        let more =
                            if more > 0 { format!(" {}", tr!("err-columns-more", n = more)) } else { String::new() };
                        said.push(tr!(
                            "import-new-clients",
                            n = c.new_clients.len(),
                            names = shown.join(", "),
                            more = more
                        ));
                    }
                    said
                },
            )
        }
    }
}

/// Writes the rows of `file` with `write`, unless a bad row stops it, and
/// prints what was done; `say` words the counts (its first line is
/// completed with the rejected rows and the encoding).
fn import<T, C: Serialize>(
    a: &ImportArgs,
    file: &ImportFile<T>,
    write: impl FnOnce(&[T], &mut dyn FnMut(Progress)) -> anyhow::Result<C>,
    say: impl Fn(&C) -> Vec<String>,
) -> anyhow::Result<()> {
    let shown = a.path.display().to_string();
    let rejected: &[Rejected] = &file.rows.rejected;
    if !rejected.is_empty() && !a.skip_bad {
        for line in rejected.iter().flat_map(Rejected::lines) {
            eprintln!("{line}");
        }
        anyhow::bail!(tr!("import-refused", n = rejected.len(), path = shown));
    }
    let total = file.rows.records.len();
    let bar = std::io::stderr().is_terminal() && total >= 1000;
    // Each report in place of the one before, on one line of stderr.
    let counts = write(&file.rows.records, &mut |progress| {
        let said = match progress {
            Progress::Rows(done) if done % 500 == 0 || done == total => {
                tr!("import-progress", done = done, total = total)
            }
            Progress::Added { done, of } => tr!("import-progress-writing", done = done, total = of),
            Progress::Rows(_) => return,
        };
        if bar {
            eprint!("\r{said}\x1b[K");
        }
    });
    if bar {
        eprintln!();
    }
    let counts = counts?;
    let rejected_file = if a.skip_bad && !rejected.is_empty() && !a.dry_run {
        let path = rejected_path(&a.path, &file.layout);
        write_rejected(&path, file)?;
        Some(path)
    } else {
        None
    };
    let mut said = say(&counts).into_iter();
    let first = said.next().unwrap_or_default();
    let mut text = format!("{first}, {}\n", tr!("import-rejected", n = rejected.len(), encoding = file.encoding));
    for line in said {
        text.push_str(&format!("{line}\n"));
    }
    let summary = Summary {
        counts,
        rejected: rejected.len(),
        rejected_file: rejected_file.as_deref(),
        encoding: file.encoding,
        not_understood: &file.not_understood,
        dry_run: a.dry_run,
    };
    if a.json {
        return print_json(&summary);
    }
    if !file.not_understood.is_empty() {
        let left_out = file.not_understood.join(", ");
        let said = match file.layout {
            Layout::Csv { .. } => tr!("import-columns-left-out", names = left_out),
            Layout::Vcard => tr!("import-properties-left-out", names = left_out),
        };
        text.push_str(&format!("{said}\n"));
    }
    if let Some(path) = &rejected_file {
        text.push_str(&format!("{}\n", tr!("import-rejected-file", path = path.display().to_string())));
        for line in rejected.iter().flat_map(Rejected::lines) {
            eprintln!("{line}");
        }
    }
    if a.dry_run {
        text.push_str(&format!("{}\n", t("import-dry-run")));
    }
    emit(&text)
}
