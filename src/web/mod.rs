//! The browser glue, in one place: localStorage (`local_store`), files and
//! downloads (`files`), the clipboard (`clipboard`), and here the clock, the
//! URL hash, focus and the JS calls they share. Every call can fail or be
//! missing in some browser; failures come back as values, never panics.
//! Wording that people read stays with the UI; errors here carry the
//! browser's own words (`error_text`) for the UI to quote.
//!
//! Some APIs (File System Access, Clipboard, StorageManager) are behind
//! unstable cfgs in web-sys, so they are reached by name through
//! `js_sys::Reflect` with the helpers below.

pub mod clipboard;
pub mod district_store;
pub mod files;
pub mod folders;
pub mod handles;
pub mod idb_store;
pub mod local_store;
pub mod plan_library;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::storage::file_status::LocalTime;

pub(crate) fn global() -> JsValue {
    js_sys::global().into()
}

/// `target[name]`, when it is there.
pub(crate) fn property(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

pub(crate) fn method(target: &JsValue, name: &str) -> Option<Function> {
    property(target, name)?.dyn_into::<Function>().ok()
}

pub(crate) fn set(target: &Object, name: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(name), value);
}

/// Calls `target.name(args…)`.
pub(crate) fn call_now(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let function = method(target, name)
        .ok_or_else(|| JsValue::from_str(&format!("{name} is not available")))?;
    function.apply(target, &args.iter().cloned().collect::<Array>())
}

/// Marks a moment in the browser's performance timeline (`performance.mark`):
/// scripts/bench.mjs reads them to say where start-up time goes.
pub fn mark(name: &str) {
    let Some(performance) = property(&global(), "performance") else {
        return;
    };
    if call_now(&performance, "mark", &[JsValue::from_str(name)]).is_err() {
        // Only a benchmark reads marks; a browser without them loses nothing.
    }
}

/// Calls `target.name(args…)` and awaits the result if it is a promise.
pub(crate) async fn call(
    target: &JsValue,
    name: &str,
    args: &[JsValue],
) -> Result<JsValue, JsValue> {
    let result = call_now(target, name, args)?;
    JsFuture::from(Promise::resolve(&result)).await
}

/// A JS error as the browser words it: "QuotaExceededError: …".
pub fn error_text(error: &JsValue) -> String {
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

/// The error's `name` ("AbortError", "NotAllowedError"), if it has one.
pub(crate) fn error_name(error: &JsValue) -> Option<String> {
    property(error, "name").and_then(|v| v.as_string())
}

// ---- The clock ----

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Lets the browser run what waits (input, painting) before long work goes
/// on: `scheduler.yield()` where there is one (it resumes ahead of other
/// tasks), else a `setTimeout(0)` task.
pub async fn next_task() {
    if let Some(scheduler) = property(&global(), "scheduler") {
        if method(&scheduler, "yield").is_some() {
            let _ = call(&scheduler, "yield", &[]).await;
            return;
        }
    }
    called_back("setTimeout", JsValue::from(0)).await;
}

/// Resolves when the browser is idle after the page has shown itself
/// (`requestIdleCallback`, at most a second later; a task where there is
/// none): work that can wait, such as reading the file-handle store or
/// registering the service worker, then never competes with showing the
/// plan.
pub async fn when_idle() {
    let options = Object::new();
    set(&options, "timeout", &JsValue::from(1000));
    if !called_back("requestIdleCallback", options.into()).await {
        next_task().await;
    }
}

/// Calls the global `function(callback, argument)` and waits for the
/// callback; false at once where the browser has no such function (a
/// promise that is never settled would wait for ever).
async fn called_back(function: &str, argument: JsValue) -> bool {
    let mut scheduled = false;
    let called = Promise::new(&mut |resolve, _| {
        scheduled = call_now(&global(), function, &[resolve.into(), argument.clone()]).is_ok();
    });
    if scheduled {
        let _ = JsFuture::from(called).await;
    }
    scheduled
}

/// A monotonic clock in milliseconds (`performance.now()`), for timing
/// slices of work; the wall clock where there is none.
pub fn monotonic_ms() -> f64 {
    property(&global(), "performance")
        .and_then(|performance| call_now(&performance, "now", &[]).ok())
        .and_then(|now| now.as_f64())
        .unwrap_or_else(now_ms)
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

/// Today's date in the user's time zone, as YYYY-MM-DD.
pub fn today_iso() -> String {
    local_time(now_ms()).date_iso()
}

// ---- The URL ----

fn location() -> Option<web_sys::Location> {
    Some(web_sys::window()?.location())
}

/// The URL's hash, with its `#`.
pub fn current_hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The URL's query string, with its `?`.
pub fn current_query() -> String {
    location().and_then(|l| l.search().ok()).unwrap_or_default()
}

/// Writes `query` (`?plan=p-1`) in place of the URL's query, keeping the
/// hash, with no history entry: the address bar then names the open plan,
/// for a bookmark or a second tab.
pub fn replace_query(query: &str) -> Result<(), String> {
    let history = web_sys::window()
        .ok_or("the page has no window")?
        .history()
        .map_err(|e| error_text(&e))?;
    let hash = location().and_then(|l| l.hash().ok()).unwrap_or_default();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{query}{hash}")))
        .map_err(|e| error_text(&e))
}

/// Goes to `#hash` (a history entry, so Back returns). The error carries
/// the browser's words.
pub fn go_to_hash(hash: &str) -> Result<(), String> {
    let location = location().ok_or("the page has no location")?;
    location.set_hash(hash).map_err(|e| error_text(&e))
}

/// Writes `#hash` in place of the current one, without adding a history
/// entry (`history.replaceState`, which some browsers refuse when called
/// too often). The error carries the browser's words.
pub fn replace_hash(hash: &str) -> Result<(), String> {
    let history = web_sys::window()
        .ok_or("the page has no window")?
        .history()
        .map_err(|e| error_text(&e))?;
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(hash))
        .map_err(|e| error_text(&e))
}

// ---- Focus ----

/// Removes the element with `id`, if there is one.
pub fn remove_element(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        element.remove();
    }
}

/// Focuses the element with `id` if it exists now.
pub fn focus_now(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Focuses the element with `id` after the next render: for elements that
/// the change asking for focus may create or re-create.
pub fn focus_later(id: String) {
    leptos::prelude::request_animation_frame(move || focus_now(&id));
}

/// `navigator.onLine` is false: the browser knows it has no network. (True says little: a
/// captive portal or a dropped server also fail a fetch.)
pub fn is_offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// The stylesheet `<link id=… disabled>` of a part of the planner that arrives on demand
/// (index.html): applied already, so the part can be drawn at once.
pub fn stylesheet_applied(id: &str) -> bool {
    stylesheet_link(id).is_some_and(|link| applied(&link))
}

/// Applies that stylesheet and waits until the browser has it: until then a part drawn
/// unstyled would jump into shape. A link that failed before is replaced by a copy, which
/// fetches it again. The error names the file.
pub async fn apply_stylesheet(id: &str) -> Result<(), String> {
    let mut link = stylesheet_link(id).ok_or_else(|| format!("the page has no stylesheet {id}"))?;
    if applied(&link) {
        return Ok(());
    }
    let href = link.href();
    if !link.disabled() {
        let copy = link
            .clone_node()
            .ok()
            .and_then(|node| node.dyn_into::<web_sys::HtmlLinkElement>().ok())
            .ok_or_else(|| format!("the stylesheet {href} could not be fetched again"))?;
        link.replace_with_with_node_1(&copy)
            .map_err(|e| format!("the stylesheet {href}: {}", error_text(&e)))?;
        copy.set_disabled(true);
        link = copy;
    }
    let loaded = Promise::new(&mut |resolve, reject| {
        link.set_onload(Some(&resolve));
        link.set_onerror(Some(&reject));
    });
    link.set_disabled(false);
    let result = JsFuture::from(loaded).await;
    link.set_onload(None);
    link.set_onerror(None);
    result
        .map(drop)
        .map_err(|_| format!("the stylesheet {href} could not be loaded"))
}

/// Enabled, and its sheet loaded (a link whose fetch failed has none).
fn applied(link: &web_sys::HtmlLinkElement) -> bool {
    !link.disabled() && link.sheet().is_some()
}

fn stylesheet_link(id: &str) -> Option<web_sys::HtmlLinkElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}
