//! Calendar dates and school years as the plan stores them: `IsoDate`
//! ("2026-09-15") and `SchoolYear` ("2026-27"). Both are written to files as
//! plain strings and can only hold valid values: reading a file with a bad
//! date fails at that field's path, and typed text is checked by `parse`
//! before anything changes. No clock here: "today" always comes from the
//! caller (the browser), so everything stays testable.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar day written `YYYY-MM-DD`. Ordering is chronological (the
/// string order of ISO dates).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate(String);

/// Why a typed or stored date was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was typed.
    Empty,
    /// Not of the form `YYYY-MM-DD`.
    Format { found: String },
    /// Of the right form, but no such day (month 13, February 30).
    NoSuchDay { found: String },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Empty => write!(f, "Enter a date as YYYY-MM-DD, for example 2026-09-15"),
            DateError::Format { found } => write!(
                f,
                "Write the date as YYYY-MM-DD (for example 2026-09-15), found \"{found}\""
            ),
            DateError::NoSuchDay { found } => {
                write!(f, "There is no such day as \"{found}\"")
            }
        }
    }
}

impl std::error::Error for DateError {}

fn is_leap_year(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Reads exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<u32> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

impl IsoDate {
    /// Reads typed or stored text (surrounding spaces ignored). Only the
    /// exact ISO form is accepted: local forms such as 9/15/2026 are
    /// ambiguous between countries, and `<input type="date">` gives ISO.
    pub fn parse(text: &str) -> Result<IsoDate, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let format = || DateError::Format {
            found: text.to_string(),
        };
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(format());
        };
        let (Some(year), Some(month), Some(day)) = (digits(y, 4), digits(m, 2), digits(d, 2))
        else {
            return Err(format());
        };
        IsoDate::from_ymd(year, month, day).ok_or_else(|| DateError::NoSuchDay {
            found: text.to_string(),
        })
    }

    /// The date for a year (1–9999), month (1–12) and day, if it exists.
    pub fn from_ymd(year: u32, month: u32, day: u32) -> Option<IsoDate> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(IsoDate(format!("{year:04}-{month:02}-{day:02}")))
    }

    /// The `YYYY-MM-DD` text (what `<input type="date">` takes as its value).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn year(&self) -> u32 {
        self.0[0..4].parse().unwrap_or(0)
    }

    pub fn month(&self) -> u32 {
        self.0[5..7].parse().unwrap_or(0)
    }

    pub fn day(&self) -> u32 {
        self.0[8..10].parse().unwrap_or(0)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for IsoDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        // Stored dates must be exact: no trimming of what a file says.
        let date = IsoDate::parse(&text)?;
        if date.0 == text {
            Ok(date)
        } else {
            Err(DateError::Format { found: text })
        }
    }
}

impl From<IsoDate> for String {
    fn from(date: IsoDate) -> String {
        date.0
    }
}

/// A school year such as 2026-27, written `"2026-27"` in files. It runs from
/// July 1 to June 30 (the usual US school district fiscal year), which is
/// what [`SchoolYear::containing`] assumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SchoolYear {
    start: u32,
}

/// Why a typed or stored school year was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchoolYearError {
    Empty,
    /// Not `YYYY-YY` or `YYYY-YYYY`.
    Format {
        found: String,
    },
    /// The second year does not follow the first ("2026-28").
    NotConsecutive {
        found: String,
    },
}

impl fmt::Display for SchoolYearError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchoolYearError::Empty => {
                write!(f, "Enter a school year such as 2026-27")
            }
            SchoolYearError::Format { found } => write!(
                f,
                "Write the school year as two years, such as 2026-27, found \"{found}\""
            ),
            SchoolYearError::NotConsecutive { found } => write!(
                f,
                "A school year spans two consecutive years (such as 2026-27), found \"{found}\""
            ),
        }
    }
}

impl std::error::Error for SchoolYearError {}

impl SchoolYear {
    /// The school year that starts in `start` (1000–9998).
    pub fn starting(start: u32) -> Option<SchoolYear> {
        (1000..=9998)
            .contains(&start)
            .then_some(SchoolYear { start })
    }

    /// Reads "2026-27" or "2026-2027" (a hyphen, en dash or slash between).
    pub fn parse(text: &str) -> Result<SchoolYear, SchoolYearError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(SchoolYearError::Empty);
        }
        let format = || SchoolYearError::Format {
            found: text.to_string(),
        };
        let mut parts = text.split(['-', '–', '/']);
        let (Some(first), Some(second), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format());
        };
        let start = digits(first, 4).ok_or_else(format)?;
        let year = SchoolYear::starting(start).ok_or_else(format)?;
        let end_matches = match second.len() {
            2 => digits(second, 2) == Some((start + 1) % 100),
            4 => digits(second, 4) == Some(start + 1),
            _ => return Err(format()),
        };
        if !end_matches {
            if second.bytes().all(|b| b.is_ascii_digit()) {
                return Err(SchoolYearError::NotConsecutive {
                    found: text.to_string(),
                });
            }
            return Err(format());
        }
        Ok(year)
    }

    /// The school year a day falls in: from July 1 on, the year starting
    /// that calendar year; before, the one that started the year before.
    pub fn containing(date: &IsoDate) -> Option<SchoolYear> {
        let start = if date.month() >= 7 {
            date.year()
        } else {
            date.year().checked_sub(1)?
        };
        SchoolYear::starting(start)
    }

    /// The calendar year it starts in (2026 for 2026-27).
    pub fn first_year(self) -> u32 {
        self.start
    }

    pub fn next(self) -> Option<SchoolYear> {
        SchoolYear::starting(self.start + 1)
    }

    /// "2026-27".
    pub fn label(self) -> String {
        format!("{}-{:02}", self.start, (self.start + 1) % 100)
    }
}

impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl TryFrom<String> for SchoolYear {
    type Error = SchoolYearError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let year = SchoolYear::parse(&text)?;
        if year.label() == text {
            Ok(year)
        } else {
            Err(SchoolYearError::Format { found: text })
        }
    }
}

impl From<SchoolYear> for String {
    fn from(year: SchoolYear) -> String {
        year.label()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_days_in_iso_form() {
        let date = IsoDate::parse(" 2026-09-15 ").unwrap();
        assert_eq!(date.as_str(), "2026-09-15");
        assert_eq!((date.year(), date.month(), date.day()), (2026, 9, 15));
        assert!(IsoDate::parse("2028-02-29").is_ok(), "leap day");
        assert_eq!(
            IsoDate::parse("2027-02-29"),
            Err(DateError::NoSuchDay {
                found: "2027-02-29".into()
            })
        );
        assert!(IsoDate::parse("1900-02-29").is_err(), "not a leap year");
        assert!(IsoDate::parse("2000-02-29").is_ok(), "a leap year");
        assert!(matches!(
            IsoDate::parse("2026-13-01"),
            Err(DateError::NoSuchDay { .. })
        ));
        for bad in [
            "9/15/2026",
            "2026-9-15",
            "2026-09-15T00:00",
            "20260915",
            "abcd-ef-gh",
            "+026-09-15",
        ] {
            assert!(
                matches!(IsoDate::parse(bad), Err(DateError::Format { .. })),
                "{bad}"
            );
        }
        assert_eq!(IsoDate::parse("  "), Err(DateError::Empty));
        assert!(IsoDate::parse("2026-9-15")
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
    }

    #[test]
    fn dates_order_by_day_and_read_back_exactly() {
        let a = IsoDate::parse("2026-09-15").unwrap();
        let b = IsoDate::parse("2026-10-01").unwrap();
        assert!(a < b);
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"2026-09-15\"");
        assert_eq!(
            serde_json::from_str::<IsoDate>("\"2026-09-15\"").unwrap(),
            a
        );
        assert!(serde_json::from_str::<IsoDate>("\" 2026-09-15\"").is_err());
        assert!(serde_json::from_str::<IsoDate>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn school_years_read_both_spellings_and_write_one() {
        let year = SchoolYear::parse("2026-27").unwrap();
        assert_eq!(year.label(), "2026-27");
        assert_eq!(SchoolYear::parse("2026-2027"), Ok(year));
        assert_eq!(SchoolYear::parse("2026–27"), Ok(year));
        assert_eq!(SchoolYear::parse("1999-00").unwrap().label(), "1999-00");
        assert_eq!(
            SchoolYear::parse("2026-28"),
            Err(SchoolYearError::NotConsecutive {
                found: "2026-28".into()
            })
        );
        assert!(matches!(
            SchoolYear::parse("2026"),
            Err(SchoolYearError::Format { .. })
        ));
        assert_eq!(SchoolYear::parse(""), Err(SchoolYearError::Empty));
        assert_eq!(
            year.next().map(SchoolYear::label).as_deref(),
            Some("2027-28")
        );
        assert_eq!(serde_json::to_string(&year).unwrap(), "\"2026-27\"");
        assert_eq!(
            serde_json::from_str::<SchoolYear>("\"2026-27\"").unwrap(),
            year
        );
        assert!(serde_json::from_str::<SchoolYear>("\"2026-2027\"").is_err());
    }

    #[test]
    fn school_year_turns_over_on_july_first() {
        let on = |text: &str| SchoolYear::containing(&IsoDate::parse(text).unwrap()).unwrap();
        assert_eq!(on("2026-06-30").label(), "2025-26");
        assert_eq!(on("2026-07-01").label(), "2026-27");
    }
}
