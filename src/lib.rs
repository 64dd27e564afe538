//! Kartoteka: a company's central client file in one SQLite file, worked from
//! the keyboard.
//!
//! - `domain/`: plain types and rules (columns, categories, folding, dates, search)
//! - `store/`: the only place with SQL
//! - `cli/`: the subcommands
//! - `tui/`: the interface
//! - `demo/`: the generated demo file
//! - `import/`: reading the files an office already has
//! - `i18n/`: the message catalogues, dates, amounts and sorting per language
//! - `signals.rs`: the signals answered instead of dying

pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod signals;
pub mod store;
pub mod tui;
