//! Parts of the clients in the order of names, so that a command reading
//! every client reads two parts at once, a core each, each from its own
//! pages of the name index (`clients_sort`).

use rusqlite::types::Value;

use super::{Result, Store};
use crate::domain::model::ClientId;

/// A place in the order of names: a sort key (the folded name) and an id.
pub type Place = (String, ClientId);

/// Which clients in the order of names a read takes: all of them, or those
/// before or from a place.
pub enum Names<'a> {
    All,
    Before(&'a Place),
    From(&'a Place),
}

impl Names<'_> {
    /// The condition on `clients c` that takes these clients (nothing for
    /// all of them, else `AND …` with the numbered parameters from
    /// `first`), its values put after `values`.
    pub fn condition(&self, first: usize, values: &mut Vec<Value>) -> String {
        let (op, (key, id)) = match self {
            Names::All => return String::new(),
            Names::Before(place) => ("<", place),
            Names::From(place) => (">=", place),
        };
        values.extend([Value::from(key.clone()), Value::from(*id)]);
        format!("AND (c.sort_key, c.id) {op} (?{first}, ?{})", first + 1)
    }
}

impl Store {
    /// About where in the order of names the first `share` (of 1) of the
    /// clients ends, from the sort keys of 255 clients spread over the ids.
    /// Any place parts the clients rightly; a near one parts them evenly.
    /// (Read exactly, by an offset into the name index, it cost 10 ms.)
    pub(crate) fn place_in_names(&self, share: f64) -> Result<Place> {
        let mut stmt = self.conn().prepare(
            "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 255)
             SELECT c.sort_key, c.id FROM k JOIN clients c ON c.id = k.n * (SELECT max(id) FROM clients) / 256",
        )?;
        let mut sample: Vec<Place> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        sample.sort_unstable();
        let at = (sample.len() as f64 * share) as usize;
        Ok(sample.into_iter().nth(at).unwrap_or_default())
    }
}
