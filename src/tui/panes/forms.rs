//! The modal forms drawn over the view: the result of a move into `result`,
//! and the contact form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::domain::{CallOutcome, ContactKind};
use crate::tui::app::Modal;
use crate::tui::forms::{ContactForm, Field, ResultPrompt};
use crate::tui::theme;

pub fn render(modal: &Modal, frame: &mut Frame, area: Rect) {
    let (title, lines) = match modal {
        Modal::Result(p) => (format!(" Result for {} ", p.name), result_lines(p)),
        Modal::Contact(f) => (format!(" Contact with {} ", f.name), contact_lines(f)),
    };
    let width = area.width.min(72);
    // Two lines of room for a choice list that wraps on a narrow window.
    let height = area.height.min(u16::try_from(lines.len() + 4).unwrap_or(u16::MAX));
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered().border_type(BorderType::Rounded).title(title).border_style(theme::focused_border());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), popup);
}

fn result_lines(p: &ResultPrompt) -> Vec<Line<'static>> {
    let mut lines = match &p.reason {
        None => vec![
            Line::from("How did it end?"),
            Line::from(vec![key("c"), Span::raw(" contract signed   "), key("p"), Span::raw(" purchase made")]),
            Line::from(vec![key("l"), Span::raw(" prospect for later "), key("x"), Span::raw(" lost")]),
        ],
        Some((outcome, reason)) => vec![
            Line::from(format!("{}: why? (Enter saves)", outcome.label())),
            Line::from(vec![Span::styled("Reason ", theme::title()), Span::raw(format!("{reason}▏"))]),
        ],
    };
    if let Some(e) = &p.error {
        lines.push(Line::styled(e.clone(), theme::overdue()));
    }
    lines
}

fn key(k: &str) -> Span<'static> {
    Span::styled(format!(" {k}"), theme::title())
}

fn contact_lines(f: &ContactForm) -> Vec<Line<'static>> {
    let choices = |labels: Vec<String>, chosen: Option<usize>| -> String {
        labels
            .iter()
            .enumerate()
            .map(|(i, l)| if Some(i) == chosen { format!("[{} {l}]", i + 1) } else { format!("{} {l}", i + 1) })
            .collect::<Vec<_>>()
            .join("  ")
    };
    let value = |field: Field| -> String {
        match field {
            Field::Summary => f.summary.clone(),
            Field::Next => f.next.clone(),
            Field::Outcome => choices(
                CallOutcome::ALL.iter().map(|o| o.label().to_string()).collect(),
                f.outcome.and_then(|o| CallOutcome::ALL.iter().position(|x| *x == o)),
            ),
            Field::Kind => choices(
                ContactKind::ALL.iter().map(|k| k.label().to_string()).collect(),
                ContactKind::ALL.iter().position(|k| *k == f.kind),
            ),
            Field::Person if f.persons.is_empty() => "nobody recorded".into(),
            Field::Person => choices(f.persons.clone(), f.person),
        }
    };
    let mut lines = vec![Line::styled(f.at.format("%d.%m.%Y %H:%M").to_string(), theme::dim())];
    for field in Field::ORDER {
        let focused = field == f.field;
        let cursor = if focused && field.is_text() { "▏" } else { "" };
        let label =
            Span::styled(format!("{:<13}", field.label()), if focused { theme::selected() } else { theme::title() });
        lines.push(Line::from(vec![label, Span::raw(format!(" {}{cursor}", value(field)))]));
        if let Some((bad, message)) = &f.error
            && *bad == field
        {
            lines.push(Line::styled(format!("{:<13} {message}", ""), theme::overdue()));
        }
    }
    lines.push(Line::styled("next: a date, +2d, +1w, +1m, tomorrow or a weekday", theme::dim()));
    lines
}
