//! The QR codes the share panels and the printed page show, read back with a QR
//! decoder (rqrr) from the very path the app draws: each says exactly its link.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use law_report::location::{share_link, EmbedTarget};
use law_report::qr::draw;
use proptest::prelude::*;

fn read_back(text: &str) -> String {
    let drawing = draw(text).expect("a QR code");
    support::read_qr_drawing(drawing.size, &drawing.path)
}

#[test]
fn the_links_to_a_chart_a_section_and_the_report_read_back_exactly() {
    let page = "https://www.huiyang.gov.cn/zwgk/fzzfjs/report/";
    for link in [
        share_link(
            page,
            "huiyang-2023",
            &EmbedTarget::Chart("mediation-funnel".into()),
        ),
        share_link(page, "huiyang-2023", &EmbedTarget::Section("s1-5".into())),
        format!("{page}?report=huiyang-2023"),
    ] {
        assert_eq!(read_back(&link), link);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_link_reads_back_as_itself(path in "[a-z0-9/._~-]{0,120}", anchor in "[a-z0-9-]{1,40}") {
        let link = format!("https://example.gov.cn/{path}?report=r#{anchor}");
        prop_assert_eq!(read_back(&link), link);
    }
}
