//! The interface.

use crate::store::Store;

pub fn run(_store: Store) -> anyhow::Result<()> {
    Ok(())
}
