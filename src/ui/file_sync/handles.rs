//! Handles that outlive the page: the file the plan was last saved to or
//! opened from, and the recent files, kept in IndexedDB (`web::handles`);
//! and plan files the system launches the installed app with.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::FileSync;
use crate::web::files as file_access;
use crate::web::handles::{self as kept_files, RecentFile};

impl FileSync {
    /// Loads the recent files and, when the plan still matches the file it
    /// was last saved to or opened from, that file's handle, so Save writes
    /// to it again (after the browser's permission prompt).
    pub(super) fn restore_kept_file(self) {
        leptos::task::spawn_local(async move {
            crate::web::when_idle().await;
            match kept_files::recent().await {
                Ok(files) => {
                    self.recent.set(files);
                    self.keeps_files.set(Some(true));
                }
                Err(_) => {
                    self.keeps_files.set(Some(false));
                    return;
                }
            }
            if let Some(handle) = self.kept_handle().await {
                // A file chosen in the meantime wins.
                if self.handle.with_value(Option::is_none) {
                    self.handle.set_value(Some(handle));
                }
            }
        });
    }

    /// The kept handle of the file the plan was last saved to or opened
    /// from, if the file-copy record still names that file (it does not after
    /// a start-up that fell back to the default plan; an import from
    /// elsewhere forgets the kept handle). Save asks here too, in case it runs
    /// before `restore_kept_file` has finished.
    pub(super) async fn kept_handle(self) -> Option<JsValue> {
        if self.keeps_files.get_untracked() == Some(false) {
            return None;
        }
        let current = kept_files::current().await.ok()??;
        let same_file = self.copy.with_untracked(|copy| {
            copy.last
                .as_ref()
                .is_some_and(|last| last.name == current.name)
        });
        same_file.then_some(current.handle)
    }

    /// Keeps `handle` in IndexedDB as the current file and a recent one.
    /// Failures are quiet: the handle still serves this session.
    pub(super) fn keep_file(&self, handle: JsValue, saved: bool) {
        if self.keeps_files.get_untracked() == Some(false) {
            return;
        }
        let recent = self.recent;
        let file = RecentFile {
            name: file_access::handle_name(&handle),
            at_ms: crate::web::now_ms(),
            saved,
            handle,
        };
        leptos::task::spawn_local(async move {
            if kept_files::remember(&file).await.is_ok() {
                if let Ok(files) = kept_files::recent().await {
                    recent.set(files);
                }
            }
        });
    }

    /// Plan files opened from the system (the ChromeOS Files app, "Open
    /// with") go through the same checks and confirmation as "Open file…".
    /// Not held back while a save runs: reading the file and asking to
    /// confirm does not touch it, and a launch must not be lost.
    pub(super) fn open_launched_files(self) {
        file_access::on_launch_file(move |handle| {
            leptos::task::spawn_local(self.read_for_confirmation(handle));
        });
    }
}
