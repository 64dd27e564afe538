//! `--help` in the language: the command line's descriptions are the doc
//! comments of `args.rs` in English, and the help catalogues of the other
//! languages (`i18n/locales/help/`) by the path of each command and option:
//! `help-kartoteka-add-client` for a command, `help-kartoteka-list--city`
//! for an option of one, `help--city` for one that reads the same wherever
//! it appears. The language is worked out before the arguments are read.

use clap::{Arg, ArgAction, Command};

use crate::i18n::{self, Lang, message, t};

/// The language asked for before the arguments are parsed: `--lang`,
/// `KARTOTEKA_LANG`, `lang` in the configuration, the system's locale. A
/// mistake in any is reported later, when the session reads them again.
pub fn early_language() -> Lang {
    let args: Vec<String> = std::env::args().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| match a.strip_prefix("--lang") {
        Some("") => args.get(i + 1).cloned(),
        Some(rest) => rest.strip_prefix('=').map(str::to_string),
        None => None,
    });
    let configured = || {
        let path = crate::config::config_path()?;
        let table: toml::Table = std::fs::read_to_string(path).ok()?.parse().ok()?;
        table.get("lang")?.as_str().map(str::to_string)
    };
    flag.or_else(|| std::env::var("KARTOTEKA_LANG").ok())
        .or_else(configured)
        .and_then(|l| l.parse().ok())
        .unwrap_or_else(Lang::of_system)
}

/// The command line `cmd` with its help in the current language.
pub fn localized(cmd: Command) -> Command {
    if i18n::current() == Lang::En {
        return cmd;
    }
    let version = Arg::new("version").short('V').long("version").action(ArgAction::Version).help(t("cli-version-flag"));
    localize(cmd.disable_version_flag(true).arg(version), "kartoteka")
}

fn localize(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = message(&format!("help-{path}")) {
        cmd = cmd.about(about);
    }
    let template =
        format!("{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}", t("cli-usage"));
    let help = Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t("cli-help-flag"));
    cmd = cmd.help_template(template).subcommand_help_heading(t("cli-commands")).disable_help_flag(true).arg(help);
    cmd = cmd.mut_args(|arg| {
        let id = arg.get_id().to_string();
        let heading = if arg.is_positional() { t("cli-arguments") } else { t("cli-options") };
        let text =
            arg.get_help().and(message(&format!("help-{path}--{id}")).or_else(|| message(&format!("help--{id}"))));
        let arg = arg.help_heading(heading);
        match text {
            Some(text) => arg.help(text),
            None => arg,
        }
    });
    cmd.mut_subcommands(|sub| {
        let path = format!("{path}-{}", sub.get_name());
        localize(sub, &path)
    })
}

/// Every command and option that has help, by its path, with its English:
/// what the help catalogues translate.
pub fn helped(cmd: &Command) -> Vec<(String, Option<String>, String)> {
    fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, Option<String>, String)>) {
        if let Some(about) = cmd.get_about() {
            out.push((path.to_string(), None, about.to_string()));
        }
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_help() {
                out.push((path.to_string(), Some(arg.get_id().to_string()), help.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path}-{}", sub.get_name()), out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, "kartoteka", &mut out);
    out
}
