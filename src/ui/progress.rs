//! The progress over the years as a chart: the share of statements in place,
//! overall (bold) and per area, year by year, drawn as inline SVG from the
//! geometry of `charts`, with a legend and a table of the same numbers.
//!
//! Shown by the matrix's Summary, the stakeholder report and the District
//! section, all of which arrive on demand: nothing of the first load names
//! this module, so its code comes with theirs.
//!
//! For people who do not see the chart: the SVG is one image (`role="img"`)
//! whose label says how the share in place changed, and the table holds
//! every number. The table is always in the accessibility tree; on screen it
//! is shown by "Show the numbers" (until then visually hidden, never
//! `display: none`), and on paper it is always printed (main.css). Lines
//! differ in marker shape as well as colour, and the legend shows both.

use leptos::prelude::*;

use crate::charts::{num, points, LineChart, Point, SeriesGeometry, SeriesStyle};
use crate::model::analysis::progress::Progress;
use crate::model::analysis::report::YEARS_TABLE_CAPTION;
use crate::ui::services::{use_plan_library, use_services};
use crate::ui::state::use_plan;

/// The open plan's school over the years: the plan as it is being edited
/// (its school year) and the plans of its other years kept in this browser
/// (`PlanLibrary::lineage_plans`); `None` unless two years are there.
///
/// Made again only when the matrix, the plan's school year or its lineage
/// changes: typing the title or in another section reaches one small memo
/// (the year and lineage), never `Progress::of`. The other years' plans
/// are read once per lineage.
pub fn live_progress() -> Memo<Option<Progress>> {
    let context = use_plan();
    let plan = context.signal();
    let matrix = context.matrix();
    let library = use_plan_library();
    let open = use_services().plan_store.open;
    let year_and_lineage = Memo::new(move |_| plan.with(|p| (p.school_year, p.lineage.clone())));
    let lineage = Memo::new(move |_| year_and_lineage.with(|(_, lineage)| lineage.clone()));
    let others = Memo::new(move |_| {
        lineage.with(|lineage| {
            lineage
                .as_ref()
                .map(|lineage| (library.lineage_plans)(lineage, open))
                .unwrap_or_default()
        })
    });
    Memo::new(move |_| {
        year_and_lineage.track();
        matrix.with(|_| ());
        others.with(|others| {
            // Untracked: the two above say when the plan changed in a way
            // that counts. The open plan comes first, so its year is its own.
            plan.with_untracked(|p| Progress::of(std::iter::once(p).chain(others)))
        })
    })
}

/// Radius of the bold line's markers and of the others'.
const MAIN_MARK: f64 = 5.5;
const MARK: f64 = 4.5;

fn stroke_width(bold: bool) -> &'static str {
    if bold {
        "4"
    } else {
        "2"
    }
}

/// The chart of `progress`, its legend and, unless `table` is off (the
/// report prints its own), the table of its numbers. `id` is unique on the
/// page (the table's id is `{id}-numbers`).
#[component]
pub fn ProgressChart(
    progress: Progress,
    #[prop(into)] id: String,
    #[prop(default = true)] table: bool,
) -> impl IntoView {
    let geometry = LineChart::from_progress(&progress).geometry();
    let label = format!(
        "{} Share of statements in place, overall and per responsibility area, by school year.",
        progress.summary()
    );
    let title = label.clone();
    let plot = geometry.plot;
    let grid = geometry
        .gridlines
        .iter()
        .map(|line| {
            let y = num(line.y);
            view! {
                <line
                    class="chart-gridline"
                    x1=num(plot.left)
                    x2=num(plot.right)
                    y1=y.clone()
                    y2=y
                />
                <text class="chart-axis" x=num(plot.left - 8.0) y=num(line.y + 4.5) text-anchor="end">
                    {line.label.clone()}
                </text>
            }
        })
        .collect_view();
    let year_labels = geometry
        .years
        .iter()
        .filter_map(|tick| {
            let label = tick.label.clone()?;
            Some(view! {
                <text class="chart-axis" x=num(tick.x) y=num(plot.bottom + 22.0) text-anchor="middle">
                    {label}
                </text>
            })
        })
        .collect_view();
    let year_names = progress.year_labels();
    // The bold line last, so it is drawn over the others.
    let lines = geometry
        .series
        .iter()
        .rev()
        .map(|series| series_lines(series, &year_names))
        .collect_view();
    let legend = geometry
        .series
        .iter()
        .map(|series| {
            view! {
                <li>
                    {key(series.style, series.bold)}
                    <span>{series.name.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="chart">
            <svg
                class="chart-svg"
                viewBox=geometry.view_box()
                role="img"
                aria-label=label
                preserveAspectRatio="xMidYMid meet"
            >
                <title>{title}</title>
                <g class="chart-grid">{grid}{year_labels}</g>
                {lines}
            </svg>
            <ul class="chart-legend" aria-label="Legend">
                {legend}
            </ul>
            {table.then(|| view! { <NumbersTable progress id /> })}
        </div>
    }
}

/// A series' lines and markers; each marker names its value on hover.
fn series_lines(series: &SeriesGeometry, years: &[String]) -> impl IntoView {
    let SeriesStyle { colour, marker } = series.style;
    let width = stroke_width(series.bold);
    let radius = if series.bold { MAIN_MARK } else { MARK };
    let runs = series
        .segments
        .iter()
        .map(|run| {
            view! {
                <polyline
                    points=points(run)
                    fill="none"
                    stroke=colour
                    stroke-width=width
                    stroke-linejoin="round"
                    stroke-linecap="round"
                />
            }
        })
        .collect_view();
    let marks = series
        .marks
        .iter()
        .map(|mark| {
            let year = years.get(mark.year).cloned().unwrap_or_default();
            let title = format!("{}, {year}: {} %", series.name, mark.percent);
            view! {
                <path d=marker.path(mark.at, radius) fill=colour stroke="#ffffff" stroke-width="1.5">
                    <title>{title}</title>
                </path>
            }
        })
        .collect_view();
    let class = if series.bold {
        "chart-series chart-main"
    } else {
        "chart-series"
    };
    view! { <g class=class>{runs}{marks}</g> }
}

/// The legend's sample of a series: a stretch of its line with its marker.
fn key(style: SeriesStyle, bold: bool) -> impl IntoView {
    let radius = if bold { MAIN_MARK } else { MARK };
    view! {
        <svg class="chart-key" viewBox="0 0 36 16" aria-hidden="true">
            <line x1="2" x2="34" y1="8" y2="8" stroke=style.colour stroke-width=stroke_width(bold) />
            <path
                d=style.marker.path(Point { x: 18.0, y: 8.0 }, radius)
                fill=style.colour
                stroke="#ffffff"
                stroke-width="1.5"
            />
        </svg>
    }
}

/// The numbers of the chart: a row per area and "Overall", a column per
/// year. Read by screen readers and printed; on screen behind "Show the
/// numbers".
#[component]
fn NumbersTable(progress: Progress, id: String) -> impl IntoView {
    let shown = RwSignal::new(false);
    let table_id = format!("{id}-numbers");
    let (head, rows) = progress.table();
    let count = rows.len();
    view! {
        <button
            type="button"
            class="chart-toggle"
            aria-expanded=move || if shown.get() { "true" } else { "false" }
            aria-controls=table_id.clone()
            on:click=move |_| shown.update(|shown| *shown = !*shown)
        >
            {move || if shown.get() { "Hide the numbers" } else { "Show the numbers" }}
        </button>
        <div
            id=table_id
            class=move || {
                if shown.get() { "chart-numbers" } else { "chart-numbers visually-hidden" }
            }
        >
            <table class="chart-table">
                <caption>{YEARS_TABLE_CAPTION}</caption>
                <thead>
                    <tr>
                        {head
                            .into_iter()
                            .map(|h| view! { <th scope="col">{h}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .enumerate()
                        .map(|(at, row)| {
                            // "Overall" is the last row (`Progress::table`).
                            let overall = at + 1 == count;
                            let cells = row.into_iter().enumerate().map(|(i, cell)| {
                                if i == 0 {
                                    view! { <th scope="row">{cell}</th> }.into_any()
                                } else {
                                    view! { <td class="chart-num">{cell}</td> }.into_any()
                                }
                            });
                            view! {
                                <tr class=overall.then_some("chart-overall")>{cells.collect_view()}</tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
