use super::*;

const TEXT_PAGE: &str = "徽标 某某娱乐城官网
某区人民政府关于2023年度法治政府建设情况的报告
发布日期:2024-01-18 18:08:22
来源:某区司法局
发布机构:某区人民政府办公室
点击次数:-

  2023年,某区法治政府建设取得成效。

  一、主要举措

  共调解纠纷1300宗。

某区人民政府\u{a0} 某区司法局

  2023年12月29日\u{a0}\u{a0}


附件:

【关闭窗口】 【打印本页】
";

#[test]
fn a_text_page_splits_into_title_metadata_body_and_sign_off() {
    let page = read_page(TEXT_PAGE).unwrap();
    assert_eq!(page.title, "某区人民政府关于2023年度法治政府建设情况的报告");
    assert_eq!(
        page.meta.published_at.as_deref(),
        Some("2024-01-18 18:08:22")
    );
    assert_eq!(page.meta.source_office.as_deref(), Some("某区司法局"));
    assert_eq!(
        page.meta.publishing_office.as_deref(),
        Some("某区人民政府办公室")
    );
    assert_eq!(
        page.body,
        [
            "2023年,某区法治政府建设取得成效。",
            "一、主要举措",
            "共调解纠纷1300宗。"
        ]
    );
    assert_eq!(page.signatories, ["某区人民政府", "某区司法局"]);
    assert_eq!(page.signed_on_text.as_deref(), Some("2023年12月29日"));
    assert!(page.attachments.is_empty(), "an empty 附件: is chrome");
    assert_eq!(page.dropped_before_title, 1, "the injected first line");
}

#[test]
fn several_metadata_pairs_on_one_line_are_all_read() {
    let page = read_page(
        "某区关于2023年度工作的报告\n发布时间:2024-01-18 来源:某区司法局 发布机构:某区办公室 浏览次数:12\n正文。\n",
    )
    .unwrap();
    assert_eq!(page.meta.published_at.as_deref(), Some("2024-01-18"));
    assert_eq!(page.meta.source_office.as_deref(), Some("某区司法局"));
    assert_eq!(page.meta.publishing_office.as_deref(), Some("某区办公室"));
    assert_eq!(page.body, ["正文。"]);
}

#[test]
fn chrome_lines_are_recognised_and_report_lines_are_not() {
    for chrome in [
        "【关闭窗口】 【打印本页】",
        "【字体:大 中 小】",
        "分享到: 微信 微博",
        "附件:",
        "打印 关闭",
    ] {
        assert!(is_chrome(chrome), "{chrome}");
    }
    for text in [
        "一、主要举措",
        "共调解纠纷1300宗。",
        "附件:1.工作清单.docx",
        "中共某区委",
    ] {
        assert!(!is_chrome(text), "{text}");
    }
}

#[test]
fn html_keeps_paragraph_breaks_and_drops_navigation_scripts_and_alt_text() {
    let html = "<!DOCTYPE html><html><head><title>站点</title><script>var x = 1;</script></head>
<body><header><img src=\"gh.png\" alt=\"徽标\"><nav><a href=\"/\">首页</a> &gt; <a>政务公开</a></nav></header>
<div style=\"display: none\">隐藏的推广文字</div>
<div class=\"article\"><h1>某区关于2023年度工作的报告</h1>
<div class=\"info\"><span>发布日期:2024-01-18 18:08:22</span> <span>来源:某区司法局</span></div>
<p>\u{3000}\u{3000}第一段,有
  换行。</p><p>第二段<b>加粗</b>。</p>
<div class=\"share-bar\">分享到:微信</div></div>
<footer>版权所有</footer></body></html>";
    assert!(is_html(html));
    let lines = page_lines(html);
    assert_eq!(
        lines,
        [
            "某区关于2023年度工作的报告",
            "发布日期:2024-01-18 18:08:22 来源:某区司法局",
            "第一段,有 换行。",
            "第二段加粗。",
        ]
    );
}

#[test]
fn plain_text_is_not_taken_for_html() {
    assert!(!is_html("某区报告\n<注>正文"));
    assert!(!is_html("  2023年,某区……"));
}

#[test]
fn signing_dates_are_read_and_other_lines_are_not_dates() {
    assert_eq!(iso_date("2023年12月29日").as_deref(), Some("2023-12-29"));
    assert_eq!(iso_date("2024年1月8日").as_deref(), Some("2024-01-08"));
    assert_eq!(iso_date("2023年13月1日"), None);
    assert_eq!(iso_date("2023年12月29日印发"), None);
}

#[test]
fn a_page_without_text_or_without_report_text_is_refused() {
    assert_eq!(read_page(" \n\n"), Err(PageError::Empty));
    assert_eq!(
        read_page("某区工作报告\n发布日期:2024-01-18\n"),
        Err(PageError::NoBody)
    );
    assert_eq!(read_page("首页\n【关闭窗口】"), Err(PageError::NoBody));
}

#[test]
fn a_page_without_a_title_line_still_gives_its_text() {
    let page = read_page("当前位置: 首页 > 政务公开\n2022年,某县共调解纠纷130宗。\n").unwrap();
    assert_eq!(page.title, "");
    assert_eq!(page.title_from, TitleFrom::Missing);
    assert_eq!(page.body, ["2022年,某县共调解纠纷130宗。"]);
    assert_eq!(
        page.removed,
        [RemovedLine {
            text: "当前位置: 首页 > 政务公开".into(),
            reason: RemovedReason::Chrome
        }]
    );
}

#[test]
fn the_html_title_stands_in_for_a_missing_title_line() {
    let html = "<html><head><title>某县2022年法治政府建设年度报告_某县人民政府网</title></head>\
<body><div class=\"content\"><p>2022年,某县共调解纠纷130宗。</p></div></body></html>";
    let page = read_page(html).unwrap();
    assert_eq!(page.title, "某县2022年法治政府建设年度报告");
    assert_eq!(page.title_from, TitleFrom::HtmlTitle);
    let html =
        "<html><head><title>站点</title></head><body><h2>某县2022年法治政府建设年度情况</h2>\
<p>2022年,某县共调解纠纷130宗。</p></body></html>";
    let page = read_page(html).unwrap();
    assert_eq!(page.title, "某县2022年法治政府建设年度情况");
    assert_eq!(page.title_from, TitleFrom::Line(0));
    assert_eq!(
        page_text(html).html_headings,
        ["某县2022年法治政府建设年度情况"]
    );
    let html = "<html><head><title>某县人民政府门户网站</title></head>\
<body><p>2022年,某县共调解纠纷130宗。</p></body></html>";
    let page = read_page(html).unwrap();
    assert_eq!(
        (page.title.as_str(), page.title_from),
        ("", TitleFrom::Missing),
        "a site's name alone is no title"
    );
}

#[test]
fn a_flattened_line_is_split_into_its_lines_and_names_stay_together() {
    let lines = page_lines(
        "某县关于2022年度法治政府建设情况的报告  发布时间:2023-01-06 09:30来源:某县司法局浏览字号:大|中|小分享到:  2022年,某县取得成效。  一、主要成效  (一)加强领导  共调解纠纷130宗。  中共某县委  某县人民政府  2022年12月30日  星期五  附件:",
    );
    assert_eq!(
        lines,
        [
            "某县关于2022年度法治政府建设情况的报告",
            "发布时间:2023-01-06 09:30来源:某县司法局浏览字号:大|中|小分享到:",
            "2022年,某县取得成效。",
            "一、主要成效",
            "(一)加强领导",
            "共调解纠纷130宗。",
            "中共某县委  某县人民政府",
            "2022年12月30日  星期五",
            "附件:",
        ]
    );
}

#[test]
fn other_sites_chrome_is_recognised() {
    for chrome in [
        "当前位置: 首页 > 政务公开 > 法治政府建设",
        "您现在的位置：首页 > 信息公开",
        "个人中心 | 联系我们",
        "无障碍 简体| 繁体",
        "2024年1月18日 星期四",
        "10个月前",
        "全文共3210字",
        "浏览字号:大|中|小",
    ] {
        assert!(is_chrome(chrome), "{chrome}");
    }
    for text in ["首页设计获奖。", "2024年1月18日", "共调解纠纷130宗。"] {
        assert!(!is_chrome(text), "{text}");
    }
}

#[test]
fn lines_to_keep_stay_in_the_body_where_they_were() {
    let keep = vec![
        "徽标 某某娱乐城官网".to_string(),
        "【关闭窗口】 【打印本页】".to_string(),
    ];
    let page = read_page_keeping(TEXT_PAGE, &keep).unwrap();
    assert_eq!(
        page.body.first().map(String::as_str),
        Some("徽标 某某娱乐城官网")
    );
    assert_eq!(
        page.body.last().map(String::as_str),
        Some("【关闭窗口】 【打印本页】")
    );
    assert!(page.removed.iter().all(|r| !keep.contains(&r.text)));
    let removed = read_page(TEXT_PAGE).unwrap().removed;
    let reasons: Vec<_> = removed
        .iter()
        .map(|r| (r.text.as_str(), r.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            ("徽标 某某娱乐城官网", RemovedReason::BeforeTitle),
            ("发布日期:2024-01-18 18:08:22", RemovedReason::Metadata),
            ("来源:某区司法局", RemovedReason::Metadata),
            ("发布机构:某区人民政府办公室", RemovedReason::Metadata),
            ("点击次数:-", RemovedReason::Chrome),
            ("附件:", RemovedReason::AfterSignOff),
            ("【关闭窗口】 【打印本页】", RemovedReason::AfterSignOff),
        ]
    );
}

#[test]
fn digit_groups_lose_their_separators_and_clause_commas_stay() {
    let (text, groups) = ungroup_thousands(
        "调解1,260次,受理4\u{ff0c}306宗,办结12\u{ff0c}100%,2021,2022年,共3,500.5万元",
    );
    assert_eq!(
        text,
        "调解1260次,受理4306宗,办结12\u{ff0c}100%,2021,2022年,共3500.5万元"
    );
    assert_eq!(groups, ["1,260", "4\u{ff0c}306", "3,500"]);
}
