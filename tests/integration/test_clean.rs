use crate::corpack_test;
use crate::util::*;

corpack_test!(clean_prints_text_and_explains_repairs, |dir| {
    let mojibake = encoding_rs::WINDOWS_1252
        .decode_without_bom_handling("Société générale".as_bytes())
        .0;
    let mut raw =
        format!("{mojibake} &amp; l&#8217;OTSC\r\n\r\n\r\nzero\u{200B}width\r\n").into_bytes();
    raw.splice(0..0, *b"\xEF\xBB\xBF");
    let file = dir.write("doc.txt", &raw);
    let out = run(dir.cmd().arg("clean").arg(&file), 0);
    assert_eq!(stdout(&out), "Société générale & l’OTSC\n\nzerowidth\n");
    assert_eq!(stderr(&out), "", "no --explain, no commentary");
    let out = run(dir.cmd().args(["clean", "--explain"]).arg(&file), 0);
    let err = stderr(&out);
    for line in [
        "encoding: UTF-8",
        "repair: bom",
        "repair: mojibake:windows-1252",
        "repair: html-entities",
        "repair: line-endings",
        "repair: invisible-chars",
        "repair: whitespace",
    ] {
        assert!(err.contains(line), "missing {line:?} in:\n{err}");
    }
});

corpack_test!(clean_decodes_legacy_encodings, |dir| {
    let (bytes, _, _) =
        encoding_rs::KOI8_R.encode("Миротворцы ОДКБ завершили вывод контингента из Казахстана.");
    let file = dir.write("koi8.txt", &bytes);
    let out = run(dir.cmd().args(["clean", "--explain"]).arg(&file), 0);
    assert_eq!(
        stdout(&out),
        "Миротворцы ОДКБ завершили вывод контингента из Казахстана.\n"
    );
    // chardetng reports KOI8-U, the superset of KOI8-R (identical for Russian letters).
    assert!(
        stderr(&out).contains("encoding: KOI8-U"),
        "{}",
        stderr(&out)
    );
});

corpack_test!(
    clean_refuses_binary_and_missing_files_with_the_path,
    |dir| {
        let file = dir.write("img.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        let out = run(dir.cmd().arg("clean").arg(&file), 1);
        assert!(
            stderr(&out).contains("img.png") && stderr(&out).contains("binary"),
            "{}",
            stderr(&out)
        );
        let out = run(dir.cmd().args(["clean", "missing.txt"]), 1);
        assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));
    }
);
