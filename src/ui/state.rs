//! Context wrappers, one per concern. Section components take these from
//! context; smaller components get plain data and callbacks as props.

use std::rc::Rc;

use leptos::prelude::*;

use crate::history::History;
use crate::model::edit::{Applied, EditError, ItemEdit};
use crate::model::matrix::Matrix;
use crate::model::Plan;

/// How the plan changed, for those that follow it (autosave, the file copy).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// An edit made here, an undo or a redo.
    Edit,
    /// The whole plan replaced here: import, open file, reset, restore.
    Replaced,
    /// Another tab's saved copy taken over: it is already in storage.
    Adopted,
    /// The plan's items recorded as shared with a file (`mark_shared`):
    /// saved like an edit, never an undo step.
    Shared,
}

type Listener = Rc<dyn Fn(Change)>;

/// The plan being edited, and the only writer of it. Views read it through
/// `signal()` (read-only); every change goes through a method here, which
/// records it for undo and tells the listeners (autosave, the file copy).
#[derive(Clone, Copy)]
pub struct PlanContext {
    plan: RwSignal<Plan>,
    history: RwSignal<History<Plan>>,
    /// A change worth a message with its own Undo button ("Deleted role X.").
    toast: RwSignal<Option<String>>,
    listeners: StoredValue<Vec<Listener>, LocalStorage>,
    /// The matrix as its views last saw it, and the trigger that tells them
    /// it changed: see `matrix()`.
    matrix_seen: StoredValue<Matrix>,
    matrix_changed: Trigger,
    /// Where a refused edit says why (the page's live region).
    notices: Notices,
}

/// Read access to the plan's matrix that follows only the matrix: a change
/// of the title, the roles or the implementation plan does not reach the
/// hundreds of per-cell memos and effects of a big matrix (every one of
/// them would be checked on every keystroke if they followed the plan).
#[derive(Clone, Copy)]
pub struct MatrixSignal {
    plan: ReadSignal<Plan>,
    changed: Trigger,
}

impl MatrixSignal {
    /// Like `Signal::with`: tracked, so the caller re-runs when the matrix changes.
    pub fn with<T>(&self, read: impl FnOnce(&Matrix) -> T) -> T {
        self.changed.track();
        self.plan.with_untracked(|p| read(&p.matrix))
    }
}

impl PlanContext {
    pub fn new(plan: Plan) -> Self {
        PlanContext {
            matrix_seen: StoredValue::new(plan.matrix.clone()),
            matrix_changed: Trigger::new(),
            plan: RwSignal::new(plan),
            history: RwSignal::new(History::default()),
            toast: RwSignal::new(None),
            listeners: StoredValue::new_local(Vec::new()),
            notices: Notices::new(),
        }
    }

    /// The live region where this plan's edits say what they did or why they
    /// were refused: the app provides it as its `Notices`.
    pub fn notices(&self) -> Notices {
        self.notices
    }

    /// Read access to the matrix alone (see `MatrixSignal`).
    pub fn matrix(&self) -> MatrixSignal {
        MatrixSignal {
            plan: self.plan.read_only(),
            changed: self.matrix_changed,
        }
    }

    /// Read access for views: `plan.signal().with(|p| ...)`.
    pub fn signal(&self) -> ReadSignal<Plan> {
        self.plan.read_only()
    }

    /// Calls `listener` after every change, with how the plan changed.
    pub fn on_change(&self, listener: impl Fn(Change) + 'static) {
        self.listeners
            .update_value(|all| all.push(Rc::new(listener)));
    }

    fn changed(&self, change: Change) {
        let matrix_changed = self
            .plan
            .with_untracked(|p| self.matrix_seen.with_value(|seen| *seen != p.matrix));
        if matrix_changed {
            self.matrix_seen
                .set_value(self.plan.with_untracked(|p| p.matrix.clone()));
            self.matrix_changed.notify();
        }
        // Cloned out first, so a listener may itself read the context.
        let listeners = self.listeners.with_value(Vec::clone);
        for listener in listeners {
            listener(change);
        }
    }

    /// Applies `edit` as one undoable step, named by the edit. A refused edit
    /// changes nothing and says why in the live region, so no caller can drop
    /// the error; an edit that changes nothing leaves no step. `Some` with
    /// what was done when the plan changed.
    pub fn apply(&self, edit: impl ItemEdit) -> Option<Applied> {
        self.apply_or_refusal(edit)
            .unwrap_or_else(|refused| self.say_refused(&refused))
    }

    /// As `apply`, but a refusal comes back to the caller, which shows it next
    /// to the field it is about (an add form's message) instead of in the live region.
    pub fn apply_or_refusal(&self, edit: impl ItemEdit) -> Result<Option<Applied>, EditError> {
        let mut edited = self.plan.get_untracked();
        let applied = edit.apply_to(&mut edited)?;
        Ok(self.keep(edited, applied, None))
    }

    /// A keystroke in a text field, as an edit: every keystroke in one field,
    /// until it loses focus (`end_typing`) or another action, is one undo step.
    /// Edits that do not type into a field are applied as `apply` does.
    pub fn type_into(&self, edit: impl ItemEdit) -> Option<Applied> {
        let field = edit.typing_field();
        let mut edited = self.plan.get_untracked();
        match edit.apply_to(&mut edited) {
            Ok(applied) => self.keep(edited, applied, field),
            Err(refused) => self.say_refused(&refused),
        }
    }

    fn say_refused(&self, refused: &EditError) -> Option<Applied> {
        self.notices.say(format!("Not changed: {refused}."));
        None
    }

    /// Every applied edit's one path (not generic, so it is compiled once):
    /// keeps `edited`, with an undo step (typed into `field`, or its own),
    /// when it differs from the plan. The edited copy takes the plan's place
    /// and the plan as it was goes to the history, so an edit (and every
    /// keystroke) copies the plan once, for the edit to work on.
    fn keep(&self, mut edited: Plan, applied: Applied, field: Option<String>) -> Option<Applied> {
        if self.plan.with_untracked(|current| *current == edited) {
            return None;
        }
        self.plan
            .update(|current| std::mem::swap(current, &mut edited));
        let before = edited;
        match field {
            Some(field) => self
                .history
                .maybe_update(|h| h.record_typing(&field, applied.label.clone(), || before)),
            None => self
                .history
                .update(|h| h.record(applied.label.clone(), before)),
        }
        self.after_edit(&applied);
        Some(applied)
    }

    fn after_edit(&self, applied: &Applied) {
        self.toast.set(applied.regrettable.clone());
        if let Some(notice) = &applied.notice {
            self.notices.say(notice.clone());
        }
        self.changed(Change::Edit);
    }

    /// The field being typed in lost focus: the next keystroke starts a new step.
    pub fn end_typing(&self) {
        self.history.update_untracked(History::seal);
    }

    /// Replaces the whole plan from a file or the defaults (import, open,
    /// reset, restore). What came before can no longer be undone, except this
    /// replacement itself, so undo never reaches behind a plan from outside.
    pub fn replace(&self, label: impl Into<String>, message: impl Into<String>, plan: Plan) {
        let before = self.plan.get_untracked();
        self.plan.set(plan);
        self.history.update(|h| {
            h.clear();
            h.record(label, before);
        });
        self.toast.set(Some(message.into()));
        self.changed(Change::Replaced);
    }

    /// A merge: the merged plan as one undoable step (the history before it
    /// stays), with `message` in the toast.
    pub fn merge_in(&self, label: String, message: String, merged: Plan) {
        if self
            .keep(merged, crate::model::edit::Applied::labelled(label), None)
            .is_some()
        {
            self.toast.set(Some(message));
        }
    }

    /// Records the plan's items as shared with a file (`Plan::mark_shared`),
    /// at a sync point: before it is written to a file. Not an undo step:
    /// it is what the copies know of each other, not a change of the plan.
    pub fn mark_shared(&self) {
        let mut marked = self.plan.get_untracked();
        marked.mark_shared();
        if self.plan.with_untracked(|p| p.versions != marked.versions) {
            self.plan.set(marked);
            self.changed(Change::Shared);
        }
    }

    /// Takes over another tab's newer saved copy. The history is cleared:
    /// undoing to this tab's older plan would write it over the newer work.
    pub fn adopt(&self, plan: Plan) {
        self.plan.set(plan);
        self.history.update(History::clear);
        self.toast.set(None);
        self.changed(Change::Adopted);
    }

    /// Takes back the last action; returns its label.
    pub fn undo(&self) -> Option<String> {
        let current = self.plan.get_untracked();
        let (label, earlier) = self.history.try_update(|h| h.undo(current))??;
        self.plan.set(earlier);
        self.toast.set(None);
        self.changed(Change::Edit);
        Some(label)
    }

    /// Does the last undone action again; returns its label.
    pub fn redo(&self) -> Option<String> {
        let current = self.plan.get_untracked();
        let (label, later) = self.history.try_update(|h| h.redo(current))??;
        self.plan.set(later);
        self.toast.set(None);
        self.changed(Change::Edit);
        Some(label)
    }

    /// What Undo would take back (tracked).
    pub fn undo_label(&self) -> Option<String> {
        self.history.with(|h| h.undo_label().map(str::to_owned))
    }

    /// What Redo would do again (tracked).
    pub fn redo_label(&self) -> Option<String> {
        self.history.with(|h| h.redo_label().map(str::to_owned))
    }

    pub fn toast(&self) -> Option<String> {
        self.toast.get()
    }

    pub fn dismiss_toast(&self) {
        self.toast.set(None);
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
