//! The model of the interface and the one `update` step that changes it.
//! Drawing only reads this state.

use std::cell::Cell;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::action::Action;
use super::keymap::Context;
use crate::domain::model::{ClientFilter, ClientId, ClientRow, Dossier};
use crate::domain::search::{Query, SearchKey, rank};
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
pub enum Mode {
    Normal,
    Filter,
    Help,
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
    /// selection in view (the one piece of render state).
    pub list_offset: Cell<usize>,
    /// Rows the list showed at the last draw, for paging.
    pub list_height: Cell<usize>,
    pub focus: Pane,
    pub mode: Mode,
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
            focus: Pane::List,
            mode: Mode::Normal,
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

    /// The key context of the current mode.
    pub fn context(&self) -> Context {
        match self.mode {
            Mode::Normal => Context::Normal,
            Mode::Filter => Context::Filter,
            Mode::Help => Context::Help,
        }
    }

    pub fn selected_row(&self) -> Option<&ClientRow> {
        self.shown.get(self.selected).and_then(|i| self.rows.get(*i))
    }

    /// Reads the list again from the file, keeping the selected client.
    fn reload(&mut self) -> anyhow::Result<()> {
        let keep = self.selected_row().map(|r| r.id);
        self.rows = self.store.client_rows(&ClientFilter::default())?;
        self.keys = self.store.search_keys()?;
        self.index_of = self.rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        self.apply_filter();
        if let Some(pos) = keep.and_then(|id| self.shown.iter().position(|i| self.rows[*i].id == id)) {
            self.selected = pos;
        }
        self.load_dossier()
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
    }

    fn load_dossier(&mut self) -> anyhow::Result<()> {
        self.dossier_scroll = 0;
        self.log_scroll = 0;
        self.dossier = match self.selected_row().map(|r| r.id) {
            Some(id) => Some(self.store.dossier(id)?),
            None => None,
        };
        Ok(())
    }

    fn select(&mut self, position: usize) -> anyhow::Result<()> {
        let last = self.shown.len().saturating_sub(1);
        let position = position.min(last);
        if position != self.selected || self.dossier.is_none() {
            self.selected = position;
            self.load_dossier()?;
        }
        Ok(())
    }

    /// Moves within the focused pane: the list selection, or a scroll.
    fn step(&mut self, delta: isize) -> anyhow::Result<()> {
        match self.focus {
            Pane::List => self.select(self.selected.saturating_add_signed(delta)),
            Pane::Dossier => {
                self.dossier_scroll = scroll(self.dossier_scroll, delta);
                Ok(())
            }
            Pane::Log => {
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
        let page = isize::try_from(self.list_height.get().max(1)).unwrap_or(1);
        match action {
            Action::Quit => self.quit = true,
            Action::OpenHelp => self.mode = Mode::Help,
            Action::CloseHelp => self.mode = Mode::Normal,
            Action::SelectNext => self.step(1)?,
            Action::SelectPrevious => self.step(-1)?,
            Action::PageDown => self.step(page)?,
            Action::PageUp => self.step(-page)?,
            Action::SelectFirst => self.select(0)?,
            Action::SelectLast => self.select(usize::MAX)?,
            Action::FocusNext => self.focus = self.focus.step(true),
            Action::FocusPrevious => self.focus = self.focus.step(false),
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
            Action::DeleteFilterChar => {
                self.filter.pop();
                self.refilter()?;
            }
            Action::TypeFilterChar(c) => {
                self.filter.push(c);
                self.refilter()?;
            }
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.refilter()?;
                self.status = Some(format!("sorted by {}", self.sort.label()));
            }
            Action::Refresh => {
                self.reload()?;
                self.status = Some("reloaded from the file".into());
            }
        }
        Ok(())
    }

    fn refilter(&mut self) -> anyhow::Result<()> {
        self.apply_filter();
        self.load_dossier()
    }
}

fn scroll(current: u16, delta: isize) -> u16 {
    let next = isize::from(i16::try_from(current).unwrap_or(i16::MAX)) + delta;
    u16::try_from(next.max(0)).unwrap_or(u16::MAX)
}
