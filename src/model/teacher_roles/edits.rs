//! Every change a user can make to the teacher-leader roles, as a value:
//! [`TeacherRoleEdit`]. Its undo labels are the words the Undo button has
//! always shown ("set career stage of STEM coach"), so undo reads the same.

use crate::model::edit::applied::Applied;
use crate::model::edit::error::EditError;
use crate::model::teacher_roles::templates::{display_value, DEVELOPMENT};
use crate::model::teacher_roles::{
    Arrangement, CareerStage, DevelopmentStatus, Discipline, Formality, GradeBand, ListField,
    TeacherRole,
};
use crate::model::values::ids::{RoleId, TeacherRoleId};
use crate::model::Plan;

/// A change to the portfolio of teacher-leader roles or to one role.
#[derive(Debug, Clone, PartialEq)]
pub enum TeacherRoleEdit {
    /// A role at the end of the portfolio: from the template with this key,
    /// or blank (`None`).
    Add { template: Option<String> },
    /// A copy of the role right after it, titled "… (copy)".
    Duplicate { id: TeacherRoleId },
    /// One place earlier (`up`) or later; nothing changes at either end.
    Move { id: TeacherRoleId, up: bool },
    /// Deletes the role, unlinks it from goals and removes the cost lines
    /// that priced it.
    Delete { id: TeacherRoleId },
    /// A change of one role's description.
    Change {
        id: TeacherRoleId,
        change: RoleChange,
    },
}

/// A change of one role's description, made by [`TeacherRoleEdit::Change`].
#[derive(Debug, Clone, PartialEq)]
pub enum RoleChange {
    SetTitle(String),
    SetHolder(String),
    SetSummary(String),
    SetCompensation(String),
    SetCareerStage(Option<CareerStage>),
    SetFormality(Option<Formality>),
    SetArrangement(Option<Arrangement>),
    /// Checks (`chosen`) or unchecks a value of an open list.
    SetChoice {
        field: ListField,
        value: String,
        chosen: bool,
    },
    /// Typed text added to an open list: a known label or key selects the
    /// known value, anything else is a value of the user's own.
    AddCustom {
        field: ListField,
        text: String,
    },
    /// Takes a value of the user's own off an open list.
    RemoveCustom {
        field: ListField,
        value: String,
    },
    ToggleDiscipline(Discipline),
    ToggleGradeBand(GradeBand),
    /// The share of time leading, 0–100; `None` when not decided.
    SetLeadingPercent(Option<u32>),
    /// Links the role to a matrix role, or unlinks it (`None`).
    LinkMatrixRole(Option<RoleId>),
    /// Hides the "the matrix role was deleted" notice.
    DismissUnlinkedNotice,
    /// Puts a development item in the plan with a status, or takes a known
    /// item out of it (`None`).
    SetDevelopmentStatus {
        item: String,
        status: Option<DevelopmentStatus>,
    },
    /// A development item typed by the user, not started.
    AddDevelopment(String),
    RemoveDevelopment(String),
}

impl TeacherRoleEdit {
    /// Role fields are committed when the field loses focus, so no edit here
    /// types keystroke by keystroke: each is an undo step of its own.
    pub(crate) fn typing_field(&self) -> Option<String> {
        None
    }

    pub(crate) fn apply(self, plan: &mut Plan) -> Result<Applied, EditError> {
        match self {
            TeacherRoleEdit::Add { template } => {
                let roles = &mut plan.teacher_roles;
                let id = match template {
                    None => roles.add_blank(),
                    Some(key) => roles
                        .add_from_template(&key)
                        .ok_or(EditError::NoSuchRoleTemplate(key))?,
                };
                let title = title_of(plan, &id)?;
                Ok(Applied::labelled("add a teacher-leader role")
                    .with_notice(format!("Added role {title}.")))
            }
            TeacherRoleEdit::Duplicate { id } => {
                let title = title_of(plan, &id)?;
                plan.teacher_roles
                    .duplicate(&id)
                    .ok_or(EditError::NoSuchTeacherRole(id))?;
                Ok(Applied::labelled(format!("duplicate {title}"))
                    .with_notice(format!("Duplicated {title}.")))
            }
            TeacherRoleEdit::Move { id, up } => {
                let title = title_of(plan, &id)?;
                let roles = &mut plan.teacher_roles;
                // At either end nothing moves, which is no step, not a refusal.
                if up {
                    roles.move_up(&id);
                } else {
                    roles.move_down(&id);
                }
                let at = roles.position(&id).unwrap_or_default();
                let count = roles.roles.len();
                Ok(Applied::labelled(format!("move {title}"))
                    .with_notice(format!("Moved {title} to position {} of {count}.", at + 1)))
            }
            TeacherRoleEdit::Delete { id } => {
                let title = title_of(plan, &id)?;
                plan.teacher_roles.delete(&id);
                // What pointed at the role goes with it, so the plan stays valid.
                plan.implementation.clear_goal_links(&id);
                plan.implementation.sustainability.clear_role(&id);
                Ok(Applied::labelled(format!("delete role {title}"))
                    .regrettable(format!("Deleted role {title}")))
            }
            TeacherRoleEdit::Change { id, change } => {
                let role = plan
                    .teacher_roles
                    .get(&id)
                    .ok_or_else(|| EditError::NoSuchTeacherRole(id.clone()))?;
                if let RoleChange::LinkMatrixRole(Some(link)) = &change {
                    if !link.as_str().is_empty() && plan.matrix.role(link).is_none() {
                        return Err(EditError::NoSuchMatrixRole(link.clone()));
                    }
                }
                // Made on a copy, which replaces the role only when every rule
                // holds: a refused change leaves the role as it was.
                let mut changed = role.clone();
                let (what, notice) = change.make(&mut changed)?;
                let applied = Applied::labelled(format!("{what} of {}", role.display_title()));
                if let Some(role) = plan.teacher_roles.get_mut(&id) {
                    *role = changed;
                }
                Ok(match notice {
                    Some(notice) => applied.with_notice(notice),
                    None => applied,
                })
            }
        }
    }
}

impl RoleChange {
    /// Makes the change on `role`; returns what was done (the start of the
    /// undo label, before "of" and the role's title) and what to say.
    fn make(self, role: &mut TeacherRole) -> Result<(String, Option<String>), EditError> {
        let done = |what: &str| Ok((what.to_string(), None));
        match self {
            RoleChange::SetTitle(text) => {
                role.title = text;
                done("edit title")
            }
            RoleChange::SetHolder(text) => {
                role.holder = text;
                done("edit holder (optional name)")
            }
            RoleChange::SetSummary(text) => {
                role.summary = text;
                done("edit summary")
            }
            RoleChange::SetCompensation(text) => {
                role.compensation = text;
                done("edit stipend or position notes")
            }
            RoleChange::SetCareerStage(stage) => {
                role.career_stage = stage;
                done("set career stage")
            }
            RoleChange::SetFormality(formality) => {
                role.formality = formality;
                done("set formality")
            }
            RoleChange::SetArrangement(arrangement) => {
                role.arrangement = arrangement;
                done("set how the role is arranged")
            }
            RoleChange::SetChoice {
                field,
                value,
                chosen,
            } => {
                if value.trim().is_empty() {
                    return Err(EditError::EmptyText);
                }
                role.set(field, &value, chosen);
                let verb = if chosen { "choose" } else { "clear" };
                done(&format!("{verb} {}", field.noun()))
            }
            RoleChange::AddCustom { field, text } => {
                let noun = field.noun();
                if text.trim().is_empty() {
                    return Err(EditError::EmptyText);
                }
                let value = role
                    .add_custom(field, &text)
                    .ok_or_else(|| EditError::AlreadyListed(text.trim().to_string()))?;
                let shown = display_value(field.vocabulary(), &value);
                Ok((
                    format!("add {noun}"),
                    Some(format!("Added {noun}: {shown}.")),
                ))
            }
            RoleChange::RemoveCustom { field, value } => {
                let noun = field.noun();
                role.set(field, &value, false);
                Ok((
                    format!("remove {noun}"),
                    Some(format!("Removed {noun}: {value}.")),
                ))
            }
            RoleChange::ToggleDiscipline(discipline) => {
                role.toggle_discipline(discipline);
                done("change disciplines")
            }
            RoleChange::ToggleGradeBand(band) => {
                role.toggle_grade_band(band);
                done("change grade bands")
            }
            RoleChange::SetLeadingPercent(percent) => {
                if let Some(p) = percent.filter(|p| *p > 100) {
                    return Err(EditError::LeadingPercentOutOfRange(p));
                }
                role.leading_percent = percent;
                done("set the share of time leading")
            }
            RoleChange::LinkMatrixRole(link) => {
                // The link was checked against the matrix by `TeacherRoleEdit::apply`.
                role.set_matrix_role(link);
                done("link a matrix role")
            }
            RoleChange::DismissUnlinkedNotice => {
                role.matrix_role_cleared = false;
                done("dismiss the unlinked notice")
            }
            RoleChange::SetDevelopmentStatus { item, status } => {
                if item.trim().is_empty() {
                    return Err(EditError::EmptyText);
                }
                role.set_development(&item, status);
                done("set a development status")
            }
            RoleChange::AddDevelopment(text) => {
                if text.trim().is_empty() {
                    return Err(EditError::EmptyText);
                }
                let item = role
                    .add_development(&text)
                    .ok_or_else(|| EditError::AlreadyInDevelopmentPlan(text.trim().to_string()))?;
                let shown = display_value(DEVELOPMENT, &item);
                Ok((
                    "add a development item".to_string(),
                    Some(format!("Added to the development plan: {shown}.")),
                ))
            }
            RoleChange::RemoveDevelopment(item) => {
                role.set_development(&item, None);
                Ok((
                    "remove a development item".to_string(),
                    Some(format!("Removed from the development plan: {item}.")),
                ))
            }
        }
    }
}

/// The role's display title, or why there is none.
fn title_of(plan: &Plan, id: &TeacherRoleId) -> Result<String, EditError> {
    plan.teacher_roles
        .get(id)
        .map(|r| r.display_title().to_string())
        .ok_or_else(|| EditError::NoSuchTeacherRole(id.clone()))
}
