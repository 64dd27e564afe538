//! The one table of key bindings. The footer and the help overlay are
//! generated from it, so they cannot drift from what the keys do. A keys
//! file (`keys_file.rs`) patches the defaults into the `Keymap` in use.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::domain::{CallOutcome, Outcome};
use crate::i18n::t;

/// Where a key is pressed. `Main` bindings apply in the list and on the
/// board; `Global` ones everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Main,
    List,
    Board,
    Reports,
    Agenda,
    Queue,
    Filter,
    Help,
    ResultPick,
    ReasonText,
    FormText,
    FormChoice,
    Confirm,
    Merge,
    Journal,
    Capture,
}

impl Context {
    /// Every context, in the order the help shows them.
    pub const ALL: [Context; 17] = [
        Context::Main,
        Context::List,
        Context::Board,
        Context::Reports,
        Context::Agenda,
        Context::Queue,
        Context::Filter,
        Context::ResultPick,
        Context::ReasonText,
        Context::FormText,
        Context::FormChoice,
        Context::Confirm,
        Context::Merge,
        Context::Journal,
        Context::Capture,
        Context::Help,
        Context::Global,
    ];

    /// The section of the keys file that binds keys in this context.
    pub fn id(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Main => "main",
            Context::List => "list",
            Context::Board => "board",
            Context::Reports => "reports",
            Context::Agenda => "agenda",
            Context::Queue => "queue",
            Context::Filter => "filter",
            Context::Help => "help",
            Context::ResultPick => "result",
            Context::ReasonText => "reason",
            Context::FormText => "form_text",
            Context::FormChoice => "form_choice",
            Context::Confirm => "confirm",
            Context::Merge => "merge",
            Context::Journal => "journal",
            Context::Capture => "capture",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => t("context-global"),
            Context::Main => t("context-main"),
            Context::List => t("context-list"),
            Context::Board => t("context-board"),
            Context::Reports => t("context-reports"),
            Context::Agenda => t("context-agenda"),
            Context::Queue => t("context-queue"),
            Context::Filter => t("context-filter"),
            Context::Help => t("context-help"),
            Context::ResultPick => t("context-result"),
            Context::ReasonText => t("context-reason"),
            Context::FormText => t("context-form_text"),
            Context::FormChoice => t("context-form_choice"),
            Context::Confirm => t("context-confirm"),
            Context::Merge => t("context-merge"),
            Context::Journal => t("context-journal"),
            Context::Capture => t("context-capture"),
        }
    }

    /// Contexts where a printable key types text.
    fn types_text(self) -> bool {
        matches!(self, Context::Filter | Context::ReasonText | Context::FormText | Context::Capture)
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    pub key: Key,
    pub action: Action,
    pub hint: bool,
}

const fn bind(context: Context, key: Key, action: Action, hint: bool) -> Binding {
    Binding { context, key, action, hint }
}

use Context::{
    Agenda, Board, Capture, Confirm, Filter, FormChoice, FormText, Global, Help, Journal, List, Main, Merge, Queue,
    ReasonText, Reports, ResultPick,
};
use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab, Up};

/// The default bindings.
pub const DEFAULTS: &[Binding] = &[
    bind(Global, ctrl('c'), Action::Quit, false),
    bind(Main, ch('q'), Action::Quit, true),
    bind(Main, ch('?'), Action::OpenHelp, true),
    bind(Main, key(KeyCode::F(1)), Action::OpenHelp, false),
    bind(Main, ch('/'), Action::StartFilter, true),
    bind(Main, key(Esc), Action::ClearFilter, false),
    bind(Main, ch('c'), Action::LogContact, true),
    bind(Main, ch(':'), Action::StartCapture, false),
    bind(Main, ch('>'), Action::MoveRight, true),
    bind(Main, ch('a'), Action::AddClient, false),
    bind(Main, ch('e'), Action::EditClient, false),
    bind(Main, ch('p'), Action::AddPerson, false),
    bind(Main, ch('d'), Action::DeleteClient, false),
    bind(Main, ch('u'), Action::Undo, false),
    bind(Main, ch('D'), Action::ReviewDuplicates, false),
    bind(Main, ch('J'), Action::OpenJournal, false),
    bind(Main, ch('<'), Action::MoveLeft, false),
    bind(Main, ch('j'), Action::SelectNext, false),
    bind(Main, key(Down), Action::SelectNext, false),
    bind(Main, ch('k'), Action::SelectPrevious, false),
    bind(Main, key(Up), Action::SelectPrevious, false),
    bind(Main, key(PageDown), Action::PageDown, false),
    bind(Main, key(PageUp), Action::PageUp, false),
    bind(Main, ch('g'), Action::SelectFirst, false),
    bind(Main, key(Home), Action::SelectFirst, false),
    bind(Main, ch('G'), Action::SelectLast, false),
    bind(Main, key(End), Action::SelectLast, false),
    bind(Main, ch('s'), Action::CycleSort, false),
    bind(Main, ch('v'), Action::CycleLens, false),
    bind(Main, ch('f'), Action::CycleClassFilter, false),
    bind(Main, ch('S'), Action::CycleSelection, false),
    bind(Main, ch('r'), Action::Refresh, false),
    bind(List, key(Tab), Action::FocusNext, true),
    bind(List, key(BackTab), Action::FocusPrevious, false),
    bind(List, ch('2'), Action::ShowBoard, true),
    bind(List, ch('3'), Action::ShowReports, false),
    bind(List, ch('4'), Action::ShowAgenda, false),
    bind(Board, ch('h'), Action::SelectLeft, false),
    bind(Board, key(Left), Action::SelectLeft, false),
    bind(Board, ch('l'), Action::SelectRight, false),
    bind(Board, key(Right), Action::SelectRight, false),
    bind(Board, key(Enter), Action::OpenClient, true),
    bind(Board, ch('m'), Action::CycleManager, true),
    bind(Board, ch('1'), Action::ShowList, true),
    bind(Board, ch('3'), Action::ShowReports, false),
    bind(Board, ch('4'), Action::ShowAgenda, false),
    bind(Reports, ch('['), Action::PreviousPeriod, true),
    bind(Reports, ch(']'), Action::NextPeriod, true),
    bind(Reports, ch('1'), Action::ShowList, true),
    bind(Reports, ch('2'), Action::ShowBoard, true),
    bind(Reports, ch('4'), Action::ShowAgenda, false),
    bind(Reports, ch('r'), Action::Refresh, false),
    bind(Reports, ch('?'), Action::OpenHelp, true),
    bind(Reports, ch('q'), Action::Quit, true),
    bind(Agenda, key(Enter), Action::StartQueue, true),
    bind(Agenda, ch('c'), Action::LogContact, true),
    bind(Agenda, ch(':'), Action::StartCapture, false),
    bind(Agenda, ch('w'), Action::MarkGreeted, true),
    bind(Agenda, ch('t'), Action::ToggleGreetings, true),
    bind(Agenda, ch('m'), Action::CycleManager, true),
    bind(Agenda, ch('j'), Action::SelectNext, false),
    bind(Agenda, key(Down), Action::SelectNext, false),
    bind(Agenda, ch('k'), Action::SelectPrevious, false),
    bind(Agenda, key(Up), Action::SelectPrevious, false),
    bind(Agenda, key(PageDown), Action::PageDown, false),
    bind(Agenda, key(PageUp), Action::PageUp, false),
    bind(Agenda, ch('g'), Action::SelectFirst, false),
    bind(Agenda, key(Home), Action::SelectFirst, false),
    bind(Agenda, ch('G'), Action::SelectLast, false),
    bind(Agenda, key(End), Action::SelectLast, false),
    bind(Agenda, ch('u'), Action::Undo, false),
    bind(Agenda, ch('r'), Action::Refresh, false),
    bind(Agenda, ch('1'), Action::ShowList, true),
    bind(Agenda, ch('2'), Action::ShowBoard, false),
    bind(Agenda, ch('3'), Action::ShowReports, false),
    bind(Agenda, ch('?'), Action::OpenHelp, true),
    bind(Agenda, ch('q'), Action::Quit, true),
    bind(Queue, ch('r'), Action::LogOutcome(CallOutcome::Reached), true),
    bind(Queue, ch('n'), Action::LogOutcome(CallOutcome::NoAnswer), true),
    bind(Queue, ch('b'), Action::LogOutcome(CallOutcome::CallBack), true),
    bind(Queue, ch('x'), Action::LogOutcome(CallOutcome::Refused), true),
    bind(Queue, ch('w'), Action::LogOutcome(CallOutcome::Won), true),
    bind(Queue, ch('s'), Action::SkipCall, true),
    bind(Queue, key(Esc), Action::Cancel, true),
    bind(Queue, ch('j'), Action::ScrollDown, false),
    bind(Queue, key(Down), Action::ScrollDown, false),
    bind(Queue, ch('k'), Action::ScrollUp, false),
    bind(Queue, key(Up), Action::ScrollUp, false),
    bind(Queue, ch('?'), Action::OpenHelp, false),
    bind(Filter, key(Enter), Action::AcceptFilter, true),
    bind(Filter, key(Esc), Action::ClearFilter, true),
    bind(Filter, key(Backspace), Action::DeleteChar, false),
    bind(Filter, key(Down), Action::SelectNext, true),
    bind(Filter, key(Up), Action::SelectPrevious, false),
    bind(ResultPick, ch('c'), Action::PickResult(Outcome::Contract), true),
    bind(ResultPick, ch('p'), Action::PickResult(Outcome::Purchase), true),
    bind(ResultPick, ch('l'), Action::PickResult(Outcome::Later), true),
    bind(ResultPick, ch('x'), Action::PickResult(Outcome::Lost), true),
    bind(ResultPick, key(Esc), Action::Cancel, true),
    bind(ReasonText, key(Enter), Action::Confirm, true),
    bind(ReasonText, key(Esc), Action::Cancel, true),
    bind(ReasonText, key(Backspace), Action::DeleteChar, false),
    bind(FormText, key(Enter), Action::Confirm, true),
    bind(FormText, key(Esc), Action::Cancel, true),
    bind(FormText, key(Tab), Action::NextField, true),
    bind(FormText, key(BackTab), Action::PreviousField, false),
    bind(FormText, key(Backspace), Action::DeleteChar, false),
    bind(FormChoice, key(Enter), Action::Confirm, true),
    bind(FormChoice, key(Esc), Action::Cancel, true),
    bind(FormChoice, key(Tab), Action::NextField, true),
    bind(FormChoice, key(BackTab), Action::PreviousField, false),
    bind(FormChoice, key(Left), Action::ChoosePrevious, false),
    bind(FormChoice, key(Right), Action::ChooseNext, true),
    bind(FormChoice, ch('1'), Action::PickNumber(1), true),
    bind(FormChoice, ch('2'), Action::PickNumber(2), false),
    bind(FormChoice, ch('3'), Action::PickNumber(3), false),
    bind(FormChoice, ch('4'), Action::PickNumber(4), false),
    bind(FormChoice, ch('5'), Action::PickNumber(5), false),
    bind(FormChoice, ch('6'), Action::PickNumber(6), false),
    bind(FormChoice, ch('7'), Action::PickNumber(7), false),
    bind(FormChoice, ch('8'), Action::PickNumber(8), false),
    bind(FormChoice, ch('9'), Action::PickNumber(9), false),
    bind(Confirm, ch('y'), Action::Accept, true),
    bind(Confirm, ch('n'), Action::Cancel, true),
    bind(Confirm, ch('x'), Action::StartErase, true),
    bind(Confirm, key(Esc), Action::Cancel, false),
    bind(Merge, key(Enter), Action::MergePair, true),
    bind(Merge, key(Esc), Action::Cancel, true),
    bind(Merge, key(Down), Action::SelectNext, false),
    bind(Merge, ch('j'), Action::SelectNext, false),
    bind(Merge, key(Up), Action::SelectPrevious, false),
    bind(Merge, ch('k'), Action::SelectPrevious, false),
    bind(Merge, key(Left), Action::TakeKept, true),
    bind(Merge, ch('h'), Action::TakeKept, false),
    bind(Merge, key(Right), Action::TakeOther, true),
    bind(Merge, ch('l'), Action::TakeOther, false),
    bind(Merge, ch('s'), Action::SwapKept, true),
    bind(Merge, key(Tab), Action::NextGroup, true),
    bind(Merge, key(BackTab), Action::PreviousGroup, false),
    bind(Journal, ch('u'), Action::UndoStep, true),
    bind(Journal, key(Enter), Action::UndoStep, false),
    bind(Journal, key(Esc), Action::Cancel, true),
    bind(Journal, ch('j'), Action::SelectNext, false),
    bind(Journal, key(Down), Action::SelectNext, false),
    bind(Journal, ch('k'), Action::SelectPrevious, false),
    bind(Journal, key(Up), Action::SelectPrevious, false),
    bind(Journal, key(PageDown), Action::PageDown, false),
    bind(Journal, key(PageUp), Action::PageUp, false),
    bind(Journal, ch('g'), Action::SelectFirst, false),
    bind(Journal, key(Home), Action::SelectFirst, false),
    bind(Journal, ch('G'), Action::SelectLast, false),
    bind(Journal, key(End), Action::SelectLast, false),
    bind(Capture, key(Enter), Action::Confirm, true),
    bind(Capture, key(Esc), Action::Cancel, true),
    bind(Capture, key(Tab), Action::Complete, true),
    bind(Capture, key(Down), Action::ChooseNext, true),
    bind(Capture, key(Up), Action::ChoosePrevious, false),
    bind(Capture, key(Backspace), Action::DeleteChar, false),
    bind(Help, key(Esc), Action::CloseHelp, true),
    bind(Help, ch('?'), Action::CloseHelp, false),
    bind(Help, ch('q'), Action::CloseHelp, false),
];

/// Normalises what terminals send: Shift is implied by an upper-case or
/// symbol character, and BackTab may arrive with Shift set.
pub(crate) fn normalise(event: KeyEvent) -> Key {
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

/// The bindings in use: the defaults, patched by the keys file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap { bindings: DEFAULTS.to_vec() }
    }
}

impl Keymap {
    fn lookup(&self, context: Context, key: Key) -> Option<Action> {
        self.bindings.iter().find(|b| b.context == context && b.key == key).map(|b| b.action)
    }

    /// The action bound to `event` in `context`: its own bindings first,
    /// then those shared by the list and the board, then the global ones.
    /// Where text is typed, an unbound printable key types it.
    pub fn resolve(&self, context: Context, event: KeyEvent) -> Option<Action> {
        let key = normalise(event);
        if let Some(action) = self.lookup(context, key) {
            return Some(action);
        }
        if context.types_text()
            && let (KeyCode::Char(c), true) = (key.code, key.modifiers.is_empty())
        {
            return Some(Action::TypeChar(c));
        }
        if matches!(context, Context::List | Context::Board)
            && let Some(action) = self.lookup(Context::Main, key)
        {
            return Some(action);
        }
        self.lookup(Context::Global, key)
    }

    /// The footer hints for a context: its own, then the shared ones of the
    /// list and the board.
    pub fn hints(&self, context: Context) -> Vec<(String, &'static str)> {
        let shared = matches!(context, Context::List | Context::Board).then_some(Context::Main);
        self.bindings
            .iter()
            .filter(|b| b.hint && (b.context == context || Some(b.context) == shared))
            .map(|b| (key_label(b.key), b.action.description()))
            .collect()
    }

    /// Every binding of a context, keys that do the same joined (`j, ↓`; a
    /// run of digits as `1–9`): for help.
    pub fn help_lines(&self, context: Context) -> Vec<(String, &'static str)> {
        let mut lines: Vec<(Vec<String>, &'static str)> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.context == context) {
            let what = b.action.description();
            match lines.iter_mut().find(|(_, w)| *w == what) {
                Some((keys, _)) => keys.push(key_label(b.key)),
                None => lines.push((vec![key_label(b.key)], what)),
            }
        }
        lines.into_iter().map(|(keys, what)| (join_keys(&keys), what)).collect()
    }
}

/// A key as the user reads it: `q`, `Ctrl-c`, `↓`, `Tab`.
pub fn key_label(key: Key) -> String {
    let name = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        Down => "↓".into(),
        Up => "↑".into(),
        Left => "←".into(),
        Right => "→".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Tab => "Tab".into(),
        BackTab => "Shift-Tab".into(),
        Backspace => "Backspace".into(),
        PageDown => "PgDn".into(),
        PageUp => "PgUp".into(),
        Home => "Home".into(),
        End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.modifiers.contains(KeyModifiers::CONTROL) { format!("Ctrl-{name}") } else { name }
}

fn join_keys(keys: &[String]) -> String {
    let digit = |k: &String| k.parse::<u8>().ok().filter(|d| *d < 10 && k.len() == 1);
    let digits: Option<Vec<u8>> = keys.iter().map(digit).collect();
    match digits.as_deref() {
        Some([first, .., last]) if keys.len() > 2 && usize::from(last - first) + 1 == keys.len() => {
            format!("{first}–{last}")
        }
        _ => keys.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in DEFAULTS.iter().enumerate() {
            for b in &DEFAULTS[i + 1..] {
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
        for b in DEFAULTS {
            assert!(!b.action.description().trim().is_empty(), "{:?}", b.action);
        }
    }

    #[test]
    fn every_context_is_listed_for_help() {
        for b in DEFAULTS {
            assert!(Context::ALL.contains(&b.context), "{:?}", b.context);
        }
    }

    #[test]
    fn help_joins_a_run_of_digits() {
        let keys = |k: &[&str]| k.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join_keys(&keys(&["1", "2", "3"])), "1–3");
        assert_eq!(join_keys(&keys(&["j", "↓"])), "j, ↓");
        assert_eq!(join_keys(&keys(&["1", "3"])), "1, 3");
    }

    #[test]
    fn resolves_keys_as_terminals_send_them() {
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        let keymap = Keymap::default();
        let resolve = |context, event| keymap.resolve(context, event);
        assert_eq!(resolve(Context::List, shift_g), Some(Action::SelectLast));
        let back = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(resolve(Context::List, back), Some(Action::FocusPrevious));
        let typed = KeyEvent::new(KeyCode::Char('ș'), KeyModifiers::NONE);
        assert_eq!(resolve(Context::Filter, typed), Some(Action::TypeChar('ș')));
        let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(resolve(Context::Filter, q), Some(Action::TypeChar('q')), "q types while filtering");
        assert_eq!(resolve(Context::Board, q), Some(Action::Quit));
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(resolve(Context::FormText, ctrl_c), Some(Action::Quit), "Ctrl-C quits from anywhere");
        let c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(resolve(Context::ResultPick, c), Some(Action::PickResult(Outcome::Contract)));
        assert_eq!(resolve(Context::List, c), Some(Action::LogContact));
    }
}
