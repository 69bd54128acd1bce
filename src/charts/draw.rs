//! Drawing a laid-out chart with plotters. Generic over the backend, so the same code
//! draws the SVG shown in the page, the SVG download, and the SVG the tests read.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::layout::{Anchor, Label, Layout, Rect};

/// Chart colours. Bars and text pass WCAG AA against the background.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub bar: RGBColor,
    pub track: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        bar: RGBColor(163, 34, 27),
        track: RGBColor(236, 231, 226),
        text: RGBColor(31, 31, 31),
        muted: RGBColor(85, 81, 80),
        grid: RGBColor(170, 162, 155),
    };

    /// On the dark theme's card colour (#23211f).
    pub const DARK: Palette = Palette {
        background: RGBColor(35, 33, 31),
        bar: RGBColor(255, 138, 122),
        track: RGBColor(66, 62, 58),
        text: RGBColor(240, 236, 232),
        muted: RGBColor(196, 189, 182),
        grid: RGBColor(110, 104, 98),
    };

    /// Black and white with yellow bars.
    pub const HIGH_CONTRAST: Palette = Palette {
        background: RGBColor(0, 0, 0),
        bar: RGBColor(255, 212, 0),
        track: RGBColor(70, 70, 70),
        text: RGBColor(255, 255, 255),
        muted: RGBColor(255, 255, 255),
        grid: RGBColor(200, 200, 200),
    };
}

/// Plotters' SVG backend writes `font-size` as the style size ÷ 1.24.
const SVG_FONT_SCALE: f64 = 1.24;
/// The family written into the SVG; the page's CSS replaces it with the CJK stack.
const FONT: &str = "sans-serif";

fn to_px(v: f64) -> i32 {
    v.round() as i32
}

fn draw_rect<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Rect,
    color: &RGBColor,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if r.w <= 0.0 || r.h <= 0.0 {
        return Ok(());
    }
    area.draw(&Rectangle::new(
        [
            (to_px(r.x), to_px(r.y)),
            (to_px(r.x + r.w), to_px(r.y + r.h)),
        ],
        color.filled(),
    ))
}

fn draw_label<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    label: &Label,
    px: f64,
    color: &RGBColor,
    bold: bool,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let h = match label.anchor {
        Anchor::Start => HPos::Left,
        Anchor::Middle => HPos::Center,
        Anchor::End => HPos::Right,
    };
    let font = (FONT, px * SVG_FONT_SCALE).into_font();
    let font = if bold {
        font.style(FontStyle::Bold)
    } else {
        font
    };
    let style = font.color(color).pos(Pos::new(h, VPos::Center));
    area.draw(&Text::new(
        label.text.clone(),
        (to_px(label.x), to_px(label.y)),
        style,
    ))
}

/// Draws `layout` onto `area`, which must be `layout.width` × `layout.height`.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    palette: &Palette,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = layout.text_px;
    area.fill(&palette.background)?;
    for title in &layout.title {
        draw_label(area, title, px * 1.15, &palette.text, true)?;
    }
    for period in &layout.period {
        draw_label(area, period, px, &palette.muted, false)?;
    }
    if let (Some(first), Some(last)) = (layout.rows.first(), layout.rows.last()) {
        for tick in &layout.ticks {
            let x = to_px(tick.x);
            area.draw(&PathElement::new(
                vec![
                    (x, to_px(first.band.y)),
                    (x, to_px(last.band.y + last.band.h)),
                ],
                palette.grid.stroke_width(1),
            ))?;
            draw_label(area, &tick.label, px * 0.85, &palette.muted, false)?;
        }
    }
    for row in &layout.rows {
        if let Some(track) = &row.track {
            draw_rect(area, track, &palette.track)?;
        }
        draw_rect(area, &row.bar, &palette.bar)?;
        for label in &row.labels {
            draw_label(area, label, px, &palette.text, false)?;
        }
        draw_label(area, &row.value, layout.value_px, &palette.text, true)?;
    }
    for step in &layout.steps {
        draw_label(area, step, px * 0.9, &palette.muted, false)?;
    }
    if let Some(scale) = &layout.scale_label {
        draw_label(area, scale, px * 0.85, &palette.muted, false)?;
    }
    Ok(())
}

/// The chart as a standalone SVG document. Every text is escaped by plotters' SVG
/// backend, so data can never become markup.
pub fn render_svg(layout: &Layout, palette: &Palette) -> String {
    let mut svg = String::new();
    {
        let size = (layout.width.ceil() as u32, layout.height.ceil() as u32);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        // Drawing into a String cannot fail; an error would leave a partial SVG, which
        // the tests would catch by its missing labels.
        let _ = draw(&area, layout, palette);
        let _ = area.present();
    }
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::model::{ChartModel, Point};
    use crate::report::{ChartKind, Scale};

    fn model(label: &str) -> ChartModel {
        ChartModel {
            id: "t".into(),
            lang: crate::i18n::Lang::Zh,
            kind: ChartKind::Bars,
            scale: Scale::Log,
            title: "标题".into(),
            note: None,
            points: vec![
                Point {
                    figure_id: "a".into(),
                    label: label.into(),
                    value: 74728.0,
                    value_text: "74,728宗".into(),
                    unit: "宗",
                    paragraph: "p".into(),
                    quote: "q".into(),
                    period: None,
                },
                Point {
                    figure_id: "b".into(),
                    label: "价格类违法案件".into(),
                    value: 13.0,
                    value_text: "13宗".into(),
                    unit: "宗",
                    paragraph: "p".into(),
                    quote: "q".into(),
                    period: None,
                },
            ],
            steps: vec![],
            year: 2023,
        }
    }

    #[test]
    fn the_svg_contains_every_label_value_and_the_scale_note() {
        let layout = Layout::new(&model("行政许可"), 390.0, 13.0, true);
        let svg = render_svg(&layout, &Palette::LIGHT);
        for text in [
            "标题",
            "行政许可",
            "74,728宗",
            "价格类违法案件",
            "13宗",
            "对数刻度",
            "10万",
        ] {
            assert!(svg.contains(text), "{text} missing from\n{svg}");
        }
        assert!(svg.starts_with("<svg"));
        assert!(
            !svg.contains("style="),
            "inline styles would break a strict CSP"
        );
    }

    #[test]
    fn a_label_containing_markup_is_escaped() {
        let layout = Layout::new(&model("<script>alert(1)</script>"), 1280.0, 13.0, false);
        let svg = render_svg(&layout, &Palette::LIGHT);
        assert!(!svg.contains("<script>"), "{svg}");
        assert!(svg.contains("&lt;script&gt;"), "{svg}");
    }
}
