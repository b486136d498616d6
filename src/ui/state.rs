//! Context wrappers, one per concern. Section components take these from
//! context; smaller components get plain data and callbacks as props.

use leptos::prelude::*;

use crate::model::Plan;

/// The plan being edited. Every change goes through `edit` or
/// `edit_undoable`, so autosave and undo see all of them.
#[derive(Clone, Copy)]
pub struct PlanContext {
    plan: RwSignal<Plan>,
    undo: RwSignal<Option<UndoEntry>>,
}

/// The plan as it was before one undoable change, and what to call it.
#[derive(Clone, Debug, PartialEq)]
pub struct UndoEntry {
    pub label: String,
    pub before: Plan,
}

impl PlanContext {
    pub fn new(plan: Plan) -> Self {
        PlanContext {
            plan: RwSignal::new(plan),
            undo: RwSignal::new(None),
        }
    }

    /// Read access for views: `plan.signal().with(|p| ...)` or `.read()`.
    pub fn signal(&self) -> RwSignal<Plan> {
        self.plan
    }

    /// A change that needs no undo (typing, toggling).
    pub fn edit(&self, change: impl FnOnce(&mut Plan)) {
        self.plan.update(change);
    }

    /// A change that offers "Undo" afterwards (deleting, restoring, importing).
    /// `label` completes "… — Undo", e.g. "Deleted role Finance Officer".
    pub fn edit_undoable(&self, label: impl Into<String>, change: impl FnOnce(&mut Plan)) {
        let before = self.plan.get_untracked();
        self.plan.update(change);
        self.undo.set(Some(UndoEntry {
            label: label.into(),
            before,
        }));
    }

    /// Replaces the whole plan (import, reset, another tab), keeping the old one for undo.
    pub fn replace(&self, label: impl Into<String>, plan: Plan) {
        self.edit_undoable(label, |current| *current = plan);
    }

    pub fn last_undo(&self) -> Option<UndoEntry> {
        self.undo.get()
    }

    pub fn undo(&self) {
        if let Some(entry) = self.undo.get_untracked() {
            self.plan.set(entry.before);
            self.undo.set(None);
        }
    }

    pub fn dismiss_undo(&self) {
        self.undo.set(None);
    }
}

pub fn use_plan() -> PlanContext {
    expect_context::<PlanContext>()
}

/// Short messages for the live region ("Role deleted", "Copied").
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Option<String>>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(None))
    }

    pub fn say(&self, message: impl Into<String>) {
        self.0.set(Some(message.into()));
    }

    pub fn current(&self) -> Option<String> {
        self.0.get()
    }

    pub fn clear(&self) {
        self.0.set(None);
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
