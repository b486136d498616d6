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

mod description;
mod dimensions;
mod edits;
pub mod templates;

pub use dimensions::{
    Arrangement, CareerStage, DevelopmentStatus, Discipline, Formality, GradeBand,
};
pub use edits::{RoleChange, TeacherRoleEdit};

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::model::edit::error::EditError;
use crate::model::matrix::Matrix;
use crate::model::printable::{line, Block, Fact, Span, NOT_SET};
use crate::model::teacher_roles::templates::{
    self as vocab, display_value, normalize_value, Choice, RoleTemplate, DEVELOPMENT, PURPOSES,
    RESPONSIBILITIES, SPHERES,
};
use crate::model::validation::{Problem, ValidationError};
use crate::model::values::ids::{fresh_id, RoleId, TeacherRoleId};
use crate::model::Organization;

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

    /// One value of the list, in the words of undo labels and notices.
    pub fn noun(self) -> &'static str {
        match self {
            ListField::Spheres => "sphere",
            ListField::Purposes => "purpose",
            ListField::Responsibilities => "responsibility",
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
    /// `role` names one of these roles (an edit elsewhere refers to it).
    pub fn check_exists(&self, role: &TeacherRoleId) -> Result<(), EditError> {
        if self.roles.iter().any(|r| r.id.as_str() == role.as_str()) {
            Ok(())
        } else {
            Err(EditError::NoSuchTeacherRole(role.clone()))
        }
    }

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
mod edit_tests;
#[cfg(test)]
mod tests;
