//! Vocabulary, guidance and templates for teacher-leader roles, all taken
//! from the source documents in `tests/fixtures/seeds/`:
//!
//! * 002 "What are potential roles of a STEM teacher leader?": the four role
//!   dimensions and their explanations, the kinds of teacher roles, hybrid and
//!   full-time arrangements, and the six illustrated example roles;
//! * 003 "Definitions for Key Terms": STEM, and the seven example
//!   responsibilities of a STEM teacher leader;
//! * 001 "What might administrators consider when implementing STEM teacher
//!   leadership?": how teacher leaders are developed.
//!
//! Every `Guidance::text` and every template summary is quoted verbatim
//! (`tests/teacher_role_source.rs` checks them against the source files).
//! Option labels are the source's words where it has them; the few labels
//! the source does not spell out (arrangements, "Not set") are ours and are
//! never presented as quotes.

use crate::model::teacher_roles::dimensions::{CareerStage, Formality};

/// One known value of an open vocabulary: a stable key stored in plan
/// files, and the label shown to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: &'static str,
}

const fn c(key: &'static str, label: &'static str) -> Choice {
    Choice { key, label }
}

/// Spheres of influence (002). Custom values are allowed besides these.
pub const SPHERES: &[Choice] = &[
    c("classroom", "Classroom"),
    c("school", "School"),
    c("district", "District"),
    c("state", "State"),
    c("national_networks", "National networks"),
    c("academia", "Academia"),
    c("nonprofits_think_tanks", "Nonprofits and think tanks"),
    c(
        "professional_development_organizations",
        "Professional development organizations",
    ),
    c("associations", "Associations"),
    c(
        "policy_advocate_organizations",
        "Policy advocate organizations",
    ),
];

/// Purposes: the four named in 002's example table, then the six kinds of
/// teacher roles 002 lists ("For instance, teacher roles include: …").
pub const PURPOSES: &[Choice] = &[
    c("instructional_improvement", "Instructional improvement"),
    c("professional_learning", "Professional learning"),
    c("advocacy", "Advocacy"),
    c("strategic_planning", "Strategic planning"),
    c("coaching_peers", "Coaching peers"),
    c(
        "leading_school_teams",
        "Leading groups and teams at the school level",
    ),
    c("district_level", "Working at the district level"),
    c(
        "decision_making",
        "Contributing to school- or district-level decisionmaking",
    ),
    c(
        "professionalize_teaching",
        "Working at the district or state level to professionalize teaching",
    ),
    c(
        "garner_resources",
        "Working beyond the school to garner resources for students’ and educators’ learning",
    ),
];

/// The seven example responsibilities of 003, verbatim.
pub const RESPONSIBILITIES: &[Choice] = &[
    c(
        "coaching_modeling",
        "Coaching fellow teachers and modeling effective STEM instructional practices",
    ),
    c(
        "professional_development",
        "Designing and delivering STEM professional development",
    ),
    c(
        "peer_observation",
        "Serving as peer observers and/or evaluators",
    ),
    c(
        "data_improvement",
        "Interpreting data and facilitating school improvement",
    ),
    c(
        "program_implementation",
        "Managing STEM program implementation",
    ),
    c(
        "instructional_materials",
        "Developing STEM instructional materials",
    ),
    c(
        "outreach",
        "Conducting outreach to stakeholders and partners",
    ),
];

/// Development opportunities from 001 ("Developing leadership skills" and
/// "Broadening curriculum and instruction knowledge"). The formal training
/// sentence names three subjects; each is its own item so each can carry a
/// status.
pub const DEVELOPMENT: &[Choice] = &[
    c(
        "training_plc",
        "Formal training in developing and supporting professional learning communities",
    ),
    c("training_coaching", "Formal training in coaching"),
    c(
        "training_improvement_cycle",
        "Formal training in helping teachers reflect on their practice using a continuous improvement cycle",
    ),
    c("role_alike_meetings", "Regular role-alike meetings of STEM teacher leaders"),
    c("leadership_teams", "Participation in school and district leadership teams"),
    c("external_authority", "Authority to work with external organizations or networks"),
    c(
        "other_standards",
        "A working knowledge of the other academic standards (e.g., language arts, fine arts)",
    ),
];

/// Looks up the label of a known key in a vocabulary.
pub fn label_of(vocabulary: &[Choice], key: &str) -> Option<&'static str> {
    vocabulary
        .iter()
        .find(|choice| choice.key == key)
        .map(|choice| choice.label)
}

/// The label to show for a stored value: the known label, or the custom
/// value itself.
pub fn display_value<'a>(vocabulary: &[Choice], value: &'a str) -> &'a str {
    match label_of(vocabulary, value) {
        Some(label) => label,
        None => value,
    }
}

/// Turns typed text into the value to store: a known key when the text is a
/// known key or label (ignoring case and surrounding space), otherwise the
/// trimmed text as a custom value. Returns `None` for blank text.
pub fn normalize_value(vocabulary: &[Choice], text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    let known = vocabulary
        .iter()
        .find(|choice| choice.key == lower || choice.label.to_lowercase() == lower);
    Some(match known {
        Some(choice) => choice.key.to_string(),
        None => text,
    })
}

/// Where a piece of guidance comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// 001 "What might administrators consider when implementing STEM teacher leadership?"
    Implementing,
    /// 002 "What are potential roles of a STEM teacher leader?"
    PotentialRoles,
    /// 003 "Definitions for Key Terms"
    Definitions,
}

impl Source {
    pub fn title(self) -> &'static str {
        match self {
            Source::Implementing => {
                "What might administrators consider when implementing STEM teacher leadership?"
            }
            Source::PotentialRoles => "What are potential roles of a STEM teacher leader?",
            Source::Definitions => "Definitions for Key Terms",
        }
    }

    /// The seed file's number prefix (for tests and citations).
    pub fn file_prefix(self) -> &'static str {
        match self {
            Source::Implementing => "001",
            Source::PotentialRoles => "002",
            Source::Definitions => "003",
        }
    }
}

/// Short source passages, quoted verbatim, shown as help for a dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guidance {
    pub source: Source,
    pub quotes: &'static [&'static str],
}

pub const CAREER_STAGE_GUIDANCE: Guidance = Guidance {
    source: Source::PotentialRoles,
    quotes: &[
        "Career stage: Where does the role fit on a teacher’s career development continuum?",
        "Opportunities for engaging in STEM teacher leadership arise at every stage of a teacher’s career: preservice, novice, veteran, and master teacher.",
    ],
};

pub const FORMALITY_GUIDANCE: Guidance = Guidance {
    source: Source::PotentialRoles,
    quotes: &[
        "Formality: To what degree is the role a formal or informal one?",
        "Teachers can lead informally—from their classroom, at their own initiative, without any school or district designation—by collaborating and mobilizing other teachers to improve STEM education. Alternatively, STEM teacher leaders may have formal job descriptions as part of a school, district, or educational organization, or accept tasks asked of them by administrators.",
    ],
};

pub const ARRANGEMENT_GUIDANCE: Guidance = Guidance {
    source: Source::PotentialRoles,
    quotes: &[
        "hybrid teacher leadership, where highly skilled teachers spend some time with their students and some time coaching peers in content and pedagogy",
        "In another approach to teacher leadership, teachers leave the classroom to serve full-time as school-level instructional coaches or district-level resources. Traditional formal roles such as department chair or committee chair also continue to be avenues for teacher leadership.",
    ],
};

pub const SPHERE_GUIDANCE: Guidance = Guidance {
    source: Source::PotentialRoles,
    quotes: &[
        "Sphere of influence: In what organizational sphere(s) is the role located and intended to influence (e.g., schools, districts, states, academia, policy advocate organizations, professional development organizations)?",
        "Some straddle organizations, playing a role in academia, nonprofits, think tanks, professional development organizations, associations, and so on, while also remaining involved in classroom instruction.",
    ],
};

pub const PURPOSE_GUIDANCE: Guidance = Guidance {
    source: Source::PotentialRoles,
    quotes: &[
        "Purpose: What are the purposes and responsibilities of the role?",
        "it makes sense to envision teacher leadership roles that vary in their focus and extent of reach.",
    ],
};

pub const RESPONSIBILITY_GUIDANCE: Guidance = Guidance {
    source: Source::Definitions,
    quotes: &[
        "Examples of STEM teacher leader responsibilities in schools and districts may include, but are not limited to:",
    ],
};

pub const STEM_FOCUS_GUIDANCE: Guidance = Guidance {
    source: Source::Definitions,
    quotes: &[
        "STEM refers to the disciplines of science, technology, engineering, and mathematics, including sub-disciplines and the integration of more than one of these disciplines.",
        "integrated STEM (e.g., teaching two or more STEM disciplines through the same activity or experience)",
    ],
};

pub const TIME_GUIDANCE: Guidance = Guidance {
    source: Source::Definitions,
    quotes: &[
        "STEM teacher leaders typically have full- or part-time positions dedicated to teacher leader responsibilities, or are otherwise compensated for that role.",
    ],
};

pub const DEVELOPMENT_GUIDANCE: Guidance = Guidance {
    source: Source::Implementing,
    quotes: &[
        "Teacher leaders will likely need formal training in developing and supporting professional learning communities, coaching, and helping teachers reflect on their practice using a continuous improvement cycle.",
        "The development of STEM leadership capacities can also be promoted through intentional opportunities for them to learn on the job, such as through regular role-alike meetings of STEM teacher leaders, participation in school and district leadership teams, and authority to work with external organizations or networks.",
    ],
};

pub const DESCRIPTION_GUIDANCE: Guidance = Guidance {
    source: Source::Implementing,
    quotes: &["Descriptions of the STEM teacher leader roles and responsibilities"],
};

/// Every guidance block, for tests.
pub const ALL_GUIDANCE: &[Guidance] = &[
    CAREER_STAGE_GUIDANCE,
    FORMALITY_GUIDANCE,
    ARRANGEMENT_GUIDANCE,
    SPHERE_GUIDANCE,
    PURPOSE_GUIDANCE,
    RESPONSIBILITY_GUIDANCE,
    STEM_FOCUS_GUIDANCE,
    TIME_GUIDANCE,
    DEVELOPMENT_GUIDANCE,
    DESCRIPTION_GUIDANCE,
];

/// One of 002's illustrated example roles. `summary` is the example
/// sentence verbatim; `title` is a short name we derived from it (shown as a
/// title, never as a quote). Dimensions the source leaves blank are `None`
/// or empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleTemplate {
    pub key: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub career_stage: Option<CareerStage>,
    pub formality: Option<Formality>,
    /// Keys from [`SPHERES`].
    pub spheres: &'static [&'static str],
    /// Keys from [`PURPOSES`].
    pub purposes: &'static [&'static str],
}

/// The six illustrated roles of 002, in the source's order. Rows 1 and 2
/// kept only their purpose in the extracted table; their career stage is
/// stated in the sentence itself ("Preservice teacher …", "Novice physics
/// teacher …"), their formality and sphere are unknown and left blank.
pub const TEMPLATES: &[RoleTemplate] = &[
    RoleTemplate {
        key: "preservice_nsta_chapter",
        title: "Preservice NSTA student chapter organizer",
        summary: "Preservice teacher organizes a student chapter of the National Science Teachers Association (NSTA) and recruits members to attend their state conference.",
        career_stage: Some(CareerStage::Preservice),
        formality: None,
        spheres: &[],
        purposes: &["professional_learning"],
    },
    RoleTemplate {
        key: "novice_integrated_stem_partner",
        title: "Novice physics teacher, integrated STEM partnership",
        summary: "Novice physics teacher, dissatisfied with low collaboration between the science and math departments, partners with an algebra teacher in the school to develop integrated STEM curriculum, observe each other teach, improve their practice, and share what they have learned with both departments.",
        career_stage: Some(CareerStage::Novice),
        formality: None,
        spheres: &[],
        purposes: &["professional_learning"],
    },
    RoleTemplate {
        key: "veteran_stem_blogger",
        title: "Math teacher blogging on social justice in STEM",
        summary: "Math teacher in large urban school blogs about social justice issues in STEM education and develops a national following.",
        career_stage: Some(CareerStage::Veteran),
        formality: Some(Formality::Informal),
        spheres: &["national_networks"],
        purposes: &["advocacy"],
    },
    RoleTemplate {
        key: "district_stem_coach",
        title: "District STEM instructional coach",
        summary: "Science teacher serves as district STEM instructional coach, providing resources and working with classroom teachers through modeling and coaching.",
        career_stage: Some(CareerStage::Veteran),
        formality: Some(Formality::Formal),
        spheres: &["district"],
        purposes: &["instructional_improvement"],
    },
    RoleTemplate {
        key: "nbct_state_network",
        title: "National Board Certified Teacher, statewide STEM network",
        summary: "National Board Certified Teacher builds a statewide network of STEM teachers that formulates recommendations to policymakers.",
        career_stage: Some(CareerStage::MasterTeacher),
        formality: Some(Formality::Formal),
        spheres: &["state"],
        purposes: &["advocacy"],
    },
    RoleTemplate {
        key: "district_tosa",
        title: "District Teacher on Special Assignment (TOSA)",
        summary: "District Teacher on Special Assignment (TOSA) has responsibilities that include facilitating strategic planning for the district’s STEM vision, advocating for the vision, and contributing to policy decisions.",
        career_stage: Some(CareerStage::MasterTeacher),
        formality: Some(Formality::Formal),
        spheres: &["district"],
        purposes: &["strategic_planning"],
    },
];

pub fn template(key: &str) -> Option<&'static RoleTemplate> {
    TEMPLATES.iter().find(|t| t.key == key)
}
