//! Step 4: charts and key figures — the key figures picked from the accepted ones,
//! charts proposed from them or built by hand, each refused with the validator's own
//! words when it would compare what the report does not, and previewed with the
//! reader's own chart component.

use leptos::prelude::*;

use super::chart_editor::{ChartList, NewChart};
use super::text::NothingYet;
use super::NextStep;
use crate::studio::state::use_studio;
use crate::studio::work::Step;

#[component]
pub fn ChartsStep() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    // The reader's chart components share what the reader has active.
    crate::ui::provide_reader_state();
    super::provide_draft_choice(state);
    let has_report = move || state.work.with(|w| w.report.is_some());
    view! {
        <section class="studio-panel" aria-labelledby="charts-title">
            <h2 id="charts-title">{pick("第 4 步：图表与关键数字", "Step 4: Charts and key figures")}</h2>
            <Show when=has_report fallback=move || view! { <NothingYet/> }>
                <KeyFigures/>
                <h3>{pick("图表", "Charts")}</h3>
                <p class="studio-help">{pick(
                    "一张条形图只比较同一单位、同一时段的数字；校验程序会拒绝混合单位或时段的图表，以及报告没有说明衔接关系的漏斗阶段。单位不同的数字请用“数字卡片”。",
                    "A bar chart compares figures of one unit and one period only: the validator refuses a chart that mixes units or periods, and a funnel stage the report does not tie to the one before. Use cards for figures of different units.",
                )}</p>
                <ChartList/>
                <NewChart/>
                <p class="studio-confirm">
                    <input type="checkbox" id="charts-done"
                        prop:checked=move || state.work.with(|w| w.charts_done)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.update(|w| w.charts_done = on);
                        }/>
                    <label for="charts-done">{pick(
                        "图表与关键数字已确认（工作室不添加数字之间的关系）",
                        "The charts and key figures are confirmed (the studio adds no relations between figures)",
                    )}</label>
                </p>
                <NextStep to=Step::Publish/>
            </Show>
        </section>
    }
}

/// The accepted figures, each with a box to make it a key figure.
#[component]
fn KeyFigures() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let accepted = Memo::new(move |_| {
        state.work.with(|w| {
            w.accepted()
                .map(|f| {
                    (
                        f.id.clone(),
                        format!("{} · {}", f.written_form(), f.label.zh),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h3>{pick("关键数字", "Key figures")}</h3>
        <p class="studio-help">{pick(
            "选出在报告开头突出显示的数字（建议 4 至 8 个，时段明确的数字）。",
            "Pick the figures shown large at the top of the report (4 to 8 suggested, with stated periods).",
        )}
        " "
        <span role="status">{move || {
            let n = state.work.with(|w| w.report.as_ref().map(|r| r.key_figures.len()).unwrap_or(0));
            match lang.get() {
                crate::i18n::Lang::Zh => format!("已选 {n} 个。"),
                crate::i18n::Lang::En => format!("{n} chosen."),
            }
        }}</span></p>
        <ul class="studio-key-figures">
            {move || accepted.get().into_iter().map(|(id, text)| {
                let box_id = format!("key-{id}");
                let checked_id = id.clone();
                let checked = move || state.work.with(|w| w.report.as_ref().is_some_and(|r| r.key_figures.contains(&checked_id)));
                let toggle = move |ev| {
                    let on = event_target_checked(&ev);
                    let id = id.clone();
                    state.update(|w| if let Some(r) = w.report.as_mut() {
                        r.key_figures.retain(|k| *k != id);
                        if on {
                            r.key_figures.push(id);
                        }
                    });
                };
                view! {
                    <li>
                        <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle/>
                        <label for=box_id>{text}</label>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
