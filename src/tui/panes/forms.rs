//! The modal forms drawn over the view, all from the one `Form` model, and
//! the one-question prompts.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::domain::duplicates::MergeField;
use crate::i18n::{self, t};
use crate::tr;
use crate::tui::app::Modal;
use crate::tui::forms::{
    CapturePrompt, ClientForm, DeletePrompt, FieldKey, Form, JournalList, MergeReview, ResultPrompt, Side, Value,
};
use crate::tui::theme;

/// The widest the duplicates review is drawn.
const MERGE_WIDTH: u16 = 104;

/// Choices with more options than this show only the chosen one.
const LISTED_OPTIONS: usize = 6;

pub fn render(modal: &Modal, frame: &mut Frame, area: Rect) {
    let (title, lines, focus_line) = match modal {
        Modal::Result(p) => (padded(&tr!("result-title", client = p.name.as_str())), result_lines(p), 0),
        Modal::Delete(p) if p.erase.is_some() => (padded(t("erase-title")), delete_lines(p), 0),
        Modal::Delete(p) => (padded(t("delete-title")), delete_lines(p), 0),
        Modal::Merge(r) => {
            let width = area.width.min(MERGE_WIDTH);
            let (lines, focus) = merge_lines(r, usize::from(width.saturating_sub(2)));
            (padded(&tr!("merge-title", group = r.group + 1, groups = r.groups.len())), lines, focus)
        }
        Modal::Contact(f) => {
            let header = Line::styled(format!("{} {}", i18n::date(f.at.date()), f.at.format("%H:%M")), theme::dim());
            let hint = t("contact-next-hint");
            let (lines, focus) = form_lines(&f.form, Some(header), vec![Line::styled(hint, theme::dim())]);
            (padded(&tr!("contact-title", client = f.name.as_str())), lines, focus)
        }
        Modal::Client(f) => {
            let title = padded(&if f.is_new() {
                t("client-new-title").into()
            } else {
                tr!("client-edit-title", client = f.form.text(FieldKey::Name))
            });
            let (lines, focus) = form_lines(&f.form, None, duplicate_lines(f));
            (title, lines, focus)
        }
        Modal::Capture(p) => (padded(t("capture-title")), capture_lines(p), 0),
        Modal::Journal(l) => {
            let width = area.width.min(MERGE_WIDTH);
            let (lines, focus) = journal_lines(l, usize::from(width.saturating_sub(2)));
            (padded(&tr!("journal-title", n = l.steps.len())), lines, focus)
        }
        Modal::Person(f) => {
            let hint = Line::styled(t("person-birthday-hint"), theme::dim());
            let (lines, focus) = form_lines(&f.form, None, vec![hint]);
            (padded(&tr!("person-new-title", client = f.name.as_str())), lines, focus)
        }
    };
    let width = area.width.min(if matches!(modal, Modal::Merge(_) | Modal::Journal(_)) { MERGE_WIDTH } else { 72 });
    // Two lines of room for a choice list that wraps on a narrow window.
    let height = area.height.min(u16::try_from(lines.len() + 4).unwrap_or(u16::MAX));
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    // Keeps the focused field in sight when the form is taller than the window.
    let inner = usize::from(height.saturating_sub(2));
    let scroll = u16::try_from((focus_line + 3).saturating_sub(inner)).unwrap_or(0);
    frame.render_widget(Clear, popup);
    let block = Block::bordered().border_type(BorderType::Rounded).title(title).border_style(theme::focused_border());
    frame.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((scroll, 0)), popup);
}

/// The lines of a form — header, one per field (and its error), the error of
/// the whole form, then `after` — and the line of the focused field.
fn form_lines(form: &Form, header: Option<Line<'static>>, after: Vec<Line<'static>>) -> (Vec<Line<'static>>, usize) {
    let width = form.inputs.iter().map(|i| i.key.label().chars().count()).max().unwrap_or(0).max(12) + 1;
    let mut lines: Vec<Line<'static>> = header.into_iter().collect();
    let mut focus_line = 0;
    for (i, input) in form.inputs.iter().enumerate() {
        let focused = i == form.focus;
        if focused {
            focus_line = lines.len();
        }
        let value = match &input.value {
            Value::Text(t) => format!("{t}{}", if focused { "▏" } else { "" }),
            Value::Choice { options, empty, .. } if options.is_empty() => (*empty).to_string(),
            Value::Choice { options, chosen, .. } if options.len() > LISTED_OPTIONS => {
                let label = chosen.and_then(|c| options.get(c)).map_or("—", String::as_str);
                format!("◂ {label} ▸")
            }
            Value::Choice { options, chosen, .. } => options
                .iter()
                .enumerate()
                .map(|(i, l)| if Some(i) == *chosen { format!("[{} {l}]", i + 1) } else { format!("{} {l}", i + 1) })
                .collect::<Vec<_>>()
                .join("  "),
        };
        let style = if focused { theme::selected() } else { theme::title() };
        let label = Span::styled(format!("{:<width$}", input.key.label()), style);
        lines.push(Line::from(vec![label, Span::raw(format!(" {value}"))]));
        if let Some((Some(bad), message)) = &form.error
            && *bad == input.key
        {
            lines.push(Line::styled(format!("{:<width$} {message}", ""), theme::overdue()));
        }
    }
    if let Some((None, message)) = &form.error {
        lines.push(Line::styled(message.clone(), theme::overdue()));
    }
    lines.extend(after);
    (lines, focus_line)
}

fn duplicate_lines(f: &ClientForm) -> Vec<Line<'static>> {
    if f.duplicates.is_empty() {
        return Vec::new();
    }
    let head = if f.warned { t("client-duplicate-warned") } else { t("client-duplicate") };
    let mut lines = vec![Line::styled(head, theme::overdue())];
    for row in &f.duplicates {
        let city = row.city.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
        lines.push(Line::from(format!("  {}{city}  #{}", row.name, row.id)));
    }
    lines
}

fn result_lines(p: &ResultPrompt) -> Vec<Line<'static>> {
    let mut lines = match &p.reason {
        None => vec![
            Line::from(t("result-question")),
            Line::from(vec![
                key("c"),
                Span::raw(format!(" {}   ", t("result-contract"))),
                key("p"),
                Span::raw(format!(" {}", t("result-purchase"))),
            ]),
            Line::from(vec![
                key("l"),
                Span::raw(format!(" {}   ", t("result-later"))),
                key("x"),
                Span::raw(format!(" {}", t("result-lost"))),
            ]),
        ],
        Some((outcome, reason)) => vec![
            Line::from(tr!("result-why", result = outcome.label())),
            Line::from(vec![
                Span::styled(format!("{} ", t("result-reason")), theme::title()),
                Span::raw(format!("{reason}▏")),
            ]),
        ],
    };
    if let Some(e) = &p.error {
        lines.push(Line::styled(e.clone(), theme::overdue()));
    }
    lines
}

fn delete_lines(p: &DeletePrompt) -> Vec<Line<'static>> {
    if let Some(typed) = &p.erase {
        let mut lines = vec![
            Line::styled(tr!("erase-question", client = p.name.as_str()), theme::title()),
            Line::from(tr!("erase-what-goes", what = p.what_goes())),
            Line::styled(t("erase-final"), theme::overdue()),
            Line::from(tr!("erase-note", kept = p.kept.as_str())),
            Line::from(vec![
                Span::raw(format!("{} ", t("erase-type-name"))),
                Span::styled(format!("{typed}▏"), theme::title()),
            ]),
        ];
        if let Some(e) = &p.error {
            lines.push(Line::styled(e.clone(), theme::overdue()));
        }
        lines.push(Line::from(vec![
            key("Enter"),
            Span::raw(format!(" {}   ", t("erase-do"))),
            key("Esc"),
            Span::raw(format!(" {}", t("delete-keep"))),
        ]));
        return lines;
    }
    vec![
        Line::styled(tr!("delete-question", client = p.name.as_str()), theme::title()),
        Line::from(tr!("delete-what-goes-with", what = p.what_goes())),
        Line::from(vec![
            key("y"),
            Span::raw(format!(" {}   ", t("delete-do"))),
            key("n"),
            Span::raw(format!(" {}   ", t("delete-keep"))),
            key("u"),
            Span::raw(format!(" {}   ", t("delete-undo-after"))),
            key("x"),
            Span::raw(format!(" {}", t("delete-erase"))),
        ]),
    ]
}

/// The journal's steps as a table, the one under the cursor marked; the
/// line of the cursor, to keep in sight.
fn journal_lines(l: &JournalList, width: usize) -> (Vec<Line<'static>>, usize) {
    let mut lines = vec![Line::from(vec![
        key("u"),
        Span::raw(format!(" {}   ", t("journal-undo-hint"))),
        key("Esc"),
        Span::raw(format!(" {}", t("journal-closes"))),
    ])];
    if let Some(e) = &l.error {
        lines.push(Line::styled(e.clone(), theme::overdue()));
    }
    if l.steps.is_empty() {
        lines.push(Line::styled(t("journal-empty"), theme::dim()));
        return (lines, 0);
    }
    // As wide as a moment in the language (`2026-11-23 10:00` in English).
    let when_width = l.steps.first().map_or(15, |s| i18n::date_time(s.at).chars().count() + 1);
    let rest = width.saturating_sub(2 + 6 + when_width + 14 + 18);
    let row = |step: &str, when: &str, by: &str, what: &str, client: &str| {
        format!("{}{}{}{}{}", cell(step, 6), cell(when, when_width), cell(by, 14), cell(what, 18), cell(client, rest))
    };
    let head = row(t("journal-step"), t("journal-when"), t("journal-by"), t("journal-what"), t("journal-client"));
    lines.push(Line::styled(format!("  {head}"), theme::dim()));
    let top = lines.len();
    for (i, s) in l.steps.iter().enumerate() {
        let client = s.client_label();
        let client = match s.undone_by {
            Some(by) if client.is_empty() => tr!("journal-undone-by", step = by.to_string()),
            Some(by) => format!("{client} · {}", tr!("journal-undone-by", step = by.to_string())),
            None => client,
        };
        let text = row(&s.id.to_string(), &i18n::date_time(s.at), &s.by, &i18n::recorded(&s.what), &client);
        let style = match (i == l.selected, s.undone_by.is_some()) {
            (true, _) => theme::selected(),
            (false, true) => theme::dim(),
            (false, false) => ratatui::style::Style::new(),
        };
        let mark = if i == l.selected { "▸ " } else { "  " };
        lines.push(Line::styled(format!("{mark}{text}"), style));
    }
    (lines, top + l.selected)
}

/// `text` cut or padded to `width` cells.
fn cell(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars().map(|c| if c == '\n' { ' ' } else { c }) {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) && text.chars().count() > out.chars().count() + 1 {
            out.push('…');
            used += 1;
            break;
        }
        out.push(c);
        used += w;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// The two cards side by side, a row per field either has; where they
/// disagree the value taken is marked and the cursor row pointed at.
fn merge_lines(r: &MergeReview, width: usize) -> (Vec<Line<'static>>, usize) {
    let label = 15;
    let column = width.saturating_sub(label + 4) / 2;
    let reasons: Vec<String> =
        r.groups.get(r.group).map(|g| g.reasons.iter().map(ToString::to_string).collect()).unwrap_or_default();
    let mut lines = vec![
        Line::styled(reasons.join("; "), theme::dim()),
        Line::from(vec![
            Span::raw(cell("", label)),
            Span::styled(cell(&tr!("merge-kept", id = r.keep.client.id.to_string()), column + 2), theme::title()),
            Span::styled(cell(&tr!("merge-removed", id = r.other.client.id.to_string()), column), theme::title()),
        ]),
    ];
    let holdings = |s: &Side| [s.holdings.persons, s.holdings.contacts, s.holdings.orders];
    for (i, what) in [t("merge-persons"), t("merge-contacts"), t("merge-orders")].iter().enumerate() {
        lines.push(Line::from(vec![
            Span::styled(cell(&format!("  {what}"), label), theme::title()),
            Span::raw(cell(&holdings(&r.keep)[i].to_string(), column + 2)),
            Span::raw(cell(&holdings(&r.other)[i].to_string(), column)),
        ]));
    }
    let (keep, other) = (r.keep.card(), r.other.card());
    let mut focus = 0;
    for field in MergeField::ALL {
        let (a, b) = (field.value(&keep), field.value(&other));
        if a.is_none() && b.is_none() {
            continue;
        }
        let conflict = r.conflicts.iter().position(|f| *f == field);
        let at_cursor = conflict == Some(r.cursor);
        if at_cursor {
            focus = lines.len();
        }
        // The value taken: the other's where chosen, or where the kept has none.
        let other_taken = r.take_other.contains(&field) || a.is_none();
        let style = |taken: bool| match (taken, conflict.is_some()) {
            (true, true) => theme::selected(),
            (true, false) => ratatui::style::Style::default(),
            (false, _) => theme::dim(),
        };
        let marker = if at_cursor { "▸ " } else { "  " };
        // Where they disagree, a tick shows the value taken without colour.
        let tick = |taken: bool| match (conflict.is_some(), taken) {
            (true, true) => "✓ ",
            (true, false) => "  ",
            (false, _) => "",
        };
        lines.push(Line::from(vec![
            Span::styled(cell(&format!("{marker}{}", field.label()), label), theme::title()),
            Span::styled(
                cell(&format!("{}{}", tick(!other_taken), a.as_deref().unwrap_or("—")), column),
                style(!other_taken),
            ),
            Span::raw("  "),
            Span::styled(
                cell(&format!("{}{}", tick(other_taken), b.as_deref().unwrap_or("—")), column),
                style(other_taken),
            ),
        ]));
    }
    let card = r.card();
    lines.push(Line::styled(
        tr!("merge-joined", phones = card.phones.len(), emails = card.emails.len(), tags = card.tags.len()),
        theme::dim(),
    ));
    if r.conflicts.is_empty() {
        lines.push(Line::styled(t("merge-agree"), theme::dim()));
    }
    (lines, focus)
}

/// A title with a space either side, as the borders want.
fn padded(title: &str) -> String {
    format!(" {title} ")
}

fn key(k: &str) -> Span<'static> {
    Span::styled(format!(" {k}"), theme::title())
}

fn capture_lines(p: &CapturePrompt) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(vec![Span::styled(": ", theme::title()), Span::raw(format!("{}▏", p.text))]),
        Line::styled(t("capture-hint"), theme::dim()),
    ];
    if let Some(e) = &p.error {
        lines.push(Line::styled(e.clone(), theme::overdue()));
    }
    for (i, c) in p.candidates.iter().enumerate() {
        let city = c.city.as_deref().map(|c| format!(", {c}")).unwrap_or_default();
        let text = format!("{} {}{city}", if i == p.chosen { "▸" } else { " " }, c.name);
        lines.push(if i == p.chosen { Line::styled(text, theme::selected()) } else { Line::from(text) });
    }
    lines
}
