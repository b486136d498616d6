//! Where in a JSON text an error is: the path of the value at a byte offset
//! (`matrix.roles[1].id`), for messages about a plan file's structure.
//!
//! serde_json reports where reading stopped (line and column) but not the field. The crate
//! that tracks field paths while reading (serde_path_to_error) wraps every type's reading
//! code in a second copy, which cost about 40 KB of the gzipped download; this walk over
//! the text costs well under one. It reads JSON that serde_json has already tokenized up to
//! the offset, so it only has to follow brackets, keys, commas and strings.

/// One open container on the way to the offset.
enum Step {
    /// In an object: the last key read, if any.
    Object(Option<String>),
    /// In an array: the index of the current element.
    Array(usize),
}

/// The path of the innermost value that ends at or contains `offset` (a byte offset into
/// `text`): `"."` at the top level, else keys joined by `.` and indices in brackets. A value
/// that has just been read counts as the current one, as serde_json reports an error after
/// reading the value at fault (after a struct's closing brace for a missing field).
pub fn path_at(text: &str, offset: usize) -> String {
    let mut stack: Vec<Step> = Vec::new();
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut i = 0;
    // Inside an object, whether the next string is a key (else it is a value).
    let mut expect_key = false;
    while i < end {
        match bytes[i] {
            b'{' => {
                stack.push(Step::Object(None));
                expect_key = true;
            }
            b'[' => {
                stack.push(Step::Array(0));
                expect_key = false;
            }
            b'}' | b']' => {
                // The path stays at the container just closed (its key or index in the
                // parent), which is where a missing field is reported.
                stack.pop();
                expect_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Step::Array(index)) => *index += 1,
                Some(Step::Object(_)) => expect_key = true,
                None => {}
            },
            b':' => expect_key = false,
            b'"' => {
                let (string, next) = read_string(bytes, i + 1);
                if expect_key {
                    if let Some(Step::Object(key)) = stack.last_mut() {
                        *key = Some(string);
                    }
                    expect_key = false;
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for step in &stack {
        match step {
            Step::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Step::Object(None) => {}
            Step::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        ".".to_string()
    } else {
        path
    }
}

/// The string that starts at `start` (after its opening quote), unescaped as far as a path
/// needs (`\"` and `\\`; other escapes are kept as written), and the index after its
/// closing quote.
fn read_string(bytes: &[u8], start: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                match bytes[i + 1] {
                    b'"' | b'\\' | b'/' => out.push(bytes[i + 1]),
                    other => out.extend_from_slice(&[b'\\', other]),
                }
                i += 2;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

/// The byte offset of serde_json's (line, column): both count from 1, the column in bytes.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path serde_json's error position points at when reading `text` as `T`.
    fn path_of_error<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> String {
        let error = serde_json::from_str::<T>(text).expect_err("the text is wrong");
        path_at(text, offset_of(text, error.line(), error.column()))
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Org {
        district: String,
        school: String,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        organization: Org,
        roles: Vec<Org>,
    }

    #[test]
    fn a_wrong_type_is_found_at_its_field() {
        let text = r#"{"title": "x", "organization": {"district": 7, "school": "s"}, "roles": []}"#;
        assert_eq!(path_of_error::<Doc>(text), "organization.district");
        let text = r#"{"title": 5, "organization": {"district": "d", "school": "s"}, "roles": []}"#;
        assert_eq!(path_of_error::<Doc>(text), "title");
    }

    #[test]
    fn an_array_element_is_named_by_its_index() {
        let text = r#"{"title": "x", "organization": {"district": "d", "school": "s"},
            "roles": [{"district": "a", "school": "b"}, {"district": "a", "school": false}]}"#;
        assert_eq!(path_of_error::<Doc>(text), "roles[1].school");
    }

    #[test]
    fn a_missing_field_is_found_at_its_object() {
        let text = r#"{"title": "x", "organization": {"district": "d"}, "roles": []}"#;
        assert_eq!(path_of_error::<Doc>(text), "organization");
        let text = r#"{"title": "x", "roles": []}"#;
        assert_eq!(path_of_error::<Doc>(text), ".");
    }

    #[test]
    fn keys_with_quotes_and_strings_with_brackets_do_not_confuse_it() {
        let text = r#"{"a\"b": {"c": "[{,:}]", "d": [1, 2, {"e": tru"#;
        assert_eq!(path_at(text, text.len()), "a\"b.d[2].e");
    }

    #[test]
    fn offsets_count_lines_from_one() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(offset_of(text, 3, 8), text.find('x').expect("x") + 1);
        assert_eq!(path_at(text, offset_of(text, 3, 8)), "b");
    }
}
