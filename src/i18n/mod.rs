//! The language a user reads: message catalogues (Fluent), one per
//! language, embedded in the binary, and the conventions of dates, amounts
//! and sorted lists that go with it.
//!
//! The language is chosen once at start (`--lang`, the configuration's
//! `lang`, then the system locale, then English) and read by [`t`] and
//! [`tr!`]. Tests choose theirs per thread with [`scoped`]. Stable
//! identifiers (`follow_up_1`, JSON keys, subcommands) never go through here.

mod collate;
mod format;
mod recorded;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rustc_hash::FxHashMap;

pub use collate::{collation_key, order_by_name, reorder_by_name, take_in_order};
pub use format::{amount, date, date_short, date_time, date_time_long, day_month, group_digits, month, push_date};
pub use recorded::recorded;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ru,
    Ro,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Ro, Lang::Es];

    /// The stable code: `--lang`, `lang =` in the configuration.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Ro => "ro",
            Lang::Es => "es",
        }
    }

    /// The language of a locale as the system writes it (`ru_RU.UTF-8`,
    /// `es-ES`, `ro`); `None` for one without a catalogue (`de_DE`, `C`).
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let language = locale.split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`), English
    /// when it has no catalogue here.
    pub fn of_system() -> Lang {
        sys_locale::get_locale().and_then(|l| Lang::of_locale(&l)).unwrap_or(Lang::En)
    }

    /// The translations of the command line's help (`--help`), whose
    /// English is the doc comments of `cli/args.rs` themselves.
    fn help_catalogue(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Ru => Some(include_str!("locales/help/ru.ftl")),
            Lang::Ro => Some(include_str!("locales/help/ro.ftl")),
            Lang::Es => Some(include_str!("locales/help/es.ftl")),
        }
    }

    fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("locales/en.ftl"),
            Lang::Ru => include_str!("locales/ru.ftl"),
            Lang::Ro => include_str!("locales/ro.ftl"),
            Lang::Es => include_str!("locales/es.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::str::FromStr for Lang {
    type Err = crate::domain::ValidationError;

    /// `en`, `ru`, `ro`, `es`, or a locale of one of them (`ru_RU.UTF-8`).
    fn from_str(s: &str) -> Result<Lang, Self::Err> {
        Lang::of_locale(s.trim()).ok_or_else(|| {
            crate::domain::ValidationError::new(
                "lang",
                s,
                crate::tr!("err-expected-one-of", choices = "en, ru, ro, es"),
            )
        })
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

static CHOSEN: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static SCOPED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Chooses the language of the whole process (at start).
pub fn set(lang: Lang) {
    CHOSEN.store(lang as u8, Ordering::Relaxed);
}

/// The language in use on this thread.
pub fn current() -> Lang {
    SCOPED
        .get()
        .unwrap_or_else(|| Lang::ALL.get(usize::from(CHOSEN.load(Ordering::Relaxed))).copied().unwrap_or(Lang::En))
}

/// The language of this thread until the guard is dropped: tests render
/// the same screen in each language side by side.
#[must_use]
pub fn scoped(lang: Lang) -> Scoped {
    Scoped(SCOPED.replace(Some(lang)))
}

/// `first` here and `second` on another thread at once, that thread in
/// this one's language.
pub fn at_once<A, B: Send>(first: impl FnOnce() -> A, second: impl FnOnce() -> B + Send) -> (A, B) {
    let lang = current();
    std::thread::scope(|s| {
        let second = s.spawn(move || {
            let _lang = scoped(lang);
            second()
        });
        let first = first();
        (first, second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}

pub struct Scoped(Option<Lang>);

impl Drop for Scoped {
    fn drop(&mut self) {
        SCOPED.set(self.0);
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 4] {
    static BUNDLES: OnceLock<[Bundle; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.map(bundle))
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // A terminal shows Unicode isolation marks as stray characters.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format::number_en,
        Lang::Ru => format::number_ru,
        Lang::Ro => format::number_ro,
        Lang::Es => format::number_es,
    }));
    // A catalogue with a mistake keeps every message it could read; the
    // catalogue test fails on any mistake.
    for text in std::iter::once(lang.catalogue()).chain(lang.help_catalogue()) {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Every message id of a language's catalogue, and the catalogue's
/// mistakes: for the test that keeps the four catalogues complete.
pub fn catalogue_ids(lang: Lang) -> (Vec<String>, Vec<String>) {
    ids_of(lang.catalogue())
}

/// The message ids of a language's help catalogue, and its mistakes.
pub fn help_ids(lang: Lang) -> (Vec<String>, Vec<String>) {
    lang.help_catalogue().map(ids_of).unwrap_or_default()
}

fn ids_of(text: &str) -> (Vec<String>, Vec<String>) {
    let (resource, errors) = match FluentResource::try_new(text.to_string()) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e.iter().map(|e| format!("{e:?}")).collect()),
    };
    let ids = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    (ids, errors)
}

/// The message `key` without arguments, in the current language. Each
/// message is formatted once per language and kept for the process.
pub fn t(key: &'static str) -> &'static str {
    t_in(current(), key)
}

/// The message `key` without arguments in `lang`, whatever the current one
/// (the importer knows the headers Kartoteka writes in every language).
pub fn t_in(lang: Lang, key: &'static str) -> &'static str {
    // Fx hashing: the keys are a few dozen short names asked for again and
    // again (everyone's agenda asks 95,000 times; SipHash, here and in its
    // maps, was 38 of its 1,003 million instructions).
    static KEPT: OnceLock<Mutex<FxHashMap<(usize, &'static str), &'static str>>> = OnceLock::new();
    let kept = KEPT.get_or_init(Default::default);
    let mut kept = kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    kept.entry((lang.index(), key)).or_insert_with(|| Box::leak(format_in(lang, key, None).into_boxed_str()))
}

/// The message `key` in the current language if its catalogue has it: for
/// the help of the command line, which has English of its own.
pub fn message(key: &str) -> Option<String> {
    let lang = current();
    bundles()[lang.index()].has_message(key).then(|| format_in(lang, key, None))
}

/// The message `key` with arguments, in the current language; see [`tr!`].
pub fn format_message(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    format_in(current(), key, Some(&fluent))
}

/// A missing message shows its key, so that a gap is visible, not blank.
fn format_in(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let bundle = &bundles()[lang.index()];
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// `tr!("key", name = value, …)`: the message with its arguments (numbers
/// choose the plural form: `{ $n -> [one] … *[other] … }`).
#[macro_export]
macro_rules! tr {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::format_message($key, &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language_and_others_fall_back() {
        assert_eq!(Lang::of_locale("ru_RU.UTF-8"), Some(Lang::Ru));
        assert_eq!(Lang::of_locale("es-ES"), Some(Lang::Es));
        assert_eq!(Lang::of_locale("ro"), Some(Lang::Ro));
        assert_eq!(Lang::of_locale("en_GB.UTF-8@euro"), Some(Lang::En));
        assert_eq!(Lang::of_locale("de_DE.UTF-8"), None);
        assert_eq!(Lang::of_locale("C"), None);
        assert_eq!("RU".parse::<Lang>().unwrap(), Lang::Ru);
        assert_eq!("de".parse::<Lang>().unwrap_err().to_string(), "lang 'de': expected one of: en, ru, ro, es");
    }

    #[test]
    fn plurals_follow_the_language() {
        let count = |lang, n: i64| {
            let _lang = scoped(lang);
            crate::tr!("list-clients", n = n)
        };
        assert_eq!(count(Lang::En, 1), "1 client");
        assert_eq!(count(Lang::En, 21), "21 clients");
        assert_eq!(count(Lang::Ru, 1), "1 клиент");
        assert_eq!(count(Lang::Ru, 3), "3 клиента");
        assert_eq!(count(Lang::Ru, 5), "5 клиентов");
        assert_eq!(count(Lang::Ru, 21), "21 клиент");
        assert_eq!(count(Lang::Ro, 1), "1 client");
        assert_eq!(count(Lang::Ro, 3), "3 clienți");
        assert_eq!(count(Lang::Ro, 20), "20 de clienți");
        assert_eq!(count(Lang::Es, 2), "2 clientes");
        assert_eq!(count(Lang::Ru, 100_000), "100 000 клиентов");
        assert_eq!(count(Lang::Es, 100_000), "100.000 clientes");
    }

    #[test]
    fn a_scoped_language_ends_with_its_guard() {
        let before = current();
        {
            let _ru = scoped(Lang::Ru);
            assert_eq!(current(), Lang::Ru);
            assert_eq!(t("action-quit"), "выход");
        }
        assert_eq!(current(), before);
    }
}
