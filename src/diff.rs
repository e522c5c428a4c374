//! Comparing two releases of a dataset: which documents were added, removed or changed (and in
//! which columns), whether the schema, the rules or the tool changed, and which version bump that
//! calls for. What `corpack diff`, `CHANGELOG.md` and the version check of `build` stand on.
//!
//! The version policy is Croissant's:
//! - **MAJOR** when the schema changed: a column added, removed, retyped, made nullable or moved,
//!   or `schema_version` changed. A reworded column description is documentation, not a schema
//!   change.
//! - **MINOR** when the data changed: a row added or removed, or any value of any column changed
//!   (`text`, `lang`, `duplicate_of`, `boilerplate`, ...).
//! - **PATCH** when rows and values are identical and only metadata, serialization or the tool
//!   changed.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use semver::Version;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::record::Document;
use crate::release::{list_releases, Release};

/// Most per-document entries [`Diff::to_markdown`] lists before "… and N more".
pub const MAX_LISTED: usize = 50;
/// Example lines shown per side of a `text` change.
const MAX_EXAMPLES: usize = 2;
/// Characters an example line is cut to.
const EXAMPLE_CHARS: usize = 80;
/// Characters a value (a title, say) is cut to in markdown.
const VALUE_CHARS: usize = 40;
/// Setting changes listed in markdown before "… and N more".
const MAX_SETTINGS: usize = 8;

/// What of a release a comparison needs, read once: its identity, the tool, schema, rules and
/// recorded settings that made it, and its rows sorted by `doc_id`.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Dataset name (the manifest's `name`).
    pub name: String,
    /// Release version (the manifest's `version`).
    pub version: Version,
    /// The manifest's `tool.version`, when it is there.
    pub tool_version: Option<String>,
    /// The manifest's `schema_version`, when it is there.
    pub schema_version: Option<u64>,
    /// The text of the release's `schema.json`, when it has one.
    pub schema_json: Option<String>,
    /// Rule files as (file name, SHA-256), sorted by file name.
    pub rules: Vec<(String, String)>,
    /// The manifest's `annotation` and `build` records as (dotted path, JSON value), sorted by
    /// path ([`settings_of`]); empty for a manifest without them.
    pub settings: Vec<(String, String)>,
    /// Every row, sorted by `doc_id`.
    pub documents: Vec<Document>,
}

/// The recorded settings of a manifest's `annotation` and `build` objects, one entry per leaf:
/// its dotted path (`annotation.lang.settings.chunk_chars`) and its value as compact JSON (a
/// list is one value), sorted by path.
pub fn settings_of(annotation: Option<&Value>, build: Option<&Value>) -> Vec<(String, String)> {
    fn leaves(path: String, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    leaves(format!("{path}.{k}"), v, out);
                }
            }
            v => out.push((path, v.to_string())),
        }
    }
    let mut out = Vec::new();
    for (name, v) in [("annotation", annotation), ("build", build)] {
        if let Some(v) = v.filter(|v| !v.is_null()) {
            leaves(name.to_string(), v, &mut out);
        }
    }
    out.sort();
    out
}

impl Snapshot {
    /// Reads a snapshot of an opened release. Fields that older manifests lack (tool, rules,
    /// schema version) are `None` or empty; a field of the wrong type, a `schema.json` that is
    /// not a schema, or two rows with one `doc_id` is [`Error::BadRelease`].
    pub fn from_release(release: &Release) -> Result<Snapshot> {
        let manifest_path = release.dir.join("manifest.json");
        let bad = |message: String| Error::BadRelease {
            path: manifest_path.clone(),
            message,
        };
        let m = release
            .manifest
            .as_object()
            .ok_or_else(|| bad("not a JSON object".into()))?;
        let field_str = |v: Option<&Value>, what: &str| match v {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(bad(format!("{what} is not a string"))),
        };
        let version_text = field_str(m.get("version"), "\"version\"")?
            .ok_or_else(|| bad("has no \"version\"".into()))?;
        let version = Version::parse(&version_text).map_err(|e| {
            bad(format!(
                "\"version\" {version_text:?} is not a semantic version: {e}"
            ))
        })?;
        let name = match field_str(m.get("name"), "\"name\"")? {
            Some(n) => n,
            None => release
                .name
                .strip_suffix(&format!("-{version}"))
                .unwrap_or(&release.name)
                .to_string(),
        };
        let tool_version = match m.get("tool") {
            None | Some(Value::Null) => None,
            Some(Value::Object(t)) => field_str(t.get("version"), "\"tool.version\"")?,
            Some(_) => return Err(bad("\"tool\" is not an object".into())),
        };
        let schema_version = match m.get("schema_version") {
            None | Some(Value::Null) => None,
            Some(v) => Some(
                v.as_u64()
                    .ok_or_else(|| bad("\"schema_version\" is not a whole number".into()))?,
            ),
        };
        let mut rules = Vec::new();
        match m.get("rules") {
            None | Some(Value::Null) => {}
            Some(Value::Array(entries)) => {
                for (i, e) in entries.iter().enumerate() {
                    let e = e
                        .as_object()
                        .ok_or_else(|| bad(format!("\"rules\"[{i}] is not an object")))?;
                    let file = field_str(e.get("file"), &format!("\"rules\"[{i}].file"))?
                        .ok_or_else(|| bad(format!("\"rules\"[{i}] has no \"file\"")))?;
                    let sha = field_str(e.get("sha256"), &format!("\"rules\"[{i}].sha256"))?
                        .ok_or_else(|| bad(format!("\"rules\"[{i}] has no \"sha256\"")))?;
                    rules.push((file, sha));
                }
            }
            Some(_) => return Err(bad("\"rules\" is not a list".into())),
        }
        rules.sort();
        let settings = settings_of(m.get("annotation"), m.get("build"));

        let schema_path = release.dir.join("schema.json");
        let schema_json = match std::fs::read(&schema_path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| Error::BadRelease {
                    path: schema_path.clone(),
                    message: "not UTF-8".into(),
                })?;
                parse_schema(&text).map_err(|message| Error::BadRelease {
                    path: schema_path.clone(),
                    message,
                })?;
                Some(text)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(&schema_path, e)),
        };

        let mut documents = release.documents()?;
        documents.sort_by(|a, b| a.doc_id.cmp(&b.doc_id));
        if let Some(w) = documents.windows(2).find(|w| w[0].doc_id == w[1].doc_id) {
            return Err(Error::BadRelease {
                path: release.dir.join("data"),
                message: format!("doc_id {:?} is on more than one row", w[0].doc_id),
            });
        }
        Ok(Snapshot {
            name,
            version,
            tool_version,
            schema_version,
            schema_json,
            rules,
            settings,
            documents,
        })
    }

    /// Opens the release at `path` (folder or zip) and reads its snapshot.
    pub fn open(path: &Path) -> Result<Snapshot> {
        Snapshot::from_release(&Release::open(path)?)
    }
}

/// A version bump, ordered from least to most: the level a new release needs (see the module
/// documentation for the policy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// Same rows and values; only metadata, serialization or the tool changed.
    Patch,
    /// The data changed: rows added or removed, or values changed.
    Minor,
    /// The schema changed.
    Major,
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Bump::Patch => "PATCH",
            Bump::Minor => "MINOR",
            Bump::Major => "MAJOR",
        })
    }
}

impl Bump {
    /// The lowest version after `old` that is at least this bump: 0.3.0 → 0.3.1, 0.4.0 or 1.0.0.
    /// After a pre-release that is its own version when that is enough (1.1.0-rc.1 → 1.1.0).
    pub fn least_after(self, old: &Version) -> Version {
        let base = Version::new(old.major, old.minor, old.patch);
        if !old.pre.is_empty() && level_of(&base) >= self {
            return base;
        }
        match self {
            Bump::Major => Version::new(old.major.saturating_add(1), 0, 0),
            Bump::Minor => Version::new(old.major, old.minor.saturating_add(1), 0),
            Bump::Patch => Version::new(old.major, old.minor, old.patch.saturating_add(1)),
        }
    }
}

/// The level a version is a release of: MAJOR for X.0.0, MINOR for X.Y.0, PATCH otherwise.
fn level_of(v: &Version) -> Bump {
    match (v.minor, v.patch) {
        (0, 0) => Bump::Major,
        (_, 0) => Bump::Minor,
        _ => Bump::Patch,
    }
}

/// The bump from `old` to `new`: the level of the first of MAJOR.MINOR.PATCH that grew
/// (0.3.0 → 0.3.1 is PATCH, → 0.4.0 MINOR, → 1.0.0 MAJOR; the 0.x range follows the same
/// policy). `None` when `new` does not come after `old` (build metadata is ignored, so
/// 1.0.0+a → 1.0.0+b is `None`).
///
/// Pre-releases: a pre-release tag does not change the level (1.0.0 → 1.1.0-rc.1 is MINOR).
/// Between versions with the same MAJOR.MINOR.PATCH (1.1.0-rc.1 → 1.1.0-rc.2, or → 1.1.0) the
/// level is that of the version itself: MAJOR for X.0.0, MINOR for X.Y.0, PATCH for X.Y.Z, so
/// the candidates of 1.1.0 may differ from each other as much as 1.1.0 may differ from 1.0.x,
/// and the steps add up to no more than that level.
pub fn bump_between(old: &Version, new: &Version) -> Option<Bump> {
    if new.cmp_precedence(old) != Ordering::Greater {
        return None;
    }
    Some(if new.major != old.major {
        Bump::Major
    } else if new.minor != old.minor {
        Bump::Minor
    } else if new.patch != old.patch {
        Bump::Patch
    } else {
        level_of(new)
    })
}

/// Checks that `new`'s version is a large enough bump over `old`'s for what changed (`diff` is
/// `compare(old, new)`). The error says which bump is needed, why, and the lowest version that
/// would do; what `build` reports before writing a release.
pub fn check_bump(old: &Snapshot, new: &Snapshot, diff: &Diff) -> Result<(), String> {
    let need = diff.required_bump();
    let (ov, nv) = (&old.version, &new.version);
    let least = need.least_after(ov);
    let why = diff.bump_reason();
    match bump_between(ov, nv) {
        None => Err(format!(
            "{ov} → {nv} is not a version bump: a new release needs a version above {ov}, and \
             {why}, so this needs at least a {need} bump ({least})"
        )),
        Some(have) if have < need => Err(format!(
            "{ov} → {nv} is a {have} bump, but {why}, so this needs at least a {need} bump \
             ({least})"
        )),
        Some(_) => Ok(()),
    }
}

/// One side of a comparison: which release it is and what made it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Dataset name.
    pub name: String,
    /// Release version.
    pub version: Version,
    /// Version of the tool that built it, when the manifest says.
    pub tool_version: Option<String>,
    /// Schema version, when the manifest says.
    pub schema_version: Option<u64>,
    /// Number of rows.
    pub documents: usize,
}

impl Side {
    fn of(s: &Snapshot) -> Side {
        Side {
            name: s.name.clone(),
            version: s.version.clone(),
            tool_version: s.tool_version.clone(),
            schema_version: s.schema_version,
            documents: s.documents.len(),
        }
    }
}

/// What changed between two releases (or, for a first release, what it holds).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The older release; `None` for a first release ([`initial`]).
    pub old: Option<Side>,
    /// The newer release.
    pub new: Side,
    /// `doc_id`s only in the new release, sorted.
    pub added: Vec<String>,
    /// `doc_id`s only in the old release, sorted.
    pub removed: Vec<String>,
    /// Rows in both whose values differ, sorted by `doc_id`.
    pub changed: Vec<DocChange>,
    /// Rows in both with identical values.
    pub unchanged: usize,
    /// Rule files added, removed or changed, sorted by file name.
    pub rules: Vec<RuleChange>,
    /// Recorded settings added, removed or changed, sorted by path (none for a first release).
    pub settings: Vec<SettingChange>,
    /// How the schema changed.
    pub schema: SchemaChange,
}

/// A recorded setting (a leaf of the manifest's `annotation` or `build`) added, removed or
/// changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingChange {
    /// Dotted path in the manifest, e.g. `annotation.lang.settings.chunk_chars`.
    pub key: String,
    /// Old value as JSON; `None` when added.
    pub old: Option<String>,
    /// New value as JSON; `None` when removed.
    pub new: Option<String>,
}

/// One row present in both releases whose values differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocChange {
    /// The row's `doc_id`.
    pub doc_id: String,
    /// The columns that differ, in schema order.
    pub columns: Vec<ColumnChange>,
}

/// One column of one row that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ColumnChange {
    /// Column name.
    pub column: &'static str,
    /// How it changed.
    #[serde(flatten)]
    pub detail: Detail,
}

/// How a column's value changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Detail {
    /// A scalar (or short list) column: old and new value, `null` for null.
    Value {
        /// The old value.
        old: Value,
        /// The new value.
        new: Value,
    },
    /// `text`: a line-level summary.
    Lines(LineChange),
    /// `boilerplate`: how many removals each side lists.
    Items {
        /// Removals in the old row.
        old: usize,
        /// Removals in the new row.
        new: usize,
    },
}

/// Line-level summary of a `text` change, with a few example lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LineChange {
    /// Lines only in the new text (blank lines count).
    pub added: usize,
    /// Lines only in the old text.
    pub removed: usize,
    /// The first non-blank added lines (at most two), cut to about 80 characters.
    pub added_examples: Vec<String>,
    /// The first non-blank removed lines (at most two), cut to about 80 characters.
    pub removed_examples: Vec<String>,
}

/// A rule file added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleChange {
    /// File name.
    pub file: String,
    /// SHA-256 in the old release; `None` when added.
    pub old_sha256: Option<String>,
    /// SHA-256 in the new release; `None` when removed.
    pub new_sha256: Option<String>,
}

/// A column as the schema declares it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnType {
    /// Column name.
    pub name: String,
    /// Declared type, e.g. `utf8` or `list<utf8>`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Whether it may hold nulls (`None` when not declared).
    pub nullable: Option<bool>,
}

/// A column whose type or nullability changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Retyped {
    /// The column as declared before.
    pub old: ColumnType,
    /// The column as declared now.
    pub new: ColumnType,
}

/// How `schema.json` and `schema_version` changed. Compared only where both releases have them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SchemaChange {
    /// `schema_version` differs.
    pub version_changed: bool,
    /// The text of `schema.json` differs.
    pub text_changed: bool,
    /// Columns only in the new schema.
    pub added: Vec<ColumnType>,
    /// Columns only in the old schema.
    pub removed: Vec<ColumnType>,
    /// Columns whose type or nullability changed.
    pub retyped: Vec<Retyped>,
    /// The columns kept are in another order.
    pub reordered: bool,
    /// Columns whose description changed (documentation only).
    pub redescribed: Vec<String>,
    /// One of the two `schema.json` texts could not be read as a schema.
    pub unreadable: bool,
}

impl SchemaChange {
    /// A change readers of the data must adapt to: anything but descriptions and formatting.
    pub fn is_structural(&self) -> bool {
        self.version_changed
            || self.unreadable
            || self.reordered
            || !self.added.is_empty()
            || !self.removed.is_empty()
            || !self.retyped.is_empty()
    }

    /// Whether anything about the schema changed, descriptions included.
    pub fn is_changed(&self) -> bool {
        self.is_structural() || self.text_changed
    }

    /// The structural changes in words, e.g. "column `x` added, schema_version 1 → 2".
    fn structural_summary(&self, old: Option<u64>, new: Option<u64>) -> String {
        let mut parts = Vec::new();
        if self.version_changed {
            parts.push(format!("schema_version {} → {}", opt(old), opt(new)));
        }
        for c in &self.added {
            parts.push(format!(
                "column {} added ({})",
                code(&c.name),
                type_label(c)
            ));
        }
        for c in &self.removed {
            parts.push(format!("column {} removed", code(&c.name)));
        }
        for r in &self.retyped {
            parts.push(format!(
                "column {} {} → {}",
                code(&r.new.name),
                type_label(&r.old),
                type_label(&r.new)
            ));
        }
        if self.reordered {
            parts.push("columns reordered".into());
        }
        if self.unreadable {
            parts.push("schema.json could not be compared column by column".into());
        }
        parts.join(", ")
    }
}

fn type_label(c: &ColumnType) -> String {
    let null = match c.nullable {
        Some(true) => ", nullable",
        Some(false) => "",
        None => ", nullability not declared",
    };
    format!("{}{null}", esc(&c.type_))
}

fn opt<T: fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "∅".to_string(), |v| v.to_string())
}

impl Diff {
    /// The least bump this change needs: MAJOR when the schema changed structurally, MINOR when
    /// any row was added, removed or changed, PATCH otherwise. (For a first release, what it
    /// would need against an empty release: MINOR when it has rows.)
    pub fn required_bump(&self) -> Bump {
        if self.schema.is_structural() {
            Bump::Major
        } else if self.data_changed() {
            Bump::Minor
        } else {
            Bump::Patch
        }
    }

    /// Whether any row was added, removed or changed.
    pub fn data_changed(&self) -> bool {
        !(self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty())
    }

    /// Why [`Diff::required_bump`] is what it is, for messages.
    fn bump_reason(&self) -> String {
        let (old_sv, new_sv) = (
            self.old.as_ref().and_then(|o| o.schema_version),
            self.new.schema_version,
        );
        if self.schema.is_structural() {
            return format!(
                "the schema changed ({})",
                self.schema.structural_summary(old_sv, new_sv)
            );
        }
        if !self.data_changed() {
            return "rows and values are the same".into();
        }
        let mut parts = Vec::new();
        if !self.added.is_empty() {
            parts.push(format!(
                "{} added ({})",
                docs(self.added.len()),
                ids(&self.added)
            ));
        }
        if !self.removed.is_empty() {
            parts.push(format!(
                "{} removed ({})",
                docs(self.removed.len()),
                ids(&self.removed)
            ));
        }
        if !self.changed.is_empty() {
            let mut columns: Vec<&'static str> = Vec::new();
            for c in COLUMNS {
                if self
                    .changed
                    .iter()
                    .any(|d| d.columns.iter().any(|x| x.column == c))
                {
                    columns.push(c);
                }
            }
            let changed: Vec<String> = self.changed.iter().map(|d| d.doc_id.clone()).collect();
            parts.push(format!(
                "{} changed {} ({})",
                docs(changed.len()),
                columns.join(", "),
                ids(&changed)
            ));
        }
        format!("{}: the data changed", parts.join("; "))
    }

    /// The change as markdown for `CHANGELOG.md`: a `## NAME VERSION` heading, a summary line,
    /// tool, rules, settings and schema changes, then one bullet per added, removed or changed document
    /// (at most [`MAX_LISTED`], then "… and N more").
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        let n = &self.new;
        if n.name.is_empty() {
            out.push_str(&format!("## {}\n\n", n.version));
        } else {
            out.push_str(&format!("## {} {}\n\n", esc(&n.name), n.version));
        }
        let Some(old) = &self.old else {
            out.push_str(&format!("first release: {}\n\n", docs(n.documents)));
            out.push_str(&format!(
                "- tool: {}\n",
                esc(&opt(n.tool_version.as_deref()))
            ));
            out.push_str(&format!("- schema: version {}\n", opt(n.schema_version)));
            if self.rules.is_empty() {
                out.push_str("- rules: none\n");
            }
            for r in &self.rules {
                out.push_str(&format!(
                    "- rules: {} ({})\n",
                    code(&r.file),
                    short_hash(r.new_sha256.as_deref())
                ));
            }
            return out;
        };
        let old_label = if old.name == n.name {
            old.version.to_string()
        } else {
            format!("{} {}", esc(&old.name), old.version)
        };
        out.push_str(&format!(
            "compared with {old_label}: {} added, {} removed, {} changed, {} unchanged; \
             required bump: {}\n",
            self.added.len(),
            self.removed.len(),
            self.changed.len(),
            self.unchanged,
            self.required_bump()
        ));

        let mut meta = Vec::new();
        if old.tool_version != n.tool_version {
            meta.push(format!(
                "- tool: {} → {}",
                esc(&opt(old.tool_version.as_deref())),
                esc(&opt(n.tool_version.as_deref()))
            ));
        }
        for r in &self.rules {
            meta.push(match (&r.old_sha256, &r.new_sha256) {
                (None, new) => format!(
                    "- rules: {} added ({})",
                    code(&r.file),
                    short_hash(new.as_deref())
                ),
                (old, None) => format!(
                    "- rules: {} removed (was {})",
                    code(&r.file),
                    short_hash(old.as_deref())
                ),
                (old, new) => format!(
                    "- rules: {} changed ({} → {})",
                    code(&r.file),
                    short_hash(old.as_deref()),
                    short_hash(new.as_deref())
                ),
            });
        }
        for c in self.settings.iter().take(MAX_SETTINGS) {
            let value = |v: &str| esc(&truncate(v, VALUE_CHARS));
            meta.push(match (&c.old, &c.new) {
                (None, Some(new)) => format!("- settings: {} added ({})", code(&c.key), value(new)),
                (Some(old), None) => {
                    format!("- settings: {} removed (was {})", code(&c.key), value(old))
                }
                (old, new) => {
                    // Long values (a method's description) are cut where they differ.
                    let (o, n) = (
                        old.as_deref().unwrap_or("null"),
                        new.as_deref().unwrap_or("null"),
                    );
                    format!(
                        "- settings: {} {} → {}",
                        code(&c.key),
                        esc(&example(o, &[n])),
                        esc(&example(n, &[o]))
                    )
                }
            });
        }
        if self.settings.len() > MAX_SETTINGS {
            meta.push(format!(
                "- settings: … and {} more",
                self.settings.len() - MAX_SETTINGS
            ));
        }
        if self.schema.is_structural() {
            meta.push(format!(
                "- schema: {}",
                self.schema
                    .structural_summary(old.schema_version, n.schema_version)
            ));
        } else if !self.schema.redescribed.is_empty() {
            let cols: Vec<String> = self.schema.redescribed.iter().map(|c| code(c)).collect();
            meta.push(format!(
                "- schema: description of {} changed (columns and types unchanged)",
                cols.join(", ")
            ));
        } else if self.schema.text_changed {
            meta.push("- schema: schema.json changed (columns and types unchanged)".into());
        }
        if !meta.is_empty() {
            out.push('\n');
            for m in meta {
                out.push_str(&m);
                out.push('\n');
            }
        }

        let mut entries: Vec<String> = Vec::new();
        entries.extend(
            self.removed
                .iter()
                .map(|d| format!("- removed {}\n", code(d))),
        );
        entries.extend(self.added.iter().map(|d| format!("- added {}\n", code(d))));
        entries.extend(self.changed.iter().map(doc_markdown));
        if !entries.is_empty() {
            out.push('\n');
            let total = entries.len();
            for e in entries.into_iter().take(MAX_LISTED) {
                out.push_str(&e);
            }
            if total > MAX_LISTED {
                out.push_str(&format!("- … and {} more\n", total - MAX_LISTED));
            }
        }
        out
    }

    /// The change as pretty JSON (the fields of [`Diff`] plus `required_bump`), ending in a
    /// newline: what `corpack diff --format json` prints.
    pub fn to_json(&self) -> String {
        let mut v = serde_json::to_value(self).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.insert(
                "required_bump".into(),
                serde_json::to_value(self.required_bump()).unwrap_or(Value::Null),
            );
        }
        let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// One bullet (with example lines for `text`) for a changed document.
fn doc_markdown(d: &DocChange) -> String {
    let mut cols = Vec::new();
    let mut examples = String::new();
    for c in &d.columns {
        cols.push(match &c.detail {
            Detail::Value { .. } if c.column.ends_with("_sha256") => c.column.to_string(),
            Detail::Value { old, new } => {
                format!("{} ({} → {})", c.column, short_value(old), short_value(new))
            }
            Detail::Items { old, new } => {
                format!("{} ({old} → {new} removals)", c.column)
            }
            Detail::Lines(l) => {
                for e in &l.removed_examples {
                    examples.push_str(&format!("  - − {}\n", code(e)));
                }
                for e in &l.added_examples {
                    examples.push_str(&format!("  - + {}\n", code(e)));
                }
                format!("{} (+{} −{} lines)", c.column, l.added, l.removed)
            }
        });
    }
    format!(
        "- changed {}: {}\n{examples}",
        code(&d.doc_id),
        cols.join(", ")
    )
}

/// "1 document", "5 documents".
fn docs(n: usize) -> String {
    format!("{n} document{}", if n == 1 { "" } else { "s" })
}

/// Up to three ids, then "and N more".
fn ids(v: &[String]) -> String {
    let shown: Vec<&str> = v.iter().take(3).map(String::as_str).collect();
    let mut s = shown.join(", ");
    if v.len() > 3 {
        s.push_str(&format!(" and {} more", v.len() - 3));
    }
    s
}

fn short_hash(h: Option<&str>) -> String {
    match h {
        None => "∅".into(),
        Some(h) => esc(&truncate(h, 12)),
    }
}

/// A value for a markdown line: ∅ for null, strings cut and escaped, lists as `[a, b]`.
fn short_value(v: &Value) -> String {
    match v {
        Value::Null => "∅".into(),
        Value::String(s) => esc(&truncate(s, VALUE_CHARS)),
        Value::Array(items) => {
            let inner: Vec<String> = items
                .iter()
                .map(|i| match i {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            format!("[{}]", esc(&truncate(&inner.join(", "), VALUE_CHARS)))
        }
        other => esc(&truncate(&other.to_string(), VALUE_CHARS)),
    }
}

/// `s` cut to at most `max` characters, with "…" when cut; control characters become spaces.
fn truncate(s: &str, max: usize) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() <= max {
        return clean;
    }
    let mut out: String = clean.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Escapes the characters markdown would read as markup; newlines become spaces.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `s` as a markdown code span: fenced with one more backtick than its longest run, padded when
/// it starts or ends with a backtick or a space; control characters become spaces.
fn code(s: &str) -> String {
    let s: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let (mut longest, mut run) = (0, 0);
    for c in s.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') || s.starts_with(' ') || s.ends_with(' ') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// The columns compared, in schema order (`doc_id` is the key).
pub const COLUMNS: [&str; 14] = [
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
    "duplicate_of",
];

/// A float as JSON; NaN and infinities (which JSON lacks) as their names.
fn float_value(f: Option<f64>) -> Value {
    match f {
        None => Value::Null,
        Some(f) => serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(f.to_string())),
    }
}

/// Records `column` as changed from `old` to `new` when `differs`.
fn push_value(
    out: &mut Vec<ColumnChange>,
    column: &'static str,
    differs: bool,
    old: impl FnOnce() -> Value,
    new: impl FnOnce() -> Value,
) {
    if differs {
        out.push(ColumnChange {
            column,
            detail: Detail::Value {
                old: old(),
                new: new(),
            },
        });
    }
}

/// The columns of two rows with one `doc_id` that differ, in schema order.
fn column_changes(o: &Document, n: &Document) -> Vec<ColumnChange> {
    // Destructured so that a new column is a compile error here until it is compared.
    let Document {
        doc_id: _,
        source_path,
        source_sha256,
        source_bytes,
        source_encoding,
        repairs,
        title,
        text,
        text_sha256,
        lang,
        lang_confidence,
        n_chars,
        n_words,
        boilerplate,
        duplicate_of,
    } = o;
    let mut out = Vec::new();
    let s = |x: &str| Value::from(x);
    push_value(
        &mut out,
        "source_path",
        *source_path != n.source_path,
        || s(source_path),
        || s(&n.source_path),
    );
    push_value(
        &mut out,
        "source_sha256",
        *source_sha256 != n.source_sha256,
        || s(source_sha256),
        || s(&n.source_sha256),
    );
    push_value(
        &mut out,
        "source_bytes",
        *source_bytes != n.source_bytes,
        || Value::from(*source_bytes),
        || Value::from(n.source_bytes),
    );
    push_value(
        &mut out,
        "source_encoding",
        *source_encoding != n.source_encoding,
        || s(source_encoding),
        || s(&n.source_encoding),
    );
    push_value(
        &mut out,
        "repairs",
        *repairs != n.repairs,
        || Value::from(repairs.clone()),
        || Value::from(n.repairs.clone()),
    );
    push_value(
        &mut out,
        "title",
        *title != n.title,
        || Value::from(title.clone()),
        || Value::from(n.title.clone()),
    );
    if *text != n.text {
        out.push(ColumnChange {
            column: "text",
            detail: Detail::Lines(line_change(text, &n.text)),
        });
    }
    push_value(
        &mut out,
        "text_sha256",
        *text_sha256 != n.text_sha256,
        || s(text_sha256),
        || s(&n.text_sha256),
    );
    push_value(
        &mut out,
        "lang",
        *lang != n.lang,
        || Value::from(lang.clone()),
        || Value::from(n.lang.clone()),
    );
    push_value(
        &mut out,
        "lang_confidence",
        lang_confidence.map(f64::to_bits) != n.lang_confidence.map(f64::to_bits),
        || float_value(*lang_confidence),
        || float_value(n.lang_confidence),
    );
    push_value(
        &mut out,
        "n_chars",
        *n_chars != n.n_chars,
        || Value::from(*n_chars),
        || Value::from(n.n_chars),
    );
    push_value(
        &mut out,
        "n_words",
        *n_words != n.n_words,
        || Value::from(*n_words),
        || Value::from(n.n_words),
    );
    if *boilerplate != n.boilerplate {
        out.push(ColumnChange {
            column: "boilerplate",
            detail: Detail::Items {
                old: boilerplate.len(),
                new: n.boilerplate.len(),
            },
        });
    }
    push_value(
        &mut out,
        "duplicate_of",
        *duplicate_of != n.duplicate_of,
        || Value::from(duplicate_of.clone()),
        || Value::from(n.duplicate_of.clone()),
    );
    out
}

/// Line-level summary of a text change: a Myers diff of the lines (no time limit, so the result
/// is deterministic), with the first non-blank removed and added lines as examples.
fn line_change(old: &str, new: &str) -> LineChange {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let diff = similar::TextDiff::configure().diff_slices(&old_lines, &new_lines);
    // Hunks: runs of non-equal operations, as (old lines, new lines).
    let mut hunks: Vec<(&[&str], &[&str])> = Vec::new();
    let (mut o_start, mut n_start, mut open) = (0, 0, false);
    let ops = diff.ops();
    for (i, op) in ops.iter().enumerate() {
        let (tag, o, n) = op.as_tag_tuple();
        if tag != similar::DiffTag::Equal && !open {
            (o_start, n_start, open) = (o.start, n.start, true);
        }
        let next_is_equal = ops
            .get(i + 1)
            .is_none_or(|x| x.tag() == similar::DiffTag::Equal);
        if tag != similar::DiffTag::Equal && next_is_equal {
            hunks.push((
                old_lines.get(o_start..o.end).unwrap_or_default(),
                new_lines.get(n_start..n.end).unwrap_or_default(),
            ));
            open = false;
        }
    }
    let mut lc = LineChange::default();
    for (o, n) in hunks {
        lc.removed += o.len();
        lc.added += n.len();
        for (lines, others, examples) in [
            (o, n, &mut lc.removed_examples),
            (n, o, &mut lc.added_examples),
        ] {
            for line in lines.iter().filter(|l| !l.trim().is_empty()) {
                if examples.len() < MAX_EXAMPLES {
                    examples.push(example(line, others));
                }
            }
        }
    }
    lc
}

/// An example line cut to [`EXAMPLE_CHARS`]. When the most alike line on the other side shares
/// so long a beginning that both cuts would look the same, the cut starts shortly before the
/// first difference instead, after a "…".
fn example(line: &str, others: &[&str]) -> String {
    let common = others
        .iter()
        .map(|o| {
            line.chars()
                .zip(o.chars())
                .take_while(|(a, b)| a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    if common + 10 <= EXAMPLE_CHARS {
        return truncate(line, EXAMPLE_CHARS);
    }
    let rest: String = line.chars().skip(common - 20).collect();
    format!("…{}", truncate(&rest, EXAMPLE_CHARS - 1))
}

/// A `schema.json` read tolerantly: the columns with name, type and nullability (and
/// descriptions), ignoring fields it does not know.
struct ParsedSchema {
    columns: Vec<(ColumnType, Option<String>)>,
    description: Option<String>,
}

fn parse_schema(text: &str) -> std::result::Result<ParsedSchema, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let cols = v
        .get("columns")
        .and_then(Value::as_array)
        .ok_or("has no \"columns\" list")?;
    let mut columns = Vec::new();
    for (i, c) in cols.iter().enumerate() {
        let s = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
        let name = s("name").ok_or_else(|| format!("columns[{i}] has no \"name\""))?;
        let type_ = s("type").ok_or_else(|| format!("columns[{i}] has no \"type\""))?;
        let nullable = c.get("nullable").and_then(Value::as_bool);
        columns.push((
            ColumnType {
                name,
                type_,
                nullable,
            },
            s("description"),
        ));
    }
    Ok(ParsedSchema {
        columns,
        description: v
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

fn schema_change(old: &Snapshot, new: &Snapshot) -> SchemaChange {
    let mut ch = SchemaChange {
        version_changed: matches!((old.schema_version, new.schema_version), (Some(a), Some(b)) if a != b),
        ..SchemaChange::default()
    };
    let (Some(ot), Some(nt)) = (&old.schema_json, &new.schema_json) else {
        return ch;
    };
    if ot == nt {
        return ch;
    }
    ch.text_changed = true;
    let (Ok(os), Ok(ns)) = (parse_schema(ot), parse_schema(nt)) else {
        ch.unreadable = true;
        return ch;
    };
    let old_cols: BTreeMap<&str, &(ColumnType, Option<String>)> =
        os.columns.iter().map(|c| (c.0.name.as_str(), c)).collect();
    let new_cols: BTreeMap<&str, &(ColumnType, Option<String>)> =
        ns.columns.iter().map(|c| (c.0.name.as_str(), c)).collect();
    for (name, c) in &new_cols {
        match old_cols.get(name) {
            None => ch.added.push(c.0.clone()),
            Some(o) => {
                if o.0 != c.0 {
                    ch.retyped.push(Retyped {
                        old: o.0.clone(),
                        new: c.0.clone(),
                    });
                }
                if o.1 != c.1 {
                    ch.redescribed.push(name.to_string());
                }
            }
        }
    }
    for (name, c) in &old_cols {
        if !new_cols.contains_key(name) {
            ch.removed.push(c.0.clone());
        }
    }
    // Duplicate names in one schema are a structural oddity worth flagging as a change too.
    if old_cols.len() != os.columns.len() || new_cols.len() != ns.columns.len() {
        ch.unreadable = true;
    }
    let kept_old: Vec<&str> = os
        .columns
        .iter()
        .map(|c| c.0.name.as_str())
        .filter(|n| new_cols.contains_key(n))
        .collect();
    let kept_new: Vec<&str> = ns
        .columns
        .iter()
        .map(|c| c.0.name.as_str())
        .filter(|n| old_cols.contains_key(n))
        .collect();
    ch.reordered = kept_old != kept_new;
    if os.description != ns.description {
        ch.redescribed.insert(0, "(table)".into());
    }
    ch
}

/// Compares two releases: rows matched by `doc_id`, every column compared, plus schema, rules,
/// recorded settings and tool. Infallible: everything was checked when the snapshots were read.
pub fn compare(old: &Snapshot, new: &Snapshot) -> Diff {
    let mut diff = compare_rows(&old.documents, new);
    diff.old = Some(Side::of(old));
    diff.rules = keyed_changes(&old.rules, &new.rules)
        .into_iter()
        .map(|(file, old_sha256, new_sha256)| RuleChange {
            file,
            old_sha256,
            new_sha256,
        })
        .collect();
    diff.settings = keyed_changes(&old.settings, &new.settings)
        .into_iter()
        .map(|(key, old, new)| SettingChange { key, old, new })
        .collect();
    diff.schema = schema_change(old, new);
    diff
}

/// The keys of two (key, value) lists (rule files and their hashes, settings and their values)
/// that are on one side only or have different values, with both values, sorted by key.
fn keyed_changes(
    old: &[(String, String)],
    new: &[(String, String)],
) -> Vec<(String, Option<String>, Option<String>)> {
    let old: BTreeMap<&str, &str> = old.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let new: BTreeMap<&str, &str> = new.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut keys: Vec<&str> = old.keys().chain(new.keys()).copied().collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (o, n) = (old.get(k), new.get(k));
            (o != n).then(|| {
                (
                    k.to_string(),
                    o.map(|v| v.to_string()),
                    n.map(|v| v.to_string()),
                )
            })
        })
        .collect()
}

/// A first release against nothing: every row added, every rule file listed as added, the
/// schema not compared. Its markdown reads "first release: N documents".
pub fn initial(new: &Snapshot) -> Diff {
    let mut diff = compare_rows(&[], new);
    diff.rules = new
        .rules
        .iter()
        .map(|(f, h)| RuleChange {
            file: f.clone(),
            old_sha256: None,
            new_sha256: Some(h.clone()),
        })
        .collect();
    diff
}

/// The row part of a comparison (no old side, rules or schema yet).
fn compare_rows(old_docs: &[Document], new: &Snapshot) -> Diff {
    let old: BTreeMap<&str, &Document> = old_docs.iter().map(|d| (d.doc_id.as_str(), d)).collect();
    let newm: BTreeMap<&str, &Document> = new
        .documents
        .iter()
        .map(|d| (d.doc_id.as_str(), d))
        .collect();
    let mut diff = Diff {
        old: None,
        new: Side::of(new),
        added: Vec::new(),
        removed: old
            .keys()
            .filter(|k| !newm.contains_key(*k))
            .map(|k| k.to_string())
            .collect(),
        changed: Vec::new(),
        unchanged: 0,
        rules: Vec::new(),
        settings: Vec::new(),
        schema: SchemaChange::default(),
    };
    for (id, n) in &newm {
        match old.get(id) {
            None => diff.added.push(id.to_string()),
            Some(o) => {
                let columns = column_changes(o, n);
                if columns.is_empty() {
                    diff.unchanged += 1;
                } else {
                    diff.changed.push(DocChange {
                        doc_id: id.to_string(),
                        columns,
                    });
                }
            }
        }
    }
    diff
}

/// The history of dataset `name` in `dist`, newest first: each release compared with the one
/// before it, the oldest as a first release ([`initial`]). What `CHANGELOG.md` is made of.
pub fn history(dist: &Path, name: &str) -> Result<Vec<Diff>> {
    let mut out = Vec::new();
    let mut prev: Option<Snapshot> = None;
    for (_, dir) in list_releases(dist, name)? {
        let snap = Snapshot::open(&dir)?;
        out.push(match &prev {
            None => initial(&snap),
            Some(p) => compare(p, &snap),
        });
        prev = Some(snap);
    }
    out.reverse();
    Ok(out)
}

/// The first lines of `CHANGELOG.md`, before the sections.
pub const CHANGELOG_HEADER: &str = "# Changelog\n\n\
Every release in `dist/`, newest first, as `corpack diff` reports it against the release before. \
Generated by `make changelog` (`corpack diff --changelog dist`); do not edit by hand.\n";

/// `CHANGELOG.md`: [`CHANGELOG_HEADER`], then the markdown of each diff (newest first), one
/// blank line apart.
pub fn changelog(diffs: &[Diff]) -> String {
    let mut out = CHANGELOG_HEADER.to_string();
    for d in diffs {
        out.push('\n');
        out.push_str(&d.to_markdown());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Removal;

    fn doc(id: &str, text: &str) -> Document {
        Document {
            doc_id: id.into(),
            source_path: format!("{id}.txt"),
            source_sha256: "0".repeat(64),
            source_bytes: text.len() as i64,
            source_encoding: "UTF-8".into(),
            repairs: vec![],
            title: None,
            text: text.into(),
            text_sha256: crate::hash::sha256_hex(text.as_bytes()),
            lang: None,
            lang_confidence: None,
            n_chars: text.chars().count() as i64,
            n_words: text.split_whitespace().count() as i64,
            boilerplate: vec![],
            duplicate_of: None,
        }
    }

    fn snap(version: &str, documents: Vec<Document>) -> Snapshot {
        Snapshot {
            name: "x".into(),
            version: Version::parse(version).unwrap(),
            tool_version: Some("0.4.0".into()),
            schema_version: Some(1),
            schema_json: Some(crate::schema::SCHEMA_JSON.into()),
            rules: vec![("boilerplate.toml".into(), "a".repeat(64))],
            settings: vec![
                ("annotation.lang.settings.chunk_chars".into(), "150".into()),
                ("build.part_max_bytes".into(), "536870912".into()),
            ],
            documents,
        }
    }

    fn base() -> Vec<Document> {
        vec![
            doc("doc_a", "Alpha one.\n\nAlpha two."),
            doc("doc_b", "Beta."),
            doc("doc_c", "Gamma."),
        ]
    }

    fn v(s: &str) -> Version {
        Version::parse(s).unwrap()
    }

    #[test]
    fn compared_columns_are_the_declared_ones() {
        let declared: Vec<&str> = crate::schema::declared()
            .columns
            .iter()
            .map(|c| c.name.as_str())
            .filter(|n| *n != "doc_id")
            .collect();
        assert_eq!(declared, COLUMNS);
    }

    #[test]
    fn identical_snapshots_have_no_changes_and_need_a_patch() {
        let a = snap("1.0.0", base());
        let d = compare(&a, &a);
        assert_eq!(
            (d.added.len(), d.removed.len(), d.changed.len(), d.unchanged),
            (0, 0, 0, 3)
        );
        assert!(d.rules.is_empty() && !d.schema.is_changed());
        assert_eq!(d.required_bump(), Bump::Patch);
    }

    #[test]
    fn added_removed_and_changed_rows_by_doc_id() {
        let old = snap("1.0.0", base());
        let mut docs = base();
        docs.remove(1); // doc_b removed
        docs[0] = doc("doc_a", "Alpha one.\n\nAlpha 2.\n\nAlpha three.");
        docs[0].lang = Some("en".into());
        docs[0].lang_confidence = Some(0.98);
        docs.push(doc("doc_d", "Delta."));
        let new = snap("1.1.0", docs);
        let d = compare(&old, &new);
        assert_eq!(d.added, ["doc_d"]);
        assert_eq!(d.removed, ["doc_b"]);
        assert_eq!(d.unchanged, 1);
        assert_eq!(d.changed.len(), 1);
        let c = &d.changed[0];
        assert_eq!(c.doc_id, "doc_a");
        let cols: Vec<&str> = c.columns.iter().map(|c| c.column).collect();
        assert_eq!(
            cols,
            [
                "source_bytes",
                "text",
                "text_sha256",
                "lang",
                "lang_confidence",
                "n_chars",
                "n_words"
            ]
        );
        let Detail::Lines(l) = &c.columns[1].detail else {
            panic!("text is not a line change: {:?}", c.columns[1]);
        };
        assert_eq!((l.added, l.removed), (3, 1));
        assert_eq!(l.removed_examples, ["Alpha two."]);
        assert_eq!(l.added_examples, ["Alpha 2.", "Alpha three."]);
        assert_eq!(
            c.columns[3].detail,
            Detail::Value {
                old: Value::Null,
                new: "en".into()
            }
        );
        assert_eq!(d.required_bump(), Bump::Minor);
    }

    #[test]
    fn every_column_counts_as_data() {
        let old = snap("1.0.0", base());
        type Edit = (&'static str, fn(&mut Document));
        let edits: Vec<Edit> = vec![
            ("duplicate_of", |d| d.duplicate_of = Some("doc_b".into())),
            ("boilerplate", |d| {
                d.boilerplate.push(Removal {
                    rule: "r".into(),
                    line: 1,
                    text: "Share".into(),
                })
            }),
            ("repairs", |d| d.repairs.push("nfc".into())),
            ("title", |d| d.title = Some("T".into())),
            ("source_encoding", |d| {
                d.source_encoding = "windows-1251".into()
            }),
        ];
        for (col, edit) in edits {
            let mut docs = base();
            edit(&mut docs[2]);
            let d = compare(&old, &snap("1.0.1", docs));
            assert_eq!(d.changed.len(), 1, "{col}");
            assert_eq!(d.changed[0].columns[0].column, col);
            assert_eq!(d.required_bump(), Bump::Minor, "{col}");
        }
    }

    #[test]
    fn metadata_only_changes_need_a_patch() {
        let old = snap("1.0.0", base());
        let mut new = snap("1.0.1", base());
        new.tool_version = Some("0.5.0".into());
        new.rules = vec![("boilerplate.toml".into(), "b".repeat(64))];
        new.schema_json = Some(old.schema_json.clone().unwrap().replace(
            "Number of Unicode scalar values in text.",
            "Number of characters (Unicode scalar values) in text.",
        ));
        let d = compare(&old, &new);
        assert_eq!(d.required_bump(), Bump::Patch);
        assert_eq!(d.rules.len(), 1);
        assert!(d.schema.text_changed && !d.schema.is_structural());
        assert_eq!(d.schema.redescribed, ["n_chars"]);
        assert!(check_bump(&old, &new, &d).is_ok());
    }

    #[test]
    fn schema_changes_need_a_major() {
        let old = snap("1.0.0", base());
        let mut new = snap("1.1.0", base());
        let mut decl: Value = serde_json::from_str(crate::schema::SCHEMA_JSON).unwrap();
        let cols = decl["columns"].as_array_mut().unwrap();
        cols.retain(|c| c["name"] != "duplicate_of");
        cols[3]["type"] = "int32".into(); // source_bytes
        cols.push(serde_json::json!({"name": "url", "type": "utf8", "nullable": true, "description": "u"}));
        new.schema_json = Some(decl.to_string());
        new.schema_version = Some(2);
        let d = compare(&old, &new);
        let s = &d.schema;
        assert!(s.version_changed && s.is_structural() && !s.reordered);
        assert_eq!(s.added[0].name, "url");
        assert_eq!(s.removed[0].name, "duplicate_of");
        assert_eq!(s.retyped[0].new.type_, "int32");
        assert_eq!(d.required_bump(), Bump::Major);
        let e = check_bump(&old, &new, &d).unwrap_err();
        assert_eq!(
            e,
            "1.0.0 → 1.1.0 is a MINOR bump, but the schema changed (schema_version 1 → 2, \
             column `url` added (utf8, nullable), column `duplicate_of` removed, column \
             `source_bytes` int64 → int32), so this needs at least a MAJOR bump (2.0.0)"
        );
        let mut moved = snap("2.0.0", base());
        let mut decl: Value = serde_json::from_str(crate::schema::SCHEMA_JSON).unwrap();
        decl["columns"].as_array_mut().unwrap().swap(0, 1);
        moved.schema_json = Some(decl.to_string());
        let d = compare(&old, &moved);
        assert!(d.schema.reordered && d.required_bump() == Bump::Major);
        assert!(check_bump(&old, &moved, &d).is_ok());
        let mut garbled = snap("1.0.1", base());
        garbled.schema_json = Some("{".into());
        assert_eq!(compare(&old, &garbled).required_bump(), Bump::Major);
    }

    #[test]
    fn bump_between_levels_and_prereleases() {
        let b = |a: &str, c: &str| bump_between(&v(a), &v(c));
        assert_eq!(b("0.3.0", "0.3.1"), Some(Bump::Patch));
        assert_eq!(b("0.3.0", "0.4.0"), Some(Bump::Minor));
        assert_eq!(b("0.3.7", "0.4.0"), Some(Bump::Minor));
        assert_eq!(b("0.3.0", "1.0.0"), Some(Bump::Major));
        assert_eq!(b("0.3.0", "0.3.0"), None);
        assert_eq!(b("0.3.1", "0.3.0"), None);
        assert_eq!(b("1.0.0+a", "1.0.0+b"), None);
        assert_eq!(b("1.0.0", "1.1.0-rc.1"), Some(Bump::Minor));
        assert_eq!(b("1.1.0-rc.1", "1.1.0-rc.2"), Some(Bump::Minor));
        assert_eq!(b("1.1.0-rc.2", "1.1.0"), Some(Bump::Minor));
        assert_eq!(b("1.0.3-rc.1", "1.0.3"), Some(Bump::Patch));
        assert_eq!(b("2.0.0-rc.1", "2.0.0"), Some(Bump::Major));
        assert_eq!(b("1.1.0", "1.1.0-rc.1"), None);
        assert_eq!(Bump::Minor.least_after(&v("0.3.0")), v("0.4.0"));
        assert_eq!(Bump::Patch.least_after(&v("0.3.0")), v("0.3.1"));
        assert_eq!(Bump::Major.least_after(&v("0.3.0")), v("1.0.0"));
        assert_eq!(Bump::Minor.least_after(&v("1.1.0-rc.1")), v("1.1.0"));
        assert_eq!(Bump::Major.least_after(&v("1.1.0-rc.1")), v("2.0.0"));
    }

    #[test]
    fn check_bump_says_what_is_needed_and_why() {
        let old = snap("0.3.0", base());
        let mut docs = base();
        docs[0] = doc("doc_a", "Alpha one.\n\nAlpha 2.");
        docs[1] = doc("doc_b", "Beta!");
        let new = snap("0.3.1", docs.clone());
        let d = compare(&old, &new);
        assert_eq!(
            check_bump(&old, &new, &d).unwrap_err(),
            "0.3.0 → 0.3.1 is a PATCH bump, but 2 documents changed source_bytes, text, \
             text_sha256, n_chars (doc_a, doc_b): the data changed, so this needs at least a \
             MINOR bump (0.4.0)"
        );
        assert!(check_bump(&old, &snap("0.4.0", docs.clone()), &d).is_ok());
        assert!(check_bump(&old, &snap("1.0.0", docs.clone()), &d).is_ok());

        let same = snap("0.3.0", base());
        let d = compare(&old, &same);
        assert_eq!(
            check_bump(&old, &same, &d).unwrap_err(),
            "0.3.0 → 0.3.0 is not a version bump: a new release needs a version above 0.3.0, \
             and rows and values are the same, so this needs at least a PATCH bump (0.3.1)"
        );

        let mut more = base();
        more.extend((0..5).map(|i| doc(&format!("new_{i}"), "New.")));
        more.remove(0);
        let new = snap("0.3.1", more);
        let d = compare(&old, &new);
        assert_eq!(
            check_bump(&old, &new, &d).unwrap_err(),
            "0.3.0 → 0.3.1 is a PATCH bump, but 5 documents added (new_0, new_1, new_2 and 2 \
             more); 1 document removed (doc_a): the data changed, so this needs at least a \
             MINOR bump (0.4.0)"
        );
    }

    #[test]
    fn markdown_summarises_and_lists_documents() {
        let old = snap("1.0.0", base());
        let mut docs = base();
        docs.remove(1);
        docs[0] = doc("doc_a", "Alpha one.\n\nAlpha 2.");
        docs[1].lang = Some("en".into());
        docs[1].title = Some("A *bold* `title`".into());
        docs.push(doc("doc_d", "Delta."));
        let mut new = snap("1.1.0", docs);
        new.tool_version = Some("0.5.0".into());
        new.rules = vec![("boilerplate.toml".into(), "b".repeat(64))];
        let md = compare(&old, &new).to_markdown();
        assert_eq!(
            md,
            "## x 1.1.0\n\
             \n\
             compared with 1.0.0: 1 added, 1 removed, 2 changed, 0 unchanged; required bump: MINOR\n\
             \n\
             - tool: 0.4.0 → 0.5.0\n\
             - rules: `boilerplate.toml` changed (aaaaaaaaaaa… → bbbbbbbbbbb…)\n\
             \n\
             - removed `doc_b`\n\
             - added `doc_d`\n\
             - changed `doc_a`: source_bytes (22 → 20), text (+1 −1 lines), text_sha256, n_chars (22 → 20)\n  \
             - − `Alpha two.`\n  \
             - + `Alpha 2.`\n\
             - changed `doc_c`: title (∅ → A \\*bold\\* \\`title\\`), lang (∅ → en)\n"
        );
    }

    #[test]
    fn markdown_lists_recorded_settings_that_changed() {
        let old = snap("1.0.0", base());
        let mut new = snap("1.0.1", base());
        new.settings = vec![
            ("annotation.lang.settings.chunk_chars".into(), "200".into()),
            (
                "annotation.lang.settings.chunk_letters".into(),
                "120".into(),
            ),
        ];
        let diff = compare(&old, &new);
        assert_eq!(diff.required_bump(), Bump::Patch);
        assert_eq!(
            diff.to_markdown(),
            "## x 1.0.1\n\
             \n\
             compared with 1.0.0: 0 added, 0 removed, 0 changed, 3 unchanged; required bump: PATCH\n\
             \n\
             - settings: `annotation.lang.settings.chunk_chars` 150 → 200\n\
             - settings: `annotation.lang.settings.chunk_letters` added (120)\n\
             - settings: `build.part_max_bytes` removed (was 536870912)\n"
        );
        // A long value is shown from shortly before its first difference.
        let method = |m: &str| vec![("annotation.dedup.method".to_string(), format!("{:?}", m))];
        let head =
            "exact text hashes, then MinHash over lower-cased word shingles of three words, banded";
        let (mut a, mut b) = (snap("1.0.0", base()), snap("1.0.1", base()));
        a.settings = method(&format!("{head} (xxh3-64)"));
        b.settings = method(&format!("{head} (xxh3 shingle hashes)"));
        let md = compare(&a, &b).to_markdown();
        assert!(md.contains("banded (xxh3-64)\" → …"), "{md}");
        assert!(md.ends_with("banded (xxh3 shingle hashes)\"\n"), "{md}");
        // Unchanged settings say nothing; a long list is cut.
        assert!(compare(&old, &old).settings.is_empty());
        new.settings = (0..20)
            .map(|i| (format!("build.k{i:02}"), "1".into()))
            .collect();
        let md = compare(&snap("1.0.0", base()), &new).to_markdown();
        assert_eq!(md.matches("- settings:").count(), MAX_SETTINGS + 1, "{md}");
        assert!(md.contains("- settings: … and 14 more\n"), "{md}");
    }

    #[test]
    fn settings_are_the_leaves_of_annotation_and_build() {
        let m: Value = serde_json::json!({
            "annotation": {"lang": {"detector": "lingua", "settings": {"languages": ["en", "fr"]}}},
            "build": {"part_max_bytes": 5, "source_date_epoch": null},
        });
        assert_eq!(
            settings_of(m.get("annotation"), m.get("build")),
            vec![
                ("annotation.lang.detector".into(), "\"lingua\"".into()),
                (
                    "annotation.lang.settings.languages".into(),
                    "[\"en\",\"fr\"]".into()
                ),
                ("build.part_max_bytes".into(), "5".into()),
                ("build.source_date_epoch".into(), "null".into()),
            ]
        );
        assert!(settings_of(None, Some(&Value::Null)).is_empty());
    }

    #[test]
    fn markdown_caps_long_lists_and_renders_first_releases() {
        let old = snap("1.0.0", vec![]);
        let docs: Vec<Document> = (0..120).map(|i| doc(&format!("d{i:03}"), "x")).collect();
        let new = snap("1.1.0", docs);
        let md = compare(&old, &new).to_markdown();
        assert_eq!(md.lines().filter(|l| l.starts_with("- added")).count(), 50);
        assert!(md.ends_with("- added `d049`\n- … and 70 more\n"), "{md}");
        let first = initial(&new).to_markdown();
        assert_eq!(
            first,
            "## x 1.1.0\n\nfirst release: 120 documents\n\n- tool: 0.4.0\n- schema: version 1\n\
             - rules: `boilerplate.toml` (aaaaaaaaaaa…)\n"
        );
        assert_eq!(initial(&new).required_bump(), Bump::Minor);
    }

    #[test]
    fn long_edited_lines_are_cut_where_they_differ() {
        let head = "word ".repeat(30);
        let lc = line_change(&format!("{head}old end\n"), &format!("{head}new end\n"));
        assert_eq!((lc.added, lc.removed), (1, 1));
        let (r, a) = (&lc.removed_examples[0], &lc.added_examples[0]);
        assert!(r.starts_with('…') && r.ends_with("old end"), "{r}");
        assert!(a.starts_with('…') && a.ends_with("new end"), "{a}");
        assert!(r.chars().count() <= EXAMPLE_CHARS);
        let lc = line_change("short\n", "");
        assert_eq!(lc.removed_examples, ["short"]);
        assert!(lc.added_examples.is_empty());
    }

    #[test]
    fn markdown_escapes_untrusted_text() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
        assert_eq!(esc("<script>|#"), "\\<script\\>\\|\\#");
        assert_eq!(truncate("abc\ndef", 5), "abc …");
        assert_eq!(truncate("ab", 5), "ab");
        let long = "é".repeat(100);
        assert_eq!(truncate(&long, 80).chars().count(), 80);
    }

    #[test]
    fn committed_releases_were_bumped_as_the_policy_requires() {
        let dist = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
        let all = list_releases(&dist, "csto-kazakhstan-2022").unwrap();
        let snaps: Vec<Snapshot> = all
            .iter()
            .map(|(_, d)| Snapshot::open(d).unwrap())
            .collect();
        let mut bumps = Vec::new();
        for w in snaps.windows(2) {
            let d = compare(&w[0], &w[1]);
            assert_eq!(check_bump(&w[0], &w[1], &d), Ok(()), "{}", w[1].version);
            bumps.push((w[1].version.to_string(), d.required_bump()));
        }
        assert_eq!(
            bumps[..3],
            [
                ("0.1.1".to_string(), Bump::Patch),
                ("0.2.0".to_string(), Bump::Minor),
                ("0.3.0".to_string(), Bump::Minor)
            ]
        );
    }

    #[test]
    fn json_carries_the_required_bump() {
        let a = snap("1.0.0", base());
        let v: Value = serde_json::from_str(&compare(&a, &a).to_json()).unwrap();
        assert_eq!(v["required_bump"], "patch");
        assert_eq!(v["new"]["version"], "1.0.0");
        assert_eq!(v["unchanged"], 3);
    }
}
