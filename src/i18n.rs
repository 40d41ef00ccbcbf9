//! Page text through Fluent. On source pages the language is chosen by a
//! link (`?lang=`, carried in the form) or by `Accept-Language`; no cookie.
//! Responder and admin pages come in the [`Lang::STAFF`] languages
//! (`locales/*/staff.ftl`), chosen by the account (saved on the dashboard)
//! or, before login, by `?lang=` and `Accept-Language`.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// One language of the pages: its code (the name of its directory under
/// `locales/`), its own name in its own script, and its direction.
struct Locale {
    code: &'static str,
    name: &'static str,
    rtl: bool,
}

const fn loc(code: &'static str, name: &'static str) -> Locale {
    Locale {
        code,
        name,
        rtl: false,
    }
}

/// Every language of the source pages, in the order the switcher shows
/// them: English (the reference), then by region — South-East Asia, East
/// Asia, South Asia, the Middle East and Africa, Europe and the Americas.
const LOCALES_TABLE: [Locale; 26] = [
    loc("en", "English"),
    loc("my", "မြန်မာ"),
    loc("km", "ខ្មែរ"),
    loc("lo", "ລາວ"),
    loc("th", "ไทย"),
    loc("vi", "Tiếng Việt"),
    loc("id", "Bahasa Indonesia"),
    loc("ms", "Bahasa Melayu"),
    loc("tl", "Tagalog"),
    loc("zh-Hans", "简体中文"),
    loc("zh-Hant", "繁體中文"),
    loc("ko", "한국어"),
    loc("ja", "日本語"),
    loc("hi", "हिन्दी"),
    loc("ne", "नेपाली"),
    loc("bn", "বাংলা"),
    loc("si", "සිංහල"),
    loc("ta", "தமிழ்"),
    Locale {
        rtl: true,
        ..loc("ur", "اردو")
    },
    Locale {
        rtl: true,
        ..loc("ar", "العربية")
    },
    loc("sw", "Kiswahili"),
    loc("am", "አማርኛ"),
    loc("fr", "Français"),
    loc("es", "Español"),
    loc("pt-BR", "Português (Brasil)"),
    loc("ru", "Русский"),
];

/// A supported language of the pages (an index into the table above).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(u8);

static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    LOCALES_TABLE
        .iter()
        .map(|l| l.code.parse().unwrap_or_default())
        .collect()
});

impl Lang {
    /// English, the reference locale and the last fallback.
    pub const EN: Lang = Lang(0);

    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 26] = {
        let mut all = [Lang(0); 26];
        let mut i = 0;
        while i < all.len() {
            all[i] = Lang(i as u8);
            i += 1;
        }
        all
    };

    fn locale(self) -> &'static Locale {
        &LOCALES_TABLE[usize::from(self.0)]
    }

    /// The code used in links, forms, routes and the report's JSON.
    pub fn code(self) -> &'static str {
        self.locale().code
    }

    /// The language's own name, in its own script, for the switcher.
    pub fn native_name(self) -> &'static str {
        self.locale().name
    }

    /// The language a tag asks for, if Tipline has it: case-insensitive,
    /// `_` or `-`, regions and scripts understood where they matter —
    /// Chinese in Traditional script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`,
    /// Cantonese) apart from Simplified (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`),
    /// any Portuguese as Brazilian, Filipino as Tagalog, the old code `in`
    /// as Indonesian; Malay and Indonesian stay apart.
    pub fn from_code(code: &str) -> Option<Lang> {
        let tag = code.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        let wanted = match primary {
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"))
                    && !rest.contains(&"hans");
                if traditional { "zh-Hant" } else { "zh-Hans" }
            }
            "yue" => "zh-Hant",
            "pt" => "pt-BR",
            "fil" => "tl",
            "in" => "id",
            other => other,
        };
        LOCALES_TABLE
            .iter()
            .position(|l| l.code == wanted)
            .and_then(|i| u8::try_from(i).ok())
            .map(Lang)
    }

    /// The languages of the responder and admin pages: those of the staff
    /// of NGOs and embassies in the region (`locales/<code>/staff.ftl`).
    pub const STAFF: [Lang; 6] = [
        Lang::EN,
        Lang(4),  // th
        Lang(1),  // my
        Lang(9),  // zh-Hans
        Lang(22), // fr
        Lang(23), // es
    ];

    /// Whether the responder and admin pages exist in this language.
    pub fn is_staff(self) -> bool {
        Lang::STAFF.contains(&self)
    }

    /// The staff language a tag asks for, if the staff pages have it.
    pub fn staff_from_code(code: &str) -> Option<Lang> {
        Lang::from_code(code).filter(|l| l.is_staff())
    }

    /// As [`Lang::from_accept_language`], among the staff languages.
    pub fn staff_from_accept_language(header: &str) -> Option<Lang> {
        Lang::best_of(header, Lang::is_staff)
    }

    /// The best match for an `Accept-Language` header: the highest
    /// weight wins, the earlier on a tie; weight 0 means "not this one".
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        Lang::best_of(header, |_| true)
    }

    fn best_of(header: &str, allowed: impl Fn(Lang) -> bool) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',').take(20) {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if q > 0.0
                && let Some(l) = Lang::from_code(tag).filter(|l| allowed(*l))
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l)
    }

    fn langid(self) -> &'static LanguageIdentifier {
        &IDS[usize::from(self.0)]
    }

    /// `rtl` for scripts written right to left, else `ltr`.
    pub fn dir(self) -> &'static str {
        if self.locale().rtl { "rtl" } else { "ltr" }
    }

    /// The message `id`.
    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(self.langid(), id)
    }

    /// The message `id` with arguments.
    pub fn ta(self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
            .collect();
        LOCALES.lookup_with_args(self.langid(), id, &map)
    }

    /// A stored word shown in this language: the message `KIND-VALUE`
    /// (`state-vetted`), or the value itself when there is none.
    pub fn word(self, kind: &str, value: &str) -> String {
        LOCALES
            .try_lookup(self.langid(), &format!("{kind}-{value}"))
            .unwrap_or_else(|| value.to_owned())
    }

    /// The message `id` with one text argument (templates call this).
    pub fn t1(self, id: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.ta(id, &[(name, FluentValue::from(value.to_string()))])
    }

    /// The message `id` with one number argument (plurals select on it).
    pub fn tn(self, id: &str, name: &str, n: impl Count) -> String {
        self.ta(id, &[(name, FluentValue::from(n.count()))])
    }

    /// The message `id` with two text arguments.
    pub fn t2(
        self,
        id: &str,
        a: &str,
        av: impl std::fmt::Display,
        b: &str,
        bv: impl std::fmt::Display,
    ) -> String {
        self.ta(
            id,
            &[
                (a, FluentValue::from(av.to_string())),
                (b, FluentValue::from(bv.to_string())),
            ],
        )
    }

    /// The message `id` with two number arguments.
    pub fn tn2(self, id: &str, a: &str, an: impl Count, b: &str, bn: impl Count) -> String {
        self.ta(
            id,
            &[
                (a, FluentValue::from(an.count())),
                (b, FluentValue::from(bn.count())),
            ],
        )
    }
}

/// A number a message counts (by value or by reference, as templates
/// hold them).
pub trait Count {
    fn count(&self) -> i64;
}

macro_rules! count {
    ($($t:ty),*) => {$(
        impl Count for $t {
            fn count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
count!(u64, i64, u32, i32, usize);

impl<T: Count> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use fluent_templates::fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    use std::collections::{BTreeMap, BTreeSet};

    /// The messages of one `.ftl` file: id → value (one line each).
    fn messages(path: &str) -> BTreeMap<String, String> {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
            .filter_map(|l| l.split_once(" = "))
            .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
            .collect()
    }

    /// The `$variables` a value uses.
    fn variables(value: &str) -> BTreeSet<String> {
        value
            .match_indices('$')
            .map(|(i, _)| {
                value[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect()
            })
            .collect()
    }

    const FILES: [&str; 3] = ["main.ftl", "countries.ftl", "staff.ftl"];

    /// Every message id used in templates and code exists in English.
    #[test]
    fn every_used_id_exists_in_english() {
        let mut en = BTreeSet::new();
        for f in FILES {
            en.extend(messages(&format!("locales/en/{f}")).into_keys());
        }
        assert!(en.len() > 100);
        let mut used = BTreeSet::new();
        for d in [
            "templates",
            "templates/responder",
            "templates/admin",
            "src",
            "src/web",
            "src/web/responder",
        ] {
            for entry in std::fs::read_dir(d).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                for pat in [
                    ".t(\"",
                    ".ta(\"",
                    ".t1(\"",
                    ".t2(\"",
                    ".tn(\"",
                    ".tn2(\"",
                    "refused_with(\"",
                    "refuse(\"",
                ] {
                    for (i, _) in text.match_indices(pat) {
                        let rest = &text[i + pat.len()..];
                        if let Some(end) = rest.find('"') {
                            used.insert(rest[..end].to_owned());
                        }
                    }
                }
            }
        }
        assert!(used.len() > 50, "found only {} ids in use", used.len());
        let missing: Vec<_> = used
            .iter()
            .filter(|id| !en.contains(*id) && !id.contains('{'))
            .collect();
        assert!(
            missing.is_empty(),
            "ids used but missing from English: {missing:?}"
        );
        // Ids built at run time from a prefix (countries, emergency numbers).
        for code in crate::report::NATIONALITIES
            .iter()
            .chain(crate::report::COMPOUND_COUNTRIES)
        {
            assert!(en.contains(&format!("country-{code}")), "country-{code}");
        }
        // Stored words the staff pages show through `Lang::word`.
        let words = [
            ("status", &crate::db::triage::STATUSES[..]),
            (
                "state",
                &["active", "invited", "vetted", "pending", "suspended"][..],
            ),
            (
                "key-state",
                &[
                    "vetted", "pending", "expiring", "expired", "revoked", "unusable",
                ][..],
            ),
            ("kind", &["ngo", "embassy", "police", "operator"][..]),
            ("reporter", crate::report::ROLES),
            ("expires", &["never"][..]),
        ];
        for (kind, values) in words {
            for v in values {
                assert!(en.contains(&format!("{kind}-{v}")), "{kind}-{v}");
            }
        }
        for code in crate::report::EMERGENCY_COUNTRIES {
            assert!(
                en.contains(&format!("emergency-{code}")),
                "emergency-{code}"
            );
        }
    }

    /// Every locale has every message of English, no other, with the same
    /// placeables; every message formats without a Fluent error; no value
    /// is English left untranslated; and the file says what awaits review.
    #[test]
    fn every_locale_is_complete_and_formats() {
        // Numbers where a message counts, a word for every other variable.
        let args_for = |value: &str| {
            let mut args = FluentArgs::new();
            for k in variables(value) {
                match k.as_str() {
                    "number" | "max" | "incident" | "need" | "page" | "pages" => args.set(k, 2),
                    _ => args.set(k, "Xyz"),
                }
            }
            args
        };
        let staff: &[Lang] = &Lang::STAFF;
        for (f, langs) in [
            ("main.ftl", &Lang::ALL[..]),
            ("countries.ftl", &Lang::ALL[..]),
            ("staff.ftl", staff),
        ] {
            let en = messages(&format!("locales/en/{f}"));
            for &l in langs {
                let path = format!("locales/{}/{f}", l.code());
                let ours = messages(&path);
                let missing: Vec<_> = en.keys().filter(|k| !ours.contains_key(*k)).collect();
                let extra: Vec<_> = ours.keys().filter(|k| !en.contains_key(*k)).collect();
                assert!(missing.is_empty(), "{path} lacks {missing:?}");
                assert!(extra.is_empty(), "{path} has ids English lacks: {extra:?}");
                let text = std::fs::read_to_string(&path).unwrap();
                let res = FluentResource::try_new(text.clone())
                    .unwrap_or_else(|(_, e)| panic!("{path}: Fluent syntax errors {e:?}"));
                let mut bundle = FluentBundle::new(vec![l.langid().clone()]);
                bundle.set_use_isolating(false);
                bundle.add_resource(res).expect("no id twice");
                for (id, value) in &ours {
                    assert_eq!(
                        variables(value),
                        variables(&en[id]),
                        "{path}: {id} has other placeables than English"
                    );
                    let msg = bundle.get_message(id).expect("parsed");
                    let mut errors = Vec::new();
                    let out = bundle.format_pattern(
                        msg.value().expect("a value"),
                        Some(&args_for(&en[id])),
                        &mut errors,
                    );
                    assert!(errors.is_empty(), "{path}: {id}: {errors:?}");
                    assert!(!out.trim().is_empty(), "{path}: {id} is empty");
                    if l != Lang::EN && f != "countries.ftl" && en[id].len() > 24 {
                        assert_ne!(value, &en[id], "{path}: {id} is still English");
                    }
                }
                if l != Lang::EN && f != "countries.ftl" {
                    let review: Vec<&str> = text
                        .lines()
                        .filter_map(|line| line.strip_prefix("# review:"))
                        .collect();
                    assert!(
                        !review.is_empty() || text.contains("# reviewed:"),
                        "{path} says neither what awaits review nor who reviewed it"
                    );
                    for line in review {
                        let ids = line.split(" — ").next().unwrap_or("");
                        for id in ids.split(',').map(str::trim).filter(|i| *i != "all") {
                            assert!(
                                en.contains_key(id),
                                "{path}: # review: names {id}, no such id"
                            );
                        }
                    }
                }
            }
        }
    }

    /// README's table of review states names every language.
    #[test]
    fn readme_lists_the_review_state_of_every_language() {
        let readme = std::fs::read_to_string("README.md").unwrap();
        for l in Lang::ALL {
            assert!(
                readme.contains(&format!("| `{}` |", l.code())),
                "README lacks the review state of {}",
                l.code()
            );
        }
    }

    #[test]
    fn staff_languages_are_those_named() {
        let codes: Vec<&str> = Lang::STAFF.iter().map(|l| l.code()).collect();
        assert_eq!(codes, ["en", "th", "my", "zh-Hans", "fr", "es"]);
        for l in Lang::STAFF {
            assert!(l.is_staff());
            assert_ne!(l.t("dash-title"), "", "{}", l.code());
        }
        assert!(!Lang::from_code("km").unwrap().is_staff());
        let code = |h: &str| Lang::staff_from_accept_language(h).map(Lang::code);
        assert_eq!(code("km, th;q=0.5"), Some("th"));
        assert_eq!(code("zh-CN"), Some("zh-Hans"));
        assert_eq!(code("zh-TW"), None);
        assert_eq!(Lang::EN.word("status", "triaging"), "triaging");
        assert_eq!(Lang::EN.word("status", "no-such"), "no-such");
    }

    #[test]
    fn translations_load_and_differ() {
        assert_eq!(Lang::EN.t("submit"), "Send the report securely");
        for l in &Lang::ALL[1..] {
            assert_ne!(l.t("submit"), Lang::EN.t("submit"), "{}", l.code());
        }
        assert_eq!(
            Lang::EN.ta("chars-max", &[("max", 200.into())]),
            "At most 200 characters."
        );
        assert_eq!(Lang::from_code("ar").map(Lang::dir), Some("rtl"));
        assert_eq!(Lang::from_code("ur").map(Lang::dir), Some("rtl"));
        assert_eq!(Lang::EN.dir(), "ltr");
        for l in Lang::ALL {
            assert_eq!(
                Lang::from_code(l.code()),
                Some(l),
                "{} round-trips",
                l.code()
            );
        }
    }

    #[test]
    fn accept_language_picks_the_best_supported() {
        let code = |h: &str| Lang::from_accept_language(h).map(Lang::code);
        assert_eq!(code("de, my;q=0.8, en;q=0.5"), Some("my"));
        assert_eq!(code("zh-CN,zh;q=0.9"), Some("zh-Hans"));
        assert_eq!(code("zh-SG"), Some("zh-Hans"));
        assert_eq!(code("zh-TW,zh;q=0.9"), Some("zh-Hant"));
        assert_eq!(code("zh-HK"), Some("zh-Hant"));
        assert_eq!(code("zh-Hant-CN"), Some("zh-Hant"));
        assert_eq!(code("zh-Hans-HK"), Some("zh-Hans"));
        assert_eq!(code("yue-HK"), Some("zh-Hant"));
        assert_eq!(code("pt-PT"), Some("pt-BR"));
        assert_eq!(code("pt"), Some("pt-BR"));
        assert_eq!(code("ms-MY"), Some("ms"));
        assert_eq!(code("id-ID"), Some("id"));
        assert_eq!(code("in"), Some("id"));
        assert_eq!(code("fil-PH"), Some("tl"));
        assert_eq!(code("es-MX"), Some("es"));
        assert_eq!(code("km_KH"), Some("km"));
        assert_eq!(code("de"), None);
        assert_eq!(code("en-GB"), Some("en"));
        assert_eq!(code("th;q=0, vi;q=0.2"), Some("vi"));
        assert_eq!(code("fr;q=0.5, sw"), Some("sw"));
    }
}
