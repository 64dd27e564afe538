//! Clients entered twice, as happens when several people keep one file: a
//! salesperson types a business card in again — the name in capitals, with
//! a letter missing or its words turned round, the phone written his way —
//! and the secretary finds the pair with `kartoteka duplicates`.

use chrono::{Days, NaiveDate, NaiveTime};

use super::Rng;
use crate::domain::model::NewClient;
use crate::store::{Load, Result};

/// The name as someone else types it.
fn retyped(name: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match rng.below(3) {
        0 => name.to_uppercase(),
        1 if words.len() == 2 => format!("{} {}", words[1], words[0]),
        _ => {
            // A letter left out of the longest word.
            let longest = words.iter().copied().max_by_key(|w| w.chars().count()).unwrap_or(name);
            let n = longest.chars().count();
            if n < 6 {
                return name.to_uppercase();
            }
            let skip = 1 + rng.below(n - 2);
            let shorter: String = longest.chars().enumerate().filter(|(i, _)| *i != skip).map(|(_, c)| c).collect();
            name.replacen(longest, &shorter, 1)
        }
    }
}

/// Adds a second card for `original`, by another salesperson.
pub fn add(load: &mut impl Load, rng: &mut Rng, original: &NewClient, staff: &[&str], today: NaiveDate) -> Result<()> {
    let manager = staff[rng.below(staff.len())];
    let days = u64::try_from(rng.between(3, 120)).unwrap_or(30);
    let at = today.checked_sub_days(Days::new(days)).unwrap_or(today).and_time(NaiveTime::MIN);
    // The phone as digits only, or the e-mail: either tells the pair.
    let digits: Vec<String> =
        original.phones.iter().map(|p| p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()).collect();
    let by_phone = !digits.is_empty() && rng.chance(70);
    let twin = NewClient {
        kind: original.kind,
        name: retyped(&original.name, rng),
        city: original.city.clone(),
        phones: if by_phone { digits } else { Vec::new() },
        emails: if by_phone { Vec::new() } else { original.emails.clone() },
        source: Some("business card".into()),
        manager: Some(manager.to_string()),
        notes: Some("typed in from a business card".into()),
        ..NewClient::default()
    };
    load.add_client(at, manager, &twin)?;
    Ok(())
}
