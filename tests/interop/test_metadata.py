"""Interop tests of a release's interoperability metadata: ``croissant.json`` (MLCommons
Croissant 1.0, checked and loaded with mlcroissant), ``datapackage.json`` (Frictionless Data
Package v2, validated with frictionless) and the Hugging Face ``datasets`` loaders (the Parquet
parts, and the release folder through the dataset card's ``configs``).

Everything runs offline: mlcroissant and frictionless read local paths only, and ``datasets``
runs with HF_DATASETS_OFFLINE/HF_HUB_OFFLINE and a throw-away cache.

Checksums: ``sha256sum -c SHA256SUMS`` in the release folder and ``sha256sum -c NAME.zip.sha256``
in dist/ are test_release.py's test_sha256sums_verifies and test_zip_sha256_verifies; they and
test_manifest_files cover croissant.json and datapackage.json like every other file.  Neither
mlcroissant (for local files) nor anything else here would notice a Croissant ``sha256`` or
``contentSize`` that is wrong, so the tests below compare them with the files.
"""

from __future__ import annotations

import ast
import copy
import fnmatch
import json
import os
import re

import pytest

from interop_support import Release
from test_release import assert_same_rows, sha256_file

# Third-party deprecation notices seen with the pinned versions (rdflib's JSON-LD parser under
# mlcroissant, mlcroissant's pandas call): not about the release.
pytestmark = [
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings("ignore:The inplace keyword in DataFrame.reset_index is deprecated"),
]

CROISSANT_1_0 = "http://mlcommons.org/croissant/1.0"
DATAPACKAGE_V2 = "https://datapackage.org/profiles/2.0/datapackage.json"
# mlcroissant warnings that a release may carry: recommended properties the manifest cannot
# supply (datePublished: no build time is recorded, by design).
ALLOWED_CROISSANT_WARNINGS = re.compile(r'Property "[^"]+" is recommended, but does not exist\.')


def data_files(release: Release):
    return [f"data/{p.name}" for p in release.parquet_parts + release.csv_parts]


@pytest.fixture(scope="module")
def croissant(release):
    return json.loads((release.path / "croissant.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def datapackage(release):
    return json.loads((release.path / "datapackage.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hf_datasets(tmp_path_factory):
    """The `datasets` module, imported offline with its caches in a temporary folder.

    `datasets` reads these variables when it is first imported, so they are set before that and
    kept for the rest of the session (nothing else in the suite reaches the Hub)."""
    home = tmp_path_factory.mktemp("hf-home")
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["HF_HOME"] = str(home)
    os.environ["HF_DATASETS_CACHE"] = str(home / "datasets")
    import datasets

    datasets.disable_progress_bars()
    datasets.utils.logging.set_verbosity_error()
    return datasets


# =========================================================================== files and JSON


@pytest.mark.parametrize("name", ["croissant.json", "datapackage.json"])
def test_metadata_json_is_pretty_printed_with_a_trailing_newline(release, name):
    text = (release.path / name).read_text(encoding="utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


# =========================================================================== Croissant


def test_croissant_dataset_properties(release, croissant):
    m = release.manifest
    assert croissant["@type"] == "sc:Dataset"
    assert croissant["conformsTo"] == CROISSANT_1_0
    assert croissant["@context"]["cr"] == "http://mlcommons.org/croissant/"
    assert croissant["name"] == m["name"]
    assert croissant["version"] == m["version"]
    assert croissant["description"]
    assert croissant["license"]
    key = re.sub(r"[^A-Za-z0-9]", "_", f"{m['name']}_{m['version']}")
    assert croissant["citeAs"].startswith(f"@misc{{{key},")
    assert f"version = {{{m['version']}}}" in croissant["citeAs"]
    card = (release.path / "README.md").read_text(encoding="utf-8")
    assert croissant["citeAs"] in card, "croissant.json and the card cite differently"
    langs = sorted(l["lang"] for l in m["languages"] if l["lang"] is not None)
    assert croissant.get("inLanguage", []) == langs


def test_croissant_file_objects_are_the_data_parts(release, croissant):
    objects = [d for d in croissant["distribution"] if d["@type"] == "cr:FileObject"]
    assert sorted(o["contentUrl"] for o in objects) == sorted(data_files(release))
    for o in objects:
        path = release.path / o["contentUrl"]
        assert o["sha256"] == sha256_file(path), o["contentUrl"]
        assert o["contentSize"] == f"{path.stat().st_size} B", o["contentUrl"]
        want = "application/x-parquet" if path.suffix == ".parquet" else "text/csv"
        assert o["encodingFormat"] == want, o["contentUrl"]


def test_croissant_file_set_globs_exactly_the_parquet_parts(release, croissant):
    (fs,) = [d for d in croissant["distribution"] if d["@type"] == "cr:FileSet"]
    everything = [p.relative_to(release.path).as_posix() for p in release.path.rglob("*") if p.is_file()]
    matched = sorted(p for p in everything if fnmatch.fnmatch(p, fs["includes"]))
    assert matched == [f"data/{p.name}" for p in release.parquet_parts]


def test_croissant_fields_follow_the_schema(release, croissant):
    (rs,) = croissant["recordSet"]
    assert rs["@id"] == "documents"
    fields = rs["field"]
    assert [f["name"] for f in fields] == release.column_names
    for f, c in zip(fields, release.columns):
        assert f["@id"] == f"documents/{c['name']}"
        assert f["description"] == c["description"]
        assert bool(f.get("repeated")) == c["type"].startswith("list<"), c["name"]


@pytest.fixture(scope="module")
def mlc_dataset(release):
    import mlcroissant as mlc

    # Raises mlcroissant.ValidationError on any error.
    return mlc.Dataset(jsonld=str(release.path / "croissant.json"))


def test_mlcroissant_validates(mlc_dataset):
    issues = mlc_dataset.metadata.ctx.issues
    assert not issues.errors, sorted(issues.errors)
    unexpected = sorted(w for w in issues.warnings if not ALLOWED_CROISSANT_WARNINGS.search(w))
    assert not unexpected, unexpected


def from_croissant(value):
    """An mlcroissant value as pyarrow gives it: sc:Text loads as bytes, sub-field records are
    keyed by the sub-fields' ids (`documents/boilerplate/rule`)."""
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, list):
        return [from_croissant(v) for v in value]
    if isinstance(value, dict):
        return {k.rsplit("/", 1)[-1]: from_croissant(v) for k, v in value.items()}
    return value


def test_mlcroissant_records_match_pyarrow(release, mlc_dataset):
    records = [from_croissant(r) for r in mlc_dataset.records("documents")]
    assert_same_rows(release.rows, records, "mlcroissant")


# =========================================================================== Data Package


def test_datapackage_descriptor(release, datapackage):
    m = release.manifest
    assert datapackage["$schema"] == DATAPACKAGE_V2
    assert datapackage["name"] == m["name"].lower()
    assert re.fullmatch(r"[a-z0-9._-]+", datapackage["name"])
    assert datapackage["version"] == m["version"]
    assert datapackage["licenses"]
    resources = datapackage["resources"]
    assert [r["path"] for r in resources] == [f"data/{p.name}" for p in release.csv_parts]
    for r in resources:
        path = release.path / r["path"]
        assert r["bytes"] == path.stat().st_size
        assert r["hash"] == f"sha256:{sha256_file(path)}"
        assert (r["type"], r["format"], r["mediatype"], r["encoding"]) == ("table", "csv", "text/csv", "utf-8")
        schema = r["schema"]
        assert schema["primaryKey"] == ["doc_id"] and schema["missingValues"] == [""]
        assert [f["name"] for f in schema["fields"]] == release.column_names
        for f, c in zip(schema["fields"], release.columns):
            assert f.get("constraints", {}).get("required", False) == (not c["nullable"]), c["name"]


def frictionless_errors(descriptor_path):
    from frictionless import validate

    report = validate(str(descriptor_path))
    return report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])


def test_frictionless_validates_the_package(release):
    valid, errors = frictionless_errors(release.path / "datapackage.json")
    assert valid, errors[:20]


def test_frictionless_checks_sizes_and_digests(release, datapackage, tmp_path):
    """A stale `bytes` or `hash` is caught: the validation above does check them."""
    (tmp_path / "data").mkdir()
    for p in release.csv_parts:
        (tmp_path / "data" / p.name).write_bytes(p.read_bytes())
    bad = copy.deepcopy(datapackage)
    bad["resources"][0]["bytes"] += 1
    bad["resources"][0]["hash"] = "sha256:" + "0" * 64
    (tmp_path / "datapackage.json").write_text(json.dumps(bad), encoding="utf-8")
    valid, errors = frictionless_errors(tmp_path / "datapackage.json")
    assert not valid
    assert {e[3] for e in errors} == {"byte-count", "hash-count"}, errors


# =========================================================================== Hugging Face datasets


def test_datasets_load_parquet_matches_pyarrow(release, hf_datasets, tmp_path):
    ds = hf_datasets.load_dataset(
        "parquet",
        data_files=[str(p) for p in release.parquet_parts],
        split="train",
        cache_dir=str(tmp_path),
    )
    assert_same_rows(release.rows, ds.to_list(), "datasets parquet")


def test_datasets_load_release_folder_matches_pyarrow(release, hf_datasets, tmp_path):
    """The release folder alone: `datasets` reads the card's `configs` front matter."""
    ds = hf_datasets.load_dataset(str(release.path), split="train", cache_dir=str(tmp_path))
    assert_same_rows(release.rows, ds.to_list(), "datasets folder")


def test_card_datasets_and_mlcroissant_snippets_work(release, hf_datasets, monkeypatch):
    """The card's `datasets` and `mlcroissant` examples, run as written from dist/, give every
    row (test_release.py runs the pandas, polars and DuckDB ones)."""
    card = (release.path / "README.md").read_text(encoding="utf-8")
    chunks = [
        chunk
        for block in re.findall(r"```python\n(.*?)```", card, flags=re.DOTALL)
        for chunk in re.split(r"\n\s*\n", block.strip())
        if re.search(r"^(from|import) (datasets|mlcroissant)\b", chunk, flags=re.MULTILINE)
    ]
    assert len(chunks) == 2, chunks
    monkeypatch.chdir(release.dist)
    for chunk in chunks:
        ns = {}
        tree = ast.parse(chunk)
        exec(compile(tree, "<README>", "exec"), ns)
        value = ns.get("ds", ns.get("records"))
        assert sum(1 for _ in value) == release.table.num_rows, chunk
