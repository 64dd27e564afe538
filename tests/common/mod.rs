//! Runs the real `kartoteka` binary on a client file in a temporary directory,
//! at a fixed moment and as a fixed user.
#![allow(dead_code)]
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const NOW: &str = "2026-11-23 10:00";

pub struct Office {
    pub dir: tempfile::TempDir,
    pub file: PathBuf,
}

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Office {
    /// A temporary directory with no client file in it yet.
    pub fn empty() -> Office {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("clients.db");
        Office { dir, file }
    }

    /// A temporary directory with an initialised client file.
    pub fn new() -> Office {
        let office = Office::empty();
        office.ok(&["init"]);
        office
    }

    pub fn command(&self) -> Command {
        let mut cmd = self.command_without_file();
        cmd.arg("--file").arg(&self.file);
        cmd
    }

    /// The binary with the test's environment but no `--file`.
    pub fn command_without_file(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kartoteka"));
        cmd.env_remove("KARTOTEKA_FILE")
            .env("KARTOTEKA_USER", "Ana Popescu")
            .env("KARTOTEKA_NOW", NOW)
            // English whatever the machine's locale, unless a test says otherwise.
            .env("KARTOTEKA_LANG", "en")
            .env("KARTOTEKA_CONFIG", self.dir.path().join("no-config.toml"))
            .env("TMPDIR", self.dir.path());
        cmd
    }

    /// Runs with a limit on the size of every file written (`ulimit -f`,
    /// in blocks of 512 bytes), as on a nearly full disk.
    #[cfg(unix)]
    pub fn run_limited(&self, blocks: u64, args: &[&str]) -> Run {
        let script = format!("ulimit -f {blocks} && exec \"$0\" \"$@\"");
        self.run_through(&["sh", "-c", &script], args)
    }

    /// Runs as a user who is not root and does not own the file, so that
    /// file modes apply: `nobody` through `setpriv` when the tests run as
    /// root, else the tests' own user.
    #[cfg(unix)]
    pub fn run_as_other_user(&self, args: &[&str]) -> Run {
        self.run_through(&other_user(), args)
    }

    /// Runs the binary through `prefix` (a program that then runs it), with
    /// the same arguments and environment as [`Office::run`].
    pub fn run_through(&self, prefix: &[&str], args: &[&str]) -> Run {
        let mut real = self.command();
        real.args(args);
        let Some((program, before)) = prefix.split_first() else {
            return collect(real.output().expect("run kartoteka"));
        };
        let mut cmd = Command::new(program);
        cmd.args(before).arg(real.get_program()).args(real.get_args());
        for (key, value) in real.get_envs() {
            match value {
                Some(v) => cmd.env(key, v),
                None => cmd.env_remove(key),
            };
        }
        collect(cmd.output().expect("run kartoteka through another program"))
    }

    pub fn run(&self, args: &[&str]) -> Run {
        collect(self.command().args(args).output().expect("run kartoteka"))
    }

    /// Runs and insists on success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(r.code, 0, "kartoteka {args:?} failed: {}", r.stderr);
        r.stdout
    }

    /// Runs and insists on failure with `code`; returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let r = self.run(args);
        assert_eq!(r.code, code, "kartoteka {args:?}: stdout {} stderr {}", r.stdout, r.stderr);
        r.stderr
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        serde_json::from_str(&self.ok(&with_json)).expect("valid JSON")
    }

    /// Adds a client and returns its id.
    pub fn add_client(&self, args: &[&str]) -> String {
        let mut all = vec!["add", "client"];
        all.extend_from_slice(args);
        self.ok(&all).trim().to_string()
    }

    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.file).expect("read client file")
    }
}

/// The exit code and the text a finished run printed.
pub fn collect(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The names of `list --json` output, in order.
pub fn names(list: &serde_json::Value) -> Vec<String> {
    list.as_array().expect("array").iter().map(|c| c["name"].as_str().expect("name").to_string()).collect()
}

/// How many times any of `needles` is in `path`, as bytes; 0 when missing.
pub fn hits(path: &Path, needles: &[&str]) -> usize {
    let bytes = std::fs::read(path).unwrap_or_default();
    needles.iter().map(|n| bytes.windows(n.len()).filter(|w| *w == n.as_bytes()).count()).sum()
}

/// The files beside `path` that SQLite would leave (`-wal`, `-shm`, `-journal`).
pub fn sidecars(path: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", path.display())))
        .filter(|p| p.exists())
        .collect()
}

/// What runs a program as a user other than root: `setpriv` to `nobody`
/// when the tests run as root (root ignores file modes), nothing otherwise.
#[cfg(unix)]
pub fn other_user() -> Vec<&'static str> {
    let id = Command::new("id").arg("-u").output().expect("id -u");
    if String::from_utf8_lossy(&id.stdout).trim() == "0" {
        vec!["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    } else {
        Vec::new()
    }
}
