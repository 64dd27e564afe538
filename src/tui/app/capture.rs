//! Quick capture: one line logs a contact (`call иван ok "sent price" +3d
//! #tender`); the clients its name may mean are listed as it is typed, and
//! an ambiguous name is resolved in place before anything is written.

use super::{App, Modal};
use crate::domain::capture::{Capture, complete_verb, parse};
use crate::domain::fold::fold;
use crate::domain::model::{ClientFilter, NewContact};
use crate::domain::search::{Query, rank};
use crate::i18n;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::forms::{Candidate, CapturePrompt};

/// How many clients the line lists.
const CANDIDATES: usize = 5;

impl App {
    pub(super) fn update_capture(&mut self, mut p: CapturePrompt, action: Action) -> anyhow::Result<()> {
        match action {
            Action::TypeChar(c) => {
                p.text.push(c);
                self.find_candidates(&mut p)?;
            }
            Action::DeleteChar => {
                p.text.pop();
                self.find_candidates(&mut p)?;
            }
            Action::ChooseNext => p.chosen = (p.chosen + 1).min(p.candidates.len().saturating_sub(1)),
            Action::ChoosePrevious => p.chosen = p.chosen.saturating_sub(1),
            Action::Complete => self.complete(&mut p)?,
            Action::Confirm => return self.save_capture(p),
            _ => {}
        }
        self.modal = Some(Modal::Capture(p));
        Ok(())
    }

    /// The clients the line's name may mean, best first.
    fn find_candidates(&self, p: &mut CapturePrompt) -> anyhow::Result<()> {
        p.error = None;
        p.choosing = false;
        let Ok(capture) = parse(&p.text, self.today) else { return Ok(()) };
        let Some(query) = Query::new(&capture.client) else { return Ok(()) };
        p.candidates = if self.complete {
            rank(&self.keys, &query)
                .into_iter()
                .filter_map(|(id, _)| self.index_of.get(&id).and_then(|i| self.rows.get(*i)))
                .take(CANDIDATES)
                .map(|r| Candidate { client: r.id, name: r.name.clone(), city: r.city.clone() })
                .collect()
        } else {
            // The list is still being read: the file answers.
            let rows = self.store.find_clients(Some(&capture.client), &ClientFilter::default())?;
            rows.into_iter().take(CANDIDATES).map(|r| Candidate { client: r.id, name: r.name, city: r.city }).collect()
        };
        p.chosen = 0;
        Ok(())
    }

    /// Completes the verb, or the name when it is the last thing typed.
    fn complete(&self, p: &mut CapturePrompt) -> anyhow::Result<()> {
        let words: Vec<&str> = p.text.split_whitespace().collect();
        match words.as_slice() {
            [partial] => {
                if let Some(verb) = complete_verb(partial) {
                    p.text = format!("{verb} ");
                }
            }
            [verb, ..] => {
                let named_only = parse(&p.text, self.today)
                    .is_ok_and(|c| c.outcome.is_none() && c.summary.is_none() && c.next.is_none() && c.tags.is_empty());
                if let (true, Some(c)) = (named_only, p.candidates.get(p.chosen)) {
                    p.text = format!("{verb} {} ", c.name);
                    self.find_candidates(p)?;
                }
            }
            [] => {}
        }
        Ok(())
    }

    fn save_capture(&mut self, mut p: CapturePrompt) -> anyhow::Result<()> {
        let capture = match parse(&p.text, self.today) {
            Ok(c) => c,
            Err(e) => {
                p.error = Some(e.to_string());
                self.modal = Some(Modal::Capture(p));
                return Ok(());
            }
        };
        // A name typed whole picks its client even when others contain it.
        let whole = p.candidates.iter().position(|c| fold(&c.name) == fold(&capture.client));
        let chosen = match (p.candidates.len(), whole) {
            (0, _) => Err(tr!("capture-no-match", query = capture.client.as_str())),
            (1, _) => Ok(0),
            _ if p.choosing => Ok(p.chosen),
            (_, Some(i)) => Ok(i),
            (n, None) => {
                p.choosing = true;
                Err(tr!("capture-several", n = n, query = capture.client.as_str()))
            }
        };
        let candidate = match chosen {
            Ok(i) => p.candidates[i].clone(),
            Err(e) => {
                p.error = Some(e);
                self.modal = Some(Modal::Capture(p));
                return Ok(());
            }
        };
        let contact = contact(&capture, self.store.clock().now());
        if let Err(e) = self.store.log_contact_tagged(candidate.client, &contact, &capture.tags) {
            p.error = Some(e.to_string());
            self.modal = Some(Modal::Capture(p));
            return Ok(());
        }
        if let Some(agenda) = &mut self.agenda {
            agenda.called(candidate.client);
        }
        self.refresh_client(candidate.client)?;
        let next =
            capture.next.map(|d| format!(", {}", tr!("status-next-on", date = i18n::date(d)))).unwrap_or_default();
        let tags: String = capture.tags.iter().map(|t| format!(" #{t}")).collect();
        let logged = tr!("contact-logged", kind = contact.kind.label(), client = candidate.name.as_str());
        self.status = Some(format!("{logged}{next}{tags}"));
        Ok(())
    }
}

/// The contact a line logs; without a summary, the outcome or the kind says it.
fn contact(c: &Capture, at: chrono::NaiveDateTime) -> NewContact {
    let said = c.outcome.map(|o| o.label()).unwrap_or(c.kind.label()).to_lowercase();
    NewContact {
        at,
        kind: c.kind,
        person: None,
        summary: c.summary.clone().filter(|s| !s.is_empty()).unwrap_or(said),
        outcome: c.outcome.map(|o| o.id().to_string()),
        next_contact: c.next,
        source: None,
    }
}
