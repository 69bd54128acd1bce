//! The interface languages: Simplified Chinese (the default, and the report's own
//! language) and English. Every fixed interface string lives in one [`Texts`] table
//! per language, so a missing translation is a compile error; strings with values in
//! them are methods on [`Lang`]. The report body is never translated: English pages
//! show the original Chinese text, marked `lang="zh-CN"`, with translated headings,
//! labels and chart titles marked as an unofficial translation.

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

/// Every fixed interface string, in one language.
#[derive(Debug)]
pub struct Texts {
    pub skip_link: &'static str,
    /// Names the links to the catalog's reports.
    pub other_reports: &'static str,
    pub reader_settings: &'static str,
    pub elderly_mode: &'static str,
    pub colours: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub theme_contrast: &'static str,
    /// The switch's accessible description (its visible text is the other language's name).
    pub switch_language: &'static str,
    /// Shown beside the language switch (the switch's description says the same).
    pub interface_language: &'static str,
    pub navigation_and_search: &'static str,
    /// Names the bar at the top of the page.
    pub page_tools: &'static str,
    /// The bar's button that opens the search.
    pub search: &'static str,
    /// The bar's button that opens the reading settings.
    pub settings: &'static str,
    /// The bar's read-aloud button, and the player's name.
    pub listen: &'static str,
    pub read_aloud_about: &'static str,
    pub read_report: &'static str,
    pub read_section: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub stop: &'static str,
    pub speed: &'static str,
    pub speed_slow: &'static str,
    pub speed_normal: &'static str,
    pub speed_fast: &'static str,
    pub finished_reading: &'static str,
    /// Why nothing offers to read aloud.
    pub looking_for_voice: &'static str,
    pub no_speech: &'static str,
    pub no_chinese_voice: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub contents: &'static str,
    pub key_figures: &'static str,
    pub section_link: &'static str,
    pub issued_by: &'static str,
    pub signed_on: &'static str,
    pub published_on: &'static str,
    pub source: &'static str,
    pub publisher: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub previous_match: &'static str,
    pub next_match: &'static str,
    pub share_and_embed: &'static str,
    pub link: &'static str,
    pub embed_code: &'static str,
    pub copy_link: &'static str,
    pub copy_embed_code: &'static str,
    pub link_copied: &'static str,
    pub embed_code_copied: &'static str,
    pub copy_failed: &'static str,
    pub share: &'static str,
    /// Names a QR code of a link for a screen reader.
    pub qr_code: &'static str,
    pub qr_caption: &'static str,
    /// Said instead of a QR code when the link is too long for one.
    pub qr_failed: &'static str,
    /// The caption of the printed page's QR code.
    pub qr_print: &'static str,
    pub data_check: &'static str,
    /// Folds the list of problems, which is technical English for the file's editors.
    pub technical_details: &'static str,
    pub suspect_note: &'static str,
    pub show_in_text: &'static str,
    /// Introduces a quotation of the report's words.
    pub original_text: &'static str,
    pub stated_in_report: &'static str,
    pub derived: &'static str,
    pub table_item: &'static str,
    pub table_value: &'static str,
    pub table_source: &'static str,
    /// The chart's table toggle (pressed: the table is shown instead of the drawing).
    pub table: &'static str,
    /// The word before the download buttons, which say only the format.
    pub download: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    pub chart: &'static str,
    pub loading: &'static str,
    pub load_advice: &'static str,
    pub page_stays: &'static str,
    pub reload: &'static str,
    /// The button that starts an automatic retry without waiting for it.
    pub retry_now: &'static str,
    pub source_colon: &'static str,
    pub published_colon: &'static str,
}

pub const ZH: Texts = Texts {
    skip_link: "跳到正文",
    other_reports: "各年度报告",
    reader_settings: "阅读设置",
    elderly_mode: "长辈模式(大字版)",
    colours: "配色",
    theme_system: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    theme_contrast: "高对比度",
    switch_language: "切换到英文界面",
    interface_language: "界面语言",
    navigation_and_search: "导航与搜索",
    page_tools: "页面工具",
    search: "搜索",
    settings: "阅读设置",
    listen: "朗读",
    read_aloud_about: "用中文语音朗读报告原文,正在朗读的段落会突出显示。",
    read_report: "朗读全文",
    read_section: "朗读本节",
    pause: "暂停",
    resume: "继续",
    stop: "停止",
    speed: "语速",
    speed_slow: "慢速",
    speed_normal: "正常",
    speed_fast: "快速",
    finished_reading: "朗读结束",
    looking_for_voice: "正在查找中文语音……",
    no_speech: "此浏览器不支持语音朗读。可以使用手机或电脑自带的读屏功能收听本页。",
    no_chinese_voice:
        "此设备没有中文语音,暂时无法朗读。在系统设置中添加中文语音后,重新打开本页即可使用。",
    expand_all: "全部展开",
    collapse_all: "全部收起",
    contents: "目录",
    key_figures: "关键数字",
    section_link: "本节链接",
    issued_by: "发文机关",
    signed_on: "成文日期",
    published_on: "发布日期",
    source: "来源",
    publisher: "发布机构",
    search_label: "在报告中搜索",
    search_placeholder: "例如:调解、1300",
    previous_match: "上一处",
    next_match: "下一处",
    share_and_embed: "分享与嵌入",
    link: "链接",
    embed_code: "嵌入代码(粘贴到网站页面中)",
    copy_link: "复制链接",
    copy_embed_code: "复制嵌入代码",
    link_copied: "链接已复制",
    embed_code_copied: "嵌入代码已复制",
    copy_failed: "无法自动复制,请选中文本后手动复制",
    share: "分享…",
    qr_code: "二维码:用手机扫描即可打开此链接",
    qr_caption: "用手机扫码打开",
    qr_failed: "链接过长,无法生成二维码;请复制上面的链接。",
    qr_print: "扫码阅读在线版",
    data_check: "数据核对提示",
    technical_details: "技术细节(英文,供数据维护人员使用)",
    suspect_note: "此数字未通过数据核对,请以原文为准",
    show_in_text: "在正文中查看",
    original_text: "原文:",
    stated_in_report: "报告原文",
    derived: "推算",
    table_item: "项目",
    table_value: "数值",
    table_source: "原文 / 来源",
    table: "表格",
    download: "下载",
    download_csv: "下载 CSV",
    download_svg: "下载 SVG",
    download_png: "下载 PNG",
    chart: "图表",
    loading: "正在加载报告……",
    load_advice: "请检查网络连接后重试。如果问题持续出现,请联系网站管理员。",
    page_stays: "报告全文与图表在下方照常可读;搜索、设置、图表提示与下载、分享等互动功能暂不可用。",
    reload: "重新加载",
    retry_now: "立即重试",
    source_colon: "来源:",
    published_colon: "发布日期",
};

pub const EN: Texts = Texts {
    skip_link: "Skip to the report",
    other_reports: "Reports by year",
    reader_settings: "Reading settings",
    elderly_mode: "Large text mode",
    colours: "Colours",
    theme_system: "As the system",
    theme_light: "Light",
    theme_dark: "Dark",
    theme_contrast: "High contrast",
    switch_language: "Switch the interface to Chinese",
    interface_language: "Language",
    navigation_and_search: "Navigation and search",
    page_tools: "Page tools",
    search: "Search",
    settings: "Settings",
    listen: "Listen",
    read_aloud_about: "Reads the report's Chinese text in a Chinese voice, highlighting the paragraph being read.",
    read_report: "Read the whole report",
    read_section: "Read this section",
    pause: "Pause",
    resume: "Resume",
    stop: "Stop",
    speed: "Speed",
    speed_slow: "Slow",
    speed_normal: "Normal",
    speed_fast: "Fast",
    finished_reading: "Finished reading",
    looking_for_voice: "Looking for a Chinese voice…",
    no_speech: "This browser cannot read aloud. Your phone's or computer's own screen reader can read this page to you.",
    no_chinese_voice: "This device has no Chinese voice, so the report cannot be read aloud. Add a Chinese voice in the system settings, then open this page again.",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    contents: "Contents",
    key_figures: "Key figures",
    section_link: "Link to this section",
    issued_by: "Issued by",
    signed_on: "Signed on",
    published_on: "Published",
    source: "Source",
    publisher: "Published by",
    search_label: "Search the report (Chinese text)",
    search_placeholder: "e.g. 调解, 1300",
    previous_match: "Previous match",
    next_match: "Next match",
    share_and_embed: "Share and embed",
    link: "Link",
    embed_code: "Embed code (paste it into a web page)",
    copy_link: "Copy link",
    copy_embed_code: "Copy embed code",
    link_copied: "Link copied",
    embed_code_copied: "Embed code copied",
    copy_failed: "Could not copy automatically; select the text and copy it by hand",
    share: "Share…",
    qr_code: "QR code: scan it with a phone to open this link",
    qr_caption: "Scan with a phone to open",
    qr_failed: "The link is too long for a QR code; copy the link above instead.",
    qr_print: "Scan to read the report online",
    data_check: "Data check",
    technical_details: "Technical details (for the staff who maintain the data)",
    suspect_note: "This number failed the data check; rely on the original text",
    show_in_text: "Show in the text",
    original_text: "Original text: ",
    stated_in_report: "Stated in the report",
    derived: "Derived",
    table_item: "Item",
    table_value: "Value",
    table_source: "Original text / source",
    table: "Table",
    download: "Save",
    download_csv: "Download CSV",
    download_svg: "Download SVG",
    download_png: "Download PNG",
    chart: "chart",
    loading: "Loading the report…",
    load_advice: "Check your network connection and try again. If the problem persists, contact the site administrator.",
    page_stays: "The full report and its charts below can be read as usual; search, settings, chart tooltips and downloads, and sharing are unavailable for now.",
    reload: "Reload",
    retry_now: "Try now",
    source_colon: "Source: ",
    published_colon: "published",
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of a table, for checks that must not miss a field.
    fn all(t: &Texts) -> Vec<String> {
        // Debug lists every field; parsing it back keeps this in step with the struct.
        format!("{t:#?}")
            .lines()
            .filter_map(|l| l.split_once(": \""))
            .map(|(_, v)| v.trim_end_matches(',').trim_end_matches('"').to_string())
            .collect()
    }

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    #[test]
    fn keys_round_trip_and_unknown_keys_are_refused() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_key(lang.key()), Some(lang));
            assert_ne!(lang.other(), lang);
        }
        assert_eq!(Lang::from_key("fr"), None);
        assert_eq!(Lang::default(), Lang::Zh);
        assert_eq!(Lang::Zh.tag(), SOURCE_LANG);
    }

    #[test]
    fn english_strings_contain_no_chinese_except_the_search_example() {
        let strings = all(&EN);
        assert!(strings.len() > 40, "found only {} strings", strings.len());
        for s in strings {
            if s != EN.search_placeholder {
                assert!(!has_han(&s), "untranslated English string: {s}");
            }
        }
        for s in [
            Lang::En.search_status(0, 0, "x"),
            Lang::En.charts_overview(3),
            Lang::En.data_problems(2),
            Lang::En.chart_label("T"),
            Lang::En.derived_from("1 ÷ 2"),
            Lang::En.retrying("H", "d", "2", 1, 3),
            Lang::En.embed_missing(true, "x"),
            Lang::En.chart_withdrawn("R"),
            Lang::En.excerpt_of("T"),
            Lang::En.district_year("D", 2023),
        ] {
            assert!(!has_han(&s), "untranslated English message: {s}");
        }
    }

    #[test]
    fn chinese_strings_are_all_filled_and_differ_from_english() {
        let (zh, en) = (all(&ZH), all(&EN));
        assert_eq!(zh.len(), en.len());
        for (z, e) in zh.iter().zip(&en) {
            assert!(has_han(z), "Chinese string without Chinese: {z}");
            assert_ne!(z, e);
        }
        assert_eq!(Lang::Zh.translation_notice(), None);
        assert!(Lang::En.translation_notice().is_some_and(|n| !has_han(n)));
    }

    #[test]
    fn search_status_counts_from_one() {
        assert_eq!(Lang::Zh.search_status(3, 0, "调解"), "第 1 处,共 3 处");
        assert_eq!(Lang::En.search_status(3, 2, "x"), "Match 3 of 3");
        assert!(Lang::Zh.search_status(0, 0, "调解").contains("调解"));
    }

    #[test]
    fn pick_falls_back_to_chinese_when_a_translation_is_missing() {
        assert_eq!(Lang::En.pick("中", "Middle"), "Middle");
        assert_eq!(Lang::En.pick("中", " "), "中");
        assert_eq!(Lang::Zh.pick("中", "Middle"), "中");
    }
}
