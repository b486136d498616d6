//! Small controls shared by every editor, so each looks and behaves the same.

use leptos::prelude::*;

use crate::web::focus_later;

/// The tab a key moves to in a row of tabs (WAI-ARIA tabs pattern): the
/// arrows wrap around, Home and End go to the ends; other keys move nowhere.
pub fn tab_after_key<T: Copy + PartialEq>(all: &[T], current: T, key: &str) -> Option<T> {
    let at = all.iter().position(|t| *t == current).unwrap_or(0);
    let last = all.len().checked_sub(1)?;
    let next = match key {
        "ArrowRight" => (at + 1) % all.len(),
        "ArrowLeft" => at.checked_sub(1).unwrap_or(last),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    all.get(next).copied()
}

/// The visible words of a row's two move buttons, with their arrows:
/// `("↑ ", "Up", "↓ ", "Down")` in a vertical list, "Earlier"/"Later" for
/// columns and rows of the matrix.
#[derive(Clone, Copy)]
pub struct MoveWords {
    pub earlier_icon: &'static str,
    pub earlier: &'static str,
    pub later_icon: &'static str,
    pub later: &'static str,
}

/// Arrows and words for a vertical list.
pub const UP_DOWN: MoveWords = MoveWords {
    earlier_icon: "↑ ",
    earlier: "Up",
    later_icon: "↓ ",
    later: "Down",
};

/// Move earlier, move later and delete for one item of a list. The buttons
/// keep their accessible names whole (visible word plus `*_detail`), stay
/// focusable at the ends (aria-disabled, not disabled, so focus is not lost),
/// and keep focus on the pressed move button after the list re-renders.
#[component]
pub fn RowActions(
    /// DOM ids of the two move buttons (unique on the page).
    up_id: String,
    down_id: String,
    /// (index, length) of the item in its list.
    #[prop(into)]
    position: Signal<(usize, usize)>,
    words: MoveWords,
    /// Completes each button's name for screen readers: ": move role X one
    /// column left", " role X".
    #[prop(into)]
    earlier_detail: Signal<String>,
    #[prop(into)] later_detail: Signal<String>,
    #[prop(into)] delete_detail: Signal<String>,
    /// Called with -1 (earlier) or 1 (later).
    on_move: Callback<isize>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let (up, down) = (up_id.clone(), down_id.clone());
    view! {
        <div class="mx-edit-actions">
            <button
                type="button"
                id=up_id
                aria-disabled=move || (position.get().0 == 0).then_some("true")
                on:click=move |_| {
                    on_move.run(-1);
                    focus_later(up.clone());
                }
            >
                <span aria-hidden="true">{words.earlier_icon}</span>
                {words.earlier}
                <span class="visually-hidden">{earlier_detail}</span>
            </button>
            <button
                type="button"
                id=down_id
                aria-disabled=move || {
                    let (n, len) = position.get();
                    (n + 1 >= len).then_some("true")
                }
                on:click=move |_| {
                    on_move.run(1);
                    focus_later(down.clone());
                }
            >
                <span aria-hidden="true">{words.later_icon}</span>
                {words.later}
                <span class="visually-hidden">{later_detail}</span>
            </button>
            <button type="button" class="danger" on:click=move |_| on_delete.run(())>
                "Delete"
                <span class="visually-hidden">{delete_detail}</span>
            </button>
        </div>
    }
}

/// One text field of an `AddForm`.
#[derive(Clone, Copy)]
pub struct AddField {
    pub label: &'static str,
    pub placeholder: &'static str,
    /// A DOM id, for forms that other controls send focus to.
    pub id: Option<&'static str>,
}

/// A small form that adds one item: its text fields, and a submit button.
/// `on_add` gets the typed values in field order and returns whether the item
/// was added; only then are the fields cleared (a refused add keeps the text).
#[component]
pub fn AddForm(
    class: &'static str,
    heading: &'static str,
    fields: Vec<AddField>,
    submit: &'static str,
    on_add: Callback<Vec<String>, bool>,
) -> impl IntoView {
    let drafts: Vec<RwSignal<String>> = fields
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let values = drafts.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = values.iter().map(|d| d.get_untracked()).collect();
        if on_add.run(typed) {
            values.iter().for_each(|d| d.set(String::new()));
        }
    };
    view! {
        <form class=class on:submit=add>
            <h4>{heading}</h4>
            {fields
                .into_iter()
                .zip(drafts)
                .map(|(field, draft)| {
                    view! {
                        <label class="mx-field">
                            <span>{field.label}</span>
                            <input
                                type="text"
                                id=field.id
                                autocomplete="off"
                                placeholder=(!field.placeholder.is_empty()).then_some(field.placeholder)
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                            />
                        </label>
                    }
                })
                .collect_view()}
            <button type="submit" class="primary">{submit}</button>
        </form>
    }
}

/// A labelled text box (or text area). With `on_input` it reports every
/// keystroke (one undo step per field, see `PlanContext::type_text`); without,
/// the text is committed on `change` (focus leaves). `on_change` is called on
/// every commit.
#[component]
pub fn TextField(
    label: &'static str,
    id: &'static str,
    /// Class of the wrapper: `field` in the header, `tl-field` in the role editor.
    class: &'static str,
    #[prop(into)] value: Signal<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] on_input: Option<Callback<String>>,
    on_change: Callback<String>,
) -> impl IntoView {
    let input = move |ev: leptos::ev::Event| {
        if let Some(on_input) = on_input {
            on_input.run(event_target_value(&ev));
        }
    };
    let change = move |ev: leptos::ev::Event| on_change.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id rows="4" prop:value=move || value.get() on:input=input on:change=change></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id prop:value=move || value.get() on:input=input on:change=change />
        }
        .into_any()
    };
    view! {
        <div class=class>
            <label for=id class="field-label">{label}</label>
            {control}
        </div>
    }
}
