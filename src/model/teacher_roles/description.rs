//! A role's one-page description (for sharing and hiring), as printable blocks.

use super::*;

impl TeacherRole {
    /// The one-page role description (for sharing and hiring) as printable
    /// blocks: drawn on screen and on paper, and written as plain text to
    /// paste into a job posting.
    pub fn description(&self, matrix: &Matrix, organization: &Organization) -> Vec<Block> {
        let joined = |items: Vec<String>| Some(items.join("; "));
        let organization: Vec<&str> = [organization.district.trim(), organization.school.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let holder = self.holder.trim();
        let mut blocks = vec![Block::Title {
            organization: (!organization.is_empty()).then(|| organization.join(" · ")),
            kind: Some("STEM teacher-leader role description".into()),
            text: self.display_title().to_string(),
            byline: (!holder.is_empty())
                .then(|| format!("Holder: {holder}"))
                .into_iter()
                .collect(),
        }];
        let summary = self.summary.trim();
        if !summary.is_empty() {
            blocks.push(Block::Paragraph(line(summary)));
        }
        blocks.push(Block::Facts(vec![
            Fact::new("Career stage", self.career_stage.map(|v| v.label().into())),
            Fact::new("Formality", self.formality.map(|v| v.label().into())),
            Fact::new("Arrangement", self.arrangement_text()),
            Fact::new(
                "Spheres of influence",
                joined(self.labels(ListField::Spheres)),
            ),
            Fact::new("Purposes", joined(self.labels(ListField::Purposes))),
            Fact::new(
                "Leadership matrix role",
                self.matrix_role_name(matrix).map(str::to_string),
            ),
        ]));
        let development = self
            .development_in_order()
            .into_iter()
            .map(|d| {
                let item = display_value(DEVELOPMENT, &d.item);
                format!("{item} — {}", d.status.label())
            })
            .collect();
        let labels = |items: &[&'static str]| items.iter().map(|l| l.to_string()).collect();
        let disciplines: Vec<_> = self
            .disciplines_in_order()
            .iter()
            .map(|d| d.label())
            .collect();
        let bands: Vec<_> = self
            .grade_bands_in_order()
            .iter()
            .map(|b| b.label())
            .collect();
        blocks.extend([
            section_list("Responsibilities", self.labels(ListField::Responsibilities)),
            Block::SideBySide(vec![
                Block::Section {
                    heading: "STEM focus".into(),
                    blocks: vec![Block::Facts(vec![
                        Fact::new("Disciplines", joined(labels(&disciplines))),
                        Fact::new("Grade bands", joined(labels(&bands))),
                    ])],
                },
                Block::Section {
                    heading: "Time and compensation".into(),
                    blocks: vec![Block::Facts(vec![
                        Fact::new("Share of time", self.time_share_text()),
                        Fact::new("Compensation", Some(self.compensation.clone())),
                    ])],
                },
            ]),
            section_list("Development plan", development),
        ]);
        blocks
    }
}

/// A part of the description listing items, or "Not set" when it has none.
fn section_list(heading: &str, items: Vec<String>) -> Block {
    let body = if items.is_empty() {
        Block::Paragraph(vec![Span::Muted(NOT_SET.into())])
    } else {
        Block::List {
            label: None,
            items: items.into_iter().map(|i| vec![line(i)]).collect(),
            columns: false,
        }
    };
    Block::Section {
        heading: heading.into(),
        blocks: vec![body],
    }
}
