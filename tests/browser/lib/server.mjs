// A tiny static file server on 127.0.0.1 (random port) for the browser checks.
// It serves one folder under one path prefix ("/" or e.g. "/aftercare/") and answers 404 for
// anything outside that prefix, so a root-absolute link ("/assets/x.css") is caught when the site
// is served under a sub-path. A missing address inside the prefix gets the site's 404.html (status
// 404), as static hosts do. Every answer says `Cache-Control: no-store`, so each page load
// really transfers its HTML, CSS and JS (the page-weight check counts those responses).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.ics': 'text/calendar', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
  '.woff2': 'font/woff2', '.woff': 'font/woff',
};

export async function serve(root, { prefix = '/' } = {}) {
  root = path.resolve(root);
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`prefix must start and end with "/": ${prefix}`);
  const log = [];

  // The site-relative file ("days/0.html") that a URL path maps to, or null.
  const fileFor = (pathname) => {
    if (!pathname.startsWith(prefix)) return null;
    let rel;
    try { rel = decodeURIComponent(pathname.slice(prefix.length)); } catch { return null; }
    const abs = path.resolve(root, rel);
    if (abs !== root && !abs.startsWith(root + path.sep)) return null;
    let st;
    try { st = fs.statSync(abs); } catch { return null; }
    if (st.isDirectory()) {
      const idx = path.join(abs, 'index.html');
      return fs.existsSync(idx) ? path.relative(root, idx).split(path.sep).join('/') : null;
    }
    return st.isFile() ? path.relative(root, abs).split(path.sep).join('/') : null;
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    log.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405); return res.end(); }
    if (url.pathname === prefix.slice(0, -1) && prefix !== '/') { // "/aftercare" -> "/aftercare/"
      res.writeHead(301, { location: prefix, 'cache-control': 'no-store' }); return res.end();
    }
    const rel = fileFor(url.pathname);
    if (rel === null) {
      // Like static hosts (GitHub Pages, Netlify, Apache's ErrorDocument): the site's own 404.html,
      // with status 404, for any missing address inside the site, however deep.
      const page = url.pathname.startsWith(prefix) && fileFor(prefix + '404.html');
      if (page) {
        const body = fs.readFileSync(path.join(root, page));
        res.writeHead(404, { 'content-type': TYPES['.html'], 'content-length': body.length, 'cache-control': 'no-store' });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }); return res.end('not found');
    }
    const body = fs.readFileSync(path.join(root, rel));
    res.writeHead(200, {
      'content-type': TYPES[path.extname(rel).toLowerCase()] || 'application/octet-stream',
      'content-length': body.length, 'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve, reject) => { server.once('error', reject); server.listen(0, '127.0.0.1', resolve); });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    root, prefix, origin, base: origin + prefix, log,
    // URL of a site-relative file, each path segment encoded.
    urlOf: (rel) => origin + prefix + rel.split('/').map(encodeURIComponent).join('/'),
    // Site-relative file that an absolute URL of this server maps to, or null (404).
    relOf: (u) => { const x = new URL(u); return x.origin === origin ? fileFor(x.pathname) : null; },
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
