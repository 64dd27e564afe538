//! The interface: `keymap::resolve` turns a key into an `Action`,
//! `App::update` carries it out, and `view::draw` renders the state.
//!
//! - `app.rs`: the model and `update`
//! - `action.rs`: every user intent
//! - `keymap.rs`: the one key table (footer and help come from it)
//! - `view.rs` and `panes/`: drawing, read-only

pub mod action;
pub mod app;
pub mod board;
pub mod forms;
pub mod keymap;
mod panes;
mod theme;
pub mod view;

use std::time::Duration;

use crossterm::event::{self, Event, KeyEventKind};

use crate::store::Store;
use app::App;

/// Runs the interface on `store` until the user quits. The terminal is
/// restored on every way out, a panic included (ratatui's hook).
pub fn run(store: Store) -> anyhow::Result<()> {
    let mut app = App::new(store)?;
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut app, &mut terminal);
    ratatui::restore();
    result
}

fn event_loop(app: &mut App, terminal: &mut ratatui::DefaultTerminal) -> anyhow::Result<()> {
    while !app.quit {
        terminal.draw(|frame| view::draw(app, frame))?;
        if !event::poll(Duration::from_millis(500))? {
            continue;
        }
        match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                if let Some(action) = keymap::resolve(app.context(), key) {
                    app.update(action);
                }
            }
            // A resize simply redraws at the top of the loop.
            _ => {}
        }
    }
    Ok(())
}
