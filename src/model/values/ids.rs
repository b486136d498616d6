//! Stable string ids for everything a user can reference, one type per kind
//! so that passing a role's id where an area's is expected does not compile.
//! Each is `#[serde(transparent)]`: the file holds plain strings.

/// Declares a string id newtype. `as_str()` reads it; `new()` makes one
/// (ids come from files, seeds and `fresh_id`, never from typing).
#[macro_export]
macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        /// Comparing with plain text (a form value, a test literal) is
        /// allowed; comparing with another kind of id is not.
        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        /// Ids in tests and seeds are written as string literals.
        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_string())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// A leadership role of the matrix (a row of the source table).
    RoleId
);
id_type!(
    /// A responsibility area of the matrix (a column of the source table).
    AreaId
);
id_type!(
    /// One responsibility statement in a matrix cell.
    StatementId
);
id_type!(
    /// A person on the team (the matrix's People).
    PersonId
);
id_type!(
    /// A teacher-leader role of the role builder.
    TeacherRoleId
);

/// Returns `prefix-N` for the smallest N >= 1 not already taken, so ids stay
/// short, readable in exported files and deterministic in tests.
pub fn fresh_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: std::collections::HashSet<&str> = taken.into_iter().collect();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_else(|| format!("{prefix}-x"))
}

/// Turns free text into a lowercase, hyphenated slug (ASCII letters and digits).
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

// The implementation plan's items.
crate::id_type!(
    /// An action under a consideration.
    ActionId
);
crate::id_type!(
    /// A planning document.
    DocumentId
);
crate::id_type!(
    /// A goal (one of 004's benefits, or the team's own).
    GoalId
);
crate::id_type!(
    /// A line of a cost plan (a teacher-leader role's cost, or another cost).
    CostLineId
);
crate::id_type!(
    /// A funding source of a cost plan.
    FundingId
);

// Plans themselves.
crate::id_type!(
    /// What the plans of one school share across school years (and the copies
    /// of one plan share): a plan keeps it when its next school year is
    /// started, and gets a new one when it is duplicated or made afresh.
    LineageId
);

impl LineageId {
    /// The longest lineage a file may hold.
    pub const MAX_LEN: usize = 64;

    /// A new lineage from random bits (the UI's source of randomness; the
    /// model stays pure): `ln-` and 16 hex digits.
    pub fn from_bits(bits: u64) -> LineageId {
        LineageId(format!("ln-{bits:016x}"))
    }

    /// Whether a file may hold it: 1 to [`Self::MAX_LEN`] lowercase ASCII
    /// letters, digits and `-` (the schema's pattern says the same). The
    /// planner writes `ln-` and 16 hex digits.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= Self::MAX_LEN
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_id_skips_taken_ids() {
        assert_eq!(fresh_id("role", []), "role-1");
        assert_eq!(fresh_id("role", ["role-1", "role-3"]), "role-2");
    }

    id_type!(SampleId);

    #[test]
    fn id_types_are_plain_strings_in_files() {
        let id = SampleId::new("role-1");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"role-1\"");
        assert_eq!(serde_json::from_str::<SampleId>("\"role-1\"").unwrap(), id);
        assert_eq!(id.to_string(), "role-1");
        assert!(id == "role-1" && id != "role-2");
        assert_eq!(id.as_str(), "role-1");
    }

    #[test]
    fn lineages_are_short_lowercase_words() {
        assert!(LineageId::from_bits(0).is_well_formed());
        assert!(LineageId::from_bits(u64::MAX).is_well_formed());
        assert_eq!(LineageId::from_bits(0x1a2b).as_str(), "ln-0000000000001a2b");
        assert!(LineageId::new("a".repeat(LineageId::MAX_LEN)).is_well_formed());
        for bad in ["", "LN-1", "ln 1", "ln_1", "ln-é"] {
            assert!(!LineageId::new(bad).is_well_formed(), "{bad:?}");
        }
        assert!(!LineageId::new("a".repeat(LineageId::MAX_LEN + 1)).is_well_formed());
    }

    #[test]
    fn slugify_keeps_words() {
        assert_eq!(slugify("Lincoln USD: STEM plan!"), "lincoln-usd-stem-plan");
        assert_eq!(slugify("  "), "");
    }
}
