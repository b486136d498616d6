use super::*;
use crate::model::implementation::{
    ActionId, DocumentId, DocumentStatus, FundingKind, GoalId, OtherCostKind, RoleCostBasis,
};
use crate::model::printable::plain_text;
use crate::model::values::money::Cents;
use crate::model::{
    implementation::costs::CostTiming, matrix::seed as matrix_seed, matrix::Status,
};

fn plain(c: Cents) -> String {
    format!("${}", c.to_plain_string())
}

fn as_text(report: &Report) -> String {
    plain_text(&report.blocks(&plain))
}

/// A plan with a principal, two student leaders, a coach role with a
/// cost, notes everywhere, some progress.
fn plan() -> Plan {
    let mut plan = Plan::default();
    plan.title = "Lincoln USD STEM plan".into();
    plan.organization.district = "Lincoln USD".into();
    plan.organization.school = "Roosevelt Elementary".into();
    let m = &mut plan.matrix;
    let ana = m.add_person("Ana Ruiz", "Principal").unwrap();
    m.assign_role(&ana, &"building-administration".into());
    for name in ["Sam Lee", "Kim Diaz"] {
        let id = m.add_person(name, "Student").unwrap();
        m.assign_role(&id, &STUDENT_LEADERS_ROLE.into());
    }
    let gap = m
        .cell(&"finance-officer".into(), &"budgetary-support".into())
        .unwrap()
        .statements[0]
        .id
        .clone();
    m.set_status(&gap, Status::Gap);
    m.set_note(&gap, "Finance has not met with us");
    let in_place = m
        .cell(&"building-administration".into(), &"decision-making".into())
        .unwrap()
        .statements[0]
        .id
        .clone();
    m.set_status(&in_place, Status::InPlace);

    let coach = plan
        .teacher_roles
        .add_from_template("district_stem_coach")
        .unwrap();
    let role = plan.teacher_roles.get_mut(&coach).unwrap();
    role.holder = "Jo Park".into();
    role.leading_percent = Some(40);

    let imp = &mut plan.implementation;
    let sam = crate::model::values::ids::PersonId::new("person-2");
    let promote = ActionId::new("culture-promote");
    imp.set_action_status(&promote, ActionStatus::InProgress)
        .unwrap();
    imp.set_action_owner(&promote, Some(sam), &plan.matrix)
        .unwrap();
    imp.set_action_note(&promote, "Ask the PTA first").unwrap();
    imp.set_action_target_date(&promote, Some(IsoDate::parse("2026-10-01").unwrap()))
        .unwrap();
    imp.set_action_status(
        &ActionId::new("culture-break-down-walls"),
        ActionStatus::Done,
    )
    .unwrap();
    imp.set_action_status(
        &ActionId::new("culture-develop-for-fit"),
        ActionStatus::NotPlanned,
    )
    .unwrap();
    let fit = ActionId::new("sustainability-outside-funding");
    imp.set_action_target_date(&fit, Some(IsoDate::parse("2026-09-01").unwrap()))
        .unwrap();
    imp.set_document_status(&DocumentId::new("hiring-criteria"), DocumentStatus::Adopted)
        .unwrap();
    imp.set_document_note(&DocumentId::new("hiring-criteria"), "HR has the original")
        .unwrap();
    let learning = GoalId::new("professional-learning");
    imp.set_goal_role(&learning, &coach, true, &plan.teacher_roles)
        .unwrap();
    imp.set_goal_note(&learning, "Board cares most about this")
        .unwrap();
    let year = SchoolYear::parse("2026-27").unwrap();
    let s = &mut imp.sustainability;
    s.add_year(year).unwrap();
    s.add_role_line(
        &year,
        coach,
        RoleCostBasis::ShareOfSalary {
            salary: Cents::from_dollars(65_000).unwrap(),
        },
        &plan.teacher_roles,
    )
    .unwrap();
    let kits = s
        .add_other_line(
            &year,
            OtherCostKind::Materials,
            "Kits",
            Cents::from_dollars(4_000).unwrap(),
            CostTiming::StartUp,
        )
        .unwrap();
    s.set_line_note(&kits, "Quote from vendor pending").unwrap();
    let grant = s
        .add_funding(
            &year,
            FundingKind::Grant,
            "State STEM grant",
            Cents::from_dollars(20_000).unwrap(),
        )
        .unwrap();
    s.set_funding_note(&grant, "Decision in March").unwrap();
    s.set_review_date(Some(IsoDate::parse("2027-01-15").unwrap()));
    assert_eq!(plan.validate(), Ok(()));
    plan
}

#[test]
fn student_leaders_role_is_the_source_column() {
    assert!(matrix_seed::ROLES
        .iter()
        .any(|(id, name, _)| *id == STUDENT_LEADERS_ROLE && *name == "Student Leaders"));
}

#[test]
fn by_default_notes_and_student_names_are_hidden() {
    let plan = plan();
    let report = build_report(&plan, &ReportOptions::default());
    assert_eq!(report.audience, Audience::Board);
    let text = as_text(&report);
    for hidden in [
        "Sam Lee",
        "Kim Diaz",
        "Ask the PTA first",
        "HR has the original",
        "Board cares most",
        "Quote from vendor",
        "Decision in March",
        "Finance has not met",
        "Note:",
    ] {
        assert!(!text.contains(hidden), "{hidden:?} shown in\n{text}");
    }
    assert!(
        text.contains("- Student Leaders: 2 student leaders (names not shown)\n"),
        "{text}"
    );
    assert!(text.contains("Regularly promote a school culture that can optimize the STEM teacher leader role (In progress, a student leader, by 2026-10-01)"), "{text}");
    let students = &report.leadership.roles[5];
    assert_eq!((students.holders.len(), students.hidden_holders), (0, 2));
    assert!(students.is_held());
}

#[test]
fn the_team_copy_shows_notes_and_names_can_be_turned_on() {
    let plan = plan();
    let options = ReportOptions {
        audience: Audience::Team,
        show_student_names: true,
        ..ReportOptions::default()
    };
    let text = as_text(&build_report(&plan, &options));
    for shown in [
        "Student Leaders: Sam Lee, Kim Diaz",
        "(In progress, Sam Lee, by 2026-10-01)",
        "  Note: Ask the PTA first",
        "  Note: Board cares most about this",
        "  Note: Decision in March",
        "  Note: Finance has not met with us",
    ] {
        assert!(text.contains(shown), "{shown:?} missing in\n{text}");
    }
    // Names on, notes still off for the board.
    let options = ReportOptions {
        show_student_names: true,
        ..ReportOptions::default()
    };
    let text = as_text(&build_report(&plan, &options));
    assert!(text.contains("Sam Lee") && !text.contains("Note:"));
}

#[test]
fn audiences_see_what_their_row_says() {
    let plan = plan();
    let for_audience = |audience| {
        build_report(
            &plan,
            &ReportOptions {
                audience,
                ..ReportOptions::default()
            },
        )
    };
    let board = for_audience(Audience::Board);
    assert_eq!(
        board.teacher_roles[0].cost,
        Some(Cents::from_dollars(26_000).unwrap())
    );
    let budget = board.budget.as_ref().expect("board sees the budget");
    assert_eq!(
        budget.totals.total_cost,
        Cents::from_dollars(30_000).unwrap()
    );
    assert_eq!(budget.totals.gap, Cents::from_dollars(10_000).unwrap());
    assert_eq!(board.leadership.gaps.len(), 1);

    let staff = for_audience(Audience::Staff);
    assert_eq!(
        staff.teacher_roles[0].cost, None,
        "no per-role pay for staff"
    );
    assert!(staff.budget.is_some());
    assert!(!staff.leadership.gaps.is_empty());

    let families = for_audience(Audience::Families);
    assert!(families.budget.is_none() && families.teacher_roles[0].cost.is_none());
    assert!(families.leadership.gaps.is_empty() && families.leadership.unheld_roles.is_empty());
    let text = as_text(&families);
    assert!(!text.contains('$') && !text.contains("gap"), "{text}");
    assert!(text.contains("For: Families"));
}

#[test]
fn report_gathers_leadership_roles_progress_and_goals() {
    let plan = plan();
    let options = ReportOptions {
        today: Some(IsoDate::parse("2026-09-15").unwrap()),
        ..ReportOptions::default()
    };
    let report = build_report(&plan, &options);
    assert_eq!(report.organization, "Lincoln USD — Roosevelt Elementary");
    assert_eq!(report.leadership.roles.len(), 6);
    assert_eq!(report.leadership.roles[2].holders, ["Ana Ruiz"]);
    assert_eq!(report.leadership.overall.in_place, 1);
    assert_eq!(report.leadership.coverage[0].0, "Decision-making");
    assert_eq!(report.leadership.gaps[0].role, "Finance Officer");
    assert_eq!(report.leadership.gaps[0].note, None);
    assert_eq!(
        report.leadership.unheld_roles,
        [
            "District-level Administration",
            "Finance Officer",
            "(STEM) Instructional Coach",
            "Ecosystem Liaison(s)"
        ]
    );

    let coach = &report.teacher_roles[0];
    assert_eq!(coach.title, "District STEM instructional coach");
    assert_eq!(coach.holder.as_deref(), Some("Jo Park"));
    assert_eq!(
        (coach.career_stage, coach.formality),
        (Some("Veteran"), Some("Formal"))
    );
    assert_eq!(coach.spheres, ["District"]);
    assert_eq!(coach.purposes, ["Instructional improvement"]);
    assert_eq!(
        coach.goals,
        ["Providing professional learning opportunities"]
    );

    let progress = &report.progress;
    assert_eq!((progress.actions.done, progress.actions.planned()), (1, 25));
    assert_eq!(progress.by_consideration.len(), 6);
    assert_eq!(
        (progress.documents.adopted, progress.documents.total()),
        (1, 10)
    );
    assert_eq!(
        progress.adopted_documents,
        ["Hiring criteria and processes for STEM teacher leaders"]
    );
    let steps: Vec<&str> = progress
        .next_steps
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        steps,
        [
            "Regularly promote a school culture that can optimize the STEM teacher leader role",
            "seek outside funding if internal funding is not available",
        ],
        "in progress first, then dated not-started actions"
    );
    assert_eq!(progress.overdue, 1);
    assert!(matches!(
        progress.review,
        Some(ReviewState::Upcoming { .. })
    ));

    assert_eq!(report.goals.len(), 4);
    assert!(report.goals[1].is_pursued());
    assert!(!report.goals[0].is_pursued());

    let text = as_text(&report);
    for expected in [
        "Lincoln USD STEM plan\n=====================\nLincoln USD — Roosevelt Elementary\nFor: School board\n2026-09-15\n\n",
        "Who leads what\n--------------\n- Building-level Administration: Ana Ruiz\n- Student Leaders: 2 student leaders (names not shown)\n\n",
        "Responsibilities in place: 1 of ",
        "Coverage by area:\n- Decision-making — In place: 1, In progress: 0, Gaps: 0, Statements: 6\n",
        "Main gaps:\n- Budgetary Support/Allocations (Finance Officer): ",
        "Roles nobody holds yet: District-level Administration, Finance Officer,",
        "- District STEM instructional coach (Jo Park)\n  Veteran; Formal; Sphere: District; Purpose: Instructional improvement\n  Cost: $26000.00\n  Goals: Providing professional learning opportunities\n",
        "Costs and funding, 2026-27\n",
        "Start-up costs: $4000.00\nOngoing costs: $26000.00\nTotal costs: $30000.00\nFunding: $20000.00\nUnfunded gap: $10000.00\n\n- Grant State STEM grant: $20000.00\n",
        "Actions done: 1 of 25 (1 in progress; 1 not planned). Past their target date: 1. Planning documents adopted: 1 of 10.\n",
        "- Refining school and district culture: 1 of 3 done\n",
        "Adopted: Hiring criteria and processes for STEM teacher leaders\n",
        "Next review of the plan for sustainability: 2027-01-15.\n",
        "- Building a culture and vision of STEM instruction within their schools, at the district level, in the community, and with the state legislature: ⚠ no teacher-leader role pursues this goal yet\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

/// The blocks of the section under `heading`.
fn section<'b>(blocks: &'b [Block], heading: &str) -> &'b [Block] {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::Section { heading: h, blocks } if h == heading => Some(blocks.as_slice()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no section {heading:?} in {blocks:?}"))
}

#[test]
fn the_default_plans_report_as_blocks() {
    let blocks = build_report(&Plan::default(), &ReportOptions::default()).blocks(&plain);
    assert_eq!(
        blocks[0],
        Block::Title {
            organization: None,
            kind: None,
            text: Plan::default().display_title().to_string(),
            byline: vec!["For: School board".into()],
        }
    );
    let headings: Vec<&str> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Section { heading, .. } => Some(heading.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        ["Who leads what", "Implementation progress", "Goals"],
        "no teacher-leader roles and no cost plan yet"
    );
    let leadership = section(&blocks, "Who leads what");
    assert_eq!(
        leadership[0],
        Block::Paragraph(line("Nobody is named in the leadership matrix yet."))
    );
    let Some(Block::Table { head, rows, .. }) =
        leadership.iter().find(|b| matches!(b, Block::Table { .. }))
    else {
        panic!("no coverage table in {leadership:?}");
    };
    assert_eq!(
        head,
        &["Area", "In place", "In progress", "Gaps", "Statements"]
    );
    assert_eq!(rows.len(), Plan::default().matrix.areas.len());
    assert_eq!(rows[0], ["Decision-making", "0", "0", "0", "6"]);

    // Families see no gap column.
    let families = ReportOptions {
        audience: Audience::Families,
        ..ReportOptions::default()
    };
    let blocks = build_report(&Plan::default(), &families).blocks(&plain);
    let has_gap_column = section(&blocks, "Who leads what")
        .iter()
        .any(|b| matches!(b, Block::Table { head, .. } if head.iter().any(|h| h == "Gaps")));
    assert!(!has_gap_column);
}

#[test]
fn blocks_hide_student_names_unless_asked() {
    let plan = plan();
    let blocks = build_report(&plan, &ReportOptions::default()).blocks(&plain);
    let Block::List { items, .. } = &section(&blocks, "Who leads what")[0] else {
        panic!("the holders' list first");
    };
    assert_eq!(
        items[1],
        [vec![
            Span::Strong("Student Leaders: ".into()),
            Span::Text("2 student leaders (names not shown)".into())
        ]]
    );
    assert!(!format!("{blocks:?}").contains("Sam Lee"));
    let named = ReportOptions {
        show_student_names: true,
        ..ReportOptions::default()
    };
    let blocks = build_report(&plan, &named).blocks(&plain);
    assert!(format!("{blocks:?}").contains("Student Leaders: \"), Text(\"Sam Lee, Kim Diaz"));
}

#[test]
fn an_empty_plan_still_reports() {
    let report = build_report(&Plan::default(), &ReportOptions::default());
    assert!(report.budget.is_none());
    assert!(report.teacher_roles.is_empty());
    assert_eq!(report.organization, "");
    let text = as_text(&report);
    assert!(
        text.contains(
            "Actions done: 0 of 26 (0 in progress). Planning documents adopted: 0 of 10.\n"
        ),
        "{text}"
    );
    assert!(!text.contains("STEM teacher-leader roles"));
    assert_eq!(report.leadership.more_gaps, 0);
}

#[test]
fn a_chosen_school_year_is_shown_and_gaps_are_capped() {
    let mut plan = plan();
    let older = SchoolYear::parse("2025-26").unwrap();
    plan.implementation.sustainability.add_year(older).unwrap();
    let options = ReportOptions {
        school_year: Some(older),
        ..ReportOptions::default()
    };
    let report = build_report(&plan, &options);
    assert_eq!(report.budget.as_ref().map(|b| b.school_year), Some(older));
    assert_eq!(
        report.teacher_roles[0].cost, None,
        "no line for the role that year"
    );
    for cell in plan.matrix.cells.clone() {
        for s in cell.statements {
            plan.matrix.set_status(&s.id, Status::Gap);
        }
    }
    let report = build_report(&plan, &ReportOptions::default());
    assert_eq!(report.leadership.gaps.len(), MAX_GAPS);
    assert_eq!(
        report.leadership.more_gaps,
        report.leadership.overall.gap - MAX_GAPS
    );
    assert!(as_text(&report).contains(&format!("- and {} more\n", report.leadership.more_gaps)));
}

/// The plan of `plan()` for `year`, with `in_place` of the Decision-making
/// area's statements in place.
fn plan_of_year(year: &str, in_place: usize) -> Plan {
    let mut plan = plan();
    plan.school_year = SchoolYear::parse(year).ok();
    plan.lineage = Some(crate::model::values::ids::LineageId::new("ln-roosevelt"));
    let area = crate::model::values::ids::AreaId::new("decision-making");
    let ids: Vec<_> = plan
        .matrix
        .cells
        .iter()
        .filter(|c| c.area == area)
        .flat_map(|c| c.statements.iter().map(|s| s.id.clone()))
        .collect();
    for id in &ids {
        plan.matrix.set_status(id, Status::Gap);
    }
    for id in ids.iter().take(in_place) {
        plan.matrix.set_status(id, Status::InPlace);
    }
    plan
}

#[test]
fn progress_over_the_years_is_a_section_with_its_table_for_every_audience() {
    let last_year = plan_of_year("2025-26", 0);
    let this_year = plan_of_year("2026-27", 3);
    let years = YearsProgress::of([&this_year, &last_year]).expect("two years");
    let (head, rows) = years.table();
    for audience in Audience::ALL.iter().copied() {
        let options = ReportOptions {
            audience,
            ..ReportOptions::default()
        };
        let report = build_report_with_years(&this_year, &options, Some(&years));
        assert_eq!(report.over_the_years.as_ref(), Some(&years));
        let blocks = report.blocks(&plain);
        let headings: Vec<&str> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section { heading, .. } => Some(heading.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            &headings[..2],
            ["Who leads what", "Progress over the years"],
            "{audience:?}: right after who leads what"
        );
        let part = section(&blocks, "Progress over the years");
        assert_eq!(part[0], Block::Paragraph(line(years.summary())));
        assert_eq!(
            part[1],
            Block::Table {
                caption: YEARS_TABLE_CAPTION.into(),
                head: head.clone(),
                rows: rows.clone(),
            }
        );
    }
    assert_eq!(head, ["Area", "2025-26", "2026-27"]);
    assert_eq!(rows[0], ["Decision-making", "0 %", "50 %"]);
    assert_eq!(rows.last().unwrap()[0], "Overall");
    assert_eq!(rows.len(), this_year.matrix.areas.len() + 1);

    let text = as_text(&build_report_with_years(
        &this_year,
        &ReportOptions::default(),
        Some(&years),
    ));
    assert!(
        text.contains("Progress over the years\n-----------------------\n"),
        "{text}"
    );
    assert!(text.contains(&format!("{}\n", years.summary())), "{text}");
    assert!(
        text.contains("- Decision-making — 2025-26: 0 %, 2026-27: 50 %\n"),
        "{text}"
    );
}

#[test]
fn without_other_years_the_report_has_no_progress_section() {
    let report = build_report(&plan(), &ReportOptions::default());
    assert_eq!(report.over_the_years, None);
    assert!(!as_text(&report).contains("Progress over the years"));
    let alone = build_report_with_years(&plan(), &ReportOptions::default(), None);
    assert_eq!(alone, report);
}
