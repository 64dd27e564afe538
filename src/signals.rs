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

    /// Ends the process with `last` if it has not ended `grace` after the
    /// request. When the terminal is gone (SIGHUP on a closed window),
    /// crossterm's reader can spin on the end of its input and never hand
    /// back to the event loop; this makes sure the process ends anyway.
    pub fn watchdog(&self, grace: std::time::Duration, last: impl FnOnce() + Send + 'static) -> std::io::Result<()> {
        let end = self.clone();
        std::thread::Builder::new().name("end watchdog".into()).spawn(move || {
            while !end.requested() {
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            std::thread::sleep(grace);
            last();
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_watchdog_ends_what_an_end_request_did_not() {
        let end = EndRequest::default();
        let (sender, ended) = std::sync::mpsc::channel();
        end.watchdog(Duration::from_millis(50), move || sender.send(()).unwrap()).unwrap();
        assert!(ended.recv_timeout(Duration::from_millis(300)).is_err(), "nothing asked it to end");
        end.0.store(true, Ordering::Relaxed);
        assert!(ended.recv_timeout(Duration::from_secs(2)).is_ok(), "it did not end");
    }
}
