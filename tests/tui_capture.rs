//! Quick capture: one typed line logs a contact, with completion and the
//! ambiguous names resolved in place.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::model::NewClient;
use kartoteka::tui::app::App;
use tui_support::{contacts, key, office_store, press, screen};

fn office() -> App {
    let mut store = office_store();
    for name in ["Vector Plus", "Vector Trade"] {
        store
            .add_client(&NewClient { name: name.into(), city: Some("Chișinău".into()), ..NewClient::default() })
            .unwrap();
    }
    App::new(store).unwrap()
}

#[test]
fn one_line_logs_the_call_with_outcome_summary_next_date_and_tag() {
    let mut app = office();
    press(&mut app, ":");
    press(&mut app, r#"call иван ok "wants two laptops" +3d #tender"#);
    insta::assert_snapshot!("capture_typed", screen(&app, 80, 24));
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none());
    assert_eq!(app.status.as_deref(), Some("Call out logged for Иванов Андрей, next 2026-11-26 #tender"));
    assert_eq!(
        contacts(&app, "Иванов")[0],
        ("wants two laptops".into(), Some("reached".into()), Some("2026-11-26".into()))
    );
    let id = app.store().resolve_client("client", "Иванов").unwrap();
    assert_eq!(app.store().client(id).unwrap().tags, ["tender"]);
}

#[test]
fn an_ambiguous_name_is_resolved_in_place() {
    let mut app = office();
    press(&mut app, ":");
    press(&mut app, "call vector na");
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("capture_ambiguous", screen(&app, 80, 24));
    assert!(contacts(&app, "Vector Plus").is_empty() && contacts(&app, "Vector Trade").is_empty());
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.status.as_deref(), Some("Call out logged for Vector Trade"));
    assert_eq!(contacts(&app, "Vector Trade")[0], ("no answer".into(), Some("no_answer".into()), None));
    assert!(contacts(&app, "Vector Plus").is_empty());
}

#[test]
fn a_bad_line_explains_itself_and_writes_nothing() {
    let mut app = office();
    press(&mut app, ":ring иван");
    key(&mut app, KeyCode::Enter);
    let Some(kartoteka::tui::app::Modal::Capture(p)) = &app.modal else { panic!("the line stays open") };
    assert_eq!(p.error.as_deref(), Some("verb 'ring': expected one of: call, callin, meeting, email, letter, visit"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.status.as_deref(), Some("cancelled, nothing written"));
    press(&mut app, ":call nobody-at-all ok");
    key(&mut app, KeyCode::Enter);
    let Some(kartoteka::tui::app::Modal::Capture(p)) = &app.modal else { panic!("the line stays open") };
    assert_eq!(p.error.as_deref(), Some("no client matches 'nobody-at-all'"));
    assert_eq!(contacts(&app, "Иванов").len(), 1, "only the office's own contact");
}

#[test]
fn tab_completes_the_verb_and_the_name() {
    let mut app = office();
    press(&mut app, ":me");
    key(&mut app, KeyCode::Tab);
    press(&mut app, "oster");
    key(&mut app, KeyCode::Tab);
    let Some(kartoteka::tui::app::Modal::Capture(p)) = &app.modal else { panic!("the line stays open") };
    assert_eq!(p.text, "meeting Øster ApS ");
    press(&mut app, "\"signed\"");
    key(&mut app, KeyCode::Enter);
    assert_eq!(contacts(&app, "Øster")[0].0, "signed");
}
