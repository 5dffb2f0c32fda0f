// Functions that run INSIDE the page (passed to page.evaluate). Each must be self-contained:
// Playwright sends its source text to the browser, so nothing from this module's scope is visible.

// Links and ids of the document: every href/src of a, link, img, script (the raw attribute and the
// URL the browser resolved it to), and every id (plus a[name]) a #fragment may point at.
export function probeLinks() {
  const refs = [];
  const pick = (sel, attr) => {
    for (const el of document.querySelectorAll(sel)) {
      const raw = el.getAttribute(attr);
      if (raw === null) continue;
      let url = null;
      try { url = new URL(raw, document.baseURI).href; } catch { url = null; }
      const rel = el.getAttribute('rel') || '';
      refs.push({ tag: el.tagName.toLowerCase(), attr, raw, url, rel });
    }
  };
  pick('a[href]', 'href'); pick('area[href]', 'href'); pick('link[href]', 'href');
  pick('img[src]', 'src'); pick('script[src]', 'src'); pick('source[src]', 'src');
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  for (const a of document.querySelectorAll('a[name]')) ids.push(a.getAttribute('name'));
  return { refs, ids, base: document.querySelector('base[href]')?.getAttribute('href') ?? null };
}

// Structure: h1 count and landmarks (header/footer count only when they are the page's banner and
// contentinfo, i.e. not inside article/aside/main/nav/section, or carry the role explicitly).
export function probeStructure() {
  const top = (sel, role) => [...document.querySelectorAll(`${sel}, [role="${role}"]`)].some((el) =>
    el.getAttribute('role') === role || !el.parentElement.closest('article, aside, main, nav, section, [role="article"], [role="complementary"], [role="main"], [role="navigation"], [role="region"]'));
  const main = document.querySelector('main, [role="main"]');
  return {
    h1: document.querySelectorAll('h1').length,
    h1Text: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)),
    landmarks: {
      main: !!main,
      nav: !!document.querySelector('nav, [role="navigation"]'),
      header: top('header', 'banner'),
      footer: top('footer', 'contentinfo'),
    },
    mainText: main ? main.innerText.length : null,
  };
}

// Where keyboard focus is now, whether it shows a focus indicator and is on screen.
export function probeFocus() {
  for (const a of document.getAnimations()) { try { a.finish(); } catch { /* infinite */ } } // e.g. a skip link sliding in
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { none: true };
  const cs = getComputedStyle(el);
  const transparent = (c) => /^transparent$|rgba\([^)]*,\s*0\)$/.test(c.trim());
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor);
  const shadow = cs.boxShadow && cs.boxShadow !== 'none';
  const r = el.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  const href = el.getAttribute('href');
  let samePageTarget = null; // for a link to #something in this document: does that element exist?
  if (el.tagName === 'A' && href !== null) {
    const u = new URL(el.href);
    const here = new URL(location.href);
    if (u.hash.length > 1 && u.origin + u.pathname + u.search === here.origin + here.pathname + here.search) {
      let frag = u.hash.slice(1);
      try { frag = decodeURIComponent(frag); } catch { /* keep raw */ }
      samePageTarget = { frag, exists: !!document.getElementById(frag) };
    }
  }
  const cls = [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
  return {
    none: false,
    desc: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls} "${(el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
    tag: el.tagName.toLowerCase(), href, samePageTarget,
    indicator: outline || shadow, outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`, boxShadow: cs.boxShadow,
    onScreen,
  };
}

// Layout at the current viewport: horizontal overflow, text smaller than minFont px, and tap targets
// smaller than minTarget px (except links in running text: WCAG 2.5.5/2.5.8's inline exception).
export function probeLayout({ minFont, minTarget }) {
  const styleCache = new Map();
  const cs = (el) => { let s = styleCache.get(el); if (!s) { s = getComputedStyle(el); styleCache.set(el, s); } return s; };
  const hiddenCache = new Map();
  // Visually hidden ("sr-only"): the element or an ancestor is clipped to at most 1 x 1 px.
  const visuallyHidden = (el) => {
    if (!el || el === document.body || el === document.documentElement) return false;
    if (hiddenCache.has(el)) return hiddenCache.get(el);
    const s = cs(el);
    const r = el.getBoundingClientRect();
    let h = r.width <= 1 && r.height <= 1 && (s.overflow === 'hidden' || s.overflowX === 'hidden' || s.clip !== 'auto' || s.clipPath !== 'none');
    if (!h) h = visuallyHidden(el.parentElement);
    hiddenCache.set(el, h);
    return h;
  };
  const desc = (el) => {
    const cls = [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
    const parent = el.parentElement && el.parentElement !== document.body
      ? `${el.parentElement.tagName.toLowerCase()}${[...el.parentElement.classList].slice(0, 1).map((c) => '.' + c).join('')} > ` : '';
    return `${parent}${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}`;
  };
  const snippet = (s) => { s = s.trim().replace(/\s+/g, ' '); return s.length > 40 ? s.slice(0, 39) + '…' : s; };

  // 1. Horizontal overflow, and the outermost elements that stick out on the right.
  const vw = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const overflowers = [];
  if (scrollWidth > vw) {
    const sticks = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.right > vw + 0.5 && !visuallyHidden(el); };
    for (const el of document.body.querySelectorAll('*')) {
      if (!sticks(el) || (el.parentElement && el.parentElement !== document.body && sticks(el.parentElement))) continue;
      overflowers.push(`${desc(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)}px)`);
      if (overflowers.length >= 5) break;
    }
    // Text running out of boxes that themselves fit (e.g. white-space: nowrap).
    const seen = new Set();
    const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = tw.nextNode(); n && overflowers.length < 5; n = tw.nextNode()) {
      const el = n.parentElement;
      if (!el || !/\S/.test(n.data) || seen.has(el) || sticks(el) || visuallyHidden(el)) continue;
      const range = document.createRange(); range.selectNodeContents(n);
      const right = Math.max(0, ...[...range.getClientRects()].map((r) => r.right));
      if (right <= vw + 0.5) continue;
      seen.add(el);
      overflowers.push(`text of ${desc(el)} (white-space: ${getComputedStyle(el).whiteSpace}) runs to ${Math.round(right)}px: "${snippet(n.data)}"`);
    }
  }

  // 2. Text size: every rendered, visible text node's parent element.
  const smallText = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\S/.test(n.data)) continue;
    const el = n.parentElement;
    if (!el || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE'].includes(el.tagName)) continue;
    const range = document.createRange(); range.selectNodeContents(n);
    if (![...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) continue; // not rendered
    const s = cs(el);
    if (s.visibility !== 'visible' || visuallyHidden(el)) continue;
    const px = parseFloat(s.fontSize);
    if (px + 0.01 >= minFont) continue;
    const key = `${desc(el)} ${+px.toFixed(2)}px`;
    const e = smallText.get(key) || { key, count: 0, example: snippet(n.data) };
    e.count++; smallText.set(key, e);
  }

  // 3. Tap targets.
  const inline = (d) => d === 'inline' || d === 'contents';
  // Text other than the link's own that shares the link's lines: walk the link's block container,
  // skipping the link, block-level descendants (their own lines) and hidden text.
  const otherInlineText = (container, link) => {
    let text = '';
    const walk = (node) => {
      for (const c of node.childNodes) {
        if (c === link) continue;
        if (c.nodeType === Node.TEXT_NODE) { text += c.data; continue; }
        if (c.nodeType !== Node.ELEMENT_NODE) continue;
        const d = cs(c).display;
        if (d === 'none' || visuallyHidden(c) || cs(c).visibility !== 'visible') continue;
        if (inline(d) || d.startsWith('inline-')) walk(c);
      }
    };
    walk(container);
    return /[\p{L}\p{N}]/u.test(text);
  };
  const inRunningText = (el) => {
    if (el.tagName !== 'A') return false;
    const pd = el.parentElement ? cs(el.parentElement).display : 'block';
    if (/flex|grid/.test(pd)) return false; // a flex or grid item is its own box, not part of a line of text
    let container = el.parentElement;
    while (container && container !== document.body && inline(cs(container).display)) container = container.parentElement;
    return !!container && otherInlineText(container, el);
  };
  const smallTargets = new Map();
  for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), summary')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const s = cs(el);
    if (s.visibility !== 'visible' || s.display === 'none' || visuallyHidden(el)) continue;
    if (r.width + 0.01 >= minTarget && r.height + 0.01 >= minTarget) continue;
    if (inRunningText(el)) continue;
    const key = `${desc(el)} ${Math.round(r.width * 10) / 10}x${Math.round(r.height * 10) / 10}px`;
    const e = smallTargets.get(key) || { key, count: 0, example: snippet(el.innerText || el.value || el.getAttribute('aria-label') || '') };
    e.count++; smallTargets.set(key, e);
  }

  return { innerWidth: vw, scrollWidth, overflowers, smallText: [...smallText.values()], smallTargets: [...smallTargets.values()] };
}

// Computed styles of a few key elements: a fingerprint of "the stylesheet is applied". With
// disable=true, it is taken with every stylesheet switched off (then switched back on).
export function probeStyleFingerprint({ disable }) {
  const props = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'margin-top',
    'margin-left', 'padding-left', 'padding-top', 'max-width', 'border-top-width', 'display', 'text-decoration-line'];
  const els = { html: document.documentElement, body: document.body, main: document.querySelector('main'),
    h1: document.querySelector('h1'), link: document.querySelector('main a[href]'), p: document.querySelector('main p'),
    header: document.querySelector('header'), footer: document.querySelector('footer') };
  const take = () => {
    const fp = {};
    for (const [k, el] of Object.entries(els)) {
      if (!el) continue;
      const s = getComputedStyle(el);
      for (const p of props) fp[`${k} ${p}`] = s.getPropertyValue(p);
    }
    return fp;
  };
  const sheets = [...document.styleSheets];
  if (disable) sheets.forEach((s) => { s.disabled = true; });
  const fp = take();
  if (disable) sheets.forEach((s) => { s.disabled = false; });
  return {
    fp,
    styleSheets: document.styleSheets.length,
    links: [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => ({ href: l.getAttribute('href'), loaded: !!l.sheet })),
  };
}

// Print layout: margins of @page rules that apply (print media must be emulated), in CSS px.
export function probePageMargins({ paperWidthPx }) {
  const m = { left: null, right: null };
  const probe = document.createElement('div');
  probe.style.position = 'absolute'; probe.style.visibility = 'hidden';
  document.body.appendChild(probe);
  const toPx = (v) => {
    v = (v || '').trim();
    if (!v || v === 'auto' || v === 'initial' || v === 'inherit' || v === 'unset') return null;
    if (v.endsWith('%')) return parseFloat(v) / 100 * paperWidthPx;
    probe.style.width = v;
    const px = parseFloat(getComputedStyle(probe).width);
    return Number.isFinite(px) ? px : null;
  };
  const visit = (rules) => {
    for (const r of rules) {
      if (r instanceof CSSMediaRule) { if (matchMedia(r.media.mediaText).matches) visit(r.cssRules); continue; }
      if (r instanceof CSSSupportsRule || (typeof CSSLayerBlockRule !== 'undefined' && r instanceof CSSLayerBlockRule)) { visit(r.cssRules); continue; }
      if (r instanceof CSSPageRule && (!r.selectorText || r.selectorText === '')) {
        const l = toPx(r.style.getPropertyValue('margin-left')); const rt = toPx(r.style.getPropertyValue('margin-right'));
        if (l !== null) m.left = l; if (rt !== null) m.right = rt;
      }
    }
  };
  for (const s of document.styleSheets) { try { visit(s.cssRules); } catch { /* unreadable sheet */ } }
  probe.remove();
  return { left: m.left ?? 0, right: m.right ?? 0 };
}

// Print layout: elements whose box sticks out of the page's width (outermost ones only).
export function probeCut() {
  const w = document.documentElement.clientWidth;
  const hidden = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = getComputedStyle(e); const r = e.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1 && (s.overflow === 'hidden' || s.clip !== 'auto' || s.clipPath !== 'none')) return true;
    }
    return false;
  };
  const out = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    if (getComputedStyle(el).display === 'none') return false;
    return (r.right > w + 0.5 || r.left < -0.5) && !hidden(el);
  };
  const found = [];
  let total = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (!out(el)) continue;
    total++;
    if (el.parentElement && el.parentElement !== document.body && out(el.parentElement)) continue;
    const r = el.getBoundingClientRect();
    const cls = [...el.classList].slice(0, 2).map((c) => '.' + c).join('');
    found.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls} spans ${Math.round(r.left)}..${Math.round(r.right)}px of ${w}px "${(el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`);
  }
  return { width: w, found, total };
}

// Texts of the handout's h2 and h3 headings.
export function probeHeadings() {
  return [...document.querySelectorAll('h2, h3')].map((h) => h.textContent);
}

// Hides position:fixed elements (they repeat on every printed page) without changing the layout.
export function hideFixed() {
  let n = 0;
  for (const el of document.querySelectorAll('body *')) {
    if (getComputedStyle(el).position === 'fixed') { el.style.setProperty('visibility', 'hidden', 'important'); n++; }
  }
  return n;
}

// Runs in the page (print media): blocks that must stay whole (a day of the at-a-glance sheet's
// changes, or anything with `break-inside: avoid`) inside a
// multi-column list, found split over two columns anyway (a day's changes cut from its
// heading). Each fragment of a split block is its own client rect, at another left edge.
export function probeSplit() {
  const found = [];
  // The sheet's days of changes (.miles > li), and any block that asks to be kept whole.
  for (const e of document.querySelectorAll('main *')) {
    const st = getComputedStyle(e);
    if (!(e.matches('.miles > li') || st.breakInside === 'avoid') || st.display === 'none' || st.display.startsWith('inline')) continue;
    let c = e.parentElement; let cols = false;
    while (c && c !== document.body) { const cs = getComputedStyle(c); if (cs.columnCount !== 'auto' || cs.columnWidth !== 'auto') { cols = true; break; } c = c.parentElement; }
    if (!cols) continue;
    const lefts = new Set([...e.getClientRects()].filter((r) => r.height > 0).map((r) => Math.round(r.left)));
    if (lefts.size > 1) found.push(`"${e.textContent.trim().replace(/\s+/g, ' ').slice(0, 60)}" is split over ${lefts.size} columns`);
  }
  return found;
}
