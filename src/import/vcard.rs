//! The contacts of phones and mail programs as vCard 2.1, 3.0 and 4.0.
//! calcard reads each card (folded lines, QUOTED-PRINTABLE with CHARSET,
//! `item1.` groups, escapes); here the file is cut into cards with the line
//! each starts on, so that a card cut short or text outside any card is a
//! rejected row, and a card becomes a client: a person with an ORG is a
//! person of that company, one without is a private client.

use calcard::vcard::{VCard, VCardEntry, VCardParameterName, VCardProperty, VCardType, VCardValue};
use calcard::{Entry, Parser};

use super::records::{self, ClientRecord, Rejected, Rows, channels, noted, tags};
use super::text::Decoded;
use super::{ImportFile, Layout};
use crate::domain::dates::Birthday;
use crate::domain::fold::fold;
use crate::domain::model::{NewClient, NewPerson};
use crate::domain::{ChannelKind, ClientKind, ValidationError};

/// Whether `text` is vCards: its first line that is not blank begins one.
pub fn looks_like(text: &str) -> bool {
    text.lines()
        .map(|l| l.trim_start_matches('\u{feff}').trim())
        .find(|l| !l.is_empty())
        .is_some_and(|l| l.eq_ignore_ascii_case("BEGIN:VCARD"))
}

/// One card's text, or a stretch of text that is not one.
struct Piece<'a> {
    line: usize,
    text: &'a str,
    /// Why it is not a card, if it is not.
    broken: Option<&'static str>,
}

/// The messages of a broken piece of the file.
const OUTSIDE: &str = "err-vcard-outside";
const CUT_SHORT: &str = "err-vcard-cut-short";

/// `text` cut at the BEGIN:VCARD and END:VCARD lines.
fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // The card being read: its first line and byte.
    let mut open: Option<(usize, usize)> = None;
    let mut stray: Option<(usize, usize)> = None;
    let mut at = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_start_matches('\u{feff}').trim();
        let start = at;
        at += raw.len();
        if line.eq_ignore_ascii_case("BEGIN:VCARD") {
            if let Some((n, from)) = stray.take() {
                out.push(Piece { line: n, text: &text[from..start], broken: Some(OUTSIDE) });
            }
            if let Some((n, from)) = open.replace((i + 1, start)) {
                out.push(Piece { line: n, text: &text[from..start], broken: Some(CUT_SHORT) });
            }
        } else if line.eq_ignore_ascii_case("END:VCARD") && open.is_some() {
            if let Some((n, from)) = open.take() {
                out.push(Piece { line: n, text: &text[from..at], broken: None });
            }
        } else if open.is_none() && stray.is_none() && !line.is_empty() {
            stray = Some((i + 1, start));
        }
    }
    if let Some((n, from)) = open {
        out.push(Piece { line: n, text: &text[from..], broken: Some(CUT_SHORT) });
    }
    if let Some((n, from)) = stray {
        out.push(Piece { line: n, text: &text[from..], broken: Some(OUTSIDE) });
    }
    out.sort_by_key(|p| p.line);
    out
}

/// Whether a card's line starts a picture, a sound or a key: base64 values
/// of any size that the file does not keep.
fn is_media(line: &str) -> bool {
    let name = line.split([';', ':']).next().unwrap_or_default();
    let name = name.rsplit('.').next().unwrap_or_default().trim();
    ["PHOTO", "LOGO", "SOUND", "KEY"].iter().any(|m| name.eq_ignore_ascii_case(m))
}

/// The card without its pictures, sounds and keys, cut out by line before
/// parsing so that a phone's photos cost no decoding. A value goes on over
/// folded lines, and (vCard 2.1) over unindented base64 lines, which have
/// no colon, up to a blank line.
fn without_media(card: &str) -> std::borrow::Cow<'_, str> {
    if !card.lines().any(is_media) {
        return card.into();
    }
    let mut out = String::new();
    let mut skipping = false;
    for line in card.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if skipping && (line.starts_with([' ', '\t']) || (!blank && !line.contains(':'))) {
            continue;
        }
        skipping = is_media(line);
        if !skipping && !blank {
            out.push_str(line);
        }
    }
    out.into()
}

/// Properties read elsewhere or of no use to the file (pictures, sounds,
/// keys, the programs' own marks): not reported as not understood.
fn ignored(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    matches!(
        upper.as_str(),
        "BEGIN"
            | "END"
            | "VERSION"
            | "PRODID"
            | "REV"
            | "UID"
            | "PHOTO"
            | "LOGO"
            | "SOUND"
            | "KEY"
            | "LABEL"
            | "CLIENTPIDMAP"
            | "KIND"
            | "SORT-STRING"
            | "MAILER"
            | "X-KARTOTEKA-REJECTED"
    ) || upper.starts_with("X-AB")
        || upper.starts_with("X-APPLE")
        || upper.starts_with("X-PHONETIC")
}

/// The property's name as the file writes it.
fn property_name(e: &VCardEntry) -> String {
    match &e.name {
        VCardProperty::Other(n) => n.clone(),
        other => format!("{other:?}").to_ascii_uppercase(),
    }
}

/// The texts of an entry's values in place, trimmed, blanks kept
/// (structured values: ORG, N, ADR).
fn components(e: &VCardEntry) -> Vec<String> {
    e.values
        .iter()
        .map(|v| match v {
            VCardValue::Text(t) => t.replace("\r\n", "\n").trim().to_string(),
            VCardValue::Component(parts) => parts.join(", ").trim().to_string(),
            _ => String::new(),
        })
        .collect()
}

/// The texts of an entry's values, blanks left out.
fn texts(e: &VCardEntry) -> Vec<String> {
    components(e).into_iter().filter(|t| !t.is_empty()).collect()
}

fn joined(parts: &[String], separator: &str) -> Option<String> {
    let parts: Vec<&str> = parts.iter().map(String::as_str).filter(|p| !p.is_empty()).collect();
    (!parts.is_empty()).then(|| parts.join(separator))
}

/// The value a property is written with in `card`, unfolded, for messages.
fn raw_value(card: &str, property: &str) -> String {
    let mut unfolded = String::new();
    for line in card.lines() {
        if line.starts_with([' ', '\t']) {
            unfolded.push_str(&line[1..]);
        } else {
            unfolded.push('\n');
            unfolded.push_str(line);
        }
    }
    unfolded
        .lines()
        .find_map(|l| {
            let (head, value) = l.split_once(':')?;
            let name = head.split(';').next()?;
            let name = name.rsplit('.').next()?;
            name.eq_ignore_ascii_case(property).then(|| value.trim().to_string())
        })
        .unwrap_or_default()
}

/// The birthday of a BDAY entry: Apple's omitted year (1604 or its
/// parameter) and `--MMDD` are birthdays without a year.
fn birthday(e: &VCardEntry, card: &str) -> Result<Option<Birthday>, ValidationError> {
    let raw = raw_value(card, "BDAY");
    let omit_year = e
        .params
        .iter()
        .any(|p| matches!(&p.name, VCardParameterName::Other(n) if n.eq_ignore_ascii_case("X-APPLE-OMIT-YEAR")));
    match e.values.first() {
        Some(VCardValue::PartialDateTime(d)) if d.month.is_some() && d.day.is_some() => {
            let (month, day) = (d.month.unwrap_or(1), d.day.unwrap_or(1));
            let text = match d.year {
                Some(year) if !omit_year => format!("{year:04}-{month:02}-{day:02}"),
                _ => format!("--{month:02}-{day:02}"),
            };
            records::birthday(&text, None).map_err(|e| e.with_value(&raw))
        }
        _ => records::birthday(&raw, None),
    }
}

/// Whether an ADR entry is typed as a work address.
fn is_work(e: &VCardEntry) -> bool {
    e.params.iter().any(|p| {
        p.name == VCardParameterName::Type
            && matches!(&p.value, calcard::vcard::VCardParameterValue::Type(VCardType::Work))
    })
}

/// A phone as a `tel:` URI (vCard 4.0) or as written.
fn phone(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix("tel:").or_else(|| t.strip_prefix("TEL:")).unwrap_or(t);
    t.split(';').next().unwrap_or(t).to_string()
}

fn email(text: &str) -> String {
    let t = text.trim();
    t.strip_prefix("mailto:").or_else(|| t.strip_prefix("MAILTO:")).unwrap_or(t).to_string()
}

/// One card as a client, or every reason it cannot be one.
fn record(
    card: &VCard,
    text: &str,
    line: usize,
    not_understood: &mut Vec<String>,
) -> Result<ClientRecord, Vec<ValidationError>> {
    let mut errors = Vec::new();
    let of = |p: VCardProperty| card.entries.iter().filter(move |e| e.name == p);
    let first = |p: VCardProperty| of(p).flat_map(texts).next();

    let org = of(VCardProperty::Org).next().map(components).unwrap_or_default();
    let company = org.first().filter(|c| !c.is_empty()).cloned();
    let department = joined(org.get(1..).unwrap_or_default(), ", ");
    let person_name = first(VCardProperty::Fn).or_else(|| {
        // N is family; given; additional; prefixes; suffixes.
        let n = of(VCardProperty::N).next().map(components).unwrap_or_default();
        let at = |i: usize| n.get(i).cloned().unwrap_or_default();
        joined(&[at(3), at(1), at(2), at(0), at(4)], " ")
    });
    let is_org = of(VCardProperty::Kind)
        .any(|e| e.values.iter().any(|v| matches!(v, VCardValue::Kind(calcard::vcard::VCardKind::Org))));
    // A card of the company itself names no one else.
    let person_name = person_name.filter(|p| !is_org && company.as_ref().is_none_or(|c| fold(c) != fold(p)));

    let phones =
        channels(of(VCardProperty::Tel).flat_map(texts).map(|t| phone(&t)).collect(), ChannelKind::Phone, &mut errors);
    let emails = channels(
        of(VCardProperty::Email).flat_map(texts).map(|t| email(&t)).collect(),
        ChannelKind::Email,
        &mut errors,
    );
    let birthday = of(VCardProperty::Bday).next().and_then(|e| noted(&mut errors, birthday(e, text)).flatten());
    let position = match (first(VCardProperty::Title).or_else(|| first(VCardProperty::Role)), department) {
        (Some(t), Some(d)) => Some(format!("{t}, {d}")),
        (t, d) => t.or(d),
    };
    // The work address for a company's person, else the first.
    let adr =
        of(VCardProperty::Adr).find(|e| company.is_some() && is_work(e)).or_else(|| of(VCardProperty::Adr).next());
    let adr = adr.map(components).unwrap_or_default();
    let at = |i: usize| adr.get(i).cloned().unwrap_or_default();
    // ADR is post box; extended; street; locality; region; postal code; country.
    let city = Some(at(3)).filter(|c| !c.is_empty());
    let address = joined(&[at(0), at(1), at(2), at(5), at(4), at(6)], ", ");
    let notes = joined(&of(VCardProperty::Note).flat_map(texts).collect::<Vec<_>>(), "\n");

    for e in &card.entries {
        let name = property_name(e);
        let used = matches!(
            e.name,
            VCardProperty::Fn
                | VCardProperty::N
                | VCardProperty::Org
                | VCardProperty::Title
                | VCardProperty::Role
                | VCardProperty::Tel
                | VCardProperty::Email
                | VCardProperty::Bday
                | VCardProperty::Adr
                | VCardProperty::Note
                | VCardProperty::Url
                | VCardProperty::Categories
        );
        if !used && !ignored(&name) && !texts(e).is_empty() && !not_understood.contains(&name) {
            not_understood.push(name);
        }
    }

    let name = match (&company, &person_name) {
        (Some(c), _) => c.clone(),
        (None, Some(p)) => p.clone(),
        (None, None) => {
            errors.push(ValidationError::new("name", "", crate::i18n::t("err-contact-needs-name-this-card")));
            String::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    // A person of a company has the card's phones and e-mails; a private
    // client has them itself, and a person of its name for a birthday or a position.
    let persons_own = company.is_some() && person_name.is_some();
    let person =
        person_name.filter(|_| company.is_some() || birthday.is_some() || position.is_some()).map(|p| NewPerson {
            name: p,
            position,
            phones: if persons_own { phones.clone() } else { Vec::new() },
            emails: if persons_own { emails.clone() } else { Vec::new() },
            birthday,
            decision_maker: false,
        });
    let client = NewClient {
        kind: Some(if company.is_some() { ClientKind::Company } else { ClientKind::Person }),
        name,
        legal_name: None,
        city,
        address,
        industry: None,
        size: None,
        tax_id: None,
        phones: if persons_own { Vec::new() } else { phones },
        emails: if persons_own { Vec::new() } else { emails },
        website: first(VCardProperty::Url),
        source: None,
        manager: None,
        category: None,
        tags: tags(of(VCardProperty::Categories).flat_map(texts).collect()),
        notes,
        next_contact: None,
    };
    Ok(ClientRecord { line, client, person })
}

/// Every card of a decoded vCard file as a client or a rejected card.
pub fn read(decoded: &Decoded) -> Result<ImportFile<ClientRecord>, ValidationError> {
    let pieces = pieces(&decoded.text);
    if pieces.iter().all(|p| p.broken == Some(OUTSIDE)) {
        return Err(ValidationError::new("file", "", crate::i18n::t("err-is-not-vcard-file-it")));
    }
    let mut rows = Rows { records: Vec::new(), rejected: Vec::new() };
    let mut not_understood = Vec::new();
    for piece in pieces {
        let reject =
            |errors: Vec<ValidationError>| Rejected { line: piece.line, fields: vec![piece.text.to_string()], errors };
        if let Some(why) = piece.broken {
            let first = piece.text.lines().next().unwrap_or_default().trim();
            rows.rejected.push(reject(vec![ValidationError::new("vcard", first, crate::i18n::t(why))]));
            continue;
        }
        let result = match Parser::new(&without_media(piece.text)).entry() {
            Entry::VCard(card) => record(&card, piece.text, piece.line, &mut not_understood),
            other => Err(vec![ValidationError::new(
                "vcard",
                "",
                crate::tr!("err-cannot-be-read", error = format!("{other:?}")),
            )]),
        };
        match result {
            Ok(record) => rows.records.push(record),
            Err(errors) => rows.rejected.push(reject(errors)),
        }
    }
    Ok(ImportFile { encoding: decoded.encoding, layout: Layout::Vcard, rows, not_understood })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_cut_into_cards_with_their_lines() {
        let text = "\u{feff}BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n\r\nstray\r\nBEGIN:VCARD\r\nFN:B\r\nBEGIN:vcard\r\nFN:C\r\nend:VCARD\r\nBEGIN:VCARD\r\nFN:D";
        let pieces = pieces(text);
        let seen: Vec<(usize, Option<&str>)> = pieces.iter().map(|p| (p.line, p.broken)).collect();
        assert_eq!(seen, [(1, None), (5, Some(OUTSIDE)), (6, Some(CUT_SHORT)), (8, None), (11, Some(CUT_SHORT))]);
        assert_eq!(pieces[3].text, "BEGIN:vcard\r\nFN:C\r\nend:VCARD\r\n");
        assert!(looks_like(text));
        assert!(!looks_like("Name,City\nBEGIN:VCARD"));
    }

    #[test]
    fn photos_are_cut_out_before_parsing_in_either_folding() {
        let v3 = "BEGIN:VCARD\r\nFN:A\r\nPHOTO;ENCODING=b:AAAA\r\n BBBB\r\n CCCC\r\nNOTE:kept\r\nEND:VCARD\r\n";
        assert_eq!(without_media(v3), "BEGIN:VCARD\r\nFN:A\r\nNOTE:kept\r\nEND:VCARD\r\n");
        let v21 = "BEGIN:VCARD\nitem1.PHOTO;ENCODING=BASE64;JPEG:\n/9j/4AAQ\nSkZJRg==\n\nTEL:1\nEND:VCARD\n";
        assert_eq!(without_media(v21), "BEGIN:VCARD\nTEL:1\nEND:VCARD\n");
        assert!(matches!(without_media("BEGIN:VCARD\nFN:Photon\nEND:VCARD\n"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn the_raw_value_of_a_folded_grouped_property() {
        let card = "BEGIN:VCARD\r\nitem1.BDAY;VALUE=text:31.02.\r\n 2025\r\nEND:VCARD\r\n";
        assert_eq!(raw_value(card, "BDAY"), "31.02.2025");
        assert_eq!(raw_value(card, "NOTE"), "");
    }
}
