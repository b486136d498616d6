//! Teacher-leader roles: the portfolio of STEM teacher-leader roles a
//! district plans, each described along the dimensions of the source
//! documents (see `teacher_role_templates` for the vocabulary and quotes).
//!
//! # Stored values
//!
//! * Closed vocabularies (career stage, formality, arrangement, STEM
//!   disciplines, grade bands, development status) are enums written as
//!   snake_case strings; an unknown value in a file is a structure error
//!   that names its path.
//! * Open vocabularies (spheres of influence, purposes, responsibilities,
//!   development plan items) are lists of strings. A string that is a known
//!   key (`"national_networks"`, `"coaching_modeling"`) means that known
//!   value and is shown with its label; any other string is a custom value
//!   and is shown as written. So a file from another district with values of
//!   its own loads, shows them, and writes them back unchanged.
//! * Every field but `id` has a serde default, so files with fewer fields
//!   load; empty optional fields are left out when writing.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::ids::{fresh_id, RoleId, TeacherRoleId};
use super::matrix::Matrix;
use super::printable::{line, Block, Fact, Span, NOT_SET};
use super::teacher_role_templates::{
    self as vocab, display_value, normalize_value, Choice, RoleTemplate, DEVELOPMENT, PURPOSES,
    RESPONSIBILITIES, SPHERES,
};
use super::validation::{Problem, ValidationError};
use super::Organization;

/// Prefix of teacher-leader role ids (`tl-1`, `tl-2`, …).
pub const ID_PREFIX: &str = "tl";
/// Shown where a role has no title.
pub const UNTITLED: &str = "Untitled role";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeacherRoles {
    #[serde(default)]
    pub roles: Vec<TeacherRole>,
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// One teacher-leader role.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeacherRole {
    pub id: TeacherRoleId,
    #[serde(default)]
    pub title: String,
    /// The person in the role, if named.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub holder: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub career_stage: Option<CareerStage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formality: Option<Formality>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<Arrangement>,
    /// Keys of [`SPHERES`] or custom values.
    #[serde(default)]
    pub spheres: Vec<String>,
    /// Keys of [`PURPOSES`] or custom values.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// Keys of [`RESPONSIBILITIES`] (checked items) or custom values.
    #[serde(default)]
    pub responsibilities: Vec<String>,
    #[serde(default)]
    pub disciplines: Vec<Discipline>,
    #[serde(default)]
    pub grade_bands: Vec<GradeBand>,
    /// Share of working time spent leading, 0–100 (the rest is teaching).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leading_percent: Option<u32>,
    /// Stipend or position notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub compensation: String,
    /// Id of the leadership-matrix role this role serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix_role: Option<RoleId>,
    /// Set when the matrix role this role served was deleted; cleared when a
    /// new link is chosen or the notice is dismissed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub matrix_role_cleared: bool,
    #[serde(default)]
    pub development: Vec<DevelopmentItem>,
}

crate::keyed_enum! {
    pub enum CareerStage {
        Preservice => "preservice", "Preservice";
        Novice => "novice", "Novice";
        Veteran => "veteran", "Veteran";
        MasterTeacher => "master_teacher", "Master teacher";
    }
}

crate::keyed_enum! {
    pub enum Formality {
        Informal => "informal", "Informal";
        Formal => "formal", "Formal";
    }
}

crate::keyed_enum! {
    /// How the role's time is arranged (002: leading from the classroom, hybrid
    /// roles, full-time release, traditional formal roles).
    pub enum Arrangement {
        OwnClassroom => "own_classroom", "Leads from own classroom";
        Hybrid => "hybrid", "Hybrid: part teaching, part leading";
        FullTime => "full_time", "Full-time release (e.g., school coach, district TOSA)";
        Traditional => "traditional", "Traditional role (e.g., department or committee chair)";
    }
}

crate::keyed_enum! {
    pub enum Discipline {
        Science => "science", "Science";
        Technology => "technology", "Technology";
        Engineering => "engineering", "Engineering";
        Mathematics => "mathematics", "Mathematics";
        IntegratedStem => "integrated_stem", "Integrated STEM";
    }
}

crate::keyed_enum! {
    pub enum GradeBand {
        Elementary => "elementary", "Elementary";
        Middle => "middle", "Middle";
        High => "high", "High";
    }
}

crate::keyed_enum! {
    #[derive(Default)]
    pub enum DevelopmentStatus {
        #[default]
        NotStarted => "not_started", "Not started";
        InProgress => "in_progress", "In progress";
        Done => "done", "Done";
    }
}

/// One item of a role's development plan: a key of [`DEVELOPMENT`] or a
/// custom item, with its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevelopmentItem {
    pub item: String,
    #[serde(default)]
    pub status: DevelopmentStatus,
}

/// Which open list of a role an operation is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListField {
    Spheres,
    Purposes,
    Responsibilities,
}

impl ListField {
    pub fn vocabulary(self) -> &'static [Choice] {
        match self {
            ListField::Spheres => SPHERES,
            ListField::Purposes => PURPOSES,
            ListField::Responsibilities => RESPONSIBILITIES,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ListField::Spheres => "spheres",
            ListField::Purposes => "purposes",
            ListField::Responsibilities => "responsibilities",
        }
    }
}

/// Adds `value` if missing, removes it if present. Returns whether it is
/// now present.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) -> bool {
    if let Some(at) = list.iter().position(|v| *v == value) {
        list.remove(at);
        false
    } else {
        list.push(value);
        true
    }
}

impl TeacherRole {
    pub fn blank(id: TeacherRoleId) -> Self {
        TeacherRole {
            id,
            ..TeacherRole::default()
        }
    }

    pub fn from_template(id: TeacherRoleId, template: &RoleTemplate) -> Self {
        TeacherRole {
            id,
            title: template.title.to_string(),
            summary: template.summary.to_string(),
            career_stage: template.career_stage,
            formality: template.formality,
            spheres: template.spheres.iter().map(|s| s.to_string()).collect(),
            purposes: template.purposes.iter().map(|s| s.to_string()).collect(),
            ..TeacherRole::default()
        }
    }

    /// The title, or "Untitled role".
    pub fn display_title(&self) -> &str {
        let title = self.title.trim();
        if title.is_empty() {
            UNTITLED
        } else {
            title
        }
    }

    pub fn list(&self, field: ListField) -> &Vec<String> {
        match field {
            ListField::Spheres => &self.spheres,
            ListField::Purposes => &self.purposes,
            ListField::Responsibilities => &self.responsibilities,
        }
    }

    pub fn list_mut(&mut self, field: ListField) -> &mut Vec<String> {
        match field {
            ListField::Spheres => &mut self.spheres,
            ListField::Purposes => &mut self.purposes,
            ListField::Responsibilities => &mut self.responsibilities,
        }
    }

    pub fn has(&self, field: ListField, value: &str) -> bool {
        self.list(field).iter().any(|v| v == value)
    }

    /// Checks or unchecks a value (known key or custom). Returns whether it
    /// is now present.
    pub fn toggle(&mut self, field: ListField, value: &str) -> bool {
        toggle(self.list_mut(field), value.to_string())
    }

    /// Sets a value present or absent.
    pub fn set(&mut self, field: ListField, value: &str, present: bool) {
        if self.has(field, value) != present {
            self.toggle(field, value);
        }
    }

    /// Adds typed text: a known label or key selects the known value,
    /// anything else becomes a custom value. Returns the stored value, or
    /// `None` when the text was blank or already present.
    pub fn add_custom(&mut self, field: ListField, text: &str) -> Option<String> {
        let value = normalize_value(field.vocabulary(), text)?;
        if self.has(field, &value) {
            return None;
        }
        self.list_mut(field).push(value.clone());
        Some(value)
    }

    /// The custom (not known) values of a list, in order.
    pub fn custom_values(&self, field: ListField) -> Vec<String> {
        let vocabulary = field.vocabulary();
        self.list(field)
            .iter()
            .filter(|v| vocab::label_of(vocabulary, v).is_none())
            .cloned()
            .collect()
    }

    /// Labels of a list's values: known values in vocabulary order first,
    /// then custom values as entered.
    pub fn labels(&self, field: ListField) -> Vec<String> {
        let vocabulary = field.vocabulary();
        let mut labels: Vec<String> = vocabulary
            .iter()
            .filter(|choice| self.has(field, choice.key))
            .map(|choice| choice.label.to_string())
            .collect();
        labels.extend(self.custom_values(field));
        labels
    }

    pub fn toggle_discipline(&mut self, discipline: Discipline) -> bool {
        toggle(&mut self.disciplines, discipline)
    }

    pub fn toggle_grade_band(&mut self, band: GradeBand) -> bool {
        toggle(&mut self.grade_bands, band)
    }

    pub fn development_status(&self, item: &str) -> Option<DevelopmentStatus> {
        self.development
            .iter()
            .find(|d| d.item == item)
            .map(|d| d.status)
    }

    /// Puts an item in the plan with a status, or takes it out (`None`).
    pub fn set_development(&mut self, item: &str, status: Option<DevelopmentStatus>) {
        let at = self.development.iter().position(|d| d.item == item);
        match (at, status) {
            (Some(at), Some(status)) => self.development[at].status = status,
            (Some(at), None) => {
                self.development.remove(at);
            }
            (None, Some(status)) => self.development.push(DevelopmentItem {
                item: item.to_string(),
                status,
            }),
            (None, None) => {}
        }
    }

    /// Adds a custom development item (or a known one typed by its label),
    /// not started. Returns the stored item, or `None` when blank or present.
    pub fn add_development(&mut self, text: &str) -> Option<String> {
        let item = normalize_value(DEVELOPMENT, text)?;
        if self.development_status(&item).is_some() {
            return None;
        }
        self.development.push(DevelopmentItem {
            item: item.clone(),
            status: DevelopmentStatus::NotStarted,
        });
        Some(item)
    }

    /// Development items that are not among the known ones.
    pub fn custom_development(&self) -> Vec<DevelopmentItem> {
        self.development
            .iter()
            .filter(|d| vocab::label_of(DEVELOPMENT, &d.item).is_none())
            .cloned()
            .collect()
    }

    /// Links the role to a matrix role (or unlinks it), which also clears the
    /// "link was cleared" notice.
    pub fn set_matrix_role(&mut self, matrix_role: Option<RoleId>) {
        self.matrix_role = matrix_role.filter(|id| !id.as_str().is_empty());
        self.matrix_role_cleared = false;
    }

    /// Soft problems worth a hint in the editor; never block saving.
    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        match (self.arrangement, self.leading_percent) {
            (Some(Arrangement::Hybrid), Some(p)) if p == 0 || p == 100 => hints.push(format!(
                "A hybrid role usually splits time between teaching and leading; the share of time leading is {p}%."
            )),
            (Some(Arrangement::FullTime), Some(p)) if p < 100 => hints.push(format!(
                "A full-time release role usually leads 100% of the time; the share of time leading is {p}%."
            )),
            _ => {}
        }
        hints
    }

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

    /// "Hybrid: part teaching, part leading (40% leading, 60% teaching)".
    pub fn arrangement_text(&self) -> Option<String> {
        let arrangement = self.arrangement?;
        Some(match (arrangement, self.leading_percent) {
            (Arrangement::Hybrid, Some(p)) if p <= 100 => {
                format!(
                    "{} ({p}% leading, {}% teaching)",
                    arrangement.label(),
                    100 - p
                )
            }
            _ => arrangement.label().to_string(),
        })
    }

    /// "40% leading, 60% teaching".
    pub fn time_share_text(&self) -> Option<String> {
        let p = self.leading_percent?;
        Some(if p <= 100 {
            format!("{p}% leading, {}% teaching", 100 - p)
        } else {
            format!("{p}%")
        })
    }

    pub fn disciplines_in_order(&self) -> Vec<Discipline> {
        Discipline::ALL
            .iter()
            .copied()
            .filter(|d| self.disciplines.contains(d))
            .collect()
    }

    pub fn grade_bands_in_order(&self) -> Vec<GradeBand> {
        GradeBand::ALL
            .iter()
            .copied()
            .filter(|b| self.grade_bands.contains(b))
            .collect()
    }

    /// Known development items in source order, then custom ones.
    pub fn development_in_order(&self) -> Vec<DevelopmentItem> {
        let mut items: Vec<DevelopmentItem> = DEVELOPMENT
            .iter()
            .filter_map(|choice| {
                self.development
                    .iter()
                    .find(|d| d.item == choice.key)
                    .cloned()
            })
            .collect();
        items.extend(self.custom_development());
        items
    }

    /// The current name of the linked matrix role.
    pub fn matrix_role_name<'m>(&self, matrix: &'m Matrix) -> Option<&'m str> {
        let id = self.matrix_role.as_ref()?;
        matrix.role(id).map(|r| r.name.as_str())
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

/// A cell count of the career stage × sphere grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    /// `None` is the "Not set" row.
    pub stage: Option<CareerStage>,
    /// One count per column of [`Overview::sphere_columns`].
    pub counts: Vec<usize>,
}

/// The portfolio at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub role_count: usize,
    /// Column values: every known sphere in order, then custom spheres in
    /// order of first use, then `""` for roles with no sphere.
    pub sphere_columns: Vec<String>,
    /// Rows: the four career stages, then "Not set".
    pub grid: Vec<GridRow>,
    /// Every known purpose, then custom ones in order of first use, with how
    /// many roles serve each.
    pub purpose_coverage: Vec<(String, usize)>,
    /// Keys of the seven responsibilities of 003 that no role covers.
    pub uncovered_responsibilities: Vec<&'static str>,
}

impl Overview {
    pub fn sphere_label(value: &str) -> &str {
        if value.is_empty() {
            "Not set"
        } else {
            display_value(SPHERES, value)
        }
    }
}

impl TeacherRoles {
    pub fn ids(&self) -> impl Iterator<Item = &TeacherRoleId> {
        self.roles.iter().map(|r| &r.id)
    }

    pub fn get(&self, id: &TeacherRoleId) -> Option<&TeacherRole> {
        self.roles.iter().find(|r| r.id == *id)
    }

    pub fn get_mut(&mut self, id: &TeacherRoleId) -> Option<&mut TeacherRole> {
        self.roles.iter_mut().find(|r| r.id == *id)
    }

    pub fn position(&self, id: &TeacherRoleId) -> Option<usize> {
        self.roles.iter().position(|r| r.id == *id)
    }

    fn next_id(&self) -> TeacherRoleId {
        TeacherRoleId::new(fresh_id(ID_PREFIX, self.ids().map(TeacherRoleId::as_str)))
    }

    /// Adds a blank role at the end and returns its id.
    pub fn add_blank(&mut self) -> TeacherRoleId {
        let id = self.next_id();
        self.roles.push(TeacherRole::blank(id.clone()));
        id
    }

    /// Adds a role from a template (by key) at the end and returns its id.
    pub fn add_from_template(&mut self, key: &str) -> Option<TeacherRoleId> {
        let template = vocab::template(key)?;
        let id = self.next_id();
        self.roles
            .push(TeacherRole::from_template(id.clone(), template));
        Some(id)
    }

    /// Copies a role right after itself with a new id and "(copy)" title.
    pub fn duplicate(&mut self, id: &TeacherRoleId) -> Option<TeacherRoleId> {
        let at = self.position(id)?;
        let new_id = self.next_id();
        let mut copy = self.roles[at].clone();
        copy.id = new_id.clone();
        copy.title = format!("{} (copy)", copy.display_title());
        self.roles.insert(at + 1, copy);
        Some(new_id)
    }

    pub fn delete(&mut self, id: &TeacherRoleId) -> Option<TeacherRole> {
        let at = self.position(id)?;
        Some(self.roles.remove(at))
    }

    /// Moves a role one place earlier; false when it is first or missing.
    pub fn move_up(&mut self, id: &TeacherRoleId) -> bool {
        match self.position(id) {
            Some(at) if at > 0 => {
                self.roles.swap(at, at - 1);
                true
            }
            _ => false,
        }
    }

    /// Moves a role one place later; false when it is last or missing.
    pub fn move_down(&mut self, id: &TeacherRoleId) -> bool {
        match self.position(id) {
            Some(at) if at + 1 < self.roles.len() => {
                self.roles.swap(at, at + 1);
                true
            }
            _ => false,
        }
    }

    /// Checks what serde cannot: ids unique and non-empty, list values
    /// non-empty and not repeated, shares within 0–100, links that resolve.
    /// Errors are a field path relative to `teacher_roles` and the problem.
    pub fn validate(&self, matrix: &Matrix) -> Result<(), ValidationError> {
        let mut seen = HashSet::new();
        for (i, role) in self.roles.iter().enumerate() {
            let at = |field: &str| format!("roles[{i}].{field}");
            let fail = |field: &str, problem| Err(ValidationError::new(at(field), problem));
            if role.id.as_str().trim().is_empty() {
                return fail("id", Problem::MissingTeacherRoleId);
            }
            if !seen.insert(&role.id) {
                return fail("id", Problem::TeacherRoleIdTaken(role.id.clone()));
            }
            for field in [
                ListField::Spheres,
                ListField::Purposes,
                ListField::Responsibilities,
            ] {
                check_list(
                    &at(field.name()),
                    role.list(field).iter().map(String::as_str),
                )?;
            }
            check_list(
                &at("development"),
                role.development.iter().map(|d| d.item.as_str()),
            )?;
            if let Some(p) = role.leading_percent {
                if p > 100 {
                    return fail("leading_percent", Problem::LeadingPercentOutOfRange(p));
                }
            }
            let mut disciplines = HashSet::new();
            if let Some(j) = role
                .disciplines
                .iter()
                .position(|d| !disciplines.insert(*d))
            {
                return fail(&format!("disciplines[{j}]"), Problem::ListedTwice);
            }
            let mut bands = HashSet::new();
            if let Some(j) = role.grade_bands.iter().position(|b| !bands.insert(*b)) {
                return fail(&format!("grade_bands[{j}]"), Problem::ListedTwice);
            }
            if let Some(link) = &role.matrix_role {
                if matrix.role(link).is_none() {
                    return fail("matrix_role", Problem::UnknownMatrixRole(link.clone()));
                }
            }
        }
        Ok(())
    }

    /// Clears every link to a (deleted) matrix role, marking the roles so
    /// the editor can say so. Returns the titles of the roles that lost it.
    pub fn clear_matrix_role_links(&mut self, role_id: &RoleId) -> Vec<String> {
        let mut cleared = Vec::new();
        for role in &mut self.roles {
            if role.matrix_role.as_ref() == Some(role_id) {
                role.matrix_role = None;
                role.matrix_role_cleared = true;
                cleared.push(role.display_title().to_string());
            }
        }
        cleared
    }

    /// The spread of the portfolio: career stage × sphere counts, purpose
    /// coverage, and which of the seven responsibilities nobody covers.
    pub fn overview(&self) -> Overview {
        let mut sphere_columns: Vec<String> = SPHERES.iter().map(|c| c.key.to_string()).collect();
        let mut purposes: Vec<String> = PURPOSES.iter().map(|c| c.key.to_string()).collect();
        for role in &self.roles {
            for sphere in &role.spheres {
                if !sphere_columns.contains(sphere) {
                    sphere_columns.push(sphere.clone());
                }
            }
            for purpose in &role.purposes {
                if !purposes.contains(purpose) {
                    purposes.push(purpose.clone());
                }
            }
        }
        if self.roles.iter().any(|r| r.spheres.is_empty()) {
            sphere_columns.push(String::new());
        }
        let stages: Vec<Option<CareerStage>> = CareerStage::ALL
            .iter()
            .copied()
            .map(Some)
            .chain(std::iter::once(None))
            .collect();
        let grid = stages
            .into_iter()
            .map(|stage| GridRow {
                stage,
                counts: sphere_columns
                    .iter()
                    .map(|column| {
                        self.roles
                            .iter()
                            .filter(|r| r.career_stage == stage)
                            .filter(|r| {
                                if column.is_empty() {
                                    r.spheres.is_empty()
                                } else {
                                    r.spheres.contains(column)
                                }
                            })
                            .count()
                    })
                    .collect(),
            })
            .collect();
        let purpose_coverage = purposes
            .into_iter()
            .map(|p| {
                let count = self
                    .roles
                    .iter()
                    .filter(|r| r.purposes.contains(&p))
                    .count();
                (p, count)
            })
            .collect();
        let uncovered_responsibilities = RESPONSIBILITIES
            .iter()
            .filter(|c| {
                !self
                    .roles
                    .iter()
                    .any(|r| r.has(ListField::Responsibilities, c.key))
            })
            .map(|c| c.key)
            .collect();
        Overview {
            role_count: self.roles.len(),
            sphere_columns,
            grid,
            purpose_coverage,
            uncovered_responsibilities,
        }
    }
}

fn check_list<'a>(at: &str, values: impl Iterator<Item = &'a str>) -> Result<(), ValidationError> {
    let mut seen = HashSet::new();
    for (j, value) in values.enumerate() {
        let path = || format!("{at}[{j}]");
        if value.trim().is_empty() {
            return Err(ValidationError::new(path(), Problem::EmptyValue));
        }
        if !seen.insert(value) {
            return Err(ValidationError::new(
                path(),
                Problem::ValueListedTwice(value.to_string()),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::matrix::MatrixRole;
    use crate::model::printable::plain_text;
    use crate::model::teacher_role_templates::TEMPLATES;

    fn tl(id: &str) -> TeacherRoleId {
        TeacherRoleId::new(id)
    }

    fn matrix() -> Matrix {
        Matrix {
            roles: vec![
                mr("coach", "STEM instructional coach"),
                mr("principal", "Principal"),
            ],
            ..Matrix::default()
        }
    }

    // Built from JSON so the test relies only on `id` and `name`.
    fn mr(id: &str, name: &str) -> MatrixRole {
        serde_json::from_value(serde_json::json!({"id": id, "name": name, "description": ""}))
            .expect("matrix role from id and name")
    }

    fn roles_with(n: usize) -> TeacherRoles {
        let mut roles = TeacherRoles::default();
        for i in 0..n {
            let id = roles.add_blank();
            roles.get_mut(&id).expect("added").title = format!("Role {i}");
        }
        roles
    }

    #[test]
    fn add_blank_and_template_give_fresh_ids() {
        let mut roles = TeacherRoles::default();
        assert_eq!(roles.add_blank(), "tl-1");
        assert_eq!(roles.add_from_template("district_tosa"), Some(tl("tl-2")));
        assert_eq!(roles.add_from_template("no-such-template"), None);
        let tosa = roles.get(&tl("tl-2")).expect("added");
        assert_eq!(tosa.career_stage, Some(CareerStage::MasterTeacher));
        assert_eq!(tosa.spheres, vec!["district"]);
        assert!(tosa
            .summary
            .starts_with("District Teacher on Special Assignment"));
        assert_eq!(
            roles.get(&tl("tl-1")).expect("blank"),
            &TeacherRole::blank(tl("tl-1"))
        );
    }

    #[test]
    fn every_template_is_valid_and_distinct() {
        let mut roles = TeacherRoles::default();
        for t in TEMPLATES {
            roles.add_from_template(t.key).expect("template exists");
        }
        assert_eq!(roles.roles.len(), 6);
        assert_eq!(roles.validate(&matrix()), Ok(()));
        let keys: HashSet<_> = TEMPLATES.iter().map(|t| t.key).collect();
        assert_eq!(keys.len(), 6);
        for t in TEMPLATES {
            for s in t.spheres {
                assert!(vocab::label_of(SPHERES, s).is_some(), "{s}");
            }
            for p in t.purposes {
                assert!(vocab::label_of(PURPOSES, p).is_some(), "{p}");
            }
        }
    }

    #[test]
    fn duplicate_inserts_copy_after_original() {
        let mut roles = roles_with(2);
        roles
            .get_mut(&tl("tl-1"))
            .expect("first")
            .spheres
            .push("Regional consortium".into());
        let copy = roles.duplicate(&tl("tl-1")).expect("duplicated");
        assert_eq!(copy, "tl-3");
        let titles: Vec<_> = roles.roles.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, ["Role 0", "Role 0 (copy)", "Role 1"]);
        assert_eq!(roles.roles[1].spheres, vec!["Regional consortium"]);
        assert_eq!(roles.duplicate(&tl("missing")), None);
        roles.get_mut(&tl("tl-2")).expect("second").title.clear();
        let untitled_copy = roles.duplicate(&tl("tl-2")).expect("dup");
        assert_eq!(
            roles.get(&untitled_copy).expect("copy").title,
            "Untitled role (copy)"
        );
    }

    #[test]
    fn delete_and_reorder() {
        let mut roles = roles_with(3);
        assert!(roles.move_up(&tl("tl-2")));
        assert!(!roles.move_up(&tl("tl-2")));
        assert!(roles.move_down(&tl("tl-1")));
        assert!(!roles.move_down(&tl("tl-1")));
        assert!(!roles.move_down(&tl("missing")));
        assert_eq!(roles.ids().collect::<Vec<_>>(), ["tl-2", "tl-3", "tl-1"]);
        assert_eq!(
            roles.delete(&tl("tl-3")).map(|r| r.title),
            Some("Role 2".into())
        );
        assert_eq!(roles.delete(&tl("tl-3")), None);
        assert_eq!(roles.ids().collect::<Vec<_>>(), ["tl-2", "tl-1"]);
        // A freed id is reused only once it is free.
        assert_eq!(roles.add_blank(), "tl-3");
    }

    #[test]
    fn lists_toggle_and_take_custom_values() {
        let mut role = TeacherRole::blank(tl("tl-1"));
        assert!(role.toggle(ListField::Spheres, "school"));
        assert!(!role.toggle(ListField::Spheres, "school"));
        role.set(ListField::Spheres, "district", true);
        role.set(ListField::Spheres, "district", true);
        assert_eq!(role.spheres, vec!["district"]);
        // Typing a known label selects the known value.
        assert_eq!(
            role.add_custom(ListField::Spheres, "  national   NETWORKS "),
            Some("national_networks".into())
        );
        assert_eq!(role.add_custom(ListField::Spheres, "District"), None);
        assert_eq!(role.add_custom(ListField::Spheres, "   "), None);
        assert_eq!(
            role.add_custom(ListField::Spheres, "Regional  consortium"),
            Some("Regional consortium".into())
        );
        assert_eq!(
            role.custom_values(ListField::Spheres),
            vec!["Regional consortium"]
        );
        assert_eq!(
            role.labels(ListField::Spheres),
            ["District", "National networks", "Regional consortium"]
        );
        role.toggle(ListField::Responsibilities, "outreach");
        role.add_custom(ListField::Responsibilities, "Running the STEM night");
        assert_eq!(
            role.labels(ListField::Responsibilities),
            [
                "Conducting outreach to stakeholders and partners",
                "Running the STEM night"
            ]
        );
        assert!(role.toggle_discipline(Discipline::IntegratedStem));
        assert!(role.toggle_grade_band(GradeBand::Middle));
        assert!(!role.toggle_grade_band(GradeBand::Middle));
        assert_eq!(role.disciplines, vec![Discipline::IntegratedStem]);
        assert!(role.grade_bands.is_empty());
    }

    #[test]
    fn development_plan_items_carry_status() {
        let mut role = TeacherRole::blank(tl("tl-1"));
        role.set_development("role_alike_meetings", Some(DevelopmentStatus::NotStarted));
        role.set_development("role_alike_meetings", Some(DevelopmentStatus::Done));
        role.set_development("training_coaching", Some(DevelopmentStatus::InProgress));
        assert_eq!(
            role.add_development("Summer institute"),
            Some("Summer institute".into())
        );
        assert_eq!(
            role.add_development("summer institute"),
            Some("summer institute".into())
        );
        assert_eq!(role.add_development("Summer institute"), None);
        assert_eq!(role.add_development("Formal training in coaching"), None);
        assert_eq!(
            role.development_status("role_alike_meetings"),
            Some(DevelopmentStatus::Done)
        );
        let order: Vec<_> = role
            .development_in_order()
            .into_iter()
            .map(|d| d.item)
            .collect();
        assert_eq!(
            order,
            [
                "training_coaching",
                "role_alike_meetings",
                "Summer institute",
                "summer institute"
            ]
        );
        role.set_development("role_alike_meetings", None);
        role.set_development("not-there", None);
        assert_eq!(role.development_status("role_alike_meetings"), None);
        assert_eq!(role.custom_development().len(), 2);
    }

    #[test]
    fn validation_names_the_field() {
        let m = matrix();
        let mut roles = roles_with(3);
        assert_eq!(roles.validate(&m), Ok(()));
        let message = |roles: &TeacherRoles| roles.validate(&m).map_err(|e| e.to_string());
        let path = |roles: &TeacherRoles| roles.validate(&m).map_err(|e| e.path);

        let mut bad = roles.clone();
        bad.roles[2].id = tl("tl-1");
        assert_eq!(
            bad.validate(&m),
            Err(ValidationError::new(
                "roles[2].id",
                Problem::TeacherRoleIdTaken(tl("tl-1"))
            ))
        );
        assert_eq!(
            message(&bad),
            Err("roles[2].id: the id \"tl-1\" is used by another role".into())
        );

        let mut bad = roles.clone();
        bad.roles[1].id = tl(" ");
        assert_eq!(path(&bad), Err("roles[1].id".into()));

        let mut bad = roles.clone();
        bad.roles[0].leading_percent = Some(101);
        assert_eq!(
            message(&bad),
            Err("roles[0].leading_percent: the share of time leading must be from 0 to 100, found 101".into())
        );
        bad.roles[0].leading_percent = Some(100);
        assert_eq!(bad.validate(&m), Ok(()));

        let mut bad = roles.clone();
        bad.roles[1].spheres = vec!["school".into(), "school".into()];
        assert_eq!(
            message(&bad),
            Err("roles[1].spheres[1]: \"school\" is listed twice".into())
        );

        let mut bad = roles.clone();
        bad.roles[1].purposes = vec![" ".into()];
        assert_eq!(
            message(&bad),
            Err("roles[1].purposes[0]: the value is empty".into())
        );

        let mut bad = roles.clone();
        bad.roles[2].development = vec![
            DevelopmentItem {
                item: "x".into(),
                status: DevelopmentStatus::Done,
            },
            DevelopmentItem {
                item: "x".into(),
                status: DevelopmentStatus::NotStarted,
            },
        ];
        assert_eq!(path(&bad), Err("roles[2].development[1]".into()));

        let mut bad = roles.clone();
        bad.roles[0].grade_bands = vec![GradeBand::High, GradeBand::High];
        assert_eq!(
            message(&bad),
            Err("roles[0].grade_bands[1]: listed twice".into())
        );

        roles.roles[1].matrix_role = Some(RoleId::new("coach"));
        assert_eq!(roles.validate(&m), Ok(()));
        roles.roles[1].matrix_role = Some(RoleId::new("gone"));
        assert_eq!(
            message(&roles),
            Err("roles[1].matrix_role: there is no leadership matrix role with id \"gone\"".into())
        );
    }

    #[test]
    fn matrix_links_survive_renames_and_clear_on_delete() {
        let mut m = matrix();
        let coach = RoleId::new("coach");
        let principal = RoleId::new("principal");
        let mut roles = roles_with(3);
        roles.roles[0].set_matrix_role(Some(coach.clone()));
        roles.roles[2].set_matrix_role(Some(coach.clone()));
        roles.roles[1].set_matrix_role(Some(principal.clone()));
        m.roles[0].name = "District STEM coach".into();
        assert_eq!(roles.validate(&m), Ok(()));
        assert_eq!(
            roles.roles[0].matrix_role_name(&m),
            Some("District STEM coach")
        );
        assert!(
            as_text(&roles.roles[0], &m).contains("Leadership matrix role: District STEM coach\n")
        );

        m.delete_role(&coach);
        assert!(roles.validate(&m).is_err());
        let cleared = roles.clear_matrix_role_links(&coach);
        assert_eq!(cleared, ["Role 0", "Role 2"]);
        assert_eq!(roles.validate(&m), Ok(()));
        assert!(roles.roles[0].matrix_role_cleared && roles.roles[2].matrix_role_cleared);
        assert_eq!(roles.roles[1].matrix_role.as_ref(), Some(&principal));
        assert!(!roles.roles[1].matrix_role_cleared);
        assert!(roles.clear_matrix_role_links(&coach).is_empty());
        roles.roles[0].set_matrix_role(Some(principal));
        assert!(!roles.roles[0].matrix_role_cleared);
        roles.roles[0].set_matrix_role(Some(RoleId::default()));
        assert_eq!(roles.roles[0].matrix_role, None);
    }

    #[test]
    fn overview_counts_the_spread() {
        let mut roles = TeacherRoles::default();
        for t in TEMPLATES {
            roles.add_from_template(t.key);
        }
        roles.add_blank();
        roles.roles[6].spheres.push("Regional consortium".into());
        roles.roles[6].purposes.push("Mentoring".into());
        roles.roles[6].responsibilities.push("outreach".into());
        roles.roles[3]
            .responsibilities
            .push("coaching_modeling".into());
        let o = roles.overview();
        assert_eq!(o.role_count, 7);
        let col = |key: &str| {
            o.sphere_columns
                .iter()
                .position(|c| c == key)
                .expect("column")
        };
        let row =
            |stage: Option<CareerStage>| o.grid.iter().find(|r| r.stage == stage).expect("row");
        assert_eq!(o.sphere_columns.len(), SPHERES.len() + 2);
        assert_eq!(o.sphere_columns.last().map(String::as_str), Some(""));
        assert_eq!(
            row(Some(CareerStage::MasterTeacher)).counts[col("district")],
            1
        );
        assert_eq!(
            row(Some(CareerStage::MasterTeacher)).counts[col("state")],
            1
        );
        assert_eq!(row(Some(CareerStage::Veteran)).counts[col("district")], 1);
        assert_eq!(
            row(Some(CareerStage::Veteran)).counts[col("national_networks")],
            1
        );
        assert_eq!(row(Some(CareerStage::Preservice)).counts[col("")], 1);
        assert_eq!(row(Some(CareerStage::Novice)).counts[col("")], 1);
        assert_eq!(row(None).counts[col("Regional consortium")], 1);
        let total: usize = o.grid.iter().flat_map(|r| r.counts.iter()).sum();
        assert_eq!(total, 7);
        let coverage = |key: &str| {
            o.purpose_coverage
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, n)| *n)
        };
        assert_eq!(coverage("professional_learning"), Some(2));
        assert_eq!(coverage("advocacy"), Some(2));
        assert_eq!(coverage("coaching_peers"), Some(0));
        assert_eq!(coverage("Mentoring"), Some(1));
        assert_eq!(o.purpose_coverage.len(), PURPOSES.len() + 1);
        assert_eq!(
            o.uncovered_responsibilities,
            [
                "professional_development",
                "peer_observation",
                "data_improvement",
                "program_implementation",
                "instructional_materials"
            ]
        );
        assert_eq!(Overview::sphere_label(""), "Not set");
        assert_eq!(Overview::sphere_label("state"), "State");
        assert_eq!(
            TeacherRoles::default()
                .overview()
                .uncovered_responsibilities
                .len(),
            7
        );
    }

    /// The description's plain text, for a plan with no organization set.
    fn as_text(role: &TeacherRole, m: &Matrix) -> String {
        plain_text(&role.description(m, &Organization::default()))
    }

    fn coach_described() -> TeacherRole {
        let mut role = TeacherRole::from_template(
            tl("tl-1"),
            vocab::template("district_stem_coach").expect("template"),
        );
        role.holder = "Ana Ruiz".into();
        role.arrangement = Some(Arrangement::Hybrid);
        role.leading_percent = Some(40);
        role.compensation = "Stipend $3,000".into();
        role.toggle(ListField::Responsibilities, "coaching_modeling");
        role.add_custom(ListField::Responsibilities, "Runs STEM night");
        role.add_custom(ListField::Spheres, "Regional consortium");
        role.toggle_discipline(Discipline::Science);
        role.toggle_grade_band(GradeBand::High);
        role.set_development("training_coaching", Some(DevelopmentStatus::InProgress));
        role.set_matrix_role(Some(RoleId::new("coach")));
        role
    }

    #[test]
    fn description_blocks_hold_every_dimension() {
        let organization = Organization {
            district: "Lincoln USD".into(),
            school: String::new(),
        };
        let blocks = coach_described().description(&matrix(), &organization);
        assert_eq!(
            blocks[0],
            Block::Title {
                organization: Some("Lincoln USD".into()),
                kind: Some("STEM teacher-leader role description".into()),
                text: "District STEM instructional coach".into(),
                byline: vec!["Holder: Ana Ruiz".into()],
            }
        );
        let Block::Facts(dimensions) = &blocks[2] else {
            panic!("dimensions after the summary: {blocks:?}");
        };
        assert_eq!(
            dimensions.last(),
            Some(&Fact::new(
                "Leadership matrix role",
                Some("STEM instructional coach".into())
            ))
        );
        let headings: Vec<&str> = blocks
            .iter()
            .flat_map(|b| match b {
                Block::SideBySide(parts) => parts.iter().collect(),
                other => vec![other],
            })
            .filter_map(|b| match b {
                Block::Section { heading, .. } => Some(heading.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            headings,
            [
                "Responsibilities",
                "STEM focus",
                "Time and compensation",
                "Development plan"
            ]
        );
        // A role with nothing filled in says so, on screen as in text.
        let blank = TeacherRole::blank(tl("tl-2")).description(&matrix(), &Organization::default());
        assert!(blank.contains(&Block::Section {
            heading: "Responsibilities".into(),
            blocks: vec![Block::Paragraph(vec![Span::Muted(NOT_SET.into())])],
        }));
    }

    #[test]
    fn description_as_plain_text_lists_every_dimension() {
        let m = matrix();
        let text = as_text(&coach_described(), &m);
        for expected in [
            "District STEM instructional coach\n=================================\nSTEM teacher-leader role description\nHolder: Ana Ruiz\n\n",
            "Science teacher serves as district STEM instructional coach",
            "Career stage: Veteran\n",
            "Formality: Formal\n",
            "Arrangement: Hybrid: part teaching, part leading (40% leading, 60% teaching)\n",
            "Spheres of influence: District; Regional consortium\n",
            "Purposes: Instructional improvement\n",
            "Leadership matrix role: STEM instructional coach\n",
            "Responsibilities\n----------------\n- Coaching fellow teachers and modeling effective STEM instructional practices\n- Runs STEM night\n",
            "STEM focus\n----------\nDisciplines: Science\nGrade bands: High\n",
            "Share of time: 40% leading, 60% teaching\n",
            "Compensation: Stipend $3,000\n",
            "Development plan\n----------------\n- Formal training in coaching — In progress\n",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        let blank = as_text(&TeacherRole::blank(tl("tl-2")), &m);
        assert!(blank.starts_with("Untitled role\n"));
        assert!(blank.contains("Career stage: Not set\n"));
        assert!(blank.contains("Responsibilities\n----------------\nNot set\n"));
        assert!(blank.contains("Leadership matrix role: Not set\n"));
        assert!(!blank.contains("Holder"));
    }

    #[test]
    fn hints_flag_odd_time_shares() {
        let mut role = TeacherRole::blank(tl("tl-1"));
        assert!(role.hints().is_empty());
        role.arrangement = Some(Arrangement::Hybrid);
        role.leading_percent = Some(100);
        assert_eq!(role.hints().len(), 1);
        role.leading_percent = Some(50);
        assert!(role.hints().is_empty());
        role.arrangement = Some(Arrangement::FullTime);
        assert_eq!(role.hints().len(), 1);
    }

    #[test]
    fn json_round_trip_keeps_custom_values_and_omits_blanks() {
        let mut roles = roles_with(1);
        let role = &mut roles.roles[0];
        role.add_custom(ListField::Purposes, "Mentoring new hires");
        role.career_stage = Some(CareerStage::MasterTeacher);
        role.development.push(DevelopmentItem {
            item: "Lab safety course".into(),
            status: DevelopmentStatus::Done,
        });
        let json = serde_json::to_string(&roles).expect("serializes");
        assert!(json.contains("\"career_stage\":\"master_teacher\""));
        assert!(json.contains("\"status\":\"done\""));
        assert!(!json.contains("holder"));
        assert!(!json.contains("matrix_role"));
        let back: TeacherRoles = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, roles);
    }

    #[test]
    fn a_sparse_file_from_another_district_loads() {
        let json = r#"{"roles": [
            {"id": "r-9", "title": "Makerspace lead", "spheres": ["school", "County library system"],
             "purposes": ["Family engagement"], "development": [{"item": "Fab lab certification"}]},
            {"id": "r-10"}
        ]}"#;
        let roles: TeacherRoles = serde_json::from_str(json).expect("loads");
        assert_eq!(roles.validate(&Matrix::default()), Ok(()));
        let role = &roles.roles[0];
        assert_eq!(
            role.labels(ListField::Spheres),
            ["School", "County library system"]
        );
        assert_eq!(role.labels(ListField::Purposes), ["Family engagement"]);
        assert_eq!(role.development[0].status, DevelopmentStatus::NotStarted);
        assert_eq!(roles.roles[1].display_title(), UNTITLED);
        assert!(serde_json::from_str::<TeacherRoles>(
            r#"{"roles":[{"id":"x","career_stage":"guru"}]}"#
        )
        .is_err());
    }

    #[test]
    fn enum_keys_match_serde_names() {
        fn check<T>(all: &[T], key: fn(T) -> &'static str, from_key: fn(&str) -> Option<T>)
        where
            T: Copy + PartialEq + std::fmt::Debug + Serialize,
        {
            for &v in all {
                assert_eq!(serde_json::to_value(v).expect("json"), key(v));
                assert_eq!(from_key(key(v)), Some(v));
            }
        }
        check(CareerStage::ALL, CareerStage::key, CareerStage::from_key);
        check(Formality::ALL, Formality::key, Formality::from_key);
        check(Arrangement::ALL, Arrangement::key, Arrangement::from_key);
        check(Discipline::ALL, Discipline::key, Discipline::from_key);
        check(GradeBand::ALL, GradeBand::key, GradeBand::from_key);
        check(
            DevelopmentStatus::ALL,
            DevelopmentStatus::key,
            DevelopmentStatus::from_key,
        );
        // The labels people read, unchanged by the move to `keyed_enum!`.
        assert_eq!(CareerStage::MasterTeacher.label(), "Master teacher");
        assert_eq!(
            Arrangement::FullTime.label(),
            "Full-time release (e.g., school coach, district TOSA)"
        );
        assert_eq!(Discipline::IntegratedStem.key(), "integrated_stem");
        assert_eq!(DevelopmentStatus::default(), DevelopmentStatus::NotStarted);
    }

    #[test]
    fn plan_file_round_trip_and_matrix_role_delete() {
        use crate::model::Plan;
        use crate::storage::document::{parse_document, to_pretty_json};
        let mut plan = Plan::default();
        // Link to a role of the source matrix, whichever it is.
        let coach = plan
            .matrix
            .roles
            .last()
            .map(|r| r.id.clone())
            .expect("source matrix has roles");
        let id = plan
            .teacher_roles
            .add_from_template("district_stem_coach")
            .expect("template");
        let role = plan.teacher_roles.get_mut(&id).expect("added");
        role.set_matrix_role(Some(coach.clone()));
        role.add_custom(ListField::Spheres, "Regional consortium");
        role.add_development("Lab safety course");
        let text = to_pretty_json(&plan);
        assert!(
            parse_document(&text) == Ok(plan.clone()),
            "round trip changed the plan"
        );

        let cleared = plan.delete_matrix_role(&coach);
        assert_eq!(cleared, ["District STEM instructional coach"]);
        assert_eq!(plan.validate(), Ok(()));
        let back = parse_document(&to_pretty_json(&plan)).expect("loads");
        assert!(back.teacher_roles.roles[0].matrix_role_cleared);

        let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
        value["teacher_roles"]["roles"][0]["matrix_role"] = "gone".into();
        let err = crate::storage::document::plan_from_value(value).expect_err("dangling link");
        assert!(
            err.to_string()
                .contains("teacher_roles.roles[0].matrix_role"),
            "{err}"
        );
    }
}
