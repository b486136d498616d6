//! Reading every plan file in a folder the user picks
//! (`showDirectoryPicker`, File System Access API: Chrome and ChromeOS, where
//! a shared Drive folder shows up as a folder). Reached through the
//! `Reflect` helpers, as web-sys gates the API; failures come back as values.

use js_sys::Object;
use wasm_bindgen::{JsCast, JsValue};

use super::files::{ensure_permission, handle_name, Access, FileError};
use super::{call, error_name, error_text, global, method, property, set};

/// True where the browser can open a folder.
pub fn supported() -> bool {
    method(&global(), "showDirectoryPicker").is_some()
}

fn classify(error: JsValue, doing: &str) -> FileError {
    if error_name(&error).as_deref() == Some("AbortError") {
        FileError::Cancelled
    } else {
        FileError::Failed(format!("{doing} ({}).", error_text(&error)))
    }
}

/// Asks the user for a folder; returns its handle.
pub async fn choose_folder() -> Result<JsValue, FileError> {
    let options = Object::new();
    // The browser starts in the folder picked last time.
    set(&options, "id", &"stem-district".into());
    set(&options, "mode", &"read".into());
    call(&global(), "showDirectoryPicker", &[options.into()])
        .await
        .map_err(|e| classify(e, "The folder could not be opened"))
}

/// The folder's name as its handle reports it.
pub fn folder_name(handle: &JsValue) -> String {
    handle_name(handle)
}

/// Every `.json` file directly in the folder (sub-folders are not read), in
/// the order the browser lists them.
pub async fn json_files(folder: &JsValue) -> Result<Vec<web_sys::File>, FileError> {
    ensure_permission(folder, Access::Read).await?;
    let doing = format!("The folder {} could not be read", folder_name(folder));
    let entries = super::call_now(folder, "values", &[]).map_err(|e| classify(e, &doing))?;
    let mut files = Vec::new();
    loop {
        let step = call(&entries, "next", &[])
            .await
            .map_err(|e| classify(e, &doing))?;
        if property(&step, "done").and_then(|d| d.as_bool()) == Some(true) {
            break;
        }
        let Some(entry) = property(&step, "value") else {
            break;
        };
        let is_file = property(&entry, "kind")
            .and_then(|k| k.as_string())
            .as_deref()
            == Some("file");
        let name = handle_name(&entry);
        if !is_file || !name.to_lowercase().ends_with(".json") {
            continue;
        }
        let file = call(&entry, "getFile", &[])
            .await
            .map_err(|e| classify(e, &format!("{name} could not be read")))?
            .dyn_into::<web_sys::File>()
            .map_err(|_| FileError::Failed(format!("{name} could not be read.")))?;
        files.push(file);
    }
    Ok(files)
}
