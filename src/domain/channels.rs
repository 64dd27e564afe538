//! Phones and e-mails as a person types them: what is accepted, and the key
//! that tells two spellings of the same number or address apart from others.

use super::{ChannelKind, ValidationError};

/// The digits of a phone that identify it whatever the prefix: the last nine
/// (`+40 721 123 456` and `0721 123 456` are one number). Shorter numbers
/// keep all their digits.
const PHONE_KEY_DIGITS: usize = 9;

/// Checks one phone or e-mail typed by a person; returns it trimmed.
pub fn check(field: &str, kind: ChannelKind, value: &str) -> Result<String, ValidationError> {
    let v = value.trim();
    match kind {
        ChannelKind::Phone => {
            let allowed = |c: char| c.is_ascii_digit() || " +-()./".contains(c) || c == '\u{a0}';
            // An extension after the number (`ext. 12`, `доб. 12`) is kept as typed.
            let (main, _ext) = split_extension(v);
            let digits = main.chars().filter(char::is_ascii_digit).count();
            if digits < 5 || !main.chars().all(allowed) {
                return Err(ValidationError::new(field, value, crate::i18n::t("err-expected-phone-number-40-721")));
            }
        }
        ChannelKind::Email => {
            let ok = match v.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains('@')
                        && !v.chars().any(char::is_whitespace)
                }
                None => false,
            };
            if !ok {
                return Err(ValidationError::new(
                    field,
                    value,
                    crate::i18n::t("err-expected-mail-address-name-example"),
                ));
            }
        }
    }
    Ok(v.to_string())
}

/// Splits `021 123 4567 ext. 12` into the number and what follows a word.
fn split_extension(text: &str) -> (&str, &str) {
    match text.find(|c: char| c.is_alphabetic()) {
        Some(i) => (&text[..i], &text[i..]),
        None => (text, ""),
    }
}

/// The key two channels share when they are the same number or address.
pub fn match_key(kind: ChannelKind, value: &str) -> String {
    match kind {
        ChannelKind::Phone => {
            let (main, _) = split_extension(value);
            let digits: Vec<char> = main.chars().filter(char::is_ascii_digit).collect();
            digits[digits.len().saturating_sub(PHONE_KEY_DIGITS)..].iter().collect()
        }
        ChannelKind::Email => value.trim().to_lowercase(),
    }
}

/// Adds to `into` each of `from` that is not the same number or address
/// as one it has.
pub fn add_missing(into: &mut Vec<String>, from: &[String], kind: ChannelKind) {
    for v in from {
        if !into.iter().any(|have| match_key(kind, have) == match_key(kind, v)) {
            into.push(v.clone());
        }
    }
}

/// Splits a list typed into one field (`a@x.ro, b@y.ro`) into its values.
pub fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';']).map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_office_notation_are_accepted() {
        for p in ["+40 721 123 456", "8 (916) 555-12-34", "021.312.45.67", "0721 123 456 ext. 12"] {
            assert!(check("phone", ChannelKind::Phone, p).is_ok(), "{p}");
        }
        for p in ["call me", "12", "0721-abc-456"] {
            assert!(check("phone", ChannelKind::Phone, p).is_err(), "{p}");
        }
    }

    #[test]
    fn emails_need_a_domain() {
        assert_eq!(check("email", ChannelKind::Email, " ana@firma.ro ").unwrap(), "ana@firma.ro");
        for e in ["ana", "ana@firma", "@firma.ro", "ana@.ro", "ana maria@firma.ro", "a@b@c.ro"] {
            let err = check("email", ChannelKind::Email, e).unwrap_err();
            assert_eq!(err.value, e);
        }
    }

    #[test]
    fn one_number_whatever_the_prefix() {
        assert_eq!(match_key(ChannelKind::Phone, "+40 721 123 456"), match_key(ChannelKind::Phone, "0721-123-456"));
        assert_eq!(match_key(ChannelKind::Phone, "8 916 555 12 34"), match_key(ChannelKind::Phone, "+7 916 5551234"));
        assert_eq!(match_key(ChannelKind::Email, "Ana@Firma.RO"), "ana@firma.ro");
        assert_eq!(split_list("a@x.ro; b@y.ro ,"), vec!["a@x.ro", "b@y.ro"]);
    }
}
