//! The contact log of the selected client, newest first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::{self, t};
use crate::tr;
use crate::tui::app::{App, Pane};
use crate::tui::theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let contacts = app.dossier.as_ref().map(|d| d.contacts.as_slice()).unwrap_or_default();
    let block = super::pane_block(app, Pane::Log, format!(" {} ", tr!("log-title", n = contacts.len())));
    let mut lines = Vec::new();
    for e in contacts {
        let mut head =
            vec![Span::styled(i18n::date_time(e.at), theme::title()), Span::raw(format!(" {}", e.kind.label()))];
        if let Some(p) = &e.person {
            head.push(Span::raw(format!(" · {p}")));
        }
        if let Some(by) = &e.logged_by {
            head.push(Span::styled(format!(" · {}", tr!("log-by", name = by.as_str())), theme::dim()));
        }
        lines.push(Line::from(head));
        let mut body = vec![Span::raw(format!("  {}", e.summary))];
        if let Some(o) = &e.outcome {
            body.push(Span::raw(format!(" [{o}]")));
        }
        if let Some(n) = e.next_contact {
            body.push(Span::styled(format!(" → {}", i18n::date_short(n)), theme::dim()));
        }
        lines.push(Line::from(body));
    }
    if lines.is_empty() {
        lines.push(Line::styled(t("log-empty"), theme::dim()));
    }
    let text = Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((app.log_scroll, 0));
    frame.render_widget(text, area);
}
