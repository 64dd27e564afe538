//! Reviewing likely duplicates and merging two: the groups the file has,
//! the pair of the group under review (the kept client on the left), and
//! for each field where the two disagree, whose value the merged card takes.

use crate::domain::duplicates::{Group, MergeField, conflicts, merged};
use crate::domain::model::{Client, NewClient};
use crate::store::Holdings;

/// One client of the pair, as the review shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub client: Client,
    pub holdings: Holdings,
}

impl Side {
    pub fn card(&self) -> NewClient {
        NewClient::from_client(&self.client)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MergeReview {
    pub groups: Vec<Group>,
    /// The group under review.
    pub group: usize,
    pub keep: Side,
    pub other: Side,
    /// The fields where both have a value and they differ.
    pub conflicts: Vec<MergeField>,
    /// The conflicting fields that take the other's value.
    pub take_other: Vec<MergeField>,
    /// The conflict under the cursor.
    pub cursor: usize,
}

impl MergeReview {
    /// The review of group `group` with `keep` kept and `other` merged in.
    pub fn new(groups: Vec<Group>, group: usize, keep: Side, other: Side) -> MergeReview {
        let conflicts = conflicts(&keep.card(), &other.card());
        MergeReview { groups, group, keep, other, conflicts, take_other: Vec::new(), cursor: 0 }
    }

    /// The card the merge writes.
    pub fn card(&self) -> NewClient {
        merged(&self.keep.card(), &self.other.card(), &self.take_other)
    }

    pub fn step(&mut self, delta: isize) {
        let last = self.conflicts.len().saturating_sub(1);
        self.cursor = self.cursor.saturating_add_signed(delta).min(last);
    }

    /// Takes the other's value (or the kept one's) of the field under the cursor.
    pub fn take(&mut self, other: bool) {
        let Some(&field) = self.conflicts.get(self.cursor) else { return };
        self.take_other.retain(|f| *f != field);
        if other {
            self.take_other.push(field);
        }
    }

    /// The other group `delta` away, wrapping round.
    pub fn group_after(&self, delta: isize) -> usize {
        let n = self.groups.len().max(1);
        (self.group + n).saturating_add_signed(delta) % n
    }
}
