// The program's dates and numbers (ICU4X with its compiled CLDR data, src/wording.rs)
// against the browser's (`Intl` in headless Chromium: ICU4C with its own copy of CLDR).
// Run by tests/icu_dates.rs:
//
//   node tests/calendar-browser/icu-dates.mjs dates CASES_JSON
//   node tests/calendar-browser/icu-dates.mjs page CASES_JSON
//
// `dates`: CASES_JSON is {dates: [{lang, iso, long, medium}], ranges: [{lang, a, b,
// pattern, text}], numbers: [{lang, n, pattern, text}]}, each written by the program; the
// same fields formatted by Chromium's Intl must give the same strings. Node's own Intl is
// asked too, and where it differs that is printed as a note (it does not fail the check).
// `page`: CASES_JSON is [{site, lang, cases: [{date, session, groups}]}]: the "Your
// schedule" page of each built site, given each date, must head its dates with the same
// text as `aftercare schedule --text` (`groups`).
// Uses playwright-core from tests/browser/node_modules and Debian's /usr/bin/chromium.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../browser/node_modules/'));
const { chromium } = require('playwright-core');

const [mode, file] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(file, 'utf8'));

// The options of each form, as src/wording.rs asks ICU4X (fieldsets YMDE, YMD, MDE, long)
// and theme/schedule.js asks the browser. Days are whole UTC days.
const LONG = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const MEDIUM = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
const NO_YEAR = { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' };

// Runs in the browser, and in Node: every string the program wrote, as Intl writes it.
function intlStrings({ input, LONG, MEDIUM, NO_YEAR }) {
  const at = (iso) => { const [y, m, d] = iso.split('-').map(Number); return new Date(Date.UTC(y, m - 1, d)); };
  const fmt = (lang, opts, iso) => new Intl.DateTimeFormat(lang, opts).format(at(iso));
  const fill = (pattern, v) => pattern.replace(/\{(\w+)\}/g, (all, k) => (k in v ? v[k] : all));
  const out = [];
  for (const c of input.dates) {
    out.push({ what: `${c.lang} long ${c.iso}`, rust: c.long, intl: fmt(c.lang, LONG, c.iso) });
    out.push({ what: `${c.lang} medium ${c.iso}`, rust: c.medium, intl: fmt(c.lang, MEDIUM, c.iso) });
  }
  for (const r of input.ranges) {
    // The same year in the locale's own calendar (a Hijri year is not a Gregorian one).
    const year = (iso) => fmt(r.lang, { year: 'numeric', timeZone: 'UTC' }, iso);
    const from = year(r.a) === year(r.b) ? fmt(r.lang, NO_YEAR, r.a) : fmt(r.lang, LONG, r.a);
    out.push({ what: `${r.lang} range ${r.a} ${r.b}`, rust: r.text, intl: fill(r.pattern, { from, to: fmt(r.lang, LONG, r.b) }) });
  }
  for (const n of input.numbers) {
    out.push({ what: `${n.lang} number ${n.n}`, rust: n.text, intl: fill(n.pattern, { n: new Intl.NumberFormat(n.lang).format(n.n) }) });
  }
  return out;
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
const show = (s) => JSON.stringify(s);

if (mode === 'dates') {
  const p = await browser.newPage();
  const chrome = await p.evaluate(intlStrings, { input, LONG, MEDIUM, NO_YEAR });
  const node = intlStrings({ input, LONG, MEDIUM, NO_YEAR });
  const version = await p.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
  let same = 0;
  chrome.forEach((c, i) => {
    if (c.rust === c.intl) same++;
    else { failures++; console.log(`not ok - ${c.what}: the program ${show(c.rust)}, Chromium ${show(c.intl)}`); }
    if (node[i].intl !== c.intl) console.log(`note - ${c.what}: Node (ICU ${process.versions.icu}) ${show(node[i].intl)}, Chromium ${show(c.intl)}`);
  });
  console.log(`${same} of ${chrome.length} strings the same in the program and ${version} (Node ICU ${process.versions.icu}, CLDR ${process.versions.cldr})`);
} else if (mode === 'page') {
  for (const s of input) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.clock.setFixedTime(new Date(2026, 10, 29, 10, 0, 0));
    await p.goto(pathToFileURL(path.join(s.site, 'schedule.html')).href);
    const lang = await p.evaluate(() => document.documentElement.lang);
    if (lang !== s.lang) { failures++; console.log(`not ok - ${s.lang}: the page says lang=${show(lang)}`); }
    for (const c of s.cases) {
      // The three date fields, filled as YYYY-MM-DD's parts (the page orders them by language).
      const [y, m, d] = c.date.split('-');
      await p.fill('#sched-day', String(+d));
      await p.fill('#sched-month', String(+m));
      await p.fill('#sched-year', y);
      await p.selectOption('#sched-session', String(c.session));
      await p.click('button[type=submit]');
      const groups = await p.$$eval('#sched-out .sched-dates > li > strong', (els) => els.map((e) => e.textContent));
      const where = `${s.lang} ${c.date} session ${c.session}`;
      const wrong = groups.map((g, i) => [g, c.groups[i]]).filter(([g, e]) => g !== e);
      if (groups.length !== c.groups.length || wrong.length) {
        failures++;
        console.log(`not ok - ${where}: ${groups.length} dates on the page, ${c.groups.length} from the program`);
        for (const [g, e] of wrong.slice(0, 5)) console.log(`  page ${show(g)}\n  program ${show(e)}`);
      } else {
        console.log(`ok - ${where}: ${groups.length} dates, the same`);
      }
    }
    if (errors.length) { failures++; console.log(`not ok - ${s.lang}: script errors ${errors.join('; ')}`); }
    await ctx.close();
  }
} else {
  console.log(`unknown mode ${show(mode)}: dates or page`);
  failures++;
}

await browser.close();
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
