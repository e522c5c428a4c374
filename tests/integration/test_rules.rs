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
