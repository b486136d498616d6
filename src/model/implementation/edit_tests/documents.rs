//! `DocumentEdit`: the planning documents.

use super::*;

/// A plan with the team's own document "Family newsletter" (last).
fn plan_with_document() -> (Plan, DocumentId) {
    let mut plan = Plan::default();
    let added = applied(
        &mut plan,
        DocumentEdit::Add {
            title: " Family newsletter ".into(),
        },
    );
    assert_eq!(
        added,
        Applied::labelled("add document “Family newsletter”")
            .with_notice("Added the document “Family newsletter”.")
    );
    let id = plan
        .implementation
        .documents
        .last()
        .expect("added")
        .id
        .clone();
    (plan, id)
}

fn missing_document() -> DocumentId {
    DocumentId::new("no-such-document")
}

#[test]
fn documents_are_added_and_renamed_unless_the_title_is_empty() {
    let (mut plan, id) = plan_with_document();
    assert_eq!(id.as_str(), "document-1");
    assert_eq!(
        plan.implementation.document(&id).map(|d| d.title.as_str()),
        Some("Family newsletter")
    );
    refused(
        &mut plan,
        DocumentEdit::Add { title: "  ".into() },
        EditError::EmptyText,
    );

    let renamed = applied(
        &mut plan,
        DocumentEdit::Rename {
            id: id.clone(),
            title: "Family letter".into(),
        },
    );
    assert_eq!(renamed, Applied::labelled("rename “Family newsletter”"));
    refused(
        &mut plan,
        DocumentEdit::Rename {
            id: id.clone(),
            title: "".into(),
        },
        EditError::EmptyText,
    );
    refused(
        &mut plan,
        DocumentEdit::Rename {
            id: missing_document(),
            title: "A title".into(),
        },
        EditError::NoSuchDocument(missing_document()),
    );
}

#[test]
fn a_documents_status_owner_location_review_and_note_are_set() {
    let (mut plan, id) = plan_with_document();
    let person = plan
        .matrix
        .add_person("Ana Ruiz", "Principal")
        .expect("added");
    let date = IsoDate::parse("2026-09-01").expect("a date");
    let edits: Vec<(DocumentEdit, &str)> = vec![
        (
            DocumentEdit::SetStatus {
                id: id.clone(),
                status: DocumentStatus::Adopted,
            },
            "set status of “Family newsletter”",
        ),
        (
            DocumentEdit::SetOwner {
                id: id.clone(),
                owner: Some(person.clone()),
            },
            "set owner of “Family newsletter”",
        ),
        (
            DocumentEdit::SetLocation {
                id: id.clone(),
                location: " https://example.org/letter ".into(),
            },
            "set location of “Family newsletter”",
        ),
        (
            DocumentEdit::SetLastReviewed {
                id: id.clone(),
                date: Some(date.clone()),
            },
            "set last review of “Family newsletter”",
        ),
        (
            DocumentEdit::SetNote {
                id: id.clone(),
                note: " Print 200 copies ".into(),
            },
            "edit note of “Family newsletter”",
        ),
    ];
    for (edit, label) in edits {
        // The same edit of a document that is not there is refused.
        let mut missing = edit.clone();
        match &mut missing {
            DocumentEdit::SetStatus { id, .. }
            | DocumentEdit::SetOwner { id, .. }
            | DocumentEdit::SetLocation { id, .. }
            | DocumentEdit::SetLastReviewed { id, .. }
            | DocumentEdit::SetNote { id, .. } => *id = missing_document(),
            _ => unreachable!("only the fields above"),
        }
        refused(
            &mut plan,
            missing,
            EditError::NoSuchDocument(missing_document()),
        );
        assert_eq!(Edit::from(edit.clone()).typing_field(), None);
        assert_eq!(applied(&mut plan, edit), Applied::labelled(label));
    }
    let document = plan.implementation.document(&id).expect("kept");
    assert_eq!(document.status, DocumentStatus::Adopted);
    assert_eq!(document.owner, Some(person));
    assert_eq!(document.link(), Some("https://example.org/letter"));
    assert_eq!(document.last_reviewed, Some(date));
    assert_eq!(document.note, "Print 200 copies");

    let stranger = PersonId::new("person-99");
    refused(
        &mut plan,
        DocumentEdit::SetOwner {
            id,
            owner: Some(stranger.clone()),
        },
        EditError::NoSuchPerson(stranger),
    );
}

#[test]
fn documents_move_delete_and_the_sources_come_back() {
    let (mut plan, id) = plan_with_document();
    let moved = unchanged(&mut plan, DocumentEdit::MoveDown(id.clone()));
    assert_eq!(moved.label, "move “Family newsletter” down");
    let moved = applied(&mut plan, DocumentEdit::MoveUp(id.clone()));
    assert_eq!(moved.label, "move “Family newsletter” up");
    let count = plan.implementation.documents.len();
    assert_eq!(plan.implementation.documents[count - 2].id, id);
    applied(&mut plan, DocumentEdit::MoveDown(id.clone()));
    assert_eq!(plan.implementation.documents[count - 1].id, id);
    let first = plan.implementation.documents[0].id.clone();
    unchanged(&mut plan, DocumentEdit::MoveUp(first));
    refused(
        &mut plan,
        DocumentEdit::MoveUp(missing_document()),
        EditError::NoSuchDocument(missing_document()),
    );
    refused(
        &mut plan,
        DocumentEdit::MoveDown(missing_document()),
        EditError::NoSuchDocument(missing_document()),
    );

    let deleted = applied(&mut plan, DocumentEdit::Delete(id.clone()));
    assert_eq!(
        deleted,
        Applied::labelled("delete document “Family newsletter”")
            .regrettable("Deleted the document “Family newsletter”")
            .with_notice("Deleted the document “Family newsletter”.")
    );
    refused(
        &mut plan,
        DocumentEdit::Delete(id.clone()),
        EditError::NoSuchDocument(id),
    );

    applied(
        &mut plan,
        DocumentEdit::Delete(DocumentId::new("hiring-criteria")),
    );
    let restored = applied(&mut plan, DocumentEdit::RestoreSource);
    assert_eq!(
        restored,
        Applied::labelled("restore the source's documents")
            .regrettable("Restored the source's documents")
    );
    assert!(plan.implementation.source_documents_to_restore().is_empty());
    unchanged(&mut plan, DocumentEdit::RestoreSource);
}
