//! The reports on the work itself: the funnel, the salesperson table,
//! incoming calls by source, loyalty and the segment × product matrix.

use crate::domain::calls::{self, month, month_of};
use crate::domain::classes::Period;
use crate::domain::complaints::{self as complaints_of, Complaint};
use crate::domain::{funnel as funnel_of, kpi as kpi_of, loyalty as loyalty_of, matrix as matrix_of};
use crate::i18n::{self, amount as format_amount, t};
use crate::store::Store;
use crate::tr;

use super::super::args::{ReportArgs, SegmentBy};
use super::super::{emit, table};
use super::{machine, machine_doc, percent, period_words, print_table};

pub fn funnel(store: &Store, a: &ReportArgs, period: Period) -> anyhow::Result<()> {
    let manager = a.manager.as_deref();
    let f = funnel_of::funnel(&store.columns_now(manager)?, &store.moves(period.to, manager)?, period);
    if let Some(done) = machine_doc(a, &f, |out| f.stages.iter().try_for_each(|s| out.serialize(s)))? {
        return done;
    }
    let stages: Vec<Vec<String>> = f
        .stages
        .iter()
        .map(|s| {
            vec![
                s.column.label().to_string(),
                s.now.to_string(),
                s.entered.to_string(),
                s.moved_on.to_string(),
                percent(s.conversion),
            ]
        })
        .collect();
    let headers = [t("col-column"), t("col-now"), t("col-entered"), t("col-moved-on"), t("col-conversion")];
    let mut out = table::render(&headers, &stages);
    let results: Vec<String> = f.results.iter().map(|r| format!("{} {}", r.name, r.clients)).collect();
    out.push_str(&format!("\n{}\n", tr!("report-results", results = results.join(", "))));
    if !f.lost_reasons.is_empty() {
        let reasons: Vec<Vec<String>> =
            f.lost_reasons.iter().map(|r| vec![r.name.clone(), r.clients.to_string()]).collect();
        out.push_str(&format!("\n{}", table::render(&[t("col-lost-because"), t("col-clients")], &reasons)));
    }
    emit(&format!("{out}{}\n", period_words(period)))
}

pub fn kpi(store: &Store, a: &ReportArgs, period: Period) -> anyhow::Result<()> {
    let lines = store.product_lines()?;
    let rows = kpi_of::kpi(&store.sales(period.to, a.manager.as_deref())?, &lines, period, a.window);
    if let Some(done) = machine(a, &rows)? {
        return done;
    }
    let cells: Vec<Vec<String>> = kpi_of::shown(&rows)
        .into_iter()
        .map(|(name, r)| {
            vec![
                name,
                r.potential.to_string(),
                r.first_sales.to_string(),
                format_amount(r.first_sales_sum),
                r.lost.to_string(),
                r.restored.to_string(),
                r.repeat_sales.to_string(),
                format_amount(r.repeat_sales_sum),
                r.new_line_sales.to_string(),
            ]
        })
        .collect();
    let headers = [
        t("col-salesperson"),
        t("col-potential"),
        t("col-first-sales"),
        t("col-sum"),
        t("col-lost"),
        t("col-restored"),
        t("col-repeat-sales"),
        t("col-sum"),
        t("col-new-lines"),
    ];
    print_table(&headers, &cells, &tr!("report-window", months = a.window), period)
}

pub fn calls(store: &Store, a: &ReportArgs, period: Period) -> anyhow::Result<()> {
    let month = match &a.month {
        Some(text) => month("month", text)?,
        None => month_of(period.to),
    };
    let r = calls::calls_by_source(&store.incoming_calls(month.from, month.to, a.manager.as_deref())?, month);
    let csv = |out: &mut csv::Writer<Vec<u8>>| {
        let header = std::iter::once("date").chain(r.sources.iter().map(String::as_str)).chain(["total"]);
        out.write_record(header)?;
        for day in &r.days {
            let counts = day.counts.iter().chain([&day.total]).map(ToString::to_string);
            out.write_record(std::iter::once(day.date.to_string()).chain(counts))?;
        }
        Ok(())
    };
    if let Some(done) = machine_doc(a, &r, csv)? {
        return done;
    }
    let headers: Vec<&str> = std::iter::once(t("col-day"))
        .chain(r.sources.iter().map(|s| calls::source_label(s)))
        .chain([t("reports-total")])
        .collect();
    let count = |n: usize| if n == 0 { "·".to_string() } else { n.to_string() };
    let mut rows: Vec<Vec<String>> = r
        .days
        .iter()
        .map(|d| {
            std::iter::once(i18n::day_month(d.date))
                .chain(d.counts.iter().map(|n| count(*n)))
                .chain([count(d.total)])
                .collect()
        })
        .collect();
    rows.push(
        std::iter::once(t("reports-total").to_string())
            .chain(r.totals.iter().map(ToString::to_string))
            .chain([r.total.to_string()])
            .collect(),
    );
    let period = format!("{} – {}", i18n::date(month.from), i18n::date(month.to));
    emit(&format!("{}{}\n", table::render(&headers, &rows), tr!("report-calls", period = period)))
}

pub fn loyalty(store: &Store, a: &ReportArgs, period: Period) -> anyhow::Result<()> {
    let l = loyalty_of::loyalty(&store.sales(period.to, a.manager.as_deref())?, period);
    if let Some(done) = machine_doc(a, &l, |out| out.serialize(&l))? {
        return done;
    }
    let rows = vec![
        vec![t("loyalty-buyers").into(), l.buyers.to_string(), String::new()],
        vec![t("loyalty-repeat-buyers").into(), l.repeat_buyers.to_string(), percent(l.repeat_share)],
        vec![t("loyalty-sales").into(), format_amount(l.sales), String::new()],
        vec![t("loyalty-old-clients").into(), format_amount(l.old_client_sales), percent(l.old_client_share)],
        vec![
            t("loyalty-referral").into(),
            format!("{} · {}", l.referral_purchases, format_amount(l.referral_sales)),
            percent(l.referral_share),
        ],
    ];
    print_table(&["", t("col-figure"), t("col-share")], &rows, t("loyalty-summary"), period)
}

pub fn matrix(store: &Store, a: &ReportArgs, period: Period) -> anyhow::Result<()> {
    let clients = store.sales(period.to, a.manager.as_deref())?;
    let products = store.products()?;
    let m = matrix_of::matrix(&clients, &products, period.to, a.share, |c| match a.by {
        SegmentBy::Industry => c.industry.as_deref(),
        SegmentBy::Size => c.size.as_deref(),
        SegmentBy::City => c.city.as_deref(),
    });
    let csv = |out: &mut csv::Writer<Vec<u8>>| {
        out.write_record(["id", "name", "segment", "next_offers"])?;
        for o in &m.offers {
            out.write_record([o.id.to_string(), o.name.clone(), o.segment.clone(), o.missing.join("; ")])?;
        }
        Ok(())
    };
    if let Some(done) = machine_doc(a, &m, csv)? {
        return done;
    }
    let headers: Vec<&str> = [t("col-segment"), t("col-clients"), t("col-buyers")]
        .into_iter()
        .chain(m.products.iter().map(String::as_str))
        .collect();
    let rows: Vec<Vec<String>> = m
        .segments
        .iter()
        .map(|s| {
            let cells = s.users.iter().zip(&s.portrait).map(|(n, p)| if *p { format!("{n}*") } else { n.to_string() });
            [s.name.clone(), s.clients.to_string(), s.buyers.to_string()].into_iter().chain(cells).collect()
        })
        .collect();
    let mut out = table::render(&headers, &rows);
    out.push_str(&format!("{}\n\n", tr!("matrix-legend", share = a.share)));
    let offers: Vec<Vec<String>> = m
        .offers
        .iter()
        .map(|o| vec![o.id.to_string(), o.name.clone(), o.segment.clone(), o.missing.join(", ")])
        .collect();
    out.push_str(&table::render(&[t("col-id"), t("col-name"), t("col-segment"), t("col-next-offers")], &offers));
    emit(&format!("{out}{}\n", tr!("matrix-summary", n = m.offers.len(), to = i18n::date(period.to))))
}

pub fn complaints(store: &Store, a: &ReportArgs, period: Period) -> anyhow::Result<()> {
    let all = store.complaints(a.manager.as_deref())?;
    // Every open complaint, and those closed that were registered in the period.
    let shown: Vec<Complaint> =
        all.into_iter().filter(|k| k.is_open() || period.contains(k.registered_at.date())).collect();
    let summary = complaints_of::summary(&shown);
    #[derive(serde::Serialize)]
    struct Doc<'a> {
        complaints: &'a [Complaint],
        summary: &'a complaints_of::Summary,
    }
    let doc = Doc { complaints: &shown, summary: &summary };
    let csv_rows = || {
        shown.iter().map(|k| {
            let [cause, resolved, fixed] = k.days();
            (k.id, k.client_id, k.client.clone(), k.registered_at.date(), k.what.clone(), cause, resolved, fixed)
        })
    };
    if let Some(done) = machine_doc(a, &doc, |out| {
        out.write_record([
            "id",
            "client_id",
            "client",
            "registered",
            "what",
            "days_to_cause",
            "days_to_resolution",
            "days_to_fix",
        ])?;
        csv_rows().try_for_each(|r| out.serialize(r))
    })? {
        return done;
    }
    let days = |d: Option<i64>| d.map_or_else(|| "—".to_string(), |d| d.to_string());
    let cells: Vec<Vec<String>> = shown
        .iter()
        .map(|k| {
            let [cause, resolved, fixed] = k.days();
            vec![
                k.id.to_string(),
                i18n::date(k.registered_at.date()),
                k.client.clone(),
                k.what.clone(),
                days(cause),
                days(resolved),
                days(fixed),
                k.next_step().map_or_else(|| t("show-closed").to_string(), |s| tr!("complaint-open", step = s.id())),
            ]
        })
        .collect();
    let mean = |m: Option<f64>| m.map_or_else(|| "—".to_string(), |m| format!("{m:.1}"));
    let [cause, resolved, fixed] = summary.mean_days;
    print_table(
        &[
            t("col-id"),
            t("col-registered"),
            t("col-client"),
            t("col-what"),
            t("col-cause-days"),
            t("col-resolved-days"),
            t("col-fixed-days"),
            t("col-state"),
        ],
        &cells,
        &tr!(
            "complaints-summary",
            open = summary.open,
            closed = summary.closed,
            cause = mean(cause),
            resolved = mean(resolved),
            fixed = mean(fixed)
        ),
        period,
    )
}
