//! Every place in the planner, and the URL hash that names it, in one type.
//!
//! A place is a section and what is shown inside it: the matrix's view, the
//! teacher-leader role selected, the implementation view, the school whose
//! plan District shows. `Place::from_hash` and `Place::to_hash` are the only
//! code that reads or writes the hash, so a link, a reload, Back and Forward
//! all come back to the same place. Pure Rust (no Leptos, no web-sys), so
//! every spelling is tested natively.

use crate::model::values::ids::TeacherRoleId;

/// The sections, each reachable at `#id` so reload and shared links keep the place.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    /// The plans kept in this browser: first, so people find it.
    Plans,
    Matrix,
    Roles,
    Implementation,
    District,
    Data,
    About,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Plans,
        Section::Matrix,
        Section::Roles,
        Section::Implementation,
        Section::District,
        Section::Data,
        Section::About,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Plans => "plans",
            Section::Matrix => "matrix",
            Section::Roles => "roles",
            Section::Implementation => "implementation",
            Section::District => "district",
            Section::Data => "data",
            Section::About => "about",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Section::Plans => "Plans",
            Section::Matrix => "Leadership matrix",
            Section::Roles => "Teacher-leader roles",
            Section::Implementation => "Implementation",
            Section::District => "District",
            Section::Data => "Data",
            Section::About => "About",
        }
    }

    /// The section's link in the navigation (`#district`): the section as it
    /// opens, whatever was shown in it before.
    pub fn link(self) -> String {
        format!("#{}", self.id())
    }
}

crate::keyed_enum! {
    /// The matrix section's views, shown as tabs. The key is the URL's detail
    /// (`#matrix/by-role`) and the tab's id suffix.
    pub enum MatrixView {
        Grid => "grid", "Grid";
        ByRole => "by-role", "By role";
        ByArea => "by-area", "By area";
        People => "people", "People";
        Summary => "summary", "Summary";
        Structure => "structure", "Roles & areas";
    }
}

crate::keyed_enum! {
    /// The implementation section's views, shown as tabs; the key is the
    /// URL's detail (`#implementation/documents`).
    pub enum ImplementationView {
        Considerations => "considerations", "Considerations";
        Documents => "documents", "Planning documents";
        Goals => "goals", "Goals";
        Sustainability => "sustainability", "Sustainability";
        Report => "report", "Stakeholder report";
    }
}

/// Where the user is. Whatever is not in the URL (the roles section's pane,
/// Find's text) is the section's own state, not part of the place.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Place {
    /// The plans kept in this browser.
    Plans,
    Matrix(MatrixView),
    /// The teacher-leader role chosen (`#roles/tl-2`); none, or one that no
    /// longer exists, shows the first.
    Roles(Option<TeacherRoleId>),
    Implementation(ImplementationView),
    /// The school whose plan is shown below the roll-up, by its file name
    /// (`#district/adams.json`).
    District(Option<String>),
    Data,
    About,
}

impl Default for Place {
    /// A page opened with no hash, or one the planner does not know, shows the matrix.
    fn default() -> Self {
        Place::Matrix(MatrixView::Grid)
    }
}

impl Place {
    pub fn section(&self) -> Section {
        match self {
            Place::Plans => Section::Plans,
            Place::Matrix(_) => Section::Matrix,
            Place::Roles(_) => Section::Roles,
            Place::Implementation(_) => Section::Implementation,
            Place::District(_) => Section::District,
            Place::Data => Section::Data,
            Place::About => Section::About,
        }
    }

    /// The place a URL hash names (`#roles/tl-2`, with or without its `#`).
    /// Forgiving, as links are typed and shared: an unknown section opens the
    /// matrix, an unknown view the section's first, a detail where there is
    /// none (`#data/anything`) is ignored, and a detail that is not valid
    /// percent-encoding counts as none.
    pub fn from_hash(hash: &str) -> Place {
        let hash = hash.trim_start_matches('#');
        let (id, rest) = match hash.split_once('/') {
            Some((id, rest)) => (id, Some(rest)),
            None => (hash, None),
        };
        let Some(section) = Section::ALL.into_iter().find(|s| s.id() == id) else {
            return Place::default();
        };
        let detail = rest
            .and_then(decode_component)
            .filter(|detail| !detail.is_empty());
        match section {
            Section::Plans => Place::Plans,
            Section::Matrix => Place::Matrix(
                detail
                    .and_then(|key| MatrixView::from_key(&key))
                    .unwrap_or(MatrixView::Grid),
            ),
            Section::Roles => Place::Roles(detail.map(TeacherRoleId::new)),
            Section::Implementation => Place::Implementation(
                detail
                    .and_then(|key| ImplementationView::from_key(&key))
                    .unwrap_or(ImplementationView::Considerations),
            ),
            Section::District => Place::District(detail),
            Section::Data => Place::Data,
            Section::About => Place::About,
        }
    }

    /// The hash that names this place, with its `#`: what the address bar
    /// shows and `from_hash` reads back as the same place.
    pub fn to_hash(&self) -> String {
        let detail = match self {
            Place::Matrix(view) => Some(view.key()),
            Place::Roles(role) => role.as_ref().map(|id| id.as_str()),
            Place::Implementation(view) => Some(view.key()),
            Place::District(file_name) => file_name.as_deref(),
            Place::Plans | Place::Data | Place::About => None,
        };
        match detail.filter(|detail| !detail.is_empty()) {
            Some(detail) => format!("#{}/{}", self.section().id(), encode_component(detail)),
            None => self.section().link(),
        }
    }
}

/// `encodeURIComponent`: every byte but letters, digits and `-_.!~*'()` as
/// `%XX`, so a file name with `/`, `#` or spaces stays one detail.
fn encode_component(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            encoded.push('%');
            encoded.push(char::from(HEX[usize::from(byte >> 4)]));
            encoded.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
    encoded
}

/// `decodeURIComponent`: `None` where it would throw (a `%` not followed by
/// two hex digits, or bytes that are not UTF-8).
fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = bytes.get(at + 1..at + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            decoded.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(id: &str) -> Place {
        Place::Roles(Some(TeacherRoleId::new(id.to_string())))
    }

    fn school(file_name: &str) -> Place {
        Place::District(Some(file_name.to_string()))
    }

    fn every_place() -> Vec<Place> {
        let mut places: Vec<Place> = MatrixView::ALL.iter().map(|&v| Place::Matrix(v)).collect();
        places.extend(
            ImplementationView::ALL
                .iter()
                .map(|&v| Place::Implementation(v)),
        );
        places.extend([
            Place::Roles(None),
            role("tl-2"),
            role("a role/with # odd ¿chars? 100%"),
            Place::District(None),
            school("adams.json"),
            school("Bryant High (2025) plan #2/final.json"),
            school("école élémentaire 😀.json"),
            Place::Data,
            Place::About,
            Place::Plans,
        ]);
        places
    }

    #[test]
    fn every_place_comes_back_from_its_hash() {
        for place in every_place() {
            let hash = place.to_hash();
            assert!(hash.starts_with('#'), "{hash}");
            assert_eq!(Place::from_hash(&hash), place, "{hash}");
            // The `#` is optional, as in `location.hash = 'data'`.
            assert_eq!(Place::from_hash(&hash[1..]), place, "{hash}");
        }
    }

    #[test]
    fn hashes_are_spelled_as_before() {
        assert_eq!(
            Place::Matrix(MatrixView::ByRole).to_hash(),
            "#matrix/by-role"
        );
        assert_eq!(
            Place::Implementation(ImplementationView::Report).to_hash(),
            "#implementation/report"
        );
        assert_eq!(role("tl-2").to_hash(), "#roles/tl-2");
        assert_eq!(Place::Roles(None).to_hash(), "#roles");
        assert_eq!(school("adams.json").to_hash(), "#district/adams.json");
        assert_eq!(
            school("my plan/v2#.json").to_hash(),
            "#district/my%20plan%2Fv2%23.json"
        );
        assert_eq!(school("é").to_hash(), "#district/%C3%A9");
        assert_eq!(Place::District(None).to_hash(), "#district");
        assert_eq!(Place::Data.to_hash(), "#data");
        assert_eq!(Place::About.to_hash(), "#about");
        assert_eq!(Place::Plans.to_hash(), "#plans");
        for section in Section::ALL {
            assert_eq!(section.link(), format!("#{}", section.id()));
        }
    }

    #[test]
    fn a_section_alone_opens_its_first_view() {
        assert_eq!(Place::from_hash("#matrix"), Place::Matrix(MatrixView::Grid));
        assert_eq!(Place::from_hash("#roles"), Place::Roles(None));
        assert_eq!(
            Place::from_hash("#implementation"),
            Place::Implementation(ImplementationView::Considerations)
        );
        assert_eq!(Place::from_hash("#district"), Place::District(None));
        assert_eq!(Place::from_hash("#data"), Place::Data);
        assert_eq!(Place::from_hash("#about"), Place::About);
        assert_eq!(Place::from_hash("#plans"), Place::Plans);
    }

    #[test]
    fn unknown_hashes_open_the_matrix() {
        for hash in [
            "",
            "#",
            "##",
            "#nowhere",
            "#Matrix",
            "#matrixes",
            "#/data",
            " #data",
        ] {
            assert_eq!(Place::from_hash(hash), Place::default(), "{hash:?}");
        }
        assert_eq!(Place::default(), Place::Matrix(MatrixView::Grid));
    }

    #[test]
    fn odd_details_fall_back_as_before() {
        // An unknown view shows the section's first.
        assert_eq!(
            Place::from_hash("#matrix/nope"),
            Place::Matrix(MatrixView::Grid)
        );
        assert_eq!(
            Place::from_hash("#matrix/By-Role"),
            Place::Matrix(MatrixView::Grid)
        );
        assert_eq!(
            Place::from_hash("#implementation/report/"),
            Place::Implementation(ImplementationView::Considerations)
        );
        // A trailing slash is an empty detail: the section as it opens.
        assert_eq!(
            Place::from_hash("#matrix/"),
            Place::Matrix(MatrixView::Grid)
        );
        assert_eq!(Place::from_hash("#roles/"), Place::Roles(None));
        assert_eq!(Place::from_hash("#district/"), Place::District(None));
        // Sections with no detail ignore one.
        assert_eq!(Place::from_hash("#data/anything"), Place::Data);
        assert_eq!(Place::from_hash("#about/"), Place::About);
        assert_eq!(Place::from_hash("#plans/p-1a2b"), Place::Plans);
        assert_eq!(Place::from_hash("#Plans"), Place::default());
        // Everything after the section's `/` is the detail, slashes included.
        assert_eq!(Place::from_hash("#roles/tl-2/"), role("tl-2/"));
        assert_eq!(Place::from_hash("#district/a/b.json"), school("a/b.json"));
        // More than one leading `#` is read as one.
        assert_eq!(
            Place::from_hash("##matrix/people"),
            Place::Matrix(MatrixView::People)
        );
    }

    #[test]
    fn details_are_percent_decoded_like_decode_uri_component() {
        assert_eq!(Place::from_hash("#district/a%20b.json"), school("a b.json"));
        assert_eq!(Place::from_hash("#district/%c3%a9"), school("é"));
        assert_eq!(Place::from_hash("#district/é"), school("é"));
        assert_eq!(Place::from_hash("#district/a+b"), school("a+b"));
        assert_eq!(Place::from_hash("#district/a%2Fb"), school("a/b"));
        assert_eq!(
            Place::from_hash("#matrix/by%2Drole"),
            Place::Matrix(MatrixView::ByRole)
        );
        // Where decodeURIComponent throws, there is no detail.
        for bad in [
            "%",
            "%2",
            "%zz",
            "a%2x",
            "%C3",
            "%C3%28",
            "%FF",
            "%ED%A0%80",
            "%C3é",
        ] {
            assert_eq!(
                Place::from_hash(&format!("#district/{bad}")),
                Place::District(None),
                "{bad}"
            );
            assert_eq!(
                Place::from_hash(&format!("#roles/{bad}")),
                Place::Roles(None),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_empty_detail_is_written_as_none() {
        assert_eq!(school("").to_hash(), "#district");
        assert_eq!(role("").to_hash(), "#roles");
        assert_eq!(
            Place::from_hash(&school("").to_hash()),
            Place::District(None)
        );
    }

    #[test]
    fn encoding_matches_encode_uri_component() {
        assert_eq!(encode_component("AZaz09-_.!~*'()"), "AZaz09-_.!~*'()");
        assert_eq!(encode_component(" /?#&=+%"), "%20%2F%3F%23%26%3D%2B%25");
        assert_eq!(encode_component("😀"), "%F0%9F%98%80");
        for text in ["", "plain", "a b/c#d%e", "école 😀", "100%"] {
            assert_eq!(
                decode_component(&encode_component(text)).as_deref(),
                Some(text)
            );
        }
    }

    #[test]
    fn the_section_of_every_place() {
        assert_eq!(Place::Matrix(MatrixView::People).section(), Section::Matrix);
        assert_eq!(Place::Roles(None).section(), Section::Roles);
        assert_eq!(
            Place::Implementation(ImplementationView::Goals).section(),
            Section::Implementation
        );
        assert_eq!(Place::District(None).section(), Section::District);
        assert_eq!(Place::Data.section(), Section::Data);
        assert_eq!(Place::About.section(), Section::About);
        assert_eq!(Place::Plans.section(), Section::Plans);
    }

    #[test]
    fn plans_come_first_in_the_navigation() {
        assert_eq!(Section::ALL[0], Section::Plans);
        assert_eq!(Section::Plans.id(), "plans");
        assert_eq!(Section::Plans.label(), "Plans");
        assert_eq!(Section::Plans.link(), "#plans");
        let ids: Vec<&str> = Section::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(
            ids,
            [
                "plans",
                "matrix",
                "roles",
                "implementation",
                "district",
                "data",
                "about"
            ]
        );
        // Every section is reached from its own link.
        for section in Section::ALL {
            assert_eq!(Place::from_hash(&section.link()).section(), section);
        }
    }
}
