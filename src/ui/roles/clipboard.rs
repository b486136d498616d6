//! Copying text: the asynchronous Clipboard API where the browser offers
//! it, else selecting the text in a textarea and asking for a copy. Looked up
//! by name (js_sys::Reflect), so no extra web-sys features are needed and a
//! browser without the API is simply told apart.

use wasm_bindgen::{JsCast, JsValue};

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call(target: &JsValue, name: &str, args: &js_sys::Array) -> Result<JsValue, JsValue> {
    let function = get(target, name)
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| JsValue::from_str(&format!("{name} is not available")))?;
    function.apply(target, args)
}

fn describe(error: JsValue) -> String {
    get(&error, "message")
        .and_then(|m| m.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Writes `text` to the clipboard with `navigator.clipboard.writeText`.
pub async fn write_text(text: &str) -> Result<(), String> {
    let window: JsValue = web_sys::window().ok_or("no browser window")?.into();
    let clipboard = get(&window, "navigator")
        .and_then(|navigator| get(&navigator, "clipboard"))
        .ok_or("this browser offers no clipboard access here")?;
    let promise = call(
        &clipboard,
        "writeText",
        &js_sys::Array::of1(&JsValue::from_str(text)),
    )
    .map_err(describe)?
    .dyn_into::<js_sys::Promise>()
    .map_err(|_| "the clipboard did not answer".to_string())?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(describe)?;
    Ok(())
}

/// Selects all text of a textarea and asks the browser to copy the
/// selection. Returns whether the browser says it copied.
pub fn select_and_copy(textarea: &web_sys::HtmlElement) -> bool {
    let _ = textarea.focus();
    let _ = call(textarea, "select", &js_sys::Array::new());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    call(
        &document,
        "execCommand",
        &js_sys::Array::of1(&JsValue::from_str("copy")),
    )
    .ok()
    .and_then(|copied| copied.as_bool())
    .unwrap_or(false)
}
