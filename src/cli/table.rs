//! Plain text tables whose columns line up whatever the script: widths are
//! counted in terminal cells, not bytes.

use unicode_width::UnicodeWidthStr;

/// Renders `rows` under `headers`, columns separated by two spaces.
pub fn render<S: AsRef<str>>(headers: &[&str], rows: &[Vec<S>]) -> String {
    render_with(headers, rows, |row, put| row.iter().for_each(|cell| put(cell.as_ref())))
}

/// Renders `rows` under `headers` as `render` does, `cells` giving each
/// row's cells to `put` one by one. The rows are read once: their cells
/// are copied one after the other into one text, with their widths, and
/// the lines written from it (`list` of 100,000 clients made a vector and
/// two strings a row, then read the rows' scattered strings twice: more
/// than a third of its time).
pub fn render_with<T>(headers: &[&str], rows: &[T], mut cells: impl FnMut(&T, &mut dyn FnMut(&str))) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    let mut text = String::new();
    // Where each cell ends in `text`, its width, and where each row's cells end.
    let mut cell_ends: Vec<(usize, usize)> = Vec::with_capacity(rows.len() * headers.len());
    let mut row_ends = Vec::with_capacity(rows.len());
    for row in rows {
        let mut column = 0;
        cells(row, &mut |cell| {
            let w = width(cell);
            if let Some(most) = widths.get_mut(column) {
                *most = (*most).max(w);
            }
            text.push_str(cell);
            cell_ends.push((text.len(), w));
            column += 1;
        });
        row_ends.push(cell_ends.len());
    }
    let line = widths.iter().sum::<usize>() + 2 * widths.len();
    let mut out = String::with_capacity(text.len() + (rows.len() + 1) * line);
    push_line(&mut out, &widths, headers.iter().map(|h| (*h, width(h))));
    let (mut start, mut first) = (0, 0);
    for end in row_ends {
        let row = cell_ends.get(first..end).unwrap_or_default();
        push_line(
            &mut out,
            &widths,
            row.iter().map(|&(stop, w)| (text.get(std::mem::replace(&mut start, stop)..stop).unwrap_or_default(), w)),
        );
        first = end;
    }
    out
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
