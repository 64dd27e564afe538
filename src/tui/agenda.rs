//! The agenda view's state and the call queue's: the agenda's items as
//! worked out, the cursor, and the clients of a queue being called one
//! after another with what each call still asks.

use std::cell::Cell;

use chrono::NaiveDate;

use crate::domain::agenda::{Item, ItemKind, when};
use crate::domain::model::ClientId;

/// The agenda as the view shows it: the day's work, or the greetings.
#[derive(Debug, Clone, PartialEq)]
pub struct AgendaView {
    /// The list shown: the work, or the greetings when `greetings` is on.
    pub items: Vec<Item>,
    /// The other list, out of sight.
    pub other: Vec<Item>,
    /// Whether the persons to greet are shown rather than the work.
    pub greetings: bool,
    pub today: NaiveDate,
    pub days: u32,
    /// The salesperson whose agenda it is; everyone's without.
    pub manager: Option<String>,
    pub selected: usize,
    /// First visible row; adjusted while drawing (render state).
    pub offset: Cell<usize>,
    /// Rows shown at the last draw, for paging.
    pub height: Cell<usize>,
}

impl AgendaView {
    pub fn new(
        work: Vec<Item>,
        greetings: Vec<Item>,
        today: NaiveDate,
        days: u32,
        manager: Option<String>,
    ) -> AgendaView {
        AgendaView {
            items: work,
            other: greetings,
            greetings: false,
            today,
            days,
            manager,
            selected: 0,
            offset: Cell::new(0),
            height: Cell::new(20),
        }
    }

    /// Shows the greetings instead of the work, or back.
    pub fn toggle_greetings(&mut self) {
        std::mem::swap(&mut self.items, &mut self.other);
        self.greetings = !self.greetings;
        self.selected = 0;
        self.offset.set(0);
    }

    /// How many persons are to greet, whichever list is shown.
    pub fn to_greet(&self) -> usize {
        if self.greetings { self.items.len() } else { self.other.len() }
    }

    pub fn selected_item(&self) -> Option<&Item> {
        self.items.get(self.selected)
    }

    pub fn step(&mut self, delta: isize) {
        let last = self.items.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn overdue(&self) -> usize {
        self.items.iter().filter(|i| i.overdue()).count()
    }

    /// Takes off the items a call to `client` answers (the contacts due);
    /// birthdays, dates and complaint steps stay until done.
    pub fn called(&mut self, client: ClientId) {
        let selected = self.selected_item().map(|i| (i.client_id, i.kind));
        self.items.retain(|i| !(i.client_id == client && is_call(i.kind)));
        self.reselect(selected);
    }

    /// Takes off one occasion greeted, from both lists.
    pub fn done(&mut self, client: ClientId, reference: &str) {
        let greeted = |i: &Item| i.client_id == client && i.reference.as_deref() == Some(reference);
        self.items.retain(|i| !greeted(i));
        self.other.retain(|i| !greeted(i));
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }

    fn reselect(&mut self, was: Option<(ClientId, ItemKind)>) {
        if let Some(pos) = was.and_then(|w| self.items.iter().position(|i| (i.client_id, i.kind) == w)) {
            self.selected = pos;
        }
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }
}

/// The kinds a call answers.
fn is_call(kind: ItemKind) -> bool {
    matches!(kind, ItemKind::NextContact | ItemKind::FollowUp | ItemKind::Cadence)
}

/// What the queue asks before it logs a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// The day to call back, typed as in the contact form (`+3d`, `fri`, a date).
    Date(String),
    /// Why the client refused.
    Reason(String),
    /// Contract or purchase, for a won call.
    Result,
}

/// One client to call, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub client: ClientId,
    pub name: String,
    pub why: String,
}

/// The clients of the agenda called one after another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    pub calls: Vec<Call>,
    pub pos: usize,
    pub ask: Option<Ask>,
    /// Calls logged in this queue.
    pub logged: usize,
    /// A bad answer to the question asked, shown under it.
    pub error: Option<String>,
}

impl Queue {
    /// The clients of `items` from `start` on, each once, in the agenda's order.
    pub fn new(items: &[Item], start: usize) -> Option<Queue> {
        let mut calls: Vec<Call> = Vec::new();
        for i in items.iter().skip(start) {
            if let Some(c) = calls.iter_mut().find(|c| c.client == i.client_id) {
                c.why.push_str(&format!("; {}", why(i)));
            } else {
                calls.push(Call { client: i.client_id, name: i.name.clone(), why: why(i) });
            }
        }
        (!calls.is_empty()).then_some(Queue { calls, pos: 0, ask: None, logged: 0, error: None })
    }

    pub fn current(&self) -> Option<&Call> {
        self.calls.get(self.pos)
    }

    /// Goes on to the next client; false when the queue is done.
    pub fn advance(&mut self) -> bool {
        self.ask = None;
        self.error = None;
        self.pos += 1;
        self.pos < self.calls.len()
    }
}

fn why(i: &Item) -> String {
    format!("{} {}: {}", i.kind.label(), when(i.days_overdue), i.detail)
}
