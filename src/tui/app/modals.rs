//! The forms and prompts over the view: opening them on the selected
//! client, routing keys into them, and saving what they hold. A form stays
//! open with the error at its field until it saves or is cancelled, so
//! nothing typed is lost to a mistake.

use super::{App, Modal};
use crate::domain::fold::fold;
use crate::domain::prospecting::plan_move;
use crate::domain::{Column, Outcome};
use crate::i18n::t;
use crate::store::StoreError;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::forms::{
    ClientForm, ContactForm, DeletePrompt, FieldKey, Form, JournalList, PersonForm, ResultPrompt, Target, describe,
};

/// A field edit common to every form; false for an action that is not one.
fn edit(form: &mut Form, action: Action) -> bool {
    match action {
        Action::TypeChar(c) => form.type_char(c),
        Action::DeleteChar => form.delete_char(),
        Action::NextField => form.step_field(true),
        Action::PreviousField => form.step_field(false),
        Action::ChoosePrevious => form.choose(-1),
        Action::ChooseNext => form.choose(1),
        Action::PickNumber(n) => {
            form.pick(n);
        }
        _ => return false,
    }
    true
}

/// What a failed save shows in its form: bad input at its field, a change
/// made meanwhile with the whole form; other errors go to the status line.
fn keep_open(form: &mut Form, e: StoreError) -> anyhow::Result<()> {
    match e {
        StoreError::Invalid(v) => {
            let key = FieldKey::for_error(&v.field).filter(|k| form.inputs.iter().any(|i| i.key == *k));
            form.error = Some((key, describe(&v)));
            Ok(())
        }
        StoreError::ChangedSince(_) => {
            form.error = Some((None, e.to_string()));
            Ok(())
        }
        other => Err(other.into()),
    }
}

impl App {
    /// Opens the form or prompt of `action` on the selected client.
    pub(super) fn open_modal(&mut self, action: Action) -> anyhow::Result<()> {
        if action == Action::AddClient {
            self.modal = Some(Modal::Client(ClientForm::new(self.store.user())));
            return Ok(());
        }
        self.load_dossier()?;
        let Some(d) = &self.dossier else {
            self.status = Some(t("status-no-client").into());
            return Ok(());
        };
        self.modal = match action {
            Action::LogContact => Some(Modal::Contact(ContactForm::new(d, self.store.clock().now()))),
            Action::EditClient => Some(Modal::Client(ClientForm::edit(&d.client))),
            Action::AddPerson => {
                Some(Modal::Person(PersonForm::new(d.client.id, &d.client.name, d.persons.is_empty())))
            }
            Action::DeleteClient => Some(Modal::Delete(DeletePrompt {
                client: d.client.id,
                name: d.client.name.clone(),
                holdings: self.store.holdings(d.client.id)?,
                erase: None,
                kept: self.backups_keep()?,
                error: None,
            })),
            _ => None,
        };
        Ok(())
    }

    pub(super) fn update_modal(&mut self, action: Action) -> anyhow::Result<()> {
        if matches!(action, Action::Quit) {
            self.quit = true;
            return Ok(());
        }
        if matches!(action, Action::Cancel) {
            self.modal = None;
            self.status = Some(t("status-cancelled").into());
            return Ok(());
        }
        match self.modal.take() {
            Some(Modal::Result(prompt)) => self.update_result(prompt, action),
            Some(Modal::Contact(form)) => self.update_contact(form, action),
            Some(Modal::Client(form)) => self.update_client_form(form, action),
            Some(Modal::Person(form)) => self.update_person(form, action),
            Some(Modal::Delete(prompt)) => self.update_delete(prompt, action),
            Some(Modal::Merge(review)) => self.update_merge(review, action),
            Some(Modal::Capture(prompt)) => self.update_capture(prompt, action),
            Some(Modal::Journal(list)) => self.update_journal(list, action),
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
        self.refresh_client(prompt.client)?;
        self.status = Some(format!("{}: {}", prompt.name, outcome.label()));
        Ok(())
    }

    fn update_contact(&mut self, mut f: ContactForm, action: Action) -> anyhow::Result<()> {
        match action {
            Action::PickNumber(n) => f.pick(n),
            Action::Confirm => match f.to_contact(self.today) {
                Ok(contact) => match self.store.log_contact(f.client, &contact) {
                    Ok(_) => {
                        // A contact answers the client's contacts due on the agenda.
                        if let Some(agenda) = &mut self.agenda {
                            agenda.called(f.client);
                        }
                        self.refresh_client(f.client)?;
                        self.status =
                            Some(tr!("contact-logged", kind = contact.kind.label(), client = f.name.as_str()));
                        return Ok(());
                    }
                    Err(e) => keep_open(&mut f.form, e)?,
                },
                Err((key, e)) => f.form.fail(key, &e),
            },
            other => {
                edit(&mut f.form, other);
            }
        }
        self.modal = Some(Modal::Contact(f));
        Ok(())
    }

    fn update_client_form(&mut self, mut f: ClientForm, action: Action) -> anyhow::Result<()> {
        if action != Action::Confirm {
            let typed_in = f.form.focused_key();
            if edit(&mut f.form, action)
                && f.is_new()
                && ClientForm::identifies(typed_in)
                && matches!(action, Action::TypeChar(_) | Action::DeleteChar)
            {
                f.duplicates = self.store.possible_duplicates(&f.identity(), None)?;
                f.warned = false;
            }
            self.modal = Some(Modal::Client(f));
            return Ok(());
        }
        let new = match f.to_client(self.today) {
            Ok(new) => new,
            Err((key, e)) => {
                f.form.fail(key, &e);
                self.modal = Some(Modal::Client(f));
                return Ok(());
            }
        };
        if f.is_new() && !f.duplicates.is_empty() && !f.warned {
            // Shown once more, plainly, before a second Enter adds it anyway.
            f.warned = true;
            self.modal = Some(Modal::Client(f));
            return Ok(());
        }
        let saved = match f.target {
            Target::New => self.store.add_client(&new),
            Target::Edit { id, version } => self.store.update_client(id, version, &new).map(|()| id),
        };
        match saved {
            Ok(id) => {
                self.refresh_client(id)?;
                let name = new.name.as_str();
                self.status = Some(if f.is_new() {
                    tr!("client-added", client = name)
                } else {
                    tr!("client-saved", client = name)
                });
            }
            Err(StoreError::ChangedSince(name)) => {
                self.take_in_their_change(&mut f, &name)?;
                self.modal = Some(Modal::Client(f));
            }
            Err(e) => {
                keep_open(&mut f.form, e)?;
                self.modal = Some(Modal::Client(f));
            }
        }
        Ok(())
    }

    /// Someone saved the card while the form was open: their changes are
    /// taken into the form where they do not meet this one, and where they
    /// do, the form says what they wrote; nothing is saved until Enter.
    fn take_in_their_change(&mut self, f: &mut ClientForm, name: &str) -> anyhow::Result<()> {
        let Target::Edit { id, .. } = f.target else {
            return Ok(());
        };
        let current = self.store.client(id)?;
        let conflicts = f.rebase(&current);
        self.refresh_client(id)?;
        let said = if conflicts.is_empty() {
            tr!("conflict-merged", client = name)
        } else {
            let theirs: Vec<String> =
                conflicts.iter().map(|(key, value)| format!("{} \"{value}\"", key.label())).collect();
            tr!("conflict-theirs", client = name, theirs = theirs.join(", "))
        };
        f.form.error = Some((conflicts.first().map(|(key, _)| *key), said));
        Ok(())
    }

    fn update_person(&mut self, mut f: PersonForm, action: Action) -> anyhow::Result<()> {
        if action == Action::Confirm {
            match f.to_person() {
                Ok(person) => match self.store.add_person(f.client, &person) {
                    Ok(_) => {
                        self.refresh_client(f.client)?;
                        self.status =
                            Some(tr!("person-added", person = person.name.as_str(), client = f.name.as_str()));
                        return Ok(());
                    }
                    Err(e) => keep_open(&mut f.form, e)?,
                },
                Err((key, e)) => f.form.fail(key, &e),
            }
        } else {
            edit(&mut f.form, action);
        }
        self.modal = Some(Modal::Person(f));
        Ok(())
    }

    fn update_delete(&mut self, mut prompt: DeletePrompt, action: Action) -> anyhow::Result<()> {
        match (action, &mut prompt.erase) {
            (Action::Accept, None) => {
                self.store.delete_client(prompt.client)?;
                self.refresh_client(prompt.client)?;
                self.status = Some(tr!("client-deleted", client = prompt.name.as_str()));
                return Ok(());
            }
            (Action::StartErase, None) => prompt.erase = Some(String::new()),
            (Action::TypeChar(c), Some(typed)) => typed.push(c),
            (Action::DeleteChar, Some(typed)) => {
                typed.pop();
            }
            (Action::Confirm, Some(typed)) if fold(typed.trim()) == fold(&prompt.name) => {
                let emptied = self.store.erase_client(prompt.client)?;
                self.refresh_client(prompt.client)?;
                let client = prompt.name.as_str();
                let erased = if emptied {
                    tr!("client-erased", client = client)
                } else {
                    tr!("client-erased-log", client = client)
                };
                self.status = Some(format!("{erased}; {}", prompt.kept));
                return Ok(());
            }
            (Action::Confirm, Some(typed)) => {
                prompt.error = Some(tr!("erase-wrong-name", typed = typed.trim()));
            }
            _ => {}
        }
        self.modal = Some(Modal::Delete(prompt));
        Ok(())
    }

    /// Moves through the journal; `u` undoes the step under the cursor,
    /// or says why it cannot be, and the list shows the undo on top.
    fn update_journal(&mut self, mut list: JournalList, action: Action) -> anyhow::Result<()> {
        let last = list.steps.len().saturating_sub(1);
        match action {
            Action::SelectNext => list.selected = (list.selected + 1).min(last),
            Action::SelectPrevious => list.selected = list.selected.saturating_sub(1),
            Action::PageDown => list.selected = (list.selected + 10).min(last),
            Action::PageUp => list.selected = list.selected.saturating_sub(10),
            Action::SelectFirst => list.selected = 0,
            Action::SelectLast => list.selected = last,
            Action::UndoStep => {
                if let Some(step) = list.steps.get(list.selected) {
                    match self.store.undo_step(step.id) {
                        Ok(undone) => {
                            self.show_undone(&undone)?;
                            list.steps = self.store.journal(None, super::JOURNAL_SHOWN)?;
                            list.selected = 0;
                            list.error = None;
                        }
                        Err(e @ (StoreError::UndoBlocked { .. } | StoreError::AlreadyUndone(..))) => {
                            list.error = Some(e.to_string());
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
            }
            _ => {}
        }
        self.modal = Some(Modal::Journal(list));
        Ok(())
    }

    /// What the backups beside the file keep of a client erased now.
    fn backups_keep(&self) -> anyhow::Result<String> {
        match self.store.path() {
            Some(path) => Ok(crate::store::backups_keep(path)?),
            None => Ok(t("backups-none-keep").into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::forms::Input;

    #[test]
    fn a_store_error_lands_at_the_field_it_names() {
        let mut form = Form::new(vec![Input::text(FieldKey::Name, ""), Input::text(FieldKey::Birthday, "")]);
        let e = crate::domain::ValidationError::new("birthday", "31.02", "is not a date");
        keep_open(&mut form, e.into()).unwrap();
        assert_eq!(form.error, Some((Some(FieldKey::Birthday), "'31.02': is not a date".into())));
        let e = crate::domain::ValidationError::new("email", "x@", "expected an e-mail address");
        keep_open(&mut form, e.into()).unwrap();
        assert_eq!(form.error.as_ref().unwrap().0, None, "a field the form lacks: with the whole form");
    }
}
