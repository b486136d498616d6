//! Every change to the planning documents.

use super::*;

impl Implementation {
    // ----- documents -----------------------------------------------------

    pub fn document(&self, id: &DocumentId) -> Option<&PlanningDocument> {
        self.documents.iter().find(|d| d.id == *id)
    }

    fn document_mut(&mut self, id: &DocumentId) -> Result<&mut PlanningDocument, EditError> {
        self.documents
            .iter_mut()
            .find(|d| d.id == *id)
            .ok_or_else(|| EditError::NoSuchDocument(id.clone()))
    }

    /// Adds the team's own document at the end; returns its id.
    pub fn add_document(&mut self, title: &str) -> Result<DocumentId, EditError> {
        let title = cleaned(title)?;
        let id = DocumentId::new(fresh_id(
            DOCUMENT_PREFIX,
            self.documents.iter().map(|d| d.id.as_str()),
        ));
        self.documents
            .push(PlanningDocument::new(id.clone(), title));
        Ok(id)
    }

    /// Renames a document (a source document renamed becomes the team's own).
    pub fn rename_document(&mut self, id: &DocumentId, title: &str) -> Result<(), EditError> {
        let title = cleaned(title)?;
        self.document_mut(id)?.title = title;
        Ok(())
    }

    pub fn set_document_status(
        &mut self,
        id: &DocumentId,
        status: DocumentStatus,
    ) -> Result<(), EditError> {
        self.document_mut(id)?.status = status;
        Ok(())
    }

    pub fn set_document_owner(
        &mut self,
        id: &DocumentId,
        owner: Option<PersonId>,
        matrix: &Matrix,
    ) -> Result<(), EditError> {
        if let Some(person) = &owner {
            check_person(matrix, person)?;
        }
        self.document_mut(id)?.owner = owner;
        Ok(())
    }

    /// Sets where the document lives (any text; see [`PlanningDocument::link`]).
    pub fn set_document_location(
        &mut self,
        id: &DocumentId,
        location: &str,
    ) -> Result<(), EditError> {
        self.document_mut(id)?.location = location.trim().to_string();
        Ok(())
    }

    pub fn set_document_last_reviewed(
        &mut self,
        id: &DocumentId,
        date: Option<IsoDate>,
    ) -> Result<(), EditError> {
        self.document_mut(id)?.last_reviewed = date;
        Ok(())
    }

    pub fn set_document_note(&mut self, id: &DocumentId, note: &str) -> Result<(), EditError> {
        self.document_mut(id)?.note = note.trim().to_string();
        Ok(())
    }

    pub fn move_document_up(&mut self, id: &DocumentId) -> bool {
        match self.documents.iter().position(|d| d.id == *id) {
            Some(at) => move_one(&mut self.documents, at, true),
            None => false,
        }
    }

    pub fn move_document_down(&mut self, id: &DocumentId) -> bool {
        match self.documents.iter().position(|d| d.id == *id) {
            Some(at) => move_one(&mut self.documents, at, false),
            None => false,
        }
    }

    pub fn delete_document(&mut self, id: &DocumentId) -> Option<PlanningDocument> {
        let at = self.documents.iter().position(|d| d.id == *id)?;
        Some(self.documents.remove(at))
    }

    /// Source documents that are missing or renamed.
    pub fn source_documents_to_restore(&self) -> Vec<&'static str> {
        seed::DOCUMENTS
            .iter()
            .filter(|s| {
                !self
                    .documents
                    .iter()
                    .any(|d| d.id.as_str() == s.id && d.title == s.title)
            })
            .map(|s| s.id)
            .collect()
    }

    /// Puts 001's ten documents back (like [`Self::restore_source_actions`]).
    pub fn restore_source_documents(&mut self) -> usize {
        let source: Vec<(&'static str, &'static str)> =
            seed::DOCUMENTS.iter().map(|d| (d.id, d.title)).collect();
        restore_in_place(
            &mut self.documents,
            &source,
            |d| d.id.as_str(),
            |d| &mut d.title,
            |id, title| PlanningDocument::new(DocumentId::new(id), title),
        )
    }

    pub fn document_progress(&self) -> DocumentProgress {
        let mut progress = DocumentProgress::default();
        for document in &self.documents {
            progress.add(document.status);
        }
        progress
    }
}

/// Every change a user makes to the planning documents, as a value.
#[derive(Debug, Clone, PartialEq)]
pub enum DocumentEdit {
    /// The team's own document at the end.
    Add {
        title: String,
    },
    /// A new title; a source document renamed becomes the team's own.
    Rename {
        id: DocumentId,
        title: String,
    },
    SetStatus {
        id: DocumentId,
        status: DocumentStatus,
    },
    /// A person of the matrix's People, or nobody.
    SetOwner {
        id: DocumentId,
        owner: Option<PersonId>,
    },
    /// Where it lives (any text; see [`PlanningDocument::link`]).
    SetLocation {
        id: DocumentId,
        location: String,
    },
    SetLastReviewed {
        id: DocumentId,
        date: Option<IsoDate>,
    },
    SetNote {
        id: DocumentId,
        note: String,
    },
    MoveUp(DocumentId),
    MoveDown(DocumentId),
    Delete(DocumentId),
    /// Puts 001's ten documents back.
    RestoreSource,
}

impl DocumentEdit {
    /// Applies the edit to `implementation`, checking owners against
    /// `matrix`'s People; refused, it changes nothing.
    pub fn apply(
        self,
        implementation: &mut Implementation,
        matrix: &Matrix,
    ) -> Result<Applied, EditError> {
        // Labels name the document by its title before the edit, as the Undo
        // button reads them.
        let name = |implementation: &Implementation, id: &DocumentId| {
            implementation
                .document(id)
                .map(|d| short(&d.title))
                .ok_or_else(|| EditError::NoSuchDocument(id.clone()))
        };
        match self {
            DocumentEdit::Add { title } => {
                implementation.add_document(&title)?;
                let name = short(title.trim());
                Ok(Applied::labelled(format!("add document “{name}”"))
                    .with_notice(format!("Added the document “{name}”.")))
            }
            DocumentEdit::Rename { id, title } => {
                let name = name(implementation, &id)?;
                implementation.rename_document(&id, &title)?;
                Ok(Applied::labelled(format!("rename “{name}”")))
            }
            DocumentEdit::SetStatus { id, status } => {
                let name = name(implementation, &id)?;
                implementation.set_document_status(&id, status)?;
                Ok(Applied::labelled(format!("set status of “{name}”")))
            }
            DocumentEdit::SetOwner { id, owner } => {
                let name = name(implementation, &id)?;
                implementation.set_document_owner(&id, owner, matrix)?;
                Ok(Applied::labelled(format!("set owner of “{name}”")))
            }
            DocumentEdit::SetLocation { id, location } => {
                let name = name(implementation, &id)?;
                implementation.set_document_location(&id, &location)?;
                Ok(Applied::labelled(format!("set location of “{name}”")))
            }
            DocumentEdit::SetLastReviewed { id, date } => {
                let name = name(implementation, &id)?;
                implementation.set_document_last_reviewed(&id, date)?;
                Ok(Applied::labelled(format!("set last review of “{name}”")))
            }
            DocumentEdit::SetNote { id, note } => {
                let name = name(implementation, &id)?;
                implementation.set_document_note(&id, &note)?;
                Ok(Applied::labelled(format!("edit note of “{name}”")))
            }
            // At either end nothing moves: not an error, and no undo step.
            DocumentEdit::MoveUp(id) => {
                let name = name(implementation, &id)?;
                implementation.move_document_up(&id);
                Ok(Applied::labelled(format!("move “{name}” up")))
            }
            DocumentEdit::MoveDown(id) => {
                let name = name(implementation, &id)?;
                implementation.move_document_down(&id);
                Ok(Applied::labelled(format!("move “{name}” down")))
            }
            DocumentEdit::Delete(id) => {
                let name = name(implementation, &id)?;
                implementation.delete_document(&id);
                Ok(Applied::labelled(format!("delete document “{name}”"))
                    .regrettable(format!("Deleted the document “{name}”"))
                    .with_notice(format!("Deleted the document “{name}”.")))
            }
            DocumentEdit::RestoreSource => {
                implementation.restore_source_documents();
                Ok(Applied::labelled("restore the source's documents")
                    .regrettable("Restored the source's documents"))
            }
        }
    }
}
