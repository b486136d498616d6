//! localStorage, downloads and file reading. Every browser call here can
//! fail (blocked storage, full quota, odd files) and each failure comes back
//! as a value the UI can show, never a panic.

use gloo_storage::Storage as _;
use wasm_bindgen::JsCast;
use web_sys::Storage;

use super::document::{
    may_overwrite, parse_document, parse_stored, stored_revision, to_pretty_json, to_stored_json,
    DocumentError, MAX_IMPORT_BYTES,
};
use crate::model::Plan;

/// The working copy: `{"revision": N, "document": <plan file>}`.
pub const PLAN_KEY: &str = "stem-leadership-planner/plan";
/// Raw text of a working copy that failed to load. Autosave never writes it.
pub const UNREADABLE_KEY: &str = "stem-leadership-planner/unreadable-backup";
/// The plan that the last import replaced, as a plan file.
pub const BEFORE_IMPORT_KEY: &str = "stem-leadership-planner/before-import";

/// localStorage, or None when the browser refuses it (reading the property
/// throws under policies that block site data).
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn storage_available() -> bool {
    local_storage().is_some()
}

/// What start-up found in storage.
pub struct Loaded {
    pub plan: Plan,
    pub revision: u64,
    /// Set when a saved copy existed but could not be used.
    pub problem: Option<String>,
}

pub fn load() -> Loaded {
    let fresh = |problem| Loaded {
        plan: Plan::default(),
        revision: 0,
        problem,
    };
    let Some(storage) = local_storage() else {
        return fresh(None);
    };
    let text = match storage.get_item(PLAN_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return fresh(None),
        Err(error) => {
            return fresh(Some(format!(
                "Your saved plan could not be read ({}).",
                js_error_text(&error)
            )))
        }
    };
    match parse_stored(&text) {
        Ok(stored) => Loaded {
            plan: stored.plan,
            revision: stored.revision,
            problem: None,
        },
        Err(error) => {
            let kept = storage.set_item(UNREADABLE_KEY, &text).is_ok();
            let backup = if kept {
                "The saved text is kept as a backup: download it below to recover or report it."
            } else {
                "The saved text could not be copied to a backup, so it stays where it was until you edit the plan: download it below now."
            };
            Loaded {
                plan: Plan::default(),
                // Keep counting from the stored revision so other tabs still order saves.
                revision: stored_revision(&text).unwrap_or(0),
                problem: Some(format!(
                    "The plan saved in this browser could not be loaded, so the planner started with the default plan. {} {backup}",
                    error
                )),
            }
        }
    }
}

/// Raw saved text kept under `key`, if any.
pub fn read_raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn remove(key: &str) {
    if local_storage().is_some() {
        gloo_storage::LocalStorage::delete(key);
    }
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage is blocked: nothing can be kept after closing.
    Refused,
    /// Another tab saved a newer copy since this tab loaded its copy.
    NewerElsewhere,
    /// The browser refused the write (usually the storage quota).
    Failed(String),
}

/// Saves the plan unless another tab has saved newer work; returns the new revision.
pub fn save(plan: &Plan, known_revision: u64) -> Result<u64, SaveError> {
    let storage = local_storage().ok_or(SaveError::Refused)?;
    let stored = storage.get_item(PLAN_KEY).ok().flatten();
    let stored_rev = stored.as_deref().and_then(stored_revision);
    if !may_overwrite(known_revision, stored_rev) {
        return Err(SaveError::NewerElsewhere);
    }
    let next = known_revision.max(stored_rev.unwrap_or(0)) + 1;
    storage
        .set_item(PLAN_KEY, &to_stored_json(next, plan))
        .map_err(|error| SaveError::Failed(js_error_text(&error)))?;
    Ok(next)
}

/// The newest copy another tab saved, if it is newer than ours and readable.
pub fn newer_copy(known_revision: u64) -> Option<(u64, Plan)> {
    let text = read_raw(PLAN_KEY)?;
    let stored = parse_stored(&text).ok()?;
    (stored.revision > known_revision).then_some((stored.revision, stored.plan))
}

/// Keeps the plan an import is about to replace; false if it could not be kept.
pub fn keep_before_import(plan: &Plan) -> bool {
    local_storage().is_some_and(|s| s.set_item(BEFORE_IMPORT_KEY, &to_pretty_json(plan)).is_ok())
}

pub fn before_import() -> Option<Plan> {
    parse_document(&read_raw(BEFORE_IMPORT_KEY)?).ok()
}

fn js_error_text(error: &wasm_bindgen::JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        let name: String = error.name().into();
        let message: String = error.message().into();
        if message.is_empty() {
            return name;
        }
        return format!("{name}: {message}");
    }
    error
        .as_string()
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail =
        |e: wasm_bindgen::JsValue| format!("The download could not start ({}).", js_error_text(&e));
    let window = web_sys::window().ok_or("No browser window.")?;
    let document = window.document().ok_or("No document.")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "Could not create a download link.".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or("No page body.")?;
    body.append_child(&anchor).map_err(fail)?;
    anchor.click();
    anchor.remove();
    // Revoking at once can cancel the download in some browsers; wait a moment.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Ok(())
}

/// Reads a chosen or dropped file as a plan. The size is checked before the
/// file is read, so a huge file never reaches memory.
pub async fn read_plan_file(file: &web_sys::File) -> Result<Plan, DocumentError> {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        return Err(DocumentError::TooLarge {
            bytes: size as usize,
        });
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|value| value.as_string())
        .ok_or(DocumentError::Syntax {
            line: 1,
            column: 1,
            detail: "the file could not be read as text".into(),
        })?;
    parse_document(&text)
}

/// Today's date in the user's time zone, as YYYY-MM-DD.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
