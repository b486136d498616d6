//! Small controls shared by every editor, so each looks and behaves the same.

use leptos::prelude::*;

use crate::web::focus_later;

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
