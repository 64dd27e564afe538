//! The command line, as clap reads it. Values that a person can get wrong
//! (dates, columns, amounts) arrive as text and are checked by the
//! subcommands, so that bad input names its field and exits 1; clap's own
//! usage errors exit 2.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "kartoteka", version, about = "The company's central client file, worked from the keyboard")]
pub struct Cli {
    /// The client file (default: kartoteka.db in the data directory).
    #[arg(long, global = true, env = "KARTOTEKA_FILE", value_name = "PATH")]
    pub file: Option<PathBuf>,

    /// Who is working: recorded on every contact and change.
    #[arg(long, global = true, env = "KARTOTEKA_USER", value_name = "NAME")]
    pub user: Option<String>,

    /// The language of the interface and messages: en, ru, ro or es
    /// (default: `lang` in the configuration, else the system's locale).
    #[arg(long, global = true, env = "KARTOTEKA_LANG", value_name = "LANG")]
    pub lang: Option<String>,

    /// Pretend it is this moment (YYYY-MM-DD HH:MM), for reproducible demos and tests.
    #[arg(long, global = true, env = "KARTOTEKA_NOW", value_name = "DATETIME", hide = true)]
    pub now: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an empty client file.
    Init,
    /// Write a demo file full of realistic clients and open it.
    Demo(DemoArgs),
    /// Add a client, a person of a client, or an order.
    #[command(subcommand)]
    Add(AddCommand),
    /// List clients, by name or by how well they match QUERY.
    List(ListArgs),
    /// Show a client's whole dossier.
    Show(ShowArgs),
    /// Everything recorded about a client, newest first: edits, moves,
    /// contacts, handovers, merges, with who and the value before and after.
    History(ShowArgs),
    /// The journal: every change to the file, newest first, as numbered
    /// steps that `undo` takes back; of one client when CLIENT is given.
    Journal(JournalArgs),
    /// Undo a step of the journal (by default your newest one): a whole
    /// import or merge is one step. The undo is a step too, so it can be undone.
    Undo(UndoArgs),
    /// Delete a client with its persons, contacts and orders; a recorded
    /// step that `undo` brings back. To forget a person for good, `erase`.
    Delete(DeleteArgs),
    /// Erase a client who must be forgotten, with its persons, contacts,
    /// orders and history, overwriting the bytes. Cannot be undone.
    Erase(EraseArgs),
    /// Log a contact with a client: a call, meeting, letter, e-mail or visit.
    Log(LogArgs),
    /// Move a client one Shiffman column right, or to --to COLUMN.
    Advance(AdvanceArgs),
    /// Record the result: contract, purchase, later or lost.
    Result(ResultArgs),
    /// Pass every client of one salesperson to another.
    Handover(HandoverArgs),
    /// What the file tells the head of sales: classes, funnel, salesperson table, calls, loyalty, matrix.
    Report(ReportArgs),
    /// Move the colour categories on from the orders (gold, platinum, red-gold, red-platinum).
    Categories(CategoriesArgs),
    /// Export the clients the filters choose: CSV (Excel, mail merge), vCard (phones) or iCalendar (calendars).
    Export(ExportArgs),
    /// Import a client list (Excel, Google Contacts, Outlook), a phone's contacts (vCard) or order lines (accounting exports): all or nothing.
    Import(ImportArgs),
    /// List groups of likely duplicates: the same phone, e-mail or name, a close name in the same city.
    Duplicates(DuplicatesArgs),
    /// Merge client OTHER into KEEP: persons, contacts, orders, moves and history move to KEEP.
    Merge(MergeArgs),
    /// The day's work: contacts due and overdue, follow-up reminders, birthdays, important dates, complaint steps.
    Agenda(AgendaArgs),
    /// Register a complaint, or take its next step: cause found, resolved, process fixed.
    #[command(subcommand)]
    Complaint(ComplaintCommand),
    /// Record a client's answers to a satisfaction survey (1–5 each); a 3 or below opens a complaint.
    Satisfaction(SatisfactionArgs),
    /// Save, list or delete named selections: the filters of `list` kept under a name.
    #[command(subcommand)]
    Selection(SelectionCommand),
    /// Record a mailing (a letter, a newsletter issue, an invitation) to a selection: one history entry per client.
    Mailing(MailingArgs),
    /// Who to greet on the coming birthdays, important dates and holidays (holidays.toml), with phones and e-mails.
    Greetings(GreetingsArgs),
    /// Mark an occasion of a client greeted, recorded in its history: OCCASION as `greetings` shows it (new_year, birthday, birthday:12).
    Greet(GreetArgs),
    /// Write a consistent, checked copy of the client file, even while others work in it (default: backups/ beside the file).
    Backup(BackupArgs),
    /// List the backups beside the client file, newest first.
    Backups(JsonArgs),
    /// Put a backup back: it is checked first, and the file as it is now is saved as a backup.
    Restore(RestoreArgs),
    /// Encrypt the client file with a passphrase (the key file's, or asked twice); builds with the `encryption` feature.
    Encrypt,
    /// Write the client file back unencrypted; builds with the `encryption` feature.
    Decrypt,
    /// Check the client file: SQLite's integrity and foreign keys, every client in one column, search keys up to date.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write it; it must not exist yet.
    pub dest: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to put back (see `kartoteka backups`).
    pub backup: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct JsonArgs {
    #[arg(long)]
    pub json: bool,
}

pub type CheckArgs = JsonArgs;

#[derive(Debug, Subcommand)]
pub enum ComplaintCommand {
    /// Register a complaint of a client; prints its id.
    Add(ComplaintAddArgs),
    /// Take the next step of complaint ID: cause_found, resolved or process_fixed.
    Step(ComplaintStepArgs),
}

#[derive(Debug, Args)]
pub struct ComplaintAddArgs {
    /// The client: an id or a name.
    pub client: String,
    /// What the client complains of.
    #[arg(long)]
    pub what: String,
    /// Who complained.
    #[arg(long)]
    pub by: Option<String>,
    /// When it was registered (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct ComplaintStepArgs {
    pub id: i64,
    /// cause_found, resolved or process_fixed.
    pub step: String,
    /// What was found or done.
    #[arg(long)]
    pub note: String,
    /// When (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct SatisfactionArgs {
    /// The client: an id or a name.
    pub client: String,
    /// An answer as QUESTION=SCORE, e.g. --answer delivery=4; repeat for each question.
    #[arg(long, required = true)]
    pub answer: Vec<String>,
    /// When the client answered (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// Only the clients of this saved selection.
    #[arg(long, value_name = "NAME")]
    pub selection: Option<String>,
    /// Today and this many days after it.
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(0..=366))]
    pub days: u32,
    /// Only this salesperson's clients.
    #[arg(long)]
    pub manager: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// The greetings take the agenda's window and filters.
pub type GreetingsArgs = AgendaArgs;

#[derive(Debug, Args)]
pub struct GreetArgs {
    /// The client: an id or a name.
    pub client: String,
    /// The occasion: a holiday's key (new_year), `birthday`, `important_date`, or a key as listed (birthday:12).
    pub occasion: String,
    /// How the greeting went: call, email, letter, meeting, visit.
    #[arg(long, default_value = "letter")]
    pub kind: String,
    /// What was said or sent (default: "greeting: " and the occasion).
    #[arg(long)]
    pub summary: Option<String>,
}

#[derive(Debug, Args)]
pub struct DuplicatesArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct JournalArgs {
    /// Only the steps that changed this client: an id (also of a deleted
    /// client) or a name.
    pub client: Option<String>,
    /// How many steps, newest first.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The step's number, as `journal` lists it.
    pub step: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The client: an id or a name.
    pub client: String,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    /// The client: an id or a name.
    pub client: String,
    /// Erase without asking: it cannot be undone.
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The client kept: an id or a name.
    pub keep: String,
    /// The client merged into it and removed: an id or a name.
    pub other: String,
    /// Where the two cards disagree, take OTHER's value of this field (name, city, tax_id, …); else KEEP's.
    #[arg(long, value_name = "FIELD")]
    pub take_other: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only clients matching this search, as in `list`.
    pub query: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// csv (a row per person, for Excel and mail merge), vcard (4.0, for phones and mail programs) or ics (next contacts, birthdays and important dates, for calendars).
    #[arg(long, value_enum, default_value = "csv")]
    pub format: ExportFormat,
    /// For Excel: a byte-order mark, `;` between fields, and the headers, dates and yes/no in the interface's language, so that Cyrillic and diacritics open right.
    #[arg(long)]
    pub excel: bool,
    /// Write to FILE instead of the standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The file formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Vcard,
    Ics,
}

/// What `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportKind {
    /// Clients, with a person of each when the row names one.
    Clients,
    /// Order lines (an accounting export: date, client, item, quantity, sum); clients not in the file are added.
    Orders,
    /// People (a phone's or mail program's contacts): each a person of the company named beside, or a private client.
    Contacts,
}

/// The file formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    /// Comma, semicolon or tab separated, in any of the office's encodings.
    Csv,
    /// vCard 2.1, 3.0 or 4.0 (a .vcf of a phone's or mail program's contacts).
    Vcard,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file to import.
    pub path: PathBuf,
    #[arg(long, value_enum, default_value = "clients")]
    pub kind: ImportKind,
    /// The file's format; by default vCard when the file begins with BEGIN:VCARD, else CSV.
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// Name the field of a column by hand: --map "Kunde=name" (fields: name, city, phone, email, person, …).
    #[arg(long, value_name = "COLUMN=FIELD")]
    pub map: Vec<String>,
    /// Read the file in this encoding instead of detecting it (utf-8, utf-16le, windows-1251, …).
    #[arg(long)]
    pub encoding: Option<String>,
    /// How the file writes dates with slashes, when its dates do not make it plain: dmy or mdy.
    #[arg(long)]
    pub dates: Option<String>,
    /// Say what would happen, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows; the bad ones go with their reasons to FILE.rejected.csv beside the file.
    #[arg(long)]
    pub skip_bad: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CategoriesArgs {
    /// Say what would change, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub json: bool,
}

/// The reports `report` can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportName {
    /// Clients by their share of the period's turnover.
    Abc,
    /// Clients by the regularity of their monthly purchases.
    Xyz,
    /// Potential, new, permanent, restored and lost clients.
    Lifecycle,
    /// The 3×3 grid of ABC and XYZ: clients and turnover in each cell.
    Abcxyz,
    /// Clients in each Shiffman column, entries and conversions, results, lost reasons.
    Funnel,
    /// Each salesperson's first sales, repeat sales, lost and restored clients.
    Kpi,
    /// Incoming calls by the source the caller named, for each day of --month.
    Calls,
    /// Repeat buyers, sales from clients older than a year, referrals.
    Loyalty,
    /// Segment × product: who uses what, and the next offer for each client.
    Matrix,
    /// Complaints still open and those closed in the period, with the days each step took.
    Complaints,
}

/// The trait that makes a segment in `report matrix`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SegmentBy {
    Industry,
    Size,
    City,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    pub name: ReportName,
    /// First day of the period (default: the last twelve full months).
    #[arg(long)]
    pub from: Option<String>,
    /// Last day of the period.
    #[arg(long)]
    pub to: Option<String>,
    /// Only this salesperson's clients.
    #[arg(long)]
    pub manager: Option<String>,
    /// Length of the lifecycle window in months.
    #[arg(long, default_value_t = crate::domain::classes::DEFAULT_WINDOW_MONTHS, value_parser = clap::value_parser!(u32).range(1..=24))]
    pub window: u32,
    /// The month of `calls`, as YYYY-MM (default: the period's last month).
    #[arg(long)]
    pub month: Option<String>,
    /// The segments of `matrix`.
    #[arg(long, value_enum, default_value_t = SegmentBy::Industry)]
    pub by: SegmentBy,
    /// In `matrix`, the share of a segment's buyers (in %) that makes a product part of its portrait.
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub share: u32,
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    #[arg(long)]
    pub csv: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Write the file and exit, without opening the interface.
    #[arg(long)]
    pub no_tui: bool,
    /// How many clients to generate.
    #[arg(long, default_value_t = 300)]
    pub clients: usize,
    /// Seed of the generator: the same seed gives the same file.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// Add a client; prints its id.
    Client(AddClientArgs),
    /// Add a contact person to a client; prints the person's id.
    Person(AddPersonArgs),
    /// Record an order of a client; prints its id.
    Order(AddOrderArgs),
}

#[derive(Debug, Args)]
pub struct AddClientArgs {
    #[arg(long)]
    pub name: String,
    /// A private person rather than a company.
    #[arg(long)]
    pub private: bool,
    #[arg(long)]
    pub legal_name: Option<String>,
    /// The tax id (INN, CUI, NIF…); an import matches clients by it.
    #[arg(long)]
    pub tax_id: Option<String>,
    #[arg(long)]
    pub city: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub phone: Vec<String>,
    #[arg(long)]
    pub email: Vec<String>,
    #[arg(long)]
    pub website: Option<String>,
    #[arg(long)]
    pub industry: Option<String>,
    /// Where the client came from: advert, exhibition, referral, …
    #[arg(long)]
    pub source: Option<String>,
    /// The responsible salesperson.
    #[arg(long)]
    pub manager: Option<String>,
    /// Colour category: white, grey, green, yellow, green_gold, gold, platinum, red_green, red_gold, red_platinum.
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub tag: Vec<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddPersonArgs {
    /// The client: an id or a name.
    pub client: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub position: Option<String>,
    #[arg(long)]
    pub phone: Vec<String>,
    #[arg(long)]
    pub email: Vec<String>,
    /// YYYY-MM-DD, DD.MM.YYYY, or DD.MM without a year.
    #[arg(long)]
    pub birthday: Option<String>,
    /// This person makes the buying decision.
    #[arg(long)]
    pub decision_maker: bool,
}

#[derive(Debug, Args)]
pub struct AddOrderArgs {
    /// The client: an id or a name.
    pub client: String,
    #[arg(long)]
    pub date: String,
    /// The sum, e.g. 1234.50 or "1 234,50" (negative for a refund).
    #[arg(long, allow_negative_numbers = true)]
    pub amount: String,
    #[arg(long)]
    pub product: Option<String>,
    /// The product's line (computers, furniture, …), kept with a product met for the first time.
    #[arg(long, requires = "product")]
    pub line: Option<String>,
    #[arg(long, default_value = "1", allow_negative_numbers = true)]
    pub quantity: String,
    #[arg(long)]
    pub paid: bool,
}

/// The filters that choose clients: a selection. Saved selections keep
/// them as typed, and are read again on each use.
#[derive(Debug, Clone, Default, Args, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FilterArgs {
    /// Only clients in this Shiffman column.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Only clients of this colour category.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Only clients of this salesperson.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Only clients who bought this product.
    #[arg(long, value_name = "PRODUCT")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bought: Option<String>,
    /// Only clients who never bought this product.
    #[arg(long, value_name = "PRODUCT")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_bought: Option<String>,
    /// Only clients with a person whose birthday is in this month (1–12).
    #[arg(long, value_name = "MONTH")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birthday_month: Option<String>,
    /// Only clients not contacted since this date.
    #[arg(long, value_name = "DATE")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_contacted_since: Option<String>,
    /// Only clients of this lifecycle class (potential, new, permanent, lost, restored) in the last twelve months.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle: Option<String>,
    /// Only clients of this ABC class (A, B, C) in the last twelve months.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abc: Option<String>,
    /// Only clients of this XYZ class (X, Y, Z) in the last twelve months.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub xyz: Option<String>,
    /// Start from this saved selection; the filters given beside it replace its own.
    #[arg(long, value_name = "NAME")]
    #[serde(skip)]
    pub selection: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SelectionCommand {
    /// Save the filters given as selection NAME (replacing one of that name).
    Save(Box<SelectionSaveArgs>),
    /// List the saved selections with their filters and how many clients each chooses now.
    List(SelectionListArgs),
    /// Delete selection NAME.
    Delete(SelectionNameArgs),
}

#[derive(Debug, Args)]
pub struct SelectionSaveArgs {
    pub name: String,
    #[command(flatten)]
    pub filter: FilterArgs,
}

#[derive(Debug, Args)]
pub struct SelectionListArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SelectionNameArgs {
    pub name: String,
}

#[derive(Debug, Args)]
pub struct MailingArgs {
    /// The saved selection whose clients get it.
    pub selection: String,
    /// letter, email, call_out, meeting or visit.
    #[arg(long, default_value = "letter")]
    pub kind: String,
    /// What was sent: the newsletter issue, the invitation.
    #[arg(long)]
    pub summary: String,
    /// Say how many clients would get it, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Names, persons, e-mails or phone digits; letters may be typed without diacritics.
    pub query: Option<String>,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The client: an id or a name.
    pub client: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The client: an id or a name.
    pub client: String,
    /// call_in, call_out, meeting, letter, email or visit.
    #[arg(long)]
    pub kind: String,
    #[arg(long)]
    pub summary: String,
    /// The person spoken to.
    #[arg(long)]
    pub person: Option<String>,
    #[arg(long)]
    pub outcome: Option<String>,
    /// The next contact: a date, or +3d, +2w, +1m, tomorrow, a weekday.
    #[arg(long)]
    pub next: Option<String>,
    /// For an incoming call: where the caller heard of us.
    #[arg(long)]
    pub source: Option<String>,
    /// When it happened (default: now).
    #[arg(long)]
    pub at: Option<String>,
}

#[derive(Debug, Args)]
pub struct AdvanceArgs {
    /// The client: an id or a name.
    pub client: String,
    /// The column to move to, instead of the next one.
    #[arg(long)]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct ResultArgs {
    /// The client: an id or a name.
    pub client: String,
    /// contract, purchase, later or lost.
    pub result: String,
    /// Why (required for lost).
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct HandoverArgs {
    /// The salesperson who leaves.
    pub from: String,
    /// The salesperson who takes the clients.
    pub to: String,
}
