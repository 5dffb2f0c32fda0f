// The "Your schedule" page in headless Chromium (issue #5), run by tests/calendar.rs:
//
//   node tests/calendar-browser/check.mjs SITE_DIR EXPECTED_DIR
//
// SITE_DIR is a built site; EXPECTED_DIR holds the .ics files `aftercare schedule` wrote for
// 2026-11-24: session-1.ics (session 1), session-3.ics (--session 3) and remind.ics
// (--remind-days-before 1). The page must write the same bytes.
// Uses playwright-core from tests/browser/node_modules (installed by tests/browser/install.sh)
// and Debian's /usr/bin/chromium. The clock is fixed at 2026-11-29, so 2026-11-24 is day 5.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../browser/node_modules/'));
const { chromium } = require('playwright-core');

const [site, expected] = process.argv.slice(2).map((p) => path.resolve(p));
const url = (rel) => pathToFileURL(path.join(site, rel)).href;
const NOW = new Date(2026, 10, 29, 10, 0, 0); // local time: 29 November 2026, 10 am

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`ok - ${name}`);
  } catch (e) {
    failures++;
    console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
  }
}

async function page({ js = true, width = 1280 } = {}) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, acceptDownloads: true, viewport: { width, height: 900 } });
  const p = await ctx.newPage();
  const requests = [];
  p.on('request', (r) => requests.push(r.url()));
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  if (js) await p.clock.setFixedTime(NOW);
  return { ctx, p, requests, errors };
}

// Types a YYYY-MM-DD date into the three fields (day, month, year), as a patient would:
// numbers without leading zeros.
async function fillDate(p, iso) {
  const [y, m, d] = iso.split('-');
  await p.fill('#sched-day', String(+d));
  await p.fill('#sched-month', String(+m));
  await p.fill('#sched-year', y);
}
const dateTyped = (p) => p.evaluate(() => ['year', 'month', 'day'].map((k) => document.getElementById(`sched-${k}`).value).join('-'));

async function downloadIcs(p) {
  const [dl] = await Promise.all([p.waitForEvent('download'), p.click('#sched-ics')]);
  assert.match(dl.suggestedFilename(), /^aftercare-schedule-2026-11-24\.ics$/);
  return fs.readFileSync(await dl.path());
}

await check('without JavaScript: the form is disabled and the by-hand explanation shows', async () => {
  const { ctx, p } = await page({ js: false });
  await p.goto(url('schedule.html'));
  assert.equal(await p.isDisabled('#sched-day'), true);
  assert.equal(await p.isVisible('.sched-nojs-note'), true);
  assert.equal(await p.locator('#sched-nojs .day-grid a').count() > 10, true);
  await ctx.close();
});

await check('enter a date: today is day 5, with a link to day 5; nothing stored, nothing sent', async () => {
  const { ctx, p, requests, errors } = await page();
  await p.goto(url('schedule.html'));
  assert.equal(await p.isEnabled('#sched-day'), true);
  await fillDate(p, '2026-11-24');
  await p.click('button[type=submit]');
  assert.equal((await p.textContent('#sched-today')).trim(), 'Today is day 5');
  assert.equal(await p.getAttribute('#sched-out a[href$="days/5.html"]', 'href'), 'days/5.html');
  const out = await p.textContent('#sched-out');
  assert.match(out, /Saturday, 28 November 2026 \(day 4\)/);
  assert.match(out, /Session 2 of 3: Tuesday, 8 December 2026/);
  assert.match(out, /Tuesday, 22 December 2026 \(day 0 after session 3\)/);
  assert.match(out, /Thursday, 21 January 2027 \(day 30 after session 3\)/);
  assert.equal(await p.evaluate(() => localStorage.length), 0, 'nothing is stored without "Remember"');
  const ics = await downloadIcs(p);
  assert.ok(ics.equals(fs.readFileSync(path.join(expected, 'session-1.ics'))), 'the page writes the same .ics as `aftercare schedule`');
  const away = requests.filter((u) => !/^(file|blob|data):/.test(u));
  assert.deepEqual(away, [], 'no request leaves the device');
  assert.deepEqual(errors, []);
  await ctx.close();
});

await check('the date in three fields: day, month, year in a British page; Arabic digits count; an impossible date is refused with the fields marked', async () => {
  const { ctx, p } = await page();
  await p.goto(url('schedule.html'));
  const order = await p.$$eval('.date-parts input', (els) => els.map((e) => e.id));
  assert.deepEqual(order, ['sched-day', 'sched-month', 'sched-year'], 'en-GB writes day, month, year');
  await p.fill('#sched-day', '٢٤');
  await p.fill('#sched-month', '11');
  await p.fill('#sched-year', '2026');
  await p.click('button[type=submit]');
  assert.equal((await p.textContent('#sched-today')).trim(), 'Today is day 5');
  await p.fill('#sched-day', '31');
  await p.fill('#sched-month', '2');
  await p.click('button[type=submit]');
  assert.match(await p.textContent('#sched-error'), /Enter a real date/);
  assert.equal(await p.getAttribute('#sched-day', 'aria-invalid'), 'true');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'sched-day');
  await ctx.close();
});

await check("a day's ticks stay on the device until the day ends, then every box is empty again", async () => {
  const { ctx, p, requests } = await page();
  await p.goto(url('days/5.html'));
  const box = 'input.tick >> nth=0';
  assert.equal(await p.isChecked(box), false);
  await p.check(box);
  await p.reload();
  assert.equal(await p.isChecked(box), true, 'kept after a reload the same day');
  await p.goto(url('days/6.html'));
  assert.equal(await p.locator('input.tick:checked').count(), 0, "another day's page has its own ticks");
  await p.clock.setFixedTime(new Date(NOW.getTime() + 24 * 3600 * 1000));
  await p.goto(url('days/5.html'));
  assert.equal(await p.isChecked(box), false, 'the next day starts empty');
  assert.deepEqual(requests.filter((u) => !/^(file|blob|data):/.test(u)), [], 'nothing leaves the device');
  await ctx.close();
});

await check('final session and reminder: same .ics as the command line', async () => {
  const { ctx, p } = await page();
  await p.goto(url('schedule.html'));
  await fillDate(p, '2026-11-24');
  await p.selectOption('#sched-session', '3');
  await p.click('button[type=submit]');
  assert.ok((await downloadIcs(p)).equals(fs.readFileSync(path.join(expected, 'session-3.ics'))), 'session 3 of 3');
  await p.selectOption('#sched-session', '1');
  await p.check('#sched-remind');
  await p.click('button[type=submit]');
  assert.ok((await downloadIcs(p)).equals(fs.readFileSync(path.join(expected, 'remind.ics'))), 'with a reminder');
  await ctx.close();
});

await check('remember on this device: day pages show "today"; forget clears it', async () => {
  const { ctx, p } = await page();
  await p.goto(url('schedule.html'));
  await fillDate(p, '2026-11-24');
  await p.check('#sched-remember');
  await p.click('button[type=submit]');
  await p.goto(url('days/5.html'));
  assert.equal(await p.isVisible('#today-note'), true);
  assert.match(await p.textContent('#today-note'), /Today is your day 5\./);
  await p.goto(url('days/3.html'));
  assert.equal(await p.getAttribute('#today-note a', 'href'), '5.html');
  await p.goto(url('schedule.html'));
  assert.equal(await dateTyped(p), '2026-11-24');
  assert.equal((await p.textContent('#sched-today')).trim(), 'Today is day 5');
  await p.click('#sched-forget');
  assert.equal(await p.evaluate(() => localStorage.length), 0);
  await p.goto(url('days/5.html'));
  assert.equal(await p.isVisible('#today-note'), false);
  await ctx.close();
});

// The sun page's "in short" (the sixth scoring, S1): the bold answer is the one after the
// final session (or the only one), "with care from day 30", and the day-14 rule of an
// ordinary session comes after it, under "Between sessions", never as the answer.
async function sunAnswerLeads(p) {
  const main = await p.textContent('.in-short .answer-main');
  assert.match(main, /^Our answer, after your final session \(or your only one\): With care from day 30\b/);
  assert.doesNotMatch(main, /day 14/);
  const box = await p.textContent('.in-short');
  const between = box.indexOf('Between sessions, if your next session has not started by then:');
  assert.ok(between > 0 && box.indexOf('From day 14') > between, box);
  assert.ok(box.indexOf('From day 30') < between, box);
}

await check('first visit: the sun page answers for the final (or only) session first, with no dates', async () => {
  const { ctx, p } = await page();
  await p.goto(url('activities/sun.html'));
  await sunAnswerLeads(p);
  for (const d of await p.$$eval('.in-short .your-date', (e) => e.map((x) => x.textContent))) assert.equal(d, '');
  await ctx.close();
});

await check('a remembered date: each "from day N" on day and activity pages shows its date, in the page\'s language', async () => {
  const { ctx, p } = await page();
  // Nothing remembered: the places stay empty.
  await p.goto(url('days/0.html'));
  assert.equal(await p.textContent('.c-from .your-date[data-day="14"]'), '');
  await p.goto(url('schedule.html'));
  await fillDate(p, '2026-11-10');
  await p.selectOption('#sched-session', '1');
  await p.check('#sched-remember');
  await p.click('button[type=submit]');
  // Today (29 November) is day 5 after session 2 (24 November): its day 10 is 4 December.
  // Session 3 is planned for its day 14 (8 December) and starts the count again, so day 14
  // and later get no date from session 2 (they would be wrong once session 3 happens).
  // Session 3 is the final one: a rule whose advice is the same after it (data-final) is
  // dated from it, its day 14 on 22 December; one that changes after the final session
  // (the sun waits to day 30 then) says the next session comes first, in the catalogue's words.
  const en = (d) => `(${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d)})`;
  await p.goto(url('days/0.html'));
  assert.equal((await p.textContent('.c-from .your-date[data-day="10"]')).trim(), en(Date.UTC(2026, 11, 4)));
  assert.match(await p.textContent('.c-from .your-date[data-day="10"]'), /Fri.*4.*Dec/);
  assert.equal((await p.textContent('.c-from .your-date[data-day="14"][data-final="14"]')).trim(), '(about Tue 22 Dec, 14 days after your final session, planned for Tue 8 Dec)');
  // The sun waits to day 30 after the final session: both days are said, day 14 for
  // between sessions (the next session comes first), day 30 dated from the final session.
  assert.equal((await p.textContent('.c-from .your-date[data-day="14"][data-final="-1"]')).trim(), '(no date yet: your next session comes first and starts the count again)');
  assert.equal((await p.textContent('.c-from .your-date[data-day="30"][data-only-final]')).trim(), '(about Thu 7 Jan, 30 days after your final session, planned for Tue 8 Dec)');
  await p.goto(url('activities/swimming.html'));
  assert.equal((await p.textContent('.short-points .your-date[data-day="30"]')).trim(), '(about Thu 7 Jan, 30 days after your final session, planned for Tue 8 Dec)');
  // The sun page: its answer, after the final session, is dated from the planned final
  // session; the runs only the final session has are not dated from this one; the day-14
  // point, between sessions, says the next session comes first.
  await p.goto(url('activities/sun.html'));
  await sunAnswerLeads(p);
  assert.equal((await p.textContent('.after-final-answer .your-date[data-day="30"]')).trim(), '(about Thu 7 Jan, 30 days after your final session, planned for Tue 8 Dec)');
  for (const d of await p.$$eval('.short-points .your-date[data-if-final]', (e) => e.map((x) => x.textContent))) assert.equal(d, '');
  assert.equal((await p.textContent('.answer-between + .short-points .your-date[data-day="14"]')).trim(), '(no date yet: your next session comes first and starts the count again)');
  assert.match(await p.textContent('#today-note'), /Today is your day 5\./);
  // Spanish words from the Spanish page.
  await p.goto(url('es/days/0.html'));
  assert.match(await p.textContent('.c-from .your-date[data-day="10"]'), /^ \(vie.*4.*dic/);
  await ctx.close();
});

await check('in the final session, a "from day N" that comes later after it is dated by the later day', async () => {
  const { ctx, p } = await page();
  await p.goto(url('schedule.html'));
  await fillDate(p, '2026-11-24');
  await p.selectOption('#sched-session', '3');
  await p.check('#sched-remember');
  await p.click('button[type=submit]');
  // Today (29 November) is day 5 after the final session. Hard exercise is back with care
  // from day 14 after every session: 8 December. The sun is with care from day 14 after an
  // ordinary session but from day 30 after the final one: 24 December, said as such.
  await p.goto(url('days/0.html'));
  assert.equal((await p.textContent('.c-from .your-date[data-day="14"][data-final="14"]')).trim(), '(Tue 8 Dec)');
  // The sun's day 14 is for between sessions: no date; its day after the final session is.
  assert.equal((await p.textContent('.c-from .your-date[data-day="14"][data-final="-1"]')).trim(), '');
  assert.equal((await p.textContent('.c-from .your-date[data-day="30"][data-only-final]')).trim(), '(Thu 24 Dec)');
  // The sun page's answer is the one after the final session, dated; so are its runs of
  // days that only the final session has (the sun stays off until day 30). The day-14
  // point, for between sessions, is the rule after an ordinary session: no date.
  await p.goto(url('activities/sun.html'));
  await sunAnswerLeads(p);
  assert.equal((await p.textContent('.after-final-answer .your-date[data-day="30"]')).trim(), '(Thu 24 Dec)');
  assert.equal((await p.textContent('.short-points .your-date[data-if-final][data-day="14"]')).trim(), '(Tue 8 Dec to Wed 23 Dec)');
  assert.equal((await p.textContent('.short-points .your-date[data-if-final][data-day="30"]')).trim(), '(Thu 24 Dec)');
  assert.equal((await p.textContent('.answer-between + .short-points .your-date[data-day="14"]')).trim(), '');
  await p.goto(url('activities/swimming.html'));
  assert.equal((await p.textContent('.short-points .your-date[data-day="30"]')).trim(), '(Thu 24 Dec)');
  await ctx.close();
});

await check('several dates and session numbers: the page writes the same bytes as the command', async () => {
  const cases = JSON.parse(fs.readFileSync(path.join(expected, 'cases.json'), 'utf8'));
  assert.ok(cases.length >= 5);
  const { ctx, p } = await page();
  await p.goto(url('schedule.html'));
  for (const c of cases) {
    await fillDate(p, c.date);
    await p.selectOption('#sched-session', String(c.session));
    if (c.remind) await p.check('#sched-remind'); else await p.uncheck('#sched-remind');
    await p.click('button[type=submit]');
    const [dl] = await Promise.all([p.waitForEvent('download'), p.click('#sched-ics')]);
    assert.equal(dl.suggestedFilename(), `aftercare-schedule-${c.date}.ics`);
    const got = fs.readFileSync(await dl.path());
    assert.ok(got.equals(fs.readFileSync(path.join(expected, c.file))), `${c.file}: the page and the command differ`);
  }
  await ctx.close();
});

await check('a remembered date before a later session: the day pages count from the latest session', async () => {
  const { ctx, p } = await page();
  await p.goto(url('schedule.html'));
  await fillDate(p, '2026-11-10');
  await p.selectOption('#sched-session', '1');
  await p.check('#sched-remember');
  await p.click('button[type=submit]');
  // 19 days after session 1 is day 5 after session 2 (14 days later).
  assert.equal((await p.textContent('#sched-today')).trim(), 'Today is day 5 after session 2');
  await p.goto(url('days/5.html'));
  assert.match(await p.textContent('#today-note'), /Today is your day 5\./);
  await ctx.close();
});

await check('a date in the link (from the handout QR code) fills the form', async () => {
  const { ctx, p } = await page();
  await p.goto(url('schedule.html') + '#date=2026-11-20&session=2');
  assert.equal((await p.textContent('#sched-today')).trim(), 'Today is day 9');
  assert.equal(await p.inputValue('#sched-session'), '2');
  await ctx.close();
});

await check('at 360 px: no horizontal overflow, text at least 16 px, controls at least 44 px tall', async () => {
  const { ctx, p } = await page({ width: 360 });
  await p.goto(url('schedule.html'));
  await fillDate(p, '2026-11-24');
  await p.click('button[type=submit]');
  const m = await p.evaluate(() => {
    const small = [...document.querySelectorAll('#sched-form *, #sched-out *')]
      .filter((e) => e.offsetParent && e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16).map((e) => e.tagName);
    const low = [...document.querySelectorAll('#sched-form input, #sched-form select, #sched-form button, .sched-check label, #sched-out button')]
      .filter((e) => e.offsetParent && !(e.type === 'checkbox'))
      .filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.id || e.tagName);
    return { width: document.documentElement.scrollWidth, small, low };
  });
  assert.ok(m.width <= 360, `page is ${m.width} px wide`);
  assert.deepEqual(m.small, []);
  assert.deepEqual(m.low, []);
  await ctx.close();
});

await check('the dated handout of session 1 of 3 prints on at most 2 pages, with the clinic on each', async () => {
  const { checkPrint } = await import('../browser/lib/print.mjs');
  const out = fs.mkdtempSync(path.join(expected, 'print-'));
  const r = await checkPrint(browser, expected, 'dated.html', { maxPages: 2, clinicName: 'Northfield Scalp Studio', outDir: out });
  assert.deepEqual([...r.pages, ...r.contact, ...r.orphans, ...r.cut], []);
});

await browser.close();
console.log(failures ? `${failures} check(s) failed` : 'all calendar browser checks passed');
process.exit(failures ? 1 : 0);
