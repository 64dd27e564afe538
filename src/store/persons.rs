//! The persons of a client: who the file follows at a company.

use rusqlite::{Connection, params};

use super::{Result, Store, channels, clients, search_keys};
use crate::domain::dates::Birthday;
use crate::domain::fold::fold;
use crate::domain::model::{ClientId, NewPerson, Person};
use crate::domain::{ChannelKind, ValidationError, required};

pub(crate) fn insert(
    conn: &Connection,
    now: chrono::NaiveDateTime,
    client_id: ClientId,
    new: &NewPerson,
) -> Result<i64> {
    let name = required("name", &new.name)?;
    conn.prepare_cached(
        "INSERT INTO persons (client_id, name, position, birthday, decision_maker, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        client_id,
        name,
        super::blank_to_none(new.position.clone()),
        new.birthday.map(Birthday::to_stored),
        new.decision_maker,
        now
    ])?;
    let id = conn.last_insert_rowid();
    channels::add_all(conn, client_id, Some(id), ChannelKind::Phone, &new.phones)?;
    channels::add_all(conn, client_id, Some(id), ChannelKind::Email, &new.emails)?;
    Ok(id)
}

/// A person's columns, for `person`; a `WHERE` follows.
pub(crate) const PERSON_SELECT: &str = "SELECT id, name, position, birthday, decision_maker, client_id FROM persons";

/// One row of `PERSON_SELECT` as a person without phones and e-mails.
pub(crate) fn person(r: &rusqlite::Row) -> rusqlite::Result<Person> {
    let birthday: Option<String> = r.get(3)?;
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        position: r.get(2)?,
        phones: Vec::new(),
        emails: Vec::new(),
        birthday: birthday.and_then(|b| Birthday::parse("birthday", &b).ok()),
        decision_maker: r.get(4)?,
    })
}

pub(crate) fn of_client(conn: &Connection, client_id: ClientId) -> Result<Vec<Person>> {
    let mut stmt =
        conn.prepare_cached(&format!("{PERSON_SELECT} WHERE client_id = ?1 ORDER BY decision_maker DESC, id"))?;
    let rows = stmt.query_map([client_id], person)?;
    let mut persons: Vec<Person> = rows.collect::<rusqlite::Result<_>>()?;
    for p in &mut persons {
        p.phones = channels::values(conn, client_id, Some(p.id), ChannelKind::Phone)?;
        p.emails = channels::values(conn, client_id, Some(p.id), ChannelKind::Email)?;
    }
    Ok(persons)
}

/// The person of `client_id` whose name matches `name` (folded; a unique
/// prefix of a word is enough), or an error listing the persons.
pub(crate) fn resolve(conn: &Connection, client_id: ClientId, name: &str) -> Result<i64> {
    let persons: Vec<(i64, String)> = conn
        .prepare_cached("SELECT id, name FROM persons WHERE client_id = ?1 ORDER BY id")?
        .query_map([client_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(pick(&persons, name)?)
}

/// The one of `persons` (id and name, in id order) that `name` names; see `resolve`.
pub(crate) fn pick(persons: &[(i64, String)], name: &str) -> Result<i64, ValidationError> {
    let wanted = fold(name.trim());
    let exact: Vec<&(i64, String)> = persons.iter().filter(|(_, n)| fold(n) == wanted).collect();
    let matched: Vec<&(i64, String)> = if exact.is_empty() {
        persons
            .iter()
            .filter(|(_, n)| fold(n).split_whitespace().any(|w| !wanted.is_empty() && w.starts_with(&wanted)))
            .collect()
    } else {
        exact
    };
    match matched.as_slice() {
        [(id, _)] => Ok(*id),
        [] => {
            let known: Vec<&str> = persons.iter().map(|(_, n)| n.as_str()).collect();
            let reason = if known.is_empty() {
                crate::i18n::t("err-client-has-no-persons").to_string()
            } else {
                crate::tr!("err-no-such-person", known = known.join(", "))
            };
            Err(ValidationError::new("person", name, reason))
        }
        many => {
            let names: Vec<&str> = many.iter().map(|(_, n)| n.as_str()).collect();
            Err(ValidationError::new("person", name, crate::tr!("err-several-persons", names = names.join(", "))))
        }
    }
}

impl Store {
    /// Adds a person to a client; returns the person's id.
    pub fn add_person(&mut self, client_id: ClientId, new: &NewPerson) -> Result<i64> {
        self.write_client("new person", |tx, ctx| {
            let id = insert(tx, ctx.now, client_id, new)?;
            search_keys::refresh(tx, client_id)?;
            clients::touch(tx, ctx, client_id)?;
            Ok((client_id, id))
        })
    }
}
