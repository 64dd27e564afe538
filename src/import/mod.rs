//! Reading the files an office already has: a client list as text in
//! whatever encoding (`text`), split into records (`table`), its columns
//! recognised (`columns`) and its rows made clients (`records`). No SQL
//! here: `Store::import_clients` writes what this reads.

pub mod columns;
pub mod records;
pub mod table;
pub mod text;

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
}

/// A file read as rows of one kind.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportFile<T> {
    pub encoding: &'static str,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub rows: Rows<T>,
    /// Headers of columns with values that no field was found for.
    pub not_understood: Vec<String>,
}

/// Reads the CSV client list in `bytes`.
pub fn read_clients(bytes: &[u8], options: &Options) -> Result<ImportFile<ClientRecord>, ValidationError> {
    read(bytes, options, false, records::clients)
}

/// Reads the CSV order lines in `bytes` (an accounting system's export of sales).
pub fn read_orders(bytes: &[u8], options: &Options) -> Result<ImportFile<OrderRecord>, ValidationError> {
    read(bytes, options, true, records::orders)
}

/// The fields of an order line, not read from a client list.
const ORDER_FIELDS: [Field; 6] =
    [Field::Date, Field::Product, Field::ProductLine, Field::Quantity, Field::Amount, Field::Paid];

/// Reads a file of order lines (`orders`) or of clients.
fn read<T>(
    bytes: &[u8],
    options: &Options,
    orders: bool,
    rows: impl Fn(&table::Table, &[Option<Field>], Option<DayOrder>) -> Rows<T>,
) -> Result<ImportFile<T>, ValidationError> {
    let decoded = text::decode(bytes, options.encoding.as_deref())?;
    let table = table::read(&decoded.text)?;
    let mut fields = columns::fields(&table.headers, &options.maps);
    let needed: &[Field] = if orders { &[Field::Date, Field::Amount] } else { &[] };
    if !orders {
        for f in &mut fields {
            if f.is_some_and(|f| ORDER_FIELDS.contains(&f)) {
                *f = None;
            }
        }
    }
    if !fields.iter().any(|f| matches!(f, Some(Field::Name | Field::Person | Field::FirstName | Field::LastName))) {
        return Err(ValidationError::new(
            "file",
            "",
            format!(
                "has no column with a client's or a person's name (its columns: {}); name one with --map COLUMN=name",
                table.headers.join(", ")
            ),
        ));
    }
    for field in needed {
        if !fields.contains(&Some(*field)) {
            let name = format!("{field:?}").to_lowercase();
            return Err(ValidationError::new(
                "file",
                "",
                format!(
                    "has no {name} column (its columns: {}); name it with --map COLUMN={name}",
                    table.headers.join(", ")
                ),
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
    let rows = rows(&table, &fields, options.dates);
    Ok(ImportFile {
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
