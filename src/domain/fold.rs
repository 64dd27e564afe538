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

/// Folds one character of composed text onto `out`.
pub(crate) fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    // `й` is its own letter in Russian (`Андрей`), not `и` with a mark.
    if matches!(c, 'й' | 'Й') {
        out.push('й');
        return;
    }
    // The rest of the Russian alphabet but `ё` has no marks: lower case is
    // 32 code points on (a tenth of an import's time went to decomposing
    // Cyrillic letters that have nothing to decompose).
    if ('а'..='я').contains(&c) {
        out.push(c);
        return;
    }
    if ('А'..='Я').contains(&c) {
        out.push(char::from_u32(u32::from(c) + 32).unwrap_or(c));
        return;
    }
    fold_decomposed(c, out);
}

/// [`fold_char_into`] the long way: decomposed, marks dropped, lower case.
fn fold_decomposed(c: char, out: &mut String) {
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

/// How `key`, a folded text, compares with `text` folded, without folding
/// all of `text`: sorted names usually differ within a letter or two.
pub fn cmp_folded(key: &str, text: &str) -> std::cmp::Ordering {
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        cmp_folded_chars(key, text.chars())
    } else {
        cmp_folded_chars(key, text.nfc())
    }
}

fn cmp_folded_chars(key: &str, text: impl Iterator<Item = char>) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let mut key = key.chars();
    let mut one = String::with_capacity(8);
    for c in text {
        one.clear();
        fold_char_into(c, &mut one);
        for folded in one.chars() {
            match key.next() {
                None => return Ordering::Less,
                Some(k) if k != folded => return k.cmp(&folded),
                Some(_) => {}
            }
        }
    }
    if key.next().is_some() { Ordering::Greater } else { Ordering::Equal }
}

/// The digits of a phone number, whatever its formatting.
pub fn phone_digits(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_way_for_russian_letters_folds_as_the_long_way() {
        for c in ('Ѐ'..='ӿ').filter(|c| !matches!(c, 'й' | 'Й')) {
            let (mut quick, mut long) = (String::new(), String::new());
            fold_char_into(c, &mut quick);
            fold_decomposed(c, &mut long);
            assert_eq!(quick, long, "{c}");
        }
    }

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
    fn comparing_with_a_folded_text_agrees_with_folding_it() {
        let names = [
            "Ștefănescu",
            "S\u{326}tefa\u{306}nescu",
            "Straße",
            "stras",
            "strasse",
            "Иванов",
            "иван",
            "",
            "a",
            "Øster",
        ];
        for key in names.map(fold) {
            for name in names {
                assert_eq!(cmp_folded(&key, name), key.as_str().cmp(fold(name).as_str()), "{key} / {name}");
            }
        }
    }

    #[test]
    fn phone_digits_ignore_formatting() {
        assert_eq!(phone_digits("+7 (916) 555-12-34"), "79165551234");
    }
}
