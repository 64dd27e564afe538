//! The stable identifiers of the method: Shiffman columns, results, colour
//! categories and contact kinds. The `id` strings never change: they are used
//! in the file, on the command line, in JSON and in the keymap.

/// Defines an enum of stable identifiers with its `ALL` list, `id()`,
/// a human label, `FromStr` (reporting the field name on error) and serde.
macro_rules! stable_ids {
    ($(#[$meta:meta])* $name:ident, $field:literal, { $($variant:ident = $id:literal / $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $crate::i18n::t($label)),+ }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::domain::ValidationError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                // The file holds the ids themselves: found without a copy.
                if let Some(exact) = $name::ALL.iter().copied().find(|v| v.id() == s) {
                    return Ok(exact);
                }
                let wanted = s.trim().to_lowercase().replace(['-', ' '], "_");
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.id().eq_ignore_ascii_case(&wanted))
                    .ok_or_else(|| $crate::domain::ValidationError::new(
                        $field,
                        s,
                        $crate::tr!("err-expected-one-of", choices = $name::ALL.iter().map(|v| v.id()).collect::<Vec<_>>().join(", ")),
                    ))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { f.write_str(self.id()) }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.id()) }
        }
    };
}

pub(crate) use stable_ids;

use crate::i18n::t;

stable_ids!(
    /// The six Shiffman prospecting columns, left to right.
    Column, "column", {
        Prospects = "prospects" / "column-prospects",
        Interested = "interested" / "column-interested",
        FollowUp1 = "follow_up_1" / "column-follow_up_1",
        FollowUp2 = "follow_up_2" / "column-follow_up_2",
        FollowUp3 = "follow_up_3" / "column-follow_up_3",
        Result = "result" / "column-result",
    }
);

impl Column {
    /// The column to the right, if any.
    pub fn next(self) -> Option<Column> {
        let i = Column::ALL.iter().position(|c| *c == self)?;
        Column::ALL.get(i + 1).copied()
    }

    /// The column to the left, if any.
    pub fn previous(self) -> Option<Column> {
        let i = Column::ALL.iter().position(|c| *c == self)?;
        i.checked_sub(1).and_then(|j| Column::ALL.get(j).copied())
    }
}

stable_ids!(
    /// How a prospect ended up in the `result` column.
    Outcome, "result", {
        Contract = "contract" / "outcome-contract",
        Purchase = "purchase" / "outcome-purchase",
        Later = "later" / "outcome-later",
        Lost = "lost" / "outcome-lost",
    }
);

stable_ids!(
    /// The colour categories of domain.md: a funnel by colour.
    Category, "category", {
        White = "white" / "category-white",
        Grey = "grey" / "category-grey",
        Green = "green" / "category-green",
        Yellow = "yellow" / "category-yellow",
        GreenGold = "green_gold" / "category-green_gold",
        Gold = "gold" / "category-gold",
        Platinum = "platinum" / "category-platinum",
        RedGreen = "red_green" / "category-red_green",
        RedGold = "red_gold" / "category-red_gold",
        RedPlatinum = "red_platinum" / "category-red_platinum",
    }
);

impl Outcome {
    /// Whether recording this result asks why (the method keeps the reasons
    /// clients are lost, to learn from them).
    pub fn needs_reason(self) -> bool {
        self == Outcome::Lost
    }
}

impl Category {
    /// What the colour means in the method.
    pub fn meaning(self) -> &'static str {
        match self {
            Category::White => t("category-white-meaning"),
            Category::Grey => t("category-grey-meaning"),
            Category::Green => t("category-green-meaning"),
            Category::Yellow => t("category-yellow-meaning"),
            Category::GreenGold => t("category-green_gold-meaning"),
            Category::Gold => t("category-gold-meaning"),
            Category::Platinum => t("category-platinum-meaning"),
            Category::RedGreen => t("category-red_green-meaning"),
            Category::RedGold => t("category-red_gold-meaning"),
            Category::RedPlatinum => t("category-red_platinum-meaning"),
        }
    }
}

stable_ids!(
    /// The kinds of entry in a client's contact log.
    ContactKind, "kind", {
        CallIn = "call_in" / "contact-kind-call_in",
        CallOut = "call_out" / "contact-kind-call_out",
        Meeting = "meeting" / "contact-kind-meeting",
        Letter = "letter" / "contact-kind-letter",
        Email = "email" / "contact-kind-email",
        Visit = "visit" / "contact-kind-visit",
    }
);

stable_ids!(
    /// How a call or other contact went, picked with one key when logging it.
    CallOutcome, "outcome", {
        Reached = "reached" / "call-outcome-reached",
        NoAnswer = "no_answer" / "call-outcome-no_answer",
        CallBack = "call_back" / "call-outcome-call_back",
        Refused = "refused" / "call-outcome-refused",
        Won = "won" / "call-outcome-won",
    }
);

stable_ids!(
    /// A client is a company or a private person.
    ClientKind, "client kind", {
        Company = "company" / "client-kind-company",
        Person = "person" / "client-kind-person",
    }
);

stable_ids!(
    /// What a channel row holds.
    ChannelKind, "channel", {
        Phone = "phone" / "channel-phone",
        Email = "email" / "channel-email",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_accept_loose_spelling() {
        for c in Column::ALL {
            assert_eq!(c.id().parse::<Column>().unwrap(), *c);
        }
        assert_eq!("Follow-up 2".parse::<Column>().unwrap(), Column::FollowUp2);
        assert_eq!("RED-GOLD".parse::<Category>().unwrap(), Category::RedGold);
    }

    #[test]
    fn unknown_id_names_field_value_and_choices() {
        let err = "sideways".parse::<Column>().unwrap_err().to_string();
        assert_eq!(
            err,
            "column 'sideways': expected one of: prospects, interested, follow_up_1, follow_up_2, follow_up_3, result"
        );
    }

    #[test]
    fn columns_step_left_and_right() {
        assert_eq!(Column::Prospects.next(), Some(Column::Interested));
        assert_eq!(Column::Result.next(), None);
        assert_eq!(Column::Prospects.previous(), None);
        assert_eq!(Column::FollowUp1.previous(), Some(Column::Interested));
    }
}
