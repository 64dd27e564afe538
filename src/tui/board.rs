//! The Shiffman board's state: the focused column, the card selected in
//! each column, and the salesperson it is narrowed to.

use std::cell::Cell;

use crate::domain::Column;
use crate::domain::model::ClientRow;

pub const COLUMNS: usize = 6;

/// Lines a card takes on the board.
pub const CARD_HEIGHT: usize = 2;

#[derive(Debug, Default)]
pub struct BoardState {
    /// The focused column, 0 to 5.
    pub column: usize,
    /// The selected card in each column.
    pub selected: [usize; COLUMNS],
    /// The first visible card of each column (render state).
    pub offsets: [Cell<usize>; COLUMNS],
    /// Only this salesperson's clients, when set.
    pub manager: Option<String>,
}

/// Splits the shown clients into the six columns, keeping their order.
pub fn cards(rows: &[ClientRow], shown: &[usize], manager: Option<&str>) -> [Vec<usize>; COLUMNS] {
    let mut columns: [Vec<usize>; COLUMNS] = Default::default();
    for &i in shown {
        let Some(row) = rows.get(i) else { continue };
        if manager.is_some_and(|m| row.manager.as_deref() != Some(m)) {
            continue;
        }
        columns[column_index(row.column)].push(i);
    }
    columns
}

pub fn column_index(column: Column) -> usize {
    Column::ALL.iter().position(|c| *c == column).unwrap_or(0)
}

impl BoardState {
    /// The row index of the selected card, if the focused column has cards.
    pub fn selected_row(&self, cards: &[Vec<usize>; COLUMNS]) -> Option<usize> {
        let column = &cards[self.column];
        column.get(self.selected[self.column].min(column.len().saturating_sub(1))).copied()
    }

    /// Puts the cursor on the card of row `row`, wherever it is.
    pub fn focus_row(&mut self, cards: &[Vec<usize>; COLUMNS], row: usize) {
        for (c, column) in cards.iter().enumerate() {
            if let Some(pos) = column.iter().position(|r| *r == row) {
                self.column = c;
                self.selected[c] = pos;
            }
        }
    }

    /// Moves the cursor within the focused column by `delta`, clamped.
    pub fn step(&mut self, cards: &[Vec<usize>; COLUMNS], delta: isize) {
        let last = cards[self.column].len().saturating_sub(1);
        let pos = self.selected[self.column].min(last);
        self.selected[self.column] = pos.saturating_add_signed(delta).min(last);
    }

    /// Selects the card drawn at `line` (from the top of the cards) of
    /// `column`, if there is one there.
    pub fn click(&mut self, cards: &[Vec<usize>; COLUMNS], column: usize, line: usize) {
        self.column = column.min(COLUMNS - 1);
        let pos = self.offsets[self.column].get() + line / CARD_HEIGHT;
        if pos < cards[self.column].len() {
            self.selected[self.column] = pos;
        }
    }

    /// Focuses the column to the left (`-1`) or right (`1`).
    pub fn step_column(&mut self, delta: isize) {
        self.column = self.column.saturating_add_signed(delta).min(COLUMNS - 1);
    }

    /// The next salesperson in `names` after the current one; none after the last.
    pub fn cycle_manager(&mut self, names: &[String]) {
        self.manager = match &self.manager {
            None => names.first().cloned(),
            Some(m) => names.iter().position(|n| n == m).and_then(|i| names.get(i + 1)).cloned(),
        };
    }
}
