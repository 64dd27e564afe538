//! Plain text tables whose columns line up whatever the script: widths are
//! counted in terminal cells, not bytes.

use unicode_width::UnicodeWidthStr;

/// Renders `rows` under `headers`, columns separated by two spaces.
pub fn render<S: AsRef<str>>(headers: &[&str], rows: &[Vec<S>]) -> String {
    // Each cell's width counted once (100,000 rows of a list counted twice
    // was a tenth of printing it).
    let counts: Vec<usize> = rows.iter().flat_map(|row| row.iter().map(|c| cells(c.as_ref()))).collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| cells(h)).collect();
    let mut counted = counts.iter();
    for row in rows {
        for (i, w) in counted.by_ref().take(row.len()).enumerate() {
            if let Some(most) = widths.get_mut(i) {
                *most = (*most).max(*w);
            }
        }
    }
    let bytes: usize = rows.iter().flatten().map(|c| c.as_ref().len()).sum();
    let mut out = String::with_capacity(bytes + rows.len() * (widths.iter().sum::<usize>() + 2 * widths.len()));
    let mut line = |cells: &mut dyn Iterator<Item = (&str, usize)>| {
        let start = out.len();
        for (i, (cell, width)) in cells.enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(cell);
            let pad = widths.get(i).copied().unwrap_or(0).saturating_sub(width);
            out.extend(std::iter::repeat_n(' ', pad));
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    };
    line(&mut headers.iter().map(|h| (*h, cells(h))));
    let mut counted = counts.iter();
    for row in rows {
        line(&mut row.iter().map(AsRef::as_ref).zip(counted.by_ref().copied()));
    }
    out
}

/// The terminal cells `text` takes: its length when it is printable ASCII.
fn cells(text: &str) -> usize {
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
}
