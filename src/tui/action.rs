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
    AddClient,
    EditClient,
    AddPerson,
    DeleteClient,
    Undo,
    /// A click of the left mouse button at a column and row of the screen
    /// (not bound in the keymap: it comes from the mouse).
    ClickAt(u16, u16),
    ScrollDown,
    ScrollUp,
    /// The terminal window got the focus back: read the file again.
    FocusGained,
    /// Picks the result of a client moved into the result column.
    PickResult(Outcome),
    /// Picks the n-th choice (1-based) of the focused choice field.
    PickNumber(u8),
    ChoosePrevious,
    ChooseNext,
    NextField,
    PreviousField,
    Confirm,
    /// Yes to a question such as "delete this client?".
    Accept,
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
            Action::AddClient => "add a client",
            Action::EditClient => "edit the client",
            Action::AddPerson => "add a person",
            Action::DeleteClient => "delete the client",
            Action::Undo => "undo",
            Action::ClickAt(..) => "select with the mouse",
            Action::ScrollDown => "scroll down",
            Action::ScrollUp => "scroll up",
            Action::FocusGained => "reload on focus",
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
            Action::Accept => "yes, do it",
            Action::Cancel => "cancel",
            Action::TypeChar(_) => "type",
            Action::DeleteChar => "delete a character",
        }
    }
}
