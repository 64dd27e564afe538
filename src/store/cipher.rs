//! Encryption at rest, with the `encryption` feature: SQLCipher in place
//! of SQLite. The process has one passphrase, set before its files are
//! opened; every connection to an encrypted file is keyed as it opens,
//! after SQLCipher's own log is silenced, so that a wrong passphrase is one
//! clear message and no library noise on the screen. Without the feature
//! an encrypted file is what it looks like: not a client file.

use std::io::Read;
use std::path::Path;
#[cfg(feature = "encryption")]
use std::sync::RwLock;

use rusqlite::Connection;

use super::{Result, StoreError};

/// Whether this build reads and writes encrypted files.
pub const AVAILABLE: bool = cfg!(feature = "encryption");

#[cfg(feature = "encryption")]
static PASSPHRASE: RwLock<Option<String>> = RwLock::new(None);

/// The passphrase of the encrypted files this process opens.
#[cfg(feature = "encryption")]
pub fn set_passphrase(passphrase: &str) {
    if let Ok(mut p) = PASSPHRASE.write() {
        *p = Some(passphrase.to_string());
    }
}

/// Whether `path` may be an encrypted client file: whole pages whose
/// first bytes are not SQLite's plain header (an encrypted file begins
/// with its random salt). Random bytes of the same length look the same;
/// only the passphrase tells them apart.
pub fn looks_encrypted(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else { return false };
    if !meta.is_file() || meta.len() < 1024 || meta.len() % 512 != 0 {
        return false;
    }
    let mut head = [0u8; 16];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && &head != super::SQLITE_MAGIC
}

/// Keys `conn`, just opened on the encrypted file `path` (or on an empty
/// file, which the key makes encrypted), and proves the key by reading the
/// schema.
pub(super) fn key(conn: &Connection, path: &Path) -> Result<()> {
    #[cfg(feature = "encryption")]
    {
        // Before the key: SQLCipher logs a failed key to stderr otherwise.
        conn.pragma_update(None, "cipher_log_level", "NONE")?;
        let passphrase = PASSPHRASE.read().ok().and_then(|p| p.clone());
        let Some(passphrase) = passphrase else {
            return Err(StoreError::Locked(path.into()));
        };
        conn.pragma_update(None, "key", passphrase)?;
        match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)) {
            Ok(_) => Ok(()),
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                Err(StoreError::WrongPassphrase(path.into()))
            }
            Err(e) => Err(e.into()),
        }
    }
    #[cfg(not(feature = "encryption"))]
    {
        let _ = conn;
        Err(StoreError::NotSqlite(path.into()))
    }
}

#[cfg(feature = "encryption")]
impl super::Store {
    /// Writes every table of the file into the new file `dest`, encrypted
    /// with `passphrase`, or plain when it is empty: `encrypt` and
    /// `decrypt` write the converted file beside the old one this way, then
    /// put it in its place.
    pub fn convert_to(&self, dest: &Path, passphrase: &str) -> Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        drop(options.open(dest).map_err(|e| StoreError::Io(dest.into(), e))?);
        let conn = self.conn();
        let name = dest.to_string_lossy();
        conn.execute("ATTACH DATABASE ?1 AS converted KEY ?2", rusqlite::params![name, passphrase])?;
        let version = self.schema_version()?;
        let converted = (|| -> Result<()> {
            conn.query_row("SELECT sqlcipher_export('converted')", [], |_| Ok(()))?;
            conn.pragma_update(Some("converted"), "user_version", version)?;
            conn.pragma_update(Some("converted"), "application_id", super::schema::APPLICATION_ID)?;
            Ok(())
        })();
        conn.execute("DETACH DATABASE converted", [])?;
        if converted.is_err() {
            let _ = std::fs::remove_file(dest);
        }
        converted
    }
}
