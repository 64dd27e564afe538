//! The interface as a user sees it: scripted keys through the keymap and
//! `update`, rendered into a `TestBackend`, compared with snapshots.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::{Column, ContactKind, Outcome};
use kartoteka::tui::keymap;
use tui_support::{date, draw, key, named, office, press, screen};

#[test]
fn list_dossier_and_log_at_80x24() {
    let app = office();
    insta::assert_snapshot!(screen(&app, 80, 24));
}

#[test]
fn list_beside_dossier_at_120x40() {
    let app = office();
    insta::assert_snapshot!(screen(&app, 120, 40));
}

#[test]
fn saved_selections_narrow_the_list_one_after_another() {
    let mut app = office();
    press(&mut app, "S");
    assert_eq!(app.status.as_deref(), Some("no saved selections: kartoteka selection save NAME --city …"));
    let mut store = tui_support::office_store();
    store.save_selection("Moscova", r#"{"city":"москва"}"#).unwrap();
    store.save_selection("Gold", r#"{"category":"gold"}"#).unwrap();
    let mut app = kartoteka::tui::app::App::new(store).unwrap();
    // In name order: Gold, then Moscova, then every client again.
    press(&mut app, "S");
    assert_eq!(app.status.as_deref(), Some("selection Gold: 2 clients"));
    press(&mut app, "S");
    assert_eq!(app.status.as_deref(), Some("selection Moscova: 1 client"));
    let s = screen(&app, 80, 24);
    assert!(s.contains("Clients by name · selection Moscova") && s.contains("1 / 6"), "{s}");
    // Typing filters within the selection: Фёдоров is in Kazan, not in it.
    press(&mut app, "/фед");
    assert_eq!(app.shown.len(), 0);
    key(&mut app, KeyCode::Esc);
    press(&mut app, "S");
    assert_eq!(app.status.as_deref(), Some("every client"));
    assert_eq!(app.shown.len(), 6);
}

#[test]
fn filter_narrows_as_you_type_without_diacritics() {
    let mut app = office();
    press(&mut app, "/stef");
    let s = screen(&app, 120, 40);
    assert!(s.contains("1 / 6"), "{s}");
    insta::assert_snapshot!(s);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.shown.len(), 6, "Esc clears the filter");
    press(&mut app, "/федоров");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.selected_row().unwrap().name, "Фёдоров и партнёры");
    press(&mut app, "q");
    assert!(app.quit, "after Enter the keys act again");
}

#[test]
fn filter_finds_phones_and_persons() {
    let mut app = office();
    press(&mut app, "/0722123456");
    assert_eq!(app.selected_row().unwrap().name, "Ștefănescu Impex");
    key(&mut app, KeyCode::Esc);
    press(&mut app, "/ion popa");
    assert_eq!(app.shown.len(), 1);
}

#[test]
fn sort_cycles_through_next_and_last_contact() {
    let mut app = office();
    press(&mut app, "s");
    assert_eq!(app.selected_row().unwrap().name, "Ștefănescu Impex", "the overdue next contact comes first");
    press(&mut app, "s");
    assert_eq!(app.selected_row().unwrap().name, "Иванов Андрей", "the latest contact comes first");
    let s = screen(&app, 80, 24);
    assert!(s.contains("sorted by last contact"), "{s}");
    press(&mut app, "s");
    assert_eq!(app.selected_row().unwrap().name, "Álvarez S.L.");
}

#[test]
fn moving_the_selection_loads_the_dossier() {
    let mut app = office();
    press(&mut app, "jj");
    assert_eq!(app.dossier.as_ref().unwrap().client.name, "Øster ApS");
    key(&mut app, KeyCode::End);
    assert_eq!(app.selected_row().unwrap().name, "Фёдоров и партнёры");
    press(&mut app, "j");
    assert_eq!(app.selected_row().unwrap().name, "Фёдоров и партнёры", "stops at the last client");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "j");
    assert_eq!(app.dossier_scroll, 1, "in the dossier the keys scroll");
}

#[test]
fn help_overlay_comes_from_the_keymap() {
    let mut app = office();
    press(&mut app, "?");
    let s = screen(&app, 120, 40);
    for (keys, what) in app.keymap.help_lines(keymap::Context::Main) {
        assert!(s.contains(&keys) && s.contains(what), "help lacks {keys} {what}");
    }
    insta::assert_snapshot!(s);
    key(&mut app, KeyCode::Esc);
    assert!(!screen(&app, 120, 40).contains(" Keys "));
}

#[test]
fn a_tiny_window_says_so() {
    let app = office();
    insta::assert_snapshot!(screen(&app, 30, 8));
}

#[test]
fn every_size_renders_without_panic() {
    let app = office();
    let mut count = 0;
    for width in (0..=120).step_by(7) {
        for height in (0..=40).step_by(3) {
            // TestBackend cannot print a zero-wide buffer; drawing it is the test.
            draw(&app, width, height);
            count += 1;
        }
    }
    println!("{count} sizes rendered, 0 panics");
}

#[test]
fn the_board_shows_six_columns_with_counts() {
    let mut app = office();
    press(&mut app, "2");
    let s = screen(&app, 120, 30);
    for title in ["Prospects 4", "Interested 1", "Follow-up 1 0", "Result 1"] {
        assert!(s.contains(title), "missing {title}: {s}");
    }
    insta::assert_snapshot!(s);
}

#[test]
fn moving_a_card_right_records_the_move() {
    let mut app = office();
    press(&mut app, "jj2"); // Øster ApS, in prospects
    assert_eq!(named(&app), "Øster ApS");
    press(&mut app, ">");
    assert_eq!(app.status.as_deref(), Some("Øster ApS moved to Interested"));
    let s = screen(&app, 120, 30);
    assert!(s.contains("Prospects 3") && s.contains("Interested 2"), "{s}");
    assert_eq!(named(&app), "Øster ApS", "the cursor follows the card");
    assert_eq!(app.board.column, 1);
    let moves = &app.dossier.as_ref().unwrap().moves;
    assert_eq!(moves.last().unwrap().to, Column::Interested);
    assert_eq!(moves.last().unwrap().by.as_deref(), Some("Ana Popescu"));
    press(&mut app, "<");
    assert_eq!(app.status.as_deref(), Some("Øster ApS moved to Prospects"));
}

#[test]
fn moving_into_result_asks_the_result_and_the_reason_when_lost() {
    let mut app = office();
    press(&mut app, "jj2");
    press(&mut app, ">>>>"); // to follow-up 3, the cursor following
    assert_eq!(named(&app), "Øster ApS");
    assert_eq!(app.board.column, 4);
    press(&mut app, ">");
    insta::assert_snapshot!("result_prompt", screen(&app, 80, 24));
    press(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    assert!(s.contains("a lost client needs the reason"), "{s}");
    press(&mut app, "price");
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none());
    let client = &app.dossier.as_ref().unwrap().client;
    assert_eq!((client.column, client.result), (Column::Result, Some(Outcome::Lost)));
    assert_eq!(client.result_reason.as_deref(), Some("price"));
}

#[test]
fn escape_cancels_a_result_and_writes_nothing() {
    let mut app = office();
    press(&mut app, "jj2>>>>>");
    key(&mut app, KeyCode::Esc);
    assert!(app.modal.is_none());
    assert_eq!(app.status.as_deref(), Some("cancelled, nothing written"));
    assert_eq!(app.dossier.as_ref().unwrap().client.column, Column::FollowUp3);
}

#[test]
fn logging_a_call_takes_two_keys_beside_the_typing() {
    let mut app = office();
    press(&mut app, "jjj"); // Ștefănescu Impex, with its decision-maker
    assert_eq!(named(&app), "Ștefănescu Impex");
    press(&mut app, "c");
    press(&mut app, "Confirmed the order");
    insta::assert_snapshot!("contact_form", screen(&app, 80, 24));
    key(&mut app, KeyCode::Enter);
    let d = app.dossier.as_ref().unwrap();
    let logged = &d.contacts[0];
    assert_eq!(logged.summary, "Confirmed the order");
    assert_eq!(logged.kind, ContactKind::CallOut);
    assert_eq!(logged.person.as_deref(), Some("Elena Ștefănescu"), "prefilled with the decision-maker");
    assert_eq!(logged.at, date("2026-11-23").and_hms_opt(10, 0, 0).unwrap(), "prefilled with now");
}

#[test]
fn the_contact_form_takes_outcome_and_next_date_and_refuses_a_bad_date() {
    let mut app = office();
    press(&mut app, "jjjc");
    press(&mut app, "Sent the price list");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "3"); // call back; the focus moves on to the next date
    press(&mut app, "31.02.2026");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    assert!(s.contains("'31.02.2026': this date does not exist"), "{s}");
    insta::assert_snapshot!("contact_form_error", s);
    assert_eq!(app.dossier.as_ref().unwrap().contacts.len(), 1, "nothing saved");
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "+1w");
    key(&mut app, KeyCode::Enter);
    let d = app.dossier.as_ref().unwrap();
    assert_eq!(d.contacts[0].outcome.as_deref(), Some("call_back"));
    assert_eq!(d.contacts[0].next_contact, Some(date("2026-11-30")));
    assert_eq!(d.client.next_contact, Some(date("2026-11-30")));
}

#[test]
fn enter_on_a_card_opens_its_dossier_in_the_list() {
    let mut app = office();
    press(&mut app, "2hhhh"); // from Álvarez in result back to interested: Ștefănescu Impex
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.view, kartoteka::tui::app::View::List);
    assert_eq!(named(&app), "Ștefănescu Impex");
    assert_eq!(app.dossier.as_ref().unwrap().client.name, "Ștefănescu Impex");
}

#[test]
fn the_board_narrows_to_one_salesperson() {
    let mut app = office();
    press(&mut app, "2m");
    assert_eq!(app.board.manager.as_deref(), Some("Ana Popescu"));
    let s = screen(&app, 120, 30);
    assert!(s.contains("Board · Ana Popescu"), "{s}");
    press(&mut app, "m");
    assert_eq!(app.board.manager, None, "after the last salesperson, everyone again");
}

#[test]
fn reports_view_shows_the_period_and_moves_it_a_month_at_a_time() {
    let mut app = office();
    press(&mut app, "3");
    let s = screen(&app, 80, 24);
    // The default period is the last twelve full months; the office's only
    // order (Ștefănescu, October 2026) makes it the one A client.
    assert!(s.contains("Reports · 2025-11 – 2026-10"), "{s}");
    assert!(s.contains("ABC curve · A 1 · B 0 · C 0"), "{s}");
    insta::assert_snapshot!("reports_80x24", s);

    // A month on: November 2026, when the office's clients were placed on
    // the board and Иванов called in on a referral.
    press(&mut app, "]");
    let s = screen(&app, 120, 40);
    assert!(s.contains("Reports · 2025-12 – 2026-11 · contract 0 · purchase 0 · later 0 · lost 1"), "{s}");
    assert!(s.contains("Incoming calls · 2026-11 · 1 · referral 1"), "{s}");
    insta::assert_snapshot!("reports_120x40", s);

    press(&mut app, "]");
    assert_eq!(app.status.as_deref(), Some("the reports already end with this month"));
    press(&mut app, "[[");
    assert!(screen(&app, 80, 24).contains("Reports · 2025-10 – 2026-09"));
    press(&mut app, "1");
    assert!(screen(&app, 80, 24).contains("Ștefănescu Impex"), "1 goes back to the list");
}

#[test]
fn the_list_shows_and_narrows_by_class_and_the_dossier_names_the_classes() {
    let mut app = office();
    // Ștefănescu's order of October 2026 is the only turnover of the last
    // twelve months: class A, a new client, no XYZ class yet.
    press(&mut app, "v");
    assert_eq!(app.status.as_deref(), Some("showing the ABC class of each client"));
    press(&mut app, "f");
    assert_eq!(app.status.as_deref(), Some("only ABC A: 1 client"));
    let s = screen(&app, 120, 40);
    assert!(s.contains("Clients by name · ABC A only"), "{s}");
    assert!(s.contains("Classes  ABC A · XYZ — · New (last twelve months)"), "{s}");
    insta::assert_snapshot!("class_filter_120x40", s);
    let on_board: usize = app.board_cards().iter().map(Vec::len).sum();
    assert_eq!(on_board, 1, "the board shows the same narrowed clients");
    press(&mut app, "f");
    assert_eq!(app.shown.len(), 0, "nobody is B");
    press(&mut app, "vv");
    assert_eq!(
        (app.lens, app.class_filter),
        (kartoteka::tui::lens::Lens::Lifecycle, None),
        "a new column clears the filter"
    );
    assert_eq!(app.shown.len(), 6);
    press(&mut app, "ff");
    assert_eq!(app.status.as_deref(), Some("only Life New: 1 client"));
    press(&mut app, "ffff");
    assert_eq!(app.status.as_deref(), Some("every class"));
    assert_eq!(app.shown.len(), 6);
}
