//! The implementation plan: what the district does to put STEM teacher
//! leadership in place (001) and what the teacher leaders are for (004).
//!
//! * **Considerations**: 001's six headings, each with a list of actions.
//!   The source's practices are the starting actions; people add, edit,
//!   reorder and delete actions, and give each a status, an owner (a person
//!   of the matrix's People), a target date and a note.
//! * **Planning documents**: 001's closing list of ten artifacts, each with a
//!   status, owner, location and last review date; people add their own.
//! * **Goals**: 004's four benefits, each linked to the teacher-leader roles
//!   that pursue it.
//! * **Sustainability** (`costs`): a cost plan per school year and a review date.
//!
//! # Where an item came from
//!
//! Items seeded from the source keep a fixed id from `implementation_seed`
//! (`culture-promote`, `hiring-criteria`, `culture-and-vision`); items people
//! add get `action-N`, `document-N`, `goal-N`. An item counts as the
//! source's ([`Action::from_source`]) only while it has a source id *and*
//! still carries the source's exact words: edit the text and it becomes the
//! team's own, so the planner never labels altered words as the source's.
//! "Restore" puts the source's items back by id.
//!
//! # References
//!
//! Owners are `PersonId`s and goal links are `TeacherRoleId`s, so renaming a
//! person or role changes nothing here. Setting one checks that it exists
//! (the methods take the matrix or the teacher roles to check against);
//! deleting a person or role goes through `PersonEdit::Delete` /
//! `TeacherRoleEdit::Delete`, which clear what pointed at it.

mod actions;
pub mod costs;
mod documents;
mod goals;
pub mod seed;

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::edit::applied::Applied;
use crate::model::edit::error::move_one;
pub use crate::model::edit::error::EditError;
pub use crate::model::implementation::costs::{
    CostLineProblem, CostPlan, CostTiming, CostTotals, FundingKind, FundingSource, OtherCostKind,
    OtherCostLine, ReviewState, RoleCostBasis, RoleCostLine, Sustainability,
};
use crate::model::matrix::Matrix;
use crate::model::teacher_roles::TeacherRoles;
use crate::model::validation::check_id;
pub use crate::model::values::date::{DateError, IsoDate, SchoolYear, SchoolYearError};
use crate::model::values::ids::{fresh_id, PersonId, TeacherRoleId};
pub use crate::model::values::ids::{ActionId, CostLineId, DocumentId, FundingId, GoalId};
pub use crate::model::values::money::{Cents, MoneyError};
pub use actions::ActionEdit;
pub use documents::DocumentEdit;
pub use goals::GoalEdit;
pub use seed::ConsiderationKey;
use seed::SourceGoal;

/// How many characters of an item's words name it in an undo step or a message.
const NAME_CHARS: usize = 40;

/// An item's words cut to fit a label (see `values::text::short`).
pub fn short(text: &str) -> String {
    crate::model::values::text::short(text, NAME_CHARS)
}

crate::keyed_enum! {
    /// How far an action is.
    #[derive(Default)]
    pub enum ActionStatus {
        #[default]
        NotStarted => "not_started", "Not started";
        InProgress => "in_progress", "In progress";
        Done => "done", "Done";
        NotPlanned => "not_planned", "Not planned";
    }
}

crate::keyed_enum! {
    /// Where a planning document stands.
    #[derive(Default)]
    pub enum DocumentStatus {
        #[default]
        None => "none", "None";
        Draft => "draft", "Draft";
        InReview => "in_review", "In review";
        Adopted => "adopted", "Adopted";
    }
}

/// Prefixes of the ids of items people add.
pub const ACTION_PREFIX: &str = "action";
pub const DOCUMENT_PREFIX: &str = "document";
pub const GOAL_PREFIX: &str = "goal";

/// One thing to do under a consideration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: ActionId,
    pub text: String,
    #[serde(default)]
    pub status: ActionStatus,
    /// A person of the matrix's People.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<IsoDate>,
    /// Internal: shown to the planning team, never in a report for others.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Action {
    /// A new action, not started, nobody assigned.
    pub fn new(id: ActionId, text: impl Into<String>) -> Action {
        Action {
            id,
            text: text.into(),
            status: ActionStatus::NotStarted,
            owner: None,
            target_date: None,
            note: String::new(),
        }
    }

    /// Whether this is one of the source's practices in the source's exact
    /// words (so the UI may mark it as quoted from 001).
    pub fn from_source(&self) -> bool {
        seed::action(self.id.as_str()).is_some_and(|(_, source)| source.text == self.text)
    }
}

/// A document the plan relies on: a strategic plan, agendas, agreements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanningDocument {
    pub id: DocumentId,
    pub title: String,
    #[serde(default)]
    pub status: DocumentStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PersonId>,
    /// Where it lives: a URL, a shared-drive path, "binder in the office".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_reviewed: Option<IsoDate>,
    /// Internal, like an action's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl PlanningDocument {
    pub fn new(id: DocumentId, title: impl Into<String>) -> PlanningDocument {
        PlanningDocument {
            id,
            title: title.into(),
            status: DocumentStatus::None,
            owner: None,
            location: String::new(),
            last_reviewed: None,
            note: String::new(),
        }
    }

    /// Whether this is one of 001's ten documents, with its exact title.
    pub fn from_source(&self) -> bool {
        seed::document(self.id.as_str()).is_some_and(|source| source.title == self.title)
    }

    /// The location as a link target, only when it is plainly an http(s)
    /// URL: the scheme `http://` or `https://` (any case), a host of letters,
    /// digits, dots, hyphens (and an optional port), and no spaces, quotes,
    /// angle brackets, backslashes or control characters anywhere. Anything
    /// else (a drive path, "binder in the office", `javascript:`) is `None`
    /// and is shown as plain text.
    pub fn link(&self) -> Option<&str> {
        http_url(&self.location)
    }
}

/// See [`PlanningDocument::link`].
pub fn http_url(text: &str) -> Option<&str> {
    let url = text.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let unsafe_char = |c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    };
    if url.chars().any(unsafe_char) {
        return None;
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    // No user:password@ part: it is how links disguise where they go.
    if authority.contains('@') {
        return None;
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then_some(url)
}

/// Something the teacher leaders are for, and the roles that pursue it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: GoalId,
    pub title: String,
    /// Teacher-leader roles pursuing this goal, in the order they were linked.
    #[serde(default)]
    pub roles: Vec<TeacherRoleId>,
    /// Internal, like an action's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Goal {
    pub fn new(id: GoalId, title: impl Into<String>) -> Goal {
        Goal {
            id,
            title: title.into(),
            roles: Vec::new(),
            note: String::new(),
        }
    }

    /// The source benefit this goal is, while it keeps the source's title:
    /// its text, levels and examples are then shown with it.
    pub fn source(&self) -> Option<&'static SourceGoal> {
        seed::goal(self.id.as_str()).filter(|source| source.title == self.title)
    }

    pub fn from_source(&self) -> bool {
        self.source().is_some()
    }

    pub fn is_pursued(&self) -> bool {
        !self.roles.is_empty()
    }
}

/// Counts of actions by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActionProgress {
    pub not_started: usize,
    pub in_progress: usize,
    pub done: usize,
    pub not_planned: usize,
}

impl ActionProgress {
    pub fn add(&mut self, status: ActionStatus) {
        match status {
            ActionStatus::NotStarted => self.not_started += 1,
            ActionStatus::InProgress => self.in_progress += 1,
            ActionStatus::Done => self.done += 1,
            ActionStatus::NotPlanned => self.not_planned += 1,
        }
    }

    pub fn count(&self, status: ActionStatus) -> usize {
        match status {
            ActionStatus::NotStarted => self.not_started,
            ActionStatus::InProgress => self.in_progress,
            ActionStatus::Done => self.done,
            ActionStatus::NotPlanned => self.not_planned,
        }
    }

    /// Every action, "not planned" included.
    pub fn total(&self) -> usize {
        self.not_started + self.in_progress + self.done + self.not_planned
    }

    /// Actions the team means to do: the total without "not planned". This is
    /// the "of" in "4 of 12 actions done".
    pub fn planned(&self) -> usize {
        self.total() - self.not_planned
    }

    /// Share of planned actions done, rounded to a whole percent; 0 when
    /// nothing is planned.
    pub fn percent_done(&self) -> u32 {
        percent(self.done, self.planned())
    }
}

fn percent(part: usize, whole: usize) -> u32 {
    if whole == 0 {
        0
    } else {
        ((part as f64 * 100.0 / whole as f64).round()) as u32
    }
}

/// Counts of planning documents by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocumentProgress {
    pub none: usize,
    pub draft: usize,
    pub in_review: usize,
    pub adopted: usize,
}

impl DocumentProgress {
    pub fn add(&mut self, status: DocumentStatus) {
        match status {
            DocumentStatus::None => self.none += 1,
            DocumentStatus::Draft => self.draft += 1,
            DocumentStatus::InReview => self.in_review += 1,
            DocumentStatus::Adopted => self.adopted += 1,
        }
    }

    pub fn count(&self, status: DocumentStatus) -> usize {
        match status {
            DocumentStatus::None => self.none,
            DocumentStatus::Draft => self.draft,
            DocumentStatus::InReview => self.in_review,
            DocumentStatus::Adopted => self.adopted,
        }
    }

    pub fn total(&self) -> usize {
        self.none + self.draft + self.in_review + self.adopted
    }

    pub fn percent_adopted(&self) -> u32 {
        percent(self.adopted, self.total())
    }
}

fn cleaned(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::EmptyText)
    } else {
        Ok(text.to_string())
    }
}

pub(crate) fn check_person(matrix: &Matrix, person: &PersonId) -> Result<(), EditError> {
    if matrix
        .people
        .iter()
        .any(|p| p.id.as_str() == person.as_str())
    {
        Ok(())
    } else {
        Err(EditError::NoSuchPerson(person.clone()))
    }
}

/// Puts the source's items back: an item whose source id is missing is
/// inserted after the nearest earlier source item that is present (or
/// first), and a present one gets the source's words back, keeping its
/// status, owner, dates and notes. The team's own items stay where they are.
/// Returns how many items were added or reset.
fn restore_in_place<T>(
    items: &mut Vec<T>,
    source: &[(&'static str, &'static str)],
    id_of: impl Fn(&T) -> &str,
    text_of: impl Fn(&mut T) -> &mut String,
    make: impl Fn(&'static str, &'static str) -> T,
) -> usize {
    let mut changed = 0;
    for (n, &(id, text)) in source.iter().enumerate() {
        if let Some(at) = items.iter().position(|item| id_of(item) == id) {
            let current = text_of(&mut items[at]);
            if current != text {
                *current = text.to_string();
                changed += 1;
            }
            continue;
        }
        let after = source[..n]
            .iter()
            .rev()
            .find_map(|(earlier, _)| items.iter().position(|item| id_of(item) == *earlier));
        let at = after.map_or(0, |i| i + 1);
        items.insert(at, make(id, text));
        changed += 1;
    }
    changed
}

/// Reads the considerations map with string keys first, so that an error
/// inside it names the heading in its path
/// (`considerations.culture[0].target_date`; with enum keys the path would
/// say `?`), then checks each key.
fn considerations_by_key<'de, D>(
    deserializer: D,
) -> Result<BTreeMap<ConsiderationKey, Vec<Action>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let by_text = BTreeMap::<String, Vec<Action>>::deserialize(deserializer)?;
    by_text
        .into_iter()
        .map(|(key, actions)| match ConsiderationKey::from_key(&key) {
            Some(key) => Ok((key, actions)),
            None => {
                let known: Vec<&str> = ConsiderationKey::ALL.iter().map(|k| k.key()).collect();
                Err(serde::de::Error::custom(format!(
                    "unknown consideration \"{key}\", expected one of {}",
                    known.join(", ")
                )))
            }
        })
        .collect()
}

/// The whole implementation plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Implementation {
    /// Actions under each consideration, in the order people see them. A
    /// heading with no entry has no actions.
    #[serde(default, deserialize_with = "considerations_by_key")]
    pub considerations: BTreeMap<ConsiderationKey, Vec<Action>>,
    #[serde(default)]
    pub documents: Vec<PlanningDocument>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub sustainability: Sustainability,
}

impl Implementation {
    /// The source's starting point: every consideration with its practices
    /// as actions (not started), the ten documents (none yet), the four
    /// goals (no roles yet) and an empty cost plan.
    pub fn from_source() -> Implementation {
        Implementation {
            considerations: seed::CONSIDERATIONS
                .iter()
                .map(|c| {
                    let actions = c
                        .actions
                        .iter()
                        .map(|a| Action::new(ActionId::new(a.id), a.text))
                        .collect();
                    (c.key, actions)
                })
                .collect(),
            documents: seed::DOCUMENTS
                .iter()
                .map(|d| PlanningDocument::new(DocumentId::new(d.id), d.title))
                .collect(),
            goals: seed::GOALS
                .iter()
                .map(|g| Goal::new(GoalId::new(g.id), g.title))
                .collect(),
            sustainability: Sustainability::default(),
        }
    }

    // ----- references ----------------------------------------------------

    /// Clears a (deleted) person from every action and document owner.
    /// Returns the texts of the actions and the titles of the documents
    /// that lost their owner.
    pub fn clear_person(&mut self, person: &PersonId) -> (Vec<String>, Vec<String>) {
        let mut actions = Vec::new();
        for action in self.considerations.values_mut().flatten() {
            if action.owner.as_ref() == Some(person) {
                action.owner = None;
                actions.push(action.text.clone());
            }
        }
        let mut documents = Vec::new();
        for document in &mut self.documents {
            if document.owner.as_ref() == Some(person) {
                document.owner = None;
                documents.push(document.title.clone());
            }
        }
        (actions, documents)
    }

    /// Unlinks a (deleted) teacher-leader role from every goal; returns the
    /// titles of the goals it pursued.
    pub fn clear_goal_links(&mut self, role: &TeacherRoleId) -> Vec<String> {
        let mut goals = Vec::new();
        for goal in &mut self.goals {
            let before = goal.roles.len();
            goal.roles.retain(|r| r != role);
            if goal.roles.len() != before {
                goals.push(goal.title.clone());
            }
        }
        goals
    }

    // ----- validation ----------------------------------------------------

    /// Checks what serde cannot: ids non-empty and unique (actions across
    /// all headings; documents; goals), owners that are people of the
    /// matrix, goal links to existing teacher-leader roles (each once), and
    /// the cost plans (see `Sustainability::validate`). Dates, school years
    /// and keys are checked while reading (their types hold only valid
    /// values). The error is a field path relative to `implementation`.
    pub fn validate(&self, matrix: &Matrix, roles: &TeacherRoles) -> Result<(), String> {
        let people: HashSet<&str> = matrix.people.iter().map(|p| p.id.as_str()).collect();
        let role_ids: HashSet<&str> = roles.roles.iter().map(|r| r.id.as_str()).collect();
        let check_owner = |at: &str, owner: &Option<PersonId>| match owner {
            Some(person) if !people.contains(person.as_str()) => {
                Err(format!("{at}.owner: no person with id \"{person}\""))
            }
            _ => Ok(()),
        };
        let mut actions = HashSet::new();
        for (key, list) in &self.considerations {
            for (i, action) in list.iter().enumerate() {
                let at = format!("considerations.{}[{i}]", key.key());
                check_id(&at, action.id.as_str(), &mut actions, "action")?;
                check_owner(&at, &action.owner)?;
            }
        }
        let mut documents = HashSet::new();
        for (i, document) in self.documents.iter().enumerate() {
            let at = format!("documents[{i}]");
            check_id(&at, document.id.as_str(), &mut documents, "document")?;
            check_owner(&at, &document.owner)?;
        }
        let mut goals = HashSet::new();
        for (i, goal) in self.goals.iter().enumerate() {
            let at = format!("goals[{i}]");
            check_id(&at, goal.id.as_str(), &mut goals, "goal")?;
            let mut linked = HashSet::new();
            for (j, role) in goal.roles.iter().enumerate() {
                if !role_ids.contains(role.as_str()) {
                    return Err(format!(
                        "{at}.roles[{j}]: no teacher-leader role with id \"{role}\""
                    ));
                }
                if !linked.insert(role.as_str()) {
                    return Err(format!("{at}.roles[{j}]: role \"{role}\" listed twice"));
                }
            }
        }
        self.sustainability
            .validate(&role_ids)
            .map_err(|e| format!("sustainability.{e}"))
    }
}

#[cfg(test)]
mod edit_tests;
#[cfg(test)]
mod tests;
