//! Every change to a cost plan's lines and funding: add, price, edit, move, delete.

use super::*;

impl Sustainability {
    // ----- lines ---------------------------------------------------------

    pub(super) fn fresh_line_id(&self) -> CostLineId {
        let taken: Vec<&str> = self
            .years
            .iter()
            .flat_map(|p| {
                p.role_lines
                    .iter()
                    .map(|l| l.id.as_str())
                    .chain(p.other_lines.iter().map(|l| l.id.as_str()))
            })
            .collect();
        CostLineId::new(fresh_id(COST_LINE_PREFIX, taken))
    }

    fn fresh_funding_id(&self) -> FundingId {
        let taken: Vec<&str> = self
            .years
            .iter()
            .flat_map(|p| p.funding.iter().map(|f| f.id.as_str()))
            .collect();
        FundingId::new(fresh_id(FUNDING_PREFIX, taken))
    }

    /// The school year a cost line or funding source belongs to.
    pub fn year_of_line(&self, id: &CostLineId) -> Option<SchoolYear> {
        self.years
            .iter()
            .find(|p| {
                p.role_lines.iter().any(|l| l.id == *id)
                    || p.other_lines.iter().any(|l| l.id == *id)
            })
            .map(|p| p.school_year)
    }

    pub fn role_line(&self, id: &CostLineId) -> Option<&RoleCostLine> {
        self.years
            .iter()
            .flat_map(|p| p.role_lines.iter())
            .find(|l| l.id == *id)
    }

    pub fn other_line(&self, id: &CostLineId) -> Option<&OtherCostLine> {
        self.years
            .iter()
            .flat_map(|p| p.other_lines.iter())
            .find(|l| l.id == *id)
    }

    pub fn funding_source(&self, id: &FundingId) -> Option<&FundingSource> {
        self.years
            .iter()
            .flat_map(|p| p.funding.iter())
            .find(|f| f.id == *id)
    }

    fn role_line_mut(&mut self, id: &CostLineId) -> Result<&mut RoleCostLine, EditError> {
        self.years
            .iter_mut()
            .flat_map(|p| p.role_lines.iter_mut())
            .find(|l| l.id == *id)
            .ok_or_else(|| EditError::NoSuchCostLine(id.clone()))
    }

    fn other_line_mut(&mut self, id: &CostLineId) -> Result<&mut OtherCostLine, EditError> {
        self.years
            .iter_mut()
            .flat_map(|p| p.other_lines.iter_mut())
            .find(|l| l.id == *id)
            .ok_or_else(|| EditError::NoSuchCostLine(id.clone()))
    }

    fn funding_mut(&mut self, id: &FundingId) -> Result<&mut FundingSource, EditError> {
        self.years
            .iter_mut()
            .flat_map(|p| p.funding.iter_mut())
            .find(|f| f.id == *id)
            .ok_or_else(|| EditError::NoSuchFunding(id.clone()))
    }

    /// Adds a line pricing a teacher-leader role (ongoing, one person) to a
    /// year; returns its id.
    pub fn add_role_line(
        &mut self,
        year: &SchoolYear,
        role: TeacherRoleId,
        basis: RoleCostBasis,
        roles: &TeacherRoles,
    ) -> Result<CostLineId, EditError> {
        roles.check_exists(&role)?;
        check_amount(basis.entered_amount())?;
        let id = self.fresh_line_id();
        self.year_mut(year)?.role_lines.push(RoleCostLine {
            id: id.clone(),
            role,
            basis,
            people: 1,
            timing: CostTiming::Ongoing,
            note: String::new(),
        });
        Ok(id)
    }

    pub fn set_role_line_role(
        &mut self,
        id: &CostLineId,
        role: TeacherRoleId,
        roles: &TeacherRoles,
    ) -> Result<(), EditError> {
        roles.check_exists(&role)?;
        self.role_line_mut(id)?.role = role;
        Ok(())
    }

    pub fn set_role_line_basis(
        &mut self,
        id: &CostLineId,
        basis: RoleCostBasis,
    ) -> Result<(), EditError> {
        check_amount(basis.entered_amount())?;
        self.role_line_mut(id)?.basis = basis;
        Ok(())
    }

    pub fn set_role_line_people(&mut self, id: &CostLineId, people: u32) -> Result<(), EditError> {
        if people == 0 {
            return Err(EditError::NoPeople);
        }
        self.role_line_mut(id)?.people = people;
        Ok(())
    }

    /// Adds another cost to a year; returns its id.
    pub fn add_other_line(
        &mut self,
        year: &SchoolYear,
        kind: OtherCostKind,
        description: &str,
        amount: Cents,
        timing: CostTiming,
    ) -> Result<CostLineId, EditError> {
        check_amount(amount)?;
        let id = self.fresh_line_id();
        self.year_mut(year)?.other_lines.push(OtherCostLine {
            id: id.clone(),
            kind,
            description: description.trim().to_string(),
            amount,
            timing,
            note: String::new(),
        });
        Ok(id)
    }

    pub fn set_other_line_kind(
        &mut self,
        id: &CostLineId,
        kind: OtherCostKind,
    ) -> Result<(), EditError> {
        self.other_line_mut(id)?.kind = kind;
        Ok(())
    }

    pub fn set_other_line_description(
        &mut self,
        id: &CostLineId,
        description: &str,
    ) -> Result<(), EditError> {
        self.other_line_mut(id)?.description = description.trim().to_string();
        Ok(())
    }

    pub fn set_other_line_amount(
        &mut self,
        id: &CostLineId,
        amount: Cents,
    ) -> Result<(), EditError> {
        check_amount(amount)?;
        self.other_line_mut(id)?.amount = amount;
        Ok(())
    }

    /// Sets start-up or ongoing, for either kind of line.
    pub fn set_line_timing(
        &mut self,
        id: &CostLineId,
        timing: CostTiming,
    ) -> Result<(), EditError> {
        if let Ok(line) = self.role_line_mut(id) {
            line.timing = timing;
            return Ok(());
        }
        self.other_line_mut(id)?.timing = timing;
        Ok(())
    }

    /// Sets the internal note of either kind of line.
    pub fn set_line_note(&mut self, id: &CostLineId, note: &str) -> Result<(), EditError> {
        let note = note.trim().to_string();
        if let Ok(line) = self.role_line_mut(id) {
            line.note = note;
            return Ok(());
        }
        self.other_line_mut(id)?.note = note;
        Ok(())
    }

    /// Moves a line one place up among its kind; false at the top or when missing.
    pub fn move_line_up(&mut self, id: &CostLineId) -> bool {
        self.move_line(id, true)
    }

    pub fn move_line_down(&mut self, id: &CostLineId) -> bool {
        self.move_line(id, false)
    }

    fn move_line(&mut self, id: &CostLineId, up: bool) -> bool {
        for plan in &mut self.years {
            if let Some(at) = plan.role_lines.iter().position(|l| l.id == *id) {
                return move_one(&mut plan.role_lines, at, up);
            }
            if let Some(at) = plan.other_lines.iter().position(|l| l.id == *id) {
                return move_one(&mut plan.other_lines, at, up);
            }
        }
        false
    }

    /// Deletes a line of either kind; false when there is none with that id.
    pub fn delete_line(&mut self, id: &CostLineId) -> bool {
        for plan in &mut self.years {
            let before = plan.role_lines.len() + plan.other_lines.len();
            plan.role_lines.retain(|l| l.id != *id);
            plan.other_lines.retain(|l| l.id != *id);
            if plan.role_lines.len() + plan.other_lines.len() != before {
                return true;
            }
        }
        false
    }

    /// Removes every line pricing a (deleted) teacher-leader role; returns
    /// the school years that lost a line, one entry per line.
    pub fn clear_role(&mut self, role: &TeacherRoleId) -> Vec<SchoolYear> {
        let mut cleared = Vec::new();
        for plan in &mut self.years {
            let year = plan.school_year;
            plan.role_lines.retain(|l| {
                let keep = l.role != *role;
                if !keep {
                    cleared.push(year);
                }
                keep
            });
        }
        cleared
    }

    // ----- funding -------------------------------------------------------

    pub fn add_funding(
        &mut self,
        year: &SchoolYear,
        kind: FundingKind,
        name: &str,
        amount: Cents,
    ) -> Result<FundingId, EditError> {
        check_amount(amount)?;
        let id = self.fresh_funding_id();
        self.year_mut(year)?.funding.push(FundingSource {
            id: id.clone(),
            kind,
            name: name.trim().to_string(),
            amount,
            note: String::new(),
        });
        Ok(id)
    }

    pub fn set_funding_kind(&mut self, id: &FundingId, kind: FundingKind) -> Result<(), EditError> {
        self.funding_mut(id)?.kind = kind;
        Ok(())
    }

    pub fn set_funding_name(&mut self, id: &FundingId, name: &str) -> Result<(), EditError> {
        self.funding_mut(id)?.name = name.trim().to_string();
        Ok(())
    }

    pub fn set_funding_amount(&mut self, id: &FundingId, amount: Cents) -> Result<(), EditError> {
        check_amount(amount)?;
        self.funding_mut(id)?.amount = amount;
        Ok(())
    }

    pub fn set_funding_note(&mut self, id: &FundingId, note: &str) -> Result<(), EditError> {
        self.funding_mut(id)?.note = note.trim().to_string();
        Ok(())
    }

    pub fn move_funding_up(&mut self, id: &FundingId) -> bool {
        self.move_funding(id, true)
    }

    pub fn move_funding_down(&mut self, id: &FundingId) -> bool {
        self.move_funding(id, false)
    }

    fn move_funding(&mut self, id: &FundingId, up: bool) -> bool {
        for plan in &mut self.years {
            if let Some(at) = plan.funding.iter().position(|f| f.id == *id) {
                return move_one(&mut plan.funding, at, up);
            }
        }
        false
    }

    pub fn delete_funding(&mut self, id: &FundingId) -> Option<FundingSource> {
        for plan in &mut self.years {
            if let Some(at) = plan.funding.iter().position(|f| f.id == *id) {
                return Some(plan.funding.remove(at));
            }
        }
        None
    }
}
