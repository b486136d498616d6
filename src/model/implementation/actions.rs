//! Every change to the considerations' actions: add, edit, status, owner, dates, order, restore.

use super::*;

impl Implementation {
    // ----- actions -------------------------------------------------------

    /// The actions under a heading, in order (empty if it has none).
    pub fn actions(&self, key: ConsiderationKey) -> &[Action] {
        self.considerations.get(&key).map_or(&[], Vec::as_slice)
    }

    /// Every action with its heading, in heading order then list order.
    pub fn all_actions(&self) -> impl Iterator<Item = (ConsiderationKey, &Action)> {
        self.considerations
            .iter()
            .flat_map(|(key, actions)| actions.iter().map(move |a| (*key, a)))
    }

    pub fn action(&self, id: &ActionId) -> Option<&Action> {
        self.all_actions().map(|(_, a)| a).find(|a| a.id == *id)
    }

    /// The heading an action is under.
    pub fn consideration_of(&self, id: &ActionId) -> Option<ConsiderationKey> {
        self.all_actions()
            .find(|(_, a)| a.id == *id)
            .map(|(k, _)| k)
    }

    fn locate_action(&self, id: &ActionId) -> Option<(ConsiderationKey, usize)> {
        self.considerations.iter().find_map(|(key, actions)| {
            actions
                .iter()
                .position(|a| a.id == *id)
                .map(|at| (*key, at))
        })
    }

    fn action_mut(&mut self, id: &ActionId) -> Result<&mut Action, EditError> {
        self.considerations
            .values_mut()
            .flat_map(|actions| actions.iter_mut())
            .find(|a| a.id == *id)
            .ok_or_else(|| EditError::NoSuchAction(id.clone()))
    }

    fn fresh_action_id(&self) -> ActionId {
        let taken: Vec<String> = self
            .all_actions()
            .map(|(_, a)| a.id.as_str().to_string())
            .collect();
        ActionId::new(fresh_id(ACTION_PREFIX, taken.iter().map(String::as_str)))
    }

    /// Adds the team's own action at the end of a heading; returns its id.
    pub fn add_action(&mut self, key: ConsiderationKey, text: &str) -> Result<ActionId, EditError> {
        let text = cleaned(text)?;
        let id = self.fresh_action_id();
        self.considerations
            .entry(key)
            .or_default()
            .push(Action::new(id.clone(), text));
        Ok(id)
    }

    /// Replaces an action's text. Changing a source action's words makes it
    /// the team's own (it is no longer shown as quoted).
    pub fn edit_action_text(&mut self, id: &ActionId, text: &str) -> Result<(), EditError> {
        let text = cleaned(text)?;
        self.action_mut(id)?.text = text;
        Ok(())
    }

    pub fn set_action_status(
        &mut self,
        id: &ActionId,
        status: ActionStatus,
    ) -> Result<(), EditError> {
        self.action_mut(id)?.status = status;
        Ok(())
    }

    /// Sets or clears the owner, who must be one of the matrix's People.
    pub fn set_action_owner(
        &mut self,
        id: &ActionId,
        owner: Option<PersonId>,
        matrix: &Matrix,
    ) -> Result<(), EditError> {
        if let Some(person) = &owner {
            check_person(matrix, person)?;
        }
        self.action_mut(id)?.owner = owner;
        Ok(())
    }

    /// Sets or clears the target date (parse typed text with `IsoDate::parse`).
    pub fn set_action_target_date(
        &mut self,
        id: &ActionId,
        date: Option<IsoDate>,
    ) -> Result<(), EditError> {
        self.action_mut(id)?.target_date = date;
        Ok(())
    }

    pub fn set_action_note(&mut self, id: &ActionId, note: &str) -> Result<(), EditError> {
        self.action_mut(id)?.note = note.trim().to_string();
        Ok(())
    }

    /// Moves an action one place up within its heading; false when it is
    /// first or missing.
    pub fn move_action_up(&mut self, id: &ActionId) -> bool {
        self.move_action(id, true)
    }

    /// Moves an action one place down within its heading; false when it is
    /// last or missing.
    pub fn move_action_down(&mut self, id: &ActionId) -> bool {
        self.move_action(id, false)
    }

    fn move_action(&mut self, id: &ActionId, up: bool) -> bool {
        let Some((key, at)) = self.locate_action(id) else {
            return false;
        };
        self.considerations
            .get_mut(&key)
            .is_some_and(|actions| move_one(actions, at, up))
    }

    /// Deletes an action (the source's too: "Restore" brings those back) and
    /// returns it.
    pub fn delete_action(&mut self, id: &ActionId) -> Option<Action> {
        let (key, at) = self.locate_action(id)?;
        self.considerations
            .get_mut(&key)
            .map(|actions| actions.remove(at))
    }

    /// Source actions of a heading that are missing or reworded: what
    /// "Restore the source's actions" would change (hide the button when empty).
    pub fn source_actions_to_restore(&self, key: ConsiderationKey) -> Vec<&'static str> {
        key.source()
            .actions
            .iter()
            .filter(|s| {
                !self
                    .actions(key)
                    .iter()
                    .any(|a| a.id.as_str() == s.id && a.text == s.text)
            })
            .map(|s| s.id)
            .collect()
    }

    /// Puts a heading's source actions back: deleted ones return near their
    /// source position (not started), reworded ones get the source's words
    /// back and keep their status, owner, date and note. The team's own
    /// actions are kept. Returns how many actions changed.
    ///
    /// A source action moved under another heading (only possible by
    /// editing the file) is left where it is.
    pub fn restore_source_actions(&mut self, key: ConsiderationKey) -> usize {
        let source: Vec<(&str, &str)> = key
            .source()
            .actions
            .iter()
            .map(|a| (a.id, a.text))
            .collect();
        let elsewhere: HashSet<String> = self
            .all_actions()
            .filter(|(k, _)| *k != key)
            .map(|(_, a)| a.id.as_str().to_string())
            .collect();
        let source: Vec<(&'static str, &'static str)> = source
            .into_iter()
            .filter(|(id, _)| !elsewhere.contains(*id))
            .collect();
        let actions = self.considerations.entry(key).or_default();
        restore_in_place(
            actions,
            &source,
            |a| a.id.as_str(),
            |a| &mut a.text,
            |id, text| Action::new(ActionId::new(id), text),
        )
    }

    /// Action counts for one heading.
    pub fn progress_of(&self, key: ConsiderationKey) -> ActionProgress {
        let mut progress = ActionProgress::default();
        for action in self.actions(key) {
            progress.add(action.status);
        }
        progress
    }

    /// Action counts across all headings.
    pub fn progress(&self) -> ActionProgress {
        let mut progress = ActionProgress::default();
        for (_, action) in self.all_actions() {
            progress.add(action.status);
        }
        progress
    }

    /// Actions that are not done or not planned and whose target date is
    /// before `today`, in heading order.
    pub fn overdue_actions(&self, today: &IsoDate) -> Vec<(ConsiderationKey, &Action)> {
        self.all_actions()
            .filter(|(_, a)| {
                matches!(
                    a.status,
                    ActionStatus::NotStarted | ActionStatus::InProgress
                ) && a.target_date.as_ref().is_some_and(|d| d < today)
            })
            .collect()
    }

    /// Actions a person owns, with their heading.
    pub fn actions_owned_by(&self, person: &PersonId) -> Vec<(ConsiderationKey, &Action)> {
        self.all_actions()
            .filter(|(_, a)| a.owner.as_ref() == Some(person))
            .collect()
    }
}

/// Every change a user makes to the considerations' actions, as a value.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionEdit {
    /// The team's own action at the end of a heading.
    Add {
        key: ConsiderationKey,
        text: String,
    },
    /// New words; a source action reworded becomes the team's own.
    SetText {
        id: ActionId,
        text: String,
    },
    SetStatus {
        id: ActionId,
        status: ActionStatus,
    },
    /// A person of the matrix's People, or nobody.
    SetOwner {
        id: ActionId,
        owner: Option<PersonId>,
    },
    SetTargetDate {
        id: ActionId,
        date: Option<IsoDate>,
    },
    SetNote {
        id: ActionId,
        note: String,
    },
    MoveUp(ActionId),
    MoveDown(ActionId),
    /// Deletes an action, the source's too ("Restore" brings those back).
    Delete(ActionId),
    /// Puts a heading's source actions back.
    RestoreSource(ConsiderationKey),
}

impl ActionEdit {
    /// Applies the edit to `implementation`, checking owners against
    /// `matrix`'s People; refused, it changes nothing.
    pub fn apply(
        self,
        implementation: &mut Implementation,
        matrix: &Matrix,
    ) -> Result<Applied, EditError> {
        // Labels name the action by its words before the edit, as the Undo
        // button reads them.
        let name = |implementation: &Implementation, id: &ActionId| {
            implementation
                .action(id)
                .map(|a| short(&a.text))
                .ok_or_else(|| EditError::NoSuchAction(id.clone()))
        };
        match self {
            ActionEdit::Add { key, text } => {
                implementation.add_action(key, &text)?;
                let name = short(text.trim());
                Ok(Applied::labelled(format!("add action “{name}”"))
                    .with_notice(format!("Added the action “{name}”.")))
            }
            ActionEdit::SetText { id, text } => {
                let name = name(implementation, &id)?;
                implementation.edit_action_text(&id, &text)?;
                Ok(Applied::labelled(format!("edit action “{name}”")))
            }
            ActionEdit::SetStatus { id, status } => {
                let name = name(implementation, &id)?;
                implementation.set_action_status(&id, status)?;
                Ok(Applied::labelled(format!("set status of “{name}”")))
            }
            ActionEdit::SetOwner { id, owner } => {
                let name = name(implementation, &id)?;
                implementation.set_action_owner(&id, owner, matrix)?;
                Ok(Applied::labelled(format!("set owner of “{name}”")))
            }
            ActionEdit::SetTargetDate { id, date } => {
                let name = name(implementation, &id)?;
                implementation.set_action_target_date(&id, date)?;
                Ok(Applied::labelled(format!("set target date of “{name}”")))
            }
            ActionEdit::SetNote { id, note } => {
                let name = name(implementation, &id)?;
                implementation.set_action_note(&id, &note)?;
                Ok(Applied::labelled(format!("edit note of “{name}”")))
            }
            // At either end nothing moves: not an error, and no undo step.
            ActionEdit::MoveUp(id) => {
                let name = name(implementation, &id)?;
                implementation.move_action_up(&id);
                Ok(Applied::labelled(format!("move “{name}” up")))
            }
            ActionEdit::MoveDown(id) => {
                let name = name(implementation, &id)?;
                implementation.move_action_down(&id);
                Ok(Applied::labelled(format!("move “{name}” down")))
            }
            ActionEdit::Delete(id) => {
                let name = name(implementation, &id)?;
                implementation.delete_action(&id);
                Ok(Applied::labelled(format!("delete action “{name}”"))
                    .regrettable(format!("Deleted the action “{name}”"))
                    .with_notice(format!("Deleted the action “{name}”.")))
            }
            ActionEdit::RestoreSource(key) => {
                let restored = implementation.restore_source_actions(key);
                let heading = key.label();
                Ok(
                    Applied::labelled(format!("restore the source's actions of “{heading}”"))
                        .regrettable(format!("Restored the source's actions of “{heading}”"))
                        .with_notice(format!("Restored {restored} of the source's actions.")),
                )
            }
        }
    }
}
