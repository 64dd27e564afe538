//! The duplicates review: opened with `D`, it walks the groups of likely
//! duplicates, and merges the pair under review with the fields chosen.

use super::{App, Modal};
use crate::domain::duplicates::{Group, after_merge};
use crate::i18n::t;
use crate::store::StoreError;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::forms::{MergeReview, Side};

impl App {
    fn side(&self, id: i64) -> anyhow::Result<Side> {
        Ok(Side { client: self.store.client(id)?, holdings: self.store.holdings(id)? })
    }

    /// The review of group `group`, its first client kept unless `swap`.
    fn review(&self, groups: Vec<Group>, group: usize, swap: bool) -> anyhow::Result<Box<MergeReview>> {
        let ids = groups.get(group).map(|g| g.clients.clone()).unwrap_or_default();
        let (Some(&a), Some(&b)) = (ids.first(), ids.get(1)) else {
            anyhow::bail!(t("merge-group-too-small"));
        };
        let (keep, other) = if swap { (b, a) } else { (a, b) };
        Ok(Box::new(MergeReview::new(groups, group, self.side(keep)?, self.side(other)?)))
    }

    pub(super) fn open_duplicates(&mut self) -> anyhow::Result<()> {
        let groups = self.store.duplicates()?;
        if groups.is_empty() {
            self.status = Some(t("merge-none").into());
            return Ok(());
        }
        self.modal = Some(Modal::Merge(self.review(groups, 0, false)?));
        Ok(())
    }

    pub(super) fn update_merge(&mut self, mut r: Box<MergeReview>, action: Action) -> anyhow::Result<()> {
        match action {
            Action::SelectNext => r.step(1),
            Action::SelectPrevious => r.step(-1),
            Action::TakeKept => r.take(false),
            Action::TakeOther => r.take(true),
            Action::SwapKept => {
                let swapped = r.keep.client.id != r.groups[r.group].clients[0];
                r = self.review(r.groups, r.group, !swapped)?;
            }
            Action::NextGroup | Action::PreviousGroup => {
                let group = r.group_after(if action == Action::NextGroup { 1 } else { -1 });
                r = self.review(r.groups, group, false)?;
            }
            Action::MergePair => return self.merge_pair(&r),
            _ => {}
        }
        self.modal = Some(Modal::Merge(r));
        Ok(())
    }

    fn merge_pair(&mut self, r: &MergeReview) -> anyhow::Result<()> {
        let (keep, other) = (&r.keep.client, &r.other.client);
        let card = r.card();
        match self.store.merge_clients(keep.id, other.id, (keep.version, other.version), &card) {
            Ok(()) => {}
            Err(e @ StoreError::ChangedSince(_)) => {
                self.status = Some(format!("{e}"));
                let groups = self.store.duplicates()?;
                self.modal = if groups.is_empty() { None } else { Some(Modal::Merge(self.review(groups, 0, false)?)) };
                return Ok(());
            }
            Err(e) => return Err(e.into()),
        }
        self.refresh_client(other.id)?;
        self.refresh_client(keep.id)?;
        self.select_client(keep.id);
        self.load_dossier()?;
        self.status = Some(tr!(
            "merge-done",
            other = other.name.as_str(),
            other_id = other.id.to_string(),
            kept_id = keep.id.to_string(),
            kept = card.name.as_str()
        ));
        let groups = after_merge(r.groups.clone(), keep.id, other.id);
        self.modal = if groups.is_empty() {
            None
        } else {
            let group = r.group.min(groups.len() - 1);
            Some(Modal::Merge(self.review(groups, group, false)?))
        };
        Ok(())
    }
}
