//! Which class the client list shows beside each client (ABC, XYZ or the
//! lifecycle) and which one value of it the list is narrowed to.

use crate::domain::classes::{Abc, ClientClasses, Lifecycle, Xyz};
use crate::i18n::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lens {
    #[default]
    Off,
    Abc,
    Xyz,
    Lifecycle,
}

impl Lens {
    pub fn next(self) -> Lens {
        match self {
            Lens::Off => Lens::Abc,
            Lens::Abc => Lens::Xyz,
            Lens::Xyz => Lens::Lifecycle,
            Lens::Lifecycle => Lens::Off,
        }
    }

    /// The list column's heading.
    pub fn label(self) -> &'static str {
        match self {
            Lens::Off => "",
            Lens::Abc => "ABC",
            Lens::Xyz => "XYZ",
            Lens::Lifecycle => t("lens-lifecycle"),
        }
    }

    /// How a value of this lens (an id: `A`, `permanent`) reads on screen.
    pub fn value_label(self, id: &'static str) -> &'static str {
        match self {
            Lens::Lifecycle => id.parse::<Lifecycle>().map_or(id, Lifecycle::label),
            _ => id,
        }
    }

    /// The values a client can have under this lens, in order.
    pub fn values(self) -> Vec<&'static str> {
        match self {
            Lens::Off => Vec::new(),
            Lens::Abc => Abc::ALL.iter().map(|c| c.id()).collect(),
            Lens::Xyz => Xyz::ALL.iter().map(|c| c.id()).collect(),
            Lens::Lifecycle => Lifecycle::ALL.iter().map(|c| c.id()).collect(),
        }
    }

    /// A client's value under this lens; none without a class.
    pub fn of(self, classes: Option<&ClientClasses>) -> Option<&'static str> {
        let c = classes?;
        match self {
            Lens::Off => None,
            Lens::Abc => c.abc.map(Abc::id),
            Lens::Xyz => c.xyz.map(Xyz::id),
            Lens::Lifecycle => Some(c.lifecycle.id()),
        }
    }

    /// The filter after `current`: each value in turn, then none.
    pub fn next_filter(self, current: Option<&'static str>) -> Option<&'static str> {
        let values = self.values();
        match current.and_then(|c| values.iter().position(|v| *v == c)) {
            None => values.first().copied(),
            Some(i) => values.get(i + 1).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_walks_the_values_then_clears() {
        let mut seen = Vec::new();
        let mut f = Lens::Abc.next_filter(None);
        while let Some(v) = f {
            seen.push(v);
            f = Lens::Abc.next_filter(f);
        }
        assert_eq!(seen, ["A", "B", "C"]);
        assert_eq!(Lens::Off.next_filter(None), None);
        assert_eq!(Lens::Lifecycle.next().next(), Lens::Abc);
    }
}
