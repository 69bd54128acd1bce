//! The walk's nodes from the browser's own `DOMParser` (the studio). The parsed
//! document is inert: its scripts never run and its images are never fetched.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use super::{read_document, HtmlNode, HtmlText, NodeKind};

impl HtmlNode for Element {
    fn children(&self) -> Vec<NodeKind<Self>> {
        let nodes = self.child_nodes();
        (0..nodes.length())
            .filter_map(|i| nodes.item(i))
            .map(|node| match node.node_type() {
                Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                    NodeKind::Text(node.text_content().unwrap_or_default())
                }
                Node::ELEMENT_NODE => {
                    let element: Element = node.unchecked_into();
                    NodeKind::Element(element.local_name().to_ascii_lowercase(), element)
                }
                _ => NodeKind::Other,
            })
            .collect()
    }

    fn attr(&self, name: &str) -> Option<String> {
        self.get_attribute(name)
    }
}

pub(super) fn html_text(html: &str) -> HtmlText {
    let document = DomParser::new()
        .and_then(|parser| parser.parse_from_string(html, SupportedType::TextHtml))
        .ok();
    document
        .and_then(|d| d.document_element())
        .map(|root| read_document(&root))
        .unwrap_or_default()
}
