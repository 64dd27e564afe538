//! The four message catalogues stay complete: every message the code asks
//! for exists in each language, and none is left over that the code no
//! longer uses.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;

use clap::CommandFactory;
use kartoteka::cli::args::Cli;
use kartoteka::cli::help::helped;
use kartoteka::i18n::{Lang, catalogue_ids, help_ids};

/// Every Rust source under `dir`, with its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The message ids the code asks for: `t("…")`, `tr!("…"` and the labels
/// of the stable identifiers (`Variant = "id" / "key"`).
fn asked(text: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for opener in ["t(\"", "tr!(\"", "/ \""] {
        for (at, _) in text.match_indices(opener) {
            // `t(` itself, not the end of `at(` or `print(`.
            let before = text[..at].chars().next_back();
            if opener == "t(\"" && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + opener.len()..];
            let Some(end) = rest.find('"') else { continue };
            let key = &rest[..end];
            let is_id = key.starts_with(|c: char| c.is_ascii_lowercase())
                && key.contains('-')
                && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if is_id {
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

#[test]
fn every_language_has_every_message_and_no_mistakes() {
    let (english, errors) = catalogue_ids(Lang::En);
    assert!(errors.is_empty(), "en.ftl: {errors:?}");
    let english: BTreeSet<String> = english.into_iter().collect();
    for lang in [Lang::Ru, Lang::Ro, Lang::Es] {
        let (ids, errors) = catalogue_ids(lang);
        assert!(errors.is_empty(), "{}.ftl: {errors:?}", lang.code());
        let ids: BTreeSet<String> = ids.into_iter().collect();
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(extra.is_empty(), "{}.ftl has messages English lacks: {extra:?}", lang.code());
    }
}

#[test]
fn the_code_asks_only_for_messages_that_exist_and_uses_every_one() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let (english, _) = catalogue_ids(Lang::En);
    let english: BTreeSet<String> = english.into_iter().collect();
    let mut asked_for = BTreeSet::new();
    for (_, text) in &files {
        asked_for.extend(asked(text));
    }
    let unknown: Vec<_> = asked_for.difference(&english).collect();
    assert!(unknown.is_empty(), "asked for but in no catalogue: {unknown:?}");
    let all_text: String = files.iter().map(|(_, t)| t.as_str()).collect();
    let unused: Vec<_> = english.iter().filter(|id| !all_text.contains(&format!("\"{id}\""))).collect();
    assert!(unused.is_empty(), "in the catalogues but not used in the code: {unused:?}");
}

#[test]
fn the_help_of_every_command_and_option_is_translated_once() {
    let nodes = helped(&Cli::command());
    assert!(nodes.len() > 100, "the whole command line: {}", nodes.len());
    for lang in [Lang::Ru, Lang::Ro, Lang::Es] {
        let (ids, errors) = help_ids(lang);
        assert!(errors.is_empty(), "help/{}.ftl: {errors:?}", lang.code());
        let ids: BTreeSet<String> = ids.into_iter().collect();
        let mut missing = Vec::new();
        // Each key with the English it translates: one meaning per key.
        let mut english: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
        for (path, arg, text) in &nodes {
            let own = match arg {
                Some(arg) => format!("help-{path}--{arg}"),
                None => format!("help-{path}"),
            };
            let shared = arg.as_ref().map(|arg| format!("help--{arg}"));
            match [Some(own.clone()), shared].into_iter().flatten().find(|k| ids.contains(k)) {
                Some(key) => {
                    english.entry(key).or_default().insert(text.clone());
                }
                None => missing.push(own),
            }
        }
        assert!(missing.is_empty(), "help/{}.ftl lacks {missing:?}", lang.code());
        let unused: Vec<_> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
        assert!(unused.is_empty(), "help/{}.ftl has help for nothing: {unused:?}", lang.code());
        let mixed: Vec<_> = english.iter().filter(|(_, texts)| texts.len() > 1).collect();
        assert!(mixed.is_empty(), "help/{}.ftl: one key for different English: {mixed:?}", lang.code());
    }
}
