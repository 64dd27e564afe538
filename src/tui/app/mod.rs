//! The model of the interface and the one `update` step that changes it.
//! Drawing only reads this state.
//!
//! - `rows.rs`: the client list in memory, its filter, and reading it from
//!   the file (in the background on a large file)
//! - `modals.rs`: the forms and prompts, and saving what they hold
//! - `merge.rs`: the review of likely duplicates, and merging two
//! - `agenda.rs`: the agenda view, the call queue and greetings

mod agenda;
mod capture;
mod merge;
mod modals;
mod rows;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::sync::mpsc::Receiver;

use chrono::NaiveDate;
use ratatui::layout::Rect;

use super::action::Action;
use super::agenda::{AgendaView, Ask, Queue};
use super::board::{BoardState, COLUMNS, cards};
use super::forms::{
    CapturePrompt, ClientForm, ContactForm, DeletePrompt, JournalList, MergeReview, PersonForm, ResultPrompt,
};
use super::keymap::{Context, Keymap};
use super::lens::Lens;
use super::reports::{self, Reports};
use crate::domain::Column;
use crate::domain::agenda::Rules;
use crate::domain::classes::{ClientClasses, Period};
use crate::domain::greetings::Holiday;
use crate::domain::model::{ClientId, ClientRow, Dossier};
use crate::domain::prospecting::plan_move;
use crate::domain::queue::CallRules;
use crate::domain::search::{Query, SearchKeys};
use crate::i18n::t;
use crate::store::{Daily, OpenMode, Store, daily_backup};
use crate::tr;
use rows::Loading;

/// The panes of the list view, in focus order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Dossier,
    Log,
}

impl Pane {
    const ORDER: [Pane; 3] = [Pane::List, Pane::Dossier, Pane::Log];

    fn step(self, forward: bool) -> Pane {
        let i = Pane::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        let n = Pane::ORDER.len();
        Pane::ORDER[if forward { (i + 1) % n } else { (i + n - 1) % n }]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    List,
    Board,
    Reports,
    Agenda,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Filter,
    Help,
}

/// How many of the newest steps the journal view lists.
pub(super) const JOURNAL_SHOWN: usize = 500;

/// Clients an undo put back that are read again one by one; more, and the
/// whole list is read again.
const REFRESHED_ONE_BY_ONE: usize = 100;

/// A form over the view that takes the keys until saved or cancelled.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    Result(ResultPrompt),
    Contact(ContactForm),
    Client(ClientForm),
    Person(PersonForm),
    Delete(DeletePrompt),
    Merge(Box<MergeReview>),
    Capture(CapturePrompt),
    Journal(JournalList),
}

/// How the list is ordered when no filter ranks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Name,
    NextContact,
    LastContact,
}

impl Sort {
    pub fn label(self) -> &'static str {
        match self {
            Sort::Name => t("sort-name"),
            Sort::NextContact => t("sort-next_contact"),
            Sort::LastContact => t("sort-last_contact"),
        }
    }

    fn next(self) -> Sort {
        match self {
            Sort::Name => Sort::NextContact,
            Sort::NextContact => Sort::LastContact,
            Sort::LastContact => Sort::Name,
        }
    }
}

pub struct App {
    store: Store,
    pub today: NaiveDate,
    /// The clients read so far, ordered by folded name: every client once
    /// `complete`, the first page while the rest loads.
    pub rows: Vec<ClientRow>,
    /// The search keys, one per row in the same order (empty until complete).
    keys: SearchKeys,
    index_of: HashMap<ClientId, usize>,
    /// Whether `rows` holds every client of the file.
    pub complete: bool,
    /// How many clients the file holds.
    pub total: usize,
    /// A read of the whole list on a second connection, when under way.
    loading: Option<Loading>,
    /// Indices into `rows`, in display order.
    pub shown: Vec<usize>,
    pub filter: String,
    /// The prepared filter, for highlighting matched letters.
    pub query: Option<Query>,
    pub sort: Sort,
    /// Position in `shown`.
    pub selected: usize,
    /// First visible row of the list; adjusted while drawing to keep the
    /// selection in view (render state, like the board's offsets).
    pub list_offset: Cell<usize>,
    /// Rows the list showed at the last draw, for paging.
    pub list_height: Cell<usize>,
    /// Where the list's rows were drawn, for the mouse.
    pub list_area: Cell<Rect>,
    /// Where each board column's cards were drawn, for the mouse.
    pub board_areas: Cell<[Rect; COLUMNS]>,
    pub view: View,
    pub board: BoardState,
    pub focus: Pane,
    pub mode: Mode,
    pub modal: Option<Modal>,
    pub dossier: Option<Dossier>,
    pub dossier_scroll: u16,
    pub log_scroll: u16,
    pub status: Option<String>,
    pub quit: bool,
    /// The keys in use: the defaults patched by the keys file.
    pub keymap: Keymap,
    /// The twelve months the reports view shows.
    pub report_period: Period,
    /// The reports worked out for `report_period`, once the view was opened.
    pub reports: Option<Reports>,
    reports_loading: Option<Receiver<anyhow::Result<Reports>>>,
    /// The backup taken on opening, while it is written.
    backup_loading: Option<Receiver<anyhow::Result<Option<Daily>>>>,
    /// Each client's classes for the last twelve full months (empty until
    /// read; in the background after the list on a large file).
    pub classes: HashMap<ClientId, ClientClasses>,
    /// The colours moved on and the classes, coming after the list.
    classes_loading: Option<Receiver<rows::Followed>>,
    /// The class the list shows beside each client.
    pub lens: Lens,
    /// The one value of the lens the list is narrowed to.
    pub class_filter: Option<&'static str>,
    /// The saved selection the list is narrowed to: its name and clients.
    pub selection: Option<(String, HashSet<ClientId>)>,
    /// The agenda, once the view was opened.
    pub agenda: Option<AgendaView>,
    agenda_loading: Option<agenda::AgendaLoad>,
    /// The clients of the agenda being called one after another.
    pub queue: Option<Queue>,
    /// The agenda's intervals (`[agenda]` of the configuration).
    pub agenda_rules: Rules,
    /// What a call's outcome sets (`[calls]` of the configuration).
    pub call_rules: CallRules,
    /// The holidays greeted (`holidays.toml`; New Year and 8 March without it).
    pub holidays: Vec<Holiday>,
}

impl App {
    /// Reads the whole client list from `store` before returning.
    pub fn new(store: Store) -> anyhow::Result<App> {
        let mut app = App::empty(store);
        app.reload_now()?;
        Ok(app)
    }

    /// Reads the first page of the list, enough for the first frame, and
    /// the whole list with its search keys on a second connection; `poll`
    /// takes it in when it is there. A store in memory is read at once.
    /// Before the whole list is read, the colour categories are moved on
    /// from the orders (a client who stopped buying turns red).
    pub fn start(store: Store) -> anyhow::Result<App> {
        let mut app = App::empty(store);
        app.total = app.store.client_count()?;
        if app.total <= rows::FIRST_PAGE {
            // A small file is read whole, search keys included, at once.
            app.follow_orders_and_reload_now()?;
        } else {
            app.rows = app.store.first_rows(rows::FIRST_PAGE)?;
            crate::i18n::reorder_by_name(crate::i18n::current(), &mut app.rows, |r| r.name.as_str());
            app.index_rows();
            app.apply_filter();
            app.load_dossier()?;
            app.reload(true)?;
        }
        if let Some(why) = app.store.read_only() {
            app.status = Some(tr!("status-read-only", why = why.to_string()));
        }
        Ok(app)
    }

    fn empty(mut store: Store) -> App {
        store.start_session();
        let today = store.clock().today();
        App {
            today,
            store,
            rows: Vec::new(),
            keys: SearchKeys::default(),
            index_of: HashMap::new(),
            complete: false,
            total: 0,
            loading: None,
            shown: Vec::new(),
            filter: String::new(),
            query: None,
            sort: Sort::Name,
            selected: 0,
            list_offset: Cell::new(0),
            list_height: Cell::new(20),
            list_area: Cell::new(Rect::default()),
            board_areas: Cell::new([Rect::default(); COLUMNS]),
            view: View::List,
            board: BoardState::default(),
            focus: Pane::List,
            mode: Mode::Normal,
            modal: None,
            dossier: None,
            dossier_scroll: 0,
            log_scroll: 0,
            status: None,
            quit: false,
            keymap: Keymap::default(),
            report_period: Period::last_twelve_months(today),
            reports: None,
            reports_loading: None,
            backup_loading: None,
            classes: HashMap::new(),
            classes_loading: None,
            lens: Lens::Off,
            class_filter: None,
            selection: None,
            agenda: None,
            agenda_loading: None,
            queue: None,
            agenda_rules: Rules::default(),
            call_rules: CallRules::default(),
            holidays: crate::domain::greetings::defaults(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Whether the whole list is being read in the background.
    pub fn loading(&self) -> bool {
        self.loading.is_some()
    }

    /// The key context of what has the keys now.
    pub fn context(&self) -> Context {
        match (&self.modal, self.mode, self.view) {
            (Some(Modal::Result(p)), _, _) => {
                if p.reason.is_some() {
                    Context::ReasonText
                } else {
                    Context::ResultPick
                }
            }
            (Some(Modal::Delete(p)), _, _) if p.erase.is_some() => Context::ReasonText,
            (Some(Modal::Delete(_)), _, _) => Context::Confirm,
            (Some(Modal::Merge(_)), _, _) => Context::Merge,
            (Some(Modal::Journal(_)), _, _) => Context::Journal,
            (Some(Modal::Capture(_)), _, _) => Context::Capture,
            (
                Some(
                    Modal::Contact(ContactForm { form, .. })
                    | Modal::Client(ClientForm { form, .. })
                    | Modal::Person(PersonForm { form, .. }),
                ),
                _,
                _,
            ) => {
                if form.typing() {
                    Context::FormText
                } else {
                    Context::FormChoice
                }
            }
            (None, Mode::Help, _) => Context::Help,
            (None, Mode::Filter, _) => Context::Filter,
            (None, Mode::Normal, _) => {
                match self.queue.as_ref().map(|q| &q.ask).filter(|_| self.view == View::Agenda) {
                    Some(Some(Ask::Date(_) | Ask::Reason(_))) => Context::ReasonText,
                    Some(Some(Ask::Result)) => Context::ResultPick,
                    _ => self.view_context(),
                }
            }
        }
    }

    /// The key context of the view itself, under any form or help.
    pub fn view_context(&self) -> Context {
        match self.view {
            View::List => Context::List,
            View::Board => Context::Board,
            View::Reports => Context::Reports,
            View::Agenda if self.queue.is_some() => Context::Queue,
            View::Agenda => Context::Agenda,
        }
    }

    /// The cards of the board as they stand.
    pub fn board_cards(&self) -> [Vec<usize>; COLUMNS] {
        cards(&self.rows, &self.shown, self.board.manager.as_deref())
    }

    /// The row under the cursor: the list's selection, or the board's card.
    fn current(&self) -> Option<usize> {
        match self.view {
            View::List | View::Reports | View::Agenda => self.shown.get(self.selected).copied(),
            View::Board => self.board.selected_row(&self.board_cards()),
        }
    }

    /// The client the dossier shows: the queue's, the agenda's item's, or
    /// the row under the cursor.
    fn current_id(&self) -> Option<ClientId> {
        match (self.view, &self.queue, &self.agenda) {
            (View::Agenda, Some(q), _) => q.current().map(|c| c.client),
            (View::Agenda, None, Some(a)) => a.selected_item().map(|i| i.client_id),
            (View::Agenda, None, None) => None,
            _ => self.selected_row().map(|r| r.id),
        }
    }

    pub fn selected_row(&self) -> Option<&ClientRow> {
        self.current().and_then(|i| self.rows.get(i))
    }

    /// Puts the list's and the board's cursor on client `id`, if shown.
    fn select_client(&mut self, id: ClientId) {
        let Some(&row) = self.index_of.get(&id) else { return };
        if let Some(pos) = self.shown.iter().position(|i| *i == row) {
            self.selected = pos;
        }
        let cards = self.board_cards();
        self.board.focus_row(&cards, row);
    }

    fn load_dossier(&mut self) -> anyhow::Result<()> {
        let id = self.current_id();
        if self.dossier.as_ref().map(|d| d.client.id) != id {
            self.dossier_scroll = 0;
            self.log_scroll = 0;
        }
        self.dossier = match id {
            Some(id) => Some(self.store.dossier(id)?),
            None => None,
        };
        Ok(())
    }

    /// Moves within the focused pane or column: a selection, or a scroll.
    fn step(&mut self, delta: isize) -> anyhow::Result<()> {
        match (self.view, self.focus) {
            (View::Board, _) => {
                let cards = self.board_cards();
                self.board.step(&cards, delta);
                self.load_dossier()
            }
            (View::List, Pane::List) => {
                let last = self.shown.len().saturating_sub(1);
                self.selected = self.selected.saturating_add_signed(delta).min(last);
                self.load_dossier()
            }
            (View::List, Pane::Dossier) => {
                self.dossier_scroll = scroll(self.dossier_scroll, delta);
                Ok(())
            }
            (View::List, Pane::Log) => {
                self.log_scroll = scroll(self.log_scroll, delta);
                Ok(())
            }
            (View::Agenda, _) => {
                if let Some(a) = &mut self.agenda {
                    a.step(delta);
                }
                self.load_dossier()
            }
            (View::Reports, _) => Ok(()),
        }
    }

    /// Carries out one action. Errors from the file are shown in the status
    /// line, never thrown out of the interface.
    pub fn update(&mut self, action: Action) {
        self.status = None;
        if let Err(e) = self.try_update(action) {
            self.status = Some(tr!("status-error", error = e.to_string()));
        }
    }

    fn try_update(&mut self, action: Action) -> anyhow::Result<()> {
        if matches!(action, Action::FocusGained) {
            // Not while a form is open: the form's client must not change under it.
            return if self.modal.is_none() { self.reload(false) } else { Ok(()) };
        }
        if self.modal.is_some() {
            return self.update_modal(action);
        }
        if self.queue.is_some()
            && self.view == View::Agenda
            && self.mode == Mode::Normal
            && !matches!(action, Action::OpenHelp | Action::Quit)
        {
            return self.update_queue(action);
        }
        let page = isize::try_from(self.list_height.get().max(1)).unwrap_or(1);
        match action {
            Action::Quit => self.quit = true,
            Action::OpenHelp => self.mode = Mode::Help,
            Action::CloseHelp => self.mode = Mode::Normal,
            Action::ShowList => {
                self.view = View::List;
                self.load_dossier()?;
            }
            Action::ShowAgenda => self.show_agenda()?,
            Action::StartQueue => self.start_queue()?,
            Action::MarkGreeted => self.mark_greeted()?,
            Action::ToggleGreetings => self.toggle_greetings()?,
            Action::StartCapture => self.modal = Some(Modal::Capture(CapturePrompt::default())),
            Action::ShowBoard => {
                self.view = View::Board;
                if let Some(row) = self.shown.get(self.selected).copied() {
                    let cards = self.board_cards();
                    self.board.focus_row(&cards, row);
                }
            }
            Action::ShowReports => {
                self.view = View::Reports;
                self.compute_reports()?;
            }
            Action::PreviousPeriod => self.shift_reports(-1)?,
            Action::NextPeriod => self.shift_reports(1)?,
            Action::Refresh if self.view == View::Reports => self.compute_reports()?,
            Action::Refresh if self.view == View::Agenda => {
                self.compute_agenda()?;
                self.status = Some(t("agenda-again").into());
            }
            Action::SelectNext => self.step(1)?,
            Action::SelectPrevious => self.step(-1)?,
            Action::PageDown => self.step(page)?,
            Action::PageUp => self.step(-page)?,
            Action::SelectFirst => self.step(isize::MIN / 2)?,
            Action::SelectLast => self.step(isize::MAX / 2)?,
            Action::ScrollDown => self.step(3)?,
            Action::ScrollUp => self.step(-3)?,
            Action::ClickAt(x, y) => self.click(x, y)?,
            Action::SelectLeft => {
                self.board.step_column(-1);
                self.load_dossier()?;
            }
            Action::SelectRight => {
                self.board.step_column(1);
                self.load_dossier()?;
            }
            Action::FocusNext => self.focus = self.focus.step(true),
            Action::FocusPrevious => self.focus = self.focus.step(false),
            Action::OpenClient => {
                if let Some(id) = self.selected_row().map(|r| r.id) {
                    self.view = View::List;
                    self.select_client(id);
                    self.load_dossier()?;
                }
            }
            Action::StartFilter => {
                self.mode = Mode::Filter;
                self.focus = Pane::List;
            }
            Action::AcceptFilter => self.mode = Mode::Normal,
            Action::ClearFilter => {
                self.mode = Mode::Normal;
                if !self.filter.is_empty() {
                    self.filter.clear();
                    self.refilter()?;
                }
            }
            Action::DeleteChar => {
                self.filter.pop();
                self.refilter()?;
            }
            Action::TypeChar(c) => {
                self.filter.push(c);
                self.refilter()?;
            }
            Action::CycleLens => {
                self.lens = self.lens.next();
                self.class_filter = None;
                self.refilter()?;
                self.status = Some(match self.lens {
                    Lens::Off => t("lens-none").into(),
                    lens => tr!("lens-showing", lens = lens.label()),
                });
            }
            Action::CycleClassFilter => {
                if self.lens == Lens::Off {
                    self.lens = Lens::Abc;
                }
                self.class_filter = self.lens.next_filter(self.class_filter);
                self.refilter()?;
                self.status = Some(match self.class_filter {
                    Some(v) => {
                        let n = self.shown.len();
                        tr!("lens-only", lens = self.lens.label(), class = self.lens.value_label(v), n = n)
                    }
                    None => t("lens-every-class").into(),
                });
            }
            Action::CycleSelection => self.cycle_selection()?,
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.refilter()?;
                self.status = Some(tr!("status-sorted", order = self.sort.label()));
            }
            Action::CycleManager => {
                let mut names = self.store.staff_names()?;
                crate::i18n::reorder_by_name(crate::i18n::current(), &mut names, String::as_str);
                self.board.cycle_manager(&names);
                self.board.selected = [0; COLUMNS];
                if self.view == View::Agenda {
                    self.compute_agenda()?;
                }
                self.load_dossier()?;
            }
            Action::Refresh => {
                self.reload(false)?;
                self.status =
                    Some(if self.loading() { t("status-reading-again") } else { t("status-reloaded") }.into());
            }
            Action::MoveRight => self.move_selected(true)?,
            Action::MoveLeft => self.move_selected(false)?,
            Action::LogContact | Action::AddClient | Action::EditClient | Action::AddPerson | Action::DeleteClient => {
                self.open_modal(action)?
            }
            Action::Undo => self.undo()?,
            Action::ReviewDuplicates => self.open_duplicates()?,
            Action::OpenJournal => {
                let steps = self.store.journal(None, JOURNAL_SHOWN)?;
                self.modal = Some(Modal::Journal(JournalList { steps, selected: 0, error: None }));
            }
            // Keys of the forms; no form is open.
            Action::PickResult(_)
            | Action::PickNumber(_)
            | Action::ChoosePrevious
            | Action::ChooseNext
            | Action::NextField
            | Action::PreviousField
            | Action::Confirm
            | Action::Accept
            | Action::Cancel
            | Action::StartErase
            | Action::UndoStep
            | Action::NextGroup
            | Action::PreviousGroup
            | Action::TakeKept
            | Action::TakeOther
            | Action::SwapKept
            | Action::MergePair
            | Action::LogOutcome(_)
            | Action::SkipCall
            | Action::Complete
            | Action::FocusGained => {}
        }
        Ok(())
    }

    /// Selects the row or the card under the mouse.
    fn click(&mut self, x: u16, y: u16) -> anyhow::Result<()> {
        let hit = |r: Rect| x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
        match self.view {
            View::List => {
                let area = self.list_area.get();
                if hit(area) {
                    let pos = self.list_offset.get() + usize::from(y - area.y);
                    if pos < self.shown.len() {
                        self.focus = Pane::List;
                        self.selected = pos;
                        self.load_dossier()?;
                    }
                }
            }
            View::Board => {
                let areas = self.board_areas.get();
                if let Some(column) = areas.iter().position(|a| hit(*a)) {
                    let cards = self.board_cards();
                    self.board.click(&cards, column, usize::from(y - areas[column].y));
                    self.load_dossier()?;
                }
            }
            View::Reports | View::Agenda => {}
        }
        Ok(())
    }

    /// Moves the selected client one column; into `result` asks first.
    fn move_selected(&mut self, right: bool) -> anyhow::Result<()> {
        let Some(row) = self.selected_row().cloned() else {
            self.status = Some(t("status-no-client").into());
            return Ok(());
        };
        let to = if right { row.column.next() } else { row.column.previous() };
        let Some(to) = to else {
            let edge = if right {
                tr!("board-in-last", client = row.name.as_str())
            } else {
                tr!("board-in-first", client = row.name.as_str())
            };
            self.status = Some(edge);
            return Ok(());
        };
        if to == Column::Result {
            self.modal = Some(Modal::Result(ResultPrompt {
                client: row.id,
                name: row.name,
                from: row.column,
                reason: None,
                error: None,
            }));
            return Ok(());
        }
        self.store.move_client(row.id, |from| plan_move(from, Some(to), None, None))?;
        self.refresh_client(row.id)?;
        self.status = Some(tr!("board-moved", client = row.name.as_str(), column = to.label()));
        Ok(())
    }

    /// Works the reports out for the chosen period, from the file as it is
    /// now: on a second connection when the file is on disk (a second on
    /// 100,000 clients), the view saying so meanwhile; at once in memory.
    fn compute_reports(&mut self) -> anyhow::Result<()> {
        let period = self.report_period;
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            self.reports = Some(Reports::compute(&self.store, period)?);
            return Ok(());
        };
        let (clock, user) = (self.store.clock(), self.store.user().to_string());
        let (sender, receiver) = std::sync::mpsc::channel();
        let lang = crate::i18n::current();
        std::thread::Builder::new().name("reports".into()).spawn(move || {
            let _lang = crate::i18n::scoped(lang);
            let reports = Store::open(&path, OpenMode::Existing, clock, &user)
                .map_err(anyhow::Error::from)
                .and_then(|reader| Reports::compute(&reader, period));
            let _ = sender.send(reports);
        })?;
        // A newer request replaces an older one still under way.
        self.reports_loading = Some(receiver);
        Ok(())
    }

    /// Takes a backup of the file in the background unless one was taken
    /// today; the status line says when it is written.
    pub fn start_daily_backup(&mut self) -> anyhow::Result<()> {
        // A file open read-only is backed up by those who may write it.
        let Some(path) =
            self.store.path().filter(|_| self.store.read_only().is_none()).map(std::path::Path::to_path_buf)
        else {
            return Ok(());
        };
        let now = self.store.clock().now();
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new().name("daily backup".into()).spawn(move || {
            let _ = sender.send(daily_backup(&path, now).map_err(anyhow::Error::from));
        })?;
        self.backup_loading = Some(receiver);
        Ok(())
    }

    /// Whether the daily backup is still being written.
    pub fn backing_up(&self) -> bool {
        self.backup_loading.is_some()
    }

    /// Waits for the daily backup to be written, so that quitting never
    /// leaves a half-written copy behind.
    pub fn finish_backup(&mut self) {
        if let Some(receiver) = self.backup_loading.take() {
            let _ = receiver.recv();
        }
    }

    /// Takes in the end of the daily backup, if it is there.
    fn poll_backup(&mut self) -> bool {
        let Some(done) = self.backup_loading.as_ref().and_then(|r| rows::received(r, "the daily backup")) else {
            return false;
        };
        self.backup_loading = None;
        match done {
            Ok(None) => return false,
            Ok(Some(daily)) => {
                let older = match daily.removed {
                    0 => String::new(),
                    n => format!("; {}", tr!("backup-older-removed", n = n)),
                };
                // A word on what the user just did is not pushed aside by it.
                if self.status.is_none() {
                    self.status =
                        Some(format!("{}{older}", tr!("backup-written", path = daily.path.display().to_string())));
                }
            }
            Err(e) => self.status = Some(tr!("backup-failed", error = e.to_string())),
        }
        true
    }

    /// Takes in the reports worked out in the background, if they are there.
    fn poll_reports(&mut self) -> bool {
        let Some(reports) = self.reports_loading.as_ref().and_then(|r| rows::received(r, "the reports")) else {
            return false;
        };
        self.reports_loading = None;
        match reports {
            Ok(r) => self.reports = Some(r),
            Err(e) => self.status = Some(tr!("reports-error", error = e.to_string())),
        }
        true
    }

    /// Whether the reports are being worked out in the background.
    pub fn reports_loading(&self) -> bool {
        self.reports_loading.is_some()
    }

    /// Moves the reports' period by `months` and works them out again.
    fn shift_reports(&mut self, months: i32) -> anyhow::Result<()> {
        let period = reports::shift(self.report_period, months, self.today);
        if period == self.report_period {
            self.status = Some(t("reports-last-month").into());
            return Ok(());
        }
        self.report_period = period;
        self.compute_reports()
    }

    /// Takes back the last change of this session.
    fn undo(&mut self) -> anyhow::Result<()> {
        match self.store.undo()? {
            Some(undone) => self.show_undone(&undone)?,
            None => self.status = Some(t("undo-nothing").into()),
        }
        Ok(())
    }

    /// The clients an undo put back, on screen again, and what it did: a
    /// few one by one, more (a whole import) by reading the list again.
    pub(super) fn show_undone(&mut self, undone: &crate::store::Undone) -> anyhow::Result<()> {
        if undone.clients.len() > REFRESHED_ONE_BY_ONE {
            self.reload(false)?;
        } else {
            for id in &undone.clients {
                self.refresh_client(*id)?;
            }
        }
        self.status = Some(match &undone.step.name {
            Some(client) => {
                tr!(
                    "undo-done-of",
                    what = crate::i18n::recorded(&undone.step.what).into_owned(),
                    client = client.as_str(),
                    step = undone.step.id.to_string()
                )
            }
            None => tr!(
                "undo-done",
                what = crate::i18n::recorded(&undone.step.what).into_owned(),
                step = undone.step.id.to_string()
            ),
        });
        Ok(())
    }
}

fn scroll(current: u16, delta: isize) -> u16 {
    let next = isize::from(i16::try_from(current).unwrap_or(i16::MAX)).saturating_add(delta);
    u16::try_from(next.clamp(0, isize::from(i16::MAX))).unwrap_or(0)
}
