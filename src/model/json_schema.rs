//! How the model's types are described in JSON Schema where `#[derive(JsonSchema)]` cannot
//! say it by itself: the checks the loader makes on single values (a hex colour, a web
//! address, an id usable in a link), and the types with a hand-written `Deserialize` (day
//! ranges, dates, files that are a list). `src/schema.rs` makes the schema files from them.
//!
//! Text fields take any scalar, as the YAML reader does (`phone: 111` is the text `111`);
//! an empty value is refused only where the loader refuses empty text.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map};

use super::{Date, DayRange, Listed, Review, Status, IMAGE_TYPES};

/// The largest number the loader reads into a whole number (`u32`).
pub const MAX_U32: u64 = u32::MAX as u64;

/// What any scalar can be: the loader reads `111`, `true` or an empty value as the text
/// written.
pub const ANY_SCALAR: [&str; 4] = ["string", "number", "boolean", "null"];

// Single fields, for the model's `#[schemars(schema_with = ...)]`

/// Text that must not be empty (a clinic's name, a picture's words): any scalar but an
/// empty value.
pub fn non_empty_text(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "number", "boolean"],
        "pattern": "\\S",
        "patternErrorMessage": "write something here; it must not be empty",
    })
}

/// The clinic's phone number: it must hold a digit.
pub fn phone(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "number"],
        "pattern": "[0-9]",
        "patternErrorMessage": "write the number patients should call, e.g. \"0161 496 0321\"",
    })
}

/// Another number to call: a number with a digit, or left empty.
pub fn helpline_phone(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "number", "null"],
        "pattern": "^\\s*$|[0-9]",
        "patternErrorMessage": "write the number patients should call, e.g. \"111\"",
    })
}

/// `accent_color`: `#rgb` or `#rrggbb`.
pub fn hex_colour(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "pattern": "^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
        "patternErrorMessage": "write a hex colour in quotes, e.g. \"#0b6e6e\" (without quotes, YAML reads # as the start of a comment)",
        "default": "#0b6e6e",
    })
}

/// `base_url`: a full http(s) address with a host, or nothing (see `urls::check_base_url`).
pub fn base_url(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "null"],
        "pattern": "^(?:https?://[^/?#\\s\"'<>\\\\`\\u0000-\\u001f\\u007f]+[^\\s\"'<>\\\\`\\u0000-\\u001f\\u007f]*)?$",
        "patternErrorMessage": "write the full address, starting with https:// (e.g. https://www.example-clinic.com/aftercare/)",
    })
}

/// An id that becomes part of web addresses: lower-case letters, digits and hyphens, not
/// starting with a hyphen, and not `index` (the name of each list page).
pub fn slug(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "number", "boolean"],
        "pattern": "^(?!index$)[a-z0-9][a-z0-9-]*$",
        "patternErrorMessage": "use lower-case letters, digits and hyphens, e.g. `razor-shave` (not `index`)",
    })
}

/// The other languages of a site: tags such as `es`, `ar` or `pt-BR`, each once.
pub fn language_tags(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["array", "null"],
        "items": {
            "type": "string",
            "pattern": "^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$",
            "patternErrorMessage": "write a language tag such as `es`, `ar` or `pt-BR`",
        },
        "uniqueItems": true,
        "default": [],
    })
}

/// `keep:`: names of files or folders inside the output folder (`CNAME`, `.git`, `a/b`).
pub fn kept_names(_: &mut SchemaGenerator) -> Schema {
    let segment = "(?!\\.\\.?(?:/|$))[^/\\\\]+";
    json_schema!({
        "type": ["array", "null"],
        "items": {
            "type": ["string", "number", "boolean"],
            "pattern": format!("^(?!{}$){segment}(?:/{segment})*$", regex_escape(crate::output::MARKER)),
            "patternErrorMessage": "name a file or folder inside the output folder, e.g. CNAME or .git (no `..`, no leading /)",
        },
        "default": [],
    })
}

/// `status_labels:`: the clinic's own word for any status, by status.
pub fn status_labels(_: &mut SchemaGenerator) -> Schema {
    let mut properties = Map::new();
    for s in Status::ALL {
        properties.insert(
            s.key().into(),
            json!({ "type": ANY_SCALAR, "description": format!("The word patients see for `{}`.", s.key()) }),
        );
    }
    json_schema!({
        "type": ["object", "null"],
        "properties": properties,
        "additionalProperties": false,
        "default": {},
    })
}

/// A picture's file name in `content/images/`: no `..`, no leading `/`, and a kind of
/// picture a web page can show.
pub fn image_file(_: &mut SchemaGenerator) -> Schema {
    let segment = "(?!\\.\\.?(?:/|$))[^/\\\\]";
    let types: Vec<String> = IMAGE_TYPES
        .iter()
        .filter(|t| **t != "jpeg")
        .map(|t| match *t {
            "jpg" => "[Jj][Pp][Ee]?[Gg]".to_string(),
            t => t.chars().map(|c| format!("[{}{c}]", c.to_ascii_uppercase())).collect(),
        })
        .collect();
    json_schema!({
        "type": "string",
        "pattern": format!("^(?:{segment}+/)*{segment}*\\.(?:{})$", types.join("|")),
        "patternErrorMessage": format!(
            "give the name of a picture in content/images/ ({}), e.g. `wash-step-1.jpg`",
            IMAGE_TYPES.join(", ")
        ),
    })
}

/// The clinic's logo: a picture in content/images/ or theme/, given from the site folder.
pub fn logo(_: &mut SchemaGenerator) -> Schema {
    let segment = "(?!\\.\\.?(?:/|$))[^/\\\\]";
    let types: Vec<String> = IMAGE_TYPES
        .iter()
        .filter(|t| **t != "jpeg")
        .map(|t| match *t {
            "jpg" => "[Jj][Pp][Ee]?[Gg]".to_string(),
            t => t.chars().map(|c| format!("[{}{c}]", c.to_ascii_uppercase())).collect(),
        })
        .collect();
    json_schema!({
        "type": "string",
        "pattern": format!("^(?:content/images|theme)/(?:{segment}+/)*{segment}*\\.(?:{})$", types.join("|")),
        "patternErrorMessage": format!(
            "give a picture in content/images/ or theme/ ({}), e.g. `content/images/logo.svg`",
            IMAGE_TYPES.join(", ")
        ),
    })
}

/// `hours:` of a first-hours step: like a day range, from hour 0 to hour 24.
pub fn hour_range(_: &mut SchemaGenerator) -> Schema {
    let hour = "0*(?:2[0-4]|1?[0-9])";
    // One schema for both forms (the bounds apply to a number, the pattern to text), so
    // an editor says what is wrong with the value rather than that it is not a number.
    json_schema!({
        "description": "Hours after the session: one hour `2`, a range `0-4` (both ends included) or an open end `4+`, from 0 to 24.",
        "type": ["integer", "string"],
        "minimum": 0,
        "maximum": 24,
        "pattern": range_pattern(hour),
        "patternErrorMessage": "write an hour (`2`), a range (`0-4`) or an open end (`4+`), from 0 to 24",
    })
}

/// `^ 5 $`, `^0-3$`, `^10+$` with `number` the pattern of one number, as `DayRange`'s parser
/// reads them: spaces around the parts, an en dash for the hyphen, a `+` before a number.
fn range_pattern(number: &str) -> String {
    format!("^\\s*\\+?{number}\\s*(?:\\+|[-\u{2013}]\\s*\\+?{number})?\\s*$")
}

fn regex_escape(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c.to_string() } else { format!("\\{c}") }).collect()
}

// The types with a hand-written `Deserialize`

impl JsonSchema for DayRange {
    fn schema_name() -> Cow<'static, str> {
        "DayRange".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // A whole number or text, in one schema: see `hour_range`.
        json_schema!({
            "description": "Days after the session (day 0 is the day of the session): one day `5`, a range `0-3` (both ends included) or an open end `10+` (to the last day).",
            "type": ["integer", "string"],
            "minimum": 0,
            "maximum": MAX_U32,
            "pattern": range_pattern("[0-9]+"),
            "patternErrorMessage": "write one day (`5`), a range (`0-3`) or an open end (`10+`)",
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // A real date, YYYY-MM-DD: 30 days hath September..., and 29 February in leap years.
        // The loader also reads a month or day of one digit (`2026-1-5`); it would read a
        // year of fewer than four digits too (`26-11-20` is the year 26), which is refused here.
        let day = "(?:[0-9]{4}-(?:(?:0?[13578]|1[02])-(?:0?[1-9]|[12][0-9]|3[01])|(?:0?[469]|11)-(?:0?[1-9]|[12][0-9]|30)|0?2-(?:0?[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-0?2-29)";
        json_schema!({
            "description": "A date, YYYY-MM-DD (e.g. 2026-11-20).",
            "type": "string",
            "pattern": format!("^\\s*{day}\\s*$"),
            "patternErrorMessage": "write a real date as YYYY-MM-DD, e.g. 2026-11-20",
        })
    }
}

impl<T: JsonSchema> JsonSchema for Listed<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Listed_{}", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("aftercare::Listed<{}>", T::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        let mut review = generator.subschema_for::<Option<Review>>();
        review.insert("description".into(), json!("Who checked this file's advice and when it is due again."));
        json_schema!({
            "anyOf": [
                { "type": "array", "items": item },
                {
                    "type": "object",
                    "properties": {
                        "review": review,
                        "items": {
                            "description": "The list, when the file also carries a `review:`.",
                            "type": "array",
                            "items": item,
                        },
                    },
                    "required": ["items"],
                    "additionalProperties": false,
                },
            ],
        })
    }
}
