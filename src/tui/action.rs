//! Every intent a user can express in the interface. Keys map to these in
//! `keymap.rs`; `App::update` carries them out.

use crate::domain::Outcome;

/// One user intent, verb first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    OpenHelp,
    CloseHelp,
    ShowList,
    ShowBoard,
    SelectNext,
    SelectPrevious,
    SelectLeft,
    SelectRight,
    PageDown,
    PageUp,
    SelectFirst,
    SelectLast,
    FocusNext,
    FocusPrevious,
    OpenClient,
    StartFilter,
    AcceptFilter,
    ClearFilter,
    CycleSort,
    CycleManager,
    Refresh,
    MoveRight,
    MoveLeft,
    LogContact,
    /// Picks the result of a client moved into the result column.
    PickResult(Outcome),
    /// Picks the n-th choice (1-based) of the focused choice field.
    PickNumber(u8),
    ChoosePrevious,
    ChooseNext,
    NextField,
    PreviousField,
    Confirm,
    Cancel,
    /// A character typed into the focused text (not bound in the keymap:
    /// any printable key while a text has the focus).
    TypeChar(char),
    DeleteChar,
}

impl Action {
    /// What the action does, for the footer and the help overlay.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::OpenHelp => "help",
            Action::CloseHelp => "close help",
            Action::ShowList => "client list",
            Action::ShowBoard => "Shiffman board",
            Action::SelectNext => "down",
            Action::SelectPrevious => "up",
            Action::SelectLeft => "column left",
            Action::SelectRight => "column right",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::SelectFirst => "first",
            Action::SelectLast => "last",
            Action::FocusNext => "next pane",
            Action::FocusPrevious => "previous pane",
            Action::OpenClient => "open the dossier",
            Action::StartFilter => "filter",
            Action::AcceptFilter => "keep filter",
            Action::ClearFilter => "clear filter",
            Action::CycleSort => "change sort order",
            Action::CycleManager => "salesperson",
            Action::Refresh => "reload from the file",
            Action::MoveRight => "move right",
            Action::MoveLeft => "move left",
            Action::LogContact => "log a contact",
            Action::PickResult(Outcome::Contract) => "contract signed",
            Action::PickResult(Outcome::Purchase) => "purchase made",
            Action::PickResult(Outcome::Later) => "prospect for later",
            Action::PickResult(Outcome::Lost) => "lost (asks the reason)",
            Action::PickNumber(_) => "pick a choice",
            Action::ChoosePrevious => "previous choice",
            Action::ChooseNext => "next choice",
            Action::NextField => "next field",
            Action::PreviousField => "previous field",
            Action::Confirm => "save",
            Action::Cancel => "cancel",
            Action::TypeChar(_) => "type",
            Action::DeleteChar => "delete a character",
        }
    }
}
