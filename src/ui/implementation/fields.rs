//! The parts the item editors share (actions and documents, other costs and
//! funding). They take plain data and callbacks of concrete types, never a
//! type parameter, so each view is compiled once for every editor (issue 14:
//! fewer generic instantiations, a smaller wasm). The editors keep the edits:
//! each callback hands `PlanContext` an edit value, which names its own undo step.

use leptos::prelude::*;

use super::date_from_input;
use crate::model::values::date::IsoDate;

/// A select of a fixed vocabulary (`keyed_enum!`'s `CHOICES`). `current` is
/// the chosen key ("" selects none); `on_pick` gets the picked key.
#[component]
pub fn KeyedSelect(
    label: &'static str,
    choices: &'static [(&'static str, &'static str)],
    #[prop(into)] current: Signal<&'static str>,
    on_pick: Callback<&'static str>,
) -> impl IntoView {
    let pick = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Some(&(key, _)) = choices.iter().find(|(key, _)| *key == value) {
            on_pick.run(key);
        }
    };
    view! {
        <label class="im-field">
            <span>{label}</span>
            <select on:change=pick>
                {choices
                    .iter()
                    .map(|&(key, text)| {
                        view! {
                            <option value=key prop:selected=move || current.get() == key>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A labelled input that edits on `change`; `on_change` gets the event, so an
/// editor that refuses the value can put the old one back.
#[component]
pub fn ItemField(
    class: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] placeholder: Option<&'static str>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<leptos::ev::Event>,
) -> impl IntoView {
    view! {
        <label class=class>
            <span>{label}</span>
            <input
                type=kind
                placeholder=placeholder
                prop:value=move || value.get()
                on:change=move |ev| on_change.run(ev)
            />
        </label>
    }
}

/// The date a date field's `change` gives: empty clears it (`Some(None)`); a
/// value that is not a date is named in `problem` (shown where the editor
/// puts it) and gives `None`, which changes nothing.
pub fn date_changed(
    ev: &leptos::ev::Event,
    problem: RwSignal<Option<String>>,
) -> Option<Option<IsoDate>> {
    let date = date_from_input(&event_target_value(ev));
    problem.set(date.as_ref().err().cloned());
    date.ok()
}

/// A row's button ("Delete", "Move up"): its accessible name ends with the
/// item's name (`“name”`), so a screen reader tells the rows' buttons apart.
#[component]
pub fn ItemButton(
    text: &'static str,
    #[prop(optional)] class: Option<&'static str>,
    #[prop(into)] name: Signal<String>,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class=class on:click=move |_| on_click.run(())>
            {text} <span class="visually-hidden">{move || format!(" “{}”", name.get())}</span>
        </button>
    }
}

/// The form under a list that adds an item by its text. `on_add` makes the
/// edit and says why it refused; the field is cleared once it is added.
#[component]
pub fn AddTextForm(
    input_id: String,
    error_id: String,
    label: &'static str,
    button: &'static str,
    /// Words only a screen reader hears after the button's text.
    #[prop(optional)]
    button_hidden: Option<String>,
    on_add: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_add.run(text.get_untracked()) {
            Ok(()) => {
                text.set(String::new());
                problem.set(None);
            }
            Err(message) => problem.set(Some(message)),
        }
    };
    let described_by = error_id.clone();
    let input_for = input_id.clone();
    view! {
        <form class="im-add" on:submit=add>
            <label class="im-field" for=input_for>
                <span>{label}</span>
            </label>
            <input
                type="text"
                id=input_id
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
                aria-describedby=described_by
                aria-invalid=move || problem.get().map(|_| "true")
            />
            <button type="submit">
                {button}
                {button_hidden.map(|words| view! { <span class="visually-hidden">{words}</span> })}
            </button>
            <p class="im-error" id=error_id aria-live="polite">
                {move || problem.get()}
            </p>
        </form>
    }
}
