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
