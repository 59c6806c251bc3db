//! Publication dates in the forms pages, feeds and datelines use, normalised to ISO 8601.

use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat};

/// Date-only forms, tried in order.
const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y%m%d",
];

/// Date-time forms without a zone, tried in order.
const DATETIME_FORMATS: &[&str] = &["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M"];

/// Normalises a date or date-time to ISO 8601 (`2024-05-01` or
/// `2024-05-01T12:30:00+02:00`); `None` when it cannot be read.
pub fn normalize_date(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(raw) {
        return Some(dt.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(raw) {
        return Some(dt.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
    for format in DATETIME_FORMATS {
        if let Ok(dt) = NaiveDateTime::parse_from_str(raw, format) {
            return Some(dt.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    // "2024-05-01T12:30:00.123+0200" and other zoned variants chrono's strict parsers refuse.
    if let Ok(dt) = DateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S%.f%z") {
        return Some(dt.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
    let cleaned = raw.trim_end_matches('.').replace("Sept", "Sep");
    for format in DATE_FORMATS {
        if let Ok(d) = NaiveDate::parse_from_str(&cleaned, format) {
            return Some(d.format("%Y-%m-%d").to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_common_forms() {
        let cases = [
            ("1996-08-30", Some("1996-08-30")),
            ("2024-05-01T12:30:00Z", Some("2024-05-01T12:30:00Z")),
            (
                "2024-05-01T12:30:00+02:00",
                Some("2024-05-01T12:30:00+02:00"),
            ),
            (
                "Wed, 01 May 2024 12:30:00 GMT",
                Some("2024-05-01T12:30:00Z"),
            ),
            ("2024-05-01 08:00:00", Some("2024-05-01T08:00:00")),
            ("Aug 31, 1996", Some("1996-08-31")),
            ("August 31, 1996", Some("1996-08-31")),
            ("31 August 1996", Some("1996-08-31")),
            ("Sept. 3, 2024", Some("2024-09-03")),
            ("yesterday", None),
            ("", None),
        ];
        for (raw, want) in cases {
            assert_eq!(normalize_date(raw).as_deref(), want, "{raw}");
        }
    }
}
