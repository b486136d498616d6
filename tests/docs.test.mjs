// The documentation's promises that can go stale unnoticed: the README stays short and keeps
// the two commands, and every relative link and image in README.md, CONTRIBUTING.md and
// docs/*.md points at a file of the repository (and, with a #fragment, at one of its headings).
//
// Run: node --test tests/docs.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path), 'utf8');
const DOCS = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs'))
  .filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Markdown without its fenced code blocks (their brackets are not links). */
const prose = (text) => text.replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading) => heading.trim().toLowerCase()
  .replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

test('the README is under 150 lines', () => {
  const lines = read('README.md').split('\n').length;
  assert.ok(lines < 150, `README.md has ${lines} lines`);
});

test('the README gives the two commands, as they are', () => {
  const readme = read('README.md');
  assert.match(readme, /^scripts\/serve\.sh +# /m);
  assert.match(readme, /^scripts\/test\.sh +# /m);
});

test('the README shows each main section', () => {
  const readme = read('README.md');
  for (const section of ['matrix', 'roles', 'implementation', 'district', 'data']) {
    assert.match(readme, new RegExp(`\\(docs/screenshots/${section}\\.png\\)`), section);
  }
});

for (const doc of DOCS) {
  test(`every relative link in ${doc} resolves`, () => {
    const links = [...prose(read(doc)).matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
      .map((m) => m[1])
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
    const broken = [];
    for (const target of links) {
      const [path, fragment] = target.split('#');
      const file = path ? join(ROOT, dirname(doc), decodeURIComponent(path)) : join(ROOT, doc);
      if (!file.startsWith(ROOT) || !existsSync(file)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (fragment && statSync(file).isFile() && file.endsWith('.md')) {
        const headings = [...prose(readFileSync(file, 'utf8')).matchAll(/^#+ (.*)$/gm)].map((m) => anchor(m[1]));
        if (!headings.includes(fragment)) broken.push(`${target}: no heading #${fragment} in ${relative(ROOT, file)}`);
      }
    }
    assert.deepEqual(broken, []);
  });
}
