//! Finding a client by what the caller said: names (folded, fuzzy), e-mails
//! and phone digits. The keys are folded once, when a client is written; a
//! query is folded the same way and matched with nucleo-matcher.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::fold::{fold, phone_digits};
use super::model::ClientId;

/// The searchable keys of one client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchKey {
    pub id: ClientId,
    /// Folded names (client, legal name, persons) and e-mails, space-separated.
    pub text: String,
    /// Digits of every phone of the client and its persons, space-separated.
    pub phones: String,
}

/// Builds the folded text key from the names and e-mails of a client.
pub fn text_key<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut key = String::new();
    for part in parts {
        let folded = fold(part.trim());
        if folded.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&folded);
    }
    key
}

/// Builds the phone key from phone numbers as written.
pub fn phone_key<'a>(phones: impl IntoIterator<Item = &'a str>) -> String {
    phones
        .into_iter()
        .map(phone_digits)
        .filter(|d| !d.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A query, folded and ready to match many keys.
pub struct Query {
    pattern: Pattern,
    digits: Option<String>,
}

/// How far the letters of one query word may spread in a key: a word of n
/// letters must match within `SPAN_FACTOR * n + SPAN_SLACK` characters, so
/// that `smth` finds `smith` but `storm` does not find `Smith Trading, Tom Ross`.
const SPAN_FACTOR: usize = 2;
const SPAN_SLACK: usize = 2;

/// The fewest digits that make a query a phone search.
const MIN_PHONE_DIGITS: usize = 4;

impl Query {
    /// Prepares `text`; `None` when it is blank (everything matches).
    pub fn new(text: &str) -> Option<Query> {
        let folded = fold(text.trim());
        if folded.is_empty() {
            return None;
        }
        let pattern = Pattern::new(
            &folded,
            CaseMatching::Ignore,
            Normalization::Never,
            AtomKind::Fuzzy,
        );
        let only_phone_chars = folded
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | ' ' | '.' | '/'));
        let digits = phone_digits(&folded);
        let digits = (only_phone_chars && digits.len() >= MIN_PHONE_DIGITS).then_some(digits);
        Some(Query { pattern, digits })
    }

    /// Scores one client; `None` when it does not match. Higher is better.
    pub fn score(
        &self,
        key: &SearchKey,
        matcher: &mut Matcher,
        buf: &mut Vec<char>,
    ) -> Option<u32> {
        if let Some(digits) = &self.digits {
            return phone_matches(&key.phones, digits).then_some(u32::MAX);
        }
        let haystack = Utf32Str::new(&key.text, buf);
        let score = self.pattern.score(haystack, matcher)?;
        let mut indices = Vec::new();
        for atom in &self.pattern.atoms {
            indices.clear();
            atom.indices(haystack, matcher, &mut indices)?;
            let (Some(first), Some(last)) = (indices.iter().min(), indices.iter().max()) else {
                continue;
            };
            let span = usize::try_from(last - first).unwrap_or(usize::MAX) + 1;
            if span > SPAN_FACTOR * atom.needle_text().len() + SPAN_SLACK {
                return None;
            }
        }
        Some(score)
    }

    /// Positions (in chars) of `text` that the query matches, for highlighting.
    pub fn highlights(&self, text: &str, matcher: &mut Matcher) -> Vec<u32> {
        if self.digits.is_some() {
            return Vec::new();
        }
        // Fold char by char so positions line up with the original text.
        let folded: String = text
            .chars()
            .map(|c| fold(&c.to_string()).chars().next().unwrap_or(c))
            .collect();
        let mut buf = Vec::new();
        let mut indices = Vec::new();
        self.pattern
            .indices(Utf32Str::new(&folded, &mut buf), matcher, &mut indices);
        indices.sort_unstable();
        indices.dedup();
        indices
    }
}

/// A phone query matches when its digits stand in one of the client's numbers;
/// a leading trunk prefix (`8` in Russia, `0` in Romania and Spain) may stand
/// for the country code, so `89165551234` finds `+7 916 555-12-34`.
fn phone_matches(phones: &str, digits: &str) -> bool {
    phones.split(' ').any(|p| {
        p.contains(digits)
            || digits
                .strip_prefix(['8', '0'])
                .is_some_and(|rest| rest.len() >= MIN_PHONE_DIGITS && p.ends_with(rest))
    })
}

/// Matches `query` against every key; returns ids best first (ties keep the
/// keys' order, which is by name).
pub fn rank(keys: &[SearchKey], query: &Query) -> Vec<(ClientId, u32)> {
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut hits: Vec<(usize, ClientId, u32)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, k)| query.score(k, &mut matcher, &mut buf).map(|s| (i, k.id, s)))
        .collect();
    hits.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    hits.into_iter().map(|(_, id, s)| (id, s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: ClientId, names: &[&str], phones: &[&str]) -> SearchKey {
        SearchKey {
            id,
            text: text_key(names.iter().copied()),
            phones: phone_key(phones.iter().copied()),
        }
    }

    fn find(keys: &[SearchKey], q: &str) -> Vec<ClientId> {
        rank(keys, &Query::new(q).unwrap())
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    fn office() -> Vec<SearchKey> {
        vec![
            key(1, &["Иванов Андрей"], &["+7 916 555-12-34"]),
            key(
                2,
                &["Ștefănescu SRL", "Ion Popa", "ion@stefanescu.ro"],
                &["0722 123 456"],
            ),
            key(3, &["Ştefănescu Ana"], &[]),
            key(4, &["Muñoz y Hijos", "Carmen Muñoz"], &["+34 91 555 0101"]),
            key(5, &["Фёдоров"], &[]),
            key(6, &["Smith Trading"], &[]),
        ]
    }

    #[test]
    fn finds_names_whatever_the_diacritics_and_case() {
        let keys = office();
        assert_eq!(find(&keys, "иванов"), vec![1]);
        let mut s = find(&keys, "stefanescu");
        s.sort();
        assert_eq!(s, vec![2, 3]);
        assert_eq!(find(&keys, "munoz"), vec![4]);
        assert_eq!(find(&keys, "федоров"), vec![5]);
        assert_eq!(find(&keys, "ФЁДОРОВ"), vec![5]);
    }

    #[test]
    fn finds_persons_and_emails() {
        let keys = office();
        assert_eq!(find(&keys, "carmen"), vec![4]);
        assert_eq!(find(&keys, "ion@stef"), vec![2]);
    }

    #[test]
    fn finds_phones_by_digits_and_trunk_prefix() {
        let keys = office();
        assert_eq!(find(&keys, "9165551234"), vec![1]);
        assert_eq!(find(&keys, "89165551234"), vec![1]);
        assert_eq!(find(&keys, "+7 916 555"), vec![1]);
        assert_eq!(find(&keys, "0722123456"), vec![2]);
        assert!(find(&keys, "5559999").is_empty());
    }

    #[test]
    fn scattered_letters_are_not_a_match() {
        let keys = vec![key(
            1,
            &["Smith Trading", "Tom Ross", "tom@smith.example"],
            &[],
        )];
        assert!(find(&keys, "storm").is_empty());
        assert_eq!(
            find(&keys, "smth"),
            vec![1],
            "a dropped letter is still a match"
        );
        assert_eq!(
            find(&keys, "tom ross"),
            vec![1],
            "each word matches on its own"
        );
    }

    #[test]
    fn highlights_line_up_with_the_original_text() {
        let q = Query::new("stef").unwrap();
        let mut m = Matcher::new(Config::DEFAULT);
        assert_eq!(q.highlights("Ștefănescu", &mut m), vec![0, 1, 2, 3]);
    }
}
