// The comparison page (compare.html, issue #15): a picture a clinic owner reads in seconds,
// not 21 phone screens of cards. Each compare.html of the site (every language and
// treatment) is opened at 360x640 with its rows as they load (collapsed) and checked for:
//   - the height of <main> at most MAX_MAIN_PX: four 640px screens, so that with the header
//     and footer every page shares (about one screen) the page stays within the issue's
//     "well under ~5 screens" (it was 13,253px, about 21 screens);
//   - every <svg> that is not hidden from assistive technology has role="img" and an
//     accessible name in words (aria-labelledby to elements with text, aria-label or <title>);
//   - no link leads to the page itself (the menu's current entry, aria-current="page",
//     excepted; #fragments within the page are navigation, not self-links).
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';

export const SCREEN_PX = 640;
export const MAX_MAIN_PX = 4 * SCREEN_PX;

export function comparePages(site) {
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(site).filter((f) => path.basename(f) === 'compare.html').map((f) => path.relative(site, f).split(path.sep).join('/')).sort();
}

// Returns { problems, heights: { rel: { main, page } } }.
export async function checkCompare(browser, site, { pages = comparePages(site), maxMainPx = MAX_MAIN_PX } = {}) {
  const problems = []; const heights = {};
  const server = await serve(site);
  const ctx = await browser.newContext({ viewport: { width: 360, height: SCREEN_PX } });
  try {
    const page = await ctx.newPage();
    for (const rel of pages) {
      await page.goto(server.urlOf(rel), { waitUntil: 'load' });
      const r = await page.evaluate(() => {
        const out = { svgs: [], self: [] };
        const main = document.querySelector('main');
        out.main = main ? Math.round(main.getBoundingClientRect().height) : null;
        out.page = document.documentElement.scrollHeight;
        const words = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
        document.querySelectorAll('svg').forEach((svg, i) => {
          if (svg.closest('[aria-hidden="true"]')) return;
          const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
          const missing = ids.filter((id) => !document.getElementById(id));
          const name = ids.length ? ids.map((id) => words(document.getElementById(id))).join(' ').trim()
            : (svg.getAttribute('aria-label') || '').trim() || words(svg.querySelector(':scope > title'));
          out.svgs.push({ i, role: svg.getAttribute('role'), name, missing, cls: svg.getAttribute('class') || '' });
        });
        const here = location.href.split('#')[0];
        for (const a of document.querySelectorAll('a[href]')) {
          const href = a.getAttribute('href');
          if (href.startsWith('#') || a.getAttribute('aria-current') === 'page') continue;
          if (a.href.split('#')[0] === here) out.self.push(`<a href="${href}">${words(a).slice(0, 60)}</a>`);
        }
        return out;
      });
      heights[rel] = { main: r.main, page: r.page };
      if (r.main === null) problems.push(`${rel}: no <main>`);
      else if (r.main > maxMainPx) problems.push(`${rel}: <main> is ${r.main}px tall at 360px wide, more than ${maxMainPx}px (${(r.main / 640).toFixed(1)} screens; the page ${r.page}px)`);
      for (const s of r.svgs) {
        const which = `svg #${s.i + 1}${s.cls ? ` (.${s.cls})` : ''}`;
        if (s.role !== 'img') problems.push(`${rel}: ${which} has no role="img" (and is not aria-hidden)`);
        if (s.missing.length) problems.push(`${rel}: ${which} aria-labelledby names missing id(s) ${s.missing.join(', ')}`);
        if (!/\p{L}/u.test(s.name)) problems.push(`${rel}: ${which} has no accessible name in words`);
      }
      for (const l of r.self) problems.push(`${rel}: links to itself: ${l}`);
    }
    if (!pages.length) problems.push('no compare.html in the site');
  } finally {
    await ctx.close();
    await server.close();
  }
  return { problems, heights };
}
