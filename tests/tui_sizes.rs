//! Every screen of the interface draws at every size from 0×0 to 120×40
//! without a panic, with names in CJK, emoji and combining characters.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::Category;
use kartoteka::domain::model::{NewClient, NewPerson};
use kartoteka::tui::app::App;
use kartoteka::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::{key, office_store, press};

/// The small office with names that are wide, joined or combined.
fn office() -> App {
    let mut store = office_store();
    for (name, city) in [
        ("東京精密機械株式会社", "東京都"),
        ("Café 😀 Ρόδος 👨\u{200d}👩\u{200d}👧", "Αθήνα"),
        // Ș and ă written as a letter and a combining mark.
        ("S\u{0326}tefa\u{0306}nescu Combinat", "Bras\u{0326}ov"),
        ("Muñoz y Hijos 2", "Madrid"),
    ] {
        let id = store
            .add_client(&NewClient {
                name: name.into(),
                city: Some(city.into()),
                category: Some(Category::Yellow),
                phones: vec!["+7 495 123 45 67".into()],
                ..NewClient::default()
            })
            .unwrap();
        store.add_person(id, &NewPerson { name: format!("{name} 山田太郎"), ..NewPerson::default() }).unwrap();
    }
    App::new(store).unwrap()
}

/// Each screen and the keys that open it from the list.
const SCREENS: &[(&str, &[&str])] = &[
    ("list", &[]),
    ("list, the card focused", &["\t"]),
    ("filter", &["/東"]),
    ("help", &["?"]),
    ("board", &["2"]),
    ("reports", &["3"]),
    ("agenda", &["4"]),
    ("greetings", &["4", "t"]),
    ("call queue", &["4", "\r"]),
    ("log a contact", &["c"]),
    ("quick capture", &[":"]),
    ("add a client", &["a"]),
    ("edit a client", &["G", "e"]),
    ("add a person", &["p"]),
    ("delete", &["d"]),
    ("erase, a name typed", &["d", "x", "東京 🏢"]),
    ("duplicates", &["D"]),
    ("journal", &["J"]),
];

fn open(keys: &[&str]) -> App {
    let mut app = office();
    for k in keys {
        match *k {
            "\t" => key(&mut app, KeyCode::Tab),
            "\r" => key(&mut app, KeyCode::Enter),
            text => press(&mut app, text),
        }
    }
    app
}

/// Draws `app` at every size from 0×0 to 120×40; the frames drawn.
fn draw_every_size(name: &str, app: &App) -> usize {
    assert!(app.status.as_deref().is_none_or(|s| !s.starts_with("error")), "{name}: {:?}", app.status);
    let mut terminal = Terminal::new(TestBackend::new(0, 0)).unwrap();
    let mut draws = 0;
    for width in 0..=120 {
        for height in 0..=40 {
            terminal.backend_mut().resize(width, height);
            terminal.resize(ratatui::layout::Rect::new(0, 0, width, height)).unwrap();
            terminal.draw(|frame| view::draw(app, frame)).unwrap();
            draws += 1;
        }
    }
    draws
}

#[test]
fn every_screen_draws_at_every_size_up_to_120_by_40() {
    // The screens shared out over the cores: each thread opens its own.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let draws: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    SCREENS
                        .iter()
                        .skip(t)
                        .step_by(threads)
                        .map(|(name, keys)| draw_every_size(name, &open(keys)))
                        .sum::<usize>()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    println!("{} screens × 121 × 41 sizes: {draws} frames drawn, 0 panics", SCREENS.len());
    assert_eq!(draws, SCREENS.len() * 121 * 41);
}

#[test]
fn wide_and_combined_names_keep_the_columns_in_line() {
    let app = open(&["G"]);
    let text = tui_support::screen(&app, 100, 16);
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    for line in text.lines() {
        // The dump quotes each line, then may note the cells a wide
        // character covers: the line as shown is 100 cells, borders in place.
        let body = line.strip_prefix('"').unwrap();
        let shown = body.split_once("\" Hidden by").map_or_else(|| body.strip_suffix('"').unwrap(), |(l, _)| l);
        assert_eq!(width(shown), 100, "{line}");
        if shown.starts_with('│') {
            // The list's right border is the 50th cell, whatever the names.
            let mut cells = 0;
            let border = shown.chars().find(|&c| {
                cells += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                cells == 50
            });
            assert_eq!(border, Some('│'), "{line}");
        }
    }
    for name in ["東京精密機械株", "Café 😀 Ρόδος", "S\u{0326}tefa\u{0306}nescu Co", "Bras\u{0326}ov"] {
        assert!(text.contains(name), "{name} not drawn:\n{text}");
    }
}
