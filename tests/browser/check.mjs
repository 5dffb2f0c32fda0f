#!/usr/bin/env node
// Browser-quality checks of a built aftercare site, in headless Debian Chromium (issue #3).
//
//   node tests/browser/check.mjs [SITE]      SITE defaults to ../../public beside this file
//
// Each check is a named node:test test; a failing one lists "page: problem" (20 lines at most; all
// of them go to target/browser-report-SITENAME.json). Printed handouts are left as PDFs and PNGs
// in target/print/SITENAME/. A self-test runs the same checks on fixtures/bad (each must report its problem)
// and fixtures/good (none may). Tools come from install.sh; a missing tool fails, never skips.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');

// Re-run this file under node's test runner with the spec reporter on stdout (and TAP to a file,
// read back for a plain closing line "N passed, N failed").
if (!process.env.AFTERCARE_BROWSER_CHECK_CHILD) {
  const tap = path.join(os.tmpdir(), `aftercare-browser-${process.pid}.tap`);
  const r = spawnSync(process.execPath, ['--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, AFTERCARE_BROWSER_CHECK_CHILD: '1' } });
  let pass = 0; let fail = 0;
  try {
    const t = fs.readFileSync(tap, 'utf8');
    pass = Number(/^# pass (\d+)/m.exec(t)?.[1] ?? 0);
    fail = Number(/^# fail (\d+)/m.exec(t)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(t)?.[1] ?? 0);
    fs.rmSync(tap);
  } catch { fail = Math.max(fail, 1); }
  const status = r.status ?? 1;
  if (status !== 0 && fail === 0) fail = 1; // crashed before reporting
  console.log(`${pass} passed, ${fail} failed`);
  process.exit(status !== 0 || fail ? 1 : 0);
}

const { test, describe, before, after } = await import('node:test');
const C = await import('./lib/checks.mjs');
const { checkVnu, VNU_JAR } = await import('./lib/vnu.mjs');
const { checkPrint, clinicNameOf } = await import('./lib/print.mjs');
const P = await import('./lib/patient.mjs');
const { checkCompare, MAX_MAIN_PX } = await import('./lib/compare.mjs');

const SITE = path.resolve(process.argv[2] || path.join(HERE, '../../public'));
const TARGET = path.join(REPO, 'target');
// Per site folder, so a run on public/ and one on target/site-under-test do not mix their output.
const SITE_NAME = path.basename(SITE).replace(/[^A-Za-z0-9._-]+/g, '-') || 'site';
const PRINT_OUT = path.join(TARGET, 'print', SITE_NAME);
const REPORT = path.join(TARGET, `browser-report-${SITE_NAME}.json`);
const FIXTURES = path.join(HERE, 'fixtures');
const MAX_LINES = 20;
const report = { site: SITE, started: new Date().toISOString(), checks: {} };

// A failure that prints as its message alone (no stack trace: the message says what and where).
class CheckFailed extends Error {
  constructor(message) { super(message); this.stack = `${message}\n    at check: ${path.relative(process.cwd(), REPORT)} has every problem of the run`; }
}
CheckFailed.prototype.name = 'CheckFailed';
const clip = (s, n = 400) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
// Fails the test with the problems listed (MAX_LINES at most), and records them for the report.
function expectNone(t, problems) {
  report.checks[t.fullName || t.name] = problems;
  if (!problems.length) return;
  const lines = problems.slice(0, MAX_LINES).map((p) => '  ' + clip(p));
  if (problems.length > MAX_LINES) lines.push(`  … and ${problems.length - MAX_LINES} more (all in ${path.relative(process.cwd(), REPORT)})`);
  throw new CheckFailed(`${problems.length} problem(s):\n${lines.join('\n')}`);
}
// Self-test: the check must report at least one problem matching each pattern.
function expectFound(problems, ...patterns) {
  const missing = patterns.filter((re) => !problems.some((p) => re.test(p)));
  if (missing.length) {
    throw new CheckFailed(`the check did not report ${missing.join(', ')}; it reported ${problems.length ? ':\n' + problems.slice(0, MAX_LINES).map((p) => '  ' + clip(p)).join('\n') : 'nothing'}`);
  }
}
const expectClean = (problems) => {
  if (problems.length) throw new CheckFailed(`false alarm on the good fixture:\n${problems.slice(0, MAX_LINES).map((p) => '  ' + clip(p)).join('\n')}`);
};

// One browser for everything; a launch failure fails every test that needs it.
let browserPromise = null;
const browser = () => (browserPromise ||= C.launchBrowser());
after(async () => {
  if (browserPromise) await (await browserPromise.catch(() => null))?.close();
  fs.mkdirSync(TARGET, { recursive: true });
  report.finished = new Date().toISOString();
  fs.writeFileSync(REPORT, JSON.stringify(report, null, 1));
});

// vnu runs in Java beside the browser work: start it now, await it in its test.
const started = (p) => { p.catch(() => {}); return p; };
const siteOk = (() => { try { return C.listPages(SITE).length > 0; } catch { return false; } })();
const vnuSite = started(siteOk ? checkVnu(SITE) : Promise.reject(new Error(`no built site at ${SITE}`)));
// One Java at a time: the fixtures' runs follow the site's.
const vnuBad = started(vnuSite.catch(() => {}).then(() => checkVnu(path.join(FIXTURES, 'bad'))));
const vnuGood = started(vnuBad.catch(() => {}).then(() => checkVnu(path.join(FIXTURES, 'good'))));
const MINUTE = 60000;

test('tools: Chromium, Java, poppler and the npm packages are installed (tests/browser/install.sh)', () => {
  const missing = [];
  const runs = (cmd, args) => { const r = spawnSync(cmd, args, { encoding: 'utf8' }); return !r.error && r.status === 0; };
  if (!fs.existsSync(C.CHROMIUM)) missing.push(`${C.CHROMIUM} (apt: chromium)`);
  if (!runs('java', ['-version'])) missing.push('java (apt: default-jre-headless)');
  for (const t of ['pdfinfo', 'pdftotext', 'pdftoppm']) if (!runs(t, ['-v'])) missing.push(`${t} (apt: poppler-utils)`);
  for (const p of ['playwright-core', 'axe-core']) if (!fs.existsSync(path.join(HERE, 'node_modules', p))) missing.push(`node_modules/${p} (npm ci)`);
  if (!fs.existsSync(VNU_JAR)) missing.push('node_modules/vnu-jar (npm ci)');
  if (Number(process.versions.node.split('.')[0]) < 20) missing.push(`Node.js 20 or later (this is ${process.version})`);
  if (missing.length) throw new CheckFailed(`missing: ${missing.join(', ')}; run bash tests/browser/install.sh`);
});

// ---------------------------------------------------------------------------------------------
describe(`site ${path.relative(process.cwd(), SITE) || SITE}`, () => {
  let s;
  before(async () => {
    if (!siteOk) throw new Error(`no built site (no .html files) at ${SITE}: build it first (cargo run --release -- build --out ${SITE})`);
    s = await C.surveySite(await browser(), SITE);
    report.timing = s.timing;
  }, { timeout: 8 * MINUTE });

  test('axe-core: no WCAG 2.0/2.1/2.2 A+AA or best-practice violations at 360px', (t) => expectNone(t, C.checkAxe(s)));
  test('axe-core: color-contrast holds with print media', (t) => expectNone(t, C.checkAxePrint(s)));
  test('axe-core: the same rules with prefers-color-scheme: dark (one page of each kind and language)', (t) => {
    t.diagnostic(`${C.darkChecked(s)} of ${s.pages.length} pages checked in dark mode`);
    expectNone(t, C.checkAxeDark(s));
  });
  test('dark mode: the body background changes with the colour scheme, and printing stays light', (t) => expectNone(t, C.checkDarkMode(s)));
  test(`404: 404.html served at missing addresses in sub-folders (${C.MISSING.map(([, p]) => p).join(', ')}) is styled and its links lead into the site`, { timeout: 2 * MINUTE }, async (t) => {
    if (!siteOk) throw new Error(`no built site at ${SITE}`);
    expectNone(t, await C.check404(await browser(), SITE));
  });
  test('offline: with sw.js, the home page, a day page and another language load with the network cut; without it, no manifest and no worker', { timeout: 2 * MINUTE }, async (t) => {
    if (!siteOk) throw new Error(`no built site at ${SITE}`);
    expectNone(t, await C.checkOffline(await browser(), SITE));
  });
  test(`links: every internal href/src resolves (200) and every #fragment exists, served at /`, (t) => expectNone(t, C.checkLinks(s, 'root')));
  test(`links: the same served under ${C.SUB_PREFIX}`, (t) => expectNone(t, C.checkLinks(s, 'sub')));
  test('file://: stylesheet applies (home, a day, compare, handouts opened from disk) and every page\'s links resolve on disk', { timeout: 3 * MINUTE }, async (t) => {
    const idsByRel = Object.fromEntries(Object.entries(s.results).map(([rel, r]) => [rel, r.links?.ids || []]));
    expectNone(t, [...await C.checkFileUrls(await browser(), SITE, C.fileSample(SITE), { idsByRel }), ...C.checkDiskLinks(s)]);
  });
  test("patient first: the clinic's number in the header, and a getting-help card with the same numbers, on every page", (t) => expectNone(t, P.checkUrgentHelp(s)));
  test('patient first: no sources outside a disclosure on day pages, activity pages and handouts', (t) => expectNone(t, P.checkSourcesHidden(s)));
  test(`patient first: at 360x${P.FIRST_SCREEN_PX}, find your day (home) and the to-dos (days 0, 5, 12) on the first screen, before "not yet"`, (t) => expectNone(t, P.checkFirstScreen(s)));
  test('patient first: with a session date remembered, day 0 says it is day 0 before "today is your day 5", and links to day 5', async (t) => {
    const { serve } = await import('./lib/server.mjs');
    expectNone(t, await P.checkTodayNote(await browser(), SITE, serve));
  });
  test('patient first: in session 1 of a course, a day after the next session gets no date from this one, or the planned final session\'s date when the rule stays the same after it', async (t) => {
    const { serve } = await import('./lib/server.mjs');
    expectNone(t, await P.checkNoDateBeyondNextSession(await browser(), SITE, serve));
  });
  test('patient first: with a session date remembered, the activity pages mark today in their day grid and say how', async (t) => {
    const { serve } = await import('./lib/server.mjs');
    expectNone(t, await P.checkTodayInStrip(await browser(), SITE, serve));
  });
  for (const w of C.WIDTHS) {
    test(`layout at ${w}px: no horizontal overflow`, (t) => expectNone(t, C.checkOverflow(s, w)));
    test(`layout at ${w}px: all visible text at least ${C.MIN_FONT_PX}px`, (t) => expectNone(t, C.checkTextSize(s, w)));
    test(`layout at ${w}px: tap targets at least ${C.MIN_TARGET_PX}x${C.MIN_TARGET_PX}px (links in running text excepted)`, (t) => expectNone(t, C.checkTapTargets(s, w)));
  }
  test('private: no request to any other host', (t) => expectNone(t, C.checkOtherHosts(s)));
  test('no failed requests (and every page answers 200)', (t) => expectNone(t, C.checkFailedRequests(s)));
  test('no console errors and no page errors', (t) => {
    const warn = C.consoleWarnings(s);
    if (warn.length) t.diagnostic(`${warn.length} console warning(s), not failing: ${warn.slice(0, 5).join(' | ')}`);
    expectNone(t, C.checkConsole(s));
  });
  test(`fast: HTML+CSS+JS of each page at most ${C.MAX_PAGE_BYTES} bytes`, (t) => {
    const w = C.pageWeights(s);
    if (w.length) t.diagnostic(`largest page: ${w[0].rel}, ${w[0].total} bytes (HTML ${w[0].html}, CSS ${w[0].css}, JS ${w[0].js}); next: ${w.slice(1, 4).map((x) => `${x.rel} ${x.total}`).join(', ')}`);
    report.weights = w;
    expectNone(t, C.checkWeight(s));
  });
  test('works without JavaScript: <main> text is the same, and not empty', (t) => expectNone(t, C.checkNoJs(s)));
  test('exactly one h1 per page', (t) => expectNone(t, C.checkOneH1(s)));
  test('skip link is the first focusable element and its target exists', (t) => expectNone(t, C.checkSkipLink(s)));
  test('landmarks: main, nav, header (banner) and footer (contentinfo)', (t) => expectNone(t, C.checkLandmarks(s)));
  test('keyboard: a visible focus indicator after Tab (first three stops)', (t) => expectNone(t, C.checkFocusIndicator(s)));
  test(`compare.html at 360px: <main> at most ${MAX_MAIN_PX}px with rows collapsed, every picture named in words, no link to itself`, async (t) => {
    const r = await checkCompare(await browser(), SITE);
    t.diagnostic(`heights at 360px (main / page): ${Object.entries(r.heights).map(([rel, h]) => `${rel} ${h.main}/${h.page}`).join(', ')}`);
    report.compareHeights = r.heights;
    expectNone(t, r.problems);
  });
});

test('vnu (W3C Nu HTML Checker): no errors in any .html or .css file', { timeout: 5 * MINUTE }, async (t) => {
  const r = await vnuSite;
  report.vnuWarnings = r.warnings;
  t.diagnostic(`${r.files} files checked: ${r.errors.length} error(s), ${r.warnings.length} warning(s)`);
  if (r.warnings.length) t.diagnostic(`${r.warnings.length} warning(s), not failing: ${r.warnings.slice(0, 5).join(' | ')}`);
  expectNone(t, r.errors);
});

// ---------------------------------------------------------------------------------------------
describe('print: handouts on A4 and Letter', () => {
  const p = {};
  before(async () => {
    if (!siteOk) throw new Error(`no built site at ${SITE}`);
    const clinicName = clinicNameOf(SITE);
    const out = path.join(PRINT_OUT);
    // Every treatment's handouts; the findings of all are merged (each names its file).
    const merge = (all) => Object.fromEntries(Object.keys(all[0]).map((k) => [k,
      Array.isArray(all[0][k]) ? all.flatMap((r) => r[k]) : Object.fromEntries(all.map((r, i) => [C.handoutFolders(SITE)[i] || '/', r[k]]))]));
    const glance = []; const check = []; const dated = [];
    for (const base of C.handoutFolders(SITE)) {
      glance.push(await checkPrint(await browser(), SITE, `${base}handouts/at-a-glance.html`, { exactPages: 1, clinicName, outDir: out }));
      // Printed from a browser that remembers a session date: the patient's dates make lines longer.
      dated.push(await checkPrint(await browser(), SITE, `${base}handouts/at-a-glance.html`, { exactPages: 1, clinicName, outDir: out, sessionDate: '2026-12-01', label: 'dated-' }));
      check.push(await checkPrint(await browser(), SITE, `${base}handouts/checklist.html`, { maxPages: 2, clinicName, outDir: out }));
    }
    p.glance = merge(glance);
    p.check = merge(check);
    p.dated = merge(dated);
    report.print = { glance: p.glance.counts, checklist: p.check.counts, pngs: [...p.glance.pngs, ...p.check.pngs] };
  }, { timeout: 5 * MINUTE });
  const both = (k) => [...p.glance[k], ...p.dated[k], ...p.check[k]];
  test('at-a-glance prints on exactly 1 page on A4 and on Letter', (t) => {
    t.diagnostic(`at-a-glance pages: ${JSON.stringify(p.glance.counts)}; pictures in ${path.relative(process.cwd(), PRINT_OUT)}/`);
    expectNone(t, p.glance.pages);
  });
  test('at-a-glance prints on exactly 1 page with a remembered session date, which it shows', (t) => {
    t.diagnostic(`at-a-glance pages with a date: ${JSON.stringify(p.dated.counts)}`);
    expectNone(t, p.dated.pages);
  });
  test('checklist prints on at most 2 pages on A4 and on Letter', (t) => {
    t.diagnostic(`checklist pages: ${JSON.stringify(p.check.counts)}`);
    expectNone(t, p.check.pages);
  });
  test("the clinic's name and phone number are on every printed page", (t) => expectNone(t, both('contact')));
  test('no printed page ends with an orphaned h2/h3 heading', (t) => expectNone(t, both('orphans')));
  test('nothing is cut at the margin (print media at the printable width)', (t) => expectNone(t, both('cut')));
  test('no block kept whole (a day of "when things change") is split over two columns', (t) => expectNone(t, both('split')));
});

// ---------------------------------------------------------------------------------------------
// Self-test of the checker: the same functions, on sites made to fail and to pass.
describe('checker self-test: fixtures/bad (each check must report its problem)', () => {
  let dir; let s; let vnu; let files; let prn; let nf; let off;
  before(async () => {
    // A copy of fixtures/bad plus a page too heavy to keep in the repository.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-bad-'));
    fs.cpSync(path.join(FIXTURES, 'bad'), dir, { recursive: true });
    const filler = '<p>Heavy page filler text that only adds bytes to the page. </p>\n'.repeat(1100);
    fs.writeFileSync(path.join(dir, 'heavy.html'), fs.readFileSync(path.join(dir, 'page2.html'), 'utf8').replace('</main>', filler + '</main>'));
    const b = await browser();
    s = await C.surveySite(b, dir);
    files = await C.checkFileUrls(b, dir, ['index.html']);
    prn = await checkPrint(b, dir, 'handouts/at-a-glance.html', { exactPages: 1, clinicName: clinicNameOf(dir), outDir: path.join(TARGET, 'print', 'selftest'), label: 'bad-' });
    nf = await C.check404(b, dir);
    off = await C.checkOffline(b, dir);
    vnu = await vnuBad;
  }, { timeout: 5 * MINUTE });
  after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  test('axe reports the image without alt and pale text', () => expectFound(C.checkAxe(s), /^index\.html: image-alt/, /^index\.html: color-contrast/));
  test('axe with print media reports text pale only in print', () => {
    expectFound(C.checkAxePrint(s), /^index\.html: print color-contrast.*print-pale/);
    if (C.checkAxe(s).some((p) => /print-pale/.test(p))) throw new CheckFailed('screen axe flagged .print-pale: print media was not what made it fail');
  });
  test('axe in dark mode reports text pale only in dark mode', () => {
    expectFound(C.checkAxeDark(s), /^index\.html: dark color-contrast.*dark-pale/);
    if (C.checkAxe(s).some((p) => /dark-pale/.test(p))) throw new CheckFailed('light axe flagged .dark-pale: the dark scheme was not what made it fail');
  });
  test('dark mode: the page without one and the page that prints dark are reported', () => expectFound(C.checkDarkMode(s),
    /^index\.html: the body background is .* in dark mode too/, /^page2\.html: printed in dark mode the body background is/));
  test('404: the page styled only by a relative stylesheet link is reported unstyled, with its broken link', () => expectFound(nf,
    /^404\.html at \/days\/no\/such\/page\.html: not styled/, /^404\.html at \/days\/no\/such\/page\.html: <a href="index\.html"> leads to \/days\/no\/such\/index\.html, which answers 404/));
  test('offline: a manifest link without a service worker is reported', () => expectFound(off, /^index\.html: links a manifest/));
  test('vnu reports the missing alt and the CSS error', () => expectFound(vnu.errors, /index\.html:\d+:\d+: .*alt/, /style\.css:\d+:\d+: .*colr/));
  test('links at / report the missing page and the missing fragment', () => expectFound(C.checkLinks(s, 'root'), /^index\.html: <a href="missing\.html"> .* 404/, /^index\.html: <a href="page2\.html#nowhere">: no id="nowhere"/));
  test(`links under ${C.SUB_PREFIX} report the root-absolute stylesheet`, () => expectFound(C.checkLinks(s, 'sub'), /^index\.html: <link href="\/assets\/style\.css"> .*404.*outside/));
  test('file:// reports the stylesheet not applied, a missing file and a folder link', () => expectFound(files,
    /index\.html: from file:\/\/ the CSS changes no computed style/, /no such file missing\.html/, /points to a folder/));
  test('links from disk (every page) report the root-absolute stylesheet, the missing file and fragment, the folder', () => expectFound(C.checkDiskLinks(s),
    /^index\.html: from disk <link href="\/assets\/style\.css"> points outside the site folder/, /^index\.html: from disk <a href="missing\.html">: no such file/,
    /^index\.html: from disk <a href="page2\.html#nowhere">: no id="nowhere"/, /^index\.html: from disk <a href="handouts\/"> points to a folder/));
  test('overflow at 360px is reported, not at 1280px', () => {
    expectFound(C.checkOverflow(s, 360), /^index\.html: page is \d+px wide in a 360px window; sticking out: .*div\.wide/);
    if (C.checkOverflow(s, 1280).some((p) => p.startsWith('index.html'))) throw new CheckFailed('overflow reported at 1280px for a 600px box');
  });
  test('12px text is reported', () => expectFound(C.checkTextSize(s, 360), /^index\.html: .*p\.tiny 12px/));
  test('a 20x20 button is reported; links in a sentence are not', () => {
    const p = C.checkTapTargets(s, 360);
    expectFound(p, /^index\.html: .*button 20x20px/);
    if (p.some((x) => /missing\.html|link to a missing/.test(x))) throw new CheckFailed(`a link in running text was reported: ${p.join(' | ')}`);
  });
  test('the request to another host is reported (and blocked)', () => expectFound(C.checkOtherHosts(s), /^index\.html: request to another host: http:\/\/example\.invalid\/x\.png/));
  test('the failed request is reported', () => expectFound(C.checkFailedRequests(s), /^index\.html: 404 .*assets\/missing\.png/));
  test('console error and page error are reported', () => expectFound(C.checkConsole(s), /^index\.html: console error: deliberate console error/, /^index\.html: page error: deliberate page error/));
  test('the heavy page is reported', () => expectFound(C.checkWeight(s), /^heavy\.html: \d+ bytes of HTML\+CSS\+JS > 61440/));
  test('text that needs JavaScript is reported', () => expectFound(C.checkNoJs(s), /^index\.html: main text is \d+ characters without JavaScript but \d+ with it/));
  test('two h1s are reported', () => expectFound(C.checkOneH1(s), /^index\.html: 2 h1 elements/));
  test('the missing skip link is reported', () => expectFound(C.checkSkipLink(s), /^index\.html: the first focusable element is a .*not a skip link/));
  test('missing landmarks are reported', () => expectFound(C.checkLandmarks(s), /^index\.html: missing landmark\(s\): nav, footer/, /^page2\.html: missing landmark\(s\): nav, header, footer/));
  test('the missing focus indicator is reported', () => expectFound(C.checkFocusIndicator(s), /^index\.html: Tab 1 focuses a .*no visible focus indicator/));
  test('the handout too long for one page is reported', () => expectFound(prn.pages, /at-a-glance\.html \(A4\): [2-9] printed pages, should be exactly 1/, /\(Letter\): [2-9] printed pages/));
  test("pages without the clinic's name and phone are reported", () => expectFound(prn.contact, /\(A4\) page 2 of \d: the clinic's name "Bad Fixture Clinic" and the phone number "0100 999 999" not printed/));
  test('the orphaned heading is reported', () => expectFound(prn.orphans, /\(A4\) page 1 of \d: heading "Orphaned heading" ends the page/, /\(Letter\) page 1 of \d: heading "Orphaned heading"/));
  test('patient-first checks report the missing numbers, the sources in the open and the buried to-dos', () => {
    expectFound(P.checkUrgentHelp(s), /^days\/0\.html: no tel: link in the page header/, /^days\/0\.html: no getting-help card/);
    expectFound(P.checkSourcesHidden(s), /^days\/0\.html: 1 list\(s\) of sources shown outside <details>/,
      /^activities\/swimming\.html: 1 list\(s\) of sources shown outside <details>/, /^activities\/swimming\.html: 2 guide's advice or disagreement shown outside <details>/);
    expectFound(P.checkFirstScreen(s), /^index\.html: no #find-day/, /^days\/0\.html: the first to-do starts at \d+px, below the first screen/, /^days\/0\.html: "not yet" \(\d+px\) comes before the to-dos/);
  });
  test('the element cut at the margin is reported', () => expectFound(prn.cut, /\(A4\), printable width \d+px: p\.too-wide spans/));
  test('the comparison check reports the tall page, the unnamed picture and the self-link', async () => expectFound((await checkCompare(await browser(), dir)).problems,
    /^compare\.html: <main> is \d+px tall/, /^compare\.html: svg #1 has no role="img"/, /^compare\.html: svg #1 has no accessible name/, /^compare\.html: links to itself: <a href="compare\.html">/));
});

describe('checker self-test: fixtures/good (no check may report anything)', () => {
  const dir = path.join(FIXTURES, 'good');
  let s; let vnu; let files; let prn; let nf; let off;
  before(async () => {
    const b = await browser();
    s = await C.surveySite(b, dir);
    nf = await C.check404(b, dir);
    off = await C.checkOffline(b, dir);
    files = await C.checkFileUrls(b, dir, ['index.html', 'about.html', 'handouts/at-a-glance.html']);
    prn = await checkPrint(b, dir, 'handouts/at-a-glance.html', { exactPages: 1, clinicName: clinicNameOf(dir), outDir: path.join(TARGET, 'print', 'selftest'), label: 'good-' });
    vnu = await vnuGood;
  }, { timeout: 5 * MINUTE });
  test('every check finds nothing', () => {
    const all = {
      axe: C.checkAxe(s), axePrint: C.checkAxePrint(s), axeDark: C.checkAxeDark(s), dark: C.checkDarkMode(s), notFound: nf, offline: off, vnu: vnu.errors, linksRoot: C.checkLinks(s, 'root'), linksSub: C.checkLinks(s, 'sub'),
      file: files, disk: C.checkDiskLinks(s), overflow: [...C.checkOverflow(s, 360), ...C.checkOverflow(s, 1280)], text: [...C.checkTextSize(s, 360), ...C.checkTextSize(s, 1280)],
      tap: [...C.checkTapTargets(s, 360), ...C.checkTapTargets(s, 1280)], hosts: C.checkOtherHosts(s), failed: C.checkFailedRequests(s),
      console: C.checkConsole(s), weight: C.checkWeight(s), nojs: C.checkNoJs(s), h1: C.checkOneH1(s), skip: C.checkSkipLink(s),
      landmarks: C.checkLandmarks(s), focus: C.checkFocusIndicator(s), urgent: P.checkUrgentHelp(s), sources: P.checkSourcesHidden(s), firstScreen: P.checkFirstScreen(s), printPages: prn.pages, printContact: prn.contact, printOrphans: prn.orphans, printCut: prn.cut, printSplit: prn.split,
    };
    expectClean(Object.entries(all).flatMap(([k, v]) => v.map((p) => `${k}: ${p}`)));
  });
});

describe('checker self-test: a day of changes split over two columns', () => {
  test('is reported, and not when it is kept whole', async () => {
    const { probeSplit } = await import('./lib/probes.mjs');
    const page = await (await browser()).newPage();
    const li = (n) => `<li><strong>Day ${n}</strong><ul>${'<li>a line of text</li>'.repeat(n)}</ul></li>`;
    const html = (css) => `<main><section style="columns:2"><ul class="miles">${li(2)}${li(9)}${li(3)}</ul></section><style>${css}</style></main>`;
    await page.setContent(html(''));
    expectFound(await page.evaluate(probeSplit), /^"Day 9a line of text.*" is split over 2 columns$/);
    await page.setContent(html('.miles > li { break-inside: avoid; }'));
    expectClean(await page.evaluate(probeSplit));
    await page.close();
  });
});
