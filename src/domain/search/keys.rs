//! Every client's search keys in a few long blocks, one for names (two:
//! ASCII and not), one for e-mails and phones, instead of three small
//! allocations per client. A keystroke walks the blocks in the list's
//! order from start to end, whatever order the keys were read in, and the
//! interface holds 100,000 keys without 300,000 allocations' overhead.

use std::ops::Range;

use nucleo_matcher::Utf32Str;

use super::{FIELD_SEPARATOR, letter_bit, letter_mask};
use crate::domain::model::ClientId;

/// One client's keys in the forms the file stores them: `names` as
/// [`super::names_key`] builds them, `emails` as [`super::emails_key`],
/// `phones` as [`super::phone_key`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchKey {
    pub id: ClientId,
    pub names: String,
    pub emails: String,
    pub phones: String,
}

/// Where one client's keys lie in the blocks of [`SearchKeys`].
#[derive(Debug, Clone, Copy)]
struct Entry {
    id: ClientId,
    /// Which letters occur in the names (see [`letter_mask`]).
    mask: u64,
    /// Which letters occur in the e-mails.
    email_mask: u64,
    /// Start of the names in `ascii` or, when `unicode`, in `unicode`.
    names_at: usize,
    /// Start of the e-mails in `text`; the phones follow them.
    text_at: usize,
    /// Length of the names, in chars.
    names_len: u32,
    /// How many chars of the names are the client's own name.
    own_len: u32,
    emails_len: u32,
    phones_len: u32,
    unicode: bool,
}

impl Entry {
    /// Where the names lie in `ascii` or `unicode`.
    fn names(&self) -> Range<usize> {
        self.names_at..self.names_at + self.names_len as usize
    }

    /// Where the e-mails and the phones lie in `text`.
    fn text(&self) -> Range<usize> {
        self.text_at..self.text_at + self.emails_len as usize + self.phones_len as usize
    }
}

/// The search keys of many clients, in the list's order.
#[derive(Debug, Default)]
pub struct SearchKeys {
    entries: Vec<Entry>,
    /// Names that are all ASCII, one byte a char, as the matcher takes them.
    ascii: Vec<u8>,
    /// Other names, in the matcher's form: a folded text has no combining
    /// marks, so each char is a grapheme of its own (the matcher's own
    /// conversion looked for grapheme boundaries in every name: a third of
    /// the time to build 100,000 keys).
    unicode: Vec<char>,
    /// E-mails and phones.
    text: String,
    /// How much of the blocks belongs to keys replaced or removed since.
    unused: usize,
}

/// One client's keys as the matcher reads them.
#[derive(Debug, Clone, Copy)]
pub struct KeyRef<'a> {
    pub id: ClientId,
    pub(super) names: Utf32Str<'a>,
    pub(super) own_len: u32,
    pub(super) mask: u64,
    pub(super) email_mask: u64,
    pub(super) emails: &'a str,
    pub(super) phones: &'a str,
}

impl KeyRef<'_> {
    /// The folded names as text (for comparing matchers in the benchmark).
    pub fn names_text(&self) -> String {
        self.names.to_string()
    }
}

/// A length as kept in an [`Entry`]: a key is one SQLite text (at most a
/// billion bytes), so it never saturates.
fn len32(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

impl SearchKeys {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Makes room for `total` keys in all, each the size of those held on
    /// average (and a tenth more), so that the blocks do not grow by
    /// copying while 100,000 keys are read (a tenth of reading them).
    pub fn reserve_like(&mut self, total: usize) {
        let held = self.entries.len().max(1);
        let more = total.saturating_sub(self.entries.len());
        let room = |len: usize| (len / held + 1) * more / 10 * 11;
        self.ascii.reserve(room(self.ascii.len()));
        self.unicode.reserve(room(self.unicode.len()));
        self.text.reserve(room(self.text.len()));
        self.entries.reserve(more);
    }

    /// Takes every key away, keeping the room they took.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.ascii.clear();
        self.unicode.clear();
        self.text.clear();
        self.unused = 0;
    }

    /// Adds a client's keys at the end.
    pub fn push(&mut self, id: ClientId, names: &str, emails: &str, phones: &str) {
        let entry = self.write(id, names, emails, phones);
        self.entries.push(entry);
    }

    /// Adds the keys of `other` at the end.
    pub fn extend(&mut self, other: &SearchKeys) {
        for e in &other.entries {
            self.copy(other, e);
        }
    }

    /// Adds the keys of entry `e` of `from` at the end.
    fn copy(&mut self, from: &SearchKeys, e: &Entry) {
        let mut entry = *e;
        if e.unicode {
            entry.names_at = self.unicode.len();
            self.unicode.extend_from_slice(&from.unicode[e.names()]);
        } else {
            entry.names_at = self.ascii.len();
            self.ascii.extend_from_slice(&from.ascii[e.names()]);
        }
        entry.text_at = self.text.len();
        self.text.push_str(&from.text[e.text()]);
        self.entries.push(entry);
    }

    /// Puts `key` at place `i` (at the end when `i` is past it).
    pub fn insert(&mut self, i: usize, key: &SearchKey) {
        let entry = self.write(key.id, &key.names, &key.emails, &key.phones);
        self.entries.insert(i.min(self.entries.len()), entry);
    }

    /// Replaces the keys at place `i`, if there is one.
    pub fn set(&mut self, i: usize, key: &SearchKey) {
        if i < self.entries.len() {
            let entry = self.write(key.id, &key.names, &key.emails, &key.phones);
            let old = std::mem::replace(&mut self.entries[i], entry);
            self.forget(old);
        }
    }

    /// Removes the keys at place `i`, if there is one.
    pub fn remove(&mut self, i: usize) {
        if i < self.entries.len() {
            let old = self.entries.remove(i);
            self.forget(old);
        }
    }

    /// The keys at place `i`.
    pub fn get(&self, i: usize) -> Option<KeyRef<'_>> {
        self.entries.get(i).map(|e| self.view(e))
    }

    /// Every client's keys, in order.
    pub fn iter(&self) -> impl Iterator<Item = KeyRef<'_>> {
        self.entries.iter().map(|e| self.view(e))
    }

    /// The keys at places `order`, in that order, in blocks of their own:
    /// keys read in one order and walked in another lie in the order they
    /// are walked.
    pub fn reordered(&self, order: &[usize]) -> SearchKeys {
        let wanted = || order.iter().filter_map(|&i| self.entries.get(i));
        let (ascii, unicode, text) = wanted().fold((0, 0, 0), |(a, u, t), e| {
            let (names, text) = (e.names().len(), e.text().len());
            if e.unicode { (a, u + names, t + text) } else { (a + names, u, t + text) }
        });
        let mut keys = SearchKeys {
            entries: Vec::with_capacity(order.len()),
            ascii: Vec::with_capacity(ascii),
            unicode: Vec::with_capacity(unicode),
            text: String::with_capacity(text),
            unused: 0,
        };
        for e in wanted() {
            keys.copy(self, e);
        }
        keys
    }

    /// The keys at places `range`, for matching part of them on a thread.
    pub(super) fn part(&self, range: Range<usize>) -> Part<'_> {
        Part { keys: self, offset: range.start, entries: self.entries.get(range).unwrap_or_default() }
    }

    fn view(&self, e: &Entry) -> KeyRef<'_> {
        let emails_end = e.text_at + e.emails_len as usize;
        let names = if e.unicode {
            Utf32Str::Unicode(&self.unicode[e.names()])
        } else {
            Utf32Str::Ascii(&self.ascii[e.names()])
        };
        KeyRef {
            id: e.id,
            names,
            own_len: e.own_len,
            mask: e.mask,
            email_mask: e.email_mask,
            emails: &self.text[e.text_at..emails_end],
            phones: &self.text[emails_end..emails_end + e.phones_len as usize],
        }
    }

    /// Writes a client's keys at the ends of the blocks.
    fn write(&mut self, id: ClientId, names: &str, emails: &str, phones: &str) -> Entry {
        let (names_at, names_len, own_len, mask, unicode);
        if names.is_ascii() {
            names_at = self.ascii.len();
            self.ascii.extend_from_slice(names.as_bytes());
            names_len = names.len();
            own_len = names.bytes().position(|b| char::from(b) == FIELD_SEPARATOR).unwrap_or(names_len);
            mask = letter_mask(names);
            unicode = false;
        } else {
            names_at = self.unicode.len();
            let (mut own, mut bits) = (None, 0);
            for c in names.chars() {
                if c == FIELD_SEPARATOR && own.is_none() {
                    own = Some(self.unicode.len() - names_at);
                }
                if !c.is_whitespace() {
                    bits |= letter_bit(u32::from(c));
                }
                self.unicode.push(c);
            }
            names_len = self.unicode.len() - names_at;
            own_len = own.unwrap_or(names_len);
            mask = bits;
            unicode = true;
        }
        let text_at = self.text.len();
        self.text.push_str(emails);
        self.text.push_str(phones);
        Entry {
            id,
            mask,
            email_mask: letter_mask(emails),
            names_at,
            text_at,
            names_len: len32(names_len),
            own_len: len32(own_len),
            emails_len: len32(emails.len()),
            phones_len: len32(phones.len()),
            unicode,
        }
    }

    /// Counts what `old` took as unused, and writes the live keys into new
    /// blocks once more than half of the blocks is unused (after many edits
    /// in one sitting).
    fn forget(&mut self, old: Entry) {
        self.unused += old.names().len() + old.text().len();
        if self.unused > (self.ascii.len() + self.unicode.len() + self.text.len()) / 2 {
            let all: Vec<usize> = (0..self.entries.len()).collect();
            *self = self.reordered(&all);
        }
    }
}

/// Some of the keys, with the place of the first in the whole.
pub(super) struct Part<'a> {
    keys: &'a SearchKeys,
    entries: &'a [Entry],
    pub(super) offset: usize,
}

impl<'a> Part<'a> {
    pub(super) fn iter(&self) -> impl Iterator<Item = KeyRef<'a>> + use<'a> {
        let keys = self.keys;
        self.entries.iter().map(move |e| keys.view(e))
    }
}

impl FromIterator<SearchKey> for SearchKeys {
    fn from_iter<I: IntoIterator<Item = SearchKey>>(keys: I) -> SearchKeys {
        let mut all = SearchKeys::default();
        for key in keys {
            all.push(key.id, &key.names, &key.emails, &key.phones);
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: ClientId, names: &str, emails: &str, phones: &str) -> SearchKey {
        SearchKey { id, names: names.into(), emails: emails.into(), phones: phones.into() }
    }

    /// What a matcher sees of every key, in order.
    fn seen(keys: &SearchKeys) -> Vec<(ClientId, String, u32, u64, u64, String, String)> {
        keys.iter()
            .map(|k| (k.id, k.names_text(), k.own_len, k.mask, k.email_mask, k.emails.into(), k.phones.into()))
            .collect()
    }

    #[test]
    fn keys_edited_in_place_read_as_keys_made_afresh() {
        let first =
            [key(1, "ana\tion", "ana@x.ro", "0722"), key(2, "иванов\tпётр", "", "7916"), key(3, "munoz", "m@x.es", "")];
        let mut keys: SearchKeys = first.iter().cloned().collect();
        assert_eq!(keys.len(), 3);
        // Enough edits that the blocks are written anew more than once.
        for round in 0..20 {
            keys.set(1, &key(2, &format!("иванов {round}"), "i@x.ru", ""));
            keys.insert(0, &key(9, "aaa", "", "12"));
            keys.remove(0);
        }
        keys.insert(99, &key(4, "zeta\tzorro", "", ""));
        keys.remove(99);
        keys.set(99, &key(5, "nobody", "", ""));
        let want: SearchKeys =
            [first[0].clone(), key(2, "иванов 19", "i@x.ru", ""), first[2].clone(), key(4, "zeta\tzorro", "", "")]
                .into_iter()
                .collect();
        assert_eq!(seen(&keys), seen(&want));
        assert!(keys.unused <= (keys.ascii.len() + keys.unicode.len() + keys.text.len()) / 2, "written anew");
        let order = [3, 1, 7, 0];
        let picked = keys.reordered(&order);
        let mut want = seen(&want);
        want = vec![want[3].clone(), want[1].clone(), want[0].clone()];
        assert_eq!(seen(&picked), want.clone(), "a place past the end is passed over");
        assert_eq!((picked.get(2).map(|k| k.id), picked.get(3).map(|k| k.id)), (Some(1), None));
        let mut both: SearchKeys = [key(7, "ana", "", "")].into_iter().collect();
        both.extend(&picked);
        let mut want_both = seen(&[key(7, "ana", "", "")].into_iter().collect());
        want_both.extend(want);
        assert_eq!(seen(&both), want_both, "keys added at the end read as those they came from");
    }
}
