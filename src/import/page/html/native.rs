//! The walk's nodes from `scraper`'s parse (native: the CLI and the tests).

use scraper::{ElementRef, Html, Node};

use super::{read_document, HtmlNode, HtmlText, NodeKind};

impl HtmlNode for ElementRef<'_> {
    fn children(&self) -> Vec<NodeKind<Self>> {
        (**self)
            .children()
            .map(|child| match child.value() {
                Node::Text(text) => NodeKind::Text(text.to_string()),
                Node::Element(e) => match ElementRef::wrap(child) {
                    Some(element) => NodeKind::Element(e.name().to_ascii_lowercase(), element),
                    None => NodeKind::Other,
                },
                _ => NodeKind::Other,
            })
            .collect()
    }

    fn attr(&self, name: &str) -> Option<String> {
        self.value().attr(name).map(str::to_string)
    }
}

pub(super) fn html_text(html: &str) -> HtmlText {
    let document = Html::parse_document(html);
    read_document(&document.root_element())
}
