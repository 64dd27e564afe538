//! Finding a client by what the caller said: names (folded, fuzzy), e-mails
//! (folded, by substring) and phone digits. The keys are folded once, when a
//! client is written; a query is folded the same way.
//!
//! Measured on 100,000 demo clients (README, "Performance"): fuzzy matching
//! over names alone takes a few milliseconds, over names and e-mails
//! together (about 200 characters a client) ten to forty times longer, and
//! nobody types an e-mail address with letters left out. So names are
//! matched fuzzily, e-mails by substring.

use memchr::memmem::Finder;
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::fold::{fold, phone_digits};
use super::model::ClientId;

mod keys;

pub use keys::{KeyRef, SearchKey, SearchKeys};

/// Separates the names in a names key; the matcher treats it as a word
/// boundary. The first name is always the client's own.
pub const FIELD_SEPARATOR: char = '\t';

/// The bit of letter `c` in a [`letter_mask`].
const fn letter_bit(c: u32) -> u64 {
    1 << (c.wrapping_mul(0x9E37_79B9) >> 26)
}

/// [`letter_bit`] of each ASCII char, none for white space.
const ASCII_BITS: [u64; 128] = {
    let mut bits = [0; 128];
    let mut c = 0;
    while c < 128 {
        if !(c as u8).is_ascii_whitespace() && c != 0x0b {
            bits[c] = letter_bit(c as u32);
        }
        c += 1;
    }
    bits
};

/// A 64-bit set of the letters in `text`, each letter hashed to one bit. A
/// key whose set lacks a bit of the query's cannot match, and is passed over
/// without scanning it: a Latin name is never scanned for `иванов`.
fn letter_mask(text: &str) -> u64 {
    // Byte by byte from a table when it can be (e-mails, Latin names): a
    // tenth of the time to build 100,000 keys went to decoding chars here.
    if text.is_ascii() {
        return text.bytes().fold(0, |mask, b| mask | ASCII_BITS[usize::from(b & 0x7f)]);
    }
    text.chars().filter(|c| !c.is_whitespace()).fold(0, |mask, c| mask | letter_bit(u32::from(c)))
}

/// Builds the folded names key: the client's own name, then its other names.
pub fn names_key<'a>(own: &str, others: impl IntoIterator<Item = &'a str>) -> String {
    let mut key = fold(own.trim());
    for other in others {
        let folded = fold(other.trim());
        if !folded.is_empty() {
            key.push(FIELD_SEPARATOR);
            key.push_str(&folded);
        }
    }
    key
}

/// Builds the e-mails key.
pub fn emails_key<'a>(emails: impl IntoIterator<Item = &'a str>) -> String {
    emails.into_iter().map(|e| fold(e.trim())).filter(|e| !e.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Builds the phone key from phone numbers as written.
pub fn phone_key<'a>(phones: impl IntoIterator<Item = &'a str>) -> String {
    phones.into_iter().map(phone_digits).filter(|d| !d.is_empty()).collect::<Vec<_>>().join(" ")
}

/// How far the letters of one query word may spread in a name: a word of n
/// letters must match within `SPAN_FACTOR * n + SPAN_SLACK` characters, so
/// that `smth` finds `smith` but `storm` does not find `Smith Trading, Tom Ross`.
const SPAN_FACTOR: usize = 2;
const SPAN_SLACK: usize = 2;

/// Added to the score of a client whose own name matches, so that it ranks
/// above clients found through a person's name.
const OWN_NAME_BONUS: u32 = 1 << 16;

/// The score of a match by e-mail: below any match by name.
const EMAIL_SCORE: u32 = 1;

/// The fewest digits that make a query a phone search.
const MIN_PHONE_DIGITS: usize = 4;

/// The fewest characters of a query that are looked for in e-mails.
const MIN_EMAIL_CHARS: usize = 3;

/// Above this many keys, the two halves are matched on two threads.
const PARALLEL_FROM: usize = 20_000;

/// A query, folded and ready to match many keys.
pub struct Query {
    pattern: Pattern,
    /// The letters every matching name must contain.
    mask: u64,
    digits: Option<String>,
    /// Each letter of the query once, as [`Query::may_match`] looks for them.
    letters: Vec<Finder<'static>>,
    /// The folded query, looked for in e-mails when it is long enough.
    email: Option<Finder<'static>>,
}

/// The matcher and scratch space of one thread.
pub struct Scorer {
    matcher: Matcher,
    indices: Vec<u32>,
}

impl Default for Scorer {
    fn default() -> Self {
        // Keys and queries are folded already: the matcher need not fold again.
        let mut config = Config::DEFAULT;
        config.ignore_case = false;
        config.normalize = false;
        Scorer { matcher: Matcher::new(config), indices: Vec::new() }
    }
}

impl Query {
    /// Prepares `text`; `None` when it is blank (everything matches).
    pub fn new(text: &str) -> Option<Query> {
        let folded = fold(text.trim());
        if folded.is_empty() {
            return None;
        }
        let pattern = Pattern::new(&folded, CaseMatching::Ignore, Normalization::Never, AtomKind::Fuzzy);
        let only_phone_chars =
            folded.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | ' ' | '.' | '/'));
        let digits = phone_digits(&folded);
        let digits = (only_phone_chars && digits.len() >= MIN_PHONE_DIGITS).then_some(digits);
        let mut letters: Vec<char> = folded.chars().filter(|c| !c.is_whitespace()).collect();
        letters.sort_unstable();
        letters.dedup();
        let letters = letters.into_iter().map(|c| Finder::new(c.encode_utf8(&mut [0; 4]).as_bytes()).into_owned());
        let email = (folded.chars().count() >= MIN_EMAIL_CHARS).then(|| Finder::new(&folded).into_owned());
        Some(Query { pattern, mask: letter_mask(&folded), letters: letters.collect(), email, digits })
    }

    /// Whether a client with these stored keys (as [`names_key`],
    /// [`emails_key`] and [`phone_key`] make them, in UTF-8) could match: a
    /// quick look that passes over most clients before their keys are made.
    /// Every letter of the query in the names (each word is matched letter
    /// by letter), or the whole query in the e-mails; a phone number on its
    /// digits, as [`Query::score`] matches it. Each looked for with SIMD
    /// (`memchr`): SQLite's `instr` a letter at a time took a third of
    /// `list иванов`, the letters' mask of every name a tenth.
    pub fn may_match(&self, names: &[u8], emails: &[u8], phones: &[u8]) -> bool {
        if let Some(digits) = &self.digits {
            return std::str::from_utf8(phones).is_ok_and(|phones| phone_matches(phones, digits));
        }
        self.letters.iter().all(|letter| letter.find(names).is_some())
            || self.email.as_ref().is_some_and(|email| email.find(emails).is_some())
    }

    /// Scores one client; `None` when it does not match. Higher is better.
    pub fn score(&self, key: KeyRef, scorer: &mut Scorer) -> Option<u32> {
        if let Some(digits) = &self.digits {
            return phone_matches(key.phones, digits).then_some(u32::MAX);
        }
        self.score_names(key, scorer).or_else(|| {
            let email = self.email.as_ref().filter(|_| key.email_mask & self.mask == self.mask)?;
            email.find(key.emails.as_bytes()).map(|_| EMAIL_SCORE)
        })
    }

    /// The fuzzy score on the names, if every word of the query matches
    /// within a tight span; with a bonus when all of it lies in the own name.
    ///
    /// Each word is matched greedily (forward, then shrunk backward): one
    /// linear pass gives both the score and the window. The optimal matcher
    /// builds a score matrix per key and, called for score and indices,
    /// made a keystroke over 100,000 clients cost 33–73 ms instead.
    fn score_names(&self, key: KeyRef, scorer: &mut Scorer) -> Option<u32> {
        if key.mask & self.mask != self.mask {
            return None;
        }
        let haystack = key.names;
        let mut score = 0;
        let mut in_own_name = true;
        for atom in &self.pattern.atoms {
            scorer.indices.clear();
            score +=
                u32::from(scorer.matcher.fuzzy_indices_greedy(haystack, atom.needle_text(), &mut scorer.indices)?);
            let (Some(&first), Some(&last)) = (scorer.indices.iter().min(), scorer.indices.iter().max()) else {
                continue;
            };
            let span = usize::try_from(last - first).unwrap_or(usize::MAX) + 1;
            if span > SPAN_FACTOR * atom.needle_text().len() + SPAN_SLACK {
                return None;
            }
            in_own_name &= last < key.own_len;
        }
        Some(score + if in_own_name { OWN_NAME_BONUS } else { 0 })
    }

    /// Positions (in chars) of `text` that the query matches, for highlighting.
    pub fn highlights(&self, text: &str, matcher: &mut Matcher) -> Vec<u32> {
        if self.digits.is_some() {
            return Vec::new();
        }
        // Fold char by char so positions line up with the original text.
        let folded: String = text.chars().map(|c| fold(&c.to_string()).chars().next().unwrap_or(c)).collect();
        let mut buf = Vec::new();
        let mut indices = Vec::new();
        self.pattern.indices(Utf32Str::new(&folded, &mut buf), matcher, &mut indices);
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
            || digits.strip_prefix(['8', '0']).is_some_and(|rest| rest.len() >= MIN_PHONE_DIGITS && p.ends_with(rest))
    })
}

/// Scores clients one at a time as their keys are read, in room reused for
/// each: a search of the file ranks the clients that could match without
/// keeping their keys (keeping the 27,000 that could match `иванов` took a
/// fifth of `list иванов`).
#[derive(Default)]
pub struct ScoreAsRead {
    key: SearchKeys,
    scorer: Scorer,
}

impl ScoreAsRead {
    /// [`Query::score`] of one client's keys as the file stores them.
    pub fn score(&mut self, query: &Query, id: ClientId, names: &str, emails: &str, phones: &str) -> Option<u32> {
        self.key.clear();
        self.key.push(id, names, emails, phones);
        query.score(self.key.get(0)?, &mut self.scorer)
    }
}

/// Matches `query` against every key; returns ids best first (ties keep the
/// keys' order, which is by name). Large lists use both cores.
pub fn rank(keys: &SearchKeys, query: &Query) -> Vec<(ClientId, u32)> {
    let score_part = |part: keys::Part| -> Vec<(usize, ClientId, u32)> {
        let mut scorer = Scorer::default();
        part.iter()
            .enumerate()
            .filter_map(|(i, k)| query.score(k, &mut scorer).map(|s| (part.offset + i, k.id, s)))
            .collect()
    };
    let mut hits = if keys.len() >= PARALLEL_FROM {
        let half = keys.len() / 2;
        let (left, right) = (keys.part(0..half), keys.part(half..keys.len()));
        std::thread::scope(|s| {
            let other = s.spawn(|| score_part(right));
            let mut hits = score_part(left);
            // A panic in the matcher would be a bug in it; lose its half rather than the interface.
            hits.extend(other.join().unwrap_or_default());
            hits
        })
    } else {
        score_part(keys.part(0..keys.len()))
    };
    hits.sort_unstable_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    hits.into_iter().map(|(_, id, s)| (id, s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folded_name_is_in_the_form_the_matcher_would_make_of_it() {
        let names =
            ["Ștefănescu SRL", "Иванов и партнёры", "Muñoz y Hijos S.L.", "Crème Brûlée", "北京贸易", "Ａｃｍｅ"];
        for name in names.into_iter().chain(["Smith Trading"]) {
            for folded in [names_key(name, ["Йошкар-Ола", "Ana\tPopescu"]), names_key(name, [])] {
                let mut keys = SearchKeys::default();
                keys.push(1, &folded, "", "");
                let key = keys.get(0).unwrap();
                let mut buf = Vec::new();
                assert_eq!(key.names, Utf32Str::new(&folded, &mut buf), "{name}");
                let own = folded.split(FIELD_SEPARATOR).next().unwrap();
                assert_eq!(key.own_len as usize, own.chars().count(), "{name}");
                let by_chars =
                    folded.chars().filter(|c| !c.is_whitespace()).fold(0, |m, c| m | letter_bit(u32::from(c)));
                assert_eq!((key.mask, letter_mask(&folded)), (by_chars, by_chars), "{name}");
            }
        }
        assert_eq!(letter_mask("ana\tpop ana"), letter_mask("anapop"));
        for c in (0..128u8).map(char::from) {
            let want = if c.is_whitespace() { 0 } else { letter_bit(u32::from(c)) };
            assert_eq!(letter_mask(&c.to_string()), want, "{c:?}");
        }
    }

    fn key(id: ClientId, names: &[&str], emails: &[&str], phones: &[&str]) -> SearchKey {
        SearchKey {
            id,
            names: names_key(names[0], names[1..].iter().copied()),
            emails: emails_key(emails.iter().copied()),
            phones: phone_key(phones.iter().copied()),
        }
    }

    fn find(keys: &SearchKeys, q: &str) -> Vec<ClientId> {
        rank(keys, &Query::new(q).unwrap()).into_iter().map(|(id, _)| id).collect()
    }

    fn office() -> SearchKeys {
        SearchKeys::from_iter([
            key(1, &["Иванов Андрей"], &[], &["+7 916 555-12-34"]),
            key(2, &["Ștefănescu SRL", "Ion Popa"], &["ion@stefanescu.ro"], &["0722 123 456"]),
            key(3, &["Ştefănescu Ana"], &[], &[]),
            key(4, &["Muñoz y Hijos", "Carmen Muñoz"], &["Pedidos@Munoz.es"], &["+34 91 555 0101"]),
            key(5, &["Фёдоров"], &[], &[]),
            key(6, &["Smith Trading"], &[], &[]),
        ])
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
        assert_eq!(find(&keys, "pedidos@munoz"), vec![4], "e-mails are folded too");
        assert!(find(&keys, "pdidos").is_empty(), "e-mails match as typed, not fuzzily");
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
    fn a_match_in_the_own_name_ranks_first() {
        let keys = SearchKeys::from_iter([
            key(1, &["Agro Sud", "Ramona Ștefănescu"], &[], &[]),
            key(2, &["Ştefănescu Elena"], &[], &[]),
            key(3, &["Banat", "Ștefan Pop"], &[], &[]),
        ]);
        assert_eq!(find(&keys, "stefanescu"), vec![2, 1]);
        assert_eq!(find(&keys, "stef")[0], 2);
    }

    #[test]
    fn scattered_letters_are_not_a_match() {
        let keys = SearchKeys::from_iter([key(1, &["Smith Trading", "Tom Ross"], &["tom@smith.example"], &[])]);
        assert!(find(&keys, "storm").is_empty());
        assert_eq!(find(&keys, "smth"), vec![1], "a dropped letter is still a match");
        assert_eq!(find(&keys, "tom ross"), vec![1], "each word matches on its own");
    }

    #[test]
    fn both_halves_of_a_large_list_are_searched_in_order() {
        let n = PARALLEL_FROM as i64 + 10;
        let name = |i: i64| if i == 5 || i == n - 5 { "Zebra Trans".to_string() } else { format!("client {i}") };
        let keys: SearchKeys = (0..n).map(|i| key(i, &[&name(i)], &[], &[])).collect();
        assert_eq!(find(&keys, "zebra"), vec![5, n - 5], "one in each half, ties in the keys' order");
    }

    #[test]
    fn highlights_line_up_with_the_original_text() {
        let q = Query::new("stef").unwrap();
        let mut m = Matcher::new(Config::DEFAULT);
        assert_eq!(q.highlights("Ștefănescu", &mut m), vec![0, 1, 2, 3]);
    }
}
