//! The Shiffman board: six columns side by side with their counts; each card
//! shows the client, the days since its last move and its next contact.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use crate::domain::Column;
use crate::i18n::{self, t};
use crate::tr;
use crate::tui::app::App;
use crate::tui::board::{CARD_HEIGHT, COLUMNS};
use crate::tui::theme;

/// A column's title with its count, shortened when the column is narrow
/// (six columns in 80 cells leave 11 for a title).
fn title(column: Column, count: usize, width: u16) -> String {
    let full = format!(" {} {count} ", column.label());
    if full.chars().count() + 2 <= usize::from(width) {
        return full;
    }
    let short = match column {
        Column::Prospects => t("column-short-prospects"),
        Column::Interested => t("column-short-interested"),
        Column::FollowUp1 => t("column-short-follow_up_1"),
        Column::FollowUp2 => t("column-short-follow_up_2"),
        Column::FollowUp3 => t("column-short-follow_up_3"),
        Column::Result => t("column-short-result"),
    };
    format!(" {short} {count} ")
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [top, columns_area] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let who = app.board.manager.as_deref().unwrap_or(t("board-everyone"));
    let filter =
        if app.filter.is_empty() { String::new() } else { format!(" · {} /{}", t("board-filter"), app.filter) };
    frame.render_widget(Paragraph::new(Line::from(format!(" {} · {who}{filter}", t("tab-board")))), top);

    let cards = app.board_cards();
    let areas = Layout::horizontal([Constraint::Ratio(1, 6); COLUMNS]).split(columns_area);
    let mut card_areas = [Rect::default(); COLUMNS];
    for (c, (column, area)) in Column::ALL.iter().zip(areas.iter()).enumerate() {
        let focused = c == app.board.column;
        let mut block =
            Block::bordered().border_type(BorderType::Rounded).title(title(*column, cards[c].len(), area.width));
        if focused {
            block = block.border_style(theme::focused_border());
        }
        let inner = block.inner(*area);
        card_areas[c] = inner;
        frame.render_widget(block, *area);

        let visible = (usize::from(inner.height) / CARD_HEIGHT).max(1);
        let selected = app.board.selected[c].min(cards[c].len().saturating_sub(1));
        let offset = super::keep_in_sight(selected, app.board.offsets[c].get(), visible);
        app.board.offsets[c].set(offset);

        let mut lines = Vec::new();
        for (pos, &i) in cards[c].iter().enumerate().skip(offset).take(visible) {
            let Some(row) = app.rows.get(i) else { continue };
            let style = if focused && pos == selected { theme::selected() } else { Style::new() };
            lines.push(Line::from(vec![
                Span::styled("●", Style::new().fg(theme::category(row.category))),
                Span::styled(format!(" {}", row.name), style.patch(theme::title())),
            ]));
            let days = (app.today - row.column_since.date()).num_days();
            let mut detail = vec![Span::styled(format!("  {}", tr!("board-days", days = days)), style)];
            match row.next_contact {
                Some(d) if d < app.today => {
                    detail.push(Span::styled(format!(" · {}!", i18n::day_month(d)), theme::overdue()));
                }
                Some(d) => detail.push(Span::styled(format!(" · {}", i18n::day_month(d)), style)),
                None => {}
            }
            lines.push(Line::from(detail));
        }
        if lines.is_empty() {
            lines.push(Line::styled(" —", theme::dim()));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
    app.board_areas.set(card_areas);
}
