//! Checks the shipped leadership matrix against its source document,
//! tests/fixtures/seeds/000_748dd229cbfd10f5.txt: every text in the seed must
//! appear in the source (after undoing the line breaks of the extraction),
//! and the table's shape (60 cells, four N/A, statement counts) must match.

use stem_leadership_planner::model::matrix::{Matrix, Status};
use stem_leadership_planner::model::values::ids::{AreaId, RoleId};

const SOURCE: &str = include_str!("fixtures/seeds/000_748dd229cbfd10f5.txt");

/// Joins the extracted lines into one line of text: a line ending in a
/// hyphen or slash (a compound broken across lines, "district-\nwide")
/// joins the next without a space, other lines with a space; runs of
/// whitespace collapse to one space.
fn normalize(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() && !out.ends_with('-') && !out.ends_with('/') {
            out.push(' ');
        }
        out.push_str(line);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn source() -> String {
    normalize(SOURCE)
}

fn matrix() -> Matrix {
    Matrix::from_source()
}

fn cell_texts(m: &Matrix, role: &str, area: &str) -> Vec<String> {
    m.cell(&RoleId::new(role), &AreaId::new(area))
        .unwrap_or_else(|| panic!("cell {role} × {area}"))
        .statements
        .iter()
        .map(|s| s.text.clone())
        .collect()
}

const ROLE_IDS: [&str; 6] = [
    "district-administration",
    "finance-officer",
    "building-administration",
    "instructional-coach",
    "ecosystem-liaisons",
    "student-leaders",
];

const AREA_IDS: [&str; 10] = [
    "decision-making",
    "strategic-planning",
    "accountability",
    "budgetary-support",
    "operational-protocols",
    "professional-development",
    "curricular-aspects",
    "partner-outreach",
    "communication",
    "advocacy",
];

#[test]
fn normalize_joins_compounds_and_lines() {
    assert_eq!(
        normalize("the district-\nwide plan\n\nfaculty/\nstaff,  and \nmore"),
        "the district-wide plan faculty/staff, and more"
    );
}

#[test]
fn roles_and_areas_are_in_source_order_with_source_names() {
    let m = matrix();
    let src = source();
    let upper = src.to_uppercase();
    let names: Vec<&str> = m.roles.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "District-level Administration",
            "Finance Officer",
            "Building-level Administration",
            "(STEM) Instructional Coach",
            "Ecosystem Liaison(s)",
            "Student Leaders",
        ]
    );
    let ids: Vec<&str> = m.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ROLE_IDS);
    for role in &m.roles {
        assert!(
            upper.contains(&role.name.to_uppercase()),
            "role name {:?}",
            role.name
        );
        assert!(
            src.contains(&role.description),
            "role description {:?}",
            role.description
        );
    }
    assert_eq!(
        m.roles[0].description,
        "Superintendent, Asst. Superintendent, Director of Curriculum, District STEM Coordinator, etc."
    );
    assert_eq!(m.roles[4].description, "School-based parent consultant, community liaison, industry/higher ed/informal education partner leaders who work as liaisons between school leadership, faculty/staff, and the greater school community/partnering organizations");

    let areas: Vec<&str> = m.areas.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        areas,
        [
            "Decision-making",
            "Strategic Planning",
            "Accountability",
            "Budgetary Support/Allocations",
            "Operational Protocols",
            "STEM Professional Development (PD)",
            "Curricular Aspects of STEM Teaching and Learning Experiences",
            "STEM Partner Outreach",
            "Communication with Stakeholders",
            "Advocacy for STEM",
        ]
    );
    let ids: Vec<&str> = m.areas.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, AREA_IDS);
    for area in &m.areas {
        assert!(
            upper.contains(&area.name.to_uppercase()),
            "area name {:?}",
            area.name
        );
    }
}

#[test]
fn every_lead_in_and_statement_is_in_the_source() {
    let m = matrix();
    let src = source();
    for cell in &m.cells {
        if !cell.lead_in.is_empty() {
            assert!(
                src.contains(&cell.lead_in),
                "lead-in of {} × {}: {:?}",
                cell.role,
                cell.area,
                cell.lead_in
            );
        }
        for s in &cell.statements {
            assert!(
                src.contains(&s.text),
                "statement {} not in source: {:?}",
                s.id,
                s.text
            );
            assert_eq!(s.text.trim(), s.text);
            assert!(
                !s.text.ends_with(';'),
                "list separator left on {:?}",
                s.text
            );
            assert_eq!(s.status, Status::NotAssessed);
            assert!(s.owner.is_none() && s.note.is_empty());
        }
    }
}

#[test]
fn every_pair_has_exactly_one_cell_and_four_are_na() {
    let m = matrix();
    assert_eq!(m.cells.len(), 60);
    for role in ROLE_IDS {
        for area in AREA_IDS {
            let n = m
                .cells
                .iter()
                .filter(|c| c.role == role && c.area == area)
                .count();
            assert_eq!(n, 1, "{role} × {area}");
        }
    }
    let mut na: Vec<(&str, &str)> = m
        .cells
        .iter()
        .filter(|c| c.not_applicable)
        .map(|c| (c.area.as_str(), c.role.as_str()))
        .collect();
    na.sort();
    assert_eq!(
        na,
        [
            ("advocacy", "finance-officer"),
            ("budgetary-support", "student-leaders"),
            ("operational-protocols", "ecosystem-liaisons"),
            ("operational-protocols", "student-leaders"),
        ]
    );
    for cell in &m.cells {
        assert_eq!(
            cell.not_applicable,
            cell.statements.is_empty(),
            "{} × {}",
            cell.role,
            cell.area
        );
    }
    // The source shows "N/A" exactly four times.
    assert_eq!(SOURCE.matches("N/A").count(), 4);
    assert_eq!(m.validate(), Ok(()));
}

#[test]
fn statement_counts_per_cell() {
    let m = matrix();
    // Rows are areas, columns roles, in source order.
    let expected: [[usize; 6]; 10] = [
        [1, 1, 1, 1, 1, 1], // Decision-making
        [1, 1, 1, 1, 1, 2], // Strategic Planning
        [2, 1, 2, 2, 1, 1], // Accountability
        [1, 1, 1, 1, 1, 0], // Budgetary Support/Allocations
        [1, 1, 1, 1, 0, 0], // Operational Protocols
        [3, 1, 1, 1, 1, 1], // STEM PD
        [4, 1, 6, 5, 1, 3], // Curricular Aspects
        [2, 1, 1, 1, 1, 1], // STEM Partner Outreach
        [1, 1, 1, 1, 1, 1], // Communication with Stakeholders
        [1, 0, 1, 1, 1, 1], // Advocacy for STEM
    ];
    for (a, area) in AREA_IDS.iter().enumerate() {
        for (r, role) in ROLE_IDS.iter().enumerate() {
            assert_eq!(
                cell_texts(&m, role, area).len(),
                expected[a][r],
                "{role} × {area}"
            );
        }
    }
}

#[test]
fn lead_ins_are_where_the_source_puts_them() {
    let m = matrix();
    let school = "For school-based program implementation:";
    let lead = |role: &str, area: &str| {
        m.cell(&RoleId::new(role), &AreaId::new(area))
            .map(|c| c.lead_in.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        lead("building-administration", "curricular-aspects"),
        school
    );
    assert_eq!(lead("instructional-coach", "curricular-aspects"), school);
    assert_eq!(lead("student-leaders", "curricular-aspects"), school);
    assert_eq!(
        lead("ecosystem-liaisons", "curricular-aspects"),
        "For district-wide and/or school-based program implementation support is dependent upon the type of partnership and context of the school community."
    );
    let with_lead_in = m.cells.iter().filter(|c| !c.lead_in.is_empty()).count();
    assert_eq!(with_lead_in, 4);
}

#[test]
fn spot_checks_word_for_word() {
    let m = matrix();
    assert_eq!(
        cell_texts(&m, "district-administration", "professional-development"),
        [
            "Provides budgetary support for STEM Programming and PD",
            "Provide STEM Education Leadership and teacher PD",
            "Set STEM learning goals for the district",
        ]
    );
    assert_eq!(
        cell_texts(&m, "district-administration", "decision-making"),
        ["Gathers, analyzes, and uses data to drive district-level STEM programming decisions including curriculum"]
    );
    assert_eq!(
        cell_texts(&m, "building-administration", "decision-making"),
        ["Gathers, analyzes, and uses data to drive school-level STEM programming decisions"]
    );
    assert_eq!(
        cell_texts(&m, "student-leaders", "strategic-planning"),
        [
            "Serve as communicators and advisors to the district STEM Leadership Team",
            "Collaborates with school leaders on student-related issues in regard to strategic planning",
        ]
    );
    assert_eq!(
        cell_texts(&m, "district-administration", "accountability"),
        [
            "Is ultimately held accountable for meeting the goals of the district-wide STEM program implementation and sustainability of the program over time",
            "Holds district and building administrators accountable for meeting district-wide STEM goals",
        ]
    );
    assert_eq!(
        cell_texts(&m, "district-administration", "partner-outreach"),
        [
            "Builds and maintains relationships with family and community partners (district-wide partnerships)",
            "Can assist in acquiring volunteers from the community to share talent, skill, expertise, and time in the school",
        ]
    );
    assert_eq!(
        cell_texts(&m, "student-leaders", "communication"),
        ["Communicates with stakeholders about the school’s STEM programming information, activities, and data (e.g. presenting to the community, conducting school tours, documenting STEM in the classrooms/building, and developing student-led STEM initiatives, etc.)"]
    );
    assert_eq!(
        cell_texts(&m, "instructional-coach", "curricular-aspects"),
        [
            "Advises/Assists administration with organizational responsibilities related to STEM curricular programming",
            "Leads/Assists in leading building-wide STEM initiatives",
            "Provides building-wide guidance with STEM curricular programming and professional development",
            "Provides teacher guidance and support related to STEM instructional practices in the classroom (e.g. PBL, Design Thinking, Technology Integration, Content Integration, etc.)",
            "Assesses STEM teaching/provides constructive feedback for improvement",
        ]
    );
    assert_eq!(
        cell_texts(&m, "building-administration", "budgetary-support"),
        ["Makes budgetary decisions and provides financial support for STEM at a building-funding level (e.g. STEM human capital, resources and materials, experiential learning experiences for students, professional development, etc.)"]
    );
    assert_eq!(
        cell_texts(&m, "ecosystem-liaisons", "advocacy"),
        ["Advocates for family, community, industry, and informal education needs related to school/ecosystem partnerships"]
    );
    assert_eq!(
        cell_texts(&m, "finance-officer", "strategic-planning"),
        ["Supports both district and building-level strategic planning involving funding and/or budgets."]
    );
}

#[test]
fn curly_apostrophes_are_kept() {
    let m = matrix();
    let all: Vec<String> = m
        .cells
        .iter()
        .flat_map(|c| c.statements.iter().map(|s| s.text.clone()))
        .collect();
    assert_eq!(all.iter().filter(|t| t.contains("school’s")).count(), 3);
    assert_eq!(
        all.iter().filter(|t| t.contains("partnership’s")).count(),
        1
    );
    assert!(!all.iter().any(|t| t.contains('\'')));
}

#[test]
fn statement_ids_are_stable_slugs() {
    let m = matrix();
    let first = &m.cells[0].statements[0];
    assert_eq!(first.id, "decision-making.district-administration.1");
    let pd = m
        .cell(
            &RoleId::new("district-administration"),
            &AreaId::new("professional-development"),
        )
        .expect("cell");
    let ids: Vec<&str> = pd.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "professional-development.district-administration.1",
            "professional-development.district-administration.2",
            "professional-development.district-administration.3",
        ]
    );
}
