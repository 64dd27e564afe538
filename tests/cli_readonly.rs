//! A client file that may not be written — the file itself, or the folder
//! where SQLite keeps its log — opens read-only: reads work, every write is
//! refused with one line, and nothing is changed or left beside it.
//! Run as a user other than root, since root ignores file modes.

#![cfg(unix)]
#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::{Office, sidecars};

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_file_that_may_not_be_written_is_read_and_never_changed() {
    let office = Office::new();
    office.add_client(&["--name", "Ștefănescu SRL", "--city", "Iași"]);
    let dir = office.dir.path();
    // (file mode, folder mode, what the refusal names)
    let cases = [
        (0o644, 0o755, "no permission to write clients.db"),
        (0o666, 0o755, "no permission to write in the folder"),
        (0o644, 0o777, "no permission to write clients.db"),
    ];
    for (file_mode, dir_mode, reason) in cases {
        chmod(&office.file, file_mode);
        chmod(dir, dir_mode);
        let before = office.bytes();
        let list = office.run_as_other_user(&["list"]);
        assert_eq!(list.code, 0, "{file_mode:o}/{dir_mode:o}: {}", list.stderr);
        assert!(list.stdout.contains("Ștefănescu SRL"), "{}", list.stdout);
        for args in [&["add", "client", "--name", "Nou"][..], &["log", "1", "--kind", "call_out", "--summary", "x"]] {
            let run = office.run_as_other_user(args);
            assert_eq!(run.code, 1, "{args:?} {file_mode:o}/{dir_mode:o}: {}", run.stdout);
            assert_eq!(run.stderr.trim().lines().count(), 1, "{}", run.stderr);
            assert!(run.stderr.contains("the client file is read-only ("), "{}", run.stderr);
            assert!(run.stderr.contains(reason) && run.stderr.contains("nothing was changed"), "{}", run.stderr);
        }
        assert_eq!(office.bytes(), before, "{file_mode:o}/{dir_mode:o}: the file changed");
        assert!(sidecars(&office.file).is_empty(), "{:?}", sidecars(&office.file));
        let left: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["clients.db"], "nothing else is left in the folder");
    }
    // Given the right back, the same user writes again.
    chmod(&office.file, 0o666);
    chmod(dir, 0o777);
    let run = office.run_as_other_user(&["add", "client", "--name", "Nou"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
