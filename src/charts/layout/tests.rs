//! Tests of chart geometry: wrapping and cutting labels, the layout of every kind of
//! chart at several widths and text sizes, hit-testing and tooltips.

use super::frame::PAD;
use super::*;
use crate::charts::model::{ChartModel, Point};
use crate::i18n::Lang;
use crate::report::{ChartKind, Scale};

fn model(kind: ChartKind, scale: Scale, values: &[f64]) -> ChartModel {
    ChartModel {
        id: "t".into(),
        lang: crate::i18n::Lang::Zh,
        kind,
        scale,
        title: "测试".into(),
        note: None,
        points: values
            .iter()
            .enumerate()
            .map(|(i, &v)| Point {
                figure_id: format!("f{i}"),
                label: format!("项目{i}"),
                value: v,
                value_text: format!("{v}宗"),
                unit: "宗",
                paragraph: "p".into(),
                quote: "q".into(),
                period: None,
            })
            .collect(),
        steps: vec![],
        year: 2023,
    }
}

fn texts(row: &Row) -> Vec<&str> {
    row.labels.iter().map(|l| l.text.as_str()).collect()
}

#[test]
fn a_long_label_wraps_and_the_drawing_keeps_its_height_at_every_width() {
    let mut m = model(ChartKind::Cards, Scale::Linear, &[2159.0, 13.0]);
    m.points[0].label = "非现场执法办理案件".into();
    m.points[0].period = Some("报告未注明时期".into());
    // Elderly mode's 18 px on a 320 px phone: two lines, nothing cut.
    let l = Layout::new(&m, 300.0, 18.0, false);
    assert_eq!(
        texts(&l.rows[0]),
        ["非现场执法办理案件(报告未注明时", "期)"]
    );
    let l = Layout::new(&m, 390.0, 18.0, false);
    assert_eq!(texts(&l.rows[0]), ["非现场执法办理案件(报告未注明时期)"]);

    m.lang = crate::i18n::Lang::En;
    m.points[0].label = "Cumulative transactions handled citywide".into();
    m.points[0].period = Some("cumulative, dates not stated".into());
    for px in [13.0, 18.0] {
        let heights: Vec<f64> = [240.0, 320.0, 390.0, 768.0, 1280.0]
            .iter()
            .map(|&w| Layout::new(&m, w, px, false).height)
            .collect();
        assert!(
            heights.iter().all(|&h| h == heights[0]),
            "{px} px: {heights:?}"
        );
        for width in [240.0, 320.0, 390.0, 1280.0] {
            let l = Layout::new(&m, width, px, false);
            let lines = texts(&l.rows[0]);
            // Words are never split, and the lines read as the whole label.
            assert_eq!(
                lines.join(" "),
                "Cumulative transactions handled citywide (cumulative, dates not stated)",
                "{width} at {px} px"
            );
            for line in &lines {
                assert!(text_width(line, px) <= width - 2.0 * PAD, "{width}: {line}");
            }
            // The last line sits just above the value.
            let last = l.rows[0].labels.last().unwrap();
            assert!(last.y < l.rows[0].value.y && l.rows[0].value.y - last.y <= px * 2.0);
        }
    }
    assert_eq!(
        texts(&Layout::new(&m, 1280.0, 13.0, false).rows[0]).len(),
        1
    );
    assert!(texts(&Layout::new(&m, 240.0, 18.0, false).rows[0]).len() > 2);
}

#[test]
fn a_label_longer_than_its_lines_is_cut_but_keeps_its_period_whole() {
    // Two points, so that the first one's period is its own, drawn after its label.
    let mut m = model(ChartKind::Cards, Scale::Linear, &[2159.0, 13.0]);
    m.points[0].label = "非现场执法办理案件".into();
    m.points[0].period = Some("报告未注明时期".into());
    let one = label_lines(&m, &m.points[0], 18.0, 284.0, 1);
    assert_eq!(one, ["非现场执法办理…(报告未注明时期)"]);
    // Without a period, the end is cut as any text.
    m.points[0].period = None;
    m.points[0].label = "非现场执法办理案件非现场执法办理案件非现场执法办理案件".into();
    let two = label_lines(&m, &m.points[0], 18.0, 150.0, 2);
    assert_eq!(two.len(), 2);
    assert!(two[1].ends_with('…'), "{two:?}");
    assert!(two.iter().all(|l| text_width(l, 18.0) <= 150.0), "{two:?}");
}

#[test]
fn a_period_too_wide_to_follow_the_cut_name_takes_lines_of_its_own() {
    let mut m = model(ChartKind::Cards, Scale::Linear, &[2159.0, 13.0]);
    m.lang = Lang::En;
    m.points[0].label = "Cases handled by off-site enforcement across every township and \
                         street of the district, by every office that enforces the law"
        .into();
    m.points[0].period = Some("period not stated in the report".into());
    // The narrowest line at elderly mode's size: the period alone is wider than
    // the line, so it cannot sit beside even one character of the name.
    let (px, width) = (18.0, MIN_WIDTH - 2.0 * PAD);
    assert!(text_width(" (period not stated in the report)", px) > width);
    let lines = label_lines(&m, &m.points[0], px, width, MAX_LABEL_LINES);
    assert_eq!(lines.len(), MAX_LABEL_LINES, "{lines:?}");
    assert!(
        lines.iter().all(|l| text_width(l, px) <= width),
        "{lines:?}"
    );
    let (name, period) = lines.split_at(2);
    assert_eq!(period.join(" "), "(period not stated in the report)");
    assert!(
        name[1].ends_with('…') && name[0].starts_with("Cases"),
        "{name:?}"
    );
}

#[test]
fn a_download_carries_its_whole_title_and_the_period_of_the_whole_chart() {
    let mut m = model(ChartKind::Bars, Scale::Linear, &[74728.0, 9178.0]);
    m.lang = Lang::En;
    m.title = "Records entered on the Guangdong administrative law-enforcement \
               information disclosure platform (cumulative)"
        .into();
    for point in &mut m.points {
        point.period = Some("cumulative, dates not stated".into());
    }
    let download = Layout::new(&m, 480.0, 13.0, true);
    let texts =
        |labels: &[Label]| -> Vec<String> { labels.iter().map(|l| l.text.clone()).collect() };
    let title = texts(&download.title);
    assert!(title.len() > 1, "{title:?}");
    assert_eq!(title.join(" "), m.title);
    assert_eq!(
        texts(&download.period).join(" "),
        "Period: cumulative, dates not stated"
    );
    let heading: Vec<_> = download.title.iter().chain(&download.period).collect();
    for line in &heading {
        assert!(
            text_width(&line.text, 13.0 * 1.15) <= 480.0 - 2.0 * PAD,
            "{}",
            line.text
        );
    }
    assert!(heading.windows(2).all(|w| w[0].y < w[1].y));
    let first_row = download.rows[0]
        .labels
        .first()
        .map_or(download.rows[0].band.y, |l| l.y);
    assert!(heading.last().unwrap().y < first_row);

    // The page says both around the drawing, which carries neither.
    let page = Layout::new(&m, 480.0, 13.0, false);
    assert!(page.title.is_empty() && page.period.is_empty());
    // A chart whose points say their own periods has no period line.
    m.points[1].period = None;
    assert!(Layout::new(&m, 480.0, 13.0, true).period.is_empty());
}

#[test]
fn linear_bars_are_proportional_to_their_values() {
    let m = model(ChartKind::Bars, Scale::Linear, &[74728.0, 9178.0, 7397.0]);
    let l = Layout::new(&m, 390.0, 13.0, false);
    let ratio = l.rows[1].bar.w / l.rows[0].bar.w;
    assert!((ratio - 9178.0 / 74728.0).abs() < 1e-9, "{ratio}");
    assert_eq!(l.rows[0].bar.x, l.plot.0);
    assert!((l.rows[0].bar.w - (l.plot.1 - l.plot.0)).abs() < 1e-9);
}

#[test]
fn every_value_label_fits_inside_the_chart_at_every_width() {
    for width in [240.0, 320.0, 390.0, 768.0, 1280.0] {
        let m = model(ChartKind::Bars, Scale::Linear, &[1424343.0, 917.0, 13.0]);
        let l = Layout::new(&m, width, 13.0, false);
        for row in &l.rows {
            let end = row.value.x + text_width(&row.value.text, l.text_px);
            assert!(
                end <= l.width,
                "{} overflows at {width}: {end}",
                row.value.text
            );
            for label in &row.labels {
                assert!(text_width(&label.text, l.text_px) <= l.width - 2.0 * PAD);
            }
        }
    }
}

#[test]
fn a_log_scale_keeps_small_values_visible_and_labels_its_axis() {
    let m = model(ChartKind::Bars, Scale::Log, &[74728.0, 13.0]);
    let l = Layout::new(&m, 390.0, 13.0, false);
    let plot_w = l.plot.1 - l.plot.0;
    assert!(
        l.rows[1].bar.w > plot_w * 0.2,
        "13 is readable on a log axis"
    );
    let ticks: Vec<_> = l.ticks.iter().map(|t| t.label.text.as_str()).collect();
    assert_eq!(ticks.first(), Some(&"1"));
    assert_eq!(ticks.last(), Some(&"10万"));
    assert!(l.scale_label.as_ref().unwrap().text.contains("对数刻度"));
}

#[test]
fn rates_are_drawn_on_a_full_0_to_100_track() {
    let m = model(ChartKind::Rates, Scale::Linear, &[67.2, 100.0]);
    let l = Layout::new(&m, 390.0, 13.0, false);
    let track = l.rows[0].track.unwrap();
    assert!((l.rows[0].bar.w / track.w - 0.672).abs() < 1e-9);
    assert!((l.rows[1].bar.w - track.w).abs() < 1e-9);
}

#[test]
fn cards_draw_no_bars_and_write_values_large() {
    let m = model(ChartKind::Cards, Scale::Linear, &[9940.0, 100.0]);
    let l = Layout::new(&m, 320.0, 13.0, false);
    assert!(l.rows.iter().all(|r| r.bar.w == 0.0));
    assert!(l.value_px > l.text_px);
    assert_eq!(l.hit(l.rows[1].value.x, l.rows[1].value.y), Some(1));
}

#[test]
fn funnel_bars_are_centred() {
    let m = model(ChartKind::Funnel, Scale::Linear, &[1300.0, 683.0]);
    let l = Layout::new(&m, 390.0, 13.0, false);
    let centre = |r: &Rect| r.x + r.w / 2.0;
    assert!((centre(&l.rows[0].bar) - centre(&l.rows[1].bar)).abs() < 1e-9);
}

#[test]
fn hit_testing_finds_the_row_under_the_pointer_at_several_widths() {
    for width in [320.0, 390.0, 1280.0] {
        let m = model(ChartKind::Bars, Scale::Linear, &[5.0, 4.0, 3.0]);
        let l = Layout::new(&m, width, 13.0, false);
        for (i, row) in l.rows.iter().enumerate() {
            let (x, y) = (row.bar.x + 1.0, row.bar.y + row.bar.h / 2.0);
            assert_eq!(l.hit(x, y), Some(i), "bar {i} at {width}");
            assert_eq!(
                l.hit(width - 2.0, row.labels[0].y),
                Some(i),
                "label {i} at {width}"
            );
        }
        assert_eq!(l.hit(10.0, l.height + 5.0), None);
        assert_eq!(l.hit(10.0, -5.0), None);
    }
}

#[test]
fn rows_do_not_overlap_and_larger_text_makes_a_taller_chart() {
    let m = model(ChartKind::Bars, Scale::Linear, &[5.0, 4.0, 3.0]);
    let small = Layout::new(&m, 390.0, 13.0, false);
    let large = Layout::new(&m, 390.0, 18.0, false);
    assert!(large.height > small.height);
    for pair in small.rows.windows(2) {
        assert!(pair[0].band.y + pair[0].band.h <= pair[1].band.y + 1e-9);
    }
}

#[test]
fn tooltips_stay_inside_the_chart() {
    let m = model(ChartKind::Bars, Scale::Linear, &[10.0, 1000.0]);
    let l = Layout::new(&m, 320.0, 13.0, false);
    for i in 0..2 {
        let (left, top) = l.tooltip_at(i, 200.0).unwrap();
        assert!((8.0..=120.0).contains(&left), "{left}");
        assert!(top >= l.rows[i].band.y + l.rows[i].band.h);
    }
    assert_eq!(l.tooltip_at(2, 200.0), None);
    assert_eq!(within(5.0, 8.0, 100.0), 8.0);
    assert_eq!(within(500.0, 8.0, 100.0), 100.0);
    assert_eq!(
        within(50.0, 8.0, 4.0),
        8.0,
        "lo wins when the range is empty"
    );
}

#[test]
fn long_labels_are_shortened_with_an_ellipsis() {
    let fitted = fit_text("非常非常非常非常非常非常长的标签", 13.0, 100.0);
    assert!(fitted.ends_with('…'));
    assert!(text_width(&fitted, 13.0) <= 100.0);
    assert_eq!(fit_text("短", 13.0, 100.0), "短");
}
