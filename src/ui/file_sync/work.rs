//! The file work itself: writing to and reading from files through the File
//! System Access API, and keeping their handles in IndexedDB (`web::handles`).
//! Its code is not needed to show the plan, so in the release build it
//! arrives on demand (`run` is a split point, see `ui::on_demand`), fetched
//! when the page is idle or at the first save or open; `FileSync` keeps the
//! state and the status, which the header shows from the start. It shares
//! the chunk of the Data section, which shows the recent files, and of
//! District, which keeps plans in IndexedDB too: a chunk of its own would
//! add a chunk of the IndexedDB code they share (3 KB more in the whole
//! build).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::FileSync;
use crate::storage::document::to_pretty_json;
use crate::storage::file_status::FileAction;
use crate::ui::on_demand::SplitLoaderError;
use crate::web::files::{self as file_access, FileError};
use crate::web::handles::{self as kept_files, RecentFile};

/// What `FileSync` asks of the file work.
pub(super) enum FileWork {
    /// Save to the remembered file, or ask where first (`ask`: "Save as…").
    Save { ask: bool },
    /// Download the plan file (browsers without the API, Export): a sync
    /// point like Save, so the file records the versions it holds.
    Download,
    /// Ask for a plan file to open.
    Open,
    /// Open a recent file.
    OpenHandle(JsValue),
    /// A plan file the system opened the installed app with.
    Launched(JsValue),
    /// At start-up: the recent files, and the file the plan was last saved
    /// to or opened from, so Save writes to it again.
    RestoreKept,
    /// An import was confirmed: keep the file it came from (opened through
    /// "Open file…"), or forget the kept one (any other import).
    KeepOpened(Option<JsValue>),
}

/// Starts `work`; in the release build, once the chunk holding this code is
/// loaded. `Err` when it cannot be fetched.
#[cfg(split)]
#[leptos::wasm_split::wasm_split(district_data_about, wasm_split_path = ::leptos::wasm_split, fallible)]
pub(super) fn run(sync: FileSync, work: FileWork) -> Result<(), SplitLoaderError> {
    work.start(sync);
    Ok(())
}

/// Starts `work` (the build is not split: the code is always there).
#[cfg(not(split))]
pub(super) async fn run(sync: FileSync, work: FileWork) -> Result<(), SplitLoaderError> {
    work.start(sync);
    Ok(())
}

impl FileWork {
    fn start(self, sync: FileSync) {
        match self {
            FileWork::Save { ask } => sync.save_to_file(ask),
            FileWork::Download => {
                sync.plan.mark_shared();
                sync.notices.say(sync.download());
            }
            FileWork::Open => leptos::task::spawn_local(async move {
                match file_access::choose_open_file().await {
                    Ok(handle) => sync.read_for_confirmation(handle).await,
                    Err(FileError::Cancelled) => {}
                    Err(FileError::Refused(message) | FileError::Failed(message)) => {
                        sync.fail(message)
                    }
                }
                sync.busy.set(false);
            }),
            FileWork::OpenHandle(handle) => leptos::task::spawn_local(async move {
                sync.read_for_confirmation(handle).await;
                sync.busy.set(false);
            }),
            // Not held back while a save runs: reading the file and asking to
            // confirm does not touch it, and a launch must not be lost.
            FileWork::Launched(handle) => {
                leptos::task::spawn_local(sync.read_for_confirmation(handle))
            }
            FileWork::RestoreKept => sync.restore_kept_file(),
            FileWork::KeepOpened(Some(handle)) => sync.keep_file(handle, false),
            FileWork::KeepOpened(None) => leptos::task::spawn_local(async move {
                if let Err(error) = kept_files::forget_current(sync.services.plan_store.open).await
                {
                    // Save would still offer the file forgotten here: say why.
                    sync.notices.say(format!(
                        "The file the plan was last saved to could not be forgotten in this browser ({error}); Save may offer it."
                    ));
                }
            }),
        }
    }
}

impl FileSync {
    /// Writes the plan to the remembered file (or the kept one), or asks
    /// where first; `busy` was set by `save`.
    fn save_to_file(self, ask: bool) {
        let sync = self;
        // A sync point: the file will hold these versions of the items.
        self.plan.mark_shared();
        let plan = self.plan.signal().get_untracked();
        let known = if ask { None } else { self.handle.get_value() };
        let suggested = self.suggested_name(&plan);
        leptos::task::spawn_local(async move {
            let text = to_pretty_json(&plan);
            let known = match known {
                None if !ask => sync.kept_handle().await,
                known => known,
            };
            let written = match known {
                Some(handle) => match write_to(handle.clone(), &text).await {
                    // The kept file is not allowed any more (a refused prompt
                    // after a reload): ask where, offering the same name.
                    Err(FileError::Refused(_)) => {
                        let name = file_access::handle_name(&handle);
                        choose_and_write(&name, &text).await
                    }
                    other => other,
                },
                None => choose_and_write(&suggested, &text).await,
            };
            match written {
                Ok(handle) => {
                    let name = file_access::handle_name(&handle);
                    sync.handle.set_value(Some(handle.clone()));
                    sync.keep_file(handle, true);
                    sync.notices.say(format!("Saved to {name}."));
                    sync.note_file(name, FileAction::Saved, plan);
                }
                Err(FileError::Cancelled) => {}
                Err(FileError::Refused(message) | FileError::Failed(message)) => sync.fail(message),
            }
            sync.busy.set(false);
        });
    }

    /// Reads the file and hands it to the import confirmation on Data; the
    /// handle waits there to be remembered once the user confirms.
    async fn read_for_confirmation(self, handle: JsValue) {
        match file_access::file_of(&handle).await {
            Ok(file) => {
                let id = self.next_open_id.get_value() + 1;
                self.next_open_id.set_value(id);
                self.opening.set_value(Some((id, handle)));
                self.import.read_file_from(file, Some(id));
                self.import.show_confirmation();
            }
            Err(FileError::Cancelled) => {}
            Err(FileError::Refused(message) | FileError::Failed(message)) => self.fail(message),
        }
    }

    /// Loads the recent files and, when the plan still matches the file it
    /// was last saved to or opened from, that file's handle, so Save writes
    /// to it again (after the browser's permission prompt).
    fn restore_kept_file(self) {
        leptos::task::spawn_local(async move {
            match kept_files::recent(self.services.plan_store.open).await {
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
    async fn kept_handle(self) -> Option<JsValue> {
        if self.keeps_files.get_untracked() == Some(false) {
            return None;
        }
        let current = kept_files::current(self.services.plan_store.open)
            .await
            .ok()??;
        let same_file = self.copy.with_untracked(|copy| {
            copy.last
                .as_ref()
                .is_some_and(|last| last.name == current.name)
        });
        same_file.then_some(current.handle)
    }

    /// Keeps `handle` in IndexedDB as the current file and a recent one.
    /// Failures are quiet: the handle still serves this session.
    fn keep_file(&self, handle: JsValue, saved: bool) {
        if self.keeps_files.get_untracked() == Some(false) {
            return;
        }
        let recent = self.recent;
        let file = RecentFile {
            name: file_access::handle_name(&handle),
            at_ms: (self.services.clock.now_ms)(),
            saved,
            handle,
            plan: Some(self.services.plan_store.open.clone()),
        };
        let open = self.services.plan_store.open;
        leptos::task::spawn_local(async move {
            if kept_files::remember(open, &file).await.is_ok() {
                if let Ok(files) = kept_files::recent(open).await {
                    recent.set(files);
                }
            }
        });
    }
}

/// Writes `text` to `handle`; gives the handle back for the caller to keep.
async fn write_to(handle: JsValue, text: &str) -> Result<JsValue, FileError> {
    file_access::write_text(&handle, text)
        .await
        .map(|()| handle)
}

/// Asks where to save (offering `suggested`), then writes there.
async fn choose_and_write(suggested: &str, text: &str) -> Result<JsValue, FileError> {
    let handle = file_access::choose_save_file(suggested).await?;
    write_to(handle, text).await
}
