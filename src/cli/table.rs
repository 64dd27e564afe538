//! Plain text tables whose columns line up whatever the script: widths are
//! counted in terminal cells, not bytes.

use unicode_width::UnicodeWidthStr;

/// Renders `rows` under `headers`, columns separated by two spaces.
pub fn render<S: AsRef<str> + Sync>(headers: &[&str], rows: &[Vec<S>]) -> String {
    render_with(headers, rows, || {
        |row: &Vec<S>, put: &mut dyn FnMut(&str)| row.iter().for_each(|cell| put(cell.as_ref()))
    })
    .concat()
}

/// A text in the pieces it was written in, to be written out one after the
/// other: a long table's halves, each written on a core of its own (put
/// together, the second half was copied after the first: 4 MB of
/// everyone's agenda written twice, into pages touched for the first time).
pub type Pieces = Vec<String>;

/// From this many rows, a table's cells are made and its lines written in
/// two halves at once, a core each (everyone's agenda of the 100k demo is
/// 51,000 lines, 8 MB).
pub(crate) const HALVES_FROM: usize = 20_000;

/// Renders `rows` under `headers` as `render` does, the cells of each row
/// given to `put` one by one by a `cells` that `new_cells` makes (one for
/// each half of a long table and each pass, so that it may keep buffers of
/// its own). Each row's cells are asked for twice, the same both times.
pub fn render_with<T: Sync, C>(headers: &[&str], rows: &[T], new_cells: impl Fn() -> C + Sync) -> Pieces
where
    C: FnMut(&T, &mut dyn FnMut(&str)),
{
    render_with_by(headers, rows, new_cells, rows.len() >= HALVES_FROM)
}

/// `render_with`, in two halves at once or not. The rows are gone over
/// twice, their cells made each time: once for the columns' widths, once
/// to write the lines (kept between the two, the cells of everyone's
/// agenda were 14 MB of text and places written and read once).
fn render_with_by<T: Sync, C>(headers: &[&str], rows: &[T], new_cells: impl Fn() -> C + Sync, halves: bool) -> Pieces
where
    C: FnMut(&T, &mut dyn FnMut(&str)),
{
    // The widths of the columns, and of each cell in the order made.
    let measure = |rows: &[T]| {
        let (mut cells, mut widths) = (new_cells(), headers.iter().map(|h| width(h)).collect::<Vec<_>>());
        let mut each = Vec::with_capacity(rows.len() * headers.len());
        for row in rows {
            let mut column = 0;
            cells(row, &mut |cell| {
                let w = width(cell);
                if let Some(most) = widths.get_mut(column) {
                    *most = (*most).max(w);
                }
                each.push(u32::try_from(w).unwrap_or(u32::MAX));
                column += 1;
            });
        }
        (widths, each)
    };
    let write = |rows: &[T], widths: &[usize], each: Vec<u32>, mut out: String| {
        let (mut cells, mut each) = (new_cells(), each.into_iter());
        for row in rows {
            let mut line = Line::new(&mut out, widths);
            let mut kept = || each.next().and_then(|w| usize::try_from(w).ok());
            cells(row, &mut |cell| line.cell(cell, kept().unwrap_or_else(|| width(cell))));
            line.end();
        }
        out
    };
    let headed = |widths: &[usize]| {
        let mut out = room(widths, rows.len().div_ceil(if halves { 2 } else { 1 }));
        push_line(&mut out, widths, headers.iter().map(|h| (*h, width(h))));
        out
    };
    if !halves {
        let (widths, each) = measure(rows);
        return vec![write(rows, &widths, each, headed(&widths))];
    }
    let (first, second) = rows.split_at(rows.len() / 2);
    let ((widths, mine), (theirs, their_cells)) = crate::i18n::at_once(|| measure(first), || measure(second));
    let widths: Vec<usize> = widths.into_iter().zip(theirs).map(|(a, b)| a.max(b)).collect();
    let (out, rest) = crate::i18n::at_once(
        || write(first, &widths, mine, headed(&widths)),
        || write(second, &widths, their_cells, room(&widths, second.len())),
    );
    vec![out, rest]
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

    /// Adds the rows of `other`, a table under the same headers, after these.
    pub fn append(&mut self, other: Table) {
        for (most, w) in self.widths.iter_mut().zip(other.widths) {
            *most = (*most).max(w);
        }
        let (text, cells) = (self.text.len(), self.cell_ends.len());
        self.text.push_str(&other.text);
        self.cell_ends.extend(other.cell_ends.into_iter().map(|(end, w)| (end + text, w)));
        self.row_ends.extend(other.row_ends.into_iter().map(|end| end + cells));
    }

    /// The lines of the table, its rows in `order` (places of rows) or as
    /// added; a long table's written in two halves at once.
    pub fn render(&self, order: Option<&[usize]>) -> Pieces {
        self.render_by(order, self.len() >= HALVES_FROM)
    }

    /// `render`, in two halves at once or not.
    fn render_by(&self, order: Option<&[usize]>, halves: bool) -> Pieces {
        let all: Vec<usize>;
        let order = match order {
            Some(order) => order,
            None => {
                all = (0..self.len()).collect();
                &all
            }
        };
        let (first, second) = order.split_at(if halves { order.len() / 2 } else { order.len() });
        let mut out = self.room(first.len());
        push_line(&mut out, &self.widths, self.headers.iter().map(|h| (h.as_str(), width(h))));
        if !halves {
            self.push_lines(&mut out, order);
            return vec![out];
        }
        let (out, rest) = crate::i18n::at_once(
            || {
                self.push_lines(&mut out, first);
                out
            },
            || {
                let mut rest = self.room(second.len());
                self.push_lines(&mut rest, second);
                rest
            },
        );
        vec![out, rest]
    }

    /// An empty text with room for `rows` lines and the headers'.
    fn room(&self, rows: usize) -> String {
        room(&self.widths, rows)
    }

    /// Writes the lines of `rows` (places of rows) onto `out`.
    fn push_lines(&self, out: &mut String, rows: &[usize]) {
        for &i in rows {
            push_line(out, &self.widths, self.cells(i));
        }
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

/// An empty text with room for `rows` lines, and the headers', of columns
/// `widths` wide.
fn room(widths: &[usize], rows: usize) -> String {
    let line = widths.iter().sum::<usize>() + 2 * widths.len() + 1;
    String::with_capacity((rows + 1) * line)
}

/// Writes one line of cells, each with its width, padded to `widths`.
fn push_line<'a>(out: &mut String, widths: &[usize], cells: impl Iterator<Item = (&'a str, usize)>) {
    let mut line = Line::new(out, widths);
    for (cell, width) in cells {
        line.cell(cell, width);
    }
    line.end();
}

/// One line being written onto a text: cells padded to their columns.
struct Line<'a> {
    out: &'a mut String,
    widths: &'a [usize],
    start: usize,
    column: usize,
}

impl<'a> Line<'a> {
    fn new(out: &'a mut String, widths: &'a [usize]) -> Line<'a> {
        let start = out.len();
        Line { out, widths, start, column: 0 }
    }

    /// Writes the next cell, `width` cells wide, padded to its column.
    fn cell(&mut self, cell: &str, width: usize) {
        if self.column > 0 {
            self.out.push_str("  ");
        }
        self.out.push_str(cell);
        pad(self.out, self.widths.get(self.column).copied().unwrap_or(0).saturating_sub(width));
        self.column += 1;
    }

    /// Ends the line, without the spaces after its last cell.
    fn end(self) {
        let kept = self.out[self.start..].trim_end().len();
        self.out.truncate(self.start + kept);
        self.out.push('\n');
    }
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
        let t = render_with(&["id", "name", "x"], &rows, || {
            |(id, name): &(i32, &str), put: &mut dyn FnMut(&str)| {
                put(&id.to_string());
                put(name);
                put("·");
            }
        });
        assert_eq!(t.concat(), "id    name        x\n7     Ștefănescu  ·\n1024  Li          ·\n");
    }

    #[test]
    fn a_table_made_in_halves_is_the_table_made_whole() {
        use crate::i18n::{Lang, scoped};
        let _lang = scoped(Lang::Ru);
        // The widest cell in the second half, the language's words in each.
        let rows: Vec<(usize, &str)> =
            vec![(1, "Ана"), (22, "Li"), (333, "Ștefănescu"), (4, "Иванов Иван Иванович"), (5, "")];
        for n in 0..=rows.len() {
            let render = |halves| {
                render_with_by(
                    &["id", "name", "when"],
                    &rows[..n],
                    || {
                        |(id, name): &(usize, &str), put: &mut dyn FnMut(&str)| {
                            put(&id.to_string());
                            put(name);
                            put(&crate::domain::agenda::when(*id as i64));
                        }
                    },
                    halves,
                )
            };
            let (halves, whole) = (render(true), render(false));
            assert_eq!((halves.len(), whole.len()), (2, 1), "{n} rows: two pieces, or one");
            assert_eq!(halves.concat(), whole.concat(), "{n} rows");
        }
        let whens = render_with_by(
            &["x"],
            &rows,
            || |_: &(usize, &str), put: &mut dyn FnMut(&str)| put(&crate::domain::agenda::when(3)),
            true,
        )
        .concat();
        assert!(whens.lines().skip(1).all(|line| line == "3 дн. назад"), "in this thread's language: {whens}");
    }
}
