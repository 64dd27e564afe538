//! The screen: title bar, the panes of the view, the footer generated from
//! the keymap, and the help overlay. Drawing only reads the app.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, Mode, View};
use super::panes;
use super::theme;
use crate::i18n::{self, t};
use crate::tr;

/// Below this the panes cannot be read; the screen says so instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = tr!(
            "window-too-small",
            width = area.width,
            height = area.height,
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT
        );
        frame.render_widget(Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true }), area);
        return;
    }
    let [top, body, footer] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    draw_title(app, frame, top);
    match app.view {
        View::List => draw_list_view(app, frame, body),
        View::Board => panes::board::render(app, frame, body),
        View::Reports => panes::reports::render(app, frame, body),
        View::Agenda => panes::agenda::render(app, frame, body),
    }
    draw_footer(app, frame, footer);
    if let Some(modal) = &app.modal {
        panes::forms::render(modal, frame, body);
    } else if app.mode == Mode::Help {
        panes::help::render(app, frame, body);
    }
}

fn draw_title(app: &App, frame: &mut Frame, area: Rect) {
    let tab = |number: u8, label: &'static str, view: View| {
        let label = format!(" {number} {label} ");
        if app.view == view { Span::styled(label, theme::selected()) } else { Span::raw(label) }
    };
    let mut spans = vec![Span::styled(" Kartoteka ", theme::title())];
    if app.store().read_only().is_some() {
        spans.push(Span::styled(format!(" {} ", t("title-read-only")), theme::read_only()));
    }
    spans.extend([
        tab(1, t("tab-list"), View::List),
        tab(2, t("tab-board"), View::Board),
        tab(3, t("tab-reports"), View::Reports),
        tab(4, t("tab-agenda"), View::Agenda),
        Span::raw(format!(" · {} · ", app.store().user())),
        Span::styled(i18n::date(app.today), theme::dim()),
    ]);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_list_view(app: &App, frame: &mut Frame, area: Rect) {
    // Wide screens put the list beside the card; narrow ones stack them.
    let [list, right] = if area.width >= 100 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)]).areas(area)
    };
    let [dossier, log] = Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(right);
    panes::list::render(app, frame, list);
    panes::dossier::render(app, frame, dossier);
    panes::log::render(app, frame, log);
}

fn draw_footer(app: &App, frame: &mut Frame, area: Rect) {
    let line = match &app.status {
        Some(status) => Line::styled(format!(" {status}"), theme::title()),
        None => {
            let mut spans = Vec::new();
            for (key, what) in app.keymap.hints(app.context()) {
                spans.push(Span::styled(format!(" {key}"), theme::title()));
                spans.push(Span::raw(format!(" {what} ")));
            }
            Line::from(spans)
        }
    };
    frame.render_widget(Paragraph::new(line), area);
}
