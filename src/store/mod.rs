//! The only place with SQL: opening the client file safely, migrations, and
//! one module per table family returning domain types.

mod agenda;
mod backup;
mod batch;
mod board;
mod bulk;
mod categories;
mod channels;
mod checkpoints;
pub mod cipher;
mod clients;
mod complaints;
mod contacts;
mod dossier;
mod duplicates;
mod edit;
mod export;
mod fresh;
mod greetings;
mod import;
mod journal;
pub(crate) mod names;
mod orders;
mod packed;
mod persons;
mod sales;
pub mod schema;
mod search_keys;
mod selections;
mod staff;

use std::fs::{self, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::domain::ValidationError;
use crate::domain::clock::Clock;
use crate::domain::model::ClientId;
use crate::tr;

pub use backup::{
    BackupFile, CheckReport, Daily, backup_name, backups_dir, backups_keep, daily_backup, list_backups, verify,
};
pub use batch::Batch;
pub use bulk::{Bulk, Load};
pub use categories::CategoryChange;
pub use clients::RowText;
pub use contacts::AfterCall;
pub use edit::Holdings;
pub use greetings::GreetingQuery;
pub use import::{ImportCounts, OrderCounts, Progress};
pub use journal::{Step, Undone, describe};
pub use selections::Saved;

/// Why the client file could not be used. Each message is one line that a
/// secretary can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", tr!("store-no-file", path = shown(.0)))]
    NoFile(PathBuf),
    #[error("{}", tr!("store-already-exists", path = shown(.0)))]
    AlreadyExists(PathBuf),
    #[error("{}", tr!("store-is-directory", path = shown(.0)))]
    IsDirectory(PathBuf),
    #[error("{}", tr!("store-empty", path = shown(.0)))]
    Empty(PathBuf),
    #[error("{}", tr!("store-not-sqlite", path = shown(.0)))]
    NotSqlite(PathBuf),
    #[error("{}", tr!("store-locked", path = shown(.0)))]
    Locked(PathBuf),
    #[error("{}", tr!("store-wrong-passphrase", path = shown(.0)))]
    WrongPassphrase(PathBuf),
    #[error("{}", tr!("store-foreign", path = shown(.0)))]
    Foreign(PathBuf),
    #[error("{}", tr!("store-newer", path = shown(.path), found = .found.to_string(), supported = .supported.to_string()))]
    Newer { path: PathBuf, found: i32, supported: i32 },
    #[error("{}", tr!("store-io", path = shown(.0), error = .1.to_string()))]
    Io(PathBuf, std::io::Error),
    #[error("{}", tr!("store-backup-exists", path = shown(.0)))]
    BackupExists(PathBuf),
    #[error("{}", tr!("store-damaged", path = shown(.0), why = .1.as_str()))]
    Damaged(PathBuf, String),
    #[error("{}", tr!("store-unwritten", why = .0.as_str()))]
    Unwritten(String),
    #[error("{}", tr!("store-read-only", why = .0.as_str()))]
    ReadOnly(String),
    #[error("{}", tr!("store-read-only-old", path = shown(.0), version = .1.to_string()))]
    ReadOnlyOld(PathBuf, i32),
    #[error("{}", tr!("store-migration", error = .0.to_string()))]
    Migration(#[from] rusqlite_migration::Error),
    #[error("{}", tr!("store-sqlite", error = .0.to_string()))]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    #[error("{}", tr!("store-changed-since", what = .0.as_str()))]
    ChangedSince(String),
    #[error("{}", tr!("store-no-step", step = .0.to_string()))]
    NoStep(i64),
    #[error("{}", tr!("store-already-undone", what = .0.as_str(), step = .1.to_string()))]
    AlreadyUndone(String, i64),
    #[error("{}", match .later {
        Some(later) => tr!("store-undo-blocked-by", step = .step.as_str(), why = .why.as_str(), later = later.as_str()),
        None => tr!("store-undo-blocked", step = .step.as_str(), why = .why.as_str()),
    })]
    UndoBlocked { step: String, why: String, later: Option<String> },
    #[error("{}", tr!("store-ambiguous", field = .field.as_str(), query = .query.as_str(), count = *.count, list = .list.as_str()))]
    Ambiguous { field: String, query: String, count: usize, list: String },
}

/// A path as the messages show it.
fn shown(p: &std::path::Path) -> String {
    p.display().to_string()
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How to treat a path that does not hold a file yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The file must exist and be a Kartoteka file.
    Existing,
    /// The file must not exist; it is created empty.
    Create,
}

/// An open client file.
pub struct Store {
    /// The thread that copies the write-ahead log into the file after this
    /// connection's commits, when it has one ([`Store::checkpoint_apart`]).
    /// Before `conn`, so that it stops before the connection closes.
    checkpoints: Option<checkpoints::Checkpoints>,
    conn: Connection,
    clock: Clock,
    user: String,
    /// Where the file is; none in memory.
    path: Option<PathBuf>,
    /// Whether writes are recorded in the journal (not for a bulk load).
    journal: bool,
    /// Whether this connection has the journal's triggers. They are made
    /// before its first write, not when the file is opened: `show` spent
    /// half its 14 ms making them, and most commands only read.
    recording: bool,
    /// The steps this session wrote, oldest first, for `undo`.
    session: Vec<i64>,
    /// Why every write is refused, when the file or its folder may not be
    /// written.
    read_only: Option<String>,
    /// Whether the file is encrypted (and so its backups).
    encrypted: bool,
}

/// Up to this many clients are read one by one (a query each); more are
/// read table by table and picked out, which is faster past about this.
const ONE_BY_ONE: usize = 1_000;

/// From this many clients (by the largest id), a command that reads every
/// client reads them in two halves at once ([`Store::in_halves`]).
const HALVES_FROM: ClientId = 20_000;

/// How long a connection waits for another's lock on the file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What every write knows: when it happens and who makes it.
pub struct WriteCtx {
    pub now: NaiveDateTime,
    pub user: String,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

impl Store {
    /// Opens (or, with [`OpenMode::Create`], creates) the client file at `path`.
    /// A file that is not a Kartoteka file is refused before SQLite writes
    /// anything to it.
    pub fn open(path: &Path, mode: OpenMode, clock: Clock, user: &str) -> Result<Store> {
        let (conn, read_only, encrypted) = match mode {
            OpenMode::Existing => open_existing(path)?,
            OpenMode::Create => (create_new(path)?, None, false),
        };
        if read_only.is_some() {
            let found: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            if found < schema::latest_version() {
                return Err(StoreError::ReadOnlyOld(path.into(), found));
            }
        }
        let mut store = Store::configure(conn, clock, user, read_only.is_none())?;
        store.path = Some(path.to_path_buf());
        store.read_only = read_only;
        store.encrypted = encrypted;
        Ok(store)
    }

    /// A client file in memory, for tests.
    pub fn open_in_memory(clock: Clock, user: &str) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        Store::configure(conn, clock, user, true)
    }

    /// Sets up a connection; `writable` ones are switched to WAL and brought
    /// up to the latest schema.
    fn configure(mut conn: Connection, clock: Clock, user: &str, writable: bool) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        if writable {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // Deleted rows and the space a page split leaves behind are zeroed,
        // not left readable in the file: an erase must leave no trace, also
        // of the copies the journal and page splits made before it.
        conn.pragma_update(None, "secure_delete", true)?;
        // Deferred transactions that read and then write fail with SQLITE_BUSY
        // under concurrency despite the timeout; immediate ones wait their turn.
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        // An import runs some thirty statements per row: rusqlite's default
        // cache of 16 parsed them again each time (a 100,000-row import
        // spent a tenth of its time in SQLite's parser).
        conn.set_prepared_statement_cache_capacity(64);
        register_functions(&conn)?;
        if writable {
            schema::migrations().to_latest(&mut conn)?;
        }
        Ok(Store {
            checkpoints: None,
            conn,
            clock,
            user: user.to_string(),
            path: None,
            journal: writable,
            recording: false,
            session: Vec::new(),
            read_only: None,
            encrypted: false,
        })
    }

    /// Why the file is open read-only, if it is.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    /// The file this store reads, if not in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The largest client id: about how many clients the file holds, at once.
    pub(crate) fn top_id(&self) -> Result<ClientId> {
        Ok(self.conn().query_row("SELECT coalesce(max(id), 0) FROM clients", [], |r| r.get(0))?)
    }

    /// `work` on both halves of what a command reads whole, `0` and `1`, on
    /// two connections to the file at once, a core each, as one moment of
    /// the file ([`Store::read_apart`]; `list иванов` looks at every
    /// client's keys, SQLite reading pages most of the time). The second
    /// open costs a millisecond: for large reads only.
    pub(crate) fn in_halves<T: Send>(&self, work: impl Fn(&Store, usize) -> Result<T> + Sync) -> Result<(T, T)> {
        self.read_apart(|s| work(s, 0), |s| work(s, 1), |_, first, second| Ok((first, second)))
    }

    /// A second connection to the file, to read on another core; none inside
    /// a read transaction (what it reads must be read in it), for a file in
    /// memory, or when it cannot be opened (an encrypted file's passphrase).
    fn second_reader(&self) -> Option<Store> {
        self.second_opener().and_then(|open| open())
    }

    /// What opens `second_reader` on the thread that reads on it (half a
    /// millisecond, there while this connection reads).
    fn second_opener(&self) -> Option<impl FnOnce() -> Option<Store> + Send + use<>> {
        let path = self.path().filter(|_| self.conn().is_autocommit())?.to_path_buf();
        let (clock, user) = (self.clock, self.user.clone());
        Some(move || Store::open(&path, OpenMode::Existing, clock, &user).ok())
    }

    /// `here`'s reads on this connection and `there`'s on a second at once,
    /// a core each, then `join` of the two in `here`'s read transaction, as
    /// if all of it were one read of one moment of the file: when another
    /// program wrote to the file between the moments the two reads began
    /// (SQLite's `data_version` tells), everything is read again together.
    /// Where there is no second connection (see `second_opener`), it is one
    /// read.
    pub(crate) fn read_apart<A, B: Send, T>(
        &self,
        here: impl Fn(&Store) -> Result<A>,
        there: impl Fn(&Store) -> Result<B> + Sync,
        join: impl Fn(&Store, A, B) -> Result<T>,
    ) -> Result<T> {
        let together = || self.read(|s| join(s, here(s)?, there(s)?));
        let Some(open) = self.second_opener() else { return together() };
        let version =
            |s: &Store| -> Result<i64> { Ok(s.conn().pragma_query_value(None, "data_version", |r| r.get(0))?) };
        let apart = self.read(|s| {
            // The read of this connection begins here, before the other's.
            let began = version(s)?;
            let there = &there;
            let (a, b) = std::thread::scope(|scope| {
                let b = std::thread::Builder::new()
                    .name("second-reader".into())
                    .spawn_scoped(scope, move || open().map(|other| other.read(there)));
                let a = here(s);
                (a, b.map(|b| b.join()))
            });
            let b = match b {
                Ok(Ok(Some(b))) => b?,
                _ => there(s)?,
            };
            Ok((began, join(s, a?, b)?))
        });
        let (began, joined) = apart?;
        // Outside the read, `data_version` sees every write committed since.
        if version(self)? == began { Ok(joined) } else { together() }
    }

    /// Runs the reads of `f` in one read transaction: they see one moment
    /// of the file, and many small reads take the file's lock once.
    /// Inside a transaction already, `f` runs in it.
    pub fn read<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        if !self.conn().is_autocommit() {
            return f(self);
        }
        self.conn().execute_batch("BEGIN DEFERRED")?;
        let result = f(self);
        self.conn().execute_batch("COMMIT")?;
        result
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: all of it is written or
    /// none. It is one step of the journal, "change".
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction, &WriteCtx) -> Result<T>) -> Result<T> {
        self.write_as("change", None, |tx, ctx, _| f(tx, ctx))
    }

    /// Runs `f` as one transaction and one step of the journal, named `what`
    /// and made to `client`; `f` is given the step's number.
    pub(crate) fn write_as<T>(
        &mut self,
        what: &str,
        client: Option<ClientId>,
        f: impl FnOnce(&Transaction, &WriteCtx, i64) -> Result<T>,
    ) -> Result<T> {
        self.write_step(true, what, |tx, ctx, step| Ok((client, f(tx, ctx, step)?)))
    }

    /// Runs a write that changes one client, the one `f` returns, as one
    /// step named `what`.
    pub(crate) fn write_client<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&Transaction, &WriteCtx) -> Result<(ClientId, T)>,
    ) -> Result<T> {
        self.write_step(true, what, |tx, ctx, _| f(tx, ctx).map(|(id, out)| (Some(id), out)))
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction that is written when
    /// `commit`, and otherwise rolled back: a dry run does all the work and
    /// keeps none of it. The write is one step of the journal, named `what`
    /// and made to the client `f` returns.
    pub(crate) fn write_step<T>(
        &mut self,
        commit: bool,
        what: &str,
        f: impl FnOnce(&Transaction, &WriteCtx, i64) -> Result<(Option<ClientId>, T)>,
    ) -> Result<T> {
        if let Some(why) = &self.read_only {
            return Err(StoreError::ReadOnly(why.clone()));
        }
        let ctx = WriteCtx { now: self.clock.now(), user: self.user.clone() };
        let journal = self.journal;
        if journal && !self.recording {
            journal::install(&self.conn)?;
            self.recording = true;
        }
        let run = || {
            let tx = self.conn.transaction()?;
            let step = if journal { journal::open_step(&tx, &ctx, what)? } else { 0 };
            let (client, out) = f(&tx, &ctx, step)?;
            let kept = journal && journal::close_step(&tx, step, client)?;
            if commit {
                tx.commit()?;
            } else {
                tx.rollback()?;
            }
            Ok((out, kept.then_some(step)))
        };
        let (out, step) = run().map_err(unwritten)?;
        if commit {
            self.session.extend(step);
            if let Some(checkpoints) = &self.checkpoints {
                checkpoints.committed();
            }
        }
        Ok(out)
    }

    /// From now on the write-ahead log is copied back into the file after
    /// this connection's commits by a thread of its own, on a connection of
    /// its own, after a pause in the work, instead of in the commit that
    /// grows it past 1,000 pages (a commit made just as a copy begins can
    /// still wait for its flush to disk). Nothing changes for a
    /// file in memory or read-only, or when a second connection cannot be
    /// opened (an encrypted file's passphrase).
    pub fn checkpoint_apart(&mut self) -> Result<()> {
        if self.checkpoints.is_some() || self.read_only.is_some() {
            return Ok(());
        }
        let (Some(path), Some(Store { conn, .. })) = (self.path.clone(), self.second_reader()) else { return Ok(()) };
        let checkpoints = checkpoints::Checkpoints::start(conn).map_err(|e| StoreError::Io(path, e))?;
        self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        self.checkpoints = Some(checkpoints);
        Ok(())
    }

    /// Runs `f`, a write of many rows, with temporary data in memory. Each
    /// journaled statement keeps its own undo journal, in a temporary file
    /// past 64 KiB: that file took an import of 100,000 rows from 5 s to
    /// 15 s (7 s of it in the kernel). Not for every connection: sorting the
    /// interface's list in memory raised its peak by some 30 MB (medians of
    /// 145 and 177 MB on the 100k file, in runs that vary by 40 MB).
    /// Changing where temporary data goes drops the journal's triggers, so
    /// they are made again before the next write.
    pub(crate) fn with_temp_in_memory<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.with_temp_in_memory_if(true, f)
    }

    /// [`Store::with_temp_in_memory`] when `large`, else `f` as it is.
    pub(crate) fn with_temp_in_memory_if<T>(
        &mut self,
        large: bool,
        f: impl FnOnce(&mut Store) -> Result<T>,
    ) -> Result<T> {
        if !large {
            return f(self);
        }
        let switch = |s: &mut Store, to: &str| -> Result<()> {
            s.conn.pragma_update(None, "temp_store", to)?;
            s.recording = false;
            Ok(())
        };
        switch(self, "MEMORY")?;
        let out = f(self);
        switch(self, "DEFAULT")?;
        out
    }

    /// Runs `f`, a write of many rows, with SQLite's rollback journal
    /// instead of its write-ahead log when the file holds no clients yet:
    /// the new pages are written once, into the file, instead of into the
    /// log and then copied into it (importing 100,000 rows into a new
    /// file: 2.77–3.08 → 2.46–2.64 s beside the binary before). The rollback
    /// journal keeps what the pages held before, so a failed or interrupted
    /// write leaves the file as it was, as the log would, and a commit is
    /// as safe on disk. Only when no other connection has the file open:
    /// else it asks once, is refused, and `f` writes through the log.
    pub(crate) fn with_rollback_journal_if_empty<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        if self.path.is_none() || !self.conn.is_autocommit() || self.client_count()? > 0 {
            return f(self);
        }
        self.conn.busy_timeout(Duration::ZERO)?;
        let mode = |s: &Store, to: &str| {
            s.conn.pragma_update_and_check(None, "journal_mode", to, |r| r.get::<_, String>(0)).ok()
        };
        let switched = mode(self, "DELETE").is_some_and(|now| now.eq_ignore_ascii_case("delete"));
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        let out = f(self);
        if switched {
            // Refused only if another program opened the file meanwhile: the
            // next connection to open it switches it back (`configure`).
            mode(self, "WAL");
        }
        out
    }

    /// Runs `f`, a write of many rows, with a page cache that holds them
    /// until the commit: a smaller one wrote them to the WAL before it and
    /// read them back (a tenth of an import of 100,000 rows).
    pub(crate) fn with_large_cache<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let cache: i64 = self.conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        self.conn.pragma_update(None, "cache_size", -bulk::LOAD_CACHE_KIB)?;
        let out = f(self);
        self.conn.pragma_update(None, "cache_size", cache)?;
        out
    }

    /// Stops recording writes in the journal, for a bulk load into a new
    /// file (a demo), where a second copy of every row would only cost time.
    pub fn without_journal(&mut self) -> Result<()> {
        journal::uninstall(&self.conn)?;
        self.journal = false;
        self.recording = false;
        Ok(())
    }

    /// The connection, for reads.
    fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i32> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// A write the disk refused (full, a file-size limit, a failing disk) said
/// as such: the transaction is rolled back, so nothing of it is in the file.
fn unwritten(e: StoreError) -> StoreError {
    use rusqlite::ErrorCode::{DiskFull, SystemIoFailure};
    match e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, message))
            if matches!(f.code, DiskFull | SystemIoFailure) =>
        {
            StoreError::Unwritten(message.unwrap_or_else(|| f.to_string()))
        }
        e => e,
    }
}

/// Checks the file's header by hand, then opens it without the right to
/// create; read-only, with the reason, when the file or its folder may not
/// be written. An encrypted file is keyed, and its header checked once
/// it can be read. Says whether it is encrypted.
fn open_existing(path: &Path) -> Result<(Connection, Option<String>, bool)> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::NoFile(path.into()));
        }
        Err(e) => return Err(StoreError::Io(path.into(), e)),
    };
    if meta.is_dir() {
        return Err(StoreError::IsDirectory(path.into()));
    }
    if meta.len() == 0 {
        return Err(StoreError::Empty(path.into()));
    }
    let mut header = [0u8; 100];
    let mut file = fs::File::open(path).map_err(|e| StoreError::Io(path.into(), e))?;
    let read = read_up_to(&mut file, &mut header).map_err(|e| StoreError::Io(path.into(), e))?;
    let encrypted = cipher::AVAILABLE && cipher::looks_encrypted(path);
    if !encrypted {
        if read < header.len() || &header[..16] != SQLITE_MAGIC {
            return Err(StoreError::NotSqlite(path.into()));
        }
        // The application id sits at offset 68, big-endian. Kartoteka writes it
        // before switching to WAL, so it is always in the main file.
        let app_id = i32::from_be_bytes([header[68], header[69], header[70], header[71]]);
        if app_id != schema::APPLICATION_ID {
            return Err(StoreError::Foreign(path.into()));
        }
        if let Some(short) = truncated(path, &header, meta.len()) {
            return Err(StoreError::Damaged(path.into(), short));
        }
    }
    let read_only = unwritable(path);
    let conn = match &read_only {
        None => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?,
        Some(_) => open_read_only(path)?,
    };
    if encrypted {
        cipher::key(&conn, path)?;
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        if app_id != schema::APPLICATION_ID {
            return Err(StoreError::Foreign(path.into()));
        }
    }
    let found: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > schema::latest_version() {
        return Err(StoreError::Newer { path: path.into(), found, supported: schema::latest_version() });
    }
    Ok((conn, read_only, encrypted))
}

/// Why `path` cannot be written, if it cannot: the file itself, or its
/// folder, where SQLite keeps the log and shared memory beside it. The
/// folder is tried by making and removing an empty file in it.
fn unwritable(path: &Path) -> Option<String> {
    let said = |what: String, e: std::io::Error| match e.kind() {
        std::io::ErrorKind::PermissionDenied => format!("no permission to write {what}"),
        _ => format!("{what}: {e}"),
    };
    if let Err(e) = OpenOptions::new().write(true).open(path) {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        return Some(said(name, e));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let probe = dir.join(format!(".kartoteka-probe-{}", std::process::id()));
    match OpenOptions::new().write(true).create_new(true).open(&probe) {
        Ok(_) => {
            let _ = fs::remove_file(&probe);
            None
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
        Err(e) => Some(said(format!("in the folder {}", dir.display()), e)),
    }
}

/// Opens a file that may not be written. Without a log beside it nobody
/// is writing it, and SQLite is told the file will not change, so that it
/// needs no shared memory (which it could not make) and leaves nothing
/// beside it; with a log, it reads through the log like any reader.
fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let log = PathBuf::from(format!("{}-wal", path.display()));
    if log.exists() {
        return Ok(Connection::open_with_flags(path, flags)?);
    }
    let uri = format!("file:{}?immutable=1", uri_path(path));
    Ok(Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)?)
}

/// `path` written for a `file:` URI: `%`, `?` and `#` escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    out
}

/// Why a file is shorter than its header says, if it is. The header's page
/// count is trusted only when SQLite marked it valid (offsets 24 and 92
/// agree), and not while a write-ahead log is beside the file: a checkpoint
/// cut short leaves the file short, and SQLite mends it from the log.
fn truncated(path: &Path, header: &[u8; 100], len: u64) -> Option<String> {
    let be = |at: usize| u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(be(28));
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    let log_beside = fs::metadata(wal).is_ok_and(|m| m.len() > 0);
    let expected = pages * page_size;
    (be(24) == be(92) && pages > 0 && len < expected && !log_beside)
        .then(|| format!("truncated: {len} of {expected} bytes"))
}

fn read_up_to(file: &mut fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut total = 0;
    while total < buf.len() {
        match file.read(&mut buf[total..])? {
            0 => break,
            n => total += n,
        }
    }
    Ok(total)
}

/// Creates a new, empty client file readable by its owner only.
fn create_new(path: &Path) -> Result<Connection> {
    if path.exists() {
        return Err(StoreError::AlreadyExists(path.into()));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|e| StoreError::Io(dir.into(), e))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| StoreError::Io(path.into(), e))?;
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    // Written while still in rollback mode, so it lands in the main file's header.
    conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
    Ok(conn)
}

/// Reads an optional text column as `Option<String>`, treating blanks as none.
fn blank_to_none(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// `kfold(text)`: the Rust folding of [`crate::domain::fold::fold`], so that
/// SQL can compare folded text (SQLite's own `lower()` folds ASCII only).
fn register_functions(conn: &Connection) -> Result<()> {
    use rusqlite::functions::FunctionFlags;
    use rusqlite::types::ValueRef;
    use std::hash::Hasher;
    conn.create_scalar_function("kfold", 1, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
        let text: Option<String> = ctx.get(0)?;
        Ok(text.map(|t| crate::domain::fold::fold(&t)))
    })?;
    // `kdigest(text)`: 64-bit FNV-1a as hex, how the journal remembers a
    // row it added (a change detector, not a secret: no crate needed).
    conn.create_scalar_function(
        "kdigest",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text: Option<String> = ctx.get(0)?;
            Ok(text.map(|t| {
                let mut hash = Fnv::default();
                hash.write(t.as_bytes());
                format!("{:016x}", hash.0)
            }))
        },
    )?;
    // `kdigest_values(…)`: a hash of the values themselves, each with its
    // kind and length, eight bytes at a time: an added row's digest
    // without a JSON text made first.
    conn.create_scalar_function(
        "kdigest_values",
        -1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let mut hash = Words::default();
            for i in 0..ctx.len() {
                match ctx.get_raw(i) {
                    ValueRef::Null => hash.write_u64(0),
                    ValueRef::Integer(n) => {
                        hash.write_u64(1);
                        hash.write_u64(u64::from_le_bytes(n.to_le_bytes()));
                    }
                    ValueRef::Real(x) => {
                        hash.write_u64(2);
                        hash.write_u64(x.to_bits());
                    }
                    ValueRef::Text(t) => {
                        hash.write_u64(3);
                        hash.write_u64(t.len() as u64);
                        hash.write(t);
                    }
                    ValueRef::Blob(b) => {
                        hash.write_u64(4);
                        hash.write_u64(b.len() as u64);
                        hash.write(b);
                    }
                }
            }
            Ok(format!("{:016x}", hash.finish()))
        },
    )?;
    Ok(())
}

/// 64-bit FNV-1a, a byte at a time: the digest of an added row's JSON
/// image, as the journal recorded it before `kdigest_values`.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A 64-bit hash eight bytes at a time (the rotate, xor and multiply of
/// rustc's FxHash): each step is one-to-one in the state and in the word,
/// so two inputs that differ in one word always differ. The digest of an
/// added row, and the hasher of maps of keys no one chooses to collide
/// (an import's names and phones).
#[derive(Default)]
pub(crate) struct Words(u64);

impl std::hash::Hasher for Words {
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in words.by_ref() {
            self.write_u64(u64::from_le_bytes(w.try_into().unwrap_or_default()));
        }
        let rest = words.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.write_u64(u64::from_le_bytes(last));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map hashed with [`Words`].
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Words>>;

/// A file in memory holding a demo of `clients` clients made on
/// 23 November 2026 with `seed`, and that day: for the store's tests.
#[cfg(test)]
pub(crate) fn demo_in_memory(clients: usize, seed: u64) -> (Store, chrono::NaiveDate) {
    demo_at(clients, seed, |clock| Store::open_in_memory(clock, "test"))
}

/// `demo_in_memory` in a file in `dir`: for the tests of what is read on
/// two connections at once.
#[cfg(test)]
pub(crate) fn demo_in_file(dir: &Path, clients: usize, seed: u64) -> (Store, chrono::NaiveDate) {
    demo_at(clients, seed, |clock| Store::open(&dir.join("k.db"), OpenMode::Create, clock, "test"))
}

#[cfg(test)]
fn demo_at(clients: usize, seed: u64, open: impl FnOnce(Clock) -> Result<Store>) -> (Store, chrono::NaiveDate) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let at = today.and_hms_opt(9, 0, 0).unwrap_or_default();
    let mut store = open(Clock::Fixed(at)).expect("a new file");
    crate::demo::generate(&mut store, clients, seed, today).expect("the demo");
    (store, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_inside_a_read_runs_in_it() {
        let (store, _) = demo_in_memory(20, 1);
        let (keys, rows) = store.read(|s| Ok((s.search_keys()?, s.rows_with_keys()?))).unwrap();
        assert_eq!(keys.len(), 20);
        assert_eq!(rows.0.len(), 20);
        assert!(store.conn.is_autocommit(), "the outer read ended its transaction");
    }

    #[test]
    fn halves_are_read_apart_only_outside_a_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("k.db"), OpenMode::Create, Clock::System, "test").unwrap();
        let here = |s: &Store| {
            let at = std::ptr::from_ref(s) as usize;
            s.in_halves(|h, _| Ok(std::ptr::from_ref(h) as usize == at)).unwrap()
        };
        assert_eq!(here(&store), (true, false), "the second half on a connection of its own");
        assert_eq!(store.read(|s| Ok(here(s))).unwrap(), (true, true), "both in the read, on its connection");
        let (memory, _) = demo_in_memory(5, 1);
        assert_eq!(here(&memory), (true, true), "a file in memory has one connection");
    }

    #[test]
    fn reads_apart_see_one_moment_or_are_read_again_together() {
        use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let store = Store::open(&path, OpenMode::Create, Clock::System, "test").unwrap();
        let staff =
            |s: &Store| -> Result<i64> { Ok(s.conn().query_row("SELECT count(*) FROM staff", [], |r| r.get(0))?) };
        let (counted, written, reads) = (AtomicBool::new(false), AtomicBool::new(false), AtomicUsize::new(0));
        let here = |s: &Store| {
            let n = staff(s);
            counted.store(true, SeqCst);
            n
        };
        // Another program adds a salesperson once this read has counted and
        // before the second reader counts.
        let there = |s: &Store| {
            reads.fetch_add(1, SeqCst);
            while !counted.load(SeqCst) {
                std::thread::yield_now();
            }
            if !written.swap(true, SeqCst) {
                let other = Store::open(&path, OpenMode::Existing, Clock::System, "other").unwrap();
                other
                    .conn()
                    .execute("INSERT INTO staff (name, key, created_at) VALUES ('Ana', 'ana', '2026-01-01')", [])
                    .unwrap();
            }
            staff(s)
        };
        let read = store.read_apart(here, there, |_, a, b| Ok((a, b))).unwrap();
        assert_eq!(read, (1, 1), "both read again after the write");
        assert_eq!(reads.load(SeqCst), 2, "read apart, then together");
        // Nothing written meanwhile: read apart once.
        let read = store.read_apart(here, there, |_, a, b| Ok((a, b))).unwrap();
        assert_eq!((read, reads.load(SeqCst)), ((1, 1), 3));
    }

    /// What README's "How it is kept safe" claims of every connection.
    #[test]
    fn every_connection_is_set_up_for_safety() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("k.db"), OpenMode::Create, Clock::System, "test").unwrap();
        let pragma = |name: &str| -> i64 { store.conn.pragma_query_value(None, name, |r| r.get(0)).unwrap() };
        assert_eq!(pragma("synchronous"), 2, "FULL");
        assert_eq!(pragma("foreign_keys"), 1);
        assert_eq!(pragma("busy_timeout"), 10_000);
        let mode: String = store.conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        // A person of a client that does not exist is refused by the foreign key.
        let orphan = store.conn.execute(
            "INSERT INTO persons (client_id, name, created_at) VALUES (999, 'Nobody', '2026-01-01 00:00:00')",
            [],
        );
        assert!(orphan.is_err());
    }
}
