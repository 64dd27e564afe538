//! Plain text tables whose columns line up whatever the script: widths are
//! counted in terminal cells, not bytes.

use unicode_width::UnicodeWidthStr;

/// Renders `rows` under `headers`, columns separated by two spaces.
pub fn render<S: AsRef<str>>(headers: &[&str], rows: &[Vec<S>]) -> String {
    render_with(headers, rows, |row, put| row.iter().for_each(|cell| put(cell.as_ref())))
}

/// Renders `rows` under `headers` as `render` does, `cells` giving each
/// row's cells to `put` one by one.
pub fn render_with<T>(headers: &[&str], rows: &[T], mut cells: impl FnMut(&T, &mut dyn FnMut(&str))) -> String {
    let mut table = Table::new(headers, rows.len());
    for row in rows {
        table.row(|put| cells(row, put));
    }
    table.render(None)
}

/// A table made row by row: the cells are copied one after the other into
/// one text, with their widths, and the lines written from it at the end
/// (`list` of 100,000 clients made a vector and two strings a row, then
/// read the rows' scattered strings twice: more than a third of its time).
pub struct Table {
    headers: Vec<String>,
    widths: Vec<usize>,
    text: String,
    /// Where each cell ends in `text`, and its width.
    cell_ends: Vec<(usize, usize)>,
    /// Where each row's cells end in `cell_ends`.
    row_ends: Vec<usize>,
}

impl Table {
    /// An empty table under `headers`, with room for `rows` rows.
    pub fn new(headers: &[&str], rows: usize) -> Table {
        Table {
            headers: headers.iter().map(|h| (*h).to_string()).collect(),
            widths: headers.iter().map(|h| width(h)).collect(),
            text: String::new(),
            cell_ends: Vec::with_capacity(rows * headers.len()),
            row_ends: Vec::with_capacity(rows),
        }
    }

    /// Adds a row, `cells` giving its cells to `put` one by one.
    pub fn row(&mut self, cells: impl FnOnce(&mut dyn FnMut(&str))) {
        let mut column = 0;
        let Table { widths, text, cell_ends, .. } = self;
        cells(&mut |cell| {
            let w = width(cell);
            if let Some(most) = widths.get_mut(column) {
                *most = (*most).max(w);
            }
            text.push_str(cell);
            cell_ends.push((text.len(), w));
            column += 1;
        });
        self.row_ends.push(self.cell_ends.len());
    }

    /// The text of cell `column` of row `row` ("" when there is none).
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.cells(row).nth(column).map_or("", |(cell, _)| cell)
    }

    /// How many rows it has.
    pub fn len(&self) -> usize {
        self.row_ends.len()
    }

    /// The lines of the table, its rows in `order` (places of rows) or as added.
    pub fn render(&self, order: Option<&[usize]>) -> String {
        let line = self.widths.iter().sum::<usize>() + 2 * self.widths.len();
        let mut out = String::with_capacity(self.text.len() + (self.row_ends.len() + 1) * line);
        push_line(&mut out, &self.widths, self.headers.iter().map(|h| (h.as_str(), width(h))));
        match order {
            Some(order) => order.iter().for_each(|&i| push_line(&mut out, &self.widths, self.cells(i))),
            None => (0..self.len()).for_each(|i| push_line(&mut out, &self.widths, self.cells(i))),
        }
        out
    }

    /// The cells of row `row`, each with its width.
    fn cells(&self, row: usize) -> impl Iterator<Item = (&str, usize)> {
        let first = row.checked_sub(1).map_or(0, |before| self.row_ends.get(before).copied().unwrap_or(0));
        let end = self.row_ends.get(row).copied().unwrap_or(first);
        (first..end).filter_map(move |at| {
            let start = at.checked_sub(1).map_or(0, |before| self.cell_ends.get(before).map_or(0, |c| c.0));
            let (stop, w) = *self.cell_ends.get(at)?;
            Some((self.text.get(start..stop).unwrap_or_default(), w))
        })
    }
}

/// Writes one line of cells, each with its width, padded to `widths`.
fn push_line<'a>(out: &mut String, widths: &[usize], cells: impl Iterator<Item = (&'a str, usize)>) {
    let start = out.len();
    for (column, (cell, width)) in cells.enumerate() {
        if column > 0 {
            out.push_str("  ");
        }
        out.push_str(cell);
        pad(out, widths.get(column).copied().unwrap_or(0).saturating_sub(width));
    }
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}

/// Writes `n` spaces.
fn pad(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let some = n.min(SPACES.len());
        out.push_str(&SPACES[..some]);
        n -= some;
    }
}

/// The terminal cells `text` takes: its length when it is printable ASCII.
fn width(text: &str) -> usize {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) { text.len() } else { text.width() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_cells_not_bytes() {
        let t = render(&["name", "city"], &[vec!["Иванов", "Москва"], vec!["Li", "Iași"], vec!["北京", ""]]);
        assert_eq!(t, "name    city\nИванов  Москва\nLi      Iași\n北京\n");
    }

    #[test]
    fn cells_given_one_by_one_line_up_as_rows_of_strings() {
        let rows = [(7, "Ștefănescu"), (1024, "Li")];
        let t = render_with(&["id", "name", "x"], &rows, |(id, name), put| {
            put(&id.to_string());
            put(name);
            put("·");
        });
        assert_eq!(t, "id    name        x\n7     Ștefănescu  ·\n1024  Li          ·\n");
    }
}
