//! Sorted lists in the language's alphabet. Names are compared folded
//! (case and diacritics aside, `domain::fold`), except for the letters a
//! language counts as letters of their own: Spanish `ñ` after `n`,
//! Romanian `ă` `â` after `a`, `î` after `i`, `ș` after `s`, `ț` after `t`.
//! English and Russian keep the folded order (`ё` with `е`, `й` already
//! after `и`).

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::Lang;
use crate::domain::fold::{cmp_folded, fold, fold_char_into};

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

/// The key a name sorts by in `lang`: the folded name, with each letter
/// of the language's own as its base letter and a mark above every other
/// letter.
pub fn collation_key(lang: Lang, name: &str) -> Cow<'_, str> {
    if name.is_ascii() || own_letters(lang).is_empty() {
        return Cow::Owned(fold(name));
    }
    let mut key = String::with_capacity(name.len() + 8);
    let mut push = |c: char| match own_letter(lang, c) {
        Some((base, after)) => {
            key.push(base);
            key.push(after);
        }
        None => fold_char_into(c, &mut key),
    };
    if unicode_normalization::is_nfc_quick(name.chars()) == unicode_normalization::IsNormalized::Yes {
        name.chars().for_each(&mut push);
    } else {
        name.nfc().for_each(&mut push);
    }
    Cow::Owned(key)
}

/// Puts `items`, which come in the file's order of folded names, into
/// `lang`'s alphabet, keeping their order among equal names. English and
/// Russian agree with the folded order: nothing to do.
pub fn reorder_by_name<T>(lang: Lang, items: &mut Vec<T>, name: impl Fn(&T) -> &str) {
    if let Some(order) = order_by_name(lang, items, name) {
        *items = take_in_order(std::mem::take(items), &order);
    }
}

/// The items at places `order` of `items`, in that order.
pub fn take_in_order<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut taken: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.iter().filter_map(|&i| taken.get_mut(i).and_then(Option::take)).collect()
}

/// The places of `items` in the order [`reorder_by_name`] puts them in, so
/// that what goes with them (the list's search keys) can follow; `None`
/// when they are in that order already.
pub fn order_by_name<T>(lang: Lang, items: &[T], name: impl Fn(&T) -> &str) -> Option<Vec<usize>> {
    let letters = own_letters(lang);
    if letters.is_empty() {
        return None;
    }
    // Only the names with a letter of the language's own move; the others
    // are in order already. Those few are sorted and merged back in, each
    // other name compared only as far as it differs.
    let mut own: Vec<(String, usize)> = items
        .iter()
        .enumerate()
        .filter(|(_, item)| may_have(name(item)) && name(item).contains(letters))
        .map(|(i, item)| (collation_key(lang, name(item)).into_owned(), i))
        .collect();
    if own.is_empty() {
        return None;
    }
    own.sort_by(|(a, i), (b, j)| a.cmp(b).then(i.cmp(j)));
    let mut moved = vec![false; items.len()];
    for (_, i) in &own {
        moved[*i] = true;
    }
    let mut own = own.into_iter().peekable();
    let mut order = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate().filter(|(i, _)| !moved[*i]) {
        let before = |(key, _): &(String, usize)| cmp_folded(key, name(item)) == std::cmp::Ordering::Less;
        while let Some((_, j)) = own.next_if(before) {
            order.push(j);
        }
        order.push(i);
    }
    order.extend(own.map(|(_, j)| j));
    Some(order)
}

/// Whether `name` has a byte that begins one of the letters of
/// `own_letters` (Latin-1 and Latin Extended-A and -B, combining marks): a
/// quick look before the exact one, as most names have none.
fn may_have(name: &str) -> bool {
    name.bytes().any(|b| matches!(b, 0xC3 | 0xC4 | 0xC5 | 0xC8 | 0xCC))
}

/// The letters `lang` sorts on their own, precomposed (both cases, with
/// the older cedilla forms) and as the combining marks that make them.
fn own_letters(lang: Lang) -> &'static [char] {
    match lang {
        Lang::En | Lang::Ru => &[],
        Lang::Es => &['ñ', 'Ñ', '\u{303}'],
        Lang::Ro => &[
            'ă', 'Ă', 'â', 'Â', 'î', 'Î', 'ș', 'Ș', 'ş', 'Ş', 'ț', 'Ț', 'ţ', 'Ţ', '\u{306}', '\u{302}', '\u{326}',
            '\u{327}',
        ],
    }
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
