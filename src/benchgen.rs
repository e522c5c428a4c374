//! Deterministic benchmark corpus generator (`corpack gen-bench`).
//!
//! Benchmarks need a large input that looks like a real scrape (many languages, page chrome,
//! legacy code pages, mojibake, UTF-16, near-duplicates, nested folders) and is the same on
//! every machine, so timings can be compared. Everything here is a pure function of the seed,
//! the target size and the boilerplate examples: the PRNG is a few lines of SplitMix64, no
//! hash-map order is ever observed and no floating point decides anything.

use encoding_rs::{
    Encoding, GBK, KOI8_R, KOI8_U, SHIFT_JIS, WINDOWS_1251, WINDOWS_1252, WINDOWS_1253,
    WINDOWS_1254, WINDOWS_1256,
};

/// SplitMix64: a tiny, fast, well-mixed PRNG whose output depends only on the seed, so the
/// generated tree is byte-identical on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`), by multiply-shift (no modulo bias worth caring about here).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// How a document's bytes are encoded: the benchmark mixes these in fixed shares
/// (80% UTF-8, 12% legacy code pages, 5% mojibake, 3% UTF-16) because that is what the
/// decoding and repair stages meet in real scrapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain UTF-8 with LF line ends.
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    /// UTF-8 with CRLF line ends.
    Utf8Crlf,
    /// A legacy single- or double-byte code page matching the language.
    Legacy(&'static Encoding),
    /// UTF-8 text decoded as this code page and re-encoded as UTF-8 (`Ã©`, `Ð¿` damage).
    Mojibake(&'static Encoding),
    /// UTF-16 little-endian with a BOM.
    Utf16Le,
    /// UTF-16 big-endian with a BOM.
    Utf16Be,
}

impl Kind {
    /// The group the shares are stated for: `utf-8`, `legacy`, `mojibake` or `utf-16`.
    pub fn group(self) -> &'static str {
        match self {
            Kind::Utf8 | Kind::Utf8Bom | Kind::Utf8Crlf => "utf-8",
            Kind::Legacy(_) => "legacy",
            Kind::Mojibake(_) => "mojibake",
            Kind::Utf16Le | Kind::Utf16Be => "utf-16",
        }
    }

    /// A precise label for the summary, e.g. `legacy windows-1251` or `utf-8 bom`.
    pub fn label(self) -> String {
        match self {
            Kind::Utf8 => "utf-8".into(),
            Kind::Utf8Bom => "utf-8 bom".into(),
            Kind::Utf8Crlf => "utf-8 crlf".into(),
            Kind::Legacy(e) => format!("legacy {}", e.name().to_ascii_lowercase()),
            Kind::Mojibake(e) => format!("mojibake via {}", e.name().to_ascii_lowercase()),
            Kind::Utf16Le => "utf-16le bom".into(),
            Kind::Utf16Be => "utf-16be bom".into(),
        }
    }
}

/// The encoding kind of each document slot in a block of 100: exact shares per 100 documents,
/// so small corpora already have the intended mix (the order is shuffled per seed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Utf8,
    Utf8Bom,
    Utf8Crlf,
    Legacy,
    Mojibake,
    Utf16Le,
    Utf16Be,
}

const SLOT_COUNTS: [(Slot, usize); 7] = [
    (Slot::Utf8, 68),
    (Slot::Utf8Bom, 6),
    (Slot::Utf8Crlf, 6),
    (Slot::Legacy, 12),
    (Slot::Mojibake, 5),
    (Slot::Utf16Le, 2),
    (Slot::Utf16Be, 1),
];

/// A language's vocabulary: code, common words (space-separated), whether words are joined
/// without spaces (zh, ja), and the sentence end marks.
struct Lang {
    code: &'static str,
    words: &'static str,
    no_spaces: bool,
    ends: &'static [&'static str],
}

const LANGS: &[Lang] = &[
    Lang {
        code: "en",
        words: "the of and to in is was for on that with as by at from this have are which be his it not but they their one had all were we been has more when there who will would can other new time people year about after first two world city government public work also during should where before report said council school water market local week",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "fr",
        words: "le la les de des du et en un une est que qui dans pour pas sur au avec il elle ils nous vous plus par ce cette son sa ses été être fait très aussi mais comme où après avant année ville pays gouvernement école travail monde français rapport public marché semaine déjà même entre leur cœur élève réunion présidente économie",
        no_spaces: false,
        ends: &[".", ".", ".", " ?", " !"],
    },
    Lang {
        code: "de",
        words: "der die das und in den von zu mit ist des sich auf für nicht im dem ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man Jahr Stadt Regierung Schule Arbeit Welt Bericht Woche Markt größer später Straße Bürger Mädchen Öffentlichkeit",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "es",
        words: "el la de que y en los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante año ciudad gobierno escuela trabajo mundo informe semana mercado niño señora región educación",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "tr",
        words: "bir ve bu da de için ile çok daha olarak gibi ama sonra kadar olan en her şey ne var yok ben sen o biz siz onlar yıl şehir hükümet okul iş dünya rapor hafta pazar yeni büyük küçük önce şimdi bugün yarın çocuk kadın erkek ülke halk göre değil ise bütün bazı diğer çalışma eğitim sağlık",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "ru",
        words: "и в не на я быть он с что а по это она этот к но они мы как из у который то за свой весь год от так о для ты же все тот мочь вы человек такой его сказать только или ещё бы себя один как уже до время если сам когда другой город правительство школа работа мир доклад неделя рынок новый большой",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "uk",
        words: "і в не на я бути він з що а по це вона цей до але вони ми як із у який то за свій весь рік від так про для ти же всі той могти ви людина такий його сказати тільки або ще би себе один вже час якщо сам коли інший місто уряд школа робота світ звіт тиждень ринок новий великий їхній європейський",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "kk",
        words: "және бұл бір мен да де үшін деп ол біз сіз олар жыл қала үкімет мектеп жұмыс әлем есеп апта нарық жаңа үлкен кіші бүгін ертең бала әйел ер ел халық бойынша емес барлық кейбір басқа білім денсаулық қазақ тіл мемлекет аудан облыс өте көп аз қазір кейін бұрын ғана әрі сондай",
        no_spaces: false,
        ends: &[".", ".", ".", "?", "!"],
    },
    Lang {
        code: "el",
        words: "και το η του να την ο με σε τα για των από που τον της στο δεν είναι θα οι στην ένα μια έχει ότι στα αλλά πολύ όπως μετά πριν χρόνο πόλη κυβέρνηση σχολείο εργασία κόσμος έκθεση εβδομάδα αγορά νέο μεγάλο μικρό σήμερα αύριο παιδί γυναίκα χώρα λαός όλοι άλλοι εκπαίδευση υγεία",
        no_spaces: false,
        ends: &[".", ".", ".", ";", "!"],
    },
    Lang {
        code: "ar",
        words: "في من على أن إلى عن مع هذا هذه التي الذي كان لا ما هو هي بين كل بعد قبل عند حتى أو ثم قد لم لن العام المدينة الحكومة المدرسة العمل العالم التقرير الأسبوع السوق جديد كبير صغير اليوم غدا الطفل المرأة البلد الناس جميع بعض أخرى التعليم الصحة الوزير الرئيس",
        no_spaces: false,
        ends: &[".", ".", ".", "؟", "!"],
    },
    Lang {
        code: "zh",
        words: "我们 他们 这个 那个 今天 明天 政府 学校 工作 世界 报告 市场 城市 国家 人民 经济 发展 社会 问题 已经 可以 因为 所以 但是 如果 没有 时候 一个 非常 重要 新的 大学 学生 老师 医院 公司 历史 文化 教育 科学 技术 环境 生活 家庭 朋友 孩子 年 月 日 的 了 是 在 和 有 也 都 就 会",
        no_spaces: true,
        ends: &["。", "。", "。", "？", "！"],
    },
    Lang {
        code: "ja",
        words: "私たち 彼ら これ それ 今日 明日 政府 学校 仕事 世界 報告 市場 都市 国 人々 経済 発展 社会 問題 すでに できる だから しかし もし ない 時 一つ とても 重要 新しい 大学 学生 先生 病院 会社 歴史 文化 教育 科学 技術 環境 生活 家族 友達 子供 年 月 日 の は が を に で と も です ます した",
        no_spaces: true,
        ends: &["。", "。", "。", "？", "！"],
    },
];

/// The legacy code pages a language's text can be written in without loss.
fn legacy_encodings(code: &str) -> Vec<&'static Encoding> {
    match code {
        // encoding_rs maps the ISO-8859-1 label to windows-1252 (WHATWG), so 1252 covers both.
        "en" | "fr" | "de" | "es" => vec![WINDOWS_1252],
        "tr" => vec![WINDOWS_1254],
        "ru" => vec![WINDOWS_1251, KOI8_R],
        "uk" => vec![WINDOWS_1251, KOI8_U],
        "el" => vec![WINDOWS_1253],
        "ar" => vec![WINDOWS_1256],
        "ja" => vec![SHIFT_JIS],
        "zh" => vec![GBK],
        // Kazakh letters (ә ғ қ ң ө ұ ү һ) are in none of the common code pages.
        _ => vec![],
    }
}

/// Page chrome lines to put around documents, split into a header pool (menus, share bars,
/// breadcrumbs) and a footer pool (cookie banners, related posts, copyright, comments).
#[derive(Debug, Clone, Default)]
pub struct Widgets {
    /// Lines that go above the headline.
    pub header: Vec<String>,
    /// Lines that go after the last paragraph.
    pub footer: Vec<String>,
}

const HEADER_FAMILIES: &[&str] = &[
    "nav-",
    "share-",
    "breadcrumb-",
    "page-anchors",
    "generic-skip",
    "menu-",
    "counter-",
];
const FOOTER_FAMILIES: &[&str] = &[
    "cookie-",
    "related-",
    "recent-",
    "footer-",
    "comments-",
    "newsletter-",
    "social-",
    "see-also",
    "meta-tags",
    "post-navigation",
    "generic-back-to-top",
];

impl Widgets {
    /// Reads the `examples` of the `[[rule]]` entries of a boilerplate rules file (its text) and
    /// sorts them into header and footer pools by rule family, in file order.
    pub fn from_rules_toml(text: &str) -> Result<Widgets, toml::de::Error> {
        let value: toml::Table = toml::from_str(text)?;
        let mut w = Widgets::default();
        let rules = value.get("rule").and_then(|r| r.as_array());
        for rule in rules.into_iter().flatten() {
            let id = rule.get("id").and_then(|v| v.as_str()).unwrap_or_default();
            let examples = rule.get("examples").and_then(|v| v.as_array());
            let pool = if HEADER_FAMILIES.iter().any(|f| id.starts_with(f)) {
                &mut w.header
            } else if FOOTER_FAMILIES.iter().any(|f| id.starts_with(f)) {
                &mut w.footer
            } else {
                continue;
            };
            for e in examples.into_iter().flatten() {
                if let Some(s) = e.as_str() {
                    if !s.contains('\n') && !s.trim().is_empty() {
                        pool.push(s.to_string());
                    }
                }
            }
        }
        Ok(w)
    }
}

/// One generated document: its relative path (`site-07/2022/01/doc-000123.txt`), bytes and
/// encoding kind.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    /// The file contents.
    pub bytes: Vec<u8>,
    /// How the bytes are encoded.
    pub kind: Kind,
    /// Language code of the body text.
    pub lang: &'static str,
}

/// A body kept for later near-copies: language index and paragraphs.
struct Body {
    lang: usize,
    headline: String,
    paragraphs: Vec<String>,
}

/// How many recent bodies are kept for near-copies (bounded memory).
const HISTORY: usize = 8;

/// Generates documents until their total size reaches the target; an iterator so a caller can
/// write each one as it comes (constant memory for any size).
pub struct Generator {
    rng: Rng,
    widgets: Widgets,
    target: u64,
    total: u64,
    index: usize,
    slots: Vec<Slot>,
    words: Vec<Vec<&'static str>>,
    history: Vec<Body>,
    last: Option<Vec<u8>>,
    max_size: usize,
}

impl Generator {
    /// A generator of about `target_bytes` bytes of documents for `seed`, with chrome lines
    /// from `widgets`.
    pub fn new(target_bytes: u64, seed: u64, widgets: Widgets) -> Generator {
        Generator {
            rng: Rng::new(seed),
            widgets,
            target: target_bytes,
            total: 0,
            index: 0,
            slots: Vec::new(),
            words: LANGS
                .iter()
                .map(|l| l.words.split_whitespace().collect())
                .collect(),
            history: Vec::new(),
            last: None,
            max_size: 1_000_000,
        }
    }

    fn next_slot(&mut self) -> Slot {
        if self.slots.is_empty() {
            for (slot, n) in SLOT_COUNTS {
                self.slots.extend(std::iter::repeat_n(slot, n));
            }
            // Fisher-Yates with our own PRNG; popped from the end.
            for i in (1..self.slots.len()).rev() {
                let j = self.rng.below(i + 1);
                self.slots.swap(i, j);
            }
        }
        self.slots.pop().unwrap_or(Slot::Utf8)
    }

    /// A document size: log-uniform-ish from 1 KiB to 1 MB, integers only (an octave, then a
    /// point inside it).
    fn size(&mut self) -> usize {
        let octave = self.rng.below(10);
        let base = 1024usize << octave;
        (base + self.rng.below(base)).min(self.max_size)
    }

    /// Caps document sizes (tests that need many documents quickly).
    #[cfg(test)]
    fn max_size(mut self, n: usize) -> Generator {
        self.max_size = n;
        self
    }

    fn sentence(&mut self, lang: usize, out: &mut String) {
        let l = &LANGS[lang];
        let n = self.rng.range(5, 16);
        let start = out.len();
        for i in 0..n {
            if i > 0 && !l.no_spaces {
                out.push(' ');
            }
            let w = *self.rng.pick(&self.words[lang]);
            out.push_str(w);
            if i + 1 < n && !l.no_spaces && self.rng.chance(8) {
                out.push(',');
            } else if i + 1 < n && l.no_spaces && self.rng.chance(10) {
                out.push('，');
            }
        }
        // Capitalise the first letter (no-op for scripts without case).
        if let Some(c) = out[start..].chars().next() {
            if c.is_lowercase() {
                let upper: String = c.to_uppercase().collect();
                out.replace_range(start..start + c.len_utf8(), &upper);
            }
        }
        out.push_str(l.ends[self.rng.below(l.ends.len())]);
    }

    fn paragraph(&mut self, lang: usize) -> String {
        let mut p = String::new();
        let n = self.rng.range(2, 7);
        for i in 0..n {
            if i > 0 && !LANGS[lang].no_spaces {
                p.push(' ');
            }
            self.sentence(lang, &mut p);
        }
        p
    }

    fn headline(&mut self, lang: usize) -> String {
        let mut h = String::new();
        self.sentence(lang, &mut h);
        // Headlines carry no final period.
        let trimmed = h.trim_end_matches(['.', '。']).len();
        h.truncate(trimmed);
        h
    }

    fn body(&mut self, lang: usize, size: usize) -> Body {
        let headline = self.headline(lang);
        let mut paragraphs = Vec::new();
        let mut len = 0;
        while len < size || paragraphs.is_empty() {
            let p = self.paragraph(lang);
            len += p.len() + 2;
            paragraphs.push(p);
        }
        Body {
            lang,
            headline,
            paragraphs,
        }
    }

    /// Chrome lines from a pool that the encoding can represent (all, for UTF-8/16).
    fn chrome(&mut self, header: bool, enc: Option<&'static Encoding>, out: &mut Vec<String>) {
        let n = self.rng.range(2, 5);
        for _ in 0..n {
            let pool = if header {
                &self.widgets.header
            } else {
                &self.widgets.footer
            };
            if pool.is_empty() {
                return;
            }
            let line = self.rng.pick(pool).clone();
            if let Some(e) = enc {
                if e.encode(&line).2 {
                    continue;
                }
            }
            out.push(line);
        }
    }

    fn make(&mut self) -> Doc {
        let slot = self.next_slot();
        let remaining = self.target.saturating_sub(self.total) as usize;
        let mut size = self.size().min(remaining.max(1024));
        if matches!(slot, Slot::Utf16Le | Slot::Utf16Be) {
            size /= 2;
        }
        // The language: any for Unicode kinds, one with a code page for legacy ones.
        let legacy_langs: Vec<usize> = (0..LANGS.len())
            .filter(|&i| !legacy_encodings(LANGS[i].code).is_empty())
            .collect();
        let roll = self.rng.below(100);
        let mut body = if roll < 6 && !self.history.is_empty() {
            // Near-copy: same body, one sentence changed, fresh chrome.
            let i = self.rng.below(self.history.len());
            let old = &self.history[i];
            let (lang, headline, mut paragraphs) =
                (old.lang, old.headline.clone(), old.paragraphs.clone());
            let p = self.rng.below(paragraphs.len());
            let mut s = String::new();
            self.sentence(lang, &mut s);
            let sep = if LANGS[lang].no_spaces { "" } else { " " };
            paragraphs[p] = format!("{s}{sep}{}", paragraphs[p]);
            Body {
                lang,
                headline,
                paragraphs,
            }
        } else {
            let lang = if slot == Slot::Legacy {
                *self.rng.pick(&legacy_langs)
            } else if slot == Slot::Mojibake {
                // Not English: its common words are ASCII, which mojibake leaves intact.
                1 + self.rng.below(LANGS.len() - 1)
            } else {
                self.rng.below(LANGS.len())
            };
            self.body(lang, size)
        };
        if slot == Slot::Legacy && legacy_encodings(LANGS[body.lang].code).is_empty() {
            // A near-copy of a Kazakh page cannot go in a code page: write a fresh body.
            let lang = *self.rng.pick(&legacy_langs);
            body = self.body(lang, size);
        }
        let lang = body.lang;
        let kind = match slot {
            Slot::Utf8 => Kind::Utf8,
            Slot::Utf8Bom => Kind::Utf8Bom,
            Slot::Utf8Crlf => Kind::Utf8Crlf,
            Slot::Legacy => {
                let encs = legacy_encodings(LANGS[lang].code);
                Kind::Legacy(encs[self.rng.below(encs.len())])
            }
            Slot::Mojibake => Kind::Mojibake([WINDOWS_1252, WINDOWS_1251][self.rng.below(2)]),
            Slot::Utf16Le => Kind::Utf16Le,
            Slot::Utf16Be => Kind::Utf16Be,
        };
        let enc = match kind {
            Kind::Legacy(e) => Some(e),
            _ => None,
        };
        let site = self.rng.below(24);
        let year = 2015 + self.rng.below(10);
        let month = 1 + self.rng.below(12);
        let mut lines = Vec::new();
        self.chrome(true, enc, &mut lines);
        lines.push(format!("site-{site:02}.example"));
        lines.push(String::new());
        lines.push(body.headline.clone());
        lines.push(String::new());
        for p in &body.paragraphs {
            lines.push(p.clone());
            lines.push(String::new());
        }
        self.chrome(false, enc, &mut lines);
        let eol = if kind == Kind::Utf8Crlf { "\r\n" } else { "\n" };
        let mut text = lines.join(eol);
        text.push_str(eol);
        let bytes = encode(&text, kind);
        if self.history.len() == HISTORY {
            let i = self.rng.below(HISTORY);
            self.history[i] = body;
        } else {
            self.history.push(body);
        }
        Doc {
            path: format!("site-{site:02}/{year}/{month:02}/doc-{:06}.txt", self.index),
            bytes,
            kind,
            lang: LANGS[lang].code,
        }
    }
}

impl Iterator for Generator {
    type Item = Doc;

    fn next(&mut self) -> Option<Doc> {
        if self.total >= self.target {
            return None;
        }
        let mut doc = match self.last.take() {
            // An exact copy of the previous document under a new path (2%).
            Some(bytes) if self.rng.chance(2) => {
                let site = self.rng.below(24);
                Doc {
                    path: format!("site-{site:02}/copies/doc-{:06}.txt", self.index),
                    bytes,
                    kind: Kind::Utf8,
                    lang: "",
                }
            }
            _ => self.make(),
        };
        if doc.lang.is_empty() {
            // Copies keep the kind of what they copy; recorded as the group only.
            doc.kind = sniff_kind(&doc.bytes);
        }
        self.last = Some(doc.bytes.clone());
        self.index += 1;
        self.total += doc.bytes.len() as u64;
        Some(doc)
    }
}

/// The kind of a copied document, told from its bytes (BOMs and CRLF; else UTF-8 validity).
fn sniff_kind(b: &[u8]) -> Kind {
    if b.starts_with(b"\xFF\xFE") {
        Kind::Utf16Le
    } else if b.starts_with(b"\xFE\xFF") {
        Kind::Utf16Be
    } else if b.starts_with(b"\xEF\xBB\xBF") {
        Kind::Utf8Bom
    } else if std::str::from_utf8(b).is_err() {
        Kind::Legacy(WINDOWS_1252)
    } else if b.windows(2).any(|w| w == b"\r\n") {
        Kind::Utf8Crlf
    } else {
        Kind::Utf8
    }
}

/// The bytes of `text` in the given kind of encoding.
pub fn encode(text: &str, kind: Kind) -> Vec<u8> {
    match kind {
        Kind::Utf8 | Kind::Utf8Crlf => text.as_bytes().to_vec(),
        Kind::Utf8Bom => {
            let mut v = b"\xEF\xBB\xBF".to_vec();
            v.extend_from_slice(text.as_bytes());
            v
        }
        Kind::Legacy(e) => e.encode(text).0.into_owned(),
        Kind::Mojibake(e) => e
            .decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
            .into_bytes(),
        Kind::Utf16Le => {
            let mut v = vec![0xFF, 0xFE];
            for u in text.encode_utf16() {
                v.extend_from_slice(&u.to_le_bytes());
            }
            v
        }
        Kind::Utf16Be => {
            let mut v = vec![0xFE, 0xFF];
            for u in text.encode_utf16() {
                v.extend_from_slice(&u.to_be_bytes());
            }
            v
        }
    }
}

/// Counts of a generated corpus for the summary: files and bytes, in total and per kind.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// Number of files.
    pub files: u64,
    /// Total bytes.
    pub bytes: u64,
    /// Files and bytes per [`Kind::label`], sorted by label.
    pub by_label: std::collections::BTreeMap<String, (u64, u64)>,
    /// Files and bytes per [`Kind::group`], sorted by group.
    pub by_group: std::collections::BTreeMap<&'static str, (u64, u64)>,
}

impl Summary {
    /// Counts one document.
    pub fn add(&mut self, doc: &Doc) {
        let n = doc.bytes.len() as u64;
        self.files += 1;
        self.bytes += n;
        let e = self.by_label.entry(doc.kind.label()).or_default();
        e.0 += 1;
        e.1 += n;
        let g = self.by_group.entry(doc.kind.group()).or_default();
        g.0 += 1;
        g.1 += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = include_str!("../rules/boilerplate.toml");

    fn docs(mib: u64, seed: u64) -> Vec<Doc> {
        let w = Widgets::from_rules_toml(RULES).unwrap();
        Generator::new(mib << 20, seed, w).collect()
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let a = docs(2, 7);
        let b = docs(2, 7);
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.path, y.path);
            assert_eq!(x.bytes, y.bytes);
        }
        let c = docs(2, 8);
        assert_ne!(a[0].bytes, c[0].bytes);
    }

    #[test]
    fn total_size_and_document_sizes() {
        let d = docs(4, 1);
        let total: u64 = d.iter().map(|d| d.bytes.len() as u64).sum();
        assert!(total >= 4 << 20, "{total}");
        assert!(total < (4 << 20) + 1_100_000, "{total}");
        for doc in &d {
            assert!(doc.bytes.len() >= 900, "{} {}", doc.path, doc.bytes.len());
            assert!(
                doc.bytes.len() <= 1_200_000,
                "{} {}",
                doc.path,
                doc.bytes.len()
            );
        }
        let paths: std::collections::BTreeSet<_> = d.iter().map(|d| &d.path).collect();
        assert_eq!(paths.len(), d.len(), "paths are unique");
    }

    #[test]
    fn encoding_shares_per_document() {
        // Shares are exact per block of 100 slots; exact copies (2%) re-sniff their kind.
        let w = Widgets::from_rules_toml(RULES).unwrap();
        let mut s = Summary::default();
        for d in Generator::new(u64::MAX, 3, w).max_size(4096).take(400) {
            s.add(&d);
        }
        let share = |g: &str| s.by_group.get(g).map_or(0, |v| v.0) as f64 / s.files as f64;
        assert!((share("utf-8") - 0.80).abs() < 0.04, "{s:?}");
        assert!((share("legacy") - 0.12).abs() < 0.03, "{s:?}");
        assert!((share("mojibake") - 0.05).abs() < 0.02, "{s:?}");
        assert!((share("utf-16") - 0.03).abs() < 0.015, "{s:?}");
    }

    #[test]
    fn legacy_documents_round_trip_and_mojibake_looks_damaged() {
        let w = Widgets::from_rules_toml(RULES).unwrap();
        let mut seen_legacy = 0;
        let mut seen_moji = 0;
        for d in Generator::new(u64::MAX, 5, w).max_size(8192).take(200) {
            match d.kind {
                Kind::Legacy(e) if !d.lang.is_empty() => {
                    let (text, had_errors) = e.decode_without_bom_handling(&d.bytes);
                    assert!(!had_errors, "{}", d.path);
                    assert!(!text.contains("&#"), "unencodable character in {}", d.path);
                    seen_legacy += 1;
                }
                Kind::Mojibake(_) if !d.lang.is_empty() && d.lang != "en" => {
                    let t = std::str::from_utf8(&d.bytes).unwrap();
                    // Lead bytes of UTF-8 sequences read as 1252 or 1251 letters.
                    let damaged = |c: char| {
                        matches!(
                            c,
                            'Ã' | 'Ä' | 'Å' | 'Î' | 'Ï' | 'Ð' | 'Ñ' | 'Ø' | 'Ù' | 'ã'..='é'
                        ) || matches!(
                            c,
                            'Г' | 'Д' | 'Е' | 'Р' | 'С' | 'Ю' | 'Я' | 'Ш' | 'Щ' | 'а'..='й'
                        )
                    };
                    assert!(t.chars().any(damaged), "{}", d.path);
                    seen_moji += 1;
                }
                _ => {}
            }
        }
        assert!(seen_legacy > 10 && seen_moji > 3);
    }

    #[test]
    fn widgets_come_from_rule_examples() {
        let w = Widgets::from_rules_toml(RULES).unwrap();
        assert!(w.header.iter().any(|l| l == "Skip to content"));
        assert!(w.footer.len() > 20 && w.header.len() > 20);
    }

    #[test]
    fn rng_is_splitmix64() {
        // Reference value of SplitMix64 from seed 0.
        assert_eq!(Rng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }
}
