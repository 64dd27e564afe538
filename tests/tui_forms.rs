//! The forms of the interface — add, edit, person, delete — with undo and
//! the mouse, as a user sees them.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::Column;
use kartoteka::domain::dates::Birthday;
use kartoteka::tui::action::Action;
use kartoteka::tui::app::View;
use tui_support::{date, key, named, office, press, screen};

fn tab(app: &mut kartoteka::tui::app::App, times: usize) {
    for _ in 0..times {
        key(app, KeyCode::Tab);
    }
}

#[test]
fn adding_a_client_shows_one_that_looks_the_same_before_saving() {
    let mut app = office();
    let before = app.rows.len();
    press(&mut app, "a");
    press(&mut app, "Stefanescu impex");
    let s = screen(&app, 80, 24);
    assert!(s.contains("Looks like a client already in the file:"), "{s}");
    assert!(s.contains("Ștefănescu Impex, Iași"), "the same folded name: {s}");
    insta::assert_snapshot!("new_client_duplicate", s);
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("Enter adds it anyway"), "the first Enter asks again");
    assert_eq!(app.rows.len(), before, "nothing saved yet");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.rows.len(), before + 1);
    assert_eq!(named(&app), "Stefanescu impex", "the cursor is on the new client");
    assert_eq!(app.status.as_deref(), Some("Stefanescu impex added"));
}

#[test]
fn a_phone_already_in_the_file_is_a_duplicate_too() {
    let mut app = office();
    press(&mut app, "a");
    press(&mut app, "Impex Nou");
    tab(&mut app, 5); // to Phones
    press(&mut app, "0722-123-456");
    let s = screen(&app, 80, 24);
    assert!(s.contains("Ștefănescu Impex, Iași"), "the same number with another prefix: {s}");
}

#[test]
fn the_client_form_refuses_an_empty_name_and_a_bad_email_in_place() {
    let mut app = office();
    let before = app.rows.len();
    press(&mut app, "a");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app, 80, 24).contains("must not be empty"));
    press(&mut app, "Vector SRL");
    tab(&mut app, 6); // to E-mails
    press(&mut app, "office(at)vector.ro");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    assert!(s.contains("'office(at)vector.ro': expected an e-mail address"), "{s}");
    insta::assert_snapshot!("new_client_error", s);
    assert_eq!(app.rows.len(), before, "nothing saved");
    assert!(app.modal.is_some(), "the form stays open with what was typed");
}

#[test]
fn editing_a_client_saves_and_records_each_change() {
    let mut app = office();
    press(&mut app, "jjj");
    assert_eq!(named(&app), "Ștefănescu Impex");
    press(&mut app, "e");
    insta::assert_snapshot!("edit_client", screen(&app, 80, 24));
    tab(&mut app, 3); // to City
    for _ in 0.."Iași".chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "Cluj-Napoca");
    tab(&mut app, 10); // to Next contact, planned for 20.11.2026
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "+1w");
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none(), "{}", screen(&app, 80, 30));
    let d = app.dossier.as_ref().unwrap();
    assert_eq!(d.client.city.as_deref(), Some("Cluj-Napoca"));
    assert_eq!(d.client.next_contact, Some(date("2026-11-30")));
    let changes: Vec<&str> = d.changes.iter().map(|c| c.what.as_str()).collect();
    // The fixture's paid order made the client gold before the edit.
    assert_eq!(changes, vec!["category from orders", "city", "next contact"]);
    assert_eq!(app.selected_row().unwrap().city.as_deref(), Some("Cluj-Napoca"), "the list row follows");
    // The dossier lists them with who made them, before and after.
    let s = screen(&app, 120, 80);
    assert!(s.contains("2026-11-23 10:00 city: Iași → Cluj-Napoca  Ana Popescu"), "{s}");
    assert!(s.contains("next contact: 2026-11-20 → 2026-11-30"), "{s}");
}

#[test]
fn a_person_with_an_impossible_birthday_is_not_saved() {
    let mut app = office();
    press(&mut app, "jjjp");
    press(&mut app, "Radu Ionescu");
    tab(&mut app, 4); // to Birthday
    press(&mut app, "31.02.1980");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    assert!(s.contains("'31.02.1980'"), "{s}");
    insta::assert_snapshot!("person_birthday_error", s);
    assert_eq!(app.dossier.as_ref().unwrap().persons.len(), 2, "nothing saved");
    for _ in 0..4 {
        key(&mut app, KeyCode::Backspace);
    }
    key(&mut app, KeyCode::Backspace); // "31.02" without the year is still no date
    for _ in 0..5 {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "28.02");
    key(&mut app, KeyCode::Enter);
    let persons = &app.dossier.as_ref().unwrap().persons;
    let radu = persons.iter().find(|p| p.name == "Radu Ionescu").unwrap();
    assert_eq!(radu.birthday, Some(Birthday { year: None, month: 2, day: 28 }));
    assert!(!radu.decision_maker, "the client has a decision-maker already");
}

#[test]
fn delete_names_the_client_and_undo_brings_everything_back() {
    let mut app = office();
    press(&mut app, "jjj");
    let before = app.dossier.clone().unwrap();
    let total = app.rows.len();
    press(&mut app, "d");
    let s = screen(&app, 80, 24);
    assert!(s.contains("Delete Ștefănescu Impex?"), "{s}");
    assert!(s.contains("With it go 2 persons, 1 contact and 1 order."), "{s}");
    insta::assert_snapshot!("delete_prompt", s);
    press(&mut app, "n");
    assert_eq!(app.rows.len(), total, "n keeps it");
    press(&mut app, "dy");
    assert_eq!(app.rows.len(), total - 1);
    assert_eq!(app.status.as_deref(), Some("Ștefănescu Impex deleted (u undoes)"));
    assert_ne!(named(&app), "Ștefănescu Impex");
    press(&mut app, "u");
    assert_eq!(app.rows.len(), total);
    assert_eq!(app.status.as_deref(), Some("undone: delete of Ștefănescu Impex (step 14)"));
    assert_eq!(named(&app), "Ștefănescu Impex", "the cursor is back on it");
    let mut back = app.dossier.clone().unwrap();
    let undo = back.changes.pop().unwrap();
    assert_eq!((undo.what.as_str(), undo.by.as_deref()), ("undo", Some("Ana Popescu")), "the undo is in the history");
    back.client.version = before.client.version;
    assert_eq!(back, before, "persons, contacts, orders and history are back");
}

#[test]
fn erasing_for_good_asks_for_the_name_and_leaves_nothing_to_undo() {
    let mut app = office();
    press(&mut app, "jjj");
    let id = app.dossier.as_ref().unwrap().client.id;
    let total = app.rows.len();
    press(&mut app, "dx");
    let s = screen(&app, 80, 24);
    assert!(s.contains("Erase Ștefănescu Impex for good?"), "{s}");
    assert!(s.contains("This cannot be undone."), "{s}");
    press(&mut app, "Vector");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 80, 24);
    assert!(s.contains("'Vector' is not the client's name; nothing erased"), "{s}");
    insta::assert_snapshot!("erase_prompt", s);
    assert_eq!(app.rows.len(), total);
    for _ in 0.."Vector".len() {
        key(&mut app, KeyCode::Backspace);
    }
    // Typed as a user types it: without the diacritics, in any case.
    press(&mut app, "stefanescu impex");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.rows.len(), total - 1);
    assert_eq!(app.status.as_deref(), Some("Ștefănescu Impex erased for good; no backups keep it"));
    assert!(app.store().journal(Some(id), 10).unwrap().is_empty(), "no step names it");
    press(&mut app, "u");
    assert_eq!(app.rows.len(), total - 1, "u does not bring it back");
}

#[test]
fn undo_takes_back_a_move_then_a_call() {
    let mut app = office();
    press(&mut app, "jjj>");
    press(&mut app, "c");
    press(&mut app, "Called");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.dossier.as_ref().unwrap().contacts.len(), 2);
    press(&mut app, "u");
    assert_eq!(app.status.as_deref(), Some("undone: contact of Ștefănescu Impex (step 15)"));
    assert_eq!(app.dossier.as_ref().unwrap().contacts.len(), 1);
    press(&mut app, "u");
    assert_eq!(app.dossier.as_ref().unwrap().client.column, Column::Interested);
    press(&mut app, "uuuuu");
    assert_eq!(app.status.as_deref(), Some("nothing to undo in this session"), "changes made before it opened stay");
}

#[test]
fn the_journal_undoes_an_older_step_or_names_the_one_in_the_way() {
    let mut app = office();
    // Ștefănescu Impex moves on twice, then Muñoz y Hijos once.
    press(&mut app, "jjj>>");
    press(&mut app, "gj>");
    press(&mut app, "J");
    let s = screen(&app, 110, 30);
    assert!(s.contains("Journal: the newest 16 steps"), "{s}");
    insta::assert_snapshot!("journal", s);
    // The older move of Ștefănescu Impex: the newer one changed its column since.
    press(&mut app, "jj");
    key(&mut app, KeyCode::Enter);
    let s = screen(&app, 110, 30);
    assert!(s.contains("cannot undo step 14 (move of Ștefănescu Impex"), "{s}");
    assert!(s.contains("(by step 15 (move of Ștefănescu Impex"), "{s}");
    // Muñoz's move, on top: nothing in its way.
    press(&mut app, "gu");
    assert_eq!(app.status.as_deref(), Some("undone: move of Muñoz y Hijos (step 16)"));
    let Some(kartoteka::tui::app::Modal::Journal(list)) = &app.modal else { panic!("the journal stays open") };
    assert_eq!((list.steps[0].what.as_str(), list.steps[1].undone_by), ("undo 16", Some(17)));
    key(&mut app, KeyCode::Esc);
    press(&mut app, "g");
    assert_eq!(named(&app), "Álvarez S.L.");
    press(&mut app, "j");
    assert_eq!(app.dossier.as_ref().unwrap().client.column, Column::Prospects, "Muñoz is back where it was");
}

#[test]
fn escape_leaves_every_form_without_writing() {
    for form in ["a", "e", "p", "d"] {
        let mut app = office();
        press(&mut app, "jjj");
        let before = app.dossier.clone();
        press(&mut app, form);
        if form != "d" {
            press(&mut app, "Xyz"); // in the delete prompt, y would say yes
        }
        key(&mut app, KeyCode::Esc);
        assert!(app.modal.is_none(), "{form}");
        assert_eq!(app.status.as_deref(), Some("cancelled, nothing written"), "{form}");
        assert_eq!(app.dossier, before, "{form}");
        press(&mut app, "u");
        assert_eq!(app.status.as_deref(), Some("nothing to undo in this session"), "{form}");
    }
}

#[test]
fn a_click_selects_a_row_and_a_card_and_the_wheel_scrolls() {
    let mut app = office();
    screen(&app, 80, 24); // the list learns where its rows are
    // Row 0 of the screen is the title, 1 the pane's border, 2 the header.
    app.update(Action::ClickAt(10, 5));
    assert_eq!(named(&app), "Øster ApS", "the third row");
    app.update(Action::ScrollDown);
    assert_eq!(named(&app), "Фёдоров и партнёры");
    app.update(Action::ScrollUp);
    assert_eq!(named(&app), "Øster ApS");
    app.update(Action::ClickAt(10, 30)); // below the list: nothing
    assert_eq!(named(&app), "Øster ApS");

    press(&mut app, "2");
    screen(&app, 120, 30);
    // The result column is the sixth of 120 cells; its first card at row 3.
    app.update(Action::ClickAt(110, 3));
    assert_eq!(app.view, View::Board);
    assert_eq!(named(&app), "Álvarez S.L.");
}

#[test]
fn duplicates_are_reviewed_field_by_field_merged_and_the_merge_undone() {
    use kartoteka::domain::model::NewClient;
    let mut app = office();
    press(&mut app, "D");
    assert!(app.modal.is_none());
    assert_eq!(app.status.as_deref(), Some("no likely duplicates in the file"));

    // A salesperson typed a business card in again.
    let mut store = tui_support::office_store();
    store
        .add_client(&NewClient {
            name: "STEFANESCU IMPEX".into(),
            city: Some("Iasi".into()),
            phones: vec!["0722123456".into()],
            source: Some("business card".into()),
            manager: Some("Ion Rusu".into()),
            ..NewClient::default()
        })
        .unwrap();
    let mut app = kartoteka::tui::app::App::new(store).unwrap();
    let before = app.rows.len();
    press(&mut app, "D");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Right);
    let s = screen(&app, 100, 30);
    assert!(s.contains("same phone +40 722 123 456; same name"), "{s}");
    assert!(s.contains("▸ Salesperson    Ana Popescu"), "the cursor on the second disagreement: {s}");
    assert!(s.contains("✓ Ion Rusu"), "the other's value taken: {s}");
    insta::assert_snapshot!("merge_review", s);

    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none(), "no group left");
    assert_eq!(app.rows.len(), before - 1);
    assert_eq!(app.status.as_deref(), Some("merged STEFANESCU IMPEX (#7) into #1 Ștefănescu Impex (u undoes)"));
    let d = app.dossier.as_ref().unwrap();
    assert_eq!((d.client.id, d.client.manager.as_deref()), (1, Some("Ion Rusu")), "the other's manager, as chosen");
    assert_eq!(d.client.source.as_deref(), Some("exhibition"), "the kept's source");
    assert_eq!(d.persons.len(), 2);

    press(&mut app, "u");
    assert_eq!(app.rows.len(), before);
    assert_eq!(app.status.as_deref(), Some("undone: merge of Ștefănescu Impex (step 15)"));
}
