//! Interrupted builds leave the output folder as it was: a build killed (SIGKILL) or interrupted
//! (SIGINT) at any moment of writing leaves no partial release, the next build removes the
//! staging folder and succeeds, and a lock keeps two builds from writing at once.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::corpack_test;
use crate::util::*;

/// A corpus big enough that writing the release takes a noticeable time.
fn corpus(dir: &Dir) -> std::path::PathBuf {
    let words = [
        "peacekeepers",
        "Almaty",
        "airport",
        "government",
        "contingent",
        "withdrawal",
        "ministry",
        "statement",
        "protest",
        "order",
        "president",
        "allies",
        "troops",
    ];
    for i in 0..400u64 {
        let mut text = format!("Report number {i}\n\n");
        let mut x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        for _ in 0..2500 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            text.push_str(words[(x % words.len() as u64) as usize]);
            text.push(if x % 11 == 0 { '\n' } else { ' ' });
        }
        dir.write(&format!("in/{:03}/doc-{i}.txt", i % 7), text.as_bytes());
    }
    dir.path().join("in")
}

fn build_cmd(dir: &Dir, version: &str) -> Command {
    let mut c = dir.cmd();
    c.args([
        "build",
        "-q",
        "--name",
        "big",
        "--version",
        version,
        "--jobs",
        "2",
        "--input",
    ])
    .arg(dir.path().join("in"))
    .arg("--out")
    .arg(dir.path().join("out"));
    c
}

/// The visible entries of `out` with their bytes (folders walked), hidden ones aside.
fn visible(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(out).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            for (rel, bytes) in tree(&p) {
                v.push((format!("{name}/{rel}"), bytes));
            }
        } else {
            v.push((name, std::fs::read(&p).unwrap()));
        }
    }
    v.sort();
    v
}

fn staging_dirs(out: &Path) -> Vec<String> {
    std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".corpack-staging-"))
        .collect()
}

/// Starts a build and returns it once its staging folder exists (writing has begun), plus `ms`.
fn start_and_wait_for_writing(dir: &Dir, version: &str, ms: u64) -> Child {
    let mut child = build_cmd(dir, version)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let out = dir.path().join("out");
    let t = Instant::now();
    while staging_dirs(&out).is_empty() {
        if child.try_wait().unwrap().is_some() || t.elapsed() > Duration::from_secs(120) {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    std::thread::sleep(Duration::from_millis(ms));
    child
}

corpack_test!(
    a_killed_build_leaves_dist_as_it_was_and_the_next_build_is_clean,
    |dir| {
        corpus(&dir);
        run(&mut build_cmd(&dir, "1.0.0"), 0);
        let out = dir.path().join("out");
        let before = visible(&out);
        let mut interrupted = 0;
        for ms in [0, 2, 10, 40, 150] {
            let mut child = start_and_wait_for_writing(&dir, "1.1.0", ms);
            let finished = child.try_wait().unwrap().is_some();
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            let after = visible(&out);
            if finished || after.len() != before.len() {
                // The build won the race and completed: then the new release is whole.
                let o = run(dir.cmd().arg("verify").arg(out.join("big-1.1.0")), 0);
                assert!(stdout(&o).starts_with("ok: "));
                break;
            }
            interrupted += 1;
            assert!(
                after == before,
                "a build killed {ms} ms into writing changed the releases"
            );
            assert!(!out.join("big-1.1.0").exists() && !out.join("big-1.1.0.zip").exists());
        }
        assert!(
            interrupted > 0,
            "no kill landed while the release was being written"
        );
        // The next build removes the leftovers and succeeds.
        run(&mut build_cmd(&dir, "1.1.0"), 0);
        assert!(staging_dirs(&out).is_empty(), "{:?}", staging_dirs(&out));
        let o = run(dir.cmd().arg("verify").arg(out.join("big-1.1.0")), 0);
        assert!(stdout(&o).starts_with("ok: "));
    }
);

corpack_test!(ctrl_c_removes_the_staging_folder, |dir| {
    corpus(&dir);
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let mut child = start_and_wait_for_writing(&dir, "1.0.0", 5);
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let code = child.wait().unwrap().code();
    if code == Some(0) {
        // Finished before the signal arrived: a whole release.
        run(dir.cmd().arg("verify").arg(out.join("big-1.0.0")), 0);
    } else {
        assert_eq!(code, Some(130));
        assert!(visible(&out).is_empty(), "an interrupted build left files");
        assert!(staging_dirs(&out).is_empty(), "{:?}", staging_dirs(&out));
    }
});

corpack_test!(a_second_build_into_the_same_folder_is_refused, |dir| {
    dir.write("in/a.txt", b"One small document about the withdrawal.\n");
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let held = std::fs::File::open(&out).unwrap();
    held.lock().unwrap();
    let o = run(&mut build_cmd(&dir, "1.0.0"), 1);
    assert!(
        stderr(&o).contains("another corpack build is writing"),
        "{}",
        stderr(&o)
    );
    assert!(visible(&out).is_empty());
    held.unlock().unwrap();
    run(&mut build_cmd(&dir, "1.0.0"), 0);
});
