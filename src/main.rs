//! The `kartoteka` binary: arguments, then the interface or a subcommand.

fn main() -> std::process::ExitCode {
    kartoteka::cli::main()
}
