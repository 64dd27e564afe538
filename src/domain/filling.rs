//! How a row of an import fills in a client the file has (or one an earlier
//! row of the same import added): texts the row has replace the card's,
//! phones, e-mails and tags are added, notes appended; the name stays. A
//! person of the same folded name gets what it lacks, and another name is
//! a new person.

use super::ChannelKind;
use super::channels::add_missing;
use super::fold::fold;
use super::model::{NewClient, NewPerson};

/// Fills `into` with what `from` has; whether anything changed.
pub fn fill_in(into: &mut NewClient, from: &NewClient) -> bool {
    let before = into.clone();
    let take = |into: &mut Option<String>, from: &Option<String>| {
        if let Some(v) = from.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            *into = Some(v.to_string());
        }
    };
    take(&mut into.legal_name, &from.legal_name);
    take(&mut into.city, &from.city);
    take(&mut into.address, &from.address);
    take(&mut into.industry, &from.industry);
    take(&mut into.size, &from.size);
    take(&mut into.tax_id, &from.tax_id);
    take(&mut into.website, &from.website);
    take(&mut into.source, &from.source);
    take(&mut into.manager, &from.manager);
    into.category = from.category.or(into.category);
    into.next_contact = from.next_contact.or(into.next_contact);
    add_missing(&mut into.phones, &from.phones, ChannelKind::Phone);
    add_missing(&mut into.emails, &from.emails, ChannelKind::Email);
    for tag in &from.tags {
        if !into.tags.iter().any(|t| fold(t) == fold(tag)) {
            into.tags.push(tag.clone());
        }
    }
    if let Some(notes) = from.notes.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        into.notes = match into.notes.take() {
            Some(old) if old.contains(notes) => Some(old),
            Some(old) if !old.trim().is_empty() => Some(format!("{old}\n{notes}")),
            _ => Some(notes.to_string()),
        };
    }
    *into != before
}

/// The person of `persons` that `person` is: the one of the same folded name.
pub fn same_person<'a, P>(persons: &'a mut [P], person: &NewPerson, name: impl Fn(&P) -> &str) -> Option<&'a mut P> {
    let folded = fold(person.name.trim());
    persons.iter_mut().find(|p| fold(name(p)) == folded)
}

/// Fills the person `into` with what `from` has that it lacks: phones and
/// e-mails after its own, a position and a birthday where it has none.
/// Whether anything changed.
pub fn fill_in_person(into: &mut NewPerson, from: &NewPerson) -> bool {
    let before = into.clone();
    add_missing(&mut into.phones, &from.phones, ChannelKind::Phone);
    add_missing(&mut into.emails, &from.emails, ChannelKind::Email);
    if into.position.is_none() {
        into.position.clone_from(&from.position);
    }
    if into.birthday.is_none() {
        into.birthday = from.birthday;
    }
    *into != before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(name: &str, city: Option<&str>, phones: &[&str]) -> NewClient {
        NewClient {
            name: name.into(),
            city: city.map(String::from),
            phones: phones.iter().map(|p| p.to_string()).collect(),
            ..NewClient::default()
        }
    }

    #[test]
    fn a_row_fills_in_and_the_same_row_again_changes_nothing() {
        let mut card = client("Ștefănescu SRL", Some("Iași"), &["+40 721 123 456"]);
        card.notes = Some("met at the fair".into());
        let mut row = client("STEFANESCU SRL", Some("Cluj-Napoca"), &["+40721123456", "+40 722 000 111"]);
        row.notes = Some("wants a price list".into());
        row.tags = vec!["vip".into()];
        assert!(fill_in(&mut card, &row));
        assert_eq!(card.name, "Ștefănescu SRL", "the name the file has stays");
        assert_eq!(card.city.as_deref(), Some("Cluj-Napoca"));
        assert_eq!(card.phones, ["+40 721 123 456", "+40 722 000 111"], "the same number is not added twice");
        assert_eq!(card.notes.as_deref(), Some("met at the fair\nwants a price list"));
        assert!(!fill_in(&mut card, &row), "{card:?}");
    }

    #[test]
    fn a_person_gets_only_what_it_lacks() {
        let mut have =
            NewPerson {
                name: "Иван Иванов".into(), position: Some("директор".into()), ..NewPerson::default()
            };
        let from = NewPerson {
            name: "иван иванов".into(),
            position: Some("бухгалтер".into()),
            emails: vec!["ivan@roga.ru".into()],
            ..NewPerson::default()
        };
        let mut persons = vec![have.clone()];
        assert!(same_person(&mut persons, &from, |p| p.name.as_str()).is_some());
        assert!(fill_in_person(&mut have, &from));
        assert_eq!(have.position.as_deref(), Some("директор"));
        assert_eq!(have.emails, ["ivan@roga.ru"]);
        assert!(!fill_in_person(&mut have, &from));
    }
}
