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
    let mut cmd = localize(cmd.disable_version_flag(true).arg(version), "kartoteka");
    // clap adds its `help` subcommands when it builds the command: built
    // now, so that their line can be said in the language too.
    cmd.build();
    help_subcommands(cmd)
}

fn help_subcommands(cmd: Command) -> Command {
    let has_help = cmd.get_subcommands().any(|s| s.get_name() == "help");
    let cmd = if has_help { cmd.mut_subcommand("help", |h| h.about(t("cli-help-command"))) } else { cmd };
    cmd.mut_subcommands(|sub| if sub.get_name() == "help" { sub } else { help_subcommands(sub) })
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

/// Ends the program on a usage error (exit 2), worded in the current
/// language: clap's own words are English, so its common errors are said
/// again from the catalogue; help and version are printed as they are.
pub fn exit_with(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let quiet = matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if quiet || i18n::current() == Lang::En {
        e.exit();
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let said = match e.kind() {
        ErrorKind::UnknownArgument => crate::tr!("usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            crate::tr!("usage-unknown-command", command = text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::InvalidValue if value.is_empty() => crate::tr!("usage-value-missing", arg = arg),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => crate::tr!("usage-bad-value", arg = arg, value = value),
        ErrorKind::MissingRequiredArgument => crate::tr!("usage-missing", args = arg),
        ErrorKind::MissingSubcommand => {
            crate::tr!("usage-no-command", command = text(ContextKind::InvalidSubcommand).unwrap_or_default())
        }
        ErrorKind::ArgumentConflict => crate::tr!("usage-conflict", arg = arg),
        _ => crate::tr!("usage-other", what = e.kind().to_string()),
    };
    let mut out = format!("{}\n", crate::tr!("cli-error", error = said));
    if let Some(choices) = text(ContextKind::ValidValue).or_else(|| text(ContextKind::ValidSubcommand)) {
        out.push_str(&format!("  {}\n", crate::tr!("usage-choices", choices = choices)));
    }
    if let Some(tip) = text(ContextKind::SuggestedArg).or_else(|| text(ContextKind::SuggestedSubcommand)) {
        out.push_str(&format!("  {}\n", crate::tr!("usage-did-you-mean", tip = tip)));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.trim().strip_prefix("Usage:").map_or(usage.clone(), |u| format!("{}{u}", t("cli-usage")));
        out.push_str(&format!("\n{usage}\n"));
    }
    out.push_str(&format!("\n{}\n", t("usage-try-help")));
    eprint!("{out}");
    std::process::exit(e.exit_code())
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
