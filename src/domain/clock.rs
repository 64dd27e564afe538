//! Time is a parameter: the program asks a clock, tests fix it.

use chrono::{Local, NaiveDate, NaiveDateTime, Timelike};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The computer's local time.
    System,
    /// A fixed moment, for tests and reproducible demos.
    Fixed(NaiveDateTime),
}

impl Clock {
    /// Now, to the second.
    pub fn now(self) -> NaiveDateTime {
        match self {
            Clock::System => {
                let now = Local::now().naive_local();
                now.with_nanosecond(0).unwrap_or(now)
            }
            Clock::Fixed(t) => t,
        }
    }

    pub fn today(self) -> NaiveDate {
        self.now().date()
    }
}
