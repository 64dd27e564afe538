//! The folded search and sort keys kept beside each client, rebuilt whenever
//! a name, a person or a phone or e-mail of the client changes.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};

use super::clients::{name_places, place_of};
use super::{Result, Store};
use crate::domain::fold::fold;
use crate::domain::model::ClientId;
use crate::domain::search::{Query, SearchKey, emails_key, names_key, phone_key};

/// A client's search keys as read from the file, before they are put in
/// the matcher's form.
pub(super) struct KeysRead {
    id: ClientId,
    names: String,
    emails: String,
    phones: String,
}

impl KeysRead {
    /// Columns `at`, `at + 1` and `at + 2` of `r`: the keys of names,
    /// e-mails and phones of client `id`.
    pub(super) fn read(r: &Row, id: ClientId, at: usize) -> rusqlite::Result<KeysRead> {
        Ok(KeysRead { id, names: r.get(at)?, emails: r.get(at + 1)?, phones: r.get(at + 2)? })
    }
}

/// The search keys of `read`, made in its order: the order the filter
/// walks them, so that their names, e-mails and phones lie in memory in
/// that order too. Made as each row was read and put in the order of names
/// after, they lay scattered, and a keystroke over 100,000 keys took up to
/// twice as long ('ste' on two cores: 8 → 18 ms). What was read stays until
/// all are made, so that the new keys do not fill the holes it would leave:
/// that raises the interface's peak while it reads the list from 127 to
/// 148 MB (budget 150), and freed as the keys were made, 'ste' on one core
/// took 18 ms again (budget 16).
pub(super) fn in_order<'a>(read: impl Iterator<Item = &'a KeysRead>) -> Vec<SearchKey> {
    read.map(|k| SearchKey::new(k.id, &k.names, k.emails.clone(), k.phones.clone())).collect()
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
                let names: String = r.get(1)?;
                Ok(SearchKey::new(r.get(0)?, &names, r.get(2)?, r.get(3)?))
            })
            .optional()?)
    }

    /// Every client's search keys, ordered by name: read in the table's
    /// order and put in the order of names after (walking the name index
    /// to the rows read them at random: 0.22 s in SQLite alone on the 100k
    /// file).
    pub fn search_keys(&self) -> Result<Vec<SearchKey>> {
        self.read(|s| {
            let places = name_places(s.conn())?;
            let mut stmt = s.conn().prepare("SELECT id, search_key, email_key, phone_key FROM clients")?;
            let rows = stmt.query_map([], |r| KeysRead::read(r, r.get(0)?, 1))?;
            let mut read = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            read.sort_unstable_by_key(|k| place_of(&places, k.id));
            Ok(in_order(read.iter()))
        })
    }

    /// The search keys, ordered by name, of the clients that could match
    /// `query`: SQLite picks them by what the query needs before any is
    /// read (`list иванов` read and scored every client's keys: 450 ms of
    /// its 1 s on the 100k file).
    pub fn search_keys_for(&self, query: &Query) -> Result<Vec<SearchKey>> {
        let Some(needs) = query.needs() else { return self.search_keys() };
        let mut args: Vec<Value> = needs.letters.iter().map(|c| Value::Text(c.to_string())).collect();
        let mut condition = vec!["instr(search_key, ?) > 0"; args.len()].join(" AND ");
        if let Some(email) = needs.email {
            condition = format!("({condition}) OR instr(email_key, ?) > 0");
            args.push(Value::Text(email));
        }
        // Every row is looked at, in the table's order (through the name
        // index the rows were read at random), and the few picked sorted
        // here by name (SQLite's sorter carried their whole keys and wrote
        // them to a temporary file: a fifth of `list иванов`).
        let mut stmt = self.conn().prepare(&format!(
            "SELECT id, search_key, email_key, phone_key, sort_key FROM clients NOT INDEXED WHERE {condition}"
        ))?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            let names = r.get_ref(1)?.as_str()?;
            Ok((r.get::<_, String>(4)?, SearchKey::new(r.get(0)?, names, r.get(2)?, r.get(3)?)))
        })?;
        let mut keyed = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        keyed.sort_unstable_by(|(a, x), (b, y)| a.cmp(b).then(x.id.cmp(&y.id)));
        Ok(keyed.into_iter().map(|(_, key)| key).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::rank;

    #[test]
    fn the_candidates_picked_by_sqlite_rank_as_every_key_does() {
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
            let picked = store.search_keys_for(&query).unwrap();
            let want = rank(&all, &query);
            assert_eq!(rank(&picked, &query), want, "{text:?}");
            assert!(want.is_empty() || picked.len() <= all.len(), "{text:?}");
        }
    }
}
