//! `kartoteka backup`, `backups`, `restore` and `check`: consistent copies
//! of the client file while others work in it, putting one back, and the
//! file's own check.

use crate::store::{Store, backup_name, backups_dir, list_backups, verify};

use super::args::{BackupArgs, CheckArgs, JsonArgs, RestoreArgs};
use super::{Session, emit, print_json, table};
use crate::i18n::{self, t};
use crate::tr;

pub fn backup(session: &Session, a: &BackupArgs) -> anyhow::Result<()> {
    let store = session.open()?;
    let dest = a.dest.clone().unwrap_or_else(|| backup_name(&session.path, session.clock.now(), ""));
    let took = store.backup_to(&dest)?;
    let bytes = std::fs::metadata(&dest).map(|m| m.len()).unwrap_or(0);
    let seconds = format!("{:.1}", took.as_secs_f64());
    emit(&format!("{}\n", tr!("backup-done", path = dest.display().to_string(), size = size(bytes), seconds = seconds)))
}

pub fn backups(session: &Session, a: &JsonArgs) -> anyhow::Result<()> {
    let list = list_backups(&backups_dir(&session.path))?;
    if a.json {
        return print_json(&list);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|b| {
            let when: chrono::DateTime<chrono::Local> = b.modified.into();
            vec![i18n::date_time_long(when.naive_local()), size(b.bytes), b.path.display().to_string()]
        })
        .collect();
    let said = tr!("backups-listed", n = list.len(), dir = backups_dir(&session.path).display().to_string());
    emit(&format!("{}{said}\n", table::render(&[t("col-written"), t("col-size"), t("col-file")], &rows)))
}

pub fn restore(session: &Session, a: &RestoreArgs) -> anyhow::Result<()> {
    // The backup is checked before anything is touched.
    verify(&a.backup)?;
    let mut store = session.open()?;
    let saved = backup_name(&session.path, session.clock.now(), "-before-restore");
    store.backup_to(&saved)?;
    store.restore_from(&a.backup)?;
    let said = tr!("backup-restored", backup = a.backup.display().to_string(), saved = saved.display().to_string());
    emit(&format!("{said}\n"))
}

pub fn check(store: &Store, a: &CheckArgs) -> anyhow::Result<()> {
    let report = store.check()?;
    if a.json {
        print_json(&report)?;
    } else {
        let mut text = String::new();
        for c in &report.checks {
            let state =
                if c.problems.is_empty() { "ok".to_string() } else { tr!("check-problems", n = c.problems.len()) };
            text.push_str(&format!("{}: {state}\n", c.name));
            for p in c.problems.iter().take(20) {
                text.push_str(&format!("  {p}\n"));
            }
        }
        emit(&text)?;
    }
    if !report.ok() {
        anyhow::bail!(t("check-failed"));
    }
    Ok(())
}

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => tr!("size-mb", mb = format!("{:.1}", b as f64 / f64::from(1 << 20))),
        b => tr!("size-kb", kb = b.div_ceil(1024)),
    }
}
