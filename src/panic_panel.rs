//! A panic hook that shows a readable error panel (built with text nodes, never
//! markup) instead of leaving a blank or frozen page. Above a page the build wrote,
//! the panel goes before the report, which stays readable; a page built in the
//! browser is replaced by it.

use std::panic;

/// Installs the hook. Call once, first thing in `main`.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&detail.clone().into());
        show(&detail);
    }));
}

fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id(crate::MOUNT_ID)
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    let element = |tag: &str, class: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_class_name(class);
        el.set_text_content(Some(text));
        Some(el)
    };
    // The language the page was in when it failed (the preferences set `<html lang>`).
    let english = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l.starts_with("en"));
    let (title, advice) = if english {
        (
            "The page hit an internal error",
            "Sorry, the page ran into a problem it cannot recover from. Reload the page to try again; if the problem persists, contact the site administrator and include the technical details below.",
        )
    } else {
        (
            "页面出现内部错误",
            "很抱歉,页面遇到了无法继续的问题。请刷新页面重试;如果问题持续出现,请联系网站管理员并附上下面的技术信息。",
        )
    };
    let (Some(panel), Some(heading), Some(advice), Some(technical)) = (
        element("section", "error-panel", ""),
        element("h1", "", title),
        element("p", "", advice),
        element("pre", "error-detail", detail),
    ) else {
        return;
    };
    let _ = panel.set_attribute("role", "alert");
    for child in [&heading, &advice, &technical] {
        let _ = panel.append_child(child);
    }
    if root.has_attribute(crate::PRERENDERED_ATTR) {
        let _ = root.before_with_node_1(&panel);
    } else {
        root.set_text_content(None);
        let _ = root.append_child(&panel);
    }
}
