//! Reading the files an office already has: a client list as text in
//! whatever encoding (`text`), split into records (`table`), its columns
//! recognised (`columns`) and its rows made clients (`records`). No SQL
//! here: `Store::import_clients` writes what this reads.

pub mod columns;
pub mod records;
pub mod table;
pub mod text;

use columns::Field;
use records::{DayOrder, Rows};

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
}

/// A client list read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientFile {
    pub encoding: &'static str,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub rows: Rows,
    /// Headers of columns with values that no field was found for.
    pub not_understood: Vec<String>,
}

/// Reads the CSV client list in `bytes`.
pub fn read_clients(bytes: &[u8], options: &Options) -> Result<ClientFile, ValidationError> {
    let decoded = text::decode(bytes, options.encoding.as_deref())?;
    let table = table::read(&decoded.text)?;
    let fields = columns::fields(&table.headers, &options.maps);
    if !fields.iter().any(|f| matches!(f, Some(Field::Name | Field::Person | Field::FirstName | Field::LastName))) {
        return Err(ValidationError::new(
            "file",
            &table.headers.join(", "),
            "has no column with a client's or a person's name; name one with --map COLUMN=name",
        ));
    }
    let not_understood = table
        .headers
        .iter()
        .enumerate()
        .filter(|(i, _)| fields[*i].is_none())
        .filter(|(i, _)| table.records.iter().any(|r| r.fields.get(*i).is_some_and(|v| !v.is_empty())))
        .map(|(_, h)| h.clone())
        .collect();
    let rows = records::clients(&table, &fields, options.dates);
    Ok(ClientFile {
        encoding: decoded.encoding,
        delimiter: table.delimiter,
        headers: table.headers,
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
        fn any_text_with_delimiters_and_quotes_is_read_or_refused(text in "[a-zА-я;,\t\"\n\r 0-9./-]{0,400}") {
            let _ = read_clients(format!("Name;City;Birthday\n{text}").as_bytes(), &Options::default());
        }
    }
}
