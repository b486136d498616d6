//! Spreadsheet export: the current plan's matrix and the district roll-up as
//! CSV that Excel and Google Sheets open correctly. Pure; the browser's
//! download is the UI's job.
//!
//! * UTF-8 with a byte order mark, or Excel reads accents and "✓" as
//!   mojibake.
//! * RFC 4180: comma separated, CRLF line ends, a field quoted when it holds
//!   a comma, quote or line break, quotes doubled (the `csv` crate's writer).
//! * Formula injection neutralized: a cell that begins with `=`, `+`, `-`,
//!   `@`, tab or carriage return would be run as a formula by a spreadsheet,
//!   so it gets a leading apostrophe (OWASP's advice). Plans come from other
//!   schools' files, so their text is not trusted.

use std::borrow::Cow;
use std::fmt;

use crate::model::analysis::district::District;
use crate::model::matrix::Tally;
use crate::model::values::money::Cents;
use crate::model::Plan;

/// Written first, so spreadsheets read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Why an export could not be written. Writing to memory does not fail in
/// practice; the message is for the one case nobody foresaw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError(String);

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "The spreadsheet could not be written: {}.", self.0)
    }
}

impl std::error::Error for CsvError {}

/// The cell as a spreadsheet may safely read it: a leading apostrophe when
/// it would otherwise start a formula.
pub fn neutralize(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A header row and data rows as a CSV text with BOM; every cell neutralized.
pub fn write_table<R, C>(header: &[&str], rows: R) -> Result<String, CsvError>
where
    R: IntoIterator<Item = Vec<C>>,
    C: AsRef<str>,
{
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(false)
        .from_writer(BOM.as_bytes().to_vec());
    let failed = |e: csv::Error| CsvError(e.to_string());
    writer
        .write_record(header.iter().map(|h| neutralize(h).into_owned()))
        .map_err(failed)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|c| neutralize(c.as_ref()).into_owned()))
            .map_err(failed)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CsvError(e.error().to_string()))?;
    String::from_utf8(bytes).map_err(|e| CsvError(e.to_string()))
}

/// Header of the matrix export.
pub const MATRIX_HEADER: [&str; 6] = ["Area", "Role", "Statement", "Status", "Owner", "Note"];

/// The matrix spreadsheet's file name (`lincoln-usd-stem-plan-matrix-2026-11-25.csv`).
pub fn matrix_csv_file_name(plan: &Plan, date_iso: &str) -> String {
    format!(
        "{}-matrix-{date_iso}.csv",
        crate::storage::document::file_stem(plan)
    )
}

/// The plan's matrix, one row per statement, by area then role (the order
/// of the plan's columns and rows).
pub fn matrix_csv(plan: &Plan) -> Result<String, CsvError> {
    let matrix = &plan.matrix;
    let mut rows = Vec::with_capacity(matrix.statement_count());
    for area in &matrix.areas {
        for role in &matrix.roles {
            let Some(cell) = matrix.cell(&role.id, &area.id) else {
                continue;
            };
            for statement in &cell.statements {
                let owner = statement
                    .owner
                    .as_ref()
                    .and_then(|id| matrix.person(id))
                    .map(|p| p.name.clone())
                    .unwrap_or_default();
                rows.push(vec![
                    area.name.clone(),
                    role.name.clone(),
                    statement.text.clone(),
                    statement.status.label().to_string(),
                    owner,
                    statement.note.clone(),
                ]);
            }
        }
    }
    write_table(&MATRIX_HEADER, rows)
}

/// The district roll-up, one row per school in the roll-up's current
/// order: the share in place overall and per area (whole percents, empty
/// where a school lacks the area), statements, gaps, roles nobody holds,
/// and costs and funding over all the school's years (dollars, "1234.50").
pub fn district_csv(district: &District) -> Result<String, CsvError> {
    let area_headers: Vec<String> = district
        .areas
        .iter()
        .map(|a| format!("{} (% in place)", a.name))
        .collect();
    let mut header: Vec<&str> = vec!["School", "All areas (% in place)"];
    header.extend(area_headers.iter().map(String::as_str));
    header.extend([
        "Statements",
        "Gaps",
        "Roles nobody holds",
        "Total cost",
        "Funding",
    ]);
    let rows = district.schools.iter().map(|school| {
        let mut row = vec![
            school.name.clone(),
            school.overall.percent_in_place().to_string(),
        ];
        row.extend((0..district.areas.len()).map(|column| {
            school
                .area(column)
                .map(|t: &Tally| t.percent_in_place().to_string())
                .unwrap_or_default()
        }));
        let sum = |pick: fn(&crate::model::implementation::costs::CostTotals) -> Cents| {
            Cents::checked_sum(school.costs.iter().map(|(_, t)| pick(t)))
                .map(Cents::to_plain_string)
                .unwrap_or_default()
        };
        let (cost, funding) = if school.costs.is_empty() {
            (String::new(), String::new())
        } else {
            (sum(|t| t.total_cost), sum(|t| t.funding))
        };
        row.extend([
            school.overall.total().to_string(),
            school.gaps.to_string(),
            school.unheld_roles.join("; "),
            cost,
            funding,
        ]);
        row
    });
    write_table(&header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::matrix::{Matrix, Status};

    /// Parses an export back the way a spreadsheet would: BOM first, then
    /// RFC 4180 records.
    fn parse(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("starts with a BOM");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn matrix_spreadsheet_is_named_like_the_plan_file() {
        let mut plan = Plan::default();
        plan.title = "Lincoln USD STEM plan".into();
        assert_eq!(
            matrix_csv_file_name(&plan, "2026-11-25"),
            "lincoln-usd-stem-plan-matrix-2026-11-25.csv"
        );
        plan.title = "!!!".into();
        assert_eq!(
            matrix_csv_file_name(&plan, "2026-11-25"),
            "stem-leadership-plan-matrix-2026-11-25.csv"
        );
    }

    #[test]
    fn fields_with_commas_quotes_and_line_breaks_are_quoted() {
        let text = write_table(
            &["a", "b", "c", "d"],
            [vec!["plain", "one, two", "say \"hi\"", "line\nbreak"]],
        )
        .unwrap();
        assert_eq!(
            text,
            "\u{feff}a,b,c,d\r\nplain,\"one, two\",\"say \"\"hi\"\"\",\"line\nbreak\"\r\n"
        );
        assert_eq!(
            parse(&text)[1],
            ["plain", "one, two", "say \"hi\"", "line\nbreak"]
        );
    }

    #[test]
    fn the_file_starts_with_a_utf8_bom() {
        let text = write_table(&["Área"], [vec!["✓ In place"]]).unwrap();
        assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
        assert_eq!(parse(&text), [["Área"], ["✓ In place"]]);
    }

    #[test]
    fn every_formula_start_is_neutralized() {
        let dangerous = [
            "=HYPERLINK(\"http://x\")",
            "+1+2",
            "-2+3",
            "@SUM(A1)",
            "\tindent",
            "\rreturn",
        ];
        for cell in dangerous {
            assert_eq!(neutralize(cell), format!("'{cell}"), "{cell:?}");
            let text = write_table(&["h"], [vec![cell]]).unwrap();
            assert_eq!(parse(&text)[1][0], format!("'{cell}"), "{cell:?}");
        }
        for safe in ["Plan", "", " =not at the start", "a-b", "'quoted"] {
            assert_eq!(neutralize(safe), safe);
        }
        let header = write_table(&["=cmd"], Vec::<Vec<&str>>::new()).unwrap();
        assert_eq!(parse(&header), [["'=cmd"]], "headers too");
    }

    fn small_plan() -> Plan {
        let mut plan = Plan::default();
        plan.matrix = serde_json::from_value::<Matrix>(serde_json::json!({
            "roles": [
                {"id": "principal", "name": "Principal"},
                {"id": "coach", "name": "Coach, STEM"}
            ],
            "areas": [
                {"id": "vision", "name": "Vision"},
                {"id": "budget", "name": "Budget"}
            ],
            "cells": [
                {"role": "principal", "area": "vision", "statements": [
                    {"id": "s1", "text": "Sets a \"shared\" vision", "status": "in_place", "owner": "ana", "note": "Line one\nline two"},
                    {"id": "s2", "text": "=1+1 is not a formula"}
                ]},
                {"role": "principal", "area": "budget"},
                {"role": "coach", "area": "vision"},
                {"role": "coach", "area": "budget", "statements": [
                    {"id": "s3", "text": "Tracks spending", "status": "gap"}
                ]}
            ],
            "people": [{"id": "ana", "name": "Ana Ruiz", "roles": ["principal"]}]
        }))
        .unwrap();
        assert_eq!(plan.validate(), Ok(()));
        plan
    }

    #[test]
    fn the_matrix_round_trips_one_row_per_statement() {
        let rows = parse(&matrix_csv(&small_plan()).unwrap());
        assert_eq!(
            rows,
            [
                vec!["Area", "Role", "Statement", "Status", "Owner", "Note"],
                vec![
                    "Vision",
                    "Principal",
                    "Sets a \"shared\" vision",
                    "In place",
                    "Ana Ruiz",
                    "Line one\nline two"
                ],
                vec![
                    "Vision",
                    "Principal",
                    "'=1+1 is not a formula",
                    "Not assessed",
                    "",
                    ""
                ],
                vec!["Budget", "Coach, STEM", "Tracks spending", "Gap", "", ""],
            ]
        );
    }

    #[test]
    fn the_default_plan_exports_every_statement() {
        let plan = Plan::default();
        let rows = parse(&matrix_csv(&plan).unwrap());
        assert_eq!(rows.len(), plan.matrix.statement_count() + 1);
        assert!(rows.iter().all(|r| r.len() == 6));
    }

    #[test]
    fn the_district_roll_up_round_trips() {
        let mut lincoln = small_plan();
        lincoln.organization.school = "Lincoln, Elementary".into();
        lincoln.matrix.set_status(&"s2".into(), Status::InPlace);
        let mut carver = small_plan();
        carver.organization.school = "@Carver".into();
        carver.matrix.add_area("Family engagement").unwrap();
        carver.implementation.sustainability.years =
            vec![serde_json::from_value(serde_json::json!({
                "school_year": "2025-26",
                "other_lines": [{"id": "cost-1", "amount_cents": 123450}],
                "funding": [{"id": "funding-1", "amount_cents": 100000}]
            }))
            .unwrap()];
        let district = District::from_plans([&lincoln, &carver]);
        let rows = parse(&district_csv(&district).unwrap());
        assert_eq!(
            rows[0],
            [
                "School",
                "All areas (% in place)",
                "Vision (% in place)",
                "Budget (% in place)",
                "Family engagement (% in place)",
                "Statements",
                "Gaps",
                "Roles nobody holds",
                "Total cost",
                "Funding"
            ]
        );
        assert_eq!(
            rows[1],
            [
                "Lincoln, Elementary",
                "67",
                "100",
                "0",
                "",
                "3",
                "1",
                "Coach, STEM",
                "",
                ""
            ]
        );
        assert_eq!(
            rows[2],
            [
                "'@Carver",
                "33",
                "50",
                "0",
                "0",
                "3",
                "1",
                "Coach, STEM",
                "1234.50",
                "1000.00"
            ]
        );
    }
}
