//! Checks the implementation plan's default content against its sources in
//! tests/fixtures/seeds/: 001 (considerations, their guidance, the practices
//! used as starting actions, the ten planning documents) and 004 (the four
//! goals, the five levels, the examples). Each paragraph of these files is
//! one line, so the only normalization needed is collapsing whitespace
//! (the same rule as tests/teacher_role_source.rs).

use stem_leadership_planner::model::implementation::seed::{
    CONSIDERATIONS, CONSIDERATIONS_INTRO, DOCUMENTS, GOALS, GOALS_INTRO,
};
use stem_leadership_planner::model::implementation::{
    ActionStatus, ConsiderationKey, DocumentStatus, Implementation,
};

const IMPLEMENTING: &str = include_str!("fixtures/seeds/001_810c89c62b71ac93.txt");
const BENEFITS: &str = include_str!("fixtures/seeds/004_bc51a7c22bede9fe.txt");

fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The source's paragraphs: one per non-empty line, whitespace collapsed.
fn lines(source: &str) -> Vec<String> {
    source
        .lines()
        .map(normalize)
        .filter(|l| !l.is_empty())
        .collect()
}

fn bullet(line: &str) -> Option<&str> {
    line.strip_prefix('•').map(str::trim)
}

/// The lines after the line equal to `heading`, up to the first line for
/// which `stop` holds (or the end).
fn section(lines: &[String], heading: &str, stop: impl Fn(&str) -> bool) -> Vec<String> {
    let start = lines
        .iter()
        .position(|l| l == heading)
        .unwrap_or_else(|| panic!("heading {heading:?} is not a line of the source"));
    lines[start + 1..]
        .iter()
        .take_while(|l| !stop(l))
        .cloned()
        .collect()
}

fn is_consideration_heading(line: &str) -> bool {
    ConsiderationKey::ALL.iter().any(|k| k.label() == line)
}

#[test]
fn normalize_collapses_whitespace() {
    assert_eq!(normalize("  a \n b\t c  "), "a b c");
    assert_eq!(bullet("• item"), Some("item"));
}

#[test]
fn the_six_headings_are_001s_in_order() {
    let source = lines(IMPLEMENTING);
    let headings: Vec<&str> = ConsiderationKey::ALL.iter().map(|k| k.label()).collect();
    assert_eq!(
        headings,
        [
            "Developing leadership skills",
            "Broadening curriculum and instruction knowledge",
            "Refining school and district culture",
            "Engaging community and advocacy",
            "Developing partnerships and outreach",
            "Cultivating sustainability",
        ]
    );
    let found: Vec<&str> = source
        .iter()
        .filter(|l| is_consideration_heading(l))
        .map(String::as_str)
        .collect();
    assert_eq!(found, headings, "each heading is a line of 001, in order");
    let keys: Vec<ConsiderationKey> = CONSIDERATIONS.iter().map(|c| c.key).collect();
    assert_eq!(
        keys,
        ConsiderationKey::ALL,
        "one seed entry per heading, in order"
    );
    assert!(source.contains(&normalize(CONSIDERATIONS_INTRO)));
}

#[test]
fn guidance_is_every_paragraph_under_its_heading() {
    let source = lines(IMPLEMENTING);
    for consideration in CONSIDERATIONS {
        let paragraphs: Vec<String> = section(&source, consideration.key.label(), |l| {
            is_consideration_heading(l)
        })
        .into_iter()
        .filter(|l| bullet(l).is_none())
        .collect();
        let guidance: Vec<String> = consideration
            .guidance
            .iter()
            .map(|g| normalize(g))
            .collect();
        assert_eq!(
            guidance, paragraphs,
            "guidance of {:?} is the source's paragraphs, whole and in order",
            consideration.key
        );
    }
}

#[test]
fn the_four_culture_practices_are_the_source_bullets_exactly() {
    let source = lines(IMPLEMENTING);
    let bullets: Vec<String> = section(&source, "Refining school and district culture", |l| {
        is_consideration_heading(l)
    })
    .iter()
    .filter_map(|l| bullet(l).map(str::to_string))
    .collect();
    assert_eq!(bullets.len(), 4);
    let culture = CONSIDERATIONS
        .iter()
        .find(|c| c.key == ConsiderationKey::Culture)
        .expect("culture");
    let actions: Vec<&str> = culture.actions.iter().map(|a| a.text).collect();
    assert_eq!(actions, bullets);
    assert_eq!(
        actions[0],
        "Regularly promote a school culture that can optimize the STEM teacher leader role"
    );
}

#[test]
fn every_starting_action_is_the_source_words_under_its_own_heading() {
    let source = lines(IMPLEMENTING);
    let mut ids = std::collections::HashSet::new();
    for consideration in CONSIDERATIONS {
        assert!(
            !consideration.actions.is_empty(),
            "{:?} has starting actions",
            consideration.key
        );
        let own_section = section(&source, consideration.key.label(), |l| {
            is_consideration_heading(l)
        })
        .join("\n");
        for action in consideration.actions {
            assert!(ids.insert(action.id), "action id {} is unique", action.id);
            assert_eq!(action.text, action.text.trim());
            assert!(
                own_section.contains(&normalize(action.text)),
                "{:?} is not a verbatim part of the section {:?}",
                action.text,
                consideration.key.label()
            );
        }
    }
}

#[test]
fn the_practices_the_issue_names_are_among_the_actions() {
    let all: Vec<&str> = CONSIDERATIONS
        .iter()
        .flat_map(|c| c.actions.iter().map(|a| a.text))
        .collect();
    for named in [
        "role-alike meetings",
        "participation in school and district leadership teams",
        "authority to work with external organizations or networks",
        "newsletters, invitations to STEM-related events",
        "advisory boards",
        "estimate start-up and ongoing expenses",
        "seek outside funding",
        "regularly revisit their plan for sustainability",
    ] {
        assert!(
            all.iter().any(|a| a.contains(named)),
            "no action names {named:?}"
        );
    }
}

#[test]
fn the_ten_documents_are_001s_closing_list_verbatim() {
    let source = lines(IMPLEMENTING);
    let closing: Vec<String> = source
        .iter()
        .rev()
        .take_while(|l| bullet(l).is_some())
        .filter_map(|l| bullet(l).map(str::to_string))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert_eq!(closing.len(), 10);
    let titles: Vec<&str> = DOCUMENTS.iter().map(|d| d.title).collect();
    assert_eq!(titles, closing);
    assert_eq!(
        titles[0],
        "Strategic plans for STEM education (perhaps with definitions, goals, measurable benchmarks, activities, inputs, roles)"
    );
    assert_eq!(
        titles[9],
        "Community outreach and engagement communications"
    );
}

#[test]
fn the_four_goals_are_004s_headings_with_their_texts() {
    let source = lines(BENEFITS);
    assert!(source.contains(&normalize(GOALS_INTRO)));
    let titles: Vec<&str> = GOALS.iter().map(|g| g.title).collect();
    assert_eq!(
        titles,
        [
            "Building a culture and vision of STEM instruction within their schools, at the district level, in the community, and with the state legislature",
            "Providing professional learning opportunities",
            "Enabling the use of STEM instructional materials",
            "Facilitating external partnerships",
        ]
    );
    let is_goal_heading = |line: &str| titles.contains(&line);
    // The footnote marker ("institutions,3 and") and the footnote line
    // ("3Examples…") are the only places the goal texts depart from 004.
    assert!(BENEFITS.contains("STEM-rich institutions,3 and"));
    let without_marker: Vec<String> = source
        .iter()
        .map(|l| l.replace("institutions,3 and", "institutions, and"))
        .map(|l| match l.strip_prefix("3Examples") {
            Some(rest) => format!("Examples{rest}"),
            None => l,
        })
        .collect();
    for goal in GOALS {
        let section: Vec<String> = section(&without_marker, goal.title, is_goal_heading);
        let mut expected: Vec<String> = goal.text.iter().map(|t| normalize(t)).collect();
        expected.extend(
            goal.levels
                .iter()
                .map(|l| format!("• {}", normalize(l.text))),
        );
        expected.extend(goal.examples.iter().map(|t| normalize(t)));
        expected.extend(goal.footnote.map(normalize));
        assert_eq!(
            expected, section,
            "goal {:?}: text, levels, examples and footnote are its section, whole and in order",
            goal.id
        );
    }
}

#[test]
fn culture_and_vision_has_the_five_levels_of_004() {
    let culture = &GOALS[0];
    let labels: Vec<&str> = culture.levels.iter().map(|l| l.label).collect();
    assert_eq!(
        labels,
        [
            "School",
            "District",
            "Best-practice research",
            "Community",
            "State legislature"
        ]
    );
    let source = lines(BENEFITS);
    let bullets: Vec<String> = section(&source, culture.title, |l| {
        bullet(l).is_none() && !l.ends_with("varies in scope:")
    })
    .iter()
    .filter_map(|l| bullet(l).map(str::to_string))
    .collect();
    let texts: Vec<&str> = culture.levels.iter().map(|l| l.text).collect();
    assert_eq!(texts, bullets);
    // Each label names what its bullet is about, in the bullet's own words.
    for (label, word) in labels.iter().zip([
        "school-wide",
        "district-wide",
        "best practices",
        "community",
        "state legislative",
    ]) {
        let level = culture
            .levels
            .iter()
            .find(|l| l.label == *label)
            .expect("level");
        assert!(level.text.contains(word), "{label}: {word}");
    }
    assert!(GOALS[1..].iter().all(|g| g.levels.is_empty()));
}

#[test]
fn a_new_plan_starts_from_the_source() {
    let implementation = Implementation::from_source();
    for consideration in CONSIDERATIONS {
        let actions = implementation.actions(consideration.key);
        let texts: Vec<&str> = actions.iter().map(|a| a.text.as_str()).collect();
        let source: Vec<&str> = consideration.actions.iter().map(|a| a.text).collect();
        assert_eq!(texts, source);
        assert!(actions
            .iter()
            .all(|a| a.from_source() && a.status == ActionStatus::NotStarted && a.owner.is_none()));
    }
    assert_eq!(implementation.documents.len(), 10);
    assert!(implementation
        .documents
        .iter()
        .all(|d| d.from_source() && d.status == DocumentStatus::None));
    assert_eq!(implementation.goals.len(), 4);
    assert!(implementation
        .goals
        .iter()
        .all(|g| g.from_source() && g.roles.is_empty()));
    assert_eq!(implementation.unpursued_goals().len(), 4);
    assert!(implementation.sustainability.years.is_empty());
    assert_eq!(implementation.sustainability.review_date, None);
}
