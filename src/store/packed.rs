//! Each client's order lines packed into one value of `sales_packed`, the
//! form the reports read: a million lines then arrive as 100,000 values
//! instead of a million rows, each taken apart column by column.
//!
//! The packed value is derived, never the truth: triggers on `orders`
//! delete a client's value in the same transaction as any change of its
//! lines, and a client without a value is read from `orders` itself. The
//! writes of this program pack again the clients they change, so that the
//! fallback is taken only after a change made by another program.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, Row, params};

use super::Result;
use super::clients::quick_date;
use crate::domain::classes::Sale;
use crate::domain::model::ClientId;

/// The layout of a packed value, its first byte: a value in another layout
/// counts as missing.
const FORMAT: u8 = 1;
/// Bytes of one line: day (i32, days from 1 January of year 1), amount
/// (i64), product id (i64, 0 for none), paid (u8); little-endian.
const LINE: usize = 21;

/// Up to this many clients are read from `orders` one by one; more, in one
/// pass over the lines index.
pub(super) const SEEKS: usize = 2_000;

/// The packed value of `lines`, in the order given.
pub(crate) fn encode(lines: &[Sale]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + lines.len() * LINE);
    out.push(FORMAT);
    for s in lines {
        out.extend_from_slice(&s.date.num_days_from_ce().to_le_bytes());
        out.extend_from_slice(&s.amount.to_le_bytes());
        out.extend_from_slice(&s.product.unwrap_or(0).to_le_bytes());
        out.push(u8::from(s.paid));
    }
    out
}

/// Appends to `out` the lines of `value` dated up to `to`; false for a value
/// this build cannot read (another layout, a cut-off line, a bad day).
pub(crate) fn decode(value: &[u8], to: NaiveDate, out: &mut Vec<Sale>) -> bool {
    let Some((&FORMAT, body)) = value.split_first() else { return false };
    if body.len() % LINE != 0 {
        return false;
    }
    let start = out.len();
    out.reserve(body.len() / LINE);
    for line in body.chunks_exact(LINE) {
        let (day, rest) = line.split_at(4);
        let (amount, rest) = rest.split_at(8);
        let (product, paid) = rest.split_at(8);
        let day = i32::from_le_bytes(day.try_into().unwrap_or_default());
        let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) else {
            out.truncate(start);
            return false;
        };
        if date > to {
            continue;
        }
        let product = i64::from_le_bytes(product.try_into().unwrap_or_default());
        out.push(Sale {
            date,
            amount: i64::from_le_bytes(amount.try_into().unwrap_or_default()),
            product: (product != 0).then_some(product),
            paid: paid.first().is_some_and(|p| *p != 0),
        });
    }
    true
}

/// What the agenda weighs of a client's packed `value`: the sum of the lines
/// dated after `since` and up to `to`, and the first day of a paid line up
/// to `to`, worked out on the days as numbers, no line taken out (taking
/// out the demo's million lines was a quarter of everyone's agenda); none
/// where `decode` would refuse the value.
pub(crate) fn sum_up(value: &[u8], since: NaiveDate, to: NaiveDate) -> Option<(i64, Option<NaiveDate>)> {
    let (&FORMAT, body) = value.split_first()? else { return None };
    if body.len() % LINE != 0 {
        return None;
    }
    let days = NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce();
    let (since, to) = (since.num_days_from_ce(), to.num_days_from_ce());
    let (mut sum, mut first) = (0i64, None::<i32>);
    for line in body.chunks_exact(LINE) {
        let (day, rest) = line.split_at(4);
        let day = i32::from_le_bytes(day.try_into().unwrap_or_default());
        if !days.contains(&day) {
            return None;
        }
        if day > to {
            continue;
        }
        let (amount, rest) = rest.split_at(8);
        if day > since {
            sum = sum.saturating_add(i64::from_le_bytes(amount.try_into().unwrap_or_default()));
        }
        if rest.last().is_some_and(|paid| *paid != 0) && first.is_none_or(|f| day < f) {
            first = Some(day);
        }
    }
    Some((sum, first.and_then(NaiveDate::from_num_days_from_ce_opt)))
}

/// One row of `orders` read as `SELECT client_id, date, amount, product_id, paid`.
fn sale(r: &Row) -> rusqlite::Result<Sale> {
    let date = quick_date(r, 1)?
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(1, "date".into(), rusqlite::types::Type::Null))?;
    Ok(Sale { date, amount: r.get(2)?, product: r.get(3)?, paid: r.get(4)? })
}

/// Reads from `orders` the lines (dated up to `to`, if given) of each client
/// of `ids` and hands them to `each`, client by client in id order (a client
/// without lines gets an empty slice).
pub(crate) fn read_lines(
    conn: &Connection,
    ids: &[ClientId],
    to: Option<NaiveDate>,
    each: impl FnMut(ClientId, &[Sale]) -> Result<()>,
) -> Result<()> {
    read_lines_by(conn, ids, to, ids.len() <= SEEKS, each)
}

/// `read_lines`, one client at a time or in one pass over every line.
fn read_lines_by(
    conn: &Connection,
    ids: &[ClientId],
    to: Option<NaiveDate>,
    one_by_one: bool,
    mut each: impl FnMut(ClientId, &[Sale]) -> Result<()>,
) -> Result<()> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut lines: Vec<Sale> = Vec::new();
    if one_by_one {
        let mut stmt = conn.prepare_cached(
            "SELECT client_id, date, amount, product_id, paid FROM orders INDEXED BY orders_sales
             WHERE client_id = ?1 AND (?2 IS NULL OR date <= ?2) ORDER BY client_id, date, amount, product_id, paid",
        )?;
        for id in ids {
            lines.clear();
            let mut rows = stmt.query(params![id, to])?;
            while let Some(r) = rows.next()? {
                lines.push(sale(r)?);
            }
            each(id, &lines)?;
        }
        return Ok(());
    }
    // One pass: the index hands the lines over client by client.
    let mut stmt = conn.prepare(
        "SELECT client_id, date, amount, product_id, paid FROM orders INDEXED BY orders_sales
         WHERE ?1 IS NULL OR date <= ?1 ORDER BY client_id, date, amount, product_id, paid",
    )?;
    let mut rows = stmt.query([to])?;
    let mut wanted = ids.iter().copied().peekable();
    let mut of: Option<ClientId> = None;
    while let Some(r) = rows.next()? {
        let id: ClientId = r.get(0)?;
        if of != Some(id) {
            if let Some(done) = of.take() {
                each(done, &lines)?;
            }
            // Clients without lines before this one.
            while let Some(next) = wanted.next_if(|w| *w < id) {
                each(next, &[])?;
            }
            if wanted.next_if_eq(&id).is_none() {
                continue;
            }
            lines.clear();
            of = Some(id);
        }
        lines.push(sale(r)?);
    }
    if let Some(done) = of {
        each(done, &lines)?;
    }
    for rest in wanted {
        each(rest, &[])?;
    }
    Ok(())
}

/// Packs again the lines of those of `ids` that are in the file.
pub(crate) fn pack(conn: &Connection, ids: &[ClientId]) -> Result<()> {
    let mut write = conn.prepare_cached(
        "INSERT OR REPLACE INTO sales_packed (client_id, lines)
         SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM clients WHERE id = ?1)",
    )?;
    read_lines(conn, ids, None, |id, lines| {
        write.execute(params![id, encode(lines)])?;
        Ok(())
    })
}

/// The clients that have no packed value (a file from an earlier version,
/// or orders changed by another program).
pub(crate) fn missing(conn: &Connection) -> Result<Vec<ClientId>> {
    Ok(conn
        .prepare(
            "SELECT c.id FROM clients c INDEXED BY clients_sort
             WHERE NOT EXISTS (SELECT 1 FROM sales_packed p WHERE p.client_id = c.id)",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

/// Packs the lines of every client that has no packed value; returns how many.
pub(crate) fn pack_missing(conn: &Connection) -> Result<usize> {
    let missing = missing(conn)?;
    pack(conn, &missing)?;
    Ok(missing.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_come_back_as_they_went_in_up_to_the_day() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let lines = vec![
            Sale { date: d("0001-01-01"), amount: i64::MIN, product: None, paid: false },
            Sale { date: d("2026-11-23"), amount: 1_234_567, product: Some(7), paid: true },
            Sale { date: d("2026-11-24"), amount: -5, product: Some(i64::MAX), paid: true },
        ];
        let mut out = Vec::new();
        assert!(decode(&encode(&lines), NaiveDate::MAX, &mut out));
        assert_eq!(out, lines);
        out.clear();
        assert!(decode(&encode(&lines), d("2026-11-23"), &mut out));
        assert_eq!(out, lines[..2]);
        assert!(decode(&encode(&[]), NaiveDate::MAX, &mut out));
    }

    #[test]
    fn one_by_one_and_in_one_pass_read_the_same_lines() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::schema::migrations().to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO clients (id, name, column_name, column_since, created_at, updated_at) VALUES
                 (1, 'a', 'prospects', '', '', ''), (2, 'b', 'prospects', '', '', ''),
                 (3, 'c', 'prospects', '', '', ''), (4, 'd', 'prospects', '', '', '');
             INSERT INTO orders (client_id, date, amount, paid, created_at) VALUES
                 (2, '2026-02-01', 5, 1, ''), (2, '2026-01-01', 7, 0, ''), (4, '2026-03-01', 1, 1, ''),
                 (1, '2027-01-01', 9, 1, '');",
        )
        .unwrap();
        let read = |ids: &[ClientId], one_by_one: bool| {
            let mut got = Vec::new();
            let to = Some("2026-12-31".parse().unwrap());
            read_lines_by(&conn, ids, to, one_by_one, |id, lines| {
                got.push((id, lines.iter().map(|s| (s.date.to_string(), s.amount)).collect::<Vec<_>>()));
                Ok(())
            })
            .unwrap();
            got
        };
        let want = vec![
            (1, vec![]),
            (2, vec![("2026-01-01".to_string(), 7), ("2026-02-01".to_string(), 5)]),
            (3, vec![]),
            (4, vec![("2026-03-01".to_string(), 1)]),
        ];
        assert_eq!(read(&[4, 3, 2, 1, 2], true), want);
        assert_eq!(read(&[4, 3, 2, 1, 2], false), want);
        assert_eq!(read(&[3, 4], false), want[2..]);
        assert_eq!(read(&[1], false), want[..1]);
    }

    proptest::proptest! {
        #[test]
        fn summed_up_as_packed_or_from_the_lines_taken_out_alike(
            lines in proptest::collection::vec((-3_000i32..3_000, -1_000i64..1_000, proptest::bool::ANY), 0..40),
            since in -1_000i32..1_000,
            to in -1_000i32..2_000,
            cut in proptest::bool::weighted(0.1),
            bad_day in proptest::bool::weighted(0.1),
        ) {
            let day = |n: i32| NaiveDate::from_num_days_from_ce_opt(739_000 + n).unwrap();
            let lines: Vec<Sale> = lines
                .iter()
                .map(|&(d, amount, paid)| Sale { date: day(d), amount, product: None, paid })
                .collect();
            let mut value = encode(&lines);
            if cut {
                value.pop();
            }
            if bad_day && value.len() > LINE {
                value[1..5].copy_from_slice(&i32::MAX.to_le_bytes());
            }
            let (since, to) = (day(since), day(to));
            let mut out = Vec::new();
            let taken_out = decode(&value, to, &mut out).then(|| {
                let sum = out.iter().filter(|s| s.date > since).map(|s| s.amount).sum::<i64>();
                (sum, out.iter().filter(|s| s.paid).map(|s| s.date).min())
            });
            proptest::prop_assert_eq!(sum_up(&value, since, to), taken_out);
        }
    }

    #[test]
    fn a_value_it_cannot_read_counts_as_missing() {
        let mut out = Vec::new();
        assert!(!decode(&[], NaiveDate::MAX, &mut out));
        assert!(!decode(&[FORMAT + 1], NaiveDate::MAX, &mut out));
        let mut cut = encode(&[Sale::default()]);
        cut.pop();
        assert!(!decode(&cut, NaiveDate::MAX, &mut out));
        let mut bad_day = vec![FORMAT];
        bad_day.extend_from_slice(&i32::MAX.to_le_bytes());
        bad_day.extend_from_slice(&[0; LINE - 4]);
        assert!(!decode(&bad_day, NaiveDate::MAX, &mut out));
        assert!(out.is_empty());
        for value in [&[][..], &[FORMAT + 1], &cut, &bad_day] {
            assert_eq!(sum_up(value, NaiveDate::MIN, NaiveDate::MAX), None);
        }
    }
}
