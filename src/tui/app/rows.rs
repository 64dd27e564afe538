//! The client list in memory: reading it from the file (on a second
//! connection in the background when the file is on disk), keeping it in
//! step with this session's own changes, and filtering and sorting it.

use std::collections::HashMap;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;

use super::{App, Sort};
use chrono::NaiveDate;

use crate::domain::classes::{ClientClasses, DEFAULT_WINDOW_MONTHS, Period};
use crate::domain::model::{ClientFilter, ClientId, ClientRow};
use crate::domain::search::{Query, SearchKeys, rank};
use crate::i18n::collation_key;
use crate::i18n::t;
use crate::store::{OpenMode, Store};
use crate::tr;

/// Rows read before the first frame: more than any screen shows.
pub const FIRST_PAGE: usize = 200;

/// The list with its keys.
type Loaded = anyhow::Result<(Vec<ClientRow>, SearchKeys)>;

/// What the reader sends after the list: the clients whose colour the
/// orders moved on and what to say about it, and every client's classes.
pub(super) type Followed = anyhow::Result<(Vec<ClientId>, Option<String>, HashMap<ClientId, ClientClasses>)>;

/// What a background reader sent, if it is there; its end without a word
/// is an error.
pub(super) fn received<T>(receiver: &Receiver<anyhow::Result<T>>, who: &str) -> Option<anyhow::Result<T>> {
    match receiver.try_recv() {
        Ok(sent) => Some(sent),
        Err(TryRecvError::Empty) => None,
        Err(TryRecvError::Disconnected) => Some(Err(anyhow::anyhow!(tr!("worker-stopped", who = who)))),
    }
}

/// Every client's classes for the last twelve full months, read from the file.
fn read_classes(store: &Store, today: NaiveDate) -> anyhow::Result<HashMap<ClientId, ClientClasses>> {
    Ok(store.classes(Period::last_twelve_months(today), DEFAULT_WINDOW_MONTHS)?)
}

/// Moves the colour categories on from the orders as time passes (a client
/// who stopped buying turns red). Gives back the clients it moved, what to
/// say, if anything, and every client's classes, worked out from the same
/// order lines; a file that cannot be written is no reason not to show it.
fn follow_orders(store: &mut Store) -> (Vec<ClientId>, Option<String>, Option<HashMap<ClientId, ClientClasses>>) {
    let today = store.clock().today();
    // A file open read-only is shown as it is.
    let dry_run = store.read_only().is_some();
    let period = Period::last_twelve_months(today);
    match store.follow_orders_and_classes(today, DEFAULT_WINDOW_MONTHS, period, dry_run) {
        Ok((changes, classes)) if changes.is_empty() || dry_run => (Vec::new(), None, Some(classes)),
        Ok((changes, classes)) => {
            let said = tr!("categories-moved", n = changes.len());
            (changes.iter().map(|c| c.id).collect(), Some(said), Some(classes))
        }
        Err(e) => (Vec::new(), Some(tr!("categories-error", error = e.to_string())), None),
    }
}

/// Every row of the list with its search keys, in the language's order of
/// names.
fn rows_in_order(store: &Store) -> anyhow::Result<(Vec<ClientRow>, SearchKeys)> {
    let (rows, keys) = store.rows_with_keys()?;
    in_language_order(rows, keys)
}

/// [`rows_in_order`] read on two connections at once, as one moment of the
/// file ([`Store::read_apart`]): the rows from the name index on this
/// thread, the keys from the table on another (0.21 s one after the other
/// on the 100k file).
fn rows_in_order_apart(reader: &Store) -> Loaded {
    let (rows, keys) = rows_and_keys_apart(reader, || ())?;
    in_language_order(rows, keys)
}

/// The rows and the keys read apart, `before_keys` run on the keys' side
/// first (where a test writes as another program would).
fn rows_and_keys_apart(reader: &Store, before_keys: impl Fn() + Sync) -> Loaded {
    Ok(reader.read_apart(
        |s| s.client_rows(&ClientFilter::default()),
        |s| {
            before_keys();
            s.search_keys()
        },
        |_, rows, keys| Ok((rows, keys)),
    )?)
}

/// `rows` and their `keys`, both in the file's order of folded names, put
/// in the language's: a row and its keys stay at the same place, as an edit
/// replaces both there.
fn in_language_order(rows: Vec<ClientRow>, keys: SearchKeys) -> Loaded {
    let Some(order) = crate::i18n::order_by_name(crate::i18n::current(), &rows, |r| r.name.as_str()) else {
        return Ok((rows, keys));
    };
    Ok((crate::i18n::take_in_order(rows, &order), keys.reordered(&order)))
}

/// A read of the whole list under way on another thread.
pub struct Loading {
    receiver: Receiver<Loaded>,
    /// Clients this session changed while the read was under way: the read
    /// may have missed their change, so they are read again after it.
    touched: Vec<ClientId>,
}

impl App {
    /// Reads the whole list now, on this thread.
    pub(super) fn reload_now(&mut self) -> anyhow::Result<()> {
        let (rows, keys) = rows_in_order(&self.store)?;
        self.classes = read_classes(&self.store, self.today)?;
        self.install(rows, keys)
    }

    /// Moves the categories on from the orders and reads the whole list,
    /// now, on this thread.
    pub(super) fn follow_orders_and_reload_now(&mut self) -> anyhow::Result<()> {
        let (_, said, _) = follow_orders(&mut self.store);
        self.reload_now()?;
        self.status = said.or(self.status.take());
        Ok(())
    }

    /// Reads the whole list again: in the background when the file is on
    /// disk (the list in hand stays until the new one is there), now when
    /// it is in memory. With `follow`, the categories are moved on from the
    /// orders too: in the background after the list, so that filtering does
    /// not wait for them, the clients moved are read again when they come.
    pub(super) fn reload(&mut self, follow: bool) -> anyhow::Result<()> {
        if self.loading.is_some() {
            return Ok(());
        }
        let Some(path) = self.store.path().map(std::path::Path::to_path_buf) else {
            return if follow { self.follow_orders_and_reload_now() } else { self.reload_now() };
        };
        let (clock, user, today) = (self.store.clock(), self.store.user().to_string(), self.today);
        let (sender, receiver) = mpsc::channel();
        let (classes_sender, classes_receiver) = mpsc::channel();
        let lang = crate::i18n::current();
        thread::Builder::new().name("list-reader".into()).spawn(move || {
            let _lang = crate::i18n::scoped(lang);
            let open = || Ok(Store::open(&path, OpenMode::Existing, clock, &user)?);
            let loaded = open().and_then(|reader| Ok((rows_in_order_apart(&reader)?, reader)));
            let mut reader = match loaded {
                // The interface may have quit meanwhile; nobody to tell then.
                Ok(((rows, keys), reader)) => match sender.send(Ok((rows, keys))) {
                    Ok(()) => reader,
                    Err(_) => return,
                },
                Err(e) => {
                    let _ = sender.send(Err(e));
                    return;
                }
            };
            // The order lines read to move the colours on serve again for
            // the classes.
            let (moved, said, classes) = if follow { follow_orders(&mut reader) } else { (Vec::new(), None, None) };
            let classes = match classes {
                Some(classes) => Ok(classes),
                None => read_classes(&reader, today),
            };
            let _ = classes_sender.send(classes.map(|classes| (moved, said, classes)));
        })?;
        self.loading = Some(Loading { receiver, touched: Vec::new() });
        self.classes_loading = Some(classes_receiver);
        Ok(())
    }

    /// Whether everything read in the background at the start is in: the
    /// list with its keys, then the colours and the classes.
    pub fn settled(&self) -> bool {
        self.complete && self.classes_loading.is_none()
    }

    /// Takes in the list read in the background, if it is there. Returns
    /// whether anything changed on screen.
    pub fn poll(&mut self) -> bool {
        let others = self.poll_classes() | self.poll_reports() | self.poll_agenda() | self.poll_backup();
        let Some(loaded) = self.loading.as_ref().and_then(|l| received(&l.receiver, "the list reader")) else {
            return others;
        };
        let touched = self.loading.take().map(|l| l.touched).unwrap_or_default();
        let result = loaded.and_then(|(rows, keys)| {
            self.install(rows, keys)?;
            touched.into_iter().try_for_each(|id| self.refresh_client(id))
        });
        if let Err(e) = result {
            self.status = Some(tr!("list-error", error = e.to_string()));
        }
        true
    }

    /// Takes in the colours moved on and the classes read in the
    /// background, if they are there.
    fn poll_classes(&mut self) -> bool {
        let Some(followed) = self.classes_loading.as_ref().and_then(|r| received(r, "the list reader")) else {
            return false;
        };
        self.classes_loading = None;
        match followed {
            Ok((moved, said, classes)) => {
                if said.is_some() {
                    self.status = said;
                }
                for id in moved {
                    if let Err(e) = self.refresh_client(id) {
                        self.status = Some(tr!("list-error-client", error = e.to_string()));
                    }
                }
                self.classes = classes;
                if self.class_filter.is_some() {
                    self.apply_filter();
                }
            }
            Err(e) => self.status = Some(tr!("classes-error", error = e.to_string())),
        }
        true
    }

    /// Replaces the list, keeping the filter, the sort and the selected client.
    fn install(&mut self, rows: Vec<ClientRow>, keys: SearchKeys) -> anyhow::Result<()> {
        let keep = self.selected_row().map(|r| r.id);
        self.total = rows.len();
        let old = (std::mem::replace(&mut self.rows, rows), std::mem::replace(&mut self.keys, keys));
        // Freeing 100,000 rows and keys takes about 100 ms: not on the thread
        // that draws. (Should the thread not start, they are freed here.)
        let _ = thread::Builder::new().name("list-dropper".into()).spawn(move || drop(old));
        self.complete = true;
        self.index_rows();
        self.apply_filter();
        if let Some(id) = keep {
            self.select_client(id);
        }
        self.load_dossier()
    }

    pub(super) fn index_rows(&mut self) {
        self.index_of = self.rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    }

    /// Reads client `id` again after a change made to it here: in place when
    /// its name (its place in the list) is unchanged, else removed and put
    /// back where its name sorts. The cursor follows the client (on the
    /// board, into its new column); a deleted client leaves it where it was.
    pub(super) fn refresh_client(&mut self, id: ClientId) -> anyhow::Result<()> {
        if let Some(loading) = &mut self.loading {
            loading.touched.push(id);
        }
        let row = self.store.client_row(id)?;
        let key = if row.is_some() && self.complete { self.store.search_key(id)? } else { None };
        let at = self.index_of.get(&id).copied();
        match (at, row) {
            (Some(i), Some(row)) if self.rows[i].name == row.name => {
                self.rows[i] = row;
                if let Some(key) = key {
                    self.keys.set(i, &key);
                }
            }
            (None, None) => {}
            (at, row) => {
                let position = self.selected;
                if let Some(i) = at {
                    self.rows.remove(i);
                    if self.complete {
                        self.keys.remove(i);
                    }
                    self.total = self.total.saturating_sub(1);
                }
                if let Some(row) = row {
                    // Where the list has it: in the language's order of names.
                    let lang = crate::i18n::current();
                    let name = collation_key(lang, &row.name);
                    let i =
                        self.rows.partition_point(|r| (collation_key(lang, &r.name), r.id) < (name.clone(), row.id));
                    self.rows.insert(i, row);
                    if let (true, Some(key)) = (self.complete, key) {
                        self.keys.insert(i, &key);
                    }
                    self.total += 1;
                }
                self.index_rows();
                self.apply_filter();
                self.selected = position.min(self.shown.len().saturating_sub(1));
            }
        }
        self.select_client(id);
        self.load_dossier()
    }

    /// Recomputes `shown` from the filter and the sort order.
    pub(super) fn apply_filter(&mut self) {
        self.query = Query::new(&self.filter);
        self.shown = match &self.query {
            // Until the keys are read, a filter shows nothing rather than
            // a wrong answer from the first page.
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
        if let Some(want) = self.class_filter {
            let (lens, classes, rows) = (self.lens, &self.classes, &self.rows);
            self.shown.retain(|i| lens.of(classes.get(&rows[*i].id)) == Some(want));
        }
        if let Some((_, chosen)) = &self.selection {
            let rows = &self.rows;
            self.shown.retain(|i| chosen.contains(&rows[*i].id));
        }
        self.selected = 0;
        self.list_offset.set(0);
        self.board.selected = [0; super::COLUMNS];
    }

    /// Narrows the list to the saved selection after the one shown (in
    /// name order), or back to every client after the last.
    pub(super) fn cycle_selection(&mut self) -> anyhow::Result<()> {
        let mut saved = self.store.selections()?;
        crate::i18n::reorder_by_name(crate::i18n::current(), &mut saved, |s| s.name.as_str());
        if saved.is_empty() {
            self.status = Some(t("selection-none").into());
            return Ok(());
        }
        let at = self.selection.as_ref().and_then(|(name, _)| saved.iter().position(|s| &s.name == name));
        let next = match at {
            None => saved.first(),
            Some(i) => saved.get(i + 1),
        };
        self.selection = match next {
            Some(s) => {
                let chosen = crate::cli::selections::clients_of(&self.store, &s.name)?;
                Some((s.name.clone(), chosen.into_iter().collect()))
            }
            None => None,
        };
        self.refilter()?;
        let n = self.shown.len();
        self.status = Some(match &self.selection {
            Some((name, _)) => tr!("selection-shown", name = name.as_str(), n = n),
            None => t("selection-every").into(),
        });
        Ok(())
    }

    pub(super) fn refilter(&mut self) -> anyhow::Result<()> {
        self.apply_filter();
        self.load_dossier()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::NewClient;

    #[test]
    fn rows_and_keys_read_apart_across_a_change_are_read_again_together() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let clock = crate::domain::clock::Clock::System;
        let mut writer = Store::open(&path, OpenMode::Create, clock, "test").unwrap();
        for name in ["Muñoz", "Иванов", "Ștefănescu"] {
            writer.add_client(&NewClient { name: name.into(), ..NewClient::default() }).unwrap();
        }
        let reader = Store::open(&path, OpenMode::Existing, clock, "test").unwrap();
        let ids = |(rows, keys): &(Vec<ClientRow>, SearchKeys)| -> (Vec<ClientId>, Vec<ClientId>) {
            (rows.iter().map(|r| r.id).collect(), keys.iter().map(|k| k.id).collect())
        };
        let (rows, keys) = rows_in_order_apart(&reader).unwrap();
        assert_eq!(ids(&(rows.clone(), keys)), (vec![1, 3, 2], vec![1, 3, 2]));
        // Another program adds a client once the rows' read has begun,
        // before the keys are read.
        let writer = std::sync::Mutex::new(Some(writer));
        let both = rows_and_keys_apart(&reader, || {
            if let Some(mut writer) = writer.lock().unwrap().take() {
                writer.add_client(&NewClient { name: "Álvarez".into(), ..NewClient::default() }).unwrap();
            }
        })
        .unwrap();
        assert_eq!(ids(&both), (vec![4, 1, 3, 2], vec![4, 1, 3, 2]));
    }
}
