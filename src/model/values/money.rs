//! Money as whole cents (`Cents`), so sums are exact. Amounts people type are
//! read by [`Cents::parse`], which refuses anything it is not sure of; how an
//! amount is shown (currency sign, separators) is the browser's job (the UI
//! formats [`Cents::dollars_f64`] with `Intl.NumberFormat`), so nothing here
//! assumes a locale.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount of money in cents. Stored in files as a JSON integer.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Cents(i64);

/// Why typed text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    /// Nothing was typed.
    Empty,
    /// A minus sign: costs and funding are entered as positive amounts.
    Negative,
    /// A character that has no place in an amount.
    InvalidCharacter { found: char },
    /// Commas not between groups of three digits ("1,23", "12,50").
    MisplacedComma,
    /// More than two digits after the point.
    TooManyDecimals,
    /// A sign or point but no digits.
    NoDigits,
    /// More than [`Cents::MAX_AMOUNT`].
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MoneyError::Empty => write!(f, "Enter an amount, such as 1250 or 1,250.00"),
            MoneyError::Negative => write!(f, "Enter the amount without a minus sign"),
            MoneyError::InvalidCharacter { found } => write!(
                f,
                "An amount holds only digits, commas between thousands and a point before cents; found \"{found}\""
            ),
            MoneyError::MisplacedComma => write!(
                f,
                "Use commas only between thousands (1,250) and a point for cents (12.50)"
            ),
            MoneyError::TooManyDecimals => {
                write!(f, "An amount has at most two digits after the point")
            }
            MoneyError::NoDigits => write!(f, "Enter an amount, such as 1250 or 1,250.00"),
            MoneyError::TooLarge => write!(
                f,
                "The amount is larger than the planner accepts (at most 1,000,000,000.00)"
            ),
        }
    }
}

impl std::error::Error for MoneyError {}

impl Cents {
    pub const ZERO: Cents = Cents(0);
    /// The largest single amount accepted from a person or a file (one
    /// billion): far above any school budget line, and small enough that
    /// thousands of lines cannot overflow a sum.
    pub const MAX_AMOUNT: Cents = Cents(100_000_000_000);

    pub const fn from_cents(cents: i64) -> Cents {
        Cents(cents)
    }

    /// Whole dollars, or `None` on overflow.
    pub fn from_dollars(dollars: i64) -> Option<Cents> {
        dollars.checked_mul(100).map(Cents)
    }

    /// The whole amount in cents (12345 for 123.45).
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// The whole dollars, rounded toward zero (123 for 123.45, -123 for -123.45).
    pub const fn dollars(self) -> i64 {
        self.0 / 100
    }

    /// The cents after the whole dollars, 0–99 whatever the sign (45 for 123.45).
    pub const fn cent_part(self) -> i64 {
        (self.0 % 100).abs()
    }

    /// The amount in dollars as a float, only for handing to a locale
    /// formatter (exact for every amount up to [`Cents::MAX_AMOUNT`]).
    pub fn dollars_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    pub const fn is_negative(self) -> bool {
        self.0 < 0
    }

    /// Whether the amount is within 0..=[`Cents::MAX_AMOUNT`], the range
    /// accepted for one line or funding source.
    pub fn is_valid_amount(self) -> bool {
        (0..=Cents::MAX_AMOUNT.0).contains(&self.0)
    }

    pub fn checked_add(self, other: Cents) -> Option<Cents> {
        self.0.checked_add(other.0).map(Cents)
    }

    pub fn checked_sub(self, other: Cents) -> Option<Cents> {
        self.0.checked_sub(other.0).map(Cents)
    }

    pub fn saturating_add(self, other: Cents) -> Cents {
        Cents(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: Cents) -> Cents {
        Cents(self.0.saturating_sub(other.0))
    }

    /// The amount times a whole number (a stipend for several people).
    pub fn checked_mul(self, factor: i64) -> Option<Cents> {
        self.0.checked_mul(factor).map(Cents)
    }

    /// `percent`% of the amount, rounded to the nearest cent (halves away
    /// from zero): 40% of 65,432.11 is 26,172.84.
    pub fn percent(self, percent: u32) -> Option<Cents> {
        let product = i128::from(self.0) * i128::from(percent);
        let rounded = if product >= 0 {
            (product + 50) / 100
        } else {
            (product - 50) / 100
        };
        i64::try_from(rounded).ok().map(Cents)
    }

    /// Adds amounts, `None` if the sum overflows.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Cents>) -> Option<Cents> {
        amounts
            .into_iter()
            .try_fold(Cents::ZERO, |sum, amount| sum.checked_add(amount))
    }

    /// Reads an amount a person typed: digits with an optional leading `$`,
    /// commas only between groups of three digits, and at most two digits
    /// after a point ("1250", "$1,250", "1250.5", ".75"). Anything else is
    /// refused rather than guessed, in particular "12,50" (a decimal comma
    /// in many locales, a typo in others) and negative amounts.
    pub fn parse(text: &str) -> Result<Cents, MoneyError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        if text.starts_with(['-', '−']) {
            return Err(MoneyError::Negative);
        }
        let text = text.strip_prefix('$').unwrap_or(text).trim_start();
        if text.starts_with(['-', '−']) {
            return Err(MoneyError::Negative);
        }
        if let Some(found) = text
            .chars()
            .find(|c| !c.is_ascii_digit() && *c != ',' && *c != '.')
        {
            return Err(MoneyError::InvalidCharacter { found });
        }
        let (whole, fraction) = match text.split_once('.') {
            Some((whole, fraction)) => (whole, fraction),
            None => (text, ""),
        };
        if fraction.contains(['.', ',']) {
            return Err(if fraction.contains(',') {
                MoneyError::MisplacedComma
            } else {
                MoneyError::InvalidCharacter { found: '.' }
            });
        }
        if fraction.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if whole.contains(',') {
            let mut groups = whole.split(',');
            let first = groups.next().unwrap_or("");
            let first_ok = (1..=3).contains(&first.len());
            if !first_ok || groups.any(|group| group.len() != 3) {
                return Err(MoneyError::MisplacedComma);
            }
        }
        let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
        if digits.is_empty() && fraction.is_empty() {
            return Err(MoneyError::NoDigits);
        }
        let mut cents: i64 = 0;
        for d in digits.bytes() {
            cents = cents
                .checked_mul(10)
                .and_then(|c| c.checked_add(i64::from(d - b'0')))
                .ok_or(MoneyError::TooLarge)?;
            if cents > Cents::MAX_AMOUNT.0 {
                return Err(MoneyError::TooLarge);
            }
        }
        let fraction_cents: i64 = match fraction.len() {
            0 => 0,
            1 => i64::from(fraction.as_bytes()[0] - b'0') * 10,
            _ => fraction.parse().map_err(|_| MoneyError::NoDigits)?,
        };
        let total = cents
            .checked_mul(100)
            .and_then(|c| c.checked_add(fraction_cents))
            .ok_or(MoneyError::TooLarge)?;
        if total > Cents::MAX_AMOUNT.0 {
            return Err(MoneyError::TooLarge);
        }
        Ok(Cents(total))
    }

    /// "1234.50": no currency sign and no grouping, the form
    /// [`Cents::parse`] reads back (to put an amount in an input for editing,
    /// and in tests).
    pub fn to_plain_string(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}", self.dollars().abs(), self.cent_part())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<i64, MoneyError> {
        Cents::parse(text).map(Cents::cents)
    }

    #[test]
    fn parse_reads_plain_and_grouped_amounts() {
        assert_eq!(parse("1250"), Ok(125_000));
        assert_eq!(parse(" $1,250 "), Ok(125_000));
        assert_eq!(parse("$ 1,250.5"), Ok(125_050));
        assert_eq!(parse("1,234,567.89"), Ok(123_456_789));
        assert_eq!(parse(".75"), Ok(75));
        assert_eq!(parse("12."), Ok(1_200));
        assert_eq!(parse("0"), Ok(0));
        assert_eq!(parse("007"), Ok(700));
    }

    #[test]
    fn parse_refuses_what_it_is_not_sure_of() {
        assert_eq!(parse(""), Err(MoneyError::Empty));
        assert_eq!(parse("-5"), Err(MoneyError::Negative));
        assert_eq!(parse("$-5"), Err(MoneyError::Negative));
        assert_eq!(parse("12,50"), Err(MoneyError::MisplacedComma));
        assert_eq!(parse("1,2345"), Err(MoneyError::MisplacedComma));
        assert_eq!(parse(",500"), Err(MoneyError::MisplacedComma));
        assert_eq!(parse("1.234,56"), Err(MoneyError::MisplacedComma));
        assert_eq!(
            parse("1.2.3"),
            Err(MoneyError::InvalidCharacter { found: '.' })
        );
        assert_eq!(parse("12.345"), Err(MoneyError::TooManyDecimals));
        assert_eq!(
            parse("12 000"),
            Err(MoneyError::InvalidCharacter { found: ' ' })
        );
        assert_eq!(
            parse("1e6"),
            Err(MoneyError::InvalidCharacter { found: 'e' })
        );
        assert_eq!(
            parse("€100"),
            Err(MoneyError::InvalidCharacter { found: '€' })
        );
        assert_eq!(parse("$"), Err(MoneyError::NoDigits));
        assert_eq!(parse("."), Err(MoneyError::NoDigits));
        assert_eq!(parse("1000000000.00"), Ok(Cents::MAX_AMOUNT.cents()));
        assert_eq!(parse("1000000000.01"), Err(MoneyError::TooLarge));
        assert_eq!(parse("99999999999999999999999"), Err(MoneyError::TooLarge));
        assert!(MoneyError::MisplacedComma.to_string().contains("12.50"));
    }

    #[test]
    fn parts_and_plain_text() {
        let amount = Cents::from_cents(12_345);
        assert_eq!((amount.dollars(), amount.cent_part()), (123, 45));
        assert_eq!(amount.to_plain_string(), "123.45");
        assert_eq!(Cents::from_cents(-5).to_plain_string(), "-0.05");
        assert_eq!(Cents::from_cents(-12_345).dollars(), -123);
        assert_eq!(Cents::from_cents(7).to_plain_string(), "0.07");
        assert_eq!(Cents::parse(&amount.to_plain_string()), Ok(amount));
        assert_eq!(amount.dollars_f64(), 123.45);
        assert_eq!(Cents::from_dollars(3_000), Some(Cents::from_cents(300_000)));
        assert_eq!(Cents::from_dollars(i64::MAX), None);
    }

    #[test]
    fn arithmetic_is_exact_and_overflow_is_caught() {
        let a = Cents::from_cents(10);
        let b = Cents::from_cents(20);
        assert_eq!(a.checked_add(b), Some(Cents::from_cents(30)));
        assert_eq!(a.checked_sub(b), Some(Cents::from_cents(-10)));
        let max = Cents::from_cents(i64::MAX);
        assert_eq!(max.checked_add(a), None);
        assert_eq!(max.saturating_add(a), max);
        assert_eq!(
            Cents::from_cents(i64::MIN).saturating_sub(a).cents(),
            i64::MIN
        );
        assert_eq!(max.checked_mul(2), None);
        assert_eq!(Cents::checked_sum([a, b, a]), Some(Cents::from_cents(40)));
        assert_eq!(Cents::checked_sum([max, a]), None);
        assert_eq!(Cents::checked_sum([]), Some(Cents::ZERO));
    }

    #[test]
    fn percent_rounds_to_the_nearest_cent() {
        assert_eq!(
            Cents::from_cents(6_543_211).percent(40),
            Some(Cents::from_cents(2_617_284))
        );
        // 0.5 cent rounds up: 1% of 0.50 is 0.005.
        assert_eq!(Cents::from_cents(50).percent(1), Some(Cents::from_cents(1)));
        assert_eq!(Cents::from_cents(49).percent(1), Some(Cents::ZERO));
        assert_eq!(
            Cents::from_cents(-50).percent(1),
            Some(Cents::from_cents(-1))
        );
        assert_eq!(Cents::MAX_AMOUNT.percent(100), Some(Cents::MAX_AMOUNT));
        assert_eq!(Cents::from_cents(i64::MAX).percent(200), None);
    }

    #[test]
    fn stored_as_an_integer() {
        let amount = Cents::from_cents(125_000);
        assert_eq!(serde_json::to_string(&amount).unwrap(), "125000");
        assert_eq!(serde_json::from_str::<Cents>("125000").unwrap(), amount);
        assert!(serde_json::from_str::<Cents>("1250.5").is_err());
        assert!(amount.is_valid_amount());
        assert!(!Cents::from_cents(-1).is_valid_amount());
    }
}
