//! A one-page role description (001 lists "Descriptions of the STEM teacher
//! leader roles and responsibilities" among a program's planning artifacts):
//! printable on its own, and copyable as plain text for a job posting. The
//! words are the model's (`TeacherRole::description`); screen, paper and text
//! all use them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::Guide;
use super::RoleHandle;
use crate::model::printable::plain_text;
use crate::model::teacher_roles::templates::DESCRIPTION_GUIDANCE;
use crate::ui::printable::Printable;
use crate::ui::state::{use_notices, use_plan};
use crate::web::clipboard;

const COPIED: &str = "Copied the role description as plain text.";

#[component]
pub fn RoleDescription(role: RoleHandle, #[prop(into)] on_back: Callback<()>) -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let blocks = Memo::new(move |_| {
        let id = role.id();
        plan.signal().with(|p| {
            p.teacher_roles
                .get(&id)
                .map(|r| r.description(&p.matrix, &p.organization))
        })
    });
    let fallback = RwSignal::new(None::<String>);
    let fallback_ref = NodeRef::<leptos::html::Textarea>::new();

    let print = move |_| {
        if window().print().is_err() {
            notices.say("This browser could not open printing. Use its Print command instead.");
        }
    };
    let copy = move |_| {
        let Some(text) = blocks.with_untracked(|b| b.as_deref().map(plain_text)) else {
            return;
        };
        spawn_local(async move {
            match clipboard::write_text(&text).await {
                Ok(()) => {
                    fallback.set(None);
                    notices.say(COPIED);
                }
                Err(_) => {
                    // Show the text, select it, and try the older copy command.
                    fallback.set(Some(text));
                    request_animation_frame(move || {
                        let copied = fallback_ref
                            .get_untracked()
                            .map(|textarea| clipboard::select_and_copy(&textarea))
                            .unwrap_or(false);
                        if copied {
                            notices.say(COPIED);
                        } else {
                            notices.say(
                                "Could not copy automatically. The text below is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.",
                            );
                        }
                    });
                }
            }
        });
    };

    view! {
        <div class="tl-desc-view">
            <div class="tl-desc-actions">
                <button type="button" on:click=move |_| on_back.run(())>
                    "Back to editor"
                </button>
                <button type="button" class="primary" on:click=print>
                    "Print"
                </button>
                <button type="button" on:click=copy>
                    "Copy as plain text"
                </button>
            </div>
            <div class="tl-desc-about">
                <p>
                    "A one-page description of the role, for sharing and hiring. Print prints this page alone; Copy as plain text gives text to paste into a job posting. The source lists among a program's planning artifacts:"
                </p>
                <Guide id="tl-g-description" guidance=DESCRIPTION_GUIDANCE />
            </div>
            {move || {
                fallback
                    .get()
                    .map(|text| {
                        view! {
                            <div class="tl-copy-fallback">
                                <label for="tl-copy-text">"Role description as plain text"</label>
                                <textarea id="tl-copy-text" readonly rows="10" node_ref=fallback_ref prop:value=text></textarea>
                            </div>
                        }
                    })
            }}
            {move || blocks.get().map(|b| view! { <Printable blocks=b class="tl-desc" /> })}
        </div>
    }
}
