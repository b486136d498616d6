//! The file copy's status in the header, the Save button, and the quiet
//! reminder and save errors under the header.

use leptos::prelude::*;

use super::{use_file_sync, OPEN_INPUT_ID};
use crate::ui::import::chosen_file;

/// The file copy's status for the header: text (and a mark) for each state.
#[component]
pub fn FileStatusLine() -> impl IntoView {
    let sync = use_file_sync();
    let tooltip = move || {
        let detail = sync.status().detail;
        match (sync.api_available(), sync.keeps_files()) {
            (false, _) => detail,
            (true, Some(false)) => format!("{detail} This browser does not let the planner remember the file after a reload; then Save asks where to save again."),
            (true, _) => format!("{detail} The planner remembers the file, also after a reload; the browser may then ask once to allow saving to it."),
        }
    };
    view! {
        <p class="file-status" data-state=move || sync.status().key title=tooltip>
            {move || sync.status().label}
        </p>
    }
}

/// "Save to file" (Ctrl+S) and the hidden picker that Open uses without the API.
#[component]
pub fn SaveToFileButton() -> impl IntoView {
    let sync = use_file_sync();
    view! {
        <button
            type="button"
            class="primary save-file"
            aria-keyshortcuts="Control+S"
            title="Save to file (Ctrl+S)"
            disabled=move || sync.busy()
            on:click=move |_| sync.save(false)
        >
            "Save to file"
        </button>
        <OpenFallbackInput />
    }
}

/// Where the API is missing, "Open file…" clicks this input; the chosen file
/// goes through the import confirmation on Data.
#[component]
fn OpenFallbackInput() -> impl IntoView {
    let sync = use_file_sync();
    view! {
        <input
            id=OPEN_INPUT_ID
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            tabindex="-1"
            aria-hidden="true"
            on:change=move |ev| {
                if let Some(file) = chosen_file(&ev) {
                    sync.import.read_file(file);
                    sync.import.show_confirmation();
                }
            }
        />
    }
}

/// The quiet reminder and save errors, under the header. Not a dialog: it
/// never takes focus or blocks typing.
#[component]
pub fn FileNote() -> impl IntoView {
    let sync = use_file_sync();
    view! {
        {move || sync.error().map(|message| view! {
            <div class="file-note file-note-bad" role="alert">
                <p>{message}</p>
                <button type="button" on:click=move |_| sync.dismiss_error()>"Dismiss"</button>
            </div>
        })}
        <Show when=move || sync.reminder_due()>
            <div class="file-note" role="status">
                <p>
                    {move || sync.status().label}
                    ". Save to a file so a sign-out or a cleared browser cannot lose them."
                </p>
                <button type="button" class="primary" on:click=move |_| sync.save(false)>
                    "Save now"
                </button>
                <button type="button" on:click=move |_| sync.snooze_reminder()>
                    "Not now"
                </button>
            </div>
        </Show>
    }
}
