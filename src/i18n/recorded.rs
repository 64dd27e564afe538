//! The words Kartoteka itself records in the file — what a journal step
//! did (`new client`, `import clients.csv`, `undo 12`), which field a
//! change touched (`next contact`) — are stored in English, the same for
//! everyone who opens the file, and shown in the reader's language.

use std::borrow::Cow;

/// Each stored word with its message.
const RECORDED: &[(&str, &str)] = &[
    ("name", "recorded-name"),
    ("kind", "recorded-kind"),
    ("legal name", "recorded-legal-name"),
    ("city", "recorded-city"),
    ("address", "recorded-address"),
    ("industry", "recorded-industry"),
    ("size", "recorded-size"),
    ("tax id", "recorded-tax-id"),
    ("phones", "recorded-phones"),
    ("e-mails", "recorded-e-mails"),
    ("website", "recorded-website"),
    ("source", "recorded-source"),
    ("manager", "recorded-manager"),
    ("category", "recorded-category"),
    ("tags", "recorded-tags"),
    ("next contact", "recorded-next-contact"),
    ("notes", "recorded-notes"),
    ("category from orders", "recorded-category-from-orders"),
    ("complaint registered", "recorded-complaint-registered"),
    ("complaint cause found", "recorded-complaint-cause-found"),
    ("complaint resolved", "recorded-complaint-resolved"),
    ("complaint process fixed", "recorded-complaint-process-fixed"),
    ("merged", "recorded-merged"),
    ("undo", "recorded-undo"),
    ("call", "recorded-call"),
    ("complaint", "recorded-complaint"),
    ("complaint step", "recorded-complaint-step"),
    ("contact", "recorded-contact"),
    ("delete", "recorded-delete"),
    ("edit", "recorded-edit"),
    ("greeting", "recorded-greeting"),
    ("merge", "recorded-merge"),
    ("move", "recorded-move"),
    ("new client", "recorded-new-client"),
    ("new person", "recorded-new-person"),
    ("order", "recorded-order"),
    ("satisfaction", "recorded-satisfaction"),
    ("handover", "recorded-handover"),
    ("mailing", "recorded-mailing"),
];

/// A word the file recorded, as the current language says it; what
/// people typed (or an unknown word) as it is.
pub fn recorded(what: &str) -> Cow<'_, str> {
    if let Some((_, key)) = RECORDED.iter().find(|(stored, _)| *stored == what) {
        return Cow::Borrowed(super::t(key));
    }
    if let Some(source) = what.strip_prefix("import ") {
        return Cow::Owned(crate::tr!("recorded-import", source = source));
    }
    if let Some(step) = what.strip_prefix("undo ").filter(|s| s.chars().all(|c| c.is_ascii_digit())) {
        return Cow::Owned(crate::tr!("recorded-undo-step", step = step));
    }
    Cow::Borrowed(what)
}

#[cfg(test)]
mod tests {
    use super::super::{Lang, scoped};
    use super::*;

    #[test]
    fn english_reads_the_stored_words_and_others_translate_them() {
        for (stored, _) in RECORDED {
            let _en = scoped(Lang::En);
            assert_eq!(recorded(stored), *stored);
        }
        let _ru = scoped(Lang::Ru);
        assert_eq!(recorded("next contact"), "след. контакт");
        assert_eq!(recorded("import clients.csv"), "импорт clients.csv");
        assert_eq!(recorded("undo 12"), "отмена шага 12");
        assert_eq!(recorded("Sent the price list"), "Sent the price list");
    }
}
