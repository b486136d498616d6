//! Undo and redo as plain data: a bounded stack of earlier states, each with
//! the name of the action that left it. Generic and pure, so its rules are
//! tested natively; `ui::state::PlanContext` keeps one for the plan.
//!
//! Rules:
//! - every recorded action is one step; a new action clears what could be redone;
//! - typing in one field (the same `group` key, without a `seal` between) is
//!   one step, however many keystrokes it took;
//! - at most `limit` steps are kept, the oldest dropped first;
//! - `clear` forgets everything: used when the state is replaced from outside
//!   (another tab's copy), so no undo can bring back a state older than it.

use std::collections::VecDeque;

/// The fewest steps the planner keeps.
pub const DEFAULT_LIMIT: usize = 100;

#[derive(Debug, Clone, PartialEq)]
struct Step<T> {
    /// What the action was, as in "Undo: delete role Finance Officer".
    label: String,
    /// The state on the other side of the action: before it on the undo
    /// stack, after it on the redo stack.
    state: T,
}

#[derive(Debug, Clone, PartialEq)]
pub struct History<T> {
    undo: VecDeque<Step<T>>,
    redo: Vec<Step<T>>,
    limit: usize,
    /// The typing group the newest step belongs to, while it is still open.
    open_group: Option<String>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History::new(DEFAULT_LIMIT)
    }
}

impl<T> History<T> {
    pub fn new(limit: usize) -> Self {
        History {
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit: limit.max(1),
            open_group: None,
        }
    }

    /// Records one action; `before` is the state it changed.
    pub fn record(&mut self, label: impl Into<String>, before: T) {
        self.open_group = None;
        self.push(label.into(), before);
    }

    /// Records a keystroke in the field named `group`. The first keystroke
    /// after another action (or a `seal`) starts a step; the rest join it, so
    /// `before` is only asked for when a step starts. Returns true then.
    pub fn record_typing(
        &mut self,
        group: &str,
        label: impl Into<String>,
        before: impl FnOnce() -> T,
    ) -> bool {
        if self.open_group.as_deref() == Some(group) && !self.undo.is_empty() {
            return false;
        }
        self.push(label.into(), before());
        self.open_group = Some(group.to_string());
        true
    }

    /// Ends the current typing step (the field lost focus or was committed).
    pub fn seal(&mut self) {
        self.open_group = None;
    }

    fn push(&mut self, label: String, before: T) {
        self.redo.clear();
        self.undo.push_back(Step {
            label,
            state: before,
        });
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
    }

    /// Steps back: returns the earlier state and the action's label, keeping
    /// `current` so the action can be redone.
    pub fn undo(&mut self, current: T) -> Option<(String, T)> {
        self.open_group = None;
        let step = self.undo.pop_back()?;
        self.redo.push(Step {
            label: step.label.clone(),
            state: current,
        });
        Some((step.label, step.state))
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: T) -> Option<(String, T)> {
        self.open_group = None;
        let step = self.redo.pop()?;
        self.undo.push_back(Step {
            label: step.label.clone(),
            state: current,
        });
        Some((step.label, step.state))
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
        self.open_group = None;
    }

    /// The action Undo would take back.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|step| step.label.as_str())
    }

    /// The action Redo would do again.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `edit` to `state` as one recorded action.
    fn act(history: &mut History<String>, state: &mut String, label: &str, text: &str) {
        history.record(label, state.clone());
        *state = text.to_string();
    }

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let mut history = History::default();
        let mut state = "a".to_string();
        act(&mut history, &mut state, "write b", "b");
        act(&mut history, &mut state, "write c", "c");
        assert_eq!(history.undo_label(), Some("write c"));

        let (label, earlier) = history.undo(state.clone()).unwrap();
        assert_eq!((label.as_str(), earlier.as_str()), ("write c", "b"));
        state = earlier;
        assert_eq!(history.redo_label(), Some("write c"));
        assert_eq!(history.undo_label(), Some("write b"));

        let (label, later) = history.redo(state.clone()).unwrap();
        assert_eq!((label.as_str(), later.as_str()), ("write c", "c"));
        assert_eq!(history.redo_label(), None);
        assert_eq!(history.undo_len(), 2);
    }

    #[test]
    fn nothing_to_undo_or_redo_gives_none() {
        let mut history: History<String> = History::default();
        assert_eq!(history.undo("x".into()), None);
        assert_eq!(history.redo("x".into()), None);
        assert_eq!(history.undo_label(), None);
    }

    #[test]
    fn a_new_action_clears_redo() {
        let mut history = History::default();
        let mut state = "a".to_string();
        act(&mut history, &mut state, "write b", "b");
        state = history.undo(state).unwrap().1;
        assert_eq!(history.redo_len(), 1);
        act(&mut history, &mut state, "write z", "z");
        assert_eq!(history.redo_len(), 0);
        assert_eq!(history.redo("z".into()), None);
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut history = History::default();
        let mut state = String::new();
        let mut started = 0;
        for c in "Lincoln".chars() {
            if history.record_typing("title", "edit title", || state.clone()) {
                started += 1;
            }
            state.push(c);
        }
        assert_eq!(started, 1);
        assert_eq!(history.undo_len(), 1);
        let (_, before) = history.undo(state.clone()).unwrap();
        assert_eq!(before, "");
    }

    #[test]
    fn another_field_a_seal_or_an_undo_starts_a_new_typing_step() {
        let mut history = History::default();
        assert!(history.record_typing("title", "edit title", || 0));
        assert!(!history.record_typing("title", "edit title", || 1));
        assert!(history.record_typing("district", "edit district", || 2));
        assert!(history.record_typing("title", "edit title", || 3));
        history.seal();
        assert!(history.record_typing("title", "edit title", || 4));
        assert_eq!(history.undo_len(), 4);
        history.undo(5);
        assert!(history.record_typing("title", "edit title", || 4));
        assert_eq!(history.undo_len(), 4);
    }

    #[test]
    fn a_discrete_action_ends_a_typing_step() {
        let mut history = History::default();
        history.record_typing("title", "edit title", || 0);
        history.record("delete role", 1);
        assert!(history.record_typing("title", "edit title", || 2));
        assert_eq!(history.undo_len(), 3);
    }

    #[test]
    fn keeps_at_most_the_limit_dropping_the_oldest() {
        let mut history = History::new(DEFAULT_LIMIT);
        for n in 0..150 {
            history.record(format!("step {n}"), n);
        }
        assert_eq!(history.undo_len(), DEFAULT_LIMIT);
        let mut last = None;
        while let Some((label, state)) = history.undo(0) {
            last = Some((label, state));
        }
        assert_eq!(last, Some(("step 50".to_string(), 50)));
    }

    #[test]
    fn clear_forgets_everything_so_an_outside_copy_cannot_be_undone_past() {
        let mut history = History::default();
        history.record("delete role Finance Officer", "plan with role".to_string());
        history.record_typing("title", "edit title", || "x".to_string());
        history.undo("y".to_string());
        history.clear();
        assert_eq!(history.undo("another tab's plan".into()), None);
        assert_eq!(history.redo("another tab's plan".into()), None);
        assert_eq!(history.undo_label(), None);
        assert!(history.record_typing("title", "edit title", String::new));
    }
}
