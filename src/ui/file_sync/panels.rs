//! The Data page's panels: the plan file (Save, Save as, Open, recent files)
//! and the browser's storage.

use leptos::prelude::*;

use super::{use_file_sync, FileStatusLine};
use crate::storage::file_status::{format_bytes, persistence_wording};
use crate::storage::library::capacity_wording;
use crate::ui::services::{use_plan_library, use_services};
use crate::web::files as file_access;
use crate::web::handles::RecentFile;

/// Data page: the plan file, with Save, Save as and Open.
#[component]
pub fn FilePanel() -> impl IntoView {
    let sync = use_file_sync();
    let how = if sync.api_available() {
        "“Save to file” asks where to save the first time (choose your Google Drive folder to keep the plan through a sign-out); after that it saves to the same file, also after you reload the page or come back another day (the browser may ask once to allow it). “Save as…” picks a new file. “Open file…” opens a plan and saves back to it."
    } else {
        "This browser cannot save to a file you choose, so “Save to file” downloads the plan file (move it to your drive to keep it) and “Open file…” asks for a file to open."
    };
    view! {
        <div class="panel file-panel">
            <h3>"Plan file"</h3>
            <p>
                "Some school devices erase browser data when you sign out, and browsers may clear it when space runs low. The saved file is the plan to keep and share."
            </p>
            <p>{how}</p>
            <div class="file-panel-status">
                <span class="field-label">"File copy:"</span>
                <FileStatusLine />
            </div>
            <div class="button-row">
                <button
                    type="button"
                    class="primary"
                    aria-keyshortcuts="Control+S"
                    disabled=move || sync.busy()
                    on:click=move |_| sync.save(false)
                >
                    "Save to file"
                </button>
                <button
                    type="button"
                    aria-keyshortcuts="Control+Shift+S"
                    disabled=move || sync.busy()
                    on:click=move |_| sync.save(true)
                >
                    "Save as…"
                </button>
                <button
                    type="button"
                    aria-keyshortcuts="Control+O"
                    disabled=move || sync.busy()
                    on:click=move |_| sync.open()
                >
                    "Open file…"
                </button>
            </div>
            <p class="hint">"Keyboard: Ctrl+S saves, Ctrl+Shift+S saves as, Ctrl+O opens."</p>
            <Show when=move || sync.api_available()>
                <RecentFiles />
            </Show>
        </div>
    }
}

/// The files saved to or opened from lately, each with a button to open it
/// again (through the import confirmation). Where IndexedDB is missing or
/// blocked, a quiet note says files are remembered for this visit only.
#[component]
fn RecentFiles() -> impl IntoView {
    let sync = use_file_sync();
    sync.load_recent_files();
    view! {
        {move || match sync.keeps_files() {
            Some(false) => Some(view! {
                <p class="hint keeps-files-note">
                    "This browser does not let the planner remember files between visits, so after a reload “Save to file” asks where to save again."
                </p>
            }.into_any()),
            _ => {
                let files = sync.recent_files();
                (!files.is_empty()).then(|| view! { <RecentFileList files /> }.into_any())
            }
        }}
    }
}

#[component]
fn RecentFileList(files: Vec<RecentFile>) -> impl IntoView {
    let sync = use_file_sync();
    let clock = use_services().clock;
    let now = (clock.local_time)((clock.now_ms)());
    view! {
        <h4 id="recent-files-heading">"Recent files"</h4>
        <ul class="recent-files" aria-labelledby="recent-files-heading">
            {files.into_iter().map(|file| {
                let when = (clock.local_time)(file.at_ms).at(&now);
                let what = if file.saved { "Saved" } else { "Opened" };
                let label = format!("Open {}", file.name);
                let handle = file.handle.clone();
                view! {
                    <li>
                        <span class="recent-file-name">{file.name.clone()}</span>
                        " "
                        <span class="hint">{format!("{what} {when}")}</span>
                        " "
                        <button
                            type="button"
                            aria-label=label
                            disabled=move || sync.busy()
                            on:click=move |_| sync.open_handle(handle.clone())
                        >
                            "Open"
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Data page: whether the browser promised to keep the data, and the space used.
#[component]
pub fn StoragePanel() -> impl IntoView {
    let sync = use_file_sync();
    let estimate = LocalResource::new(file_access::estimate);
    let library = use_plan_library();
    let entries = (library.list)();
    let capacity = (library.capacity)(&entries);
    let plans_kept = entries.len();
    view! {
        <div class="panel storage-panel">
            <h3>"Storage in this browser"</h3>
            <p class="persist-status" data-state=move || match sync.persisted() {
                Some(true) => "granted",
                Some(false) => "not-granted",
                None => "unknown",
            }>
                {move || persistence_wording(sync.persisted())}
            </p>
            <Show when=move || sync.persisted() == Some(false)>
                <button type="button" on:click=move |_| sync.ask_to_persist()>
                    "Ask the browser to keep this data"
                </button>
            </Show>
            <p class="storage-space">
                {capacity_wording(plans_kept, capacity)}
                " "
                <Suspense fallback=|| "">
                    {move || estimate.get().flatten().map(|(usage, quota)| {
                        // Chrome leaves localStorage out of its count, so a
                        // zero would only confuse beside the figure above.
                        let counted = if usage > 0.0 {
                            format!("; it counts {} in use", format_bytes(usage))
                        } else {
                            String::new()
                        };
                        format!("Space the browser allows this site: {}{counted}.", format_bytes(quota))
                    })}
                </Suspense>
            </p>
        </div>
    }
}
