//! The classes the head of sales reads: ABC by turnover, XYZ by the
//! regularity of monthly purchases, and the lifecycle of each client — with
//! the exact definitions of issue 5, so that a hand calculation agrees.
//! Amounts are minor units; dates are inclusive.

use std::cmp::Reverse;

use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use super::kinds::stable_ids;
use super::model::ClientId;

/// The lifecycle window in months, unless a report names another.
pub const DEFAULT_WINDOW_MONTHS: u32 = 3;

/// The months whose totals XYZ compares.
pub const XYZ_MONTHS: usize = 12;

/// A stretch of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// The last twelve full months before `today`.
    pub fn last_twelve_months(today: NaiveDate) -> Period {
        let this_month = first_of_month(today);
        let from = this_month - Months::new(12);
        Period { from, to: this_month.pred_opt().unwrap_or(this_month) }
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// One order line as the reports see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sale {
    pub date: NaiveDate,
    /// Minor units.
    pub amount: i64,
    /// The product's id, when the line names one.
    pub product: Option<i64>,
    pub paid: bool,
}

impl Sale {
    pub fn new(date: NaiveDate, amount: i64) -> Sale {
        Sale { date, amount, product: None, paid: true }
    }
}

/// A client with the traits the reports group by, and its sales in any order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClientSales {
    pub id: ClientId,
    pub name: String,
    /// The responsible salesperson's name.
    pub manager: Option<String>,
    /// Where the client came from.
    pub source: Option<String>,
    pub industry: Option<String>,
    pub size: Option<String>,
    pub city: Option<String>,
    pub sales: Vec<Sale>,
}

impl ClientSales {
    /// The first day the client bought on, up to `to`.
    pub fn first_order(&self, to: NaiveDate) -> Option<NaiveDate> {
        self.sales.iter().map(|s| s.date).filter(|d| *d <= to).min()
    }
}

stable_ids!(
    /// Share of the period's turnover.
    Abc, "abc", { A = "A" / "class-abc-a", B = "B" / "class-abc-b", C = "C" / "class-abc-c" }
);
stable_ids!(
    /// Regularity of monthly purchases.
    Xyz, "xyz", { X = "X" / "class-xyz-x", Y = "Y" / "class-xyz-y", Z = "Z" / "class-xyz-z" }
);
stable_ids!(
    /// Where a client stands in its life with the company.
    Lifecycle, "lifecycle", {
        Potential = "potential" / "lifecycle-potential",
        New = "new" / "lifecycle-new",
        Permanent = "permanent" / "lifecycle-permanent",
        Restored = "restored" / "lifecycle-restored",
        Lost = "lost" / "lifecycle-lost",
    }
);

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AbcRow {
    pub id: ClientId,
    pub name: String,
    /// Turnover in the period, minor units.
    pub turnover: i64,
    /// None for a client without turnover in the period.
    pub class: Option<Abc>,
}

/// ABC for the period: clients by turnover descending (ties keep the order
/// of `clients`, by name as `Store::sales` gives them); a client's class
/// comes from the share of the total taken by the clients ranked above it —
/// below 50% A, below 80% B, else C. So the top client is always A. Clients
/// without turnover come last with no class.
pub fn abc(clients: &[ClientSales], period: Period) -> Vec<AbcRow> {
    ranked(clients.iter().map(|c| AbcRow {
        id: c.id,
        name: c.name.clone(),
        turnover: turnover(c, period),
        class: None,
    }))
}

/// A client's turnover in the period.
fn turnover(client: &ClientSales, period: Period) -> i64 {
    client.sales.iter().filter(|s| period.contains(s.date)).map(|s| s.amount).sum()
}

/// The ABC rows of `rows`, given in name order: by turnover, with classes.
fn ranked(rows: impl Iterator<Item = AbcRow>) -> Vec<AbcRow> {
    let mut rows: Vec<AbcRow> = rows.collect();
    // A stable sort: equal turnovers stay in name order.
    rows.sort_by_key(|r| Reverse(r.turnover));
    let total: i128 = rows.iter().map(|r| i128::from(r.turnover.max(0))).sum();
    let mut above: i128 = 0;
    for row in &mut rows {
        if row.turnover <= 0 {
            continue;
        }
        // above / total < 0.5 ⟺ 10·above < 5·total, in integers.
        row.class = Some(if above * 10 < total * 5 {
            Abc::A
        } else if above * 10 < total * 8 {
            Abc::B
        } else {
            Abc::C
        });
        above += i128::from(row.turnover);
    }
    rows
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct XyzRow {
    pub id: ClientId,
    pub name: String,
    /// The twelve monthly totals, oldest first (not in JSON or CSV).
    #[serde(skip)]
    pub months: Vec<i64>,
    /// Coefficient of variation (population standard deviation / mean);
    /// none without purchases in the twelve months or for a new client.
    pub cv: Option<f64>,
    pub class: Option<Xyz>,
}

/// XYZ over the twelve months ending with the period's last month. Only
/// for clients whose first order is older than the lifecycle window of
/// `window_months` ending at the period's end; a new client has no class.
pub fn xyz(clients: &[ClientSales], period: Period, window_months: u32) -> Vec<XyzRow> {
    let last = first_of_month(period.to);
    let first = last - Months::new(u32::try_from(XYZ_MONTHS).unwrap_or(12) - 1);
    let window = current_window(period.to, window_months);
    clients
        .iter()
        .map(|c| {
            let mut months = vec![0i64; XYZ_MONTHS];
            for s in c.sales.iter().filter(|s| s.date >= first && s.date <= period.to) {
                if let Some(m) = month_index(first, s.date) {
                    months[m] += s.amount;
                }
            }
            let established = c.first_order(period.to).is_some_and(|d| d < window.from);
            let cv = if established { coefficient_of_variation(&months) } else { None };
            let class = if cv.is_some() { xyz_class(&months) } else { None };
            XyzRow { id: c.id, name: c.name.clone(), months, cv, class }
        })
        .collect()
}

fn month_index(first: NaiveDate, date: NaiveDate) -> Option<usize> {
    let months =
        (date.year() - first.year()) * 12 + i32::try_from(date.month()).ok()? - i32::try_from(first.month()).ok()?;
    usize::try_from(months).ok().filter(|m| *m < XYZ_MONTHS)
}

/// The class from exact integers, so that a boundary (exactly 10%) never
/// falls on the wrong side by a rounding: with S the sum and Q the sum of
/// squares of n values, cv² = (n·Q − S²) / S²; so cv ≤ 1/10 ⟺
/// 100·(n·Q − S²) ≤ S², and cv ≤ 1/4 ⟺ 16·(n·Q − S²) ≤ S².
fn xyz_class(values: &[i64]) -> Option<Xyz> {
    let n = i128::try_from(values.len()).ok()?;
    let s: i128 = values.iter().map(|v| i128::from(*v)).sum();
    if s <= 0 {
        return None;
    }
    let q: i128 = values.iter().map(|v| i128::from(*v) * i128::from(*v)).sum();
    let spread = n * q - s * s;
    Some(if 100 * spread <= s * s {
        Xyz::X
    } else if 16 * spread <= s * s {
        Xyz::Y
    } else {
        Xyz::Z
    })
}

/// Population standard deviation over the mean; none for a mean of zero or less.
fn coefficient_of_variation(values: &[i64]) -> Option<f64> {
    let n = values.len() as f64;
    let mean = values.iter().map(|v| *v as f64).sum::<f64>() / n;
    if mean <= 0.0 {
        return None;
    }
    let variance = values.iter().map(|v| (*v as f64 - mean).powi(2)).sum::<f64>() / n;
    Some(variance.sqrt() / mean)
}

/// The current lifecycle window: the `months` months ending at `to` (from
/// the first day of the earliest of them).
pub fn current_window(to: NaiveDate, months: u32) -> Period {
    let from = first_of_month(to) - Months::new(months.max(1) - 1);
    Period { from, to }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LifecycleRow {
    pub id: ClientId,
    pub name: String,
    pub class: Lifecycle,
}

/// The lifecycle class of each client at the end of the period, with a
/// window of `months` months.
pub fn lifecycle(clients: &[ClientSales], to: NaiveDate, months: u32) -> Vec<LifecycleRow> {
    clients
        .iter()
        .map(|c| LifecycleRow { id: c.id, name: c.name.clone(), class: lifecycle_at(&c.sales, to, months) })
        .collect()
}

/// The lifecycle class of one client's sales on day `to`.
pub fn lifecycle_at(sales: &[Sale], to: NaiveDate, months: u32) -> Lifecycle {
    let current = current_window(to, months);
    let previous_from = current.from - Months::new(months.max(1));
    let (mut any, mut in_current, mut in_previous, mut before) = (false, false, false, false);
    for d in sales.iter().map(|s| s.date).filter(|d| *d <= to) {
        any = true;
        if d >= current.from {
            in_current = true;
        } else if d >= previous_from {
            in_previous = true;
        } else {
            before = true;
        }
    }
    match (any, in_current) {
        (false, _) => Lifecycle::Potential,
        (true, false) => Lifecycle::Lost,
        (true, true) if in_previous => Lifecycle::Permanent,
        (true, true) if before => Lifecycle::Restored,
        (true, true) => Lifecycle::New,
    }
}

/// A client's three classes for one period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientClasses {
    pub abc: Option<Abc>,
    pub xyz: Option<Xyz>,
    pub lifecycle: Lifecycle,
}

/// Every client's ABC, XYZ and lifecycle class for `period`.
pub fn classes_of(
    clients: &[ClientSales],
    period: Period,
    window_months: u32,
) -> std::collections::HashMap<ClientId, ClientClasses> {
    let mut parts = ClassesByParts::new(period, window_months);
    parts.add(clients.iter().enumerate());
    parts.finish()
}

/// Every client's classes worked out a few clients at a time, so that the
/// order lines of a whole file need not be in memory at once: a client's
/// lifecycle and XYZ come from its own lines, ABC from every client's
/// turnover alone, ranked at the end. The same classes as [`classes_of`].
pub struct ClassesByParts {
    period: Period,
    window_months: u32,
    out: std::collections::HashMap<ClientId, ClientClasses>,
    /// Each client's turnover, with its place in the name order.
    turnovers: Vec<(usize, AbcRow)>,
}

impl ClassesByParts {
    pub fn new(period: Period, window_months: u32) -> ClassesByParts {
        ClassesByParts { period, window_months, out: Default::default(), turnovers: Vec::new() }
    }

    /// Adds clients, each with its place among all of them by name.
    pub fn add<'a>(&mut self, clients: impl Iterator<Item = (usize, &'a ClientSales)>) {
        let (period, window) = (self.period, self.window_months);
        for (place, c) in clients {
            let one = std::slice::from_ref(c);
            let lifecycle = lifecycle_at(&c.sales, period.to, window);
            let xyz = xyz(one, period, window).pop().and_then(|r| r.class);
            self.out.insert(c.id, ClientClasses { abc: None, xyz, lifecycle });
            let row = AbcRow { id: c.id, name: String::new(), turnover: turnover(c, period), class: None };
            self.turnovers.push((place, row));
        }
    }

    pub fn finish(mut self) -> std::collections::HashMap<ClientId, ClientClasses> {
        self.turnovers.sort_unstable_by_key(|(place, _)| *place);
        for r in ranked(self.turnovers.into_iter().map(|(_, row)| row)) {
            if let Some(c) = self.out.get_mut(&r.id) {
                c.abc = r.class;
            }
        }
        self.out
    }
}

/// The ABC × XYZ grid: clients and turnover in each of the nine cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub abc: Abc,
    pub xyz: Xyz,
    pub clients: usize,
    pub turnover: i64,
}

/// The nine cells, A-X first; clients without both classes are left out.
pub fn abc_xyz(abc_rows: &[AbcRow], xyz_rows: &[XyzRow]) -> Vec<Cell> {
    let xyz_of: std::collections::HashMap<ClientId, Xyz> =
        xyz_rows.iter().filter_map(|r| r.class.map(|c| (r.id, c))).collect();
    let mut cells: Vec<Cell> = Abc::ALL
        .iter()
        .flat_map(|a| Xyz::ALL.iter().map(move |x| Cell { abc: *a, xyz: *x, clients: 0, turnover: 0 }))
        .collect();
    for row in abc_rows {
        if let (Some(a), Some(x)) = (row.class, xyz_of.get(&row.id))
            && let Some(cell) = cells.iter_mut().find(|c| c.abc == a && c.xyz == *x)
        {
            cell.clients += 1;
            cell.turnover += row.turnover;
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn client(id: ClientId, name: &str, sales: &[(&str, i64)]) -> ClientSales {
        ClientSales {
            id,
            name: name.into(),
            sales: sales.iter().map(|(date, amount)| Sale::new(d(date), *amount)).collect(),
            ..ClientSales::default()
        }
    }

    /// 2025-11-01 … 2026-10-31: the default period on 23 November 2026.
    fn year() -> Period {
        Period::last_twelve_months(d("2026-11-23"))
    }

    #[test]
    fn classes_read_back_as_typed() {
        assert_eq!("a".parse::<Abc>().unwrap(), Abc::A);
        assert_eq!(" Z ".parse::<Xyz>().unwrap(), Xyz::Z);
        assert_eq!("Restored".parse::<Lifecycle>().unwrap(), Lifecycle::Restored);
        assert_eq!("d".parse::<Abc>().unwrap_err().to_string(), "abc 'd': expected one of: A, B, C");
    }

    #[test]
    fn the_default_period_is_the_last_twelve_full_months() {
        assert_eq!(year(), Period { from: d("2025-11-01"), to: d("2026-10-31") });
        assert_eq!(Period::last_twelve_months(d("2026-01-01")).to, d("2025-12-31"));
    }

    #[test]
    fn abc_by_the_share_of_the_clients_ranked_above() {
        // Turnovers in the period: 500, 200, 150, 100, 50 (total 1000) and a
        // tie of 0. Share above: Alfa 0% → A; Beta 50% → B (not below 50%);
        // Gama 70% → B; Delta 85% → C; Epsilon 95% → C; Zeta no turnover.
        // An order outside the period (2025-10-31) does not count.
        let clients = vec![
            client(5, "Epsilon", &[("2026-01-10", 50)]),
            client(2, "Beta", &[("2026-02-01", 200)]),
            client(1, "Alfa", &[("2025-11-01", 300), ("2026-10-31", 200), ("2025-10-31", 999)]),
            client(6, "Zeta", &[]),
            client(4, "Delta", &[("2026-05-05", 100)]),
            client(3, "Gama", &[("2026-03-03", 150)]),
        ];
        let rows = abc(&clients, year());
        let got: Vec<(&str, i64, Option<Abc>)> = rows.iter().map(|r| (r.name.as_str(), r.turnover, r.class)).collect();
        assert_eq!(
            got,
            vec![
                ("Alfa", 500, Some(Abc::A)),
                ("Beta", 200, Some(Abc::B)),
                ("Gama", 150, Some(Abc::B)),
                ("Delta", 100, Some(Abc::C)),
                ("Epsilon", 50, Some(Abc::C)),
                ("Zeta", 0, None),
            ]
        );
    }

    #[test]
    fn abc_ties_keep_the_name_order_and_one_client_is_a() {
        let clients = vec![client(2, "Ana", &[("2026-01-01", 100)]), client(1, "Ştefan", &[("2026-01-01", 100)])];
        let rows = abc(&clients, year());
        // Ana 0% above → A; Ştefan 50% above → B.
        assert_eq!((rows[0].name.as_str(), rows[0].class), ("Ana", Some(Abc::A)));
        assert_eq!((rows[1].name.as_str(), rows[1].class), ("Ştefan", Some(Abc::B)));
        let single = abc(&[client(1, "Solo", &[("2026-06-01", 1)])], year());
        assert_eq!(single[0].class, Some(Abc::A));
    }

    #[test]
    fn xyz_by_the_coefficient_of_variation_of_twelve_months() {
        // Steady: 100 every month → cv 0 → X.
        let steady: Vec<(String, i64)> =
            (1..=12).map(|m| (format!("{}-{m:02}-15", if m >= 11 { 2025 } else { 2026 }), 100)).collect();
        let steady: Vec<(&str, i64)> = steady.iter().map(|(d, a)| (d.as_str(), *a)).collect();
        // Alternating 90/110: mean 100, sd 10 → cv 0.10 → X (up to 10%).
        let alternating: Vec<(String, i64)> = (0..12)
            .map(|i| {
                let month = d("2025-11-15") + Months::new(i);
                (month.to_string(), if i % 2 == 0 { 90 } else { 110 })
            })
            .collect();
        let alternating: Vec<(&str, i64)> = alternating.iter().map(|(d, a)| (d.as_str(), *a)).collect();
        // Alternating 80/120: sd 20 → cv 0.20 → Y.
        let seasonal: Vec<(String, i64)> = (0..12)
            .map(|i| ((d("2025-11-15") + Months::new(i)).to_string(), if i % 2 == 0 { 80 } else { 120 }))
            .collect();
        let seasonal: Vec<(&str, i64)> = seasonal.iter().map(|(d, a)| (d.as_str(), *a)).collect();
        // One order of 1200 in one month: mean 100, sd √(1100²+11·100²)/√12 ≈ 331.7 → Z.
        // A new client (first order within the last three months) has no class.
        let clients = vec![
            client(1, "Steady", &steady),
            client(2, "Alternating", &alternating),
            client(3, "Seasonal", &seasonal),
            client(4, "Once", &[("2026-01-20", 1200)]),
            client(5, "Newcomer", &[("2026-09-01", 100), ("2026-10-01", 100)]),
            client(6, "Silent", &[("2024-01-01", 100)]),
        ];
        let rows = xyz(&clients, year(), 3);
        let got: Vec<(&str, Option<Xyz>)> = rows.iter().map(|r| (r.name.as_str(), r.class)).collect();
        assert_eq!(
            got,
            vec![
                ("Steady", Some(Xyz::X)),
                ("Alternating", Some(Xyz::X)),
                ("Seasonal", Some(Xyz::Y)),
                ("Once", Some(Xyz::Z)),
                ("Newcomer", None),
                ("Silent", None),
            ]
        );
        assert!((rows[2].cv.unwrap() - 0.20).abs() < 1e-9);
        assert!((rows[3].cv.unwrap() - 3.3166).abs() < 1e-3);
        assert_eq!(rows[3].months.iter().sum::<i64>(), 1200);
        assert_eq!(rows[3].months[2], 1200, "January is the third month from November");
    }

    #[test]
    fn every_lifecycle_class_at_its_boundaries() {
        // to = 2026-10-31, three months: current 2026-08-01…10-31,
        // previous 2026-05-01…07-31.
        let to = d("2026-10-31");
        let clients = vec![
            client(1, "Potential", &[]),
            client(2, "New", &[("2026-08-01", 10)]),
            client(3, "Permanent", &[("2026-07-31", 10), ("2026-10-31", 10)]),
            client(4, "Restored", &[("2026-04-30", 10), ("2026-09-15", 10)]),
            client(5, "Lost", &[("2026-07-31", 10)]),
            client(6, "Future only", &[("2026-11-05", 10)]),
        ];
        let got: Vec<Lifecycle> = lifecycle(&clients, to, 3).into_iter().map(|r| r.class).collect();
        assert_eq!(
            got,
            vec![
                Lifecycle::Potential,
                Lifecycle::New,
                Lifecycle::Permanent,
                Lifecycle::Restored,
                Lifecycle::Lost,
                Lifecycle::Potential,
            ]
        );
    }

    #[test]
    fn the_grid_counts_clients_with_both_classes() {
        let a = vec![
            AbcRow { id: 1, name: "a".into(), turnover: 700, class: Some(Abc::A) },
            AbcRow { id: 2, name: "b".into(), turnover: 300, class: Some(Abc::B) },
            AbcRow { id: 3, name: "c".into(), turnover: 0, class: None },
        ];
        let x = vec![
            XyzRow { id: 1, name: "a".into(), months: vec![], cv: Some(0.05), class: Some(Xyz::X) },
            XyzRow { id: 2, name: "b".into(), months: vec![], cv: None, class: None },
        ];
        let cells = abc_xyz(&a, &x);
        assert_eq!(cells.len(), 9);
        assert_eq!(cells[0], Cell { abc: Abc::A, xyz: Xyz::X, clients: 1, turnover: 700 });
        assert_eq!(cells.iter().map(|c| c.clients).sum::<usize>(), 1);
    }
}
