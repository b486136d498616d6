//! Stable string ids for everything a user can reference.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_id_skips_taken_ids() {
        assert_eq!(fresh_id("role", []), "role-1");
        assert_eq!(fresh_id("role", ["role-1", "role-3"]), "role-2");
    }

    #[test]
    fn slugify_keeps_words() {
        assert_eq!(slugify("Lincoln USD: STEM plan!"), "lincoln-usd-stem-plan");
        assert_eq!(slugify("  "), "");
    }
}
