//! `datapackage.json`: a Frictionless Data Package (v2) describing the release's CSV parts as
//! tabular resources with a Table Schema, so `frictionless validate datapackage.json` checks
//! every file's size and SHA-256 and every row against the declared schema.
//!
//! Generated from the same single source as the manifest and the card: the [`Manifest`], the
//! declared schema and the data parts' [`FileEntry`]s.
//!
//! The Parquet parts are left out on purpose (they are in `croissant.json`, `manifest.json` and
//! `SHA256SUMS`). frictionless 5.21 reads Parquet through pyarrow and pandas: its `array` type
//! rejects the list cells pandas gives (NumPy arrays; without a schema it crashes on them), and
//! it cannot count a Parquet resource's bytes, so a declared `bytes` fails and `hash` is never
//! checked. Its `"type": "file"` (check size and hash only) is not Data Package v2: the v2
//! profile allows only `"table"` as a resource type.

use serde_json::{json, Map, Value};

use crate::error::{Error, Result};
use crate::manifest::{FileEntry, Manifest};
use crate::schema::{parse_type, SchemaDecl};
use arrow_schema::DataType;

/// The file name in the release folder.
pub const FILE_NAME: &str = "datapackage.json";
/// The Data Package v2 profile the descriptor declares.
pub const PROFILE: &str = "https://datapackage.org/profiles/2.0/datapackage.json";

/// Renders `datapackage.json` (pretty JSON, trailing newline) for the release described by
/// `m`, whose rows follow `schema` and whose data parts are `parts` (paths under `data/`).
pub fn render(m: &Manifest, schema: &SchemaDecl, parts: &[FileEntry]) -> Result<String> {
    let table_schema = table_schema(schema)?;
    let resources: Vec<Value> = parts
        .iter()
        .filter(|f| f.path.ends_with(".csv"))
        .map(|f| {
            let stem = f
                .path
                .rsplit('/')
                .next()
                .unwrap_or(&f.path)
                .trim_end_matches(".csv");
            json!({
                "name": stem.to_ascii_lowercase(),
                "type": "table",
                "path": f.path,
                "description": schema.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": f.bytes,
                "hash": format!("sha256:{}", f.sha256),
                "schema": table_schema,
            })
        })
        .collect();
    if resources.is_empty() {
        return Err(Error::Schema(
            "datapackage.json: the release has no CSV data part".into(),
        ));
    }

    let mut doc = Map::new();
    doc.insert("$schema".into(), PROFILE.into());
    doc.insert("name".into(), package_name(&m.name).into());
    if !m.title.trim().is_empty() {
        doc.insert("title".into(), m.title.trim().into());
    }
    if !m.description.trim().is_empty() {
        doc.insert("description".into(), m.description.trim().into());
    }
    doc.insert("version".into(), m.version.clone().into());
    doc.insert("licenses".into(), json!([license(m)]));
    doc.insert("resources".into(), Value::Array(resources));
    let mut s = serde_json::to_string_pretty(&Value::Object(doc))
        .map_err(|e| Error::Schema(format!("datapackage.json: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// The package name: the dataset name lowercased, any character outside the Data Package
/// name set (`a-z`, `0-9`, `.`, `-`, `_`) replaced by `-`.
pub fn package_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The Table Schema of the CSV parts: one field per column; a non-nullable column is
/// `required`; list columns are `array` (the CSV holds them as JSON arrays); an empty field is
/// null; `doc_id` is the primary key.
fn table_schema(schema: &SchemaDecl) -> Result<Value> {
    let fields = schema
        .columns
        .iter()
        .map(|c| {
            let ty = match parse_type(&c.type_)? {
                DataType::Utf8 => "string",
                DataType::Int32 | DataType::Int64 => "integer",
                DataType::Float64 => "number",
                DataType::Boolean => "boolean",
                DataType::List(_) => "array",
                _ => {
                    return Err(Error::Schema(format!(
                        "datapackage.json: no Table Schema type for {:?}",
                        c.type_
                    )))
                }
            };
            let mut f = Map::new();
            f.insert("name".into(), c.name.clone().into());
            f.insert("type".into(), ty.into());
            f.insert("description".into(), c.description.clone().into());
            if !c.nullable {
                f.insert("constraints".into(), json!({"required": true}));
            }
            Ok(Value::Object(f))
        })
        .collect::<Result<Vec<_>>>()?;
    let key = schema
        .columns
        .iter()
        .find(|c| c.name == "doc_id")
        .map(|c| c.name.clone())
        .ok_or_else(|| Error::Schema("datapackage.json: the schema has no doc_id".into()))?;
    Ok(json!({
        "fields": fields,
        "missingValues": [""],
        "primaryKey": [key],
    }))
}

/// The license: an SPDX id as `name` with its spdx.org `path`; anything else points at the
/// dataset card (whose License section states it) with the statement as `title`.
fn license(m: &Manifest) -> Value {
    let note = m.license_note.trim();
    match crate::license::spdx(&m.license) {
        Some(s) => {
            let mut l = json!({"name": s.id, "path": s.url()});
            if !note.is_empty() {
                l["title"] = note.into();
            }
            l
        }
        None => json!({
            "path": "README.md",
            "title": if note.is_empty() { m.license.trim() } else { note },
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::croissant::tests::{manifest, parts};
    use crate::schema::declared;

    fn rendered(license: &str, note: &str) -> Value {
        let text = render(&manifest(license, note), declared(), &parts()).unwrap();
        assert!(text.ends_with("}\n"));
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn package_level_properties() {
        let v = rendered("cc0-1.0", "");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "$schema",
                "name",
                "title",
                "description",
                "version",
                "licenses",
                "resources"
            ]
        );
        assert_eq!(v["$schema"], PROFILE);
        assert_eq!(v["name"], "my-corpus");
        assert_eq!(v["title"], "My {corpus}");
        assert_eq!(v["description"], "Documents.");
        assert_eq!(v["version"], "1.2.3");
        assert_eq!(
            v["licenses"],
            json!([{"name": "CC0-1.0", "path": "https://spdx.org/licenses/CC0-1.0.html"}])
        );
    }

    #[test]
    fn other_licenses_point_at_the_card() {
        assert_eq!(
            rendered("other", "Ask us.")["licenses"],
            json!([{"path": "README.md", "title": "Ask us."}])
        );
        assert_eq!(
            rendered("other", "")["licenses"],
            json!([{"path": "README.md", "title": "other"}])
        );
    }

    #[test]
    fn names_follow_the_data_package_rules() {
        assert_eq!(package_name("CSTO_kz-2022.v1"), "csto_kz-2022.v1");
        assert_eq!(package_name("a b/c"), "a-b-c");
    }

    #[test]
    fn each_csv_part_is_a_tabular_resource() {
        let v = rendered("MIT", "");
        let res = v["resources"].as_array().unwrap();
        let csv: Vec<FileEntry> = parts()
            .into_iter()
            .filter(|p| p.path.ends_with(".csv"))
            .collect();
        assert_eq!(res.len(), csv.len());
        for (r, p) in res.iter().zip(&csv) {
            assert_eq!(r["path"], p.path.as_str());
            assert_eq!(r["bytes"], p.bytes);
            assert_eq!(r["hash"], format!("sha256:{}", p.sha256));
            assert_eq!(r["type"], "table");
            assert_eq!(r["format"], "csv");
            assert_eq!(r["encoding"], "utf-8");
        }
        assert_eq!(res[1]["name"], "documents-00001-of-00002");
    }

    #[test]
    fn table_schema_follows_the_declared_schema() {
        let v = rendered("MIT", "");
        let s = &v["resources"][0]["schema"];
        assert_eq!(s["missingValues"], json!([""]));
        assert_eq!(s["primaryKey"], json!(["doc_id"]));
        let fields = s["fields"].as_array().unwrap();
        assert_eq!(fields.len(), declared().columns.len());
        for (f, c) in fields.iter().zip(&declared().columns) {
            assert_eq!(f["name"], c.name.as_str());
            assert_eq!(f["description"], c.description.as_str());
            assert_eq!(
                f["constraints"]["required"].as_bool(),
                (!c.nullable).then_some(true)
            );
        }
        let ty = |n: &str| {
            fields.iter().find(|f| f["name"] == n).unwrap()["type"]
                .as_str()
                .unwrap()
        };
        assert_eq!(
            [
                ty("doc_id"),
                ty("source_bytes"),
                ty("lang_confidence"),
                ty("repairs"),
                ty("boilerplate")
            ],
            ["string", "integer", "number", "array", "array"]
        );
    }

    #[test]
    fn no_csv_part_is_an_error() {
        let only_parquet: Vec<FileEntry> = parts()
            .into_iter()
            .filter(|p| p.path.ends_with(".parquet"))
            .collect();
        assert!(render(&manifest("MIT", ""), declared(), &only_parquet).is_err());
    }
}
