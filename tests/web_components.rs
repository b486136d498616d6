//! Components mounted alone with only the contexts they need, as in
//! leptos-rs/leptos `examples/counter/tests/web.rs`: the editors change the
//! plan only through `PlanContext`, and every change can be undone.
#![cfg(target_arch = "wasm32")]

mod common;

use leptos::prelude::*;
use stem_leadership_planner::model::edit::{MatrixRoleEdit, PlanEdit};
use stem_leadership_planner::model::teacher_roles::CareerStage;
use stem_leadership_planner::model::values::ids::TeacherRoleId;
use stem_leadership_planner::model::Plan;
use stem_leadership_planner::ui::banners::UndoToast;
use stem_leadership_planner::ui::keyed::keyed_list;
use stem_leadership_planner::ui::on_demand::{ChunkUnavailable, OnDemand, OnDemandView};
use stem_leadership_planner::ui::roles::editor::RoleEditor;
use stem_leadership_planner::ui::roles::RoleHandle;
use stem_leadership_planner::ui::state::PlanContext;
use stem_leadership_planner::ui::undo::UndoRedoButtons;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use common::{memory, mount_section, tick, wait_ms, Memory};
use stem_leadership_planner::places::{ImplementationView, MatrixView, Place};
use stem_leadership_planner::storage::document::to_pretty_json;
use stem_leadership_planner::ui::matrix::MatrixSection;
use stem_leadership_planner::ui::roles::RolesSection;
use stem_leadership_planner::ui::{
    AboutSection, DataSection, DistrictSection, ImplementationSection,
};

wasm_bindgen_test_configure!(run_in_browser);

/// A new element on the page, and the plan context the mounted view uses.
fn mount_with_plan<V: IntoView + 'static>(
    plan: Plan,
    view: impl Fn(PlanContext) -> V + 'static,
) -> (web_sys::HtmlElement, PlanContext) {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let context = PlanContext::new(plan);
    leptos::mount::mount_to(host.clone(), move || {
        provide_context(context);
        provide_context(context.notices());
        view(context)
    })
    .forget();
    (host, context)
}

fn element<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    element::<web_sys::HtmlElement>(host, selector)
        .text_content()
        .unwrap_or_default()
}

fn change(control: &web_sys::HtmlElement) {
    control
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn undo_and_redo_buttons_name_the_action_and_walk_the_history() {
    let (host, plan) = mount_with_plan(Plan::default(), |_| view! { <UndoRedoButtons /> });
    tick().await;
    let undo: web_sys::HtmlButtonElement = element(&host, ".undo");
    let redo: web_sys::HtmlButtonElement = element(&host, ".redo");
    assert!(undo.disabled() && redo.disabled());

    plan.apply(PlanEdit::SetTitle("Lincoln".into()));
    tick().await;
    assert!(text(&host, ".undo").ends_with("Undo: edit the plan title"));
    assert!(!undo.disabled());

    undo.click();
    tick().await;
    assert_eq!(plan.signal().get_untracked().title, Plan::default().title);
    assert!(text(&host, ".redo").ends_with("Redo: edit the plan title"));
    assert!(undo.disabled());

    redo.click();
    tick().await;
    assert_eq!(plan.signal().get_untracked().title, "Lincoln");
}

#[wasm_bindgen_test]
async fn an_edit_that_changes_nothing_leaves_no_undo_step() {
    let (host, plan) = mount_with_plan(Plan::default(), |_| view! { <UndoRedoButtons /> });
    let title = plan.signal().get_untracked().title;
    assert!(plan.apply(PlanEdit::SetTitle(title)).is_none());
    tick().await;
    assert!(element::<web_sys::HtmlButtonElement>(&host, ".undo").disabled());
}

#[wasm_bindgen_test]
async fn the_toast_offers_undo_for_a_delete_and_goes_with_the_next_edit() {
    let (host, plan) = mount_with_plan(Plan::default(), |_| view! { <UndoToast /> });
    let role = plan.signal().get_untracked().matrix.roles[1].id.clone();
    plan.apply(MatrixRoleEdit::Delete { id: role });
    tick().await;
    assert!(text(&host, ".toast").contains("Deleted role Finance Officer"));
    element::<web_sys::HtmlButtonElement>(&host, ".toast button").click();
    tick().await;
    assert_eq!(plan.signal().get_untracked(), Plan::default());
    assert!(host.query_selector(".toast").unwrap().is_none());
}

/// The role editor alone: its fields write through the plan context, each
/// change is one named undo step.
#[wasm_bindgen_test]
async fn role_editor_edits_the_role_and_each_change_can_be_undone() {
    let mut start = Plan::default();
    let id: TeacherRoleId = start.teacher_roles.add_blank();
    let role_id = id.clone();
    let (host, plan) = mount_with_plan(start, move |plan| {
        let role = RoleHandle::new(plan, role_id.clone());
        view! {
            <UndoRedoButtons />
            <RoleEditor role=role on_describe=|| () />
        }
    });
    tick().await;
    let role_of = |plan: PlanContext| {
        plan.signal()
            .with_untracked(|p| p.teacher_roles.get(&id).cloned())
            .expect("the role is there")
    };

    let title: web_sys::HtmlInputElement = element(&host, "#tl-title");
    title.set_value("Elementary STEM lead");
    change(&title);
    tick().await;
    assert_eq!(role_of(plan).title, "Elementary STEM lead");
    assert!(text(&host, ".undo").contains("Undo: edit title of"));

    let stage: web_sys::HtmlSelectElement = element(&host, "#tl-career-stage");
    stage.set_value(CareerStage::ALL[0].key());
    change(&stage);
    tick().await;
    assert_eq!(role_of(plan).career_stage, Some(CareerStage::ALL[0]));

    element::<web_sys::HtmlButtonElement>(&host, ".undo").click();
    tick().await;
    assert_eq!(role_of(plan).career_stage, None);
    assert_eq!(role_of(plan).title, "Elementary STEM lead");
    element::<web_sys::HtmlButtonElement>(&host, ".undo").click();
    tick().await;
    assert_eq!(title.value(), "", "the field shows the undone title");
}

/// A view of the matrix alone (`PlanContext::matrix`) is not touched by a
/// change elsewhere in the plan: in a big plan that is hundreds of cells not
/// checked on every keystroke in the title. It does follow the matrix, an
/// undo of it and a whole new plan.
#[wasm_bindgen_test]
async fn matrix_views_follow_the_matrix_and_nothing_else() {
    let runs = StoredValue::new(0_usize);
    let (host, plan) = mount_with_plan(Plan::default(), move |plan| {
        let matrix = plan.matrix();
        view! {
            <p class="roles">
                {move || {
                    runs.update_value(|n| *n += 1);
                    matrix.with(|m| m.roles.len()).to_string()
                }}
            </p>
        }
    });
    tick().await;
    assert_eq!(text(&host, ".roles"), "6");
    let after_mount = runs.get_value();

    plan.type_into(PlanEdit::SetTitle("Lincoln".into()));
    plan.type_into(PlanEdit::SetTitle("Lincoln USD".into()));
    plan.apply(PlanEdit::SetSchool("Lincoln High".into()));
    tick().await;
    assert_eq!(
        runs.get_value(),
        after_mount,
        "no re-run for the title or school"
    );

    let role = plan.signal().get_untracked().matrix.roles[1].id.clone();
    plan.apply(MatrixRoleEdit::Delete { id: role });
    tick().await;
    assert_eq!(text(&host, ".roles"), "5");
    assert_eq!(runs.get_value(), after_mount + 1);

    plan.undo();
    tick().await;
    assert_eq!(text(&host, ".roles"), "6", "undo reaches the matrix views");

    let mut other = Plan::default();
    other.matrix.roles.truncate(2);
    plan.replace("open a plan", "Opened", other);
    tick().await;
    assert_eq!(text(&host, ".roles"), "2", "a whole new plan reaches them");
}

/// The inputs of a keyed list, by the row each belongs to, in page order.
fn rows_in_order(host: &web_sys::HtmlElement) -> Vec<String> {
    let inputs = host.query_selector_all("input").unwrap();
    (0..inputs.length())
        .map(|i| {
            inputs
                .item(i)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("data-row")
                .unwrap_or_default()
        })
        .collect()
}

/// `ui::keyed::keyed_list`, which every list of rows goes through, keeps a
/// row's elements, what was typed into it and the focus in it while other rows
/// come, go and move, and draws a row afresh when its key changes. A list that
/// was drawn again whole, or kept by position, would lose them.
#[wasm_bindgen_test]
async fn keyed_list_keeps_a_row_and_its_focus_while_other_rows_change() {
    let rows = RwSignal::new(vec![(1_u32, "a"), (2, "b")]);
    let (host, _) = mount_with_plan(Plan::default(), move |_| {
        view! {
            <ul>
                {keyed_list(
                    move || rows.get(),
                    |row| *row,
                    |(id, name)| view! { <li><input data-row=name aria-label=format!("Row {id}") /></li> },
                )}
            </ul>
        }
    });
    tick().await;
    assert_eq!(rows_in_order(&host), ["a", "b"]);
    let a: web_sys::HtmlInputElement = element(&host, "input[data-row=a]");
    let b: web_sys::HtmlInputElement = element(&host, "input[data-row=b]");
    b.set_value("typed");
    b.focus().unwrap();
    let focused = || {
        document()
            .active_element()
            .map(|e| e.unchecked_into::<web_sys::Node>())
    };
    assert!(focused().is_some_and(|e| e.is_same_node(Some(&b))));

    rows.set(vec![(3, "c"), (1, "a"), (2, "b")]);
    tick().await;
    assert_eq!(rows_in_order(&host), ["c", "a", "b"], "the new row first");
    let b_now: web_sys::HtmlInputElement = element(&host, "input[data-row=b]");
    assert!(b_now.is_same_node(Some(&b)), "the row kept its input");
    assert_eq!(b_now.value(), "typed");
    assert!(
        focused().is_some_and(|e| e.is_same_node(Some(&b))),
        "and the focus in it"
    );

    rows.set(vec![(2, "b"), (3, "c"), (1, "a")]);
    tick().await;
    assert_eq!(rows_in_order(&host), ["b", "c", "a"], "the rows moved");
    assert!(element::<web_sys::Node>(&host, "input[data-row=a]").is_same_node(Some(&a)));
    assert!(element::<web_sys::Node>(&host, "input[data-row=b]").is_same_node(Some(&b)));

    rows.set(vec![(2, "b"), (3, "c"), (1, "renamed")]);
    tick().await;
    assert_eq!(rows_in_order(&host), ["b", "c", "renamed"]);
    let renamed: web_sys::Node = element(&host, "input[data-row=renamed]");
    assert!(!renamed.is_same_node(Some(&a)), "a new key draws a new row");
    assert!(element::<web_sys::Node>(&host, "input[data-row=b]").is_same_node(Some(&b)));
}

/// A chunk that fails until `FLAKY_FAILS` runs out (what the section sees offline or when
/// the server dropped an old build), drawn once it loads.
static FLAKY_FAILS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
static FLAKY_LOADED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

const FLAKY: OnDemandView = OnDemandView {
    preload: || {
        Box::pin(async {
            use std::sync::atomic::Ordering;
            common::wait_ms(60).await;
            let failing = FLAKY_FAILS
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok();
            FLAKY_LOADED.store(!failing, Ordering::SeqCst);
            if failing {
                Err(ChunkUnavailable)
            } else {
                Ok(())
            }
        })
    },
    draw: || {
        FLAKY_LOADED
            .load(std::sync::atomic::Ordering::SeqCst)
            .then(|| view! { <p class="drawn">"The part that arrived"</p> }.into_any())
    },
};

#[wasm_bindgen_test]
async fn a_part_that_fails_to_load_says_so_and_loads_on_try_again() {
    FLAKY_FAILS.store(1, std::sync::atomic::Ordering::SeqCst);
    FLAKY_LOADED.store(false, std::sync::atomic::Ordering::SeqCst);
    let (host, _) = mount_with_plan(Plan::default(), |_| {
        view! {
            <OnDemand
                view=FLAKY
                what="the test section"
                frame=|| view! { <p class="frame">"Loading…"</p> }
            />
        }
    });
    assert_eq!(text(&host, ".frame"), "Loading…", "the frame shows at once");
    common::wait_ms(120).await;
    let alert = text(&host, "[role=alert]");
    assert!(
        alert.contains("Could not load the test section."),
        "{alert}"
    );
    assert!(alert.contains("Your plan is safe"), "{alert}");
    assert!(host.query_selector(".drawn").unwrap().is_none());

    element::<web_sys::HtmlElement>(&host, "[role=alert] button").click();
    tick().await;
    assert_eq!(
        text(&host, ".frame"),
        "Loading…",
        "trying again shows the frame"
    );
    common::wait_ms(120).await;
    assert_eq!(text(&host, ".drawn"), "The part that arrived");
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
}

// ---- Each section mounted alone, over services kept in memory ----

/// The button whose text is `label`.
fn button(host: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlButtonElement {
    let buttons = host.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlButtonElement>())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

/// Waits, a tick at a time for up to two seconds, until `selector` matches:
/// sections draw in slices and read their stores after they mount.
async fn appears(host: &web_sys::HtmlElement, selector: &str) {
    for _ in 0..100 {
        if host.query_selector(selector).unwrap().is_some() {
            return;
        }
        wait_ms(20).await;
    }
    panic!("{selector} never appeared");
}

fn selected(host: &web_sys::HtmlElement, tab: &str) -> bool {
    element::<web_sys::Element>(host, tab)
        .get_attribute("aria-selected")
        .as_deref()
        == Some("true")
}

/// The matrix opens at the view its place names; a tab shows another view
/// and writes it into the address, with no history entry.
#[wasm_bindgen_test]
async fn matrix_section_alone_shows_the_view_of_its_place() {
    let (host, _, navigation) = mount_section(
        Plan::default(),
        Place::Matrix(MatrixView::Summary),
        Memory::default(),
        || view! { <MatrixSection /> },
    );
    appears(&host, "#mx-tab-people").await;
    assert!(selected(&host, "#mx-tab-summary"));
    assert!(!selected(&host, "#mx-tab-people"));

    element::<web_sys::HtmlElement>(&host, "#mx-tab-people").click();
    tick().await;
    assert!(selected(&host, "#mx-tab-people"));
    assert_eq!(navigation.place(), Place::Matrix(MatrixView::People));
    assert_eq!(memory(|m| m.hash.clone()), "#matrix/people");
}

/// The role in the place is the one edited; typing its title changes the plan.
#[wasm_bindgen_test]
async fn roles_section_alone_edits_the_role_of_its_place() {
    let mut start = Plan::default();
    let first = start.teacher_roles.add_blank();
    let second = start.teacher_roles.add_blank();
    for (id, title) in [(&first, "First lead"), (&second, "Second lead")] {
        start.teacher_roles.get_mut(id).expect("just added").title = title.into();
    }
    let (host, plan, _) = mount_section(
        start,
        Place::Roles(Some(second.clone())),
        Memory::default(),
        || view! { <RolesSection /> },
    );
    appears(&host, "#tl-title").await;
    tick().await; // the field's value is set after it is drawn
    let title: web_sys::HtmlInputElement = element(&host, "#tl-title");
    assert_eq!(title.value(), "Second lead");

    title.set_value("Elementary STEM lead");
    change(&title);
    tick().await;
    let titles = plan.signal().with_untracked(|p| {
        [&first, &second].map(|id| p.teacher_roles.get(id).map(|r| r.title.clone()))
    });
    assert_eq!(
        titles,
        [
            Some("First lead".into()),
            Some("Elementary STEM lead".into())
        ]
    );
}

#[wasm_bindgen_test]
async fn implementation_section_alone_switches_views_through_its_place() {
    let (host, _, navigation) = mount_section(
        Plan::default(),
        Place::Implementation(ImplementationView::Goals),
        Memory::default(),
        || view! { <ImplementationSection /> },
    );
    appears(&host, "#im-tab-documents").await;
    assert!(selected(&host, "#im-tab-goals"));

    element::<web_sys::HtmlElement>(&host, "#im-tab-documents").click();
    tick().await;
    assert!(selected(&host, "#im-tab-documents"));
    assert!(!selected(&host, "#im-tab-goals"));
    assert_eq!(
        navigation.place(),
        Place::Implementation(ImplementationView::Documents)
    );
    assert_eq!(memory(|m| m.hash.clone()), "#implementation/documents");
}

/// A plan kept in the district store shows as a row of the roll-up; its
/// school's button shows its plan and names it in the address.
#[wasm_bindgen_test]
async fn district_section_alone_rolls_up_the_kept_plans() {
    let mut school = Plan::default();
    school.organization.school = "Adams Middle".into();
    let memory_with_one_plan = Memory {
        district_files: vec![("adams.json".into(), to_pretty_json(&school))],
        ..Memory::default()
    };
    let (host, _, navigation) = mount_section(
        Plan::default(),
        Place::District(None),
        memory_with_one_plan,
        || view! { <DistrictSection /> },
    );
    appears(&host, ".dt-school-link").await;
    assert_eq!(text(&host, ".dt-school-link").trim(), "Adams Middle");

    element::<web_sys::HtmlElement>(&host, ".dt-school-link").click();
    appears(&host, "#dt-school-heading").await;
    assert_eq!(text(&host, "#dt-school-heading"), "Adams Middle");
    assert_eq!(
        navigation.place(),
        Place::District(Some("adams.json".into()))
    );
    assert_eq!(memory(|m| m.hash.clone()), "#district/adams.json");
}

/// Data offers the plan the last import replaced, from the plan store, and
/// restores it.
#[wasm_bindgen_test]
async fn data_section_alone_restores_the_plan_before_the_import() {
    let mut earlier = Plan::default();
    earlier.title = "Before the import".into();
    let (host, plan, _) = mount_section(
        Plan::default(),
        Place::Data,
        Memory {
            before_import: Some(earlier),
            ..Memory::default()
        },
        || view! { <DataSection /> },
    );
    tick().await;
    assert_ne!(plan.signal().get_untracked().title, "Before the import");
    button(&host, "Restore the plan the last import replaced").click();
    tick().await;
    assert_eq!(plan.signal().get_untracked().title, "Before the import");
}

/// About reads nothing: mounted alone it shows its heading and privacy note.
#[wasm_bindgen_test]
async fn about_section_alone_says_what_the_planner_keeps() {
    let (host, _, _) = mount_section(Plan::default(), Place::About, Memory::default(), || {
        view! { <AboutSection /> }
    });
    tick().await;
    assert_eq!(text(&host, "#about-heading"), "About this planner");
    assert!(text(&host, ".about").contains("sends nothing anywhere"));
}

// ---- The Plans section, over a plan list kept in memory ----

use stem_leadership_planner::model::matrix::Status;
use stem_leadership_planner::model::values::date::SchoolYear;
use stem_leadership_planner::storage::library::PlanId;
use stem_leadership_planner::ui::PlansSection;
use stem_leadership_planner::web::local_store::SaveError;

fn plan_titled(title: &str) -> Plan {
    let mut plan = Plan::default();
    plan.title = title.into();
    plan
}

fn adams() -> PlanId {
    PlanId::parse("p-adams").unwrap()
}

/// The open plan ("Lincoln 2026-27", `test_plan()`) and "Adams plan", kept.
fn two_plans(open: Plan) -> Memory {
    Memory {
        plans: vec![
            (common::test_plan().clone(), open),
            (adams(), plan_titled("Adams plan")),
        ],
        ..Memory::default()
    }
}

async fn mount_plans(open: Plan, memory: Memory) -> (web_sys::HtmlElement, PlanContext) {
    let (host, plan, _) = mount_section(open, Place::Plans, memory, || {
        view! { <PlansSection /> }
    });
    appears(&host, ".pl-plan").await;
    (host, plan)
}

/// The list's row whose heading is `title`.
fn plan_row(host: &web_sys::HtmlElement, title: &str) -> web_sys::Element {
    let rows = host.query_selector_all(".pl-plan").unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .map(|node| node.unchecked_into::<web_sys::Element>())
        .find(|row| {
            row.query_selector(".pl-title")
                .unwrap()
                .and_then(|h| h.text_content())
                .as_deref()
                == Some(title)
        })
        .unwrap_or_else(|| panic!("no plan titled {title}"))
}

fn titles(host: &web_sys::HtmlElement) -> Vec<String> {
    let headings = host.query_selector_all(".pl-title").unwrap();
    (0..headings.length())
        .filter_map(|i| headings.item(i))
        .map(|h| h.text_content().unwrap_or_default())
        .collect()
}

/// The button in `within` whose text starts with `label` (the rest is the
/// plan's name, for screen readers).
fn button_starting(within: &web_sys::Element, label: &str) -> web_sys::HtmlButtonElement {
    let buttons = within.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlButtonElement>())
        .find(|b| b.text_content().unwrap_or_default().starts_with(label))
        .unwrap_or_else(|| panic!("no button {label}"))
}

fn kept_plans() -> Vec<(PlanId, Plan)> {
    memory(|m| m.plans.clone())
}

fn outcome(host: &web_sys::HtmlElement) -> String {
    text(host, ".pl-outcome")
}

fn lincoln() -> Plan {
    let mut plan = plan_titled("Lincoln 2026-27");
    plan.school_year = Some(SchoolYear::parse("2026-27").unwrap());
    plan
}

#[wasm_bindgen_test]
async fn plans_section_lists_the_plans_and_marks_the_open_one() {
    let (host, _) = mount_plans(lincoln(), two_plans(lincoln())).await;
    let mut shown = titles(&host);
    shown.sort();
    assert_eq!(shown, ["Adams plan", "Lincoln 2026-27"]);

    let open = plan_row(&host, "Lincoln 2026-27");
    let open_text = open.text_content().unwrap_or_default();
    assert!(open_text.contains("Open in this tab"), "{open_text}");
    assert!(open_text.contains("2026-27"), "{open_text}");
    assert!(open_text.contains("2026-03-01 09:30"), "{open_text}");
    assert!(open_text.contains("never saved to a file"), "{open_text}");
    assert!(open_text.contains("Open another plan to delete this one"));
    assert!(
        open.query_selector("a").unwrap().is_none(),
        "no Open link for the open plan"
    );

    let other = plan_row(&host, "Adams plan");
    assert!(!other
        .text_content()
        .unwrap_or_default()
        .contains("Open in this tab"));
    let link: web_sys::HtmlAnchorElement =
        other.query_selector("a").unwrap().unwrap().unchecked_into();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("?plan=p-adams#matrix")
    );
    assert_eq!(link.text_content().unwrap_or_default(), "Open “Adams plan”");
    assert!(text(&host, ".pl-capacity").starts_with("2 plans use"));
}

#[wasm_bindgen_test]
async fn creating_a_plan_keeps_it_for_this_school_year_and_opens_it() {
    let (host, _) = mount_plans(lincoln(), two_plans(lincoln())).await;
    button(&host, "New plan from the source's defaults").click();
    tick().await;
    let plans = kept_plans();
    assert_eq!(plans.len(), 3);
    let (id, created) = plans.last().unwrap().clone();
    assert_eq!(memory(|m| m.opened.clone()), [format!("?plan={id}#matrix")]);
    // The fixed clock's 1 March 2026 falls in 2025-26.
    assert_eq!(
        created.school_year,
        Some(SchoolYear::parse("2025-26").unwrap())
    );
    assert!(created.lineage.is_some());
    assert_eq!(created.matrix, Plan::default().matrix);

    button(&host, "New blank plan").click();
    tick().await;
    let plans = kept_plans();
    assert_eq!(plans.len(), 4);
    let blank = &plans[3].1;
    assert!(blank.matrix.roles.is_empty() && blank.teacher_roles.roles.is_empty());
    assert_ne!(blank.lineage, created.lineage, "a lineage of its own");
    assert_eq!(memory(|m| m.opened.len()), 2);
}

#[wasm_bindgen_test]
async fn duplicating_a_plan_keeps_a_copy_with_a_lineage_of_its_own() {
    let mut adams_plan = plan_titled("Adams plan");
    adams_plan.lineage =
        Some(stem_leadership_planner::model::values::ids::LineageId::from_bits(99));
    let mut memory_two = two_plans(lincoln());
    memory_two.plans[1].1 = adams_plan.clone();
    let (host, _) = mount_plans(lincoln(), memory_two).await;
    button_starting(&plan_row(&host, "Adams plan"), "Duplicate").click();
    tick().await;
    let plans = kept_plans();
    assert_eq!(plans.len(), 3);
    let copy = &plans[2].1;
    assert_eq!(copy.title, "Copy of Adams plan");
    assert_ne!(copy.lineage, adams_plan.lineage);
    assert!(copy.lineage.is_some());
    assert_eq!(copy.matrix, adams_plan.matrix);
    assert!(titles(&host).contains(&"Copy of Adams plan".to_string()));
    assert!(outcome(&host).contains("Copy of Adams plan"));
}

#[wasm_bindgen_test]
async fn deleting_a_plan_can_be_undone() {
    let (host, _) = mount_plans(lincoln(), two_plans(lincoln())).await;
    button_starting(&plan_row(&host, "Adams plan"), "Delete").click();
    tick().await;
    assert_eq!(kept_plans().len(), 1);
    assert_eq!(titles(&host), ["Lincoln 2026-27"]);
    assert!(outcome(&host).contains("Deleted “Adams plan”."));

    button(&host, "Undo").click();
    tick().await;
    let plans = kept_plans();
    assert_eq!(plans.len(), 2);
    assert!(plans
        .iter()
        .any(|(id, p)| *id == adams() && p.title == "Adams plan"));
    assert_eq!(titles(&host).len(), 2);
    assert!(outcome(&host).contains("Put back “Adams plan”."));
}

#[wasm_bindgen_test]
async fn renaming_writes_another_plan_and_edits_the_open_one() {
    let (host, plan) = mount_plans(lincoln(), two_plans(lincoln())).await;
    button_starting(&plan_row(&host, "Adams plan"), "Rename").click();
    tick().await;
    let field: web_sys::HtmlInputElement = element(&host, "#pl-rename-field-p-adams");
    assert_eq!(field.value(), "Adams plan");
    field.set_value("Adams Middle 2026-27");
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    button(&host, "Save").click();
    tick().await;
    let written = kept_plans()
        .into_iter()
        .find(|(id, _)| *id == adams())
        .unwrap()
        .1;
    assert_eq!(written.title, "Adams Middle 2026-27");
    assert!(titles(&host).contains(&"Adams Middle 2026-27".to_string()));

    // The open plan: an edit of the live plan, which Undo takes back.
    button_starting(&plan_row(&host, "Lincoln 2026-27"), "Rename").click();
    tick().await;
    let field: web_sys::HtmlInputElement =
        element(&host, &format!("#pl-rename-field-{}", common::test_plan()));
    field.set_value("Lincoln Elementary");
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    button(&host, "Save").click();
    tick().await;
    assert_eq!(plan.signal().get_untracked().title, "Lincoln Elementary");
    assert_eq!(plan.undo_label().as_deref(), Some("edit the plan title"));
    assert!(titles(&host).contains(&"Lincoln Elementary".to_string()));
}

#[wasm_bindgen_test]
async fn the_next_school_year_starts_with_statuses_reset_and_is_linked() {
    let mut open = lincoln();
    open.matrix.cells[0].statements[0].status = Status::InPlace;
    assert_eq!(open.lineage, None);
    let (host, plan) = mount_plans(open.clone(), two_plans(open)).await;
    button_starting(
        &plan_row(&host, "Lincoln 2026-27"),
        "Start next school year",
    )
    .click();
    tick().await;
    let form = element::<web_sys::Element>(&host, ".pl-next");
    let checked: web_sys::HtmlInputElement = form
        .query_selector("input[name=pl-next-statuses]:checked")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let label = checked
        .parent_element()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert_eq!(label, "Reset every status to “Not assessed”", "the default");
    button(&host, "Create the next year's plan").click();
    tick().await;

    let plans = kept_plans();
    assert_eq!(plans.len(), 3);
    let (_, next) = plans.last().unwrap().clone();
    assert_eq!(
        next.school_year,
        Some(SchoolYear::parse("2027-28").unwrap())
    );
    assert_eq!(next.title, "Lincoln 2027-28");
    assert!(next
        .matrix
        .cells
        .iter()
        .flat_map(|c| &c.statements)
        .all(|s| s.status == Status::NotAssessed));
    // The open plan is linked to it, as an undoable edit.
    let live = plan.signal().get_untracked();
    assert!(live.lineage.is_some());
    assert_eq!(live.lineage, next.lineage);
    assert_eq!(
        plan.undo_label().as_deref(),
        Some("link the plan to its next school year")
    );
    assert!(outcome(&host).contains("Started 2027-28: Lincoln 2027-28."));
    assert!(
        host.query_selector(".pl-next").unwrap().is_none(),
        "the form closed"
    );
    assert!(titles(&host).contains(&"Lincoln 2027-28".to_string()));
}

#[wasm_bindgen_test]
async fn a_full_quota_says_what_to_do_and_keeps_nothing() {
    let mut full = two_plans(lincoln());
    full.fail_writes = Some(SaveError::Failed(
        "QuotaExceededError: Setting the value exceeded the quota.".into(),
    ));
    let (host, _) = mount_plans(lincoln(), full).await;
    button(&host, "New plan from the source's defaults").click();
    tick().await;
    assert_eq!(kept_plans().len(), 2);
    assert!(memory(|m| m.opened.is_empty()), "nothing to open");
    let said = text(&host, ".pl-outcome [role=alert]");
    assert!(
        said.contains("This browser's storage is full: save a plan to a file and delete it here to make room, then try again."),
        "{said}"
    );
    assert_eq!(titles(&host).len(), 2);
}
