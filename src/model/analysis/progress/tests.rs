use super::*;
use crate::model::matrix::Status;

use Status::{Gap, InPlace, InProgress, NotAssessed};

/// A small plan of Lincoln's (the district roll-up's: roles "Principal" and
/// "Coach", areas "Vision" and "Budget", one statement per cell with the
/// given statuses) for `year`.
fn plan(year: Option<&str>, statuses: [Status; 4]) -> Plan {
    let mut plan = crate::model::analysis::district::tests::plan("Lincoln Elementary", statuses);
    plan.school_year = year.map(|y| SchoolYear::parse(y).unwrap());
    plan.lineage = Some(LineageId::new("ln-lincoln"));
    plan
}

fn in_school(school: &str, lineage: &str, mut plan: Plan) -> Plan {
    plan.organization.school = school.into();
    plan.lineage = Some(LineageId::new(lineage));
    plan
}

fn labels(progress: &Progress) -> Vec<String> {
    progress.years.iter().map(|row| row.year.label()).collect()
}

fn area_names(progress: &Progress) -> Vec<&str> {
    progress.areas.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn years_in_any_order_come_oldest_first_with_their_shares() {
    let plans = [
        plan(Some("2027-28"), [InPlace, InPlace, InPlace, Gap]),
        plan(Some("2025-26"), [Gap, Gap, NotAssessed, NotAssessed]),
        plan(Some("2026-27"), [InPlace, Gap, InProgress, Gap]),
    ];
    let progress = Progress::of(&plans).expect("three years");
    assert_eq!(labels(&progress), ["2025-26", "2026-27", "2027-28"]);
    assert_eq!(progress.school, "Lincoln Elementary");
    assert_eq!(area_names(&progress), ["Vision", "Budget"]);
    let overall: Vec<u8> = (0..3).map(|y| progress.overall_percent(y)).collect();
    assert_eq!(overall, [0, 25, 75]);
    let vision: Vec<_> = (0..3).map(|y| progress.area_percent(0, y)).collect();
    assert_eq!(vision, [Some(0), Some(50), Some(100)]);
    let budget: Vec<_> = (0..3).map(|y| progress.area_percent(1, y)).collect();
    assert_eq!(budget, [Some(0), Some(0), Some(50)]);
    assert_eq!(progress.years[1].overall.gap, 2);
    assert_eq!(progress.years[0].overall.not_assessed, 2);
    assert_eq!(progress.change(), 75);
    assert_eq!(progress.area_change(0), Some(100));
    assert_eq!(progress.area_change(1), Some(50));
    assert_eq!(progress.overall_percent(9), 0, "no such year");
    assert_eq!(progress.area_percent(9, 0), None, "no such area");
    assert_eq!(progress.area_percent(0, 9), None);
}

#[test]
fn shares_round_as_the_tally_does_and_can_fall() {
    let mut later = plan(Some("2026-27"), [InPlace, Gap, Gap, Gap]);
    // Three statements in Vision, one in place: 33%.
    later
        .matrix
        .add_statement(&"coach".into(), &"vision".into(), "Leads a PLC")
        .unwrap();
    let plans = [
        plan(Some("2025-26"), [InPlace, InPlace, InPlace, InPlace]),
        later,
    ];
    let progress = Progress::of(&plans).unwrap();
    assert_eq!(progress.area_percent(0, 1), Some(33));
    assert_eq!(progress.overall_percent(1), 20);
    assert_eq!(progress.change(), -80);
    assert_eq!(progress.area_change(0), Some(-67));
}

#[test]
fn plans_without_a_year_are_skipped_and_the_first_of_a_year_counts() {
    let plans = [
        plan(Some("2026-27"), [InPlace, InPlace, InPlace, InPlace]),
        plan(None, [Gap, Gap, Gap, Gap]),
        plan(Some("2026-27"), [Gap, Gap, Gap, Gap]),
        plan(Some("2025-26"), [Gap, Gap, Gap, InPlace]),
    ];
    let progress = Progress::of(&plans).unwrap();
    assert_eq!(labels(&progress), ["2025-26", "2026-27"]);
    assert_eq!(progress.overall_percent(1), 100, "the first given 2026-27");
    assert_eq!(progress.overall_percent(0), 25);
}

#[test]
fn fewer_than_two_years_is_no_progress() {
    assert_eq!(Progress::of(&[]), None);
    let one = plan(Some("2026-27"), [InPlace; 4]);
    assert_eq!(Progress::of([&one]), None);
    let same_year = [one.clone(), one.clone()];
    assert_eq!(Progress::of(&same_year), None, "one year twice");
    let without = [one, plan(None, [Gap; 4])];
    assert_eq!(Progress::of(&without), None, "one year and one without");
}

#[test]
fn areas_follow_renames_and_the_latest_plans_names_and_order() {
    let first = plan(Some("2025-26"), [InPlace, Gap, Gap, Gap]);
    let mut second = plan(Some("2026-27"), [InPlace, InPlace, Gap, Gap]);
    // Renamed (same id), and a new area added this year.
    second.matrix.areas[1].name = "Budget and funding".into();
    let family = second.matrix.add_area("Family engagement").unwrap();
    let family_cell = |p: &Plan| {
        p.matrix
            .cells
            .iter()
            .position(|c| c.area == family && c.role == "coach")
            .unwrap()
    };
    let at = family_cell(&second);
    second.matrix.cells[at]
        .statements
        .push(crate::model::matrix::Statement {
            id: "s5".into(),
            text: "Hosts a family STEM night".into(),
            status: InPlace,
            owner: None,
            note: String::new(),
        });
    // In a third year, Vision's id changed but its name did not.
    let mut third = second.clone();
    third.school_year = SchoolYear::parse("2027-28").ok();
    third.matrix.areas[0].id = "our-vision".into();
    for cell in &mut third.matrix.cells {
        if cell.area == "vision" {
            cell.area = "our-vision".into();
        }
    }
    assert_eq!(third.validate(), Ok(()));

    let plans = [first, third, second];
    let progress = Progress::of(&plans).unwrap();
    assert_eq!(
        area_names(&progress),
        ["Vision", "Budget and funding", "Family engagement"]
    );
    assert_eq!(progress.areas[0].id, "our-vision", "the latest plan's id");
    let family: Vec<_> = (0..3).map(|y| progress.area_percent(2, y)).collect();
    assert_eq!(family, [None, Some(100), Some(100)], "added in 2026-27");
    let budget: Vec<_> = (0..3).map(|y| progress.area_percent(1, y)).collect();
    assert_eq!(budget, [Some(0), Some(50), Some(50)]);
    let vision: Vec<_> = (0..3).map(|y| progress.area_percent(0, y)).collect();
    assert_eq!(vision, [Some(50), Some(50), Some(50)], "matched by name");
    assert_eq!(progress.area_change(2), Some(0), "from its first year");
    assert!(progress.years.iter().all(|row| row.areas.len() == 3));
}

#[test]
fn an_area_dropped_later_follows_the_latest_plans_areas() {
    let mut first = plan(Some("2025-26"), [InPlace, Gap, Gap, Gap]);
    first.matrix.add_area("Partnerships").unwrap();
    let second = plan(Some("2026-27"), [InPlace, InPlace, Gap, Gap]);
    let progress = Progress::of([&second, &first]).unwrap();
    assert_eq!(area_names(&progress), ["Vision", "Budget", "Partnerships"]);
    assert_eq!(progress.area_percent(2, 0), Some(0), "no statements: 0%");
    assert_eq!(progress.area_percent(2, 1), None);
    assert_eq!(progress.area_change(2), None, "one year only");
}

#[test]
fn by_lineage_groups_plans_and_orders_by_school() {
    let plans = [
        in_school(
            "Lincoln Elementary",
            "ln-b",
            plan(Some("2025-26"), [Gap; 4]),
        ),
        in_school("adams Middle", "ln-a", plan(Some("2026-27"), [InPlace; 4])),
        in_school("Carver High", "ln-c", plan(Some("2026-27"), [InPlace; 4])),
        in_school(
            "Lincoln Elementary",
            "ln-b",
            plan(Some("2026-27"), [InPlace; 4]),
        ),
        in_school("Adams Middle", "ln-a", plan(Some("2025-26"), [Gap; 4])),
        Plan {
            lineage: None,
            ..plan(Some("2027-28"), [InPlace; 4])
        },
        // A second Lincoln lineage (a copy), its own group.
        in_school(
            "Lincoln Elementary",
            "ln-a2",
            plan(Some("2025-26"), [Gap; 4]),
        ),
        in_school(
            "Lincoln Elementary",
            "ln-a2",
            plan(Some("2027-28"), [InPlace; 4]),
        ),
    ];
    let groups = by_lineage(&plans);
    let seen: Vec<(&str, &str, Vec<String>)> = groups
        .iter()
        .map(|(id, p)| (id.as_str(), p.school.as_str(), labels(p)))
        .collect();
    assert_eq!(
        seen,
        [
            (
                "ln-a",
                "adams Middle",
                vec!["2025-26".into(), "2026-27".into()]
            ),
            (
                "ln-a2",
                "Lincoln Elementary",
                vec!["2025-26".into(), "2027-28".into()]
            ),
            (
                "ln-b",
                "Lincoln Elementary",
                vec!["2025-26".into(), "2026-27".into()]
            ),
        ],
        "Carver has one year; the plan without a lineage is left out"
    );
    assert_eq!(groups[0].1.change(), 100);
    assert!(by_lineage(&[]).is_empty());
}

#[test]
fn the_table_has_a_row_per_area_then_overall_with_dashes_for_missing_years() {
    let mut first = plan(Some("2025-26"), [InPlace, Gap, Gap, Gap]);
    first.matrix.add_area("Partnerships").unwrap();
    let second = plan(Some("2026-27"), [InPlace, InPlace, InPlace, Gap]);
    let progress = Progress::of([&second, &first]).unwrap();
    let (head, rows) = progress.table();
    assert_eq!(head, ["Area", "2025-26", "2026-27"]);
    assert_eq!(
        rows,
        [
            ["Vision", "50 %", "100 %"],
            ["Budget", "0 %", "50 %"],
            ["Partnerships", "0 %", "—"],
            ["Overall", "25 %", "75 %"],
        ]
    );
    assert_eq!(percent_text(None), "—");
    assert_eq!(percent_text(Some(62)), "62 %");
    assert_eq!(progress.year_labels(), ["2025-26", "2026-27"]);
}

#[test]
fn the_summary_says_whether_the_share_in_place_rose_fell_or_stayed() {
    let low = plan(Some("2025-26"), [InPlace, Gap, Gap, Gap]);
    let middle = plan(Some("2026-27"), [InPlace, InPlace, Gap, Gap]);
    let high = plan(Some("2027-28"), [InPlace, InPlace, InPlace, Gap]);
    assert_eq!(
        Progress::of([&low, &middle, &high]).unwrap().summary(),
        "In place rose from 25 % in 2025-26 to 75 % in 2027-28."
    );
    let fell = Progress::of([
        &Plan {
            school_year: SchoolYear::parse("2027-28").ok(),
            ..low.clone()
        },
        &middle,
    ])
    .unwrap();
    assert_eq!(
        fell.summary(),
        "In place fell from 50 % in 2026-27 to 25 % in 2027-28."
    );
    let same = Progress::of([
        &low,
        &Plan {
            school_year: SchoolYear::parse("2026-27").ok(),
            ..low.clone()
        },
    ])
    .unwrap();
    assert_eq!(
        same.summary(),
        "In place stayed at 25 % from 2025-26 to 2026-27."
    );
}
