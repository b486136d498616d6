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
pub mod validation;

use serde::{Deserialize, Serialize};

use ids::RoleId;
pub use matrix::Matrix;
pub use teacher_roles::TeacherRoles;
pub use validation::ValidationError;

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
    pub fn validate(&self) -> Result<(), ValidationError> {
        self.matrix.validate().map_err(|e| e.within("matrix"))?;
        self.teacher_roles
            .validate(&self.matrix)
            .map_err(|e| e.within("teacher_roles"))?;
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
    pub fn delete_matrix_role(&mut self, role_id: &RoleId) -> Vec<String> {
        self.matrix.delete_role(role_id);
        self.teacher_roles.clear_matrix_role_links(role_id)
    }

    /// Puts the matrix back as published (see `Matrix::restore_all`) and
    /// clears teacher-leader roles' links to the roles that restoring
    /// removed, returning the titles of the roles that lost their link.
    pub fn restore_matrix(&mut self, keep_assessments: bool) -> Vec<String> {
        self.matrix
            .restore_all(keep_assessments)
            .iter()
            .flat_map(|removed| self.teacher_roles.clear_matrix_role_links(removed))
            .collect()
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
    fn restoring_the_matrix_clears_links_to_removed_roles() {
        let mut plan = Plan::default();
        let board = plan.matrix.add_role("School Board", "").expect("added");
        let kept = plan.matrix.roles[0].id.clone();
        let to_board = plan.teacher_roles.add_blank();
        let to_kept = plan.teacher_roles.add_blank();
        let roles = &mut plan.teacher_roles;
        let link = |roles: &mut TeacherRoles, id, title: &str, to: &RoleId| {
            let role = roles.get_mut(id).expect("added");
            role.title = title.into();
            role.set_matrix_role(Some(to.clone()));
        };
        link(roles, &to_board, "Board liaison", &board);
        link(roles, &to_kept, "District TOSA", &kept);

        assert_eq!(plan.restore_matrix(true), ["Board liaison"]);
        assert_eq!(plan.validate(), Ok(()));
        let board_liaison = plan.teacher_roles.get(&to_board).expect("kept");
        assert_eq!(board_liaison.matrix_role, None);
        assert!(board_liaison.matrix_role_cleared);
        let tosa = plan.teacher_roles.get(&to_kept).expect("kept");
        assert_eq!(tosa.matrix_role.as_ref(), Some(&kept));
        assert!(!tosa.matrix_role_cleared);
        assert!(
            plan.restore_matrix(false).is_empty(),
            "nothing left to clear"
        );
    }

    #[test]
    fn invalid_plan_names_the_path_from_the_top() {
        let mut plan = Plan::default();
        plan.teacher_roles.add_blank();
        plan.teacher_roles.roles[0].matrix_role = Some(RoleId::new("gone"));
        let error = plan.validate().expect_err("dangling link");
        assert_eq!(error.path, "teacher_roles.roles[0].matrix_role");
        assert_eq!(
            error.to_string(),
            "teacher_roles.roles[0].matrix_role: there is no leadership matrix role with id \"gone\""
        );
        plan.teacher_roles.roles.clear();
        plan.matrix.roles[1].id = plan.matrix.roles[0].id.clone();
        assert_eq!(
            plan.validate().map_err(|e| e.to_string()),
            Err("matrix.roles[1].id: duplicate role id \"district-administration\"".into())
        );
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
