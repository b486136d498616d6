//! Progress over the years in the browser: the chart alone, and where it
//! shows (the matrix's Summary, the stakeholder report, the District
//! section), over in-memory services and a plan list of this file's own.
#![cfg(target_arch = "wasm32")]

mod common;

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use stem_leadership_planner::model::analysis::progress::Progress;
use stem_leadership_planner::model::edit::{PlanEdit, StatementEdit};
use stem_leadership_planner::model::matrix::Status;
use stem_leadership_planner::model::values::date::SchoolYear;
use stem_leadership_planner::model::values::ids::{AreaId, LineageId, StatementId};
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::places::{ImplementationView, MatrixView, Place};
use stem_leadership_planner::storage::document::to_pretty_json;
use stem_leadership_planner::storage::library::Capacity;
use stem_leadership_planner::ui::matrix::MatrixSection;
use stem_leadership_planner::ui::progress::ProgressChart;
use stem_leadership_planner::ui::services::PlanLibrary;
use stem_leadership_planner::ui::{DistrictSection, ImplementationSection};
use stem_leadership_planner::web::local_store::SaveError;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use common::{mount_section, tick, wait_ms, Memory};

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// What this file's plan list gives as the open plan's other years.
    static OTHER_YEARS: RefCell<Vec<Plan>> = const { RefCell::new(Vec::new()) };
    /// How often the other years were asked for.
    static ASKED: Cell<usize> = const { Cell::new(0) };
}

/// A plan list that holds `OTHER_YEARS` only, so no test reaches localStorage.
fn library(other_years: Vec<Plan>) -> PlanLibrary {
    OTHER_YEARS.with(|plans| *plans.borrow_mut() = other_years);
    ASKED.with(|asked| asked.set(0));
    PlanLibrary {
        list: Vec::new,
        create: |_| Err(SaveError::Refused),
        read: |_| Err("not in this test's list".into()),
        write: |_, _| Err(SaveError::Refused),
        delete: |_| Err(SaveError::Refused),
        restore: |_| Err(SaveError::Refused),
        lineage_plans: |lineage, _except| {
            ASKED.with(|asked| asked.set(asked.get() + 1));
            OTHER_YEARS.with(|plans| {
                plans
                    .borrow()
                    .iter()
                    .filter(|p| p.lineage.as_ref() == Some(lineage))
                    .cloned()
                    .collect()
            })
        },
        capacity: |entries| Capacity::of(entries, 0),
        fresh_lineage: || LineageId::new("ln-fresh"),
        open: |_, _| Ok(()),
    }
}

const DECISIONS: &str = "decision-making";

/// The default plan of Roosevelt for `year`, with `in_place` of the
/// Decision-making area's six statements in place.
fn plan_of(year: &str, in_place: usize) -> Plan {
    let mut plan = Plan::default();
    plan.organization.school = "Roosevelt Elementary".into();
    plan.school_year = SchoolYear::parse(year).ok();
    plan.lineage = Some(LineageId::new("ln-roosevelt"));
    for id in decision_statements(&plan).iter().take(in_place) {
        plan.matrix.set_status(id, Status::InPlace);
    }
    plan
}

fn decision_statements(plan: &Plan) -> Vec<StatementId> {
    let area = AreaId::new(DECISIONS);
    plan.matrix
        .cells
        .iter()
        .filter(|c| c.area == area)
        .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
        .collect()
}

async fn appears(host: &web_sys::HtmlElement, selector: &str) {
    for _ in 0..150 {
        if host.query_selector(selector).unwrap().is_some() {
            return;
        }
        wait_ms(20).await;
    }
    panic!("{selector} never appeared");
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

/// The rows of the table `selector` finds as text: the row's name, then its cells.
fn table_rows(host: &web_sys::HtmlElement, selector: &str) -> Vec<Vec<String>> {
    let table = host
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"));
    rows_of(&table)
}

fn rows_of(table: &web_sys::Element) -> Vec<Vec<String>> {
    let rows = table.query_selector_all("tr").unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|row| {
            let cells = row.unchecked_into::<web_sys::Element>().children();
            (0..cells.length())
                .filter_map(|i| cells.item(i))
                .map(|cell| cell.text_content().unwrap_or_default().trim().to_string())
                .collect()
        })
        .collect()
}

fn row<'a>(rows: &'a [Vec<String>], name: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r.first().map(String::as_str) == Some(name))
        .unwrap_or_else(|| panic!("no row {name} in {rows:?}"))
}

/// The chart alone: an image labelled with the change, a line per series
/// (bold overall), a legend entry each and the numbers in a table that is
/// always in the accessibility tree and shown on screen by its button.
#[wasm_bindgen_test]
async fn the_chart_alone_draws_lines_a_legend_and_the_numbers() {
    let last_year = plan_of("2025-26", 0);
    let this_year = plan_of("2026-27", 6);
    let progress = Progress::of([&this_year, &last_year]).expect("two years");
    let areas = progress.areas.len() as u32;
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), move || {
        view! { <ProgressChart progress id="test-chart" /> }
    })
    .forget();
    tick().await;

    let svg = host
        .query_selector("svg.chart-svg")
        .unwrap()
        .expect("the chart");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let label = svg.get_attribute("aria-label").unwrap_or_default();
    assert!(
        label.starts_with("In place rose from 0 % in 2025-26 to 8 % in 2026-27."),
        "{label}"
    );
    let title = host
        .query_selector("svg.chart-svg > title")
        .unwrap()
        .expect("a title");
    assert_eq!(title.text_content().unwrap_or_default(), label);
    // Two years: one line per series, a mark per year and series.
    assert_eq!(count(&host, "svg.chart-svg polyline"), areas + 1);
    assert_eq!(count(&host, ".chart-main polyline"), 1);
    assert_eq!(count(&host, ".chart-series > path"), 2 * (areas + 1));
    assert_eq!(count(&host, ".chart-legend li"), areas + 1);
    assert_eq!(
        host.query_selector(".chart-legend li")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default(),
        "Overall"
    );
    assert!(
        host.query_selector("[style]").unwrap().is_none(),
        "no style attributes (the content security policy)"
    );

    let rows = table_rows(&host, ".chart-table");
    assert_eq!(rows[0], ["Area", "2025-26", "2026-27"]);
    assert_eq!(
        row(&rows, "Decision-making"),
        ["Decision-making", "0 %", "100 %"]
    );
    assert_eq!(row(&rows, "Overall"), ["Overall", "0 %", "8 %"]);

    // Hidden on screen but in the accessibility tree until shown.
    let numbers = host
        .query_selector("#test-chart-numbers")
        .unwrap()
        .expect("the numbers");
    assert!(numbers.class_list().contains("visually-hidden"));
    let toggle: web_sys::HtmlElement = host
        .query_selector(".chart-toggle")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        toggle.get_attribute("aria-controls").as_deref(),
        Some("test-chart-numbers")
    );
    toggle.click();
    tick().await;
    assert!(!numbers.class_list().contains("visually-hidden"));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        toggle.text_content().unwrap_or_default(),
        "Hide the numbers"
    );
}

/// The matrix's Summary: this year's plan as edited and last year's from
/// the plan list, side by side; an edit of the matrix moves the line, and
/// typing the title reads nothing again.
#[wasm_bindgen_test]
async fn the_matrix_summary_shows_progress_with_last_years_plan() {
    let this_year = plan_of("2026-27", 3);
    let (host, plan, _) = mount_section(
        this_year.clone(),
        Place::Matrix(MatrixView::Summary),
        Memory::default(),
        || {
            provide_context(library(vec![plan_of("2025-26", 0)]));
            view! { <MatrixSection /> }
        },
    );
    appears(&host, ".mx-years .chart-table").await;
    assert_eq!(
        host.query_selector("#mx-years-heading")
            .unwrap()
            .and_then(|h| h.text_content())
            .as_deref(),
        Some("Progress over the years")
    );
    let rows = table_rows(&host, ".mx-years .chart-table");
    assert_eq!(rows[0], ["Area", "2025-26", "2026-27"]);
    assert_eq!(
        row(&rows, "Decision-making"),
        ["Decision-making", "0 %", "50 %"]
    );
    assert_eq!(row(&rows, "Overall"), ["Overall", "0 %", "4 %"]);
    assert!(count(&host, ".mx-years svg polyline") > 0);
    assert_eq!(ASKED.with(Cell::get), 1);

    // A status set in the matrix reaches the chart.
    let id = decision_statements(&this_year)[5].clone();
    plan.apply(StatementEdit::SetStatus {
        id,
        status: Status::InPlace,
    });
    tick().await;
    let rows = table_rows(&host, ".mx-years .chart-table");
    assert_eq!(
        row(&rows, "Decision-making"),
        ["Decision-making", "0 %", "67 %"]
    );
    assert_eq!(row(&rows, "Overall"), ["Overall", "0 %", "5 %"]);

    plan.type_into(PlanEdit::SetTitle("Roosevelt STEM plan".into()));
    tick().await;
    assert_eq!(ASKED.with(Cell::get), 1, "the other years are read once");
    assert!(host
        .query_selector(".mx-years .chart-table")
        .unwrap()
        .is_some());
}

/// With only this year, the Summary says where the chart will come from.
#[wasm_bindgen_test]
async fn the_matrix_summary_without_another_year_says_how_to_get_one() {
    let (host, _, _) = mount_section(
        plan_of("2026-27", 3),
        Place::Matrix(MatrixView::Summary),
        Memory::default(),
        || {
            provide_context(library(Vec::new()));
            view! { <MatrixSection /> }
        },
    );
    appears(&host, ".mx-years-none").await;
    assert!(host.query_selector(".chart").unwrap().is_none());
    let line = host
        .query_selector(".mx-years-none")
        .unwrap()
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(line.contains("Start next school year"), "{line}");
}

/// The stakeholder report: the chart above the report's own table of the
/// same numbers (which "Copy as text" and paper use).
#[wasm_bindgen_test]
async fn the_report_draws_the_chart_above_its_table() {
    let (host, _, _) = mount_section(
        plan_of("2026-27", 6),
        Place::Implementation(ImplementationView::Report),
        Memory::default(),
        || {
            provide_context(library(vec![plan_of("2025-26", 0)]));
            view! { <ImplementationSection /> }
        },
    );
    appears(&host, ".im-report .chart-svg").await;
    assert_eq!(
        count(&host, ".im-report .chart-table"),
        0,
        "the report's own table"
    );
    let chart = host.query_selector(".im-report .chart").unwrap().unwrap();
    let table = chart
        .next_element_sibling()
        .expect("the table after the chart");
    assert!(table.class_list().contains("im-report-table-wrap"));
    let rows = rows_of(&table);
    assert_eq!(rows[0], ["Area", "2025-26", "2026-27"]);
    assert_eq!(row(&rows, "Overall"), ["Overall", "0 %", "8 %"]);
    assert!(host
        .text_content()
        .unwrap_or_default()
        .contains("In place rose from 0 % in 2025-26 to 8 % in 2026-27."));
}

/// District: two opened plans of one school make its chart; a school with
/// one year has none.
#[wasm_bindgen_test]
async fn the_district_shows_a_chart_per_school_with_two_years() {
    let mut other = Plan::default();
    other.organization.school = "Adams Middle".into();
    other.school_year = SchoolYear::parse("2026-27").ok();
    other.lineage = Some(LineageId::new("ln-adams"));
    let files = vec![
        ("adams.json".into(), to_pretty_json(&other)),
        (
            "roosevelt-2025.json".into(),
            to_pretty_json(&plan_of("2025-26", 0)),
        ),
        (
            "roosevelt-2026.json".into(),
            to_pretty_json(&plan_of("2026-27", 6)),
        ),
    ];
    let (host, _, _) = mount_section(
        Plan::default(),
        Place::District(None),
        Memory {
            district_files: files,
            ..Memory::default()
        },
        || view! { <DistrictSection /> },
    );
    appears(&host, ".dt-years .chart-table").await;
    assert_eq!(count(&host, ".dt-years-school"), 1);
    let heading = host
        .query_selector(".dt-years-school h4")
        .unwrap()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    assert!(heading.starts_with("Roosevelt Elementary"), "{heading}");
    let rows = table_rows(&host, ".dt-years .chart-table");
    assert_eq!(row(&rows, "Overall"), ["Overall", "0 %", "8 %"]);
    assert!(count(&host, ".dt-years svg polyline") > 0);
}
