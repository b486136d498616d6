//! One school's plan, read only, chosen from the roll-up (`#district/<file
//! name>`): who holds which role, the tally overall and per area, and the
//! matrix with each statement's status. "Open this plan" hands it to the
//! import confirmation, as "Open as my plan…" does.

use leptos::prelude::*;

use super::open::open_as_mine;
use super::{use_district, OpenedPlan};
use crate::model::analysis::district::school_name;
use crate::model::matrix::Tally;
use crate::places::Place;
use crate::ui::import::{use_import, ImportFlow};
use crate::ui::matrix::{dom_id, CoverageTable, StatementList};
use crate::ui::navigation::{use_navigation, Navigation};

const HEADING_ID: &str = "dt-school-heading";

/// The id of a school's button in the roll-up, to return focus to.
pub fn school_button_id(file_name: &str) -> String {
    dom_id("dt-school", &[file_name])
}

/// Shows the school's plan below the roll-up and moves focus to it.
pub fn show_school(navigation: Navigation, file_name: &str) {
    navigation.replace(Place::District(Some(file_name.to_string())));
    crate::web::focus_later(HEADING_ID.to_string());
}

fn tally_sentence(t: &Tally) -> String {
    format!(
        "{} statements: {} in place ({}%), {} in progress, {} gaps, {} not assessed.",
        t.total(),
        t.in_place,
        t.percent_in_place(),
        t.in_progress,
        t.gap,
        t.not_assessed
    )
}

/// The school chosen in the URL, if it is open.
#[component]
pub fn SchoolView() -> impl IntoView {
    let state = use_district();
    let navigation = use_navigation();
    let import = use_import();
    let file_name = Memo::new(move |_| shown_school(navigation));
    let chosen = Memo::new(move |_| {
        file_name.with(|file_name| {
            let file_name = file_name.as_deref()?;
            state
                .opened
                .with(|opened| opened.iter().find(|o| o.file_name == file_name).cloned())
        })
    });
    move || {
        chosen
            .get()
            .map(|opened| school_plan(opened, navigation, import))
    }
}

/// The file name of the school the place shows, if any (tracked).
pub fn shown_school(navigation: Navigation) -> Option<String> {
    navigation.with(|place| match place {
        Place::District(file_name) => file_name.clone(),
        _ => None,
    })
}

fn school_plan(opened: OpenedPlan, navigation: Navigation, import: ImportFlow) -> impl IntoView {
    let plan = opened.plan.clone();
    let matrix = &plan.matrix;
    let summary = matrix.summary();
    let school = school_name(&plan);
    let by_area: Vec<(String, Tally)> = summary
        .by_area
        .iter()
        .filter_map(|(id, tally)| Some((matrix.area(id)?.name.clone(), *tally)))
        .collect();
    let holders = matrix
        .roles
        .iter()
        .map(|role| {
            let names: Vec<&str> = matrix
                .holders(&role.id)
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let held = if names.is_empty() {
                "⚠ Nobody holds this role".to_string()
            } else {
                names.join(", ")
            };
            view! { <li><strong>{role.name.clone()}</strong>": "{held}</li> }
        })
        .collect_view();
    let people: Vec<(crate::model::values::ids::PersonId, String)> = matrix
        .people
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let people_count = people.len();
    let names = Memo::new(move |_| people.clone());
    let role_heads = matrix
        .roles
        .iter()
        .map(|r| view! { <th scope="col">{r.name.clone()}</th> })
        .collect_view();
    let rows = matrix
        .areas
        .iter()
        .map(|area| {
            let cells = matrix
                .roles
                .iter()
                .map(|role| {
                    // Text for a cell without statements to list; else the list.
                    let (text, cell) = match matrix.cell(&role.id, &area.id) {
                        None => (Some("—"), None),
                        Some(c) if c.not_applicable => (Some("N/A"), None),
                        Some(c) => (None, Some(c.clone())),
                    };
                    view! {
                        <td>
                            {text}
                            {cell.map(|cell| view! { <StatementList cell names compact=true /> })}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{area.name.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let file_line = format!(" (file {}, read only)", opened.file_name);
    let file_name = opened.file_name.clone();
    let close = move |_| {
        navigation.replace(Place::District(None));
        crate::web::focus_later(school_button_id(&file_name));
    };
    let organization = [plan.display_title(), &plan.organization.district]
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty() && *part != school)
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <section class="panel dt-school" aria-labelledby=HEADING_ID>
            <h3 id=HEADING_ID tabindex="-1">{school.clone()}</h3>
            <p class="dt-muted">
                {organization} {file_line}
            </p>
            <div class="dt-actions">
                <button type="button" on:click=move |_| open_as_mine(import, &opened)>
                    "Open this plan"
                </button>
                <button type="button" on:click=close>"Close"</button>
            </div>
            <h4>"Summary"</h4>
            <p class="mx-overall">{tally_sentence(&summary.overall)}</p>
            <CoverageTable caption="Coverage by area" first="Area" rows=by_area />
            <h4>{format!("People ({people_count}) and role holders")}</h4>
            <ul class="dt-holders">{holders}</ul>
            <h4>"Leadership matrix"</h4>
            <div
                class="dt-table-scroll"
                role="region"
                aria-label=format!("{school}: leadership matrix, read only")
                tabindex="0"
            >
                <table class="dt-grid">
                    <caption class="visually-hidden">
                        "Leadership roles (columns) by responsibility areas (rows), with each statement's status"
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Responsibility area"</th>
                            {role_heads}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
