//! The write-ahead log copied back into the file on a thread of its own,
//! for the interface. SQLite does it in the commit that grows the log past
//! 1,000 pages: on the 100k file one moved card in a hundred waited 0.23 s
//! for it, where a commit otherwise takes under a millisecond. Copied after
//! each commit instead, the copy's flush to disk held up the next commit's
//! (moved cards back to back: p99 93 ms); so it waits for a pause in the
//! work.

use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rusqlite::Connection;

/// The pause in the work after which the log is copied: a second without
/// a commit.
const PAUSE: Duration = Duration::from_secs(1);

/// How long commits may follow each other without such a pause before the
/// log is copied all the same, so that it cannot grow without end.
const AT_MOST: Duration = Duration::from_secs(30);

/// The thread that copies the log after commits of another connection.
pub(super) struct Checkpoints {
    wake: Option<SyncSender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Checkpoints {
    /// Starts copying on `conn`, a connection of its own to the file.
    pub(super) fn start(conn: Connection) -> std::io::Result<Checkpoints> {
        // One wake-up waiting is enough: it copies every commit before it.
        let (wake, woken) = sync_channel(1);
        let thread = std::thread::Builder::new().name("checkpoints".into()).spawn(move || copy(&conn, &woken))?;
        Ok(Checkpoints { wake: Some(wake), thread: Some(thread) })
    }

    /// Tells the thread that a commit was made.
    pub(super) fn committed(&self) {
        if let Some(wake) = &self.wake {
            let _ = wake.try_send(());
        }
    }
}

impl Drop for Checkpoints {
    fn drop(&mut self) {
        self.wake = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Copies the log into the file after each pause in the commits, without
/// waiting for readers or writers (`PASSIVE`: what a reader still uses is
/// copied the next time), until the connection that wakes it is closed.
fn copy(conn: &Connection, woken: &Receiver<()>) {
    while woken.recv().is_ok() {
        let latest = Instant::now() + AT_MOST;
        loop {
            match woken.recv_timeout(PAUSE.min(latest.saturating_duration_since(Instant::now()))) {
                Ok(()) if Instant::now() < latest => continue,
                Ok(()) | Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        // A failed copy is left to the next one, or to SQLite when the
        // file is closed: the commits are safe in the log either way.
        let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use crate::domain::model::NewClient;
    use crate::store::demo_in_file;

    /// The file's size before and after 20 clients with long notes were
    /// added, waiting up to five seconds for the thread, when copying `apart`.
    fn size_after_commits(apart: bool) -> (u64, u64) {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = demo_in_file(dir.path(), 20, 1);
        store.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
        if apart {
            store.checkpoint_apart().unwrap();
            let every: i64 = store.conn.pragma_query_value(None, "wal_autocheckpoint", |r| r.get(0)).unwrap();
            assert_eq!(every, 0, "the commits still copy the log themselves");
        }
        let file = dir.path().join("k.db");
        let size = || std::fs::metadata(&file).unwrap().len();
        let before = size();
        for i in 0..20 {
            let notes = Some(format!("{i} ").repeat(8_000));
            store.add_client(&NewClient { name: format!("Client {i}"), notes, ..Default::default() }).unwrap();
        }
        // A commit that copies the log does it before it returns.
        let waited = Instant::now();
        while apart && size() == before && waited.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(20));
        }
        (before, size())
    }

    #[test]
    fn the_log_is_copied_into_the_file_by_the_thread_not_the_commits() {
        // A few hundred pages: under the 1,000 at which a commit copies them itself.
        let (before, after) = size_after_commits(false);
        assert_eq!(after, before, "the commits copied the log");
        let (before, after) = size_after_commits(true);
        assert!(after > before + 300_000, "the thread did not copy the log: {before} → {after}");
    }
}
