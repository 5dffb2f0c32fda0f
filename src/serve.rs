//! `aftercare serve`: a preview server with live reload.
//!
//! The site is rendered into memory and served from there, so a request can never reach
//! a file outside the site whatever its path says. A watcher thread is told of changes by
//! the system (inotify on Linux, the native APIs elsewhere; polling only where there are
//! none); after a burst of saves has settled it rebuilds once, and not at all for an
//! editor's swap and backup files. A good build replaces
//! the served files and tells open pages to reload (server-sent events); a failed one
//! keeps the last good site, reports the problems and shows them over the page. What
//! happens is told to the caller's [`Reporter`] (the command line prints it): the library
//! itself never prints.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant, SystemTime};

use crate::diagnostics::Diagnostics;

pub struct Options {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub report: Reporter,
}

/// What the server tells its caller.
pub enum Event<'a> {
    /// Listening at this address (after the first build, good or bad); `exposed` when
    /// other computers can reach it (not a loopback address).
    Listening { addr: SocketAddr, exposed: bool },
    /// A whole build succeeded, with its warnings.
    Built { pages: usize, ms: u128, warnings: &'a Diagnostics },
    /// Only the pages of changed articles were rendered again.
    Rebuilt { pages: usize, ms: u128 },
    /// A build failed: the last good version is still served (if there is one).
    Failed { problems: &'a Diagnostics, serving_old: bool },
    /// Files changed, but none of them is an input of the site (an editor's swap or backup
    /// file, the output folder, a file saved again unchanged): nothing was rebuilt. For
    /// tools and tests; a person has nothing to do about it.
    Ignored { paths: &'a [PathBuf] },
}

/// Receives the server's [`Event`]s, from any thread.
pub type Reporter = Arc<dyn Fn(Event) + Send + Sync>;

/// Path prefix of the server's own endpoints; never a path a site can have (ids and
/// folder names are lower-case letters, digits and hyphens).
const PREFIX: &str = "/__aftercare/";
/// How often the watcher looks for changes where the system cannot tell it (no inotify).
const POLL: Duration = Duration::from_millis(200);
/// How long a burst of changes must be quiet before the rebuild. An editor's save is a
/// burst of a few events within a millisecond or two (vim: `4913`, a backup, the file, its
/// mode; others: a temporary file renamed over the file); a rebuild before it ends could
/// read a half-written file and flash an error. 30 ms covers that with room to spare and
/// keeps save-to-reload under 100 ms on the example site (measured in bench/README.md).
const SETTLE: Duration = Duration::from_millis(30);
/// A burst that never goes quiet (a program writing into content/ all the time) still
/// gets a rebuild this long after it began.
const SETTLE_MAX: Duration = Duration::from_secs(1);
/// Connections served at once; past that a new one is told "busy" (503) at once, so slow
/// or stuck clients can never make real requests wait.
const MAX_CONNECTIONS: usize = 1024;
/// Open live-reload streams at once (a preview has a few tabs, not hundreds).
const MAX_EVENT_STREAMS: usize = 32;
/// The whole request line and headers must arrive within this time (a client that sends
/// a byte every few seconds is dropped).
const REQUEST_DEADLINE: Duration = Duration::from_secs(5);

const LIVE_JS: &str = include_str!("live.js");

#[derive(Default)]
struct State {
    files: HashMap<String, Arc<Vec<u8>>>,
    /// The problems of the last build, when it failed.
    error: Option<String>,
    /// Goes up on every rebuild, good or bad; pages compare it with the one they carry.
    generation: u64,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

pub fn serve(opts: Options) -> io::Result<()> {
    let listener = TcpListener::bind(SocketAddr::new(opts.bind, opts.port))?;
    let addr = listener.local_addr()?;
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    // The watcher starts from the files as they were before the first build, so a save
    // made while that build runs (or before the watcher thread gets going) is not missed.
    let before = snapshot(&opts.root);
    // The system watches from here on, before the first build and before anyone is told
    // the address: nothing saved after "Serving ..." can go unseen.
    let (tx, rx) = std::sync::mpsc::channel::<Vec<PathBuf>>();
    let watcher = start_watcher(&opts.root, tx);
    let cache = rebuild(&opts.root, &shared, &opts.report);
    (opts.report)(Event::Listening { addr, exposed: !addr.ip().is_loopback() });

    let root = opts.root.clone();
    let watch_state = Arc::clone(&shared);
    let report = Arc::clone(&opts.report);
    thread::spawn(move || watch(&root, &watch_state, &report, cache, before, watcher, &rx));

    let active = Arc::new(AtomicUsize::new(0));
    let streams = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if active.load(Ordering::Acquire) >= MAX_CONNECTIONS {
            let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
            let _ = respond(
                &mut stream,
                "503 Service Unavailable",
                "text/plain; charset=utf-8",
                b"Busy; try again.\n",
                false,
            );
            continue;
        }
        active.fetch_add(1, Ordering::AcqRel);
        let (shared, done, streams) = (Arc::clone(&shared), Arc::clone(&active), Arc::clone(&streams));
        // A small stack: a connection thread only copies bytes.
        let spawned = thread::Builder::new().stack_size(128 * 1024).spawn(move || {
            let _ = handle(stream, &shared, addr, &streams);
            done.fetch_sub(1, Ordering::AcqRel);
        });
        if spawned.is_err() {
            active.fetch_sub(1, Ordering::AcqRel);
        }
    }
    Ok(())
}

/// What the watcher keeps between rebuilds, so that a change to one article re-renders
/// only that article's page instead of the whole site.
struct Cache {
    site: crate::model::Site,
    tera: tera::Tera,
    /// The site in each other language, with its templates: an article's text also shows
    /// in each language that has no translation of it.
    translations: Vec<(crate::model::Site, tera::Tera)>,
}

/// Builds the whole site into memory and publishes it. Returns the loaded site and
/// templates for later partial rebuilds, or `None` when the build failed.
fn rebuild(root: &Path, shared: &Shared, report: &Reporter) -> Option<Cache> {
    let start = Instant::now();
    let result = crate::load(root).and_then(|project| {
        let schedules = project.schedules();
        let rendered = crate::render::render_editions(root, &project.editions(&schedules), None)?;
        drop(schedules);
        let crate::Project { site, warnings, templates: tera, translations, .. } = project;
        Ok((rendered, warnings, Cache { site, tera, translations }))
    });
    let (lock, cvar) = &**shared;
    let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
    state.generation += 1;
    let cache = match result {
        Ok((rendered, warnings, cache)) => {
            report(Event::Built { pages: rendered.pages, ms: start.elapsed().as_millis(), warnings: &warnings });
            state.files = rendered.files.into_iter().map(|(p, b)| (p, Arc::new(b))).collect();
            state.error = None;
            Some(cache)
        }
        Err(diags) => {
            report(Event::Failed { problems: &diags, serving_old: !state.files.is_empty() });
            state.error = Some(diags.in_order().into_iter().map(|d| format!("{d}\n")).collect());
            None
        }
    };
    cvar.notify_all();
    cache
}

/// Re-renders only the pages of articles whose text changed, when that is all that
/// changed: same files, same front matter, same pictures. An article in the default
/// language is rendered again in each language that shows it for want of a translation; a
/// translation's own file (`x.es.md`) takes a full rebuild, which checks it against its
/// source. Returns false when a full rebuild is needed.
fn rebuild_articles(root: &Path, shared: &Shared, report: &Reporter, cache: &mut Cache, changed: &[PathBuf]) -> bool {
    let start = Instant::now();
    // (language: None for the default one, else an index into `translations`; article; new text)
    let mut updated: Vec<(Option<usize>, usize, crate::model::Article)> = Vec::new();
    for path in changed {
        let Ok(rel) = path.strip_prefix(root) else { return false };
        let in_articles = rel.parent() == Some(Path::new(crate::content::ARTICLES_DIR));
        if !in_articles || rel.extension().and_then(|e| e.to_str()) != Some("md") || !path.is_file() {
            return false;
        }
        let slug = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let Some(i) = cache.site.articles.iter().position(|a| a.slug == slug) else { return false };
        // Errors are left to the full rebuild, which reports them with everything else.
        let Ok(article) = crate::content::reload_article(root, &cache.site, rel) else { return false };
        let old = &cache.site.articles[i].meta;
        // A new title or order shows on other pages (lists, related questions): rebuild all.
        if (&old.title, &old.summary, old.order, &old.activities)
            != (&article.meta.title, &article.meta.summary, article.meta.order, &article.meta.activities)
        {
            return false;
        }
        // A picture it did not show before must be copied: rebuild all.
        let images = |a: &crate::model::Article| a.images.lock().map(|i| i.clone()).unwrap_or_default();
        if images(&cache.site.articles[i]) != images(&article) {
            return false;
        }
        updated.push((None, i, article));
        for (l, (site, _)) in cache.translations.iter().enumerate() {
            if site.articles.get(i).is_some_and(|a| a.fallback && a.slug == slug) {
                let Ok(mut shown) = crate::content::reload_article(root, site, rel) else { return false };
                shown.fallback = true;
                updated.push((Some(l), i, shown));
            }
        }
    }
    let mut pages: Vec<Vec<crate::render::Page>> = vec![Vec::new(); cache.translations.len() + 1];
    for (lang, i, article) in updated {
        let site = match lang {
            None => &mut cache.site,
            Some(l) => &mut cache.translations[l].0,
        };
        site.articles[i] = article;
        pages[lang.map_or(0, |l| l + 1)].push(crate::render::Page::Article(i));
    }
    let editions = std::iter::once((&cache.site, &cache.tera)).chain(cache.translations.iter().map(|(s, t)| (s, t)));
    let mut rendered = Vec::new();
    for ((site, tera), list) in editions.zip(&pages).filter(|(_, list)| !list.is_empty()) {
        let schedule = crate::schedule::resolve_all(site);
        let Ok(files) = crate::render::render_only(tera, site, &schedule, None, list) else { return false };
        rendered.extend(files);
    }
    let (lock, cvar) = &**shared;
    let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
    state.generation += 1;
    for (path, html) in rendered {
        state.files.insert(path, Arc::new(html.into_bytes()));
    }
    // The service worker lists a hash of every file: a page that changed makes a new version,
    // or a patient's browser would keep the old page in its cache.
    if cache.site.config.offline {
        let fresh =
            crate::render::offline_refresh(&cache.site, state.files.iter().map(|(p, b)| (p.as_str(), b.as_slice())));
        for (path, bytes) in fresh {
            state.files.insert(path, Arc::new(bytes));
        }
    }
    state.error = None;
    cvar.notify_all();
    report(Event::Rebuilt { pages: pages.iter().map(Vec::len).sum(), ms: start.elapsed().as_millis() });
    true
}

/// A file's modification time and size.
type Stamp = (SystemTime, u64);

/// Rebuilds once each burst of changes has settled, when an input of the site changed.
fn watch(
    root: &Path,
    shared: &Shared,
    report: &Reporter,
    mut cache: Option<Cache>,
    before: Vec<(PathBuf, SystemTime, u64)>,
    mut watching: Option<Watching>,
    rx: &std::sync::mpsc::Receiver<Vec<PathBuf>>,
) {
    // The system tells us when a file changes (inotify on Linux): no polling, so an idle
    // preview costs nothing and a save is seen at once. Where no watcher can be had (too
    // many watches, an unusual file system) it falls back to looking every POLL.
    let mut last: HashMap<PathBuf, Stamp> = before.into_iter().map(|(p, t, n)| (p, (t, n))).collect();
    // The first look needs no event: a save made while the first build ran, before the
    // watcher was in place, is found by comparing with the files as they were then.
    let mut first = true;
    loop {
        let first_round = first;
        // The paths the system named in this burst of changes; an event without a path
        // (the system's queue overflowed: changes were lost) calls for a look at everything.
        let mut paths: Vec<PathBuf> = Vec::new();
        let mut rescan = false;
        match &mut watching {
            Some(w) => {
                if !std::mem::take(&mut first) {
                    match rx.recv() {
                        Ok(p) => {
                            rescan |= p.is_empty();
                            paths.extend(p);
                        }
                        Err(_) => return,
                    }
                }
                // Wait until saves stop, so that several quick saves cause one rebuild.
                let began = Instant::now();
                while began.elapsed() < SETTLE_MAX {
                    match rx.recv_timeout(SETTLE) {
                        Ok(p) => {
                            rescan |= p.is_empty();
                            paths.extend(p);
                        }
                        Err(_) => break,
                    }
                }
                // An input folder made since the start (a first template), or a new link
                // to a file elsewhere in the site, is watched too.
                w.update(root, &paths);
            }
            None => thread::sleep(POLL),
        }
        paths.sort();
        paths.dedup();
        // What changed: from the paths the system named when it can be told from them
        // (files saved, added, removed), else by looking at every file again (a folder
        // moved, a link's target, polling). On a big site that look is a walk over
        // thousands of files; a save costs only what it touched.
        let full = first_round || rescan || watching.is_none();
        let looked_up = if full { None } else { changes_at(root, &paths, &last) };
        let changed = match looked_up {
            Some(list) => {
                let mut changed = Vec::new();
                for (p, stamp) in list {
                    if last.get(&p) != stamp.as_ref() {
                        match stamp {
                            Some(s) => last.insert(p.clone(), s),
                            None => last.remove(&p),
                        };
                        changed.push(p);
                    }
                }
                changed
            }
            None => {
                let now: HashMap<PathBuf, Stamp> = snapshot(root).into_iter().map(|(p, t, n)| (p, (t, n))).collect();
                let changed = changed_files(&last, &now);
                last = now;
                changed
            }
        };
        if changed.is_empty() {
            if !paths.is_empty() {
                report(Event::Ignored { paths: &paths });
            }
            continue;
        }
        let partial = match cache.as_mut() {
            Some(c) => rebuild_articles(root, shared, report, c, &changed),
            None => false,
        };
        if !partial {
            cache = rebuild(root, shared, report);
        }
    }
}

/// The input files of the site: its settings (`site.yaml`, `site.es.yaml`...) and what is
/// in these folders.
const INPUT_DIRS: [&str; 4] = ["content", "templates", "theme", "messages"];

/// A file of settings in the site folder: `site.yaml`, or a translation's `site.es.yaml`.
fn is_settings(root: &Path, path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    path.parent() == Some(root) && name.starts_with("site.") && (name.ends_with(".yaml") || name.ends_with(".yml"))
}

/// The files at `paths` (named by the system) as they are now: `None` when a folder or a
/// link is among them, or a path outside the inputs (a link's target elsewhere in the site),
/// so that only a look at every file can tell what changed.
fn changes_at(root: &Path, paths: &[PathBuf], last: &HashMap<PathBuf, Stamp>) -> Option<Vec<(PathBuf, Option<Stamp>)>> {
    let dirs: Vec<PathBuf> = INPUT_DIRS.iter().map(|d| root.join(d)).collect();
    let mut out = Vec::new();
    for p in paths.iter().filter(|p| !is_editor_file(p)) {
        if !is_settings(root, p) && !dirs.iter().any(|d| p.starts_with(d) && p != d) {
            return None;
        }
        match std::fs::symlink_metadata(p) {
            Ok(m) if m.is_dir() || m.file_type().is_symlink() => return None,
            Ok(m) if m.is_file() => {
                out.push((p.clone(), Some((m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()))))
            }
            // A pipe or a device is no input (the full look leaves it out too).
            Ok(_) => out.push((p.clone(), None)),
            Err(_) if last.contains_key(p) => out.push((p.clone(), None)),
            // Gone, and no file we knew: a folder that held some of them.
            Err(_) if last.keys().any(|k| k.starts_with(p)) => return None,
            Err(_) => {}
        }
    }
    Some(out)
}

/// The system's watcher, and the input folders it watches (a folder removed and made
/// again must be watched again).
struct Watching {
    watcher: notify::RecommendedWatcher,
    watched: std::collections::HashSet<PathBuf>,
}

impl Watching {
    /// Watches the input folders not watched yet, and, when the burst of changes `paths`
    /// holds a link, the folders the site's links point into.
    fn update(&mut self, root: &Path, paths: &[PathBuf]) {
        for p in paths {
            if INPUT_DIRS.iter().any(|d| root.join(d) == *p) {
                self.watched.remove(p);
            }
        }
        let links = paths.iter().any(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()));
        self.watch_inputs(root, links);
    }

    fn watch_inputs(&mut self, root: &Path, links: bool) {
        use notify::Watcher;
        for dir in INPUT_DIRS {
            let d = root.join(dir);
            if !d.is_dir() {
                self.watched.remove(&d);
                continue;
            }
            let new = !self.watched.contains(&d);
            if new && self.watcher.watch(&d, notify::RecursiveMode::Recursive).is_ok() {
                self.watched.insert(d.clone());
            }
            if !(new || links) {
                continue;
            }
            // A link to a file elsewhere in the site: the system reports changes where
            // the file really is, so that folder is watched too.
            for e in walkdir::WalkDir::new(&d).into_iter().flatten().filter(|e| e.path_is_symlink()) {
                let target = std::fs::canonicalize(e.path()).ok();
                let folder = target.as_deref().and_then(Path::parent).map(Path::to_path_buf);
                if let Some(f) = folder.filter(|f| std::fs::canonicalize(root).is_ok_and(|r| f.starts_with(r))) {
                    let _ = self.watcher.watch(&f, notify::RecursiveMode::NonRecursive);
                }
            }
        }
    }
}

/// Watches the site's inputs; every change sends the paths it touched on `tx`. `None` when the
/// system cannot watch them.
fn start_watcher(root: &Path, tx: std::sync::mpsc::Sender<Vec<PathBuf>>) -> Option<Watching> {
    use notify::Watcher;
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading a file changes nothing; editor files are sorted out by the watcher
        // thread, which says that it ignored them.
        if let Ok(e) = event {
            if !matches!(e.kind, notify::EventKind::Access(_)) {
                let _ = tx.send(e.paths);
            }
        }
    })
    .ok()?;
    // The site folder itself, not recursively (site.yaml, and folders that appear), then
    // each input folder with everything in it.
    watcher.watch(root, notify::RecursiveMode::NonRecursive).ok()?;
    let mut w = Watching { watcher, watched: Default::default() };
    w.watch_inputs(root, true);
    Some(w)
}

/// Files editors write beside the one being edited (`.x.swp`, `x~`, `.#x`, vim's `4913`):
/// they are not content, and a save must not rebuild twice because of them.
fn is_editor_file(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || name == "4913"
        || name.starts_with('.') && name.ends_with(".kate-swp")
}

/// Paths added, removed or modified between two snapshots. A path added or removed is
/// reported as well, and then does not exist, or did not exist before.
fn changed_files(before: &HashMap<PathBuf, Stamp>, after: &HashMap<PathBuf, Stamp>) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> =
        after.iter().filter(|(p, s)| before.get(*p) != Some(s)).map(|(p, _)| p.clone()).collect();
    out.extend(before.keys().filter(|p| !after.contains_key(*p)).cloned());
    out.sort();
    out
}

/// Every watched file with its modification time and size.
fn snapshot(root: &Path) -> Vec<(PathBuf, SystemTime, u64)> {
    let mut out = Vec::new();
    let settings =
        std::fs::read_dir(root).into_iter().flatten().flatten().map(|e| e.path()).filter(|p| is_settings(root, p));
    let roots: Vec<PathBuf> = settings.chain(INPUT_DIRS.iter().map(|d| root.join(d))).collect();
    for r in roots {
        for e in walkdir::WalkDir::new(r).into_iter().flatten() {
            if is_editor_file(e.path()) {
                continue;
            }
            // A link is looked through, so an edit to the file it points to is seen.
            if let Ok(m) = std::fs::metadata(e.path()) {
                if m.is_file() {
                    out.push((e.into_path(), m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()));
                }
            }
        }
    }
    out.sort();
    out
}

/// Answers one request. Each connection carries one request (`Connection: close`),
/// except the event stream, which stays open.
fn handle(stream: TcpStream, shared: &Shared, bound: SocketAddr, streams: &AtomicUsize) -> io::Result<()> {
    stream.set_write_timeout(Some(Duration::from_secs(10)))?;
    let deadline = Instant::now() + REQUEST_DEADLINE;
    let mut reader = BufReader::new(stream.try_clone()?);
    // Each line is read with what is left of the deadline; longer than 8 KiB is refused.
    let mut read_line = |buf: &mut Vec<u8>| -> io::Result<usize> {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::Error::new(io::ErrorKind::TimedOut, "request too slow"));
        }
        reader.get_ref().set_read_timeout(Some(left))?;
        buf.clear();
        (&mut reader).take(8192).read_until(b'\n', buf)
    };
    let mut raw = Vec::new();
    if read_line(&mut raw)? == 0 {
        return Ok(());
    }
    let mut stream = stream;
    let Ok(line) = String::from_utf8(raw.clone()) else {
        return respond(&mut stream, "400 Bad Request", "text/plain; charset=utf-8", b"Bad request line.\n", false);
    };
    let mut host = None;
    let mut header_bytes = 0;
    loop {
        let n = read_line(&mut raw)?;
        header_bytes += n;
        if n == 0 || raw == b"\r\n" || raw == b"\n" || header_bytes > 64 * 1024 {
            break;
        }
        let text = String::from_utf8_lossy(&raw);
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("host") {
                host = Some(value.trim().to_string());
            }
        }
    }
    if !host_allowed(host.as_deref(), bound) {
        return respond(
            &mut stream,
            "421 Misdirected Request",
            "text/plain; charset=utf-8",
            b"This preview answers only requests for its own address.\n",
            false,
        );
    }
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            b"Only GET and HEAD are served.\n",
            method == "HEAD",
        );
    }
    let head = method == "HEAD";
    let Some(path) = request_path(target) else {
        return respond(&mut stream, "400 Bad Request", "text/plain; charset=utf-8", b"Bad request path.\n", head);
    };
    match path.as_str() {
        "__aftercare/live.js" => {
            respond(&mut stream, "200 OK", "text/javascript; charset=utf-8", LIVE_JS.as_bytes(), head)
        }
        "__aftercare/events" => {
            if streams.fetch_add(1, Ordering::AcqRel) >= MAX_EVENT_STREAMS {
                streams.fetch_sub(1, Ordering::AcqRel);
                return respond(
                    &mut stream,
                    "503 Service Unavailable",
                    "text/plain; charset=utf-8",
                    b"Too many open pages.\n",
                    head,
                );
            }
            let r = events(stream, shared);
            streams.fetch_sub(1, Ordering::AcqRel);
            r
        }
        _ => serve_file(&mut stream, shared, &path, head),
    }
}

/// Whether a request's `Host` is this server: on a loopback address only `localhost`
/// and loopback addresses, elsewhere any address written as an IP. A host *name* (other
/// than localhost) is refused, so a web page on another site cannot reach the preview by
/// pointing its own name at this computer (DNS rebinding).
pub fn host_allowed(host: Option<&str>, bound: SocketAddr) -> bool {
    let Some(host) = host else { return false };
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host
            .rsplit_once(':')
            .map_or(host, |(h, port)| if port.bytes().all(|b| b.is_ascii_digit()) { h } else { host }),
    };
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match name.parse::<IpAddr>() {
        Ok(ip) => !bound.ip().is_loopback() || ip.is_loopback(),
        Err(_) => false,
    }
}

/// The site path a request target asks for (`/days/3.html` -> `days/3.html`), or `None`
/// when it is not a plain path inside the site: `..` segments, encoded slashes or
/// backslashes, NUL bytes, or anything that is not UTF-8 after decoding.
pub fn request_path(target: &str) -> Option<String> {
    let raw = target.split(['?', '#']).next()?;
    let raw = raw.strip_prefix('/')?;
    let mut segments = Vec::new();
    for seg in raw.split('/') {
        let decoded = percent_decode(seg)?;
        if decoded == ".." || decoded == "." || decoded.contains(['/', '\\', '\0']) || decoded.contains(':') {
            return None;
        }
        if !decoded.is_empty() {
            segments.push(decoded);
        }
    }
    let mut path = segments.join("/");
    if path.is_empty() || raw.ends_with('/') {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str("index.html");
    }
    Some(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn serve_file(stream: &mut TcpStream, shared: &Shared, path: &str, head: bool) -> io::Result<()> {
    let (file, generation, status) = {
        let state = shared.0.lock().unwrap_or_else(|e| e.into_inner());
        let found = state.files.get(path).cloned();
        let status = if found.is_some() { "200 OK" } else { "404 Not Found" };
        (found.or_else(|| state.files.get(crate::urls::NOT_FOUND).cloned()), state.generation, status)
    };
    let Some(bytes) = file else {
        return respond(stream, "404 Not Found", "text/plain; charset=utf-8", b"Not found.\n", head);
    };
    let name = if status == "200 OK" { path } else { crate::urls::NOT_FOUND };
    let ctype = content_type(name);
    if ctype.starts_with("text/html") {
        let body = inject_live_reload(&bytes, generation);
        respond(stream, status, ctype, &body, head)
    } else {
        respond(stream, status, ctype, &bytes, head)
    }
}

/// Adds the live-reload script before `</body>`; only the preview server does this.
fn inject_live_reload(html: &[u8], generation: u64) -> Vec<u8> {
    let tag = format!("<script src=\"{PREFIX}live.js\" data-generation=\"{generation}\"></script>");
    let at = html.windows(7).rposition(|w| w.eq_ignore_ascii_case(b"</body>")).unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "ics" => "text/calendar; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn respond(stream: &mut TcpStream, status: &str, ctype: &str, body: &[u8], head: bool) -> io::Result<()> {
    let header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(header.as_bytes())?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
}

/// The server-sent event stream: `hello` with the current generation on connect, then
/// `reload` after a good rebuild or `build-error` (the problems as JSON text) after a bad
/// one. A comment every 15 seconds notices clients that went away.
fn events(mut stream: TcpStream, shared: &Shared) -> io::Result<()> {
    stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n")?;
    let (lock, cvar) = &**shared;
    let mut state = lock.lock().unwrap_or_else(|e| e.into_inner());
    let mut seen = state.generation;
    let first = match &state.error {
        Some(err) => format!("event: build-error\ndata: {}\n\n", json_string(err)),
        None => format!("event: hello\ndata: {seen}\n\n"),
    };
    drop(state);
    stream.write_all(first.as_bytes())?;
    loop {
        state = lock.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, timeout) = cvar
            .wait_timeout_while(state, Duration::from_secs(15), |s| s.generation == seen)
            .unwrap_or_else(|e| e.into_inner());
        let message = if timeout.timed_out() {
            ": still here\n\n".to_string()
        } else {
            seen = guard.generation;
            match &guard.error {
                Some(err) => format!("event: build-error\ndata: {}\n\n", json_string(err)),
                None => format!("event: reload\ndata: {seen}\n\n"),
            }
        };
        drop(guard);
        stream.write_all(message.as_bytes())?;
        stream.flush()?;
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_stay_inside_the_site() {
        assert_eq!(request_path("/").as_deref(), Some("index.html"));
        assert_eq!(request_path("/days/3.html?x=1").as_deref(), Some("days/3.html"));
        assert_eq!(request_path("/guides/").as_deref(), Some("guides/index.html"));
        assert_eq!(request_path("/days%2F3.html"), None);
        for bad in [
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/days/..%2F..%2Fsite.yaml",
            "/a/%2E%2E/b",
            "/..\\site.yaml",
            "/%5c..%5csite.yaml",
            "/C:/x",
            "/%00",
            "/%ff",
            "//etc/passwd",
            "etc/passwd",
        ] {
            let p = request_path(bad);
            assert!(p.is_none() || !p.as_deref().unwrap().contains(".."), "{bad} -> {p:?}");
        }
        assert_eq!(
            request_path("//etc/passwd").as_deref(),
            Some("etc/passwd"),
            "stays a site path, which does not exist"
        );
    }

    #[test]
    fn live_reload_goes_before_the_end_of_body() {
        let out = String::from_utf8(inject_live_reload(b"<html><body><p>x</p></body></html>", 7)).unwrap();
        assert!(out.contains("<p>x</p><script src=\"/__aftercare/live.js\" data-generation=\"7\"></script></body>"));
    }

    #[test]
    fn a_save_is_looked_up_at_its_path_and_anything_unclear_asks_for_a_full_look() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/articles")).unwrap();
        std::fs::write(root.join("site.yaml"), "x").unwrap();
        std::fs::write(root.join("content/articles/a.md"), "one").unwrap();
        let last: HashMap<PathBuf, Stamp> = snapshot(root).into_iter().map(|(p, t, n)| (p, (t, n))).collect();
        assert_eq!(last.len(), 2);
        let a = root.join("content/articles/a.md");
        std::fs::write(&a, "one two").unwrap();
        let found = changes_at(root, &[a.clone(), root.join("content/articles/.a.md.swp")], &last).unwrap();
        assert_eq!(found.len(), 1, "the swap file is left out");
        assert_eq!(found[0].1.map(|s| s.1), Some(7));
        // Settings of a translation are an input; a removed file is reported gone.
        std::fs::write(root.join("site.es.yaml"), "y").unwrap();
        std::fs::remove_file(&a).unwrap();
        let found = changes_at(root, &[root.join("site.es.yaml"), a.clone()], &last).unwrap();
        assert_eq!(found.iter().map(|(_, s)| s.is_some()).collect::<Vec<_>>(), [true, false]);
        // A folder, a path outside the inputs, a removed folder of known files: look at all.
        assert!(changes_at(root, &[root.join("content/articles")], &last).is_none());
        assert!(changes_at(root, &[root.join("content")], &last).is_none());
        assert!(changes_at(root, &[root.join("shared/linked.md")], &last).is_none());
        std::fs::remove_dir_all(root.join("content")).unwrap();
        let mut gone = last.clone();
        gone.remove(&a);
        gone.insert(root.join("content/articles/b/c.md"), (SystemTime::UNIX_EPOCH, 1));
        assert!(changes_at(root, &[root.join("content/articles/b")], &gone).is_none());
    }
}
