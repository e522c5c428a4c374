//! HTML character references in scraped text: `&amp;`, `&eacute;`, `&#8217;`, `&#x2019;`.
//!
//! Only complete references (with the closing `;`) are decoded, by the HTML5 table of named
//! references (from `htmlize`) and the WHATWG rules for numeric ones, so `AT&T` or a URL's
//! `?a=1&copy=2` stay as they are.

/// Decodes the character references in `text`; `None` when there are none.
pub fn decode_entities(text: &str) -> Option<String> {
    if !text.contains('&') {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        match reference_at(tail) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = &tail[len..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// Longest reference we look at, `&` and `;` included (`&CounterClockwiseContourIntegral;`).
const MAX_REF_LEN: usize = 40;

/// If `s` (starting with `&`) starts with a complete reference: its text and byte length.
fn reference_at(s: &str) -> Option<(String, usize)> {
    let semi = s
        .as_bytes()
        .iter()
        .take(MAX_REF_LEN)
        .position(|&b| b == b';')?;
    let body = &s[1..semi];
    let len = semi + 1;
    if let Some(num) = body.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex)
                if !hex.is_empty()
                    && hex.len() <= 8
                    && hex.bytes().all(|b| b.is_ascii_hexdigit()) =>
            {
                u32::from_str_radix(hex, 16).ok()?
            }
            None if !num.is_empty()
                && num.len() <= 10
                && num.bytes().all(|b| b.is_ascii_digit()) =>
            {
                num.parse::<u64>()
                    .ok()
                    .map(|v| v.min(u32::MAX as u64) as u32)?
            }
            _ => return None,
        };
        return Some((numeric(value).to_string(), len));
    }
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let bytes = htmlize::ENTITIES.get(&s.as_bytes()[..len])?;
    Some((String::from_utf8_lossy(bytes).into_owned(), len))
}

/// The character of a numeric reference, per the WHATWG tokenizer: NUL, surrogates and values
/// past U+10FFFF become U+FFFD; 0x80–0x9F are read as windows-1252, as browsers do.
fn numeric(v: u32) -> char {
    const C1: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let v = if (0x80..=0x9F).contains(&v) {
        C1[(v - 0x80) as usize]
    } else {
        v
    };
    if v == 0 {
        return '\u{FFFD}';
    }
    char::from_u32(v).unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        decode_entities(s).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn named_and_numeric() {
        assert_eq!(d("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(d("caf&eacute; l&#8217;&#x2019;&#X2019;"), "café l’’’");
        assert_eq!(d("a&nbsp;b"), "a\u{A0}b");
        assert_eq!(d("&lt;p&gt; &quot;x&quot; &apos;"), "<p> \"x\" '");
        assert_eq!(
            d("&#150; &#0; &#xD800; &#99999999;"),
            "– \u{FFFD} \u{FFFD} \u{FFFD}"
        );
    }

    #[test]
    fn incomplete_or_unknown_references_stay() {
        for s in [
            "AT&T",
            "?a=1&copy=2",
            "&copy",
            "& amp;",
            "&unknownentity;",
            "&#;",
            "&#x;",
            "&#12a;",
            "a & b; c",
        ] {
            assert_eq!(decode_entities(s), None, "{s}");
        }
    }
}
