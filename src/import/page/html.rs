//! An HTML document's visible text, one line per block element, read the same way from
//! either parser: `scraper` natively (the CLI, the tests) and the browser's own
//! `DOMParser` in the studio. The walk is written once, over [`HtmlNode`]; each parser
//! only answers what a node is.

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod native;

/// Elements whose text is never the report: navigation, scripts, forms, banners.
const SKIPPED_ELEMENTS: [&str; 12] = [
    "script", "style", "noscript", "nav", "header", "footer", "form", "button", "iframe", "select",
    "template", "head",
];

/// Class or id words that mark navigation and share bars on government sites.
const SKIPPED_MARKS: [&str; 4] = ["share", "nav", "breadcrumb", "menu"];

/// Elements that end a line of text.
const BLOCK_ELEMENTS: [&str; 24] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "center",
    "td",
];

/// One node of a parsed document, as the walk needs it.
pub(super) enum NodeKind<N> {
    /// Text, as written in the source (not yet collapsed).
    Text(String),
    /// An element: its lower-case tag name and the element itself.
    Element(String, N),
    /// Comments, doctype, processing instructions: nothing on the page.
    Other,
}

/// What a parser answers about its nodes.
pub(super) trait HtmlNode: Sized {
    /// The node's children, in order, each classified.
    fn children(&self) -> Vec<NodeKind<Self>>;
    /// An attribute's value, if the element has it.
    fn attr(&self, name: &str) -> Option<String>;
}

/// What the importer reads from an HTML document: its visible text, and the places a
/// title may stand when the text has no title line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlText {
    /// The visible text, one line per block element. Text nodes only: an image's alt
    /// text is not text on the page.
    pub text: String,
    /// The document's `<title>`, its white space collapsed (a site's name often follows
    /// the report's: `…报告_某区人民政府网`).
    pub title: Option<String>,
    /// The text of each visible `<h1>`, `<h2>` and `<h3>`, in order.
    pub headings: Vec<String>,
}

/// An HTML document's visible text, `<title>` and headings.
pub fn html_text(html: &str) -> HtmlText {
    #[cfg(not(target_arch = "wasm32"))]
    return native::html_text(html);
    #[cfg(target_arch = "wasm32")]
    return browser::html_text(html);
}

/// Reads a parsed document from its root element: the walk below for the text and
/// headings, and the first `<title>` anywhere (it is in the skipped `<head>`).
pub(super) fn read_document<N: HtmlNode>(root: &N) -> HtmlText {
    let mut walk = Walk::default();
    walk.collect(root);
    let title = find_title(root)
        .map(|t| collapse_html_spaces(&t).trim().to_string())
        .filter(|t| !t.is_empty());
    HtmlText {
        text: walk.out,
        title,
        headings: walk.headings,
    }
}

/// The text of the first `<title>` element under `element`.
fn find_title<N: HtmlNode>(element: &N) -> Option<String> {
    for child in element.children() {
        if let NodeKind::Element(name, child) = child {
            if name == "title" {
                let mut text = String::new();
                for grandchild in child.children() {
                    if let NodeKind::Text(t) = grandchild {
                        text.push_str(&t);
                    }
                }
                return Some(text);
            }
            if name == "head" || name == "html" {
                if let Some(title) = find_title(&child) {
                    return Some(title);
                }
            }
        }
    }
    None
}

fn skipped<N: HtmlNode>(name: &str, element: &N) -> bool {
    let words = [element.attr("class"), element.attr("id")];
    let marked = words
        .iter()
        .flatten()
        .flat_map(|w| w.split_whitespace())
        .any(|word| {
            let word = word.to_ascii_lowercase();
            SKIPPED_MARKS.iter().any(|m| word.contains(m))
        });
    let hidden = element.attr("hidden").is_some()
        || element.attr("style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        });
    SKIPPED_ELEMENTS.contains(&name) || marked || hidden
}

/// The walk's output: the visible text and the headings' text.
#[derive(Default)]
struct Walk {
    out: String,
    headings: Vec<String>,
}

impl Walk {
    /// Appends the visible text under `element`, a line break around each block, and
    /// notes each heading's text.
    fn collect<N: HtmlNode>(&mut self, element: &N) {
        for child in element.children() {
            match child {
                NodeKind::Text(text) => self.out.push_str(&collapse_html_spaces(&text)),
                NodeKind::Element(name, child) => {
                    if skipped(&name, &child) {
                        continue;
                    }
                    let block = BLOCK_ELEMENTS.contains(&name.as_str());
                    if block {
                        self.out.push('\n');
                    }
                    let start = self.out.len();
                    self.collect(&child);
                    if matches!(name.as_str(), "h1" | "h2" | "h3") {
                        let heading = self.out[start..].split_whitespace().collect::<Vec<_>>();
                        if !heading.is_empty() {
                            self.headings.push(heading.join(" "));
                        }
                    }
                    if block {
                        self.out.push('\n');
                    }
                }
                NodeKind::Other => {}
            }
        }
    }
}

/// HTML's white space (not the no-break or full-width space) collapsed to one space.
fn collapse_html_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}
