//! A CSV file's text as a header and records, each with the line it starts
//! on: the delimiter (`,` `;` or tab) is the one that splits the first lines
//! into the same number of fields; quoted fields keep delimiters and line
//! breaks inside.

use crate::domain::ValidationError;

const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];
/// Records looked at to choose the delimiter.
const SAMPLE: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The line of the file the record starts on (the header is line 1).
    pub line: usize,
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub delimiter: u8,
    pub headers: Vec<String>,
    /// Records with at least one field that is not blank.
    pub records: Vec<Record>,
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes())
}

/// How well `delimiter` splits the first records: the header's field count
/// when two thirds of the records agree with it (a few broken rows must not
/// hide the delimiter), else 0.
fn fit(text: &str, delimiter: u8) -> usize {
    let counts: Vec<usize> =
        reader(text, delimiter).records().take(SAMPLE).map_while(Result::ok).map(|r| r.len()).collect();
    let Some((&header, rest)) = counts.split_first() else { return 0 };
    let agree = rest.iter().filter(|n| **n == header).count();
    if header > 1 && agree * 3 >= rest.len() * 2 { header } else { 0 }
}

pub fn read(text: &str) -> Result<Table, ValidationError> {
    let delimiter = DELIMITERS.iter().copied().max_by_key(|d| (fit(text, *d), *d == b',')).unwrap_or(b',');
    let mut records = Vec::new();
    let mut headers = None;
    for (i, record) in reader(text, delimiter).records().enumerate() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(i + 1, |p| usize::try_from(p.line()).unwrap_or(0));
            ValidationError::new("file", "", crate::tr!("err-not-csv", line = line, error = e.to_string()))
        })?;
        let line = record.position().map_or(i + 1, |p| usize::try_from(p.line()).unwrap_or(0));
        let fields: Vec<String> = record.iter().map(|f| f.trim().to_string()).collect();
        if headers.is_none() {
            headers = Some(fields);
        } else if fields.iter().any(|f| !f.is_empty()) {
            records.push(Record { line, fields });
        }
    }
    let headers = headers.filter(|h| h.iter().any(|f| !f.is_empty()));
    let headers =
        headers.ok_or_else(|| ValidationError::new("file", "", crate::i18n::t("err-is-empty-no-header-line")))?;
    Ok(Table { delimiter, headers, records })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_that_splits_the_lines_alike() {
        for (text, delimiter) in [
            ("Name,City\nVector,Cluj\n", b','),
            ("Name;City\n\"Vector, SRL\";Cluj\nAlfa;Iași\n", b';'),
            ("Name\tCity\tPhone\nVector\tCluj\t0721\n", b'\t'),
        ] {
            let t = read(text).unwrap();
            assert_eq!((t.delimiter, t.headers.len()), (delimiter, if delimiter == b'\t' { 3 } else { 2 }), "{text}");
        }
    }

    #[test]
    fn quoted_fields_keep_delimiters_and_line_breaks_and_lines_are_counted() {
        let text =
            "Name;Notes;City\n\"Alfa; Beta\";\"first line\nsecond line\";Cluj\n\n;;\nGamma;\"\"\"quoted\"\"\";Iași\n";
        let t = read(text).unwrap();
        assert_eq!(t.records.len(), 2, "blank lines and empty records are left out");
        assert_eq!(
            t.records[0],
            Record { line: 2, fields: vec!["Alfa; Beta".into(), "first line\nsecond line".into(), "Cluj".into()] }
        );
        assert_eq!(t.records[1].line, 6);
        assert_eq!(t.records[1].fields[1], "\"quoted\"");
    }

    #[test]
    fn an_empty_file_says_so() {
        assert!(read("").unwrap_err().to_string().contains("no header line"));
        assert!(read("\n;;\n").is_err());
    }
}
