//! The model of the interface and the one `update` step that changes it.
//! Drawing only reads this state.

use std::cell::Cell;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::action::Action;
use super::board::{BoardState, COLUMNS, cards};
use super::forms::{ContactForm, ResultPrompt};
use super::keymap::Context;
use crate::domain::model::{ClientFilter, ClientId, ClientRow, Dossier};
use crate::domain::prospecting::plan_move;
use crate::domain::search::{Query, SearchKey, rank};
use crate::domain::{Column, Outcome, ValidationError};
use crate::store::Store;

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
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Filter,
    Help,
}

/// A form over the view that takes the keys until saved or cancelled.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    Result(ResultPrompt),
    Contact(ContactForm),
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
            Sort::Name => "name",
            Sort::NextContact => "next contact",
            Sort::LastContact => "last contact",
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
    /// Every client, ordered by folded name.
    pub rows: Vec<ClientRow>,
    keys: Vec<SearchKey>,
    index_of: HashMap<ClientId, usize>,
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
}

impl App {
    /// Loads the client list from `store`.
    pub fn new(store: Store) -> anyhow::Result<App> {
        let today = store.clock().today();
        let mut app = App {
            store,
            today,
            rows: Vec::new(),
            keys: Vec::new(),
            index_of: HashMap::new(),
            shown: Vec::new(),
            filter: String::new(),
            query: None,
            sort: Sort::Name,
            selected: 0,
            list_offset: Cell::new(0),
            list_height: Cell::new(20),
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
        };
        app.reload()?;
        Ok(app)
    }

    pub fn store(&self) -> &Store {
        &self.store
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
            (Some(Modal::Contact(f)), _, _) => {
                if f.field.is_text() {
                    Context::FormText
                } else {
                    Context::FormChoice
                }
            }
            (None, Mode::Help, _) => Context::Help,
            (None, Mode::Filter, _) => Context::Filter,
            (None, Mode::Normal, View::List) => Context::List,
            (None, Mode::Normal, View::Board) => Context::Board,
        }
    }

    /// The cards of the board as they stand.
    pub fn board_cards(&self) -> [Vec<usize>; COLUMNS] {
        cards(&self.rows, &self.shown, self.board.manager.as_deref())
    }

    /// The row under the cursor: the list's selection, or the board's card.
    fn current(&self) -> Option<usize> {
        match self.view {
            View::List => self.shown.get(self.selected).copied(),
            View::Board => self.board.selected_row(&self.board_cards()),
        }
    }

    pub fn selected_row(&self) -> Option<&ClientRow> {
        self.current().and_then(|i| self.rows.get(i))
    }

    /// Reads the list again from the file, keeping the selected client.
    fn reload(&mut self) -> anyhow::Result<()> {
        let keep = self.selected_row().map(|r| r.id);
        self.rows = self.store.client_rows(&ClientFilter::default())?;
        self.keys = self.store.search_keys()?;
        self.index_of = self.rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        self.apply_filter();
        if let Some(id) = keep {
            self.select_client(id);
        }
        self.load_dossier()
    }

    /// Re-reads one client's row after a change to it; the cursor follows
    /// the client (on the board, into its new column).
    fn reload_row(&mut self, id: ClientId) -> anyhow::Result<()> {
        if let (Some(&i), Some(row)) = (self.index_of.get(&id), self.store.client_row(id)?) {
            self.rows[i] = row;
        }
        self.select_client(id);
        self.load_dossier()
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

    /// Recomputes `shown` from the filter and the sort order.
    fn apply_filter(&mut self) {
        self.query = Query::new(&self.filter);
        self.shown = match &self.query {
            Some(q) => rank(&self.keys, q).into_iter().filter_map(|(id, _)| self.index_of.get(&id).copied()).collect(),
            None => {
                let mut all: Vec<usize> = (0..self.rows.len()).collect();
                let rows = &self.rows;
                match self.sort {
                    Sort::Name => {}
                    // Clients without a date go last; the sort is stable, so
                    // equal dates stay in name order.
                    Sort::NextContact => all.sort_by_key(|i| (rows[*i].next_contact.is_none(), rows[*i].next_contact)),
                    Sort::LastContact => {
                        all.sort_by_key(|i| (rows[*i].last_contact.is_none(), std::cmp::Reverse(rows[*i].last_contact)))
                    }
                }
                all
            }
        };
        self.selected = 0;
        self.list_offset.set(0);
        self.board.selected = [0; COLUMNS];
    }

    fn load_dossier(&mut self) -> anyhow::Result<()> {
        let id = self.selected_row().map(|r| r.id);
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
        }
    }

    /// Carries out one action. Errors from the file are shown in the status
    /// line, never thrown out of the interface.
    pub fn update(&mut self, action: Action) {
        self.status = None;
        if let Err(e) = self.try_update(action) {
            self.status = Some(format!("error: {e}"));
        }
    }

    fn try_update(&mut self, action: Action) -> anyhow::Result<()> {
        if self.modal.is_some() {
            return self.update_modal(action);
        }
        let page = isize::try_from(self.list_height.get().max(1)).unwrap_or(1);
        match action {
            Action::Quit => self.quit = true,
            Action::OpenHelp => self.mode = Mode::Help,
            Action::CloseHelp => self.mode = Mode::Normal,
            Action::ShowList => self.view = View::List,
            Action::ShowBoard => {
                self.view = View::Board;
                if let Some(row) = self.shown.get(self.selected).copied() {
                    let cards = self.board_cards();
                    self.board.focus_row(&cards, row);
                }
            }
            Action::SelectNext => self.step(1)?,
            Action::SelectPrevious => self.step(-1)?,
            Action::PageDown => self.step(page)?,
            Action::PageUp => self.step(-page)?,
            Action::SelectFirst => self.step(isize::MIN / 2)?,
            Action::SelectLast => self.step(isize::MAX / 2)?,
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
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.refilter()?;
                self.status = Some(format!("sorted by {}", self.sort.label()));
            }
            Action::CycleManager => {
                let names = self.store.staff_names()?;
                self.board.cycle_manager(&names);
                self.board.selected = [0; COLUMNS];
                self.load_dossier()?;
            }
            Action::Refresh => {
                self.reload()?;
                self.status = Some("reloaded from the file".into());
            }
            Action::MoveRight => self.move_selected(true)?,
            Action::MoveLeft => self.move_selected(false)?,
            Action::LogContact => {
                self.load_dossier()?;
                match &self.dossier {
                    Some(d) => self.modal = Some(Modal::Contact(ContactForm::new(d, self.store.clock().now()))),
                    None => self.status = Some("no client selected".into()),
                }
            }
            // Keys of the forms; no form is open.
            Action::PickResult(_)
            | Action::PickNumber(_)
            | Action::ChoosePrevious
            | Action::ChooseNext
            | Action::NextField
            | Action::PreviousField
            | Action::Confirm
            | Action::Cancel => {}
        }
        Ok(())
    }

    fn refilter(&mut self) -> anyhow::Result<()> {
        self.apply_filter();
        self.load_dossier()
    }

    /// Moves the selected client one column; into `result` asks first.
    fn move_selected(&mut self, right: bool) -> anyhow::Result<()> {
        let Some(row) = self.selected_row().cloned() else {
            self.status = Some("no client selected".into());
            return Ok(());
        };
        let to = if right { row.column.next() } else { row.column.previous() };
        let Some(to) = to else {
            let edge = if right { "last" } else { "first" };
            self.status = Some(format!("{} is already in the {edge} column", row.name));
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
        self.reload_row(row.id)?;
        self.status = Some(format!("{} moved to {}", row.name, to.label()));
        Ok(())
    }

    fn update_modal(&mut self, action: Action) -> anyhow::Result<()> {
        if matches!(action, Action::Quit) {
            self.quit = true;
            return Ok(());
        }
        if matches!(action, Action::Cancel) {
            self.modal = None;
            self.status = Some("cancelled, nothing written".into());
            return Ok(());
        }
        match self.modal.take() {
            Some(Modal::Result(prompt)) => self.update_result(prompt, action),
            Some(Modal::Contact(form)) => self.update_contact(form, action),
            None => Ok(()),
        }
    }

    fn update_result(&mut self, mut prompt: ResultPrompt, action: Action) -> anyhow::Result<()> {
        match (action, &mut prompt.reason) {
            (Action::PickResult(outcome), None) if outcome.needs_reason() => {
                prompt.reason = Some((outcome, String::new()));
            }
            (Action::PickResult(outcome), None) => return self.save_result(prompt, outcome, None),
            (Action::TypeChar(c), Some((_, reason))) => reason.push(c),
            (Action::DeleteChar, Some((_, reason))) => {
                reason.pop();
            }
            (Action::Confirm, Some((outcome, reason))) => {
                let (outcome, reason) = (*outcome, reason.clone());
                return self.save_result(prompt, outcome, Some(reason));
            }
            _ => {}
        }
        self.modal = Some(Modal::Result(prompt));
        Ok(())
    }

    fn save_result(
        &mut self,
        mut prompt: ResultPrompt,
        outcome: Outcome,
        reason: Option<String>,
    ) -> anyhow::Result<()> {
        // Checked here first so that a missing reason keeps the prompt open.
        if let Err(e) = plan_move(prompt.from, Some(Column::Result), Some(outcome), reason.as_deref()) {
            prompt.error = Some(e.reason);
            self.modal = Some(Modal::Result(prompt));
            return Ok(());
        }
        self.store.move_client(prompt.client, |from| {
            plan_move(from, Some(Column::Result), Some(outcome), reason.as_deref())
        })?;
        self.reload_row(prompt.client)?;
        self.status = Some(format!("{}: {}", prompt.name, outcome.label()));
        Ok(())
    }

    fn update_contact(&mut self, mut form: ContactForm, action: Action) -> anyhow::Result<()> {
        match action {
            Action::TypeChar(c) => form.type_char(c),
            Action::DeleteChar => form.delete_char(),
            Action::NextField => form.step_field(true),
            Action::PreviousField => form.step_field(false),
            Action::ChoosePrevious => form.choose(-1),
            Action::ChooseNext => form.choose(1),
            Action::PickNumber(n) => form.pick(n),
            Action::Confirm => match form.to_contact(self.today) {
                Ok(contact) => {
                    self.store.log_contact(form.client, &contact)?;
                    self.reload_row(form.client)?;
                    self.status = Some(format!("{} logged for {}", contact.kind.label(), form.name));
                    return Ok(());
                }
                Err((field, e)) => form.error = Some((field, describe(&e))),
            },
            _ => {}
        }
        self.modal = Some(Modal::Contact(form));
        Ok(())
    }
}

/// A validation error as shown beside its field: the value and the reason.
fn describe(e: &ValidationError) -> String {
    if e.value.trim().is_empty() { e.reason.clone() } else { format!("'{}': {}", e.value, e.reason) }
}

fn scroll(current: u16, delta: isize) -> u16 {
    let next = isize::from(i16::try_from(current).unwrap_or(i16::MAX)).saturating_add(delta);
    u16::try_from(next.clamp(0, isize::from(i16::MAX))).unwrap_or(0)
}
