//! The agenda view: the day's work ranked, beside the dossier and the log
//! of the client under the cursor; while the call queue runs, the client
//! being called, why, and what the queue asks.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Cell, Paragraph, Row, Table, Wrap};

use crate::domain::agenda::{Item, ItemKind, when};
use crate::i18n::{self, t};
use crate::tr;
use crate::tui::agenda::{AgendaView, Ask, Queue};
use crate::tui::app::App;
use crate::tui::theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let wide = area.width >= 100;
    let (left, right) = match &app.queue {
        Some(queue) => {
            let [top, rest] =
                Layout::vertical([Constraint::Length(queue_height(queue)), Constraint::Fill(1)]).areas(area);
            render_queue(app, queue, frame, top);
            (None, rest)
        }
        None if wide => {
            let [l, r] = Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
            (Some(l), r)
        }
        None => {
            let [l, r] = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
            (Some(l), r)
        }
    };
    if let Some(left) = left {
        render_items(app, frame, left);
    }
    // The card and the history of the client, side by side when there is room.
    let [dossier, log] = if right.width >= 100 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right)
    } else {
        Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(right)
    };
    super::dossier::render(app, frame, dossier);
    super::log::render(app, frame, log);
}

fn title(agenda: Option<&AgendaView>, loading: bool) -> String {
    let Some(a) = agenda else {
        return format!(" {} · {} ", t("tab-agenda"), t("agenda-working"));
    };
    let last = a.today + chrono::Duration::days(i64::from(a.days));
    let who = a.manager.as_deref().unwrap_or(t("agenda-everyone"));
    let again = if loading { format!(" · {}", t("agenda-working-again")) } else { String::new() };
    let what = if a.greetings { t("agenda-greetings") } else { t("tab-agenda") };
    format!(" {what} {} – {} · {who}{again} ", i18n::date(a.today), i18n::date(last))
}

fn render_items(app: &App, frame: &mut Frame, area: Rect) {
    let agenda = app.agenda.as_ref();
    let mut block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme::focused_border())
        .title(title(agenda, app.agenda_loading()));
    if let Some(a) = agenda {
        let count = if a.greetings {
            format!(" {} ", tr!("agenda-count-greet", n = a.items.len()))
        } else {
            format!(" {} ", tr!("agenda-count", n = a.items.len(), overdue = a.overdue(), greet = a.to_greet()))
        };
        block = block.title_bottom(Line::from(count).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(a) = agenda else { return };
    if a.items.is_empty() {
        let empty = if a.greetings { t("agenda-nobody-to-greet") } else { t("agenda-nothing-due") };
        let text = Paragraph::new(Line::styled(empty, theme::dim()));
        frame.render_widget(text, inner);
        return;
    }
    let height = usize::from(inner.height.saturating_sub(1)).max(1);
    a.height.set(height);
    let offset = super::keep_in_sight(a.selected, a.offset.get(), height);
    a.offset.set(offset);
    let rows: Vec<Row> = a
        .items
        .iter()
        .enumerate()
        .skip(offset)
        .take(height)
        .map(|(pos, i)| {
            let row = item_row(i);
            if pos == a.selected { row.style(theme::selected()) } else { row }
        })
        .collect();
    let header = [t("agenda-when"), t("agenda-what"), t("agenda-client"), t("agenda-why")];
    // The kinds' short names as wide as the language writes them.
    let what = ItemKind::ALL.iter().map(|k| short(*k).chars().count()).chain([header[1].chars().count()]).max();
    let what = u16::try_from(what.unwrap_or(10)).unwrap_or(10);
    // How far each day is, as wide as the language writes the widest shown.
    let when_width = a.items.iter().skip(offset).take(height).map(|i| when(i.days_overdue).chars().count());
    let when_width = u16::try_from(when_width.chain([13]).max().unwrap_or(13).min(24)).unwrap_or(13);
    let widths = [Constraint::Length(when_width), Constraint::Length(what), Constraint::Fill(2), Constraint::Fill(3)];
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme::title()))
        .column_spacing(1)
        .block(Block::new().borders(Borders::NONE));
    frame.render_widget(table, inner);
}

/// A short name of each kind, for the narrow column.
fn short(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::NextContact => t("agenda-short-next_contact"),
        ItemKind::FollowUp => t("agenda-short-follow_up"),
        ItemKind::Birthday => t("agenda-short-birthday"),
        ItemKind::ImportantDate => t("agenda-short-important_date"),
        ItemKind::Complaint => t("agenda-short-complaint"),
        ItemKind::Cadence => t("agenda-short-cadence"),
        ItemKind::Satisfaction => t("agenda-short-satisfaction"),
        ItemKind::Holiday => t("agenda-short-holiday"),
    }
}

fn item_row(i: &Item) -> Row<'_> {
    let when = if i.overdue() {
        Cell::from(Span::styled(when(i.days_overdue), theme::overdue()))
    } else {
        Cell::from(when(i.days_overdue))
    };
    // A greeting says whom to greet and how after the occasion.
    let why = match &i.contacts {
        Some(contacts) => Cell::from(format!("{} — {contacts}", i.detail)),
        None => Cell::from(i.detail.as_ref()),
    };
    Row::new(vec![when, Cell::from(short(i.kind)), Cell::from(i.name.as_str()), why])
}

fn queue_height(queue: &Queue) -> u16 {
    // The borders and two lines; the question; the error, which may wrap.
    4 + u16::from(queue.ask.is_some()) + 2 * u16::from(queue.error.is_some())
}

fn render_queue(app: &App, queue: &Queue, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme::focused_border())
        .title(format!(" {} ", tr!("queue-title", pos = queue.pos + 1, n = queue.calls.len(), logged = queue.logged)));
    let Some(call) = queue.current() else { return };
    let phones = app.dossier.as_ref().map(|d| {
        let person = d.persons.iter().find(|p| p.decision_maker).or(d.persons.first());
        let mut phones: Vec<String> = person.map(|p| p.phones.clone()).unwrap_or_default();
        phones.extend(d.client.phones.iter().cloned());
        let who = person.map(|p| format!("{} · ", p.name)).unwrap_or_default();
        format!("{who}{}", phones.join(", "))
    });
    let mut lines = vec![
        Line::from(vec![
            Span::styled(call.name.clone(), theme::title()),
            Span::raw(format!("  {}", phones.unwrap_or_default())),
        ]),
        Line::styled(call.why.clone(), theme::dim()),
    ];
    match &queue.ask {
        Some(Ask::Date(text)) => lines.push(Line::from(tr!("queue-ask-date", text = text.as_str()))),
        Some(Ask::Reason(text)) => lines.push(Line::from(tr!("queue-ask-reason", text = text.as_str()))),
        Some(Ask::Result) => lines.push(Line::from(t("queue-ask-result"))),
        None => {}
    }
    if let Some(e) = &queue.error {
        lines.push(Line::styled(e.clone(), theme::overdue()));
    }
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), area);
}
