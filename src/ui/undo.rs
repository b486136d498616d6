//! Undo and redo for every edit: buttons that name the action, and the
//! editor keys (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y). Inside a text box the
//! browser's own undo keeps working: the keys go to the box while it has focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::{use_notices, use_plan, Notices, PlanContext};

fn undo(plan: PlanContext, notices: Notices) {
    if let Some(label) = plan.undo() {
        notices.say(format!("Undone: {label}."));
    }
}

fn redo(plan: PlanContext, notices: Notices) {
    if let Some(label) = plan.redo() {
        notices.say(format!("Redone: {label}."));
    }
}

/// True for elements with their own undo: text inputs, text areas and
/// editable content. Checkboxes, selects and buttons have none.
fn has_own_undo(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => {
            let kind = element.get_attribute("type").unwrap_or_default();
            !matches!(
                kind.as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "range" | "color"
            )
        }
        _ => false,
    }
}

/// Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere outside a text box.
pub fn listen_for_undo_keys(plan: PlanContext, notices: Notices) {
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || has_own_undo(ev.target()) {
            return;
        }
        match (ev.key().to_lowercase().as_str(), ev.shift_key()) {
            ("z", false) => {
                ev.prevent_default();
                undo(plan, notices);
            }
            ("z", true) | ("y", false) => {
                ev.prevent_default();
                redo(plan, notices);
            }
            _ => {}
        }
    });
}

/// "Undo: delete role Finance Officer" and "Redo: …", disabled when there is
/// nothing to take back or do again.
#[component]
pub fn UndoRedoButtons() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let undo_label = Memo::new(move |_| plan.undo_label());
    let redo_label = Memo::new(move |_| plan.redo_label());
    let title = |verb: &str, label: Option<String>, keys: &str| match label {
        Some(label) => format!("{verb}: {label} ({keys})"),
        None => format!("Nothing to {} ({keys})", verb.to_lowercase()),
    };
    view! {
        <div class="undo-redo" role="group" aria-label="Undo and redo">
            <button
                type="button"
                class="undo"
                aria-keyshortcuts="Control+Z"
                disabled=move || undo_label.read().is_none()
                title=move || title("Undo", undo_label.get(), "Ctrl+Z")
                on:click=move |_| undo(plan, notices)
            >
                <span aria-hidden="true">"↶ "</span>
                {move || match undo_label.get() {
                    Some(label) => format!("Undo: {label}"),
                    None => "Undo".to_string(),
                }}
            </button>
            <button
                type="button"
                class="redo"
                aria-keyshortcuts="Control+Shift+Z Control+Y"
                disabled=move || redo_label.read().is_none()
                title=move || title("Redo", redo_label.get(), "Ctrl+Shift+Z")
                on:click=move |_| redo(plan, notices)
            >
                <span aria-hidden="true">"↷ "</span>
                {move || match redo_label.get() {
                    Some(label) => format!("Redo: {label}"),
                    None => "Redo".to_string(),
                }}
            </button>
        </div>
    }
}
