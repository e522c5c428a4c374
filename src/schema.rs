//! The fixed output schema, declared once in `schema/documents.schema.json` and compiled into
//! the binary. The writer's Arrow schema is *generated* from that file, so the declaration and
//! the data cannot drift apart.

use std::sync::{Arc, OnceLock};

use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The declared schema file, byte for byte as it is shipped in every release as `schema.json`.
pub const SCHEMA_JSON: &str = include_str!("../schema/documents.schema.json");

/// The parsed schema declaration.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SchemaDecl {
    /// Table name.
    pub name: String,
    /// Schema version; a change of it is a MAJOR release.
    pub schema_version: u32,
    /// What one row is.
    pub description: String,
    /// The columns, in output order.
    pub columns: Vec<ColumnDecl>,
}

/// One declared column.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ColumnDecl {
    /// Column name.
    pub name: String,
    /// Type in the small grammar `utf8 | int32 | int64 | float64 | bool | list<T> |
    /// struct<name: T, ...>`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Whether the column may hold nulls.
    pub nullable: bool,
    /// One-line meaning of the column.
    pub description: String,
}

/// The declared schema, parsed once.
pub fn declared() -> &'static SchemaDecl {
    static DECL: OnceLock<SchemaDecl> = OnceLock::new();
    DECL.get_or_init(|| {
        parse_decl(SCHEMA_JSON).unwrap_or_else(|e| panic!("embedded schema is invalid: {e}"))
    })
}

/// Parses a schema declaration from JSON text and checks every type parses.
pub fn parse_decl(json: &str) -> Result<SchemaDecl> {
    let decl: SchemaDecl = serde_json::from_str(json).map_err(|e| Error::Schema(e.to_string()))?;
    for c in &decl.columns {
        parse_type(&c.type_)?;
    }
    Ok(decl)
}

/// The Arrow schema of the `documents` table, generated from the declaration.
pub fn arrow_schema() -> SchemaRef {
    static SCHEMA: OnceLock<SchemaRef> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            to_arrow(declared()).unwrap_or_else(|e| panic!("embedded schema is invalid: {e}"))
        })
        .clone()
}

/// Converts a declaration into an Arrow schema.
pub fn to_arrow(decl: &SchemaDecl) -> Result<SchemaRef> {
    let fields = decl
        .columns
        .iter()
        .map(|c| Ok(Field::new(&c.name, parse_type(&c.type_)?, c.nullable)))
        .collect::<Result<Vec<_>>>()?;
    Ok(Arc::new(Schema::new(fields)))
}

/// Parses a type string of the declaration grammar into an Arrow type.
///
/// List items are nullable (Arrow's convention, what pyarrow and Polars write); struct fields
/// are not.
pub fn parse_type(s: &str) -> Result<DataType> {
    let s = s.trim();
    let err = || Error::Schema(format!("unknown type {s:?}"));
    match s {
        "utf8" => return Ok(DataType::Utf8),
        "int32" => return Ok(DataType::Int32),
        "int64" => return Ok(DataType::Int64),
        "float64" => return Ok(DataType::Float64),
        "bool" => return Ok(DataType::Boolean),
        _ => {}
    }
    if let Some(inner) = s.strip_prefix("list<").and_then(|r| r.strip_suffix('>')) {
        let item = parse_type(inner)?;
        return Ok(DataType::List(Arc::new(Field::new_list_field(item, true))));
    }
    if let Some(inner) = s.strip_prefix("struct<").and_then(|r| r.strip_suffix('>')) {
        let mut fields = Vec::new();
        for part in split_top_level(inner) {
            let (name, ty) = part.split_once(':').ok_or_else(err)?;
            fields.push(Field::new(name.trim(), parse_type(ty)?, false));
        }
        if fields.is_empty() {
            return Err(err());
        }
        return Ok(DataType::Struct(Fields::from(fields)));
    }
    Err(err())
}

/// Splits `a: T, b: list<U>` at the commas that are not inside angle brackets.
fn split_top_level(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, ch) in s.char_indices() {
        match ch {
            '<' => depth += 1,
            '>' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        parts.push(&s[start..]);
    }
    parts
}

/// The schema as a markdown table (what `corpack schema` prints and the dataset card shows).
pub fn to_markdown(decl: &SchemaDecl) -> String {
    let mut out = String::from("| # | column | type | nullable | description |\n");
    out.push_str("|---|---|---|---|---|\n");
    for (i, c) in decl.columns.iter().enumerate() {
        out.push_str(&format!(
            "| {} | `{}` | `{}` | {} | {} |\n",
            i + 1,
            c.name,
            c.type_,
            if c.nullable { "yes" } else { "no" },
            c.description.replace('|', "\\|")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_schema_has_the_v1_columns_in_order() {
        let names: Vec<&str> = declared().columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "doc_id",
                "source_path",
                "source_sha256",
                "source_bytes",
                "source_encoding",
                "repairs",
                "title",
                "text",
                "text_sha256",
                "lang",
                "lang_confidence",
                "n_chars",
                "n_words",
                "boilerplate",
                "duplicate_of"
            ]
        );
        assert_eq!(declared().schema_version, 1);
    }

    #[test]
    fn nested_types_parse() {
        let t = parse_type("list<struct<rule: utf8, line: int32, text: utf8>>").unwrap();
        let DataType::List(item) = t else {
            panic!("not a list: {t:?}")
        };
        let DataType::Struct(fields) = item.data_type() else {
            panic!("not a struct")
        };
        let got: Vec<(&str, &DataType)> = fields
            .iter()
            .map(|f| (f.name().as_str(), f.data_type()))
            .collect();
        assert_eq!(
            got,
            [
                ("rule", &DataType::Utf8),
                ("line", &DataType::Int32),
                ("text", &DataType::Utf8)
            ]
        );
    }

    #[test]
    fn bad_types_are_errors() {
        for bad in ["utf9", "list<", "struct<>", "struct<a utf8>", "list<int8>"] {
            assert!(parse_type(bad).is_err(), "{bad} should not parse");
        }
    }

    #[test]
    fn markdown_lists_every_column() {
        let md = to_markdown(declared());
        assert_eq!(md.lines().count(), 2 + declared().columns.len());
        assert!(md.contains(
            "| 14 | `boilerplate` | `list<struct<rule: utf8, line: int32, text: utf8>>` | no |"
        ));
    }
}
