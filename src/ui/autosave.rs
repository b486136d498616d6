//! Autosave: every change is written to localStorage within ~300 ms, and at
//! once when the page is hidden or closed. Also follows saves from other tabs.

use std::time::Duration;

use leptos::prelude::*;

use super::services::PlanStore;
use super::state::{Change, Notices, PlanContext};
use crate::web::local_store::SaveError;

const DEBOUNCE: Duration = Duration::from_millis(300);

/// Where the working copy stands, as the status line and banners show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Pending,
    /// The browser refused the write (quota full or another storage error).
    Failed(String),
    /// localStorage is blocked: nothing is kept after closing.
    Refused,
    /// Another tab saved newer work while this tab had unsaved edits.
    Conflict,
}

impl SaveState {
    pub fn label(&self) -> &'static str {
        match self {
            SaveState::Saved => "Saved in this browser",
            SaveState::Pending => "Saving…",
            SaveState::Failed(_) => "Not saved in this browser",
            SaveState::Refused => "Not kept after closing",
            SaveState::Conflict => "Changed in another tab",
        }
    }

    /// A stable name for styling and tests.
    pub fn key(&self) -> &'static str {
        match self {
            SaveState::Saved => "saved",
            SaveState::Pending => "pending",
            SaveState::Failed(_) => "failed",
            SaveState::Refused => "refused",
            SaveState::Conflict => "conflict",
        }
    }

    /// True when closing the tab now would lose edits.
    pub fn has_unsaved_work(&self) -> bool {
        matches!(
            self,
            SaveState::Pending | SaveState::Failed(_) | SaveState::Conflict
        )
    }
}

#[derive(Clone, Copy)]
pub struct SaveStatus {
    state: RwSignal<SaveState>,
    revision: StoredValue<u64>,
    timer: StoredValue<Option<TimeoutHandle>>,
    store: PlanStore,
}

impl SaveStatus {
    /// Where the plan `store` loaded, at `revision`, stands.
    pub fn new(revision: u64, store: PlanStore) -> Self {
        let state = if store.available() {
            SaveState::Saved
        } else {
            SaveState::Refused
        };
        SaveStatus {
            state: RwSignal::new(state),
            revision: StoredValue::new(revision),
            timer: StoredValue::new(None),
            store,
        }
    }

    pub fn state(&self) -> SaveState {
        self.state.get()
    }
}

pub fn use_save_status() -> SaveStatus {
    expect_context::<SaveStatus>()
}

/// Writes the plan now if a save is due.
pub fn flush(plan: PlanContext, status: SaveStatus) {
    if let Some(timer) = status.timer.get_value() {
        timer.clear();
        status.timer.set_value(None);
    }
    if matches!(
        status.state.get_untracked(),
        SaveState::Saved | SaveState::Refused
    ) {
        return;
    }
    let known = status.revision.get_value();
    let result = plan
        .signal()
        .with_untracked(|p| status.store.save(p, known));
    let next = match result {
        Ok(revision) => {
            status.revision.set_value(revision);
            SaveState::Saved
        }
        Err(SaveError::Refused) => SaveState::Refused,
        Err(SaveError::NewerElsewhere) => SaveState::Conflict,
        Err(SaveError::Failed(detail)) => SaveState::Failed(detail),
    };
    status.state.set(next);
}

/// Loads the newer copy another tab saved, dropping this tab's unsaved edits.
pub fn adopt_newer_copy(plan: PlanContext, status: SaveStatus) -> bool {
    let Some((revision, newer)) = status.store.newer_copy(status.revision.get_value()) else {
        return false;
    };
    status.revision.set_value(revision);
    status.state.set(SaveState::Saved);
    plan.adopt(newer);
    true
}

pub fn start_autosave(plan: PlanContext, status: SaveStatus, notices: Notices) {
    plan.on_change(move |change| {
        if change == Change::Adopted {
            return; // another tab's copy is what storage already holds
        }
        if status.state.get_untracked() == SaveState::Refused {
            return;
        }
        if status.state.get_untracked() != SaveState::Conflict {
            status.state.set(SaveState::Pending);
        }
        if let Some(timer) = status.timer.get_value() {
            timer.clear();
        }
        let handle = set_timeout_with_handle(move || flush(plan, status), DEBOUNCE).ok();
        status.timer.set_value(handle);
    });

    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush(plan, status);
        }
    });
    let _ = window_event_listener(leptos::ev::pagehide, move |_| flush(plan, status));
    let _ = window_event_listener(leptos::ev::beforeunload, move |event| {
        flush(plan, status);
        if status.state.get_untracked().has_unsaved_work() {
            event.prevent_default();
            event.set_return_value("unsaved");
        }
    });
    // Another tab saved: follow it when this tab has nothing unsaved;
    // otherwise say so and let the user choose (see the conflict banner).
    let _ = window_event_listener(leptos::ev::storage, move |event| {
        // Only the open plan's working copy: another tab on another plan
        // writes keys of its own and never disturbs this one.
        if event.key() != Some(status.store.key()) {
            return;
        }
        match status.state.get_untracked() {
            SaveState::Saved => {
                if adopt_newer_copy(plan, status) {
                    notices.say("Updated with changes made in another tab.");
                }
            }
            SaveState::Refused => {}
            _ => status.state.set(SaveState::Conflict),
        }
    });
}
