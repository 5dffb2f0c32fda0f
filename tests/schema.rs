//! The JSON Schemas of a site's YAML files (`aftercare schema`, `src/schema.rs`): the command
//! and `init` write what the library makes from the model; every YAML file of a new site
//! names its schema on its first line; and, checked with validators we did not write (Ajv
//! and the `yaml` parser, through `tests/schema/validate.mjs`), the shipped example, the
//! studio fixture and a new site are valid, every broken-site case of
//! `tests/broken/cases.yaml` that a schema can see is refused (`SCHEMA_CASES`), and no
//! other case is: the schemas never refuse what the loader accepts.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use aftercare::model::{Date, DayRange};
use common::{aftercare, repo, stderr, stdout};
use serde_json::{json, Value};

/// The cases of `tests/broken/cases.yaml` whose files a schema refuses: a wrong type, a
/// missing or unknown key, a value outside its list or bounds, a malformed day range,
/// date, colour, address, id or picture name. Every other case that only edits YAML files
/// and articles must pass the schemas (its problem is across files, or in the YAML syntax,
/// or a range written backwards...), so a new case that a schema catches fails here until
/// it is listed.
const SCHEMA_CASES: &[&str] = &[
    "number written as a word",
    "missing required field",
    "misspelt key",
    "unknown status value",
    "day range that is not a range",
    "activity id that tries to leave the output folder",
    "recommendation with no day and no wording",
    "impossible date",
    "accent colour that is not a colour",
    "base URL without a scheme",
    "zero sessions",
    "a thousand days of restrictions",
    "no warning signs",
    "front matter error on a line of the whole file",
    "empty file",
    "problems in several files are all reported",
    "old key final_restriction_days",
    "old stage keys scalp and pigment",
    "an unknown status",
    "a script address as base URL",
    "an empty phone number",
    "an activity called index",
    "four billion sessions",
    "a day before the session",
    "first hours past the session day",
    "a picture without words for it",
    "a picture outside the pictures folder, and a file that is not a picture",
];

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_aftercare")
}

#[test]
fn the_command_writes_every_schema_as_the_library_makes_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = aftercare(dir.path(), &["schema", "--out", "out"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let made = aftercare::schema::all();
    assert_eq!(made.len(), 16);
    let listed = stdout(&o);
    assert!(listed.starts_with("Wrote 16 JSON Schemas into out:"), "{listed}");
    for f in &made {
        assert_eq!(fs::read_to_string(out.join(&f.name)).unwrap(), f.text, "{}", f.name);
        assert!(listed.contains(&format!("  {}", f.name)) && listed.contains(f.describes), "{listed}");
    }
    assert_eq!(fs::read_dir(&out).unwrap().count(), made.len());
    for kind in ["site", "treatment", "activities", "guide", "protocol", "timeline", "preparation", "front-matter"] {
        assert!(made.iter().any(|f| f.name == format!("{kind}.schema.json")), "{kind}");
    }

    // In a site's folder it writes into its schemas/; outside one it says what to do.
    let site = common::example_site();
    let o = aftercare(site.path(), &["schema"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(site.path().join("schemas/site.schema.json")).unwrap(), made[0].text);
    let o = aftercare(dir.path(), &["schema"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("there is no site.yaml in") && stderr(&o).contains("--out DIR"), "{}", stderr(&o));
}

#[test]
fn a_new_site_names_the_schema_of_every_yaml_file_on_its_first_line() {
    let dir = tempfile::tempdir().unwrap();
    let o = aftercare(dir.path(), &["init", "clinic"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let site = dir.path().join("clinic");
    for f in aftercare::schema::all() {
        assert_eq!(fs::read_to_string(site.join("schemas").join(&f.name)).unwrap(), f.text, "{}", f.name);
    }
    let yaml = yaml_files(&site);
    assert!(yaml.len() >= 20, "{yaml:?}");
    for rel in &yaml {
        let text = fs::read_to_string(site.join(rel)).unwrap();
        let first = text.lines().next().unwrap();
        let schema = first.strip_prefix("# yaml-language-server: $schema=").unwrap_or_else(|| panic!("{rel}: {first}"));
        assert_eq!(Some(first.to_string()), aftercare::schema::comment_for(rel), "{rel}");
        let target = site.join(rel).parent().unwrap().join(schema);
        assert!(target.is_file(), "{rel} points at {}", target.display());
        // The rest is the example's file (less its review, which a new site has not had).
        let original = fs::read_to_string(repo().join(rel)).unwrap();
        let rest = &text[first.len() + 1..];
        assert!(original.starts_with(rest.lines().next().unwrap()), "{rel}");
    }
    // The line changes nothing for the loader.
    let o = aftercare(&site, &["check"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// Every YAML file of a site folder, relative to it, sorted; not its output or schemas.
fn yaml_files(site: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(site).sort_by_file_name() {
        let e = e.unwrap();
        let rel = e.path().strip_prefix(site).unwrap().to_string_lossy().replace('\\', "/");
        if e.file_type().is_file() && (rel.ends_with(".yaml") || rel.ends_with(".yml")) && !rel.starts_with("public/") {
            out.push(rel);
        }
    }
    out
}

/// The documents of a site folder to check: each YAML file against its schema, each
/// article's front matter against the front matter's.
fn site_documents(site: &Path, label: &str, by_comment: bool, docs: &mut Vec<Value>) -> usize {
    let before = docs.len();
    for rel in yaml_files(site) {
        let schema = if by_comment {
            "comment".to_string()
        } else {
            aftercare::schema::for_file(&rel).unwrap_or_else(|| panic!("{label}: {rel} has no schema"))
        };
        docs.push(json!({ "id": format!("{label}:{rel}"), "file": site.join(&rel), "schema": schema }));
    }
    for e in walkdir::WalkDir::new(site.join("content/articles")).sort_by_file_name() {
        let e = e.unwrap();
        if e.path().extension().is_some_and(|x| x == "md") {
            let rel = e.path().strip_prefix(site).unwrap().display().to_string();
            docs.push(
                json!({ "id": format!("{label}:{rel}"), "file": e.path(), "schema": "front-matter.schema.json" }),
            );
        }
    }
    docs.len() - before
}

/// Where the schema and the loader may differ on a value, on purpose.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Differ {
    No,
    /// Only the loader refuses it: something JSON Schema cannot say (a range backwards).
    LoaderOnly,
    /// Only the schema refuses it: a reading of the loader no one means (the year 26).
    SchemaOnly,
}
use Differ::{LoaderOnly, No, SchemaOnly};

/// A value written in YAML, checked by the loader's own types and by one definition of a
/// schema: (schema, pointer, YAML, the loader takes it, where they may differ).
type Probe = (&'static str, &'static str, String, bool, Differ);

fn probes() -> Vec<Probe> {
    let mut out = Vec::new();
    let day = |y: &str| serde_yaml::from_str::<DayRange>(y).is_ok();
    // Day ranges: a range written backwards, and a day too big for the loader's numbers
    // written as text, are refused only by the loader.
    for (y, differ) in [
        ("5", No),
        ("0", No),
        ("0-3", No),
        ("10+", No),
        ("\"0-3\"", No),
        ("' 4 - 9 '", No),
        ("4–9", No),
        ("'5 +'", No),
        ("+5", No),
        ("4294967295", No),
        ("4294967296", No),
        ("-3", No),
        ("1.5", No),
        ("soon", No),
        ("0-", No),
        ("0-3+", No),
        ("1 0", No),
        ("~", No),
        ("true", No),
        ("[1, 2]", No),
        ("9-4", LoaderOnly),
        ("'99999999999'", LoaderOnly),
    ] {
        out.push(("protocol.schema.json", "#/definitions/DayRange", y.to_string(), day(y), differ));
    }
    // The hours of the session day: a range from 0 to 24.
    let hours =
        |y: &str| serde_yaml::from_str::<DayRange>(y).is_ok_and(|h| h.start <= 24 && h.end.is_none_or(|e| e <= 24));
    for (y, differ) in [
        ("2", No),
        ("0-4", No),
        ("4+", No),
        ("24", No),
        ("0-24", No),
        ("0-30", No),
        ("25", No),
        ("25+", No),
        ("024", No),
        ("8-4", LoaderOnly),
    ] {
        out.push(("protocol.schema.json", "#/definitions/HourStep/properties/hours", y.to_string(), hours(y), differ));
    }
    // Dates: a real date, leap years included. A year of fewer than four digits is the
    // one thing the schema refuses on purpose (the loader reads `26-11-20` as the year 26).
    let date = |y: &str| serde_yaml::from_str::<Date>(y).is_ok();
    for (y, differ) in [
        ("26-11-20", SchemaOnly),
        ("2026-11-20", No),
        ("2026-1-5", No),
        ("2024-02-29", No),
        ("2000-02-29", No),
        ("2023-02-29", No),
        ("1900-02-29", No),
        ("2023-02-30", No),
        ("2023-04-31", No),
        ("2023-13-01", No),
        ("'2026-11-20 '", No),
        ("20261120", No),
        ("2026", No),
        ("~", No),
    ] {
        out.push(("protocol.schema.json", "#/definitions/Date", y.to_string(), date(y), differ));
    }
    // The base URL, as `check` reads it.
    for url in [
        "https://www.example-clinic.com/aftercare/",
        "http://localhost:8000",
        "",
        "www.example.org",
        "javascript:alert(1)//",
        "https://",
        "https:///aftercare",
        "https://a b.org/",
        "https://a.org/<x>",
        "HTTP://a.org/",
    ] {
        let ok = aftercare::urls::check_base_url(url).is_ok();
        out.push(("site.schema.json", "#/properties/base_url", serde_json::to_string(url).unwrap(), ok, No));
    }
    // The clinic's logo: a picture in content/images/ or theme/ (whether the file is there
    // is the build's question, not the schema's).
    for logo in [
        "content/images/logo.svg",
        "theme/logo.png",
        "theme/brand/Logo.JPG",
        "logo.svg",
        "../logo.svg",
        "content/images/../x.svg",
        "theme/logo.txt",
        "theme/",
        "content/images/logo",
        "/theme/logo.svg",
    ] {
        let ext = logo.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        let ok = aftercare::model::logo_output(logo).is_some() && aftercare::model::IMAGE_TYPES.contains(&ext.as_str());
        out.push((
            "site.schema.json",
            "#/definitions/Clinic/properties/logo",
            serde_json::to_string(logo).unwrap(),
            ok,
            No,
        ));
    }
    // The glossary.
    for y in [
        "flag:\n  - term: hairline\n    also: [hairlines]\n    plain: [the front edge of your hair]\n    kind: trade\nkeep: [keloid]\n",
        "keep: [keloid]\n",
        "{}",
        "flags: []\n",
        "flag:\n  - term: x\n    plain: [y]\n    kind: slang\n",
        "flag:\n  - term: x\n",
    ] {
        let ok = serde_yaml::from_str::<aftercare::plain_words::Glossary>(y).is_ok();
        out.push(("plain-words.schema.json", "", y.to_string(), ok, No));
    }
    // Translations (src/content/translate.rs): the source's keys, none required, and
    // `translated_from`; a list's translation holds `items:` and nothing else.
    for (schema, y, ok) in [
        ("site.translation.schema.json", "translated_from: v1\ntitle: Hola\nclinic:\n  name: Clínica\n", true),
        ("protocol.translation.schema.json", "rules:\n  - phases:\n      - say: Hola\n", true),
        ("protocol.translation.schema.json", "translated_from: v1\nrulez: []\n", false),
        ("activities.translation.schema.json", "translated_from: v1\nitems:\n  - label: Agua\n", true),
        ("activities.translation.schema.json", "- label: Agua\n", true),
        (
            "activities.translation.schema.json",
            "review: { by: X, date: 2026-01-01, next: 2027-01-01 }\nitems: []\n",
            false,
        ),
        ("guide.translation.schema.json", "recommendations:\n  - says: Nada.\n", true),
    ] {
        out.push((schema, "", y.to_string(), ok, No));
    }
    out
}

/// Node.js and the npm packages of tests/browser (ajv, yaml), or why not.
fn validator() -> Result<PathBuf, String> {
    let modules = repo().join("tests/browser/node_modules");
    if !Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success()) {
        return Err("Node.js is not installed".into());
    }
    for package in ["ajv", "yaml"] {
        if !modules.join(package).join("package.json").is_file() {
            return Err(format!("the npm package `{package}` is not in tests/browser/node_modules"));
        }
    }
    Ok(repo().join("tests/schema/validate.mjs"))
}

#[test]
fn validators_we_did_not_write_accept_every_site_and_refuse_the_broken_cases_a_schema_can_see() {
    let script = match validator() {
        Ok(s) => s,
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("{why}: in CI the schema test must run (bash tests/browser/install.sh installs it)")
        }
        Err(why) => {
            eprintln!("SKIPPED: the schema check with Ajv: {why}; run `bash tests/browser/install.sh` first");
            return;
        }
    };
    let work = tempfile::tempdir().unwrap();
    let schemas = work.path().join("schemas");
    let o = Command::new(bin()).args(["schema", "--out"]).arg(&schemas).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let mut docs = Vec::new();

    // The shipped example, the two-treatment fixture, and a new site by its first lines.
    let example = common::example_site();
    let n_example = site_documents(example.path(), "example", false, &mut docs);
    let n_studio = site_documents(&repo().join("tests/fixtures/studio"), "studio", false, &mut docs);
    let o = aftercare(work.path(), &["init", "new-site"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let n_init = site_documents(&work.path().join("new-site"), "init", true, &mut docs);
    assert!(n_example >= 30 && n_studio >= 15 && n_init == n_example, "{n_example} {n_studio} {n_init}");
    let sites = docs.len();

    // Values against the loader's own reading.
    let probes = probes();
    for (i, (schema, pointer, yaml, _, _)) in probes.iter().enumerate() {
        let mut d = json!({ "id": format!("probe:{i}"), "yaml": yaml, "schema": schema });
        if !pointer.is_empty() {
            d["pointer"] = json!(pointer);
        }
        docs.push(d);
    }

    // The broken-site corpus: each case that only rewrites YAML files and articles, on a
    // fresh copy of the example, its rewritten files checked.
    let corpus: Vec<Value> =
        serde_yaml::from_str(&fs::read_to_string(repo().join("tests/broken/cases.yaml")).unwrap()).unwrap();
    let names: Vec<&str> = corpus.iter().filter_map(|c| c["name"].as_str()).collect();
    for name in SCHEMA_CASES {
        assert!(names.contains(name), "SCHEMA_CASES names `{name}`, which is not in tests/broken/cases.yaml");
    }
    let mut cases: Vec<(String, Vec<String>)> = Vec::new();
    let mut not_for_schemas = Vec::new();
    for (n, case) in corpus.iter().enumerate() {
        let name = case["name"].as_str().unwrap().to_string();
        let steps = case["steps"].as_array().unwrap();
        let rewrites = steps.iter().all(|s| s.get("replace").is_some() || s.get("write").is_some());
        let files: Vec<String> = steps
            .iter()
            .filter_map(|s| s.get("replace").or_else(|| s.get("write")))
            .map(|s| s["file"].as_str().unwrap().to_string())
            .filter(|f| {
                aftercare::schema::for_file(f).is_some() || f.starts_with("content/articles/") && f.ends_with(".md")
            })
            .collect();
        if !rewrites || files.is_empty() {
            not_for_schemas.push(name);
            continue;
        }
        let dir = work.path().join(format!("case-{n}"));
        fs::create_dir_all(&dir).unwrap();
        for part in ["site.yaml", "site.es.yaml", "content"] {
            common::copy(&repo().join(part), &dir.join(part));
        }
        for s in steps {
            if let Some(r) = s.get("replace") {
                let (file, old, new) =
                    (r["file"].as_str().unwrap(), r["old"].as_str().unwrap(), r["new"].as_str().unwrap());
                common::edit(&dir, file, old, new);
            } else {
                let w = &s["write"];
                common::write(&dir, w["file"].as_str().unwrap(), w["text"].as_str().unwrap());
            }
        }
        let mut ids = Vec::new();
        for f in &files {
            let id = format!("case:{n}:{f}");
            let schema = aftercare::schema::for_file(f).unwrap_or_else(|| "front-matter.schema.json".into());
            docs.push(json!({ "id": id, "file": dir.join(f), "schema": schema }));
            ids.push(id);
        }
        cases.push((name, ids));
    }

    let manifest = work.path().join("manifest.json");
    fs::write(&manifest, serde_json::to_string(&json!({ "schemas": schemas, "documents": docs })).unwrap()).unwrap();
    let o = Command::new("node").arg(&script).arg(&manifest).output().unwrap();
    assert!(o.status.success(), "validate.mjs failed:\n{}", stderr(&o));
    let results: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(results.len(), docs.len());
    let result = |id: &str| results.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("no result for {id}"));
    let mut problems = Vec::new();

    for r in &results[..sites] {
        if r["result"] != "valid" {
            problems.push(format!("{}: {} against {}: {}", r["id"], r["result"], r["schema"], r["errors"]));
        }
    }
    for (i, (schema, pointer, yaml, loader, differ)) in probes.iter().enumerate() {
        let r = result(&format!("probe:{i}"));
        let schema_ok = r["result"] == "valid";
        let expected = match differ {
            No => *loader,
            LoaderOnly => true,
            SchemaOnly => false,
        };
        assert!(*differ == No || *loader == (*differ == SchemaOnly), "`{yaml}`: the loader does not differ");
        if schema_ok != expected {
            problems.push(format!(
                "{schema}{pointer}: `{yaml}` is {} by the loader but {} by the schema ({})",
                if *loader { "taken" } else { "refused" },
                if schema_ok { "taken" } else { "refused" },
                r["errors"]
            ));
        }
    }
    let mut refused = Vec::new();
    for (name, ids) in &cases {
        let rs: Vec<&Value> = ids.iter().map(|id| result(id)).collect();
        let is_refused = rs.iter().any(|r| r["result"] == "invalid");
        let listed = SCHEMA_CASES.contains(&name.as_str());
        if is_refused {
            refused.push(name.as_str());
        }
        if listed && !is_refused {
            let got: Vec<String> = rs.iter().map(|r| format!("{} {}", r["id"], r["result"])).collect();
            problems.push(format!("broken case `{name}` is listed in SCHEMA_CASES but the schemas take it: {got:?}"));
        }
        if !listed && is_refused {
            let why: Vec<String> = rs.iter().map(|r| format!("{} {}", r["id"], r["errors"])).collect();
            problems.push(format!("broken case `{name}` is refused by the schemas: add it to SCHEMA_CASES ({why:?})"));
        }
    }
    for name in SCHEMA_CASES {
        if not_for_schemas.iter().any(|n| n == name) {
            problems.push(format!("broken case `{name}` does not only rewrite YAML files and articles"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(refused.len() >= 10);
    eprintln!(
        "schemas (Ajv): {sites} files of the example, the studio fixture and a new site valid; {} values read as the loader reads them; of the broken cases that rewrite YAML files and articles, {} refused and {} taken (their problems are for `check`); {} cases of other kinds",
        probes.len(),
        refused.len(),
        cases.len() - refused.len(),
        not_for_schemas.len(),
    );
}
