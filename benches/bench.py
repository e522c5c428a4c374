#!/usr/bin/env python3
"""`make bench`: measure corpack against its floor and a Python baseline; write BENCHMARKS.md.

Standard library only (run with the system python3); the Python baseline runs in the bench venv.
From the repository root, after `make build`, the bench venv and the floor bench are built
(`make bench` does all of it):

1. generates the benchmark corpus once, `corpack gen-bench --mib BENCH_MIB --seed 1`, into
   target/bench/corpus-BENCH_MIB; the marker target/bench/corpus-BENCH_MIB.done (beside it: the
   corpus holds documents only) is written after a complete generation, and a corpus without it
   is generated again;
2. reads the whole corpus once (unreported), then runs the floor (benches/floor.rs: read +
   SHA-256 + zstd 3, then read + SHA-256 only, 2 threads);
3. runs `corpack build` three times into a fresh scratch folder under target/bench/: --jobs 2 with
   the zip, --jobs 2 --no-zip, --jobs 1 --no-zip;
4. runs the Python baseline (benches/baseline.py) on the first BASELINE_MIB MiB of files;
5. writes BENCHMARKS.md (and the raw figures to target/bench/results.json).

Wall time is measured around each process; peak RSS by `/usr/bin/time -v` when it exists, else by
os.wait4. MB = 10^6 bytes of raw input (the sum of the corpus files' sizes). The corpus is in the
page cache for every run (an unreported read of the whole corpus comes first).

Environment: BENCH_MIB (1024), BASELINE_MIB (32), CORPACK (target/release/corpack),
BENCH_PYTHON (.venv-bench/bin/python), CARGO (cargo), BENCH_OUT (BENCHMARKS.md).
"""

import datetime
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join("target", "bench")
RULES = os.path.join("rules", "boilerplate.toml")
SEED = 1
TIME = "/usr/bin/time"
MIB = 1 << 20


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def env_number(name, default):
    value = os.environ.get(name, "").strip() or str(default)
    try:
        number = int(value)
    except ValueError:
        sys.exit(f"bench: {name}={value!r}: expected a whole number of MiB")
    if number <= 0:
        sys.exit(f"bench: {name}={value!r}: expected a positive number of MiB")
    return number


def sample_rss(pid, stop, peaks):
    """Until `stop` is set, reads every 0.1 s the anonymous and the file-backed resident memory
    (KiB, /proc/PID/status) of the measured process: the child of /usr/bin/time, or `pid` itself,
    and keeps the largest of each in `peaks`. File-backed pages are the binary's (for corpack,
    mostly lingua's models, read in place): clean, shared, and dropped by the kernel under
    pressure, unlike anonymous memory."""
    while not stop.is_set():
        try:
            with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
                children = f.read().split()
            target = int(children[0]) if children else pid
            with open(f"/proc/{target}/status", encoding="ascii") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            for key, name in (("RssAnon", "anon"), ("RssFile", "file")):
                kib = int(fields[key].split()[0])
                peaks[name] = max(peaks.get(name, 0), kib)
        except (OSError, ValueError, KeyError, IndexError):
            pass  # not started yet, or gone
        stop.wait(0.1)


def run_measured(label, argv, stdout_path=None):
    """Runs argv; returns wall seconds, CPU seconds (user + system), peak RSS in KiB, the
    captured stdout and the sampled peaks of anonymous and file-backed RSS (KiB).

    stderr goes to target/bench/logs/LABEL.stderr; a failure stops the bench with its tail.
    """
    logs = os.path.join(BENCH_DIR, "logs")
    os.makedirs(logs, exist_ok=True)
    err_path = os.path.join(logs, f"{label}.stderr")
    time_path = os.path.join(logs, f"{label}.time")
    use_time = os.access(TIME, os.X_OK)
    full = [TIME, "-v", "-o", time_path, *argv] if use_time else argv
    log(f"{label}: {' '.join(argv)}")
    with open(err_path, "wb") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=err)
        stop, peaks = threading.Event(), {}
        sampler = threading.Thread(target=sample_rss, args=(proc.pid, stop, peaks))
        sampler.start()
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
    if proc.returncode != 0:
        with open(err_path, encoding="utf-8", errors="replace") as f:
            tail = f.read()[-2000:]
        sys.exit(f"bench: {label} failed (exit {proc.returncode}):\n{tail}")
    if use_time:
        with open(time_path, encoding="utf-8") as f:
            report = f.read()
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
        if not match:
            sys.exit(f"bench: {label}: no peak RSS in {time_path}")
        rss_kib = int(match.group(1))
        cpu = sum(
            float(re.search(rf"{kind} time \(seconds\): ([0-9.]+)", report).group(1))
            for kind in ("User", "System")
        )
    else:
        rss_kib = usage.ru_maxrss  # KiB on Linux
        cpu = usage.ru_utime + usage.ru_stime
    if stdout_path:
        with open(stdout_path, "wb") as f:
            f.write(out)
    log(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU, peak RSS {rss_kib / 1024:.0f} MiB "
        f"(sampled: anonymous {peaks.get('anon', 0) / 1024:.0f}, file-backed "
        f"{peaks.get('file', 0) / 1024:.0f})")
    return wall, cpu, rss_kib, out.decode("utf-8", errors="replace"), peaks


def corpus_size(corpus):
    files = size = 0
    for dirpath, _, filenames in os.walk(corpus):
        for name in filenames:
            path = os.path.join(dirpath, name)
            if os.path.isfile(path) and not os.path.islink(path):
                files += 1
                size += os.path.getsize(path)
    return files, size


def ensure_corpus(corpack, mib):
    """The cached corpus and gen-bench's summary; generated when the marker is missing."""
    corpus = os.path.join(BENCH_DIR, f"corpus-{mib}")
    marker = corpus + ".done"
    command = [corpack, "gen-bench", "--out", corpus, "--mib", str(mib), "--seed", str(SEED)]
    if os.path.isfile(marker) and os.path.isdir(corpus):
        log(f"corpus: cached {corpus} ({marker})")
        with open(marker, encoding="utf-8") as f:
            return corpus, command, f.read()
    for stale in (corpus, corpus + ".tmp"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp_command = command[:]
    tmp_command[3] = corpus + ".tmp"
    log(f"corpus: generating {mib} MiB: {' '.join(command)}")
    summary = subprocess.run(tmp_command, check=True, stdout=subprocess.PIPE, text=True).stdout
    summary = summary.replace(corpus + ".tmp", corpus)
    os.rename(corpus + ".tmp", corpus)
    with open(marker, "w", encoding="utf-8") as f:
        f.write(summary)
    return corpus, command, summary


def floor_binary(cargo):
    """Builds the floor bench if needed (a no-op after `make bench` built it) and finds it."""
    argv = [cargo, "build", "--release", "--locked", "--bench", "floor"]
    out = subprocess.run(
        [*argv, "--message-format=json-render-diagnostics"],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "floor":
            if msg.get("executable"):
                return msg["executable"]
    sys.exit("bench: cargo built no floor bench executable")


def run_floor(floor, corpus, mode, label):
    wall, cpu, rss, out, peaks = run_measured(
        label, [floor, corpus, "--mode", mode, "--threads", "2"])
    return {"wall_s": wall, "cpu_s": cpu, "rss_kib": rss, "rss_sampled_kib": peaks,
            "report": json.loads(out.strip().splitlines()[-1])}


def warm_up(floor, corpus):
    """An untimed read of the whole corpus first, so every measured run finds it in the cache."""
    return run_floor(floor, corpus, "sha256", "warm-up")["wall_s"]


def run_corpack(corpack, corpus, label, jobs, zip_):
    scratch = os.path.join(BENCH_DIR, f"out-{label}")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    argv = [
        corpack, "build", "--input", corpus, "--name", "bench", "--version", "1.0.0",
        "--out", scratch, "--rules", RULES, "--quiet", "--timings", "--jobs", str(jobs),
    ]
    if not zip_:
        argv.append("--no-zip")
    wall, cpu, rss, _, peaks = run_measured(label, argv)
    release = os.path.join(scratch, "bench-1.0.0")
    with open(os.path.join(release, "manifest.json"), encoding="utf-8") as f:
        counts = json.load(f)["counts"]
    has_zip = os.path.isfile(release + ".zip")
    if has_zip != zip_:
        sys.exit(f"bench: {label}: zip {'missing' if zip_ else 'written with --no-zip'}")
    shutil.rmtree(scratch)
    return {"wall_s": wall, "cpu_s": cpu, "rss_kib": rss, "rss_sampled_kib": peaks, "jobs": jobs,
            "zip": zip_, "counts": counts, "phases": read_timings(label)}


def read_timings(label):
    """The `--timings` table corpack printed on stderr: [(step, wall seconds)], total last."""
    with open(os.path.join(BENCH_DIR, "logs", f"{label}.stderr"), encoding="utf-8") as f:
        text = f.read()
    if "timings (wall seconds):" not in text:
        sys.exit(f"bench: {label}: no --timings table on stderr")
    rows = []
    for line in text.split("timings (wall seconds):", 1)[1].splitlines():
        match = re.match(r"\s+([0-9.]+)  (.+)$", line)
        if match:
            rows.append((match.group(2), float(match.group(1))))
    return rows


def run_baseline(python, corpus, mib):
    out = os.path.join(BENCH_DIR, "baseline.parquet")
    argv = [python, os.path.join("benches", "baseline.py"), corpus, "--mib", str(mib),
            "--rules", RULES, "--out", out]
    wall, cpu, rss, stdout, peaks = run_measured("python-baseline", argv)
    os.remove(out)
    return {"wall_s": wall, "cpu_s": cpu, "rss_kib": rss, "rss_sampled_kib": peaks,
            "report": json.loads(stdout.strip().splitlines()[-1])}


def first_line(argv):
    try:
        return subprocess.run(argv, check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def loadavg():
    with open("/proc/loadavg", encoding="utf-8") as f:
        return ", ".join(f.read().split()[:3])


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kib = 0
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kib = int(line.split()[1])
    os_name = platform.system()
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": first_line(["nproc"]),
        "memory_gib": mem_kib / MIB,
        "os": f"{os_name}, Linux {platform.release()}",
        "rustc": first_line(["rustc", "--version"]),
        "loadavg": loadavg(),
    }


def fmt(x, digits=1):
    return "—" if x is None else f"{x:,.{digits}f}"


def write_markdown(path, r):
    m, c = r["machine"], r["corpus"]
    mb = c["bytes"] / 1e6
    counts = r["corpack"]["jobs2-zip"]["counts"]
    docs = counts["documents"]

    rows = []  # (name, MB/s, docs/s, wall s, peak RSS MiB, sampled peaks, CPU s)

    def split(run):
        """'anonymous / file-backed' sampled peaks in MiB, or a dash for an older results file."""
        p = run.get("rss_sampled_kib") or {}
        if "anon" not in p:
            return "—"
        return f"{p['anon'] / 1024:,.0f} / {p.get('file', 0) / 1024:,.0f}"

    for label, name in (("sha256+zstd", "floor: read + SHA-256 + zstd 3, 2 threads"),
                        ("sha256", "floor: read + SHA-256 only, 2 threads")):
        f = r["floor"][label]
        rows.append((name, mb / f["wall_s"], None, f["wall_s"], f["rss_kib"] / 1024, split(f),
                     f["cpu_s"]))
    for label, name in (("jobs2-zip", "corpack `--jobs 2`, with zip (end to end)"),
                        ("jobs2-nozip", "corpack `--jobs 2 --no-zip`"),
                        ("jobs1-nozip", "corpack `--jobs 1 --no-zip`")):
        b = r["corpack"][label]
        rows.append((name, mb / b["wall_s"], b["counts"]["documents"] / b["wall_s"], b["wall_s"],
                     b["rss_kib"] / 1024, split(b), b["cpu_s"]))
    p = r["baseline"]
    pr = p["report"]
    rows.append((f"Python baseline, 1 process ({pr['bytes'] / MIB:.1f} MiB subset)",
                 pr["bytes"] / 1e6 / p["wall_s"], pr["documents"] / p["wall_s"], p["wall_s"],
                 p["rss_kib"] / 1024, split(p), p["cpu_s"]))

    speed = {label: mb / b["wall_s"] for label, b in r["corpack"].items()}
    floor_mbs = mb / r["floor"]["sha256+zstd"]["wall_s"]
    python_mbs = pr["bytes"] / 1e6 / p["wall_s"]
    peak_rss = max(b["rss_kib"] for b in r["corpack"].values()) / 1024
    speedup = speed["jobs2-nozip"] / speed["jobs1-nozip"]
    vs_floor = floor_mbs / speed["jobs2-zip"]
    vs_python = speed["jobs2-zip"] / python_mbs

    def mark(ok):
        return "**met**" if ok else "**not met**"

    targets = [
        (f"end to end, 1 GiB with zip ≥ 120 MB/s: {fmt(speed['jobs2-zip'])} MB/s",
         speed["jobs2-zip"] >= 120),
        (f"without zip ≥ 200 MB/s: {fmt(speed['jobs2-nozip'])} MB/s",
         speed["jobs2-nozip"] >= 200),
        (f"within 3× of the floor: {fmt(vs_floor, 2)}× slower", vs_floor <= 3),
        (f"≥ 50× the Python baseline: {fmt(vs_python, 2)}×", vs_python >= 50),
        (f"peak RSS ≤ 512 MiB: {fmt(peak_rss, 0)} MiB (largest of the three corpack runs)",
         peak_rss <= 512),
        (f"`--jobs 2` ≥ 1.8× `--jobs 1`: {fmt(speedup, 2)}×", speedup >= 1.8),
    ]

    pkgs = ", ".join(f"{k} {v}" for k, v in pr["packages"].items())
    floor_report = r["floor"]["sha256"]["report"]
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` ([`benches/bench.py`](benches/bench.py)); do not edit by hand.",
        "",
    ]
    if r["bench_mib"] != 1024:
        lines += [
            f"> **Quick run on a {r['bench_mib']} MiB corpus** (`BENCH_MIB={r['bench_mib']}`): "
            "the targets below are stated for the 1 GiB corpus of a plain `make bench`.",
            "",
        ]
    lines += [
        "## Machine",
        "",
        f"- date of the run: {r['date']}",
        f"- CPU: {m['cpu']}, {m['cores']} cores (`nproc`); SHA-NI "
        f"{'detected' if floor_report['sha_ni'] else 'not detected'}",
        f"- memory: {m['memory_gib']:.1f} GiB",
        f"- OS: {m['os']}",
        f"- {m['rustc']}; {r['corpack_version']} (release profile), commit {r['commit']}",
        f"- load average (1, 5, 15 min) before the run: {m['loadavg']}; after: "
        f"{r['loadavg_after']} (the whole machine's: other work on it slows every row)",
        f"- Python baseline: Python {pr['python']}, {pkgs}",
        "",
        "## Corpus",
        "",
        f"`{' '.join(r['corpus']['command'])}`: {c['files']:,} files, {c['bytes']:,} bytes "
        f"({c['bytes'] / MIB:,.1f} MiB, {mb:,.1f} MB); corpack releases {docs:,} documents "
        f"({counts['rejected']:,} inputs rejected, {counts['skipped']:,} skipped, as its "
        "manifest lists).",
        "",
        "```",
        r["corpus"]["summary"].rstrip(),
        "```",
        "",
        "## Results",
        "",
        "MB = 10^6 bytes of raw input (the sizes of the corpus files), so every row is comparable; "
        "wall time is the whole process (start, walk, read, work, write), the inputs are in the "
        "page cache; docs/s counts the rows written; peak RSS is the process's maximum resident "
        "set size, and beside it the largest anonymous and file-backed resident memory sampled "
        "every 0.1 s (/proc/PID/status; file-backed pages are the binary's, for corpack mostly "
        "lingua's models read in place: clean pages the kernel shares and can drop; the two maxima need not be at the same time: corpack drops the models' pages once detection is over, and packaging then keeps freed memory for reuse); CPU s is user + system time (CPU s / wall s is the number of busy cores, at "
        "most 2 here). Every corpack run writes a fresh release into an empty folder under "
        "`target/bench/`: `corpack build --input CORPUS --name bench --version 1.0.0 --out SCRATCH "
        "--rules rules/boilerplate.toml --quiet --timings --jobs J [--no-zip]`. The floor "
        "([`benches/floor.rs`](benches/floor.rs)) is the least work any packager must do: read "
        "each file, SHA-256 it and zstd-compress it at level 3 (corpack's Parquet level), rayon "
        "over files. The Python baseline ([`benches/baseline.py`](benches/baseline.py)) is "
        "charset-normalizer + ftfy.fix_text + a boilerplate line filter + SHA-256 + one pyarrow "
        "Parquet file (zstd 3), single process, on the first "
        f"{pr['bytes'] / MIB:.1f} MiB ({pr['files']:,} files) of the corpus in sorted path order "
        f"(`BASELINE_MIB={r['baseline_mib']}`); no language detection, deduplication, CSV, "
        "manifest or zip.",
        "",
        "| run | MB/s | docs/s | wall s | peak RSS MiB | anonymous / file-backed MiB | CPU s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, mbs, dps, wall, rss, sampled, cpu in rows:
        lines.append(f"| {name} | {fmt(mbs)} | {fmt(dps)} | {fmt(wall, 2)} | {fmt(rss, 0)} "
                     f"| {sampled} | {fmt(cpu, 2)} |")
    lines += [
        "",
        f"- `--jobs 2` / `--jobs 1` speedup (no zip): {fmt(speedup, 2)}×",
        f"- corpack vs the floor: the floor (SHA-256 + zstd) is {fmt(vs_floor, 2)}× faster than "
        "corpack end to end (`--jobs 2`, with zip)",
        f"- corpack vs Python: corpack end to end (`--jobs 2`, with zip) is {fmt(vs_python, 2)}× "
        "the Python baseline's MB/s",
    ]
    runs = [("jobs2-zip", "`--jobs 2`, with zip"), ("jobs2-nozip", "`--jobs 2 --no-zip`"),
            ("jobs1-nozip", "`--jobs 1 --no-zip`")]
    if all(r["corpack"][k].get("phases") for k, _ in runs):
        steps = [name for name, _ in r["corpack"]["jobs2-zip"]["phases"]]
        lines += [
            "",
            "### Where the time goes",
            "",
            "Wall seconds of each step of the corpack runs above, as `corpack build --timings` "
            "prints them (a step ends when the next starts).",
            "",
            "| step | " + " | ".join(title for _, title in runs) + " |",
            "|---|" + "---:|" * len(runs),
        ]
        for step in steps:
            cells = []
            for k, _ in runs:
                secs = dict(r["corpack"][k]["phases"]).get(step)
                cells.append("—" if secs is None else fmt(secs, 2))
            lines.append(f"| {step} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Targets (issue 8)",
        "",
    ]
    lines += [f"- {text}: {mark(ok)}" for text, ok in targets]
    lines += [
        "",
        "## Reproduce",
        "",
        "`make bench` (about 7 s to generate the 1 GiB corpus the first time, cached in "
        "`target/bench/`; `BENCH_MIB=64 make bench` for a quick run, `BASELINE_MIB` sets the "
        "Python subset). It builds corpack and the floor bench, creates `.venv-bench/` from "
        "[`benches/requirements.txt`](benches/requirements.txt), runs everything above and "
        "rewrites this file; the raw figures go to `target/bench/results.json`.",
        "",
    ]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    os.chdir(ROOT)
    bench_mib = env_number("BENCH_MIB", 1024)
    baseline_mib = env_number("BASELINE_MIB", 32)
    corpack = os.environ.get("CORPACK") or os.path.join("target", "release", "corpack")
    python = os.environ.get("BENCH_PYTHON") or os.path.join(".venv-bench", "bin", "python")
    cargo = os.environ.get("CARGO") or "cargo"
    out_md = os.environ.get("BENCH_OUT") or "BENCHMARKS.md"
    for path, how in ((corpack, "make build"), (python, "make bench (it creates the venv)")):
        if not os.access(path, os.X_OK):
            sys.exit(f"bench: {path} not found: run {how}")
    os.makedirs(BENCH_DIR, exist_ok=True)

    host = machine()  # first, so the load average is the one before anything runs
    corpus, command, summary = ensure_corpus(corpack, bench_mib)
    files, size = corpus_size(corpus)
    floor = floor_binary(cargo)
    results = {
        "date": datetime.date.today().isoformat(),
        "bench_mib": bench_mib,
        "baseline_mib": baseline_mib,
        "machine": host,
        "corpack_version": first_line([corpack, "--version"]),
        # The version is bumped by releases; speed-ups that change no output byte come between.
        "commit": first_line(["git", "describe", "--always", "--dirty"]),
        "corpus": {"path": corpus, "command": command, "summary": summary,
                   "files": files, "bytes": size},
        "warmup": warm_up(floor, corpus),
        "floor": {
            "sha256+zstd": run_floor(floor, corpus, "sha256+zstd", "floor-sha256-zstd"),
            "sha256": run_floor(floor, corpus, "sha256", "floor-sha256"),
        },
        "corpack": {
            "jobs2-zip": run_corpack(corpack, corpus, "jobs2-zip", 2, True),
            "jobs2-nozip": run_corpack(corpack, corpus, "jobs2-nozip", 2, False),
            "jobs1-nozip": run_corpack(corpack, corpus, "jobs1-nozip", 1, False),
        },
        "baseline": run_baseline(python, corpus, baseline_mib),
    }
    results["loadavg_after"] = loadavg()
    with open(os.path.join(BENCH_DIR, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    write_markdown(out_md, results)
    log(f"wrote {out_md} and {os.path.join(BENCH_DIR, 'results.json')}")


if __name__ == "__main__":
    main()
