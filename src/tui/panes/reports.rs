//! The reports view: the funnel as bars, the ABC Pareto curve, the
//! ABC × XYZ grid with the lifecycle counts, the salesperson table and the
//! incoming calls of the period's last month, day by day.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, BorderType, Chart, Dataset, GraphType, Paragraph, Row, Sparkline, Table};

use crate::domain::classes::{Abc, Xyz};
use crate::tui::app::App;
use crate::tui::reports::Reports;
use crate::tui::theme;

fn block(title: String) -> Block<'static> {
    Block::bordered().border_type(BorderType::Rounded).title(title)
}

/// Whole units with a space between thousands: `38 837`.
fn amount(minor: i64) -> String {
    let units = (minor / 100).unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    if minor < 0 { format!("-{out}") } else { out }
}

fn percent(share: Option<f64>) -> String {
    share.map(|s| format!("{:.0}%", s * 100.0)).unwrap_or_default()
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    // 80×24 gives each part its least; a taller window grows the charts.
    let calls = if area.height >= 36 { 6 } else { 4 };
    let charts = (area.height.saturating_sub(1 + calls) * 45 / 100).max(8);
    let [top, upper, middle, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(charts),
        Constraint::Fill(1),
        Constraint::Length(calls),
    ])
    .areas(area);
    let p = app.report_period;
    let mut header = format!(" Reports · {} – {}", p.from.format("%m.%Y"), p.to.format("%m.%Y"));
    // Until the reports of the chosen period are there, the heading says so.
    let Some(r) = app.reports.as_ref().filter(|r| r.period == p) else {
        header.push_str(" · working them out…");
        frame.render_widget(Paragraph::new(header), top);
        return;
    };
    if app.reports_loading() {
        header.push_str(" · working them out again…");
    } else {
        let results: Vec<String> = r.funnel.results.iter().map(|c| format!("{} {}", c.name, c.clients)).collect();
        header.push_str(&format!(" · {}", results.join(" · ")));
    }
    frame.render_widget(Paragraph::new(Line::from(header)), top);
    let [funnel, pareto] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(upper);
    let [grid, kpi] = Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(middle);
    render_funnel(r, frame, funnel);
    render_pareto(r, frame, pareto);
    render_grid(r, frame, grid);
    render_kpi(r, frame, kpi);
    render_calls(r, frame, bottom);
}

/// Clients in each column now as bars, with the period's conversion from
/// each column to the next.
fn render_funnel(r: &Reports, frame: &mut Frame, area: Rect) {
    let b = block(" Funnel · now · conversion ".into());
    let inner = b.inner(area);
    frame.render_widget(b, area);
    let widest = r.funnel.stages.iter().map(|s| s.now).max().unwrap_or(0).max(1);
    let bar_room = usize::from(inner.width).saturating_sub(11 + 1 + 6 + 5);
    let lines: Vec<Line> = r
        .funnel
        .stages
        .iter()
        .map(|s| {
            let bar = "█".repeat(s.now * bar_room / widest);
            let pad = " ".repeat(bar_room - bar.chars().count());
            Line::from(vec![
                Span::raw(format!("{:<11} ", s.column.label())),
                Span::styled(bar, Style::new().fg(ratatui::style::Color::Cyan)),
                Span::raw(format!("{pad}{:>6}", s.now)),
                Span::styled(format!("{:>5}", percent(s.conversion)), theme::dim()),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The share of turnover made by the top share of clients.
fn render_pareto(r: &Reports, frame: &mut Frame, area: Rect) {
    let [a, b, c] = r.abc_counts;
    let b = block(format!(" ABC curve · A {a} · B {b} · C {c} "));
    let points = r.pareto();
    if points.is_empty() {
        frame.render_widget(Paragraph::new(" no turnover in the period").block(b), area);
        return;
    }
    let data = Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).data(&points);
    let chart = Chart::new(vec![data])
        .block(b)
        .x_axis(Axis::default().bounds([0.0, 100.0]).labels(["0", "% clients", "100"]).style(theme::dim()))
        .y_axis(Axis::default().bounds([0.0, 100.0]).labels(["0", "50", "100"]).style(theme::dim()));
    frame.render_widget(chart, area);
}

/// Clients in each ABC × XYZ cell, and how many are in each lifecycle class.
fn render_grid(r: &Reports, frame: &mut Frame, area: Rect) {
    let b = block(" ABC × XYZ · lifecycle ".into());
    let inner = b.inner(area);
    frame.render_widget(b, area);
    let [grid, life] = Layout::vertical([Constraint::Length(4), Constraint::Fill(1)]).areas(inner);
    let rows = Abc::ALL.iter().map(|abc| {
        let cells = Xyz::ALL.iter().map(|xyz| r.cell(*abc, *xyz).map_or(0, |c| c.clients).to_string());
        Row::new(std::iter::once(abc.id().to_string()).chain(cells))
    });
    let header = Row::new(["", "X", "Y", "Z"]).style(theme::title());
    let table =
        Table::new(rows, [Constraint::Length(2), Constraint::Length(6), Constraint::Length(6), Constraint::Length(6)])
            .header(header);
    frame.render_widget(table, grid);
    let words: Vec<String> = r.lifecycle.iter().map(|(l, n)| format!("{} {n}", l.id())).collect();
    frame.render_widget(Paragraph::new(words.join(" · ")).wrap(ratatui::widgets::Wrap { trim: true }), life);
}

/// Each salesperson's first sales, repeat sales, lost and restored clients.
/// The sums of repeat sales only where there is room for them.
fn render_kpi(r: &Reports, frame: &mut Frame, area: Rect) {
    let wide = area.width >= 64;
    let pick = |all: Vec<String>| -> Vec<String> {
        all.into_iter().enumerate().filter(|(i, _)| wide || *i != 4).map(|(_, c)| c).collect()
    };
    let header = pick(["salesperson", "1st", "sum", "repeat", "sum", "lost", "back"].map(String::from).to_vec());
    // The total first, so that a short pane still shows it.
    let rows = r.kpi.iter().rev().take(1).chain(r.kpi.iter().take(r.kpi.len().saturating_sub(1))).map(|k| {
        let row = Row::new(pick(vec![
            k.manager.clone(),
            k.first_sales.to_string(),
            amount(k.first_sales_sum),
            k.repeat_sales.to_string(),
            amount(k.repeat_sales_sum),
            k.lost.to_string(),
            k.restored.to_string(),
        ]));
        if k.manager == "total" { row.style(Style::new().add_modifier(Modifier::BOLD)) } else { row }
    });
    let widths: Vec<Constraint> = pick(vec![String::new(); 7])
        .iter()
        .enumerate()
        .map(|(i, _)| match (i, wide) {
            (0, _) => Constraint::Fill(1),
            (1, _) => Constraint::Length(3),
            (2, _) => Constraint::Length(8),
            (3, _) => Constraint::Length(6),
            (4, true) => Constraint::Length(10),
            _ => Constraint::Length(4),
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::title()))
        .column_spacing(1)
        .block(block(" Salespeople ".into()));
    frame.render_widget(table, area);
}

/// The incoming calls of each day of the period's last month.
fn render_calls(r: &Reports, frame: &mut Frame, area: Rect) {
    let c = &r.calls;
    let mut title = format!(" Incoming calls · {} · {} ", c.month.from.format("%m.%Y"), c.total);
    for (source, n) in c.sources.iter().zip(&c.totals).take(3) {
        title.push_str(&format!("· {source} {n} "));
    }
    // Each day as wide as the pane allows, so that the month fills it.
    let b = block(title);
    let each = usize::from(b.inner(area).width) / c.days.len().max(1);
    let data: Vec<u64> = c.days.iter().flat_map(|d| std::iter::repeat_n(d.total as u64, each.max(1))).collect();
    frame.render_widget(Sparkline::default().data(&data).block(b), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_whole_units_grouped_by_thousands() {
        assert_eq!(amount(3_883_744), "38 837");
        assert_eq!(amount(99), "0");
        assert_eq!(amount(-123_456_700), "-1 234 567");
    }
}
