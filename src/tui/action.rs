//! Every intent a user can express in the interface. Keys map to these in
//! `keymap.rs`; `update` carries them out.

/// One user intent, verb first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    OpenHelp,
    CloseHelp,
    SelectNext,
    SelectPrevious,
    PageDown,
    PageUp,
    SelectFirst,
    SelectLast,
    FocusNext,
    FocusPrevious,
    StartFilter,
    AcceptFilter,
    ClearFilter,
    DeleteFilterChar,
    /// A character typed into the filter (not bound in the keymap: any
    /// printable key while filtering).
    TypeFilterChar(char),
    CycleSort,
    Refresh,
}

impl Action {
    /// What the action does, for the footer and the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::OpenHelp => "help",
            Action::CloseHelp => "close help",
            Action::SelectNext => "down",
            Action::SelectPrevious => "up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::SelectFirst => "first",
            Action::SelectLast => "last",
            Action::FocusNext => "next pane",
            Action::FocusPrevious => "previous pane",
            Action::StartFilter => "filter",
            Action::AcceptFilter => "keep filter",
            Action::ClearFilter => "clear filter",
            Action::DeleteFilterChar => "delete a character",
            Action::TypeFilterChar(_) => "type into the filter",
            Action::CycleSort => "change sort order",
            Action::Refresh => "reload from the file",
        }
    }
}
