//! The offline copy and updates. The release build registers `sw.js` (made by
//! scripts/generate-sw.mjs from the build; the only JavaScript of ours) and
//! says "A new version is ready" when a newer build's worker is waiting. The
//! page never reloads by itself: Reload first saves pending edits, then lets
//! the new worker take over and reloads once it has.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::autosave::{flush, use_save_status, SaveState};
use super::state::use_plan;

/// How often a page left open all day asks the server for a newer build (it
/// also asks whenever the tab is shown again).
const UPDATE_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

/// The worker registration and what the user asked of it.
#[derive(Clone, Copy)]
struct Updates {
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// A newer build is waiting, or has taken over from another tab while
    /// this page still runs the old one.
    ready: RwSignal<bool>,
    /// Set by Reload only, so another tab's takeover never reloads this page.
    reload_requested: StoredValue<bool>,
}

/// Registers the service worker and shows the update banner when a newer
/// build is ready. Renders nothing until then.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let updates = Updates {
        registration: StoredValue::new_local(None),
        ready: RwSignal::new(false),
        reload_requested: StoredValue::new(false),
    };
    if let Some(container) = service_workers() {
        register(container, updates);
    }
    let plan = use_plan();
    let status = use_save_status();
    let problem = RwSignal::new(None::<String>);
    // Without storage the plan lives only in this page: warn once, then a
    // second press reloads anyway (the user may have exported by then).
    let warned_not_kept = StoredValue::new(false);
    let reload = move |_| {
        if status.state().has_unsaved_work() {
            flush(plan, status);
        }
        let state = status.state();
        if state == SaveState::Refused && !warned_not_kept.get_value() {
            warned_not_kept.set_value(true);
            problem.set(Some(NOT_KEPT.to_string()));
            return;
        }
        if let Some(reason) = reason_to_wait(&state) {
            problem.set(Some(reason.to_string()));
            return;
        }
        problem.set(None);
        take_update(updates);
    };
    move || {
        updates.ready.get().then(|| {
            view! {
                <div class="banner banner-info" role="status">
                    <p>"A new version is ready. Reload to start using it; your plan stays as it is."</p>
                    {move || problem.get().map(|text| view! { <p>{text}</p> })}
                    <div class="banner-actions">
                        <button type="button" class="primary" on:click=reload>
                            "Reload"
                        </button>
                    </div>
                </div>
            }
        })
    }
}

const NOT_KEPT: &str = "This browser does not keep the plan, so reloading would lose it. Export a file first (Data), then press Reload again.";

/// Why reloading now would lose edits, if it would.
fn reason_to_wait(state: &SaveState) -> Option<&'static str> {
    match state {
        SaveState::Saved | SaveState::Refused => None,
        SaveState::Pending | SaveState::Failed(_) => Some(
            "Not reloaded: your latest changes could not be saved in this browser. Export a file to keep them, or press Reload again once they are saved.",
        ),
        SaveState::Conflict => Some(
            "Not reloaded: another tab saved newer work and this tab's changes are not saved. Load the newer copy or export this tab's version first.",
        ),
    }
}

/// The browser's service workers, in a release build served over http(s).
/// Debug builds skip them (a cached shell would hide each rebuild), and so do
/// builds for `trunk serve` (scripts/serve.sh sets `PLANNER_DEV_SERVER`): it
/// has no sw.js and answers every unknown path with index.html.
fn service_workers() -> Option<ServiceWorkerContainer> {
    if cfg!(debug_assertions) || option_env!("PLANNER_DEV_SERVER").is_some() {
        return None;
    }
    let window = window();
    let protocol = window.location().protocol().ok()?;
    if !matches!(protocol.as_str(), "http:" | "https:") || !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

fn register(container: ServiceWorkerContainer, updates: Updates) {
    let on_controller_change = Closure::<dyn Fn()>::new(move || reload_if_requested(updates));
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    leptos::task::spawn_local(async move {
        crate::web::when_idle().await;
        // Relative to the page, so any sub-path works; the scope is sw.js's folder.
        let Ok(value) = JsFuture::from(container.register("./sw.js")).await else {
            // No offline copy (blocked, or sw.js missing); the app works as before.
            return;
        };
        // Checked: where service workers are blocked (a managed browser's policy, an
        // automation setting) `register` may resolve to nothing at all.
        let Ok(registration) = value.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        updates.registration.set_value(Some(registration.clone()));
        watch(&registration, updates);
        check_for_update_when_shown(registration);
    });
}

/// Notices a newer build: one already waiting, one installing now, or one
/// found later.
fn watch(registration: &ServiceWorkerRegistration, updates: Updates) {
    if registration.waiting().is_some() && registration.active().is_some() {
        updates.ready.set(true);
    }
    if let Some(worker) = registration.installing() {
        watch_installing(worker, registration.clone(), updates);
    }
    let found_on = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = found_on.installing() {
            watch_installing(worker, found_on.clone(), updates);
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

fn watch_installing(
    worker: ServiceWorker,
    registration: ServiceWorkerRegistration,
    updates: Updates,
) {
    let watched = worker.clone();
    let on_state_change = Closure::<dyn Fn()>::new(move || match watched.state() {
        // Installed while an older worker is active: it waits for Reload.
        // (The very first install has no active worker and simply activates.)
        ServiceWorkerState::Installed if registration.active().is_some() => updates.ready.set(true),
        // A page the old worker did not control gets no controllerchange.
        ServiceWorkerState::Activated => reload_if_requested(updates),
        _ => {}
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

/// Asks for a newer build whenever the tab is shown again and once an hour,
/// so a page left open all day learns of one. Failures (offline) are ignored.
fn check_for_update_when_shown(registration: ServiceWorkerRegistration) {
    let check = move || {
        if let Ok(promise) = registration.update() {
            leptos::task::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    };
    let on_show = check.clone();
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Visible {
            on_show();
        }
    });
    let _ = set_interval_with_handle(check, UPDATE_CHECK_EVERY);
}

/// Lets the waiting worker take over; the page reloads when it has.
fn take_update(updates: Updates) {
    updates.reload_requested.set_value(true);
    let waiting = updates
        .registration
        .get_value()
        .and_then(|registration| registration.waiting());
    let Some(worker) = waiting else {
        // Another tab already switched to the new build: loading it is enough.
        reload_if_requested(updates);
        return;
    };
    let registration = updates.registration.get_value();
    if let Some(registration) = registration {
        watch_installing(worker.clone(), registration, updates);
    }
    let message = js_sys::Object::new();
    let posted = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into())
        .and_then(|_| worker.post_message(&message));
    if posted.is_err() {
        reload_if_requested(updates);
    }
}

fn reload_if_requested(updates: Updates) {
    if updates.reload_requested.get_value() {
        updates.reload_requested.set_value(false);
        let _ = window().location().reload();
    }
}
