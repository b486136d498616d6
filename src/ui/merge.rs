//! "Merge changes from a file…" (the Data page): a copy of this plan that
//! someone else edited is read like an import (a bad file or one from a newer
//! planner is refused with Import's words), a file of another plan (no shared
//! lineage) is refused unless the user insists, and every difference is
//! listed by group with what each side has. Each difference, or a whole
//! group, keeps this plan's version or takes the file's; a conflict (both
//! changed the item since they last shared it) has no choice until the user
//! makes one. "Apply" makes the merge one undo step; until then the plan is
//! untouched. The merge itself is `model::merge`, pure and natively tested.

use leptos::prelude::*;

use super::import::chosen_file;
use super::state::{use_notices, use_plan};
use crate::model::merge::{
    apply, differences, same_lineage, Choice, Choices, DiffKind, DiffState, Difference,
    Differences, MergeError,
};
use crate::model::Plan;

/// A file read and compared, waiting for choices.
#[derive(Clone)]
struct Pending {
    file_name: String,
    file: Plan,
    differences: Differences,
}

/// Where the merge stands.
#[derive(Clone)]
enum Stage {
    Idle,
    /// The file is another plan (no shared lineage): merge only if the user insists.
    OtherPlan {
        file_name: String,
        file: Plan,
    },
    Choosing(Pending),
}

#[component]
pub fn MergePanel() -> impl IntoView {
    let plan = use_plan();
    let notices = use_notices();
    let stage = RwSignal::new(Stage::Idle);
    let choices = RwSignal::new(Choices::new());
    let problem = RwSignal::new(None::<String>);

    let compare = move |file_name: String, file: Plan| {
        let found = plan.signal().with_untracked(|p| differences(p, &file));
        if found.is_empty() {
            stage.set(Stage::Idle);
            notices.say(format!(
                "“{file_name}” has nothing this plan does not already have."
            ));
            return;
        }
        choices.set(Choices::new());
        stage.set(Stage::Choosing(Pending {
            file_name,
            file,
            differences: found,
        }));
    };
    let read = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        problem.set(None);
        let file_name = file.name();
        leptos::task::spawn_local(async move {
            match crate::web::files::read_plan_file(&file).await {
                Err(error) => problem.set(Some(format!(
                    "“{file_name}” was not merged, and your plan is unchanged. {error}"
                ))),
                Ok(other) => {
                    let copies = plan.signal().with_untracked(|p| same_lineage(p, &other));
                    if copies {
                        compare(file_name, other);
                    } else {
                        stage.set(Stage::OtherPlan {
                            file_name,
                            file: other,
                        });
                    }
                }
            }
        });
    };
    let apply_choices = move |pending: &Pending| {
        let merged = plan
            .signal()
            .with_untracked(|p| choices.with_untracked(|c| apply(p, &pending.file, c)));
        match merged {
            Err(MergeError::Undecided(labels)) => problem.set(Some(format!(
                "Not merged yet: choose this plan's version or the file's for {} conflict{}: {}.",
                labels.len(),
                if labels.len() == 1 { "" } else { "s" },
                labels.join("; ")
            ))),
            Err(error) => problem.set(Some(format!(
                "Not merged, and your plan is unchanged: {error}."
            ))),
            Ok(merged) => {
                let mut said = format!("Merged “{}”.", pending.file_name);
                for note in merged.brought_along.iter().chain(&merged.adjusted) {
                    said.push(' ');
                    said.push_str(note);
                    said.push('.');
                }
                plan.merge_in(merged.summary, said, merged.plan);
                stage.set(Stage::Idle);
                problem.set(None);
            }
        }
    };

    view! {
        <div class="panel merge-panel">
            <h3>"Merge changes from a file"</h3>
            <p>
                "Someone else edited a copy of this plan? Choose their file: the planner lists every difference and who changed it, you choose what to keep, and nothing changes until you apply. One Undo takes the merge back."
            </p>
            <label class="file-button">
                <span>"Merge changes from a file…"</span>
                <input type="file" accept=".json,application/json" on:change=read />
            </label>
            {move || problem.get().map(|text| view! { <p class="error" role="alert">{text}</p> })}
            {move || match stage.get() {
                Stage::Idle => None,
                Stage::OtherPlan { file_name, file } => Some(view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="merge-other-text">
                        <p id="merge-other-text">
                            {format!(
                                "“{file_name}” is not a copy of this plan: it is “{}”, a plan of its own. Merging it would mix two plans.",
                                file.display_title()
                            )}
                        </p>
                        <button type="button" on:click=move |_| compare(file_name.clone(), file.clone())>
                            "Compare it anyway"
                        </button>
                        <button type="button" class="primary" on:click=move |_| stage.set(Stage::Idle)>
                            "Cancel"
                        </button>
                    </div>
                }.into_any()),
                Stage::Choosing(pending) => {
                    let for_apply = pending.clone();
                    Some(view! {
                        <MergeChoices pending choices />
                        <div class="button-row merge-actions">
                            <button type="button" class="primary" on:click=move |_| apply_choices(&for_apply)>
                                "Apply the merge"
                            </button>
                            <button type="button" on:click=move |_| {
                                stage.set(Stage::Idle);
                                problem.set(None);
                            }>"Cancel"</button>
                        </div>
                    }.into_any())
                }
            }}
        </div>
    }
}

/// Every difference by group, with a choice each and one per group.
#[component]
fn MergeChoices(pending: Pending, choices: RwSignal<Choices>) -> impl IntoView {
    let conflicts = pending.differences.conflicts().count();
    let total = pending.differences.items.len();
    let summary = format!(
        "“{}” differs from this plan in {total} item{}{}.",
        pending.file_name,
        if total == 1 { "" } else { "s" },
        match conflicts {
            0 => String::new(),
            1 => ": 1 conflict, changed on both sides, waits for your choice".to_string(),
            n => format!(": {n} conflicts, changed on both sides, wait for your choice"),
        }
    );
    let groups = pending
        .differences
        .groups()
        .into_iter()
        .enumerate()
        .map(|(at, (group, items))| {
            let heading = group.heading();
            let keys: Vec<String> = items.iter().map(|d| d.key.clone()).collect();
            let all = move |choice: Choice| {
                let keys = keys.clone();
                move |_| {
                    choices.update(|c| {
                        for key in &keys {
                            c.insert(key.clone(), choice);
                        }
                    })
                }
            };
            let heading_id = format!("merge-group-{at}");
            let labelled_by = heading_id.clone();
            view! {
                <section class="merge-group" aria-labelledby=labelled_by>
                    <h4 id=heading_id>{heading.clone()}</h4>
                    <div class="button-row">
                        <button type="button" on:click=all(Choice::KeepThis)>
                            "Keep this plan's for all"
                            <span class="visually-hidden">{format!(" in {heading}")}</span>
                        </button>
                        <button type="button" on:click=all(Choice::TakeFile)>
                            "Take the file's for all"
                            <span class="visually-hidden">{format!(" in {heading}")}</span>
                        </button>
                    </div>
                    <ul class="merge-list">
                        {items
                            .into_iter()
                            .cloned()
                            .map(|difference| view! { <MergeItem difference choices /> })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="merge-summary" role="status">{summary}</p>
        {groups}
    }
}

/// One difference: what each side has, who changed it, and the choice.
#[component]
fn MergeItem(difference: Difference, choices: RwSignal<Choices>) -> impl IntoView {
    let key = difference.key.clone();
    let chosen = {
        let key = key.clone();
        Signal::derive(move || {
            choices
                .with(|c| c.get(&key).copied())
                .or(difference.default)
        })
    };
    let state = match difference.state {
        DiffState::Conflict => "Conflict: changed in this plan and in the file",
        DiffState::OnlyFileChanged => "Changed in the file",
        DiffState::OnlyThisChanged => "Changed in this plan",
    };
    let (this_label, file_label) = match difference.kind {
        DiffKind::Added => ("Keep this plan without it", "Add the file's"),
        DiffKind::Removed => ("Keep this plan's", "Remove it, as the file did"),
        DiffKind::Changed => ("Keep this plan's", "Take the file's"),
    };
    let absent = "(not in this copy)".to_string();
    let name = format!("merge-{key}");
    let choose = move |choice: Choice| {
        let key = key.clone();
        move |_| {
            choices.update(|c| {
                c.insert(key.clone(), choice);
            })
        }
    };
    view! {
        <li class="merge-item" class:merge-conflict=difference.state == DiffState::Conflict>
            <fieldset>
                <legend>{difference.label.clone()}</legend>
                <p class="merge-state">{state}</p>
                <dl class="merge-sides">
                    <div>
                        <dt>"This plan"</dt>
                        <dd>{difference.this_side.clone().unwrap_or_else(|| absent.clone())}</dd>
                    </div>
                    <div>
                        <dt>"The file"</dt>
                        <dd>{difference.file_side.clone().unwrap_or(absent)}</dd>
                    </div>
                </dl>
                <label>
                    <input
                        type="radio"
                        name=name.clone()
                        prop:checked=move || chosen.get() == Some(Choice::KeepThis)
                        on:change=choose(Choice::KeepThis)
                    />
                    {this_label}
                </label>
                <label>
                    <input
                        type="radio"
                        name=name
                        prop:checked=move || chosen.get() == Some(Choice::TakeFile)
                        on:change=choose(Choice::TakeFile)
                    />
                    {file_label}
                </label>
            </fieldset>
        </li>
    }
}
