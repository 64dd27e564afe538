//! The rows of a client list as clients, each perhaps with a person of it,
//! or as the reasons a row cannot be one (`line N: field 'value': reason`).

use chrono::NaiveDate;

use super::columns::Field;
use super::table::{Record, Table};
use crate::domain::channels::{check, split_list};
use crate::domain::dates::{Birthday, parse_date};
use crate::domain::fold::fold;
use crate::domain::model::{NewClient, NewOrder, NewPerson};
use crate::domain::{Category, ChannelKind, ClientKind, ValidationError, parse_amount};

/// How the file writes dates with slashes: `D/M/YYYY` or `M/D/YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayOrder {
    DayFirst,
    MonthFirst,
}

impl std::str::FromStr for DayOrder {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "dmy" => Ok(DayOrder::DayFirst),
            "mdy" => Ok(DayOrder::MonthFirst),
            _ => Err(ValidationError::new("dates", s, crate::i18n::t("err-expected-dmy-day-month-year"))),
        }
    }
}

/// One row as a client.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientRecord {
    pub line: usize,
    pub client: NewClient,
    pub person: Option<NewPerson>,
}

/// A row that cannot be imported, with every reason.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub line: usize,
    pub fields: Vec<String>,
    pub errors: Vec<ValidationError>,
}

impl Rejected {
    /// `line N: field 'value': reason`, one line per reason.
    pub fn lines(&self) -> Vec<String> {
        self.errors
            .iter()
            .map(|e| crate::tr!("import-line", line = self.line.to_string(), error = e.to_string()))
            .collect()
    }
}

/// One row as an order line, with the client it is for (added when the
/// file does not have it).
#[derive(Debug, Clone, PartialEq)]
pub struct OrderRecord {
    pub line: usize,
    pub client: NewClient,
    pub order: NewOrder,
}

/// What the rows of a file are.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows<T> {
    pub records: Vec<T>,
    pub rejected: Vec<Rejected>,
}

/// The placeholders exporters write for "no date" (Outlook's `0/0/00`).
fn no_date(text: &str) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    text.trim().is_empty() || (!digits.is_empty() && digits.chars().all(|c| c == '0'))
}

/// The three numbers of a slash date `a/b/y`, if it is one.
fn slash(text: &str) -> Option<(u32, u32, &str)> {
    let mut parts = text.trim().split('/');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(y), None) => Some((a.trim().parse().ok()?, b.trim().parse().ok()?, y.trim())),
        _ => None,
    }
}

/// The order of the file's slash dates, where they make it plain: a first
/// number above 12 is a day, a second above 12 is a day.
pub fn day_order<'a>(dates: impl Iterator<Item = &'a str>) -> Option<DayOrder> {
    let (mut day_first, mut month_first) = (false, false);
    for (a, b, _) in dates.filter_map(slash) {
        day_first |= a > 12;
        month_first |= b > 12;
    }
    match (day_first, month_first) {
        (true, false) => Some(DayOrder::DayFirst),
        (false, true) => Some(DayOrder::MonthFirst),
        _ => None,
    }
}

/// The order of the slash dates in the date columns of `table`, where
/// they make it plain.
pub fn file_day_order(table: &Table, fields: &[Option<Field>]) -> Option<DayOrder> {
    let dates = table.records.iter().flat_map(|r| {
        fields
            .iter()
            .zip(&r.fields)
            .filter(|(f, _)| matches!(f, Some(Field::Birthday | Field::NextContact | Field::Date)))
            .map(|(_, v)| v.as_str())
    });
    day_order(dates)
}

/// A date as offices write it: empty or a placeholder is none.
pub fn date(field: &str, text: &str, order: Option<DayOrder>) -> Result<Option<NaiveDate>, ValidationError> {
    if no_date(text) {
        return Ok(None);
    }
    let Some((a, b, y)) = slash(text) else { return parse_date(field, text).map(Some) };
    let (day, month) = match order {
        Some(DayOrder::DayFirst) => (a, b),
        Some(DayOrder::MonthFirst) => (b, a),
        None if a == b => (a, b),
        None => {
            return Err(ValidationError::new(field, text, crate::i18n::t("err-is-ambiguous-day-month-or")));
        }
    };
    let year: i32 = y
        .parse()
        .ok()
        .filter(|_| y.len() == 4)
        .ok_or_else(|| ValidationError::new(field, text, crate::i18n::t("err-expected-four-digit-year-21")))?;
    NaiveDate::from_ymd_opt(year, month, day)
        .map(Some)
        .ok_or_else(|| ValidationError::new(field, text, crate::i18n::t("err-is-not-date")))
}

/// A birthday as `Birthday::parse` reads it, or a slash date; a placeholder
/// is none, and Apple's year 1604 means "no year".
pub fn birthday(text: &str, order: Option<DayOrder>) -> Result<Option<Birthday>, ValidationError> {
    let b = if no_date(text) {
        None
    } else if slash(text).is_some() {
        date("birthday", text, order)?.map(Birthday::from)
    } else {
        Some(Birthday::parse("birthday", text)?)
    };
    Ok(b.map(|b| if b.year == Some(1604) { Birthday { year: None, ..b } } else { b }))
}

/// The values one row gives each field, in column order.
struct Values<'a> {
    fields: &'a [Option<Field>],
    record: &'a Record,
}

impl<'a> Values<'a> {
    fn all(&self, field: Field) -> impl Iterator<Item = &'a str> + '_ {
        self.fields
            .iter()
            .zip(&self.record.fields)
            .filter(move |(f, v)| **f == Some(field) && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }

    fn one(&self, field: Field) -> Option<String> {
        let v: Vec<&str> = self.all(field).collect();
        if v.is_empty() { None } else { Some(v.join(", ")) }
    }

    /// Lists in any of the field's columns (`a; b`, Google's `a ::: b`).
    fn list(&self, field: Field) -> Vec<String> {
        self.all(field).flat_map(|v| split_list(&v.replace(":::", ";"))).collect()
    }
}

/// The channels of `kind` in `values`, checked.
pub(super) fn channels(values: Vec<String>, kind: ChannelKind, errors: &mut Vec<ValidationError>) -> Vec<String> {
    let field = if kind == ChannelKind::Phone { "phone" } else { "email" };
    let mut out: Vec<String> = Vec::new();
    for v in values {
        match check(field, kind, &v) {
            Ok(v) if !out.contains(&v) => out.push(v),
            Ok(_) => {}
            Err(e) => errors.push(e),
        }
    }
    out
}

/// The value of `result`, or none with its error noted in `errors`.
pub(super) fn noted<T>(errors: &mut Vec<ValidationError>, result: Result<T, ValidationError>) -> Option<T> {
    result.map_err(|e| errors.push(e)).ok()
}

/// Tags as exporters write them: Google's `* myContacts` and `* starred`
/// are its own marks, not the office's.
pub(super) fn tags(values: Vec<String>) -> Vec<String> {
    values
        .into_iter()
        .map(|t| t.trim_start_matches('*').trim().to_string())
        .filter(|t| !t.is_empty() && !matches!(t.as_str(), "myContacts" | "starred"))
        .collect()
}

fn record(values: &Values, people: bool, order: Option<DayOrder>) -> Result<ClientRecord, Vec<ValidationError>> {
    let mut errors = Vec::new();
    let person_name = values.one(Field::Person).or_else(|| {
        let parts: Vec<String> =
            [Field::FirstName, Field::MiddleName, Field::LastName].iter().filter_map(|f| values.one(*f)).collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    });
    let company = values.one(Field::Name);
    let phones = channels(values.list(Field::Phone), ChannelKind::Phone, &mut errors);
    let emails = channels(values.list(Field::Email), ChannelKind::Email, &mut errors);
    // In a list of people, a person of a company owns the phones and e-mails.
    let persons_own = people && company.is_some() && person_name.is_some();
    let address = values.one(Field::Address).or_else(|| {
        let parts: Vec<String> = [Field::Street, Field::PostalCode, Field::Region, Field::Country]
            .iter()
            .filter_map(|f| values.one(*f))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    });
    let category = values.one(Field::Colour).and_then(|c| noted(&mut errors, c.parse::<Category>()));
    let next_contact =
        values.one(Field::NextContact).and_then(|t| noted(&mut errors, date("next contact", &t, order)).flatten());
    let birthday = values.one(Field::Birthday).and_then(|t| noted(&mut errors, birthday(&t, order)).flatten());
    let kind = values.one(Field::Kind).and_then(|k| noted(&mut errors, k.parse::<ClientKind>()));
    let decision_maker = values
        .one(Field::DecisionMaker)
        .is_some_and(|t| noted(&mut errors, yes_or_no("decision maker", &t)).unwrap_or(false));
    let person_phones = channels(values.list(Field::PersonPhone), ChannelKind::Phone, &mut errors);
    let person_emails = channels(values.list(Field::PersonEmail), ChannelKind::Email, &mut errors);
    let (name, kind) = match (&company, &person_name) {
        (Some(c), _) => (c.clone(), kind.unwrap_or(ClientKind::Company)),
        (None, Some(p)) => (p.clone(), ClientKind::Person),
        (None, None) => {
            errors.push(ValidationError::new("name", "", crate::i18n::t("err-client-needs-name-this-row")));
            (String::new(), ClientKind::Company)
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let position = values.one(Field::Position);
    // A person of a company; a private client is the person, and has one of
    // its name only to keep a birthday or a position.
    let person = match (&company, person_name) {
        (Some(_), Some(p)) => Some(NewPerson {
            name: p,
            position,
            phones: if persons_own { [phones.clone(), person_phones].concat() } else { person_phones },
            emails: if persons_own { [emails.clone(), person_emails].concat() } else { person_emails },
            birthday,
            decision_maker,
        }),
        (None, Some(p)) if birthday.is_some() || position.is_some() => Some(NewPerson {
            name: p,
            position,
            phones: person_phones,
            emails: person_emails,
            birthday,
            decision_maker,
        }),
        _ => None,
    };
    let client = NewClient {
        kind: Some(kind),
        name,
        legal_name: values.one(Field::LegalName),
        city: values.one(Field::City),
        address,
        industry: values.one(Field::Industry),
        size: values.one(Field::Size),
        tax_id: values.one(Field::TaxId),
        phones: if persons_own { Vec::new() } else { phones },
        emails: if persons_own { Vec::new() } else { emails },
        website: values.one(Field::Website),
        source: values.one(Field::Source),
        manager: values.one(Field::Manager),
        category,
        tags: tags(values.list(Field::Tags)),
        notes: values.one(Field::Notes),
        next_contact,
    };
    Ok(ClientRecord { line: values.record.line, client, person })
}

/// A yes or a no, as offices (and accounting exports) write them.
fn yes_or_no(field: &str, text: &str) -> Result<bool, ValidationError> {
    match fold(text.trim()).as_str() {
        "yes" | "y" | "true" | "1" | "x" | "+" | "paid" | "да" | "оплачено" | "da" | "achitat" | "platit" | "si"
        | "pagado" | "cobrado" => Ok(true),
        "no" | "n" | "false" | "0" | "-" | "нет" | "не оплачено" | "nu" | "neachitat" | "pendiente" => {
            Ok(false)
        }
        _ => Err(ValidationError::new(field, text, crate::i18n::t("err-expected-yes-or-no-da"))),
    }
}

fn order_record(values: &Values, order: Option<DayOrder>) -> Result<OrderRecord, Vec<ValidationError>> {
    let client = record(values, false, order);
    let mut errors = client.as_ref().err().cloned().unwrap_or_default();
    let date = values.one(Field::Date).and_then(|t| noted(&mut errors, date("date", &t, order)).flatten());
    if date.is_none() && !errors.iter().any(|e| e.field == "date") {
        errors.push(ValidationError::new("date", "", crate::i18n::t("err-order-line-needs-its-date")));
    }
    let amount = match values.one(Field::Amount) {
        Some(t) => noted(&mut errors, parse_amount("amount", &t)),
        None => {
            errors.push(ValidationError::new("amount", "", crate::i18n::t("err-order-line-needs-its-amount")));
            None
        }
    };
    let quantity = match values.one(Field::Quantity) {
        Some(t) => {
            let cleaned: String =
                t.chars().filter(|c| !c.is_whitespace()).map(|c| if c == ',' { '.' } else { c }).collect();
            cleaned.parse::<f64>().ok().filter(|q| q.is_finite()).unwrap_or_else(|| {
                errors.push(ValidationError::new("quantity", &t, crate::i18n::t("err-expected-number-2-or-1")));
                1.0
            })
        }
        None => 1.0,
    };
    // An accounting export lists what was sold: paid unless it says not.
    let paid = values.one(Field::Paid).is_none_or(|t| noted(&mut errors, yes_or_no("paid", &t)).unwrap_or(false));
    match (client, date, amount) {
        (Ok(c), Some(date), Some(amount)) if errors.is_empty() => Ok(OrderRecord {
            line: values.record.line,
            client: c.client,
            order: NewOrder {
                date,
                product: values.one(Field::Product),
                line: values.one(Field::ProductLine),
                quantity,
                amount,
                paid,
            },
        }),
        _ => Err(errors),
    }
}

/// Every row of `table` made a record by `make`, or a rejected row; the
/// order of slash dates comes from `order`, else from the file's dates.
fn rows<T>(
    table: &Table,
    fields: &[Option<Field>],
    order: Option<DayOrder>,
    make: impl Fn(&Values, Option<DayOrder>) -> Result<T, Vec<ValidationError>>,
) -> Rows<T> {
    let order = order.or_else(|| file_day_order(table, fields));
    let mut rows = Rows { records: Vec::new(), rejected: Vec::new() };
    for r in &table.records {
        if r.fields.len() != table.headers.len() {
            let why = crate::tr!("err-row-fields", fields = r.fields.len(), header = table.headers.len());
            rows.rejected.push(Rejected {
                line: r.line,
                fields: r.fields.clone(),
                errors: vec![ValidationError::new("row", &r.fields.join(", "), why)],
            });
            continue;
        }
        match make(&Values { fields, record: r }, order) {
            Ok(c) => rows.records.push(c),
            Err(errors) => rows.rejected.push(Rejected { line: r.line, fields: r.fields.clone(), errors }),
        }
    }
    rows
}

/// Every row of `table` as a client or a rejected row.
pub fn clients(table: &Table, fields: &[Option<Field>], order: Option<DayOrder>, people: bool) -> Rows<ClientRecord> {
    let people = people || fields.iter().any(|f| matches!(f, Some(Field::FirstName | Field::LastName)));
    rows(table, fields, order, |values, order| record(values, people, order))
}

/// Every row of `table` as an order line or a rejected row.
pub fn orders(table: &Table, fields: &[Option<Field>], order: Option<DayOrder>) -> Rows<OrderRecord> {
    rows(table, fields, order, order_record)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn dates_as_offices_write_them() {
        assert_eq!(date("d", "21.07.1980", None).unwrap(), Some(d("1980-07-21")));
        assert_eq!(date("d", "1980-07-21", None).unwrap(), Some(d("1980-07-21")));
        assert_eq!(date("d", "7/21/1980", Some(DayOrder::MonthFirst)).unwrap(), Some(d("1980-07-21")));
        assert_eq!(date("d", "21/7/1980", Some(DayOrder::DayFirst)).unwrap(), Some(d("1980-07-21")));
        assert_eq!(date("d", "5/5/1980", None).unwrap(), Some(d("1980-05-05")), "the same either way");
        for none in ["", "0/0/00", "00.00.0000", "0000-00-00"] {
            assert_eq!(date("d", none, None).unwrap(), None, "{none:?}");
        }
        assert!(date("d", "3/4/1980", None).unwrap_err().to_string().contains("ambiguous"));
        assert!(date("d", "3/4/80", Some(DayOrder::DayFirst)).unwrap_err().to_string().contains("four-digit year"));
        assert_eq!(
            date("birthday", "31.02.2025", None).unwrap_err().to_string(),
            "birthday '31.02.2025': this date does not exist"
        );
        assert_eq!(day_order(["7/21/1980", "3/4/1990"].into_iter()), Some(DayOrder::MonthFirst));
        assert_eq!(day_order(["21/7/1980", "3/4/1990"].into_iter()), Some(DayOrder::DayFirst));
        assert_eq!(day_order(["21/7/1980", "7/21/1980"].into_iter()), None);
    }

    #[test]
    fn birthdays_with_and_without_a_year() {
        let b = |t: &str| birthday(t, Some(DayOrder::MonthFirst)).unwrap().map(|b| b.to_string());
        assert_eq!(b("--07-21").as_deref(), Some("--07-21"));
        assert_eq!(b("--0315").as_deref(), Some("--03-15"));
        assert_eq!(b("1604-07-21").as_deref(), Some("--07-21"));
        assert_eq!(b("21.07").as_deref(), Some("--07-21"));
        assert_eq!(b("7/21/1980").as_deref(), Some("1980-07-21"));
        assert_eq!(b("0/0/00"), None);
    }
}
