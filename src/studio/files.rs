//! Files the editor opens and downloads.

use wasm_bindgen::JsCast;

/// The text of the first file chosen in the file input that fired `event`, and its name.
pub async fn chosen_file(event: &web_sys::Event) -> Option<(String, Result<String, String>)> {
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    let name = file.name();
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map(|v| v.as_string().unwrap_or_default())
        .map_err(|e| format!("{e:?}"));
    // The same file can be chosen again.
    input.set_value("");
    Some((name, text))
}

/// What a paste holds: its HTML when the clipboard has some (a page selected in a
/// browser), else its plain text.
pub fn pasted(event: &web_sys::ClipboardEvent) -> Option<String> {
    let data = event.clipboard_data()?;
    let html = data.get_data("text/html").unwrap_or_default();
    if !html.trim().is_empty() {
        return Some(html);
    }
    let text = data.get_data("text/plain").unwrap_or_default();
    (!text.trim().is_empty()).then_some(text)
}

/// Saves `content` as a download named `name`.
pub fn download(name: &str, mime: &str, content: &str) {
    crate::ui::save_text(name, mime, content);
}
