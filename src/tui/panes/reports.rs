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
use crate::i18n::{self, t};
use crate::tui::app::App;
use crate::tui::reports::Reports;
use crate::tui::theme;

fn block(title: String) -> Block<'static> {
    Block::bordered().border_type(BorderType::Rounded).title(title)
}

/// Whole units with the thousands grouped as the language does: `38 837`.
fn amount(minor: i64) -> String {
    i18n::group_digits(minor / 100)
}

/// A result's short name from its id (`contract`), for the heading line.
fn outcome_label(id: &str) -> &str {
    use crate::domain::Outcome;
    match id.parse::<Outcome>() {
        Ok(Outcome::Contract) => t("reports-result-contract"),
        Ok(Outcome::Purchase) => t("reports-result-purchase"),
        Ok(Outcome::Later) => t("reports-result-later"),
        Ok(Outcome::Lost) => t("reports-result-lost"),
        Err(_) => id,
    }
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
    let mut header = format!(" {} · {} – {}", t("tab-reports"), i18n::month(p.from), i18n::month(p.to));
    // Until the reports of the chosen period are there, the heading says so.
    let Some(r) = app.reports.as_ref().filter(|r| r.period == p) else {
        header.push_str(&format!(" · {}", t("reports-working")));
        frame.render_widget(Paragraph::new(header), top);
        return;
    };
    if app.reports_loading() {
        header.push_str(&format!(" · {}", t("reports-working-again")));
    } else {
        let results: Vec<String> =
            r.funnel.results.iter().map(|c| format!("{} {}", outcome_label(&c.name), c.clients)).collect();
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
    let b = block(format!(" {} ", t("reports-funnel")));
    let inner = b.inner(area);
    frame.render_widget(b, area);
    let widest = r.funnel.stages.iter().map(|s| s.now).max().unwrap_or(0).max(1);
    let label = r.funnel.stages.iter().map(|s| s.column.label().chars().count()).max().unwrap_or(11);
    let bar_room = usize::from(inner.width).saturating_sub(label + 1 + 6 + 5);
    let lines: Vec<Line> = r
        .funnel
        .stages
        .iter()
        .map(|s| {
            let bar = "█".repeat(s.now * bar_room / widest);
            let pad = " ".repeat(bar_room - bar.chars().count());
            Line::from(vec![
                Span::raw(format!("{:<label$} ", s.column.label())),
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
    let b = block(format!(" {} · A {a} · B {b} · C {c} ", t("reports-abc-curve")));
    let points = r.pareto();
    if points.is_empty() {
        frame.render_widget(Paragraph::new(format!(" {}", t("reports-no-turnover"))).block(b), area);
        return;
    }
    let data = Dataset::default().marker(Marker::Braille).graph_type(GraphType::Line).data(&points);
    let chart = Chart::new(vec![data])
        .block(b)
        .x_axis(
            Axis::default()
                .bounds([0.0, 100.0])
                .labels(["0", t("reports-share-of-clients"), "100"])
                .style(theme::dim()),
        )
        .y_axis(Axis::default().bounds([0.0, 100.0]).labels(["0", "50", "100"]).style(theme::dim()));
    frame.render_widget(chart, area);
}

/// Clients in each ABC × XYZ cell, and how many are in each lifecycle class.
fn render_grid(r: &Reports, frame: &mut Frame, area: Rect) {
    let b = block(format!(" ABC × XYZ · {} ", t("reports-lifecycle")));
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
    let words: Vec<String> = r.lifecycle.iter().map(|(l, n)| format!("{} {n}", l.label())).collect();
    frame.render_widget(Paragraph::new(words.join(" · ")).wrap(ratatui::widgets::Wrap { trim: true }), life);
}

/// Each salesperson's first sales, repeat sales, lost and restored clients.
/// The sums of repeat sales only where there is room for them.
fn render_kpi(r: &Reports, frame: &mut Frame, area: Rect) {
    let wide = area.width >= 64;
    let pick = |all: Vec<String>| -> Vec<String> {
        all.into_iter().enumerate().filter(|(i, _)| wide || *i != 4).map(|(_, c)| c).collect()
    };
    let header = pick(
        [
            t("reports-salesperson"),
            t("reports-first"),
            t("reports-sum"),
            t("reports-repeat"),
            t("reports-sum"),
            t("reports-lost"),
            t("reports-back"),
        ]
        .map(String::from)
        .to_vec(),
    );
    // The total first, so that a short pane still shows it.
    let shown = crate::domain::kpi::shown(&r.kpi);
    let cells: Vec<(bool, Vec<String>)> = shown
        .iter()
        .rev()
        .take(1)
        .chain(shown.iter().take(shown.len().saturating_sub(1)))
        .map(|(name, k)| {
            let total = k.manager == "total";
            let cells = pick(vec![
                name.clone(),
                k.first_sales.to_string(),
                amount(k.first_sales_sum),
                k.repeat_sales.to_string(),
                amount(k.repeat_sales_sum),
                k.lost.to_string(),
                k.restored.to_string(),
            ]);
            (total, cells)
        })
        .collect();
    // Each column as wide as its figures or its heading in the language.
    let widths: Vec<Constraint> = header
        .iter()
        .enumerate()
        .map(|(i, heading)| {
            let least = match (i, wide) {
                (0, _) => return Constraint::Fill(1),
                (1, _) => 3,
                (2, _) => 8,
                (3, _) => 6,
                (4, true) => 10,
                _ => 4,
            };
            let widest = cells.iter().filter_map(|(_, c)| c.get(i)).map(|c| c.chars().count());
            Constraint::Length(
                u16::try_from(widest.chain([heading.chars().count(), least]).max().unwrap_or(least))
                    .unwrap_or(u16::MAX),
            )
        })
        .collect();
    let rows = cells.into_iter().map(|(total, cells)| {
        let row = Row::new(cells);
        if total { row.style(Style::new().add_modifier(Modifier::BOLD)) } else { row }
    });
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::title()))
        .column_spacing(1)
        .block(block(format!(" {} ", t("reports-salespeople"))));
    frame.render_widget(table, area);
}

/// The incoming calls of each day of the period's last month.
fn render_calls(r: &Reports, frame: &mut Frame, area: Rect) {
    let c = &r.calls;
    let mut title = format!(" {} · {} · {} ", t("reports-incoming"), i18n::month(c.month.from), c.total);
    for (source, n) in c.sources.iter().map(|s| crate::domain::calls::source_label(s)).zip(&c.totals).take(3) {
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
        let _ru = i18n::scoped(i18n::Lang::Ru);
        assert_eq!(amount(3_883_744), "38 837");
        assert_eq!(amount(99), "0");
        assert_eq!(amount(-123_456_700), "-1 234 567");
        let _en = i18n::scoped(i18n::Lang::En);
        assert_eq!(amount(3_883_744), "38,837");
    }

    #[test]
    fn a_month_of_the_period_as_the_language_writes_it() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        for (lang, want) in [(i18n::Lang::En, "2026-11"), (i18n::Lang::Ru, "11.2026"), (i18n::Lang::Es, "11/2026")] {
            let _lang = i18n::scoped(lang);
            assert_eq!(i18n::month(d), want);
        }
    }
}
