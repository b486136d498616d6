// The published schema (schema/plan.schema.json) checked with a third-party
// validator, ajv (JSON Schema draft 2020-12): files the planner writes
// validate, the example in docs/file-format.md validates, and invalid files are
// rejected. The planner-written files are generated from Rust by
// tests/schema_fixtures.rs (which fails when they drift from the Rust types);
// the edge cases in tests/fixtures/schema/edges.json are checked here against
// the schema and there against the planner, so the two agree on them.
//
// Run: node --test tests/schema.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const root = fileURLToPath(new URL("..", import.meta.url));
const read = (path) => readFileSync(root + path, "utf8");
const readJson = (path) => JSON.parse(read(path));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(readJson("schema/plan.schema.json"));

function errorsOf(plan) {
  return validate(plan) ? [] : validate.errors;
}

function assertValid(plan, what) {
  const errors = errorsOf(plan);
  assert.deepEqual(errors, [], `${what} should validate: ${ajv.errorsText(errors)}`);
}

/** Asserts that the plan is rejected with an error at `path` (a JSON pointer). */
function assertRejectedAt(plan, path, what) {
  const errors = errorsOf(plan);
  assert.ok(errors.length > 0, `${what} should be rejected`);
  assert.ok(
    errors.some((e) => e.instancePath === path),
    `${what}: expected an error at "${path}", got ${ajv.errorsText(errors)}`,
  );
}

const defaultPlan = () => readJson("tests/fixtures/schema/default-plan.json");
const everyFieldPlan = () => readJson("tests/fixtures/schema/every-field-plan.json");

for (const name of ["default-plan.json", "every-field-plan.json", "minimal-plan.json"]) {
  test(`the planner's ${name} validates`, () => {
    assertValid(readJson(`tests/fixtures/schema/${name}`), name);
  });
}

const formatDoc = () => read("docs/file-format.md");

test("the example plan file in docs/file-format.md validates", () => {
  const match = formatDoc().match(/```json\n([\s\S]*?)\n```/);
  assert.ok(match, "docs/file-format.md has a ```json example");
  assertValid(JSON.parse(match[1]), "docs/file-format.md example");
});

test("docs/file-format.md links the schema, and the README links it", () => {
  assert.match(formatDoc(), /\(\.\.\/schema\/plan\.schema\.json\)/);
  assert.match(read("README.md"), /\(docs\/file-format\.md\)/);
});

test("version 1 and 2 files are not described: the schema is version 3's", () => {
  const v1 = readJson("tests/fixtures/plan-v1.json");
  assert.equal(v1.version, 1);
  assertRejectedAt(v1, "/version", "version 1 file");
  const v2 = readJson("tests/fixtures/plan-v2.json");
  assert.equal(v2.version, 2);
  assertRejectedAt(v2, "/version", "version 2 file");
  // Only its version: the rest of a version 2 file is valid version 3.
  assertValid({ ...v2, version: 3 }, "version 2 file marked 3");
});

test("files that are not plans are rejected", () => {
  const cases = [
    ["wrong format marker", (p) => { p.format = "stem-plan"; }, "/format"],
    ["missing format marker", (p) => { delete p.format; }, ""],
    ["missing version", (p) => { delete p.version; }, ""],
    ["version as text", (p) => { p.version = "3"; }, "/version"],
    ["older version", (p) => { p.version = 2; }, "/version"],
    ["newer version", (p) => { p.version = 4; }, "/version"],
    ["missing matrix", (p) => { delete p.matrix; }, ""],
  ];
  for (const [what, change, path] of cases) {
    const plan = defaultPlan();
    change(plan);
    assertRejectedAt(plan, path, what);
  }
});

test("bad values inside a plan are rejected where they are", () => {
  const cases = [
    ["bad status", (p) => { p.matrix.cells[0].statements[0].status = "done"; },
      "/matrix/cells/0/statements/0/status"],
    ["id not a string", (p) => { p.matrix.roles[0].id = 7; }, "/matrix/roles/0/id"],
    ["empty id", (p) => { p.matrix.areas[0].id = ""; }, "/matrix/areas/0/id"],
    ["statement without text", (p) => { delete p.matrix.cells[0].statements[0].text; },
      "/matrix/cells/0/statements/0"],
    ["unknown consideration", (p) => { p.implementation.considerations.wellbeing = []; },
      "/implementation/considerations"],
    ["bad career stage", (p) => { p.teacher_roles.roles[0].career_stage = "expert"; },
      "/teacher_roles/roles/0/career_stage"],
    ["share of time over 100", (p) => { p.teacher_roles.roles[0].leading_percent = 101; },
      "/teacher_roles/roles/0/leading_percent"],
    ["money with cents as a fraction", (p) => {
      p.implementation.sustainability.years[0].funding[0].amount_cents = 12.5;
    }, "/implementation/sustainability/years/0/funding/0/amount_cents"],
    ["negative money", (p) => {
      p.implementation.sustainability.years[0].other_lines[0].amount_cents = -1;
    }, "/implementation/sustainability/years/0/other_lines/0/amount_cents"],
    ["stipend without an amount", (p) => {
      p.implementation.sustainability.years[0].role_lines[1].basis = { kind: "stipend" };
    }, "/implementation/sustainability/years/0/role_lines/1/basis"],
    ["unknown basis kind", (p) => {
      p.implementation.sustainability.years[0].role_lines[0].basis.kind = "hourly";
    }, "/implementation/sustainability/years/0/role_lines/0/basis"],
    ["school year not YYYY-YY", (p) => {
      p.implementation.sustainability.years[0].school_year = "2026";
    }, "/implementation/sustainability/years/0/school_year"],
    ["date that does not exist", (p) => {
      p.implementation.sustainability.review_date = "2027-02-30";
    }, "/implementation/sustainability/review_date"],
    ["plan school year not consecutive", (p) => { p.school_year = "2026-28"; }, "/school_year"],
    ["lineage in capitals", (p) => { p.lineage = "LN-1A2B"; }, "/lineage"],
    ["lineage not a string", (p) => { p.lineage = 7; }, "/lineage"],
  ];
  for (const [what, change, path] of cases) {
    const plan = everyFieldPlan();
    assertValid(plan, "the plan before the change");
    change(plan);
    assertRejectedAt(plan, path, what);
  }
});

const edges = readJson("tests/fixtures/schema/edges.json");

// tests/schema_fixtures.rs checks the same cases against the planner.
test("the schema agrees with the planner on school years (edges.json)", () => {
  const path = "/implementation/sustainability/years/0/school_year";
  for (const year of edges.school_year.accepted) {
    const plan = everyFieldPlan();
    plan.implementation.sustainability.years[0].school_year = year;
    assertValid(plan, `school year ${JSON.stringify(year)}`);
    const own = everyFieldPlan();
    own.school_year = year;
    assertValid(own, `plan school year ${JSON.stringify(year)}`);
  }
  for (const year of edges.school_year.refused) {
    const plan = everyFieldPlan();
    plan.implementation.sustainability.years[0].school_year = year;
    assertRejectedAt(plan, path, `school year ${JSON.stringify(year)}`);
    const own = everyFieldPlan();
    own.school_year = year;
    assertRejectedAt(own, "/school_year", `plan school year ${JSON.stringify(year)}`);
  }
});

test("the schema agrees with the planner on lineages (edges.json)", () => {
  for (const lineage of edges.lineage.accepted) {
    const plan = everyFieldPlan();
    plan.lineage = lineage;
    assertValid(plan, `lineage ${JSON.stringify(lineage)}`);
  }
  for (const lineage of edges.lineage.refused) {
    const plan = everyFieldPlan();
    plan.lineage = lineage;
    assertRejectedAt(plan, "/lineage", `lineage ${JSON.stringify(lineage)}`);
  }
});

test("the schema agrees with the planner on seen versions (edges.json)", () => {
  for (const versions of edges.versions.accepted) {
    const plan = everyFieldPlan();
    plan.versions = versions;
    assertValid(plan, `versions ${JSON.stringify(versions)}`);
  }
  for (const versions of edges.versions.refused) {
    const plan = everyFieldPlan();
    plan.versions = versions;
    const errors = errorsOf(plan);
    assert.ok(
      errors.some((e) => e.instancePath.startsWith("/versions")),
      `versions ${JSON.stringify(versions)} should be rejected at /versions, got ${ajv.errorsText(errors)}`,
    );
  }
});

// The values are JSON text: JSON.parse reads 3.0 and 3 as the same number, as JSON Schema's
// "const": 3 does, so a file with "version": 3.0 validates (and the planner reads it as 3).
test("the schema agrees with the planner on versions (edges.json)", () => {
  const minimal = read("tests/fixtures/schema/minimal-plan.json");
  const withVersion = (written) => {
    const text = minimal.replace('"version": 3,', `"version": ${written},`);
    assert.ok(written === "3" || text !== minimal, written);
    return JSON.parse(text);
  };
  for (const written of edges.version.accepted) {
    assertValid(withVersion(written), `version ${written}`);
  }
  for (const written of edges.version.refused) {
    assertRejectedAt(withVersion(written), "/version", `version ${written}`);
  }
});

test("the school-year pattern matches exactly the consecutive years 1000-01 to 9998-99", () => {
  // The rule SchoolYear follows (tests/schema_fixtures.rs checks the planner against it for
  // the same texts): the first year from 1000 to 9998, then the next year's last two digits.
  const pattern = new RegExp(readJson("schema/plan.schema.json").$defs.schoolYear.pattern, "u");
  const wrong = [];
  for (let start = 0; start <= 9999; start++) {
    for (let end = 0; end <= 99; end++) {
      const text = `${String(start).padStart(4, "0")}-${String(end).padStart(2, "0")}`;
      const consecutive = start >= 1000 && start <= 9998 && end === (start + 1) % 100;
      if (pattern.test(text) !== consecutive) wrong.push(text);
    }
  }
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} texts disagree with the rule`);
});
