//! JSON Schemas of a site's YAML files, generated from the model so they cannot drift from
//! what the loader reads.
//!
//! The structs of [`crate::model`] derive `schemars::JsonSchema` beside `Deserialize`: their
//! doc comments become each key's `description` (an editor's hover help),
//! `deny_unknown_fields` becomes `additionalProperties: false`, and enums list their values.
//! The types with a hand-written `Deserialize` (day ranges, dates, files that are a list)
//! have hand-written schemas (`model::json_schema`), and the checks the loader makes on
//! single values (a hex colour, a web address, an id usable in a link, at least one warning
//! sign, 1 to 50 sessions) are written as patterns and bounds on the fields that carry them.
//!
//! The rule the schemas follow: **never reject what the loader accepts**, and reject as much
//! of what it refuses as JSON Schema can say. So a text field takes any scalar, because the
//! YAML reader takes `phone: 111`, `title: 2026` or an empty value as the text written, and
//! an empty list or map (`cites:` with nothing after it) is an empty one. What a schema cannot
//! say is left to `aftercare check`: anything across files (an unknown activity or guide,
//! days that leave a gap), a range written backwards (`9-4`), a duplicated id. One exception
//! on purpose: a date needs a four-digit year (the loader would read `26-11-20` as the year 26).
//! `tests/schema.rs` checks all of this with a validator we did not write.
//!
//! One schema per kind of file ([`all`]), and for each kind that is translated a second one
//! for its translations (`protocol.es.yaml`): the same keys, none of them required, plus
//! `translated_from`; a file that is a list is translated as `items:`. Draft-07, which the
//! YAML language server reads; `patternErrorMessage` and `markdownDescription` are VS Code's.
//!
//! Editors find a file's schema from its first line, `# yaml-language-server: $schema=<path>`
//! ([`comment_for`]), which `aftercare init` writes into every YAML file of a new site.

use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Map, Value};

use crate::model::json_schema::{ANY_SCALAR, MAX_U32};
use crate::model::{Activity, Config, FrontMatter, Guide, Listed, PrepStep, Protocol, Timeline, TreatmentSettings};
use crate::plain_words::Glossary;

/// The folder of a site the schemas are written into by default.
pub const DIR: &str = "schemas";

/// One schema file.
pub struct SchemaFile {
    /// Its name in `schemas/`: `protocol.schema.json`.
    pub name: String,
    /// The files it describes, as a person would name them: `content/protocol.yaml`.
    pub describes: &'static str,
    /// The schema, as written: pretty JSON ending in a line break, the same bytes every time.
    pub text: String,
}

/// A kind of YAML file.
struct Kind {
    /// The schema's name without `.schema.json`.
    stem: &'static str,
    /// The files it describes.
    describes: &'static str,
    /// Its translations, or `None` for a kind that is not translated file by file.
    translations: Option<&'static str>,
    /// What the file holds, for the schema's description.
    about: &'static str,
    make: fn() -> Value,
    /// The file is a list (or `review:` and the list under `items:`).
    list: bool,
}

const KINDS: &[Kind] = &[
    Kind {
        stem: "site",
        describes: "site.yaml",
        translations: Some("site.<language>.yaml"),
        about: "The site's settings, the clinic, and on a site with one treatment its `treatment:`. See \"Site layout and file formats\" in aftercare's README.",
        make: root::<Config>,
        list: false,
    },
    Kind {
        stem: "treatment",
        describes: "content/treatments/<id>/treatment.yaml",
        translations: Some("content/treatments/<id>/treatment.<language>.yaml"),
        about: "One treatment of a site with several: the same keys as `treatment:` in site.yaml.",
        make: root::<TreatmentSettings>,
        list: false,
    },
    Kind {
        stem: "activities",
        describes: "content/activities.yaml",
        translations: Some("content/activities.<language>.yaml"),
        about: "The things patients ask about (\"When can I shave?\"). Each needs a rule in protocol.yaml. A list, or `review:` and the list under `items:`.",
        make: activities,
        list: true,
    },
    Kind {
        stem: "guide",
        describes: "content/guides/<id>.yaml",
        translations: Some("content/guides/<id>.<language>.yaml"),
        about: "One published guide and what it recommends, in the clinic's own words; the file name is the guide's id.",
        make: root::<Guide>,
        list: false,
    },
    Kind {
        stem: "protocol",
        describes: "content/protocol.yaml",
        translations: Some("content/protocol.<language>.yaml"),
        about: "The clinic's own rule for every activity, day by day after a session (day 0 is the day of the session).",
        make: root::<Protocol>,
        list: false,
    },
    Kind {
        stem: "timeline",
        describes: "content/timeline.yaml",
        translations: Some("content/timeline.<language>.yaml"),
        about: "Healing stages by day (from day 0 to the last day, no gaps), later milestones, and normal and warning signs.",
        make: root::<Timeline>,
        list: false,
    },
    Kind {
        stem: "preparation",
        describes: "content/preparation.yaml",
        translations: Some("content/preparation.<language>.yaml"),
        about: "Steps before a session (optional file). A list, or `review:` and the list under `items:`.",
        make: root::<Listed<PrepStep>>,
        list: true,
    },
    Kind {
        stem: "plain-words",
        describes: "content/plain-words.yaml (and content/plain-words.<language>.yaml)",
        translations: None,
        about: "The clinic's glossary for the plain-words check of `aftercare check`: its own jargon to flag, and the terms its pages explain. One file per language, each whole.",
        make: root::<Glossary>,
        list: false,
    },
    Kind {
        stem: "front-matter",
        describes: "the front matter of content/articles/*.md (and of their translations)",
        translations: None,
        about: "An article's front matter: the YAML between the two `---` lines at the top of its Markdown file.",
        make: root::<FrontMatter>,
        list: false,
    },
];

/// Every schema file, in a fixed order: one per kind of file, then one for the
/// translations of each kind that has them.
pub fn all() -> Vec<SchemaFile> {
    let mut out = Vec::new();
    for k in KINDS {
        let mut schema = (k.make)();
        set_root(&mut schema, &format!("aftercare: {}", k.describes), k.about);
        out.push(file(format!("{}.schema.json", k.stem), k.describes, &schema));
    }
    for k in KINDS {
        let Some(describes) = k.translations else { continue };
        let schema = translation(k);
        out.push(file(format!("{}.translation.schema.json", k.stem), describes, &schema));
    }
    out
}

/// Writes every schema into `dir` (made if missing), replacing files of the same names;
/// other files there are left alone. Returns what was written, in order.
pub fn write(dir: &Path) -> Result<Vec<SchemaFile>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let files = all();
    for f in &files {
        let path = dir.join(&f.name);
        std::fs::write(&path, &f.text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(files)
}

fn file(name: String, describes: &'static str, schema: &Value) -> SchemaFile {
    let mut schema = schema.clone();
    markdown(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema is plain JSON");
    text.push('\n');
    SchemaFile { name, describes, text }
}

/// The schema file (its name in `schemas/`) for a YAML file of a site, by its path
/// relative to the site folder (`content/guides/x.yaml`, `site.es.yaml`). `None` for a file
/// that has none (an article, a glossary, a file outside the known places).
pub fn for_file(rel: &str) -> Option<String> {
    let rel = rel.replace('\\', "/");
    let (dir, name) = rel.rsplit_once('/').unwrap_or(("", &rel));
    let stem = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml"))?;
    let (stem, translated) = match stem.rsplit_once('.') {
        Some((s, lang)) if crate::content::translate::is_language_tag(lang) => (s, true),
        Some(_) => return None,
        None => (stem, false),
    };
    let in_content = dir == "content" || dir.starts_with("content/treatments/") && dir.matches('/').count() == 2;
    let kind = if dir.is_empty() && stem == "site" {
        "site"
    } else if dir == "content/guides" || dir.starts_with("content/treatments/") && dir.ends_with("/guides") {
        "guide"
    } else if in_content && ["activities", "protocol", "timeline", "preparation"].contains(&stem) {
        stem
    } else if in_content && dir != "content" && stem == "treatment" {
        "treatment"
    } else if dir == "content" && stem == "plain-words" {
        "plain-words"
    } else {
        return None;
    };
    let kind = KINDS.iter().find(|k| k.stem == kind)?;
    // A glossary in another language is that language's own, not a translation.
    Some(if translated && kind.translations.is_some() {
        format!("{}.translation.schema.json", kind.stem)
    } else {
        format!("{}.schema.json", kind.stem)
    })
}

/// The first line that points a YAML file of a site (`rel`, relative to the site folder)
/// at its schema in the site's `schemas/` folder, for the YAML language server (VS Code's
/// YAML extension and others): `# yaml-language-server: $schema=../schemas/protocol.schema.json`.
pub fn comment_for(rel: &str) -> Option<String> {
    let schema = for_file(rel)?;
    let up = "../".repeat(rel.replace('\\', "/").matches('/').count());
    Some(format!("# yaml-language-server: $schema={up}{DIR}/{schema}"))
}

// ---------------------------------------------------------------------------------------
// Generating and finishing a schema
// ---------------------------------------------------------------------------------------

/// The schema of `T` as the root of a file's schema, finished (see [`finish`]).
fn root<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft07().into_generator();
    let mut schema = generator.into_root_schema_for::<T>().to_value();
    finish(&mut schema);
    schema
}

/// activities.yaml: a list of at least one activity.
fn activities() -> Value {
    let mut schema = root::<Listed<Activity>>();
    for pointer in ["/anyOf/0", "/anyOf/1/properties/items"] {
        if let Some(Value::Object(list)) = schema.pointer_mut(pointer) {
            list.insert("minItems".into(), json!(1));
            // `items:` with nothing after it is an empty list, and that is not allowed here.
            list.insert("type".into(), json!("array"));
        }
    }
    schema
}

fn set_root(schema: &mut Value, title: &str, about: &str) {
    if let Value::Object(o) = schema {
        o.insert("title".into(), json!(title));
        o.insert("description".into(), json!(about));
    }
}

/// Finishes a generated schema: the number formats of Rust's types (`uint32`), which
/// editors do not know, become bounds; text takes any scalar and a list or map that is a
/// key's value may be empty (see the module's comment).
fn finish(schema: &mut Value) {
    walk(schema, false);
}

fn walk(schema: &mut Value, is_property: bool) {
    let Value::Object(o) = schema else { return };
    numbers(o);
    // Doc comments are wrapped at 100 columns; a hover box wraps by itself.
    if let Some(Value::String(d)) = o.get_mut("description") {
        *d = unwrap_lines(d);
    }
    if is_plain_text(o) {
        o.insert("type".into(), json!(ANY_SCALAR));
    } else if is_property && !o.contains_key("minItems") {
        let ty = o.get("type").cloned();
        let map = ty == Some(json!("object")) && !o.contains_key("properties");
        if ty == Some(json!("array")) || map {
            o.insert("type".into(), json!([ty.unwrap_or_default(), "null"]));
        }
    }
    for key in ["properties", "definitions"] {
        if let Some(Value::Object(children)) = o.get_mut(key) {
            for child in children.values_mut() {
                walk(child, key == "properties");
            }
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(child) = o.get_mut(key) {
            walk(child, false);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(children)) = o.get_mut(key) {
            for child in children {
                walk(child, false);
            }
        }
    }
}

/// Every `description` also as `markdownDescription`, which the YAML language server shows
/// as Markdown (`0-3` as code) where it escapes a `description`.
fn markdown(schema: &mut Value) {
    match schema {
        Value::Object(o) => {
            if let Some(d) = o.get("description").filter(|d| d.is_string()).cloned() {
                o.insert("markdownDescription".into(), d);
            }
            o.values_mut().for_each(markdown);
        }
        Value::Array(items) => items.iter_mut().for_each(markdown),
        _ => {}
    }
}

/// `text` with its single line breaks made spaces; a blank line (a new paragraph) stays.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A `String` as generated: no pattern, enum or format of its own.
fn is_plain_text(o: &Map<String, Value>) -> bool {
    let text = o.get("type") == Some(&json!("string")) || o.get("type") == Some(&json!(["string", "null"]));
    text && !["pattern", "enum", "const", "format"].iter().any(|k| o.contains_key(*k))
}

/// `format: uint32` and the like are Rust's, not JSON Schema's: a `u32` is a whole number
/// from 0 to 4294967295.
fn numbers(o: &mut Map<String, Value>) {
    let Some(Value::String(format)) = o.get("format") else { return };
    match format.as_str() {
        "uint32" | "uint" => {
            o.entry("minimum").or_insert(json!(0));
            o.entry("maximum").or_insert(json!(MAX_U32));
        }
        "int32" => {
            o.entry("minimum").or_insert(json!(i32::MIN));
            o.entry("maximum").or_insert(json!(i32::MAX));
        }
        "double" | "float" => {}
        _ => return,
    }
    o.remove("format");
}

/// The schema of a translation of kind `k`: the same keys with none required (a word left
/// out shows in the default language), plus `translated_from`; a list is translated as
/// `items:` (or as the bare list).
fn translation(k: &Kind) -> Value {
    let mut schema = (k.make)();
    optional(&mut schema);
    let version = json!({
        "description": "The version of the source file this translation was made from (`check` says when the source has changed since, and gives the new version).",
        "type": ANY_SCALAR,
    });
    let mut out = if k.list {
        let Value::Object(mut o) = schema else { unreachable!("a schema is an object") };
        let items = o.get("anyOf").and_then(|a| a.get(0)).cloned().unwrap_or_else(|| json!({ "type": "array" }));
        let mut in_items = items.clone();
        in_items["type"] = json!(["array", "null"]);
        in_items["description"] = json!("The source's list, in the same order, with its words translated.");
        let definitions = o.remove("definitions");
        let mut root = json!({
            "$schema": o.get("$schema").cloned().unwrap_or(Value::Null),
            "anyOf": [
                items,
                {
                    "type": "object",
                    "properties": { "translated_from": version, "items": in_items },
                    "additionalProperties": false,
                },
            ],
        });
        if let Some(d) = definitions {
            root["definitions"] = d;
        }
        root
    } else {
        if let Some(Value::Object(p)) = schema.get_mut("properties") {
            p.insert("translated_from".into(), version);
        }
        schema
    };
    let about = format!(
        "A translation of {}: the same layout, with the words (title, say, label...) in another language. Day numbers, statuses, citations and ids may be left out; where written they must say what the source says. See \"Languages\" in aftercare's README.",
        k.describes
    );
    set_root(&mut out, &format!("aftercare: a translation of {}", k.describes), &about);
    out
}

/// No key required and no list too short: what a translation leaves out comes from its source.
fn optional(schema: &mut Value) {
    match schema {
        Value::Object(o) => {
            o.remove("required");
            o.remove("minItems");
            o.values_mut().for_each(optional);
        }
        Value::Array(items) => items.iter_mut().for_each(optional),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_yaml_file_of_a_site_finds_its_schema() {
        let cases = [
            ("site.yaml", Some("site.schema.json")),
            ("site.es.yaml", Some("site.translation.schema.json")),
            ("content/protocol.yaml", Some("protocol.schema.json")),
            ("content/activities.pt-BR.yaml", Some("activities.translation.schema.json")),
            ("content/guides/heal-right.yaml", Some("guide.schema.json")),
            ("content/guides/heal-right.yml", Some("guide.schema.json")),
            ("content/guides/heal-right.es.yaml", Some("guide.translation.schema.json")),
            ("content/treatments/tattoo/treatment.yaml", Some("treatment.schema.json")),
            ("content/treatments/tattoo/timeline.es.yaml", Some("timeline.translation.schema.json")),
            ("content/treatments/tattoo/guides/care.yaml", Some("guide.schema.json")),
            ("content/plain-words.yaml", Some("plain-words.schema.json")),
            ("content/plain-words.es.yaml", Some("plain-words.schema.json")),
            ("content/treatments/tattoo/plain-words.yaml", None),
            ("content/treatment.yaml", None),
            ("content/articles/about.md", None),
            ("content/v1.2.yaml", None),
            ("other/protocol.yaml", None),
        ];
        for (rel, want) in cases {
            assert_eq!(for_file(rel).as_deref(), want, "{rel}");
        }
        assert_eq!(
            comment_for("content/guides/x.yaml").unwrap(),
            "# yaml-language-server: $schema=../../schemas/guide.schema.json"
        );
        assert_eq!(comment_for("site.yaml").unwrap(), "# yaml-language-server: $schema=schemas/site.schema.json");
    }

    #[test]
    fn every_schema_is_written_the_same_way_twice_and_names_its_file() {
        let (a, b) = (all(), all());
        assert_eq!(a.len(), 16);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!((&x.name, &x.text), (&y.name, &y.text));
            let v: Value = serde_json::from_str(&x.text).unwrap();
            assert_eq!(v["$schema"], "http://json-schema.org/draft-07/schema#", "{}", x.name);
            assert!(v["title"].as_str().unwrap().starts_with("aftercare: "), "{}", x.name);
        }
    }

    #[test]
    fn unknown_keys_are_refused_and_text_takes_any_scalar() {
        let site: Value = serde_json::from_str(&all()[0].text).unwrap();
        assert_eq!(site["additionalProperties"], false);
        assert_eq!(site["properties"]["description"]["type"], json!(["string", "number", "boolean", "null"]));
        assert_eq!(site["required"], json!(["title", "clinic"]));
        let clinic = &site["definitions"]["Clinic"];
        assert_eq!(clinic["additionalProperties"], false);
        assert_eq!(clinic["properties"]["hours"]["type"], json!(["array", "null"]));
        // A whole number is bounded like the Rust type, without Rust's format names.
        let settings = &site["definitions"]["TreatmentSettings"]["properties"];
        assert_eq!(
            (settings["sessions"]["minimum"].clone(), settings["sessions"]["maximum"].clone()),
            (json!(1), json!(50))
        );
        assert!(!all().iter().any(|f| f.text.contains("\"format\"")));
    }
}
