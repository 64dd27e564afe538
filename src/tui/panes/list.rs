//! The client list: only the visible rows are built, so 100,000 clients
//! draw as fast as 100.

use nucleo_matcher::{Config, Matcher};
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, Table};

use crate::domain::Column;
use crate::domain::model::ClientRow;
use crate::domain::search::Query;
use crate::i18n::{self, t};
use crate::tr;
use crate::tui::app::{App, Mode, Pane};
use crate::tui::lens::Lens;
use crate::tui::theme;
use unicode_width::UnicodeWidthStr;

/// A count for the corner of the list.
fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A width in cells for a constraint.
fn width(cells: usize) -> u16 {
    u16::try_from(cells).unwrap_or(u16::MAX)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let mut title = match (app.mode, app.filter.is_empty()) {
        (Mode::Filter, _) => format!(" {}  /{}▏ ", t("list-title"), app.filter),
        (_, false) => format!(" {}  /{} ", t("list-title"), app.filter),
        (_, true) => format!(" {} ", tr!("list-title-sorted", order = app.sort.label())),
    };
    if let Some(class) = app.class_filter {
        title.push_str(&format!(
            "· {} ",
            tr!("list-only-class", lens = app.lens.label(), class = app.lens.value_label(class))
        ));
    }
    if let Some((name, _)) = &app.selection {
        title.push_str(&format!("· {} ", tr!("list-selection", name = name.as_str())));
    }
    let count = if app.complete {
        format!(" {} / {} ", i18n::group_digits(count(app.shown.len())), i18n::group_digits(count(app.rows.len())))
    } else {
        format!(
            " {} / {} · {} ",
            i18n::group_digits(count(app.shown.len())),
            i18n::group_digits(count(app.total)),
            t("list-reading")
        )
    };
    let block = super::pane_block(app, Pane::List, title).title_bottom(Line::from(count).right_aligned());
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let height = usize::from(inner.height.saturating_sub(1)).max(1);
    app.list_height.set(height);
    // The rows below the header line, for the mouse.
    app.list_area.set(Rect { y: inner.y.saturating_add(1), height: inner.height.saturating_sub(1), ..inner });
    let offset = super::keep_in_sight(app.selected, app.list_offset.get(), height);
    app.list_offset.set(offset);

    let mut matcher = Matcher::new(Config::DEFAULT);
    let rows: Vec<Row> = app
        .shown
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .filter_map(|(pos, i)| app.rows.get(*i).map(|r| (pos, r)))
        .map(|(pos, r)| {
            let row = client_row(app, r, app.query.as_ref(), &mut matcher);
            if pos == app.selected { row.style(theme::selected()) } else { row }
        })
        .collect();
    let mut header = vec!["", t("list-name"), t("list-city"), t("list-column"), t("list-next")];
    // As wide as the language's longest column name and date, overdue mark included.
    let column_width = Column::ALL.iter().map(|c| c.label().width()).max().unwrap_or(0);
    let date_width = i18n::date_short(app.today).width() + 1;
    let mut widths = vec![
        Constraint::Length(1),
        Constraint::Fill(2),
        Constraint::Fill(1),
        Constraint::Length(width(column_width.max(header[3].width()))),
        Constraint::Length(width(date_width.max(header[4].width()))),
    ];
    if app.lens != Lens::Off {
        header.push(app.lens.label());
        let values = app.lens.values().into_iter().map(|v| app.lens.value_label(v).width()).max().unwrap_or(0);
        widths.push(Constraint::Length(width(values.max(app.lens.label().width()))));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::title()))
        .column_spacing(1)
        .block(Block::new().borders(Borders::NONE));
    frame.render_widget(table, inner);
}

fn client_row<'a>(app: &App, r: &'a ClientRow, query: Option<&Query>, matcher: &mut Matcher) -> Row<'a> {
    let colour = theme::category(r.category);
    let next = match r.next_contact {
        Some(d) if d < app.today => Cell::from(Span::styled(format!("{}!", i18n::date_short(d)), theme::overdue())),
        Some(d) => Cell::from(i18n::date_short(d)),
        None => Cell::from(""),
    };
    let mut cells = vec![
        Cell::from(Span::styled("●", Style::new().fg(colour))),
        Cell::from(highlighted(&r.name, query, matcher)),
        Cell::from(r.city.clone().unwrap_or_default()),
        Cell::from(r.column.label()),
        next,
    ];
    if app.lens != Lens::Off {
        let class = app.lens.of(app.classes.get(&r.id));
        let shown = class.map_or("—", |c| app.lens.value_label(c));
        cells.push(Cell::from(Span::styled(shown, theme::class(class.unwrap_or("—")))));
    }
    Row::new(cells)
}

/// The name with the letters the filter matched underlined.
fn highlighted<'a>(name: &'a str, query: Option<&Query>, matcher: &mut Matcher) -> Line<'a> {
    let Some(query) = query else { return Line::from(name) };
    let marks = query.highlights(name, matcher);
    if marks.is_empty() {
        return Line::from(name);
    }
    let spans: Vec<Span> = name
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let marked = u32::try_from(i).is_ok_and(|i| marks.binary_search(&i).is_ok());
            if marked { Span::styled(c.to_string(), theme::matched()) } else { Span::raw(c.to_string()) }
        })
        .collect();
    Line::from(spans)
}
