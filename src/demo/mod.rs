//! The demo file: realistic clients of Romanian, Russian, Spanish and English
//! offices, with persons, 18 months of contacts and orders, every Shiffman
//! column populated and some follow-ups overdue. Deterministic for a seed.

mod extras;
mod journey;
mod twins;
mod words;

use chrono::NaiveDate;

use crate::store::{Load, Result, Store};

pub use journey::DemoSummary;

/// A small, fast generator (SplitMix64): the same seed gives the same file
/// on every platform and every version of the dependencies.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        usize::try_from(self.next_u64() % n as u64).unwrap_or(0)
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        let span = u64::try_from(hi - lo + 1).unwrap_or(1);
        lo + i64::try_from(self.next_u64() % span).unwrap_or(0)
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index chosen with the given weights.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u64 = weights.iter().map(|w| u64::from(*w)).sum();
        let mut roll = self.next_u64() % total.max(1);
        for (i, w) in weights.iter().enumerate() {
            let w = u64::from(*w);
            if roll < w {
                return i;
            }
            roll -= w;
        }
        weights.len().saturating_sub(1)
    }
}

/// Fills `store` with `clients` generated clients as of `today`, all at
/// once (see [`Store::bulk`]).
pub fn generate(store: &mut Store, clients: usize, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    let summary = store.bulk(|load| write_into(load, clients, seed, today))?;
    extras::write(store, clients, seed, today)?;
    Ok(summary)
}

/// Complaints, satisfaction answers and saved selections, written after
/// the clients through the ordinary store calls.
pub fn write_extras(store: &mut Store, clients: usize, seed: u64, today: NaiveDate) -> Result<()> {
    extras::write(store, clients, seed, today)
}

/// Writes `clients` generated clients as of `today` into `load`.
pub fn write_into(load: &mut impl Load, clients: usize, seed: u64, today: NaiveDate) -> Result<DemoSummary> {
    journey::write(load, &words::Words::embedded(), clients, seed, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_deterministic_and_in_range() {
        let mut a = Rng::new(1);
        let mut b = Rng::new(1);
        for _ in 0..100 {
            assert_eq!(a.next_u64(), b.next_u64());
            let n = a.between(-3, 3);
            assert_eq!(n, b.between(-3, 3));
            assert!((-3..=3).contains(&n));
        }
        assert_eq!(a.weighted(&[0, 5, 0]), 1);
    }
}
