//! What the reports view shows, worked out from the file for twelve months
//! ending with a chosen month: the funnel, the ABC curve, the ABC × XYZ
//! grid with the lifecycle counts, the period's last month of incoming calls,
//! and the salesperson table. Plain data; `panes/reports.rs` draws it.

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::calls::{CallsReport, calls_by_source, month_of};
use crate::domain::classes::{self, Cell, DEFAULT_WINDOW_MONTHS, Lifecycle, Period, abc, abc_xyz, lifecycle, xyz};
use crate::domain::funnel::{Funnel, funnel};
use crate::domain::kpi::{KpiRow, kpi};
use crate::store::Store;

pub struct Reports {
    pub period: Period,
    pub funnel: Funnel,
    /// Turnover of each client with some, largest first (the Pareto curve).
    pub turnovers: Vec<i64>,
    /// Clients in class A, B and C.
    pub abc_counts: [usize; 3],
    pub grid: Vec<Cell>,
    /// Clients in each lifecycle class, in the order of `Lifecycle::ALL`.
    pub lifecycle: Vec<(Lifecycle, usize)>,
    pub calls: CallsReport,
    pub kpi: Vec<KpiRow>,
}

/// Twelve full months ending with the month of `day`.
pub fn year_ending(day: NaiveDate) -> Period {
    let last = month_of(day);
    let first = last.from - Months::new(11);
    Period { from: first, to: last.to }
}

/// The period `months` months later (earlier when negative), never past
/// the month of `today`.
pub fn shift(period: Period, months: i32, today: NaiveDate) -> Period {
    let to = if months < 0 {
        period.to.with_day(1).and_then(|d| d.checked_sub_months(Months::new(months.unsigned_abs())))
    } else {
        period.to.with_day(1).and_then(|d| d.checked_add_months(Months::new(months.unsigned_abs())))
    };
    year_ending(to.unwrap_or(period.to).min(today))
}

impl Reports {
    /// Reads what the reports need and works them out.
    pub fn compute(store: &Store, period: Period) -> anyhow::Result<Reports> {
        let window = DEFAULT_WINDOW_MONTHS;
        let clients = store.sales(period.to, None)?;
        let abc_rows = abc(&clients, period);
        let xyz_rows = xyz(&clients, period, window);
        let mut abc_counts = [0; 3];
        for c in abc_rows.iter().filter_map(|r| r.class) {
            abc_counts[c as usize] += 1;
        }
        let life = lifecycle(&clients, period.to, window);
        let lines = store.product_lines()?;
        let month = month_of(period.to);
        Ok(Reports {
            period,
            funnel: funnel(&store.columns_now(None)?, &store.moves(period.to, None)?, period),
            turnovers: abc_rows.iter().map(|r| r.turnover).filter(|t| *t > 0).collect(),
            abc_counts,
            grid: abc_xyz(&abc_rows, &xyz_rows),
            lifecycle: Lifecycle::ALL.iter().map(|l| (*l, life.iter().filter(|r| r.class == *l).count())).collect(),
            calls: calls_by_source(&store.incoming_calls(month.from, month.to, None)?, month),
            kpi: kpi(&clients, &lines, period, window),
        })
    }

    /// Points of the Pareto curve: (share of clients, share of turnover),
    /// both in percent, from (0, 0) to (100, 100).
    pub fn pareto(&self) -> Vec<(f64, f64)> {
        let total: i64 = self.turnovers.iter().sum();
        let n = self.turnovers.len();
        if total <= 0 {
            return Vec::new();
        }
        let mut points = vec![(0.0, 0.0)];
        let mut sum = 0i64;
        for (i, t) in self.turnovers.iter().enumerate() {
            sum += t;
            points.push(((i + 1) as f64 * 100.0 / n as f64, sum as f64 * 100.0 / total as f64));
        }
        points
    }

    /// The grid cell of `abc` and `xyz`.
    pub fn cell(&self, abc: classes::Abc, xyz: classes::Xyz) -> Option<&Cell> {
        self.grid.iter().find(|c| c.abc == abc && c.xyz == xyz)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_period_moves_a_month_at_a_time_up_to_this_month() {
        let today = d("2026-11-23");
        let year = year_ending(d("2026-10-31"));
        assert_eq!(year, Period { from: d("2025-11-01"), to: d("2026-10-31") });
        assert_eq!(shift(year, -1, today), Period { from: d("2025-10-01"), to: d("2026-09-30") });
        assert_eq!(shift(year, 1, today), Period { from: d("2025-12-01"), to: d("2026-11-30") });
        assert_eq!(shift(shift(year, 1, today), 1, today), shift(year, 1, today), "not past this month");
        assert_eq!(shift(year_ending(d("2026-03-31")), -1, today).to, d("2026-02-28"));
    }
}
