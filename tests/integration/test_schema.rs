use crate::corpack_test;
use crate::util::*;

corpack_test!(schema_json_is_the_declared_file, |dir| {
    let out = run(dir.cmd().args(["schema", "--format", "json"]), 0);
    let declared = std::fs::read(repo().join("schema/documents.schema.json")).unwrap();
    assert_eq!(out.stdout, declared);
});

corpack_test!(schema_markdown_has_a_row_per_column, |dir| {
    let out = stdout(&run(dir.cmd().arg("schema"), 0));
    let declared: serde_json::Value = serde_json::from_slice(
        &std::fs::read(repo().join("schema/documents.schema.json")).unwrap(),
    )
    .unwrap();
    let columns = declared["columns"].as_array().unwrap();
    assert_eq!(out.lines().count(), 2 + columns.len());
    for c in columns {
        assert!(
            out.contains(&format!("`{}`", c["name"].as_str().unwrap())),
            "{out}"
        );
    }
});

corpack_test!(every_subcommand_has_help_with_examples, |dir| {
    for sub in ["build", "clean", "diff", "gen-bench", "schema"] {
        let out = stdout(&run(dir.cmd().args([sub, "--help"]), 0));
        assert!(
            out.contains("Examples:"),
            "{sub} --help lacks examples:\n{out}"
        );
    }
    let out = stdout(&run(dir.cmd().arg("--help"), 0));
    assert!(out.contains("build") && out.contains("schema"));
});

corpack_test!(usage_errors_exit_2, |dir| {
    run(dir.cmd().args(["build", "--no-such-flag"]), 2);
    run(dir.cmd().arg("frobnicate"), 2);
    let out = run(
        dir.cmd()
            .args(["build", "--input", "x", "--version", "0.1.0"]),
        2,
    );
    assert!(stderr(&out).contains("--name"), "{}", stderr(&out));
    let out = run(
        dir.cmd()
            .args(["build", "--input", "x", "--name", "n", "--version", "one"]),
        2,
    );
    assert!(
        stderr(&out).contains("semantic version"),
        "{}",
        stderr(&out)
    );
});

corpack_test!(readme_shows_the_current_schema, |dir| {
    let table = stdout(&run(dir.cmd().arg("schema"), 0));
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(
        readme.contains(&table),
        "README.md's schema table is stale: paste `corpack schema` into it"
    );
});

corpack_test!(readme_documents_every_repair_code, |dir| {
    let _ = &dir;
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    for (code, _) in corpack::repairs::VOCABULARY {
        assert!(
            readme.contains(&format!("| `{code}` |")),
            "README.md lacks the repair code {code}"
        );
    }
});
