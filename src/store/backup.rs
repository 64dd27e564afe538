//! Backups, restore and the file's own check. A backup is a consistent copy
//! made while others write (SQLite's backup API in one step), written to a
//! temporary name readable by its owner only, checked, then renamed: a
//! half-written backup is never left under a backup's name.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use super::{OpenMode, Result, Store, StoreError, open_existing, search_keys};
use crate::domain::clock::Clock;
use crate::domain::rotation;

/// The end of the name of a backup made on opening, the only ones removed
/// as they grow old.
const DAILY: &str = "-daily";

/// A backup's file in the backups directory.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackupFile {
    pub path: PathBuf,
    pub bytes: u64,
    /// When it was written, as the file system says.
    #[serde(skip)]
    pub modified: SystemTime,
    /// When it was taken, as its name says (`…-YYYY-MM-DD-HHMMSS…`).
    pub taken: Option<NaiveDateTime>,
}

/// A backup made on opening, and how many older ones it let go.
#[derive(Debug, Clone, PartialEq)]
pub struct Daily {
    pub path: PathBuf,
    pub removed: usize,
}

/// The name of a backup of `file` taken at `now`, `why` at its end:
/// `<stem>-YYYY-MM-DD-HHMMSS<why>.db` in the backups directory beside it.
pub fn backup_name(file: &Path, now: NaiveDateTime, why: &str) -> PathBuf {
    let when = now.format("%Y-%m-%d-%H%M%S");
    backups_dir(file).join(format!("{}-{when}{why}.db", stem(file)))
}

fn stem(file: &Path) -> String {
    file.file_stem().map_or_else(|| "kartoteka".into(), |s| s.to_string_lossy().into_owned())
}

/// The moment in a backup's name, the last `YYYY-MM-DD-HHMMSS` in it.
fn taken(name: &str) -> Option<NaiveDateTime> {
    const LEN: usize = "YYYY-MM-DD-HHMMSS".len();
    (0..name.len().saturating_sub(LEN - 1))
        .rev()
        .filter_map(|i| name.get(i..i + LEN))
        .find_map(|s| NaiveDateTime::parse_from_str(s, "%Y-%m-%d-%H%M%S").ok())
}

/// On opening `file` at `now`: unless a backup of it was taken today (or
/// later, by the clock), takes one named `…-daily.db`, then removes the
/// daily ones that [`rotation`] no longer keeps. Other backups — by hand,
/// before a restore — are never removed.
pub fn daily_backup(file: &Path, now: NaiveDateTime) -> Result<Option<Daily>> {
    let prefix = format!("{}-", stem(file));
    let mine: Vec<BackupFile> = list_backups(&backups_dir(file))?
        .into_iter()
        .filter(|b| b.path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&prefix)))
        .collect();
    if mine.iter().filter_map(|b| b.taken).any(|t| t.date() >= now.date()) {
        return Ok(None);
    }
    let path = backup_name(file, now, DAILY);
    Store::open(file, OpenMode::Existing, Clock::Fixed(now), "daily backup")?.backup_to(&path)?;
    let daily: Vec<(PathBuf, NaiveDateTime)> = mine
        .into_iter()
        .filter(|b| b.path.file_stem().is_some_and(|n| n.to_string_lossy().ends_with(DAILY)))
        .filter_map(|b| Some((b.path, b.taken?)))
        .chain([(path.clone(), now)])
        .collect();
    let times: Vec<NaiveDateTime> = daily.iter().map(|(_, t)| *t).collect();
    let remove = rotation::to_remove(&times);
    for &i in &remove {
        let old = &daily[i].0;
        fs::remove_file(old).map_err(|e| StoreError::Io(old.clone(), e))?;
    }
    Ok(Some(Daily { path, removed: remove.len() }))
}

/// What `check` found, check by check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    pub checks: Vec<Check>,
}

/// One check by name, with what is wrong (nothing when right).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub problems: Vec<String>,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.checks.iter().all(|c| c.problems.is_empty())
    }
}

/// Where the backups of the client file `file` go: `backups/` beside it.
pub fn backups_dir(file: &Path) -> PathBuf {
    file.parent().unwrap_or(Path::new(".")).join("backups")
}

/// What the backups of `file` keep of a client erased now, in words: the
/// erase cannot reach them.
pub fn backups_keep(file: &Path) -> Result<String> {
    let dir = backups_dir(file);
    let n = list_backups(&dir)?.len();
    Ok(crate::tr!("backups-keep", n = n, dir = dir.display().to_string()))
}

/// The backups in `dir`, newest first.
pub fn list_backups(dir: &Path) -> Result<Vec<BackupFile>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::Io(dir.into(), e)),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::Io(dir.into(), e))?;
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "db") {
            continue;
        }
        let meta = entry.metadata().map_err(|e| StoreError::Io(path.clone(), e))?;
        let taken = path.file_stem().and_then(|n| taken(&n.to_string_lossy()));
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        out.push(BackupFile { path, bytes: meta.len(), modified, taken });
    }
    out.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| b.path.cmp(&a.path)));
    Ok(out)
}

/// Checks that `path` is a whole Kartoteka file: its header, and SQLite's
/// quick check (every page, record and constraint; not that each index
/// matches its table, which `check` does — ten times as long on a 100,000-client
/// file). Opened read-only, so nothing is written beside it.
pub fn verify(path: &Path) -> Result<()> {
    let (_, _, encrypted) = open_existing(path)?;
    let conn = open_read_only(path, encrypted)?;
    let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    if check != "ok" {
        return Err(StoreError::Damaged(path.into(), check));
    }
    Ok(())
}

/// A read-only connection to `path`, keyed when it is `encrypted`.
fn open_read_only(path: &Path, encrypted: bool) -> Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    if encrypted {
        super::cipher::key(&conn, path)?;
    }
    Ok(conn)
}

/// `dest` with `.part` added: the name a backup has until it is checked.
fn part_name(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(".part");
    PathBuf::from(name)
}

impl Store {
    /// Writes a consistent copy of the file to `dest`, which must not exist.
    pub fn backup_to(&self, dest: &Path) -> Result<Duration> {
        let started = std::time::Instant::now();
        if dest.exists() {
            return Err(StoreError::BackupExists(dest.into()));
        }
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
            // A new backups directory is its owner's only, like the files in it.
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder.create(dir).map_err(|e| StoreError::Io(dir.into(), e))?;
        }
        let part = part_name(dest);
        let _ = fs::remove_file(&part);
        let result = self.write_copy(&part).and_then(|()| verify(&part));
        if let Err(e) = result {
            let _ = fs::remove_file(&part);
            return Err(e);
        }
        fs::rename(&part, dest).map_err(|e| StoreError::Io(dest.into(), e))?;
        Ok(started.elapsed())
    }

    /// Copies every page into a new empty file made readable by its owner
    /// only (SQLite keeps the mode of a file it is given), in one step of
    /// SQLite's backup API: one read transaction, so one moment of the file
    /// however many write meanwhile. The copy is left in rollback mode, one
    /// file with nothing beside it.
    fn write_copy(&self, part: &Path) -> Result<()> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        drop(options.open(part).map_err(|e| StoreError::Io(part.into(), e))?);
        let mut copy =
            Connection::open_with_flags(part, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        // The copy of an encrypted file is encrypted with the same key:
        // SQLCipher copies pages between files of one encryption only.
        if self.encrypted {
            super::cipher::key(&copy, part)?;
        }
        {
            let backup = rusqlite::backup::Backup::new(self.conn(), &mut copy)?;
            step_all(&backup)?;
        }
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        drop(copy);
        fs::File::open(part).and_then(|f| f.sync_all()).map_err(|e| StoreError::Io(part.into(), e))
    }

    /// Replaces everything in the file with the backup at `source`, checked
    /// first; one step of SQLite's backup API, so readers see the old file
    /// or the new one, never a mixture.
    pub fn restore_from(&mut self, source: &Path) -> Result<()> {
        verify(source)?;
        let from = open_read_only(source, super::cipher::AVAILABLE && super::cipher::looks_encrypted(source))?;
        {
            let backup = rusqlite::backup::Backup::new(&from, &mut self.conn)?;
            step_all(&backup)?;
        }
        // A backup of an older version is brought up to this one.
        super::schema::migrations().to_latest(&mut self.conn)?;
        // The journal's triggers are made again, for the file as restored,
        // before the next write.
        self.session.clear();
        super::journal::uninstall(&self.conn)?;
        self.recording = false;
        Ok(())
    }

    /// SQLite's integrity and foreign-key checks, and the file's own rules:
    /// each client in the column its last move put it in, its result there
    /// when in *Result*, and its search keys as its names, phones and
    /// e-mails make them.
    pub fn check(&self) -> Result<CheckReport> {
        self.read(|s| {
            let conn = s.conn();
            let mut checks = Vec::new();
            let integrity: Vec<String> = strings(conn, "PRAGMA integrity_check")?;
            checks.push(Check { name: "integrity", problems: integrity.into_iter().filter(|l| l != "ok").collect() });
            let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
            let fk: Vec<String> = stmt
                .query_map([], |r| {
                    let (table, row, parent): (String, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
                    Ok(format!("{table} row {row} refers to a missing {parent} row"))
                })?
                .collect::<rusqlite::Result<_>>()?;
            checks.push(Check { name: "foreign keys", problems: fk });
            let columns = strings(
                conn,
                "SELECT 'client ' || c.id || ' is in ' || c.column_name || ' but its last move was to ' || m.to_column
                 FROM clients c JOIN moves m ON m.id = (SELECT id FROM moves WHERE client_id = c.id ORDER BY at DESC, id DESC LIMIT 1)
                 WHERE m.to_column <> c.column_name",
            )?;
            checks.push(Check { name: "one column each", problems: columns });
            let mut stale = Vec::new();
            let mut stmt = conn.prepare("SELECT id, sort_key, search_key, email_key, phone_key FROM clients")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                let kept = (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
                if search_keys::compute(conn, id)? != kept {
                    stale.push(format!("client {id}: search keys out of date"));
                }
            }
            checks.push(Check { name: "search keys", problems: stale });
            Ok(CheckReport { checks })
        })
    }
}

/// Every page in one step (-1); busy or locked, it waits and tries again.
fn step_all(backup: &rusqlite::backup::Backup) -> Result<()> {
    while backup.step(-1)? != rusqlite::backup::StepResult::Done {
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(())
}

fn strings(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
