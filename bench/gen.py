#!/usr/bin/env python3
"""Synthetic sites for the aftercare benchmark (Python 3 standard library only).

    python3 bench/gen.py --pages 1000 --seed 42 --repo . --out target/bench/sites/1000

writes three views of the SAME Markdown:

  OUT/aftercare/   a valid aftercare site: site.yaml and content/ copied from the repo,
                   plus extra guides (copies of the shipped ones under new ids) and
                   synthetic articles, so that `aftercare build` writes exactly PAGES pages
                   (the fixed pages - home, 31 day pages, activity pages, lists, handouts -
                   are part of the count);
  OUT/hugo/        the same articles as Hugo content (front matter + the same body, with
                   `@/` links written as the relative URLs aftercare produces), with the
                   minimal layout from bench/hugo-site/;
  OUT/manifest.json  what was generated (counts, bytes, words).

The floor program reads OUT/aftercare/content/articles directly.

Everything is deterministic: article i depends only on (seed, i), so the 100-page site's
articles are also the first articles of the 10,000-page site.
"""

import argparse
import json
import math
import os
import random
import re
import shutil
import sys

# Pages of the shipped example site that do not scale: home, lists, handouts, 404, the 31
# day pages, one page per activity. `aftercare build` on the example prints "Built 70
# pages"; 5 of those are articles and 5 are guides. run.sh passes the real figure.
DEFAULT_BASE_PAGES = 70

WORDS_TOPIC = [
    "scalp", "skin", "dots", "pigment", "crusts", "flakes", "redness", "itch", "healing",
    "session", "cleanser", "pillowcase", "sunscreen", "hat", "shower", "towel", "sweat",
    "routine", "artist", "clinic", "aftercare", "moisturiser", "water", "sunlight",
]
ADJ = [
    "gentle", "mild", "clean", "soft", "light", "loose", "cool", "lukewarm", "plain",
    "fragrance-free", "fresh", "dry", "calm", "slow", "careful", "short", "simple", "steady",
]
VERBS = [
    "rinse", "pat", "check", "keep", "wash", "cover", "rest", "wait", "avoid", "protect",
    "soothe", "change", "plan", "ask", "note", "follow", "skip", "trim",
]
OPENERS = [
    "In the first few days,", "After each session,", "Most of the time,", "If you are unsure,",
    "Once the crusts have gone,", "For the first week,", "Later on,", "Every morning,",
    "Before bed,", "On warm days,", "When you go out,", "At home,",
]
SENTENCES = [
    "{op} {verb} your {topic} with a {adj} touch.",
    "The {topic} needs {adj} care while it heals.",
    "{op} it helps to {verb} the {topic} and wait a little longer.",
    "Do not rub the {topic}; {verb} it with something {adj} instead.",
    "Your {topic} may look {adj2} for a while, and that is normal.",
    "{op} {verb} the {topic}, then let it air-dry.",
    "Many people find a {adj} {topic} makes the day easier.",
    "Ask us if the {topic} still feels sore after a few days.",
    "We suggest you {verb} the {topic} once a day, not more.",
    "A {adj} {topic} is kinder to new skin than a strong one.",
    "Small changes in the {topic} are part of healing.",
    "{op} keep a note of how the {topic} looks, so you can tell us.",
]
ADJ2 = ["darker", "lighter", "patchy", "shiny", "pink", "dry", "tight", "uneven"]
HEADINGS = [
    "The first day", "The first week", "Washing and water", "Sleep and rest", "Sun and heat",
    "Exercise and sweat", "Products to use", "Products to avoid", "Hats and headwear",
    "Shaving and trimming", "Signs that are normal", "Signs to call us about", "Between sessions",
    "After your final session", "Long-term care", "Planning your week", "Questions people ask",
]
TITLE_A = ["Caring for", "Living with", "Protecting", "Understanding", "Looking after", "Planning around"]
TITLE_B = ["new pigment", "your healing scalp", "the first ten days", "a fresh session", "sun and sweat",
           "sleep and pillows", "water and washing", "your final session", "long-term colour"]
EXTERNAL = [
    "https://www.nhs.uk/conditions/skin-infections/",
    "https://www.example.org/sun-safety",
    "https://www.example.org/fragrance-free-products",
]


def title_for(seed, i):
    rng = random.Random(f"{seed}-title-{i}")
    return f"{rng.choice(TITLE_A)} {rng.choice(TITLE_B)}"


def slug_for(seed, i):
    """File name (and `@/article/` target) of article i: words of its title, then i."""
    words = re.sub(r"[^a-z0-9]+", "-", title_for(seed, i).lower()).strip("-")
    return f"{words}-{i}"


def sentence(rng):
    return rng.choice(SENTENCES).format(
        op=rng.choice(OPENERS), verb=rng.choice(VERBS), topic=rng.choice(WORDS_TOPIC),
        adj=rng.choice(ADJ), adj2=rng.choice(ADJ2))


def paragraph(rng, n):
    return " ".join(sentence(rng) for _ in range(n))


def article_link(rng, seed, n_articles):
    j = rng.randrange(n_articles)
    return f"[{title_for(seed, j).lower()}](@/article/{slug_for(seed, j)})"


def internal_link(rng, seed, n_articles, activities, guides, last_day, guide_words, fixed_pages):
    """An `@/` link: a day, an activity, a guide, (with `fixed_pages`: the comparison or a
    handout,) else an article; one in six kinds, or one in five without `fixed_pages` (the
    other two then link articles)."""
    kind = rng.randrange(6 if fixed_pages else 5)
    if kind == 0:
        d = rng.randint(0, last_day)
        return f"[day {d}](@/day/{d})"
    if kind == 1:
        a = rng.choice(activities)
        return f"[{a.replace('-', ' ')}](@/activity/{a})"
    if kind == 2:
        g = rng.choice(guides)
        return f"[{guide_words}](@/guide/{g})"
    if fixed_pages and kind == 3:
        return "[how the guides compare](@/compare)"
    if fixed_pages and kind == 4:
        return "[the at-a-glance sheet](@/handout/at-a-glance)"
    return article_link(rng, seed, n_articles)


def article(i, n_articles, seed, activities, guides, last_day):
    """Returns (slug, front matter dict, Markdown body, word count). ~600 words."""
    rng = random.Random(f"{seed}-{i}")
    slug = slug_for(seed, i)
    title = f"{title_for(seed, i)} ({i})"
    summary = paragraph(rng, 2)
    acts = rng.sample(activities, 2)

    def link_article():
        return article_link(rng, seed, n_articles)

    def link_any():
        return internal_link(rng, seed, n_articles, activities, guides, last_day, "one guide", fixed_pages=True)

    parts = [paragraph(rng, 4) + f" See {link_any()} for more."]
    heads = rng.sample(HEADINGS, 5)
    table_at = rng.randrange(5)
    for k, h in enumerate(heads):
        parts.append(f"## {h}")
        parts.append(paragraph(rng, 2) + f" Read {link_article()} and {link_any()}.")
        if k % 2 == 0:
            items = [f"- {sentence(rng)}" for _ in range(rng.randint(3, 5))]
            items[0] = f"- **{rng.choice(ADJ).capitalize()}:** {sentence(rng)}"
            parts.append("\n".join(items))
        else:
            items = [f"{n}. {sentence(rng)}" for n in range(1, rng.randint(4, 6))]
            parts.append("\n".join(items))
        if k == table_at:
            rows = ["| Day | What to do | Why |", "|---|---|---|"]
            for d in sorted(rng.sample(range(0, last_day + 1), 4)):
                rows.append(f"| [{d}](@/day/{d}) | {rng.choice(VERBS).capitalize()} the {rng.choice(WORDS_TOPIC)} | "
                            f"It keeps the {rng.choice(WORDS_TOPIC)} {rng.choice(ADJ)} |")
            parts.append("\n".join(rows))
        parts.append(paragraph(rng, 1) + f" *{sentence(rng)}*")
    parts.append(f"More on this from [an outside source]({rng.choice(EXTERNAL)}). {paragraph(rng, 2)}")
    body = "\n\n".join(parts) + "\n"
    words = len(re.sub(r"\]\([^)]*\)", "]", body).split())
    return slug, {"title": title, "summary": summary, "order": 100 + i, "activities": acts}, body, words


def varied_article(i, n_articles, seed, activities, guides, last_day):
    """The second corpus: the same kinds of text in other shapes. Lengths spread from
    about 100 to 2,500 words (log-uniform, so most pages are short and a few are long),
    three to six links per paragraph, nested lists three levels deep, sub-headings, quotes
    and zero to three tables. Returns what `article` returns."""
    rng = random.Random(f"{seed}-varied-{i}")
    slug = slug_for(seed, i)
    title = f"{title_for(seed, i)} ({i})"
    summary = paragraph(rng, 1)
    acts = rng.sample(activities, rng.randint(1, 4))
    target = int(math.exp(rng.uniform(math.log(100), math.log(2500))))

    def link():
        return internal_link(rng, seed, n_articles, activities, guides, last_day, "a guide", fixed_pages=False)

    def linked_paragraph(n):
        return " ".join(f"{sentence(rng)} See {link()}." if rng.random() < 0.6 else sentence(rng) for _ in range(n))

    def nested_list(depth):
        lines = []
        for _ in range(rng.randint(2, 4)):
            lines.append("  " * (3 - depth) + f"- {sentence(rng)} ({link()})")
            if depth > 1 and rng.random() < 0.5:
                lines.extend(nested_list(depth - 1))
        return lines

    parts = [linked_paragraph(rng.randint(2, 5))]
    tables = rng.randint(0, 3)
    words = 0
    while words < target:
        parts.append(f"## {rng.choice(HEADINGS)}")
        parts.append(linked_paragraph(rng.randint(2, 6)))
        shape = rng.randrange(4)
        if shape == 0:
            parts.append("\n".join(nested_list(3)))
        elif shape == 1:
            parts.append(f"### {rng.choice(HEADINGS)}")
            parts.append("\n".join(f"{n}. {sentence(rng)} {link()}" for n in range(1, rng.randint(3, 8))))
        elif shape == 2:
            parts.append("> " + paragraph(rng, rng.randint(1, 3)))
        if tables and rng.random() < 0.4:
            tables -= 1
            rows = ["| Day | What to do | Why | Where to read more |", "|---:|---|---|---|"]
            for d in sorted(rng.sample(range(0, last_day + 1), rng.randint(3, 8))):
                rows.append(f"| {d} | **{rng.choice(VERBS).capitalize()}** the {rng.choice(WORDS_TOPIC)} | "
                            f"It keeps the {rng.choice(WORDS_TOPIC)} {rng.choice(ADJ)} | {link()} |")
            parts.append("\n".join(rows))
        words = len(re.sub(r"\]\([^)]*\)", "]", "\n\n".join(parts)).split())
    body = "\n\n".join(parts) + "\n"
    return slug, {"title": title, "summary": summary, "order": 100 + i, "activities": acts}, body, words


def yaml_str(s):
    return json.dumps(s)  # JSON strings are valid YAML (and TOML) strings


def hugo_links(body):
    """`@/...` links as the relative URLs aftercare writes for a page in articles/."""
    def repl(m):
        target = m.group(1)
        kind, _, rest = target.partition("/")
        url = {
            "article": f"{rest}.html",
            "day": f"../days/{rest}.html",
            "activity": f"../activities/{rest}.html",
            "guide": f"../guides/{rest}.html",
            "compare": "../compare.html",
            "handout": f"../handouts/{rest}.html",
        }.get(kind, "../index.html")
        return f"]({url})"
    return re.sub(r"\]\(@/([^)]*)\)", repl, body)


# The synthetic articles' review: in the past, and due long after any run of this benchmark.
REVIEWED = "2026-11-01"
NEXT_REVIEW = "2036-11-01"

# A translation's file name: the language before the extension (`about.es.md`).
TRANSLATION = re.compile(r"\.[a-z]{2,3}(-[A-Za-z0-9]{2,8})*\.(md|yaml|yml)$")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, required=True, help="pages aftercare should build")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--repo", default=".", help="the aftercare repository (site.yaml, content/)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--base-pages", type=int, default=DEFAULT_BASE_PAGES,
                    help="pages `aftercare build` writes for the example site as shipped")
    ap.add_argument("--shape", choices=["standard", "varied"], default="standard",
                    help="standard: ~600-word pages; varied: the second corpus (see varied_article)")
    ap.add_argument("--example-only", action="store_true",
                    help="write only the one-language example site (to count its pages)")
    args = ap.parse_args()
    make_article = article if args.shape == "standard" else varied_article

    repo = args.repo
    content = os.path.join(repo, "content")
    # The benchmark site is in one language: the example's translations (`about.es.md`,
    # `healing-process.es.yaml`) are left out, and so are `languages:` in site.yaml.
    def own(f):
        return not TRANSLATION.search(f)
    base_articles = sorted(f for f in os.listdir(os.path.join(content, "articles")) if f.endswith(".md") and own(f))
    base_guides = sorted(f for f in os.listdir(os.path.join(content, "guides"))
                         if f.endswith((".yaml", ".yml")) and own(f))
    fixed = args.base_pages - len(base_articles) - len(base_guides)

    # Guides scale with the site: one more per 100 pages (copies under new ids; the
    # protocol keeps citing the originals, so it stays valid).
    extra_guides = args.pages // 100
    n_articles = args.pages - fixed - len(base_guides) - extra_guides - len(base_articles)
    if args.example_only:
        n_articles, extra_guides = 0, 0
    elif n_articles < 1:
        sys.exit(f"--pages {args.pages} is too small: the example site alone has {args.base_pages} pages")

    activities = re.findall(r"^- id:\s*(\S+)", open(os.path.join(content, "activities.yaml")).read(), re.M)
    site_yaml = open(os.path.join(repo, "site.yaml")).read()
    last_day = int(re.search(r"last_day:\s*(\d+)", site_yaml).group(1))

    out = args.out
    if os.path.exists(out):
        shutil.rmtree(out)
    ac = os.path.join(out, "aftercare")
    shutil.copytree(content, os.path.join(ac, "content"),
                    ignore=lambda d, names: [n for n in names if not own(n)])
    with open(os.path.join(ac, "site.yaml"), "w") as f:
        f.write("".join(l for l in open(os.path.join(repo, "site.yaml"))
                        if not l.startswith(("languages:", "untranslated_content:"))))

    guide_ids = [os.path.splitext(g)[0] for g in base_guides]
    for k in range(extra_guides):
        src = base_guides[k % len(base_guides)]
        gid = f"{os.path.splitext(src)[0]}-copy-{k + 1:04d}"
        text = open(os.path.join(content, "guides", src)).read()
        with open(os.path.join(ac, "content", "guides", gid + ".yaml"), "w") as f:
            f.write(text)
        guide_ids.append(gid)

    hugo = os.path.join(out, "hugo")
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo-site"), hugo)
    hugo_articles = os.path.join(hugo, "content", "articles")
    os.makedirs(hugo_articles, exist_ok=True)
    with open(os.path.join(hugo, "content", "articles", "_index.md"), "w") as f:
        f.write('---\ntitle: "Articles"\n---\n')
    with open(os.path.join(hugo, "content", "_index.md"), "w") as f:
        f.write('---\ntitle: "Home"\n---\n')

    # The shipped articles go to Hugo too, with their links translated.
    md_bytes = 0
    words = 0
    for name in base_articles:
        text = open(os.path.join(content, "articles", name)).read()
        md_bytes += len(text.encode())
        _, fm, body = text.split("---\n", 2)
        with open(os.path.join(hugo_articles, name), "w") as f:
            f.write("---\n" + fm + "---\n" + hugo_links(body))

    art_dir = os.path.join(ac, "content", "articles")
    for i in range(n_articles):
        slug, fm, body, w = make_article(i, n_articles, args.seed, activities, guide_ids, last_day)
        words += w
        # Reviewed like the shipped articles (in their shape), so the build reports nothing about them.
        front = (f"title: {yaml_str(fm['title'])}\nsummary: {yaml_str(fm['summary'])}\n"
                 f"order: {fm['order']}\nactivities: [{', '.join(fm['activities'])}]\n"
                 f"review:\n  by: Bench Reviewer, nurse\n  date: {REVIEWED}\n  next: {NEXT_REVIEW}\n")
        text = f"---\n{front}---\n\n{body}"
        md_bytes += len(text.encode())
        with open(os.path.join(art_dir, slug + ".md"), "w") as f:
            f.write(text)
        with open(os.path.join(hugo_articles, slug + ".md"), "w") as f:
            f.write(f"---\n{front}---\n\n{hugo_links(body)}")

    manifest = {
        "pages": args.pages,
        "seed": args.seed,
        "shape": args.shape,
        "fixed_pages": fixed,
        "guides": len(guide_ids),
        "articles": n_articles + len(base_articles),
        "synthetic_articles": n_articles,
        "mean_words_per_synthetic_article": round(words / n_articles) if n_articles else 0,
        "total_words": words,
        "markdown_bytes": md_bytes,
    }
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
