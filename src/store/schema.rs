//! Schema versions of the client file, applied in order by
//! rusqlite_migration and recorded in `user_version`.

use rusqlite::{Transaction, params};
use rusqlite_migration::{HookResult, M, Migrations};

use crate::domain::ChannelKind;
use crate::domain::channels::match_key;

/// `PRAGMA application_id` of every Kartoteka file: "KRTK".
pub const APPLICATION_ID: i32 = 0x4B52_544B;

/// Version 1: clients, persons, channels, events, staff, contacts, the
/// Shiffman position and its moves, products, orders and recorded changes.
const V1: &str = r#"
CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    key TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'person')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    legal_name TEXT,
    city TEXT,
    address TEXT,
    industry TEXT,
    size TEXT,
    tax_id TEXT,
    bank TEXT,
    bank_account TEXT,
    website TEXT,
    source TEXT,
    manager_id INTEGER REFERENCES staff(id),
    category TEXT NOT NULL DEFAULT 'white' CHECK (category IN
        ('white', 'grey', 'green', 'yellow', 'green_gold', 'gold', 'platinum',
         'red_green', 'red_gold', 'red_platinum')),
    notes TEXT,
    column_name TEXT NOT NULL DEFAULT 'prospects' CHECK (column_name IN
        ('prospects', 'interested', 'follow_up_1', 'follow_up_2', 'follow_up_3', 'result')),
    column_since TEXT NOT NULL,
    result TEXT CHECK (result IN ('contract', 'purchase', 'later', 'lost')),
    result_reason TEXT,
    next_contact TEXT,
    last_contact TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((column_name = 'result') = (result IS NOT NULL))
);
CREATE INDEX clients_sort ON clients (sort_key, id);
CREATE INDEX clients_manager ON clients (manager_id);
CREATE INDEX clients_next_contact ON clients (next_contact);

CREATE TABLE client_tags (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (client_id, tag)
) WITHOUT ROWID;

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position TEXT,
    birthday TEXT,
    decision_maker INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX persons_client ON persons (client_id);

-- Phones and e-mails of a client (person_id NULL) or of one of its persons.
CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
    value TEXT NOT NULL CHECK (length(trim(value)) > 0),
    label TEXT
);
CREATE INDEX channels_client ON channels (client_id, person_id);

-- Special events and important dates of the client and its people.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    yearly INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX events_client ON events (client_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('call_in', 'call_out', 'meeting', 'letter', 'email', 'visit')),
    person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    staff_id INTEGER REFERENCES staff(id),
    summary TEXT NOT NULL,
    outcome TEXT,
    next_contact TEXT,
    source TEXT
);
CREATE INDEX contacts_client ON contacts (client_id, at);
CREATE INDEX contacts_at ON contacts (at);

-- Every change of Shiffman column, the first placement included.
CREATE TABLE moves (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    from_column TEXT,
    to_column TEXT NOT NULL,
    result TEXT CHECK (result IN ('contract', 'purchase', 'later', 'lost')),
    reason TEXT,
    staff_id INTEGER REFERENCES staff(id)
);
CREATE INDEX moves_client ON moves (client_id, at);
CREATE INDEX moves_at ON moves (at);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    key TEXT NOT NULL UNIQUE,
    line TEXT
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    product_id INTEGER REFERENCES products(id),
    quantity REAL NOT NULL DEFAULT 1,
    amount INTEGER NOT NULL,
    paid INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX orders_client ON orders (client_id, date);
CREATE INDEX orders_date ON orders (date);

-- Changes recorded in a client's history that are not moves or contacts:
-- handovers, category changes, edits.
CREATE TABLE changes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    what TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX changes_client ON changes (client_id, at);
"#;

/// Version 2: documents exchanged with a client (contracts, acts, invoices,
/// waybills), optionally with the file itself.
const V2: &str = r#"
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind TEXT NOT NULL DEFAULT 'other'
        CHECK (kind IN ('contract', 'act', 'invoice', 'waybill', 'offer', 'other')),
    date TEXT,
    file_name TEXT,
    content BLOB,
    created_at TEXT NOT NULL
);
CREATE INDEX documents_client ON documents (client_id);
"#;

/// Version 3: a match key on phones and e-mails (the last digits of a phone,
/// the lower-cased address), so that a client being added is checked against
/// the file for the same number or address through an index; and a version
/// of each client, raised by every change of its row, so that an edit made
/// on a card read before someone else's change is detected.
const V3: &str = r#"
ALTER TABLE clients ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER clients_version AFTER UPDATE ON clients WHEN NEW.version = OLD.version
BEGIN
    UPDATE clients SET version = OLD.version + 1 WHERE id = NEW.id;
END;
ALTER TABLE channels ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
CREATE INDEX channels_match ON channels (kind, match_key);
"#;

/// Version 4: the order lines the reports read (date, client, amount) in
/// one covering index, so that a report over a million lines reads the index
/// alone instead of every order's page.
const V4: &str = "CREATE INDEX orders_sales ON orders (date, client_id, amount);";

/// Version 5: the reports also read each line's product (the KPI's new
/// product lines, the segment × product matrix) and whether it is paid (the
/// colour categories that follow from orders), and they gather lines by
/// client: the covering index grows by those two columns and leads with the
/// client, so that a million lines arrive client by client (in date order,
/// each line went to another client's list: cache misses took half the read).
const V5: &str = "DROP INDEX orders_sales;
CREATE INDEX orders_sales ON orders (client_id, date, amount, product_id, paid);";

/// Version 6: each client's order lines packed into one value, the form the
/// reports read (see `packed`); triggers drop a client's value with any
/// change of its lines, so that a value is never older than the lines. And
/// the incoming calls in an index of their own, with the source the caller
/// named: the calls of a month no longer visit every contact's row. And the
/// tax id an import matches clients by.
const V6: &str = "CREATE INDEX clients_tax_id ON clients (tax_id) WHERE tax_id IS NOT NULL;
CREATE INDEX contacts_calls_in ON contacts (at, source, client_id, kind) WHERE kind = 'call_in';
CREATE TABLE sales_packed (
    client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    lines BLOB NOT NULL
);
CREATE TRIGGER orders_unpack_insert AFTER INSERT ON orders
BEGIN
    DELETE FROM sales_packed WHERE client_id = NEW.client_id;
END;
CREATE TRIGGER orders_unpack_update AFTER UPDATE ON orders
BEGIN
    DELETE FROM sales_packed WHERE client_id IN (OLD.client_id, NEW.client_id);
END;
CREATE TRIGGER orders_unpack_delete AFTER DELETE ON orders
BEGIN
    DELETE FROM sales_packed WHERE client_id = OLD.client_id;
END;";

/// Version 7: the day's work (issue 6). Complaints go through four dated
/// steps (registered, cause found, resolved, process fixed); satisfaction
/// answers are kept per question on a 1–5 scale, linked to the complaint a
/// low answer opened; selections are named, saved filters; a greeting
/// marks an occasion (a birthday, an important date, a holiday) of one
/// year as greeted, with the contact entry that records it. The agenda
/// finds the birthdays and yearly dates of a week by month and day, through
/// an index of each (a scan of 300,000 persons took 0.16 s).
const V7: &str = "CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    raised_by TEXT,
    registered_at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    cause_at TEXT,
    cause TEXT,
    resolved_at TEXT,
    resolution TEXT,
    fixed_at TEXT,
    fix TEXT,
    CHECK ((resolved_at IS NULL OR cause_at IS NOT NULL) AND (fixed_at IS NULL OR resolved_at IS NOT NULL))
);
CREATE INDEX complaints_client ON complaints (client_id);
CREATE INDEX complaints_open ON complaints (client_id) WHERE fixed_at IS NULL;
CREATE TABLE satisfaction (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    question TEXT NOT NULL CHECK (length(trim(question)) > 0),
    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    staff_id INTEGER REFERENCES staff(id),
    complaint_id INTEGER REFERENCES complaints(id) ON DELETE SET NULL
);
CREATE INDEX satisfaction_client ON satisfaction (client_id, at);
CREATE TABLE selections (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    key TEXT NOT NULL UNIQUE,
    filters TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE greetings (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    occasion TEXT NOT NULL,
    on_date TEXT NOT NULL,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
    UNIQUE (client_id, occasion, on_date)
);
CREATE INDEX persons_birthday_day ON persons (substr(birthday, -5)) WHERE birthday IS NOT NULL;
CREATE INDEX events_day ON events (substr(date, -5));";

/// Version 8: the journal. Each write is a step (when, who, what, the
/// client it was made to, the step that undid it or that it undoes); the
/// rows a step changed are kept as JSON images before and after, written by
/// the connection's own triggers (see `journal`). A step's client is not a
/// key: a step that deleted a client names it still.
const V8: &str = "CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    what TEXT NOT NULL,
    client_id INTEGER,
    undoes INTEGER REFERENCES steps(id),
    undone_by INTEGER REFERENCES steps(id)
);
CREATE INDEX steps_client ON steps (client_id) WHERE client_id IS NOT NULL;
CREATE TABLE step_rows (
    seq INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
    tbl TEXT NOT NULL,
    client_id INTEGER,
    old TEXT,
    new TEXT
);
CREATE INDEX step_rows_step ON step_rows (step_id);
CREATE INDEX step_rows_client ON step_rows (client_id, step_id) WHERE client_id IS NOT NULL;";

/// Version 9: an index under every key that points at a person, a contact
/// or a complaint. Deleting a person made SQLite scan all of channels,
/// events and contacts for rows pointing at it: undoing an import of 10,000
/// clients took 9 s and of 100,000 more than five minutes.
const V9: &str = "CREATE INDEX channels_person ON channels (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX events_person ON events (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX contacts_person ON contacts (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX greetings_contact ON greetings (contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX satisfaction_complaint ON satisfaction (complaint_id) WHERE complaint_id IS NOT NULL;";

/// Version 10: the name index carries the columns of the list and of the
/// agenda's pick of clients due, so that both read it instead of the table:
/// 15 MB of a 100,000-client file instead of 60 MB (the search keys,
/// addresses and notes beside the names), and the whole list in order
/// without a sort. `list` of every client: 0.20 s → 0.13 s; the agenda's
/// pick of clients in SQLite: 58 → 35 ms.
const V10: &str = "DROP INDEX clients_sort;
CREATE INDEX clients_sort ON clients (sort_key, id, name, city, column_name, category, manager_id,
    next_contact, last_contact, column_since, created_at);";

/// Version 11: the index of birthdays carries each person's client, name
/// and birthday, so that the birthdays of the agenda's and the greetings'
/// days are read from it alone, without a seek into `persons` for each:
/// everyone's week on the 100k demo (4,306 birthdays) 11–19 → 1 ms in
/// `sqlite3`. The index is 9 MB of a 630 MB file.
const V11: &str = "DROP INDEX persons_birthday_day;
CREATE INDEX persons_birthday_day ON persons (substr(birthday, -5), client_id, name, birthday)
    WHERE birthday IS NOT NULL;";

/// Packs the lines of every client already in the file.
fn pack_all(tx: &Transaction) -> HookResult {
    match super::packed::pack_missing(tx) {
        Ok(_) => Ok(()),
        Err(super::StoreError::Sqlite(e)) => Err(e.into()),
        Err(e) => Err(rusqlite_migration::HookError::Hook(e.to_string())),
    }
}

/// Fills the match keys of the channels already in the file, with the same
/// Rust function that keys new ones.
fn key_channels(tx: &Transaction) -> HookResult {
    let mut read = tx.prepare("SELECT id, kind, value FROM channels")?;
    let mut write = tx.prepare("UPDATE channels SET match_key = ?2 WHERE id = ?1")?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let kind: String = r.get(1)?;
        let value: String = r.get(2)?;
        if let Ok(kind) = kind.parse::<ChannelKind>() {
            write.execute(params![id, match_key(kind, &value)])?;
        }
    }
    Ok(())
}

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1).foreign_key_check(),
        M::up(V2).foreign_key_check(),
        M::up_with_hook(V3, key_channels).foreign_key_check(),
        M::up(V4),
        M::up(V5),
        M::up_with_hook(V6, pack_all).foreign_key_check(),
        M::up(V7).foreign_key_check(),
        M::up(V8),
        M::up(V9),
        M::up(V10),
        M::up(V11),
    ])
}

/// The schema version this build writes.
pub fn latest_version() -> i32 {
    11
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_validate() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn the_latest_version_is_the_last_migration() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let v: i32 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(v, latest_version());
    }
}
