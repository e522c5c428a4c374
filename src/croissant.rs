//! `croissant.json`: MLCommons Croissant 1.0 metadata (JSON-LD) of a release, so Croissant
//! tools (mlcroissant, dataset search engines) can find, check and load it.
//!
//! Generated from the same single source as the manifest and the card: the [`Manifest`], the
//! declared schema and the data parts' [`FileEntry`]s. Layout:
//! * `distribution`: one `cr:FileObject` per data part (Parquet and CSV) with its relative
//!   `contentUrl`, size and SHA-256, plus one `cr:FileSet` globbing the Parquet parts, so the
//!   record set reads every part whatever their number (fields of one record set drawing on
//!   several FileObjects would need joins);
//! * `recordSet`: one `documents` record set with a `cr:Field` per schema column, extracted by
//!   column name from the Parquet FileSet.
//!
//! List columns, as mlcroissant 1.1.1 loads them from Parquet (pandas gives each list cell as
//! an array): `list<T>` is a field with `repeated: true` and T's data type (it loads as a list,
//! empty lists included); `list<struct<..>>` is a `repeated` field whose `subField`s each
//! extract the same column with a `jsonPath` transform naming the struct member (it loads as a
//! list of objects keyed by the sub-fields' ids). Both are Croissant 1.0 vocabulary (1.1's
//! `isArray` is not used), so no list column falls back to the CSV's JSON text.

use serde_json::{json, Map, Value};

use crate::error::{Error, Result};
use crate::manifest::{FileEntry, Manifest};
use crate::schema::{parse_type, ColumnDecl, SchemaDecl};
use arrow_schema::DataType;

/// The file name in the release folder.
pub const FILE_NAME: &str = "croissant.json";
/// What `conformsTo` declares.
pub const CONFORMS_TO: &str = "http://mlcommons.org/croissant/1.0";
/// `@id` of the FileSet of the Parquet parts.
pub const PARQUET_FILE_SET: &str = "parquet-files";
/// The glob of the Parquet parts, relative to the release folder (see [`crate::write::part_stem`]).
pub const PARQUET_GLOB: &str = "data/documents-*.parquet";
/// Media type of Parquet in Croissant (what mlcroissant reads as Parquet).
pub const PARQUET_MEDIA_TYPE: &str = "application/x-parquet";
/// Media type of CSV.
pub const CSV_MEDIA_TYPE: &str = "text/csv";

/// The JSON-LD `@context` of the Croissant 1.0 specification, as its 1.0 example datasets
/// carry it. (mlcroissant 1.1.1 notes that it lacks `equivalentProperty` and `samplingRate`,
/// two terms it added later; that is a warning, not an error.)
fn context() -> Value {
    json!({
        "@language": "en",
        "@vocab": "https://schema.org/",
        "citeAs": "cr:citeAs",
        "column": "cr:column",
        "conformsTo": "dct:conformsTo",
        "cr": "http://mlcommons.org/croissant/",
        "rai": "http://mlcommons.org/croissant/RAI/",
        "data": {"@id": "cr:data", "@type": "@json"},
        "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
        "dct": "http://purl.org/dc/terms/",
        "examples": {"@id": "cr:examples", "@type": "@json"},
        "extract": "cr:extract",
        "field": "cr:field",
        "fileProperty": "cr:fileProperty",
        "fileObject": "cr:fileObject",
        "fileSet": "cr:fileSet",
        "format": "cr:format",
        "includes": "cr:includes",
        "isLiveDataset": "cr:isLiveDataset",
        "jsonPath": "cr:jsonPath",
        "key": "cr:key",
        "md5": "cr:md5",
        "parentField": "cr:parentField",
        "path": "cr:path",
        "recordSet": "cr:recordSet",
        "references": "cr:references",
        "regex": "cr:regex",
        "repeated": "cr:repeated",
        "replace": "cr:replace",
        "sc": "https://schema.org/",
        "separator": "cr:separator",
        "source": "cr:source",
        "subField": "cr:subField",
        "transform": "cr:transform"
    })
}

/// Renders `croissant.json` (pretty JSON, trailing newline) for the release described by
/// `m`, whose rows follow `schema` and whose data parts are `parts` (paths under `data/`).
pub fn render(m: &Manifest, schema: &SchemaDecl, parts: &[FileEntry]) -> Result<String> {
    let mut distribution = Vec::new();
    for f in parts {
        let media = media_type(&f.path)?;
        distribution.push(json!({
            "@type": "cr:FileObject",
            "@id": f.path,
            "name": f.path,
            "contentUrl": f.path,
            "contentSize": format!("{} B", f.bytes),
            "encodingFormat": media,
            "sha256": f.sha256,
        }));
    }
    distribution.push(json!({
        "@type": "cr:FileSet",
        "@id": PARQUET_FILE_SET,
        "name": PARQUET_FILE_SET,
        "description": "Every Parquet part of the release, in part order (rows sorted by doc_id).",
        "encodingFormat": PARQUET_MEDIA_TYPE,
        "includes": PARQUET_GLOB,
    }));

    let rs = schema.name.as_str();
    let fields = schema
        .columns
        .iter()
        .map(|c| column_field(rs, c))
        .collect::<Result<Vec<_>>>()?;

    let mut doc = Map::new();
    doc.insert("@context".into(), context());
    doc.insert("@type".into(), "sc:Dataset".into());
    doc.insert("conformsTo".into(), CONFORMS_TO.into());
    doc.insert("name".into(), m.name.clone().into());
    if !m.title.trim().is_empty() && m.title.trim() != m.name {
        doc.insert("alternateName".into(), m.title.trim().into());
    }
    let description = if m.description.trim().is_empty() {
        &m.title
    } else {
        &m.description
    };
    doc.insert("description".into(), description.trim().into());
    doc.insert("license".into(), license(m).into());
    doc.insert("version".into(), m.version.clone().into());
    doc.insert("citeAs".into(), crate::card::bibtex(m).trim_end().into());
    if !m.citation.authors.is_empty() {
        let creators: Vec<Value> = m
            .citation
            .authors
            .iter()
            .map(|a| json!({"@type": "sc:Organization", "name": a}))
            .collect();
        doc.insert("creator".into(), Value::Array(creators));
    }
    if let Some(url) = &m.citation.url {
        doc.insert("url".into(), url.clone().into());
    }
    let langs = languages(m);
    if !langs.is_empty() {
        doc.insert("inLanguage".into(), langs.into());
    }
    doc.insert("distribution".into(), Value::Array(distribution));
    doc.insert(
        "recordSet".into(),
        json!([{
            "@type": "cr:RecordSet",
            "@id": rs,
            "name": rs,
            "description": schema.description,
            "key": {"@id": format!("{rs}/doc_id")},
            "field": fields,
        }]),
    );
    let mut s = serde_json::to_string_pretty(&Value::Object(doc))
        .map_err(|e| Error::Schema(format!("croissant.json: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// The `cr:Field` of column `c` of record set `rs`: a scalar is one field; a list is
/// `repeated`, its items either a scalar data type or, for structs, one sub-field per member.
fn column_field(rs: &str, c: &ColumnDecl) -> Result<Value> {
    let mut f = field(&format!("{rs}/{}", c.name), &c.name, &c.description);
    match parse_type(&c.type_)? {
        DataType::List(item) => {
            f.insert("repeated".into(), Value::Bool(true));
            if let DataType::Struct(members) = item.data_type() {
                let mut subs = Vec::new();
                for mem in members {
                    let id = format!("{rs}/{}/{}", c.name, mem.name());
                    let mut sub = field(&id, mem.name(), "");
                    sub.insert("dataType".into(), scalar(mem.data_type(), &c.type_)?);
                    sub.insert("source".into(), source(&c.name, Some(mem.name())));
                    subs.push(Value::Object(sub));
                }
                f.insert("subField".into(), Value::Array(subs));
            } else {
                f.insert("dataType".into(), scalar(item.data_type(), &c.type_)?);
                f.insert("source".into(), source(&c.name, None));
            }
        }
        other => {
            f.insert("dataType".into(), scalar(&other, &c.type_)?);
            f.insert("source".into(), source(&c.name, None));
        }
    }
    Ok(Value::Object(f))
}

/// A `cr:Field` with its id, name and (when not empty) description.
fn field(id: &str, name: &str, description: &str) -> Map<String, Value> {
    let mut f = Map::new();
    f.insert("@type".into(), "cr:Field".into());
    f.insert("@id".into(), id.into());
    f.insert("name".into(), name.into());
    if !description.is_empty() {
        f.insert("description".into(), description.into());
    }
    f
}

/// A field's source: `column` of the Parquet FileSet, then the struct `member` of each item.
fn source(column: &str, member: Option<&str>) -> Value {
    let mut s = json!({
        "fileSet": {"@id": PARQUET_FILE_SET},
        "extract": {"column": column},
    });
    if let (Some(member), Value::Object(map)) = (member, &mut s) {
        map.insert("transform".into(), json!({"jsonPath": member}));
    }
    s
}

/// The Croissant data type of a scalar Arrow type.
fn scalar(ty: &DataType, declared: &str) -> Result<Value> {
    let t = match ty {
        DataType::Utf8 => "sc:Text",
        DataType::Int32 | DataType::Int64 => "sc:Integer",
        DataType::Float64 => "sc:Float",
        DataType::Boolean => "sc:Boolean",
        _ => {
            return Err(Error::Schema(format!(
                "croissant.json: no Croissant data type for {declared:?}"
            )))
        }
    };
    Ok(t.into())
}

/// The media type of a data part, from its extension.
fn media_type(path: &str) -> Result<&'static str> {
    if path.ends_with(".parquet") {
        Ok(PARQUET_MEDIA_TYPE)
    } else if path.ends_with(".csv") {
        Ok(CSV_MEDIA_TYPE)
    } else {
        Err(Error::Schema(format!(
            "croissant.json: {path} is not a Parquet or CSV data part"
        )))
    }
}

/// The SPDX URL for an SPDX id, else the license statement, else the id as written.
fn license(m: &Manifest) -> String {
    match crate::license::spdx(&m.license) {
        Some(s) => s.url(),
        None if !m.license_note.trim().is_empty() => m.license_note.trim().to_string(),
        None => m.license.clone(),
    }
}

/// The ISO 639-1 codes of the rows' languages, sorted.
fn languages(m: &Manifest) -> Vec<String> {
    let mut codes: Vec<String> = m.languages.iter().filter_map(|l| l.lang.clone()).collect();
    codes.sort();
    codes
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::manifest::{Annotation, Counts, DedupMethod, LangMethod, LanguageCount, Tool};
    use crate::schema::declared;

    /// A manifest with the fields the metadata files read, for this module's and
    /// `datapackage`'s tests.
    pub(crate) fn manifest(license: &str, note: &str) -> Manifest {
        Manifest {
            name: "My-Corpus".into(),
            version: "1.2.3".into(),
            title: "My {corpus}".into(),
            description: "Documents.\n".into(),
            license: license.into(),
            license_note: note.into(),
            citation: crate::config::Citation {
                authors: vec!["Doe, Jane".into()],
                year: Some(2026),
                url: None,
            },
            card: crate::config::CardSection::default(),
            schema_version: 1,
            tool: Tool {
                name: "corpack".into(),
                version: "0.0.0".into(),
            },
            rules: Vec::new(),
            annotation: Annotation {
                lang: LangMethod {
                    detector: "test".into(),
                    settings: crate::lang::LangSettings::default(),
                },
                dedup: DedupMethod {
                    method: "test".into(),
                    settings: crate::dedup::DedupSettings::default(),
                },
            },
            previous: None,
            build: crate::manifest::BuildRecord {
                boilerplate: crate::boilerplate::StripSettings::default(),
                part_max_bytes: 1,
                report_sample: 200,
                source_date_epoch: None,
                max_file_bytes: 1,
            },
            input: crate::manifest::InputSummary {
                files: 0,
                bytes: 0,
                fingerprint: String::new(),
            },
            counts: Counts {
                documents: 0,
                canonical: 0,
                exact_duplicates: 0,
                near_duplicates: 0,
                rejected: 0,
                skipped: 0,
                bytes_in: 0,
                text_bytes: 0,
                chars: 0,
                words_in: 0,
                words: 0,
                parts: 2,
                boilerplate_lines: 0,
                repeated_lines: 0,
                titles: 0,
            },
            languages: ["ru", "en"]
                .iter()
                .map(|l| LanguageCount {
                    lang: Some(l.to_string()),
                    documents: 1,
                    canonical: 1,
                    words: 1,
                })
                .chain(std::iter::once(LanguageCount {
                    lang: None,
                    documents: 1,
                    canonical: 1,
                    words: 0,
                }))
                .collect(),
            rejected: Vec::new(),
            skipped: Vec::new(),
            files: Vec::new(),
        }
    }

    /// Two parts, each as CSV and Parquet, in manifest (path) order.
    pub(crate) fn parts() -> Vec<FileEntry> {
        let mut v = Vec::new();
        for k in 0..2 {
            for (ext, bytes) in [("csv", 100 + k), ("parquet", 200 + k)] {
                v.push(FileEntry {
                    path: format!("data/documents-0000{k}-of-00002.{ext}"),
                    bytes,
                    sha256: format!("{k}{}", "a".repeat(63)),
                });
            }
        }
        v
    }

    fn rendered(license: &str, note: &str) -> Value {
        let text = render(&manifest(license, note), declared(), &parts()).unwrap();
        assert!(text.ends_with("}\n"));
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn dataset_level_properties() {
        let v = rendered("cc-by-4.0", "");
        assert_eq!(v["@type"], "sc:Dataset");
        assert_eq!(v["conformsTo"], CONFORMS_TO);
        assert_eq!(v["name"], "My-Corpus");
        assert_eq!(v["description"], "Documents.");
        assert_eq!(v["version"], "1.2.3");
        assert_eq!(v["license"], "https://spdx.org/licenses/CC-BY-4.0.html");
        assert_eq!(v["inLanguage"], json!(["en", "ru"]));
        assert_eq!(v["@context"]["cr"], "http://mlcommons.org/croissant/");
        let cite = v["citeAs"].as_str().unwrap();
        assert_eq!(
            cite,
            crate::card::bibtex(&manifest("CC-BY-4.0", "")).trim_end()
        );
        assert!(cite.starts_with("@misc{My_Corpus_1_2_3,\n"), "{cite}");
        assert!(
            cite.contains("title = {{My corpus}}") && cite.contains("author = {Doe, Jane}"),
            "{cite}"
        );
        assert_eq!(
            v["creator"],
            json!([{"@type": "sc:Organization", "name": "Doe, Jane"}])
        );
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys[..3], ["@context", "@type", "conformsTo"]);
    }

    #[test]
    fn license_falls_back_to_the_statement_then_the_id() {
        assert_eq!(rendered("other", " All yours. ")["license"], "All yours.");
        assert_eq!(rendered("other", "")["license"], "other");
    }

    #[test]
    fn every_part_is_a_file_object_and_the_parquet_parts_a_file_set() {
        let v = rendered("MIT", "");
        let dist = v["distribution"].as_array().unwrap();
        assert_eq!(dist.len(), 5);
        for (d, p) in dist.iter().zip(parts()) {
            assert_eq!(d["@type"], "cr:FileObject");
            assert_eq!(d["contentUrl"], p.path.as_str());
            assert_eq!(d["sha256"], p.sha256.as_str());
            assert_eq!(d["contentSize"], format!("{} B", p.bytes));
            let want = if p.path.ends_with(".csv") {
                "text/csv"
            } else {
                "application/x-parquet"
            };
            assert_eq!(d["encodingFormat"], want);
        }
        assert_eq!(dist[4]["@type"], "cr:FileSet");
        assert_eq!(dist[4]["includes"], PARQUET_GLOB);
        let glob = PARQUET_GLOB.split('*').collect::<Vec<_>>();
        for p in parts().iter().filter(|p| p.path.ends_with(".parquet")) {
            assert!(p.path.starts_with(glob[0]) && p.path.ends_with(glob[1]));
        }
    }

    #[test]
    fn one_field_per_column_with_list_columns_repeated() {
        let v = rendered("MIT", "");
        let rs = &v["recordSet"][0];
        assert_eq!(rs["@id"], "documents");
        assert_eq!(rs["key"]["@id"], "documents/doc_id");
        let fields = rs["field"].as_array().unwrap();
        let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
        let cols: Vec<&str> = declared().columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, cols);
        let by = |n: &str| fields.iter().find(|f| f["name"] == n).unwrap();
        assert_eq!(by("n_words")["dataType"], "sc:Integer");
        assert_eq!(by("lang_confidence")["dataType"], "sc:Float");
        assert_eq!(by("text")["dataType"], "sc:Text");
        assert_eq!(
            by("text")["source"],
            json!({"fileSet": {"@id": "parquet-files"}, "extract": {"column": "text"}})
        );
        assert_eq!(by("repairs")["repeated"], true);
        assert_eq!(by("repairs")["dataType"], "sc:Text");
        let bp = by("boilerplate");
        assert_eq!(bp["repeated"], true);
        assert!(bp.get("source").is_none() && bp.get("dataType").is_none());
        let subs = bp["subField"].as_array().unwrap();
        let got: Vec<(&str, &str, &str)> = subs
            .iter()
            .map(|s| {
                (
                    s["@id"].as_str().unwrap(),
                    s["dataType"].as_str().unwrap(),
                    s["source"]["transform"]["jsonPath"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("documents/boilerplate/rule", "sc:Text", "rule"),
                ("documents/boilerplate/line", "sc:Integer", "line"),
                ("documents/boilerplate/text", "sc:Text", "text"),
            ]
        );
        assert_eq!(subs[0]["source"]["extract"]["column"], "boilerplate");
    }

    #[test]
    fn output_is_deterministic() {
        let m = manifest("MIT", "note");
        let a = render(&m, declared(), &parts()).unwrap();
        assert_eq!(a, render(&m, declared(), &parts()).unwrap());
    }

    #[test]
    fn unsupported_parts_and_types_are_errors() {
        let m = manifest("MIT", "");
        let mut bad = parts();
        bad[0].path = "data/documents.json".into();
        assert!(render(&m, declared(), &bad).is_err());
        let mut decl = declared().clone();
        decl.columns[0].type_ = "list<list<utf8>>".into();
        assert!(render(&m, &decl, &parts()).is_err());
    }
}
