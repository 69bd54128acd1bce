//! The table of every fixed interface string, one field per string.

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
