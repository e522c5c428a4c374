"""Interop tests for a corpack dataset release (dist/NAME-VERSION/).

The release must read back identically in pyarrow, pandas, polars and DuckDB, from both the
Parquet and the CSV files, and verify with the stock ``sha256sum``.  See interop_support.py for how
the release and the seeds are located and for the type-string leniency (string/large_string,
list/large_list) -- everything else is compared strictly, with exact float equality.

How each reader's values are made comparable (``norm``):
  * numpy scalars become Python scalars, numpy arrays become lists (pandas gives list cells
    as ndarrays), dicts are normalised member by member;
  * a missing value (None, pandas NA, NaN) becomes None.  pandas cannot tell a null float
    from NaN; the release never has NaN (lang_confidence is in [0, 1] or null), so NaN is
    treated as null for every reader alike;
  * values are then compared with ``same``: type-aware (1 != 1.0 != True), exact floats.

How CSV fields are turned into typed values (``csv_value``): an empty field (whatever the
reader returns for it: "" or null) is null in a nullable column and the empty string in a
non-nullable utf8 column; int columns must match ``-?[0-9]+``; float64 is parsed with
``float()`` and must equal the Parquet double exactly; list columns are JSON and must decode
to exactly the Parquet list (struct members by name, ints as JSON integers).
"""

from __future__ import annotations

import ast
import csv as stdcsv
import hashlib
import io
import json
import os
import math
import posixpath
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from interop_support import REPO_ROOT, parse_type, semver_key, types_match

# The declared schema is a file in the repo, so tests can be parametrised by column at
# collection time.  (The release's own schema.json must be a byte-for-byte copy of it.)
SCHEMA = json.loads((REPO_ROOT / "schema" / "documents.schema.json").read_text(encoding="utf-8"))
COLUMNS = SCHEMA["columns"]
COLUMN_NAMES = [c["name"] for c in COLUMNS]
COLUMN_IDS = [c["name"] for c in COLUMNS]
NON_NULLABLE = [c for c in COLUMNS if not c["nullable"]]

HEX64 = re.compile(r"[0-9a-f]{64}")
# sha256sum output: "<hex>  <path>" ("*" for binary mode); a leading "\\" marks an escaped path.
SUMS_LINE = re.compile(r"^(\\?)([0-9a-f]{64}) [ *](.+)$")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def release_files(root: Path):
    """Every regular file under root, as '/'-separated relative paths, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)


# --------------------------------------------------------------------------- value comparison


def norm(v):
    """Make a value from any reader comparable with pyarrow's to_pylist() output."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, np.ndarray):
        return [norm(x) for x in v.tolist()]
    if isinstance(v, (list, tuple)):
        return [norm(x) for x in v]
    if isinstance(v, dict):
        return {k: norm(x) for k, x in v.items()}
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def same(a, b) -> bool:
    """Type-aware deep equality: int vs float vs bool differ; floats compare exactly."""
    if a is None or b is None:
        return a is None and b is None
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return set(a) == set(b) and all(same(a[k], b[k]) for k in a)
    return a == b


def short(v, n=120):
    r = repr(v)
    return r if len(r) <= n else r[:n] + "..."


def describe_difference(actual, expected, label):
    if isinstance(actual, str) and isinstance(expected, str):
        k = next((j for j, (x, y) in enumerate(zip(actual, expected)) if x != y), None)
        if k is None:
            k = min(len(actual), len(expected))
        lo = max(0, k - 20)
        return (
            f"strings differ at code point {k} (lengths {label} {len(actual)}, pyarrow "
            f"{len(expected)}): {label} ...{actual[lo : k + 20]!r}... "
            f"vs pyarrow ...{expected[lo : k + 20]!r}..."
        )
    return (
        f"{label} {short(actual)} ({type(actual).__name__}) != "
        f"pyarrow {short(expected)} ({type(expected).__name__})"
    )


def assert_same_rows(expected, actual, label):
    """expected: pyarrow rows (list of dicts); actual: list of dicts from another reader."""
    assert len(actual) == len(expected), f"{label}: {len(actual)} rows, pyarrow has {len(expected)}"
    problems = []
    for i, (e, a) in enumerate(zip(expected, actual)):
        if list(a) != list(e):
            problems.append(f"row {i}: columns {list(a)} != {list(e)}")
            continue
        for col in e:
            if not same(e[col], a[col]):
                problems.append(
                    f"row {i} doc_id={e.get('doc_id')!r} column {col!r}: "
                    + describe_difference(a[col], e[col], label)
                )
    assert not problems, f"{label} differs from pyarrow in {len(problems)} cell(s):\n" + "\n".join(
        problems[:15]
    )


# --------------------------------------------------------------------------- CSV value conversion

INT_RE = re.compile(r"-?[0-9]+")


def json_to_typed(v, typ: pa.DataType, where: str):
    """Check a decoded JSON value against an Arrow type and return it as pyarrow would."""
    if v is None:
        return None
    if pa.types.is_string(typ):
        if not isinstance(v, str):
            raise ValueError(f"{where}: expected a JSON string, got {short(v)}")
        return v
    if pa.types.is_integer(typ):
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError(f"{where}: expected a JSON integer, got {short(v)}")
        return v
    if pa.types.is_floating(typ):
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise ValueError(f"{where}: expected a JSON number, got {short(v)}")
        return float(v)
    if pa.types.is_list(typ):
        if not isinstance(v, list):
            raise ValueError(f"{where}: expected a JSON array, got {short(v)}")
        return [json_to_typed(x, typ.value_type, f"{where}[{i}]") for i, x in enumerate(v)]
    if pa.types.is_struct(typ):
        names = [typ.field(i).name for i in range(typ.num_fields)]
        if not isinstance(v, dict) or set(v) != set(names):
            raise ValueError(f"{where}: expected a JSON object with keys {names}, got {short(v)}")
        return {n: json_to_typed(v[n], typ.field(n).type, f"{where}.{n}") for n in names}
    raise ValueError(f"{where}: unsupported type {typ}")


def csv_value(s, column: dict, where: str):
    typ = parse_type(column["type"])
    if s is None:  # some readers return null for an empty field
        s = ""
    if not isinstance(s, str):
        raise ValueError(f"{where}: reader gave {type(s).__name__}, wanted str")
    if s == "" and column["nullable"]:
        return None
    if pa.types.is_string(typ):
        return s
    if pa.types.is_integer(typ):
        if not INT_RE.fullmatch(s):
            raise ValueError(f"{where}: {short(s)} is not an integer")
        return int(s)
    if pa.types.is_floating(typ):
        return float(s)
    if pa.types.is_list(typ):
        try:
            decoded = json.loads(s)
        except ValueError as e:
            raise ValueError(f"{where}: {short(s)} is not JSON ({e})") from None
        return json_to_typed(decoded, typ, where)
    raise ValueError(f"{where}: unsupported type {column['type']}")


def csv_records_to_rows(records, label):
    """records: list of dicts of raw CSV strings -> list of typed row dicts."""
    rows, errors = [], []
    for i, rec in enumerate(records):
        row = {}
        for c in COLUMNS:
            try:
                row[c["name"]] = csv_value(rec[c["name"]], c, f"{label} row {i} column {c['name']!r}")
            except ValueError as e:
                errors.append(str(e))
                row[c["name"]] = ("<unparsable>", rec[c["name"]])
        rows.append(row)
    assert not errors, f"{len(errors)} CSV field(s) did not parse:\n" + "\n".join(errors[:15])
    return rows


# =========================================================================== layout and schema


def test_declared_schema_is_well_formed():
    assert COLUMN_NAMES, "schema has no columns"
    assert len(set(COLUMN_NAMES)) == len(COLUMN_NAMES), "duplicate column names in schema"
    for c in COLUMNS:
        assert isinstance(c["nullable"], bool), c
        parse_type(c["type"])  # raises on an unknown type string


def test_release_folder_layout(release):
    parts = [f"data/{p.name}" for p in release.parquet_parts + release.csv_parts]
    metadata = ["croissant.json", "datapackage.json"]
    rules = [f"rules/{r['file']}" for r in release.manifest.get("rules", [])]
    expected = sorted(parts + metadata + rules + ["sources.sha256", "manifest.json", "schema.json", "README.md", "report.html", "SHA256SUMS"])
    assert release_files(release.path) == expected
    assert (release.dist / f"{release.name}.zip").is_file()
    assert (release.dist / f"{release.name}.zip.sha256").is_file()


def test_schema_json_is_copy_of_declared_schema(release):
    assert (release.path / "schema.json").read_bytes() == release.schema_path.read_bytes()


def test_manifest_identity(release):
    m = release.manifest
    assert f"{m['name']}-{m['version']}" == release.name, "folder name is not NAME-VERSION"
    semver_key(m["version"])  # raises when not SemVer
    assert m["schema_version"] == SCHEMA["schema_version"]
    assert m["tool"]["name"] == "corpack"
    assert isinstance(m["tool"]["version"], str) and m["tool"]["version"]


def test_readme_is_a_dataset_card(release):
    text = (release.path / "README.md").read_text(encoding="utf-8")
    assert text.strip(), "README.md is empty"
    assert release.name in text, f"README.md does not mention {release.name}"


README_RUNNABLE = ("pandas", "polars", "duckdb")  # the readers this suite installs


def readme_python_snippets(readme: str, filtering: bool = False):
    """Blank-line-separated chunks of the README's ```python blocks that import only the readers
    this suite installs and the standard library (a chunk importing e.g. `datasets` is left out):
    the loading examples, or with `filtering` the ones that select rows (`.filter(`)."""
    chunks = []
    for block in re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL):
        for chunk in re.split(r"\n\s*\n", block.strip()):
            imports = set(re.findall(r"^\s*(?:import|from)\s+(\w+)", chunk, flags=re.MULTILINE))
            if imports and imports <= set(README_RUNNABLE) | sys.stdlib_module_names:
                if ("filter(" in chunk) == filtering:
                    chunks.append(chunk)
    return chunks


def count_rows(value):
    if isinstance(value, (pd.DataFrame, pl.DataFrame)):
        return len(value)
    if isinstance(value, duckdb.DuckDBPyRelation):
        return len(value.fetchall())
    raise TypeError(f"snippet produced a {type(value).__name__}, not a table")


def run_load_snippets(readme: Path, cwd: Path, expected_rows: int, monkeypatch):
    """Runs every Python loading example of `readme` from `cwd`; each must load every row."""
    snippets = readme_python_snippets(readme.read_text(encoding="utf-8"))
    assert snippets, f"{readme} has no Python example using pandas, polars or duckdb"
    monkeypatch.chdir(cwd)
    failures = []
    for chunk in snippets:
        ns = {}
        try:
            tree = ast.parse(chunk)
            last = tree.body[-1]
            if isinstance(last, ast.Expr):
                exec(compile(ast.Module(tree.body[:-1], []), "<README>", "exec"), ns)
                value = eval(compile(ast.Expression(last.value), "<README>", "eval"), ns)
            else:
                exec(compile(tree, "<README>", "exec"), ns)
                value = ns.get("df")
            n = count_rows(value)
            if n != expected_rows:
                failures.append(f"{chunk!r}: {n} rows, expected {expected_rows}")
        except Exception as e:  # report every failing snippet, not just the first
            failures.append(f"{chunk!r} (run in {cwd}): {type(e).__name__}: {str(e)[:300]}")
    assert not failures, f"{readme} loading examples fail:\n" + "\n".join(failures)


def test_readme_load_snippets_work(release, monkeypatch):
    """The dataset card's Python loading examples, run as written from dist/, load every row."""
    run_load_snippets(release.path / "README.md", release.dist, release.table.num_rows, monkeypatch)


def test_repo_readme_load_snippets_work(release, monkeypatch):
    """The repository README's examples name the newest committed release and load all of it."""
    if os.environ.get("CORPACK_RELEASE"):
        pytest.skip("the repository README describes the committed release, not CORPACK_RELEASE")
    readme = REPO_ROOT / "README.md"
    assert f"dist/{release.name}/" in readme.read_text(encoding="utf-8"), (
        f"README.md does not point at the newest release {release.name}"
    )
    run_load_snippets(readme, REPO_ROOT, release.table.num_rows, monkeypatch)


def test_repo_readme_filters_canonical_english_rows(release, monkeypatch):
    """The README's Polars one-liner returns exactly the rows with lang 'en' and no duplicate_of,
    as pyarrow reads them."""
    if os.environ.get("CORPACK_RELEASE"):
        pytest.skip("the repository README describes the committed release, not CORPACK_RELEASE")
    snippets = readme_python_snippets((REPO_ROOT / "README.md").read_text(encoding="utf-8"), filtering=True)
    assert len(snippets) == 1, snippets
    monkeypatch.chdir(REPO_ROOT)
    ns = {}
    exec(compile(snippets[0], "<README>", "exec"), ns)
    frame = ns["en"]
    assert isinstance(frame, pl.DataFrame)
    want = sorted(r["doc_id"] for r in release.rows if r["lang"] == "en" and r["duplicate_of"] is None)
    assert want, "the release has no canonical English rows to filter"
    assert sorted(frame["doc_id"].to_list()) == want
    assert frame.columns == COLUMN_NAMES


def test_language_and_duplicate_stats_match_the_rows(release):
    """manifest.counts and manifest.languages agree with the rows."""
    m, rows = release.manifest, release.rows
    c = m["counts"]
    assert c["canonical"] == sum(r["duplicate_of"] is None for r in rows)
    by_id = {r["doc_id"]: r for r in rows}
    exact = sum(1 for r in rows if r["duplicate_of"] and by_id[r["duplicate_of"]]["text_sha256"] == r["text_sha256"])
    assert (c["exact_duplicates"], c["near_duplicates"]) == (exact, len(rows) - c["canonical"] - exact)
    for r in rows:
        if r["duplicate_of"] is not None:
            canonical = by_id[r["duplicate_of"]]
            assert canonical["duplicate_of"] is None and canonical["doc_id"] < r["doc_id"], r["doc_id"]
        assert (r["lang"] is None) == (r["lang_confidence"] is None), r["doc_id"]
        if r["lang"] is not None:
            assert re.fullmatch(r"[a-z]{2}", r["lang"]) and 0 < r["lang_confidence"] <= 1, r["doc_id"]
    langs = {}
    for r in rows:
        e = langs.setdefault(r["lang"], {"lang": r["lang"], "documents": 0, "canonical": 0, "words": 0})
        e["documents"] += 1
        e["canonical"] += r["duplicate_of"] is None
        e["words"] += r["n_words"]
    assert sorted(m["languages"], key=lambda e: (e["lang"] is None, e["lang"] or "")) == sorted(
        langs.values(), key=lambda e: (e["lang"] is None, e["lang"] or "")
    )


# =========================================================================== Parquet via pyarrow


def test_parquet_column_names_and_order(release):
    for p in release.parquet_parts:
        assert pq.read_schema(p).names == COLUMN_NAMES, p.name


@pytest.mark.parametrize("column", COLUMNS, ids=COLUMN_IDS)
def test_parquet_column_type(release, column):
    expected = parse_type(column["type"])
    actual = release.table.schema.field(column["name"]).type
    assert types_match(actual, expected), f"{column['name']}: {actual} is not {column['type']}"


@pytest.mark.parametrize("column", NON_NULLABLE, ids=[c["name"] for c in NON_NULLABLE])
def test_parquet_non_nullable_column_has_no_nulls(release, column):
    assert release.table.column(column["name"]).null_count == 0


@pytest.mark.parametrize("column", COLUMNS, ids=COLUMN_IDS)
def test_parquet_field_nullability_flag(release, column):
    """The file declares the column REQUIRED exactly when the schema says nullable: false."""
    for p in release.parquet_parts:
        field = pq.read_schema(p).field(column["name"])
        assert field.nullable == column["nullable"], (
            f"{p.name}: {column['name']} nullable={field.nullable}, schema says {column['nullable']}"
        )


def expected_leaves(type_str: str):
    """Parquet leaf columns (physical type, logical type) a type string stores as, in order."""
    t = parse_type(type_str)
    out = []

    def walk(t):
        if pa.types.is_string(t):
            out.append(("BYTE_ARRAY", "STRING"))
        elif t == pa.int64():
            out.append(("INT64", "INT64"))
        elif t == pa.int32():
            out.append(("INT32", "INT32"))
        elif t == pa.float64():
            out.append(("DOUBLE", "NONE"))
        elif pa.types.is_list(t):
            walk(t.value_type)
        elif pa.types.is_struct(t):
            for i in range(t.num_fields):
                walk(t.field(i).type)
        else:
            raise ValueError(t)

    walk(t)
    return out


def test_parquet_physical_types(release):
    """Independent of the embedded Arrow schema: what the Parquet footer itself declares."""
    want = []
    for c in COLUMNS:
        want += [(c["name"],) + leaf for leaf in expected_leaves(c["type"])]
    for p in release.parquet_parts:
        schema = pq.ParquetFile(p).schema
        got = []
        for i in range(len(schema)):
            col = schema.column(i)
            logical = col.logical_type.type
            if logical == "INT":  # Int(bitWidth=N, isSigned=true)
                text = str(col.logical_type)
                assert "isSigned=true" in text, f"{p.name}: {col.path} is unsigned ({text})"
                logical = "INT" + re.search(r"bitWidth=(\d+)", text)[1]
            elif logical == "NONE" and col.physical_type in ("INT64", "INT32"):
                logical = col.physical_type  # plain signed integer
            got.append((col.path.split(".")[0], col.physical_type, logical))
        assert got == want, p.name


def test_parquet_is_zstd_compressed(release):
    for p in release.parquet_parts:
        md = pq.ParquetFile(p).metadata
        assert md.num_row_groups >= 1 or md.num_rows == 0
        for rg in range(md.num_row_groups):
            for ci in range(md.num_columns):
                col = md.row_group(rg).column(ci)
                assert col.compression == "ZSTD", f"{p.name} rg {rg} {col.path_in_schema}: {col.compression}"


def test_nested_values_are_well_formed(release):
    for r in release.rows:
        for i, rep in enumerate(r["repairs"]):
            assert isinstance(rep, str) and rep, f"{r['doc_id']}: repairs[{i}] = {rep!r}"
        for i, b in enumerate(r["boilerplate"]):
            where = f"{r['doc_id']}: boilerplate[{i}] = {b!r}"
            assert isinstance(b["rule"], str) and b["rule"], where
            assert isinstance(b["line"], int) and b["line"] >= 1, where
            assert isinstance(b["text"], str), where


# =========================================================================== counts and manifest


def test_row_count_matches_manifest_and_seeds(release):
    seeds = release.candidate_inputs()  # seed files minus manifest.skipped (hidden/system files)
    rejected = {r["source_path"] for r in release.manifest["rejected"]}
    assert rejected <= set(seeds), f"rejected paths not among the seeds: {sorted(rejected - set(seeds))}"
    accepted = [s for s in seeds if s not in rejected]
    n = release.table.num_rows
    assert n > 0, "release has no rows"
    assert n == release.manifest["counts"]["documents"], "row count != manifest counts.documents"
    assert n == len(accepted), f"row count {n} != {len(accepted)} seed files not rejected"
    assert sorted(r["source_path"] for r in release.rows) == accepted


def test_manifest_rejected_list(release):
    m = release.manifest
    assert isinstance(m["rejected"], list)
    paths = [r["source_path"] for r in m["rejected"]]
    assert len(set(paths)) == len(paths), "duplicate rejected paths"
    assert paths == sorted(paths), "manifest.rejected is not sorted by source_path"


def test_manifest_rejected_entries(release):
    for r in release.manifest["rejected"]:
        assert set(r) >= {"source_path", "source_sha256", "reason", "message"}, r
        assert isinstance(r["reason"], str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["reason"]), r
        assert isinstance(r["message"], str), r
        # source_sha256 is null only when the bytes could not be read (unreadable, symlink, ...).
        if r["source_sha256"] is not None:
            assert HEX64.fullmatch(r["source_sha256"]), r
            assert r["source_sha256"] == sha256_file(release.seeds / r["source_path"]), r


def test_manifest_skipped_are_hidden_or_system_files(release):
    for s in release.skipped:
        assert (release.seeds / s).exists(), f"skipped path {s!r} not under the seeds"
        name = s.rstrip("/").rsplit("/", 1)[-1]
        assert (
            name.startswith(".")
            or name.endswith(("~", ".swp", ".swo"))
            or name.lower()
            in (
                "thumbs.db",
                "desktop.ini",
            )
        ), f"skipped {s!r} does not look like a hidden/system file"


def test_manifest_input(release):
    inputs = release.read_inputs()
    inp = release.manifest["input"]
    assert inp["files"] == len(inputs)
    assert inp["bytes"] == sum((release.seeds / s).stat().st_size for s in inputs)


def test_manifest_fingerprint_is_sha256_of_sources(release):
    # As documented by the tool (manifest.rs, dataset card): SHA-256 of sources.sha256.
    fp = release.manifest["input"]["fingerprint"]
    assert fp == sha256_file(release.path / "sources.sha256")


# Optional counts (checked when the manifest has them) -> how to compute them from the rows.
OPTIONAL_COUNTS = {
    "rejected": lambda rel: len(rel.manifest["rejected"]),
    "skipped": lambda rel: len(rel.skipped),
    "parts": lambda rel: len(rel.parquet_parts),
    "bytes_in": lambda rel: sum(r["source_bytes"] for r in rel.rows),
    "text_bytes": lambda rel: sum(len(r["text"].encode("utf-8")) for r in rel.rows),
    "chars": lambda rel: sum(r["n_chars"] for r in rel.rows),
    "words": lambda rel: sum(r["n_words"] for r in rel.rows),
}


def test_manifest_counts(release):
    counts = release.manifest["counts"]
    for key, compute in OPTIONAL_COUNTS.items():
        if key in counts:
            assert counts[key] == compute(release), f"manifest counts.{key}"
    assert counts["documents"] == release.table.num_rows


def test_manifest_files(release):
    listed = release.manifest["files"]
    paths = [f["path"] for f in listed]
    assert len(set(paths)) == len(paths), "duplicate paths in manifest.files"
    assert paths == sorted(paths), "manifest.files is not sorted by path"
    # SHA256SUMS and manifest.json cover each other; report.html is rendered from the manifest.
    expected = [p for p in release_files(release.path) if p not in ("SHA256SUMS", "manifest.json", "report.html")]
    assert sorted(paths) == expected
    for f in listed:
        p = release.path / f["path"]
        assert f["bytes"] == p.stat().st_size, f["path"]
        assert f["sha256"] == sha256_file(p), f["path"]


# =========================================================================== row-level contract


def test_source_hashes_and_sizes_match_seeds(release):
    for r in release.rows:
        raw = (release.seeds / r["source_path"]).read_bytes()
        assert r["source_sha256"] == hashlib.sha256(raw).hexdigest(), r["source_path"]
        assert r["source_bytes"] == len(raw), r["source_path"]


def test_text_sha256(release):
    for r in release.rows:
        assert r["text_sha256"] == hashlib.sha256(r["text"].encode("utf-8")).hexdigest(), r["doc_id"]


def test_hashes_are_lowercase_hex(release):
    for r in release.rows:
        for col in ("source_sha256", "text_sha256"):
            assert HEX64.fullmatch(r[col]), f"{r['doc_id']}: {col}={r[col]!r}"


def test_doc_ids_unique_and_sorted(release):
    ids = [r["doc_id"] for r in release.rows]
    assert len(set(ids)) == len(ids), "duplicate doc_id"
    # Python str order is code point order, which is also UTF-8 byte order.
    assert ids == sorted(ids), "rows are not sorted by doc_id"


def test_source_paths_are_relative_posix(release):
    for r in release.rows:
        p = r["source_path"]
        assert "\\" not in p and not p.startswith("/"), p
        assert all(part not in ("", ".", "..") for part in p.split("/")), p


def test_doc_id_is_source_path_without_last_extension(release):
    for r in release.rows:
        assert r["doc_id"] == posixpath.splitext(r["source_path"])[0], r["source_path"]


def test_n_chars_is_code_point_count(release):
    for r in release.rows:
        assert r["n_chars"] == len(r["text"]), r["doc_id"]


def test_n_words_is_plausible(release):
    for r in release.rows:
        assert 0 <= r["n_words"] <= r["n_chars"], r["doc_id"]
        if r["text"].strip():
            assert r["n_words"] > 0, r["doc_id"]


def test_lang_and_confidence(release):
    for r in release.rows:
        if r["lang"] is None:
            assert r["lang_confidence"] is None, r["doc_id"]
        else:
            assert re.fullmatch(r"[a-z]{2}", r["lang"]), (r["doc_id"], r["lang"])
            c = r["lang_confidence"]
            assert c is not None and 0.0 <= c <= 1.0, (r["doc_id"], c)


def test_duplicate_of_points_at_another_row(release):
    ids = {r["doc_id"] for r in release.rows}
    for r in release.rows:
        d = r["duplicate_of"]
        if d is not None:
            assert d in ids and d != r["doc_id"], (r["doc_id"], d)


# --------------------------------------------------------------------------- text invariants


def text_problems(text: str):
    problems = []
    if not unicodedata.is_normalized("NFC", text):
        problems.append("not NFC")
    if "\r" in text:
        problems.append("contains \\r")
    # A single final '\n' terminates the last line; it is not a trailing blank line.
    lines = text.split("\n")
    if lines and lines[-1] == "" and len(lines) > 1:
        lines = lines[:-1]
    for i, line in enumerate(lines, 1):
        if line != line.rstrip(" \t"):
            problems.append(f"line {i} has trailing spaces: {short(line, 60)}")
            break
    blank = [line.strip() == "" for line in lines]
    if text and blank[0]:
        problems.append("leading blank line")
    if text and blank[-1]:
        problems.append("trailing blank line")
    for i in range(len(blank) - 1):
        if blank[i] and blank[i + 1]:
            problems.append(f"2+ blank lines at line {i + 1}")
            break
    return problems


def test_text_invariant_checker_catches_violations():
    """Guard the checker itself, so a silent pass cannot come from a broken checker."""
    assert text_problems("a\n\nb") == []
    assert text_problems("Cafe\u0301")
    assert text_problems("a\r\nb")
    assert text_problems("a \nb")
    assert text_problems("a\n\n\nb")
    assert text_problems("\na")
    assert text_problems("a\n\n")


def test_text_invariants(release):
    bad = {}
    for r in release.rows:
        p = text_problems(r["text"])
        if p:
            bad[r["doc_id"]] = p
    assert not bad, bad


# =========================================================================== other Parquet readers


def parquet_paths(release):
    return [str(p) for p in release.parquet_parts]


def test_pandas_read_parquet(release):
    df = pd.concat([pd.read_parquet(p) for p in parquet_paths(release)], ignore_index=True)
    assert list(df.columns) == COLUMN_NAMES
    for c in COLUMNS:
        dtype = df[c["name"]].dtype
        t = c["type"]
        if t == "int64":
            assert dtype == np.dtype("int64"), (c["name"], dtype)
        elif t == "float64":
            assert dtype == np.dtype("float64"), (c["name"], dtype)
        elif t == "utf8":
            # pandas 3 reads Arrow strings as its "str" dtype (a StringDtype), not object.
            assert isinstance(dtype, pd.StringDtype), (c["name"], dtype)
        elif t.startswith("list<"):
            assert dtype == np.dtype("O"), (c["name"], dtype)
            for v in df[c["name"]]:
                assert isinstance(v, (list, np.ndarray)), (c["name"], type(v))
    rows = [{k: norm(v) for k, v in rec.items()} for rec in df.to_dict(orient="records")]
    assert_same_rows(release.rows, rows, "pandas.read_parquet")


def polars_type(type_str: str):
    def conv(t: pa.DataType):
        if pa.types.is_string(t):
            return pl.String
        if t == pa.int64():
            return pl.Int64
        if t == pa.int32():
            return pl.Int32
        if t == pa.float64():
            return pl.Float64
        if pa.types.is_list(t):
            return pl.List(conv(t.value_type))
        if pa.types.is_struct(t):
            return pl.Struct({t.field(i).name: conv(t.field(i).type) for i in range(t.num_fields)})
        raise ValueError(t)

    return conv(parse_type(type_str))


def test_polars_read_parquet(release):
    df = pl.read_parquet(parquet_paths(release))
    assert df.columns == COLUMN_NAMES
    for c in COLUMNS:
        assert df.schema[c["name"]] == polars_type(c["type"]), (c["name"], df.schema[c["name"]])
    rows = [{k: norm(v) for k, v in rec.items()} for rec in df.to_dicts()]
    assert_same_rows(release.rows, rows, "polars.read_parquet")


def sql_list(paths):
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def duck_shape(t):
    """A DuckDBPyType as a comparable nested tuple."""
    if t.id == "list":
        ((_, child),) = t.children
        return ("list", duck_shape(child))
    if t.id == "struct":
        return ("struct", tuple((name, duck_shape(ct)) for name, ct in t.children))
    return t.id


def duck_expected(type_str: str):
    def conv(t):
        if pa.types.is_string(t):
            return "varchar"
        if t == pa.int64():
            return "bigint"
        if t == pa.int32():
            return "integer"
        if t == pa.float64():
            return "double"
        if pa.types.is_list(t):
            return ("list", conv(t.value_type))
        if pa.types.is_struct(t):
            return ("struct", tuple((t.field(i).name, conv(t.field(i).type)) for i in range(t.num_fields)))
        raise ValueError(t)

    return conv(parse_type(type_str))


def test_duckdb_read_parquet(release):
    con = duckdb.connect()
    src = f"read_parquet({sql_list(parquet_paths(release))})"
    described = con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()
    assert [d[0] for d in described] == COLUMN_NAMES
    rel = con.sql(f"SELECT * FROM {src} ORDER BY doc_id")
    for c, t, d in zip(COLUMNS, rel.types, described):
        assert str(t) == d[1]
        assert duck_shape(t) == duck_expected(c["type"]), (c["name"], d[1])
        if c["type"].startswith("list<"):
            assert d[1].endswith("[]"), (c["name"], d[1])
    rows = [dict(zip(rel.columns, (norm(v) for v in tup))) for tup in rel.fetchall()]
    assert_same_rows(release.rows, rows, "duckdb read_parquet")


# =========================================================================== CSV


def test_csv_bytes_format(release):
    """UTF-8 without BOM; every record ends in CRLF; no bare CR or LF outside quoted fields."""
    for p in release.csv_parts:
        data = p.read_bytes()
        assert not data.startswith(b"\xef\xbb\xbf"), f"{p.name} starts with a BOM"
        text = data.decode("utf-8")  # raises on invalid UTF-8
        assert text.endswith("\r\n"), f"{p.name}: last record is not CRLF-terminated"
        in_quotes = False
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == '"':
                in_quotes = not in_quotes  # "" inside quotes toggles twice
            elif not in_quotes:
                if ch == "\r":
                    assert text[i + 1 : i + 2] == "\n", f"{p.name}: bare CR at char {i}"
                    i += 1
                elif ch == "\n":
                    raise AssertionError(f"{p.name}: bare LF record terminator at char {i}")
            i += 1
        assert not in_quotes, f"{p.name}: unterminated quoted field"
        header = next(stdcsv.reader(io.StringIO(text, newline="")))
        assert header == COLUMN_NAMES, p.name


def test_csv_stdlib_reader_matches_parquet(release):
    """Python's csv module, RFC 4180 defaults: the reference reading."""
    assert len(release.csv_parts) == len(release.parquet_parts), "CSV and Parquet part counts differ"
    records = []
    for p, pq_part in zip(release.csv_parts, release.parquet_parts):
        with open(p, encoding="utf-8", newline="") as f:
            rd = stdcsv.reader(f, strict=True)
            header = next(rd)
            assert header == COLUMN_NAMES
            part = []
            for rec in rd:
                assert len(rec) == len(header), f"{p.name} line {rd.line_num}: {len(rec)} fields"
                part.append(dict(zip(header, rec, strict=True)))
        n = pq.ParquetFile(pq_part).metadata.num_rows
        assert len(part) == n, f"{p.name} has {len(part)} records, {pq_part.name} has {n} rows"
        records += part
    assert_same_rows(release.rows, csv_records_to_rows(records, "csv"), "csv module")


def test_pandas_read_csv(release):
    # dtype=str + keep_default_na=False + na_filter=False: every field stays the exact string,
    # an empty field is "" (never NaN), "NA"/"null" text is not turned into a missing value.
    frames = [
        pd.read_csv(p, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
        for p in release.csv_parts
    ]
    df = pd.concat(frames, ignore_index=True)
    assert list(df.columns) == COLUMN_NAMES
    records = df.to_dict(orient="records")
    assert_same_rows(release.rows, csv_records_to_rows(records, "pandas"), "pandas.read_csv")


def test_polars_read_csv(release):
    # infer_schema=False: every column is String; empty_string_is_null=False keeps "" as "".
    df = pl.concat(
        [pl.read_csv(p, infer_schema=False, empty_string_is_null=False) for p in release.csv_parts]
    )
    assert df.columns == COLUMN_NAMES
    assert all(dt == pl.String for dt in df.schema.values())
    assert_same_rows(release.rows, csv_records_to_rows(df.to_dicts(), "polars"), "polars.read_csv")


def test_duckdb_read_csv(release):
    # all_varchar: no type sniffing; an empty field comes back as NULL and is treated as "".
    con = duckdb.connect()
    rel = con.sql(
        f"SELECT * FROM read_csv({sql_list(release.csv_parts)}, header=true, all_varchar=true, "
        "delim=',', quote='\"', escape='\"', strict_mode=true)"
    )
    assert rel.columns == COLUMN_NAMES
    records = [dict(zip(rel.columns, tup)) for tup in rel.fetchall()]
    assert_same_rows(release.rows, csv_records_to_rows(records, "duckdb"), "duckdb read_csv")


# =========================================================================== checksums and zip


def sums_paths(path: Path):
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = SUMS_LINE.match(line)
        assert m, f"{path.name}: bad line {line!r}"
        name = m[3]
        if m[1]:  # coreutils escaping of "\\", "\n", "\r" in the name
            name = re.sub(r"\\(.)", lambda e: {"n": "\n", "r": "\r"}.get(e[1], e[1]), name)
        out.append(name)
    return out


def test_sha256sums_verifies(release):
    res = run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=release.path)
    assert res.returncode == 0, res.stdout + res.stderr


def test_sha256sums_lists_every_file(release):
    listed = sums_paths(release.path / "SHA256SUMS")
    assert len(set(listed)) == len(listed), "duplicate entries"
    assert sorted(listed) == [p for p in release_files(release.path) if p != "SHA256SUMS"]


def test_sources_sha256_verifies_from_seeds(release):
    res = run(["sha256sum", "-c", "--strict", str(release.path / "sources.sha256")], cwd=release.seeds)
    assert res.returncode == 0, res.stdout + res.stderr


def test_sources_sha256_lists_every_input_read(release):
    """Every seed that became a row or a rejection with readable bytes; not skipped files."""
    listed = sums_paths(release.path / "sources.sha256")
    assert len(set(listed)) == len(listed), "duplicate entries"
    assert sorted(listed) == release.read_inputs()
    rows = {r["source_path"] for r in release.rows}
    assert rows <= set(listed), f"rows missing from sources.sha256: {sorted(rows - set(listed))}"


def test_zip_sha256_verifies(release):
    sums = release.dist / f"{release.name}.zip.sha256"
    assert sums_paths(sums) == [f"{release.name}.zip"]
    res = run(["sha256sum", "-c", "--strict", sums.name], cwd=release.dist)
    assert res.returncode == 0, res.stdout + res.stderr


def test_zip_matches_folder(release):
    prefix = release.name + "/"
    with zipfile.ZipFile(release.dist / f"{release.name}.zip") as z:
        assert z.testzip() is None, "zip has a corrupt entry"
        names = z.namelist()
        assert len(set(names)) == len(names), "duplicate zip entries"
        assert all(n.startswith(prefix) for n in names), [n for n in names if not n.startswith(prefix)]
        dirs = [n for n in names if n.endswith("/")]
        for d in dirs:
            assert (release.path / d[len(prefix) :]).is_dir(), d
        files = sorted(n[len(prefix) :] for n in names if not n.endswith("/"))
        assert files == release_files(release.path)
        for f in files:
            assert z.read(prefix + f) == (release.path / f).read_bytes(), f
