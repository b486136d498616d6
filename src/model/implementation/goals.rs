//! Every change to the goals and their links to teacher-leader roles.

use super::*;

impl Implementation {
    // ----- goals ---------------------------------------------------------

    pub fn goal(&self, id: &GoalId) -> Option<&Goal> {
        self.goals.iter().find(|g| g.id == *id)
    }

    fn goal_mut(&mut self, id: &GoalId) -> Result<&mut Goal, EditError> {
        self.goals
            .iter_mut()
            .find(|g| g.id == *id)
            .ok_or_else(|| EditError::NoSuchGoal(id.clone()))
    }

    /// Adds the team's own goal at the end; returns its id.
    pub fn add_goal(&mut self, title: &str) -> Result<GoalId, EditError> {
        let title = cleaned(title)?;
        let id = GoalId::new(fresh_id(
            GOAL_PREFIX,
            self.goals.iter().map(|g| g.id.as_str()),
        ));
        self.goals.push(Goal::new(id.clone(), title));
        Ok(id)
    }

    pub fn rename_goal(&mut self, id: &GoalId, title: &str) -> Result<(), EditError> {
        let title = cleaned(title)?;
        self.goal_mut(id)?.title = title;
        Ok(())
    }

    pub fn set_goal_note(&mut self, id: &GoalId, note: &str) -> Result<(), EditError> {
        self.goal_mut(id)?.note = note.trim().to_string();
        Ok(())
    }

    /// Links or unlinks a teacher-leader role (which must exist when
    /// linking). Returns whether the role is now linked.
    pub fn set_goal_role(
        &mut self,
        id: &GoalId,
        role: &TeacherRoleId,
        linked: bool,
        roles: &TeacherRoles,
    ) -> Result<bool, EditError> {
        if linked {
            roles.check_exists(role)?;
        }
        let goal = self.goal_mut(id)?;
        let at = goal.roles.iter().position(|r| r == role);
        match (at, linked) {
            (None, true) => goal.roles.push(role.clone()),
            (Some(at), false) => {
                goal.roles.remove(at);
            }
            _ => {}
        }
        Ok(linked)
    }

    pub fn move_goal_up(&mut self, id: &GoalId) -> bool {
        match self.goals.iter().position(|g| g.id == *id) {
            Some(at) => move_one(&mut self.goals, at, true),
            None => false,
        }
    }

    pub fn move_goal_down(&mut self, id: &GoalId) -> bool {
        match self.goals.iter().position(|g| g.id == *id) {
            Some(at) => move_one(&mut self.goals, at, false),
            None => false,
        }
    }

    pub fn delete_goal(&mut self, id: &GoalId) -> Option<Goal> {
        let at = self.goals.iter().position(|g| g.id == *id)?;
        Some(self.goals.remove(at))
    }

    /// Source goals that are missing or renamed.
    pub fn source_goals_to_restore(&self) -> Vec<&'static str> {
        seed::GOALS
            .iter()
            .filter(|s| {
                !self
                    .goals
                    .iter()
                    .any(|g| g.id.as_str() == s.id && g.title == s.title)
            })
            .map(|s| s.id)
            .collect()
    }

    /// Puts 004's four goals back (like [`Self::restore_source_actions`];
    /// role links are kept).
    pub fn restore_source_goals(&mut self) -> usize {
        let source: Vec<(&'static str, &'static str)> =
            seed::GOALS.iter().map(|g| (g.id, g.title)).collect();
        restore_in_place(
            &mut self.goals,
            &source,
            |g| g.id.as_str(),
            |g| &mut g.title,
            |id, title| Goal::new(GoalId::new(id), title),
        )
    }

    /// Goals no teacher-leader role pursues, in goal order (flag these as
    /// the matrix flags a role nobody holds).
    pub fn unpursued_goals(&self) -> Vec<&Goal> {
        self.goals.iter().filter(|g| !g.is_pursued()).collect()
    }

    /// Goals a teacher-leader role pursues, in goal order.
    pub fn goals_of_role(&self, role: &TeacherRoleId) -> Vec<&Goal> {
        self.goals
            .iter()
            .filter(|g| g.roles.contains(role))
            .collect()
    }
}

/// Every change a user makes to the goals, as a value.
#[derive(Debug, Clone, PartialEq)]
pub enum GoalEdit {
    /// The team's own goal at the end.
    Add {
        title: String,
    },
    /// A new title; a source goal renamed becomes the team's own.
    Rename {
        id: GoalId,
        title: String,
    },
    SetNote {
        id: GoalId,
        note: String,
    },
    /// Links (`linked`) or unlinks a teacher-leader role, which must exist
    /// to be linked.
    SetRole {
        id: GoalId,
        role: TeacherRoleId,
        linked: bool,
    },
    MoveUp(GoalId),
    MoveDown(GoalId),
    Delete(GoalId),
    /// Puts 004's four goals back, keeping their role links.
    RestoreSource,
}

impl GoalEdit {
    /// Applies the edit to `implementation`, checking role links against
    /// `roles`; refused, it changes nothing.
    pub fn apply(
        self,
        implementation: &mut Implementation,
        roles: &TeacherRoles,
    ) -> Result<Applied, EditError> {
        // Labels name the goal by its title before the edit, as the Undo
        // button reads them.
        let name = |implementation: &Implementation, id: &GoalId| {
            implementation
                .goal(id)
                .map(|g| short(&g.title))
                .ok_or_else(|| EditError::NoSuchGoal(id.clone()))
        };
        match self {
            GoalEdit::Add { title } => {
                implementation.add_goal(&title)?;
                let name = short(title.trim());
                Ok(Applied::labelled(format!("add goal “{name}”"))
                    .with_notice(format!("Added the goal “{name}”.")))
            }
            GoalEdit::Rename { id, title } => {
                let name = name(implementation, &id)?;
                implementation.rename_goal(&id, &title)?;
                Ok(Applied::labelled(format!("rename “{name}”")))
            }
            GoalEdit::SetNote { id, note } => {
                let name = name(implementation, &id)?;
                implementation.set_goal_note(&id, &note)?;
                Ok(Applied::labelled(format!("edit note of “{name}”")))
            }
            GoalEdit::SetRole { id, role, linked } => {
                let goal = name(implementation, &id)?;
                implementation.set_goal_role(&id, &role, linked, roles)?;
                // A role being unlinked may be gone already: then its id names it.
                let role_name = roles
                    .roles
                    .iter()
                    .find(|r| r.id == role)
                    .map_or_else(|| role.to_string(), |r| r.title.clone());
                Ok(if linked {
                    Applied::labelled(format!("link {role_name} to “{goal}”"))
                        .with_notice(format!("{role_name} now pursues “{goal}”."))
                } else {
                    Applied::labelled(format!("unlink {role_name} from “{goal}”"))
                        .with_notice(format!("{role_name} no longer pursues “{goal}”."))
                })
            }
            // At either end nothing moves: not an error, and no undo step.
            GoalEdit::MoveUp(id) => {
                let name = name(implementation, &id)?;
                implementation.move_goal_up(&id);
                Ok(Applied::labelled(format!("move “{name}” up")))
            }
            GoalEdit::MoveDown(id) => {
                let name = name(implementation, &id)?;
                implementation.move_goal_down(&id);
                Ok(Applied::labelled(format!("move “{name}” down")))
            }
            GoalEdit::Delete(id) => {
                let name = name(implementation, &id)?;
                implementation.delete_goal(&id);
                Ok(Applied::labelled(format!("delete goal “{name}”"))
                    .regrettable(format!("Deleted the goal “{name}”"))
                    .with_notice(format!("Deleted the goal “{name}”.")))
            }
            GoalEdit::RestoreSource => {
                implementation.restore_source_goals();
                Ok(Applied::labelled("restore the source's goals")
                    .regrettable("Restored the source's goals"))
            }
        }
    }
}
