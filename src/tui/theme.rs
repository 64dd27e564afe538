//! Colours of the colour categories and of states, chosen from the 16 ANSI
//! colours so they read on dark and light terminals alike.

use ratatui::style::{Color, Modifier, Style};

use crate::domain::Category;

pub fn category(category: Category) -> Color {
    match category {
        Category::White => Color::Reset,
        Category::Grey => Color::DarkGray,
        Category::Green => Color::Green,
        Category::Yellow => Color::Yellow,
        Category::GreenGold => Color::LightGreen,
        Category::Gold => Color::LightYellow,
        Category::Platinum => Color::Cyan,
        Category::RedGreen => Color::Red,
        Category::RedGold => Color::LightRed,
        Category::RedPlatinum => Color::Magenta,
    }
}

pub fn overdue() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn matched() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

/// The banner of a file open read-only: seen at once, on any background.
pub fn read_only() -> Style {
    Style::new().fg(Color::White).bg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

pub fn focused_border() -> Style {
    Style::new().fg(Color::Cyan)
}

/// The colour of a class value (ABC, XYZ or lifecycle, by its id): the
/// best and steadiest green, the middle yellow, the irregular and the lost red.
pub fn class(id: &str) -> Style {
    let colour = match id {
        "A" | "X" | "permanent" => Color::Green,
        "B" | "Y" | "new" => Color::Yellow,
        "restored" => Color::Cyan,
        "Z" | "lost" => Color::Red,
        _ => Color::DarkGray,
    };
    Style::new().fg(colour)
}
