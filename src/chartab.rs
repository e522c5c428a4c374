//! A property of the characters below U+0800 (ASCII and the two-byte UTF-8 characters: Latin,
//! Greek, Cyrillic, Armenian, Hebrew, Arabic), one bit each, filled once from the answer of the
//! standard library or a crate: hot loops over text ask a bit instead of a table search.

/// A set of characters below U+0800.
pub(crate) struct BelowU800([u64; 32]);

impl BelowU800 {
    /// The characters below U+0800 for which `holds` is true.
    pub(crate) fn of(holds: impl Fn(char) -> bool) -> Self {
        let mut bits = [0u64; 32];
        for cp in 0..0x800u32 {
            if char::from_u32(cp).is_some_and(&holds) {
                bits[cp as usize / 64] |= 1 << (cp % 64);
            }
        }
        BelowU800(bits)
    }

    /// Whether code point `cp` is in the set; `None` at U+0800 and above, which it does not hold.
    #[inline]
    pub(crate) fn get(&self, cp: u32) -> Option<bool> {
        let word = self.0.get(cp as usize / 64)?;
        Some(word >> (cp % 64) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_the_predicate_said_below_u0800_and_nothing_above() {
        let set = BelowU800::of(char::is_alphabetic);
        for c in ('\0'..'\u{800}').chain(['\u{800}', '中']) {
            let want = (u32::from(c) < 0x800).then(|| c.is_alphabetic());
            assert_eq!(set.get(u32::from(c)), want, "{c:?}");
        }
    }
}
