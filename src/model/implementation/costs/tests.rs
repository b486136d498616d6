use super::*;

fn year(text: &str) -> SchoolYear {
    SchoolYear::parse(text).unwrap()
}

fn dollars(n: i64) -> Cents {
    Cents::from_dollars(n).unwrap()
}

fn roles() -> TeacherRoles {
    let mut coach = TeacherRole::blank("tl-1".into());
    coach.title = "District STEM coach".into();
    coach.leading_percent = Some(40);
    let mut lead = TeacherRole::blank("tl-2".into());
    lead.title = "Grade-level STEM lead".into();
    lead.compensation = "Stipend $3,000.".into();
    TeacherRoles {
        roles: vec![coach, lead],
    }
}

fn tl(id: &str) -> TeacherRoleId {
    TeacherRoleId::new(id)
}

#[test]
fn role_lines_use_the_roles_share_of_time_or_a_stipend() {
    let mut roles = roles();
    let mut s = Sustainability::default();
    let y = year("2026-27");
    s.add_year(y).unwrap();
    let coach = s
        .add_role_line(
            &y,
            tl("tl-1"),
            RoleCostBasis::ShareOfSalary {
                salary: dollars(65_000),
            },
            &roles,
        )
        .unwrap();
    let lead = s
        .add_role_line(
            &y,
            tl("tl-2"),
            RoleCostBasis::Stipend {
                amount: dollars(3_000),
            },
            &roles,
        )
        .unwrap();
    s.set_role_line_people(&lead, 4).unwrap();
    let plan = s.year(&y).unwrap();
    let line = |id: &CostLineId| plan.role_lines.iter().find(|l| l.id == *id).unwrap();
    assert_eq!(
        plan.role_line_cost(line(&coach), &roles),
        Ok(dollars(26_000))
    );
    assert_eq!(
        plan.role_line_cost(line(&lead), &roles),
        Ok(dollars(12_000))
    );
    let totals = plan.totals(&roles);
    assert_eq!(totals.ongoing, dollars(38_000));
    assert_eq!(totals.start_up, Cents::ZERO);
    assert_eq!(totals.gap, dollars(38_000), "nothing funded yet");

    // The share of time is read from the role: change it there, the cost follows.
    roles.roles[0].leading_percent = Some(50);
    assert_eq!(
        s.year(&y).unwrap().cost_of_role(&tl("tl-1"), &roles),
        (dollars(32_500), false)
    );
    roles.roles[0].leading_percent = None;
    let plan = s.year(&y).unwrap();
    assert_eq!(
        plan.role_line_cost(&plan.role_lines[0], &roles),
        Err(CostLineProblem::NoShareOfTime {
            role_title: "District STEM coach".into()
        })
    );
    let totals = plan.totals(&roles);
    assert_eq!(totals.incomplete, vec![coach.clone()]);
    assert_eq!(
        totals.ongoing,
        dollars(12_000),
        "an unpriced line is not counted as zero cost, it is listed"
    );
    assert_eq!(plan.cost_of_role(&tl("tl-1"), &roles), (Cents::ZERO, true));
    assert!(CostLineProblem::NoShareOfTime {
        role_title: "X".into()
    }
    .to_string()
    .contains("share of time leading"));

    assert_eq!(s.set_role_line_people(&lead, 0), Err(EditError::NoPeople));
    assert_eq!(
        s.add_role_line(
            &y,
            tl("tl-9"),
            RoleCostBasis::Stipend {
                amount: Cents::ZERO
            },
            &roles
        ),
        Err(EditError::NoSuchTeacherRole(tl("tl-9")))
    );
    assert_eq!(
        s.add_role_line(
            &year("2030-31"),
            tl("tl-1"),
            RoleCostBasis::Stipend {
                amount: Cents::ZERO
            },
            &roles
        ),
        Err(EditError::NoSuchSchoolYear(year("2030-31")))
    );
    s.set_role_line_role(&lead, tl("tl-1"), &roles).unwrap();
    assert_eq!(s.role_line(&lead).unwrap().role, tl("tl-1"));
}

#[test]
fn totals_split_start_up_and_ongoing_and_show_the_gap() {
    let roles = roles();
    let mut s = Sustainability::default();
    let y = year("2026-27");
    s.add_year(y).unwrap();
    s.add_role_line(
        &y,
        tl("tl-1"),
        RoleCostBasis::ShareOfSalary {
            salary: dollars(65_000),
        },
        &roles,
    )
    .unwrap();
    let pd = s
        .add_other_line(
            &y,
            OtherCostKind::ProfessionalDevelopment,
            "Coaching institute",
            Cents::parse("4,500.50").unwrap(),
            CostTiming::StartUp,
        )
        .unwrap();
    s.add_other_line(
        &y,
        OtherCostKind::Materials,
        "Kits",
        dollars(2_000),
        CostTiming::StartUp,
    )
    .unwrap();
    s.add_other_line(
        &y,
        OtherCostKind::Events,
        "STEM night",
        dollars(800),
        CostTiming::Ongoing,
    )
    .unwrap();
    s.add_funding(&y, FundingKind::District, "General fund", dollars(20_000))
        .unwrap();
    let grant = s
        .add_funding(&y, FundingKind::Grant, "State STEM grant", dollars(5_000))
        .unwrap();
    s.add_funding(&y, FundingKind::InKind, "Museum educators", dollars(1_000))
        .unwrap();

    let totals = s.year(&y).unwrap().totals(&roles);
    assert_eq!(totals.start_up, Cents::from_cents(650_050));
    assert_eq!(totals.ongoing, dollars(26_800));
    assert_eq!(totals.total_cost, Cents::from_cents(3_330_050));
    assert_eq!(totals.funding, dollars(26_000));
    assert_eq!(totals.gap, Cents::from_cents(730_050));
    assert_eq!(totals.surplus, Cents::ZERO);
    assert_eq!(
        totals.funding_by_kind,
        [
            (FundingKind::District, dollars(20_000)),
            (FundingKind::Grant, dollars(5_000)),
            (FundingKind::Partner, Cents::ZERO),
            (FundingKind::InKind, dollars(1_000)),
        ]
    );
    assert!(!totals.overflowed && totals.incomplete.is_empty());

    s.set_funding_amount(&grant, dollars(15_000)).unwrap();
    let totals = s.year(&y).unwrap().totals(&roles);
    assert_eq!(totals.gap, Cents::ZERO);
    assert_eq!(totals.surplus, Cents::from_cents(269_950));

    s.set_line_timing(&pd, CostTiming::Ongoing).unwrap();
    let totals = s.year(&y).unwrap().totals(&roles);
    assert_eq!(totals.start_up, dollars(2_000));
    assert_eq!(
        totals.total_cost,
        Cents::from_cents(3_330_050),
        "moving a line keeps the total"
    );

    assert_eq!(
        s.set_other_line_amount(&pd, Cents::from_cents(-1)),
        Err(EditError::AmountOutOfRange(Cents::from_cents(-1)))
    );
    assert_eq!(
        s.add_funding(
            &y,
            FundingKind::Partner,
            "x",
            Cents::from_cents(Cents::MAX_AMOUNT.cents() + 1)
        ),
        Err(EditError::AmountOutOfRange(Cents::from_cents(
            Cents::MAX_AMOUNT.cents() + 1
        )))
    );
    assert_eq!(
        s.year(&y).unwrap().funding.len(),
        3,
        "refused edits change nothing"
    );
    assert_eq!(
        s.other_line(&pd).unwrap().amount,
        Cents::from_cents(450_050)
    );
}

#[test]
fn overflowing_sums_are_flagged_not_wrapped() {
    let roles = roles();
    let huge = Cents::from_cents(i64::MAX);
    let mut plan = CostPlan::new(year("2026-27"));
    // Amounts beyond MAX_AMOUNT cannot be entered or loaded; build them
    // directly to check that the sums still never wrap.
    for n in 0..2 {
        plan.other_lines.push(OtherCostLine {
            id: CostLineId::new(format!("cost-{n}")),
            kind: OtherCostKind::Other,
            description: String::new(),
            amount: huge,
            timing: CostTiming::Ongoing,
            note: String::new(),
        });
    }
    let totals = plan.totals(&roles);
    assert!(totals.overflowed);
    assert_eq!(totals.ongoing, huge, "saturated, not wrapped");
    assert!(!totals.gap.is_negative());

    let mut plan = CostPlan::new(year("2026-27"));
    plan.role_lines.push(RoleCostLine {
        id: CostLineId::new("cost-1"),
        role: tl("tl-2"),
        basis: RoleCostBasis::Stipend { amount: huge },
        people: 3,
        timing: CostTiming::Ongoing,
        note: String::new(),
    });
    assert_eq!(
        plan.role_line_cost(&plan.role_lines[0], &roles),
        Err(CostLineProblem::Overflow)
    );
    assert!(plan.totals(&roles).overflowed);

    // The largest amounts that can be entered add up without trouble.
    let mut plan = CostPlan::new(year("2026-27"));
    for n in 0..1000 {
        plan.funding.push(FundingSource {
            id: FundingId::new(format!("funding-{n}")),
            kind: FundingKind::Grant,
            name: String::new(),
            amount: Cents::MAX_AMOUNT,
            note: String::new(),
        });
    }
    let totals = plan.totals(&roles);
    assert!(!totals.overflowed);
    assert_eq!(totals.funding.cents(), Cents::MAX_AMOUNT.cents() * 1000);
}

#[test]
fn school_years_are_kept_in_order_and_can_start_from_last_year() {
    let roles = roles();
    let mut s = Sustainability::default();
    let (y26, y27, y25) = (year("2026-27"), year("2027-28"), year("2025-26"));
    s.add_year(y26).unwrap();
    assert_eq!(s.add_year(y26), Err(EditError::SchoolYearExists(y26)));
    s.add_year(y25).unwrap();
    s.add_role_line(
        &y26,
        tl("tl-1"),
        RoleCostBasis::ShareOfSalary {
            salary: dollars(60_000),
        },
        &roles,
    )
    .unwrap();
    s.add_other_line(
        &y26,
        OtherCostKind::Materials,
        "Kits",
        dollars(2_000),
        CostTiming::StartUp,
    )
    .unwrap();
    let coaching = s
        .add_other_line(
            &y26,
            OtherCostKind::ReleaseTime,
            "Substitutes",
            dollars(1_500),
            CostTiming::Ongoing,
        )
        .unwrap();
    s.set_line_note(&coaching, "four days").unwrap();
    s.add_funding(&y26, FundingKind::District, "General fund", dollars(10_000))
        .unwrap();

    assert_eq!(s.add_year_from(y27, &y26), Ok(2));
    let next = s.year(&y27).unwrap();
    assert_eq!(next.role_lines.len(), 1);
    assert_eq!(
        next.other_lines.len(),
        1,
        "start-up lines stay in their year"
    );
    assert_eq!(next.other_lines[0].description, "Substitutes");
    assert_eq!(next.other_lines[0].note, "four days");
    assert!(next.funding.is_empty());
    assert_eq!(
        next.role_lines[0].id.as_str(),
        "cost-4",
        "copies get new ids"
    );
    let order: Vec<String> = s.years.iter().map(|p| p.school_year.label()).collect();
    assert_eq!(order, ["2025-26", "2026-27", "2027-28"]);
    assert_eq!(s.latest().map(|p| p.school_year), Some(y27));
    assert_eq!(s.year_of_line(&coaching), Some(y26));

    assert_eq!(
        s.change_year(&y25, y27),
        Err(EditError::SchoolYearExists(y27))
    );
    s.change_year(&y25, year("2028-29")).unwrap();
    let order: Vec<String> = s.years.iter().map(|p| p.school_year.label()).collect();
    assert_eq!(order, ["2026-27", "2027-28", "2028-29"]);
    assert!(s
        .delete_year(&year("2028-29"))
        .is_some_and(|p| p.is_empty()));
    assert_eq!(s.validate(&["tl-1", "tl-2"].into_iter().collect()), Ok(()));

    assert!(!s.move_line_down(&coaching), "last ongoing line");
    assert!(s.move_line_up(&coaching));
    assert!(s.delete_line(&coaching));
    assert!(!s.delete_line(&coaching));
    assert_eq!(s.clear_role(&tl("tl-1")), [y26, y27]);
    assert!(s.years.iter().all(|p| p.role_lines.is_empty()));
}

#[test]
fn review_is_due_on_its_date() {
    let mut s = Sustainability::default();
    let today = IsoDate::parse("2027-01-15").unwrap();
    assert_eq!(s.review_state(&today), ReviewState::NotSet);
    assert!(!s.is_review_due(&today));
    s.set_review_date(Some(IsoDate::parse("2027-01-16").unwrap()));
    assert!(matches!(
        s.review_state(&today),
        ReviewState::Upcoming { .. }
    ));
    s.set_review_date(Some(today.clone()));
    assert!(s.is_review_due(&today));
    s.set_review_date(Some(IsoDate::parse("2026-06-30").unwrap()));
    assert_eq!(
        s.review_state(&today),
        ReviewState::Due {
            date: IsoDate::parse("2026-06-30").unwrap()
        }
    );
}

#[test]
fn stipend_suggestion_reads_one_dollar_amount_only() {
    let mut role = TeacherRole::blank("tl-1".into());
    let suggest = |text: &str, role: &mut TeacherRole| {
        role.compensation = text.into();
        suggested_stipend(role)
    };
    assert_eq!(suggest("Stipend $3,000", &mut role), Some(dollars(3_000)));
    assert_eq!(
        suggest("Stipend of $2,500.50.", &mut role),
        Some(Cents::from_cents(250_050))
    );
    assert_eq!(suggest("$1,500 fall, $1,500 spring", &mut role), None);
    assert_eq!(suggest("Stipend 3000", &mut role), None);
    assert_eq!(suggest("Extra-duty pay", &mut role), None);
    assert_eq!(suggest("$", &mut role), None);
    assert_eq!(suggest("$12,50", &mut role), None);
}

#[test]
fn validation_names_the_field() {
    let ids: HashSet<&str> = ["tl-1"].into_iter().collect();
    let json = |text: &str| serde_json::from_str::<Sustainability>(text).unwrap();
    let ok = json(
        r#"{"review_date": "2027-01-15", "years": [{"school_year": "2026-27",
        "role_lines": [{"id": "cost-1", "role": "tl-1", "basis": {"kind": "share_of_salary", "salary_cents": 6500000}}],
        "other_lines": [{"id": "cost-2", "kind": "events", "description": "STEM night", "amount_cents": 80000, "timing": "start_up"}],
        "funding": [{"id": "funding-1", "kind": "in_kind", "name": "Museum", "amount_cents": 100000}]}]}"#,
    );
    assert_eq!(ok.validate(&ids), Ok(()));
    let line = &ok.years[0].role_lines[0];
    assert_eq!(
        (line.people, line.timing),
        (1, CostTiming::Ongoing),
        "defaults"
    );

    let mut bad = ok.clone();
    bad.years[0].role_lines[0].role = tl("tl-2");
    assert_eq!(
        bad.validate(&ids),
        Err("years[0].role_lines[0].role: no teacher-leader role with id \"tl-2\"".into())
    );
    let mut bad = ok.clone();
    bad.years[0].other_lines[0].id = CostLineId::new("cost-1");
    assert_eq!(
        bad.validate(&ids),
        Err("years[0].other_lines[0].id: duplicate cost line id \"cost-1\"".into())
    );
    let mut bad = ok.clone();
    bad.years[0].funding[0].amount = Cents::from_cents(-5);
    assert!(bad
        .validate(&ids)
        .unwrap_err()
        .starts_with("years[0].funding[0].amount_cents: an amount must be from 0"));
    let mut bad = ok.clone();
    bad.years[0].role_lines[0].people = 0;
    assert_eq!(
        bad.validate(&ids),
        Err("years[0].role_lines[0].people: must be at least 1".into())
    );
    let mut bad = ok.clone();
    bad.years[0].role_lines[0].basis = RoleCostBasis::Stipend {
        amount: Cents::from_cents(-1),
    };
    assert!(bad
        .validate(&ids)
        .unwrap_err()
        .starts_with("years[0].role_lines[0].basis.amount_cents:"));
    let mut bad = ok.clone();
    bad.years.push(bad.years[0].clone());
    assert_eq!(
        bad.validate(&ids),
        Err("years[1].school_year: a second cost plan for 2026-27".into())
    );

    let text = serde_json::to_string(&ok).unwrap();
    assert!(
        text.contains(r#""basis":{"kind":"share_of_salary","salary_cents":6500000}"#),
        "{text}"
    );
    assert_eq!(json(&text), ok);
    assert!(
        serde_json::from_str::<Sustainability>(r#"{"years": [{"school_year": "2026-28"}]}"#)
            .is_err()
    );
}

#[test]
fn a_year_entry_is_the_year_kept_or_a_new_empty_one_in_order() {
    let roles = roles();
    let mut s = Sustainability::default();
    let (y25, y26, y27) = (year("2025-26"), year("2026-27"), year("2027-28"));
    s.add_year(y25).unwrap();
    s.add_year(y27).unwrap();
    s.add_role_line(
        &y25,
        tl("tl-1"),
        RoleCostBasis::ShareOfSalary {
            salary: dollars(60_000),
        },
        &roles,
    )
    .unwrap();
    assert_eq!(
        s.year_entry(y25).role_lines.len(),
        1,
        "the year kept, as it is"
    );
    assert!(s.year_entry(y26).role_lines.is_empty());
    let order: Vec<SchoolYear> = s.years.iter().map(|p| p.school_year).collect();
    assert_eq!(
        order,
        vec![y25, y26, y27],
        "a new year goes in its place, once"
    );
}
