//! The one table of key bindings. The footer and the help overlay are
//! generated from it, so they cannot drift from what the keys do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a key is pressed: bindings of `Normal` apply in every pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Normal,
    Filter,
    Help,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Normal => "Everywhere",
            Context::Filter => "While filtering",
            Context::Help => "In this help",
        }
    }
}

/// A key as written in the table and shown to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const fn key(code: KeyCode) -> Key {
    Key { code, modifiers: KeyModifiers::NONE }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key { code: KeyCode::Char(c), modifiers: KeyModifiers::CONTROL }
}

/// One binding; `hint` marks the few shown in the footer.
pub struct Binding {
    pub context: Context,
    pub key: Key,
    pub action: Action,
    pub hint: bool,
}

const fn bind(context: Context, key: Key, action: Action, hint: bool) -> Binding {
    Binding { context, key, action, hint }
}

use Context::{Filter, Help, Normal};

/// The default bindings.
pub const BINDINGS: &[Binding] = &[
    bind(Normal, ch('q'), Action::Quit, true),
    bind(Normal, ctrl('c'), Action::Quit, false),
    bind(Normal, ch('?'), Action::OpenHelp, true),
    bind(Normal, key(KeyCode::F(1)), Action::OpenHelp, false),
    bind(Normal, ch('/'), Action::StartFilter, true),
    bind(Normal, key(KeyCode::Esc), Action::ClearFilter, false),
    bind(Normal, ch('j'), Action::SelectNext, false),
    bind(Normal, key(KeyCode::Down), Action::SelectNext, true),
    bind(Normal, ch('k'), Action::SelectPrevious, false),
    bind(Normal, key(KeyCode::Up), Action::SelectPrevious, true),
    bind(Normal, key(KeyCode::PageDown), Action::PageDown, false),
    bind(Normal, key(KeyCode::PageUp), Action::PageUp, false),
    bind(Normal, ch('g'), Action::SelectFirst, false),
    bind(Normal, key(KeyCode::Home), Action::SelectFirst, false),
    bind(Normal, ch('G'), Action::SelectLast, false),
    bind(Normal, key(KeyCode::End), Action::SelectLast, false),
    bind(Normal, key(KeyCode::Tab), Action::FocusNext, true),
    bind(Normal, key(KeyCode::BackTab), Action::FocusPrevious, false),
    bind(Normal, ch('s'), Action::CycleSort, true),
    bind(Normal, ch('r'), Action::Refresh, false),
    bind(Filter, key(KeyCode::Enter), Action::AcceptFilter, true),
    bind(Filter, key(KeyCode::Esc), Action::ClearFilter, true),
    bind(Filter, key(KeyCode::Backspace), Action::DeleteFilterChar, false),
    bind(Filter, key(KeyCode::Down), Action::SelectNext, true),
    bind(Filter, key(KeyCode::Up), Action::SelectPrevious, false),
    bind(Filter, ctrl('c'), Action::Quit, false),
    bind(Help, key(KeyCode::Esc), Action::CloseHelp, true),
    bind(Help, ch('?'), Action::CloseHelp, false),
    bind(Help, ch('q'), Action::CloseHelp, false),
];

/// Normalises what terminals send: Shift is implied by an upper-case or
/// symbol character, and BackTab may arrive with Shift set.
fn normalise(event: KeyEvent) -> Key {
    let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let KeyCode::Char(c) = event.code {
        if modifiers.contains(KeyModifiers::CONTROL) {
            return Key { code: KeyCode::Char(c.to_ascii_lowercase()), modifiers };
        }
    } else if event.modifiers.contains(KeyModifiers::SHIFT) && event.code != KeyCode::BackTab {
        modifiers |= KeyModifiers::SHIFT;
    }
    Key { code: event.code, modifiers }
}

/// The action bound to `event` in `context`. While filtering, an unbound
/// printable key types into the filter.
pub fn resolve(context: Context, event: KeyEvent) -> Option<Action> {
    let key = normalise(event);
    let bound = BINDINGS.iter().find(|b| b.context == context && b.key == key).map(|b| b.action);
    match (bound, context, key.code) {
        (Some(action), _, _) => Some(action),
        (None, Context::Filter, KeyCode::Char(c)) if key.modifiers.is_empty() => Some(Action::TypeFilterChar(c)),
        _ => None,
    }
}

/// A key as the user reads it: `q`, `Ctrl-c`, `↓`, `Tab`.
pub fn key_label(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "↓".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) { format!("Ctrl-{name}") } else { name }
}

/// The footer hints of a context: `key description` pairs.
pub fn hints(context: Context) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.context == context && b.hint)
        .map(|b| (key_label(b.key), b.action.description()))
        .collect()
}

/// Every binding of a context, keys of the same action joined: for help.
pub fn help_lines(context: Context) -> Vec<(String, &'static str)> {
    let mut lines: Vec<(String, Action)> = Vec::new();
    for b in BINDINGS.iter().filter(|b| b.context == context) {
        match lines.iter_mut().find(|(_, a)| *a == b.action) {
            Some((keys, _)) => {
                keys.push_str(", ");
                keys.push_str(&key_label(b.key));
            }
            None => lines.push((key_label(b.key), b.action)),
        }
    }
    lines.into_iter().map(|(k, a)| (k, a.description())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                assert!(
                    !(a.context == b.context && a.key == b.key),
                    "{} bound twice in {:?}",
                    key_label(a.key),
                    a.context
                );
            }
        }
    }

    #[test]
    fn every_bound_action_has_a_description() {
        for b in BINDINGS {
            assert!(!b.action.description().trim().is_empty(), "{:?}", b.action);
        }
    }

    #[test]
    fn resolves_keys_as_terminals_send_them() {
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(resolve(Context::Normal, shift_g), Some(Action::SelectLast));
        let back = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(resolve(Context::Normal, back), Some(Action::FocusPrevious));
        let typed = KeyEvent::new(KeyCode::Char('ș'), KeyModifiers::NONE);
        assert_eq!(resolve(Context::Filter, typed), Some(Action::TypeFilterChar('ș')));
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(resolve(Context::Filter, q), Some(Action::TypeFilterChar('q')), "q types while filtering");
        assert_eq!(resolve(Context::Normal, q), Some(Action::Quit));
    }
}
