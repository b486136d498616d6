//! The roll-up: schools by responsibility areas, each cell the share in
//! place coloured like the matrix's statuses; sortable by any column;
//! district-wide gaps and costs; the CSV downloads.

use leptos::prelude::*;

use super::school::{school_button_id, show_school, shown_school};
use super::use_district;
use crate::model::analysis::district::{District, SchoolRow, SortKey};
use crate::model::matrix::{Status, Tally};
use crate::storage::csv::{district_csv, matrix_csv, matrix_csv_file_name, CsvError};
use crate::ui::keyed::keyed_list;
use crate::ui::navigation::{use_navigation, Navigation};
use crate::ui::state::{use_notices, use_plan, Notices};

const CSV_MIME: &str = "text/csv;charset=utf-8";

/// The status whose colour and icon a roll-up cell takes: in place when at
/// least three quarters are; otherwise what leads among the rest, gaps or
/// work in progress; not assessed when nothing is.
fn heat(tally: &Tally) -> Status {
    let assessed = tally.in_place + tally.in_progress + tally.gap;
    if assessed == 0 {
        Status::NotAssessed
    } else if tally.percent_in_place() >= 75 {
        Status::InPlace
    } else if tally.gap > 0 && tally.gap >= tally.in_progress {
        Status::Gap
    } else {
        Status::InProgress
    }
}

fn tally_words(tally: &Tally) -> String {
    format!(
        "{} of {} in place, {} in progress, {} gaps, {} not assessed",
        tally.in_place,
        tally.total(),
        tally.in_progress,
        tally.gap,
        tally.not_assessed
    )
}

fn money(cents: crate::model::values::money::Cents) -> String {
    format!("${}", cents.to_plain_string())
}

/// Downloads a spreadsheet and says so, or says why not.
fn download_csv(notices: Notices, name: &str, table: Result<String, CsvError>) {
    let said = table
        .map_err(|e| e.to_string())
        .and_then(|text| crate::web::files::download(name, &text, CSV_MIME));
    notices.say(match said {
        Ok(()) => format!("Downloaded {name}."),
        Err(message) => message,
    });
}

#[component]
pub fn RollUp() -> impl IntoView {
    let state = use_district();
    let notices = use_notices();
    let plan = use_plan().signal();
    let sort = state.sort;
    let district = state.district;
    let download_rollup = move |_| {
        let name = format!("district-roll-up-{}.csv", crate::web::today_iso());
        download_csv(notices, &name, district.with_untracked(district_csv));
    };
    let download_matrix = move |_| {
        let (name, result) = plan.with_untracked(|p| {
            (
                matrix_csv_file_name(p, &crate::web::today_iso()),
                matrix_csv(p),
            )
        });
        download_csv(notices, &name, result);
    };

    view! {
        <div class="dt-rollup">
            <h3>"Roll-up"</h3>
            <div class="dt-actions">
                <button
                    type="button"
                    disabled=move || state.opened.with(Vec::is_empty)
                    on:click=download_rollup
                >
                    "Download the roll-up (CSV)"
                </button>
                <button type="button" on:click=download_matrix>
                    "Download my plan's matrix (CSV)"
                </button>
            </div>
            <Show
                when=move || district.with(|d| !d.schools.is_empty())
                fallback=|| view! { <p class="dt-muted">"No plans open yet."</p> }
            >
                <RollUpTable district sort />
                <super::school::SchoolView />
                <DistrictWide district />
            </Show>
        </div>
    }
}

#[component]
fn SortHead(label: String, key: SortKey, sort: RwSignal<(SortKey, bool)>) -> impl IntoView {
    let state = use_district();
    let direction = move || {
        let (by, ascending) = sort.get();
        match (by == key, ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        }
    };
    let arrow = move || match direction() {
        "ascending" => "▲",
        "descending" => "▼",
        _ => "↕",
    };
    view! {
        <th scope="col" aria-sort=direction>
            <button
                type="button"
                class="dt-sort"
                on:click=move |_| {
                    sort.update(|(by, ascending)| {
                        if *by == key {
                            *ascending = !*ascending;
                        } else {
                            *by = key;
                            // Names read A to Z; figures read best or most first.
                            *ascending = key == SortKey::Name;
                        }
                    });
                    let (key, ascending) = sort.get_untracked();
                    state.district.update(|d| d.sort(key, ascending));
                }
            >
                {label}
                <span aria-hidden="true" class="dt-arrow">{arrow}</span>
            </button>
        </th>
    }
}

fn share_cell(tally: Option<&Tally>) -> AnyView {
    match tally {
        Some(tally) => {
            let status = heat(tally);
            let words = tally_words(tally);
            view! {
                <td class=format!("dt-cell mx-st-{}", status.key()) title=words.clone()>
                    <span aria-hidden="true" class="dt-icon">{status.icon()}</span>
                    // One text node, not two: a 300-school roll-up has thousands of cells.
                    {format!(" {}%", tally.percent_in_place())}
                    <span class="visually-hidden">{format!(" ({words})")}</span>
                </td>
            }
            .into_any()
        }
        None => view! {
            <td class="dt-cell dt-absent">
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">"Not in this plan"</span>
            </td>
        }
        .into_any(),
    }
}

/// The sum of a school's costs over its years, as the roll-up shows it.
fn total_cost(row: &SchoolRow) -> String {
    if row.costs.is_empty() {
        return "—".to_string();
    }
    crate::model::values::money::Cents::checked_sum(row.costs.iter().map(|(_, t)| t.total_cost))
        .map(money)
        .unwrap_or_else(|| "too large".to_string())
}

/// What a roll-up row shows, as its key: a sort only moves the rows, and a
/// row whose figures changed (the same file opened again, edited) is drawn
/// anew.
fn row_key(row: &SchoolRow, columns: usize) -> u64 {
    crate::ui::keyed::row_key(&(
        &row.source,
        &row.name,
        row.overall,
        &row.areas,
        &row.unheld_roles,
        total_cost(row),
        columns,
    ))
}

fn school_row(row: &SchoolRow, columns: usize, navigation: Navigation) -> impl IntoView {
    let unheld = if row.unheld_roles.is_empty() {
        "—".to_string()
    } else {
        row.unheld_roles.join(", ")
    };
    view! {
        <tr>
            <th scope="row">{school_button(row, navigation)}</th>
            {share_cell(Some(&row.overall))}
            {(0..columns).map(|c| share_cell(row.area(c))).collect_view()}
            <td class="dt-num">{row.gaps}</td>
            <td>{unheld}</td>
            <td class="dt-num">{total_cost(row)}</td>
        </tr>
    }
}

/// The school's name, as a button that shows its plan below the roll-up.
fn school_button(row: &SchoolRow, navigation: Navigation) -> impl IntoView {
    let source = row.source.clone();
    let shown = source.clone();
    view! {
        <button
            type="button"
            class="dt-school-link"
            id=school_button_id(&row.source)
            aria-pressed=move || {
                if shown_school(navigation).as_deref() == Some(shown.as_str()) {
                    "true"
                } else {
                    "false"
                }
            }
            on:click=move |_| show_school(navigation, &source)
        >
            {row.name.clone()}
        </button>
    }
}

#[component]
fn RollUpTable(district: RwSignal<District>, sort: RwSignal<(SortKey, bool)>) -> impl IntoView {
    let navigation = use_navigation();
    let state = use_district();
    let areas = Memo::new(move |_| {
        district.with(|d| d.areas.iter().map(|a| a.name.clone()).collect::<Vec<_>>())
    });
    view! {
        <div class="dt-table-scroll" role="region" aria-labelledby="dt-rollup-caption" tabindex="0">
            <table class="dt-table">
                <caption id="dt-rollup-caption">
                    "Share of statements in place, by school and responsibility area"
                </caption>
                <thead>
                    <tr>
                        <SortHead label="School".to_string() key=SortKey::Name sort />
                        <SortHead label="All areas".to_string() key=SortKey::Overall sort />
                        {move || {
                            areas
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(at, name)| view! { <SortHead label=name key=SortKey::Area(at) sort /> })
                                .collect_view()
                        }}
                        <SortHead label="Gaps".to_string() key=SortKey::Gaps sort />
                        <th scope="col">"Roles nobody holds"</th>
                        <th scope="col">"Total cost"</th>
                    </tr>
                </thead>
                <tbody>
                    // Keyed, so a sort moves the rows instead of making them
                    // anew; `rows_shown` grows a group per task while many
                    // plans arrive (see `DistrictState::take_in`), so hundreds
                    // of rows are never made in one task.
                    {keyed_list(
                        move || {
                            let shown = state.rows_shown.get();
                            district
                                .with(|d| {
                                    let columns = d.areas.len();
                                    d.schools
                                        .iter()
                                        .take(shown)
                                        .map(|row| (row.clone(), columns))
                                        .collect::<Vec<_>>()
                                })
                        },
                        |(row, columns)| row_key(row, *columns),
                        move |(row, columns)| school_row(&row, columns, navigation),
                    )}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn DistrictWide(district: RwSignal<District>) -> impl IntoView {
    view! {
        <div class="dt-wide">
            <div class="dt-wide-part">
                <h4>"Areas with the most gaps"</h4>
                {move || {
                    district
                        .with(|d| {
                            let ranked = d.areas_by_gaps();
                            if ranked.is_empty() {
                                view! { <p class="dt-muted">"No gaps marked."</p> }.into_any()
                            } else {
                                view! {
                                    <ol class="dt-ranked">
                                        {ranked
                                            .into_iter()
                                            .map(|(area, gaps)| view! {
                                                <li>{area.name.clone()}": "{gaps}" "{if gaps == 1 { "gap" } else { "gaps" }}</li>
                                            })
                                            .collect_view()}
                                    </ol>
                                }
                                .into_any()
                            }
                        })
                }}
            </div>
            <div class="dt-wide-part">
                <h4>"Statements most often marked as gaps"</h4>
                {move || {
                    district
                        .with(|d| {
                            let gaps = d.most_common_gaps(10);
                            if gaps.is_empty() {
                                view! { <p class="dt-muted">"No gaps marked."</p> }.into_any()
                            } else {
                                view! {
                                    <ol class="dt-ranked">
                                        {gaps
                                            .into_iter()
                                            .map(|gap| {
                                                let schools = if gap.schools == 1 {
                                                    "1 school".to_string()
                                                } else {
                                                    format!("{} schools", gap.schools)
                                                };
                                                view! { <li>{gap.text.clone()}" ("{schools}")"</li> }
                                            })
                                            .collect_view()}
                                    </ol>
                                }
                                .into_any()
                            }
                        })
                }}
            </div>
            <TeacherRoleTable district />
            {move || {
                district
                    .with(|d| {
                        let years = d.cost_years().to_vec();
                        (!years.is_empty())
                            .then(|| {
                                view! {
                                    <div class="dt-wide-part dt-costs">
                                        <h4>"Costs and funding, summed"</h4>
                                        <div class="dt-table-scroll" role="region" aria-label="Costs and funding, summed" tabindex="0">
                                        <table class="dt-table">
                                            <caption class="visually-hidden">"Costs and funding per school year over every school"</caption>
                                            <thead>
                                                <tr>
                                                    <th scope="col">"School year"</th>
                                                    <th scope="col">"Schools"</th>
                                                    <th scope="col">"Total cost"</th>
                                                    <th scope="col">"Funding"</th>
                                                    <th scope="col">"Not funded"</th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {years
                                                    .into_iter()
                                                    .map(|y| view! {
                                                        <tr>
                                                            <th scope="row">{y.school_year.map(|s| s.label()).unwrap_or_default()}</th>
                                                            <td class="dt-num">{y.schools}</td>
                                                            <td class="dt-num">{money(y.total_cost)}</td>
                                                            <td class="dt-num">{money(y.funding)}</td>
                                                            <td class="dt-num">{money(y.gap())}</td>
                                                        </tr>
                                                    })
                                                    .collect_view()}
                                            </tbody>
                                        </table>
                                        </div>
                                    </div>
                                }
                            })
                    })
            }}
        </div>
    }
}

/// Teacher-leader roles of every school, by career stage and sphere.
#[component]
fn TeacherRoleTable(district: RwSignal<District>) -> impl IntoView {
    use crate::model::teacher_roles::Overview;
    move || {
        district.with(|d| {
            let grid = &d.teacher_roles;
            if grid.role_count == 0 {
                return view! {
                    <div class="dt-wide-part">
                        <h4>"Teacher-leader roles"</h4>
                        <p class="dt-muted">"No teacher-leader roles in these plans."</p>
                    </div>
                }
                .into_any();
            }
            let spheres: Vec<String> = grid
                .sphere_columns
                .iter()
                .map(|s| Overview::sphere_label(s).to_string())
                .collect();
            let rows = grid.rows();
            view! {
                <div class="dt-wide-part">
                    <h4>{format!("Teacher-leader roles ({})", grid.role_count)}</h4>
                    <div class="dt-table-scroll" role="region" aria-label="Teacher-leader roles by career stage and sphere" tabindex="0">
                        <table class="dt-table">
                            <caption class="visually-hidden">"Teacher-leader roles across schools, by career stage (rows) and sphere (columns)"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Career stage"</th>
                                    {spheres.into_iter().map(|s| view! { <th scope="col">{s}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|(stage, counts)| view! {
                                        <tr>
                                            <th scope="row">{stage.map(|s| s.label()).unwrap_or("Not set")}</th>
                                            {counts.into_iter().map(|n| view! { <td class="dt-num">{n}</td> }).collect_view()}
                                        </tr>
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                </div>
            }
            .into_any()
        })
    }
}
