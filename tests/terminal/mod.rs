//! The real binary in a pseudo-terminal, its screen kept by a terminal
//! emulator: shared by the tests that drive it as a person would and the
//! benchmark that weighs it (`benches/memory.rs` includes this file).

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, PtySize, native_pty_system};

pub struct Terminal {
    pub parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    pub keys: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
}

impl Terminal {
    /// Runs `cmd` in a new pseudo-terminal of `rows` × `cols`.
    pub fn spawn(cmd: CommandBuilder, rows: u16, cols: u16) -> Result<Terminal, String> {
        let failed = |e: &dyn std::fmt::Display| format!("pseudo-terminal: {e}");
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .map_err(|e| failed(&e))?;
        let child = pair.slave.spawn_command(cmd).map_err(|e| failed(&e))?;
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().map_err(|e| failed(&e))?;
        let (sender, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || sender.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let keys = pair.master.take_writer().map_err(|e| failed(&e))?;
        let size = |n: u16| NonZeroU16::new(n).ok_or_else(|| "a terminal of no size".to_string());
        Ok(Terminal { parser: vt100::Parser::new(size(rows)?, size(cols)?, 0), output, keys, child })
    }

    /// Takes in what the program wrote so far.
    fn take_in(&mut self) {
        while let Ok(bytes) = self.output.try_recv() {
            self.parser.process(&bytes);
        }
    }

    /// Waits up to `limit` for the screen's text to satisfy `done`.
    pub fn wait_until(&mut self, limit: Duration, done: impl Fn(&str) -> bool) -> bool {
        let start = Instant::now();
        loop {
            self.take_in();
            if done(&self.contents()) {
                return true;
            }
            if start.elapsed() > limit {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn contents(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits up to `limit` for the program to end; then takes in its last output.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<ExitStatus> {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                std::thread::sleep(Duration::from_millis(20));
                self.take_in();
                return Some(status);
            }
            if start.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}
