//! Greetings: the public holidays the office greets its clients on (a
//! small list in `holidays.toml`; New Year and 8 March by default), and the
//! persons to greet on a holiday, a birthday or an important date, with
//! their phones and e-mails.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::Category;
use super::agenda::{Item, ItemKind, yearly_day};
use super::model::ClientId;

/// The clients greeted on a holiday when its entry names no categories:
/// those in touch with us who have not refused or left.
pub const DEFAULT_CATEGORIES: [Category; 5] =
    [Category::Green, Category::Yellow, Category::GreenGold, Category::Gold, Category::Platinum];

/// A public holiday, every year on `month`-`day`, or once when `year` is given
/// (a movable feast is listed for each year it is greeted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// Stable id: what marks a client greeted (`holiday:<key>`).
    pub key: String,
    pub name: String,
    pub month: u32,
    pub day: u32,
    pub year: Option<i32>,
    /// Whose decision-makers are greeted.
    pub categories: Vec<Category>,
    /// Only the clients of this saved selection, if given.
    pub selection: Option<String>,
}

impl Holiday {
    /// The day the holiday falls on between `from` and `to`, if it does.
    pub fn falls(&self, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
        let years = match self.year {
            Some(y) => y..=y,
            None => from.year()..=to.year(),
        };
        years.filter_map(|y| yearly_day(y, self.month, self.day)).find(|d| (from..=to).contains(d))
    }

    pub fn occasion(&self) -> String {
        format!("holiday:{}", self.key)
    }
}

/// The holidays when no `holidays.toml` is there.
pub fn defaults() -> Vec<Holiday> {
    let holiday = |key: &str, name: &str, month, day| Holiday {
        key: key.into(),
        name: name.into(),
        month,
        day,
        year: None,
        categories: DEFAULT_CATEGORIES.to_vec(),
        selection: None,
    };
    vec![
        holiday("new_year", crate::i18n::t("holiday-new_year"), 1, 1),
        holiday("women_day", crate::i18n::t("holiday-women_day"), 3, 8),
    ]
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    holiday: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    key: String,
    name: String,
    date: String,
    categories: Option<Vec<String>>,
    selection: Option<String>,
}

/// Reads a holidays file: `[[holiday]]` tables of `key`, `name`, `date`
/// (`MM-DD` every year, `YYYY-MM-DD` once) and, optionally, `categories`
/// and `selection`. The first thing wrong is named, with its holiday.
pub fn parse(text: &str) -> Result<Vec<Holiday>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let mut out: Vec<Holiday> = Vec::new();
    for e in file.holiday {
        let key = e.key.trim().to_string();
        let bad = |field: &str, value: &str, why: &str| {
            crate::tr!("holiday-bad", key = key.as_str(), field = field, value = value, why = why)
        };
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            return Err(bad("key", &e.key, crate::i18n::t("holiday-bad-key")));
        }
        if out.iter().any(|h| h.key == key) {
            return Err(bad("key", &key, crate::i18n::t("holiday-twice")));
        }
        if e.name.trim().is_empty() {
            return Err(bad("name", &e.name, crate::i18n::t("holiday-no-name")));
        }
        let (year, month, day) =
            holiday_date(e.date.trim()).ok_or_else(|| bad("date", &e.date, crate::i18n::t("holiday-bad-date")))?;
        let categories = match e.categories {
            None => DEFAULT_CATEGORIES.to_vec(),
            Some(list) => list
                .iter()
                .map(|c| c.parse::<Category>().map_err(|err| bad("categories", c, &err.reason)))
                .collect::<Result<_, _>>()?,
        };
        out.push(Holiday {
            key,
            name: e.name.trim().to_string(),
            month,
            day,
            year,
            categories,
            selection: e.selection.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        });
    }
    Ok(out)
}

fn holiday_date(text: &str) -> Option<(Option<i32>, u32, u32)> {
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some((Some(d.year()), d.month(), d.day()));
    }
    let (m, d) = text.split_once('-')?;
    let (month, day) = (m.parse().ok()?, d.parse().ok()?);
    // Checked on a leap year, so that 02-29 is a day.
    NaiveDate::from_ymd_opt(2024, month, day).map(|_| (None, month, day))
}

/// One person (or a private client) to greet on one occasion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Greeting {
    pub date: NaiveDate,
    /// `birthday`, `important_date` or `holiday`.
    pub kind: ItemKind,
    /// What marks it greeted: `birthday:<person>`, `event:<id>`, `holiday:<key>`.
    pub occasion: String,
    /// The occasion in words: `Birthday`, `Founding day (10 years)`, `New Year`.
    pub title: String,
    pub client_id: ClientId,
    /// The client's name.
    pub name: String,
    /// The person greeted; none for a client without persons.
    pub person: Option<String>,
    pub position: Option<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
    pub manager: Option<String>,
}

impl Greeting {
    /// Whom to greet and how to reach them, in one line; the person's name
    /// is left out when the occasion already says it (`Мария turns 40`).
    pub fn contacts(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(p) = self.person.as_ref().filter(|p| !self.title.contains(p.as_str())) {
            parts.push(match &self.position {
                Some(pos) => format!("{p}, {pos}"),
                None => p.clone(),
            });
        }
        parts.extend(self.phones.iter().take(1).cloned());
        parts.extend(self.emails.iter().take(1).cloned());
        if parts.is_empty() { crate::i18n::t("greet-no-contacts").to_string() } else { parts.join(" · ") }
    }

    /// The greeting as an agenda item (the agenda view's greetings list).
    pub fn item(&self, today: NaiveDate) -> Item {
        Item {
            client_id: self.client_id,
            name: self.name.clone(),
            person: self.person.clone(),
            kind: self.kind,
            date: self.date,
            days_overdue: (today - self.date).num_days(),
            detail: self.title.clone().into(),
            manager: self.manager.as_deref().map(Into::into),
            weight: 1.0,
            reference: Some(self.occasion.clone()),
            contacts: Some(self.contacts()),
        }
    }
}

/// Nearest day first, then holiday before birthday before date, then by client.
pub fn order(list: &mut [Greeting]) {
    list.sort_by_cached_key(|g| (g.date, g.kind != ItemKind::Holiday, g.kind, super::fold::fold(&g.name), g.client_id));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_defaults_are_new_year_and_8_march() {
        let all = defaults();
        assert_eq!(all.iter().map(|h| h.key.as_str()).collect::<Vec<_>>(), ["new_year", "women_day"]);
        // New Year is found across the turn of the year.
        assert_eq!(all[0].falls(d("2026-12-28"), d("2027-01-04")), Some(d("2027-01-01")));
        assert_eq!(all[1].falls(d("2026-11-23"), d("2026-11-30")), None);
    }

    #[test]
    fn a_holidays_file_replaces_the_defaults() {
        let text = r#"
            [[holiday]]
            key = "easter_2027"
            name = "Easter"
            date = "2027-05-02"
            categories = ["gold", "platinum"]

            [[holiday]]
            key = "national_day"
            name = "Ziua Națională"
            date = "12-01"
            selection = "Clienți RO"
        "#;
        let all = parse(text).unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].year, Some(2027));
        assert_eq!(all[0].categories, [Category::Gold, Category::Platinum]);
        assert_eq!(all[0].falls(d("2026-04-28"), d("2026-05-05")), None, "only in 2027");
        assert_eq!(all[1].falls(d("2026-11-23"), d("2026-12-01")), Some(d("2026-12-01")));
        assert_eq!(all[1].selection.as_deref(), Some("Clienți RO"));
        assert_eq!(all[1].categories, DEFAULT_CATEGORIES);
    }

    #[test]
    fn a_bad_holiday_is_named_with_its_field() {
        let one = |body: &str| parse(&format!("[[holiday]]\n{body}")).unwrap_err();
        assert_eq!(
            one("key = \"x\"\nname = \"X\"\ndate = \"02-30\""),
            "holiday 'x': date: '02-30' is not a day: write MM-DD for every year or YYYY-MM-DD for one"
        );
        assert!(one("key = \"New Year\"\nname = \"X\"\ndate = \"01-01\"").starts_with("holiday 'New Year': key:"));
        assert!(
            one("key = \"x\"\nname = \"X\"\ndate = \"01-01\"\ncategories = [\"blue\"]")
                .starts_with("holiday 'x': categories: 'blue'")
        );
        assert!(one("key = \"x\"\nname = \"X\"\ndate = \"01-01\"\ncolour = 1").contains("unknown field `colour`"));
        let twice = "[[holiday]]\nkey = \"x\"\nname = \"X\"\ndate = \"01-01\"\n".repeat(2);
        assert_eq!(parse(&twice).unwrap_err(), "holiday 'x': key: 'x' is given twice");
    }

    #[test]
    fn a_holiday_on_29_february_falls_on_the_28th_in_common_years() {
        let h = Holiday { month: 2, day: 29, ..defaults().remove(0) };
        assert_eq!(h.falls(d("2027-02-25"), d("2027-03-01")), Some(d("2027-02-28")));
        assert_eq!(h.falls(d("2028-02-25"), d("2028-03-01")), Some(d("2028-02-29")));
    }

    #[test]
    fn contacts_read_as_one_line() {
        let g = Greeting {
            date: d("2027-01-01"),
            kind: ItemKind::Holiday,
            occasion: "holiday:new_year".into(),
            title: "New Year".into(),
            client_id: 7,
            name: "Ștefănescu SRL".into(),
            person: Some("Ion Ștefănescu".into()),
            position: Some("director".into()),
            phones: vec!["+40 721 000 111".into(), "+40 21 000".into()],
            emails: vec!["ion@stefanescu.ro".into()],
            manager: None,
        };
        assert_eq!(g.contacts(), "Ion Ștefănescu, director · +40 721 000 111 · ion@stefanescu.ro");
        let item = g.item(d("2026-12-28"));
        assert_eq!((item.days_overdue, item.reference.as_deref()), (-4, Some("holiday:new_year")));
        assert_eq!((item.detail.as_ref(), item.contacts.as_deref()), ("New Year", Some(g.contacts().as_str())));
        let none = Greeting { person: None, position: None, phones: vec![], emails: vec![], ..g };
        assert_eq!(none.contacts(), "no phone or e-mail");
    }
}
