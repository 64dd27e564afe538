//! `kartoteka encrypt` and `decrypt`, and where a passphrase comes from:
//! the key file the configuration names, or the terminal.

#[cfg(feature = "encryption")]
use std::path::{Path, PathBuf};

use super::Session;

/// Writes the file encrypted (`encrypt`) or plain beside itself, checks
/// the copy, and puts it in the file's place. Refused while another
/// program has the file open: its writes would go to the old file.
#[cfg(feature = "encryption")]
pub fn convert(session: &Session, encrypt: bool) -> anyhow::Result<()> {
    use crate::store::cipher;
    let path = &session.path;
    let encrypted = cipher::looks_encrypted(path);
    match (encrypt, encrypted) {
        (true, true) => anyhow::bail!(crate::tr!("cipher-already", path = path.display().to_string())),
        (false, false) => anyhow::bail!(crate::tr!("cipher-not-encrypted", path = path.display().to_string())),
        _ => {}
    }
    let passphrase = if encrypt { passphrase(&session.config, path, true)? } else { String::new() };
    let converted = beside(path, if encrypt { ".encrypting" } else { ".decrypting" });
    let _ = std::fs::remove_file(&converted);
    let store = session.open()?;
    store.convert_to(&converted, &passphrase)?;
    drop(store);
    // The last connection to close removes the log; a log still there is
    // another program's.
    if beside(path, "-wal").exists() {
        let _ = std::fs::remove_file(&converted);
        anyhow::bail!(crate::tr!("cipher-open-elsewhere", path = path.display().to_string()));
    }
    if encrypt {
        cipher::set_passphrase(&passphrase);
    }
    if let Err(e) = crate::store::verify(&converted) {
        let _ = std::fs::remove_file(&converted);
        return Err(e.into());
    }
    std::fs::rename(&converted, path)?;
    let backups = crate::store::backups_dir(path);
    let said = if encrypt {
        let before = match crate::store::list_backups(&backups)?.len() {
            0 => String::new(),
            n => crate::tr!("cipher-old-backups", n = n, dir = backups.display().to_string()),
        };
        format!("{}{before}\n", crate::tr!("cipher-encrypted", path = path.display().to_string()))
    } else {
        format!("{}\n", crate::tr!("cipher-decrypted", path = path.display().to_string()))
    };
    super::emit(&said)
}

#[cfg(not(feature = "encryption"))]
pub fn convert(_: &Session, _: bool) -> anyhow::Result<()> {
    anyhow::bail!(crate::i18n::t("cipher-not-built"))
}

/// `path` with `suffix` added to its name.
#[cfg(feature = "encryption")]
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The passphrase of `path`: the first line of the configuration's key
/// file, or asked in the terminal — twice when it is `new`.
#[cfg(feature = "encryption")]
pub fn passphrase(config: &crate::config::Config, path: &Path, new: bool) -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if let Some(file) = &config.key_file {
        let text = std::fs::read_to_string(file).map_err(|e| {
            anyhow::anyhow!(crate::tr!(
                "cipher-key-file-unread",
                path = file.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let line = text.lines().next().unwrap_or_default().to_string();
        if line.is_empty() {
            anyhow::bail!(crate::tr!("cipher-key-file-empty", path = file.display().to_string()));
        }
        return Ok(line);
    }
    if !std::io::stdin().is_terminal() {
        return Err(crate::store::StoreError::Locked(path.into()).into());
    }
    let asked =
        rpassword::prompt_password(format!("{} ", crate::tr!("cipher-ask", path = path.display().to_string())))?;
    if asked.is_empty() {
        anyhow::bail!(crate::i18n::t("cipher-empty"));
    }
    if new && rpassword::prompt_password(format!("{} ", crate::i18n::t("cipher-ask-again")))? != asked {
        anyhow::bail!(crate::i18n::t("cipher-differ"));
    }
    Ok(asked)
}
