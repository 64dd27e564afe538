//! Folding text for search and sorting: lower case, diacritics stripped,
//! `ё`→`е`, so that `stefanescu` finds `Ștefănescu` and `федоров` finds
//! `Фёдоров`. SQLite's `lower()` and `NOCASE` fold ASCII only, so every
//! searchable text is folded here and stored beside the original.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `text` for matching and sorting.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        for c in text.chars() {
            fold_char_into(c, &mut out);
        }
        return out;
    }
    // Compose first so that text typed with combining marks folds like
    // precomposed text, then fold one character at a time.
    for c in text.nfc() {
        fold_char_into(c, &mut out);
    }
    out
}

fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    // `й` is its own letter in Russian (`Андрей`), not `и` with a mark.
    if matches!(c, 'й' | 'Й') {
        out.push('й');
        return;
    }
    for base in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
        for lower in base.to_lowercase() {
            match lower {
                // Letters whose mark is part of the letter, so NFD keeps them.
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'đ' | 'ð' => out.push('d'),
                'ı' => out.push('i'),
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                _ => out.push(lower),
            }
        }
    }
}

/// The digits of a phone number, whatever its formatting.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_names_of_the_office() {
        assert_eq!(fold("Ștefănescu"), "stefanescu"); // comma below
        assert_eq!(fold("Ştefănescu"), "stefanescu"); // cedilla
        assert_eq!(fold("Иванов"), "иванов");
        assert_eq!(fold("Фёдоров"), "федоров");
        assert_eq!(fold("Muñoz"), "munoz");
        assert_eq!(fold("Álvarez"), "alvarez");
        assert_eq!(fold("Øster"), "oster");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn keeps_short_i_distinct() {
        assert_eq!(fold("Андрей Йошкин"), "андрей йошкин");
        assert_eq!(fold("Weiß Андрей"), "weiss андрей");
    }

    #[test]
    fn phone_digits_ignore_formatting() {
        assert_eq!(phone_digits("+7 (916) 555-12-34"), "79165551234");
    }
}
