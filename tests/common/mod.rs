//! Helpers shared by the browser test files (`tests/web*.rs`).
#![allow(dead_code)] // each test file uses its own subset

use leptos::prelude::*;
use stem_leadership_planner::ui::services::Services;
use stem_leadership_planner::ui::App;
use wasm_bindgen::JsCast;

pub fn storage() -> web_sys::Storage {
    window()
        .local_storage()
        .ok()
        .flatten()
        .expect("test browser has localStorage")
}

/// Waits `ms` milliseconds of real time (timers, autosave debounce).
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Lets Leptos run effects and set `prop:value` (queued as microtasks).
pub async fn tick() {
    wait_ms(20).await;
}

/// Mounts the whole app into a new element of the page.
pub fn mount_app() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), || {
        provide_context(Services::browser());
        view! { <App /> }
    })
    .forget();
    host
}

/// The header input whose label starts with `label`.
pub fn header_input(host: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlInputElement {
    let fields = host.query_selector_all(".app-header .field").unwrap();
    (0..fields.length())
        .filter_map(|i| fields.item(i))
        .map(|node| node.unchecked_into::<web_sys::Element>())
        .find(|el| el.text_content().unwrap_or_default().starts_with(label))
        .and_then(|el| el.query_selector("input").unwrap())
        .unwrap_or_else(|| panic!("no field labelled {label}"))
        .unchecked_into()
}

pub fn input_value(host: &web_sys::HtmlElement, label: &str) -> String {
    header_input(host, label).value()
}

/// Types `text` into a header field as a user would (one `input` event).
pub fn type_into(host: &web_sys::HtmlElement, label: &str, text: &str) {
    let input = header_input(host, label);
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}
