// Validates YAML documents against aftercare's JSON Schemas with validators we did not
// write: the `yaml` package (the parser of the YAML language server, YAML 1.2) and Ajv
// (JSON Schema draft-07). Driven by tests/schema.rs; the packages are installed, pinned, by
// tests/browser/install.sh.
//
//   node tests/schema/validate.mjs MANIFEST.json
//
// MANIFEST: { "schemas": DIR, "documents": [DOC...] }, each DOC one of
//   { "id", "file", "schema": "protocol.schema.json" }   a YAML file, or the front matter of a .md file
//   { "id", "file", "schema": "comment" }                the schema its first line names
//                                                        (`# yaml-language-server: $schema=PATH`)
//   { "id", "yaml", "schema", "pointer" }                a YAML snippet against one definition
//                                                        of a schema (`#/definitions/DayRange`)
// Prints a JSON list of { "id", "result": "valid" | "invalid" | "unparseable", "errors", "schema" }.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, resolve } from "node:path";

const require = createRequire(new URL("../browser/package.json", import.meta.url));
const Ajv = require("ajv").default;
const YAML = require("yaml");

const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
// What editors show (VS Code's JSON and YAML support): the message when a pattern does not
// match, and the description as Markdown.
ajv.addKeyword({ keyword: "patternErrorMessage", schemaType: "string" });
ajv.addKeyword({ keyword: "markdownDescription", schemaType: "string" });

const loaded = new Map();
function validator(path) {
  const key = resolve(path);
  if (!loaded.has(key)) {
    ajv.addSchema(JSON.parse(readFileSync(key, "utf8")), key);
    loaded.set(key, ajv.getSchema(key));
  }
  return loaded.get(key);
}

// The front matter of an article, as the loader splits it: a first line `---`, up to the
// next line `---`. `null` when there is none.
function frontMatter(text) {
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (lines[0].trimEnd() !== "---") return null;
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  return end < 0 ? null : lines.slice(1, end).join("\n");
}

const out = [];
for (const doc of manifest.documents) {
  const row = { id: doc.id, result: "valid", errors: [], schema: doc.schema };
  out.push(row);
  let text = doc.yaml;
  let schemaPath = doc.schema && resolve(manifest.schemas, doc.schema);
  try {
    if (doc.file !== undefined) {
      text = readFileSync(doc.file, "utf8");
      if (doc.file.endsWith(".md")) {
        text = frontMatter(text);
        if (text === null) throw new Error("no front matter");
      }
      if (doc.schema === "comment") {
        const m = /^# yaml-language-server: \$schema=(\S+)\r?\n/.exec(text);
        if (!m) throw new Error("the first line names no schema");
        schemaPath = resolve(dirname(doc.file), m[1]);
        row.schema = basename(schemaPath);
      }
    }
  } catch (e) {
    row.result = "unparseable";
    row.errors.push(String(e.message));
    continue;
  }
  let value;
  try {
    value = YAML.parse(text, { version: "1.2", uniqueKeys: true, prettyErrors: false }) ?? null;
  } catch (e) {
    row.result = "unparseable";
    row.errors.push(String(e.message).split("\n")[0]);
    continue;
  }
  const whole = validator(schemaPath);
  const validate = doc.pointer ? ajv.getSchema(resolve(schemaPath) + doc.pointer) : whole;
  if (!validate) throw new Error(`no schema at ${schemaPath}${doc.pointer ?? ""}`);
  if (!validate(value)) {
    row.result = "invalid";
    row.errors = validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params && e.params.additionalProperty ? `: ${e.params.additionalProperty}` : ""}`);
  }
}
process.stdout.write(JSON.stringify(out, null, 1) + "\n");
