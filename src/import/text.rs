//! The bytes of a file an office has, as text: a byte-order mark decides,
//! then valid UTF-8 is UTF-8, and anything else is guessed among the
//! legacy encodings (Windows-1251 for Russian, 1250 for Romanian, 1252 for
//! Spanish and English) by chardetng. `--encoding` names one instead.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::Encoding;

use crate::domain::ValidationError;

/// A file's text and the encoding it was read in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Reads `bytes` as text, in the encoding `forced` names if given.
pub fn decode(bytes: &[u8], forced: Option<&str>) -> Result<Decoded, ValidationError> {
    if let Some(label) = forced {
        let encoding = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            ValidationError::new("encoding", label, crate::i18n::t("err-expected-encoding-utf-8-utf"))
        })?;
        let (text, had_errors) = encoding.decode_with_bom_removal(bytes);
        if had_errors {
            return Err(ValidationError::new("encoding", label, crate::i18n::t("err-file-does-not-read-in")));
        }
        return Ok(Decoded { text: text.into_owned(), encoding: encoding.name() });
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(not_text(&format!("it starts as {} but does not read as it", encoding.name())));
        }
        return Ok(Decoded { text: text.into_owned(), encoding: encoding.name() });
    }
    // Text in an office's files has no NUL: a file with one is binary (or
    // UTF-16 without its mark, which --encoding reads).
    if bytes.contains(&0) {
        return Err(not_text(
            "it has binary bytes; if it is UTF-16 without a byte-order mark, give --encoding utf-16le",
        ));
    }
    let decoded = if let Ok(text) = std::str::from_utf8(bytes) {
        Decoded { text: text.to_string(), encoding: encoding_rs::UTF_8.name() }
    } else {
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let encoding = detector.guess(None, Utf8Detection::Deny);
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        Decoded { text: text.into_owned(), encoding: encoding.name() }
    };
    // Any legacy encoding reads any bytes: random ones show as control
    // characters, which text an office writes has only by accident.
    let controls =
        decoded.text.chars().filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')).count();
    if controls * 100 > decoded.text.chars().count() {
        return Err(not_text("it has binary bytes (control characters where text would be)"));
    }
    Ok(decoded)
}

fn not_text(why: &str) -> ValidationError {
    ValidationError::new("file", "", crate::tr!("err-not-text", why = why))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    #[test]
    fn each_encoding_an_office_writes_reads_back() {
        let ru = "Наименование;Город\nООО «Балтика»;Санкт-Петербург\nИП Фёдоров;Москва\n";
        // Windows-1250 has the cedilla forms (ş, ţ) only, as such files do.
        let ro = "Denumire;Oraş\nŞtefănescu şi Fiii SRL;Iaşi\nTâmplăria Ţicleni;Braşov\n";
        let es = "Nombre;Ciudad\nMuñoz y Hijos;La Coruña\nPeña Ibáñez;Cádiz\n";
        for (text, encoding) in [
            (ru, encoding_rs::WINDOWS_1251),
            (ro, encoding_rs::WINDOWS_1250),
            (es, encoding_rs::WINDOWS_1252),
            (ru, encoding_rs::UTF_8),
        ] {
            let read = decode(&encoded(text, encoding), None).unwrap();
            assert_eq!((read.text.as_str(), read.encoding), (text, encoding.name()));
        }
    }

    #[test]
    fn byte_order_marks_decide_and_are_dropped() {
        let text = "Name,City\nMuñoz,Cádiz\n";
        let mut utf8 = vec![0xEF, 0xBB, 0xBF];
        utf8.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&utf8, None).unwrap().text, text);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16, None).unwrap(), Decoded { text: text.into(), encoding: "UTF-16LE" });
        let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(decode(&bare, None).is_err(), "binary-looking without --encoding");
        assert_eq!(decode(&bare, Some("utf-16le")).unwrap().text, text);
    }

    #[test]
    fn a_forced_encoding_wins_and_a_bad_one_is_named() {
        let bytes = encoded("Город\n", encoding_rs::WINDOWS_1251);
        assert_eq!(decode(&bytes, Some("cp1251")).unwrap().text, "Город\n");
        let err = decode(&bytes, Some("klingon")).unwrap_err();
        assert!(err.to_string().starts_with("encoding 'klingon': expected an encoding"), "{err}");
        assert!(decode(&bytes, Some("utf-8")).is_err(), "1251 bytes are not UTF-8");
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0, 0, 13], None).is_err());
    }
}
