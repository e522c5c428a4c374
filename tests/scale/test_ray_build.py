"""scale/ray_build.py on a local Ray cluster (num_cpus=2): N shard tasks and a merge write the
release a single `corpack build` writes, byte for byte, for N = 1, 3, 7."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPACK = Path(os.environ.get("CORPACK", REPO / "target/release/corpack")).resolve()
DRIVER = REPO / "scale/ray_build.py"
RULES = REPO / "rules/boilerplate.toml"


def tree(root: Path) -> dict[str, str]:
    """Every file under root (hidden staging folders excluded) as path -> SHA-256."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and not any(part.startswith(".") for part in rel.split("/")):
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The test fixtures in one folder: repeated page chrome (boilerplate), exact and near
    duplicates (dedup), rejected inputs (nested), twelve languages (lang)."""
    root = tmp_path_factory.mktemp("corpus") / "input"
    for name in ["boilerplate", "dedup", "nested", "lang"]:
        shutil.copytree(REPO / "tests/fixtures" / name, root / name)
    return root


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single")
    subprocess.run(
        [CORPACK, "build", "--quiet", "--input", corpus, "--rules", RULES,
         "--name", "fixtures", "--version", "2.0.0", "--out", out],
        check=True, capture_output=True,
    )
    return out


def drive(*args, cwd=REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, DRIVER, "--corpack", CORPACK, "--num-cpus", "2", *map(str, args)],
        capture_output=True, text=True, cwd=cwd,
    )


@pytest.mark.parametrize("shards", [1, 3, 7])
def test_ray_release_is_the_single_build(corpus, single, tmp_path, shards):
    out = tmp_path / "out"
    p = drive("--input", corpus, "--rules", RULES, "--name", "fixtures", "--version", "2.0.0",
              "--out", out, "--shards", shards)
    assert p.returncode == 0, p.stderr
    expected = tree(single)
    assert len(expected) > 8 and "fixtures-2.0.0.zip" in expected
    assert tree(out) == expected
    # Progress per shard on stderr, the CLI's summary and the driver's timing on stdout.
    assert p.stderr.count(f"shard ") >= shards, p.stderr
    assert f"merged {shards} shards" in p.stdout
    assert "fixtures-2.0.0 built:" in p.stdout and f"ray: {shards} shards in" in p.stdout
    # The staging folder is removed after a successful merge.
    assert not any(x.name.startswith(".corpack-shards") for x in out.iterdir())
    v = subprocess.run([CORPACK, "verify", out / "fixtures-2.0.0"], capture_output=True, text=True)
    assert v.returncode == 0, v.stdout + v.stderr


def test_ray_build_with_the_seed_config(tmp_path):
    """The committed release's corpus.toml, sharded: the same bytes as the committed release."""
    version = next(
        line.split('"')[1] for line in (REPO / "corpus.toml").read_text().splitlines()
        if line.startswith("version =")
    )
    name = next(
        line.split('"')[1] for line in (REPO / "corpus.toml").read_text().splitlines()
        if line.startswith("name =")
    )
    release = f"{name}-{version}"
    # The earlier releases sit beside it, as in dist/: the card records the change since the
    # previous one (the version policy compares with it).
    out = tmp_path / "out"
    out.mkdir()
    for entry in (REPO / "dist").iterdir():
        if not entry.name.startswith(release):
            (shutil.copytree if entry.is_dir() else shutil.copy2)(entry, out / entry.name)
    p = drive("--config", REPO / "corpus.toml", "--out", out, "--shards", 3, "--quiet")
    assert p.returncode == 0, p.stderr

    def current(t: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in t.items() if k.split("/")[0] in (release, release + ".zip", release + ".zip.sha256")}

    want = current(tree(REPO / "dist"))
    assert len(want) > 8 and current(tree(out)) == want


def test_a_failing_shard_fails_the_run(corpus, tmp_path):
    p = drive("--input", corpus, "--rules", tmp_path / "missing.toml", "--name", "x",
              "--version", "1.0.0", "--out", tmp_path / "out", "--shards", 2)
    assert p.returncode == 1
    assert "failed (exit" in p.stderr and "missing.toml" in p.stderr, p.stderr
    assert not (tmp_path / "out" / "x-1.0.0").exists()


def test_bad_arguments_are_usage_errors(tmp_path):
    p = drive("--out", tmp_path, "--shards", 2)
    assert p.returncode == 2 and "--input, --name and --version" in p.stderr
    p = drive("--input", tmp_path, "--name", "x", "--version", "1.0.0", "--out", tmp_path,
              "--shards", 0)
    assert p.returncode == 2 and "--shards must be at least 1" in p.stderr
