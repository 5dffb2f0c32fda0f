// The browser checks. surveySite() opens every page of a built site in one headless Chromium and
// records facts; each check function below turns those facts into a list of problems
// ("page: what is wrong"), empty when the check passes. The self-test runs the very same functions
// on tests/browser/fixtures/ to prove each one can fail.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve } from './server.mjs';
import { probeLinks, probeStructure, probeFocus, probeLayout, probeStyleFingerprint } from './probes.mjs';
import { probePatient } from './patient.mjs';

export const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url))); // tests/browser
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
export const WIDTHS = [360, 1280];
export const MIN_FONT_PX = 16;
export const MIN_TARGET_PX = 44;
export const MAX_PAGE_BYTES = 61440;
export const SUB_PREFIX = '/aftercare/';
const AXE_JS = path.join(HERE, 'node_modules/axe-core/axe.min.js');

export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run tests/browser/install.sh (Debian package chromium)`);
  // Playwright gives the browser a fresh, empty --user-data-dir of its own.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export function listPages(site) {
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(site).filter((f) => f.endsWith('.html'))
    .map((f) => path.relative(site, f).split(path.sep).join('/'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

// Runs tasks with at most n at a time.
async function pool(items, n, fn) {
  const queue = [...items];
  await Promise.all(Array.from({ length: Math.min(n, queue.length) }, async () => {
    while (queue.length) await fn(queue.shift());
  }));
}

const short = (s, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

// Records what the page's loads ask of the network and say on the console, into rec() (the
// record of the page being checked now: the same browser page is reused from one site page to the next).
function track(page, rec, localOrigins) {
  const local = (u) => localOrigins.some((o) => u.startsWith(o + '/')) || u.startsWith('file:');
  const skip = (u) => u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('about:') || u.startsWith('chrome-error:');
  page.on('request', (q) => { const u = q.url(); if (!skip(u) && !local(u)) rec()?.external.push(u); });
  page.on('requestfailed', (q) => {
    const u = q.url(); if (skip(u) || !local(u)) return; // other hosts are reported as such, and blocked
    rec()?.failed.push(`${u} (${q.failure()?.errorText || 'failed'})`);
  });
  page.on('response', (s) => {
    const r = rec(); const u = s.url(); if (!r || skip(u)) return;
    if (s.status() >= 400) r.failed.push(`${s.status()} ${u}`);
    const type = s.request().resourceType();
    if (r.bytes && local(u) && ['document', 'stylesheet', 'script'].includes(type)) {
      const n = Number(s.headers()['content-length']);
      r.bytes.push({ url: u, type, bytes: Number.isFinite(n) ? n : 0 });
    }
  });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') rec()?.console.push({ type: m.type(), text: short(m.text(), 200) }); });
  page.on('pageerror', (e) => rec()?.pageErrors.push(short(String(e.message || e), 200)));
}

// Lets nothing leave the machine: requests to anything but the local servers are aborted.
async function blockOtherHosts(ctx, localOrigins) {
  await ctx.route((u) => (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:')
    && !localOrigins.includes(u.origin), (route) => route.abort('blockedbyclient'));
}

async function runAxe(page, axeSource, runOnly) {
  if (axeSource) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (runOnly) => {
    const r = await window.axe.run(document, { runOnly, resultTypes: ['violations'], iframes: false });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      detail: ((v.nodes[0]?.any?.[0]?.message) || (v.nodes[0]?.failureSummary) || '').replace(/\s+/g, ' ').slice(0, 160),
    }));
  }, runOnly);
}

function emptyNet() { return { external: [], failed: [], console: [], pageErrors: [], bytes: null }; }

// Opens every page in one browser: at 360 px (structure, keyboard focus, layout, axe on screen and
// with print media), at 1280 px (layout), with JavaScript off (main text), and again with the
// site served under SUB_PREFIX (links). Three contexts for the whole site; each of the
// `concurrency` workers keeps one tab in each and navigates it from page to page.
// Returns the facts the check functions read.
export async function surveySite(browser, site, { concurrency = 2, pages = null } = {}) {
  site = path.resolve(site);
  pages = pages || listPages(site);
  const axeSource = fs.readFileSync(AXE_JS, 'utf8');
  const root = await serve(site);
  const sub = await serve(site, { prefix: SUB_PREFIX });
  const origins = [root.origin, sub.origin];
  const ctxs = {};
  const results = {};
  const timing = {}; // milliseconds spent per step, summed over pages
  const darkKinds = new Set(); // kinds of page already checked by axe in dark mode
  const timed = async (step, fn) => { const t0 = Date.now(); try { return await fn(); } finally { timing[step] = (timing[step] || 0) + Date.now() - t0; } };
  try {
    ctxs[360] = await browser.newContext({ viewport: { width: 360, height: 800 } });
    ctxs[1280] = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    ctxs.nojs = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    for (const c of Object.values(ctxs)) await blockOtherHosts(c, origins);

    const queue = [...pages];
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      const tabs = {};
      for (const k of ['360', '1280', 'nojs']) {
        const t = tabs[k] = { page: await ctxs[k].newPage(), rec: null };
        track(t.page, () => t.rec, origins);
      }
      // Loads url in tab k, the tab's network events going to rec.
      const load = async (k, url, rec) => {
        const t = tabs[k]; t.rec = rec;
        try {
          const resp = await timed(`load ${k}`, () => t.page.goto(url, { waitUntil: 'load', timeout: 30000 }));
          if (!resp || resp.status() !== 200) rec.failed.push(`${resp ? resp.status() : 'no response'} ${url} (the page itself)`);
        } catch (e) { rec.failed.push(`${url} (the page itself: ${short(e.message.split('\n')[0])})`); }
        return t.page;
      };
      const fail = (r, what, e) => { r.error = `${r.error ? r.error + '; ' : ''}${what}: ${short(e.message.split('\n')[0], 300)}`; };
      while (queue.length) {
        const rel = queue.shift();
        const r = results[rel] = { rel, net: { ...emptyNet(), bytes: [] }, layout: {}, sub: { net: emptyNet() } };
        const noBytes = { ...r.net, bytes: null }; // same lists, but page weight counts the first load only
        // 360 px, JavaScript on: everything that needs one load, on screen then with print media.
        let page = await load('360', root.urlOf(rel), r.net);
        try {
          r.structure = await timed('structure', () => page.evaluate(probeStructure));
          r.links = await timed('links', () => page.evaluate(probeLinks));
          r.focus = [];
          await timed('focus', async () => {
            for (let i = 0; i < 3; i++) { await page.keyboard.press('Tab'); r.focus.push(await page.evaluate(probeFocus)); }
            await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
          });
          r.layout[360] = await timed('layout 360', () => page.evaluate(probeLayout, { minFont: MIN_FONT_PX, minTarget: MIN_TARGET_PX }));
          r.patient = await timed('patient', () => page.evaluate(probePatient));
          r.axe = await timed('axe', () => runAxe(page, axeSource, { type: 'tag', values: AXE_TAGS }));
          // The same rules with the phone in dark mode; the body's background in each scheme, and
          // printed from a phone in dark mode (print stays light).
          const bodyBg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          r.bg = { light: await bodyBg() };
          await page.emulateMedia({ colorScheme: 'dark' });
          r.bg.dark = await bodyBg();
          // axe in dark mode once per kind of page and language (the body's class, page-day etc.,
          // and the page's lang): the colours come from one stylesheet and each kind of page has the same
          // components, and a full second axe pass over every page would double the survey.
          // A page whose body has no class is of no known kind: always checked.
          const kind = await page.evaluate(() => document.body.className && `${document.documentElement.lang} ${document.body.className}`);
          if (!kind || !darkKinds.has(kind)) {
            if (kind) darkKinds.add(kind);
            r.axeDark = await timed('axe dark', () => runAxe(page, null, { type: 'tag', values: AXE_TAGS }));
          }
          await page.emulateMedia({ media: 'print', colorScheme: 'light' });
          r.axePrint = await timed('axe print', () => runAxe(page, null, { type: 'rule', values: ['color-contrast'] }));
          await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
          r.bg.printDark = await bodyBg();
        } catch (e) { fail(r, '360px', e); } finally { await page.emulateMedia({ media: null, colorScheme: 'light' }).catch(() => {}); }
        tabs['360'].rec = null;
        // 1280 px.
        page = await load('1280', root.urlOf(rel), noBytes);
        try { r.layout[1280] = await timed('layout 1280', () => page.evaluate(probeLayout, { minFont: MIN_FONT_PX, minTarget: MIN_TARGET_PX })); } catch (e) { fail(r, '1280px', e); }
        // Served under the sub-path (JavaScript on, so scripted requests count too).
        page = await load('1280', sub.urlOf(rel), r.sub.net);
        try { r.sub.links = await page.evaluate(probeLinks); } catch (e) { fail(r, `under ${SUB_PREFIX}`, e); }
        tabs['1280'].rec = null;
        // JavaScript off.
        page = await load('nojs', root.urlOf(rel), noBytes);
        try { r.noJsMainText = (await page.evaluate(probeStructure)).mainText; } catch (e) { fail(r, 'without JavaScript', e); }
        tabs.nojs.rec = null;
      }
      for (const t of Object.values(tabs)) await t.page.close().catch(() => {});
    }));

    // Status of every internal URL the pages point at (without #fragment), on both servers.
    const status = {}; const target = {};
    const urls = new Set();
    for (const r of Object.values(results)) {
      for (const ref of [...(r.links?.refs || []), ...(r.sub.links?.refs || [])]) {
        if (!ref.url) continue;
        const u = new URL(ref.url); u.hash = '';
        if (origins.includes(u.origin)) urls.add(u.href);
      }
    }
    await pool([...urls], 8, async (u) => {
      try {
        const res = await fetch(u, { method: 'GET', redirect: 'manual' });
        await res.arrayBuffer();
        status[u] = res.status;
      } catch (e) { status[u] = `error ${e.message}`; }
      target[u] = (new URL(u).origin === root.origin ? root : sub).relOf(u);
    });
    return { site, pages, results, status, target, timing, origins: { root: root.origin, sub: sub.origin, subBase: sub.base } };
  } finally {
    for (const c of Object.values(ctxs)) await c.close().catch(() => {});
    await root.close(); await sub.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Check functions: survey -> list of problems ("page: problem"), [] when all is well.

const each = (s, fn) => s.pages.flatMap((rel) => {
  const r = s.results[rel];
  if (!r) return [`${rel}: was not checked`];
  return fn(r, rel);
});
const errorOf = (r, rel, what) => (r.error ? [`${rel}: could not check ${what}: ${r.error}`] : []);

export function checkAxe(s) {
  return each(s, (r, rel) => (r.axe ? r.axe.map((v) => `${rel}: ${v.id} (${v.impact}) ${v.help}; ${v.nodes} element(s), e.g. ${v.targets[0]}${v.detail ? ' — ' + v.detail : ''}`) : errorOf(r, rel, 'axe') ));
}

export function checkAxePrint(s) {
  return each(s, (r, rel) => (r.axePrint ? r.axePrint.map((v) => `${rel}: print ${v.id}: ${v.nodes} element(s), e.g. ${v.targets.join(', ')}${v.detail ? ' — ' + v.detail : ''}`) : errorOf(r, rel, 'axe in print')));
}

// (Pages of a kind already checked have no axeDark: see surveySite.)
export function checkAxeDark(s) {
  return each(s, (r, rel) => (r.axeDark ? r.axeDark.map((v) => `${rel}: dark ${v.id} (${v.impact}) ${v.help}; ${v.nodes} element(s), e.g. ${v.targets.join(', ')}${v.detail ? ' — ' + v.detail : ''}`) : errorOf(r, rel, 'axe in dark mode')));
}

// How many pages axe checked in dark mode.
export const darkChecked = (s) => s.pages.filter((rel) => s.results[rel]?.axeDark).length;

// Dark mode exists (the body's background changes with prefers-color-scheme) and printing from a
// phone in dark mode still prints the light page.
export function checkDarkMode(s) {
  return each(s, (r, rel) => {
    if (!r.bg) return errorOf(r, rel, 'dark mode');
    const out = [];
    if (r.bg.dark === r.bg.light) out.push(`${rel}: the body background is ${r.bg.light} in dark mode too (no dark mode)`);
    if (r.bg.printDark !== r.bg.light) out.push(`${rel}: printed in dark mode the body background is ${r.bg.printDark}, not the light ${r.bg.light}`);
    return out;
  });
}

export function checkOverflow(s, width) {
  return each(s, (r, rel) => {
    const l = r.layout[width]; if (!l) return errorOf(r, rel, `layout at ${width}px`);
    return l.scrollWidth > l.innerWidth ? [`${rel}: page is ${l.scrollWidth}px wide in a ${l.innerWidth}px window; sticking out: ${l.overflowers.join('; ') || '?'}`] : [];
  });
}

export function checkTextSize(s, width) {
  return each(s, (r, rel) => {
    const l = r.layout[width]; if (!l) return errorOf(r, rel, `layout at ${width}px`);
    return l.smallText.map((t) => `${rel}: ${t.key} (${t.count}× text, e.g. "${t.example}")`);
  });
}

export function checkTapTargets(s, width) {
  return each(s, (r, rel) => {
    const l = r.layout[width]; if (!l) return errorOf(r, rel, `layout at ${width}px`);
    return l.smallTargets.map((t) => `${rel}: ${t.key} (${t.count}×, e.g. "${t.example}")`);
  });
}

export function checkOtherHosts(s) {
  return each(s, (r, rel) => [...new Set([...r.net.external, ...r.sub.net.external])].map((u) => `${rel}: request to another host: ${short(u)}`));
}

export function checkFailedRequests(s) {
  return each(s, (r, rel) => [...new Set(r.net.failed)].map((f) => `${rel}: ${short(f, 200)}`));
}

export function checkConsole(s) {
  return each(s, (r, rel) => [
    // (A load of another host's file fails with ERR_BLOCKED_BY_CLIENT because these checks block it:
    // that is reported by checkOtherHosts, not here.)
    ...[...new Set(r.net.console.filter((m) => m.type === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(m.text)).map((m) => m.text))].map((t) => `${rel}: console error: ${t}`),
    ...[...new Set(r.net.pageErrors)].map((t) => `${rel}: page error: ${t}`),
  ]);
}

export function consoleWarnings(s) {
  return each(s, (r, rel) => [...new Set(r.net.console.filter((m) => m.type === 'warning').map((m) => m.text))].map((t) => `${rel}: console warning: ${t}`));
}

export function pageWeights(s) {
  return s.pages.map((rel) => {
    const b = s.results[rel]?.net.bytes || [];
    const sum = (t) => b.filter((x) => x.type === t).reduce((n, x) => n + x.bytes, 0);
    return { rel, html: sum('document'), css: sum('stylesheet'), js: sum('script'), total: b.reduce((n, x) => n + x.bytes, 0) };
  }).sort((a, b) => b.total - a.total);
}

export function checkWeight(s, limit = MAX_PAGE_BYTES) {
  return pageWeights(s).filter((w) => w.total > limit)
    .map((w) => `${w.rel}: ${w.total} bytes of HTML+CSS+JS > ${limit} (HTML ${w.html}, CSS ${w.css}, JS ${w.js})`);
}

export function checkNoJs(s) {
  return each(s, (r, rel) => {
    const js = r.structure?.mainText; const nojs = r.noJsMainText;
    if (js === undefined || nojs === undefined) return errorOf(r, rel, 'main text');
    if (js === null || nojs === null) return [`${rel}: no <main> element`];
    if (!nojs) return [`${rel}: <main> has no text without JavaScript`];
    return js !== nojs ? [`${rel}: main text is ${nojs} characters without JavaScript but ${js} with it`] : [];
  });
}

export function checkOneH1(s) {
  return each(s, (r, rel) => {
    if (!r.structure) return errorOf(r, rel, 'headings');
    return r.structure.h1 === 1 ? [] : [`${rel}: ${r.structure.h1} h1 elements${r.structure.h1 ? ': ' + r.structure.h1Text.map((t) => `"${t}"`).join(', ') : ''}`];
  });
}

export function checkLandmarks(s) {
  return each(s, (r, rel) => {
    if (!r.structure) return errorOf(r, rel, 'landmarks');
    const miss = Object.entries(r.structure.landmarks).filter(([, ok]) => !ok).map(([k]) => k);
    return miss.length ? [`${rel}: missing landmark(s): ${miss.join(', ')}${miss.some((m) => m === 'header' || m === 'footer') ? ' (page-level <header>/<footer>, not inside a section)' : ''}`] : [];
  });
}

export function checkSkipLink(s) {
  return each(s, (r, rel) => {
    const f = r.focus?.[0]; if (!f) return errorOf(r, rel, 'the skip link');
    if (f.none) return [`${rel}: nothing takes focus on the first Tab`];
    if (f.tag !== 'a' || !f.samePageTarget) return [`${rel}: the first focusable element is ${f.desc}, not a skip link to a #target on the page`];
    if (!f.samePageTarget.exists) return [`${rel}: skip link ${f.desc} points to #${f.samePageTarget.frag}, which is not on the page`];
    return [];
  });
}

export function checkFocusIndicator(s) {
  return each(s, (r, rel) => {
    if (!r.focus) return errorOf(r, rel, 'focus');
    const out = [];
    r.focus.forEach((f, i) => {
      if (f.none) { if (i === 0) out.push(`${rel}: Tab focuses nothing`); return; }
      if (!f.indicator) out.push(`${rel}: Tab ${i + 1} focuses ${f.desc} with no visible focus indicator (outline ${f.outline}, box-shadow ${f.boxShadow})`);
      if (!f.onScreen) out.push(`${rel}: Tab ${i + 1} focuses ${f.desc}, which stays off screen`);
    });
    return out;
  });
}

// which: 'root' (served at /) or 'sub' (served under SUB_PREFIX).
export function checkLinks(s, which) {
  const origin = which === 'root' ? s.origins.root : s.origins.sub;
  return each(s, (r, rel) => {
    const links = which === 'root' ? r.links : r.sub.links;
    if (!links) return errorOf(r, rel, 'links');
    const out = [];
    for (const ref of links.refs) {
      const show = `<${ref.tag} ${ref.attr}="${short(ref.raw, 80)}">`;
      if (!ref.url) { out.push(`${rel}: ${show} is not a valid URL`); continue; }
      const u = new URL(ref.url);
      if (u.origin !== origin) {
        if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname === '127.0.0.1') out.push(`${rel}: ${show} leaves the site`);
        continue; // mailto:, tel:, other hosts: not internal
      }
      const hash = u.hash; u.hash = '';
      const st = s.status[u.href];
      if (st !== 200) {
        out.push(`${rel}: ${show} -> ${u.pathname} answers ${st}${which === 'sub' && !u.pathname.startsWith(SUB_PREFIX) ? ` (outside ${SUB_PREFIX})` : ''}`);
        continue;
      }
      if (hash.length > 1) {
        let frag = hash.slice(1);
        try { frag = decodeURIComponent(frag); } catch { /* raw */ }
        const t = s.target[u.href];
        if (!t || !t.endsWith('.html')) continue;
        const ids = s.results[t]?.links?.ids;
        if (ids && !ids.includes(frag) && frag.toLowerCase() !== 'top') out.push(`${rel}: ${show}: no id="${frag}" in ${t}`);
      }
    }
    if (which === 'sub') for (const f of new Set(r.sub.net.failed)) out.push(`${rel}: under ${SUB_PREFIX}: failed ${short(f, 200)}`);
    return [...new Set(out)];
  });
}

// ---------------------------------------------------------------------------------------------
// Opening pages straight from disk (file://): the stylesheet must load and apply (the computed
// styles equal those of the page served over HTTP, and differ from the page without CSS), and
// every link must resolve to a file (not a folder) and #fragment on disk.
export async function checkFileUrls(browser, site, sample, { idsByRel = {} } = {}) {
  site = path.resolve(site);
  const server = await serve(site);
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await blockOtherHosts(ctx, [server.origin]);
  const out = [];
  const idsOf = async (rel) => {
    if (idsByRel[rel]) return idsByRel[rel];
    const p = await ctx.newPage();
    try { await p.goto(pathToFileURL(path.join(site, rel)).href); idsByRel[rel] = (await p.evaluate(probeLinks)).ids; } finally { await p.close(); }
    return idsByRel[rel];
  };
  try {
    for (const rel of sample) {
      const file = path.join(site, rel);
      if (!fs.existsSync(file)) { out.push(`${rel}: sample page is missing`); continue; }
      const net = emptyNet();
      const page = await ctx.newPage();
      track(page, () => net, [server.origin]);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const onDisk = await page.evaluate(probeStyleFingerprint, { disable: false });
      const bare = await page.evaluate(probeStyleFingerprint, { disable: true });
      const links = await page.evaluate(probeLinks);
      await page.close();
      const hp = await ctx.newPage();
      await hp.goto(server.urlOf(rel), { waitUntil: 'load' });
      const overHttp = await hp.evaluate(probeStyleFingerprint, { disable: false });
      await hp.close();

      if (onDisk.styleSheets === 0) out.push(`${rel}: from file:// no stylesheet is loaded (document.styleSheets is empty)`);
      for (const l of onDisk.links) if (!l.loaded) out.push(`${rel}: from file:// the stylesheet ${l.href} did not load`);
      for (const f of new Set(net.failed)) out.push(`${rel}: from file:// failed to load ${short(f, 200)}`);
      for (const u of new Set(net.external)) out.push(`${rel}: from file:// request to another host: ${short(u)}`);
      const keys = Object.keys(overHttp.fp);
      if (keys.every((k) => onDisk.fp[k] === bare.fp[k])) out.push(`${rel}: from file:// the CSS changes no computed style (not applied)`);
      const diff = keys.filter((k) => onDisk.fp[k] !== overHttp.fp[k]);
      if (diff.length) out.push(`${rel}: from file:// computed styles differ from the page over HTTP: ${diff.slice(0, 4).map((k) => `${k} is ${onDisk.fp[k]} not ${overHttp.fp[k]}`).join('; ')}`);

      for (const ref of links.refs) {
        if (!ref.url || !ref.url.startsWith('file:')) continue;
        const show = `<${ref.tag} ${ref.attr}="${short(ref.raw, 80)}">`;
        const u = new URL(ref.url); const hash = u.hash; u.hash = ''; u.search = '';
        const p = fileURLToPath(u);
        if (p !== site && !p.startsWith(site + path.sep)) { out.push(`${rel}: from file:// ${show} points outside the site folder (${p})`); continue; }
        if (!fs.existsSync(p)) { out.push(`${rel}: from file:// ${show}: no such file ${path.relative(site, p)}`); continue; }
        if (fs.statSync(p).isDirectory()) { out.push(`${rel}: from file:// ${show} points to a folder; from disk the browser shows a folder listing, not index.html`); continue; }
        if (hash.length > 1 && p.endsWith('.html')) {
          let frag = hash.slice(1); try { frag = decodeURIComponent(frag); } catch { /* raw */ }
          const trel = path.relative(site, p).split(path.sep).join('/');
          const ids = await idsOf(trel);
          if (!ids.includes(frag) && frag.toLowerCase() !== 'top') out.push(`${rel}: from file:// ${show}: no id="${frag}" in ${trel}`);
        }
      }
    }
  } finally { await ctx.close(); await server.close(); }
  return [...new Set(out)];
}

// Every page's links as they resolve from disk (no browser needed: the raw href/src of each link,
// recorded by surveySite, against the page's file:// URL): a file inside the site, not a folder,
// with its #fragment.
export function checkDiskLinks(s) {
  const site = s.site;
  return each(s, (r, rel) => {
    if (!r.links) return errorOf(r, rel, 'links');
    const out = [];
    const pageUrl = pathToFileURL(path.join(site, rel));
    let base = pageUrl;
    if (r.links.base !== null && r.links.base !== undefined) { try { base = new URL(r.links.base, pageUrl); } catch { /* keep */ } }
    for (const ref of r.links.refs) {
      let u; try { u = new URL(ref.raw, base); } catch { continue; }
      if (u.protocol !== 'file:') continue;
      const show = `<${ref.tag} ${ref.attr}="${short(ref.raw, 80)}">`;
      const hash = u.hash; u.hash = ''; u.search = '';
      const p = fileURLToPath(u);
      if (p !== site && !p.startsWith(site + path.sep)) { out.push(`${rel}: from disk ${show} points outside the site folder`); continue; }
      if (!fs.existsSync(p)) { out.push(`${rel}: from disk ${show}: no such file ${path.relative(site, p)}`); continue; }
      if (fs.statSync(p).isDirectory()) { out.push(`${rel}: from disk ${show} points to a folder; opened from disk the browser shows a folder listing, not index.html`); continue; }
      if (hash.length > 1 && p.endsWith('.html')) {
        let frag = hash.slice(1); try { frag = decodeURIComponent(frag); } catch { /* raw */ }
        const t = path.relative(site, p).split(path.sep).join('/');
        const ids = s.results[t]?.links?.ids;
        if (ids && !ids.includes(frag) && frag.toLowerCase() !== 'top') out.push(`${rel}: from disk ${show}: no id="${frag}" in ${t}`);
      }
    }
    return [...new Set(out)];
  });
}

// The pages to open from disk: home, a day page, the comparison, the handouts (those that exist
// in a site of this shape; a missing one is reported by checkFileUrls). On a site with several
// treatments, the first treatment's (`tattoo/days/0.html`).
export function fileSample(site) {
  const pages = listPages(site);
  const day = pages.find((p) => /(^|\/)days\/\d+\.html$/.test(p)) || 'days/0.html';
  const base = day.replace(/days\/\d+\.html$/, '');
  return ['index.html', day, `${base}compare.html`, `${base}handouts/at-a-glance.html`, `${base}handouts/checklist.html`];
}

// The folders that hold a treatment's handouts: `''` on a one-treatment site, else one per
// treatment (`tattoo/`).
export function handoutFolders(site) {
  const found = listPages(site).filter((p) => /(^|\/)handouts\/at-a-glance\.html$/.test(p)).map((p) => p.replace(/handouts\/at-a-glance\.html$/, ''));
  return found.length ? found.sort() : [''];
}

// ---------------------------------------------------------------------------------------------
// 404 from a sub-folder (issue #15): hosts serve 404.html at any missing address, at any depth.

// Missing addresses at which 404.html is opened: [server, path].
export const MISSING = [['root', '/days/no/such/page.html'], ['root', '/nope.html'], ['sub', `${SUB_PREFIX}x/y/z.html`], ['sub', `${SUB_PREFIX}days/no/such/page.html`]];

// The site's address when the build had base_url: the shortest <loc> of sitemap.xml ending in "/"
// (the home page), or null.
function baseUrlOf(site) {
  let xml; try { xml = fs.readFileSync(path.join(site, 'sitemap.xml'), 'utf8'); } catch { return null; }
  const homes = [...xml.matchAll(/<loc>([^<]*\/)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&')).sort((a, b) => a.length - b.length);
  return homes[0] || null;
}

// Opens 404.html at each MISSING address: it must be styled (the computed styles of body, header
// and main differ from the browser's defaults) and, once its scripts have run (network idle),
// every link must lead to a file of the site: answer 200 on the test server, or, when the build
// had base_url, be an address under it whose file exists.
export async function check404(browser, site) {
  site = path.resolve(site);
  if (!fs.existsSync(path.join(site, '404.html'))) return ['404.html: missing'];
  const base = baseUrlOf(site);
  const servers = { root: await serve(site), sub: await serve(site, { prefix: SUB_PREFIX }) };
  const origins = Object.values(servers).map((x) => x.origin);
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await blockOtherHosts(ctx, origins);
  const problems = [];
  try {
    const page = await ctx.newPage();
    for (const [which, at] of MISSING) {
      const srv = servers[which];
      const where = `404.html at ${at}`;
      const resp = await page.goto(srv.origin + at, { waitUntil: 'networkidle', timeout: 30000 });
      if (!resp || resp.status() !== 404) { problems.push(`${where}: the server answered ${resp?.status()}, not 404 with the page`); continue; }
      const on = await page.evaluate(probeStyleFingerprint, { disable: false });
      const off = await page.evaluate(probeStyleFingerprint, { disable: true });
      const changed = Object.keys(on.fp).filter((k) => /^(body|header|main) /.test(k) && on.fp[k] !== off.fp[k]);
      if (!on.fp['body font-family'] || on.fp['body font-family'] === off.fp['body font-family'] || !changed.some((k) => k.startsWith('header '))) {
        problems.push(`${where}: not styled (body font ${on.fp['body font-family']}; ${changed.length} computed styles of body, header and main differ from the browser's defaults)`);
      }
      // Pictures (the clinic's logo in the header) load too, once the script has mended them.
      await page.waitForLoadState('networkidle');
      const broken = await page.evaluate(() => Promise.all([...document.images].map((i) => (i.complete ? Promise.resolve() : new Promise((r) => { i.onload = i.onerror = r; })).then(() => (i.naturalWidth ? null : i.getAttribute('src'))))));
      for (const src of broken.filter(Boolean)) problems.push(`${where}: the picture <img src="${src}"> does not load`);
      const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => ({ attr: a.getAttribute('href'), url: a.href })));
      for (const l of links) {
        const u = new URL(l.url);
        if (u.protocol === 'tel:' || u.protocol === 'mailto:' || (l.attr.startsWith('#'))) continue;
        u.hash = '';
        if (origins.includes(u.origin)) {
          const res = await fetch(u.href, { redirect: 'manual' });
          await res.arrayBuffer();
          if (res.status !== 200) problems.push(`${where}: <a href="${l.attr}"> leads to ${u.pathname}, which answers ${res.status}`);
        } else if (base && u.href.startsWith(base)) {
          const rel = decodeURIComponent(u.href.slice(base.length)) || 'index.html';
          const file = path.join(site, rel.endsWith('/') ? rel + 'index.html' : rel);
          if (!fs.existsSync(file) || !fs.statSync(file).isFile()) problems.push(`${where}: <a href="${l.attr}">: no file ${rel} in the site`);
        } else {
          problems.push(`${where}: <a href="${l.attr}"> leaves the site (${u.href})`);
        }
      }
    }
  } finally {
    await ctx.close().catch(() => {});
    for (const x of Object.values(servers)) await x.close();
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Offline (offline: true in site.yaml, issue #15).

const h1Of = (html) => (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] || '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();

// With a service worker (sw.js at the root): served under SUB_PREFIX, the home page is opened,
// the worker is awaited (navigator.serviceWorker.ready, then a reload: the page is then
// controlled), the network is cut (Chromium's offline emulation), and the home page, a day page
// and, on a site in several languages, another language's home page must load with their heading
// and the stylesheet. Without one, no page may link a manifest or register a worker.
export async function checkOffline(browser, site) {
  site = path.resolve(site);
  const pages = listPages(site);
  const hasWorker = fs.existsSync(path.join(site, 'sw.js'));
  const srv = await serve(site, { prefix: SUB_PREFIX });
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await blockOtherHosts(ctx, [srv.origin]);
  const problems = [];
  try {
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e.message || e)));
    await page.goto(srv.urlOf('index.html'), { waitUntil: 'load' });
    const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? null);
    if (!hasWorker) {
      const regs = await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length));
      if (manifest !== null) problems.push(`index.html: links a manifest (${manifest}) but the site has no sw.js`);
      if (regs) problems.push(`index.html: ${regs} service worker(s) registered but the site has no sw.js`);
      return problems;
    }
    if (manifest === null) problems.push('index.html: the site has sw.js but the page links no manifest');
    const scope = await page.evaluate(() => Promise.race([
      navigator.serviceWorker.ready.then((r) => r.scope),
      new Promise((resolve) => { setTimeout(() => resolve(null), 20000); }), // a worker that never gets ready
    ]));
    if (scope === null) { problems.push('index.html: the service worker never became active'); return problems; }
    if (scope !== srv.base) problems.push(`sw.js: scope ${scope}, not the site's folder ${srv.base}`);
    await page.reload({ waitUntil: 'load' });
    if (!await page.evaluate(() => !!navigator.serviceWorker.controller)) problems.push('index.html: not controlled by the service worker after a reload');
    await ctx.setOffline(true);
    const day = pages.find((p) => /(^|\/)days\/0\.html$/.test(p)) || pages.find((p) => /days\/\d+\.html$/.test(p));
    const other = pages.find((p) => /^[a-z]{2,3}(-[A-Za-z]+)?\/index\.html$/.test(p));
    for (const rel of [day, 'index.html', other].filter(Boolean)) {
      let resp;
      try { resp = await page.goto(srv.urlOf(rel), { waitUntil: 'load', timeout: 15000 }); } catch (e) { problems.push(`${rel} offline: ${e.message.split('\n')[0]}`); continue; }
      const want = h1Of(fs.readFileSync(path.join(site, rel), 'utf8'));
      const got = await page.evaluate(() => ({ h1: (document.querySelector('h1')?.textContent || '').replace(/\s+/g, ' ').trim(), main: (document.querySelector('main')?.innerText || '').length, sheets: [...document.styleSheets].filter((s) => { try { return s.cssRules.length > 0; } catch { return false; } }).length }));
      if (!resp || !resp.ok()) problems.push(`${rel} offline: answered ${resp?.status()}`);
      if (!want || got.h1 !== want) problems.push(`${rel} offline: heading "${got.h1}", expected "${want}"`);
      if (got.main < 100) problems.push(`${rel} offline: only ${got.main} characters of main text`);
      if (!got.sheets) problems.push(`${rel} offline: no stylesheet applied`);
    }
    problems.push(...errors.map((e) => `page error: ${e}`));
  } finally {
    await ctx.setOffline(false).catch(() => {});
    await ctx.close().catch(() => {});
    await srv.close();
  }
  return problems;
}
