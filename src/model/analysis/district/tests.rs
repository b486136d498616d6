use super::*;
use crate::model::implementation::costs::{CostPlan, FundingKind, FundingSource, OtherCostLine};
use crate::model::implementation::{CostLineId, FundingId};
use crate::model::matrix::{Matrix, Status};

/// A small plan: roles "Principal" and "Coach", areas "Vision" and
/// "Budget", one statement per cell with the given statuses
/// (principal/vision, principal/budget, coach/vision, coach/budget).
pub(crate) fn plan(school: &str, statuses: [Status; 4]) -> Plan {
    let mut plan = Plan::default();
    plan.organization.school = school.to_string();
    let json = serde_json::json!({
        "roles": [
            {"id": "principal", "name": "Principal"},
            {"id": "coach", "name": "Coach"}
        ],
        "areas": [
            {"id": "vision", "name": "Vision"},
            {"id": "budget", "name": "Budget"}
        ],
        "cells": [
            {"role": "principal", "area": "vision", "statements": [{"id": "s1", "text": "Sets a shared vision"}]},
            {"role": "principal", "area": "budget", "statements": [{"id": "s2", "text": "Funds release time"}]},
            {"role": "coach", "area": "vision", "statements": [{"id": "s3", "text": "Models lessons"}]},
            {"role": "coach", "area": "budget", "statements": [{"id": "s4", "text": "Tracks spending"}]}
        ],
        "people": [{"id": "p1", "name": "Ana Ruiz", "roles": ["principal"]}]
    });
    plan.matrix = serde_json::from_value::<Matrix>(json).unwrap();
    for (id, status) in ["s1", "s2", "s3", "s4"].into_iter().zip(statuses) {
        plan.matrix.set_status(&id.into(), status);
    }
    plan.teacher_roles = Default::default();
    plan.implementation.sustainability.years.clear();
    assert_eq!(plan.validate(), Ok(()));
    plan
}

use Status::{Gap, InPlace, InProgress, NotAssessed};

#[test]
fn each_school_gets_a_row_with_shares_per_area_and_unheld_roles() {
    let district = District::from_plans(&[
        plan("Lincoln Elementary", [InPlace, InPlace, InPlace, Gap]),
        plan("", [Gap, Gap, InProgress, NotAssessed]),
    ]);
    let names: Vec<_> = district.areas.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Vision", "Budget"]);
    let lincoln = &district.schools[0];
    assert_eq!(lincoln.name, "Lincoln Elementary");
    assert_eq!(lincoln.area(0).map(Tally::percent_in_place), Some(100));
    assert_eq!(lincoln.area(1).map(Tally::percent_in_place), Some(50));
    assert_eq!(lincoln.unheld_roles, ["Coach"]);
    assert_eq!(lincoln.gaps, 1);
    let untitled = &district.schools[1];
    assert_eq!(
        untitled.name,
        crate::model::DEFAULT_TITLE,
        "no school: the title"
    );
    assert_eq!(untitled.area(0).map(Tally::percent_in_place), Some(0));
    assert_eq!(untitled.gaps, 2);
    assert_eq!(district.total_gaps(), 3);
}

#[test]
fn areas_match_by_id_then_by_name_and_new_ones_add_columns() {
    let first = plan("A", [Gap, InPlace, InPlace, InPlace]);
    let mut second = plan("B", [InPlace, Gap, InPlace, Gap]);
    // Another school's id for "Vision", spelled differently.
    let json = serde_json::to_string(&second.matrix)
        .unwrap()
        .replace("\"vision\"", "\"area-7\"")
        .replace("\"Vision\"", "\"  vision \"");
    second.matrix = serde_json::from_str(&json).unwrap();
    second.matrix.add_area("Family engagement").unwrap();
    let district = District::from_plans([&first, &second]);
    let names: Vec<_> = district.areas.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Vision", "Budget", "Family engagement"]);
    assert_eq!(district.schools[0].area(2), None, "A lacks the new area");
    assert_eq!(district.schools[1].area(0).map(|t| t.in_place), Some(2));
    assert_eq!(district.schools[1].area(2).map(Tally::total), Some(0));
    let ranked: Vec<_> = district
        .areas_by_gaps()
        .into_iter()
        .map(|(a, n)| (a.name.as_str(), n))
        .collect();
    assert_eq!(ranked, [("Budget", 2), ("Vision", 1)]);
}

#[test]
fn most_common_gaps_count_schools_by_normalized_text() {
    let first = plan("A", [Gap, Gap, InPlace, InPlace]);
    let mut second = plan("B", [Gap, InPlace, InPlace, Gap]);
    second
        .matrix
        .edit_statement(&"s1".into(), "sets a  SHARED vision ");
    let third = plan("C", [InPlace, Gap, InPlace, InPlace]);
    let district = District::from_plans([&first, &second, &third]);
    let gaps: Vec<_> = district
        .most_common_gaps(10)
        .into_iter()
        .map(|g| (g.text.as_str(), g.schools))
        .collect();
    assert_eq!(
        gaps,
        [
            ("Sets a shared vision", 2),
            ("Funds release time", 2),
            ("Tracks spending", 1)
        ]
    );
    assert_eq!(district.most_common_gaps(1).len(), 1);
}

#[test]
fn sorting_by_name_and_by_an_areas_share() {
    let mut district = District::from_plans(&[
        plan("lincoln", [InPlace, Gap, InPlace, Gap]),
        plan("Adams", [Gap, Gap, Gap, Gap]),
        plan("Carver", [InPlace, InPlace, Gap, InPlace]),
    ]);
    let order = |d: &District| d.schools.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    district.sort_by_name(true);
    assert_eq!(order(&district), ["Adams", "Carver", "lincoln"]);
    district.sort_by_name(false);
    assert_eq!(order(&district), ["lincoln", "Carver", "Adams"]);
    // Vision: lincoln 100, Adams 0, Carver 50.
    district.sort_by_area(0, false);
    assert_eq!(order(&district), ["lincoln", "Carver", "Adams"]);
    district.sort_by_area(0, true);
    assert_eq!(order(&district), ["Adams", "Carver", "lincoln"]);
    // Budget: lincoln 0, Adams 0, Carver 100; ties by name.
    district.sort_by_area(1, true);
    assert_eq!(order(&district), ["Adams", "lincoln", "Carver"]);
}

#[test]
fn sorting_by_overall_share_and_by_gaps_breaks_ties_by_name() {
    let mut district = District::from_plans(&[
        plan("Carver", [Gap, Gap, InPlace, InPlace]),
        plan("Adams", [Gap, Gap, Gap, InPlace]),
        plan("Bryant", [InPlace, InPlace, Gap, Gap]),
    ]);
    let order = |d: &District| d.schools.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    district.sort(SortKey::Overall, false);
    assert_eq!(order(&district), ["Bryant", "Carver", "Adams"]);
    district.sort(SortKey::Gaps, false);
    assert_eq!(order(&district), ["Adams", "Bryant", "Carver"]);
    district.sort(SortKey::Gaps, true);
    assert_eq!(order(&district), ["Bryant", "Carver", "Adams"]);
    district.sort(SortKey::Name, true);
    assert_eq!(order(&district), ["Adams", "Bryant", "Carver"]);
    district.sort(SortKey::Area(0), false);
    assert_eq!(order(&district), ["Bryant", "Carver", "Adams"]);
}

#[test]
fn schools_without_an_area_sort_last() {
    let mut with_extra = plan("Zeta", [Gap; 4]);
    with_extra.matrix.add_area("Extra").unwrap();
    let extra_statement = with_extra
        .matrix
        .add_statement(
            &"principal".into(),
            &with_extra.matrix.areas[2].id.clone(),
            "New",
        )
        .unwrap();
    with_extra.matrix.set_status(&extra_statement, InPlace);
    let mut district = District::from_plans(&[plan("Alpha", [Gap; 4]), with_extra]);
    district.sort_by_area(2, true);
    assert_eq!(district.schools[0].name, "Zeta");
    district.sort_by_area(2, false);
    assert_eq!(district.schools[0].name, "Zeta");
}

#[test]
fn teacher_roles_are_counted_by_stage_and_sphere_across_schools() {
    let mut first = plan("A", [InPlace; 4]);
    let id = first.teacher_roles.add_blank();
    let role = first.teacher_roles.get_mut(&id).unwrap();
    role.career_stage = Some(CareerStage::Veteran);
    role.spheres = vec!["school".into(), "district".into()];
    let mut second = plan("B", [InPlace; 4]);
    let id = second.teacher_roles.add_blank();
    second.teacher_roles.get_mut(&id).unwrap().career_stage = Some(CareerStage::Veteran);
    let id = second.teacher_roles.add_blank();
    second.teacher_roles.get_mut(&id).unwrap().spheres = vec!["school".into()];
    let district = District::from_plans([&first, &second]);
    let grid = &district.teacher_roles;
    assert_eq!(grid.role_count, 3);
    assert_eq!(grid.count(Some(CareerStage::Veteran), "school"), 1);
    assert_eq!(grid.count(Some(CareerStage::Veteran), "district"), 1);
    assert_eq!(grid.count(Some(CareerStage::Veteran), ""), 1);
    assert_eq!(grid.count(None, "school"), 1);
    assert_eq!(grid.sphere_columns.last().map(String::as_str), Some(""));
    let rows = grid.rows();
    assert_eq!(rows.len(), CareerStage::ALL.len() + 1);
    let total: usize = rows.iter().flat_map(|(_, c)| c).sum();
    assert_eq!(total, 4, "the two-sphere role counts in both columns");
}

#[test]
fn costs_and_funding_are_summed_per_school_year() {
    let year = |text: &str| serde_json::from_value::<SchoolYear>(text.into()).unwrap();
    let cost_plan = |school_year: SchoolYear, cost: i64, funding: i64| CostPlan {
        school_year,
        role_lines: vec![],
        other_lines: vec![OtherCostLine {
            id: CostLineId::new("cost-1"),
            kind: Default::default(),
            description: "PD".into(),
            amount: Cents::from_dollars(cost).unwrap(),
            timing: Default::default(),
            note: String::new(),
        }],
        funding: vec![FundingSource {
            id: FundingId::new("funding-1"),
            kind: FundingKind::Grant,
            name: "NSF".into(),
            amount: Cents::from_dollars(funding).unwrap(),
            note: String::new(),
        }],
    };
    let mut first = plan("A", [InPlace; 4]);
    first.implementation.sustainability.years = vec![
        cost_plan(year("2025-26"), 1000, 400),
        cost_plan(year("2026-27"), 50, 0),
    ];
    let mut second = plan("B", [InPlace; 4]);
    second.implementation.sustainability.years = vec![cost_plan(year("2025-26"), 500, 100)];
    let without_costs = plan("C", [InPlace; 4]);
    let district = District::from_plans([&first, &second, &without_costs]);
    let years = district.cost_years();
    assert_eq!(years.len(), 2);
    assert_eq!(years[0].school_year, Some(year("2025-26")));
    assert_eq!(years[0].schools, 2);
    assert_eq!(years[0].total_cost, Cents::from_dollars(1500).unwrap());
    assert_eq!(years[0].funding, Cents::from_dollars(500).unwrap());
    assert_eq!(years[0].gap(), Cents::from_dollars(1000).unwrap());
    assert_eq!(years[1].schools, 1);
    assert_eq!(years[1].ongoing, Cents::from_dollars(50).unwrap());
    assert!(district.schools[2].costs.is_empty());
}

#[test]
fn adding_one_plan_at_a_time_equals_adding_all_at_once() {
    let plans = [
        plan("A", [Gap, InPlace, InPlace, InPlace]),
        plan("B", [InPlace, Gap, InPlace, Gap]),
    ];
    let mut stepwise = District::new();
    stepwise.add(&plans[0]);
    assert_eq!(stepwise.schools.len(), 1);
    stepwise.add(&plans[1]);
    assert_eq!(stepwise, District::from_plans(&plans));
}

#[test]
fn rows_remember_where_their_plan_came_from() {
    let mut district = District::new();
    district.add_from("carver.json", &plan("Carver", [Gap; 4]));
    district.add_from("adams.json", &plan("Adams", [InPlace; 4]));
    district.sort_by_name(true);
    let sources: Vec<_> = district.schools.iter().map(|s| s.source.as_str()).collect();
    assert_eq!(
        sources,
        ["adams.json", "carver.json"],
        "the source follows its row"
    );
    district.add(&plan("Dewey", [Gap; 4]));
    assert_eq!(district.schools[2].source, "");
}

#[test]
fn merging_by_name_keeps_name_order_and_says_when_one_was_replaced() {
    fn name<'a>(item: &'a (&'static str, u32)) -> &'a str {
        item.0
    }
    let mut opened = vec![("b.json", 1), ("d.json", 1)];
    let replaced = merge_by_name(&mut opened, vec![("c.json", 2), ("a.json", 2)], name);
    assert!(!replaced);
    assert_eq!(
        opened,
        [("a.json", 2), ("b.json", 1), ("c.json", 2), ("d.json", 1)]
    );
    let replaced = merge_by_name(&mut opened, vec![("e.json", 3), ("b.json", 3)], name);
    assert!(replaced);
    assert_eq!(
        opened,
        [
            ("a.json", 2),
            ("b.json", 3),
            ("c.json", 2),
            ("d.json", 1),
            ("e.json", 3)
        ]
    );
    // The same name twice in one batch: the later one stays.
    let mut opened = Vec::new();
    assert!(merge_by_name(
        &mut opened,
        vec![("a.json", 1), ("a.json", 2)],
        name
    ));
    assert_eq!(opened, [("a.json", 2)]);
}

#[test]
fn the_default_plan_rolls_up_its_source_areas() {
    let district = District::from_plans([&Plan::default()]);
    assert_eq!(district.areas.len(), Plan::default().matrix.areas.len());
    assert_eq!(
        district.schools[0].overall.total(),
        Plan::default().matrix.statement_count()
    );
}
