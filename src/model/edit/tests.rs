use super::*;

#[test]
fn plan_edits_set_the_field_and_name_their_step() {
    let mut plan = Plan::default();
    let applied = plan.apply(PlanEdit::SetTitle("Lincoln STEM plan".into()));
    assert_eq!(applied, Ok(Applied::labelled("edit the plan title")));
    assert_eq!(plan.title, "Lincoln STEM plan");

    let applied = plan.apply(PlanEdit::SetDistrict("Springfield USD".into()));
    assert_eq!(
        applied.map(|a| a.label),
        Ok("edit the district".to_string())
    );
    let applied = plan.apply(PlanEdit::SetSchool("Lincoln Elementary".into()));
    assert_eq!(applied.map(|a| a.label), Ok("edit the school".to_string()));
    assert_eq!(plan.organization.district, "Springfield USD");
    assert_eq!(plan.organization.school, "Lincoln Elementary");
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn an_empty_title_is_allowed_while_typing() {
    let mut plan = Plan::default();
    assert!(plan.apply(PlanEdit::SetTitle(String::new())).is_ok());
    assert_eq!(plan.title, "");
    assert_eq!(plan.display_title(), crate::model::DEFAULT_TITLE);
}

#[test]
fn each_header_field_types_into_its_own_undo_step() {
    let fields: Vec<_> = [
        PlanEdit::SetTitle("a".into()),
        PlanEdit::SetDistrict("a".into()),
        PlanEdit::SetSchool("a".into()),
    ]
    .into_iter()
    .map(|edit| Edit::from(edit).typing_field())
    .collect();
    assert_eq!(
        fields,
        [
            Some("title".into()),
            Some("district".into()),
            Some("school".into())
        ]
    );
}

#[test]
fn the_school_year_is_set_and_cleared_in_one_step_each() {
    use crate::model::values::date::SchoolYear;
    let year = SchoolYear::parse("2026-27").unwrap();
    let mut plan = Plan::default();
    let edit = PlanEdit::SetSchoolYear(Some(year));
    assert_eq!(Edit::from(edit.clone()).typing_field(), None, "not typed");
    assert_eq!(
        plan.apply(edit),
        Ok(Applied::labelled("set the school year"))
    );
    assert_eq!(plan.school_year, Some(year));
    assert_eq!(plan.validate(), Ok(()));
    assert_eq!(
        plan.apply(PlanEdit::SetSchoolYear(None)),
        Ok(Applied::labelled("set the school year"))
    );
    assert_eq!(plan.school_year, None);
}

#[test]
fn linking_a_plan_to_its_next_school_year_is_one_step() {
    use crate::model::values::ids::LineageId;
    let lineage = LineageId::from_bits(7);
    let mut plan = Plan::default();
    let edit = PlanEdit::SetLineage(lineage.clone());
    assert_eq!(Edit::from(edit.clone()).typing_field(), None, "not typed");
    assert_eq!(
        plan.apply(edit.clone()),
        Ok(Applied::labelled("link the plan to its next school year"))
    );
    assert_eq!(plan.lineage, Some(lineage));
    assert_eq!(plan.validate(), Ok(()));
    let linked = plan.clone();
    assert!(plan.apply(edit).is_ok());
    assert_eq!(plan, linked, "linking again changes nothing");
}
