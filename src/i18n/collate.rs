//! Sorted lists in the language's alphabet. Names are compared folded
//! (case and diacritics aside, `domain::fold`), except for the letters a
//! language counts as letters of their own: Spanish `ñ` after `n`,
//! Romanian `ă` `â` after `a`, `î` after `i`, `ș` after `s`, `ț` after `t`.
//! English and Russian keep the folded order (`ё` with `е`, `й` already
//! after `и`).

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::Lang;
use crate::domain::fold::fold;

/// The letters `lang` sorts after their base letter, with the rank among
/// the letters that follow the same base.
fn own_letter(lang: Lang, c: char) -> Option<(char, char)> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    // Above every letter and digit a folded name holds, in rank order.
    const AFTER: [char; 2] = ['\u{10FFFD}', '\u{10FFFE}'];
    match (lang, lower) {
        (Lang::Es, 'ñ') => Some(('n', AFTER[0])),
        (Lang::Ro, 'ă') => Some(('a', AFTER[0])),
        (Lang::Ro, 'â') => Some(('a', AFTER[1])),
        (Lang::Ro, 'î') => Some(('i', AFTER[0])),
        // Both the comma (ș ț) and the older cedilla (ş ţ) forms.
        (Lang::Ro, 'ș' | 'ş') => Some(('s', AFTER[0])),
        (Lang::Ro, 'ț' | 'ţ') => Some(('t', AFTER[0])),
        _ => None,
    }
}

/// The key a name sorts by in `lang`; the folded name itself where the
/// language has no letters of its own in it (ASCII names always).
pub fn collation_key(lang: Lang, name: &str) -> Cow<'_, str> {
    if name.is_ascii() || matches!(lang, Lang::En | Lang::Ru) {
        return Cow::Owned(fold(name));
    }
    let composed: String = name.nfc().collect();
    if !composed.chars().any(|c| own_letter(lang, c).is_some()) {
        return Cow::Owned(fold(&composed));
    }
    let mut key = String::with_capacity(composed.len() + 8);
    let mut plain = String::new();
    for c in composed.chars() {
        match own_letter(lang, c) {
            Some((base, after)) => {
                key.push_str(&fold(&std::mem::take(&mut plain)));
                key.push(base);
                key.push(after);
            }
            None => plain.push(c),
        }
    }
    key.push_str(&fold(&plain));
    Cow::Owned(key)
}

/// Puts `items`, which come in the file's order of folded names, into
/// `lang`'s alphabet, keeping their order among equal names. English and
/// Russian agree with the folded order: nothing to do.
pub fn reorder_by_name<T>(lang: Lang, items: &mut [T], name: impl Fn(&T) -> &str) {
    if matches!(lang, Lang::En | Lang::Ru) {
        return;
    }
    items.sort_by_cached_key(|item| collation_key(lang, name(item)).into_owned());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        v.sort_by_cached_key(|s| fold(s));
        reorder_by_name(lang, &mut v, |s| s.as_str());
        v
    }

    #[test]
    fn spanish_puts_enye_after_n() {
        let names = ["Ñandú", "Nuñez", "Núñez", "Nutria", "Oso", "Muñoz", "Munoz"];
        assert_eq!(sorted(Lang::Es, &names), ["Munoz", "Muñoz", "Nuñez", "Núñez", "Nutria", "Ñandú", "Oso"]);
        // English folds ñ into n; equal folded names keep their order.
        assert_eq!(sorted(Lang::En, &names), ["Muñoz", "Munoz", "Ñandú", "Nuñez", "Núñez", "Nutria", "Oso"]);
    }

    #[test]
    fn romanian_puts_its_letters_after_their_base() {
        let names = ["Ștefănescu", "Suciu", "Szabo", "Tudor", "Țurcanu", "Ana", "Ălina", "Âtlas", "Iorga", "Îndru"];
        assert_eq!(
            sorted(Lang::Ro, &names),
            ["Ana", "Ălina", "Âtlas", "Iorga", "Îndru", "Suciu", "Szabo", "Ștefănescu", "Tudor", "Țurcanu"]
        );
        // The cedilla forms and combining marks sort the same.
        assert_eq!(collation_key(Lang::Ro, "Şerban"), collation_key(Lang::Ro, "Șerban"));
        assert_eq!(collation_key(Lang::Ro, "S\u{326}erban"), collation_key(Lang::Ro, "Șerban"));
    }

    #[test]
    fn russian_keeps_yo_with_ye() {
        assert_eq!(sorted(Lang::Ru, &["Фёдоров", "Федорова", "Фейгин"]), ["Фёдоров", "Федорова", "Фейгин"]);
    }
}
