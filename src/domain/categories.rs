//! The colour categories that follow from the orders themselves (domain.md,
//! "Colour categories"): gold after the first paid order, platinum after
//! more than three, red-gold when a client of one to three orders is lost,
//! red-platinum when a platinum client is lost. A client without a paid
//! order keeps the category people gave it.

use chrono::NaiveDate;

use super::Category;
use super::classes::{Lifecycle, Sale, lifecycle_at};

/// Paid orders above which a client is platinum.
const PLATINUM_AFTER: usize = 3;

/// The category the orders give on day `today` (lost by the lifecycle window
/// of `window_months`), or none when there is no paid order.
pub fn from_orders(sales: &[Sale], today: NaiveDate, window_months: u32) -> Option<Category> {
    let paid = sales.iter().filter(|s| s.paid && s.date <= today).count();
    if paid == 0 {
        return None;
    }
    let lost = lifecycle_at(sales, today, window_months) == Lifecycle::Lost;
    Some(match (paid > PLATINUM_AFTER, lost) {
        (false, false) => Category::Gold,
        (true, false) => Category::Platinum,
        (false, true) => Category::RedGold,
        (true, true) => Category::RedPlatinum,
    })
}

/// The new category of a client now in `current`, if its orders move it.
pub fn follow_orders(current: Category, sales: &[Sale], today: NaiveDate, window_months: u32) -> Option<Category> {
    from_orders(sales, today, window_months).filter(|c| *c != current)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sales(lines: &[(&str, bool)]) -> Vec<Sale> {
        lines.iter().map(|(d, paid)| Sale { paid: *paid, ..Sale::new(d.parse().unwrap(), 100) }).collect()
    }

    #[test]
    fn orders_move_the_colour_on() {
        let today: NaiveDate = "2026-11-23".parse().unwrap();
        let four = sales(&[("2026-09-01", true), ("2026-10-01", true), ("2026-11-01", true), ("2026-11-20", true)]);
        // Hand categories stay while nothing is paid.
        assert_eq!(follow_orders(Category::Green, &[], today, 3), None);
        assert_eq!(follow_orders(Category::Yellow, &sales(&[("2026-11-01", false)]), today, 3), None);
        // The first paid order: gold; the fourth: platinum.
        assert_eq!(follow_orders(Category::GreenGold, &four[..1], today, 3), Some(Category::Gold));
        assert_eq!(follow_orders(Category::Gold, &four[..3], today, 3), None);
        assert_eq!(follow_orders(Category::Gold, &four, today, 3), Some(Category::Platinum));
        // Lost (nothing since 1 September with a three-month window): red.
        let old = sales(&[("2026-08-31", true)]);
        assert_eq!(follow_orders(Category::Gold, &old, today, 3), Some(Category::RedGold));
        assert_eq!(
            follow_orders(Category::Platinum, &four, "2027-03-01".parse().unwrap(), 3),
            Some(Category::RedPlatinum)
        );
        // A lost client that buys again is gold again.
        let back = sales(&[("2025-01-01", true), ("2026-11-20", true)]);
        assert_eq!(follow_orders(Category::RedGold, &back, today, 3), Some(Category::Gold));
    }
}
