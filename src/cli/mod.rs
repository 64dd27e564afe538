//! The subcommands: each opens the client file, does one thing in one
//! transaction, and prints a table or `--json`.

mod add;
mod agenda;
pub mod args;
mod backup;
mod cipher;
mod complaints;
mod demo;
mod duplicates;
mod export;
pub(crate) mod greetings;
pub mod help;
mod import;
mod journal;
mod list;
mod report;
pub(crate) mod selections;
mod show;
mod table;
mod work;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches};

use crate::config;
use crate::domain::clock::Clock;
use crate::domain::dates::parse_datetime;
use crate::i18n::{self, Lang};
use crate::store::{OpenMode, Store};
use args::{Cli, Command};

/// Runs the program; the exit code is 0 on success, 1 on bad input or an
/// unusable file, 2 on a usage error (from clap).
pub fn main() -> ExitCode {
    crate::signals::survive_file_size_limit();
    // The help and clap's own words in the language, which is known before
    // the arguments are read.
    i18n::set(help::early_language());
    let cli = match help::localized(Cli::command()).try_get_matches().and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(e) => help::exit_with(e),
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // The top error only: each layer's message already says what went wrong.
            eprintln!("{}", crate::tr!("cli-error", error = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// Where the client file is and who is working.
pub struct Session {
    pub path: PathBuf,
    /// The platform's default file, created on first use; a chosen path never is.
    pub is_default: bool,
    pub clock: Clock,
    pub user: String,
    pub config: config::Config,
}

impl Session {
    fn from_cli(cli: &Cli) -> anyhow::Result<Session> {
        let clock = match &cli.now {
            Some(t) => Clock::Fixed(parse_datetime("--now", t)?),
            None => Clock::System,
        };
        let (path, is_default) = match &cli.file {
            Some(p) => (p.clone(), false),
            None => (default_path()?, true),
        };
        // The language was chosen before the arguments were read
        // (`help::early_language`); a mistake in --lang is named here, one in
        // the configuration's `lang` by `config::load`.
        if let Some(lang) = &cli.lang {
            lang.parse::<Lang>()?;
        }
        // Read even when --user is given, so a mistake in it is never silently ignored.
        let config = config::load(config::config_path().as_deref())?;
        let user = match cli.user.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            Some(u) => u.to_string(),
            None => config.user.clone().unwrap_or_else(config::os_user),
        };
        // An encrypted file needs its passphrase before anything opens it.
        #[cfg(feature = "encryption")]
        if crate::store::cipher::looks_encrypted(&path) {
            crate::store::cipher::set_passphrase(&cipher::passphrase(&config, &path, false)?);
        }
        Ok(Session { path, is_default, clock, user, config })
    }

    /// The keys of the interface: the defaults, patched by `keys.toml`
    /// beside the configuration file.
    /// What the interface reads from the files beside the configuration:
    /// the keys and the holidays. A mistake in either is reported first.
    pub fn interface(&self) -> anyhow::Result<crate::tui::Setup> {
        Ok(crate::tui::Setup {
            keymap: crate::tui::keys_file::load(config::keys_path().as_deref())?,
            config: self.config.clone(),
            holidays: config::load_holidays(config::holidays_path().as_deref())?,
        })
    }

    /// Opens the client file; the default one is created on first use.
    pub fn open(&self) -> anyhow::Result<Store> {
        let mode = if self.is_default && !self.path.exists() { OpenMode::Create } else { OpenMode::Existing };
        Ok(Store::open(&self.path, mode, self.clock, &self.user)?)
    }
}

fn default_path() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "kartoteka").context(i18n::t("cli-no-data-dir"))?;
    Ok(dirs.data_dir().join("kartoteka.db"))
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let session = Session::from_cli(&cli)?;
    match cli.command {
        None => {
            let setup = session.interface()?;
            crate::tui::run(session.open()?, setup)
        }
        Some(Command::Init) => {
            Store::open(&session.path, OpenMode::Create, session.clock, &session.user)?;
            emit(&format!("{}\n", crate::tr!("cli-created", path = session.path.display().to_string())))
        }
        Some(Command::Demo(a)) => demo::run(&cli.file, &session, &a),
        Some(Command::Add(a)) => add::run(&mut session.open()?, a),
        Some(Command::List(a)) => list::run(&session.open()?, &a),
        Some(Command::Show(a)) => show::run(&session.open()?, &a),
        Some(Command::History(a)) => show::history(&session.open()?, &a),
        Some(Command::Journal(a)) => journal::list(&session.open()?, &a),
        Some(Command::Undo(a)) => journal::undo(&mut session.open()?, &a),
        Some(Command::Delete(a)) => journal::delete(&mut session.open()?, &a),
        Some(Command::Erase(a)) => work::erase(&session, &a),
        Some(Command::Log(a)) => work::log(&mut session.open()?, &a),
        Some(Command::Advance(a)) => work::advance(&mut session.open()?, &a),
        Some(Command::Result(a)) => work::result(&mut session.open()?, &a),
        Some(Command::Handover(a)) => work::handover(&mut session.open()?, &a),
        Some(Command::Report(a)) => report::run(&session.open()?, &a),
        Some(Command::Categories(a)) => work::categories(&mut session.open()?, &a),
        Some(Command::Import(a)) => import::run(&mut session.open()?, &a),
        Some(Command::Export(a)) => export::run(&session.open()?, &a),
        Some(Command::Duplicates(a)) => duplicates::list(&session.open()?, &a),
        Some(Command::Merge(a)) => duplicates::merge(&mut session.open()?, &a),
        Some(Command::Agenda(a)) => agenda::run(&session.open()?, &session.config, &a),
        Some(Command::Complaint(a)) => complaints::run(&mut session.open()?, a),
        Some(Command::Satisfaction(a)) => complaints::satisfaction(&mut session.open()?, &a),
        Some(Command::Selection(a)) => selections::run(&mut session.open()?, a),
        Some(Command::Mailing(a)) => selections::mailing(&mut session.open()?, &a),
        Some(Command::Greetings(a)) => greetings::list(&session.open()?, &a),
        Some(Command::Greet(a)) => greetings::greet(&mut session.open()?, &a),
        Some(Command::Backup(a)) => backup::backup(&session, &a),
        Some(Command::Backups(a)) => backup::backups(&session, &a),
        Some(Command::Restore(a)) => backup::restore(&session, &a),
        Some(Command::Encrypt) => cipher::convert(&session, true),
        Some(Command::Decrypt) => cipher::convert(&session, false),
        Some(Command::Check(a)) => backup::check(&session.open()?, &a),
    }
}

/// Prints `value` as pretty JSON on stdout.
fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    emit(&format!("{}\n", serde_json::to_string_pretty(value)?))
}

/// Writes `text` to stdout. A reader that closed the pipe (`| head`) has all
/// it wanted: that is not an error, and never a panic as `println!` gives.
fn emit(text: &str) -> anyhow::Result<()> {
    emit_pieces(&[text])
}

/// Writes `pieces` to stdout one after the other, as [`emit`] writes a text.
fn emit_pieces(pieces: &[impl AsRef<str>]) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let written = pieces.iter().try_for_each(|p| out.write_all(p.as_ref().as_bytes())).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
