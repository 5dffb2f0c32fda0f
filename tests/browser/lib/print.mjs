// Print checks for a handout: Chromium's page.pdf on A4 and US Letter, then poppler's pdfinfo,
// pdftotext and pdftoppm read the PDFs (PNG pictures of every page are left for a human to look at).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { probePageMargins, probeCut, probeHeadings, hideFixed, probeSplit } from './probes.mjs';

export const FORMATS = { A4: { widthMm: 210 }, Letter: { widthMm: 215.9 } };
const MM = 96 / 25.4; // CSS px per mm
const MARGIN_BOXES = ['top-left-corner', 'top-left', 'top-center', 'top-right', 'top-right-corner', 'left-top', 'left-middle',
  'left-bottom', 'right-top', 'right-middle', 'right-bottom', 'bottom-left-corner', 'bottom-left', 'bottom-center', 'bottom-right', 'bottom-right-corner'];
// Removes running page headers/footers (@page margin boxes), which leaves the flow of the content as it is.
const NO_MARGIN_BOXES = `@page { ${MARGIN_BOXES.map((b) => `@${b} { content: none !important; }`).join(' ')} }`;

function tool(cmd, args) {
  try { return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 }); } catch (e) {
    if (e.code === 'ENOENT') throw new Error(`${cmd} is missing: run tests/browser/install.sh (Debian package poppler-utils)`);
    throw e;
  }
}
export const pdfPageCount = (pdf) => Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', [pdf]))[1]);
const pdfText = (pdf, n) => tool('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', pdf, '-']);
const squeeze = (s) => s.normalize('NFKC').replace(/[\s\u00a0\u2000-\u200b\u202f\u2060]+/g, '');
// Compares heading text with a printed line: letters and digits only, case kept.
const norm = (s) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)).replace(/&amp;/g, '&');

// Printed lines of page n with their boxes (points, y grows downwards).
function pdfLines(pdf, n) {
  const xml = tool('pdftotext', ['-bbox-layout', '-f', String(n), '-l', String(n), '-enc', 'UTF-8', pdf, '-']);
  const lines = [];
  for (const m of xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    const words = [...m[5].matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) => unxml(w[1]));
    lines.push({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: words.join(' ') });
  }
  return lines;
}

// Headings with nothing printed below them in their column on that page: the heading's section
// went on to the next page without it. (The page's last line being a heading is one such case.)
export function orphanedHeadings(lines, headings) {
  const hs = new Set(headings.map(norm).filter(Boolean));
  const found = [];
  const overlapX = (a, b) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1;
  lines.forEach((l, i) => {
    let block = null;
    if (hs.has(norm(l.text))) block = [l];
    else {
      // A heading wrapped onto two lines: this line plus the next one just below it.
      const next = lines.find((m) => m !== l && m.y0 >= l.y1 - 1 && m.y0 - l.y1 < (l.y1 - l.y0) && overlapX(l, m));
      if (next && hs.has(norm(`${l.text} ${next.text}`))) block = [l, next];
    }
    if (!block) return;
    const bottom = Math.max(...block.map((b) => b.y1));
    const below = lines.some((m) => !block.includes(m) && m.y0 >= bottom - 1 && overlapX(block[0], m));
    if (!below) found.push(block.map((b) => b.text).join(' '));
  });
  return found;
}

// -> { counts: {A4: n, Letter: n}, pages: [], contact: [], orphans: [], cut: [], split: [], pngs: [] }
// pages: page-count problems; contact: pages without the clinic's name or phone; orphans: headings
// ending a page; cut: elements wider than the printable width; split: blocks kept whole
// (break-inside: avoid) in a multi-column list that print over two columns anyway.
// sessionDate (YYYY-MM-DD): printed as from a browser where the schedule page remembered that
// session date (today.js then writes the patient's dates into the sheet); at least one must be.
export async function checkPrint(browser, site, rel, { exactPages, maxPages, clinicName, phone, outDir, label = '', sessionDate }) {
  site = path.resolve(site);
  fs.mkdirSync(outDir, { recursive: true });
  const res = { counts: {}, pages: [], contact: [], orphans: [], cut: [], split: [], pngs: [], phone };
  if (!fs.existsSync(path.join(site, rel))) { res.pages.push(`${rel}: missing`); return res; }
  const server = await serve(site);
  const ctx = await browser.newContext();
  if (sessionDate) await ctx.addInitScript((d) => localStorage.setItem('aftercare-schedule', JSON.stringify({ date: d, session: 1 })), sessionDate);
  await ctx.route((u) => (u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== server.origin, (r) => r.abort('blockedbyclient'));
  const base = `${label}${rel.replace(/\.html$/, '').replace(/[^A-Za-z0-9]+/g, '-')}`;
  for (const f of fs.readdirSync(outDir)) if (f.startsWith(base + '-')) fs.rmSync(path.join(outDir, f));
  try {
    let phoneText = phone;
    for (const [format, { widthMm }] of Object.entries(FORMATS)) {
      const tag = `${rel} (${format}${sessionDate ? `, session date ${sessionDate} remembered` : ''})`;
      const page = await ctx.newPage();
      await page.goto(server.urlOf(rel), { waitUntil: 'load' });
      // The number itself, without words around it ("Call us 0161 496 0321").
      if (!phoneText) phoneText = await page.evaluate(() => { const t = document.querySelector('a[href^="tel:"]')?.textContent.trim(); return t ? (t.match(/\+?[\d(][\d\s().-]{4,}\d/) || [t])[0].trim() : null; });
      if (sessionDate && !(await page.evaluate(() => [...document.querySelectorAll('.your-date')].some((s) => /\d/.test(s.textContent))))) {
        res.pages.push(`${tag}: none of the patient's dates was written into the page`);
      }
      const pdf = path.join(outDir, `${base}-${format}.pdf`);
      await page.pdf({ path: pdf, format, printBackground: true, preferCSSPageSize: false });
      const n = res.counts[format] = pdfPageCount(pdf);
      if (exactPages !== undefined && n !== exactPages) res.pages.push(`${tag}: ${n} printed pages, should be exactly ${exactPages}`);
      if (maxPages !== undefined && n > maxPages) res.pages.push(`${tag}: ${n} printed pages, should be at most ${maxPages}`);
      tool('pdftoppm', ['-r', '60', '-png', pdf, path.join(outDir, `${base}-${format}`)]);
      res.pngs.push(...fs.readdirSync(outDir).filter((f) => f.startsWith(`${base}-${format}`) && f.endsWith('.png')).map((f) => path.join(outDir, f)));

      // The clinic's name and phone number on every printed page.
      if (!phoneText) res.contact.push(`${rel}: no tel: link on the page, so its phone number is unknown`);
      for (let i = 1; i <= n; i++) {
        const text = squeeze(pdfText(pdf, i));
        const miss = [];
        if (clinicName && !text.includes(squeeze(clinicName))) miss.push(`the clinic's name "${clinicName}"`);
        if (phoneText && !text.includes(squeeze(phoneText))) miss.push(`the phone number "${phoneText}"`);
        if (miss.length) res.contact.push(`${tag} page ${i} of ${n}: ${miss.join(' and ')} not printed on it`);
      }

      // Orphaned headings: the same PDF without running headers/footers, read line by line.
      const headings = await page.evaluate(probeHeadings);
      await page.addStyleTag({ content: NO_MARGIN_BOXES });
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(hideFixed);
      await page.emulateMedia({ media: null }); // (forcing 'screen' would make page.pdf print screen styles)
      const bare = path.join(outDir, `${base}-${format}-content-only.pdf`);
      await page.pdf({ path: bare, format, printBackground: true, preferCSSPageSize: false });
      const nb = pdfPageCount(bare);
      if (nb !== n) res.orphans.push(`${tag}: without page headers/footers it prints on ${nb} pages, not ${n}: could not check headings`);
      else for (let i = 1; i <= n; i++) for (const h of orphanedHeadings(pdfLines(bare, i), headings)) res.orphans.push(`${tag} page ${i} of ${n}: heading "${h}" ends the page; its text is on the next page`);
      fs.rmSync(bare);
      await page.close();

      // Nothing cut at the margin: print media at the page's printable width.
      const paperPx = widthMm * MM;
      const cp = await ctx.newPage();
      await cp.emulateMedia({ media: 'print' });
      await cp.goto(server.urlOf(rel), { waitUntil: 'load' });
      const m = await cp.evaluate(probePageMargins, { paperWidthPx: paperPx });
      const width = Math.floor(paperPx - m.left - m.right);
      await cp.setViewportSize({ width, height: 1100 });
      const cut = await cp.evaluate(probeCut);
      for (const c of cut.found) res.cut.push(`${tag}, printable width ${width}px: ${c}`);
      for (const c of await cp.evaluate(probeSplit)) res.split.push(`${tag}, printable width ${width}px: ${c}`);
      await cp.close();
    }
  } finally { await ctx.close(); await server.close(); }
  return res;
}

// The clinic's name from the built site's recommendations.json ("clinic": "Name" or {"name": ...}).
export function clinicNameOf(site) {
  const file = path.join(site, 'recommendations.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: cannot tell the clinic's name`);
  const c = JSON.parse(fs.readFileSync(file, 'utf8')).clinic;
  const name = typeof c === 'string' ? c : c?.name;
  if (!name) throw new Error(`${file} has no clinic name ("clinic" field)`);
  return name;
}
