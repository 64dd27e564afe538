//! The clients an import adds. They wait here while the rows are read, so
//! that a later row of the same client (the same tax id, phone, e-mail or
//! name) fills it in memory, and are written after the last row all at
//! once: a few hundred rows to a statement through [`Bulk`], recorded in
//! the journal table by table rather than by a trigger a row.

use std::borrow::Cow;

use rusqlite::Transaction;

use super::bulk::{Bulk, Load, build_indexes, drop_indexes};
use super::{FastMap, Result, WriteCtx, journal};
use crate::domain::ChannelKind;
use crate::domain::channels::match_key;
use crate::domain::duplicates::Place;
use crate::domain::filling::{fill_in, fill_in_person, same_person};
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewClient, NewPerson};
use crate::import::records::ClientRecord;

/// Clients of the file per row of an import, at most, for the file's
/// clients to be read at once rather than asked for row by row.
const FILE_PER_ROW: usize = 4;

/// The tables the clients an import adds are written to.
const WRITTEN: &[&str] = &["clients", "client_tags", "persons", "channels", "moves", "sales_packed"];

/// Clients written between two reports of progress.
const PROGRESS_EVERY: usize = 500;

/// A client the import adds, with its persons: the row that added it, until
/// a later row fills it in.
struct Added<'r> {
    client: Cow<'r, NewClient>,
    persons: Vec<Cow<'r, NewPerson>>,
}

/// A client an import finds: one of the file, or one it adds (by its place
/// among those). A client of the file comes first, as the lower id does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Found {
    File(ClientId),
    Fresh(usize),
}

/// The clients an import adds, in the order of their first row, and what
/// finds them — and, when the import is large beside the file, the file's
/// clients too, read once instead of asked for row by row.
#[derive(Default)]
pub(super) struct Fresh<'r> {
    added: Vec<Added<'r>>,
    /// How many clients the file had before the import.
    before: i64,
    /// Whether the file's clients are here.
    file: bool,
    /// The city and tax id of the file's clients, as they are now.
    places: FastMap<ClientId, (Option<String>, Option<String>)>,
    tax_ids: FastMap<String, Vec<Found>>,
    channels: FastMap<(ChannelKind, String), Found>,
    names: FastMap<String, Vec<Found>>,
}

impl<'r> Fresh<'r> {
    /// Ready for an import of `rows` rows into the file of `tx`: with the
    /// file's clients when it has fewer than `FILE_PER_ROW` a row (reading
    /// them all beats asking three questions a row), else without.
    pub(super) fn new(tx: &Transaction, rows: usize) -> Result<Fresh<'r>> {
        let most = i64::try_from(rows.saturating_mul(FILE_PER_ROW)).unwrap_or(i64::MAX);
        Fresh::reading(tx, |have| have <= most)
    }

    /// Ready for an import, with the file's clients when `file` says so of
    /// their number.
    pub(super) fn reading(tx: &Transaction, file: impl FnOnce(i64) -> bool) -> Result<Fresh<'r>> {
        let have: i64 = tx.query_row("SELECT count(*) FROM clients", [], |r| r.get(0))?;
        let mut fresh = Fresh { before: have, ..Fresh::default() };
        if file(have) {
            fresh.read_file(tx)?;
        }
        Ok(fresh)
    }

    fn read_file(&mut self, tx: &Transaction) -> Result<()> {
        let mut stmt = tx.prepare("SELECT id, sort_key, city, tax_id FROM clients ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (id, name, city, tax_id): (ClientId, String, Option<String>, Option<String>) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let who = Found::File(id);
            self.names.entry(name).or_default().push(who);
            if let Some(tax_id) = &tax_id {
                self.tax_ids.entry(tax_id.clone()).or_default().push(who);
            }
            self.places.insert(id, (city, tax_id));
        }
        let mut stmt = tx.prepare("SELECT client_id, kind, match_key FROM channels WHERE match_key <> ''")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (id, kind, key): (ClientId, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let Ok(kind) = kind.parse::<ChannelKind>() else { continue };
            self.know_channel(kind, key, Found::File(id));
        }
        self.file = true;
        Ok(())
    }

    /// Whether the file's clients are found here, not in the file.
    pub(super) fn has_file(&self) -> bool {
        self.file
    }

    /// Adds the client of `row`.
    pub(super) fn add(&mut self, row: Row<'r>) {
        let slot = self.added.len();
        let who = Found::Fresh(slot);
        if let Some(tax_id) = stored_tax_id(row.client) {
            self.tax_ids.entry(tax_id.to_string()).or_default().push(who);
        }
        let keys = row.emails.into_iter().map(|k| (ChannelKind::Email, k));
        for (kind, key) in keys.chain(row.phones.into_iter().map(|k| (ChannelKind::Phone, k))) {
            self.know_channel(kind, key, who);
        }
        self.names.entry(row.name).or_default().push(who);
        self.added.push(Added {
            client: Cow::Borrowed(row.client),
            persons: row.person.into_iter().map(Cow::Borrowed).collect(),
        });
    }

    /// Fills in client `slot` from `record`, as a client of the file is;
    /// whether it changed.
    pub(super) fn fill_in(&mut self, slot: usize, record: &'r ClientRecord) -> bool {
        let added = &mut self.added[slot];
        let mut changed = fill_in(added.client.to_mut(), &record.client);
        if let Some(person) = &record.person {
            changed |= match same_person(&mut added.persons, person, |p| p.name.as_str()) {
                Some(have) => fill_in_person(have.to_mut(), person),
                None => {
                    added.persons.push(Cow::Borrowed(person));
                    true
                }
            };
        }
        if changed {
            let client = std::mem::take(&mut self.added[slot].client);
            let persons = std::mem::take(&mut self.added[slot].persons);
            self.know(Found::Fresh(slot), &client, persons.iter().map(|p| p.as_ref()));
            self.added[slot] = Added { client, persons };
        }
        changed
    }

    /// Client `id` of the file as `record` filled it in: what finds it now.
    pub(super) fn filled_in_file(&mut self, id: ClientId, client: &NewClient, person: Option<&NewPerson>) {
        if self.file {
            let stored = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(String::from);
            self.places.insert(id, (stored(&client.city), stored(&client.tax_id)));
            self.know(Found::File(id), client, person.into_iter());
        }
    }

    /// Makes `who` found by its tax id, phones and e-mails (the first
    /// client keeps a phone both have).
    fn know<'p>(&mut self, who: Found, client: &NewClient, persons: impl Iterator<Item = &'p NewPerson> + Clone) {
        if let Some(tax_id) = stored_tax_id(client) {
            let found = self.tax_ids.entry(tax_id.to_string()).or_default();
            if !found.contains(&who) {
                found.push(who);
            }
        }
        let phones = client.phones.iter().chain(persons.clone().flat_map(|p| &p.phones));
        let emails = client.emails.iter().chain(persons.flat_map(|p| &p.emails));
        let channels = phones.map(|v| (ChannelKind::Phone, v)).chain(emails.map(|v| (ChannelKind::Email, v)));
        for (kind, value) in channels {
            self.know_channel(kind, match_key(kind, value), who);
        }
    }

    fn know_channel(&mut self, kind: ChannelKind, key: String, who: Found) {
        if !key.is_empty() {
            let first = self.channels.entry((kind, key)).or_insert(who);
            *first = (*first).min(who);
        }
    }

    /// The city and tax id of `who` as they are now.
    fn place(&self, who: Found) -> Place {
        match who {
            Found::File(id) => {
                let (city, tax_id) = self.places.get(&id).cloned().unwrap_or_default();
                Place::new(city.as_deref(), tax_id.as_deref())
            }
            Found::Fresh(slot) => {
                let c = &self.added[slot].client;
                Place::new(c.city.as_deref(), c.tax_id.as_deref())
            }
        }
    }

    /// The first client with tax id `tax_id` (trimmed) now.
    pub(super) fn by_tax_id(&self, tax_id: &str) -> Option<Found> {
        let now = |who: &Found| match *who {
            Found::File(id) => self.places.get(&id).and_then(|(_, t)| t.as_deref()) == Some(tax_id),
            Found::Fresh(slot) => stored_tax_id(&self.added[slot].client) == Some(tax_id),
        };
        self.tax_ids.get(tax_id)?.iter().copied().filter(now).min()
    }

    /// The first client with a phone or e-mail (of `kind`) whose match key
    /// is one of `keys`.
    pub(super) fn by_channel(&self, kind: ChannelKind, keys: &[String]) -> Option<Found> {
        // Allocated once: the map's key is a pair that owns its text.
        let mut key = (kind, String::new());
        let mut found: Option<Found> = None;
        for k in keys {
            k.clone_into(&mut key.1);
            if let Some(who) = self.channels.get(&key) {
                found = Some(found.map_or(*who, |f| f.min(*who)));
            }
        }
        found
    }

    /// The first client of the name of `row` whose city and tax id agree.
    pub(super) fn by_name(&self, row: &Row) -> Option<Found> {
        // In the order of the ids: the file's clients were read, and the
        // import's added, one after another.
        let found = self.names.get(&row.name)?;
        let place = row.place();
        found.iter().copied().find(|who| self.place(*who).agrees(&place))
    }

    /// Writes every client added, in the step `step` of the journal (none
    /// when 0): the rows the row-by-row path writes, each recorded as its
    /// triggers record an added row. The triggers are off meanwhile (a
    /// fifth of the writing went to asking them whether to record), and
    /// when the import adds as many clients as the file has, so are the
    /// indexes that do not grow at their end (built again after).
    /// `progress` hears how many are written, of how many.
    pub(super) fn write(
        &self,
        tx: &Transaction,
        ctx: &WriteCtx,
        step: i64,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<()> {
        if self.added.is_empty() {
            return Ok(());
        }
        let recorded = step != 0;
        if recorded {
            journal::uninstall(tx)?;
        }
        // The rows are made of checked values — a name by `required`,
        // phones and e-mails by `channels::checked`, kinds, colours and
        // columns by their enums — so SQLite's own checks of them are
        // skipped (0.3 s of an import of 100,000); `kartoteka check` runs
        // them over the whole file.
        tx.pragma_update(None, "ignore_check_constraints", true)?;
        let first = self.write_rows(tx, ctx, progress);
        tx.pragma_update(None, "ignore_check_constraints", false)?;
        if recorded {
            // Back before anything else can fail.
            journal::install(tx)?;
            journal::record_added(tx, step, first?)?;
        } else {
            first?;
        }
        progress(self.added.len(), self.added.len());
        Ok(())
    }

    /// Writes the rows of every client added; the id of the first.
    fn write_rows(&self, tx: &Transaction, ctx: &WriteCtx, progress: &mut dyn FnMut(usize, usize)) -> Result<ClientId> {
        let many = i64::try_from(self.added.len()).unwrap_or(i64::MAX) >= self.before;
        let indexes = if many { drop_indexes(tx, Some(WRITTEN))? } else { Vec::new() };
        let mut bulk = Bulk::new(tx)?;
        let first = bulk.next_client();
        let of = self.added.len();
        for (done, added) in self.added.iter().enumerate() {
            let id = bulk.add_client(ctx.now, &ctx.user, &added.client)?;
            for person in &added.persons {
                bulk.add_person(ctx.now, id, person)?;
            }
            if done % PROGRESS_EVERY == 0 {
                progress(done, of);
            }
        }
        bulk.finish()?;
        build_indexes(tx, &indexes)?;
        Ok(first)
    }
}

/// A row of an import as it is matched: its client and person, with the
/// client's folded name and the match keys of every phone and e-mail of
/// both, worked out once.
pub(super) struct Row<'r> {
    pub(super) client: &'r NewClient,
    person: Option<&'r NewPerson>,
    pub(super) name: String,
    pub(super) emails: Vec<String>,
    pub(super) phones: Vec<String>,
}

impl<'r> Row<'r> {
    pub(super) fn new(client: &'r NewClient, person: Option<&'r NewPerson>) -> Row<'r> {
        let keys = |kind: ChannelKind, own: &[String], of_person: Option<&[String]>| -> Vec<String> {
            own.iter().chain(of_person.into_iter().flatten()).map(|v| match_key(kind, v)).collect()
        };
        Row {
            client,
            person,
            name: fold(client.name.trim()),
            emails: keys(ChannelKind::Email, &client.emails, person.map(|p| p.emails.as_slice())),
            phones: keys(ChannelKind::Phone, &client.phones, person.map(|p| p.phones.as_slice())),
        }
    }

    /// Where its client is: city and tax id.
    pub(super) fn place(&self) -> Place {
        Place::new(self.client.city.as_deref(), self.client.tax_id.as_deref())
    }
}

/// The tax id as the file keeps it: trimmed, none when blank.
fn stored_tax_id(client: &NewClient) -> Option<&str> {
    client.tax_id.as_deref().map(str::trim).filter(|t| !t.is_empty())
}
