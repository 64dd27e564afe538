//! vCard 4.0 of the chosen clients, as phones and mail programs read them:
//! a company's own card (KIND:org: its phones, e-mails, address, website,
//! notes) and a card for each of its persons (ORG, TITLE, the person's
//! phones and e-mails, birthday, the company's address); a private client
//! is one card with the birthday of the person of its name. `import` reads
//! the cards back into the same clients and persons. calcard writes them
//! (escapes, folding at 75 octets, CRLF).

use calcard::common::PartialDateTime;
use calcard::vcard::{
    VCard, VCardEntry, VCardKind, VCardParameter, VCardParameterName, VCardParameterValue, VCardProperty, VCardType,
    VCardValue, VCardVersion,
};

use super::Card;
use crate::domain::ClientKind;
use crate::domain::dates::Birthday;
use crate::domain::fold::fold;
use crate::domain::model::{Client, Person};

fn text(name: VCardProperty, value: &str) -> VCardEntry {
    VCardEntry::new(name).with_value(VCardValue::Text(value.to_string()))
}

fn typed(name: VCardProperty, value: &str, kind: VCardType) -> VCardEntry {
    text(name, value)
        .with_param(VCardParameter { name: VCardParameterName::Type, value: VCardParameterValue::Type(kind) })
}

/// Entries of `name` for each value, typed `kind`.
fn each(entries: &mut Vec<VCardEntry>, name: VCardProperty, values: &[String], kind: VCardType) {
    entries.extend(values.iter().map(|v| typed(name.clone(), v, kind.clone())));
}

/// A structured value, each component one text.
fn structured(name: VCardProperty, parts: &[&str]) -> VCardEntry {
    VCardEntry::new(name).with_values(parts.iter().map(|p| VCardValue::Text((*p).to_string())).collect())
}

/// The client's address as a work (or home) ADR: the file keeps the street
/// part as one text and the city apart.
fn address(c: &Client, kind: VCardType) -> Option<VCardEntry> {
    if c.address.is_none() && c.city.is_none() {
        return None;
    }
    let adr = structured(
        VCardProperty::Adr,
        &["", "", c.address.as_deref().unwrap_or_default(), c.city.as_deref().unwrap_or_default(), "", "", ""],
    );
    Some(adr.with_param(VCardParameter { name: VCardParameterName::Type, value: VCardParameterValue::Type(kind) }))
}

fn birthday(b: Birthday) -> VCardEntry {
    let date = PartialDateTime {
        year: b.year.and_then(|y| u16::try_from(y).ok()),
        month: u8::try_from(b.month).ok(),
        day: u8::try_from(b.day).ok(),
        ..PartialDateTime::default()
    };
    VCardEntry::new(VCardProperty::Bday).with_value(VCardValue::PartialDateTime(date))
}

/// FN and N of a name the file keeps as one text: N carries it whole as the
/// given name, so that no program turns it round.
fn names(entries: &mut Vec<VCardEntry>, name: &str) {
    entries.push(text(VCardProperty::Fn, name));
    entries.push(structured(VCardProperty::N, &["", name, "", "", ""]));
}

fn uid(value: String) -> VCardEntry {
    text(VCardProperty::Uid, &value)
}

/// What a client's own card shares: address, website, tags, notes.
fn about(entries: &mut Vec<VCardEntry>, c: &Client, kind: VCardType) {
    entries.extend(address(c, kind));
    if let Some(w) = &c.website {
        entries.push(text(VCardProperty::Url, w));
    }
    if !c.tags.is_empty() {
        entries.push(
            VCardEntry::new(VCardProperty::Categories)
                .with_values(c.tags.iter().map(|t| VCardValue::Text(t.clone())).collect()),
        );
    }
    if let Some(n) = &c.notes {
        entries.push(text(VCardProperty::Note, n));
    }
}

fn person_details(entries: &mut Vec<VCardEntry>, p: &Person) {
    if let Some(position) = &p.position {
        entries.push(text(VCardProperty::Title, position));
    }
    entries.extend(p.birthday.map(birthday));
}

/// The cards of one client.
fn cards_of(c: &Client, persons: &[Person]) -> Vec<VCard> {
    let mut cards = Vec::new();
    if c.kind == ClientKind::Company {
        let mut e = vec![VCardEntry::new(VCardProperty::Kind).with_value(VCardValue::Kind(VCardKind::Org))];
        e.push(text(VCardProperty::Fn, &c.name));
        e.push(structured(VCardProperty::Org, &[&c.name]));
        each(&mut e, VCardProperty::Tel, &c.phones, VCardType::Work);
        each(&mut e, VCardProperty::Email, &c.emails, VCardType::Work);
        about(&mut e, c, VCardType::Work);
        e.push(uid(format!("urn:kartoteka:client:{}", c.id)));
        cards.push(VCard { entries: e });
        for p in persons {
            let mut e = Vec::new();
            names(&mut e, &p.name);
            e.push(structured(VCardProperty::Org, &[&c.name]));
            person_details(&mut e, p);
            each(&mut e, VCardProperty::Tel, &p.phones, VCardType::Work);
            each(&mut e, VCardProperty::Email, &p.emails, VCardType::Work);
            e.extend(address(c, VCardType::Work));
            e.push(uid(format!("urn:kartoteka:person:{}", p.id)));
            cards.push(VCard { entries: e });
        }
        return cards;
    }
    // A private client is the person of its name; any other person of it
    // has a card of its own.
    let own = persons.iter().find(|p| fold(&p.name) == fold(&c.name));
    let mut e = Vec::new();
    names(&mut e, &c.name);
    if let Some(p) = own {
        person_details(&mut e, p);
    }
    let phones: Vec<String> = c.phones.iter().chain(own.into_iter().flat_map(|p| &p.phones)).cloned().collect();
    let emails: Vec<String> = c.emails.iter().chain(own.into_iter().flat_map(|p| &p.emails)).cloned().collect();
    each(&mut e, VCardProperty::Tel, &phones, VCardType::Home);
    each(&mut e, VCardProperty::Email, &emails, VCardType::Home);
    about(&mut e, c, VCardType::Home);
    e.push(uid(format!("urn:kartoteka:client:{}", c.id)));
    cards.push(VCard { entries: e });
    for p in persons.iter().filter(|p| own.is_none_or(|o| o.id != p.id)) {
        let mut e = Vec::new();
        names(&mut e, &p.name);
        person_details(&mut e, p);
        each(&mut e, VCardProperty::Tel, &p.phones, VCardType::Home);
        each(&mut e, VCardProperty::Email, &p.emails, VCardType::Home);
        e.push(uid(format!("urn:kartoteka:person:{}", p.id)));
        cards.push(VCard { entries: e });
    }
    cards
}

/// The vCards of `cards` (and how many), one file.
pub fn write(cards: &[Card]) -> (String, usize) {
    let mut out = String::new();
    let mut count = 0;
    for (client, persons) in cards {
        for card in cards_of(client, persons) {
            // Writing into a String cannot fail.
            let _ = card.write_to(&mut out, VCardVersion::V4_0);
            count += 1;
        }
    }
    (out, count)
}
