//! Messages that stay until dealt with (load problems, storage trouble) and
//! the short-lived ones (undo, notices).

use leptos::prelude::*;

use super::autosave::{adopt_newer_copy, use_save_status, SaveState};
use super::file_sync::use_file_sync;
use super::state::{use_notices, use_plan};
use crate::storage::library::{plan_key, unreadable_key};
use crate::ui::services::use_services;
use crate::web::local_store::{self as browser, LoadProblem};

/// What to tell the user about a saved copy that could not be loaded.
fn load_problem_text(problem: &LoadProblem) -> String {
    match problem {
        LoadProblem::Unreadable(detail) => format!("Your saved plan could not be read ({detail})."),
        LoadProblem::Invalid { error, backup_kept } => {
            let backup = if *backup_kept {
                "The saved text is kept as a backup: download it below to recover or report it."
            } else {
                "The saved text could not be copied to a backup, so it stays where it was until you edit the plan: download it below now."
            };
            format!("The plan saved in this browser could not be loaded, so the planner started with the default plan. {error} {backup}")
        }
    }
}

/// Shown when the saved working copy could not be loaded at start-up.
#[component]
pub fn LoadProblemBanner(problem: Option<LoadProblem>) -> impl IntoView {
    let problem = RwSignal::new(problem.as_ref().map(load_problem_text));
    let notices = use_notices();
    let open = use_services().plan_store.open;
    let download_backup = move |_| match browser::read_raw(&unreadable_key(open))
        .or_else(|| browser::read_raw(&plan_key(open)))
    {
        Some(text) => {
            let name = format!("unreadable-saved-plan-{}.txt", crate::web::today_iso());
            match crate::web::files::download(&name, &text, "text/plain") {
                Ok(()) => notices.say(format!("Downloaded {name}.")),
                Err(error) => notices.say(error),
            }
        }
        None => notices.say("The unreadable saved text is no longer in this browser."),
    };
    move || {
        problem.get().map(|message| {
            view! {
                <div class="banner banner-bad" role="alert">
                    <p>{message}</p>
                    <div class="banner-actions">
                        <button type="button" on:click=download_backup>
                            "Download the unreadable saved text"
                        </button>
                        <button type="button" on:click=move |_| problem.set(None)>
                            "Dismiss"
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// Storage that failed, is refused, or was overtaken by another tab.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let status = use_save_status();
    let plan = use_plan();
    let notices = use_notices();
    let sync = use_file_sync();
    let export = move |_| sync.export();
    let load_newer = move |_| {
        if adopt_newer_copy(plan, status) {
            notices.say("Loaded the newer copy from the other tab.");
        } else {
            notices.say("The other tab's copy could not be read.");
        }
    };
    move || {
        let failed = matches!(status.state(), SaveState::Failed(_));
        let (message, offer_newer) = match status.state() {
            SaveState::Failed(detail) => (
                format!("Your changes could not be saved in this browser; its storage may be full. Export a file to keep them, or make room by deleting a plan you have saved to a file. The planner will try again at your next change. ({detail})"),
                false,
            ),
            SaveState::Refused => (
                "This browser does not let the planner keep data, so nothing will be kept after you close this tab. Export a file to keep your plan; import and export still work.".to_string(),
                false,
            ),
            SaveState::Conflict => (
                "This plan was changed in another tab, so this tab's edits were not saved over it. Load the newer copy, or export this tab's version first to keep it.".to_string(),
                true,
            ),
            SaveState::Saved | SaveState::Pending => return None,
        };
        Some(view! {
            <div class="banner banner-warn" role="alert">
                <p>{message}</p>
                <div class="banner-actions">
                    <button type="button" on:click=export>"Export a file now"</button>
                    <Show when=move || offer_newer>
                        <button type="button" on:click=load_newer>"Load the newer copy"</button>
                    </Show>
                    <Show when=move || failed>
                        <a class="button-link" href="#plans">"Make room in Plans"</a>
                    </Show>
                </div>
            </div>
        })
    }
}

/// "Deleted X. Undo": one click takes back a change that is easy to regret.
#[component]
pub fn UndoToast() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    move || {
        plan.toast().map(|message| {
            view! {
                <div class="toast" role="status">
                    <span>{message}</span>
                    <button
                        type="button"
                        on:click=move |_| {
                            if let Some(label) = plan.undo() {
                                notices.say(format!("Undone: {label}."));
                            }
                        }
                    >
                        "Undo"
                    </button>
                    <button type="button" aria-label="Dismiss" on:click=move |_| plan.dismiss_toast()>
                        "×"
                    </button>
                </div>
            }
        })
    }
}

/// A polite live region for short confirmations.
#[component]
pub fn NoticeRegion() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notice" role="status" aria-live="polite">
            {move || notices.current()}
        </div>
    }
}
