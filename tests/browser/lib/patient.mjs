// Patient-first checks (issue #15): what a patient on a 360 x 640 phone must find without
// scrolling, and the help that must be on every page. They read the aftercare page structure
// (ids and classes of the templates), not words, so they hold in every language.

/** The height of the first screen of a cheap phone. */
export const FIRST_SCREEN_PX = 640;

// Runs in the page (at 360 px wide): where things are, and what help it offers.
export function probePatient() {
  const top = (sel) => { const e = document.querySelector(sel); return e ? Math.round(e.getBoundingClientRect().top + window.scrollY) : null; };
  const visible = (e) => { const s = getComputedStyle(e); return e.getClientRects().length > 0 && s.visibility === 'visible'; };
  const tel = (sel) => [...document.querySelectorAll(sel.split(',').map((x) => `${x.trim()} a[href^="tel:"]`).join(', '))].filter(visible).length;
  return {
    headerTel: tel('body > header, .site-header'),
    helpTel: tel('.warning'),
    closed: tel('.warning .call-closed'),
    emergency: tel('.warning .call-emergency'),
    // Guide names ("Sources: …") shown outside a disclosure.
    citesOutside: [...document.querySelectorAll('main .cites')].filter((e) => !e.closest('details') && visible(e)).length,
    // Other guides' advice and their disagreement (an activity page's "what each guide
    // says") shown outside a disclosure.
    guidesOutside: [...document.querySelectorAll('main .guide-says, main .flag')].filter((e) => !e.closest('details') && visible(e)).length,
    findDay: top('#find-day'),
    firstTodo: ['#in-short', '#g-todo', '#g-allowed'].map(top).filter((y) => y !== null).sort((a, b) => a - b)[0] ?? null,
    notYet: top('#g-not-yet'),
  };
}

const each = (s, fn) => Object.entries(s.results).flatMap(([rel, r]) => (r.patient ? fn(r.patient, rel) : [`${rel}: not probed (${r.error || 'no result'})`]));
const isDay = (rel, n) => new RegExp(`(^|/)days/${n ?? '\\d+'}\\.html$`).test(rel);
const isActivity = (rel) => /(^|\/)activities\/(?!index\.)[^/]+\.html$/.test(rel);
const isHandout = (rel) => /(^|\/)handouts\/(at-a-glance|checklist)\.html$/.test(rel);

/** Every page: the clinic's number in the header and a getting-help card with a number to
 *  call; the out-of-hours and emergency numbers on every page if the site gives them at all. */
export function checkUrgentHelp(s) {
  const all = Object.values(s.results).map((r) => r.patient).filter(Boolean);
  const hasClosed = all.some((p) => p.closed > 0);
  const hasEmergency = all.some((p) => p.emergency > 0);
  return each(s, (p, rel) => {
    const out = [];
    if (!p.headerTel) out.push(`${rel}: no tel: link in the page header`);
    if (!p.helpTel) out.push(`${rel}: no getting-help card (.warning) with a tel: link`);
    if (hasClosed && !p.closed) out.push(`${rel}: no out-of-hours number (.call-closed), which other pages have`);
    if (hasEmergency && !p.emergency) out.push(`${rel}: no emergency number (.call-emergency), which other pages have`);
    return out;
  });
}

/** Day pages, activity pages and handouts: no guide names outside a "where this advice comes
 *  from" disclosure; on activity pages, no other guide's advice or "guides disagree" either. */
export function checkSourcesHidden(s) {
  return each(s, (p, rel) => {
    if (!isDay(rel) && !isHandout(rel) && !isActivity(rel)) return [];
    const out = [];
    if (p.citesOutside) out.push(`${rel}: ${p.citesOutside} list(s) of sources shown outside <details>`);
    if (isActivity(rel) && p.guidesOutside) out.push(`${rel}: ${p.guidesOutside} guide's advice or disagreement shown outside <details>`);
    return out;
  });
}

/** At 360 x 640: "find your day" on the home page's first screen; on days 0, 5 and 12, the
 *  to-dos on the first screen and before what is not allowed yet. */
export function checkFirstScreen(s) {
  const rels = Object.keys(s.results);
  return each(s, (p, rel) => {
    const out = [];
    // A home page with days to find: the site's, a language's, a treatment's.
    if (/(^|\/)index\.html$/.test(rel) && rels.includes(rel.replace(/index\.html$/, 'days/0.html'))) {
      if (p.findDay === null) out.push(`${rel}: no #find-day`);
      else if (p.findDay >= FIRST_SCREEN_PX) out.push(`${rel}: "find your day" starts at ${p.findDay}px, below the first screen (${FIRST_SCREEN_PX}px)`);
    }
    if ([0, 5, 12].some((n) => isDay(rel, n))) {
      if (p.firstTodo === null) out.push(`${rel}: no to-do section (#in-short, #g-todo, #g-allowed)`);
      else if (p.firstTodo >= FIRST_SCREEN_PX) out.push(`${rel}: the first to-do starts at ${p.firstTodo}px, below the first screen (${FIRST_SCREEN_PX}px)`);
      if (p.notYet !== null && p.firstTodo !== null && p.notYet < p.firstTodo) out.push(`${rel}: "not yet" (${p.notYet}px) comes before the to-dos (${p.firstTodo}px)`);
    }
    return out;
  });
}

/** Opens every page of `site` whose path matches `pattern` in a browser that remembers a
 *  session date 5 days ago (session 1), and gathers what `look(page, rel, out)` finds. */
async function withSessionFiveDaysAgo(browser, site, serve, pattern, look) {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const rels = [];
  const walk = (d, rel) => { for (const f of fs.readdirSync(d, { withFileTypes: true })) { const r = rel ? `${rel}/${f.name}` : f.name; if (f.isDirectory()) walk(path.join(d, f.name), r); else if (pattern.test(r)) rels.push(r); } };
  walk(site, '');
  const server = await serve(site);
  const ctx = await browser.newContext();
  const out = [];
  try {
    const now = new Date();
    const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - 5 * 864e5).toISOString().slice(0, 10);
    await ctx.addInitScript((x) => localStorage.setItem('aftercare-schedule', JSON.stringify({ date: x, session: 1 })), d);
    for (const rel of rels) {
      const page = await ctx.newPage();
      await page.goto(server.urlOf(rel), { waitUntil: 'load' });
      await look(page, rel, out);
      await page.close();
    }
  } finally { await ctx.close(); await server.close(); }
  return { rels, out };
}

/** With a session date remembered (5 days ago), day 0 of each language must say which day the
 *  page is about before which day is today (data-other), and link to today's page: "today is
 *  your day 5" alone above day 0's to-dos reads as a contradiction. */
export async function checkTodayNote(browser, site, serve) {
  const { rels, out } = await withSessionFiveDaysAgo(browser, site, serve, /(^|\/)days\/0\.html$/, async (page, rel, out) => {
    const r = await page.evaluate(() => { const n = document.getElementById('today-note'); return n && { hidden: n.hidden, text: n.textContent, other: n.getAttribute('data-other') || '', link: n.querySelector('a')?.getAttribute('href') }; });
    if (!r) out.push(`${rel}: no #today-note`);
    else if (r.hidden) out.push(`${rel}: the note is hidden with a date remembered`);
    else {
      if (!r.other || !r.text.startsWith(r.other.split('{day}')[0])) out.push(`${rel}: the note does not say which day the page is about first: "${r.text}"`);
      if (!/(^|\/)5\.html$/.test(r.link || '')) out.push(`${rel}: no link to today's page (day 5): ${r.link}`);
    }
  });
  if (!rels.length) out.push('no days/0.html found');
  return out;
}

/** A patient in session 1 of a course (date remembered 5 days ago): a day on or after the
 *  next session's planned start (data-starts) is counted from that session, so it must get
 *  no date; the days before it get theirs. A date from the first session there (swimming
 *  "from day 30" with the next session on day 14) would be moved by the next session: a
 *  wrong date. Such a day says why it has none, in the catalogue's words (data-later:
 *  "your next session comes first and starts the count again"), and the schedule link stops asking for a date.
 *  Day 5 and every activity page of each treatment and language are looked at. */
export async function checkNoDateBeyondNextSession(browser, site, serve) {
  let dated = 0;
  const { out } = await withSessionFiveDaysAgo(browser, site, serve, /(^|\/)(days\/5|activities\/(?!index\.)[^/]+)\.html$/, async (page, rel, out) => {
    const r = await page.evaluate(() => {
      const note = document.getElementById('today-note');
      const starts = (note?.getAttribute('data-starts') || '0').split(';')[0].split(',').map(Number);
      // A rule's day after the final session (data-final, -1 if it never gets there): its
      // day after the next session is dated by it from the planned final session's day 0 (the last of
      // data-starts; this course's sessions are evenly spaced, so no earlier one lasts that
      // long), written independently of today.js: the stored date is 5 days ago.
      const now = new Date(), day0 = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - 5 * 864e5, fin = starts[starts.length - 1];
      const lang = document.documentElement.lang || undefined;
      const fmt = new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
      const words = note?.getAttribute('data-final') || '';
      const want = (k) => words.replace('{date}', fmt.format(new Date(day0 + (fin + k) * 864e5))).replace('{day}', new Intl.NumberFormat(lang).format(k)).replace('{planned}', fmt.format(new Date(day0 + fin * 864e5)));
      return {
        next: starts.find((s) => s > 5),
        later: note?.getAttribute('data-later') || '',
        final: words,
        stored: [...document.querySelectorAll('a[data-stored]')].map((a) => ({ text: a.textContent.trim(), want: a.getAttribute('data-stored') })),
        spans: [...document.querySelectorAll('.your-date[data-day]')].map((s) => ({ day: +s.dataset.day, end: s.dataset.end === undefined ? null : +s.dataset.end, text: s.textContent.trim(), ifFinal: s.hasAttribute('data-if-final'), fin: +(s.dataset.final ?? -1) >= 0 ? want(+s.dataset.final) : null })),
      };
    });
    if (!r.later) out.push(`${rel}: #today-note has no data-later words for a day counted from the next session`);
    if (!r.final) out.push(`${rel}: #today-note has no data-final words for a day counted from the final session`);
    for (const s of r.spans) {
      const last = Math.max(s.day, s.end ?? 0);
      if (s.ifFinal) {
        // A run of the answer after the final session that no ordinary session has (the
        // sun's days 14 to 29): no date before the final session; the answer above it
        // carries the planned final session's date.
        if (r.next !== undefined && s.text) out.push(`${rel}: day ${s.day}, after the final session only, shows "${s.text}" in session 1`);
      } else if (r.next !== undefined && s.day >= r.next && s.fin !== null) {
        // The rule gets there after the final session: dated from it, and the words say so.
        if (s.text !== s.fin) out.push(`${rel}: day ${s.day} comes only after the final session: it shows "${s.text}", not "${s.fin}"`);
      } else if (r.next !== undefined && s.day >= r.next) {
        // No date, and the page says why: the day is counted from the next session.
        if (s.text !== r.later) out.push(`${rel}: day ${s.day} is on or after the next session (day ${r.next}): it shows "${s.text}", not "${r.later}"`);
      } else if (r.next !== undefined && last >= r.next) {
        if (s.text) out.push(`${rel}: days ${s.day} to ${s.end} run past the next session (day ${r.next}) but show "${s.text}"`);
      } else if (s.text) dated++;
    }
    // With a date stored, the schedule link no longer asks for one.
    for (const a of r.stored) if (a.text !== a.want) out.push(`${rel}: with a date stored, the schedule link still reads "${a.text}"`);
  });
  if (!dated) out.push('no day before the next session showed its date: the script did not run');
  // No count of days after the final session is asked for: each one is checked above, and
  // a site whose pages all end before the next session has none (the studio's laser
  // course: pages to day 41, sessions 42 days apart).
  return out;
}

/** With a session date remembered 5 days ago (session 1), every activity page marks day 5 in
 *  its first "each day at a glance" grid (aria-current="date", and only there), and says how in
 *  its key (data-strip). */
export async function checkTodayInStrip(browser, site, serve) {
  const { rels, out } = await withSessionFiveDaysAgo(browser, site, serve, /(^|\/)activities\/(?!index\.)[^/]+\.html$/, async (page, rel, out) => {
    const r = await page.evaluate(() => ({
      marked: [...document.querySelectorAll('ol.strip a[aria-current="date"]')].map((a) => ({ href: a.getAttribute('href'), first: a.closest('ol.strip') === document.querySelector('ol.strip') })),
      key: document.querySelector('.legend .legend-today')?.textContent || '',
      words: document.getElementById('today-note')?.getAttribute('data-strip') || '',
    }));
    if (r.marked.length !== 1) out.push(`${rel}: ${r.marked.length} days marked as today in the grids, not 1`);
    else if (!/(^|\/)5\.html$/.test(r.marked[0].href) || !r.marked[0].first) out.push(`${rel}: today (day 5) not marked in the first grid: ${r.marked[0].href}`);
    if (!r.words || !r.key.startsWith(r.words.split('{day}')[0])) out.push(`${rel}: the key does not say how today is marked: "${r.key}"`);
  });
  if (!rels.length) out.push('no activity page found');
  return out;
}
