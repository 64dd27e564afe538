//! Quick capture: one typed line that logs a contact, e.g.
//! `call иван ok "sent price" +3d #tender` — what was done, with whom, how
//! it went, what was said, when next, and tags.

use chrono::NaiveDate;

use super::dates::parse_next_date;
use super::{CallOutcome, ContactKind, ValidationError};

/// A line taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    pub kind: ContactKind,
    /// The words naming the client, as typed.
    pub client: String,
    pub outcome: Option<CallOutcome>,
    pub summary: Option<String>,
    pub next: Option<NaiveDate>,
    pub tags: Vec<String>,
}

/// The verbs a line starts with, and the kind of contact each logs.
pub const VERBS: &[(&str, ContactKind)] = &[
    ("call", ContactKind::CallOut),
    ("callin", ContactKind::CallIn),
    ("meeting", ContactKind::Meeting),
    ("email", ContactKind::Email),
    ("letter", ContactKind::Letter),
    ("visit", ContactKind::Visit),
];

/// The words of each outcome.
const OUTCOMES: &[(&str, CallOutcome)] = &[
    ("ok", CallOutcome::Reached),
    ("reached", CallOutcome::Reached),
    ("na", CallOutcome::NoAnswer),
    ("noanswer", CallOutcome::NoAnswer),
    ("back", CallOutcome::CallBack),
    ("callback", CallOutcome::CallBack),
    ("refused", CallOutcome::Refused),
    ("won", CallOutcome::Won),
];

fn outcome_of(word: &str) -> Option<CallOutcome> {
    let w = word.to_lowercase().replace(['-', '_'], "");
    OUTCOMES.iter().find(|(name, _)| *name == w).map(|(_, o)| *o)
}

/// One word of the line, or a quoted text.
#[derive(Debug, PartialEq)]
enum Token {
    Word(String),
    Quoted(String),
}

fn tokens(line: &str) -> Result<Vec<Token>, ValidationError> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let close = match c {
            '"' => Some('"'),
            '«' => Some('»'),
            '„' => Some('“'),
            '“' => Some('”'),
            _ => None,
        };
        if let Some(close) = close {
            let mut text = String::new();
            let mut closed = false;
            for n in chars.by_ref() {
                if n == close {
                    closed = true;
                    break;
                }
                text.push(n);
            }
            if !closed {
                return Err(ValidationError::new(
                    "summary",
                    line,
                    crate::tr!("err-quote-not-closed", close = close.to_string()),
                ));
            }
            out.push(Token::Quoted(text.trim().to_string()));
            continue;
        }
        let mut word = c.to_string();
        while let Some(n) = chars.next_if(|n| !n.is_whitespace()) {
            word.push(n);
        }
        out.push(Token::Word(word));
    }
    Ok(out)
}

/// The verb a word starts to type, for completion: the only one it
/// starts, or the shortest (`call` before `callin`).
pub fn complete_verb(partial: &str) -> Option<&'static str> {
    let p = partial.to_lowercase();
    let matching: Vec<&'static str> = VERBS.iter().map(|(v, _)| *v).filter(|v| v.starts_with(&p)).collect();
    let shortest = matching.iter().min_by_key(|v| v.len())?;
    matching.iter().all(|v| v.starts_with(shortest)).then_some(*shortest)
}

/// Takes a line apart. The client is the words after the verb up to the
/// first outcome, quoted text, next date or tag.
pub fn parse(line: &str, today: NaiveDate) -> Result<Capture, ValidationError> {
    let mut tokens = tokens(line)?.into_iter();
    let verbs = || VERBS.iter().map(|(v, _)| *v).collect::<Vec<_>>().join(", ");
    let kind = match tokens.next() {
        Some(Token::Word(w)) => VERBS
            .iter()
            .find(|(v, _)| v.eq_ignore_ascii_case(&w))
            .map(|(_, k)| *k)
            .ok_or_else(|| ValidationError::new("verb", &w, crate::tr!("err-expected-one-of", choices = verbs())))?,
        _ => return Err(ValidationError::new("verb", line.trim(), crate::tr!("err-start-with", choices = verbs()))),
    };
    let mut capture =
        Capture { kind, client: String::new(), outcome: None, summary: None, next: None, tags: Vec::new() };
    let mut naming = true;
    let mut client: Vec<String> = Vec::new();
    for token in tokens {
        match token {
            Token::Quoted(text) => {
                if capture.summary.replace(text).is_some() {
                    return Err(ValidationError::new(
                        "summary",
                        line.trim(),
                        crate::i18n::t("err-give-one-quoted-summary"),
                    ));
                }
                naming = false;
            }
            Token::Word(w) if w.starts_with('#') => {
                let tag = w.trim_start_matches('#');
                if tag.is_empty() {
                    return Err(ValidationError::new("tag", &w, crate::i18n::t("err-tag-needs-name-after")));
                }
                capture.tags.push(tag.to_string());
                naming = false;
            }
            Token::Word(w) if capture.outcome.is_none() && outcome_of(&w).is_some() && !client.is_empty() => {
                capture.outcome = outcome_of(&w);
                naming = false;
            }
            // A word that reads as a day ends the name (a client named
            // "Black Friday" is found by "black").
            Token::Word(w)
                if w.starts_with('+') || !client.is_empty() && parse_next_date("next", &w, today).is_ok() =>
            {
                let date = parse_next_date("next", &w, today)?;
                if capture.next.replace(date).is_some() {
                    return Err(ValidationError::new("next", &w, crate::i18n::t("err-give-one-next-date")));
                }
                naming = false;
            }
            Token::Word(w) if naming => client.push(w),
            Token::Word(w) => {
                return Err(ValidationError::new("line", &w, crate::i18n::t("err-is-not-outcome-quoted-summary")));
            }
        }
    }
    if client.is_empty() {
        return Err(ValidationError::new("client", "", crate::i18n::t("err-name-client-after-verb")));
    }
    capture.client = client.join(" ");
    Ok(capture)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const TODAY: &str = "2026-11-23";

    fn ok(line: &str) -> Capture {
        parse(line, d(TODAY)).unwrap()
    }

    fn bad(line: &str) -> String {
        parse(line, d(TODAY)).unwrap_err().to_string()
    }

    #[test]
    fn a_whole_line_gives_every_part() {
        let c = ok(r#"call иван ok "sent price" +3d #tender"#);
        assert_eq!(
            c,
            Capture {
                kind: ContactKind::CallOut,
                client: "иван".into(),
                outcome: Some(CallOutcome::Reached),
                summary: Some("sent price".into()),
                next: Some(d("2026-11-26")),
                tags: vec!["tender".into()],
            }
        );
    }

    #[test]
    fn names_of_several_words_and_the_parts_in_any_order() {
        let c = ok("meeting Ștefănescu Impex «contract draft» fri");
        assert_eq!((c.kind, c.client.as_str()), (ContactKind::Meeting, "Ștefănescu Impex"));
        assert_eq!((c.summary.as_deref(), c.next), (Some("contract draft"), Some(d("2026-11-27"))));
        let c = ok("call muñoz y hijos #vip no-answer 01.12.2026");
        assert_eq!(c.client, "muñoz y hijos");
        assert_eq!(
            (c.outcome, c.next, c.tags),
            (Some(CallOutcome::NoAnswer), Some(d("2026-12-01")), vec!["vip".into()])
        );
        // Only the verb and the client are needed.
        let c = ok("email vector");
        assert_eq!((c.kind, c.outcome, c.summary, c.next), (ContactKind::Email, None, None, None));
        // A name that is also a word of the line stays a name when it comes first.
        assert_eq!(ok("call ok").client, "ok");
    }

    #[test]
    fn bad_lines_explain_themselves() {
        assert_eq!(bad("ring иван"), "verb 'ring': expected one of: call, callin, meeting, email, letter, visit");
        assert_eq!(bad(""), "verb '': start with one of: call, callin, meeting, email, letter, visit");
        assert_eq!(bad("call"), "client '': name the client after the verb");
        assert!(bad("call иван +xd").starts_with("next '+xd'"));
        assert!(bad(r#"call иван "sent price"#).contains("not closed"));
        assert!(bad("call иван ok later").starts_with("line 'later'"));
        assert!(bad("call иван #").starts_with("tag '#'"));
        assert!(bad("call иван +1d +2d").starts_with("next '+2d': give one next date"));
    }

    #[test]
    fn verbs_complete_from_their_start() {
        assert_eq!(complete_verb("me"), Some("meeting"));
        assert_eq!(complete_verb("cal"), Some("call"));
        assert_eq!(complete_verb("calli"), Some("callin"));
        assert_eq!(complete_verb("x"), None);
        assert_eq!(complete_verb(""), None, "every verb starts with nothing");
        assert_eq!(complete_verb("e"), Some("email"));
    }
}
