//! Browser tests (wasm-bindgen-test in headless Chromium): storage and the
//! app mounted in a real DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::storage::library::{plan_key, unreadable_key};
use stem_leadership_planner::web::local_store::{self as browser, SaveError};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

mod common;

use common::{input_value, mount_app, storage, test_plan, tick, type_into, wait_ms};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn save_then_load_restores_the_plan() {
    storage().clear().unwrap();
    let mut plan = Plan::default();
    plan.title = "Saved in the browser".into();
    plan.organization.district = "Lincoln USD".into();
    let revision = browser::save(test_plan(), &plan, 0).expect("first save succeeds");
    assert_eq!(revision, 1);
    let loaded = browser::load(test_plan());
    assert_eq!(loaded.plan, plan);
    assert_eq!(loaded.revision, 1);
    assert_eq!(loaded.problem, None);
}

#[wasm_bindgen_test]
fn an_older_copy_never_overwrites_newer_work() {
    storage().clear().unwrap();
    let plan = Plan::default();
    let first = browser::save(test_plan(), &plan, 0).unwrap();
    // Another tab saves on top of revision `first`.
    let mut newer = plan.clone();
    newer.title = "Edited in tab A".into();
    browser::save(test_plan(), &newer, first).unwrap();
    // This tab still thinks `first` is the latest.
    assert_eq!(
        browser::save(test_plan(), &plan, first),
        Err(SaveError::NewerElsewhere)
    );
    assert_eq!(browser::load(test_plan()).plan.title, "Edited in tab A");
}

#[wasm_bindgen_test]
async fn app_restores_saved_plan_into_the_header() {
    storage().clear().unwrap();
    let mut plan = Plan::default();
    plan.title = "Restored title".into();
    browser::save(test_plan(), &plan, 0).unwrap();
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
    storage().set_item(&plan_key(test_plan()), corrupt).unwrap();
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
        storage()
            .get_item(&unreadable_key(test_plan()))
            .unwrap()
            .as_deref(),
        Some(corrupt)
    );
    host.remove();
}

/// Replaces `Storage.prototype.setItem` with one that throws like a full quota.
/// Returns the original so the test can put it back.
fn make_saves_fail() -> JsValue {
    let proto = js_sys::Reflect::get(&window(), &"Storage".into())
        .and_then(|storage| js_sys::Reflect::get(&storage, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let failing = js_sys::Function::new_no_args(
        "throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');",
    );
    js_sys::Reflect::set(&proto, &"setItem".into(), &failing).unwrap();
    original
}

fn restore_saves(original: &JsValue) {
    let proto = js_sys::Reflect::get(&window(), &"Storage".into())
        .and_then(|storage| js_sys::Reflect::get(&storage, &"prototype".into()))
        .unwrap();
    js_sys::Reflect::set(&proto, &"setItem".into(), original).unwrap();
}

#[wasm_bindgen_test]
fn a_failing_write_is_reported_not_panicked() {
    storage().clear().unwrap();
    let original = make_saves_fail();
    let result = browser::save(test_plan(), &Plan::default(), 0);
    restore_saves(&original);
    match result {
        Err(SaveError::Failed(detail)) => {
            assert!(detail.contains("QuotaExceededError"), "{detail}")
        }
        other => panic!("expected a failed save, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn full_storage_shows_a_lasting_banner_until_a_save_succeeds() {
    storage().clear().unwrap();
    let host = mount_app();
    tick().await;
    let original = make_saves_fail();
    type_into(&host, "Plan title", "Edited while full");
    wait_ms(450).await;
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Your changes could not be saved in this browser; its storage may be full"),
        "banner shown: {text}"
    );
    assert!(text.contains("Export a file now"));
    assert_eq!(
        input_value(&host, "Plan title"),
        "Edited while full",
        "the edit stays in memory"
    );

    // Space is freed; the next change saves and the banner goes.
    restore_saves(&original);
    type_into(&host, "Plan title", "Edited after freeing space");
    wait_ms(450).await;
    let text = host.text_content().unwrap_or_default();
    assert!(!text.contains("could not be saved"), "banner gone: {text}");
    assert_eq!(
        browser::load(test_plan()).plan.title,
        "Edited after freeing space"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn blocked_storage_still_starts_with_defaults_and_says_nothing_is_kept() {
    storage().clear().unwrap();
    let blocked = js_sys::Function::new_no_args(
        "window.__savedLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });",
    );
    blocked.call0(&JsValue::NULL).unwrap();
    assert!(!browser::storage_available());
    let loaded = browser::load(test_plan());
    assert_eq!(loaded.plan, Plan::default());
    assert_eq!(
        browser::save(test_plan(), &loaded.plan, 0),
        Err(SaveError::Refused)
    );

    let host = mount_app();
    tick().await;
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("nothing will be kept after you close this tab"),
        "{text}"
    );
    assert!(
        text.contains("Not kept after closing"),
        "status says so: {text}"
    );
    // Editing still works in memory.
    type_into(&host, "Plan title", "Only in memory");
    wait_ms(400).await;
    assert_eq!(input_value(&host, "Plan title"), "Only in memory");
    host.remove();

    let unblock = js_sys::Function::new_no_args(
        "Object.defineProperty(window, 'localStorage', window.__savedLocalStorage);",
    );
    unblock.call0(&JsValue::NULL).unwrap();
    assert!(browser::storage_available(), "the test left storage usable");
}

#[wasm_bindgen_test]
fn a_first_visit_keeps_its_new_plan_and_opens_it_without_reading_it_back() {
    storage().clear().unwrap();
    let first = browser::open_at_start(None);
    let made = first.made.expect("a browser with no plans makes one");
    assert_eq!(made.revision, 1, "kept at once");
    assert_eq!(made.problem, None);
    let kept = browser::load(&first.id);
    assert_eq!(
        kept.plan, made.plan,
        "what start-up hands over is what it kept"
    );
    assert_eq!(kept.revision, made.revision);

    // The next start finds that plan and makes none.
    let again = browser::open_at_start(None);
    assert_eq!(again.id, first.id);
    assert!(again.made.is_none(), "a kept plan is read, not made");
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_link_to_a_plan_not_here_in_an_empty_browser_opens_a_first_plan_kept_like_any() {
    storage().clear().unwrap();
    let opened = browser::open_at_start(Some("p-00000000000000aa"));
    assert_eq!(opened.missing.as_deref(), Some("p-00000000000000aa"));
    let made = opened
        .made
        .expect("a first plan is made, with its lineage and school year");
    assert!(made.plan.lineage.is_some(), "it can be merged later");
    assert_eq!(browser::load(&opened.id).plan, made.plan, "and it is kept");
    storage().clear().unwrap();
}
