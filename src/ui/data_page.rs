//! Data: export, import, merge a copy, and reset.

use leptos::prelude::*;

use super::file_sync::{use_file_sync, FilePanel, StoragePanel};
use super::import::{chosen_file, use_import};
use super::services::use_services;
use super::state::use_plan;
use crate::model::Plan;

#[component]
pub fn DataSection() -> impl IntoView {
    view! {
        <section class="data-page" aria-labelledby="data-heading">
            <h2 id="data-heading">"Data"</h2>
            <p class="lead">
                "Your plan lives in this browser while you work. Save it to a file to keep it, share it by email or drive, or move it to another device."
            </p>
            <FilePanel />
            <ExportPanel />
            <ImportPanel />
            <super::merge::MergePanel />
            <StoragePanel />
            <ResetPanel />
        </section>
    }
}

#[component]
fn ExportPanel() -> impl IntoView {
    let sync = use_file_sync();
    view! {
        <div class="panel">
            <h3>"Export"</h3>
            <p>"Downloads the whole plan as a JSON file named from its title and today's date."</p>
            <button type="button" on:click=move |_| sync.export()>
                "Export plan file"
            </button>
        </div>
    }
}

#[component]
fn ImportPanel() -> impl IntoView {
    let plan = use_plan();
    let import = use_import();
    let sync = use_file_sync();
    let store = use_services().plan_store;
    let before_import = move || store.before_import();
    let has_before_import = RwSignal::new(before_import().is_some());
    let restore_before_import = move |_| {
        if let Some(previous) = before_import() {
            plan.replace(
                "restore the plan from before the last import",
                "Restored the plan from before the last import.",
                previous,
            );
        }
    };
    view! {
        <div class="panel">
            <h3>"Import"</h3>
            <p>
                "Open a plan file exported by this planner (or drop it anywhere on the page). You will be asked before it replaces the current plan."
            </p>
            <label class="file-button">
                <span>"Choose a plan file…"</span>
                <input
                    type="file"
                    accept=".json,application/json"
                    on:change=move |ev| {
                        if let Some(file) = chosen_file(&ev) {
                            import.read_file(file);
                        }
                    }
                />
            </label>
            {move || import.error.get().map(|message| view! {
                <p class="error" role="alert">{message}</p>
            })}
            {move || import.pending.get().map(|pending| {
                let current = plan.signal().with_untracked(|p| p.display_title().to_string());
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="import-confirm-text">
                        <p id="import-confirm-text">
                            {format!(
                                "Replace the current plan “{current}” with “{}” from {}? The current plan is kept, so you can undo this.",
                                pending.plan.display_title(),
                                pending.file_name,
                            )}
                        </p>
                        <button type="button" class="primary" on:click=move |_| {
                            // A sync point: the plan will have what the file has.
                            import.pending.update(|pending| {
                                if let Some(pending) = pending {
                                    pending.plan.mark_shared();
                                }
                            });
                            if let Some(imported) = import.confirm(plan) {
                                sync.after_import(&imported);
                            }
                            has_before_import.set(true);
                        }>"Replace current plan"</button>
                        <button type="button" on:click=move |_| import.cancel()>"Cancel"</button>
                    </div>
                }
            })}
            <Show when=move || has_before_import.get()>
                <button type="button" on:click=restore_before_import>
                    "Restore the plan the last import replaced"
                </button>
            </Show>
        </div>
    }
}

#[component]
fn ResetPanel() -> impl IntoView {
    let plan = use_plan();
    let confirming = RwSignal::new(false);
    view! {
        <div class="panel">
            <h3>"Start over"</h3>
            <p>"Replaces the plan with the default matrix from the source document and no teacher-leader roles."</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" on:click=move |_| confirming.set(true)>"Reset to the default plan…"</button>
                }
            >
                <div class="confirm" role="alertdialog" aria-labelledby="reset-confirm-text">
                    <p id="reset-confirm-text">"Replace the whole plan with the defaults? You can undo this right after."</p>
                    <button type="button" class="danger" on:click=move |_| {
                        plan.replace("reset to the default plan", "Reset to the default plan.", Plan::default());
                        confirming.set(false);
                    }>"Reset plan"</button>
                    <button type="button" on:click=move |_| confirming.set(false)>"Cancel"</button>
                </div>
            </Show>
        </div>
    }
}
