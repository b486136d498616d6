//! Saving to and opening a real file through the File System Access API
//! (`showSaveFilePicker`, `showOpenFilePicker`: Chrome and ChromeOS), and
//! asking the browser to keep the planner's data (`navigator.storage`).
//!
//! web-sys gates these APIs behind unstable cfgs, so they are reached through
//! `js_sys::Reflect`. Every call can fail or be missing; failures come back as
//! values. A user who closes a picker has not hit an error: that is
//! `FileError::Cancelled`, which the UI answers with nothing.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::file_status::{FileCopy, LocalTime};

/// The file copy's state (`FileCopy` as JSON), so the status stays true after a reload.
pub const FILE_COPY_KEY: &str = "stem-leadership-planner/file-copy";
/// Every key the planner writes starts with this.
const KEY_PREFIX: &str = "stem-leadership-planner/";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The user closed the picker or declined: say nothing.
    Cancelled,
    /// Anything else, worded for the user.
    Failed(String),
}

fn global() -> JsValue {
    js_sys::global().into()
}

/// `target[name]`, when it is there.
fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    property(target, name)?.dyn_into::<Function>().ok()
}

fn set(target: &Object, name: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

fn error_text(error: &JsValue) -> String {
    let name = property(error, "name").and_then(|v| v.as_string());
    let message = property(error, "message").and_then(|v| v.as_string());
    match (name, message) {
        (Some(name), Some(message)) if !message.is_empty() => format!("{name}: {message}"),
        (Some(name), _) => name,
        (None, Some(message)) => message,
        (None, None) => error
            .as_string()
            .unwrap_or_else(|| "unknown error".to_string()),
    }
}

/// AbortError is what the pickers reject with when the user closes them.
fn classify(error: JsValue, doing: &str) -> FileError {
    if property(&error, "name")
        .and_then(|v| v.as_string())
        .as_deref()
        == Some("AbortError")
    {
        FileError::Cancelled
    } else {
        FileError::Failed(format!("{doing} ({}).", error_text(&error)))
    }
}

/// Calls `target.name(args…)` and awaits the result if it is a promise.
async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function = method(target, name)
        .ok_or_else(|| JsValue::from_str(&format!("{name} is not available")))?;
    let result = function.apply(target, &args.iter().cloned().collect::<Array>())?;
    JsFuture::from(Promise::resolve(&result)).await
}

/// True where the browser can save to a chosen file and write to it again.
pub fn supported() -> bool {
    let window = global();
    method(&window, "showSaveFilePicker").is_some()
        && method(&window, "showOpenFilePicker").is_some()
}

/// Picker options: plan files are JSON; `id` makes the browser start in the
/// folder used last time (often the user's Drive folder).
fn picker_options(suggested_name: Option<&str>) -> Object {
    let accept = Object::new();
    set(&accept, "application/json", &Array::of1(&".json".into()));
    let kind = Object::new();
    set(&kind, "description", &"STEM plan file".into());
    set(&kind, "accept", &accept);
    let options = Object::new();
    set(&options, "id", &"stem-plan".into());
    set(&options, "types", &Array::of1(&kind));
    if let Some(name) = suggested_name {
        set(&options, "suggestedName", &name.into());
    }
    options
}

/// Asks the user where to save; returns the file handle.
pub async fn choose_save_file(suggested_name: &str) -> Result<JsValue, FileError> {
    call(
        &global(),
        "showSaveFilePicker",
        &[picker_options(Some(suggested_name)).into()],
    )
    .await
    .map_err(|e| classify(e, "The file could not be chosen"))
}

/// Asks the user for a plan file to open; returns its handle.
pub async fn choose_open_file() -> Result<JsValue, FileError> {
    let handles = call(
        &global(),
        "showOpenFilePicker",
        &[picker_options(None).into()],
    )
    .await
    .map_err(|e| classify(e, "The file could not be opened"))?;
    handles
        .dyn_into::<Array>()
        .ok()
        .map(|list| list.get(0))
        .filter(|handle| !handle.is_undefined())
        .ok_or(FileError::Cancelled)
}

/// The file's name as the handle reports it.
pub fn handle_name(handle: &JsValue) -> String {
    property(handle, "name")
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "the plan file".to_string())
}

/// A handle from "Open" may only be readable; ask for write access (the
/// browser asks the user at most once per session).
async fn ensure_write_permission(handle: &JsValue) -> Result<(), FileError> {
    let options = Object::new();
    set(&options, "mode", &"readwrite".into());
    let options: JsValue = options.into();
    let granted = |answer: Result<JsValue, JsValue>| {
        answer.ok().and_then(|v| v.as_string()).as_deref() == Some("granted")
    };
    if method(handle, "queryPermission").is_none()
        || granted(call(handle, "queryPermission", std::slice::from_ref(&options)).await)
    {
        return Ok(());
    }
    if method(handle, "requestPermission").is_none()
        || granted(call(handle, "requestPermission", &[options]).await)
    {
        return Ok(());
    }
    Err(FileError::Failed(format!(
        "The browser did not allow saving to {}. Use “Save as…” to choose a file.",
        handle_name(handle)
    )))
}

/// Replaces the file's contents with `text`. The browser writes to a
/// temporary file and swaps it in on close, so a failed write leaves the old
/// file whole.
pub async fn write_text(handle: &JsValue, text: &str) -> Result<(), FileError> {
    ensure_write_permission(handle).await?;
    let doing = format!("{} could not be saved", handle_name(handle));
    let writable = call(handle, "createWritable", &[])
        .await
        .map_err(|e| classify(e, &doing))?;
    if let Err(error) = call(&writable, "write", &[text.into()]).await {
        let _ = call(&writable, "abort", &[]).await;
        return Err(classify(error, &doing));
    }
    call(&writable, "close", &[])
        .await
        .map(|_| ())
        .map_err(|e| classify(e, &doing))
}

/// The file behind a handle, to read like a chosen file.
pub async fn file_of(handle: &JsValue) -> Result<web_sys::File, FileError> {
    let doing = format!("{} could not be read", handle_name(handle));
    call(handle, "getFile", &[])
        .await
        .map_err(|e| classify(e, &doing))?
        .dyn_into::<web_sys::File>()
        .map_err(|_| FileError::Failed(format!("{doing}.")))
}

fn storage_manager() -> Option<JsValue> {
    property(&property(&global(), "navigator")?, "storage")
}

/// Whether the browser has promised to keep the planner's data; None where it cannot say.
pub async fn persisted() -> Option<bool> {
    let storage = storage_manager()?;
    call(&storage, "persisted", &[]).await.ok()?.as_bool()
}

/// Asks the browser to keep the planner's data. Chrome answers by itself
/// (from how much the site is used); Firefox may ask the user.
pub async fn request_persist() -> Option<bool> {
    let storage = storage_manager()?;
    call(&storage, "persist", &[]).await.ok()?.as_bool()
}

/// Bytes the browser counts for this site, and its quota.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = storage_manager()?;
    let answer = call(&storage, "estimate", &[]).await.ok()?;
    let usage = property(&answer, "usage")?.as_f64()?;
    let quota = property(&answer, "quota")?.as_f64()?;
    Some((usage, quota))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the planner keeps in localStorage, in bytes (UTF-16: two per
/// character, as browsers count the 5 MB limit). Chrome's `estimate()` leaves
/// localStorage out, so this is shown beside it.
pub fn planner_bytes() -> f64 {
    let Some(storage) = local_storage() else {
        return 0.0;
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            2.0 * (key.encode_utf16().count() + value.encode_utf16().count()) as f64
        })
        .sum()
}

pub fn load_file_copy() -> FileCopy {
    local_storage()
        .and_then(|s| s.get_item(FILE_COPY_KEY).ok().flatten())
        .map(|text| FileCopy::from_json(&text))
        .unwrap_or_default()
}

/// Best effort: the record only drives the status line.
pub fn store_file_copy(copy: &FileCopy) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(FILE_COPY_KEY, &copy.to_json());
    }
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Epoch milliseconds on the user's clock.
pub fn local_time(ms: f64) -> LocalTime {
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    let byte = |n: u32| u8::try_from(n).unwrap_or(0);
    LocalTime {
        year: i32::try_from(date.get_full_year()).unwrap_or(0),
        month: byte(date.get_month() + 1),
        day: byte(date.get_date()),
        hour: byte(date.get_hours()),
        minute: byte(date.get_minutes()),
    }
}
