//! `kartoteka demo`: a throwaway file full of realistic clients.

use std::path::PathBuf;

use crate::store::{OpenMode, Store};

use super::Session;
use super::args::DemoArgs;

/// Writes the demo file — never the default client file — and opens the
/// interface on it unless `--no-tui`.
pub fn run(chosen: &Option<PathBuf>, session: &Session, a: &DemoArgs) -> anyhow::Result<()> {
    // A mistake in the keys or holidays file is reported before the demo is written.
    let mut setup = if a.no_tui { None } else { Some(session.interface()?) };
    // A throwaway file is not worth a backup beside it.
    if let Some(setup) = &mut setup {
        setup.config.backup.daily = false;
    }
    let path = match chosen {
        Some(p) => p.clone(),
        None => temporary_path(session),
    };
    let mut store = Store::open(&path, OpenMode::Create, session.clock, &session.user)?;
    let summary = match crate::demo::generate(&mut store, a.clients, a.seed, session.clock.today()) {
        Ok(summary) => summary,
        Err(e) => {
            // The file is ours and half-written: leave nothing behind.
            drop(store);
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
            }
            return Err(e.into());
        }
    };
    eprintln!(
        "{}",
        crate::tr!(
            "demo-written",
            path = path.display().to_string(),
            clients = summary.clients,
            persons = summary.persons,
            contacts = summary.contacts,
            orders = summary.orders
        )
    );
    match setup {
        Some(setup) => crate::tui::run(store, setup),
        None => Ok(()),
    }
}

fn temporary_path(session: &Session) -> PathBuf {
    let stamp = session.clock.now().format("%Y%m%d-%H%M%S");
    std::env::temp_dir().join(format!("kartoteka-demo-{stamp}-{}.db", std::process::id()))
}
