//! The help overlay, generated from the keymap: every context's keys, the
//! view in use first, flowed into as many columns as the window needs.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use crate::i18n::t;
use crate::tui::app::App;
use crate::tui::keymap::Context;
use crate::tui::theme;

/// The width of one column of help: keys and description.
const COLUMN_WIDTH: u16 = 38;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let mut lines: Vec<Line> = Vec::new();
    // The keys of the view in use first, so that a narrow window cuts the others.
    let here = app.view_context();
    let shared = matches!(here, Context::List | Context::Board).then_some(Context::Main);
    let first: Vec<Context> = [Some(here), shared].into_iter().flatten().collect();
    let order = first.iter().copied().chain(Context::ALL.into_iter().filter(|c| !first.contains(c)));
    for context in order {
        let entries = app.keymap.help_lines(context);
        if entries.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::styled(context.title(), theme::title()));
        for (keys, what) in entries {
            lines.push(Line::from(vec![Span::styled(format!(" {keys:<12}"), theme::title()), Span::raw(what)]));
        }
    }
    let inner_height = usize::from(area.height.saturating_sub(2)).max(1);
    // As many whole columns as the window holds; the view's own keys come first.
    let fit = usize::from(area.width.saturating_sub(2) / COLUMN_WIDTH).max(1);
    let needed = lines.len().div_ceil(inner_height).max(1);
    let columns = needed.min(fit);
    let width = (u16::try_from(columns).unwrap_or(u16::MAX).saturating_mul(COLUMN_WIDTH) + 2).min(area.width);
    let height = (u16::try_from(lines.len().min(inner_height)).unwrap_or(u16::MAX) + 2).min(area.height);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    frame.render_widget(Clear, popup);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .title(if needed > columns { format!(" {} ", t("help-title-cut")) } else { format!(" {} ", t("help-title")) })
        .border_style(theme::focused_border());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let areas = Layout::horizontal(vec![Constraint::Length(COLUMN_WIDTH); columns]).split(inner);
    for (chunk, area) in lines.chunks(inner_height).zip(areas.iter()) {
        frame.render_widget(Paragraph::new(chunk.to_vec()), *area);
    }
}
