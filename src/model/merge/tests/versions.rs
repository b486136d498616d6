//! Seen versions: recording, bounds, deletions, validation, the file format.

use super::*;
use crate::model::merge::versions::{fnv1a_32, hash_of, DELETED, MAX_SEEN};
use crate::storage::document::{parse_document, to_pretty_json, DocumentError};

#[test]
fn fnv1a_32_matches_the_reference_values() {
    assert_eq!(fnv1a_32(b""), 0x811c_9dc5);
    assert_eq!(fnv1a_32(b"a"), 0xe40c_292c);
    assert_eq!(fnv1a_32(b"foobar"), 0xbf9c_f968);
    assert_eq!(hash_of(&"a").len(), 8);
}

#[test]
fn mark_shared_appends_changes_only_keeps_eight_and_records_deletions() {
    let mut plan = base();
    assert!(plan.versions.is_empty());
    plan.mark_shared();
    let key = key_of(&plan, "Models lessons");
    assert_eq!(plan.versions.of(&key).len(), 1);
    assert_eq!(plan.versions.of("plan:plan").len(), 1);
    plan.mark_shared();
    assert_eq!(
        plan.versions.of(&key).len(),
        1,
        "unchanged: nothing appended"
    );
    let statuses = [Status::Gap, Status::InPlace, Status::InProgress];
    for n in 0..10 {
        statement_mut(&mut plan, "Models lessons").status = statuses[n % 3];
        plan.mark_shared();
    }
    let seen = plan.versions.of(&key).to_vec();
    assert_eq!(seen.len(), MAX_SEEN);
    let mut current = plan.clone();
    current.versions = Default::default();
    current.mark_shared();
    assert_eq!(plan.versions.newest(&key), current.versions.newest(&key));
    let id = statement_id(&plan, "Models lessons");
    plan.matrix.delete_statement(&id).unwrap();
    plan.mark_shared();
    assert_eq!(plan.versions.newest(&key), Some(DELETED));
    assert_eq!(plan.versions.of(&key)[..MAX_SEEN - 1], seen[1..]);
    plan.mark_shared();
    assert_eq!(plan.versions.newest(&key), Some(DELETED), "recorded once");
    assert_eq!(plan.validate(), Ok(()));
}

#[test]
fn versions_go_through_the_file_format() {
    let (mut this, _) = exchanged();
    let id = statement_id(&this, "Models lessons");
    this.matrix.delete_statement(&id).unwrap();
    this.mark_shared();
    let text = to_pretty_json(&this);
    assert!(text.contains("\n  \"versions\": {"), "{text}");
    assert!(text.contains("\"deleted\""));
    assert_eq!(parse_document(&text), Ok(this));
    // A plan never shared writes none.
    assert!(!to_pretty_json(&base()).contains("\"versions\""));
}

#[test]
fn malformed_versions_are_refused_with_a_path() {
    let cases = [
        ("statement", vec!["0123abcd"], "versions[\"statement\"]"),
        ("shelf:1", vec!["0123abcd"], "versions[\"shelf:1\"]"),
        ("role:", vec!["0123abcd"], "versions[\"role:\"]"),
        ("role:x", vec![], "versions[\"role:x\"]"),
        ("role:x", vec!["0123ABCD"], "versions[\"role:x\"][0]"),
        (
            "role:x",
            vec!["0123abcd", "gone"],
            "versions[\"role:x\"][1]",
        ),
        ("role:x", vec!["0123abcd"; 9], "versions[\"role:x\"]"),
    ];
    for (key, hashes, path) in cases {
        let mut plan = base();
        plan.versions
            .0
            .insert(key.into(), hashes.iter().map(|h| h.to_string()).collect());
        let error = plan.validate().expect_err(key);
        assert_eq!(error.path, path);
        let text = to_pretty_json(&plan);
        assert!(matches!(
            parse_document(&text),
            Err(DocumentError::Invalid(_))
        ));
    }
    let mut plan = base();
    plan.versions
        .0
        .insert("cost_line:2026-27/cost-1".into(), vec![DELETED.into()]);
    assert_eq!(plan.validate(), Ok(()));
}
