//! The folded search and sort keys kept beside each client, rebuilt whenever
//! a name, a person or a phone or e-mail of the client changes.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::clients::{name_places, place_of, row_at};
use super::staff::Staff;
use super::{Result, Store};
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, ClientRow};
use crate::domain::search::{Query, ScoreAsRead, SearchKey, SearchKeys, emails_key, names_key, phone_key};

/// The keys in columns `at`, `at + 1` and `at + 2` of `r`: names, e-mails,
/// phones, as the row holds them.
fn keys_in<'r>(r: &'r Row, at: usize) -> rusqlite::Result<(&'r str, &'r str, &'r str)> {
    Ok((r.get_ref(at)?.as_str()?, r.get_ref(at + 1)?.as_str()?, r.get_ref(at + 2)?.as_str()?))
}

/// Adds the keys in columns `at`..`at + 3` of `r` as client `id`'s, copied
/// from the row into the blocks.
pub(super) fn push_read(keys: &mut SearchKeys, r: &Row, id: ClientId, at: usize) -> rusqlite::Result<()> {
    let (names, emails, phones) = keys_in(r, at)?;
    keys.push(id, names, emails, phones);
    Ok(())
}

/// How many keys are read before the room for all is made by their sizes.
const SAMPLE_KEYS: usize = 1_000;

/// Every client's search keys, each at its client's place in `places` (as
/// [`places_by_id`](super::clients::places_by_id) makes them): read in the
/// table's order and put in place after (walking the name index to the rows
/// read them at random: 0.22 s in SQLite alone on the 100k file). A client
/// without a place is left out.
pub(super) fn keys_in_places(conn: &Connection, places: &[usize]) -> Result<SearchKeys> {
    let (read, order) = keys_for_places(conn, places)?;
    Ok(read.reordered(&order))
}

/// [`keys_in_places`] as read, in the table's order, and where the key of
/// each place lies among them: to be put in place (`reordered`) after, on
/// another thread if need be.
pub(super) fn keys_for_places(conn: &Connection, places: &[usize]) -> Result<(SearchKeys, Vec<usize>)> {
    let mut stmt = conn.prepare("SELECT id, search_key, email_key, phone_key FROM clients")?;
    let mut rows = stmt.query([])?;
    let (mut read, mut order) = (SearchKeys::default(), vec![usize::MAX; places.len()]);
    while let Some(r) = rows.next()? {
        let id = r.get(0)?;
        if let Some(slot) = place_of(places, id).and_then(|place| order.get_mut(place)) {
            *slot = read.len();
            push_read(&mut read, r, id, 1)?;
            if read.len() == SAMPLE_KEYS {
                read.reserve_like(places.len());
            }
        }
    }
    // Places no client took are past the end of `read`, and passed over.
    Ok((read, order))
}

/// A client's keys: sort, names, e-mails, phones.
pub(crate) type Keys = (String, String, String, String);

/// Works out the keys of one client from what the file holds now.
pub(crate) fn compute(conn: &Connection, client_id: i64) -> Result<Keys> {
    let (name, legal): (String, Option<String>) = conn
        .prepare_cached("SELECT name, legal_name FROM clients WHERE id = ?1")?
        .query_row([client_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let persons: Vec<String> = conn
        .prepare_cached("SELECT name FROM persons WHERE client_id = ?1 ORDER BY id")?
        .query_map([client_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut emails = Vec::new();
    let mut phones = Vec::new();
    let mut stmt = conn.prepare_cached("SELECT kind, value FROM channels WHERE client_id = ?1 ORDER BY id")?;
    let mut rows = stmt.query([client_id])?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(0)?;
        let value: String = r.get(1)?;
        if kind == "phone" { phones.push(value) } else { emails.push(value) }
    }
    let others = legal.iter().map(String::as_str).chain(persons.iter().map(String::as_str));
    Ok((
        fold(&name),
        names_key(&name, others),
        emails_key(emails.iter().map(String::as_str)),
        phone_key(phones.iter().map(String::as_str)),
    ))
}

/// Recomputes the keys of one client from what the file holds now.
pub(crate) fn refresh(conn: &Connection, client_id: i64) -> Result<()> {
    let (sort, names, emails, phones) = compute(conn, client_id)?;
    conn.prepare_cached(
        "UPDATE clients SET sort_key = ?2, search_key = ?3, email_key = ?4, phone_key = ?5 WHERE id = ?1",
    )?
    .execute(params![client_id, sort, names, emails, phones])?;
    Ok(())
}

impl Store {
    /// One client's search keys.
    pub fn search_key(&self, id: i64) -> Result<Option<SearchKey>> {
        Ok(self
            .conn()
            .prepare_cached("SELECT id, search_key, email_key, phone_key FROM clients WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(SearchKey { id: r.get(0)?, names: r.get(1)?, emails: r.get(2)?, phones: r.get(3)? })
            })
            .optional()?)
    }

    /// Every client's search keys, ordered by name.
    pub fn search_keys(&self) -> Result<SearchKeys> {
        self.read(|s| keys_in_places(s.conn(), &name_places(s.conn())?))
    }

    /// The clients that match `query`, best first, ties in the order of
    /// names, as [`rank`](crate::domain::search::rank) orders them. Each
    /// client that could match ([`Query::may_match`]) is scored as its keys
    /// are read. `list иванов` on the 100k file: making and scoring every
    /// client's keys was 450 ms of its 1 s; picking them in SQL with
    /// `instr` for each letter a third of what was left; keeping the
    /// 27,000 that could match, to score them after, a fifth of the rest. A
    /// large file is read in two halves by id at once ([`Store::in_halves`]).
    pub fn ranked(&self, query: &Query) -> Result<Vec<(ClientId, u32)>> {
        let top = self.top_id()?;
        self.ranked_by(query, top, top >= super::HALVES_FROM, "", |_, id, score| Ok((id, score)))
    }

    /// The list rows of the clients that match `query`, in the order of
    /// [`Store::ranked`]: each match's row made from the columns read with
    /// its keys, instead of from the name index read again for the matches
    /// (a fifth of `list иванов`).
    pub fn ranked_rows(&self, query: &Query) -> Result<Vec<ClientRow>> {
        let top = self.top_id()?;
        self.ranked_rows_by(query, top, top >= super::HALVES_FROM)
    }

    /// `ranked_rows` of clients up to id `top`, read in two `halves` or in one.
    fn ranked_rows_by(&self, query: &Query, top: ClientId, halves: bool) -> Result<Vec<ClientRow>> {
        let staff = Staff::read(self.conn())?;
        let columns = ", name, city, column_name, category, manager_id, next_contact, last_contact, column_since";
        self.ranked_by(query, top, halves, columns, |r, id, _| {
            let manager = staff.name(r.get(9)?).map(|name| name.to_string());
            row_at(r, id, 5, manager)
        })
    }

    /// The clients up to id `top` that match `query`, read in two `halves`
    /// or in one, each kept as `keep` makes it of its row (the keys and
    /// `columns` after them), its id and its score.
    fn ranked_by<T: Send>(
        &self,
        query: &Query,
        top: ClientId,
        halves: bool,
        columns: &str,
        keep: impl Fn(&Row, ClientId, u32) -> rusqlite::Result<T> + Sync,
    ) -> Result<Vec<T>> {
        let matches = |s: &Store, from, to| matches(s.conn(), query, (from, to), columns, &keep);
        let mut hits = if !halves {
            matches(self, 0, top)?
        } else {
            let (mut hits, more) = self.in_halves(|s, half| match half {
                0 => matches(s, 0, top / 2),
                _ => matches(s, top / 2 + 1, top),
            })?;
            hits.extend(more);
            hits
        };
        // The few found sorted here by name (SQLite's sorter carried their
        // whole keys and wrote them to a temporary file: a fifth of `list
        // иванов`).
        hits.sort_unstable_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
        Ok(hits.into_iter().map(|hit| hit.kept).collect())
    }
}

/// A client that matches a query, with what is kept of it.
struct Hit<T> {
    score: u32,
    /// Its sort key.
    name: String,
    id: ClientId,
    kept: T,
}

/// Each client from id `from` to `to` that matches `query`, kept as `keep`
/// makes it of its row: its keys, then `columns`. In the table's order
/// (through the name index the rows were read at random).
fn matches<T>(
    conn: &Connection,
    query: &Query,
    (from, to): (ClientId, ClientId),
    columns: &str,
    keep: &impl Fn(&Row, ClientId, u32) -> rusqlite::Result<T>,
) -> Result<Vec<Hit<T>>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, search_key, email_key, phone_key, sort_key{columns} FROM clients WHERE id BETWEEN ?1 AND ?2"
    ))?;
    let mut rows = stmt.query([from, to])?;
    let (mut scoring, mut hits) = (ScoreAsRead::default(), Vec::new());
    while let Some(r) = rows.next()? {
        let bytes = |at| r.get_ref(at).and_then(|v| Ok(v.as_bytes()?));
        if query.may_match(bytes(1)?, bytes(2)?, bytes(3)?) {
            let (names, emails, phones) = keys_in(r, 1)?;
            let id: ClientId = r.get(0)?;
            if let Some(score) = scoring.score(query, id, names, emails, phones) {
                hits.push(Hit { score, name: r.get(4)?, id, kept: keep(r, id, score)? });
            }
        }
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::rank;

    #[test]
    fn the_clients_ranked_in_two_halves_are_those_ranked_in_one() {
        let dir = tempfile::tempdir().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let clock = crate::domain::clock::Clock::Fixed(today.and_hms_opt(10, 0, 0).unwrap());
        let mut store = Store::open(&dir.path().join("k.db"), crate::store::OpenMode::Create, clock, "t").unwrap();
        crate::demo::generate(&mut store, 300, 4, today).unwrap();
        for text in ["s", "ste", "иванов", "office@", "0722"] {
            let query = Query::new(text).unwrap();
            let ranked = |halves| store.ranked_by(&query, 300, halves, "", |_, id, score| Ok((id, score))).unwrap();
            let (one, two) = (ranked(false), ranked(true));
            assert_eq!(two, one, "{text:?}");
            let rows = |halves| store.ranked_rows_by(&query, 300, halves).unwrap();
            assert_eq!(rows(true), rows(false), "{text:?}");
            assert!(!one.is_empty() || text == "0722", "{text:?}");
        }
    }

    #[test]
    fn the_clients_scored_as_read_rank_as_every_key_does() {
        let (store, _) = crate::store::demo_in_memory(400, 3);
        let all = store.search_keys().unwrap();
        let channel = |kind: &str| -> String {
            let sql = "SELECT value FROM channels WHERE kind = ?1 ORDER BY id DESC LIMIT 1";
            store.conn.query_row(sql, [kind], |r| r.get(0)).unwrap()
        };
        let (email, phone) = (channel("email"), channel("phone"));
        let queries: Vec<String> = vec![
            "s".to_string(),
            "ste".into(),
            "ștefănescu".into(),
            "и".into(),
            "иванов".into(),
            "ана поп".into(),
            "mu ñoz".into(),
            "office@".into(),
            email[2..9].to_string(),
            phone.chars().take(7).collect(),
            "zzzq".into(),
        ];
        for text in queries {
            let query = Query::new(&text).unwrap();
            let want = rank(&all, &query);
            assert_eq!(store.ranked(&query).unwrap(), want, "{text:?}");
            let rows: Vec<ClientRow> = want.iter().map(|(id, _)| store.client_row(*id).unwrap().unwrap()).collect();
            assert_eq!(store.ranked_rows(&query).unwrap(), rows, "{text:?}");
            assert!(!want.is_empty() || text == "zzzq", "{text:?}");
        }
    }
}
