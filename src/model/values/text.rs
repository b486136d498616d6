//! Words cut to fit in a label.

/// `text` cut to `max_chars` characters with "…", to name an item in an undo
/// step or a message ("delete goal “Building a culture and vision…”") without
/// quoting a whole paragraph.
pub fn short(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{}…", head.trim_end())
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::short;

    #[test]
    fn cuts_long_text_at_a_character_and_marks_the_cut() {
        assert_eq!(short("Budget", 40), "Budget");
        assert_eq!(short("Makes budgetary decisions", 6), "Makes…");
        assert_eq!(short("Makes budgetary decisions", 10), "Makes budg…");
        assert_eq!(short("Übergänge gestalten", 4), "Über…");
        assert_eq!(short("exactly", 7), "exactly");
    }
}
