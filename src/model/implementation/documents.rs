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
