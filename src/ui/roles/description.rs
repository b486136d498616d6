//! A one-page role description (001 lists "Descriptions of the STEM teacher
//! leader roles and responsibilities" among a program's planning artifacts):
//! printable on its own, and copyable as plain text for a job posting.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::editor::Guide;
use super::RoleHandle;
use crate::model::teacher_roles::templates::{display_value, DESCRIPTION_GUIDANCE, DEVELOPMENT};
use crate::model::teacher_roles::{ListField, TeacherRole};
use crate::model::Organization;
use crate::ui::state::{use_notices, use_plan};
use crate::web::clipboard;

const COPIED: &str = "Copied the role description as plain text.";

#[derive(Clone, PartialEq)]
struct Described {
    role: TeacherRole,
    matrix_role: Option<String>,
    organization: Organization,
    plain_text: String,
}

fn not_set() -> AnyView {
    view! { <span class="tl-muted">"Not set"</span> }.into_any()
}

fn text_or_not_set(text: Option<String>) -> AnyView {
    match text.filter(|t| !t.trim().is_empty()) {
        Some(text) => text.into_any(),
        None => not_set(),
    }
}

fn list_or_not_set(items: Vec<String>) -> AnyView {
    if items.is_empty() {
        return view! { <p class="tl-muted">"Not set"</p> }.into_any();
    }
    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
}

#[component]
pub fn RoleDescription(role: RoleHandle, #[prop(into)] on_back: Callback<()>) -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let described = Memo::new(move |_| {
        let id = role.id();
        plan.signal().with(|p| {
            p.teacher_roles.get(&id).map(|r| Described {
                role: r.clone(),
                matrix_role: r.matrix_role_name(&p.matrix).map(str::to_string),
                organization: p.organization.clone(),
                plain_text: r.plain_text(&p.matrix),
            })
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
        let Some(text) = described.with_untracked(|d| d.as_ref().map(|d| d.plain_text.clone()))
        else {
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
            {move || described.get().map(|d| view! { <DescriptionPage described=d /> })}
        </div>
    }
}

#[component]
fn DescriptionPage(described: Described) -> impl IntoView {
    let Described {
        role,
        matrix_role,
        organization,
        ..
    } = described;
    let org: Vec<String> = [organization.district.trim(), organization.school.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let disciplines: Vec<String> = role
        .disciplines_in_order()
        .iter()
        .map(|d| d.label().to_string())
        .collect();
    let bands: Vec<String> = role
        .grade_bands_in_order()
        .iter()
        .map(|b| b.label().to_string())
        .collect();
    let spheres = role.labels(ListField::Spheres);
    let purposes = role.labels(ListField::Purposes);
    let join = |items: Vec<String>| (!items.is_empty()).then(|| items.join("; "));
    let development: Vec<String> = role
        .development_in_order()
        .into_iter()
        .map(|d| {
            format!(
                "{} — {}",
                display_value(DEVELOPMENT, &d.item),
                d.status.label()
            )
        })
        .collect();
    let holder = role.holder.trim().to_string();
    let summary = role.summary.trim().to_string();
    let compensation = role.compensation.trim().to_string();
    view! {
        <article class="tl-desc" aria-labelledby="tl-desc-title">
            {(!org.is_empty()).then(|| view! { <p class="tl-desc-org">{org.join(" · ")}</p> })}
            <p class="tl-desc-kind">"STEM teacher-leader role description"</p>
            <h3 id="tl-desc-title">{role.display_title().to_string()}</h3>
            {(!holder.is_empty()).then(|| view! { <p class="tl-desc-holder">"Holder: " {holder}</p> })}
            {(!summary.is_empty()).then(|| view! { <p class="tl-desc-summary">{summary}</p> })}
            <dl class="tl-desc-dims">
                <dt>"Career stage"</dt>
                <dd>{text_or_not_set(role.career_stage.map(|v| v.label().to_string()))}</dd>
                <dt>"Formality"</dt>
                <dd>{text_or_not_set(role.formality.map(|v| v.label().to_string()))}</dd>
                <dt>"Arrangement"</dt>
                <dd>{text_or_not_set(role.arrangement_text())}</dd>
                <dt>"Spheres of influence"</dt>
                <dd>{text_or_not_set(join(spheres))}</dd>
                <dt>"Purposes"</dt>
                <dd>{text_or_not_set(join(purposes))}</dd>
                <dt>"Leadership matrix role"</dt>
                <dd>{text_or_not_set(matrix_role)}</dd>
            </dl>
            <h4>"Responsibilities"</h4>
            {list_or_not_set(role.labels(ListField::Responsibilities))}
            <div class="tl-desc-cols">
                <div>
                    <h4>"STEM focus"</h4>
                    <dl class="tl-desc-dims">
                        <dt>"Disciplines"</dt>
                        <dd>{text_or_not_set(join(disciplines))}</dd>
                        <dt>"Grade bands"</dt>
                        <dd>{text_or_not_set(join(bands))}</dd>
                    </dl>
                </div>
                <div>
                    <h4>"Time and compensation"</h4>
                    <dl class="tl-desc-dims">
                        <dt>"Share of time"</dt>
                        <dd>{text_or_not_set(role.time_share_text())}</dd>
                        <dt>"Compensation"</dt>
                        <dd>{text_or_not_set(Some(compensation))}</dd>
                    </dl>
                </div>
            </div>
            <h4>"Development plan"</h4>
            {list_or_not_set(development)}
        </article>
    }
}
