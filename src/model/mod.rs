//! The plan: everything a user edits, as plain data. No browser, no Leptos.
//!
//! Invariant: every value here can be written to JSON and read back equal
//! (`storage::document` owns the file format around it).

// The three planning domains, each with the source's words it starts from.
pub mod implementation;
pub mod matrix;
pub mod teacher_roles;
// Values every domain uses: ids, money, dates, fixed vocabularies.
pub mod values;
// Read-only views over whole plans: the district roll-up, two plans compared, the report.
pub mod analysis;
pub mod edit;
// Merging a copy of the plan from a file: seen versions, differences, the merge.
pub mod merge;
// Printable documents (the report, a role description) as blocks.
pub mod printable;
pub mod validation;
// Plans over time: the next school year.
pub mod years;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use implementation::Implementation;
pub use matrix::Matrix;
use matrix::Person;
pub use teacher_roles::TeacherRoles;
pub use validation::ValidationError;
use values::date::SchoolYear;
use values::ids::{LineageId, PersonId, RoleId};

/// The district and school a plan belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub school: String,
}

/// One planning document: the leadership matrix, the teacher-leader roles
/// and the implementation plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub title: String,
    pub organization: Organization,
    pub matrix: Matrix,
    pub teacher_roles: TeacherRoles,
    /// Added in file format version 2. A plan without it (a version 1 file
    /// is migrated explicitly by `storage::document`) gets the source's
    /// considerations, documents and goals and no costs.
    #[serde(default = "Implementation::from_source")]
    pub implementation: Implementation,
    /// The school year the plan is for (added in version 3; absent in older
    /// files and in a plan whose year nobody set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school_year: Option<SchoolYear>,
    /// Links the plans of one school across years and the copies of one plan
    /// (added in version 3; `storage::document` gives a migrated plan one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lineage: Option<LineageId>,
    /// The versions of each item this copy shared with others (added in
    /// version 3; see `merge::versions`): how a merge tells who changed what.
    #[serde(default, skip_serializing_if = "merge::SeenVersions::is_empty")]
    pub versions: merge::SeenVersions,
}

/// A link that a delete removed, so the UI can say what changed
/// ("Ana Ruiz no longer owns 2 actions").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unlinked {
    /// A matrix statement lost its owner.
    StatementOwner { text: String },
    /// An action lost its owner.
    ActionOwner { text: String },
    /// A planning document lost its owner.
    DocumentOwner { title: String },
    /// A goal is no longer pursued by the deleted role.
    GoalRole { goal: String },
    /// A cost line for the deleted role was removed from a school year.
    CostLine {
        school_year: values::date::SchoolYear,
    },
}

impl fmt::Display for Unlinked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unlinked::StatementOwner { text } => {
                write!(f, "Matrix responsibility \"{text}\" has no owner now")
            }
            Unlinked::ActionOwner { text } => write!(f, "Action \"{text}\" has no owner now"),
            Unlinked::DocumentOwner { title } => {
                write!(f, "Document \"{title}\" has no owner now")
            }
            Unlinked::GoalRole { goal } => {
                write!(f, "Goal \"{goal}\" is no longer linked to the role")
            }
            Unlinked::CostLine { school_year } => {
                write!(f, "The role's cost line for {school_year} was removed")
            }
        }
    }
}

/// What a plan-level delete removed: the item, and every link to it that
/// was cleared (empty when nothing pointed at it).
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted<T> {
    pub item: T,
    pub unlinked: Vec<Unlinked>,
}

pub const DEFAULT_TITLE: &str = "STEM leadership plan";

impl Default for Plan {
    fn default() -> Self {
        Plan {
            title: DEFAULT_TITLE.to_string(),
            organization: Organization::default(),
            matrix: Matrix::from_source(),
            teacher_roles: TeacherRoles::default(),
            implementation: Implementation::from_source(),
            school_year: None,
            lineage: None,
            versions: merge::SeenVersions::default(),
        }
    }
}

impl Plan {
    /// A new plan from the source's defaults, for the school year that
    /// contains `today` (`YYYY-MM-DD`; none when it is not a date), with
    /// `lineage` its own.
    pub fn new_for_year(lineage: LineageId, today: &str) -> Plan {
        Plan {
            school_year: values::date::IsoDate::parse(today)
                .ok()
                .and_then(|date| SchoolYear::containing(&date)),
            lineage: Some(lineage),
            ..Plan::default()
        }
    }

    /// A plan to fill in from nothing: no matrix roles, areas, statements or
    /// people, no teacher-leader roles, and an implementation plan with no
    /// actions, documents, goals or costs. Valid, like the defaults.
    pub fn blank() -> Self {
        Plan {
            title: DEFAULT_TITLE.to_string(),
            organization: Organization::default(),
            matrix: Matrix::default(),
            teacher_roles: TeacherRoles::default(),
            implementation: Implementation::default(),
            school_year: None,
            lineage: None,
            versions: merge::SeenVersions::default(),
        }
    }

    /// Checks the rules serde cannot: unique ids and references that resolve.
    /// Each problem names where it is, as a field path.
    pub fn validate(&self) -> Result<(), ValidationError> {
        if let Some(lineage) = self.lineage.as_ref().filter(|l| !l.is_well_formed()) {
            return Err(ValidationError::new(
                "lineage",
                validation::Problem::Described(format!(
                    "a lineage is 1 to {} lowercase letters, digits and hyphens, found \"{lineage}\"",
                    LineageId::MAX_LEN
                )),
            ));
        }
        self.versions.validate()?;
        self.matrix.validate().map_err(|e| e.within("matrix"))?;
        self.teacher_roles
            .validate(&self.matrix)
            .map_err(|e| e.within("teacher_roles"))?;
        self.implementation
            .validate(&self.matrix, &self.teacher_roles)
            .map_err(|e| ValidationError::described(e).within("implementation"))?;
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

    /// Deletes a person of the matrix's People and clears everything they
    /// owned: matrix statements, actions and planning documents. `None` (and
    /// no change) when there is no such person.
    pub fn delete_person(&mut self, id: &PersonId) -> Option<Deleted<Person>> {
        let mut unlinked: Vec<Unlinked> = self
            .matrix
            .cells
            .iter()
            .flat_map(|c| c.statements.iter())
            .filter(|s| s.owner.as_ref() == Some(id))
            .map(|s| Unlinked::StatementOwner {
                text: s.text.clone(),
            })
            .collect();
        let item = self.matrix.delete_person(id)?;
        let (actions, documents) = self.implementation.clear_person(id);
        unlinked.extend(
            actions
                .into_iter()
                .map(|text| Unlinked::ActionOwner { text }),
        );
        unlinked.extend(
            documents
                .into_iter()
                .map(|title| Unlinked::DocumentOwner { title }),
        );
        Some(Deleted { item, unlinked })
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
    fn a_blank_plan_is_empty_valid_and_reads_back_the_same() {
        let blank = Plan::blank();
        assert_eq!(blank.validate(), Ok(()));
        assert!(blank.matrix.roles.is_empty() && blank.matrix.areas.is_empty());
        assert!(blank.matrix.cells.is_empty() && blank.matrix.people.is_empty());
        assert!(blank.teacher_roles.roles.is_empty());
        let implementation = &blank.implementation;
        assert_eq!(implementation.all_actions().count(), 0);
        assert!(implementation.documents.is_empty() && implementation.goals.is_empty());
        assert!(implementation.sustainability.years.is_empty());
        assert_eq!(implementation.sustainability.review_date, None);
        // Kept as a file and read back, it stays blank: an empty implementation
        // plan is not taken for a missing one (which gets the source's).
        let text = crate::storage::document::to_pretty_json(&blank);
        assert_eq!(crate::storage::document::parse_document(&text), Ok(blank));
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

    use implementation::{
        ActionId, Cents, ConsiderationKey, DocumentId, GoalId, RoleCostBasis, SchoolYear,
    };

    /// A plan with a person owning a statement, an action and a document,
    /// and a teacher-leader role pursuing a goal and priced in a cost plan.
    fn linked_plan() -> (Plan, PersonId, values::ids::TeacherRoleId) {
        let mut plan = Plan::default();
        let person = plan.matrix.add_person("Ana Ruiz", "Principal").unwrap();
        plan.matrix
            .assign_role(&person, &"building-administration".into());
        let statement = plan
            .matrix
            .cell(&"building-administration".into(), &"decision-making".into())
            .unwrap()
            .statements[0]
            .id
            .clone();
        plan.matrix.set_owner(&statement, Some(&person)).unwrap();
        let action = ActionId::new("culture-promote");
        plan.implementation
            .set_action_owner(&action, Some(person.clone()), &plan.matrix)
            .unwrap();
        plan.implementation
            .set_document_owner(
                &DocumentId::new("hiring-criteria"),
                Some(person.clone()),
                &plan.matrix,
            )
            .unwrap();
        let role = plan
            .teacher_roles
            .add_from_template("district_stem_coach")
            .unwrap();
        plan.implementation
            .set_goal_role(
                &GoalId::new("professional-learning"),
                &role,
                true,
                &plan.teacher_roles,
            )
            .unwrap();
        let year = SchoolYear::parse("2026-27").unwrap();
        let sustainability = &mut plan.implementation.sustainability;
        sustainability.add_year(year).unwrap();
        sustainability
            .add_role_line(
                &year,
                role.clone(),
                RoleCostBasis::Stipend {
                    amount: Cents::from_cents(300_000),
                },
                &plan.teacher_roles,
            )
            .unwrap();
        assert_eq!(plan.validate(), Ok(()));
        (plan, person, role)
    }

    #[test]
    fn references_follow_renames() {
        let (mut plan, person, role) = linked_plan();
        assert!(plan.matrix.rename_person(&person, "Ana Ruiz-Park"));
        plan.teacher_roles.get_mut(&role).unwrap().title = "Lead coach".into();
        assert_eq!(plan.validate(), Ok(()));
        let report =
            analysis::report::build_report(&plan, &analysis::report::ReportOptions::default());
        let text = printable::plain_text(&report.blocks(&|c: Cents| c.to_plain_string()));
        assert!(
            text.contains("Building-level Administration: Ana Ruiz-Park"),
            "{text}"
        );
        assert!(
            text.contains("- Providing professional learning opportunities: Lead coach"),
            "{text}"
        );
        assert!(text.contains("- Lead coach\n"), "{text}");
        assert!(text.contains("Cost: 3000.00"), "{text}");
    }

    #[test]
    fn deleting_a_person_clears_what_they_owned() {
        let (mut plan, person, _) = linked_plan();
        let deleted = plan.delete_person(&person).expect("deleted");
        assert_eq!(deleted.item.name, "Ana Ruiz");
        assert_eq!(deleted.unlinked.len(), 3, "{:?}", deleted.unlinked);
        assert!(matches!(
            deleted.unlinked[0],
            Unlinked::StatementOwner { .. }
        ));
        assert_eq!(
            deleted.unlinked[1],
            Unlinked::ActionOwner {
                text: "Regularly promote a school culture that can optimize the STEM teacher leader role".into()
            }
        );
        assert_eq!(
            deleted.unlinked[2].to_string(),
            "Document \"Hiring criteria and processes for STEM teacher leaders\" has no owner now"
        );
        assert_eq!(plan.validate(), Ok(()));
        assert!(plan
            .implementation
            .all_actions()
            .all(|(_, a)| a.owner.is_none()));
        assert_eq!(plan.delete_person(&person), None, "already gone: no change");
    }

    #[test]
    fn deleting_a_teacher_role_unlinks_goals_and_removes_its_cost_lines() {
        let (mut plan, _, role) = linked_plan();
        let delete = teacher_roles::TeacherRoleEdit::Delete { id: role.clone() };
        assert_eq!(
            plan.apply(delete.clone()),
            Ok(
                edit::Applied::labelled("delete role District STEM instructional coach")
                    .regrettable("Deleted role District STEM instructional coach")
            )
        );
        assert_eq!(plan.validate(), Ok(()));
        assert_eq!(plan.implementation.unpursued_goals().len(), 4);
        assert!(plan.implementation.sustainability.years[0]
            .role_lines
            .is_empty());
        let before = plan.clone();
        assert_eq!(
            plan.apply(delete),
            Err(edit::EditError::NoSuchTeacherRole(role))
        );
        assert_eq!(plan, before, "already gone: no change");
    }

    #[test]
    fn validate_catches_links_left_by_low_level_deletes() {
        let (mut plan, person, role) = linked_plan();
        plan.matrix.delete_person(&person);
        assert_eq!(
            plan.validate().map_err(|e| e.to_string()),
            Err(format!(
                "implementation.considerations.culture[0].owner: no person with id \"{person}\""
            ))
        );
        let (mut plan, _, _) = linked_plan();
        plan.teacher_roles.delete(&role);
        assert_eq!(
            plan.validate().map_err(|e| e.to_string()),
            Err(format!(
                "implementation.goals[1].roles[0]: no teacher-leader role with id \"{role}\""
            ))
        );
        assert_eq!(
            plan.implementation
                .consideration_of(&ActionId::new("culture-promote")),
            Some(ConsiderationKey::Culture)
        );
    }
}
