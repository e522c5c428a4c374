//! Original passages for the encoding fixtures: everyday topics, written for this test suite.
//!
//! Each passage is a list of paragraphs (one line each) joined by one blank line. The texts are
//! already in the form the pipeline outputs: NFC, no trailing spaces, no invisible or control
//! characters, no U+3000 (which normalize turns into U+0020). `passages_are_well_formed`
//! checks this.

/// One passage: a language tag and its paragraphs.
pub struct Passage {
    /// BCP 47 tag: `en`, `zh-Hant`, ...
    pub lang: &'static str,
    /// Paragraphs, each a single line.
    pub paragraphs: &'static [&'static str],
}

impl Passage {
    /// The passage as a document: paragraphs separated by one blank line, no final newline.
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Every passage, one per language.
pub const PASSAGES: &[Passage] = &[
    Passage {
        lang: "en",
        paragraphs: &[
            "Every Saturday morning the market on Bridge Street fills up well before eight o’clock. Farmers unload crates of apples, leeks and brown eggs, while the baker sets out loaves that are still warm from the oven.",
            "My neighbour says the best stalls are always the ones with the longest queues — and she is usually right. Last week we waited twenty minutes for “the famous cheese scones”, and nobody regretted it.",
            "By noon the square is quiet again. All that is left of the morning is a few cabbage leaves, an empty flower bucket & a chalkboard that reads “Back next week!”",
        ],
    },
    Passage {
        lang: "fr",
        paragraphs: &[
            "Le dimanche, la boulangerie du quartier ouvre à sept heures. Dès l’ouverture, une petite file d’attente se forme devant la vitrine où s’alignent croissants, pains au chocolat et baguettes encore tièdes.",
            "La boulangère connaît presque tous ses clients par leur prénom. Elle prend des nouvelles de chacun, parle de la météo et conseille la tarte du jour\u{a0}: «\u{a0}Elle est sortie du four il y a dix minutes\u{a0}!\u{a0}»",
            "Vers midi, il ne reste souvent que quelques brioches et un dernier éclair au café. Les habitués connaissent la règle par cœur — mieux vaut venir tôt, surtout quand il fait beau.",
        ],
    },
    Passage {
        lang: "de",
        paragraphs: &[
            "Im Frühling erwacht der kleine Gemüsegarten hinter unserem Haus. Zuerst säen wir Radieschen und Salat, später kommen Tomaten, Bohnen und Kräuter dazu.",
            "Mein Großvater hat mir gezeigt, wie man die Erde lockert, ohne die Regenwürmer zu stören. „Geduld ist der beste Dünger“, sagt er gern – und meistens hat er recht.",
            "Im Juli ernten wir mehr Zucchini, als wir essen können. Übrig gebliebene verschenken wir an die Nachbarn, die sich darüber längst lustig machen.",
        ],
    },
    Passage {
        lang: "es",
        paragraphs: &[
            "Los martes por la tarde, la biblioteca municipal organiza un club de lectura para vecinos de todas las edades. Cada mes se elige un libro distinto entre tres propuestas.",
            "¿Lo mejor? Nadie tiene que haber terminado la novela para participar. Algunos traen café, otros galletas caseras, y la conversación suele empezar por el tiempo y acabar en los recuerdos de la niñez.",
            "La bibliotecaria, una señora muy paciente, anota las recomendaciones en una pizarra. «Si os gusta, ¡pedidlo en el mostrador!», repite al final de cada sesión.",
        ],
    },
    Passage {
        lang: "pl",
        paragraphs: &[
            "W sobotę rano cała rodzina jedzie rowerami nad jezioro. Droga prowadzi przez sosnowy las, w którym zawsze pachnie żywicą i mchem.",
            "Na miejscu rozkładamy koc, a dzieci od razu biegną sprawdzić, czy woda jest już ciepła. Babcia przywozi kanapki z serem i ogórkiem oraz termos ze słodką herbatą. „Najpierw jemy, potem się kąpiemy” — powtarza co tydzień.",
            "Wracamy późnym popołudniem, zmęczeni, ale zadowoleni. Śpimy potem jak susły, a w niedzielę źle się wstaje.",
        ],
    },
    Passage {
        lang: "cs",
        paragraphs: &[
            "Každé úterý chodím s kamarádkou plavat do městského bazénu. Ráno tam bývá klid, jen pár důchodců a jeden trenér, který si měří čas na stopkách.",
            "Po plavání si dáváme kávu v malé kavárně naproti. Číšník už ví, že já chci cappuccino a ona čaj s citronem. Někdy si dáme i štrúdl, když je čerstvý.",
            "Cestou domů řešíme, jestli příští týden zkusíme jógu. Zatím to ale vždycky skončí slibem, že „to probereme zítra“.",
        ],
    },
    Passage {
        lang: "ru",
        paragraphs: &[
            "По выходным мы часто ходим в парк у реки. Утром там почти никого нет: только бегуны, собачники и пожилая пара, которая кормит уток.",
            "Летом в парке работает небольшое кафе. Хозяйка печёт пироги с капустой и яблоками, а чай наливает из большого самовара. «Берите с собой, пока тёплые», — говорит она каждому посетителю.",
            "К вечеру народу становится больше. Дети катаются на велосипедах, а взрослые сидят на скамейках и обсуждают погоду, цены и планы на отпуск.",
        ],
    },
    Passage {
        lang: "uk",
        paragraphs: &[
            "Щоосени наша бабуся варить варення з аґрусу та слив. Уся кухня тоді пахне цукром і корицею, а на підвіконні вишиковуються ряди банок.",
            "Онуки допомагають як можуть: миють ягоди, підписують кришки й потай куштують пінку. «Хто їсть пінку, той буде щасливий», — каже бабуся і всміхається.",
            "Узимку ми відкриваємо ці банки до чаю. У кожної є своя історія, і кожна нагадує про теплий вересневий вечір.",
        ],
    },
    Passage {
        lang: "kk",
        paragraphs: &[
            "Жазда біздің ауылда үлкен той болады. Әжем таңертең ерте тұрып, бауырсақ пісіреді, ал атам қонақтарға арнап ауланы тазалайды.",
            "Түске қарай туыстар жинала бастайды. Балалар өзен жағасында ойнайды, үлкендер көлеңкеде шай ішіп, жаңалықтарымен бөліседі. «Қонақ келсе, құт келеді», — дейді әжем күліп.",
            "Кешке дейін ән айтылып, домбыра тартылады. Келесі күні бәріміз шаршаймыз, бірақ көңіліміз көтеріңкі болады.",
        ],
    },
    Passage {
        lang: "el",
        paragraphs: &[
            "Κάθε καλοκαίρι επισκεπτόμαστε το νησί όπου μεγάλωσε η γιαγιά μου. Το πρωί πηγαίνουμε στον φούρνο για ζεστό ψωμί και το μεσημέρι τρώμε ντομάτες με φέτα και ελαιόλαδο.",
            "Το απόγευμα οι ψαράδες επιστρέφουν στο λιμάνι και πουλάνε την ψαριά τους. «Σήμερα είχαμε καλή τύχη», λέει ο κυρ Γιώργος, καθισμένος σ’ ένα σκαμπό δίπλα στα δίχτυα.",
            "Όταν πέφτει ο ήλιος, όλο το χωριό βγαίνει στην πλατεία. Τα παιδιά παίζουν, ενώ οι μεγάλοι συζητούν για τον καιρό — όπως πάντα.",
        ],
    },
    Passage {
        lang: "tr",
        paragraphs: &[
            "Cumartesi sabahları mahalledeki pazar erkenden kurulur. Tezgâhlarda domates, biber, patlıcan ve mevsimin ilk çilekleri yan yana dizilir.",
            "İlk durağımız her zaman köşedeki simitçidir. Annem alışverişe kendi filesiyle gider ve satıcılarla uzun uzun sohbet eder. “Bu hafta kirazlar çok güzel, sana bir kilo ayırdım,” diyor meyveci teyze.",
            "Eve döndüğümüzde mutfak bir anda renklenir. Öğle yemeğinde taze fasulye pişer, akşamüstü de bahçede çay içilir.",
        ],
    },
    Passage {
        lang: "ar",
        paragraphs: &[
            "في صباح كل يوم جمعة يذهب أبي إلى السوق القديم لشراء الخضار والفواكه. يحب أن يختار الطماطم بنفسه، ويقول إن رائحتها تدل على جودتها.",
            "بعد ذلك نجلس في المقهى الصغير عند زاوية الشارع. يقدم صاحب المقهى الشاي بالنعناع مع قطعة من الكعك، ويسأل الجميع عن أحوالهم.",
            "في طريق العودة نمر بالحديقة العامة، حيث يلعب الأطفال بالكرة ويجلس كبار السن تحت الأشجار. أليس هذا أجمل وقت في الأسبوع؟",
        ],
    },
    Passage {
        lang: "he",
        paragraphs: &[
            "בכל יום שישי אחר הצהריים אנחנו אופים חלה במטבח של סבתא. היא מודדת את הקמח בכוס ישנה ואף פעם לא משתמשת במשקל.",
            "בזמן שהבצק תופח אנחנו מכינים סלט ועורכים את השולחן. השכנים תמיד יודעים מתי החלות בתנור, כי הריח מגיע עד חדר המדרגות.",
            "בערב כל המשפחה מתאספת סביב השולחן. מדברים על השבוע שעבר, צוחקים הרבה ואוכלים יותר מדי — כמו בכל שבוע.",
        ],
    },
    Passage {
        lang: "ja",
        paragraphs: &[
            "毎朝、駅前の小さなパン屋には行列ができます。焼きたてのメロンパンとカレーパンが特に人気で、八時を過ぎるとほとんど売り切れてしまいます。",
            "店主の田中さんは、常連客の顔と好みをよく覚えています。「今日はクロワッサンがうまく焼けましたよ！」と、いつも笑顔で声をかけてくれます。パンの種類は毎月少しずつ変わるので、何度来ても飽きません。",
            "週末には家族連れや観光客も訪れます。店の前のベンチでパンを食べながら、のんびりと過ごす人の姿も見られます。雨の日でも客足が途絶えないのは、この店の温かい雰囲気のおかげでしょう。",
        ],
    },
    Passage {
        lang: "zh",
        paragraphs: &[
            "每到周末，小区门口的早市就热闹起来。卖菜的阿姨天还没亮就把新鲜的青菜、西红柿和鸡蛋摆得整整齐齐，旁边的大叔则忙着给顾客称水果。",
            "我最喜欢的是一家卖豆浆和油条的小摊。老板总是笑着问：“今天还是老样子吗？”然后麻利地装好一杯热豆浆，再挑两根刚出锅的油条。真香！我每次都忍不住多买一份，带回去给还在睡懒觉的家人当早饭。",
            "逛完早市，大家提着满满的袋子回家，孩子们跟在后面，手里拿着刚买的糖葫芦。有人说，这就是生活里最简单的幸福。",
        ],
    },
    Passage {
        lang: "zh-Hant",
        paragraphs: &[
            "每逢假日，我們喜歡到山上的茶園走走。沿著小路往上爬，可以看到一層一層的茶樹，空氣裡滿是清新的香氣，偶爾還能聽見遠處的鳥叫聲。",
            "茶園的老闆很熱情，總會請我們坐下來喝杯熱茶。他說：「好茶要慢慢品，心急是喝不出味道的。」接著又教我們怎麼分辨春茶和冬茶。",
            "下山的時候，大家都買了幾包茶葉、一些點心帶回家。雖然有點累，但這樣的一天讓人覺得很放鬆！回到家以後，我馬上泡了一壺新買的烏龍茶，整個客廳都是淡淡的茶香。",
        ],
    },
    Passage {
        lang: "ko",
        paragraphs: &[
            "토요일 아침이면 동네 도서관 앞 공원에서 작은 벼룩시장이 열린다. 날씨가 좋은 날에는 이른 아침부터 사람들로 북적인다. 사람들은 다 읽은 책이나 작아진 옷, 오래된 장난감을 들고 나와 돗자리 위에 펼쳐 놓는다.",
            "나는 지난주에 오래된 요리책 두 권을 단돈 삼천 원에 샀다. 책을 팔던 할머니는 “이 책으로 딸을 키웠다”며 웃으셨다.",
            "점심때가 되면 근처 분식집에서 떡볶이와 김밥을 사 와서 함께 나눠 먹는다. 이런 소박한 시간이 주말의 가장 큰 즐거움이다.",
        ],
    },
    // Persian: ZWNJ (U+200C) inside words, and emoji ZWJ (U+200D) sequences. Both must survive.
    Passage {
        lang: "fa",
        paragraphs: &[
            "من هر روز صبح با دوچرخه به کتابخانه می\u{200c}روم. کتاب\u{200c}ها را روی میز می\u{200c}گذارم و یک فنجان چای می\u{200c}نوشم.",
            "آخر هفته\u{200c}ها با خانواده به پارک نزدیک خانه می\u{200c}رویم و ناهار را زیر درخت\u{200c}ها می\u{200c}خوریم. بچه\u{200c}ها تا غروب بازی می\u{200c}کنند.",
            "برای عکس خانوادگی این شکلک را فرستادیم: \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466} و آشپز خانواده هم این را: \u{1f469}\u{1f3fd}\u{200d}\u{1f373}",
        ],
    },
    // Vietnamese: many stacked diacritics, for the NFD → NFC case.
    Passage {
        lang: "vi",
        paragraphs: &[
            "Sáng chủ nhật, cả nhà tôi thường đi chợ hoa gần bờ sông. Những gian hàng bày đầy hoa cúc, hoa hồng và những chậu cây cảnh nhỏ xinh.",
            "Mẹ tôi mặc cả rất khéo, còn bố thì thích ngồi uống cà phê sữa đá ở quán ven đường. “Chợ hoa đẹp nhất là lúc mặt trời vừa lên,” bố nói.",
            "Trên đường về, chúng tôi mua thêm vài ổ bánh mì nóng cho bữa sáng. Đó là khoảng thời gian thư thả nhất trong tuần.",
        ],
    },
];

/// Extra correct UTF-8 strings that must pass through `clean` untouched, with no repairs.
/// Several look like candidates for a careless repair (Latin-1-looking letters, `&` without a
/// valid reference, no-break spaces, ZWJ/ZWNJ, variation selectors, full-width forms).
pub const EXTRA_CLEAN: &[(&str, &str)] = &[
    (
        "latin-lookalikes",
        "Þórður keypti ný föt í gær. AÇÃO, SÃO PAULO, coração. Ægir og Ørjan. Â, Ê, Î, Ô, Û.",
    ),
    (
        "no-break-spaces",
        "Ça coûte 12\u{202f}€ ; le kilo\u{a0}: 3,50\u{a0}€. Table\u{2007}1\u{2007}234 ok.",
    ),
    (
        "ampersands",
        "AT&T, R&D; budget, Fish &chips, &copy 2024 and 5 < 6 & 7 > 3.",
    ),
    (
        "cyrillic",
        "Ёжик и Иван живут в доме №\u{a0}5 на улице Ясной. Їжак, ґанок, Єва. Қазақ тілі.",
    ),
    ("greek", "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας; Ναι, ΆΈΉΊΌΎΏ ΪΫ ϊϋΐΰ."),
    ("arabic", "مَرْحَبًا بِكُمْ فِي الْمَكْتَبَةِ، هَلْ تُرِيدُ كِتَابًا؟ ١٢٣ ۴۵۶"),
    ("hebrew", "שָׁלוֹם לכולם! מה שלומך היום? 2024 — שנה טובה."),
    ("devanagari", "नमस्ते, आज मौसम बहुत अच्छा है। क्\u{200d}ष और क्\u{200c}ष।"),
    (
        "cjk-punctuation",
        "「こんにちは」、世界！（テスト）ＡＢＣ１２３。中文标点：，；？！《书名》〈篇〉【注】",
    ),
    ("hangul", "안녕하세요? 반갑습니다. 오늘은 날씨가 좋네요!"),
    (
        "emoji",
        "Family \u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}\u{200d}\u{1f466}, flag \u{1f1ef}\u{1f1f5}, rainbow \u{1f3f3}\u{fe0f}\u{200d}\u{1f308}, thumbs \u{1f44d}\u{1f3fd}, keycap 1\u{fe0f}\u{20e3}.",
    ),
    // Correct text whose characters, encoded in windows-1252 or windows-1251, happen to form
    // valid UTF-8 (an upper-case letter directly before a closing quote): a repair that only
    // asks "does this re-encode to valid UTF-8?" would corrupt them.
    (
        "caps-quotes-de",
        "Auf der Postkarte stand nur „Viel Spaß“ und darunter „Gruß“.",
    ),
    (
        "caps-quotes-es",
        "El cartel decía «AQUÍ» y la flecha señalaba «ALLÍ».",
    ),
    (
        "caps-quotes-fr",
        "Le titre du numéro d’août était «L’ÉTÉ», en capitales.",
    ),
    (
        "caps-quotes-pt",
        "O título era “IRMÃ” e o subtítulo “MAÇÃ”.",
    ),
    (
        "caps-quotes-ru",
        "Акции «МТС» и «ГАЗ» выросли, сообщило агентство «ТАСС».",
    ),
    // KOI8-R: a lower-case letter (0xC0–0xDF) before «ё» (0xA3) is valid UTF-8 too.
    (
        "cyrillic-yo",
        "Её мама сказала, что всё ещё впереди, и отдала ей своё пальто.",
    ),
    (
        "tabs-and-indent",
        "Name:\tvalue\n    indented line\n\tTabbed line\n\nNext paragraph.",
    ),
    (
        "symbols",
        "x ≤ y ≥ z, 90°, ½ cup, © 2024 ™, €5, £3, ¥100, ‰, † ‡ • ….",
    ),
];
