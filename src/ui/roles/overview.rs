//! The portfolio at a glance: career stage × sphere counts, how many roles
//! serve each purpose, and which of the seven responsibilities nobody covers.

use leptos::prelude::*;

use crate::model::teacher_roles::templates::{display_value, label_of, PURPOSES, RESPONSIBILITIES};
use crate::model::teacher_roles::{CareerStage, Overview};
use crate::ui::state::use_plan;

#[component]
pub fn PortfolioOverview() -> impl IntoView {
    let plan = use_plan();
    let overview = Memo::new(move |_| plan.signal().with(|p| p.teacher_roles.overview()));
    view! {
        <section class="tl-overview" aria-labelledby="tl-overview-heading">
            <h3 id="tl-overview-heading">"Portfolio overview"</h3>
            <Show
                when=move || overview.with(|o| o.role_count > 0)
                fallback=|| view! { <p class="tl-muted">"Add roles to see how they spread across career stages, spheres and purposes."</p> }
            >
                <div class="tl-overview-grid">
                    <StageSphereGrid overview=overview />
                    <PurposeCoverage overview=overview />
                    <Uncovered overview=overview />
                </div>
            </Show>
        </section>
    }
}

fn stage_label(stage: Option<CareerStage>) -> &'static str {
    stage.map(CareerStage::label).unwrap_or("Not set")
}

#[component]
fn StageSphereGrid(overview: Memo<Overview>) -> impl IntoView {
    // Spheres as rows and career stages as columns: the table stays narrow
    // enough for a phone however many spheres there are.
    move || {
        overview.with(|o| {
            let stages: Vec<Option<CareerStage>> = o.grid.iter().map(|row| row.stage).collect();
            let rows = o
                .sphere_columns
                .iter()
                .enumerate()
                .map(|(col, sphere)| {
                    let label = Overview::sphere_label(sphere).to_string();
                    let cells = o
                        .grid
                        .iter()
                        .map(|row| {
                            let n = row.counts.get(col).copied().unwrap_or_default();
                            view! {
                                <td class:tl-zero=n == 0>{if n == 0 { "–".to_string() } else { n.to_string() }}</td>
                            }
                        })
                        .collect_view();
                    let total: usize = o.grid.iter().map(|row| row.counts.get(col).copied().unwrap_or_default()).sum();
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            {cells}
                            <td class="tl-total" class:tl-zero=total == 0>{total}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="tl-table-wrap" role="region" aria-labelledby="tl-grid-caption" tabindex="0">
                    <table class="tl-grid">
                        <caption id="tl-grid-caption">"Roles by sphere of influence and career stage"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Sphere"</th>
                                {stages
                                    .into_iter()
                                    .map(|s| view! { <th scope="col">{stage_label(s)}</th> })
                                    .collect_view()}
                                <th scope="col">"All"</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    }
}

#[component]
fn PurposeCoverage(overview: Memo<Overview>) -> impl IntoView {
    view! {
        <div class="tl-coverage">
            <h4 id="tl-purpose-heading">"Purpose coverage"</h4>
            <ul aria-labelledby="tl-purpose-heading">
                {move || {
                    overview
                        .with(|o| o.purpose_coverage.clone())
                        .into_iter()
                        .map(|(purpose, n)| {
                            let label = display_value(PURPOSES, &purpose).to_string();
                            let custom = label_of(PURPOSES, &purpose).is_none();
                            let count = match n {
                                0 => "no role".to_string(),
                                1 => "1 role".to_string(),
                                n => format!("{n} roles"),
                            };
                            view! {
                                <li class:tl-zero=n == 0>
                                    <span class="tl-coverage-label">
                                        {label}
                                        {custom.then(|| view! { <span class="tl-tag">" (your own)"</span> })}
                                    </span>
                                    <span class="tl-count">{count}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}

#[component]
fn Uncovered(overview: Memo<Overview>) -> impl IntoView {
    view! {
        <div class="tl-uncovered">
            <h4 id="tl-uncovered-heading">"Responsibilities no role covers"</h4>
            {move || {
                let missing = overview.with(|o| o.uncovered_responsibilities.clone());
                if missing.is_empty() {
                    view! {
                        <p class="tl-ok">
                            "Every one of the seven example responsibilities is covered by at least one role."
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p>{format!("{} of the seven example responsibilities:", missing.len())}</p>
                        <ul aria-labelledby="tl-uncovered-heading">
                            {missing
                                .into_iter()
                                .map(|key| view! { <li>{label_of(RESPONSIBILITIES, key).unwrap_or(key)}</li> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}
