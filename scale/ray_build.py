#!/usr/bin/env python3
"""Build a corpack release on a Ray cluster: N shard tasks, then one merge task.

    python scale/ray_build.py --input DIR --out DIR --name NAME --version V --shards N \
        [--address ADDR] [--corpack PATH]

Each shard task runs `corpack build --shard K/N --out STAGING` on some node; when all are
done, a merge task runs `corpack merge STAGING --out OUT`. The release is the one
`corpack build` writes on one machine, byte for byte. `--input`, `--out` and the staging folder
must be on a filesystem every node sees at the same path (NFS, Lustre, a mounted bucket); the
corpack binary must be at the same path (or on PATH) on every node.

Without --address, a local Ray cluster is started (--num-cpus CPUs); with it, the driver joins
that cluster (`auto`, or `ray://HOST:10001`). Exit code: 0 on success, 1 when a task failed (its
command and stderr are printed), 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="ray_build.py",
        description="Build a corpack release as N shard tasks and a merge on a Ray cluster.",
        epilog=(
            "examples:\n"
            "  python scale/ray_build.py --input seeds --out dist --name csto --version 1.0.0 --shards 4\n"
            "  python scale/ray_build.py --config corpus.toml --out /shared/dist --shards 64 --address auto\n"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--input", type=Path, help="folder of raw documents (shared filesystem)")
    p.add_argument("--out", type=Path, required=True, help="folder to write the release into")
    p.add_argument("--name", help="dataset name")
    p.add_argument("--version", help="release version, MAJOR.MINOR.PATCH")
    p.add_argument("--shards", type=int, required=True, help="number of shard tasks (N >= 1)")
    p.add_argument("--config", type=Path, help="corpus.toml to take the other settings from")
    p.add_argument("--rules", type=Path, help="boilerplate rules file")
    p.add_argument("--address", help="Ray cluster to join (default: start a local one)")
    p.add_argument("--num-cpus", type=int, default=None,
                   help="CPUs of the local cluster (default: all); ignored with --address")
    p.add_argument("--corpack", default=None,
                   help="corpack binary (default: `corpack` on PATH)")
    p.add_argument("--staging", type=Path, default=None,
                   help="staging folder (default: OUT/.corpack-shards-NAME-VERSION)")
    p.add_argument("--jobs-per-shard", type=int, default=1,
                   help="threads (and Ray CPUs) per shard task (default 1)")
    p.add_argument("--merge-jobs", type=int, default=1,
                   help="threads (and Ray CPUs) of the merge task (default 1)")
    p.add_argument("--no-zip", action="store_true", help="write the release folder only")
    p.add_argument("--keep-staging", action="store_true",
                   help="keep the staging folder after a successful merge")
    p.add_argument("--quiet", action="store_true", help="no per-shard progress lines")
    args = p.parse_args(argv)
    if args.shards < 1:
        p.error("--shards must be at least 1")
    if args.jobs_per_shard < 1 or args.merge_jobs < 1:
        p.error("--jobs-per-shard and --merge-jobs must be at least 1")
    if args.config is None and (args.input is None or args.name is None or args.version is None):
        p.error("give --input, --name and --version (or --config with them in it)")
    return args


def find_corpack(given: str | None) -> str:
    """The absolute path of the corpack binary: --corpack, else `corpack` on PATH."""
    exe = given or shutil.which("corpack")
    if exe is None or not os.access(exe, os.X_OK):
        where = given or "PATH"
        raise SystemExit(
            f"ray_build.py: no corpack binary in {where}: build it (cargo build --release) "
            "and pass --corpack target/release/corpack, or put it on PATH"
        )
    return os.path.abspath(exe)


def settings_flags(args: argparse.Namespace) -> list[str]:
    """The build flags every shard gets, with absolute paths (tasks run in other folders)."""
    flags: list[str] = []
    for flag, value in [("--config", args.config), ("--input", args.input), ("--rules", args.rules)]:
        if value is not None:
            flags += [flag, str(value.resolve())]
    for flag, value in [("--name", args.name), ("--version", args.version)]:
        if value is not None:
            flags += [flag, value]
    return flags


def staging_dir(args: argparse.Namespace) -> Path:
    if args.staging is not None:
        return args.staging.resolve()
    label = "-".join(x for x in [args.name, args.version] if x) or "build"
    return (args.out / f".corpack-shards-{label}").resolve()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    corpack = find_corpack(args.corpack)
    staging = staging_dir(args)
    out = args.out.resolve()

    import ray  # imported late so --help works without Ray installed

    @ray.remote(num_cpus=args.jobs_per_shard, max_retries=2)
    def shard_task(cmd: list[str]) -> dict:
        return run(cmd)

    @ray.remote(num_cpus=args.merge_jobs, max_retries=2)
    def merge_task(cmd: list[str]) -> dict:
        return run(cmd)

    init = {"address": args.address} if args.address else {"num_cpus": args.num_cpus}
    ray.init(include_dashboard=False, log_to_driver=False, **init)
    started = time.monotonic()
    try:
        # A fresh staging folder: shards of an earlier, different run must not mix in.
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(parents=True)
        base = [corpack, "build", "--quiet", *settings_flags(args),
                "--jobs", str(args.jobs_per_shard), "--out", str(staging)]
        pending = {
            shard_task.remote([*base, "--shard", f"{k}/{args.shards}"]): k
            for k in range(args.shards)
        }
        say(args, f"submitted {args.shards} shard tasks to Ray "
                  f"({int(ray.cluster_resources().get('CPU', 0))} CPUs); staging in {staging}")
        shard_seconds: list[float] = []
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            ref = done[0]
            k = pending.pop(ref)
            result = ray.get(ref)
            if result["code"] != 0:
                report_failure(f"shard {k}/{args.shards}", result)
                for other in pending:
                    ray.cancel(other, force=True)
                return 1
            shard_seconds.append(result["seconds"])
            say(args, f"[{args.shards - len(pending)}/{args.shards}] {result['stdout'].strip()}")
        shards_done = time.monotonic()

        merge_cmd = [corpack, "merge", str(staging), "--out", str(out), "--quiet",
                     "--jobs", str(args.merge_jobs)]
        if args.no_zip:
            merge_cmd.append("--no-zip")
        result = ray.get(merge_task.remote(merge_cmd))
        if result["code"] != 0:
            report_failure("merge", result)
            return 1
        sys.stderr.write(result["stderr"])
        if not args.keep_staging:
            shutil.rmtree(staging, ignore_errors=True)
        finished = time.monotonic()
        for line in result["stdout"].splitlines():
            print(line)
        print(
            f"ray: {args.shards} shards in {shards_done - started:.2f} s "
            f"(slowest {max(shard_seconds):.2f} s), merge {finished - shards_done:.2f} s, "
            f"total {finished - started:.2f} s"
        )
        return 0
    finally:
        ray.shutdown()


def run(cmd: list[str]) -> dict:
    """Runs one corpack command in a task; its exit code, output and duration."""
    t = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return {
        "cmd": cmd,
        "code": p.returncode,
        "stdout": p.stdout,
        "stderr": p.stderr,
        "seconds": time.monotonic() - t,
    }


def say(args: argparse.Namespace, line: str) -> None:
    if not args.quiet:
        print(line, file=sys.stderr, flush=True)


def report_failure(what: str, result: dict) -> None:
    print(f"ray_build.py: {what} failed (exit {result['code']}): {' '.join(result['cmd'])}",
          file=sys.stderr)
    sys.stderr.write(result["stderr"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
