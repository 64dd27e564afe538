//! Reading the files an office already has: a client list as text in
//! whatever encoding (`text`), split into records (`table`), its columns
//! recognised (`columns`) and its rows made clients (`records`); or the
//! contacts of phones and mail programs as vCards (`vcard`). No SQL here:
//! `Store::import_clients` writes what this reads.

pub mod columns;
pub mod records;
pub mod table;
pub mod text;
pub mod vcard;

use columns::Field;
use records::{ClientRecord, DayOrder, OrderRecord, Rows};

use crate::domain::ValidationError;

/// What the command line says about reading a file.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// An encoding to read in instead of detecting one.
    pub encoding: Option<String>,
    /// Columns whose field is named by hand.
    pub maps: Vec<(String, Field)>,
    /// How slash dates are written, when the file does not make it plain.
    pub dates: Option<DayOrder>,
    /// The format, when not the one the file's text shows.
    pub format: Option<Format>,
    /// Every row is a person (a phone's or mail program's contacts): a
    /// plain `Name` column is the person's, the company's is `Company`.
    pub people: bool,
}

/// The formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Vcard,
}

/// How a file read was laid out, to write its rejected rows alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    Csv {
        delimiter: u8,
        headers: Vec<String>,
    },
    /// A rejected row's one field is the card's text.
    Vcard,
}

/// A file read as rows of one kind.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFile<T> {
    pub encoding: &'static str,
    pub layout: Layout,
    pub rows: Rows<T>,
    /// Headers of columns (or vCard properties) with values that no field
    /// was found for.
    pub not_understood: Vec<String>,
}

/// Reads the clients in `bytes`: a CSV list, or vCards when the text is
/// (or `options.format` says so).
pub fn read_clients(bytes: &[u8], options: &Options) -> Result<ImportFile<ClientRecord>, ValidationError> {
    let decoded = text::decode(bytes, options.encoding.as_deref())?;
    let format = options.format.unwrap_or(if vcard::looks_like(&decoded.text) { Format::Vcard } else { Format::Csv });
    if format == Format::Vcard {
        return vcard::read(&decoded);
    }
    read(decoded, options, false, move |table, fields, dates| records::clients(table, fields, dates, options.people))
}

/// Reads the CSV order lines in `bytes` (an accounting system's export of sales).
pub fn read_orders(bytes: &[u8], options: &Options) -> Result<ImportFile<OrderRecord>, ValidationError> {
    let decoded = text::decode(bytes, options.encoding.as_deref())?;
    if options.format == Some(Format::Vcard) || vcard::looks_like(&decoded.text) {
        return Err(ValidationError::new("file", "", crate::i18n::t("err-is-vcard-file-it-holds")));
    }
    read(decoded, options, true, records::orders)
}

/// The fields of an order line, not read from a client list.
const ORDER_FIELDS: [Field; 6] =
    [Field::Date, Field::Product, Field::ProductLine, Field::Quantity, Field::Amount, Field::Paid];

/// Reads a file of order lines (`orders`) or of clients.
fn read<T>(
    decoded: text::Decoded,
    options: &Options,
    orders: bool,
    rows: impl Fn(&table::Table, &[Option<Field>], Option<DayOrder>) -> Rows<T>,
) -> Result<ImportFile<T>, ValidationError> {
    let table = table::read(&decoded.text)?;
    let mut fields = columns::fields(&table.headers, &options.maps, options.people);
    let needed: &[Field] = if orders { &[Field::Date, Field::Amount] } else { &[] };
    if !orders {
        for f in &mut fields {
            if f.is_some_and(|f| ORDER_FIELDS.contains(&f)) {
                *f = None;
            }
        }
    }
    // The columns as a message names them: a few, each short.
    let mut shown: Vec<String> =
        table
            .headers
            .iter()
            .take(12)
            .map(|h| {
                if h.chars().count() > 40 {
                    format!("{}…", h.chars().take(40).collect::<String>())
                } else {
                    h.clone()
                }
            })
            .collect();
    if table.headers.len() > shown.len() {
        shown.push(crate::tr!("err-columns-more", n = table.headers.len() - shown.len()));
    }
    let shown = shown.join(", ");
    if !fields.iter().any(|f| matches!(f, Some(Field::Name | Field::Person | Field::FirstName | Field::LastName))) {
        return Err(ValidationError::new("file", "", crate::tr!("err-no-name-column", columns = shown)));
    }
    for field in needed {
        if !fields.contains(&Some(*field)) {
            let name = format!("{field:?}").to_lowercase();
            return Err(ValidationError::new(
                "file",
                "",
                crate::tr!("err-no-column", name = name, columns = shown.as_str()),
            ));
        }
    }
    let not_understood = table
        .headers
        .iter()
        .enumerate()
        .filter(|(i, _)| fields[*i].is_none())
        .filter(|(i, _)| table.records.iter().any(|r| r.fields.get(*i).is_some_and(|v| !v.is_empty())))
        .map(|(_, h)| h.clone())
        .collect();
    // Slash dates whose order the file leaves open are day first in a file
    // Kartoteka wrote for people in Russian, Romanian or Spanish.
    let dates = options.dates.or_else(|| records::file_day_order(&table, &fields)).or_else(|| {
        columns::written_in(&table.headers).filter(|l| *l != crate::i18n::Lang::En).map(|_| DayOrder::DayFirst)
    });
    let rows = rows(&table, &fields, dates);
    Ok(ImportFile {
        encoding: decoded.encoding,
        layout: Layout::Csv { delimiter: table.delimiter, headers: table.headers },
        rows,
        not_understood,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_bytes_are_read_or_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_clients(&bytes, &Options::default());
        }

        #[test]
        fn any_bytes_as_vcards_are_read_or_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_clients(&bytes, &Options { format: Some(Format::Vcard), ..Options::default() });
        }

        #[test]
        fn any_text_inside_vcards_is_read_or_refused(text in "[a-zA-ZА-я:;,.=\\\n\r \t0-9-]{0,400}") {
            let _ = read_clients(format!("BEGIN:VCARD\nVERSION:2.1\n{text}\nEND:VCARD\nBEGIN:VCARD\n{text}").as_bytes(), &Options::default());
        }

        #[test]
        fn any_text_with_delimiters_and_quotes_is_read_or_refused(text in "[a-zА-я;,\t\"\n\r 0-9./-]{0,400}") {
            let _ = read_clients(format!("Name;City;Birthday\n{text}").as_bytes(), &Options::default());
        }
    }
}
