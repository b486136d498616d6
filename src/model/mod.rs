//! The plan: everything a user edits, as plain data. No browser, no Leptos.
//!
//! Invariant: every value here can be written to JSON and read back equal
//! (`storage::document` owns the file format around it).

pub mod ids;
pub mod keyed_enum;
pub mod matrix;
pub mod matrix_seed;
pub mod teacher_role_templates;
pub mod teacher_roles;

use serde::{Deserialize, Serialize};

pub use matrix::Matrix;
pub use teacher_roles::TeacherRoles;

/// The district and school a plan belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub school: String,
}

/// One planning document: the leadership matrix and the teacher-leader roles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub title: String,
    pub organization: Organization,
    pub matrix: Matrix,
    pub teacher_roles: TeacherRoles,
}

pub const DEFAULT_TITLE: &str = "STEM leadership plan";

impl Default for Plan {
    fn default() -> Self {
        Plan {
            title: DEFAULT_TITLE.to_string(),
            organization: Organization::default(),
            matrix: Matrix::from_source(),
            teacher_roles: TeacherRoles::default(),
        }
    }
}

impl Plan {
    /// Checks the rules serde cannot: unique ids and references that resolve.
    /// Each problem names where it is, as a field path.
    pub fn validate(&self) -> Result<(), String> {
        self.matrix.validate().map_err(|e| format!("matrix.{e}"))?;
        self.teacher_roles
            .validate(&self.matrix)
            .map_err(|e| format!("teacher_roles.{e}"))?;
        Ok(())
    }

    /// A short label for file names and the window title: the title, or the
    /// organization when the title is empty.
    pub fn display_title(&self) -> &str {
        let title = self.title.trim();
        if !title.is_empty() {
            return title;
        }
        let district = self.organization.district.trim();
        if !district.is_empty() {
            return district;
        }
        DEFAULT_TITLE
    }

    /// Deletes a matrix role and clears every teacher-leader role's link to
    /// it, returning the titles of the teacher-leader roles that lost their link.
    pub fn delete_matrix_role(&mut self, role_id: &str) -> Vec<String> {
        self.matrix.delete_role(role_id);
        self.teacher_roles.clear_matrix_role_links(role_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_plan_is_valid() {
        assert_eq!(Plan::default().validate(), Ok(()));
    }

    #[test]
    fn display_title_falls_back_to_district_then_default() {
        let mut plan = Plan::default();
        plan.title = "  ".into();
        assert_eq!(plan.display_title(), DEFAULT_TITLE);
        plan.organization.district = "Lincoln USD".into();
        assert_eq!(plan.display_title(), "Lincoln USD");
        plan.title = "Our plan".into();
        assert_eq!(plan.display_title(), "Our plan");
    }
}
