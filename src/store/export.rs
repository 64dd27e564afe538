//! What an export reads: each chosen client's card with its persons, in one
//! read transaction so that the file is one moment's.

use super::{Result, Store, clients, persons};
use crate::domain::model::{Client, ClientId, Person};

impl Store {
    /// The cards of `ids` with their persons (decision makers first), in the
    /// order given; a client deleted meanwhile is left out.
    pub fn cards(&self, ids: &[ClientId]) -> Result<Vec<(Client, Vec<Person>)>> {
        self.conn().execute_batch("BEGIN DEFERRED")?;
        let result = ids
            .iter()
            .filter_map(|id| match clients::load(self.conn(), *id) {
                Ok(Some(card)) => Some(persons::of_client(self.conn(), *id).map(|p| (card, p))),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            })
            .collect();
        self.conn().execute_batch("COMMIT")?;
        result
    }
}
