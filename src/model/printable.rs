//! Printable documents as data: the stakeholder report
//! (`analysis::report::Report::blocks`) and a teacher-leader role description
//! (`teacher_roles::TeacherRole::description`) are each built once,
//! here in the model, as a list of [`Block`]s. One view draws blocks on
//! screen and on paper (`ui::printable`), and [`plain_text`] writes them for
//! "Copy as text", so the two can never word a document differently.
//!
//! Only the kinds the documents need: a title, parts with a heading,
//! paragraphs, lists, a table, and term–value facts.

/// A value nobody has filled in yet; greyed on screen.
pub const NOT_SET: &str = "Not set";

/// A run of text inside a paragraph, a list item or a fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Span {
    Text(String),
    /// A lead-in in bold: "Finance Officer: ".
    Strong(String),
    /// A team's note, in italics: "Note: ask the PTA first".
    Note(String),
    /// A value not given yet ("Not set"), greyed.
    Muted(String),
}

impl Span {
    pub fn text(&self) -> &str {
        match self {
            Span::Text(t) | Span::Strong(t) | Span::Note(t) | Span::Muted(t) => t,
        }
    }
}

/// One line of spans; a list item has one line or more (on screen, lines
/// after the first follow a line break).
pub type Line = Vec<Span>;

/// A line of plain text.
pub fn line(text: impl Into<String>) -> Line {
    vec![Span::Text(text.into())]
}

/// A term and its value: "Career stage: Veteran", "Total costs: $30,000.00".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub term: String,
    /// `None` reads [`NOT_SET`].
    pub value: Option<String>,
    /// A value that needs attention (an unfunded gap), highlighted on screen.
    pub warn: bool,
}

impl Fact {
    pub fn new(term: &str, value: Option<String>) -> Self {
        Fact {
            term: term.to_string(),
            value: value.filter(|v| !v.trim().is_empty()),
            warn: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The document's name, the organization and kind of document above
    /// it, and the lines that say who it is for or who holds it below it.
    Title {
        organization: Option<String>,
        kind: Option<String>,
        text: String,
        byline: Vec<String>,
    },
    /// A part of the document under its heading.
    Section {
        heading: String,
        blocks: Vec<Block>,
    },
    Paragraph(Line),
    /// A bulleted list, with an optional label above it ("Main gaps");
    /// `columns` flows short items into columns on screen.
    List {
        label: Option<String>,
        items: Vec<Vec<Line>>,
        columns: bool,
    },
    /// Each row begins with its header cell (the row's name).
    Table {
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    Facts(Vec<Fact>),
    /// Blocks placed next to each other on a wide page, one after the other
    /// in text.
    SideBySide(Vec<Block>),
}

/// The document as plain text for an email, a newsletter or a job posting:
/// the title underlined with `=`, part headings with `-`, a blank line
/// between blocks, list items as `- ` lines (their further lines indented),
/// facts as `Term: value`, and a table row as `- Row — Column: value, …`.
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    write_blocks(&mut out, blocks);
    out
}

fn write_blocks(out: &mut String, blocks: &[Block]) {
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        write_block(out, block);
    }
}

fn push_line(out: &mut String, text: &str) {
    out.push_str(text.trim_end());
    out.push('\n');
}

fn underlined(out: &mut String, text: &str, underline: char) {
    push_line(out, text);
    let width = text.chars().count().clamp(1, 72);
    push_line(out, &underline.to_string().repeat(width));
}

fn spans_text(spans: &[Span]) -> String {
    spans.iter().map(Span::text).collect()
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Title {
            organization,
            kind,
            text,
            byline,
        } => {
            underlined(out, text, '=');
            for line in organization.iter().chain(kind).chain(byline) {
                push_line(out, line);
            }
        }
        Block::Section { heading, blocks } => {
            underlined(out, heading, '-');
            write_blocks(out, blocks);
        }
        Block::Paragraph(spans) => push_line(out, &spans_text(spans)),
        Block::List { label, items, .. } => {
            if let Some(label) = label {
                push_line(out, &format!("{label}:"));
            }
            for item in items {
                for (i, line) in item.iter().enumerate() {
                    let bullet = if i == 0 { "- " } else { "  " };
                    push_line(out, &format!("{bullet}{}", spans_text(line)));
                }
            }
        }
        Block::Table {
            caption,
            head,
            rows,
        } => {
            push_line(out, &format!("{caption}:"));
            for row in rows {
                let Some((name, cells)) = row.split_first() else {
                    continue;
                };
                let cells: Vec<String> = head
                    .iter()
                    .skip(1)
                    .zip(cells)
                    .map(|(column, cell)| format!("{column}: {cell}"))
                    .collect();
                push_line(out, &format!("- {name} — {}", cells.join(", ")));
            }
        }
        Block::Facts(facts) => {
            for fact in facts {
                let value = fact.value.as_deref().unwrap_or(NOT_SET);
                push_line(out, &format!("{}: {value}", fact.term));
            }
        }
        Block::SideBySide(blocks) => write_blocks(out, blocks),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_writes_headings_lists_tables_and_facts_readably() {
        let blocks = vec![
            Block::Title {
                organization: Some("Lincoln USD".into()),
                kind: None,
                text: "STEM plan".into(),
                byline: vec!["For: Staff".into()],
            },
            Block::Section {
                heading: "Who leads what".into(),
                blocks: vec![
                    Block::List {
                        label: Some("Main gaps".into()),
                        items: vec![
                            vec![
                                line("Budget (Finance)"),
                                vec![Span::Note("Note: soon".into())],
                            ],
                            vec![vec![
                                Span::Strong("Coach: ".into()),
                                Span::Text("Jo".into()),
                            ]],
                        ],
                        columns: false,
                    },
                    Block::Table {
                        caption: "Coverage by area".into(),
                        head: vec!["Area".into(), "In place".into(), "Gaps".into()],
                        rows: vec![vec!["Vision".into(), "2".into(), "1".into()]],
                    },
                ],
            },
            Block::SideBySide(vec![Block::Facts(vec![
                Fact::new("Career stage", Some("Veteran".into())),
                Fact::new("Compensation", Some("  ".into())),
            ])]),
            Block::Paragraph(vec![Span::Muted(NOT_SET.into())]),
        ];
        assert_eq!(
            plain_text(&blocks),
            "STEM plan\n=========\nLincoln USD\nFor: Staff\n\n\
             Who leads what\n--------------\n\
             Main gaps:\n- Budget (Finance)\n  Note: soon\n- Coach: Jo\n\n\
             Coverage by area:\n- Vision — In place: 2, Gaps: 1\n\n\
             Career stage: Veteran\nCompensation: Not set\n\n\
             Not set\n"
        );
    }
}
