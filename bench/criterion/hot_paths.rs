//! Criterion micro-benchmarks of aftercare's hot paths (see bench/README.md, "Profile").
//!
//!     cargo bench --bench hot_paths                 # all
//!     cargo bench --bench hot_paths -- render_pages # one group
//!
//! Inputs: the example site (the repository root) and a synthetic 1,000-page site made by
//! bench/gen.py (generated into target/bench/sites/criterion-1000 on first use; needs
//! python3). `cargo test` does not build or run these.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The synthetic site, generated once.
fn synthetic(pages: usize) -> PathBuf {
    let out = repo().join(format!("target/bench/sites/criterion-{pages}"));
    let site = out.join("aftercare");
    if !site.join("site.yaml").is_file() {
        let status = Command::new("python3")
            .arg(repo().join("bench/gen.py"))
            .args(["--pages", &pages.to_string(), "--seed", "42", "--repo"])
            .arg(repo())
            .arg("--out")
            .arg(&out)
            .status()
            .expect("python3 runs bench/gen.py");
        assert!(status.success(), "bench/gen.py failed");
    }
    site
}

fn load(root: &Path) -> aftercare::model::Site {
    match aftercare::content::load(root) {
        Ok((site, _)) => site,
        Err(d) => panic!("{} does not load: {d:?}", root.display()),
    }
}

fn bench_load(c: &mut Criterion) {
    let example = repo();
    let big = synthetic(1000);
    let mut g = c.benchmark_group("content_load");
    g.sample_size(20);
    g.bench_function("example", |b| b.iter(|| load(black_box(&example))));
    g.bench_function("synthetic_1000", |b| b.iter(|| load(black_box(&big))));
    g.finish();
}

fn bench_schedule(c: &mut Criterion) {
    let site = load(&repo());
    c.bench_function("schedule_resolve/example", |b| {
        b.iter(|| aftercare::schedule::resolve(black_box(&site.treatments[0])).days.len())
    });
}

fn bench_markdown(c: &mut Criterion) {
    let site = load(&synthetic(1000));
    // bench/gen.py gives synthetic article i the order 100 + i.
    let article = site.articles.iter().find(|a| a.meta.order == 100).expect("a synthetic article");
    let body = aftercare::content::body(article).expect("the article's body");
    let mut g = c.benchmark_group("markdown");
    g.throughput(criterion::Throughput::Bytes(body.len() as u64));
    g.bench_function("to_html/synthetic_article", |b| {
        b.iter(|| aftercare::markdown::to_html(black_box(&site), None, black_box(&body), "../"))
    });
    g.finish();
    // One `@/article/` link: a linear search over every article (9,830 on the 10,000-page site).
    let last = format!("@/article/{}", site.articles.last().unwrap().slug);
    c.bench_function("urls_resolve_internal/last_article_of_1000", |b| {
        b.iter(|| aftercare::urls::resolve_internal(black_box(&site), None, black_box(&last)))
    });
    let title = "When can I shave my head with a razor? Healing well after scalp micropigmentation & more";
    c.bench_function("escape_html/title", |b| b.iter(|| aftercare::render::escape_html(black_box(title))));
}

fn bench_render(c: &mut Criterion) {
    let mut g = c.benchmark_group("render_pages");
    g.sample_size(10);
    for (name, root) in [("example", repo()), ("synthetic_1000", synthetic(1000))] {
        let site = load(&root);
        let schedule = aftercare::schedule::resolve_all(&site);
        let tera = aftercare::render::load_templates(&root).expect("templates parse");
        g.bench_function(name, |b| {
            b.iter(|| aftercare::render::render_pages(&tera, &site, &schedule, None).expect("renders").len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench_load, bench_schedule, bench_markdown, bench_render);
criterion_main!(benches);
