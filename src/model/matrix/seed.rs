//! The published "Leadership Roles and Responsibilities" table
//! (tests/fixtures/seeds/000_748dd229cbfd10f5.txt), word for word: six roles
//! (columns), ten responsibility areas (rows), 60 cells.
//!
//! The source was extracted column by column, so each row's six cells follow
//! the row name in role order; a paragraph is one statement. Broken lines are
//! joined with a space, except after a hyphen or slash inside a compound
//! ("district-\nwide" is "district-wide"). `tests/matrix_source.rs` checks
//! every text here against the source file.
//!
//! Ids are fixed, readable slugs so "restore to source" finds a cell's text by
//! (role id, area id), and a statement's id is `area.role.n`.

/// (id, name, description) in source column order.
pub const ROLES: [(&str, &str, &str); 6] = [
    (
        "district-administration",
        "District-level Administration",
        "Superintendent, Asst. Superintendent, Director of Curriculum, District STEM Coordinator, etc.",
    ),
    ("finance-officer", "Finance Officer", "District-level and/or building-level finance officers"),
    ("building-administration", "Building-level Administration", "Principal, Assistant Principal"),
    (
        "instructional-coach",
        "(STEM) Instructional Coach",
        "School-based instructional coach and/or STEM teacher leader(s)",
    ),
    (
        "ecosystem-liaisons",
        "Ecosystem Liaison(s)",
        "School-based parent consultant, community liaison, industry/higher ed/informal education partner leaders who work as liaisons between school leadership, faculty/staff, and the greater school community/partnering organizations",
    ),
    (
        "student-leaders",
        "Student Leaders",
        "School-based student leaders that work as liaisons between the student body, school leadership, faculty/staff, and the greater school community",
    ),
];

/// (id, name) in source row order.
pub const AREAS: [(&str, &str); 10] = [
    ("decision-making", "Decision-making"),
    ("strategic-planning", "Strategic Planning"),
    ("accountability", "Accountability"),
    ("budgetary-support", "Budgetary Support/Allocations"),
    ("operational-protocols", "Operational Protocols"),
    (
        "professional-development",
        "STEM Professional Development (PD)",
    ),
    (
        "curricular-aspects",
        "Curricular Aspects of STEM Teaching and Learning Experiences",
    ),
    ("partner-outreach", "STEM Partner Outreach"),
    ("communication", "Communication with Stakeholders"),
    ("advocacy", "Advocacy for STEM"),
];

/// One source cell: N/A, or a lead-in (may be empty) and statements.
#[derive(Debug, Clone, Copy)]
pub enum SourceCell {
    NotApplicable,
    Text {
        lead_in: &'static str,
        statements: &'static [&'static str],
    },
}

const fn t(statements: &'static [&'static str]) -> SourceCell {
    SourceCell::Text {
        lead_in: "",
        statements,
    }
}

const fn led(lead_in: &'static str, statements: &'static [&'static str]) -> SourceCell {
    SourceCell::Text {
        lead_in,
        statements,
    }
}

const NA: SourceCell = SourceCell::NotApplicable;

const SCHOOL_BASED: &str = "For school-based program implementation:";

const ADVISORY: &str =
    "Assists with gathering data, and serves in an advisory capacity to decision-makers";
const SCHOOL_VISION: &str = "Facilitates and supports the development and implementation of a school-wide STEM vision, mission, goals, and action plan";
const SCHOOL_PARTNERS: &str =
    "Builds and maintains relationships with family and community partners (school-based partnerships)";
const ASSESSES_TEACHING: &str =
    "Assesses STEM teaching/provides constructive feedback for improvement";
const PARTNER_FINANCE: &str =
    "Communicates with partners regarding financial/budget aspects of the partnership";

/// The cells, one row per area (in `AREAS` order), six cells per row (in `ROLES` order).
pub const CELLS: [[SourceCell; 6]; 10] = [
    // Decision-making
    [
        t(&["Gathers, analyzes, and uses data to drive district-level STEM programming decisions including curriculum"]),
        t(&["Assists with district/building-level financial decisions"]),
        t(&["Gathers, analyzes, and uses data to drive school-level STEM programming decisions"]),
        t(&[ADVISORY]),
        t(&[ADVISORY]),
        t(&[ADVISORY]),
    ],
    // Strategic Planning
    [
        t(&["Facilitates and supports the development and implementation of a district STEM vision, mission, goals, and action plan"]),
        t(&["Supports both district and building-level strategic planning involving funding and/or budgets."]),
        t(&[SCHOOL_VISION]),
        t(&[SCHOOL_VISION]),
        t(&["Collaborates with district and school leaders on partnership programming and support planning"]),
        t(&[
            "Serve as communicators and advisors to the district STEM Leadership Team",
            "Collaborates with school leaders on student-related issues in regard to strategic planning",
        ]),
    ],
    // Accountability
    [
        t(&[
            "Is ultimately held accountable for meeting the goals of the district-wide STEM program implementation and sustainability of the program over time",
            "Holds district and building administrators accountable for meeting district-wide STEM goals",
        ]),
        t(&["Is held accountable for budget and financial components of the STEM program"]),
        t(&[
            "Is ultimately held accountable for meeting the goals of the STEM program and sustaining the program over time",
            "Holds faculty and staff accountable for meeting school-wide STEM goals",
        ]),
        t(&[
            "Is held accountable for responsibilities related to STEM program implementation as identified by the school administration",
            "Assists the school administration in holding faculty and staff accountable for meeting school-wide STEM goals",
        ]),
        t(&["Is held accountable for partnership responsibilities identified by and agreed upon by partnership entities"]),
        t(&["Is held accountable for student STEM leadership responsibilities as identified by the STEM leadership team and/or teacher advisors"]),
    ],
    // Budgetary Support/Allocations
    [
        t(&["Makes budgetary decisions and provides financial support for STEM at a district-funding level; allocates funding/positions for STEM leadership"]),
        t(&["Involved in budgetary decisions at both the district and building-level"]),
        t(&["Makes budgetary decisions and provides financial support for STEM at a building-funding level (e.g. STEM human capital, resources and materials, experiential learning experiences for students, professional development, etc.)"]),
        t(&["Serves in an advisory capacity to decision-makers"]),
        t(&["Can assist in soliciting or garnering financial support and donations"]),
        NA,
    ],
    // Operational Protocols
    [
        t(&["Creates and upholds protocols related to district functions and operations at all levels (e.g. hiring processes, use of buildings and grounds, PD travel, etc.)"]),
        t(&["Provides guidance for district protocols related to funding (e.g. budget approvals, grant processes, use of Title funds, etc.)"]),
        t(&["Creates, communicates, and upholds protocols at the building-level (e.g. processes for acquiring STEM materials, grant writing, off-campus activities, etc.)"]),
        t(&["Assists in communicating protocols to staff and ecosystem"]),
        NA,
        NA,
    ],
    // STEM Professional Development (PD)
    [
        t(&[
            "Provides budgetary support for STEM Programming and PD",
            "Provide STEM Education Leadership and teacher PD",
            "Set STEM learning goals for the district",
        ]),
        t(&["Assists with budgetary support/allocations for STEM PD"]),
        t(&["Engages in current STEM PD that is aligned with organizational goals and the professional learning needs of the individual; encourages and supports on-going STEM PD for teachers and staff"]),
        t(&["Engages in current STEM PD that is aligned with organizational goals and the professional learning needs of the individual; encourages and supports on-going STEM PD for teachers and staff; facilitates STEM PD in the school (e.g. workshops, PLCs, webinars, etc.); facilitates trainings for ecosystem partners"]),
        t(&["Engages in learning activities and trainings specific to the school context and working with PK-12 students to assist with socialization into the school-setting"]),
        t(&["Engages in student leadership workshops (facilitated and guided by teacher advisors)"]),
    ],
    // Curricular Aspects of STEM Teaching and Learning Experiences
    [
        t(&[
            "Provides support to school-based STEM programs as needed",
            "Provide a district wide plan for PK-12 STEM continuum of experiences",
            "Provide guidance to HS in developing STEM pathways aligned to postsecondary",
            "Assure Elem and MS STEM feeder patterns to HS prepare students to succeed in HS STEM programming",
        ]),
        t(&["Provides financial/budgetary guidance to school-based STEM programs as needed"]),
        led(
            SCHOOL_BASED,
            &[
                "Facilitates and guides STEM curricular decision-making",
                "Leads building-wide STEM initiatives (or this can be delegated to the STEM Coach)",
                "Develops a master schedule that takes into consideration STEM teaching and learning needs",
                "Schedules common planning time for teachers",
                "Acquires financial/resource support for STEM learning experiences",
                ASSESSES_TEACHING,
            ],
        ),
        led(
            SCHOOL_BASED,
            &[
                "Advises/Assists administration with organizational responsibilities related to STEM curricular programming",
                "Leads/Assists in leading building-wide STEM initiatives",
                "Provides building-wide guidance with STEM curricular programming and professional development",
                "Provides teacher guidance and support related to STEM instructional practices in the classroom (e.g. PBL, Design Thinking, Technology Integration, Content Integration, etc.)",
                ASSESSES_TEACHING,
            ],
        ),
        led(
            "For district-wide and/or school-based program implementation support is dependent upon the type of partnership and context of the school community.",
            &["Assists with the planning and implementation of STEM events and activities involving families, the community, higher education partners, or industry partners"],
        ),
        led(
            SCHOOL_BASED,
            &[
                "Engage as learners and as leaders in STEM learning experiences",
                "Assist in leading school-wide STEM activities and events",
                "Market STEM activities/events to the student body; Recruit student volunteers",
            ],
        ),
    ],
    // STEM Partner Outreach
    [
        t(&[
            "Builds and maintains relationships with family and community partners (district-wide partnerships)",
            "Can assist in acquiring volunteers from the community to share talent, skill, expertise, and time in the school",
        ]),
        t(&[PARTNER_FINANCE]),
        t(&[SCHOOL_PARTNERS]),
        t(&[SCHOOL_PARTNERS]),
        t(&["Builds and maintains relationships with district and/or school leadership"]),
        t(&["Assists district and building-level leadership with building and maintaining relationships with families and the community"]),
    ],
    // Communication with Stakeholders
    [
        t(&["Communicates with stakeholders about district and/or school STEM programming information and data"]),
        t(&[PARTNER_FINANCE]),
        t(&["Communicates with stakeholders about the school’s STEM programming information, activities, and data (e.g. successes, academic achievement, activities and events, etc.)"]),
        t(&["Communicates with stakeholders about the school’s STEM programming information, activities and data (e.g. successes, academic achievement, activities, events, etc.)"]),
        t(&["Communicates with stakeholders about the STEM programming partnership’s information, activities, and data"]),
        t(&["Communicates with stakeholders about the school’s STEM programming information, activities, and data (e.g. presenting to the community, conducting school tours, documenting STEM in the classrooms/building, and developing student-led STEM initiatives, etc.)"]),
    ],
    // Advocacy for STEM
    [
        t(&["Advocates at the regional, state and national levels"]),
        NA,
        t(&["Advocates for building-wide STEM needs at the district-level as well as regional, state, and national levels when appropriate"]),
        t(&["Advocates for teacher and student STEM needs at the building-level, as well as the district level when appropriate"]),
        t(&["Advocates for family, community, industry, and informal education needs related to school/ecosystem partnerships"]),
        t(&["Advocates for student STEM needs and wants by providing student insight and perspective"]),
    ],
];
