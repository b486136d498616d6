// Renders the app icons (assets/icons/*.png) from assets/favicon.svg with
// Debian's Chromium through playwright-core. Run by hand when the favicon
// changes; the PNGs are committed, not made during the build.
//
//   node scripts/make-icons.mjs
//
// - icon-192.png, icon-512.png: the favicon as it is (rounded square, clear
//   corners), for the install dialog, the shelf and the app launcher.
// - icon-maskable-512.png: full-bleed background, and the mark scaled to 80%
//   around the centre so it stays inside the maskable safe zone (a circle of
//   40% radius) whatever shape the launcher cuts.
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const favicon = await readFile(`${root}assets/favicon.svg`, 'utf8');

// The favicon is one rounded background <rect> and the mark drawn over it.
const parts = favicon.match(/^(<svg[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*>)(<rect[^>]*\/>)(.*)<\/svg>\s*$/s);
if (!parts || parts[2] !== parts[3]) throw new Error('assets/favicon.svg no longer has the expected shape: a square viewBox, a background <rect>, then the mark');
const [, svgOpen, side, , background, mark] = parts;
const centre = Number(side) / 2;
const maskable = `${svgOpen}${background.replace(/\s+rx="[^"]*"/, '')}`
  + `<g transform="translate(${centre} ${centre}) scale(0.8) translate(${-centre} ${-centre})">${mark}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

await mkdir(`${root}assets/icons`, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `${root}assets/icons/${file}`, omitBackground: true });
    await page.close();
    console.log(`assets/icons/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
