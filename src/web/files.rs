//! Saving to and opening a real file through the File System Access API
//! (`showSaveFilePicker`, `showOpenFilePicker`: Chrome and ChromeOS), and
//! asking the browser to keep the planner's data (`navigator.storage`).
//!
//! Also downloads and reading a chosen file. web-sys gates the File System
//! Access API behind unstable cfgs, so it is reached through the `Reflect`
//! helpers in `web`. Every call can fail or be missing; failures come back as
//! values. A user who closes a picker has not hit an error: that is
//! `FileError::Cancelled`, which the UI answers with nothing.

use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{call, error_name, error_text, global, method, property, set};
use crate::model::Plan;
use crate::storage::document::{parse_document, DocumentError, MAX_IMPORT_BYTES};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// The user closed the picker or declined: say nothing.
    Cancelled,
    /// The browser (or the user at its prompt) did not allow access to a
    /// kept file: Save falls back to the save dialog.
    Refused(String),
    /// Anything else, worded for the user.
    Failed(String),
}

/// AbortError is what the pickers reject with when the user closes them.
fn classify(error: JsValue, doing: &str) -> FileError {
    if error_name(&error).as_deref() == Some("AbortError") {
        FileError::Cancelled
    } else {
        FileError::Failed(format!("{doing} ({}).", error_text(&error)))
    }
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

/// Access to a handle: "read" to open it, "readwrite" to save to it.
#[derive(Clone, Copy)]
pub enum Access {
    Read,
    ReadWrite,
}

/// A handle from "Open", from the launch queue, or kept from an earlier visit
/// may not allow this access yet; ask (the browser prompts the user at most
/// once per session, and only during a click or key press).
pub async fn ensure_permission(handle: &JsValue, access: Access) -> Result<(), FileError> {
    let options = Object::new();
    let mode = match access {
        Access::Read => "read",
        Access::ReadWrite => "readwrite",
    };
    set(&options, "mode", &mode.into());
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
    let doing = match access {
        Access::Read => "opening",
        Access::ReadWrite => "saving to",
    };
    Err(FileError::Refused(format!(
        "The browser did not allow {doing} {}.",
        handle_name(handle)
    )))
}

/// Replaces the file's contents with `text`. The browser writes to a
/// temporary file and swaps it in on close, so a failed write leaves the old
/// file whole.
pub async fn write_text(handle: &JsValue, text: &str) -> Result<(), FileError> {
    ensure_permission(handle, Access::ReadWrite).await?;
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

/// The file behind a handle, to read like a chosen file (asking for read
/// access first: a handle kept from an earlier visit starts without it).
pub async fn file_of(handle: &JsValue) -> Result<web_sys::File, FileError> {
    ensure_permission(handle, Access::Read).await?;
    let doing = format!("{} could not be read", handle_name(handle));
    call(handle, "getFile", &[])
        .await
        .map_err(|e| classify(e, &doing))?
        .dyn_into::<web_sys::File>()
        .map_err(|_| FileError::Failed(format!("{doing}.")))
}

/// Hands the first file the app was launched with (the ChromeOS Files app,
/// "Open with", a double click where the planner is installed and declares
/// `file_handlers`) to `on_file`, now and for later launches into this page
/// (`launch_handler` `focus-existing`). Returns false where there is no
/// `launchQueue`.
pub fn on_launch_file(on_file: impl Fn(JsValue) + 'static) -> bool {
    let Some(queue) = property(&global(), "launchQueue") else {
        return false;
    };
    let consumer =
        wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |params: JsValue| {
            let first = property(&params, "files")
                .and_then(|files| files.dyn_into::<Array>().ok())
                .map(|files| files.get(0))
                .filter(|handle| {
                    property(handle, "kind")
                        .and_then(|k| k.as_string())
                        .as_deref()
                        == Some("file")
                });
            if let Some(handle) = first {
                on_file(handle);
            }
        });
    let installed = super::call_now(&queue, "setConsumer", &[consumer.as_ref().clone()]).is_ok();
    // The queue keeps calling it for as long as the page lives.
    consumer.forget();
    installed
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

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail =
        |e: wasm_bindgen::JsValue| format!("The download could not start ({}).", error_text(&e));
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
    plan_of(start_reading(file)).await.map(|(_, plan)| plan)
}

/// A file's text as it is being read (see `start_reading`).
pub type TextBeingRead = Result<JsFuture, DocumentError>;

/// Starts reading a chosen file's text, after checking its size so a huge
/// file never reaches memory. Started for many files at once, the browser
/// reads them side by side while the page checks them one by one
/// (`plan_of`).
pub fn start_reading(file: &web_sys::File) -> TextBeingRead {
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        return Err(DocumentError::TooLarge {
            bytes: size as usize,
        });
    }
    Ok(JsFuture::from(file.text()))
}

/// The text (as the browser gave it, to keep without copying it back out of
/// Rust) and the checked plan of a file being read.
pub async fn plan_of(reading: TextBeingRead) -> Result<(js_sys::JsString, Plan), DocumentError> {
    let text: js_sys::JsString = reading?
        .await
        .ok()
        .and_then(|value| value.dyn_into().ok())
        .ok_or(DocumentError::Syntax {
            line: 1,
            column: 1,
            detail: "the file could not be read as text".into(),
        })?;
    let plan = parse_document(&String::from(&text))?;
    Ok((text, plan))
}
