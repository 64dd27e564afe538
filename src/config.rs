//! The user's configuration file: embedded defaults, patched by a TOML file
//! under the configuration directory. Unknown keys are an error, not ignored.

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Who is working, when neither `--user` nor `KARTOTEKA_USER` says.
    pub user: Option<String>,
    /// The agenda's intervals in days (`[agenda]`: interested, follow_up_1…3,
    /// cadence, cause_found, resolved, process_fixed).
    #[serde(default)]
    pub agenda: crate::domain::agenda::Rules,
    /// What a call's outcome sets in the call queue (`[calls]`).
    #[serde(default)]
    pub calls: crate::domain::queue::CallRules,
    /// Backups the interface takes itself (`[backup]`).
    #[serde(default)]
    pub backup: BackupRules,
    /// A file whose first line is the passphrase of an encrypted client
    /// file (built with the `encryption` feature); without it the
    /// passphrase is asked in the terminal.
    pub key_file: Option<PathBuf>,
    /// The language (`en`, `ru`, `ro`, `es`) when `--lang` does not say;
    /// without it, the system's locale.
    pub lang: Option<crate::i18n::Lang>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupRules {
    /// A backup on opening the interface when none was taken today; the
    /// last 7 daily and 4 weekly of them are kept.
    pub daily: bool,
}

impl Default for BackupRules {
    fn default() -> Self {
        BackupRules { daily: true }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}", crate::tr!("config-unread", path = .0.display().to_string(), error = .1.to_string()))]
    Read(PathBuf, std::io::Error),
    #[error("{}", crate::tr!("config-error", path = .0.display().to_string(), error = .1.as_str()))]
    Parse(PathBuf, String),
}

/// Where the configuration file lives: `KARTOTEKA_CONFIG`, else the
/// platform's configuration directory.
pub fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KARTOTEKA_CONFIG") {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "kartoteka").map(|d| d.config_dir().join("config.toml"))
}

/// Where the keys file lives: beside the configuration file.
pub fn keys_path() -> Option<PathBuf> {
    config_path().map(|p| p.with_file_name("keys.toml"))
}

/// Where the holidays file lives: beside the configuration file.
pub fn holidays_path() -> Option<PathBuf> {
    config_path().map(|p| p.with_file_name("holidays.toml"))
}

/// Reads the holidays greeted (`holidays.toml`); a missing file means the
/// defaults, New Year and 8 March.
pub fn load_holidays(path: Option<&Path>) -> Result<Vec<crate::domain::greetings::Holiday>, ConfigError> {
    use crate::domain::greetings::{defaults, parse};
    read_or(path, defaults, parse)
}

/// Reads the configuration; a missing file means the defaults.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    read_or(path, Config::default, |text| toml::from_str(text).map_err(|e| e.to_string()))
}

/// Reads and parses a file of the user's; a missing file (or no place for
/// one) means `default`. A mistake is one line naming the file.
fn read_or<T>(
    path: Option<&Path>,
    default: impl FnOnce() -> T,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, ConfigError> {
    let Some(path) = path else { return Ok(default()) };
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text).map_err(|e| ConfigError::Parse(path.into(), one_line(&e))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(default()),
        Err(e) => Err(ConfigError::Read(path.into(), e)),
    }
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The operating system's name for the person at the keyboard.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
        .unwrap_or_else(|| "unknown".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "user = \"Ana\"\ncolour = \"red\"\n").unwrap();
        let err = load(Some(&path)).unwrap_err().to_string();
        assert!(err.contains("unknown field `colour`"), "{err}");
        std::fs::write(&path, "user = \"Ana\"\n").unwrap();
        assert_eq!(load(Some(&path)).unwrap().user.as_deref(), Some("Ana"));
    }
}
