// The content security policy: scripts/finish-build.mjs's hashing step, and the policy of the
// release build in dist/ (run scripts/build.sh first). The e2e harness (tests/e2e/harness.mjs
// `watch`) fails every journey in which the page reports a violation.
//   node --test tests/csp.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hashInlineScripts } from '../scripts/finish-build.mjs';

const sha256 = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
const page = (policy, body) => `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="${policy}" />
</head><body>${body}</body></html>`;
const policyOf = (html) => html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
const directive = (policy, name) => policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

test('each inline script gets its hash in script-src; scripts with src do not', () => {
  const first = "\nimport init from './app.js';\nawait init();\n";
  const second = 'console.log(1)';
  const { html, policy } = hashInlineScripts(page(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    `<script type="module">${first}</script><script src="./x.js"></script><script>${second}</script>`,
  ));
  assert.equal(directive(policy, 'script-src'), `script-src 'self' 'wasm-unsafe-eval' ${sha256(first)} ${sha256(second)}`);
  assert.equal(policyOf(html), policy);
  assert.equal(directive(policy, 'style-src'), "style-src 'self'");
});

test('hashing again replaces the old hashes instead of adding to them', () => {
  const once = hashInlineScripts(page("script-src 'self'", '<script>old()</script>')).html;
  const changed = once.replace('old()', 'new()');
  const { policy } = hashInlineScripts(changed);
  assert.equal(directive(policy, 'script-src'), `script-src 'self' ${sha256('new()')}`);
});

test("a policy that allows any inline script, or none at all, is refused", () => {
  assert.throws(() => hashInlineScripts(page("script-src 'self' 'unsafe-inline'", '')), /unsafe-inline/);
  assert.throws(() => hashInlineScripts('<html><head></head></html>'), /no Content-Security-Policy/);
  assert.throws(() => hashInlineScripts(page("default-src 'self'", '')), /no script-src/);
});

test('the release build allows exactly its own inline scripts, and no inline styles', async () => {
  const html = await readFile(new URL('../dist/index.html', import.meta.url), 'utf8');
  const policy = policyOf(html);
  const scriptSrc = directive(policy, 'script-src');
  assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'/);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code);
  assert.ok(inline.length >= 1, "Trunk's loader is an inline script");
  for (const code of inline) assert.ok(scriptSrc.includes(sha256(code)), `an inline script has no hash in script-src: ${code.slice(0, 60)}`);
  assert.equal(scriptSrc.match(/'sha256-/g).length, inline.length, 'a hash for a script that is not there');
  assert.doesNotMatch(directive(policy, 'style-src'), /unsafe-inline/);
  assert.doesNotMatch(html, /\sstyle="/, 'an inline style attribute in index.html');
  const header = (await readFile(new URL('../dist/csp.txt', import.meta.url), 'utf8')).trim();
  assert.equal(header, `${policy}; frame-ancestors 'none'`, 'dist/csp.txt is the page policy plus frame-ancestors');
});
