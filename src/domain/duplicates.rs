//! Likely duplicates among the clients: the same phone or e-mail (on the
//! card or on a person), the same folded name where the cities and tax ids
//! do not say otherwise, or a close name in the same city — `Vector SRL`
//! and `Vector S.R.L.`, `Popescu Ion` and `Ion Popescu`, one letter mistyped.
//! Plain rules: the store reads the rows, the secretary decides.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::channels::add_missing;
use super::fold::fold;
use super::model::{ClientId, NewClient};
use super::{ChannelKind, ValidationError};
use crate::i18n::t;

/// Why clients look like one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Reason {
    /// The same phone (its last nine digits), as written on one of them.
    Phone(String),
    Email(String),
    /// The same folded name.
    Name,
    /// Close names in the same city.
    SimilarName,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Phone(p) => f.write_str(&crate::tr!("duplicate-same-phone", phone = p.as_str())),
            Reason::Email(e) => f.write_str(&crate::tr!("duplicate-same-email", email = e.as_str())),
            Reason::Name => f.write_str(t("duplicate-same-name")),
            Reason::SimilarName => f.write_str(t("duplicate-close-name")),
        }
    }
}

/// Clients that look like one, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub reasons: Vec<Reason>,
    pub clients: Vec<ClientId>,
}

/// What the name rules read of a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRow {
    pub id: ClientId,
    pub name: String,
    pub city: Option<String>,
    pub tax_id: Option<String>,
}

/// Legal forms that say nothing about which company it is.
const LEGAL_FORMS: &[&str] = &[
    "srl", "sa", "sl", "slu", "sau", "sc", "snc", "pfa", "ii", "ooo", "зао", "оао", "пао", "ао", "ип", "ltd", "llc",
    "inc", "plc", "co", "gmbh", "cia", "y", "si", "and", "ооо", "и",
];

/// A name with case, accents, punctuation and legal forms left out, so that
/// `S.C. Vector S.R.L.` and `vector` agree.
pub fn skeleton(name: &str) -> String {
    // `s.r.l.` is letters cut apart by dots: joined back before forms go.
    let joined = fold(name).replace(['.', '\''], "");
    let words: Vec<&str> = joined.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let kept: Vec<&str> = words.iter().copied().filter(|w| !LEGAL_FORMS.contains(w)).collect();
    if kept.is_empty() { words.join(" ") } else { kept.join(" ") }
}

/// The skeleton's words in alphabetical order: `Popescu Ion`, `Ion Popescu`.
fn sorted_words(skeleton: &str) -> String {
    let mut words: Vec<&str> = skeleton.split(' ').collect();
    words.sort_unstable();
    words.join(" ")
}

/// Where a client is, as far as telling homonyms apart goes: its city and
/// tax id, folded. Two clients of one name are one only where their places
/// agree — no two cities, no two tax ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    city: Option<String>,
    tax_id: Option<String>,
}

impl Place {
    pub fn new(city: Option<&str>, tax_id: Option<&str>) -> Place {
        let folded = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(fold);
        Place { city: folded(city), tax_id: folded(tax_id) }
    }

    pub fn agrees(&self, other: &Place) -> bool {
        let differ = |a: &Option<String>, b: &Option<String>| matches!((a, b), (Some(a), Some(b)) if a != b);
        !differ(&self.city, &other.city) && !differ(&self.tax_id, &other.tax_id)
    }
}

/// A name row folded once for the comparisons.
struct Prepared {
    id: ClientId,
    name: String,
    place: Place,
    skeleton: String,
    sorted: String,
}

impl Prepared {
    fn new(r: &NameRow) -> Prepared {
        let skeleton = skeleton(&r.name);
        Prepared {
            id: r.id,
            name: fold(r.name.trim()),
            place: Place::new(r.city.as_deref(), r.tax_id.as_deref()),
            sorted: sorted_words(&skeleton),
            skeleton,
        }
    }

    fn compatible(&self, other: &Prepared) -> bool {
        self.place.agrees(&other.place)
    }
}

/// Whether two skeletons are one name mistyped: the same words but one,
/// and that one a letter apart (two in a word of ten letters or more) in a
/// word long enough that this is a typo and not another word — `Harbour`
/// and `Harbor`, not `Oana` and `Ioana`, nor `Ramona` and `Simona`.
fn close(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() != wb.len() {
        return false;
    }
    let mut differing = wa.iter().zip(&wb).filter(|(x, y)| x != y);
    let (Some((x, y)), None) = (differing.next(), differing.next()) else { return false };
    let longest = x.chars().count().max(y.chars().count());
    let allowed = match longest {
        0..=5 => 0,
        6..=9 => 1,
        _ => 2,
    };
    allowed > 0 && strsim::levenshtein(x, y) <= allowed
}

/// How many neighbours in sorted order each skeleton is compared with.
const WINDOW: usize = 4;

/// The name groups of `rows`: the same folded name (where compatible), and
/// close names in the same city. Close names are found among neighbours in
/// three orders — of the skeletons, of the skeletons written backwards, and
/// of their words sorted — so that a typo at either end or words turned
/// round are seen without comparing every pair.
pub fn by_name(rows: &[NameRow]) -> Vec<(Reason, Vec<ClientId>)> {
    let rows: Vec<Prepared> = rows.iter().map(Prepared::new).collect();
    let mut out = Vec::new();
    let mut same: BTreeMap<&str, Vec<&Prepared>> = BTreeMap::new();
    for r in &rows {
        same.entry(r.name.as_str()).or_default().push(r);
    }
    for members in same.values().filter(|m| m.len() > 1) {
        // Each client joins the first group it is compatible with.
        let mut groups: Vec<Vec<&Prepared>> = Vec::new();
        for r in members {
            match groups.iter_mut().find(|g| g.iter().all(|m| m.compatible(r))) {
                Some(g) => g.push(r),
                None => groups.push(vec![r]),
            }
        }
        out.extend(
            groups.into_iter().filter(|g| g.len() > 1).map(|g| (Reason::Name, g.iter().map(|r| r.id).collect())),
        );
    }

    let mut by_city: HashMap<&str, Vec<&Prepared>> = HashMap::new();
    for r in &rows {
        if let Some(city) = &r.place.city {
            by_city.entry(city.as_str()).or_default().push(r);
        }
    }
    let mut pairs: Vec<(ClientId, ClientId)> = Vec::new();
    for mut list in by_city.into_values() {
        for order in 0..3 {
            match order {
                0 => list.sort_by(|a, b| (&a.skeleton, a.id).cmp(&(&b.skeleton, b.id))),
                1 => list.sort_by_cached_key(|r| (r.skeleton.chars().rev().collect::<String>(), r.id)),
                _ => list.sort_by(|a, b| (&a.sorted, a.id).cmp(&(&b.sorted, b.id))),
            }
            for (i, a) in list.iter().enumerate() {
                for b in list.iter().skip(i + 1).take(WINDOW) {
                    let near = close(&a.skeleton, &b.skeleton) || close(&a.sorted, &b.sorted);
                    if !a.skeleton.is_empty() && near && a.name != b.name && a.compatible(b) {
                        pairs.push((a.id.min(b.id), a.id.max(b.id)));
                    }
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    out.extend(pairs.into_iter().map(|(a, b)| (Reason::SimilarName, vec![a, b])));
    out
}

/// The candidates (a reason and the clients it joins) as groups: the same
/// clients found for several reasons are one group with every reason, in
/// the order of their first client.
pub fn groups(candidates: Vec<(Reason, Vec<ClientId>)>) -> Vec<Group> {
    let mut by_members: BTreeMap<Vec<ClientId>, Vec<Reason>> = BTreeMap::new();
    for (reason, mut clients) in candidates {
        clients.sort_unstable();
        clients.dedup();
        if clients.len() > 1 {
            by_members.entry(clients).or_default().push(reason);
        }
    }
    by_members
        .into_iter()
        .map(|(clients, mut reasons)| {
            reasons.sort();
            reasons.dedup();
            Group { reasons, clients }
        })
        .collect()
}

/// `groups` after `other` was merged into `keep`: the kept client stands
/// where the other stood, and a group left with one client goes — without
/// finding every group again.
pub fn after_merge(groups: Vec<Group>, keep: ClientId, other: ClientId) -> Vec<Group> {
    groups
        .into_iter()
        .filter_map(|mut g| {
            for id in &mut g.clients {
                if *id == other {
                    *id = keep;
                }
            }
            g.clients.sort_unstable();
            g.clients.dedup();
            (g.clients.len() > 1).then_some(g)
        })
        .collect()
}

/// The fields of a card where two clients to merge may disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeField {
    Name,
    Kind,
    LegalName,
    City,
    Address,
    Industry,
    Size,
    TaxId,
    Website,
    Source,
    Manager,
    Category,
    NextContact,
}

impl MergeField {
    pub const ALL: [MergeField; 13] = [
        MergeField::Name,
        MergeField::Kind,
        MergeField::LegalName,
        MergeField::City,
        MergeField::Address,
        MergeField::Industry,
        MergeField::Size,
        MergeField::TaxId,
        MergeField::Website,
        MergeField::Source,
        MergeField::Manager,
        MergeField::Category,
        MergeField::NextContact,
    ];

    /// The field's stable name (`--take-other city`).
    pub fn id(self) -> &'static str {
        match self {
            MergeField::Name => "name",
            MergeField::Kind => "kind",
            MergeField::LegalName => "legal_name",
            MergeField::City => "city",
            MergeField::Address => "address",
            MergeField::Industry => "industry",
            MergeField::Size => "size",
            MergeField::TaxId => "tax_id",
            MergeField::Website => "website",
            MergeField::Source => "source",
            MergeField::Manager => "manager",
            MergeField::Category => "category",
            MergeField::NextContact => "next_contact",
        }
    }

    /// The field's name on screen.
    pub fn label(self) -> &'static str {
        match self {
            MergeField::Name => t("field-name"),
            MergeField::Kind => t("field-kind"),
            MergeField::LegalName => t("field-legal_name"),
            MergeField::City => t("field-city"),
            MergeField::Address => t("field-address"),
            MergeField::Industry => t("field-industry"),
            MergeField::Size => t("field-size"),
            MergeField::TaxId => t("field-tax_id"),
            MergeField::Website => t("field-website"),
            MergeField::Source => t("field-source"),
            MergeField::Manager => t("field-manager"),
            MergeField::Category => t("field-category"),
            MergeField::NextContact => t("field-next_contact"),
        }
    }

    /// The field's value on `c`, as shown.
    pub fn value(self, c: &NewClient) -> Option<String> {
        let text = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        match self {
            MergeField::Name => text(&Some(c.name.clone())),
            MergeField::Kind => c.kind.map(|k| k.id().to_string()),
            MergeField::LegalName => text(&c.legal_name),
            MergeField::City => text(&c.city),
            MergeField::Address => text(&c.address),
            MergeField::Industry => text(&c.industry),
            MergeField::Size => text(&c.size),
            MergeField::TaxId => text(&c.tax_id),
            MergeField::Website => text(&c.website),
            MergeField::Source => text(&c.source),
            MergeField::Manager => text(&c.manager),
            MergeField::Category => c.category.map(|k| k.id().to_string()),
            MergeField::NextContact => c.next_contact.map(|d| d.to_string()),
        }
    }

    /// Sets the field of `into` to what `from` has.
    fn take(self, into: &mut NewClient, from: &NewClient) {
        match self {
            MergeField::Name => into.name.clone_from(&from.name),
            MergeField::Kind => into.kind = from.kind,
            MergeField::LegalName => into.legal_name.clone_from(&from.legal_name),
            MergeField::City => into.city.clone_from(&from.city),
            MergeField::Address => into.address.clone_from(&from.address),
            MergeField::Industry => into.industry.clone_from(&from.industry),
            MergeField::Size => into.size.clone_from(&from.size),
            MergeField::TaxId => into.tax_id.clone_from(&from.tax_id),
            MergeField::Website => into.website.clone_from(&from.website),
            MergeField::Source => into.source.clone_from(&from.source),
            MergeField::Manager => into.manager.clone_from(&from.manager),
            MergeField::Category => into.category = from.category,
            MergeField::NextContact => into.next_contact = from.next_contact,
        }
    }
}

impl std::str::FromStr for MergeField {
    type Err = ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key = s.trim().to_lowercase().replace([' ', '-'], "_");
        MergeField::ALL.into_iter().find(|f| f.id() == key).ok_or_else(|| {
            let names: Vec<&str> = MergeField::ALL.iter().map(|f| f.id()).collect();
            ValidationError::new("field", s, crate::tr!("err-expected-one-of", choices = names.join(", ")))
        })
    }
}

/// The fields where both cards have a value and the values differ: the
/// secretary chooses these.
pub fn conflicts(keep: &NewClient, other: &NewClient) -> Vec<MergeField> {
    MergeField::ALL
        .into_iter()
        .filter(|f| match (f.value(keep), f.value(other)) {
            (Some(a), Some(b)) => fold(&a) != fold(&b),
            _ => false,
        })
        .collect()
}

/// The card of the merged client: the kept card, with what it lacks from
/// the other, the other's value where `take_other` says so, both cards'
/// phones, e-mails and tags, and both notes.
pub fn merged(keep: &NewClient, other: &NewClient, take_other: &[MergeField]) -> NewClient {
    let mut card = keep.clone();
    for f in MergeField::ALL {
        if take_other.contains(&f) || (f.value(keep).is_none() && f.value(other).is_some()) {
            f.take(&mut card, other);
        }
    }
    add_missing(&mut card.phones, &other.phones, ChannelKind::Phone);
    add_missing(&mut card.emails, &other.emails, ChannelKind::Email);
    for tag in &other.tags {
        if !card.tags.iter().any(|t| fold(t) == fold(tag)) {
            card.tags.push(tag.clone());
        }
    }
    card.notes = match (keep.notes.as_deref().map(str::trim), other.notes.as_deref().map(str::trim)) {
        (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() && a != b => Some(format!("{a}\n{b}")),
        (Some(a), _) if !a.is_empty() => Some(a.to_string()),
        (_, b) => b.filter(|b| !b.is_empty()).map(str::to_string),
    };
    card
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, name: &str, city: &str) -> NameRow {
        NameRow { id, name: name.into(), city: (!city.is_empty()).then(|| city.into()), tax_id: None }
    }

    #[test]
    fn skeletons_leave_out_what_does_not_tell_companies_apart() {
        assert_eq!(skeleton("S.C. Vector S.R.L."), "vector");
        assert_eq!(skeleton("Vector SRL"), "vector");
        assert_eq!(skeleton("ООО «Балтика»"), "балтика");
        assert_eq!(sorted_words(&skeleton("Popescu Ion")), sorted_words(&skeleton("Ion Popescu")));
        assert_eq!(skeleton("Construcciones Peña, S.L."), "construcciones pena");
        assert_eq!(skeleton("SRL"), "srl", "a name that is only a form keeps it");
    }

    #[test]
    fn close_names_in_one_city_and_the_same_name_where_places_agree() {
        let rows = [
            row(1, "Vector SRL", "Cluj"),
            row(2, "S.C. Vector S.R.L.", "Cluj"),
            row(3, "Vector SRL", "Iași"),
            row(4, "Ştefănescu şi Fiii", "Brașov"),
            row(5, "Stefanescu si Fiii", "Brasov"),
            row(6, "Popescu Ion", "Brașov"),
            row(7, "Ion Popescu", "Brașov"),
            row(8, "Alimentara Nord", "Cluj"),
            row(9, "Alimentra Nord", "Cluj"),
            row(10, "Alfa", "Cluj"),
            row(11, "Alga", "Cluj"),
            row(12, "Xlimentara Nord", "Cluj"),
            row(13, "Vector SRL", ""),
            row(14, "Oana Șerban", "Pitești"),
            row(15, "Ioana Șerban", "Pitești"),
            row(16, "Ramona Mocanu", "Cluj"),
            row(17, "Simona Mocanu", "Cluj"),
        ];
        let found = groups(by_name(&rows));
        let ids = |g: &Group| g.clients.clone();
        let shown: Vec<(Vec<i64>, Vec<Reason>)> = found.iter().map(|g| (ids(g), g.reasons.clone())).collect();
        assert_eq!(
            shown,
            [
                (vec![1, 2], vec![Reason::SimilarName]),
                (vec![1, 13], vec![Reason::Name]),
                (vec![4, 5], vec![Reason::Name]),
                (vec![6, 7], vec![Reason::SimilarName]),
                (vec![8, 9], vec![Reason::SimilarName]),
                (vec![8, 12], vec![Reason::SimilarName]),
                (vec![9, 12], vec![Reason::SimilarName]),
            ],
            "3 is in another city; short names or words a letter apart are other names"
        );
    }

    #[test]
    fn one_group_for_clients_found_for_several_reasons() {
        let found = groups(vec![
            (Reason::Phone("+40 721 000 111".into()), vec![2, 1]),
            (Reason::Email("a@b.ro".into()), vec![1, 2]),
            (Reason::Phone("+40 721 000 222".into()), vec![3]),
        ]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].clients, [1, 2]);
        assert_eq!(
            found[0].reasons.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["same phone +40 721 000 111", "same e-mail a@b.ro"]
        );
    }

    #[test]
    fn a_merged_card_keeps_one_side_where_they_disagree_and_both_lists() {
        let keep = NewClient {
            name: "Vector SRL".into(),
            city: Some("Cluj".into()),
            phones: vec!["+40 721 000 111".into()],
            tags: vec!["vip".into()],
            notes: Some("met at the fair".into()),
            ..NewClient::default()
        };
        let other = NewClient {
            name: "S.C. Vector S.R.L.".into(),
            city: Some("Cluj-Napoca".into()),
            tax_id: Some("RO123".into()),
            phones: vec!["0721 000 111".into(), "+40 264 000 222".into()],
            tags: vec!["VIP".into(), "export".into()],
            notes: Some("pays late".into()),
            ..NewClient::default()
        };
        assert_eq!(conflicts(&keep, &other), [MergeField::Name, MergeField::City]);
        let card = merged(&keep, &other, &[MergeField::City]);
        assert_eq!(
            (card.name.as_str(), card.city.as_deref(), card.tax_id.as_deref()),
            ("Vector SRL", Some("Cluj-Napoca"), Some("RO123"))
        );
        assert_eq!(card.phones, ["+40 721 000 111", "+40 264 000 222"]);
        assert_eq!(card.tags, ["vip", "export"]);
        assert_eq!(card.notes.as_deref(), Some("met at the fair\npays late"));
        assert_eq!("tax id".parse::<MergeField>().unwrap(), MergeField::TaxId);
        assert!("shoe".parse::<MergeField>().unwrap_err().to_string().contains("expected one of: name, kind"));
    }

    #[test]
    fn after_a_merge_the_kept_client_stands_for_the_other() {
        let g = |ids: &[i64]| Group { reasons: vec![Reason::Name], clients: ids.to_vec() };
        let left = after_merge(vec![g(&[1, 2]), g(&[2, 3]), g(&[4, 5]), g(&[1, 2, 6])], 1, 2);
        let ids: Vec<Vec<i64>> = left.into_iter().map(|g| g.clients).collect();
        assert_eq!(ids, [vec![1, 3], vec![4, 5], vec![1, 6]]);
    }
}
