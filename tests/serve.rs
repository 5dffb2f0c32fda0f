//! `aftercare serve` as a user meets it: pages over HTTP, a rebuild and a reload event
//! after an edit, a content error shown while the last good site is still served, and
//! paths that try to leave the site refused.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::{edit, example_site};

struct Server {
    child: Child,
    addr: String,
    /// Lines the server printed after it started listening.
    log: mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(["serve", "--port", "0"])
        .current_dir(site)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    let addr = loop {
        line.clear();
        assert!(out.read_line(&mut line).unwrap() > 0, "serve exited before listening");
        if let Some(rest) = line.split("http://").nth(1) {
            break rest.split('/').next().unwrap().to_string();
        }
        assert!(Instant::now() < deadline);
    };
    // Keep draining stdout so the server never blocks on a full pipe.
    let (tx, log) = mpsc::channel();
    std::thread::spawn(move || {
        for line in out.lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    Server { child, addr, log }
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let status = resp.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = resp.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}

/// Opens the event stream; every event name arrives on the channel.
fn events(addr: &str) -> mpsc::Receiver<(String, String)> {
    let (tx, rx) = mpsc::channel();
    let mut s = TcpStream::connect(addr).unwrap();
    write!(s, "GET /__aftercare/events HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
    std::thread::spawn(move || {
        let mut event = String::new();
        for line in BufReader::new(s).lines() {
            let Ok(line) = line else { return };
            if let Some(e) = line.strip_prefix("event: ") {
                event = e.to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                if tx.send((event.clone(), d.to_string())).is_err() {
                    return;
                }
            }
        }
    });
    rx
}

fn next_event(rx: &mpsc::Receiver<(String, String)>, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let (e, d) = rx.recv_timeout(left).unwrap_or_else(|_| panic!("no {name} event within 30 s"));
        if e == name {
            return d;
        }
    }
}

#[test]
fn edits_rebuild_and_reload_errors_show_and_clear() {
    let site = example_site();
    let server = start(site.path());
    let (status, home) = get(&server.addr, "/");
    assert_eq!(status, 200);
    assert!(home.contains("Find your day"), "{home}");
    assert!(home.contains("/__aftercare/live.js"), "the preview injects live reload");
    let (status, js) = get(&server.addr, "/__aftercare/live.js");
    assert_eq!(status, 200);
    assert!(js.contains("EventSource"));

    let rx = events(&server.addr);
    // `hello` carries the build's generation; each rebuild's `reload` a later one.
    let generation = |data: String| data.parse::<u64>().unwrap_or_else(|_| panic!("not a generation: {data:?}"));
    let first = generation(next_event(&rx, "hello"));

    // An edit: the page changes and open pages are told to reload.
    let saved = Instant::now();
    edit(
        site.path(),
        "content/protocol.yaml",
        "say: Shower from the neck down, and keep your head out of the water.",
        "say: Keep it bone dry. Shower from the neck down, and keep your head out of the water.",
    );
    let second = generation(next_event(&rx, "reload"));
    assert!(second > first, "reload {second} after hello {first}");
    let (_, day0) = get(&server.addr, "/days/0.html");
    assert!(day0.contains("Keep it bone dry"), "the rebuilt page is served");
    eprintln!("save -> reload event: {} ms", saved.elapsed().as_millis());

    // A broken file: the error is sent to the page, the last good site is still served.
    edit(site.path(), "content/protocol.yaml", "      - days: 4-9\n", "      - days: 5-9\n");
    let err = next_event(&rx, "build-error");
    assert!(err.contains("content/protocol.yaml") && err.contains("not covered by any phase"), "{err}");
    let (status, day0) = get(&server.addr, "/days/0.html");
    assert_eq!(status, 200);
    assert!(day0.contains("Keep it bone dry"));
    // A new connection learns about the error at once.
    let rx2 = events(&server.addr);
    assert!(next_event(&rx2, "build-error").contains("not covered"));

    // Fixing it clears the error with a reload.
    edit(site.path(), "content/protocol.yaml", "      - days: 5-9\n", "      - days: 4-9\n");
    next_event(&rx, "reload");
}

#[test]
fn several_quick_saves_cause_one_rebuild() {
    let site = example_site();
    let server = start(site.path());
    let rx = events(&server.addr);
    next_event(&rx, "hello");
    for i in 0..5 {
        edit(site.path(), "content/protocol.yaml", "No rinsing yet.", &format!("No rinsing yet{i}."));
        edit(site.path(), "content/protocol.yaml", &format!("No rinsing yet{i}."), "No rinsing yet.");
    }
    edit(site.path(), "content/protocol.yaml", "No rinsing yet.", "No rinsing at all yet.");
    next_event(&rx, "reload");
    std::thread::sleep(Duration::from_millis(1500));
    let extra: Vec<_> = rx.try_iter().filter(|(e, _)| e == "reload").collect();
    assert!(extra.is_empty(), "expected one rebuild, got {} more", extra.len());
}

#[test]
fn paths_outside_the_site_are_never_served() {
    let site = example_site();
    let server = start(site.path());
    for path in [
        "/../site.yaml",
        "/%2e%2e/site.yaml",
        "/days/..%2f..%2fsite.yaml",
        "/..%5csite.yaml",
        "/site.yaml",
        "/content/protocol.yaml",
        "/%2e%2e/%2e%2e/etc/passwd",
    ] {
        let (status, body) = get(&server.addr, path);
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert!(!body.contains("rules:") && !body.contains("root:"), "{path} leaked a file");
    }
    let (status, body) = get(&server.addr, "/no-such-page.html");
    assert_eq!(status, 404);
    assert!(body.contains("<h1"), "the site's 404 page is served");
}

#[test]
fn two_hundred_connections_and_clients_that_hang_up_do_not_stop_the_server() {
    let site = example_site();
    let server = start(site.path());
    assert!(server.addr.starts_with("127.0.0.1:"), "binds to loopback by default: {}", server.addr);
    // 200 connections open at once, then all served.
    let mut held = Vec::new();
    for i in 0..200 {
        let mut s = TcpStream::connect(&server.addr).unwrap();
        write!(s, "GET /days/{}.html HTTP/1.1\r\nHost: {}\r\n", i % 31, server.addr).unwrap();
        held.push(s);
    }
    let handles: Vec<_> = held
        .into_iter()
        .map(|mut s| {
            std::thread::spawn(move || {
                s.write_all(b"\r\n").unwrap();
                let mut resp = String::new();
                s.read_to_string(&mut resp).unwrap();
                resp.starts_with("HTTP/1.1 200")
            })
        })
        .collect();
    let ok = handles.into_iter().map(|h| h.join().unwrap()).filter(|ok| *ok).count();
    assert_eq!(ok, 200, "all 200 concurrent requests were answered");
    // Clients that hang up half-way through a request or a response.
    for i in 0..50 {
        let mut s = TcpStream::connect(&server.addr).unwrap();
        if i % 2 == 0 {
            s.write_all(b"GET /compare.html HTT").unwrap();
        } else {
            s.write_all(b"GET /compare.html HTTP/1.1\r\n\r\n").unwrap();
            let mut buf = [0u8; 10];
            let _ = s.read(&mut buf);
        }
        drop(s);
    }
    let (status, body) = get(&server.addr, "/index.html");
    assert_eq!(status, 200);
    assert!(body.contains("Find your day"));
}

/// Waits for a printed line containing `text`.
fn printed(server: &Server, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let line = server.log.recv_timeout(left).unwrap_or_else(|_| panic!("the server never printed {text:?}"));
        if line.contains(text) {
            return line;
        }
    }
}

#[test]
fn an_article_edit_rebuilds_only_that_page() {
    let site = example_site();
    // On a site in one language: in several, an article's text also shows in each
    // language that falls back to it, and the whole site is rebuilt.
    edit(site.path(), "site.yaml", "languages: [es, ar]", "");
    edit(site.path(), "site.yaml", "untranslated_content: [ar]", "");
    let server = start(site.path());
    let rx = events(&server.addr);
    next_event(&rx, "hello");
    edit(
        site.path(),
        "content/articles/when-to-call-us.md",
        "## ",
        "## Quick check\n\nLook at your scalp each morning.\n\n## ",
    );
    next_event(&rx, "reload");
    let line = printed(&server, "Rebuilt");
    assert!(line.contains("Rebuilt 1 page in") && line.contains("only what changed"), "{line}");
    let (_, page) = get(&server.addr, "/articles/when-to-call-us.html");
    assert!(page.contains("Look at your scalp each morning."));

    // A new title shows on other pages too, so the whole site is rebuilt.
    edit(site.path(), "content/articles/when-to-call-us.md", "title: When", "title: Please, when");
    next_event(&rx, "reload");
    printed(&server, "Built ");
    let (_, index) = get(&server.addr, "/articles/index.html");
    assert!(index.contains("Please, when to call us"), "the list shows the new title");

    // A broken link in an article is reported like any other error.
    edit(
        site.path(),
        "content/articles/when-to-call-us.md",
        "Look at your scalp",
        "See [day 99](@/day/99). Look at your scalp",
    );
    let err = next_event(&rx, "build-error");
    assert!(err.contains("broken internal link `@/day/99`"), "{err}");
}

/// Sends raw bytes as a request and reads the whole answer.
fn raw(addr: &str, request: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(request).unwrap();
    let mut resp = Vec::new();
    let _ = s.read_to_end(&mut resp);
    String::from_utf8_lossy(&resp).into_owned()
}

#[test]
fn hostile_clients_get_a_clear_answer_and_cannot_block_real_requests() {
    let site = example_site();
    let server = start(site.path());
    // DNS rebinding: another name pointed at this computer is refused; the address works.
    assert!(
        raw(&server.addr, b"GET /index.html HTTP/1.1\r\nHost: evil.example:1111\r\n\r\n").starts_with("HTTP/1.1 421")
    );
    assert!(raw(&server.addr, b"GET /index.html HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 421"), "no Host at all");
    let ok = format!("GET /index.html HTTP/1.1\r\nHost: localhost:{}\r\n\r\n", server.addr.rsplit(':').next().unwrap());
    assert!(raw(&server.addr, ok.as_bytes()).starts_with("HTTP/1.1 200"));
    // A request line that is not UTF-8 gets a 400, not silence.
    assert!(raw(&server.addr, b"GET /\xff\xfe HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").starts_with("HTTP/1.1 400"));
    // 300 clients that open a connection and send nothing, and 40 open event streams:
    // a real request is still answered, and streams past the limit are told so.
    let idle: Vec<TcpStream> = (0..300).map(|_| TcpStream::connect(&server.addr).unwrap()).collect();
    let streams: Vec<TcpStream> = (0..40)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).unwrap();
            write!(s, "GET /__aftercare/events HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr).unwrap();
            s
        })
        .collect();
    let (status, body) = get(&server.addr, "/index.html");
    assert_eq!(status, 200);
    assert!(body.contains("Find your day"));
    // Each stream's first bytes say which it got. The wait is long so that a slow,
    // loaded machine cannot turn an answer into a miss; every stream is answered at once
    // when the server works.
    let heads: Vec<String> = streams
        .into_iter()
        .map(|mut s| {
            s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
            let mut buf = [0u8; 12];
            match s.read_exact(&mut buf) {
                Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
                Err(e) => format!("no answer: {e}"),
            }
        })
        .collect();
    let count = |status: &str| heads.iter().filter(|h| h.starts_with(status)).count();
    assert_eq!(
        (count("HTTP/1.1 200"), count("HTTP/1.1 503")),
        (32, 8),
        "32 streams are served, the rest are told the server is busy: {heads:?}"
    );
    drop(idle);
}

#[test]
fn editor_files_cause_no_rebuild_and_a_linked_file_is_watched_through_its_link() {
    let site = example_site();
    // An article whose file is a link to a file elsewhere in the site folder.
    std::fs::create_dir_all(site.path().join("shared")).unwrap();
    common::write(
        site.path(),
        "shared/linked.md",
        "---\ntitle: Linked\nsummary: A linked article.\n---\n\nFirst words.\n",
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink("../../shared/linked.md", site.path().join("content/articles/linked.md")).unwrap();
    let server = start(site.path());
    let rx = events(&server.addr);
    next_event(&rx, "hello");
    // Swap and backup files an editor writes while a file is open: nothing to rebuild.
    for name in [".when-to-call-us.md.swp", "when-to-call-us.md~", ".#when-to-call-us.md", "4913"] {
        common::write(site.path(), &format!("content/articles/{name}"), "scratch");
    }
    // A real edit, to the file behind the link: one rebuild, and the new words are served.
    edit(site.path(), "shared/linked.md", "First words.", "Second words.");
    #[cfg(unix)]
    {
        next_event(&rx, "reload");
        let (status, body) = get(&server.addr, "/articles/linked.html");
        assert_eq!(status, 200);
        assert!(body.contains("Second words."), "{body}");
    }
    std::thread::sleep(Duration::from_millis(1000));
    let extra: Vec<_> = rx.try_iter().filter(|(e, _)| e == "reload").collect();
    assert!(extra.is_empty(), "editor files caused {} more rebuilds", extra.len());
}

#[test]
fn binding_beyond_loopback_warns() {
    let site = example_site();
    let mut child = Command::new(env!("CARGO_BIN_EXE_aftercare"))
        .args(["serve", "--port", "0", "--bind", "0.0.0.0"])
        .current_dir(site.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !line.contains("warning:") && Instant::now() < deadline {
        line.clear();
        if err.read_line(&mut line).unwrap() == 0 {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("other computers on the network can open this preview"), "{line}");
}

/// What the server told its caller, as plain data.
#[derive(Debug)]
enum Told {
    Listening(String),
    Built,
    Rebuilt,
    Failed,
    Ignored(Vec<String>),
}

/// The server run in this process (the library, as the command line runs it), with what
/// it reports on a channel: the watcher's own account of each burst of changes, so a test
/// waits on events, never on a guess of how long the watcher takes.
fn serve_here(site: &std::path::Path) -> (String, mpsc::Receiver<Told>) {
    use aftercare::serve::Event;
    let (tx, rx) = mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    let report: aftercare::serve::Reporter = std::sync::Arc::new(move |e: Event| {
        let told = match e {
            Event::Listening { addr, .. } => Told::Listening(addr.to_string()),
            Event::Built { .. } => Told::Built,
            Event::Rebuilt { .. } => Told::Rebuilt,
            Event::Failed { .. } => Told::Failed,
            Event::Ignored { paths } => Told::Ignored(
                paths.iter().map(|p| p.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect(),
            ),
        };
        let _ = tx.lock().unwrap().send(told);
    });
    let opts =
        aftercare::serve::Options { root: site.to_path_buf(), bind: "127.0.0.1".parse().unwrap(), port: 0, report };
    // Serves until the test process ends.
    std::thread::spawn(move || aftercare::serve::serve(opts));
    let built = told(&rx);
    assert!(matches!(built, Told::Built), "the first build: {built:?}");
    let Told::Listening(addr) = told(&rx) else { panic!("the server did not listen") };
    (addr, rx)
}

/// Waits for the rebuild that `what` caused; late reports of the editor files in `temp`
/// (being ignored) may come first, anything else fails the test.
fn rebuilt_after(rx: &mpsc::Receiver<Told>, temp: &[String], what: &str) {
    loop {
        match told(rx) {
            Told::Ignored(paths) => assert!(paths.iter().all(|p| temp.contains(p)), "ignored {paths:?}"),
            Told::Built | Told::Rebuilt => break,
            other => panic!("{what} caused {other:?}"),
        }
    }
}

fn told(rx: &mpsc::Receiver<Told>) -> Told {
    rx.recv_timeout(Duration::from_secs(60)).expect("the server reported nothing within 60 s")
}

#[test]
fn saving_an_editor_temp_file_rebuilds_nothing_and_a_real_save_rebuilds() {
    let site = example_site();
    let (addr, rx) = serve_here(site.path());
    // What vim (`.x.swp`, `x~`, `4913`, written and deleted to test the folder) and Emacs
    // (`.#x`) write beside the file being edited.
    let article = "when-to-call-us.md";
    let temp = [format!(".{article}.swp"), format!("{article}~"), format!(".#{article}"), "4913".to_string()];
    for name in &temp {
        common::write(site.path(), &format!("content/articles/{name}"), "scratch");
    }
    std::fs::remove_file(site.path().join("content/articles/4913")).unwrap();
    // The watcher says it saw each of them and rebuilt nothing, before anything else.
    let mut unseen: std::collections::BTreeSet<&str> = temp.iter().map(String::as_str).collect();
    while !unseen.is_empty() {
        match told(&rx) {
            Told::Ignored(paths) => {
                for p in &paths {
                    assert!(temp.contains(p), "ignored {p}, which is no editor file");
                    unseen.remove(p.as_str());
                }
            }
            other => panic!("editor temp files caused {other:?} (still unseen: {unseen:?})"),
        }
    }
    // A real save rebuilds, and the page has the new words (late reports of the editor
    // files, such as 4913's removal, may come first).
    edit(site.path(), &format!("content/articles/{article}"), "## ", "A sentence saved for real.\n\n## ");
    rebuilt_after(&rx, &temp, "a real save");
    let (status, page) = get(&addr, "/articles/when-to-call-us.html");
    assert_eq!(status, 200);
    assert!(page.contains("A sentence saved for real."), "{page}");
    // Arabic has only the interface translated: its page shows the new English text too
    // (the site is in three languages, and only the changed article's pages are rendered).
    let (_, ar) = get(&addr, "/ar/articles/when-to-call-us.html");
    assert!(ar.contains("A sentence saved for real."), "{ar}");
    let (_, es) = get(&addr, "/es/articles/when-to-call-us.html");
    assert!(!es.contains("A sentence saved for real.") && es.contains("lang=\"es\""), "{es}");
    // And the pages rendered alone are those a whole build writes.
    let out = tempfile::tempdir().unwrap();
    let o = common::aftercare(site.path(), &["build", "--out", out.path().join("public").to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    for page in ["articles/when-to-call-us.html", "ar/articles/when-to-call-us.html"] {
        let (_, served) = get(&addr, &format!("/{page}"));
        let at = served.find("<script src=\"/__aftercare/live.js\"").expect("the live-reload script");
        let end = at + served[at..].find("</script>").unwrap() + "</script>".len();
        let served = format!("{}{}", &served[..at], &served[end..]);
        assert_eq!(served, common::read(&out.path().join("public"), page), "{page}");
    }
    // A translation's settings beside site.yaml are an input too.
    edit(site.path(), "site.es.yaml", "title: Una buena curación", "title: Una curación muy buena");
    rebuilt_after(&rx, &temp, "saving site.es.yaml");
    let (_, home) = get(&addr, "/es/index.html");
    assert!(home.contains("Una curación muy buena"), "{home}");
}

#[test]
fn a_partial_rebuild_gives_the_offline_worker_a_new_version_like_a_full_build() {
    let site = example_site();
    // One language, so an article edit re-renders only its page.
    edit(site.path(), "site.yaml", "languages: [es, ar]", "");
    edit(site.path(), "site.yaml", "untranslated_content: [ar]", "");
    edit(site.path(), "site.yaml", "accent_color:", "offline: true\naccent_color:");
    let server = start(site.path());
    let rx = events(&server.addr);
    next_event(&rx, "hello");
    let version = |sw: &str| sw.lines().find(|l| l.starts_with("const VERSION")).unwrap().to_string();
    let (status, before) = get(&server.addr, "/sw.js");
    assert_eq!(status, 200);
    edit(
        site.path(),
        "content/articles/when-to-call-us.md",
        "## ",
        "## Quick check\n\nLook at your scalp each morning.\n\n## ",
    );
    next_event(&rx, "reload");
    let line = printed(&server, "Rebuilt");
    assert!(line.contains("only what changed"), "{line}");
    let (_, after) = get(&server.addr, "/sw.js");
    assert_ne!(version(&after), version(&before), "the worker kept its version after a page changed");
    // The same worker as a full build of the edited site.
    let out = tempfile::tempdir().unwrap();
    let o = common::aftercare(site.path(), &["build", "--out", out.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let built = std::fs::read_to_string(out.path().join("sw.js")).unwrap();
    assert_eq!(after, built, "the preview's worker differs from the build's");
}
