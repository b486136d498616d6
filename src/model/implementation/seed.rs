//! The source's words for the implementation plan, verbatim:
//!
//! * 001 "What might administrators consider when implementing STEM teacher
//!   leadership?" (tests/fixtures/seeds/001_810c89c62b71ac93.txt): the six
//!   considerations with their guidance paragraphs, the practices each one
//!   names (the starting actions), and the closing list of ten planning
//!   documents;
//! * 004 "What are the benefits of having elementary STEM teacher leaders?"
//!   (tests/fixtures/seeds/004_bc51a7c22bede9fe.txt): the four benefits (the
//!   goals), their texts, the five levels of the first, and the examples.
//!
//! Rules, checked by `tests/implementation_source.rs`:
//! * every paragraph, action, document title and goal title below is a
//!   substring of its source file (after collapsing whitespace);
//! * a starting action is the source's words for a practice: a whole bullet
//!   (the four culture practices) or a clause cut out of a longer sentence,
//!   never reworded, never re-capitalized. Where the source names practices
//!   only inside a sentence, the clause keeps the sentence's wording, so
//!   some actions start in lower case;
//! * the one change to the source is the footnote marker of 004 ("STEM-rich
//!   institutions,3 and"): the digit is dropped from the text and the
//!   footnote is kept as `footnote`.
//!
//! Short names that are ours (the five level labels) are marked as such and
//! never shown as quotes. Ids are fixed, readable slugs: they are how a
//! plan file says an item came from here (see `Implementation`).

crate::keyed_enum! {
    /// 001's six considerations; each label is the source's heading, verbatim.
    #[derive(PartialOrd, Ord)]
    pub enum ConsiderationKey {
        LeadershipSkills => "leadership_skills", "Developing leadership skills";
        CurriculumInstruction => "curriculum_instruction", "Broadening curriculum and instruction knowledge";
        Culture => "culture", "Refining school and district culture";
        CommunityAdvocacy => "community_advocacy", "Engaging community and advocacy";
        PartnershipsOutreach => "partnerships_outreach", "Developing partnerships and outreach";
        Sustainability => "sustainability", "Cultivating sustainability";
    }
}

impl ConsiderationKey {
    /// The source's guidance and starting actions for this heading.
    pub fn source(self) -> &'static SourceConsideration {
        consideration(self)
    }
}

/// 001's opening lines, shown above the considerations.
pub const CONSIDERATIONS_INTRO: &str = "A well thought-out and targeted implementation strategy is crucial for carrying out a STEM teacher leadership plan. Administrators can consider the following as they implement a STEM teacher leader effort:";

/// A practice the source names, offered as a starting action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceAction {
    pub id: &'static str,
    pub text: &'static str,
}

/// One of 001's six considerations: its heading is
/// [`ConsiderationKey::label`]; `guidance` is the text under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceConsideration {
    pub key: ConsiderationKey,
    /// The paragraphs under the heading, in order (bullets excluded: the
    /// culture bullets are its actions).
    pub guidance: &'static [&'static str],
    pub actions: &'static [SourceAction],
}

const fn a(id: &'static str, text: &'static str) -> SourceAction {
    SourceAction { id, text }
}

pub const CONSIDERATIONS: [SourceConsideration; 6] = [
    SourceConsideration {
        key: ConsiderationKey::LeadershipSkills,
        guidance: &[
            "Across many STEM teacher leader programs, administrators emphasized the quality of training that the teacher leaders received. While daily “nuts and bolts” training was a part of the training regimen, equal emphasis was given to development strategies that helped STEM teacher leaders link their instructional practices to the mission and STEM vision of the school or district.",
            "Teacher leaders will likely need formal training in developing and supporting professional learning communities, coaching, and helping teachers reflect on their practice using a continuous improvement cycle. The development of STEM leadership capacities can also be promoted through intentional opportunities for them to learn on the job, such as through regular role-alike meetings of STEM teacher leaders, participation in school and district leadership teams, and authority to work with external organizations or networks.",
            "STEM teacher leaders can also pursue leadership development within the STEM space, such as through STEM education associations, research and development activities with external organizations, and curriculum developers.",
        ],
        actions: &[
            a(
                "leadership-formal-training",
                "formal training in developing and supporting professional learning communities, coaching, and helping teachers reflect on their practice using a continuous improvement cycle",
            ),
            a(
                "leadership-role-alike-meetings",
                "regular role-alike meetings of STEM teacher leaders",
            ),
            a(
                "leadership-leadership-teams",
                "participation in school and district leadership teams",
            ),
            a(
                "leadership-external-authority",
                "authority to work with external organizations or networks",
            ),
            a(
                "leadership-stem-space",
                "leadership development within the STEM space, such as through STEM education associations, research and development activities with external organizations, and curriculum developers",
            ),
        ],
    },
    SourceConsideration {
        key: ConsiderationKey::CurriculumInstruction,
        guidance: &[
            "Candidates for a STEM teacher leader position will often have content expertise in a particular discipline (e.g., math, science, technology), but are unlikely to be fluent in the learning standards for all disciplines and at all levels. It may be necessary to create time and professional development opportunities to help potential STEM teacher leaders develop a working knowledge of the other academic standards (e.g., language arts, fine arts) as well. By having a more global curricular perspective, STEM teacher leaders will be able to help classroom teachers see the connections that exist among the different disciplines, and assist them in developing authentic lessons that lead to a deeper understanding of the content.",
            "STEM teacher leaders can also be involved in strategic thinking and implementation related to the broader instructional program of a school and district, not just STEM education. This role may require that administrators intentionally set expectations and structures for STEM teacher leader participation. For instance, the STEM teacher leader position could be a regular participant in improvement planning meeting or meetings with school/district leaders from other content areas for cross-curricular mapping.",
        ],
        actions: &[
            a(
                "curriculum-other-standards",
                "create time and professional development opportunities to help potential STEM teacher leaders develop a working knowledge of the other academic standards (e.g., language arts, fine arts)",
            ),
            a(
                "curriculum-expectations",
                "intentionally set expectations and structures for STEM teacher leader participation",
            ),
            a(
                "curriculum-improvement-planning",
                "a regular participant in improvement planning meeting or meetings with school/district leaders from other content areas for cross-curricular mapping",
            ),
        ],
    },
    SourceConsideration {
        key: ConsiderationKey::Culture,
        guidance: &[
            "Administrators can tend to the culture of their organizations when implementing a STEM teacher leadership program. Teachers may not initially respond well to another teacher “coaching” them on best instructional practices. Principals can help to change this culture by modeling how STEM teacher leaders can improve instruction and support student learning. STEM teacher leader programs may fail when classroom teachers feel that they are constantly being evaluated by the teacher leader rather than supported in improving. For instance, a STEM teacher leader may work with teachers on lesson development rather than critiquing their lessons or telling them what to do. They can take a strengths-based approach to support, as opposed to one focused on deficits.",
            "Administrators may want to consider the following practices as they implement and continuously improve their STEM teacher leader model:",
        ],
        actions: &[
            a(
                "culture-promote",
                "Regularly promote a school culture that can optimize the STEM teacher leader role",
            ),
            a(
                "culture-break-down-walls",
                "Build a culture that breaks down walls between subject areas and between the school and outside organizations (including other districts, STEM networks, higher education institutions, and partners)",
            ),
            a(
                "culture-assess-and-fine-tune",
                "Assess implementation and fine tune the STEM teacher leader role so that it works within the realities of the individual school’s culture",
            ),
            a(
                "culture-develop-for-fit",
                "Develop the individual STEM teacher leader to ensure a good fit within the school’s culture",
            ),
        ],
    },
    SourceConsideration {
        key: ConsiderationKey::CommunityAdvocacy,
        guidance: &[
            "The benefits of having a STEM teacher leader may seem obvious to those in the school system, but community members may need more clarification on how this new position will impact students. Administrators can benefit from proactively communicating with stakeholders about STEM teacher leader work and outcomes. Regularly include school community members—including parents and business leaders, as well as district leaders and board members—in new school-level developments regarding local STEM education and the teacher leader role. For instance, administrators may want to engage stakeholders through newsletters, invitations to STEM-related events (e.g., STEM night, competitions, and student presentations), planning meetings, and partnership activities.",
            "In some districts, administrators may want to have intentional strategies to demonstrate to key district decisionmakers the value added from STEM teacher leader positions. Data and examples of progress in students’ STEM learning and teachers’ STEM content knowledge and pedagogy will likely be helpful.",
        ],
        actions: &[
            a(
                "community-proactive-communication",
                "proactively communicating with stakeholders about STEM teacher leader work and outcomes",
            ),
            a(
                "community-include-members",
                "Regularly include school community members—including parents and business leaders, as well as district leaders and board members—in new school-level developments regarding local STEM education and the teacher leader role",
            ),
            a(
                "community-engage-stakeholders",
                "engage stakeholders through newsletters, invitations to STEM-related events (e.g., STEM night, competitions, and student presentations), planning meetings, and partnership activities",
            ),
            a(
                "community-decisionmakers",
                "intentional strategies to demonstrate to key district decisionmakers the value added from STEM teacher leader positions",
            ),
            a(
                "community-progress-data",
                "Data and examples of progress in students’ STEM learning and teachers’ STEM content knowledge and pedagogy",
            ),
        ],
    },
    SourceConsideration {
        key: ConsiderationKey::PartnershipsOutreach,
        guidance: &[
            "Successful STEM teacher leaders can support instructional improvement among teachers, but they can also improve STEM learning opportunities by forming partnerships with outside organizations, such as industry, higher education, informal education, and out-of-school-time programs. While it may be difficult to build these partnerships in the earliest days of implementation, administrators and their STEM teacher leaders may be able to gain traction with partners as implementation progresses. Outreach and partnership building can be an ongoing area of focus for schools, since STEM-related partnerships offer great promise for enhanced learning opportunities for students and teachers. STEM education advisory boards could further strengthen partner support of the STEM teacher leadership effort, collaboration with the educational program, and contributions of funding or in-kind resources.",
            "In thinking about partnerships, consider the lessons and examples emerging on cross-sector “STEM learning ecosystems.” A STEM teacher leader can serve as the district or school liaison to partners in the STEM ecosystem. Additional information, including design principles and resources, can be found at the STEM Ecosystems website. Profiles of 15 STEM ecosystems are included in the Noyce Foundation-supported working paper How Cross-Sector Collaborations are Advancing STEM Learning (February 2014), which offers the following definition:",
            "“A STEM learning ecosystem encompasses schools, community settings such as after-school and summer programs, science centers and museums, and informal experiences at home and in a variety of environments that together constitute a rich array of learning opportunities for young people. A learning ecosystem harnesses the unique contributions of all these different settings in symbiosis to deliver STEM learning for all children.”",
        ],
        actions: &[
            a(
                "partnerships-outside-organizations",
                "forming partnerships with outside organizations, such as industry, higher education, informal education, and out-of-school-time programs",
            ),
            a("partnerships-advisory-boards", "STEM education advisory boards"),
            a(
                "partnerships-ecosystem-liaison",
                "A STEM teacher leader can serve as the district or school liaison to partners in the STEM ecosystem",
            ),
            a(
                "partnerships-ecosystem-lessons",
                "consider the lessons and examples emerging on cross-sector “STEM learning ecosystems.”",
            ),
        ],
    },
    SourceConsideration {
        key: ConsiderationKey::Sustainability,
        guidance: &[
            "Administrators may want to regularly revisit their plan for sustainability. As mentioned in What might administrators consider when initiating a new effort in STEM teacher leadership?, administrators will need to estimate start-up and ongoing expenses associated with having STEM teacher leaders, as well as seek outside funding if internal funding is not available. A plan for financial sustainability can anticipate future challenges and opportunities, though this plan can be revised as conditions change.",
            "When the stakeholders believe in the value of the STEM teacher leader, schools are better able to develop budgets and funding mechanisms to support STEM teacher leadership and other STEM programming. Communication with all stakeholders (including parents) is very important for maintaining support and when assessing the financial conditions for implementation of a STEM teacher leader program.",
        ],
        actions: &[
            a(
                "sustainability-revisit",
                "regularly revisit their plan for sustainability",
            ),
            a(
                "sustainability-estimate-expenses",
                "estimate start-up and ongoing expenses associated with having STEM teacher leaders",
            ),
            a(
                "sustainability-outside-funding",
                "seek outside funding if internal funding is not available",
            ),
            a(
                "sustainability-budgets",
                "develop budgets and funding mechanisms to support STEM teacher leadership and other STEM programming",
            ),
            a(
                "sustainability-communication",
                "Communication with all stakeholders (including parents)",
            ),
        ],
    },
];

/// The source consideration for a key.
pub fn consideration(key: ConsiderationKey) -> &'static SourceConsideration {
    match CONSIDERATIONS.iter().find(|c| c.key == key) {
        Some(found) => found,
        // Every key has an entry (a test checks it); the first is a harmless
        // fallback that keeps this function total.
        None => &CONSIDERATIONS[0],
    }
}

/// The source action with this id, and the consideration it belongs to.
pub fn action(id: &str) -> Option<(ConsiderationKey, &'static SourceAction)> {
    CONSIDERATIONS.iter().find_map(|c| {
        c.actions
            .iter()
            .find(|action| action.id == id)
            .map(|action| (c.key, action))
    })
}

/// One of 001's ten planning documents (its closing list), verbatim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceDocument {
    pub id: &'static str,
    pub title: &'static str,
}

const fn d(id: &'static str, title: &'static str) -> SourceDocument {
    SourceDocument { id, title }
}

pub const DOCUMENTS: [SourceDocument; 10] = [
    d(
        "strategic-plan-stem-education",
        "Strategic plans for STEM education (perhaps with definitions, goals, measurable benchmarks, activities, inputs, roles)",
    ),
    d(
        "strategic-plan-teacher-leadership",
        "Strategic plans for STEM teacher leadership (perhaps with definitions, goals, measurable benchmarks, activities, inputs, roles)",
    ),
    d(
        "role-descriptions",
        "Descriptions of the STEM teacher leader roles and responsibilities",
    ),
    d(
        "hiring-criteria",
        "Hiring criteria and processes for STEM teacher leaders",
    ),
    d(
        "professional-development-plans",
        "Professional development plans (for STEM teacher leaders, teachers, administrators)",
    ),
    d("meeting-agendas", "STEM teacher leader meeting agendas"),
    d(
        "implementation-data",
        "Data collected from teachers and other community members regarding implementation and needs related to the STEM teacher leader role",
    ),
    d(
        "student-data",
        "Student-level performance data, as well as student survey data on STEM interest and attitudes",
    ),
    d(
        "partnership-agreements",
        "Partnership agreements and assessments",
    ),
    d(
        "outreach-communications",
        "Community outreach and engagement communications",
    ),
];

pub fn document(id: &str) -> Option<&'static SourceDocument> {
    DOCUMENTS.iter().find(|doc| doc.id == id)
}

/// 004's opening lines, shown above the goals.
pub const GOALS_INTRO: &str = "STEM teacher leaders can work within their classrooms, schools, districts, communities, and state legislatures to support STEM education for all elementary students. Elementary STEM teacher leaders enrich education by:";

/// One level of the system at which the culture-and-vision work happens
/// (004's five bullets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceLevel {
    pub key: &'static str,
    /// Our short name for the level (not a quote).
    pub label: &'static str,
    /// The bullet, verbatim.
    pub text: &'static str,
}

/// One of 004's four benefits, used as a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceGoal {
    pub id: &'static str,
    /// The heading, verbatim.
    pub title: &'static str,
    /// What the benefit is: the paragraph(s) right under the heading.
    pub text: &'static [&'static str],
    /// The culture-and-vision benefit's levels; empty for the others.
    pub levels: &'static [SourceLevel],
    /// The source's examples of programs that did this.
    pub examples: &'static [&'static str],
    /// A footnote of the text, if any.
    pub footnote: Option<&'static str>,
}

const fn l(key: &'static str, label: &'static str, text: &'static str) -> SourceLevel {
    SourceLevel { key, label, text }
}

pub const GOALS: [SourceGoal; 4] = [
    SourceGoal {
        id: "culture-and-vision",
        title: "Building a culture and vision of STEM instruction within their schools, at the district level, in the community, and with the state legislature",
        text: &["Elementary teacher leaders can work at each level of the system to build a culture and vision of STEM education. Because STEM subjects—other than mathematics—are rarely emphasized at the elementary level, building a STEM culture is critical to expanding elementary STEM instruction. The work at each level varies in scope:"],
        levels: &[
            l(
                "school",
                "School",
                "Working in collaboration with school building leaders and fellow teachers, STEM teacher leaders can assess needs, plan, and build support for STEM instruction as a school-wide priority",
            ),
            l(
                "district",
                "District",
                "In conjunction with district staff, STEM teacher leaders can work on curriculum development and mapping, district strategic plans, and system-level issues to build a district-wide culture and vision of STEM instruction",
            ),
            l(
                "research",
                "Best-practice research",
                "With district staff and school building leaders, STEM teacher leaders can help teachers and administrators interpret the literature on best practices and the research on teaching and learning of STEM disciplines to address school and district needs",
            ),
            l(
                "community",
                "Community",
                "Within the school and larger community, STEM teacher leaders can establish connections and facilitate events for stakeholders to share STEM ideas, permitting students, their families, and members of the community to learn more about STEM disciplines",
            ),
            l(
                "state-legislature",
                "State legislature",
                "At the state legislative level, STEM teacher leaders can advocate for policies and practices that promote STEM education",
            ),
        ],
        examples: &[
            "One district-based STEM professional learning academy prepared STEM teacher leaders to promote STEM instruction while developing their leadership skills. Participants learned how to spread STEM culture and ideas about STEM education, as well as effective strategies for changing their colleagues’ perceptions and implementing change. As part of the program, participants also developed a strategic plan with their school teams that allowed them to hone their own STEM vision, goals related to that vision, and action steps to achieve those goals. This strategic planning can help sustain a high-quality STEM instruction because participants can follow through with a clear vision, priorities, and steps to take even after the program ends.",
            "STEM teacher leaders in a different program worked in cross-disciplinary teams and received professional development to engage in dialogue with other teachers. Additionally, by conducting a school-wide assessment, they collected evidence on eight different dimensions related to science teaching and developed staff consensus on a school-wide action plan for delivering science instruction.",
        ],
        footnote: None,
    },
    SourceGoal {
        id: "professional-learning",
        title: "Providing professional learning opportunities",
        text: &["Through professional development offerings, STEM teacher leaders can build teachers’ STEM content knowledge, augment teachers’ repertoire of pedagogical strategies appropriate to STEM subjects, enhance teachers’ technological skills, and build a culture of STEM education at the school."],
        levels: &[],
        examples: &["Teacher leaders in one district served as technology/personalized learning coaches who helped guide their colleagues in effective STEM instruction. The teacher leaders co-planned, co-taught, and modelled lessons to develop their peers’ content knowledge, technology-integration skills, and student-centered lesson planning. Job-embedded professional development was provided by a full-time coach who worked at the school, had expertise using STEM tools, and could provide daily support for teachers. Some experienced teacher leaders also provided training at summer institutes to orient new schools to the program."],
        footnote: None,
    },
    SourceGoal {
        id: "instructional-materials",
        title: "Enabling the use of STEM instructional materials",
        text: &["Pulling from outside resources, STEM teacher leaders can adapt materials into lesson plans and resources to use in STEM-focused classes or when working with students in STEM activities. STEM teacher leaders can work at the district level to design STEM curriculum, integrating content standards to ensure that STEM curricular materials build grade-appropriate mathematics and science content knowledge."],
        levels: &[],
        examples: &["For instance, one initiative had STEM teacher leaders design district-level curriculum. Specialists across the subjects worked together to integrate across disciplines and align content across grade levels. Teacher leaders supported the curriculum implementation at the school level through professional development for peers and working with teachers on co-planning, co-teaching, and modeling lessons. In this way, teacher leaders helped other teachers integrate technology in their instruction, built teachers’ content knowledge, and facilitated hands-on instruction by helping with logistics."],
        footnote: None,
    },
    SourceGoal {
        id: "external-partnerships",
        title: "Facilitating external partnerships",
        // The source's footnote marker ("institutions,3 and") is left out; the
        // footnote follows as `footnote`.
        text: &["STEM teacher leaders can work in partnership with higher education institutions, STEM-rich institutions, and community-based organizations to bring STEM tools and content to school staff. Partner institutions and organizations can also provide field trips and other out-of-school STEM experiences for students."],
        levels: &[],
        examples: &[
            "For example, STEM teacher leaders in K-8 schools, with support from a science-rich institution, worked with a variety of private foundations and higher education institutions to develop an after-school science curriculum and provide teachers with in-service professional development.",
            "Another program partnered with NASA on infusing STEM across the curriculum, encouraged participating elementary schools to participate in the state math Olympiad, and brought college students into elementary classrooms to work with students.",
        ],
        footnote: Some("Examples of STEM-rich institutions include museums, libraries, aquaria, zoos, science-centers, and national labs."),
    },
];

pub fn goal(id: &str) -> Option<&'static SourceGoal> {
    GOALS.iter().find(|goal| goal.id == id)
}
