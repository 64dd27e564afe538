//! What the demo writes through the ordinary store calls after the bulk
//! load: complaints at every step, satisfaction answers (the low ones open
//! complaints of their own) and a few saved selections, so that the agenda,
//! the dossier and `report complaints` show them.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::Rng;
use crate::domain::Category;
use crate::domain::complaints::{Answer, Step};
use crate::domain::model::{ClientFilter, ClientId};
use crate::store::{Result, Store};

/// Complaints and their causes in the client's language: Romanian,
/// Russian, Spanish, English.
const COMPLAINTS: [[&str; 2]; 4] = [
    ["Livrare întârziată cu o săptămână", "Factura cu suma greșită"],
    ["Доставка пришла с опозданием", "В счёте неверная сумма"],
    ["Pedido incompleto: faltan dos cajas", "La instalación no funciona"],
    ["Damaged packaging on arrival", "Nobody called back about the repair"],
];
const CAUSES: [&str; 4] = [
    "curierul a pierdut paletul",
    "склад отгрузил не ту партию",
    "error de configuración en fábrica",
    "price list not updated in accounting",
];

/// The language of a name, by its letters: 0 Romanian, 1 Russian, 2 Spanish, 3 English.
fn language(name: &str) -> usize {
    if name.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)) {
        1
    } else if name.chars().any(|c| "ăâîșțĂÂÎȘȚ".contains(c)) {
        0
    } else if name.chars().any(|c| "ñáéíóúÑÁÉÍÓÚ".contains(c)) {
        2
    } else {
        3
    }
}

const QUESTIONS: [&str; 4] = ["delivery", "quality", "service", "price"];

/// At most this many complaints and surveys, whatever the file's size:
/// each is a transaction of its own.
const MAX_COMPLAINTS: usize = 120;
const MAX_SURVEYS: usize = 400;

/// Complaints, satisfaction answers and selections for a demo file of
/// `clients` clients, as of `today`.
pub fn write(store: &mut Store, clients: usize, seed: u64, today: NaiveDate) -> Result<()> {
    let mut rng = Rng::new(seed ^ 0x00C0_FFEE);
    let buyers = of_category(store, &[Category::Gold, Category::Platinum, Category::RedGold], today)?;
    if buyers.is_empty() {
        return Ok(());
    }
    let at = |days_ago: i64, hour: u32| -> NaiveDateTime {
        (today - Duration::days(days_ago)).and_hms_opt(hour, 0, 0).unwrap_or_default()
    };

    // Complaints of the last three months, the older ones further along.
    for n in 0..(clients / 60).clamp(5, MAX_COMPLAINTS) {
        let (client, name) = rng.pick(&buyers);
        let (client, lang) = (*client, language(name));
        let age = rng.between(0, 90);
        let what = *rng.pick(&COMPLAINTS[lang]);
        let id = store.register_complaint(client, what, None, Some(at(age, 9)))?;
        let steps = match age {
            0..=3 => 0,
            4..=20 => 1 + usize::from(n % 2 == 0),
            _ => 2 + usize::from(n % 3 != 0),
        };
        let mut day = age;
        for step in Step::ALL.iter().take(steps) {
            day = (day - rng.between(1, 6)).max(1);
            let note = match step {
                Step::CauseFound => CAUSES[lang].to_string(),
                Step::Resolved => "replaced and credited".to_string(),
                Step::ProcessFixed => "checklist added to dispatch".to_string(),
            };
            store.complaint_step(id, *step, &note, Some(at(day, 15)))?;
        }
    }

    // Surveys of buying clients over the last year: most content; about one
    // in eight unhappy with one thing, which opens a complaint.
    for _ in 0..(clients / 20).clamp(10, MAX_SURVEYS) {
        let client = rng.pick(&buyers).0;
        let unhappy = rng.chance(12).then(|| rng.below(QUESTIONS.len()));
        let answers: Vec<Answer> = QUESTIONS
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let score = if unhappy == Some(i) { *rng.pick(&[2, 3]) } else { *rng.pick(&[4, 5, 5]) };
                Answer { question: (*q).to_string(), score }
            })
            .collect();
        store.record_satisfaction(client, &answers, Some(at(rng.between(15, 380), 11)))?;
    }

    let quiet = (today - Duration::days(90)).format("%Y-%m-%d");
    for (name, filters) in [
        ("Piter", r#"{"city":"Санкт-Петербург"}"#.to_string()),
        ("Clienți București", r#"{"city":"București"}"#.to_string()),
        ("Platinum", r#"{"category":"platinum"}"#.to_string()),
        ("Win-back", format!(r#"{{"category":"red_platinum","not_contacted_since":"{quiet}"}}"#)),
    ] {
        store.save_selection(name, &filters)?;
    }
    Ok(())
}

/// The ids and names of the clients in `categories`.
fn of_category(store: &Store, categories: &[Category], today: NaiveDate) -> Result<Vec<(ClientId, String)>> {
    let mut out = Vec::new();
    for c in categories {
        let filter = ClientFilter { category: Some(*c), ..ClientFilter::default() };
        out.extend(store.select_clients(None, &filter, today)?.into_iter().map(|r| (r.id, r.name)));
    }
    Ok(out)
}
