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
//! deleting a person or role goes through `Plan::delete_person` /
//! `Plan::delete_teacher_role`, which clear what pointed at it.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};

pub use super::costs::{
    CostLineProblem, CostPlan, CostTiming, CostTotals, FundingKind, FundingSource, OtherCostKind,
    OtherCostLine, ReviewState, RoleCostBasis, RoleCostLine, Sustainability,
};
pub use super::date::{DateError, IsoDate, SchoolYear, SchoolYearError};
use super::ids::{fresh_id, PersonId, TeacherRoleId};
use super::implementation_seed::{self as seed, SourceGoal};
use super::matrix::Matrix;
pub use super::money::{Cents, MoneyError};
use super::teacher_roles::TeacherRoles;

crate::id_type!(
    /// An action under a consideration.
    ActionId
);
crate::id_type!(
    /// A planning document.
    DocumentId
);
crate::id_type!(
    /// A goal (one of 004's benefits, or the team's own).
    GoalId
);
crate::id_type!(
    /// A line of a cost plan (a teacher-leader role's cost, or another cost).
    CostLineId
);
crate::id_type!(
    /// A funding source of a cost plan.
    FundingId
);

crate::keyed_enum! {
    /// 001's six considerations; each label is the source's heading, verbatim.
    #[derive(PartialOrd, Ord)]
    pub enum ConsiderationKey {
        LeadershipSkills => "leadership_skills", "Developing leadership skills";
        CurriculumInstruction => "curriculum_instruction", "Broadening curriculum and instruction knowledge";
        Culture => "culture", "Refining school and district culture";
        CommunityAdvocacy => "community_advocacy", "Engaging community and advocacy";
        PartnershipsOutreach => "partnerships_outreach", "Developing partnerships and outreach";
        Sustainability => "sustainability", "Cultivating sustainability";
    }
}

impl ConsiderationKey {
    /// The source's guidance and starting actions for this heading.
    pub fn source(self) -> &'static seed::SourceConsideration {
        seed::consideration(self)
    }
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

/// Why an edit was refused. Nothing changes when one is returned; the
/// message says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The text, title or description is blank.
    EmptyText,
    NoSuchAction(ActionId),
    NoSuchDocument(DocumentId),
    NoSuchGoal(GoalId),
    NoSuchCostLine(CostLineId),
    NoSuchFunding(FundingId),
    NoSuchSchoolYear(SchoolYear),
    NoSuchPerson(PersonId),
    NoSuchTeacherRole(TeacherRoleId),
    /// A cost plan for that school year exists already.
    SchoolYearExists(SchoolYear),
    /// An amount below zero or above [`Cents::MAX_AMOUNT`].
    AmountOutOfRange(Cents),
    /// A role cost line for no people.
    NoPeople,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::EmptyText => write!(f, "Write something first: the text is empty"),
            EditError::NoSuchAction(id) => write!(f, "There is no action with id \"{id}\""),
            EditError::NoSuchDocument(id) => write!(f, "There is no document with id \"{id}\""),
            EditError::NoSuchGoal(id) => write!(f, "There is no goal with id \"{id}\""),
            EditError::NoSuchCostLine(id) => write!(f, "There is no cost line with id \"{id}\""),
            EditError::NoSuchFunding(id) => {
                write!(f, "There is no funding source with id \"{id}\"")
            }
            EditError::NoSuchSchoolYear(year) => {
                write!(f, "There is no cost plan for the school year {year}")
            }
            EditError::NoSuchPerson(id) => write!(
                f,
                "There is no person with id \"{id}\" in the leadership matrix's People"
            ),
            EditError::NoSuchTeacherRole(id) => {
                write!(f, "There is no teacher-leader role with id \"{id}\"")
            }
            EditError::SchoolYearExists(year) => {
                write!(f, "There is already a cost plan for the school year {year}")
            }
            EditError::AmountOutOfRange(amount) => write!(
                f,
                "An amount must be from 0 to 1,000,000,000.00, found {}",
                amount.to_plain_string()
            ),
            EditError::NoPeople => write!(f, "A role's cost line is for at least one person"),
        }
    }
}

impl std::error::Error for EditError {}

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

pub(crate) fn check_teacher_role(
    roles: &TeacherRoles,
    role: &TeacherRoleId,
) -> Result<(), EditError> {
    if roles.roles.iter().any(|r| r.id.as_str() == role.as_str()) {
        Ok(())
    } else {
        Err(EditError::NoSuchTeacherRole(role.clone()))
    }
}

/// Moves the item at `at` one place up (`up`) or down; false at the ends.
pub(crate) fn move_one<T>(items: &mut [T], at: usize, up: bool) -> bool {
    if up && at > 0 {
        items.swap(at, at - 1);
        true
    } else if !up && at + 1 < items.len() {
        items.swap(at, at + 1);
        true
    } else {
        false
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

    // ----- documents -----------------------------------------------------

    pub fn document(&self, id: &DocumentId) -> Option<&PlanningDocument> {
        self.documents.iter().find(|d| d.id == *id)
    }

    fn document_mut(&mut self, id: &DocumentId) -> Result<&mut PlanningDocument, EditError> {
        self.documents
            .iter_mut()
            .find(|d| d.id == *id)
            .ok_or_else(|| EditError::NoSuchDocument(id.clone()))
    }

    /// Adds the team's own document at the end; returns its id.
    pub fn add_document(&mut self, title: &str) -> Result<DocumentId, EditError> {
        let title = cleaned(title)?;
        let id = DocumentId::new(fresh_id(
            DOCUMENT_PREFIX,
            self.documents.iter().map(|d| d.id.as_str()),
        ));
        self.documents
            .push(PlanningDocument::new(id.clone(), title));
        Ok(id)
    }

    /// Renames a document (a source document renamed becomes the team's own).
    pub fn rename_document(&mut self, id: &DocumentId, title: &str) -> Result<(), EditError> {
        let title = cleaned(title)?;
        self.document_mut(id)?.title = title;
        Ok(())
    }

    pub fn set_document_status(
        &mut self,
        id: &DocumentId,
        status: DocumentStatus,
    ) -> Result<(), EditError> {
        self.document_mut(id)?.status = status;
        Ok(())
    }

    pub fn set_document_owner(
        &mut self,
        id: &DocumentId,
        owner: Option<PersonId>,
        matrix: &Matrix,
    ) -> Result<(), EditError> {
        if let Some(person) = &owner {
            check_person(matrix, person)?;
        }
        self.document_mut(id)?.owner = owner;
        Ok(())
    }

    /// Sets where the document lives (any text; see [`PlanningDocument::link`]).
    pub fn set_document_location(
        &mut self,
        id: &DocumentId,
        location: &str,
    ) -> Result<(), EditError> {
        self.document_mut(id)?.location = location.trim().to_string();
        Ok(())
    }

    pub fn set_document_last_reviewed(
        &mut self,
        id: &DocumentId,
        date: Option<IsoDate>,
    ) -> Result<(), EditError> {
        self.document_mut(id)?.last_reviewed = date;
        Ok(())
    }

    pub fn set_document_note(&mut self, id: &DocumentId, note: &str) -> Result<(), EditError> {
        self.document_mut(id)?.note = note.trim().to_string();
        Ok(())
    }

    pub fn move_document_up(&mut self, id: &DocumentId) -> bool {
        match self.documents.iter().position(|d| d.id == *id) {
            Some(at) => move_one(&mut self.documents, at, true),
            None => false,
        }
    }

    pub fn move_document_down(&mut self, id: &DocumentId) -> bool {
        match self.documents.iter().position(|d| d.id == *id) {
            Some(at) => move_one(&mut self.documents, at, false),
            None => false,
        }
    }

    pub fn delete_document(&mut self, id: &DocumentId) -> Option<PlanningDocument> {
        let at = self.documents.iter().position(|d| d.id == *id)?;
        Some(self.documents.remove(at))
    }

    /// Source documents that are missing or renamed.
    pub fn source_documents_to_restore(&self) -> Vec<&'static str> {
        seed::DOCUMENTS
            .iter()
            .filter(|s| {
                !self
                    .documents
                    .iter()
                    .any(|d| d.id.as_str() == s.id && d.title == s.title)
            })
            .map(|s| s.id)
            .collect()
    }

    /// Puts 001's ten documents back (like [`Self::restore_source_actions`]).
    pub fn restore_source_documents(&mut self) -> usize {
        let source: Vec<(&'static str, &'static str)> =
            seed::DOCUMENTS.iter().map(|d| (d.id, d.title)).collect();
        restore_in_place(
            &mut self.documents,
            &source,
            |d| d.id.as_str(),
            |d| &mut d.title,
            |id, title| PlanningDocument::new(DocumentId::new(id), title),
        )
    }

    pub fn document_progress(&self) -> DocumentProgress {
        let mut progress = DocumentProgress::default();
        for document in &self.documents {
            progress.add(document.status);
        }
        progress
    }

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
            check_teacher_role(roles, role)?;
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

    /// Flips a role's link to a goal; returns whether it is now linked.
    pub fn toggle_goal_role(
        &mut self,
        id: &GoalId,
        role: &TeacherRoleId,
        roles: &TeacherRoles,
    ) -> Result<bool, EditError> {
        let linked = self
            .goal(id)
            .ok_or_else(|| EditError::NoSuchGoal(id.clone()))?
            .roles
            .contains(role);
        self.set_goal_role(id, role, !linked, roles)
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

/// An id must be non-empty and not used by another item of its kind.
pub(crate) fn check_id<'a>(
    at: &str,
    id: &'a str,
    seen: &mut HashSet<&'a str>,
    kind: &str,
) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("{at}.id: must not be empty"));
    }
    if !seen.insert(id) {
        return Err(format!("{at}.id: duplicate {kind} id \"{id}\""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::teacher_roles::TeacherRole;

    fn key_actions(imp: &Implementation, key: ConsiderationKey) -> Vec<String> {
        imp.actions(key).iter().map(|a| a.id.to_string()).collect()
    }

    fn matrix_with_person() -> (Matrix, PersonId) {
        let mut matrix = Matrix::from_source();
        let id = matrix.add_person("Ana Ruiz", "Principal").expect("added");
        (matrix, id)
    }

    fn roles_with(ids: &[&str]) -> TeacherRoles {
        TeacherRoles {
            roles: ids
                .iter()
                .map(|id| TeacherRole {
                    title: format!("Role {id}"),
                    ..TeacherRole::blank((*id).into())
                })
                .collect(),
        }
    }

    #[test]
    fn team_actions_are_added_edited_reordered_and_deleted() {
        let mut imp = Implementation::from_source();
        let key = ConsiderationKey::Culture;
        let id = imp.add_action(key, "  Host a STEM open house  ").unwrap();
        assert_eq!(id.as_str(), "action-1");
        let added = imp.action(&id).unwrap();
        assert_eq!(added.text, "Host a STEM open house");
        assert!(!added.from_source());
        assert_eq!(imp.actions(key).len(), 5);
        assert_eq!(imp.consideration_of(&id), Some(key));

        assert_eq!(imp.add_action(key, "   "), Err(EditError::EmptyText));
        assert_eq!(imp.actions(key).len(), 5, "a refused add changes nothing");

        assert!(imp.move_action_up(&id));
        assert_eq!(key_actions(&imp, key)[3], "action-1");
        assert!(!imp.move_action_down(&ActionId::new("nope")));
        assert!(imp.move_action_down(&id));
        assert!(!imp.move_action_down(&id), "already last");
        let first = imp.actions(key)[0].id.clone();
        assert!(!imp.move_action_up(&first), "already first");

        imp.edit_action_text(&id, "Host a STEM night").unwrap();
        assert_eq!(imp.action(&id).unwrap().text, "Host a STEM night");
        assert_eq!(imp.edit_action_text(&id, ""), Err(EditError::EmptyText));
        assert_eq!(
            imp.edit_action_text(&ActionId::new("gone"), "x"),
            Err(EditError::NoSuchAction(ActionId::new("gone")))
        );

        let removed = imp.delete_action(&id).unwrap();
        assert_eq!(removed.text, "Host a STEM night");
        assert_eq!(imp.delete_action(&id), None);
        assert_eq!(imp.actions(key).len(), 4);
    }

    #[test]
    fn actions_carry_status_owner_date_and_note() {
        let mut imp = Implementation::from_source();
        let (matrix, ana) = matrix_with_person();
        let id = ActionId::new("culture-promote");
        imp.set_action_status(&id, ActionStatus::Done).unwrap();
        imp.set_action_owner(&id, Some(ana.clone()), &matrix)
            .unwrap();
        let date = IsoDate::parse("2026-10-01").unwrap();
        imp.set_action_target_date(&id, Some(date.clone())).unwrap();
        imp.set_action_note(&id, "  board asked twice ").unwrap();
        let action = imp.action(&id).unwrap();
        assert_eq!(action.status, ActionStatus::Done);
        assert_eq!(action.owner.as_ref(), Some(&ana));
        assert_eq!(action.target_date.as_ref(), Some(&date));
        assert_eq!(action.note, "board asked twice");
        assert!(
            action.from_source(),
            "status and owner do not change the words"
        );

        let stranger = PersonId::new("person-99");
        assert_eq!(
            imp.set_action_owner(&id, Some(stranger.clone()), &matrix),
            Err(EditError::NoSuchPerson(stranger))
        );
        assert_eq!(imp.action(&id).unwrap().owner.as_ref(), Some(&ana));
        imp.set_action_owner(&id, None, &matrix).unwrap();
        assert_eq!(imp.action(&id).unwrap().owner, None);
        assert_eq!(imp.actions_owned_by(&ana).len(), 0);
    }

    #[test]
    fn editing_a_source_action_makes_it_the_teams_and_restore_brings_the_words_back() {
        let mut imp = Implementation::from_source();
        let key = ConsiderationKey::LeadershipSkills;
        let meetings = ActionId::new("leadership-role-alike-meetings");
        imp.set_action_status(&meetings, ActionStatus::InProgress)
            .unwrap();
        imp.edit_action_text(&meetings, "Monthly role-alike meetings")
            .unwrap();
        assert!(!imp.action(&meetings).unwrap().from_source());
        let teams = ActionId::new("leadership-leadership-teams");
        imp.delete_action(&teams).unwrap();
        let own = imp.add_action(key, "Visit a partner district").unwrap();
        imp.move_action_up(&own);
        assert_eq!(
            imp.source_actions_to_restore(key),
            [
                "leadership-role-alike-meetings",
                "leadership-leadership-teams"
            ]
        );

        assert_eq!(imp.restore_source_actions(key), 2);
        let restored = imp.action(&meetings).unwrap();
        assert_eq!(
            restored.text,
            "regular role-alike meetings of STEM teacher leaders"
        );
        assert_eq!(restored.status, ActionStatus::InProgress, "status kept");
        assert!(restored.from_source());
        assert_eq!(
            key_actions(&imp, key),
            [
                "leadership-formal-training",
                "leadership-role-alike-meetings",
                "leadership-leadership-teams",
                "leadership-external-authority",
                "action-1",
                "leadership-stem-space",
            ],
            "the deleted action returns after its source predecessor; the team's stays"
        );
        assert!(imp.source_actions_to_restore(key).is_empty());
        assert_eq!(imp.restore_source_actions(key), 0);

        // A heading emptied entirely gets its actions back in source order.
        let culture = ConsiderationKey::Culture;
        for id in key_actions(&imp, culture) {
            imp.delete_action(&ActionId::new(id));
        }
        imp.considerations.remove(&culture);
        assert_eq!(imp.actions(culture).len(), 0);
        assert_eq!(imp.restore_source_actions(culture), 4);
        assert_eq!(imp, {
            let mut expected = imp.clone();
            expected.considerations.insert(
                culture,
                Implementation::from_source().actions(culture).to_vec(),
            );
            expected
        });
    }

    #[test]
    fn progress_counts_done_of_planned() {
        let mut imp = Implementation::from_source();
        let total = imp.progress().total();
        assert_eq!(total, 5 + 3 + 4 + 5 + 4 + 5);
        assert_eq!(imp.progress().not_started, 26);
        let culture: Vec<ActionId> = imp
            .actions(ConsiderationKey::Culture)
            .iter()
            .map(|a| a.id.clone())
            .collect();
        imp.set_action_status(&culture[0], ActionStatus::Done)
            .unwrap();
        imp.set_action_status(&culture[1], ActionStatus::Done)
            .unwrap();
        imp.set_action_status(&culture[2], ActionStatus::NotPlanned)
            .unwrap();
        imp.set_action_status(&culture[3], ActionStatus::InProgress)
            .unwrap();
        let culture_progress = imp.progress_of(ConsiderationKey::Culture);
        assert_eq!(
            culture_progress,
            ActionProgress {
                not_started: 0,
                in_progress: 1,
                done: 2,
                not_planned: 1
            }
        );
        assert_eq!(culture_progress.planned(), 3);
        assert_eq!(culture_progress.percent_done(), 67);
        let all = imp.progress();
        assert_eq!((all.done, all.planned(), all.total()), (2, 25, 26));
        assert_eq!(all.count(ActionStatus::InProgress), 1);
        assert_eq!(ActionProgress::default().percent_done(), 0);

        let today = IsoDate::parse("2026-11-01").unwrap();
        let past = IsoDate::parse("2026-10-01").unwrap();
        imp.set_action_target_date(&culture[3], Some(past.clone()))
            .unwrap();
        imp.set_action_target_date(&culture[0], Some(past)).unwrap();
        let overdue = imp.overdue_actions(&today);
        assert_eq!(overdue.len(), 1, "done actions are not overdue");
        assert_eq!(overdue[0].1.id, culture[3]);
        assert!(imp
            .overdue_actions(&IsoDate::parse("2026-10-01").unwrap())
            .is_empty());
    }

    #[test]
    fn documents_are_tracked_and_custom_ones_added() {
        let mut imp = Implementation::from_source();
        let (matrix, ana) = matrix_with_person();
        let hiring = DocumentId::new("hiring-criteria");
        imp.set_document_status(&hiring, DocumentStatus::Adopted)
            .unwrap();
        imp.set_document_owner(&hiring, Some(ana.clone()), &matrix)
            .unwrap();
        imp.set_document_location(&hiring, " https://drive.example.org/d/123 ")
            .unwrap();
        let reviewed = IsoDate::parse("2026-08-20").unwrap();
        imp.set_document_last_reviewed(&hiring, Some(reviewed.clone()))
            .unwrap();
        let doc = imp.document(&hiring).unwrap();
        assert_eq!(doc.link(), Some("https://drive.example.org/d/123"));
        assert_eq!(doc.last_reviewed.as_ref(), Some(&reviewed));
        assert!(doc.from_source());

        let own = imp.add_document("STEM night sign-up sheet").unwrap();
        assert_eq!(own.as_str(), "document-1");
        imp.set_document_location(&own, "Binder in the main office")
            .unwrap();
        assert_eq!(imp.document(&own).unwrap().link(), None);
        assert_eq!(imp.add_document(" "), Err(EditError::EmptyText));
        assert!(imp.move_document_up(&own));
        assert_eq!(imp.documents[9].id, own);
        let progress = imp.document_progress();
        assert_eq!((progress.adopted, progress.total()), (1, 11));
        assert_eq!(progress.percent_adopted(), 9);

        imp.rename_document(&hiring, "Hiring rubric").unwrap();
        assert!(!imp.document(&hiring).unwrap().from_source());
        imp.delete_document(&DocumentId::new("meeting-agendas"));
        assert_eq!(
            imp.source_documents_to_restore(),
            ["hiring-criteria", "meeting-agendas"]
        );
        assert_eq!(imp.restore_source_documents(), 2);
        let doc = imp.document(&hiring).unwrap();
        assert!(doc.from_source());
        assert_eq!(doc.status, DocumentStatus::Adopted, "kept on restore");
        assert_eq!(imp.documents.len(), 11);
        assert_eq!(imp.documents[5].id.as_str(), "meeting-agendas");
        assert!(imp.delete_document(&own).is_some());
    }

    #[test]
    fn only_plain_http_urls_become_links() {
        for good in [
            "https://drive.google.com/drive/folders/abc?usp=sharing",
            "http://intranet.lincoln.k12.ca.us:8080/plans#stem",
            "HTTPS://Example.org",
            "https://localhost",
        ] {
            assert_eq!(http_url(good), Some(good), "{good}");
        }
        assert_eq!(
            http_url("  https://example.org/a  "),
            Some("https://example.org/a")
        );
        for bad in [
            "",
            "Binder in the office",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/a b",
            "https://user:pw@example.org",
            "https://example.org\"onmouseover=",
            "https://<b>.org",
            "https://-bad-.org",
            "https://example..org",
            "https://example.org:port",
            "ftp://example.org",
            "//example.org",
            "\\\\server\\share\\plan.docx",
            "G:\\STEM\\plan.docx",
            "https://example.org/\nnext",
        ] {
            assert_eq!(http_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn goals_link_roles_and_flag_the_unpursued() {
        let mut imp = Implementation::from_source();
        let roles = roles_with(&["tl-1", "tl-2"]);
        let culture = GoalId::new("culture-and-vision");
        let learning = GoalId::new("professional-learning");
        let tl1 = TeacherRoleId::new("tl-1");
        assert_eq!(imp.toggle_goal_role(&culture, &tl1, &roles), Ok(true));
        assert_eq!(imp.set_goal_role(&learning, &tl1, true, &roles), Ok(true));
        assert_eq!(imp.set_goal_role(&learning, &tl1, true, &roles), Ok(true));
        assert_eq!(
            imp.goal(&learning).unwrap().roles,
            vec![tl1.clone()],
            "linked once"
        );
        let missing = TeacherRoleId::new("tl-9");
        assert_eq!(
            imp.toggle_goal_role(&culture, &missing, &roles),
            Err(EditError::NoSuchTeacherRole(missing))
        );
        let unpursued: Vec<&str> = imp
            .unpursued_goals()
            .iter()
            .map(|g| g.id.as_str())
            .collect();
        assert_eq!(
            unpursued,
            ["instructional-materials", "external-partnerships"]
        );
        assert_eq!(imp.goals_of_role(&tl1).len(), 2);
        assert_eq!(imp.toggle_goal_role(&culture, &tl1, &roles), Ok(false));
        assert_eq!(imp.unpursued_goals().len(), 3);

        let goal = imp.goal(&culture).unwrap();
        let source = goal.source().expect("a source goal");
        assert_eq!(source.levels.len(), 5);
        let own = imp.add_goal("Every student in a STEM club").unwrap();
        assert!(imp.goal(&own).unwrap().source().is_none());
        imp.rename_goal(&culture, "Culture").unwrap();
        assert!(!imp.goal(&culture).unwrap().from_source());
        assert_eq!(imp.source_goals_to_restore(), ["culture-and-vision"]);
        imp.delete_goal(&learning);
        assert_eq!(imp.restore_source_goals(), 2);
        assert_eq!(
            imp.goal(&learning).unwrap().roles,
            Vec::<TeacherRoleId>::new()
        );
        assert!(imp.goal(&culture).unwrap().from_source());
        assert!(imp.move_goal_up(&own));
        assert!(imp.move_goal_down(&own));
    }

    #[test]
    fn clearing_a_person_or_role_reports_what_lost_its_link() {
        let mut imp = Implementation::from_source();
        let (matrix, ana) = matrix_with_person();
        let roles = roles_with(&["tl-1"]);
        let tl1 = TeacherRoleId::new("tl-1");
        imp.set_action_owner(
            &ActionId::new("culture-promote"),
            Some(ana.clone()),
            &matrix,
        )
        .unwrap();
        imp.set_document_owner(
            &DocumentId::new("meeting-agendas"),
            Some(ana.clone()),
            &matrix,
        )
        .unwrap();
        imp.set_goal_role(&GoalId::new("professional-learning"), &tl1, true, &roles)
            .unwrap();
        let (actions, documents) = imp.clear_person(&ana);
        assert_eq!(
            actions,
            ["Regularly promote a school culture that can optimize the STEM teacher leader role"]
        );
        assert_eq!(documents, ["STEM teacher leader meeting agendas"]);
        assert!(imp.actions_owned_by(&ana).is_empty());
        assert_eq!(
            imp.clear_goal_links(&tl1),
            ["Providing professional learning opportunities"]
        );
        assert!(imp.clear_goal_links(&tl1).is_empty());
    }

    #[test]
    fn validation_names_the_field() {
        let (matrix, ana) = matrix_with_person();
        let roles = roles_with(&["tl-1"]);
        let ok = Implementation::from_source();
        assert_eq!(ok.validate(&matrix, &roles), Ok(()));

        let mut bad = ok.clone();
        bad.considerations
            .get_mut(&ConsiderationKey::Sustainability)
            .unwrap()[0]
            .id = ActionId::new("culture-promote");
        assert_eq!(
            bad.validate(&matrix, &roles),
            Err(
                "considerations.sustainability[0].id: duplicate action id \"culture-promote\""
                    .into()
            )
        );

        let mut bad = ok.clone();
        bad.considerations
            .get_mut(&ConsiderationKey::Culture)
            .unwrap()[1]
            .owner = Some(PersonId::new("person-7"));
        assert_eq!(
            bad.validate(&matrix, &roles),
            Err("considerations.culture[1].owner: no person with id \"person-7\"".into())
        );
        bad.considerations
            .get_mut(&ConsiderationKey::Culture)
            .unwrap()[1]
            .owner = Some(ana);
        assert_eq!(bad.validate(&matrix, &roles), Ok(()));

        let mut bad = ok.clone();
        bad.documents[3].id = DocumentId::new(" ");
        assert_eq!(
            bad.validate(&matrix, &roles),
            Err("documents[3].id: must not be empty".into())
        );

        let mut bad = ok.clone();
        bad.goals[2].roles = vec![TeacherRoleId::new("tl-1"), TeacherRoleId::new("tl-1")];
        assert_eq!(
            bad.validate(&matrix, &roles),
            Err("goals[2].roles[1]: role \"tl-1\" listed twice".into())
        );
        bad.goals[2].roles = vec![TeacherRoleId::new("tl-2")];
        assert_eq!(
            bad.validate(&matrix, &roles),
            Err("goals[2].roles[0]: no teacher-leader role with id \"tl-2\"".into())
        );
    }

    #[test]
    fn json_is_keyed_by_heading_and_round_trips() {
        let mut imp = Implementation::from_source();
        let id = imp
            .add_action(
                ConsiderationKey::Sustainability,
                "Apply for the state STEM grant",
            )
            .unwrap();
        imp.set_action_target_date(&id, Some(IsoDate::parse("2027-01-15").unwrap()))
            .unwrap();
        // Written in heading order (serde_json's `Value` would sort keys, so
        // look at the text).
        let text = serde_json::to_string(&imp).unwrap();
        let positions: Vec<usize> = ConsiderationKey::ALL
            .iter()
            .map(|k| {
                text.find(&format!("\"{}\":[", k.key()))
                    .expect("heading key")
            })
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let last = &json["considerations"]["sustainability"][5];
        assert_eq!(last["target_date"], "2027-01-15");
        assert_eq!(last["status"], "not_started");
        assert!(
            last.get("owner").is_none(),
            "empty optional fields are left out"
        );
        let back: Implementation = serde_json::from_value(json).unwrap();
        assert_eq!(back, imp);
        assert!(
            serde_json::from_str::<Implementation>(r#"{"considerations": {"vision": []}}"#)
                .is_err()
        );
        let sparse: Implementation =
            serde_json::from_str(r#"{"considerations": {"culture": [{"id": "a", "text": "b"}]}}"#)
                .unwrap();
        assert_eq!(
            sparse.actions(ConsiderationKey::Culture)[0].status,
            ActionStatus::NotStarted
        );
        assert!(sparse
            .actions(ConsiderationKey::LeadershipSkills)
            .is_empty());
        assert!(sparse.documents.is_empty());
    }

    #[test]
    fn every_keyed_vocabulary_has_its_labels() {
        assert_eq!(
            ActionStatus::ALL
                .iter()
                .map(|s| s.label())
                .collect::<Vec<_>>(),
            ["Not started", "In progress", "Done", "Not planned"]
        );
        assert_eq!(
            DocumentStatus::ALL
                .iter()
                .map(|s| s.label())
                .collect::<Vec<_>>(),
            ["None", "Draft", "In review", "Adopted"]
        );
        assert_eq!(ActionStatus::default(), ActionStatus::NotStarted);
        assert_eq!(DocumentStatus::default(), DocumentStatus::None);
        assert!(EditError::NoSuchPerson(PersonId::new("p"))
            .to_string()
            .contains("People"));
    }
}
