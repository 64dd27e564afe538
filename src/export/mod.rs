//! The chosen clients written out for other programs: CSV for Excel and
//! mail merge (`csv`), vCard 4.0 for phones and mail programs (`vcard`),
//! iCalendar for calendar programs (`ical`). No SQL here: the command line
//! reads the cards with `Store::cards` and hands them over.

pub mod csv;
pub mod ical;
pub mod vcard;

use crate::domain::model::{Client, Person};

/// A client's card with its persons, decision makers first.
pub type Card = (Client, Vec<Person>);
