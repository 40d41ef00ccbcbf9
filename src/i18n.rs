//! Source-facing text through Fluent. The language is chosen by a link
//! (`?lang=`, carried in the form) or by `Accept-Language`; no cookie.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A supported language of the source pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    My,
    ZhCn,
}

impl Lang {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::My, Lang::ZhCn];

    /// The code used in links, forms and routes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::My => "my",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::My => "မြန်မာ",
            Lang::ZhCn => "简体中文",
        }
    }

    /// Parses a code (case-insensitive; `zh`, `zh-Hans` → Simplified Chinese).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        match c.as_str() {
            "en" => Some(Lang::En),
            "my" => Some(Lang::My),
            "zh-cn" | "zh" | "zh-hans" | "zh-hans-cn" | "zh-sg" => Some(Lang::ZhCn),
            _ => c.split('-').next().filter(|p| *p == "en").map(|_| Lang::En),
        }
    }

    /// The best match for an `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',').take(20) {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(l) = Lang::from_code(tag)
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l)
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::My => langid!("my"),
            Lang::ZhCn => langid!("zh-CN"),
        }
    }

    /// Whether the script is written right to left (none yet; kept for the template).
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// The message `id`.
    pub fn t(self, id: &str) -> String {
        LOCALES.lookup(&self.langid(), id)
    }

    /// The message `id` with arguments.
    pub fn ta(self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&self.langid(), id, &map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message id used in templates and code exists in English, and
    /// the other locales use no id English lacks.
    #[test]
    fn every_used_id_exists_in_english() {
        let ids = |path: &str| -> std::collections::BTreeSet<String> {
            std::fs::read_to_string(path)
                .unwrap_or_default()
                .lines()
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_owned()))
                .filter(|k| !k.starts_with('#') && !k.is_empty() && !k.starts_with(' '))
                .collect()
        };
        let en = ids("locales/en/main.ftl");
        assert!(en.len() > 100);
        let mut used = std::collections::BTreeSet::new();
        let dirs = ["templates", "src", "src/web"];
        for d in dirs {
            for entry in std::fs::read_dir(d).into_iter().flatten().flatten() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                for pat in [".t(\"", ".ta(\""] {
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
        for other in ["locales/my/main.ftl", "locales/zh-CN/main.ftl"] {
            let o = ids(other);
            let extra: Vec<_> = o.difference(&en).collect();
            assert!(extra.is_empty(), "{other} has ids English lacks: {extra:?}");
            assert!(
                o.len() * 10 >= en.len() * 9,
                "{other} covers less than 90% of English"
            );
        }
        // Ids built at run time from a prefix (countries, emergency numbers).
        for code in crate::report::NATIONALITIES
            .iter()
            .chain(crate::report::COMPOUND_COUNTRIES)
        {
            assert!(en.contains(&format!("country-{code}")), "country-{code}");
        }
        for code in crate::report::EMERGENCY_COUNTRIES {
            assert!(
                en.contains(&format!("emergency-{code}")),
                "emergency-{code}"
            );
        }
    }

    #[test]
    fn translations_load_and_differ() {
        assert_eq!(Lang::En.t("submit"), "Send the report securely");
        assert_ne!(Lang::My.t("submit"), Lang::En.t("submit"));
        assert_ne!(Lang::ZhCn.t("submit"), Lang::En.t("submit"));
        assert_eq!(
            Lang::En.ta("chars-max", &[("max", 200.into())]),
            "At most 200 characters."
        );
    }

    #[test]
    fn accept_language_picks_the_best_supported() {
        assert_eq!(
            Lang::from_accept_language("fr, my;q=0.8, en;q=0.5"),
            Some(Lang::My)
        );
        assert_eq!(
            Lang::from_accept_language("zh-CN,zh;q=0.9"),
            Some(Lang::ZhCn)
        );
        assert_eq!(Lang::from_accept_language("de"), None);
        assert_eq!(Lang::from_accept_language("en-GB"), Some(Lang::En));
    }
}
