//! What each column of a client list holds, from its header: the usual
//! names of hand-made lists in English, Russian, Romanian and Spanish, and
//! the layouts of the Google Contacts and Outlook CSV exports. `--map`
//! names a column's field by hand.

use crate::domain::ValidationError;
use crate::domain::fold::fold;
use crate::i18n::{Lang, t_in};

/// A field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The client's name (a company's, or a private client's).
    Name,
    /// `company` or `person` (a private client).
    Kind,
    LegalName,
    City,
    Address,
    Street,
    PostalCode,
    Region,
    Country,
    Industry,
    Size,
    TaxId,
    Phone,
    Email,
    Website,
    Source,
    Manager,
    Colour,
    Tags,
    Notes,
    NextContact,
    /// A person of the client: whole name, or its parts.
    Person,
    FirstName,
    MiddleName,
    LastName,
    Position,
    Birthday,
    /// Whether the person decides (`yes`/`no` in the office's languages).
    DecisionMaker,
    /// The person's own phones and e-mails, beside the client's.
    PersonPhone,
    PersonEmail,
    /// Of an order line (accounting exports).
    Date,
    Product,
    ProductLine,
    Quantity,
    Amount,
    Paid,
    /// A column known and deliberately not imported (a phone's type, a fax,
    /// a home address).
    Skip,
}

/// The fields `--map` accepts, by the name it is given.
const FIELD_NAMES: &[(&str, Field)] = &[
    ("name", Field::Name),
    ("kind", Field::Kind),
    ("legal_name", Field::LegalName),
    ("city", Field::City),
    ("address", Field::Address),
    ("street", Field::Street),
    ("postal_code", Field::PostalCode),
    ("region", Field::Region),
    ("country", Field::Country),
    ("industry", Field::Industry),
    ("size", Field::Size),
    ("tax_id", Field::TaxId),
    ("phone", Field::Phone),
    ("email", Field::Email),
    ("website", Field::Website),
    ("source", Field::Source),
    ("manager", Field::Manager),
    ("category", Field::Colour),
    ("tags", Field::Tags),
    ("notes", Field::Notes),
    ("next_contact", Field::NextContact),
    ("person", Field::Person),
    ("first_name", Field::FirstName),
    ("middle_name", Field::MiddleName),
    ("last_name", Field::LastName),
    ("position", Field::Position),
    ("birthday", Field::Birthday),
    ("decision_maker", Field::DecisionMaker),
    ("person_phone", Field::PersonPhone),
    ("person_email", Field::PersonEmail),
    ("date", Field::Date),
    ("product", Field::Product),
    ("product_line", Field::ProductLine),
    ("quantity", Field::Quantity),
    ("amount", Field::Amount),
    ("paid", Field::Paid),
    ("skip", Field::Skip),
];

/// Headers as `key` folds them (lower case, no diacritics, punctuation and
/// numbers as spaces), with their field.
#[rustfmt::skip]
const HEADERS: &[(Field, &[&str])] = &[
    (Field::Name, &[
        "name", "client", "client name", "customer", "company", "company name", "organization",
        "organisation", "organization name", "наименование", "название", "клиент", "компания", "организация",
        "контрагент", "denumire", "firma", "companie", "societate", "nume firma", "nombre", "cliente",
        "empresa", "nombre de la empresa", "compania",
    ]),
    (Field::Kind, &[
        "kind", "client kind", "type of client", "тип клиента", "tip client", "tipo de cliente",
    ]),
    (Field::LegalName, &[
        "legal name", "full name of the company", "полное наименование", "юридическое наименование",
        "denumire juridica", "denumire completa", "razon social",
    ]),
    (Field::City, &[
        "city", "town", "business city", "address city", "город", "населенный пункт", "oras", "localitate",
        "ciudad", "localidad", "poblacion", "municipio",
    ]),
    (Field::Address, &[
        "address", "business address", "address formatted", "адрес", "юридический адрес", "фактический адрес",
        "adresa", "direccion", "domicilio",
    ]),
    (Field::Street, &[
        "street", "business street", "address street", "улица", "strada", "calle",
    ]),
    (Field::PostalCode, &[
        "postal code", "postcode", "zip", "zip code", "business postal code", "address postal code", "индекс",
        "почтовый индекс", "cod postal", "codigo postal",
    ]),
    (Field::Region, &[
        "region", "state", "county", "business state", "address region", "область", "регион", "край", "judet",
        "provincia", "comunidad",
    ]),
    (Field::Country, &[
        "country", "business country region", "address country", "страна", "tara", "pais",
    ]),
    (Field::Industry, &[
        "industry", "sector", "business", "отрасль", "сфера деятельности", "вид деятельности", "деятельность",
        "domeniu", "domeniu de activitate", "industrie", "activitate", "industria", "actividad",
        "sector de actividad",
    ]),
    (Field::Size, &[
        "size", "employees", "staff", "размер", "численность", "число сотрудников", "marime", "dimensiune",
        "numar angajati", "tamano", "empleados",
    ]),
    (Field::TaxId, &[
        "tax id", "tax number", "vat", "vat number", "vat id", "inn", "инн", "cui", "cif", "cod fiscal",
        "cod unic de inregistrare", "nif", "nif cif",
    ]),
    (Field::Phone, &[
        "phone", "phones", "telephone", "tel", "mobile", "mobile phone", "cell", "business phone",
        "company main phone", "primary phone", "other phone", "home phone", "phone value", "телефон",
        "телефоны", "тел", "мобильный", "мобильный телефон", "telefon", "telefoane", "mobil", "telefono",
        "telefonos", "movil",
    ]),
    (Field::Email, &[
        "email", "e mail", "emails", "email address", "e mail address", "e mail value", "mail",
        "электронная почта", "эл почта", "почта", "e mail адрес", "adresa de email", "adresa email", "correo",
        "correo electronico",
    ]),
    (Field::Website, &[
        "website", "web site", "web page", "web", "site", "url", "сайт", "pagina web", "sitio web",
        "web sitio",
    ]),
    (Field::Source, &[
        "source", "lead source", "источник", "откуда узнал", "sursa", "origen", "fuente",
    ]),
    (Field::Manager, &[
        "manager", "salesperson", "sales manager", "responsible", "account manager", "менеджер",
        "ответственный", "agent", "agent vanzari", "responsabil", "comercial", "vendedor", "responsable",
    ]),
    (Field::Colour, &[
        "colour", "color", "colour category", "цвет", "culoare",
    ]),
    (Field::Tags, &[
        "tags", "tag", "labels", "categories", "category", "group membership", "groups", "теги", "метки",
        "категория", "категории", "группа", "etichete", "categorie", "categorii", "etiquetas", "categoria",
        "categorias", "grupo",
    ]),
    (Field::Notes, &[
        "notes", "note", "comment", "comments", "remarks", "примечание", "примечания", "комментарий",
        "заметки", "note", "observatii", "comentarii", "notas", "nota", "comentarios", "observaciones",
    ]),
    (Field::NextContact, &[
        "next contact", "next call", "следующий контакт", "следующий звонок", "urmatorul contact",
        "proximo contacto",
    ]),
    (Field::Person, &[
        "contact person", "contact", "person", "contact name", "контактное лицо", "контакт", "фио",
        "persoana de contact", "persoana contact", "persona de contacto", "contacto",
    ]),
    (Field::FirstName, &[
        "first name", "given name", "имя", "prenume", "nombre de pila",
    ]),
    (Field::MiddleName, &[
        "middle name", "additional name", "отчество", "segundo nombre",
    ]),
    (Field::LastName, &[
        "last name", "family name", "surname", "фамилия", "nume de familie", "apellido", "apellidos",
    ]),
    (Field::Position, &[
        "position", "job title", "role", "organization title", "должность", "functie", "functia", "cargo",
        "puesto",
    ]),
    (Field::Birthday, &[
        "birthday", "birth date", "date of birth", "день рождения", "дата рождения", "data nasterii",
        "zi de nastere", "ziua de nastere", "cumpleanos", "fecha de nacimiento",
    ]),
    (Field::DecisionMaker, &[
        "decision maker", "decides", "лпр", "принимает решение", "decident", "decide", "decisor",
    ]),
    (Field::PersonPhone, &[
        "contact phone", "person phone", "телефон контакта", "телефон контактного лица", "telefon contact",
        "telefono de contacto",
    ]),
    (Field::PersonEmail, &[
        "contact e mail", "contact email", "person e mail", "person email", "почта контакта",
        "e mail контакта", "email contact", "correo de contacto",
    ]),
    (Field::Date, &[
        "date", "order date", "invoice date", "document date", "дата", "дата документа", "дата заказа",
        "дата отгрузки", "data", "data facturii", "data documentului", "fecha", "fecha factura",
        "fecha pedido",
    ]),
    (Field::Product, &[
        "item", "product", "goods", "article", "номенклатура", "товар", "продукция", "наименование товара",
        "produs", "articol", "denumire produs", "producto", "articulo", "concepto",
    ]),
    (Field::ProductLine, &[
        "product line", "product group", "группа товаров", "товарная группа", "grupa", "grupa produse",
        "linea", "linea de producto", "familia",
    ]),
    (Field::Quantity, &[
        "quantity", "qty", "количество", "кол во", "cantitate", "cant", "cantidad",
    ]),
    (Field::Amount, &[
        "sum", "amount", "total", "value", "sum with vat", "сумма", "сумма с ндс", "стоимость", "итого",
        "suma", "valoare", "valoare totala", "importe", "total factura",
    ]),
    (Field::Paid, &[
        "paid", "оплачено", "оплата", "achitat", "platit", "pagado", "cobrado",
    ]),
    (Field::Skip, &[
        "title", "salutation", "suffix", "prefix", "name prefix", "name suffix", "nickname", "initials", "phone type",
        "e mail type", "email type", "address type", "website type", "website value", "relation type",
        "relation value", "organization type", "organization department", "department", "business fax",
        "home fax", "other fax", "fax", "home street", "home city", "home state", "home postal code",
        "home country region", "other street", "other city", "other state", "other postal code",
        "other country region", "pager", "assistant s phone", "gender", "priority", "sensitivity", "private",
        "photo", "yomi name", "given name yomi", "family name yomi", "additional name yomi",
        "e mail display name", "e mail address type", "language", "location", "mileage",
        "billing information", "directory server", "anniversary", "spouse", "children", "hobby", "user",
        "internet free busy", "address po box", "address extended address", "business po box",
    ]),
];

/// A header folded for matching: `E-mail 2 Address` → `e mail address`,
/// `Oraș:` → `oras`.
pub fn key(header: &str) -> String {
    let folded = fold(header);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    words.join(" ")
}

/// The columns `kartoteka export --format csv` writes, as the message ids
/// of their headers: read back in any of the four languages.
pub const WRITTEN: [(&str, Field); 24] = [
    ("csv-salutation", Field::Skip),
    ("csv-name", Field::Name),
    ("csv-kind", Field::Kind),
    ("csv-legal-name", Field::LegalName),
    ("csv-tax-id", Field::TaxId),
    ("csv-city", Field::City),
    ("csv-address", Field::Address),
    ("csv-industry", Field::Industry),
    ("csv-size", Field::Size),
    ("csv-phone", Field::Phone),
    ("csv-email", Field::Email),
    ("csv-website", Field::Website),
    ("csv-source", Field::Source),
    ("csv-manager", Field::Manager),
    ("csv-colour", Field::Colour),
    ("csv-tags", Field::Tags),
    ("csv-next-contact", Field::NextContact),
    ("csv-notes", Field::Notes),
    ("csv-contact-person", Field::Person),
    ("csv-position", Field::Position),
    ("csv-birthday", Field::Birthday),
    ("csv-decision-maker", Field::DecisionMaker),
    ("csv-contact-phone", Field::PersonPhone),
    ("csv-contact-email", Field::PersonEmail),
];

/// The field of a header Kartoteka writes, in the language `lang`.
fn written(lang: Lang, key: &str) -> Option<Field> {
    WRITTEN.iter().find(|(id, _)| self::key(t_in(lang, id)) == key).map(|(_, field)| *field)
}

fn recognised(header: &str) -> Option<Field> {
    let key = key(header);
    // Kartoteka's own headers first, so that a file it wrote reads back whole.
    Lang::ALL
        .into_iter()
        .find_map(|lang| written(lang, &key))
        .or_else(|| HEADERS.iter().find(|(_, names)| names.contains(&key.as_str())).map(|(field, _)| *field))
}

/// The language of a file Kartoteka wrote for people (`export --excel`),
/// known by its headers: its slash dates are then day first.
pub fn written_in(headers: &[String]) -> Option<Lang> {
    let keys: Vec<String> = headers.iter().map(|h| key(h)).collect();
    Lang::ALL.into_iter().find(|lang| {
        let ours = keys.iter().filter(|k| written(*lang, k).is_some()).count();
        ours * 2 > WRITTEN.len()
            && (*lang == Lang::En || ours > keys.iter().filter(|k| written(Lang::En, k).is_some()).count())
    })
}

/// A `--map COLUMN=FIELD` option, checked.
pub fn parse_map(text: &str) -> Result<(String, Field), ValidationError> {
    let names = || FIELD_NAMES.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
    let (column, field) = text
        .rsplit_once('=')
        .ok_or_else(|| ValidationError::new("map", text, crate::tr!("err-map-form", fields = names())))?;
    let field = FIELD_NAMES
        .iter()
        .find(|(n, _)| *n == field.trim())
        .map(|(_, f)| *f)
        .ok_or_else(|| ValidationError::new("map", text, crate::tr!("err-map-field", fields = names())))?;
    Ok((column.trim().to_string(), field))
}

/// The field of each column (`None`: not understood), `maps` first.
///
/// A layout with a person's first and last name (the contact exports of
/// phones and mail programs), or any layout when `people` says so, is a list of people: there the plain `Name`
/// column is the person's whole name, and the company's is `Company`.
pub fn fields(headers: &[String], maps: &[(String, Field)], people: bool) -> Vec<Option<Field>> {
    let mapped = |h: &str| maps.iter().find(|(c, _)| key(c) == key(h)).map(|(_, f)| *f);
    let mut out: Vec<Option<Field>> = headers.iter().map(|h| mapped(h).or_else(|| recognised(h))).collect();
    let first_name = out.contains(&Some(Field::FirstName));
    let last_name = out.contains(&Some(Field::LastName));
    if people || first_name || last_name {
        let company_words =
            ["company", "organization", "organization name", "компания", "организация", "firma", "companie", "empresa"];
        for (h, f) in headers.iter().zip(out.iter_mut()) {
            if *f == Some(Field::Name) && mapped(h).is_none() && !company_words.contains(&key(h).as_str()) {
                // `Name` beside first and last names is the person's; a
                // Spanish `Nombre` beside `Apellidos` alone is the first name.
                *f = Some(if first_name || !last_name { Field::Person } else { Field::FirstName });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(headers: &[&str]) -> Vec<Option<Field>> {
        fields(&headers.iter().map(|h| h.to_string()).collect::<Vec<_>>(), &[], false)
    }

    #[test]
    fn hand_made_lists_in_four_languages() {
        use Field::*;
        assert_eq!(of(&["Name", "City", "Phone", "E-mail"]), [Some(Name), Some(City), Some(Phone), Some(Email)]);
        assert_eq!(
            of(&["Наименование", "Город", "Телефон", "ИНН"]),
            [Some(Name), Some(City), Some(Phone), Some(TaxId)]
        );
        assert_eq!(of(&["Denumire", "Oraș", "Telefon", "CUI"]), [Some(Name), Some(City), Some(Phone), Some(TaxId)]);
        assert_eq!(
            of(&["Nombre", "Ciudad", "Teléfono", "Correo electrónico"]),
            [Some(Name), Some(City), Some(Phone), Some(Email)]
        );
        assert_eq!(of(&["Контактное лицо", "Должность", "Shoe size"]), [Some(Person), Some(Position), None]);
    }

    #[test]
    fn contact_exports_are_lists_of_people() {
        use Field::*;
        let google = [
            "Name",
            "Given Name",
            "Family Name",
            "Birthday",
            "Organization 1 - Name",
            "Organization 1 - Title",
            "E-mail 1 - Type",
            "E-mail 1 - Value",
            "Phone 2 - Value",
            "Group Membership",
        ];
        assert_eq!(
            of(&google),
            [
                Some(Person),
                Some(FirstName),
                Some(LastName),
                Some(Birthday),
                Some(Name),
                Some(Position),
                Some(Skip),
                Some(Email),
                Some(Phone),
                Some(Tags)
            ]
        );
        let outlook = [
            "First Name",
            "Middle Name",
            "Last Name",
            "Title",
            "Company",
            "Job Title",
            "Business Street",
            "Business City",
            "Business Postal Code",
            "E-mail Address",
            "E-mail 2 Address",
            "Mobile Phone",
            "Categories",
        ];
        assert_eq!(
            of(&outlook),
            [
                Some(FirstName),
                Some(MiddleName),
                Some(LastName),
                Some(Skip),
                Some(Name),
                Some(Position),
                Some(Street),
                Some(City),
                Some(PostalCode),
                Some(Email),
                Some(Email),
                Some(Phone),
                Some(Tags)
            ]
        );
        assert_eq!(of(&["Nombre", "Apellidos", "Empresa"]), [Some(FirstName), Some(LastName), Some(Name)]);
        // `--kind contacts`: a phone's list of names and numbers is people.
        let headers: Vec<String> = ["Name", "Company", "Phone"].iter().map(|h| h.to_string()).collect();
        assert_eq!(fields(&headers, &[], true), [Some(Person), Some(Name), Some(Phone)]);
        assert_eq!(fields(&headers, &[], false), [Some(Name), Some(Name), Some(Phone)]);
    }

    #[test]
    fn maps_name_a_column_by_hand() {
        let maps = vec![parse_map("Kunde=name").unwrap(), parse_map("Ort = city").unwrap()];
        let headers: Vec<String> = ["Kunde", "Ort", "Name"].iter().map(|h| h.to_string()).collect();
        assert_eq!(fields(&headers, &maps, false), [Some(Field::Name), Some(Field::City), Some(Field::Name)]);
        assert!(parse_map("Kunde").unwrap_err().to_string().contains("expected COLUMN=FIELD"));
        assert!(parse_map("Kunde=shoe").unwrap_err().to_string().contains("unknown field"));
    }
}
