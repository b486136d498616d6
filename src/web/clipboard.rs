//! Copying text: the asynchronous Clipboard API where the browser offers
//! it, else selecting the text in a textarea and asking for a copy. Looked up
//! by name (js_sys::Reflect), so no extra web-sys features are needed and a
//! browser without the API is simply told apart.

use wasm_bindgen::JsValue;

use super::{call, call_now, property};

fn describe(error: JsValue) -> String {
    property(&error, "message")
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Writes `text` to the clipboard with `navigator.clipboard.writeText`.
pub async fn write_text(text: &str) -> Result<(), String> {
    let window: JsValue = web_sys::window().ok_or("no browser window")?.into();
    let clipboard = property(&window, "navigator")
        .and_then(|navigator| property(&navigator, "clipboard"))
        .ok_or("this browser offers no clipboard access here")?;
    call(&clipboard, "writeText", &[JsValue::from_str(text)])
        .await
        .map_err(describe)?;
    Ok(())
}

/// Selects all text of a textarea and asks the browser to copy the
/// selection. Returns whether the browser says it copied.
pub fn select_and_copy(textarea: &web_sys::HtmlElement) -> bool {
    let _ = textarea.focus();
    let _ = call_now(textarea, "select", &[]);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    call_now(&document, "execCommand", &[JsValue::from_str("copy")])
        .ok()
        .and_then(|copied| copied.as_bool())
        .unwrap_or(false)
}
