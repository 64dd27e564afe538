//! The agenda view and the call queue: working the agenda out (in the
//! background on a file), calling its clients one after another with the
//! outcome in one key, and marking occasions greeted.

use std::sync::mpsc::Receiver;

use chrono::NaiveDate;

use super::{App, View, rows};
use crate::domain::agenda::{Item, ItemKind, Rules, agenda};
use crate::domain::dates::parse_next_date;
use crate::domain::greetings::Holiday;
use crate::domain::model::NewContact;
use crate::domain::queue::{Follow, Refusal, follow, unanswered};
use crate::domain::{CallOutcome, Category, ContactKind, Outcome};
use crate::i18n::{self, t};
use crate::store::{AfterCall, GreetingQuery, OpenMode, Store};
use crate::tr;
use crate::tui::action::Action;
use crate::tui::agenda::{AgendaView, Ask, Queue};

/// How many days after today the agenda shows.
pub const AGENDA_DAYS: u32 = 7;

/// The agenda worked out in the background: for whom, the work and the greetings.
pub(super) type AgendaLoad = Receiver<anyhow::Result<(Option<String>, Worked)>>;

/// The day's work, and the persons to greet.
pub(super) type Worked = (Vec<Item>, Vec<Item>);

/// What the agenda view is worked out from, besides the file.
struct Wanted {
    rules: Rules,
    holidays: Vec<Holiday>,
    today: NaiveDate,
    manager: Option<String>,
}

fn work_out(store: &Store, wanted: &Wanted) -> anyhow::Result<Worked> {
    let (rules, today, manager) = (&wanted.rules, wanted.today, wanted.manager.as_deref());
    let inputs = store.agenda_inputs(today, AGENDA_DAYS, rules, manager)?;
    let to = today + chrono::Duration::days(i64::from(AGENDA_DAYS));
    let holidays = crate::cli::greetings::holidays_in(store, &wanted.holidays, today, to)?;
    let q = GreetingQuery { from: today, to, manager, client: None, holidays: &holidays };
    let greetings = store.greetings(&q)?.iter().map(|g| g.item(today)).collect();
    Ok((agenda(&inputs, rules, today, AGENDA_DAYS), greetings))
}

impl App {
    /// Works the agenda out for the salesperson the board looks at: at
    /// once in memory, on a second connection when the file is on disk.
    pub(super) fn compute_agenda(&mut self) -> anyhow::Result<()> {
        let wanted = Wanted {
            rules: self.agenda_rules,
            holidays: self.holidays.clone(),
            today: self.today,
            manager: self.board.manager.clone(),
        };
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            let worked = work_out(&self.store, &wanted)?;
            self.set_agenda(wanted.manager, worked);
            return self.load_dossier();
        };
        let (clock, user) = (self.store.clock(), self.store.user().to_string());
        let (sender, receiver) = std::sync::mpsc::channel();
        let lang = i18n::current();
        std::thread::Builder::new().name("agenda".into()).spawn(move || {
            let _lang = i18n::scoped(lang);
            let items = Store::open(&path, OpenMode::Existing, clock, &user)
                .map_err(anyhow::Error::from)
                .and_then(|reader| work_out(&reader, &wanted));
            let _ = sender.send(items.map(|i| (wanted.manager, i)));
        })?;
        self.agenda_loading = Some(receiver);
        Ok(())
    }

    /// Takes in the agenda worked out in the background, if it is there.
    pub(super) fn poll_agenda(&mut self) -> bool {
        let Some(done) = self.agenda_loading.as_ref().and_then(|r| rows::received(r, "the agenda")) else {
            return false;
        };
        self.agenda_loading = None;
        let result = done.and_then(|(manager, worked)| {
            self.set_agenda(manager, worked);
            self.load_dossier()
        });
        if let Err(e) = result {
            self.status = Some(tr!("agenda-error", error = e.to_string()));
        }
        true
    }

    /// Shows the agenda worked out, on the list that was shown.
    fn set_agenda(&mut self, manager: Option<String>, (work, greetings): Worked) {
        let showing = self.agenda.as_ref().is_some_and(|a| a.greetings);
        let mut view = AgendaView::new(work, greetings, self.today, AGENDA_DAYS, manager);
        if showing {
            view.toggle_greetings();
        }
        self.agenda = Some(view);
    }

    /// Shows the persons to greet instead of the work, or back.
    pub(super) fn toggle_greetings(&mut self) -> anyhow::Result<()> {
        let Some(agenda) = &mut self.agenda else { return Ok(()) };
        agenda.toggle_greetings();
        self.status = Some(if agenda.greetings {
            tr!("agenda-to-greet", n = agenda.items.len())
        } else {
            t("agenda-the-work").to_string()
        });
        self.load_dossier()
    }

    /// Whether the agenda is being worked out in the background.
    pub fn agenda_loading(&self) -> bool {
        self.agenda_loading.is_some()
    }

    pub(super) fn show_agenda(&mut self) -> anyhow::Result<()> {
        self.view = View::Agenda;
        if self.agenda.is_none() || self.agenda.as_ref().map(|a| &a.manager) != Some(&self.board.manager) {
            self.compute_agenda()?;
        }
        self.load_dossier()
    }

    /// Starts the call queue at the item under the cursor.
    pub(super) fn start_queue(&mut self) -> anyhow::Result<()> {
        let Some(agenda) = &self.agenda else { return Ok(()) };
        match Queue::new(&agenda.items, agenda.selected) {
            Some(queue) => {
                self.status = Some(tr!("queue-started", n = queue.calls.len()));
                self.queue = Some(queue);
                self.dossier_scroll = 0;
                self.log_scroll = 0;
                self.load_dossier()
            }
            None => {
                self.status = Some(t("queue-nothing").into());
                Ok(())
            }
        }
    }

    /// A key while the queue is on: an outcome, an answer to what it asks, skip or end.
    pub(super) fn update_queue(&mut self, action: Action) -> anyhow::Result<()> {
        let Some(mut queue) = self.queue.take() else { return Ok(()) };
        match (action, &mut queue.ask) {
            (Action::Cancel, None) => {
                self.status = Some(tr!("queue-ended", n = queue.logged));
                return self.load_dossier();
            }
            (Action::Cancel, Some(_)) => {
                queue.ask = None;
                queue.error = None;
            }
            (Action::SkipCall, None) => return self.next_call(queue),
            (Action::LogOutcome(outcome), None) => return self.outcome(queue, outcome),
            (Action::TypeChar(c), Some(Ask::Date(text) | Ask::Reason(text))) => text.push(c),
            (Action::DeleteChar, Some(Ask::Date(text) | Ask::Reason(text))) => {
                text.pop();
            }
            (Action::Confirm, Some(Ask::Date(text))) => match parse_next_date("next", text, self.today) {
                Ok(date) => {
                    let text = tr!("queue-call-back-on", date = i18n::date(date));
                    return self.log_queued(queue, CallOutcome::CallBack, &text, Some(date), AfterCall::Nothing);
                }
                Err(e) => queue.error = Some(e.to_string()),
            },
            (Action::Confirm, Some(Ask::Reason(text))) => {
                let reason = text.trim().to_string();
                if reason.is_empty() {
                    queue.error = Some(t("queue-say-why").into());
                } else {
                    let after = match self.call_rules.refused {
                        Refusal::Lost => AfterCall::Result(Outcome::Lost, Some(reason.clone())),
                        Refusal::RedGreen => AfterCall::Category(Category::RedGreen),
                    };
                    return self.log_queued(
                        queue,
                        CallOutcome::Refused,
                        &tr!("queue-refused-because", reason = reason.as_str()),
                        None,
                        after,
                    );
                }
            }
            (Action::PickResult(outcome @ (Outcome::Contract | Outcome::Purchase)), Some(Ask::Result)) => {
                let summary = tr!("queue-won", result = outcome.label().to_lowercase());
                return self.log_queued(queue, CallOutcome::Won, &summary, None, AfterCall::Result(outcome, None));
            }
            (Action::PickResult(_), Some(Ask::Result)) => {
                queue.error = Some(t("queue-won-ends").into());
            }
            (Action::ScrollDown, _) => self.log_scroll = self.log_scroll.saturating_add(3),
            (Action::ScrollUp, _) => self.log_scroll = self.log_scroll.saturating_sub(3),
            _ => {}
        }
        self.queue = Some(queue);
        Ok(())
    }

    /// Logs `outcome` at once or asks what it needs.
    fn outcome(&mut self, mut queue: Queue, outcome: CallOutcome) -> anyhow::Result<()> {
        let calls = self.dossier.as_ref().map(|d| {
            let calls = d.contacts.iter().filter(|c| matches!(c.kind, ContactKind::CallOut | ContactKind::CallIn));
            unanswered(calls.map(|c| c.outcome.as_deref()))
        });
        match follow(outcome, calls.unwrap_or(0), &self.call_rules, self.today) {
            Follow::Done => self.log_queued(queue, outcome, t("queue-reached"), None, AfterCall::Nothing),
            Follow::Retry(date) => {
                self.log_queued(queue, outcome, t("queue-no-answer"), Some(date), AfterCall::Nothing)
            }
            Follow::GiveUp => {
                let tries = self.call_rules.no_answer_tries;
                self.log_queued(queue, outcome, &tr!("queue-given-up", tries = tries), None, AfterCall::Nothing)
            }
            Follow::AskDate => {
                queue.ask = Some(Ask::Date(String::new()));
                self.queue = Some(queue);
                Ok(())
            }
            Follow::AskReason => {
                queue.ask = Some(Ask::Reason(String::new()));
                self.queue = Some(queue);
                Ok(())
            }
            Follow::AskResult => {
                queue.ask = Some(Ask::Result);
                self.queue = Some(queue);
                Ok(())
            }
        }
    }

    /// Logs the call of the queue's client and goes on to the next one.
    fn log_queued(
        &mut self,
        mut queue: Queue,
        outcome: CallOutcome,
        summary: &str,
        next: Option<NaiveDate>,
        after: AfterCall,
    ) -> anyhow::Result<()> {
        let Some(call) = queue.current().cloned() else { return Ok(()) };
        let person = self
            .dossier
            .as_ref()
            .and_then(|d| d.persons.iter().find(|p| p.decision_maker).or(d.persons.first()).map(|p| p.name.clone()));
        let contact = NewContact {
            at: self.store.clock().now(),
            kind: ContactKind::CallOut,
            person,
            summary: summary.to_string(),
            outcome: Some(outcome.id().to_string()),
            next_contact: next,
            source: None,
        };
        let moved = match &after {
            AfterCall::Nothing => String::new(),
            AfterCall::Result(outcome, _) => format!(" → {}", outcome.label().to_lowercase()),
            AfterCall::Category(category) => format!(" → {}", category.label().to_lowercase()),
        };
        if let Err(e) = self.store.log_call(call.client, &contact, &after) {
            // The queue stays on this client with the error; nothing was written.
            queue.error = Some(e.to_string());
            self.queue = Some(queue);
            return Ok(());
        }
        queue.logged += 1;
        if let Some(agenda) = &mut self.agenda {
            agenda.called(call.client);
        }
        self.refresh_client(call.client)?;
        let then = next.map(|d| format!(", {}", tr!("status-next-on", date = i18n::date(d)))).unwrap_or_default();
        let said = format!("{}: {}{then}{moved}", call.name, outcome.label().to_lowercase());
        self.next_call(queue)?;
        self.status = Some(match &self.status {
            Some(done) if self.queue.is_none() => format!("{said} · {done}"),
            _ => said,
        });
        Ok(())
    }

    fn next_call(&mut self, mut queue: Queue) -> anyhow::Result<()> {
        self.dossier_scroll = 0;
        self.log_scroll = 0;
        if queue.advance() {
            self.queue = Some(queue);
        } else {
            self.status = Some(tr!("queue-done", n = queue.logged));
        }
        self.load_dossier()
    }

    /// Marks the birthday or important date under the cursor greeted.
    pub(super) fn mark_greeted(&mut self) -> anyhow::Result<()> {
        let Some(item) = self.agenda.as_ref().and_then(|a| a.selected_item()).cloned() else { return Ok(()) };
        let (ItemKind::Birthday | ItemKind::ImportantDate | ItemKind::Holiday, Some(key)) =
            (item.kind, item.reference.clone())
        else {
            self.status = Some(t("greet-only-dates").into());
            return Ok(());
        };
        let contact = NewContact {
            at: self.store.clock().now(),
            kind: ContactKind::Letter,
            person: item.person.clone(),
            summary: tr!("greet-summary", what = item.detail.as_ref()),
            outcome: None,
            next_contact: None,
            source: None,
        };
        self.store.mark_greeted(item.client_id, &key, item.date, &contact)?;
        if let Some(agenda) = &mut self.agenda {
            agenda.done(item.client_id, &key);
        }
        self.refresh_client(item.client_id)?;
        self.status = Some(tr!("greet-done", what = item.detail.as_ref(), client = item.name.as_str()));
        Ok(())
    }
}
