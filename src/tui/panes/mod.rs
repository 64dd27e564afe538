//! One file per pane: each draws from the app's state and nothing else.

pub mod agenda;
pub mod board;
pub mod dossier;
pub mod forms;
pub mod help;
pub mod list;
pub mod log;
pub mod reports;

use ratatui::widgets::{Block, BorderType};

use super::app::{App, Pane};
use super::theme;

/// The frame of a pane, highlighted when it has the focus.
fn pane_block<'a>(app: &App, pane: Pane, title: String) -> Block<'a> {
    let block = Block::bordered().title(title).border_type(BorderType::Rounded);
    if app.focus == pane { block.border_style(theme::focused_border()) } else { block }
}

/// The first row to draw so that `selected` is in sight, moving `offset`
/// as little as it can.
fn keep_in_sight(selected: usize, offset: usize, height: usize) -> usize {
    if selected < offset {
        selected
    } else if selected >= offset + height {
        selected + 1 - height
    } else {
        offset
    }
}
