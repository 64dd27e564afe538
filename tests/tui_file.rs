//! The interface on a file on disk: the first frame from the first page of
//! the list, the whole list and its keys read on a second connection, and a
//! change made meanwhile kept.

#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use kartoteka::domain::classes::{Abc, Lifecycle};
use kartoteka::domain::clock::Clock;
use kartoteka::domain::model::{NewClient, NewOrder};
use kartoteka::domain::prospecting::plan_move;
use kartoteka::domain::{Category, Column};
use kartoteka::store::{Load, OpenMode, Store};
use kartoteka::tui::action::Action;
use kartoteka::tui::app::App;

fn clock() -> Clock {
    Clock::Fixed(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap().and_hms_opt(10, 0, 0).unwrap())
}

/// Takes in the background read, waiting for it at most ten seconds.
fn wait_for_list(app: &mut App) {
    let start = Instant::now();
    while !app.poll() {
        assert!(start.elapsed() < Duration::from_secs(10), "the list never came");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn the_first_page_comes_first_and_the_rest_without_losing_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    store
        .batch(|b| {
            for i in 0..450 {
                let new = NewClient { name: format!("Client {i:03}"), ..NewClient::default() };
                b.add_client(clock().now(), "Ana", &new)?;
            }
            Ok(())
        })
        .unwrap();
    drop(store);

    let store = Store::open(&path, OpenMode::Existing, clock(), "Ana").unwrap();
    let mut app = App::start(store).unwrap();
    assert!(!app.complete && app.loading());
    assert_eq!((app.rows.len(), app.total), (200, 450), "the first page, and the count of all");
    assert_eq!(app.selected_row().unwrap().name, "Client 000");
    // A move made before the list arrives must survive its arrival.
    app.update(Action::MoveRight);
    wait_for_list(&mut app);
    assert!(app.complete && !app.loading());
    assert_eq!(app.rows.len(), 450);
    let first = app.selected_row().unwrap();
    assert_eq!((first.name.as_str(), first.column), ("Client 000", Column::Interested));
    // The keys came with the list: the filter finds a client past the first page.
    for c in "client 449".chars() {
        app.update(Action::TypeChar(c));
    }
    assert_eq!(app.selected_row().unwrap().name, "Client 449");
}

#[test]
fn refresh_shows_a_change_made_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    let id = store.add_client(&NewClient { name: "Vector SRL".into(), ..NewClient::default() }).unwrap();
    let mut app = App::start(store).unwrap();
    assert!(app.complete, "a small file is read whole at once");
    for c in "vect".chars() {
        app.update(Action::TypeChar(c));
    }
    assert_eq!(app.shown.len(), 1, "with its search keys");
    app.update(Action::ClearFilter);

    let mut cli = Store::open(&path, OpenMode::Existing, clock(), "Ion").unwrap();
    cli.move_client(id, |from| plan_move(from, Some(Column::Interested), None, None)).unwrap();
    cli.add_client(&NewClient { name: "Alfa".into(), ..NewClient::default() }).unwrap();

    app.update(Action::FocusGained);
    wait_for_list(&mut app);
    let names: Vec<(&str, Column)> = app.rows.iter().map(|r| (r.name.as_str(), r.column)).collect();
    assert_eq!(names, vec![("Alfa", Column::Prospects), ("Vector SRL", Column::Interested)]);
    assert_eq!(app.selected_row().unwrap().name, "Vector SRL", "the cursor stays on its client");
}

#[test]
fn opening_reads_the_list_then_moves_colours_on_with_the_classes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    let buyer = store
        .batch(|b| {
            for i in 0..300 {
                let new = NewClient { name: format!("Client {i:03}"), ..NewClient::default() };
                b.add_client(clock().now(), "Ana", &new)?;
            }
            let buyer =
                b.add_client(clock().now(), "Ana", &NewClient { name: "Buyer".into(), ..NewClient::default() })?;
            // One paid order in May: by 23 November, with a window of three
            // months, the client is lost — red-gold once the colours follow.
            let order = NewOrder {
                date: NaiveDate::from_ymd_opt(2026, 5, 4).unwrap(),
                product: None,
                line: None,
                quantity: 1.0,
                amount: 10_000,
                paid: true,
            };
            b.add_order(clock().now(), buyer, &order)?;
            Ok(buyer)
        })
        .unwrap();
    drop(store);

    let store = Store::open(&path, OpenMode::Existing, clock(), "Ana").unwrap();
    let mut app = App::start(store).unwrap();
    wait_for_list(&mut app);
    let start = Instant::now();
    while app.classes.is_empty() {
        assert!(start.elapsed() < Duration::from_secs(10), "the classes never came");
        app.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(app.status.as_deref(), Some("1 client moved to another colour by their orders (see their history)"));
    let row = app.rows.iter().find(|r| r.id == buyer).unwrap();
    assert_eq!(row.category, Category::RedGold, "the moved client is read again");
    let classes = app.classes[&buyer];
    assert_eq!((classes.abc, classes.lifecycle), (Some(Abc::A), Lifecycle::Lost));
    assert_eq!(app.classes.len(), 301);
}

#[test]
fn the_reports_of_a_file_are_worked_out_on_a_second_connection() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    let id = store.add_client(&NewClient { name: "Vector SRL".into(), ..NewClient::default() }).unwrap();
    let order = NewOrder {
        date: NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(),
        product: None,
        line: None,
        quantity: 1.0,
        amount: 10_000,
        paid: true,
    };
    store.add_order(id, &order).unwrap();
    let mut app = App::start(store).unwrap();
    app.update(Action::ShowReports);
    assert!(app.reports_loading(), "the interface does not wait for them");
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| kartoteka::tui::view::draw(&app, f)).unwrap();
    let first_line: String = (0..80).map(|x| terminal.backend().buffer()[(x, 1)].symbol().to_string()).collect();
    assert!(first_line.contains("Reports · 2025-11 – 2026-10 · working them out…"), "{first_line}");
    let start = Instant::now();
    while app.reports_loading() {
        assert!(start.elapsed() < Duration::from_secs(10), "the reports never came");
        app.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
    let reports = app.reports.as_ref().unwrap();
    assert_eq!(reports.abc_counts, [1, 0, 0]);
}

#[test]
fn opening_takes_the_days_backup_and_lets_old_ones_go() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    store.add_client(&NewClient { name: "Ștefănescu SRL".into(), ..NewClient::default() }).unwrap();
    drop(store);
    // Sixty days of daily backups before today, one by hand, one saved before
    // a restore, and one of another file in the same folder.
    let backups = dir.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let first = NaiveDate::from_ymd_opt(2026, 9, 24).unwrap();
    let mut others = Vec::new();
    for day in first.iter_days().take(60) {
        std::fs::write(backups.join(format!("k-{}-090000-daily.db", day.format("%Y-%m-%d"))), b"old").unwrap();
    }
    for name in ["k-2026-08-01-120000.db", "k-2026-08-02-120000-before-restore.db", "other-2026-08-01-090000-daily.db"]
    {
        std::fs::write(backups.join(name), b"kept").unwrap();
        others.push(name.to_string());
    }

    let open = |path: &std::path::Path| {
        let mut app = App::start(Store::open(path, OpenMode::Existing, clock(), "Ana").unwrap()).unwrap();
        app.start_daily_backup().unwrap();
        let start = Instant::now();
        while app.backing_up() {
            app.poll();
            assert!(start.elapsed() < Duration::from_secs(10), "the backup never ended");
            std::thread::sleep(Duration::from_millis(5));
        }
        app
    };
    let app = open(&path);
    assert_eq!(
        app.status.as_deref(),
        Some(
            format!(
                "daily backup written: {}; 50 older removed",
                backups.join("k-2026-11-23-100000-daily.db").display()
            )
            .as_str()
        )
    );
    let mut left: Vec<String> =
        std::fs::read_dir(&backups).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    let daily: Vec<&str> =
        left.iter().filter(|n| n.starts_with("k-") && n.ends_with("-daily.db")).map(|n| &n[2..12]).collect();
    // Today and the six days before it; then the Sundays of the four weeks
    // before the week of the 17th, which the dailies reach into.
    assert_eq!(
        daily,
        [
            "2026-10-25",
            "2026-11-01",
            "2026-11-08",
            "2026-11-15",
            "2026-11-17",
            "2026-11-18",
            "2026-11-19",
            "2026-11-20",
            "2026-11-21",
            "2026-11-22",
            "2026-11-23"
        ]
    );
    assert!(others.iter().all(|o| left.contains(o)), "{left:?}");
    // The copy is a whole client file with the client in it.
    let copy = Store::open(&backups.join("k-2026-11-23-100000-daily.db"), OpenMode::Existing, clock(), "Ana").unwrap();
    assert_eq!(copy.client_count().unwrap(), 1);
    drop(copy);

    // Opened again the same day: no second backup, nothing said.
    let app = open(&path);
    assert_eq!(app.status, None);
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), left.len());
}

#[test]
fn quitting_waits_for_the_daily_backup_to_be_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path, OpenMode::Create, clock(), "Ana").unwrap();
    store.add_client(&NewClient { name: "Muñoz y Hijos".into(), ..NewClient::default() }).unwrap();
    drop(store);
    let mut app = App::start(Store::open(&path, OpenMode::Existing, clock(), "Ana").unwrap()).unwrap();
    app.start_daily_backup().unwrap();
    // Quit at once: what the interface does when the loop ends.
    app.finish_backup();
    assert!(!app.backing_up());
    let names: Vec<String> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["k-2026-11-23-100000-daily.db"], "one whole backup, no .part left");
}
