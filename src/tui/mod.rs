//! The interface: the `Keymap` turns a key into an `Action`,
//! `App::update` carries it out, and `view::draw` renders the state.
//!
//! - `app/`: the model and `update`
//! - `action.rs`: every user intent
//! - `keymap.rs`: the one key table (footer and help come from it)
//! - `forms/`: the forms' models
//! - `view.rs` and `panes/`: drawing, read-only

pub mod action;
pub mod agenda;
pub mod app;
pub mod board;
pub mod forms;
pub mod keymap;
pub mod keys_file;
pub mod lens;
mod panes;
pub mod reports;
mod theme;
pub mod view;

use std::io::stdout;
use std::time::Duration;

use crossterm::event::{
    self, DisableFocusChange, DisableMouseCapture, EnableFocusChange, EnableMouseCapture, Event, KeyEventKind,
    MouseButton, MouseEventKind,
};
use crossterm::execute;

use crate::store::Store;
use action::Action;
use app::App;

/// What the interface takes from the user's files: the keys, the
/// configuration and the holidays greeted.
pub struct Setup {
    pub keymap: keymap::Keymap,
    pub config: crate::config::Config,
    pub holidays: Vec<crate::domain::greetings::Holiday>,
}

/// Runs the interface on `store` until the user quits. The terminal is
/// restored on every way out, a panic included.
pub fn run(mut store: Store, setup: Setup) -> anyhow::Result<()> {
    // A keystroke's commit does not wait for SQLite to copy its log into the file.
    store.checkpoint_apart()?;
    let mut app = App::start(store)?;
    app.keymap = setup.keymap;
    app.agenda_rules = setup.config.agenda;
    app.call_rules = setup.config.calls;
    app.holidays = setup.holidays;
    if setup.config.backup.daily {
        app.start_daily_backup()?;
    }
    let end = crate::signals::EndRequest::listen()?;
    // Long enough for the daily backup of a large file to be finished.
    end.watchdog(Duration::from_secs(5), || {
        let _ = execute!(stdout(), DisableMouseCapture, DisableFocusChange);
        ratatui::restore();
        std::process::exit(0);
    })?;
    let mut terminal = ratatui::try_init()?;
    // ratatui's hook restores the screen; the mouse and focus reports are
    // switched off first, so that a panic leaves a usable terminal.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, DisableFocusChange);
        hook(info);
    }));
    let result = execute!(stdout(), EnableMouseCapture, EnableFocusChange)
        .map_err(anyhow::Error::from)
        .and_then(|()| event_loop(&mut app, &mut terminal, &end));
    let _ = execute!(stdout(), DisableMouseCapture, DisableFocusChange);
    ratatui::restore();
    result
}

/// The action of one terminal event, if it has one.
fn action_of(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => app.keymap.resolve(app.context(), key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            _ => None,
        },
        Event::FocusGained => Some(Action::FocusGained),
        // A resize simply redraws at the top of the loop.
        _ => None,
    }
}

fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    end: &crate::signals::EndRequest,
) -> anyhow::Result<()> {
    // SIGTERM or SIGHUP ends it like `q`: everything is already committed.
    while !app.quit && !end.requested() {
        terminal.draw(|frame| view::draw(app, frame))?;
        // While the list is read in the background, look for it often.
        let wait = if app.loading() { Duration::from_millis(20) } else { Duration::from_millis(500) };
        if event::poll(wait)?
            && let Some(action) = action_of(app, event::read()?)
        {
            app.update(action);
        }
        app.poll();
    }
    if app.backing_up() {
        app.status = Some(crate::i18n::t("backup-finishing").into());
        // The terminal may be gone (SIGHUP): the backup is finished all the same.
        let _ = terminal.draw(|frame| view::draw(app, frame));
        app.finish_backup();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::clock::Clock;
    use crossterm::event::{KeyModifiers, MouseEvent};

    fn mouse(kind: MouseEventKind) -> Event {
        Event::Mouse(MouseEvent { kind, column: 7, row: 4, modifiers: KeyModifiers::NONE })
    }

    #[test]
    fn the_mouse_and_the_focus_become_actions() {
        let app = App::new(Store::open_in_memory(Clock::System, "test").unwrap()).unwrap();
        assert_eq!(action_of(&app, mouse(MouseEventKind::Down(MouseButton::Left))), Some(Action::ClickAt(7, 4)));
        assert_eq!(action_of(&app, mouse(MouseEventKind::ScrollDown)), Some(Action::ScrollDown));
        assert_eq!(action_of(&app, mouse(MouseEventKind::ScrollUp)), Some(Action::ScrollUp));
        assert_eq!(action_of(&app, mouse(MouseEventKind::Moved)), None);
        assert_eq!(action_of(&app, Event::FocusGained), Some(Action::FocusGained));
        assert_eq!(action_of(&app, Event::FocusLost), None);
    }
}
