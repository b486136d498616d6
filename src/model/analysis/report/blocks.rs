//! The report in words, once: `Report::blocks` writes its content as printable blocks for
//! the screen, paper and "Copy as text".

use super::*;

/// A list item: its line, then the team's note on a line of its own.
fn item_with_note(first: Line, note: &Option<String>) -> Vec<Line> {
    let mut item = vec![first];
    item.extend(
        note.as_ref()
            .map(|n| vec![Span::Note(format!("Note: {n}"))]),
    );
    item
}

/// "Finance Officer: " in bold, then the rest.
fn led(lead: &str, rest: String) -> Line {
    vec![Span::Strong(format!("{lead}: ")), Span::Text(rest)]
}

impl Report {
    /// The report as blocks, drawn on screen and on paper and written as
    /// plain text for "Copy as text". Money is written by `money` (the UI
    /// passes its locale formatter); dates stay ISO.
    pub fn blocks(&self, money: &dyn Fn(Cents) -> String) -> Vec<Block> {
        let mut byline = vec![format!("For: {}", self.audience.label())];
        byline.extend(self.date.as_ref().map(IsoDate::to_string));
        let mut blocks = vec![
            Block::Title {
                organization: (!self.organization.is_empty()).then(|| self.organization.clone()),
                kind: None,
                text: self.title.clone(),
                byline,
            },
            self.leadership_section(),
        ];
        blocks.extend(self.over_the_years.as_ref().map(years_section));
        if !self.teacher_roles.is_empty() {
            blocks.push(self.teacher_roles_section(money));
        }
        blocks.extend(self.budget.as_ref().map(|b| budget_section(b, money)));
        blocks.push(self.progress_section());
        if !self.goals.is_empty() {
            let items = self
                .goals
                .iter()
                .map(|goal| {
                    let roles = if goal.is_pursued() {
                        goal.roles.join("; ")
                    } else {
                        "⚠ no teacher-leader role pursues this goal yet".to_string()
                    };
                    item_with_note(led(&goal.title, roles), &goal.note)
                })
                .collect();
            blocks.push(Block::Section {
                heading: "Goals".into(),
                blocks: vec![list(None, items)],
            });
        }
        blocks
    }

    fn leadership_section(&self) -> Block {
        let leadership = &self.leadership;
        let mut blocks = Vec::new();
        // Only the roles someone holds: the roles nobody holds are a gap,
        // which not every audience sees (they follow below when it does).
        let held: Vec<Vec<Line>> = leadership
            .roles
            .iter()
            .filter(|r| r.is_held())
            .map(|r| vec![led(&r.name, r.holders_text())])
            .collect();
        blocks.push(if held.is_empty() {
            Block::Paragraph(line("Nobody is named in the leadership matrix yet."))
        } else {
            Block::List {
                label: None,
                items: held,
                columns: true,
            }
        });
        let overall = leadership.overall;
        if overall.total() > 0 {
            let gaps = self.audience.shows_gaps();
            blocks.push(Block::Paragraph(line(format!(
                "Responsibilities in place: {} of {} ({}%).",
                overall.in_place,
                overall.total(),
                overall.percent_in_place(),
            ))));
            let mut head = vec!["Area", "In place", "In progress"];
            if gaps {
                head.push("Gaps");
            }
            head.push("Statements");
            let rows = leadership
                .coverage
                .iter()
                .map(|(area, t)| {
                    let mut row = vec![area.clone(), t.in_place.to_string()];
                    row.push(t.in_progress.to_string());
                    if gaps {
                        row.push(t.gap.to_string());
                    }
                    row.push(t.total().to_string());
                    row
                })
                .collect();
            blocks.push(Block::Table {
                caption: "Coverage by area".into(),
                head: head.into_iter().map(str::to_string).collect(),
                rows,
            });
        }
        if !leadership.gaps.is_empty() {
            let mut items: Vec<Vec<Line>> = leadership
                .gaps
                .iter()
                .map(|g| {
                    item_with_note(
                        line(format!("{} ({}): {}", g.area, g.role, g.text)),
                        &g.note,
                    )
                })
                .collect();
            if leadership.more_gaps > 0 {
                items.push(vec![line(format!("and {} more", leadership.more_gaps))]);
            }
            blocks.push(list(Some("Main gaps"), items));
        }
        if !leadership.unheld_roles.is_empty() {
            blocks.push(Block::Paragraph(led(
                "Roles nobody holds yet",
                leadership.unheld_roles.join(", "),
            )));
        }
        Block::Section {
            heading: "Who leads what".into(),
            blocks,
        }
    }

    fn teacher_roles_section(&self, money: &dyn Fn(Cents) -> String) -> Block {
        let items = self
            .teacher_roles
            .iter()
            .map(|r| {
                let mut first = vec![Span::Strong(r.title.clone())];
                first.extend(r.holder.as_ref().map(|h| Span::Text(format!(" ({h})"))));
                let mut item = vec![first];
                let mut facts: Vec<String> = Vec::new();
                facts.extend(r.career_stage.map(str::to_string));
                facts.extend(r.formality.map(str::to_string));
                if !r.spheres.is_empty() {
                    facts.push(format!("Sphere: {}", r.spheres.join(", ")));
                }
                if !r.purposes.is_empty() {
                    facts.push(format!("Purpose: {}", r.purposes.join(", ")));
                }
                if !facts.is_empty() {
                    item.push(line(facts.join("; ")));
                }
                if let Some(cost) = r.cost {
                    let rest = if r.cost_incomplete {
                        " (not all of it priced yet)"
                    } else {
                        ""
                    };
                    item.push(line(format!("Cost: {}{rest}", money(cost))));
                }
                if !r.goals.is_empty() {
                    item.push(line(format!("Goals: {}", r.goals.join("; "))));
                }
                item
            })
            .collect();
        Block::Section {
            heading: "STEM teacher-leader roles".into(),
            blocks: vec![list(None, items)],
        }
    }

    fn progress_section(&self) -> Block {
        let progress = &self.progress;
        let actions = progress.actions;
        let mut summary = format!(
            "Actions done: {} of {} ({} in progress",
            actions.done,
            actions.planned(),
            actions.in_progress,
        );
        if actions.not_planned > 0 {
            summary.push_str(&format!("; {} not planned", actions.not_planned));
        }
        summary.push_str(").");
        if progress.overdue > 0 {
            summary.push_str(&format!(" Past their target date: {}.", progress.overdue));
        }
        summary.push_str(&format!(
            " Planning documents adopted: {} of {}.",
            progress.documents.adopted,
            progress.documents.total(),
        ));
        let mut blocks = vec![
            Block::Paragraph(line(summary)),
            Block::List {
                label: None,
                items: progress
                    .by_consideration
                    .iter()
                    .map(|(key, p)| {
                        vec![line(format!(
                            "{}: {} of {} done",
                            key.label(),
                            p.done,
                            p.planned()
                        ))]
                    })
                    .collect(),
                columns: true,
            },
        ];
        if !progress.adopted_documents.is_empty() {
            blocks.push(Block::Paragraph(led(
                "Adopted",
                progress.adopted_documents.join("; "),
            )));
        }
        if !progress.next_steps.is_empty() {
            let items = progress
                .next_steps
                .iter()
                .map(|s| {
                    let mut details = vec![s.status.label().to_string()];
                    details.extend(s.owner.clone());
                    details.extend(s.target_date.as_ref().map(|d| format!("by {d}")));
                    item_with_note(
                        line(format!("{} ({})", s.text, details.join(", "))),
                        &s.note,
                    )
                })
                .collect();
            blocks.push(list(Some("Next steps"), items));
        }
        let review = match &progress.review {
            Some(ReviewState::Due { date }) => Some(format!(
                "The plan for sustainability was due for review on {date}."
            )),
            Some(ReviewState::Upcoming { date }) => Some(format!(
                "Next review of the plan for sustainability: {date}."
            )),
            _ => None,
        };
        blocks.extend(review.map(|r| Block::Paragraph(line(r))));
        Block::Section {
            heading: "Implementation progress".into(),
            blocks,
        }
    }
}

/// The share in place, overall and per area, year by year: the change in a
/// sentence, then the numbers (the UI draws the chart above the table).
fn years_section(progress: &YearsProgress) -> Block {
    let (head, rows) = progress.table();
    Block::Section {
        heading: "Progress over the years".into(),
        blocks: vec![
            Block::Paragraph(line(progress.summary())),
            Block::Table {
                caption: YEARS_TABLE_CAPTION.into(),
                head,
                rows,
            },
        ],
    }
}

fn list(label: Option<&str>, items: Vec<Vec<Line>>) -> Block {
    Block::List {
        label: label.map(str::to_string),
        items,
        columns: false,
    }
}

fn budget_section(budget: &BudgetSummary, money: &dyn Fn(Cents) -> String) -> Block {
    let t = &budget.totals;
    let fact = |term: &str, amount: Cents| Fact::new(term, Some(money(amount)));
    let mut facts = vec![
        fact("Start-up costs", t.start_up),
        fact("Ongoing costs", t.ongoing),
        fact("Total costs", t.total_cost),
        fact("Funding", t.funding),
    ];
    facts.push(if t.surplus > Cents::ZERO {
        fact("Funding beyond costs", t.surplus)
    } else {
        Fact {
            warn: true,
            ..fact("Unfunded gap", t.gap)
        }
    });
    let mut blocks = vec![Block::Facts(facts)];
    match t.incomplete.len() {
        0 => {}
        1 => blocks.push(Block::Paragraph(line(
            "1 role cost line is not priced yet.",
        ))),
        n => blocks.push(Block::Paragraph(line(format!(
            "{n} role cost lines are not priced yet."
        )))),
    }
    if !budget.funding.is_empty() {
        let items = budget
            .funding
            .iter()
            .map(|f| {
                let name = if f.name.is_empty() {
                    String::new()
                } else {
                    format!(" {}", f.name)
                };
                item_with_note(
                    line(format!("{}{name}: {}", f.kind.label(), money(f.amount))),
                    &f.note,
                )
            })
            .collect();
        blocks.push(list(None, items));
    }
    Block::Section {
        heading: format!("Costs and funding, {}", budget.school_year),
        blocks,
    }
}
