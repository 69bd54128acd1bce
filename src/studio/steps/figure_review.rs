//! The figure under review: its sentence with the figure marked, every field a
//! person decides (value, measure word, qualifier, period and the words that decide
//! it, labels in both languages), the validator's word on it, and the decision.

use leptos::prelude::*;

use super::figures::decide_current;
use crate::i18n::Lang;
use crate::report::{Approx, Bilingual, Figure, Measure, Period, Quantity};
use crate::studio::state::{use_studio, StudioState};
use crate::studio::work::Decision;

/// Applies `f` to the figure under review.
fn edit(state: StudioState, f: impl FnOnce(&mut Figure)) {
    let current = state.current.get_untracked();
    state.update(|w| {
        if let Some(p) = w.proposals.get_mut(current) {
            f(&mut p.figure);
        }
    });
}

const APPROX: [(Option<Approx>, &str, &str); 6] = [
    (None, "无（精确）", "none (exact)"),
    (Some(Approx::About), "约", "about (约)"),
    (Some(Approx::MoreThan), "余", "more than (余)"),
    (Some(Approx::Plus), "多", "more than (多)"),
    (Some(Approx::Nearly), "近", "nearly (近)"),
    (Some(Approx::Over), "超过", "over (超过)"),
];

const PERIODS: [(&str, &str, &str); 4] = [
    ("year", "某一年度", "a year"),
    ("cumulative", "累计", "cumulative"),
    ("as_of", "截至某日", "as of a date"),
    ("not_stated", "报告未写明时段", "period not stated"),
];

#[component]
pub fn FigureReview() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let proposal = move || {
        state
            .work
            .with(|w| w.proposals.get(state.current.get()).cloned())
    };
    let figure = Memo::new(move |_| proposal().map(|p| p.figure));
    let decision = move || proposal().map(|p| p.decision);
    let sentence = move || {
        let figure = figure.get()?;
        let text = state.work.with(|w| {
            w.report.as_ref().and_then(|r| {
                r.paragraphs()
                    .into_iter()
                    .find(|p| p.id == figure.paragraph)
                    .map(|p| p.text.clone())
            })
        })?;
        Some(marked(&text, &figure))
    };
    // The validator's problems with this figure, when it is in the draft.
    let problems = move || {
        let l = lang.get();
        let current = state.current.get();
        state.work.with(|w| w.draft_index(current)).map(|index| {
            state
                .problems_at(&format!("figures[{index}]"))
                .iter()
                .map(|p| p.message(l))
                .collect::<Vec<String>>()
        })
    };
    view! {
        <div class="studio-card studio-figure" id="figure-review" aria-live="polite">
            {move || figure.get().is_none().then(|| view! {
                <p>{pick("这个页面没有导入任何数字。", "The importer found no figures on this page.")}</p>
            })}
            <Show when=move || figure.get().is_some()>
                // Escape in a field comes back here (steps/figures.rs), so that the
                // review's keys work again.
                <h3 id="figure-heading" tabindex="-1">
                    {move || {
                        let n = state.current.get() + 1;
                        let all = state.work.with(|w| w.proposals.len());
                        match lang.get() {
                            Lang::Zh => format!("第 {n} 个，共 {all} 个"),
                            Lang::En => format!("Figure {n} of {all}"),
                        }
                    }}
                    " · "
                    <span class="studio-decision" data-decision=move || format!("{:?}", decision().unwrap_or(Decision::Pending)).to_lowercase()>
                        {move || match (decision(), lang.get()) {
                            (Some(Decision::Accepted), l) => l.pick("已接受", "accepted"),
                            (Some(Decision::Rejected), l) => l.pick("已拒绝", "rejected"),
                            (_, l) => l.pick("待审核", "to review"),
                        }}
                    </span>
                </h3>
                <blockquote class="studio-sentence">{sentence}</blockquote>
                <div class="studio-decide">
                    <button type="button" class="studio-button studio-primary" id="accept-figure"
                        on:click=move |_| decide_current(state, Decision::Accepted)>
                        {pick("接受（A）", "Accept (A)")}
                    </button>
                    <button type="button" class="studio-button" id="reject-figure"
                        on:click=move |_| decide_current(state, Decision::Rejected)>
                        {pick("拒绝（R）", "Reject (R)")}
                    </button>
                </div>
                <FigureFields figure/>
                {move || problems().filter(|p| !p.is_empty()).map(|list| view! {
                    <div class="studio-problems" role="alert">
                        <p>{move || lang.get().pick("校验程序发现：", "The validator says:")}</p>
                        <ul>{list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    </div>
                })}
            </Show>
        </div>
    }
}

/// The paragraph with the figure's quote marked, and its written form strong inside it.
fn marked(text: &str, figure: &Figure) -> impl IntoView {
    let Some(at) = text.find(&figure.quote) else {
        return view! { {text.to_string()} }.into_any();
    };
    let (before, rest) = text.split_at(at);
    let (quote, after) = rest.split_at(figure.quote.len());
    let written = figure.written_form();
    let inner = match quote.find(&written) {
        Some(w) => view! {
            {quote[..w].to_string()}<strong>{written.clone()}</strong>{quote[w + written.len()..].to_string()}
        }
        .into_any(),
        None => view! { {quote.to_string()} }.into_any(),
    };
    view! { {before.to_string()}<mark>{inner}</mark>{after.to_string()} }.into_any()
}

#[component]
fn FigureFields(figure: Memo<Option<Figure>>) -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let get =
        move |f: fn(&Figure) -> String| move || figure.get().map(|x| f(&x)).unwrap_or_default();
    let measure = move || match figure.get().map(|f| f.quantity) {
        Some(Quantity::Count { measure, .. }) => Some(measure.as_str().to_string()),
        _ => None,
    };
    let period_kind = move || {
        figure
            .get()
            .map(|f| f.period.kind_name())
            .unwrap_or("not_stated")
    };
    view! {
        <div class="studio-figure-fields">
            <span class="studio-field">
                <label for="figure-value">{pick("数值", "Value")}</label>
                <input id="figure-value" type="text" inputmode="decimal"
                    prop:value=get(|f| crate::report::number::plain_number(f.value))
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).trim().replace(',', "").parse::<f64>() {
                            edit(state, |f| f.value = v);
                        }
                    }/>
            </span>
            {move || measure().map(|m| view! {
                <span class="studio-field">
                    <label for="figure-measure">{pick("量词", "Measure word")}</label>
                    <input id="figure-measure" type="text" prop:value=m
                        on:change=move |ev| {
                            if let Ok(measure) = Measure::try_from(event_target_value(&ev).trim().to_string()) {
                                edit(state, |f| if let Quantity::Count { scale, .. } = f.quantity {
                                    f.quantity = Quantity::Count { measure, scale };
                                });
                            }
                        }/>
                </span>
            })}
            <span class="studio-field">
                <label for="figure-approx">{pick("限定词", "Qualifier")}</label>
                <select id="figure-approx" on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    edit(state, |f| f.approx = APPROX[i.min(APPROX.len() - 1)].0);
                }>
                    {APPROX.iter().enumerate().map(|(i, (a, zh, en))| {
                        let a = *a;
                        view! {
                            <option value=i.to_string() selected=move || figure.get().map(|f| f.approx) == Some(a)>
                                {move || lang.get().pick(zh, en)}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </span>
            <span class="studio-field">
                <label for="figure-period">{pick("时段", "Period")}</label>
                <select id="figure-period" on:change=move |ev| {
                    let kind = event_target_value(&ev);
                    let year = state.work.with_untracked(|w| w.report.as_ref().map(|r| r.meta.year).unwrap_or(0));
                    edit(state, |f| f.period = match kind.as_str() {
                        "year" => Period::Year { year },
                        "cumulative" => Period::Cumulative { since: None, until: None },
                        "as_of" => Period::AsOf { date: None },
                        _ => Period::NotStated {},
                    });
                }>
                    {PERIODS.iter().map(|(key, zh, en)| view! {
                        <option value=*key selected=move || period_kind() == *key>
                            {move || lang.get().pick(zh, en)}
                        </option>
                    }).collect_view()}
                </select>
            </span>
            <PeriodDetails figure/>
            <span class="studio-field studio-wide">
                <label for="figure-period-quote">{pick("决定时段的原文词句", "The report's words that decide the period")}</label>
                <input id="figure-period-quote" type="text"
                    prop:value=get(|f| f.period_quote.clone().unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().to_string();
                        edit(state, |f| f.period_quote = (!v.is_empty()).then_some(v));
                    }/>
            </span>
            <span class="studio-field studio-wide">
                <label for="figure-label-zh">{pick("中文说明", "Label in Chinese")}</label>
                <input id="figure-label-zh" type="text" prop:value=get(|f| f.label.zh.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(state, |f| f.label.zh = v); }/>
            </span>
            <span class="studio-field studio-wide">
                <label for="figure-label-en">{pick("英文说明", "Label in English")}</label>
                <input id="figure-label-en" type="text" prop:value=get(|f| f.label.en.clone())
                    on:change=move |ev| { let v = event_target_value(&ev); edit(state, |f| f.label.en = v); }/>
            </span>
        </div>
    }
}

/// The period's own fields: the year, or the dates and the start in words.
#[component]
fn PeriodDetails(figure: Memo<Option<Figure>>) -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    move || {
        match figure.get().map(|f| f.period) {
        Some(Period::Year { year }) => view! {
            <span class="studio-field">
                <label for="period-year">{pick("年份", "Year")}</label>
                <input id="period-year" type="text" inputmode="numeric" prop:value=year.to_string()
                    on:change=move |ev| if let Ok(year) = event_target_value(&ev).trim().parse() {
                        edit(state, |f| f.period = Period::Year { year });
                    }/>
            </span>
        }
        .into_any(),
        Some(Period::Cumulative { since, until }) => {
            let since_zh = since.as_ref().map(|s| s.zh.clone()).unwrap_or_default();
            let since_en = since.as_ref().map(|s| s.en.clone()).unwrap_or_default();
            view! {
                <span class="studio-field">
                    <label for="period-since">{pick("起点（原文）", "Since (the report's words)")}</label>
                    <input id="period-since" type="text" prop:value=since_zh
                        on:change=move |ev| { let v = event_target_value(&ev); edit(state, |f| set_since(f, Some(v), None)); }/>
                </span>
                <span class="studio-field">
                    <label for="period-since-en">{pick("起点（英文）", "Since, in English")}</label>
                    <input id="period-since-en" type="text" prop:value=since_en
                        on:change=move |ev| { let v = event_target_value(&ev); edit(state, |f| set_since(f, None, Some(v))); }/>
                </span>
                <span class="studio-field">
                    <label for="period-until">{pick("截至（YYYY-MM-DD）", "Until (YYYY-MM-DD)")}</label>
                    <input id="period-until" type="text" prop:value=until.unwrap_or_default()
                        on:change=move |ev| {
                            let v = event_target_value(&ev).trim().to_string();
                            edit(state, |f| if let Period::Cumulative { until, .. } = &mut f.period {
                                *until = (!v.is_empty()).then_some(v);
                            });
                        }/>
                </span>
            }
            .into_any()
        }
        Some(Period::AsOf { date }) => view! {
            <span class="studio-field">
                <label for="period-date">{pick("截至（YYYY-MM-DD）", "As of (YYYY-MM-DD)")}</label>
                <input id="period-date" type="text" prop:value=date.unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev).trim().to_string();
                        edit(state, |f| f.period = Period::AsOf { date: (!v.is_empty()).then_some(v) });
                    }/>
            </span>
        }
        .into_any(),
        _ => ().into_any(),
    }
    }
}

fn set_since(figure: &mut Figure, zh: Option<String>, en: Option<String>) {
    if let Period::Cumulative { since, .. } = &mut figure.period {
        let mut s = since.clone().unwrap_or(Bilingual {
            zh: String::new(),
            en: String::new(),
        });
        if let Some(zh) = zh {
            s.zh = zh.trim().to_string();
        }
        if let Some(en) = en {
            s.en = en.trim().to_string();
        }
        *since = (!s.zh.is_empty() || !s.en.is_empty()).then_some(s);
    }
}
