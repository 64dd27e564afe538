//! The signals Kartoteka answers itself. A file-size limit (`ulimit -f`)
//! sends SIGXFSZ, which would kill the process mid-write: caught, the write
//! fails with an error SQLite reports and rolls back. SIGTERM and SIGHUP (a
//! shutdown, a closed terminal window) ask the interface to end the way `q`
//! does, so that the terminal is given back.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Turns SIGXFSZ from a kill into an error of the write that caused it.
pub fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        // Nothing reads the flag: catching the signal is the point.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, Arc::new(AtomicBool::new(false)));
    }
}

/// Whether SIGTERM or SIGHUP has arrived since [`EndRequest::listen`].
#[derive(Clone, Default)]
pub struct EndRequest(Arc<AtomicBool>);

impl EndRequest {
    /// Starts listening for SIGTERM and SIGHUP; they no longer kill the process.
    pub fn listen() -> std::io::Result<EndRequest> {
        let end = EndRequest::default();
        #[cfg(unix)]
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            signal_hook::flag::register(signal, Arc::clone(&end.0))?;
        }
        Ok(end)
    }

    pub fn requested(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}
