//! The records of the client file as the rest of the program sees them.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::dates::Birthday;
use super::{Category, ClientKind, Column, ContactKind, Outcome};

pub type ClientId = i64;

/// One row of the client list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientRow {
    pub id: ClientId,
    pub name: String,
    pub city: Option<String>,
    pub column: Column,
    /// When the client entered its column.
    pub column_since: NaiveDateTime,
    pub category: Category,
    pub manager: Option<String>,
    pub next_contact: Option<NaiveDate>,
    pub last_contact: Option<NaiveDateTime>,
}

/// The formal part of a client card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Client {
    pub id: ClientId,
    pub kind: ClientKind,
    pub name: String,
    pub legal_name: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub industry: Option<String>,
    pub size: Option<String>,
    pub tax_id: Option<String>,
    pub bank: Option<String>,
    pub bank_account: Option<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub website: Option<String>,
    pub source: Option<String>,
    pub manager: Option<String>,
    pub category: Category,
    pub tags: Vec<String>,
    pub notes: Option<String>,
    pub column: Column,
    pub column_since: NaiveDateTime,
    pub result: Option<Outcome>,
    pub result_reason: Option<String>,
    pub next_contact: Option<NaiveDate>,
    pub last_contact: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Raised by every change of the client's record.
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub position: Option<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub birthday: Option<Birthday>,
    pub decision_maker: bool,
}

/// A special event or important date of a client or of one of its persons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: i64,
    pub date: NaiveDate,
    pub title: String,
    pub yearly: bool,
    pub person: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContactEntry {
    pub id: i64,
    pub at: NaiveDateTime,
    pub kind: ContactKind,
    pub person: Option<String>,
    pub logged_by: Option<String>,
    pub summary: String,
    pub outcome: Option<String>,
    pub next_contact: Option<NaiveDate>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Order {
    pub id: i64,
    pub date: NaiveDate,
    pub product: Option<String>,
    pub quantity: f64,
    /// In minor units (cents, kopecks, bani).
    pub amount: i64,
    pub paid: bool,
}

/// One change of Shiffman column, the first placement included (`from` is none).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    pub at: NaiveDateTime,
    pub from: Option<Column>,
    pub to: Column,
    pub result: Option<Outcome>,
    pub reason: Option<String>,
    pub by: Option<String>,
}

/// A recorded change on a client that is not a move or a contact
/// (a handover, a category change).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub at: NaiveDateTime,
    pub by: Option<String>,
    pub what: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The whole dossier of one client.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dossier {
    pub client: Client,
    pub persons: Vec<Person>,
    pub events: Vec<Event>,
    pub contacts: Vec<ContactEntry>,
    pub orders: Vec<Order>,
    pub moves: Vec<Move>,
    pub changes: Vec<Change>,
    /// Complaints, open and closed, oldest first.
    pub complaints: Vec<super::complaints::Complaint>,
}

/// What a new client starts with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewClient {
    pub kind: Option<ClientKind>,
    pub name: String,
    pub legal_name: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub industry: Option<String>,
    pub size: Option<String>,
    /// The tax id (INN, CUI, NIF…), as written.
    pub tax_id: Option<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub website: Option<String>,
    pub source: Option<String>,
    pub manager: Option<String>,
    pub category: Option<Category>,
    pub tags: Vec<String>,
    pub notes: Option<String>,
    /// When to contact the client next, if planned.
    pub next_contact: Option<NaiveDate>,
}

impl NewClient {
    /// The editable fields of `client`, as an edit form starts from.
    pub fn from_client(client: &Client) -> NewClient {
        NewClient {
            kind: Some(client.kind),
            name: client.name.clone(),
            legal_name: client.legal_name.clone(),
            city: client.city.clone(),
            address: client.address.clone(),
            industry: client.industry.clone(),
            size: client.size.clone(),
            tax_id: client.tax_id.clone(),
            phones: client.phones.clone(),
            emails: client.emails.clone(),
            website: client.website.clone(),
            source: client.source.clone(),
            manager: client.manager.clone(),
            category: Some(client.category),
            tags: client.tags.clone(),
            notes: client.notes.clone(),
            next_contact: client.next_contact,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewPerson {
    pub name: String,
    pub position: Option<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub birthday: Option<Birthday>,
    pub decision_maker: bool,
}

#[derive(Debug, Clone)]
pub struct NewContact {
    pub at: NaiveDateTime,
    pub kind: ContactKind,
    pub person: Option<String>,
    pub summary: String,
    pub outcome: Option<String>,
    pub next_contact: Option<NaiveDate>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewOrder {
    pub date: NaiveDate,
    pub product: Option<String>,
    /// The product line, recorded when the product is new to the file.
    pub line: Option<String>,
    pub quantity: f64,
    pub amount: i64,
    pub paid: bool,
}

/// Which clients a listing, an export, a mailing or an agenda shows: a
/// selection (domain.md: "every client in St. Petersburg").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientFilter {
    pub column: Option<Column>,
    pub category: Option<Category>,
    pub city: Option<String>,
    pub manager: Option<String>,
    pub industry: Option<String>,
    pub tag: Option<String>,
    /// Bought this product (by name, letters folded).
    pub bought: Option<String>,
    /// Never bought this product.
    pub not_bought: Option<String>,
    /// A person of the client has a birthday in this month (1–12).
    pub birthday_month: Option<u32>,
    /// Not contacted on or after this day.
    pub not_contacted_since: Option<NaiveDate>,
    /// The classes of the last twelve full months.
    pub lifecycle: Option<super::classes::Lifecycle>,
    pub abc: Option<super::classes::Abc>,
    pub xyz: Option<super::classes::Xyz>,
}

impl ClientFilter {
    /// Whether the filter asks for a class, which the orders decide.
    pub fn needs_classes(&self) -> bool {
        self.lifecycle.is_some() || self.abc.is_some() || self.xyz.is_some()
    }
}
