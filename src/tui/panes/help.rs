//! The help overlay, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::tui::keymap::{Context, help_lines};
use crate::tui::theme;

pub fn render(frame: &mut Frame, area: Rect) {
    let mut lines = Vec::new();
    for context in [Context::Normal, Context::Filter, Context::Help] {
        lines.push(Line::styled(context.title(), theme::title()));
        for (keys, what) in help_lines(context) {
            lines.push(Line::from(vec![Span::styled(format!("  {keys:<16}"), theme::title()), Span::raw(what)]));
        }
        lines.push(Line::from(""));
    }
    let width = area.width.min(64);
    let height = area.height.min(u16::try_from(lines.len() + 2).unwrap_or(u16::MAX));
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    frame.render_widget(Clear, popup);
    let block =
        Block::bordered().border_type(BorderType::Rounded).title(" Keys ").border_style(theme::focused_border());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }), popup);
}
