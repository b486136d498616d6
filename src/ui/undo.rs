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
    view! {
        <div class="undo-redo" role="group" aria-label="Undo and redo">
            <HistoryButton
                class="undo"
                verb="Undo"
                icon="↶ "
                keys="Ctrl+Z"
                aria_keys="Control+Z"
                label=Memo::new(move |_| plan.undo_label())
                on_click=move || undo(plan, notices)
            />
            <HistoryButton
                class="redo"
                verb="Redo"
                icon="↷ "
                keys="Ctrl+Shift+Z"
                aria_keys="Control+Shift+Z Control+Y"
                label=Memo::new(move |_| plan.redo_label())
                on_click=move || redo(plan, notices)
            />
        </div>
    }
}

/// One of the two: "{verb}: {label}", or just the verb when `label` is None.
#[component]
fn HistoryButton(
    class: &'static str,
    verb: &'static str,
    icon: &'static str,
    keys: &'static str,
    aria_keys: &'static str,
    label: Memo<Option<String>>,
    on_click: impl Fn() + 'static,
) -> impl IntoView {
    let title = move || match label.get() {
        Some(label) => format!("{verb}: {label} ({keys})"),
        None => format!("Nothing to {} ({keys})", verb.to_lowercase()),
    };
    view! {
        <button
            type="button"
            class=class
            aria-keyshortcuts=aria_keys
            disabled=move || label.read().is_none()
            title=title
            on:click=move |_| on_click()
        >
            <span aria-hidden="true">{icon}</span>
            {move || match label.get() {
                Some(label) => format!("{verb}: {label}"),
                None => verb.to_string(),
            }}
        </button>
    }
}
