//! The Data page's panels: the plan file (Save, Save as, Open, recent files)
//! and the browser's storage.

use leptos::prelude::*;

use super::{use_file_sync, FileStatusLine};
use crate::storage::file_status::{format_bytes, persistence_wording};
use crate::web::files as file_access;
use crate::web::local_store as browser;

/// Data page: the plan file, with Save, Save as and Open.
#[component]
pub fn FilePanel() -> impl IntoView {
    let sync = use_file_sync();
    let how = if sync.api_available() {
        "“Save to file” asks where to save the first time (choose your Google Drive folder to keep the plan through a sign-out); after that it saves to the same file without asking, until you reload the page. “Save as…” picks a new file. “Open file…” opens a plan and saves back to it."
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
        </div>
    }
}

/// Data page: whether the browser promised to keep the data, and the space used.
#[component]
pub fn StoragePanel() -> impl IntoView {
    let sync = use_file_sync();
    let estimate = LocalResource::new(file_access::estimate);
    let planner_bytes = browser::planner_bytes();
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
                {format!(
                    "The planner's saved data: {} (browsers allow about 5 MB).",
                    format_bytes(planner_bytes),
                )}
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
