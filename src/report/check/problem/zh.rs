//! Every problem the checks find, said in Chinese for whoever edits the report in the
//! studio: the same facts as the English of [`ProblemKind`]'s `Display`, with its ids,
//! quotes and numbers exactly as there, and things named as the studio names them
//! (数字, 段落, 引文, 图表, 单位, 时段, 关键数字) rather than by their JSON fields.

use super::{ChartUnit, EnglishText, Exact, PeriodName, ProblemKind, Size};
use crate::i18n::Lang;
use crate::report::check::{INFERENCE_EN, INFERENCE_ZH};
use crate::report::model::ReviewItem;
use crate::report::number::{fixed_3, plain_list, plain_number};
use crate::report::period_rule::PeriodProblem;

/// The Chinese sentence for `kind`.
pub(super) fn message(kind: &ProblemKind) -> String {
    use ProblemKind as K;
    let n = |v: &f64| plain_number(*v);
    match kind {
        K::DuplicateId(id) => format!("编号“{id}”使用了不止一次。"),
        K::UnknownParagraph(id) => format!("没有编号为“{id}”的段落。"),
        K::UnknownFigure(id) => format!("没有编号为“{id}”的数字。"),
        K::QuoteNotInParagraph { quote, paragraph } => {
            format!("引文“{quote}”不在段落“{paragraph}”中。")
        }
        K::QuoteNotUnique {
            quote,
            paragraph,
            count,
        } => format!(
            "引文“{quote}”在段落“{paragraph}”中出现了 {count} 次，引文在段落中必须只出现一次。"
        ),
        K::QuotesOverlap { other } => {
            format!("这段引文与同一段落中数字“{other}”的引文有重叠。")
        }
        K::ValueNotInQuote { written, quote } => {
            format!("数值写作“{written}”，但引文“{quote}”中没有这样的写法。")
        }
        K::NotFinite(v) => format!("数值 {} 不是一个有限的数。", n(v)),
        K::BadCount(v) => format!("计数 {} 是负数或不是整数。", n(v)),
        K::BadScaledCount { written, things } => {
            format!("计数 {written} 折合 {things}，是负数或不是整数。")
        }
        K::NegativeChange { word, size } => format!(
            "变化的方向已由“{word}”一词表明，数字只表示幅度，因此幅度 {} 不能是负数。",
            n(size)
        ),
        K::FallOverAll(v) => format!("下降 {}% 会使结果小于零。", n(v)),
        K::ApproxNotAllowed(what) => {
            format!("{}是确切写出的，不能标为约数。", exact(*what))
        }
        K::ToBeFilled(what) => format!("{}尚未填写。", english_text(*what)),
        K::NoKeyFigures => {
            "尚未选定关键数字：请列出要在页面顶部展示的数字的编号。".to_string()
        }
        K::ReviewPending(item) => review_explanation(*item).to_string(),
        K::BadPercent(v) => format!("百分比 {} 超出了 0–100 的范围。", n(v)),
        K::BadRank(v) => format!("名次 {} 不是大于或等于 1 的整数。", n(v)),
        K::BadAmount(v) => format!("金额 {} 是负数。", n(v)),
        K::RateMismatch {
            part,
            whole,
            computed,
            stated,
        } => format!(
            "{} 占 {} 的 {}%，但报告写的是 {}%。",
            n(part),
            n(whole),
            fixed_3(*computed),
            n(stated)
        ),
        K::SumMismatch { sum, total } => {
            format!("各分项相加为 {}，但总数是 {}。", n(sum), n(total))
        }
        K::NotEqual(values) => {
            format!("这些数字应当相等，实际数值却是 [{}]。", plain_list(values))
        }
        K::PartExceedsWhole { part, whole } => {
            format!("部分 {} 大于整体 {}。", n(part), n(whole))
        }
        K::BadDate(date) => {
            format!("“{date}”不是按“年-月-日”格式（如 2023-12-31）书写的日期。")
        }
        K::EmptyText => "文字内容为空。".to_string(),
        K::UnknownSection(id) => format!("没有编号为“{id}”的章节。"),
        K::NotAPercentage(id) => {
            format!("数字“{id}”不是百分比，而比率图只能展示百分比。")
        }
        K::FunnelGrows { earlier, later } => format!(
            "漏斗图中每一级的数字都不能大于上一级，但 {} 排在 {} 之后。",
            n(later),
            n(earlier)
        ),
        K::EmptyChart => "图表中没有列出任何数字。".to_string(),
        K::ChartMixesUnits {
            chart,
            first,
            first_unit,
            other,
            other_unit,
        } => format!(
            "{}按长短比较各项数字，因此各项必须统计同一类事物、使用同一单位；但“{first}”以{}计，“{other}”以{}计。请改用数字卡片，或每个单位各用一幅图表。",
            chart_kind(chart),
            unit(first_unit),
            unit(other_unit)
        ),
        K::ChartMixesPeriods {
            chart,
            first,
            first_period,
            other,
            other_period,
        } => format!(
            "{}按长短比较各项数字，因此各项必须属于同一时段；但“{first}”的时段是“{}”，“{other}”的时段是“{}”。请改用数字卡片，或每个时段各用一幅图表。",
            chart_kind(chart),
            period(first_period),
            period(other_period)
        ),
        K::UnstatedFunnelStage { earlier, later } => format!(
            "漏斗图的每一级都必须由报告写明的数字关系与上一级相连（比率关系，或为“其中”而设、依据为“原文写明”的“不超过”关系），但没有任何数字关系把“{later}”与“{earlier}”连起来。"
        ),
        K::InferenceUnmarked => format!(
            "这一数字关系的依据是“推断”，因此说明中必须写明：中文写“{INFERENCE_ZH}”，英文写“{INFERENCE_EN}”。"
        ),
        K::BadYear(year) => format!("{year}年不像是本报告中数字所属的年份。"),
        K::Period(problem) => period_problem(problem),
        K::TooLarge { what, size, limit } => format!(
            "{}为 {}，超过了一份报告合理的上限 {}。",
            size_name(*what),
            n(size),
            n(limit)
        ),
    }
}

/// The Chinese sentence for a figure's period that its words do not support.
fn period_problem(problem: &PeriodProblem) -> String {
    use PeriodProblem as P;
    match problem {
        P::YearUnsupported { year } => format!(
            "该数字标为{year}年度，但写出它的那句话没有提到年份，也没有用时段引文引出管辖它的文字：请把时段改为“未写明”（原文说明是截至某时或累计的，改为“截至某时”或“累计”），或把本段中管辖它的文字引作时段引文。"
        ),
        P::SentenceNamesOtherYear {
            year,
            named,
            written,
        } => format!("该数字标为{year}年度，但写出它的那句话说的是{named}年（“{written}”）。"),
        P::QuoteNotInParagraph { quote, paragraph } => {
            format!("时段引文“{quote}”不在段落“{paragraph}”中。")
        }
        P::QuoteNotUnique {
            quote,
            paragraph,
            count,
        } => format!(
            "时段引文“{quote}”在段落“{paragraph}”中出现了 {count} 次，它在段落中必须只出现一次。"
        ),
        P::QuoteAfterFigure { quote } => format!(
            "时段引文“{quote}”不在该数字的引文之前，因此不能管辖它。"
        ),
        P::QuoteNamesNoYear { quote } => format!(
            "时段引文“{quote}”没有写明年份（应写“2023年”“2023年度”，或用“全年”“今年”“本年度”指报告所属年份）。"
        ),
        P::QuoteNamesOtherYear {
            quote,
            named,
            written,
            year,
        } => format!(
            "时段引文“{quote}”说的是{named}年（“{written}”），但该数字标为{year}年度。"
        ),
        P::QuoteWithoutYear { kind } => format!(
            "时段引文只用来佐证年份，但该数字的时段是“{}”：请删去时段引文。",
            period_kind(kind)
        ),
    }
}

/// What `to_review` still asks of a person, as [`super::review_explanation`] says it.
fn review_explanation(item: ReviewItem) -> &'static str {
    match item {
        ReviewItem::Ids => "数字的编号是根据段落编号自动生成的：请把每个编号改为“领域.名称”的形式（并同时修改引用它的每一处），然后从待复核事项中删去“编号”一项。",
        ReviewItem::Labels => "数字的中文标签是从数字前后的文字中截取的：请逐一修改，让每个标签说明统计的是什么，然后从待复核事项中删去“标签”一项。",
        ReviewItem::Periods => "每个数字的时段是根据前后文字推测的：请对照原文逐一确认或更正，然后从待复核事项中删去“时段”一项。",
        ReviewItem::Relations => "报告写明的运算关系（比率、合计、“其中”）还没有录入为数字关系：请补充录入，然后从待复核事项中删去“数字关系”一项。",
        ReviewItem::Charts => "图表尚未选定：请添加图表（参见各类图表的说明），然后从待复核事项中删去“图表”一项。",
    }
}

fn exact(what: Exact) -> &'static str {
    match what {
        Exact::Rank => "名次",
        Exact::Change => "增减幅度",
    }
}

fn english_text(what: EnglishText) -> &'static str {
    match what {
        EnglishText::Title => "英文标题",
        EnglishText::DistrictName => "区名的英文",
        EnglishText::Label => "英文标签",
        EnglishText::Since => "累计起始时间的英文表述",
        EnglishText::Note => "英文说明",
        EnglishText::Reason => "英文撤下原因",
    }
}

fn size_name(what: Size) -> &'static str {
    match what {
        Size::Value => "数值",
        Size::Paragraphs => "段落数",
        Size::Figures => "数字的个数",
        Size::Charts => "图表数",
        Size::ChartPoints => "一幅图表中的数据项数",
        Size::ParagraphChars => "一个段落的字数",
    }
}

fn unit(unit: &ChartUnit) -> String {
    match unit {
        ChartUnit::Ranks => "名次".to_string(),
        ChartUnit::Written(written) => format!("“{written}”"),
    }
}

fn period(period: &PeriodName) -> String {
    period.0.name(Lang::Zh)
}

/// A chart's kind, named by its JSON name (`bars`), as the charts name it in Chinese.
pub(super) fn chart_kind(name: &str) -> &str {
    match name {
        "bars" => "条形图",
        "funnel" => "漏斗图",
        "rates" => "比率图",
        "cards" => "数字卡片",
        other => other,
    }
}

/// A period's kind, named by its JSON name (`not_stated`).
pub(super) fn period_kind(name: &str) -> &str {
    match name {
        "year" => "年度",
        "cumulative" => "累计",
        "as_of" => "截至某时",
        "not_stated" => "未写明",
        other => other,
    }
}
