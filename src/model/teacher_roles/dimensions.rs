//! The fixed vocabularies that describe a teacher-leader role (002, 003):
//! career stage, formality, time arrangement, discipline, grade band, and a
//! development item's progress. A leaf, so the source's templates can use them.

crate::keyed_enum! {
    pub enum CareerStage {
        Preservice => "preservice", "Preservice";
        Novice => "novice", "Novice";
        Veteran => "veteran", "Veteran";
        MasterTeacher => "master_teacher", "Master teacher";
    }
}

crate::keyed_enum! {
    pub enum Formality {
        Informal => "informal", "Informal";
        Formal => "formal", "Formal";
    }
}

crate::keyed_enum! {
    /// How the role's time is arranged (002: leading from the classroom, hybrid
    /// roles, full-time release, traditional formal roles).
    pub enum Arrangement {
        OwnClassroom => "own_classroom", "Leads from own classroom";
        Hybrid => "hybrid", "Hybrid: part teaching, part leading";
        FullTime => "full_time", "Full-time release (e.g., school coach, district TOSA)";
        Traditional => "traditional", "Traditional role (e.g., department or committee chair)";
    }
}

crate::keyed_enum! {
    pub enum Discipline {
        Science => "science", "Science";
        Technology => "technology", "Technology";
        Engineering => "engineering", "Engineering";
        Mathematics => "mathematics", "Mathematics";
        IntegratedStem => "integrated_stem", "Integrated STEM";
    }
}

crate::keyed_enum! {
    pub enum GradeBand {
        Elementary => "elementary", "Elementary";
        Middle => "middle", "Middle";
        High => "high", "High";
    }
}

crate::keyed_enum! {
    #[derive(Default)]
    pub enum DevelopmentStatus {
        #[default]
        NotStarted => "not_started", "Not started";
        InProgress => "in_progress", "In progress";
        Done => "done", "Done";
    }
}
