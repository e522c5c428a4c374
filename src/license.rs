//! License identifiers as the release metadata states them: a known SPDX id becomes its canonical
//! spelling and URL (what Croissant and Data Package recommend), anything else stays text.

/// SPDX ids commonly used for datasets, in canonical spelling. Matching is ASCII
/// case-insensitive (SPDX ids are), so the Hugging Face spellings (`cc-by-4.0`) are found too.
const KNOWN_SPDX: &[&str] = &[
    "0BSD",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "CC-BY-2.0",
    "CC-BY-2.5",
    "CC-BY-3.0",
    "CC-BY-4.0",
    "CC-BY-NC-2.0",
    "CC-BY-NC-3.0",
    "CC-BY-NC-4.0",
    "CC-BY-NC-ND-3.0",
    "CC-BY-NC-ND-4.0",
    "CC-BY-NC-SA-2.0",
    "CC-BY-NC-SA-3.0",
    "CC-BY-NC-SA-4.0",
    "CC-BY-ND-3.0",
    "CC-BY-ND-4.0",
    "CC-BY-SA-3.0",
    "CC-BY-SA-4.0",
    "CC0-1.0",
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "EUPL-1.2",
    "GFDL-1.3-only",
    "GFDL-1.3-or-later",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "ISC",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "MIT",
    "MPL-2.0",
    "ODbL-1.0",
    "ODC-By-1.0",
    "OGL-UK-3.0",
    "PDDL-1.0",
    "Unlicense",
];

/// A license id found in the SPDX list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spdx {
    /// The canonical id, e.g. `CC-BY-4.0`.
    pub id: &'static str,
}

impl Spdx {
    /// The license's page on spdx.org: the URL Croissant and Data Package ask for.
    pub fn url(&self) -> String {
        format!("https://spdx.org/licenses/{}.html", self.id)
    }
}

/// The SPDX license `id` names (ignoring ASCII case and surrounding blanks), or `None` for
/// `other`, an expression such as `MIT OR Apache-2.0`, or an id not in the list.
pub fn spdx(id: &str) -> Option<Spdx> {
    let id = id.trim();
    KNOWN_SPDX
        .iter()
        .find(|k| k.eq_ignore_ascii_case(id))
        .map(|k| Spdx { id: k })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ids_are_canonicalized() {
        assert_eq!(spdx("cc-by-4.0").map(|s| s.id), Some("CC-BY-4.0"));
        assert_eq!(spdx(" CC0-1.0 ").map(|s| s.id), Some("CC0-1.0"));
        assert_eq!(
            spdx("odc-by-1.0").map(|s| s.url()),
            Some("https://spdx.org/licenses/ODC-By-1.0.html".to_string())
        );
    }

    #[test]
    fn other_and_expressions_are_not_spdx_ids() {
        for s in ["other", "", "MIT OR Apache-2.0", "cc-by", "proprietary"] {
            assert_eq!(spdx(s), None, "{s}");
        }
    }

    #[test]
    fn the_list_is_sorted_case_insensitively_and_unique() {
        let lower: Vec<String> = KNOWN_SPDX.iter().map(|s| s.to_ascii_lowercase()).collect();
        let mut sorted = lower.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(lower, sorted);
    }
}
