// The published schema (schema/plan.schema.json) checked with a third-party
// validator, ajv (JSON Schema draft 2020-12): files the planner writes
// validate, the README's example validates, and invalid files are rejected.
// The planner-written files are generated from Rust by tests/schema_fixtures.rs
// (which fails when they drift from the Rust types).
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

test("the README's example plan file validates", () => {
  const readme = read("README.md");
  const section = readme.slice(readme.indexOf("## File format"));
  const match = section.match(/```json\n([\s\S]*?)\n```/);
  assert.ok(match, "README has a ```json block under File format");
  assertValid(JSON.parse(match[1]), "README example");
});

test("the README links the schema", () => {
  const readme = read("README.md");
  const section = readme.slice(readme.indexOf("## File format"));
  assert.match(section.slice(0, section.indexOf("\n## ", 3)), /\(schema\/plan\.schema\.json\)/);
});

test("a version 1 file is not described: the schema is version 2's", () => {
  const v1 = readJson("tests/fixtures/plan-v1.json");
  assert.equal(v1.version, 1);
  assertRejectedAt(v1, "/version", "version 1 file");
});

test("files that are not plans are rejected", () => {
  const cases = [
    ["wrong format marker", (p) => { p.format = "stem-plan"; }, "/format"],
    ["missing format marker", (p) => { delete p.format; }, ""],
    ["missing version", (p) => { delete p.version; }, ""],
    ["version as text", (p) => { p.version = "2"; }, "/version"],
    ["newer version", (p) => { p.version = 3; }, "/version"],
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
  ];
  for (const [what, change, path] of cases) {
    const plan = everyFieldPlan();
    assertValid(plan, "the plan before the change");
    change(plan);
    assertRejectedAt(plan, path, what);
  }
});
