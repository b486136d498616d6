//! Saving to a file, first-class. On managed Chromebooks browser data can be
//! erased at sign-out, so the saved file (often in the Drive folder) is the
//! plan that lasts and localStorage is a scratch copy.
//!
//! Where the File System Access API exists, "Save to file" asks where once and
//! later saves write to the same file, also after a reload (the handle is kept
//! in IndexedDB, see `handles`); "Save as…" asks again; "Open file…", a recent
//! file on Data and a plan file opened from the system (the installed app's
//! `file_handlers`, delivered through `launchQueue`) read a plan through the
//! import confirmation and remember its file. Where the API is missing, Save
//! downloads the plan file and Open uses the file picker.
//! The status says whether the file has the latest changes, leaving the page
//! asks when it does not, and a quiet note offers to save after a while.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::import::{ImportFlow, PendingImport};
use super::services::Services;
use super::state::{Notices, PlanContext};
use crate::model::Plan;
use crate::storage::document::{export_file_name, to_pretty_json};
use crate::storage::file_status::{
    remind_delay_ms, reminder_due, FileAction, FileCopy, FileStatus,
};
use crate::web::files as file_access;
use crate::web::handles::RecentFile;
use work::FileWork;

/// The hidden file input that "Open file…" clicks where the API is missing.
pub(super) const OPEN_INPUT_ID: &str = "open-plan-file-input";

#[derive(Clone, Copy)]
pub struct FileSync {
    plan: PlanContext,
    import: ImportFlow,
    notices: Notices,
    /// True where the browser can save to a chosen file (Chrome, ChromeOS).
    api: bool,
    copy: RwSignal<FileCopy>,
    /// The file the plan was last saved to or opened from: chosen this
    /// session, or kept in IndexedDB from an earlier one.
    handle: StoredValue<Option<JsValue>, LocalStorage>,
    /// Files saved to or opened from lately, newest first (from IndexedDB).
    recent: RwSignal<Vec<RecentFile>, LocalStorage>,
    /// Whether IndexedDB keeps handles here; None until known. Without it
    /// handles last for the session only.
    keeps_files: RwSignal<Option<bool>>,
    /// A handle from "Open file…" waiting for the import confirmation.
    opening: StoredValue<Option<(u64, JsValue)>, LocalStorage>,
    next_open_id: StoredValue<u64>,
    /// The plan as the file holds it; None when not known (nothing saved this
    /// session and the stored record says there were unsaved changes).
    baseline: StoredValue<Option<Plan>>,
    /// When the user first changed the plan in this session. Leaving the page
    /// and the reminder only concern sessions with edits.
    first_edit_ms: RwSignal<Option<f64>>,
    busy: RwSignal<bool>,
    /// A failed save or open, shown until dismissed or the next success.
    error: RwSignal<Option<String>>,
    /// The clock the status and the reminder read; ticks while the page is open.
    now_ms: RwSignal<f64>,
    services: Services,
    remind_after_ms: f64,
    snoozed_until_ms: RwSignal<f64>,
    /// `navigator.storage.persisted()`: None until known or where unsupported.
    persisted: RwSignal<Option<bool>>,
}

impl FileSync {
    /// Creates the context and starts its listeners. `load_failed`: start-up
    /// fell back to the default plan, so the stored record is not about it.
    pub fn start(
        plan: PlanContext,
        import: ImportFlow,
        notices: Notices,
        services: Services,
        load_failed: bool,
    ) -> Self {
        let stored = if load_failed {
            FileCopy::default()
        } else {
            services.plan_store.load_file_copy()
        };
        // A clean record means the file held the plan that was just loaded.
        let baseline =
            (stored.last.is_some() && !stored.is_dirty()).then(|| plan.signal().get_untracked());
        let search = (services.address.query)();
        let sync = FileSync {
            plan,
            import,
            notices,
            services,
            api: file_access::supported(),
            copy: RwSignal::new(stored),
            handle: StoredValue::new_local(None),
            recent: RwSignal::new_local(Vec::new()),
            keeps_files: RwSignal::new(None),
            opening: StoredValue::new_local(None),
            next_open_id: StoredValue::new(0),
            baseline: StoredValue::new(baseline),
            first_edit_ms: RwSignal::new(None),
            busy: RwSignal::new(false),
            error: RwSignal::new(None),
            now_ms: RwSignal::new((services.clock.now_ms)()),
            remind_after_ms: remind_delay_ms(&search),
            snoozed_until_ms: RwSignal::new(0.0),
            persisted: RwSignal::new(None),
        };
        sync.track_edits();
        sync.listen();
        if sync.api {
            // Only when the plan came from or went to a file, so a first visit
            // fetches no file code (the Data section loads the recent files
            // itself); after the page has shown itself, so it never competes
            // with showing the plan.
            if sync.copy.with_untracked(|copy| copy.last.is_some()) {
                leptos::task::spawn_local(async move {
                    crate::web::when_idle().await;
                    sync.start_work(FileWork::RestoreKept);
                });
            }
            file_access::on_launch_file(move |handle| sync.start_work(FileWork::Launched(handle)));
        }
        leptos::task::spawn_local(async move {
            crate::web::when_idle().await;
            sync.persisted.set(file_access::persisted().await);
        });
        sync
    }

    /// Follows plan changes: the first change after the file makes the file
    /// copy stale, and undoing back to the file's plan makes it current again.
    fn track_edits(self) {
        self.plan.on_change(move |_| {
            let same = self
                .plan
                .signal()
                .with_untracked(|p| self.baseline.with_value(|b| b.as_ref() == Some(p)));
            let now = (self.services.clock.now_ms)();
            if self.first_edit_ms.get_untracked().is_none() {
                self.first_edit_ms.set(Some(now));
                self.ask_to_persist();
            }
            self.copy.maybe_update(|copy| {
                let before = copy.clone();
                if same {
                    copy.mark_clean();
                } else {
                    copy.mark_dirty(now);
                }
                *copy != before
            });
        });
        // Keep the record so the status is still true after a reload.
        Effect::new(move |_| {
            self.copy
                .with(|copy| self.services.plan_store.store_file_copy(copy))
        });
    }

    fn listen(self) {
        // Often enough for the reminder; a short test delay ticks faster.
        let tick = (self.remind_after_ms / 4.0).clamp(250.0, 15_000.0);
        let _ = set_interval_with_handle(
            move || self.now_ms.set((self.services.clock.now_ms)()),
            Duration::from_millis(tick as u64),
        );
        let _ = window_event_listener(leptos::ev::keydown, move |ev| {
            if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
                return;
            }
            let key = ev.key().to_lowercase();
            if key != "s" && key != "o" {
                return;
            }
            // The browser's own "Save page" and "Open file" dialogs would confuse.
            ev.prevent_default();
            if ev.repeat() {
                return;
            }
            match (key.as_str(), ev.shift_key()) {
                ("s", false) => self.save(false),
                ("s", true) => self.save(true),
                _ => self.open(),
            }
        });
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if self.first_edit_ms.get_untracked().is_some()
                && self.copy.with_untracked(FileCopy::is_dirty)
            {
                ev.prevent_default();
                ev.set_return_value("Changes not saved to a file");
            }
        });
    }

    pub fn api_available(&self) -> bool {
        self.api
    }

    pub fn busy(&self) -> bool {
        self.busy.get()
    }

    pub fn status(&self) -> FileStatus {
        let now = self.now_ms.get();
        self.copy
            .with(|copy| copy.status(now, self.services.clock.local_time))
    }

    pub fn reminder_due(&self) -> bool {
        let now = self.now_ms.get();
        let first_edit = self.first_edit_ms.get();
        let snoozed = self.snoozed_until_ms.get();
        self.copy
            .with(|copy| reminder_due(copy, first_edit, now, self.remind_after_ms, snoozed))
    }

    pub fn snooze_reminder(&self) {
        self.snoozed_until_ms
            .set((self.services.clock.now_ms)() + self.remind_after_ms);
    }

    pub fn error(&self) -> Option<String> {
        self.error.get()
    }

    pub fn dismiss_error(&self) {
        self.error.set(None);
    }

    /// Whether handles survive a reload here; None until known.
    pub fn keeps_files(&self) -> Option<bool> {
        self.keeps_files.get()
    }

    pub fn recent_files(&self) -> Vec<RecentFile> {
        self.recent.get()
    }

    pub fn persisted(&self) -> Option<bool> {
        self.persisted.get()
    }

    /// Asks the browser to keep the planner's data. Chrome decides by itself;
    /// Firefox may ask the user, which is why this waits for a first edit.
    pub fn ask_to_persist(&self) {
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            if let Some(granted) = file_access::request_persist().await {
                persisted.set(Some(granted));
            }
        });
    }

    fn fail(&self, message: String) {
        self.notices.say(message.clone());
        self.error.set(Some(message));
    }

    /// The file now holds `saved`: the status says so, and later edits count from it.
    fn note_file(&self, name: String, action: FileAction, saved: Plan) {
        let now = (self.services.clock.now_ms)();
        let still_same = self.plan.signal().with_untracked(|p| *p == saved);
        self.baseline.set_value(Some(saved));
        self.copy.update(|copy| {
            copy.record(name, action, now);
            // Edits made while the file was being written are not in it.
            if !still_same {
                copy.mark_dirty(now);
            }
        });
        self.error.set(None);
    }

    /// The name to offer: the file used last, or one made from the title and date.
    fn suggested_name(&self, plan: &Plan) -> String {
        self.copy
            .with_untracked(|c| c.last.as_ref().map(|record| record.name.clone()))
            .unwrap_or_else(|| export_file_name(plan, &self.services.clock.today_iso()))
    }

    /// Downloads the plan file, recording it as shared (browsers without the
    /// API, Export, the storage banner). The marking is the merge's code, in
    /// a chunk; should it not load, the file still leaves, unmarked, since
    /// this is also the way out of full storage.
    pub fn export(&self) {
        self.start_work(FileWork::Download);
    }

    /// Downloads the plan file; returns what to tell the user.
    pub(super) fn download(&self) -> String {
        let plan = self.plan.signal().get_untracked();
        let name = export_file_name(&plan, &self.services.clock.today_iso());
        match crate::web::files::download(&name, &to_pretty_json(&plan), "application/json") {
            Ok(()) => {
                self.note_file(name.clone(), FileAction::Downloaded, plan);
                format!("Downloaded {name}. Move it to your drive to keep it.")
            }
            Err(error) => {
                self.error.set(Some(error.clone()));
                error
            }
        }
    }

    /// Saves to the remembered file, or asks where first (`ask`: "Save as…").
    pub fn save(&self, ask: bool) {
        if self.busy.get_untracked() {
            return;
        }
        if !self.api {
            self.export();
            return;
        }
        self.busy.set(true);
        self.start_work(FileWork::Save { ask });
    }

    /// Opens a plan file; it replaces the plan only after the usual confirmation.
    pub fn open(&self) {
        if self.busy.get_untracked() {
            return;
        }
        if !self.api {
            let input = document()
                .get_element_by_id(OPEN_INPUT_ID)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            match input {
                Some(input) => input.click(),
                None => self.fail("The file picker could not be opened.".into()),
            }
            return;
        }
        self.busy.set(true);
        self.start_work(FileWork::Open);
    }

    /// Opens the plan in a file handle (a recent file) through the same
    /// checks and confirmation as "Open file…".
    pub fn open_handle(&self, handle: JsValue) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.start_work(FileWork::OpenHandle(handle));
    }

    /// Loads the recent files (and the kept file) if that has not been done.
    pub fn load_recent_files(&self) {
        if self.api && self.keeps_files.get_untracked().is_none() {
            self.start_work(FileWork::RestoreKept);
        }
    }

    /// Runs `work` once its code is there (see `work`); says so when that
    /// code cannot be fetched, and the plan and everything else carry on.
    fn start_work(self, work: FileWork) {
        leptos::task::spawn_local(async move {
            let quiet = matches!(work, FileWork::RestoreKept);
            let download = matches!(work, FileWork::Download);
            if work::run(self, work).await.is_err() {
                self.busy.set(false);
                if download {
                    // Without the marks a later merge asks about more items; without
                    // the file the plan could be lost (see `export`).
                    self.notices.say(self.download());
                    return;
                }
                // The kept file is restored again on the next visit.
                if !quiet {
                    let reason = if crate::web::is_offline() {
                        "this browser is offline"
                    } else {
                        "the server did not answer"
                    };
                    self.fail(format!(
                        "Files cannot be saved or opened right now: a part of the planner could not be loaded ({reason}). Your plan is safe in this browser; try again in a moment."
                    ));
                }
            }
        });
    }

    /// An import was confirmed: the plan now matches that file. A file opened
    /// through "Open file…" is remembered for later saves; any other import
    /// forgets the previous file, so Save never writes this plan over it unasked.
    pub fn after_import(&self, imported: &PendingImport) {
        let handle = match (imported.handle_id, self.opening.get_value()) {
            (Some(id), Some((waiting, handle))) if id == waiting => Some(handle),
            _ => None,
        };
        self.opening.set_value(None);
        self.handle.set_value(handle.clone());
        self.start_work(FileWork::KeepOpened(handle));
        self.note_file(
            imported.file_name.clone(),
            FileAction::Opened,
            imported.plan.clone(),
        );
    }
}

pub fn use_file_sync() -> FileSync {
    expect_context::<FileSync>()
}

mod panels;
mod status;
mod work;

pub use panels::{FilePanel, StoragePanel};
pub use status::{FileNote, FileStatusLine, SaveToFileButton};
