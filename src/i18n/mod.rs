//! The interface languages: Simplified Chinese (the default, and the report's own
//! language) and English. Every fixed interface string lives in one [`Texts`] table
//! per language, so a missing translation is a compile error; strings with values in
//! them are methods on [`Lang`]. The report body is never translated: English pages
//! show the original Chinese text, marked `lang="zh-CN"`, with translated headings,
//! labels and chart titles marked as an unofficial translation.

mod en;
mod texts;
mod zh;

pub use en::EN;
pub use texts::Texts;
pub use zh::ZH;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// The `lang` attribute of the report's own (Chinese) text, whatever the interface language.
pub const SOURCE_LANG: &str = "zh-CN";

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The value stored and accepted in `?lang=`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }

    /// The BCP 47 tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => SOURCE_LANG,
            Lang::En => "en",
        }
    }

    /// The other language: what the language switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// Picks the Chinese or English form of something the report data carries in both.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::En if !en.trim().is_empty() => en,
            _ => zh,
        }
    }

    /// The note that the interface text is a translation: on English pages only.
    pub fn translation_notice(self) -> Option<&'static str> {
        match self {
            Lang::Zh => None,
            Lang::En => Some("Headings, labels and chart titles in English are an unofficial translation; the report text is the original Chinese, which is authoritative."),
        }
    }

    pub fn search_status(self, found: usize, current: usize, query: &str) -> String {
        match (self, found) {
            (Lang::Zh, 0) => format!("没有找到“{query}”"),
            (Lang::Zh, n) => format!("第 {} 处,共 {n} 处", current + 1),
            (Lang::En, 0) => format!("No match for “{query}”"),
            (Lang::En, n) => format!("Match {} of {n}", current + 1),
        }
    }

    /// Names a section's read-aloud button with the section's heading.
    pub fn read_section(self, heading: &str) -> String {
        match self {
            Lang::Zh => format!("朗读本节:{heading}"),
            Lang::En => format!("Read this section: {heading}"),
        }
    }

    /// What the read-aloud player says it is doing.
    pub fn reading_aloud(self, title: &str) -> String {
        match self {
            Lang::Zh => format!("正在朗读:{title}"),
            Lang::En => format!("Reading aloud: {title}"),
        }
    }

    pub fn reading_paused(self, title: &str) -> String {
        match self {
            Lang::Zh => format!("已暂停:{title}"),
            Lang::En => format!("Paused: {title}"),
        }
    }

    pub fn charts_overview(self, count: usize) -> String {
        match self {
            Lang::Zh => format!("图表一览({count} 幅)"),
            Lang::En => format!("All charts ({count})"),
        }
    }

    pub fn data_problems(self, count: usize) -> String {
        match self {
            Lang::Zh => format!(
                "报告数据有 {count} 处未通过一致性核对。相关数字在正文、关键数字和图表中标有“未通过数据核对”,可能有误,请以原文为准。"
            ),
            Lang::En => format!(
                "{count} consistency check(s) of the report data failed. The numbers concerned are marked as failing the data check in the text, the key figures and the charts; they may be wrong, so rely on the original text."
            ),
        }
    }

    /// The note under a chart some of whose figures failed a check.
    pub fn unverified_in_chart(self, labels: &[String]) -> String {
        let note = self.texts().suspect_note;
        match self {
            Lang::Zh => format!("⚠ 图中“{}”:{note}", labels.join("”“")),
            Lang::En => format!("⚠ In this chart, “{}”: {note}", labels.join("”, “")),
        }
    }

    /// How a chart introduces itself to a screen reader, with how to use it.
    pub fn chart_label(self, title: &str) -> String {
        match self {
            Lang::Zh => format!("{title},按方向键逐项查看,按回车键跳到原文"),
            Lang::En => format!(
                "{title}. Use the arrow keys to step through the values; press Enter to go to the sentence that states one."
            ),
        }
    }

    /// The line under a chart's title naming the period all its figures cover.
    pub fn chart_period(self, period: &str) -> String {
        match self {
            Lang::Zh => format!("时期:{period}"),
            Lang::En => format!("Period: {period}"),
        }
    }

    pub fn derived_from(self, formula: &str) -> String {
        match self {
            Lang::Zh => format!("推算:{formula}"),
            Lang::En => format!("Derived: {formula}"),
        }
    }

    /// `wait` is in seconds as the reader is told it (`1`, `0.05`).
    pub fn retrying(
        self,
        heading: &str,
        detail: &str,
        wait: &str,
        attempt: u32,
        of: u32,
    ) -> String {
        match self {
            Lang::Zh => {
                format!("{heading}:{detail}。{wait} 秒后自动重试(第 {attempt} 次,共 {of} 次)……")
            }
            Lang::En => format!(
                "{heading}: {detail}. Trying again in {wait} s (attempt {attempt} of {of})…"
            ),
        }
    }

    pub fn embed_missing(self, chart: bool, id: &str) -> String {
        match (self, chart) {
            (Lang::Zh, true) => format!("报告中没有要嵌入的图表 `{id}`。"),
            (Lang::Zh, false) => format!("报告中没有要嵌入的章节 `{id}`。"),
            (Lang::En, true) => format!("The report has no chart `{id}` to embed."),
            (Lang::En, false) => format!("The report has no section `{id}` to embed."),
        }
    }

    /// What an embed of a withdrawn chart shows, with the report's `reason`.
    pub fn chart_withdrawn(self, reason: &str) -> String {
        match self {
            Lang::Zh => format!("此图表已从报告页面撤下。{reason}"),
            Lang::En => format!("This chart has been withdrawn from the report's page. {reason}"),
        }
    }

    pub fn excerpt_of(self, title: &str) -> String {
        match self {
            Lang::Zh => format!("《{title}》节选"),
            Lang::En => format!("Excerpt from “{title}”"),
        }
    }

    pub fn district_year(self, district: &str, year: u16) -> String {
        match self {
            Lang::Zh => format!("{district} · {year}年度"),
            // No-break spaces: the year never ends up alone on a line.
            Lang::En => format!("{district}\u{a0}·\u{a0}{year}"),
        }
    }
}

#[cfg(test)]
mod tests;
