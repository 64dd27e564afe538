//! The modal forms drawn over the view, all from the one `Form` model, and
//! the one-question prompts.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::domain::duplicates::MergeField;
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
        Modal::Result(p) => (format!(" Result for {} ", p.name), result_lines(p), 0),
        Modal::Delete(p) if p.erase.is_some() => (" Erase a client ".to_string(), delete_lines(p), 0),
        Modal::Delete(p) => (" Delete a client ".to_string(), delete_lines(p), 0),
        Modal::Merge(r) => {
            let width = area.width.min(MERGE_WIDTH);
            let (lines, focus) = merge_lines(r, usize::from(width.saturating_sub(2)));
            (format!(" Duplicates {} of {} ", r.group + 1, r.groups.len()), lines, focus)
        }
        Modal::Contact(f) => {
            let header = Line::styled(f.at.format("%d.%m.%Y %H:%M").to_string(), theme::dim());
            let hint = "next: a date, +2d, +1w, +1m, tomorrow or a weekday";
            let (lines, focus) = form_lines(&f.form, Some(header), vec![Line::styled(hint, theme::dim())]);
            (format!(" Contact with {} ", f.name), lines, focus)
        }
        Modal::Client(f) => {
            let title =
                if f.is_new() { " New client ".to_string() } else { format!(" Edit {} ", f.form.text(FieldKey::Name)) };
            let (lines, focus) = form_lines(&f.form, None, duplicate_lines(f));
            (title, lines, focus)
        }
        Modal::Capture(p) => (" Quick capture ".to_string(), capture_lines(p), 0),
        Modal::Journal(l) => {
            let width = area.width.min(MERGE_WIDTH);
            let (lines, focus) = journal_lines(l, usize::from(width.saturating_sub(2)));
            (format!(" Journal: the newest {} steps ", l.steps.len()), lines, focus)
        }
        Modal::Person(f) => {
            let hint = Line::styled("birthday: 15.03.1980, or 15.03 without the year", theme::dim());
            let (lines, focus) = form_lines(&f.form, None, vec![hint]);
            (format!(" New person of {} ", f.name), lines, focus)
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
    let head = if f.warned {
        "Already in the file? Enter adds it anyway, Esc cancels:"
    } else {
        "Looks like a client already in the file:"
    };
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

fn delete_lines(p: &DeletePrompt) -> Vec<Line<'static>> {
    if let Some(typed) = &p.erase {
        let mut lines = vec![
            Line::from(vec![
                Span::raw("Erase "),
                Span::styled(p.name.clone(), theme::title()),
                Span::raw(" for good?"),
            ]),
            Line::from(format!("With it go {}, and its whole history.", p.what_goes())),
            Line::styled("This cannot be undone.", theme::overdue()),
            Line::from(format!("Note: {}.", p.kept)),
            Line::from(vec![
                Span::raw("Type its name to erase it: "),
                Span::styled(format!("{typed}▏"), theme::title()),
            ]),
        ];
        if let Some(e) = &p.error {
            lines.push(Line::styled(e.clone(), theme::overdue()));
        }
        lines.push(Line::from(vec![key("Enter"), Span::raw(" erase   "), key("Esc"), Span::raw(" keep it")]));
        return lines;
    }
    vec![
        Line::from(vec![Span::raw("Delete "), Span::styled(p.name.clone(), theme::title()), Span::raw("?")]),
        Line::from(format!("With it go {}.", p.what_goes())),
        Line::from(vec![
            key("y"),
            Span::raw(" delete   "),
            key("n"),
            Span::raw(" keep it   "),
            key("u"),
            Span::raw(" afterwards undoes   "),
            key("x"),
            Span::raw(" erase for good…"),
        ]),
    ]
}

/// The journal's steps as a table, the one under the cursor marked; the
/// line of the cursor, to keep in sight.
fn journal_lines(l: &JournalList, width: usize) -> (Vec<Line<'static>>, usize) {
    let mut lines = vec![Line::from(vec![
        key("u"),
        Span::raw(" undoes the step under the cursor, a whole import or merge at once   "),
        key("Esc"),
        Span::raw(" closes"),
    ])];
    if let Some(e) = &l.error {
        lines.push(Line::styled(e.clone(), theme::overdue()));
    }
    if l.steps.is_empty() {
        lines.push(Line::styled("Nothing has been written to the file yet.", theme::dim()));
        return (lines, 0);
    }
    let rest = width.saturating_sub(2 + 6 + 15 + 14 + 18);
    let row = |step: &str, when: &str, by: &str, what: &str, client: &str| {
        format!("{}{}{}{}{}", cell(step, 6), cell(when, 15), cell(by, 14), cell(what, 18), cell(client, rest))
    };
    lines.push(Line::styled(format!("  {}", row("step", "when", "by", "what", "client")), theme::dim()));
    let top = lines.len();
    for (i, s) in l.steps.iter().enumerate() {
        let client = s.client_label();
        let client = match s.undone_by {
            Some(by) if client.is_empty() => format!("undone by {by}"),
            Some(by) => format!("{client} · undone by {by}"),
            None => client,
        };
        let text = row(&s.id.to_string(), &s.at.format("%d.%m.%y %H:%M").to_string(), &s.by, &s.what, &client);
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
            Span::styled(cell(&format!("kept #{}", r.keep.client.id), column + 2), theme::title()),
            Span::styled(cell(&format!("merged in, removed #{}", r.other.client.id), column), theme::title()),
        ]),
    ];
    let holdings = |s: &Side| [s.holdings.persons, s.holdings.contacts, s.holdings.orders];
    for (i, what) in ["persons", "contacts", "orders"].iter().enumerate() {
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
            Span::styled(cell(&format!("{marker}{}", field.id().replace('_', " ")), label), theme::title()),
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
        format!(
            "phones {}, e-mails {}, tags {}: both cards'; notes joined; persons, contacts, orders, history move",
            card.phones.len(),
            card.emails.len(),
            card.tags.len()
        ),
        theme::dim(),
    ));
    if r.conflicts.is_empty() {
        lines.push(Line::styled("the two cards do not disagree on any field", theme::dim()));
    }
    (lines, focus)
}

fn key(k: &str) -> Span<'static> {
    Span::styled(format!(" {k}"), theme::title())
}

fn capture_lines(p: &CapturePrompt) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(vec![Span::styled(": ", theme::title()), Span::raw(format!("{}▏", p.text))]),
        Line::styled(
            "call|callin|meeting|email|letter|visit CLIENT ok|na|back|refused|won \"what was said\" +3d #tag",
            theme::dim(),
        ),
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
