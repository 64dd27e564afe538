//! Plain text tables whose columns line up whatever the script: widths are
//! counted in terminal cells, not bytes.

use unicode_width::UnicodeWidthStr;

/// Renders `rows` under `headers`, columns separated by two spaces.
pub fn render(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut text = String::new();
        for (i, cell) in cells.enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            text.push_str(cell);
            let pad = widths.get(i).copied().unwrap_or(0).saturating_sub(cell.width());
            text.extend(std::iter::repeat_n(' ', pad));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(&mut headers.iter().copied());
    for row in rows {
        line(&mut row.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_by_cells_not_bytes() {
        let t = render(&["name", "city"], &[vec!["Иванов".into(), "Москва".into()], vec!["Li".into(), "Iași".into()]]);
        assert_eq!(t, "name    city\nИванов  Москва\nLi      Iași\n");
    }
}
