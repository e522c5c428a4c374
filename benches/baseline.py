"""The Python baseline of `make bench`: the job corpack does, written the way a user would.

For each file (sorted path order, the same walk as corpack's): charset-normalizer detects the
encoding and decodes, ftfy.fix_text repairs mojibake and normalizes (NFC), a line filter drops
the lines that are a boilerplate `line` phrase or start with a `prefix` phrase of
rules/boilerplate.toml (lower-cased, white space collapsed), then the SHA-256 of the raw bytes and
of the clean text; at the end one Parquet file (pyarrow, zstd level 3, corpack's level). Single
process, no language detection, no deduplication, no CSV, manifest or zip: a lower bound on the
work corpack does.

It is slow, so it runs on a deterministic subset: the first --mib MiB of files in sorted path
order (files are taken until their total reaches the limit). It prints one JSON line:
{"files", "bytes", "documents", "seconds", "mb_per_s", "docs_per_s", "python", "packages"}
with MB = 10^6 bytes.

    .venv-bench/bin/python benches/baseline.py CORPUS --mib 32 --rules rules/boilerplate.toml \
        --out target/bench/baseline.parquet
"""

import argparse
import hashlib
import json
import os
import platform
import sys
import time
import tomllib
from importlib.metadata import version

import charset_normalizer
import ftfy
import pyarrow as pa
import pyarrow.parquet as pq


def sorted_files(root):
    """Every regular file under root, depth first, each folder's entries sorted by name."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if os.path.isfile(path) and not os.path.islink(path):
                out.append(path)
    # os.walk lists a folder's files before descending; corpack's walk interleaves files and
    # folders by name. Sorting by path components gives the same order as walkdir's sort.
    out.sort(key=lambda p: os.path.relpath(p, root).split(os.sep))
    return out


def subset(files, limit_bytes):
    """The first files in order until their total size reaches limit_bytes."""
    chosen, total = [], 0
    for path in files:
        if total >= limit_bytes:
            break
        chosen.append(path)
        total += os.path.getsize(path)
    return chosen, total


def load_phrases(rules_path):
    with open(rules_path, "rb") as f:
        rules = tomllib.load(f)["rule"]
    lines, prefixes = set(), []
    for rule in rules:
        phrases = [" ".join(p.split()).lower() for p in rule.get("phrases", [])]
        if rule["kind"] == "line":
            lines.update(phrases)
        elif rule["kind"] == "prefix":
            prefixes.extend(phrases)
    return lines, tuple(prefixes)


def clean(raw, line_phrases, prefixes):
    best = charset_normalizer.from_bytes(raw).best()
    if best is None:
        encoding, text = "utf_8", raw.decode("utf-8", errors="replace")
    else:
        encoding, text = best.encoding, str(best)
    text = ftfy.fix_text(text)  # mojibake, HTML entities, line ends, NFC
    kept = []
    for line in text.split("\n"):
        key = " ".join(line.split()).lower()
        if key in line_phrases or (prefixes and key.startswith(prefixes)):
            continue
        kept.append(line.rstrip())
    return encoding, "\n".join(kept).strip("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--mib", type=float, default=32, help="subset size in MiB (default 32)")
    ap.add_argument("--rules", default="rules/boilerplate.toml")
    ap.add_argument("--out", required=True, help="Parquet file to write")
    args = ap.parse_args()

    started = time.perf_counter()
    files, total = subset(sorted_files(args.corpus), int(args.mib * (1 << 20)))
    line_phrases, prefixes = load_phrases(args.rules)
    rows = {
        k: []
        for k in (
            "doc_id",
            "source_path",
            "source_sha256",
            "source_bytes",
            "source_encoding",
            "text",
            "text_sha256",
            "n_chars",
        )
    }
    for path in files:
        with open(path, "rb") as f:
            raw = f.read()
        encoding, text = clean(raw, line_phrases, prefixes)
        rel = os.path.relpath(path, args.corpus).replace(os.sep, "/")
        rows["doc_id"].append(os.path.splitext(rel)[0])
        rows["source_path"].append(rel)
        rows["source_sha256"].append(hashlib.sha256(raw).hexdigest())
        rows["source_bytes"].append(len(raw))
        rows["source_encoding"].append(encoding)
        rows["text"].append(text)
        rows["text_sha256"].append(hashlib.sha256(text.encode("utf-8")).hexdigest())
        rows["n_chars"].append(len(text))
    table = pa.table(rows)
    pq.write_table(table, args.out, compression="zstd", compression_level=3)
    seconds = time.perf_counter() - started

    print(
        json.dumps(
            {
                "files": len(files),
                "bytes": total,
                "documents": table.num_rows,
                "seconds": round(seconds, 3),
                "mb_per_s": round(total / 1e6 / seconds, 3),
                "docs_per_s": round(table.num_rows / seconds, 2),
                "python": platform.python_version(),
                "packages": {
                    name: version(name) for name in ("charset-normalizer", "ftfy", "pyarrow")
                },
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
