//! Browser tests for saving to a file: the file-copy record in localStorage,
//! the user's clock, API detection, and the status wording the header shows
//! for each state.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::storage::file_status::{FileAction, FileCopy};
use stem_leadership_planner::storage::library::{file_copy_key, PlanId};
use stem_leadership_planner::web;
use stem_leadership_planner::web::local_store as browser;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

mod common;

use common::{mount_app, storage, test_plan, tick};

wasm_bindgen_test_configure!(run_in_browser);

/// The header's file status: (data-state, text).
fn file_status(host: &web_sys::HtmlElement) -> (String, String) {
    let status = host
        .query_selector(".copies .file-status")
        .unwrap()
        .expect("the header shows the file status");
    (
        status.get_attribute("data-state").unwrap_or_default(),
        status.text_content().unwrap_or_default(),
    )
}

fn clock(ms: f64) -> String {
    web::local_time(ms).clock()
}

#[wasm_bindgen_test]
fn local_time_is_the_browser_clock() {
    let ms = 1_795_000_000_000.0;
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    let local = web::local_time(ms);
    assert_eq!(u32::from(local.hour), date.get_hours());
    assert_eq!(u32::from(local.minute), date.get_minutes());
    assert_eq!(u32::from(local.month), date.get_month() + 1);
    assert_eq!(u32::from(local.day), date.get_date());
}

#[wasm_bindgen_test]
fn the_file_copy_record_round_trips_through_local_storage() {
    storage().clear().unwrap();
    assert_eq!(browser::load_file_copy(test_plan()), FileCopy::default());
    let mut copy = FileCopy::default();
    copy.record("lincoln-plan.json", FileAction::Saved, 1_000.0);
    browser::store_file_copy(test_plan(), &copy);
    assert_eq!(browser::load_file_copy(test_plan()), copy);
    storage()
        .set_item(&file_copy_key(test_plan()), "not json")
        .unwrap();
    assert_eq!(browser::load_file_copy(test_plan()), FileCopy::default());
}

#[wasm_bindgen_test]
fn the_api_is_detected_from_the_window() {
    let window: JsValue = window().into();
    let set = |name: &str, value: &JsValue| {
        js_sys::Reflect::set(&window, &name.into(), value).unwrap();
    };
    let function: JsValue = js_sys::Function::new_no_args("return null").into();
    set("showSaveFilePicker", &function);
    set("showOpenFilePicker", &function);
    assert!(web::files::supported());
    set("showOpenFilePicker", &JsValue::UNDEFINED);
    assert!(!web::files::supported(), "both pickers are needed");
    set("showSaveFilePicker", &JsValue::UNDEFINED);
    assert!(!web::files::supported());
}

#[wasm_bindgen_test]
async fn a_fresh_browser_says_not_saved_to_a_file_yet() {
    storage().clear().unwrap();
    let host = mount_app();
    tick().await;
    assert_eq!(
        file_status(&host),
        ("none".into(), "Not saved to a file yet".into())
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn after_a_reload_the_status_still_names_the_saved_file() {
    storage().clear().unwrap();
    browser::save(test_plan(), &Plan::default(), 0).unwrap();
    let saved_at = js_sys::Date::now();
    let mut copy = FileCopy::default();
    copy.record("lincoln-plan.json", FileAction::Saved, saved_at);
    browser::store_file_copy(test_plan(), &copy);
    let host = mount_app();
    tick().await;
    assert_eq!(
        file_status(&host),
        (
            "saved".into(),
            format!("Saved to lincoln-plan.json at {}", clock(saved_at))
        )
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn unsaved_changes_are_still_reported_after_a_reload() {
    storage().clear().unwrap();
    browser::save(test_plan(), &Plan::default(), 0).unwrap();
    let now = js_sys::Date::now();
    let mut copy = FileCopy::default();
    copy.record("lincoln-plan.json", FileAction::Saved, now - 60_000.0);
    copy.mark_dirty(now);
    browser::store_file_copy(test_plan(), &copy);
    let host = mount_app();
    tick().await;
    assert_eq!(
        file_status(&host),
        (
            "unsaved".into(),
            format!("Changes not saved to a file since {}", clock(now))
        )
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_downloaded_or_opened_file_is_named_as_such() {
    for (action, wording) in [
        (FileAction::Downloaded, "Downloaded plan.json at"),
        (FileAction::Opened, "Opened plan.json at"),
    ] {
        storage().clear().unwrap();
        browser::save(test_plan(), &Plan::default(), 0).unwrap();
        let mut copy = FileCopy::default();
        copy.record("plan.json", action, js_sys::Date::now());
        browser::store_file_copy(test_plan(), &copy);
        let host = mount_app();
        tick().await;
        let (state, text) = file_status(&host);
        assert_eq!(state, "saved");
        assert!(text.starts_with(wording), "{text}");
        host.remove();
    }
}

/// A stand-in for a file handle: IndexedDB keeps any structured-cloneable value.
fn fake_handle(name: &str) -> JsValue {
    let handle = js_sys::Object::new();
    js_sys::Reflect::set(&handle, &"name".into(), &name.into()).unwrap();
    handle.into()
}

#[wasm_bindgen_test]
async fn kept_files_are_the_last_five_by_name_newest_first_and_the_current_one() {
    use web::handles::{self, RecentFile, KEEP_RECENT};
    let plan = test_plan();
    let other_plan = PlanId::parse("p-other").unwrap();
    let file = |name: &str, at_ms: f64| RecentFile {
        name: name.to_string(),
        at_ms,
        saved: true,
        handle: fake_handle(name),
        plan: Some(plan.clone()),
    };
    for (i, name) in ["a", "b", "c", "d", "e", "f", "b"].iter().enumerate() {
        handles::remember(plan, &file(&format!("{name}.json"), 1_000.0 + i as f64))
            .await
            .unwrap();
    }
    // Another plan's files are its own: none of these, and no current file.
    assert!(handles::recent(&other_plan).await.unwrap().is_empty());
    assert!(handles::current(&other_plan).await.unwrap().is_none());
    let names: Vec<String> = handles::recent(plan)
        .await
        .unwrap()
        .into_iter()
        .map(|f| f.name)
        .collect();
    assert_eq!(names.len(), KEEP_RECENT);
    assert_eq!(names, ["b.json", "f.json", "e.json", "d.json", "c.json"]);

    let current = handles::current(plan)
        .await
        .unwrap()
        .expect("a current file");
    assert_eq!(current.name, "b.json");
    assert_eq!(
        web::files::handle_name(&current.handle),
        "b.json",
        "the handle came back"
    );

    handles::forget_current(plan).await.unwrap();
    assert!(handles::current(plan).await.unwrap().is_none());
    assert_eq!(
        handles::recent(plan).await.unwrap().len(),
        KEEP_RECENT,
        "recent files stay"
    );
}

/// The District section's kept plan files come back whole and in name order,
/// however many pages of values `idb_store::read_all_in_pages` reads them in.
#[wasm_bindgen_test]
async fn kept_district_files_come_back_across_pages() {
    use stem_leadership_planner::web::district_store::{self, FileToKeep};
    district_store::clear()
        .await
        .expect("the store can be cleared");
    let files: Vec<FileToKeep> = (0..40)
        .map(|i| FileToKeep {
            name: format!("school-{i:03}.json"),
            text: js_sys::JsString::from(format!("{{\"school\": {i}}}")),
        })
        .collect();
    district_store::keep(&files)
        .await
        .expect("the files are kept");
    let kept: Vec<(String, String)> = district_store::load()
        .await
        .expect("the kept files are read")
        .iter()
        .map(|kept| {
            let file = kept.read().expect("a file this build wrote");
            (file.name, file.text)
        })
        .collect();
    let expected: Vec<(String, String)> = (0..40)
        .map(|i| {
            (
                format!("school-{i:03}.json"),
                format!("{{\"school\": {i}}}"),
            )
        })
        .collect();
    assert_eq!(kept, expected);
    district_store::clear()
        .await
        .expect("the store can be cleared");
}
