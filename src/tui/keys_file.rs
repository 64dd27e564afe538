//! The keys file: `keys.toml` beside `config.toml` patches the default key
//! table. A section per context, a line per key:
//!
//! ```toml
//! [main]
//! x = "move_right"      # x now moves right too
//! d = "none"            # d no longer deletes
//! "ctrl-d" = "delete_client"
//! ```
//!
//! An unknown section, key or action, or a key bound twice in one section,
//! is reported with the file and the line, and the interface does not start.

use std::collections::BTreeMap;
use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toml::Spanned;

use super::action::Action;
use super::keymap::{Binding, Context, DEFAULTS, Key, Keymap, key_label, normalise};
use crate::tr;

/// Written for an action to take a default key away.
const UNBIND: &str = "none";

#[derive(Debug, thiserror::Error)]
#[error("{file} line {line}: {message}")]
pub struct KeysError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// The keymap of `path`: the defaults when there is no such file.
pub fn load(path: Option<&Path>) -> anyhow::Result<Keymap> {
    let Some(path) = path else { return Ok(Keymap::default()) };
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(patch(&text, &path.display().to_string())?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::default()),
        Err(e) => Err(anyhow::anyhow!(tr!("keys-unread", path = path.display().to_string(), error = e.to_string()))),
    }
}

type Sections = BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<String>>>;

/// The defaults patched by the keys file `text`, named `file` in errors.
pub fn patch(text: &str, file: &str) -> Result<Keymap, KeysError> {
    let line_of = |start: usize| text.get(..start).map_or(1, |t| t.matches('\n').count() + 1);
    let fail = |start: usize, message: String| KeysError { file: file.to_string(), line: line_of(start), message };
    let sections: Sections = toml::from_str(text).map_err(|e| {
        let start = e.span().map_or(0, |s| s.start);
        fail(start, e.message().trim().to_string())
    })?;
    let mut bindings = DEFAULTS.to_vec();
    for (section, entries) in &sections {
        let context = Context::ALL.into_iter().find(|c| c.id() == section.get_ref()).ok_or_else(|| {
            fail(section.span().start, tr!("keys-unknown-section", section = section.get_ref().as_str()))
        })?;
        // In the order of the file, so that a key written twice names the later line.
        let mut entries: Vec<_> = entries.iter().collect();
        entries.sort_by_key(|(k, _)| k.span().start);
        let mut seen: Vec<(Key, usize)> = Vec::new();
        for (key_text, action_text) in entries {
            let key = parse_key(key_text.get_ref()).ok_or_else(|| {
                fail(key_text.span().start, tr!("keys-unknown-key", key = key_text.get_ref().as_str()))
            })?;
            if let Some((_, line)) = seen.iter().find(|(k, _)| *k == key) {
                let message = tr!("keys-twice", key = key_label(key), section = context.id(), line = line.to_string());
                return Err(fail(key_text.span().start, message));
            }
            seen.push((key, line_of(key_text.span().start)));
            let action = match action_text.get_ref().as_str() {
                UNBIND => None,
                name => Some(Action::from_name(name).ok_or_else(|| {
                    fail(action_text.span().start, tr!("keys-unknown-action", action = name, key = key_label(key)))
                })?),
            };
            bindings.retain(|b| !(b.context == context && b.key == key));
            if let Some(action) = action {
                bindings.push(Binding { context, key, action, hint: false });
            }
        }
    }
    keep_hints(&mut bindings);
    Ok(Keymap { bindings })
}

/// An action whose hinted default key was taken away keeps its place in
/// the footer under the key it has now.
fn keep_hints(bindings: &mut [Binding]) {
    for hinted in DEFAULTS.iter().filter(|b| b.hint) {
        let same = |b: &Binding| b.context == hinted.context && b.action == hinted.action;
        if !bindings.iter().any(|b| same(b) && b.hint)
            && let Some(b) = bindings.iter_mut().find(|b| same(b))
        {
            b.hint = true;
        }
    }
}

/// A key as written in the file: `x`, `X`, `ctrl-d`, `alt-x`, `enter`,
/// `shift-tab`, `f2`, `space`, `pgdn`.
pub fn parse_key(text: &str) -> Option<Key> {
    let mut rest = text;
    let mut modifiers = KeyModifiers::NONE;
    loop {
        let lower = rest.to_lowercase();
        let prefix = [("ctrl-", KeyModifiers::CONTROL), ("alt-", KeyModifiers::ALT), ("shift-", KeyModifiers::SHIFT)]
            .into_iter()
            .find(|(p, _)| lower.starts_with(p) && rest.len() > p.len());
        match prefix {
            Some((p, m)) => {
                modifiers |= m;
                rest = &rest[p.len()..];
            }
            None => break,
        }
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::Char(c.to_uppercase().next()?),
        (Some(c), None) => KeyCode::Char(c),
        _ => match rest.to_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "insert" | "ins" => KeyCode::Insert,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            f => KeyCode::F(f.strip_prefix('f')?.parse().ok().filter(|n| (1..=12).contains(n))?),
        },
    };
    Some(normalise(KeyEvent::new(code, modifiers)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn keys_are_written_as_people_name_them() {
        let k = |t: &str| parse_key(t).map(key_label);
        assert_eq!(k("x").as_deref(), Some("x"));
        assert_eq!(k("shift-x").as_deref(), Some("X"));
        assert_eq!(k("ctrl-D").as_deref(), Some("Ctrl-d"));
        assert_eq!(k("shift-tab").as_deref(), Some("Shift-Tab"));
        assert_eq!(k("pgdn").as_deref(), Some("PgDn"));
        assert_eq!(k("f2").as_deref(), Some("F2"));
        assert_eq!(k("-").as_deref(), Some("-"));
        assert_eq!(k("ctrl--").as_deref(), Some("Ctrl--"));
        assert_eq!(k("f13"), None);
        assert_eq!(k("hyper-x"), None);
    }

    #[test]
    fn the_file_patches_the_defaults() {
        let keymap =
            patch("[main]\nx = \"move_right\"\nd = \"none\"\n\n[list]\n\"ctrl-n\" = \"add_client\"\n", "keys.toml")
                .unwrap();
        let press = |context, c: char, m| keymap.resolve(context, key(KeyCode::Char(c), m));
        assert_eq!(press(Context::List, 'x', KeyModifiers::NONE), Some(Action::MoveRight));
        assert_eq!(press(Context::List, '>', KeyModifiers::NONE), Some(Action::MoveRight), "defaults stay");
        assert_eq!(press(Context::List, 'd', KeyModifiers::NONE), None, "unbound");
        assert_eq!(press(Context::List, 'n', KeyModifiers::CONTROL), Some(Action::AddClient));
        assert!(keymap.help_lines(Context::Main).iter().any(|(k, w)| k == ">, x" && *w == "move right"));
    }

    #[test]
    fn a_rebound_hint_stays_in_the_footer() {
        let keymap = patch("[main]\nc = \"none\"\nl = \"log_contact\"\n", "keys.toml").unwrap();
        assert!(keymap.hints(Context::List).iter().any(|(k, w)| k == "l" && *w == "log a contact"));
    }

    #[test]
    fn mistakes_name_the_file_and_the_line() {
        let err = |text: &str| patch(text, "keys.toml").unwrap_err().to_string();
        assert_eq!(err("[main]\nx = \"move_rigth\"\n"), "keys.toml line 2: unknown action 'move_rigth' for key x");
        assert_eq!(err("\n[lists]\nx = \"quit\"\n"), "keys.toml line 2: unknown section [lists]");
        assert_eq!(err("[main]\n\nhyper-x = \"quit\"\n"), "keys.toml line 3: unknown key 'hyper-x'");
        assert_eq!(
            err("[board]\nX = \"quit\"\nq = \"none\"\n\"shift-x\" = \"undo\"\n"),
            "keys.toml line 4: X is bound twice in [board] (line 2 too)"
        );
        assert!(err("[main]\nx = \"quit\"\nx = \"undo\"\n").starts_with("keys.toml line 3: duplicate key"));
        assert_eq!(err("[main]\nx = \"type_char\"\n"), "keys.toml line 2: unknown action 'type_char' for key x");
    }
}
