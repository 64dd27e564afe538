//! The agenda view and the call queue, driven by keys through `update`.

#![allow(clippy::unwrap_used)]

mod tui_support;

use crossterm::event::KeyCode;
use kartoteka::domain::Column;
use kartoteka::domain::complaints::Answer;
use kartoteka::domain::dates::Birthday;
use kartoteka::domain::model::NewPerson;
use kartoteka::tui::app::App;
use tui_support::{contacts, key, office_store, press, screen};

/// The small office with a birthday on Wednesday and a complaint whose
/// cause was due yesterday.
fn office() -> App {
    let mut store = office_store();
    let munoz = store.resolve_client("client", "Muñoz").unwrap();
    let birthday = Some(Birthday { year: Some(1970), month: 11, day: 25 });
    store.add_person(munoz, &NewPerson { name: "Carmen Muñoz".into(), birthday, ..NewPerson::default() }).unwrap();
    let oster = store.resolve_client("client", "Øster").unwrap();
    let at = "2026-11-20T09:00:00".parse().unwrap();
    store.register_complaint(oster, "wrong invoice", None, Some(at)).unwrap();
    // Ștefănescu's first sale was asked about already: no survey due.
    let stef = store.resolve_client("client", "Ștefănescu").unwrap();
    let answer = Answer { question: "overall".into(), score: 5 };
    store.record_satisfaction(stef, &[answer], Some("2026-10-10T10:00:00".parse().unwrap())).unwrap();
    App::new(store).unwrap()
}

#[test]
fn the_agenda_ranks_the_days_work_beside_the_dossier() {
    let mut app = office();
    press(&mut app, "4");
    insta::assert_snapshot!("agenda_80x24", screen(&app, 80, 24));
    insta::assert_snapshot!("agenda_120x40", screen(&app, 120, 40));
    let kinds: Vec<(String, &str)> =
        app.agenda.as_ref().unwrap().items.iter().map(|i| (i.name.clone(), i.kind.id())).collect();
    assert_eq!(
        kinds,
        [
            ("Ștefănescu Impex".to_string(), "next_contact"),
            ("Øster ApS".to_string(), "complaint"),
            ("Muñoz y Hijos".to_string(), "birthday"),
            ("Иванов Андрей".to_string(), "next_contact"),
        ]
    );
    // `m` narrows the agenda to one salesperson, and says whose it is.
    press(&mut app, "m");
    assert_eq!(app.agenda.as_ref().unwrap().manager.as_deref(), Some("Ana Popescu"));
    assert!(screen(&app, 80, 24).contains("Agenda 2026-11-23 – 2026-11-30 · Ana Popescu"));
    assert_eq!(app.agenda.as_ref().unwrap().items.len(), 4, "every client of the office is hers");
}

#[test]
fn a_birthday_marked_greeted_leaves_the_agenda_and_enters_the_history() {
    let mut app = office();
    press(&mut app, "4");
    press(&mut app, "w");
    assert_eq!(app.status.as_deref(), Some("only a birthday, an important date or a holiday is greeted"));
    press(&mut app, "jjw");
    assert_eq!(app.status.as_deref(), Some("greeted: Carmen Muñoz turns 56 (Muñoz y Hijos)"));
    assert_eq!(app.agenda.as_ref().unwrap().items.len(), 3);
    assert_eq!(contacts(&app, "Muñoz")[0].0, "greeting: Carmen Muñoz turns 56");
    // Worked out again, the greeted birthday stays off.
    press(&mut app, "r");
    assert!(app.agenda.as_ref().unwrap().items.iter().all(|i| i.kind.id() != "birthday"));
}

#[test]
fn the_greetings_list_whom_to_greet_with_contacts_and_mark_them() {
    let mut app = office();
    // A holiday on Friday for every client in touch (the default categories).
    let mut fair = kartoteka::domain::greetings::defaults().remove(0);
    (fair.key, fair.name, fair.month, fair.day) = ("fair".into(), "Fair day".into(), 11, 27);
    app.holidays = vec![fair];
    press(&mut app, "4");
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("t: 4 to greet"), "{shown}");
    press(&mut app, "t");
    insta::assert_snapshot!("greetings_80x24", screen(&app, 80, 24));
    let listed: Vec<(String, &str, Option<String>)> =
        app.agenda.as_ref().unwrap().items.iter().map(|i| (i.name.clone(), i.kind.id(), i.reference.clone())).collect();
    assert_eq!(
        listed,
        [
            ("Muñoz y Hijos".to_string(), "birthday", Some("birthday:3".to_string())),
            ("Ștefănescu Impex".to_string(), "holiday", Some("holiday:fair".to_string())),
            ("Иванов Андрей".to_string(), "holiday", Some("holiday:fair".to_string())),
            ("Фёдоров и партнёры".to_string(), "holiday", Some("holiday:fair".to_string())),
        ]
    );
    // Greeting one records it and takes it off both lists.
    press(&mut app, "jw");
    assert_eq!(app.status.as_deref(), Some("greeted: Fair day (Ștefănescu Impex)"));
    assert_eq!(contacts(&app, "Ștefănescu")[0].0, "greeting: Fair day");
    assert_eq!(app.agenda.as_ref().unwrap().items.len(), 3);
    // Back to the work; the birthday greeted from the greetings leaves it too.
    press(&mut app, "gw");
    press(&mut app, "t");
    assert!(app.agenda.as_ref().unwrap().items.iter().all(|i| i.kind.id() != "birthday"));
    assert!(screen(&app, 80, 24).contains("t: 2 to greet"));
}

#[test]
fn the_call_queue_logs_each_outcome_in_one_key_and_moves_on() {
    let mut app = office();
    press(&mut app, "4");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.status.as_deref(), Some("call queue: 4 clients"));
    insta::assert_snapshot!("call_queue", screen(&app, 80, 24));

    // No answer: called again in two days.
    press(&mut app, "n");
    assert_eq!(app.status.as_deref(), Some("Ștefănescu Impex: no answer, next 2026-11-25"));
    assert_eq!(
        contacts(&app, "Ștefănescu")[0],
        ("no answer".into(), Some("no_answer".into()), Some("2026-11-25".into()))
    );

    // Call back asks the date; a bad one is explained and nothing is logged.
    press(&mut app, "b");
    press(&mut app, "someday");
    key(&mut app, KeyCode::Enter);
    let queue = app.queue.as_ref().unwrap();
    assert!(queue.error.as_deref().unwrap().starts_with("next 'someday'"), "{:?}", queue.error);
    insta::assert_snapshot!("call_queue_bad_date", screen(&app, 80, 24));
    for _ in 0.."someday".len() {
        key(&mut app, KeyCode::Backspace);
    }
    press(&mut app, "fri");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        contacts(&app, "Øster")[0],
        ("call back 2026-11-27".into(), Some("call_back".into()), Some("2026-11-27".into()))
    );

    // Refused asks why, and puts the client in the result column as lost.
    press(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.queue.as_ref().unwrap().error.as_deref(), Some("say why the client refused"));
    press(&mut app, "too far");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.status.as_deref(), Some("Muñoz y Hijos: refused → lost"));
    let row = app.rows.iter().find(|r| r.name == "Muñoz y Hijos").unwrap();
    assert_eq!(row.column, Column::Result);

    // Won asks the result.
    press(&mut app, "w");
    press(&mut app, "p");
    assert!(app.queue.is_none(), "the last client was called");
    assert_eq!(app.status.as_deref(), Some("Иванов Андрей: won → purchase made · call queue done: 4 calls logged"));
    let d = app.store().dossier(app.store().resolve_client("client", "Иванов").unwrap()).unwrap();
    assert_eq!(d.moves.last().unwrap().result.map(|r| r.id()), Some("purchase"));
    // The calls answered the contacts due: only the birthday and the complaint step are left.
    let left: Vec<&str> = app.agenda.as_ref().unwrap().items.iter().map(|i| i.kind.id()).collect();
    assert_eq!(left, ["complaint", "birthday"]);
}

#[test]
fn escape_ends_the_queue_and_skip_logs_nothing() {
    let mut app = office();
    press(&mut app, "4");
    key(&mut app, KeyCode::Enter);
    press(&mut app, "s");
    assert_eq!(app.queue.as_ref().unwrap().pos, 1);
    assert!(contacts(&app, "Ștefănescu").iter().all(|c| c.1.as_deref() != Some("no_answer")));
    key(&mut app, KeyCode::Esc);
    assert!(app.queue.is_none());
    assert_eq!(app.status.as_deref(), Some("call queue ended: 0 calls logged"));
    // The help in the queue comes from the keymap.
    key(&mut app, KeyCode::Enter);
    press(&mut app, "?");
    let help = screen(&app, 100, 40);
    assert!(help.contains("Call queue") && help.contains("no answer"), "{help}");
}
