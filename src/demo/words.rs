//! The embedded word lists of `assets/demo/people.toml`.

use serde::Deserialize;

use super::Rng;

#[derive(Debug, Deserialize)]
pub struct Locale {
    pub weight: u32,
    pub male: Vec<String>,
    pub female: Vec<String>,
    pub surnames: Vec<String>,
    pub cities: Vec<String>,
    pub streets: Vec<String>,
    pub company: Vec<String>,
    pub stems: Vec<String>,
    pub phone: String,
    pub domain: String,
    pub positions: Vec<String>,
    pub summaries: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Common {
    pub industries: Vec<String>,
    pub sizes: Vec<String>,
    pub sources: Vec<String>,
    pub tags: Vec<String>,
    pub lost_reasons: Vec<String>,
    pub events: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Product {
    pub name: String,
    pub line: String,
    pub price: f64,
}

#[derive(Debug, Deserialize)]
pub struct Words {
    pub ro: Locale,
    pub ru: Locale,
    pub es: Locale,
    pub en: Locale,
    pub common: Common,
    pub products: Vec<Product>,
}

impl Words {
    /// The lists shipped in the binary. They are checked by a test, so a
    /// parse failure here is a build defect, not a user's problem.
    pub fn embedded() -> Words {
        match toml::from_str(include_str!("../../assets/demo/people.toml")) {
            Ok(w) => w,
            Err(e) => panic!("assets/demo/people.toml is malformed: {e}"),
        }
    }

    pub fn locales(&self) -> [&Locale; 4] {
        [&self.ro, &self.ru, &self.es, &self.en]
    }
}

/// Whose name it is: the surname changes form in Russian.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

impl Locale {
    /// A full name, surname first for Russian, given name first elsewhere.
    pub fn person_name(&self, rng: &mut Rng) -> (String, Sex) {
        let sex = if rng.chance(50) { Sex::Male } else { Sex::Female };
        let given = match sex {
            Sex::Male => rng.pick(&self.male),
            Sex::Female => rng.pick(&self.female),
        };
        let surname = rng.pick(&self.surnames);
        let name = if self.domain == "ru" {
            format!("{} {given}", russian_surname(surname, sex))
        } else if self.domain == "es" {
            format!("{given} {surname} {}", rng.pick(&self.surnames))
        } else {
            format!("{given} {surname}")
        };
        (name, sex)
    }

    /// The everyday name and the legal name of a company.
    pub fn company_name(&self, rng: &mut Rng) -> (String, String) {
        let stem = rng.pick(&self.stems);
        let template = rng.pick(&self.company);
        let (name, legal) = template.split_once('|').unwrap_or((template, template));
        (name.replace("{stem}", stem), legal.replace("{stem}", stem))
    }

    /// A phone number in the locale's format, digits random.
    pub fn phone(&self, rng: &mut Rng) -> String {
        let mut out = String::new();
        let mut rest = self.phone.as_str();
        while let Some(i) = rest.find("{d}") {
            out.push_str(&rest[..i]);
            out.push(char::from(b'0' + u8::try_from(rng.below(10)).unwrap_or(0)));
            rest = &rest[i + 3..];
        }
        out.push_str(rest);
        out
    }
}

/// Иванов → Иванова, Соловьёв → Соловьёва; other endings stay.
fn russian_surname(male: &str, sex: Sex) -> String {
    if sex == Sex::Male {
        return male.to_string();
    }
    if male.ends_with("ов") || male.ends_with("ев") || male.ends_with("ёв") || male.ends_with("ин") {
        format!("{male}а")
    } else if let Some(stem) = male.strip_suffix("ий") {
        format!("{stem}ая")
    } else {
        male.to_string()
    }
}

/// Latin letters for an e-mail address: folded, Cyrillic transliterated.
pub fn email_local(name: &str) -> String {
    let folded = crate::domain::fold::fold(name);
    let mut out = String::new();
    for c in folded.chars() {
        let t = match c {
            'a'..='z' | '0'..='9' => c.to_string(),
            ' ' | '-' => ".".to_string(),
            'а' => "a".into(),
            'б' => "b".into(),
            'в' => "v".into(),
            'г' => "g".into(),
            'д' => "d".into(),
            'е' => "e".into(),
            'ж' => "zh".into(),
            'з' => "z".into(),
            'и' => "i".into(),
            'й' => "y".into(),
            'к' => "k".into(),
            'л' => "l".into(),
            'м' => "m".into(),
            'н' => "n".into(),
            'о' => "o".into(),
            'п' => "p".into(),
            'р' => "r".into(),
            'с' => "s".into(),
            'т' => "t".into(),
            'у' => "u".into(),
            'ф' => "f".into(),
            'х' => "kh".into(),
            'ц' => "ts".into(),
            'ч' => "ch".into(),
            'ш' => "sh".into(),
            'щ' => "shch".into(),
            'ы' => "y".into(),
            'э' => "e".into(),
            'ю' => "yu".into(),
            'я' => "ya".into(),
            _ => String::new(),
        };
        out.push_str(&t);
    }
    out.trim_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_words_parse() {
        let w = Words::embedded();
        assert!(w.locales().iter().all(|l| !l.surnames.is_empty() && !l.cities.is_empty()));
        assert!(!w.products.is_empty());
    }

    #[test]
    fn russian_surnames_agree_with_sex() {
        assert_eq!(russian_surname("Иванов", Sex::Female), "Иванова");
        assert_eq!(russian_surname("Соловьёв", Sex::Female), "Соловьёва");
        assert_eq!(russian_surname("Никитин", Sex::Male), "Никитин");
    }

    #[test]
    fn email_locals_are_ascii() {
        assert_eq!(email_local("Фёдоров Андрей"), "fedorov.andrey");
        assert_eq!(email_local("Ștefan Popa"), "stefan.popa");
    }
}
