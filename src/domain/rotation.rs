//! Which automatic backups to keep: the newest of each of the last seven
//! days that have one, then the newest of each of the four weeks before
//! those. Over a month of daily work that is eleven files, the oldest about
//! five weeks back.

use std::collections::HashSet;

use chrono::{Datelike, IsoWeek, NaiveDate, NaiveDateTime};

pub const DAILY: usize = 7;
pub const WEEKLY: usize = 4;

/// The indices into `taken` (when each backup was made) of the backups to
/// remove.
pub fn to_remove(taken: &[NaiveDateTime]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..taken.len()).collect();
    order.sort_by(|&a, &b| taken[b].cmp(&taken[a]));
    let mut days: HashSet<NaiveDate> = HashSet::new();
    // The weeks the dailies reach into count as taken, not as weekly.
    let mut weekly: Option<(HashSet<IsoWeek>, usize)> = None;
    let mut remove = Vec::new();
    for i in order {
        let day = taken[i].date();
        if days.len() < DAILY || days.contains(&day) {
            if !days.insert(day) {
                remove.push(i);
            }
            continue;
        }
        let (weeks, limit) = weekly.get_or_insert_with(|| {
            let weeks: HashSet<IsoWeek> = days.iter().map(Datelike::iso_week).collect();
            let limit = weeks.len() + WEEKLY;
            (weeks, limit)
        });
        if weeks.len() >= *limit || !weeks.insert(day.iso_week()) {
            remove.push(i);
        }
    }
    remove.sort_unstable();
    remove
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn at(day: &str, hour: u32) -> NaiveDateTime {
        NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap().and_hms_opt(hour, 0, 0).unwrap()
    }

    fn kept(taken: &[NaiveDateTime]) -> Vec<NaiveDateTime> {
        let remove = to_remove(taken);
        let mut kept: Vec<_> = (0..taken.len()).filter(|i| !remove.contains(i)).map(|i| taken[i]).collect();
        kept.sort();
        kept
    }

    #[test]
    fn a_few_backups_are_all_kept() {
        let taken = [at("2026-11-20", 9), at("2026-11-23", 9), at("2026-11-21", 9)];
        assert!(to_remove(&taken).is_empty());
    }

    #[test]
    fn the_newest_of_a_day_is_the_one_kept() {
        let taken = [at("2026-11-23", 9), at("2026-11-23", 17), at("2026-11-22", 9)];
        assert_eq!(to_remove(&taken), [0]);
    }

    #[test]
    fn sixty_days_of_backups_keep_seven_days_and_four_weeks() {
        let first = at("2026-09-25", 9);
        let taken: Vec<_> = (0..60).map(|d| first + Duration::days(d)).collect();
        let kept = kept(&taken);
        assert_eq!(kept.len(), DAILY + WEEKLY, "{kept:?}");
        // The last seven days: 17 to 23 November (Tuesday to Monday).
        assert_eq!(kept[WEEKLY..].first(), Some(&at("2026-11-17", 9)));
        assert_eq!(kept.last(), Some(&at("2026-11-23", 9)));
        // Then the Sundays of the four weeks before the week of the 17th
        // (which the dailies already hold): 15, 8 and 1 November, 25 October.
        let weekly: Vec<_> = kept[..WEEKLY].to_vec();
        assert_eq!(weekly, [at("2026-10-25", 9), at("2026-11-01", 9), at("2026-11-08", 9), at("2026-11-15", 9)]);
    }

    #[test]
    fn days_without_work_do_not_shorten_what_is_kept() {
        // Only weekdays: seven working days reach back over a weekend.
        let taken: Vec<_> = [
            "2026-11-12",
            "2026-11-13",
            "2026-11-16",
            "2026-11-17",
            "2026-11-18",
            "2026-11-19",
            "2026-11-20",
            "2026-11-23",
        ]
        .iter()
        .map(|d| at(d, 9))
        .collect();
        // The oldest, Thursday the 12th, is in the week of Friday the 13th,
        // a kept day: it goes.
        assert_eq!(to_remove(&taken), [0]);
    }
}
