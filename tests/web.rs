//! Browser tests (wasm-bindgen-test in headless Chromium): storage and the
//! app mounted in a real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::storage::browser::{self, SaveError, PLAN_KEY, UNREADABLE_KEY};
use stem_leadership_planner::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    window()
        .local_storage()
        .ok()
        .flatten()
        .expect("test browser has localStorage")
}

/// Lets Leptos run effects and set `prop:value` (queued as microtasks).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn mount_app() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), App);
    handle.forget();
    host
}

fn input_value(host: &web_sys::HtmlElement, label: &str) -> String {
    let labels = host.query_selector_all("label.field").unwrap();
    for i in 0..labels.length() {
        let label_el: web_sys::Element = labels.item(i).unwrap().unchecked_into();
        if label_el
            .text_content()
            .unwrap_or_default()
            .starts_with(label)
        {
            let input: web_sys::HtmlInputElement = label_el
                .query_selector("input")
                .unwrap()
                .unwrap()
                .unchecked_into();
            return input.value();
        }
    }
    panic!("no field labelled {label}");
}

#[wasm_bindgen_test]
fn save_then_load_restores_the_plan() {
    storage().clear().unwrap();
    let mut plan = Plan::default();
    plan.title = "Saved in the browser".into();
    plan.organization.district = "Lincoln USD".into();
    let revision = browser::save(&plan, 0).expect("first save succeeds");
    assert_eq!(revision, 1);
    let loaded = browser::load();
    assert_eq!(loaded.plan, plan);
    assert_eq!(loaded.revision, 1);
    assert_eq!(loaded.problem, None);
}

#[wasm_bindgen_test]
fn an_older_copy_never_overwrites_newer_work() {
    storage().clear().unwrap();
    let plan = Plan::default();
    let first = browser::save(&plan, 0).unwrap();
    // Another tab saves on top of revision `first`.
    let mut newer = plan.clone();
    newer.title = "Edited in tab A".into();
    browser::save(&newer, first).unwrap();
    // This tab still thinks `first` is the latest.
    assert_eq!(browser::save(&plan, first), Err(SaveError::NewerElsewhere));
    assert_eq!(browser::load().plan.title, "Edited in tab A");
}

#[wasm_bindgen_test]
async fn app_restores_saved_plan_into_the_header() {
    storage().clear().unwrap();
    let mut plan = Plan::default();
    plan.title = "Restored title".into();
    browser::save(&plan, 0).unwrap();
    let host = mount_app();
    tick().await;
    assert_eq!(input_value(&host, "Plan title"), "Restored title");
    host.remove();
}

#[wasm_bindgen_test]
async fn corrupt_saved_data_is_backed_up_and_the_app_still_mounts() {
    storage().clear().unwrap();
    let corrupt =
        "{\"revision\": 2, \"document\": {\"format\": \"stem-leadership-plan\", \"version\": 99}}";
    storage().set_item(PLAN_KEY, corrupt).unwrap();
    let host = mount_app();
    tick().await;
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("could not be loaded"), "banner shown: {text}");
    assert!(
        text.contains("made by a newer version of the planner"),
        "reason given: {text}"
    );
    assert_eq!(input_value(&host, "Plan title"), Plan::default().title);
    assert_eq!(
        storage().get_item(UNREADABLE_KEY).unwrap().as_deref(),
        Some(corrupt)
    );
    host.remove();
}
