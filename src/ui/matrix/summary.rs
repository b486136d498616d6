//! Coverage per role and per area, gaps, statements not yet assessed,
//! roles nobody holds and each person's load.

use leptos::prelude::*;

use super::{use_matrix_ui, StatusBadge};
use crate::model::matrix::{StatementRef, Status, Tally};
use crate::model::values::ids::{AreaId, RoleId};
use crate::ui::progress::{live_progress, ProgressChart};

#[derive(Clone, PartialEq)]
struct Figures {
    overall: Tally,
    by_role: Vec<(String, Tally)>,
    by_area: Vec<(String, Tally)>,
    gaps: Vec<(String, String)>,
    not_assessed: Vec<(String, String)>,
    roles_without_people: Vec<String>,
    load: Vec<(String, String, usize)>,
}

#[component]
pub fn SummaryPanel() -> impl IntoView {
    let matrix = use_matrix_ui().matrix;
    let figures = Memo::new(move |_| {
        matrix.with(|m| {
            let s = m.summary();
            let role_name = |id: &RoleId| m.role(id).map(|r| r.name.clone()).unwrap_or_default();
            let area_name = |id: &AreaId| m.area(id).map(|a| a.name.clone()).unwrap_or_default();
            let place = |r: &StatementRef| {
                (
                    format!("{} · {}", area_name(&r.area), role_name(&r.role)),
                    r.text.clone(),
                )
            };
            Figures {
                overall: s.overall,
                by_role: s
                    .by_role
                    .iter()
                    .map(|(id, t)| (role_name(id), *t))
                    .collect(),
                by_area: s
                    .by_area
                    .iter()
                    .map(|(id, t)| (area_name(id), *t))
                    .collect(),
                gaps: s.gaps.iter().map(place).collect(),
                not_assessed: s.not_assessed.iter().map(place).collect(),
                roles_without_people: s.roles_without_people.iter().map(role_name).collect(),
                load: s
                    .person_load
                    .iter()
                    .map(|(id, n)| {
                        let person = m.person(id);
                        (
                            person.map(|x| x.name.clone()).unwrap_or_default(),
                            person.map(|x| x.position.clone()).unwrap_or_default(),
                            *n,
                        )
                    })
                    .collect(),
            }
        })
    });
    let summary = move || {
        let f = figures.get();
        let o = f.overall;
        view! {
            <div class="mx-summary">
                <h3>"Summary"</h3>
                <p class="mx-overall">
                    {format!(
                        "{} statements: {} in place ({}%), {} in progress, {} gaps, {} not assessed.",
                        o.total(),
                        o.in_place,
                        o.percent_in_place(),
                        o.in_progress,
                        o.gap,
                        o.not_assessed
                    )}
                </p>
                <div class="mx-summary-tables">
                    <CoverageTable caption="Coverage by role" first="Role" rows=f.by_role />
                    <CoverageTable caption="Coverage by area" first="Area" rows=f.by_area />
                </div>
                <section class="mx-summary-block">
                    <h4>{format!("Gaps ({})", f.gaps.len())}</h4>
                    {if f.gaps.is_empty() {
                        view! { <p class="mx-muted">"No statement is marked as a gap."</p> }.into_any()
                    } else {
                        view! { <RefList items=f.gaps status=Status::Gap /> }.into_any()
                    }}
                </section>
                <section class="mx-summary-block">
                    <h4>"Roles nobody holds"</h4>
                    {if f.roles_without_people.is_empty() {
                        view! { <p class="mx-allheld">"✓ Every role has at least one person."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="mx-nobody-list">
                                {f.roles_without_people
                                    .into_iter()
                                    .map(|r| view! { <li><span aria-hidden="true">"⚠ "</span>{r}</li> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                </section>
                <section class="mx-summary-block">
                    <h4>"Load per person"</h4>
                    {if f.load.is_empty() {
                        view! { <p class="mx-muted">"No people yet: add them in the People tab."</p> }.into_any()
                    } else {
                        view! {
                            <table class="mx-table">
                                <thead>
                                    <tr>
                                        <th scope="col">"Person"</th>
                                        <th scope="col">"Position"</th>
                                        <th scope="col" class="mx-num">"Statements owned"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {f.load
                                        .into_iter()
                                        .map(|(name, position, n)| view! {
                                            <tr>
                                                <th scope="row">{name}</th>
                                                <td>{position}</td>
                                                <td class="mx-num">{n}</td>
                                            </tr>
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                            .into_any()
                    }}
                </section>
                <section class="mx-summary-block">
                    <h4>{format!("Not yet assessed ({})", f.not_assessed.len())}</h4>
                    {if f.not_assessed.is_empty() {
                        view! { <p class="mx-allheld">"✓ Every statement has a status."</p> }.into_any()
                    } else {
                        view! {
                            <details>
                                <summary>"Show the statements not yet assessed"</summary>
                                <RefList items=f.not_assessed status=Status::NotAssessed />
                            </details>
                        }
                            .into_any()
                    }}
                </section>
            </div>
        }
    };
    view! {
        {summary}
        <YearsPanel />
    }
}

/// The school's progress over the years, below the summary, when this
/// browser keeps its plan of another school year (see `live_progress`).
#[component]
fn YearsPanel() -> impl IntoView {
    let years = live_progress();
    move || {
        match years.get() {
        Some(progress) => view! {
            <section class="mx-years" aria-labelledby="mx-years-heading">
                <h3 id="mx-years-heading">"Progress over the years"</h3>
                <ProgressChart progress id="mx-years" />
            </section>
        }
        .into_any(),
        None => view! {
            <p class="mx-muted mx-years-none">
                "Progress over the years appears once this school has a plan for another year (Plans → Start next school year)."
            </p>
        }
        .into_any(),
    }
    }
}

/// A tally per role or area as a table (also the District section's
/// read-only view of a school's plan).
#[component]
pub fn CoverageTable(
    caption: &'static str,
    first: &'static str,
    rows: Vec<(String, Tally)>,
) -> impl IntoView {
    let head = |s: Status| view! { <th scope="col" class="mx-num"><StatusBadge status=s /></th> };
    view! {
        <div class="mx-table-scroll" role="region" aria-label=caption tabindex="0">
        <table class="mx-table mx-coverage">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{first}</th>
                    {head(Status::InPlace)}
                    {head(Status::InProgress)}
                    {head(Status::Gap)}
                    {head(Status::NotAssessed)}
                    <th scope="col" class="mx-num">"Total"</th>
                    <th scope="col">"% in place"</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|(name, t)| {
                        let pct = t.percent_in_place();
                        view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td class="mx-num">{t.in_place}</td>
                                <td class="mx-num">{t.in_progress}</td>
                                <td class="mx-num">{t.gap}</td>
                                <td class="mx-num">{t.not_assessed}</td>
                                <td class="mx-num">{t.total()}</td>
                                <td class="mx-pct">
                                    <span class="mx-bar" aria-hidden="true">
                                        // A style property, not a style attribute: the content security
                                        // policy allows no inline style attributes.
                                        <span style:width=format!("{pct}%")></span>
                                    </span>
                                    {format!("{pct}%")}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        </div>
    }
}

#[component]
fn RefList(items: Vec<(String, String)>, status: Status) -> impl IntoView {
    view! {
        <ul class="mx-reflist">
            {items
                .into_iter()
                .map(|(place, text)| view! {
                    <li class=format!("mx-st mx-st-{}", status.key())>
                        <StatusBadge status compact=true />
                        <span class="mx-ref-place">{place}</span>
                        ": "
                        {text}
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
