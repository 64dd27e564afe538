//! The dossier: the three parts of the client card — formal part with the
//! persons, special events, and the history figures — with the client's
//! place on the Shiffman board.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::figures::order_figures;
use crate::domain::model::Dossier;
use crate::i18n::{self, t};
use crate::tr;
use crate::tui::app::{App, Pane};
use crate::tui::theme;
use chrono::NaiveDate;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let block = super::pane_block(app, Pane::Dossier, format!(" {} ", t("dossier-title")));
    let lines = match &app.dossier {
        Some(d) => lines(d, app),
        None if app.rows.is_empty() => {
            vec![Line::styled(t("dossier-empty-file"), theme::dim())]
        }
        None => vec![Line::styled(tr!("dossier-no-match", filter = app.filter.as_str()), theme::dim())],
    };
    let text = Paragraph::new(lines).block(block).wrap(Wrap { trim: false }).scroll((app.dossier_scroll, 0));
    frame.render_widget(text, area);
}

fn joined(parts: &[Option<String>]) -> String {
    parts.iter().flatten().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(" · ")
}

fn heading(text: &str) -> Line<'static> {
    Line::styled(text.to_string(), theme::title())
}

fn lines(d: &Dossier, app: &App) -> Vec<Line<'static>> {
    let c = &d.client;
    let mut out = vec![
        Line::from(vec![
            Span::styled("● ", Style::new().fg(theme::category(c.category))),
            Span::styled(c.name.clone(), theme::title()),
        ]),
        Line::from(joined(&[
            Some(c.kind.label().to_string()),
            c.legal_name.clone(),
            c.city.clone(),
            c.address.clone(),
        ])),
    ];
    let contacts = joined(&[
        (!c.phones.is_empty()).then(|| format!("☎ {}", c.phones.join(", "))),
        (!c.emails.is_empty()).then(|| format!("✉ {}", c.emails.join(", "))),
        c.website.clone(),
    ]);
    if !contacts.is_empty() {
        out.push(Line::from(contacts));
    }
    let requisites = joined(&[
        c.industry.clone(),
        c.size.clone().map(|s| tr!("dossier-staff", size = s)),
        c.tax_id.clone().map(|id| tr!("dossier-tax-id", id = id)),
        c.bank.clone().map(|b| format!("{b} {}", c.bank_account.clone().unwrap_or_default())),
    ]);
    if !requisites.is_empty() {
        out.push(Line::from(requisites));
    }
    out.push(Line::from(joined(&[
        c.manager.clone().map(|m| tr!("dossier-manager", name = m)),
        c.source.clone().map(|s| tr!("dossier-source", source = s)),
        Some(format!("{} — {}", c.category.label(), c.category.meaning())),
    ])));
    if !c.tags.is_empty() {
        out.push(Line::from(c.tags.iter().map(|t| format!("#{t}")).collect::<Vec<_>>().join(" ")));
    }
    if let Some(classes) = app.classes.get(&c.id) {
        let abc = classes.abc.map_or("—", |a| a.id());
        let xyz = classes.xyz.map_or("—", |x| x.id());
        let life = classes.lifecycle.id();
        let life_label = classes.lifecycle.label();
        out.push(Line::from(vec![
            Span::styled(format!("{}  ", t("dossier-classes")), theme::title()),
            Span::raw("ABC "),
            Span::styled(abc, theme::class(abc)),
            Span::raw(" · XYZ "),
            Span::styled(xyz, theme::class(xyz)),
            Span::raw(" · "),
            Span::styled(life_label, theme::class(life)),
            Span::styled(format!(" ({})", t("dossier-twelve-months")), theme::dim()),
        ]));
    }

    let days = (app.today - c.column_since.date()).num_days();
    let since = i18n::date(c.column_since.date());
    let mut board = tr!("dossier-in-column", column = c.column.label(), since = since, days = days);
    if let Some(r) = c.result {
        board.push_str(&format!(": {}", r.label()));
        if let Some(why) = &c.result_reason {
            board.push_str(&format!(" ({why})"));
        }
    }
    out.push(Line::from(""));
    out.push(Line::from(vec![Span::styled(format!("{}  ", t("dossier-board")), theme::title()), Span::raw(board)]));
    let path: Vec<String> =
        d.moves.iter().map(|m| format!("{} {}", i18n::date_short(m.at.date()), m.to.label())).collect();
    out.push(Line::styled(path.join(" → "), theme::dim()));
    let next = match c.next_contact {
        Some(n) if n < app.today => Span::styled(tr!("dossier-overdue", date = i18n::date(n)), theme::overdue()),
        Some(n) => Span::raw(i18n::date(n)),
        None => Span::styled(t("dossier-not-set"), theme::dim()),
    };
    out.push(Line::from(vec![Span::styled(format!("{}  ", t("field-next_contact")), theme::title()), next]));
    // Open complaints come before everything else the card lists.
    for k in d.complaints.iter().filter(|k| k.is_open()) {
        let step = k.next_step().map(|s| s.label().to_lowercase()).unwrap_or_default();
        out.push(Line::from(vec![
            Span::styled(format!("{}  ", t("agenda-kind-complaint")), theme::overdue()),
            Span::raw(format!(
                "{} {} · {}",
                i18n::date(k.registered_at.date()),
                k.what,
                tr!("dossier-complaint-next", step = step)
            )),
        ]));
    }

    if !d.persons.is_empty() {
        out.push(Line::from(""));
        out.push(heading(t("dossier-persons")));
        for p in &d.persons {
            let mark = if p.decision_maker { "★ " } else { "  " };
            let details = joined(&[
                p.position.clone(),
                (!p.phones.is_empty()).then(|| p.phones.join(", ")),
                (!p.emails.is_empty()).then(|| p.emails.join(", ")),
                p.birthday.map(|b| match b.year {
                    Some(y) => NaiveDate::from_ymd_opt(y, b.month, b.day)
                        .map_or_else(|| b.to_string(), |d| tr!("dossier-born", date = i18n::date(d))),
                    // 2000 holds every day, 29 February too.
                    None => NaiveDate::from_ymd_opt(2000, b.month, b.day)
                        .map_or_else(|| b.to_string(), |d| tr!("dossier-birthday", date = i18n::day_month(d))),
                }),
            ]);
            out.push(Line::from(vec![
                Span::raw(mark),
                Span::styled(p.name.clone(), theme::title()),
                Span::raw(format!("  {details}")),
            ]));
        }
    }

    let figures = order_figures(&d.orders);
    if !figures.products.is_empty() {
        out.push(Line::from(""));
        out.push(heading(t("dossier-bought")));
        for p in &figures.products {
            let last = tr!("dossier-last-bought", date = i18n::date(p.last));
            out.push(Line::from(format!("  {} ×{}  {last}  {}", p.name, p.times, i18n::amount(p.total))));
        }
    }
    if !figures.by_year.is_empty() {
        let years: Vec<String> =
            figures.by_year.iter().map(|(y, sum)| format!("{y}: {}", i18n::amount(*sum))).collect();
        out.push(Line::from(vec![
            Span::styled(format!("{}  ", t("dossier-by-year")), theme::title()),
            Span::raw(years.join(" · ")),
        ]));
        let quarters: Vec<String> = figures
            .by_quarter
            .iter()
            .take(4)
            .map(|(y, q, sum)| format!("{y} {}: {}", tr!("dossier-quarter", q = *q), i18n::amount(*sum)))
            .collect();
        out.push(Line::from(vec![
            Span::styled(format!("{}  ", t("dossier-quarters")), theme::title()),
            Span::raw(quarters.join(" · ")),
        ]));
    }

    if !d.events.is_empty() {
        out.push(Line::from(""));
        out.push(heading(t("dossier-events")));
        for e in &d.events {
            let yearly = if e.yearly { format!(" ({})", t("dossier-yearly")) } else { String::new() };
            out.push(Line::from(format!("  {} {}{yearly}", i18n::date(e.date), e.title)));
        }
    }
    if let Some(notes) = &c.notes {
        out.push(Line::from(""));
        out.push(heading(t("field-notes")));
        out.push(Line::from(notes.clone()));
    }
    history(d, &mut out);
    out
}

/// The newest changes of the card and moves on the board (the contacts
/// are in the log beside), with who made them and the values before and
/// after; the rest is one command away.
fn history(d: &Dossier, out: &mut Vec<Line<'static>>) {
    const SHOWN: usize = 20;
    let entries = crate::domain::history::of_card(d);
    if entries.is_empty() {
        return;
    }
    out.push(Line::from(""));
    out.push(heading(t("dossier-history")));
    for e in entries.iter().take(SHOWN) {
        let change = match (&e.before, &e.after) {
            (Some(before), Some(after)) => format!("{before} → {after}"),
            (Some(before), None) => format!("{before} → —"),
            (None, after) => after.clone().unwrap_or_default(),
        };
        out.push(Line::from(vec![
            Span::styled(format!("  {} ", i18n::date_time(e.at)), theme::dim()),
            Span::raw(format!("{}: {change}", i18n::recorded(&e.what))),
            Span::styled(e.by.as_ref().map(|b| format!("  {b}")).unwrap_or_default(), theme::dim()),
        ]));
    }
    if entries.len() > SHOWN {
        let more = entries.len() - SHOWN;
        out.push(Line::styled(
            format!("  … {}", tr!("dossier-more-history", n = more, id = d.client.id.to_string())),
            theme::dim(),
        ));
    }
}
