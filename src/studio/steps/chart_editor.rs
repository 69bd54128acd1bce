//! The charts of the draft, each with its titles, the validator's word and a preview
//! drawn by the reader's own chart component; and the form that adds one, refused
//! with the validator's message when it would compare what the report does not.

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::report::{Bilingual, ChartKind, Problem};
use crate::studio::charts::{chart_of, objections, propose};
use crate::studio::state::{use_studio, StudioState};
use crate::ui::ChartCard;

const KINDS: [(ChartKind, &str, &str); 4] = [
    (
        ChartKind::Bars,
        "条形图（同一单位、同一时段）",
        "Bars (one unit, one period)",
    ),
    (ChartKind::Rates, "比率（百分比）", "Rates (percentages)"),
    (
        ChartKind::Funnel,
        "漏斗（报告写明的先后阶段）",
        "Funnel (stages the report ties)",
    ),
    (
        ChartKind::Cards,
        "数字卡片（不按长度比较）",
        "Cards (not compared by length)",
    ),
];

fn kind_name(kind: ChartKind, lang: Lang) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _, _)| *k == kind)
        .map(|(_, zh, en)| lang.pick(zh, en))
        .unwrap_or("")
}

/// The draft's charts, each with its editor and preview.
#[component]
pub fn ChartList() -> impl IntoView {
    let state = use_studio();
    let count = Memo::new(move |_| {
        state
            .work
            .with(|w| w.report.as_ref().map(|r| r.charts.len()).unwrap_or(0))
    });
    view! {
        <ol class="studio-charts">
            {move || (0..count.get()).map(|i| view! { <ChartRow index=i/> }).collect_view()}
        </ol>
    }
}

#[component]
fn ChartRow(index: usize) -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let draft = state.draft;
    let spec =
        Memo::new(move |_| draft.with(|r| r.as_ref().and_then(|r| r.charts.get(index).cloned())));
    let problems = move || state.problems_at(&format!("charts[{index}]"));
    let set_title = move |zh: bool, text: String| {
        state.update(|w| {
            if let Some(chart) = w.report.as_mut().and_then(|r| r.charts.get_mut(index)) {
                if zh {
                    chart.title.zh = text
                } else {
                    chart.title.en = text
                }
            }
        });
    };
    let remove = move |_| {
        state.update(|w| {
            if let Some(r) = w.report.as_mut() {
                if index < r.charts.len() {
                    r.charts.remove(index);
                }
            }
        })
    };
    let zh_id = format!("chart-{index}-title");
    let en_id = format!("chart-{index}-title-en");
    view! {
        <li class="studio-card studio-chart">
            <p class="studio-chart-kind">{move || spec.get().map(|s| kind_name(s.kind, lang.get()))}</p>
            <span class="studio-field studio-wide">
                <label for=zh_id.clone()>{pick("图表标题", "Chart title")}</label>
                <input id=zh_id type="text" prop:value=move || spec.get().map(|s| s.title.zh).unwrap_or_default()
                    on:change=move |ev| set_title(true, event_target_value(&ev))/>
            </span>
            <span class="studio-field studio-wide">
                <label for=en_id.clone()>{pick("英文标题", "Title in English")}</label>
                <input id=en_id type="text" prop:value=move || spec.get().map(|s| s.title.en).unwrap_or_default()
                    on:change=move |ev| set_title(false, event_target_value(&ev))/>
            </span>
            {move || {
                let list = problems();
                (!list.is_empty()).then(|| view! {
                    <ul class="studio-problems" role="alert">
                        {list.into_iter().map(|p| view! { <li>{move || p.message(lang.get())}</li> }).collect_view()}
                    </ul>
                })
            }}
            <button type="button" class="studio-button" on:click=remove>{pick("删除这张图表", "Remove this chart")}</button>
            <div class="studio-preview-chart">
                {move || match (spec.get(), draft.get()) {
                    (Some(spec), Some(report)) => view! { <ChartCard spec report/> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
        </li>
    }
}

/// Adds a chart: proposed from the figures, or built by picking figures and a kind.
#[component]
pub fn NewChart() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let kind = RwSignal::new(ChartKind::Bars);
    let title = RwSignal::new(String::new());
    let title_en = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<String>::new());
    let refused = RwSignal::new(Vec::<Problem>::new());
    let accepted = Memo::new(move |_| {
        state.work.with(|w| {
            w.accepted()
                .map(|f| {
                    (
                        f.id.clone(),
                        format!(
                            "{} · {} · {}",
                            f.written_form(),
                            f.label.zh,
                            f.period.name(Lang::Zh)
                        ),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let Some(report) = state.draft.get_untracked() else {
            return;
        };
        let spec = chart_of(
            &report,
            kind.get_untracked(),
            Bilingual {
                zh: title.get_untracked(),
                en: title_en.get_untracked(),
            },
            chosen.get_untracked(),
        );
        let found = objections(&report, &spec);
        if found.is_empty() {
            add_chart(state, spec);
            chosen.set(Vec::new());
            title.set(String::new());
            title_en.set(String::new());
        }
        refused.set(found);
    };
    let add_proposed = move |_| {
        let Some(report) = state.draft.get_untracked() else {
            return;
        };
        for spec in propose(&report) {
            add_chart(state, spec);
        }
    };
    view! {
        <div class="studio-card studio-new-chart">
            <h3>{pick("添加图表", "Add a chart")}</h3>
            <p>
                <button type="button" class="studio-button" id="propose-charts" on:click=add_proposed>
                    {pick("按数字自动建议图表", "Propose charts from the figures")}
                </button>
                " "
                <span class="studio-help">{pick(
                    "（每张只含同一小节、同一单位、同一时段的数字）",
                    "(each holds figures of one section, one unit and one period)",
                )}</span>
            </p>
            <span class="studio-field">
                <label for="new-chart-kind">{pick("图表类型", "Kind")}</label>
                <select id="new-chart-kind" on:change=move |ev| {
                    let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                    kind.set(KINDS[i.min(KINDS.len() - 1)].0);
                }>
                    {KINDS.iter().enumerate().map(|(i, (k, zh, en))| {
                        let k = *k;
                        view! { <option value=i.to_string() selected=move || kind.get() == k>{move || lang.get().pick(zh, en)}</option> }
                    }).collect_view()}
                </select>
            </span>
            <span class="studio-field studio-wide">
                <label for="new-chart-title">{pick("图表标题", "Chart title")}</label>
                <input id="new-chart-title" type="text" prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))/>
            </span>
            <span class="studio-field studio-wide">
                <label for="new-chart-title-en">{pick("英文标题", "Title in English")}</label>
                <input id="new-chart-title-en" type="text" prop:value=move || title_en.get()
                    on:input=move |ev| title_en.set(event_target_value(&ev))/>
            </span>
            <fieldset class="studio-chart-figures">
                <legend>{pick("图表中的数字（按勾选顺序绘制）", "Figures in the chart (drawn in the order ticked)")}</legend>
                <ul>
                    {move || accepted.get().into_iter().map(|(id, text)| {
                        let box_id = format!("new-chart-{id}");
                        let mine = id.clone();
                        view! {
                            <li>
                                <input type="checkbox" id=box_id.clone()
                                    prop:checked=move || chosen.with(|c| c.contains(&mine))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        let id = id.clone();
                                        chosen.update(|c| { c.retain(|x| *x != id); if on { c.push(id); } });
                                    }/>
                                <label for=box_id>{text}</label>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </fieldset>
            <button type="button" class="studio-button studio-primary" id="add-chart" on:click=add
                disabled=move || chosen.with(Vec::is_empty)>
                {pick("添加这张图表", "Add this chart")}
            </button>
            {move || {
                let list = refused.get();
                (!list.is_empty()).then(|| view! {
                    <div class="studio-problems studio-refused" role="alert" id="chart-refused">
                        <p>{move || lang.get().pick("校验程序拒绝了这张图表：", "The validator refuses this chart:")}</p>
                        <ul>{list.into_iter().map(|p| view! { <li>{move || p.message(lang.get())}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
        </div>
    }
}

fn add_chart(state: StudioState, spec: crate::report::ChartSpec) {
    state.update(|w| {
        if let Some(r) = w.report.as_mut() {
            let mut spec = spec;
            spec.id = crate::studio::charts::new_chart_id(r);
            r.charts.push(spec);
        }
    });
}
