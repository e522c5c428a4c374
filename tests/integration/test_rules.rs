//! The shipped rules file: it loads, and every rule's examples match and counterexamples don't.

use corpack::boilerplate::Rules;

use crate::corpack_test;
use crate::util::*;

corpack_test!(shipped_rules_load_and_pass_their_examples, |dir| {
    let _ = &dir;
    let rules =
        Rules::load(&repo().join("rules/boilerplate.toml")).unwrap_or_else(|e| panic!("{e}"));
    assert!(!rules.rules().is_empty());
    let failures = rules.check_examples();
    assert!(
        failures.is_empty(),
        "{} rule example failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
});

corpack_test!(shipped_rules_cover_the_required_languages, |dir| {
    let _ = &dir;
    let rules = Rules::load(&repo().join("rules/boilerplate.toml")).unwrap();
    for lang in [
        "en", "fr", "ru", "uk", "kk", "de", "es", "tr", "ar", "el", "zh", "ja",
    ] {
        let n = rules
            .rules()
            .iter()
            .filter(|r| r.langs.iter().any(|l| l == lang))
            .count();
        assert!(n >= 5, "only {n} rules for {lang}");
    }
});

corpack_test!(clean_explains_each_removal_with_its_rule, |dir| {
    let file = dir.write(
        "page.txt",
        "top of page\nMy Blog\n\nPeacekeepers leave Almaty after a week\n\nThe contingent handed over the sites.\n\nLeave a Reply\nYour email address will not be published.\n".as_bytes(),
    );
    let mut c = dir.cmd();
    c.args(["clean", "--explain", "--rules"])
        .arg(repo().join("rules/boilerplate.toml"))
        .arg(&file);
    let out = run(&mut c, 0);
    assert_eq!(
        stdout(&out),
        "Peacekeepers leave Almaty after a week\n\nThe contingent handed over the sites.\n"
    );
    let err = stderr(&out);
    assert!(
        err.contains("title: Peacekeepers leave Almaty after a week"),
        "{err}"
    );
    assert!(err.contains("removed: line    1 ["), "{err}");
    assert!(err.contains("[site-name] \"My Blog\""), "{err}");
    assert!(err.contains("\"Leave a Reply\""), "{err}");
});

/// The raw text of a labelled boilerplate fixture (labels and ⟦ ⟧ marks taken out).
fn unlabel(fixture: &str) -> String {
    fixture
        .lines()
        .map(|l| l.get(2..).unwrap_or("").replace(['⟦', '⟧'], ""))
        .collect::<Vec<_>>()
        .join("\n")
}

corpack_test!(every_fixture_rebuilds_from_text_and_removals, |dir| {
    let _ = &dir;
    let rules = Rules::load(&repo().join("rules/boilerplate.toml")).unwrap();
    let settings = corpack::boilerplate::StripSettings::default();
    let mut docs: Vec<(String, String)> = Vec::new();
    for folder in [
        "seeds",
        "tests/fixtures/nested",
        "tests/fixtures/boilerplate",
    ] {
        for entry in walkdir::WalkDir::new(repo().join(folder)).sort_by_file_name() {
            let entry = entry.unwrap();
            if !entry.file_type().is_file() || entry.path().extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let bytes = std::fs::read(entry.path()).unwrap();
            let bytes = if folder.ends_with("boilerplate") {
                unlabel(&String::from_utf8(bytes).unwrap()).into_bytes()
            } else {
                bytes
            };
            if let Ok(c) = corpack::pipeline::clean(&bytes) {
                docs.push((entry.path().display().to_string(), c.text));
            }
        }
    }
    assert!(docs.len() > 10, "fixtures found: {}", docs.len());
    let repeated =
        corpack::boilerplate::Repeated::count(docs.iter().map(|d| d.1.as_str()), &settings);
    let mut removed = 0;
    for (name, text) in &docs {
        let s = corpack::boilerplate::strip(text, &rules, &repeated, &settings);
        removed += s.removals.len();
        let want: Vec<String> = text
            .split('\n')
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect();
        let got = corpack::boilerplate::rebuild_lines(&s.text, &s.removals, &rules)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(got, want, "{name}: rebuilt lines differ");
    }
    assert!(removed > 0, "the fixtures exercise removals");
});
