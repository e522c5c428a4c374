"""Helpers of the corpack release interop suite: finding the release, the schema type-string
parser, and the session-wide view of a release (``Release``).  Kept out of conftest.py so that
test modules can import it under a unique name.

Which release is tested:
  * ``CORPACK_RELEASE`` -- path to a release folder ``dist/NAME-VERSION/``; or else
  * the newest folder ``<repo>/dist/*/`` that holds a ``manifest.json``.  "Newest" is by the
    semantic version in the folder name after the dataset name (``csto-kazakhstan-2022-0.10.0``
    beats ``...-0.9.1``, a pre-release ``1.0.0-rc.1`` loses to ``1.0.0``), ties broken by mtime.

Which raw inputs it was built from:
  * ``CORPACK_SEEDS`` -- the input root; default ``<repo>/seeds``.

When no release can be found the suite fails (it does not skip): a run that checked
nothing must not look green.

All expensive reads (every Parquet part with pyarrow, the manifest, the schema) happen once
per session (``load_release``, used by the ``release`` fixture in conftest.py); the tests in
test_release.py compare against them.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

# SemVer 2.0.0 (https://semver.org), anchored at the end of the folder name.
SEMVER_RE = re.compile(
    r"(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
    r"(?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$"
)

PART_RE = re.compile(r"^documents-(\d{5})-of-(\d{5})\.(parquet|csv)$")


# --------------------------------------------------------------------------- version sorting


def semver_key(version: str):
    """Sort key for a SemVer string; raises ValueError when it is not one."""
    m = SEMVER_RE.fullmatch(version)
    if not m:
        raise ValueError(f"not a semantic version: {version!r}")
    core = (int(m["major"]), int(m["minor"]), int(m["patch"]))
    pre = m["pre"]
    if pre is None:
        # A release sorts after every pre-release of the same core version.
        return core + ((1,),)
    idents = []
    for ident in pre.split("."):
        # Numeric identifiers sort numerically and before alphanumeric ones.
        idents.append((0, int(ident), "") if ident.isdigit() else (1, 0, ident))
    return core + ((0, tuple(idents)),)


def split_name_version(folder_name: str, dataset_name: str | None = None):
    """Split ``NAME-VERSION`` into (name, version).

    When the dataset name is known (from the folder's manifest.json) it is stripped as a
    prefix; otherwise the version is the SemVer that ends the folder name.
    """
    if dataset_name and folder_name.startswith(dataset_name + "-"):
        version = folder_name[len(dataset_name) + 1 :]
        if SEMVER_RE.fullmatch(version):
            return dataset_name, version
    # Leftmost "-X.Y.Z..." whose remainder is a full SemVer.
    for m in re.finditer(r"-(?=\d+\.\d+\.\d+)", folder_name):
        version = folder_name[m.end() :]
        if SEMVER_RE.fullmatch(version):
            return folder_name[: m.start()], version
    raise ValueError(f"folder name {folder_name!r} does not end in -SEMVER")


def find_newest_release(dist: Path) -> Path | None:
    candidates = []
    if not dist.is_dir():
        return None
    for d in dist.iterdir():
        manifest = d / "manifest.json"
        if not d.is_dir() or not manifest.is_file():
            continue
        try:
            name = json.loads(manifest.read_text(encoding="utf-8")).get("name")
        except (ValueError, OSError, AttributeError):
            name = None
        try:
            _, version = split_name_version(d.name, name if isinstance(name, str) else None)
            key = semver_key(version)
        except ValueError:
            continue
        candidates.append((key, manifest.stat().st_mtime, d))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    return candidates[-1][2]


# --------------------------------------------------------------------------- schema type strings


def split_top_level(s: str, sep: str = ","):
    """Split on ``sep`` outside angle brackets."""
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
            if depth < 0:
                raise ValueError(f"unbalanced '>' in {s!r}")
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if depth != 0:
        raise ValueError(f"unbalanced '<' in {s!r}")
    parts.append("".join(cur))
    return parts


PRIMITIVES = {
    "utf8": pa.string(),
    "int64": pa.int64(),
    "int32": pa.int32(),
    "float64": pa.float64(),
}


def parse_type(s: str) -> pa.DataType:
    """Turn a schema type string into the canonical pyarrow type.

    Grammar: ``utf8 | int64 | int32 | float64 | list<T> | struct<name: T, ...>``.
    The canonical type uses 32-bit offsets (``string``, ``list``); see ``types_match`` for
    what else is accepted when comparing against a file.
    """
    s = s.strip()
    if s in PRIMITIVES:
        return PRIMITIVES[s]
    if s.startswith("list<") and s.endswith(">"):
        return pa.list_(parse_type(s[len("list<") : -1]))
    if s.startswith("struct<") and s.endswith(">"):
        fields = []
        for member in split_top_level(s[len("struct<") : -1]):
            name, colon, typ = member.partition(":")
            if not colon or not name.strip():
                raise ValueError(f"bad struct member {member!r} in {s!r}")
            fields.append(pa.field(name.strip(), parse_type(typ)))
        return pa.struct(fields)
    raise ValueError(f"unknown type string {s!r}")


def types_match(actual: pa.DataType, expected: pa.DataType) -> bool:
    """Structural type equality, with one documented leniency.

    * ``utf8`` is accepted as Arrow ``string`` or ``large_string`` and ``list<T>`` as ``list``
      or ``large_list``: they differ only in offset width (32 vs 64 bit), store identically in
      Parquet (BYTE_ARRAY/String, LIST), and every reader tested here maps both to the same
      type.  ``string_view``, ``list_view``, ``fixed_size_list``, dictionary-encoded columns
      and ``binary`` are NOT accepted.
    * Integers and floats are strict: int64 must be int64 (not int32 or uint64), int32 must be
      int32, float64 must be float64.
    * Struct members must have the same names in the same order.
    * Names of list item fields ("item"/"element") and nested nullability flags are ignored.
    """
    if pa.types.is_string(expected):
        return pa.types.is_string(actual) or pa.types.is_large_string(actual)
    if pa.types.is_list(expected):
        if not (pa.types.is_list(actual) or pa.types.is_large_list(actual)):
            return False
        return types_match(actual.value_type, expected.value_type)
    if pa.types.is_struct(expected):
        if not pa.types.is_struct(actual) or actual.num_fields != expected.num_fields:
            return False
        for i in range(expected.num_fields):
            a, e = actual.field(i), expected.field(i)
            if a.name != e.name or not types_match(a.type, e.type):
                return False
        return True
    return actual.equals(expected)


# --------------------------------------------------------------------------- release model


@dataclass
class Release:
    path: Path  # dist/NAME-VERSION
    dist: Path  # dist/
    seeds: Path  # input root
    name: str  # NAME-VERSION (folder name)
    manifest: dict
    schema: dict  # the declared schema (repo's schema/documents.schema.json)
    schema_path: Path
    parquet_parts: list  # [Path], in part order
    csv_parts: list  # [Path], in part order
    table: pa.Table  # every Parquet part, read by pyarrow, concatenated in part order
    rows: list  # table.to_pylist()

    @property
    def columns(self):
        return self.schema["columns"]

    @property
    def column_names(self):
        return [c["name"] for c in self.columns]

    @property
    def skipped(self):
        """Paths under the input root the tool skipped as hidden/system files (files or folders)."""
        return list(self.manifest.get("skipped", []))

    def candidate_inputs(self):
        """Every seed file except those the manifest lists as skipped (or that lie under a
        skipped folder): each must become a row or a rejection."""
        skipped = self.skipped
        return [
            f
            for f in seed_files(self.seeds)
            if not any(f == s or f.startswith(s.rstrip("/") + "/") for s in skipped)
        ]

    def read_inputs(self):
        """Candidate inputs whose bytes were read: all but rejections without a source_sha256
        (unreadable files, symlinks, bad names).  These are what sources.sha256 lists."""
        unread = {r["source_path"] for r in self.manifest["rejected"] if r.get("source_sha256") is None}
        return [f for f in self.candidate_inputs() if f not in unread]

    def column_type(self, name):
        for c in self.columns:
            if c["name"] == name:
                return c["type"]
        raise KeyError(name)


def ordered_parts(folder: Path, ext: str):
    """The ``documents-KKKKK-of-NNNNN.EXT`` files in folder, in part order.

    Fails when the set is not exactly 0..N-1 of one N.
    """
    parts = sorted(folder.glob(f"documents-*.{ext}"))
    if not parts:
        pytest.fail(f"no data/documents-*.{ext} in {folder}")
    seen = {}
    totals = set()
    for p in parts:
        m = PART_RE.match(p.name)
        if not m or m[3] != ext:
            pytest.fail(f"bad part file name {p.name!r} (want documents-KKKKK-of-NNNNN.{ext})")
        seen[int(m[1])] = p
        totals.add(int(m[2]))
    if len(totals) != 1:
        pytest.fail(f"{ext} parts disagree on the part count: {sorted(totals)}")
    (n,) = totals
    if sorted(seen) != list(range(n)):
        pytest.fail(f"{ext} parts {sorted(seen)} are not exactly 0..{n - 1}")
    return [seen[k] for k in range(n)]


def seed_files(seeds: Path):
    """Every regular file under the input root, as '/'-separated relative paths, sorted."""
    return sorted(p.relative_to(seeds).as_posix() for p in seeds.rglob("*") if p.is_file())


def load_release() -> Release:
    """Locate and read the release under test; pytest.fail() with the reason when impossible."""
    env = os.environ.get("CORPACK_RELEASE")
    if env:
        path = Path(env).resolve()
        if not (path / "manifest.json").is_file():
            pytest.fail(f"CORPACK_RELEASE={env} is not a release folder (no manifest.json)")
    else:
        found = find_newest_release(REPO_ROOT / "dist")
        if found is None:
            pytest.fail(
                f"no release found: set CORPACK_RELEASE or build one into {REPO_ROOT / 'dist'} (make dataset)"
            )
        path = found.resolve()
    seeds = Path(os.environ.get("CORPACK_SEEDS", REPO_ROOT / "seeds")).resolve()
    if not seeds.is_dir():
        pytest.fail(f"seeds folder {seeds} does not exist (set CORPACK_SEEDS)")

    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    schema_path = REPO_ROOT / "schema" / "documents.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))

    parquet_parts = ordered_parts(path / "data", "parquet")
    csv_parts = ordered_parts(path / "data", "csv")
    tables = [pq.read_table(p) for p in parquet_parts]
    first = tables[0].schema
    for p, t in zip(parquet_parts, tables):
        if not t.schema.equals(first):
            pytest.fail(f"{p.name} has a different Arrow schema than {parquet_parts[0].name}")
    table = pa.concat_tables(tables)
    return Release(
        path=path,
        dist=path.parent,
        seeds=seeds,
        name=path.name,
        manifest=manifest,
        schema=schema,
        schema_path=schema_path,
        parquet_parts=parquet_parts,
        csv_parts=csv_parts,
        table=table,
        rows=table.to_pylist(),
    )


def describe_target():
    """Header lines for the pytest report: what is being tested."""
    env = os.environ.get("CORPACK_RELEASE")
    target = env or find_newest_release(REPO_ROOT / "dist")
    seeds = os.environ.get("CORPACK_SEEDS", REPO_ROOT / "seeds")
    return [f"corpack release: {target}", f"corpack seeds: {seeds}"]
