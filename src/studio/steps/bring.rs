//! Step 1: bring the page — paste it, or open a saved page, a report JSON to revise,
//! or a work file. The importer runs here, in the browser, as it does natively.

use leptos::prelude::*;

use super::NextStep;
use crate::import::{import, RemovedReason};
use crate::report::parse_report;
use crate::studio::files;
use crate::studio::state::{use_studio, Notice, StudioState};
use crate::studio::work::{Source, Step, Work};

/// Imports `text` (a page's HTML or plain text) as new work, or says why it could not.
/// The time the import took is kept on the page (`data-import-ms`) for the benchmark.
pub fn bring_page(state: StudioState, name: String, text: String) {
    let started = now();
    let result = import(&text);
    let took = now() - started;
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-import-ms", &format!("{took:.1}"));
    }
    match result {
        Ok(draft) => {
            state
                .work
                .set(Work::from_draft(Source { name, text }, Vec::new(), draft));
            state.current.set(0);
            state.notice.set(None);
        }
        Err(error) => state.notice.set(Some(Notice::NoReport(error))),
    }
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Opens a file: a page (.html, .htm, .txt), a report JSON, or a work file.
fn open_file(state: StudioState, name: String, text: Result<String, String>) {
    let text = match text {
        Ok(text) => text,
        Err(why) => return state.notice.set(Some(Notice::BadFile { name, why })),
    };
    let lower = name.to_ascii_lowercase();
    if !lower.ends_with(".json") {
        return bring_page(state, name, text);
    }
    if text.contains("\"proposals\"") && !text.contains("\"schema_version\"") {
        return super::open_work_file(state, name, Ok(text));
    }
    match parse_report(&text) {
        Ok(report) => {
            state.work.set(Work::from_report(&name, report));
            state.current.set(0);
            state.notice.set(None);
        }
        Err(error) => state.notice.set(Some(Notice::BadReport { name, error })),
    }
}

#[component]
pub fn BringStep() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let typed = RwSignal::new(String::new());
    let on_paste = move |ev: web_sys::ClipboardEvent| {
        if let Some(text) = files::pasted(&ev) {
            ev.prevent_default();
            let name = lang
                .get_untracked()
                .pick("粘贴的页面", "pasted page")
                .to_string();
            bring_page(state, name, text);
        }
    };
    let import_typed = move |_| {
        let text = typed.get_untracked();
        if !text.trim().is_empty() {
            let name = lang
                .get_untracked()
                .pick("输入的文字", "typed text")
                .to_string();
            bring_page(state, name, text);
        }
    };
    let on_file = move |ev: web_sys::Event| {
        leptos::task::spawn_local(async move {
            if let Some((name, text)) = files::chosen_file(&ev).await {
                open_file(state, name, text);
            }
        });
    };
    let start_over = move |_| {
        state.work.set(Work::new());
        state.current.set(0);
    };
    view! {
        <section class="studio-panel" aria-labelledby="bring-title">
            <h2 id="bring-title">{pick("第 1 步：导入页面", "Step 1: Bring the page")}</h2>
            <Current/>
            <RemovedLines/>
            <div class="studio-columns">
                <div class="studio-card">
                    <h3>{pick("粘贴发布的页面", "Paste the published page")}</h3>
                    <p class="studio-help">{pick(
                        "在浏览器中打开已发布的报告页面，全选（Ctrl+A）并复制（Ctrl+C），然后在下面的框中粘贴（Ctrl+V）。导入会立即开始。",
                        "Open the published report page in a browser, select all (Ctrl+A), copy (Ctrl+C) and paste (Ctrl+V) into the box below. The import starts at once.",
                    )}</p>
                    <label class="studio-label" for="paste-box">{pick("页面内容", "The page")}</label>
                    <textarea id="paste-box" class="studio-paste" rows="8"
                        on:paste=on_paste
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))></textarea>
                    <button type="button" class="studio-button" on:click=import_typed
                        disabled=move || typed.with(|t| t.trim().is_empty())>
                        {pick("导入框中的文字", "Import the text in the box")}
                    </button>
                </div>
                <div class="studio-card">
                    <h3>{pick("或打开文件", "Or open a file")}</h3>
                    <p class="studio-help">{pick(
                        "另存的页面（.html、.txt），要修订的报告数据（.json），或工作文件。",
                        "A saved page (.html, .txt), a report JSON to revise, or a work file.",
                    )}</p>
                    <label class="studio-button studio-file">
                        {pick("选择文件…", "Choose a file…")}
                        <input type="file" id="page-file" accept=".html,.htm,.txt,.json,text/html,text/plain,application/json"
                            on:change=on_file/>
                    </label>
                </div>
            </div>
            <Show when=move || state.work.with(|w| w.report.is_some())>
                <p class="studio-help">
                    <button type="button" class="studio-button" on:click=start_over>
                        {pick("清空，重新开始", "Clear and start again")}
                    </button>
                    " "
                    {pick("（清空前可先下载工作文件）", "(download the work file first to keep it)")}
                </p>
                <NextStep to=Step::Text/>
            </Show>
        </section>
    }
}

/// What the current work came from and what the importer found in it.
#[component]
fn Current() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    move || {
        let l = lang.get();
        state.work.with(|w| {
            let report = w.report.as_ref()?;
            let name = w.source.as_ref().map(|s| s.name.clone()).unwrap_or_default();
            let sections = report.all_sections().len();
            let paragraphs = report.paragraphs().len();
            let figures = w.proposals.len();
            let text = match l {
                crate::i18n::Lang::Zh => format!(
                    "当前工作：{name}。《{}》，{sections} 节、{paragraphs} 段、{figures} 个数字。",
                    report.meta.title
                ),
                crate::i18n::Lang::En => format!(
                    "Current work: {name}. “{}”: {sections} sections, {paragraphs} paragraphs, {figures} figures.",
                    report.meta.title
                ),
            };
            Some(view! { <p class="studio-current" id="studio-current">{text}</p> })
        })
    }
}

/// The lines the importer left out of the text, by reason, each with a button to put it
/// back; and the lines put back, each with a button to take it out again. Either
/// imports the page again, keeping what the editor did (`Work::reimport`).
#[component]
fn RemovedLines() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let reimport = move |kept: Vec<String>| match state.work.with_untracked(|w| w.reimport(kept)) {
        Ok(work) => state.work.set(work),
        Err(error) => state.notice.set(Some(Notice::NoReport(error))),
    };
    let put_back = move |text: String| {
        let mut kept = state.work.with_untracked(|w| w.kept.clone());
        kept.push(text);
        reimport(kept);
    };
    let take_out = move |text: String| {
        let mut kept = state.work.with_untracked(|w| w.kept.clone());
        kept.retain(|k| *k != text);
        reimport(kept);
    };
    move || {
        let l = lang.get();
        state.work.with(|w| {
            // Only a page can be imported again (a report JSON has no page).
            if w.source.as_ref().is_none_or(|s| s.text.is_empty()) {
                return None;
            }
            let groups = RemovedReason::ALL
                .into_iter()
                .filter_map(|reason| {
                    let lines: Vec<String> = w
                        .removed
                        .iter()
                        .filter(|line| line.reason == reason)
                        .map(|line| line.text.clone())
                        .collect();
                    if lines.is_empty() {
                        return None;
                    }
                    let label = l.pick(reason.label_zh(), reason.label_en());
                    let summary = match l {
                        crate::i18n::Lang::Zh => format!("{label}：{} 行", lines.len()),
                        crate::i18n::Lang::En => format!("{label}: {}", lines_en(lines.len())),
                    };
                    Some(view! {
                        <details class="studio-removed-group" data-reason=format!("{reason:?}")>
                            <summary>{summary}</summary>
                            <LineList lines lang=l action=PUT_BACK on=Callback::new(put_back)/>
                        </details>
                    })
                })
                .collect_view();
            let kept = (!w.kept.is_empty()).then(|| {
                let lines = w.kept.clone();
                view! {
                    <h4>{l.pick("已放回正文的行", "Lines put back into the text")}</h4>
                    <div id="kept-lines">
                        <LineList lines lang=l action=TAKE_OUT on=Callback::new(take_out)/>
                    </div>
                }
            });
            let count = w.removed.len();
            let heading = match l {
                crate::i18n::Lang::Zh => format!("导入时移除的内容（{count} 行）"),
                crate::i18n::Lang::En => format!("Removed by the import ({})", lines_en(count)),
            };
            Some(view! {
                <div class="studio-card" id="removed-lines">
                    <h3>{heading}</h3>
                    <p class="studio-help">{l.pick(
                        "这些行不属于报告正文：网站的栏目和按钮、标题之前的内容、发布信息（已读入标题与日期）和落款之后的内容。如果导入判断错了，可以把一行放回正文；已做的审核会保留。",
                        "These lines are not the report's text: the site's menus and controls, what came before the title, the page's metadata (read into the title and dates) and what follows the signing date. If the import was wrong, put a line back into the text; what you have reviewed is kept.",
                    )}</p>
                    {groups}
                    {kept}
                </div>
            })
        })
    }
}

/// "1 line", "4 lines".
fn lines_en(n: usize) -> String {
    if n == 1 {
        "1 line".into()
    } else {
        format!("{n} lines")
    }
}

/// What a line's button does: its text, and its name with the line, in each language.
struct LineAction {
    zh: &'static str,
    en: &'static str,
    en_named: &'static str,
}

const PUT_BACK: LineAction = LineAction {
    zh: "放回正文",
    en: "Put back",
    en_named: "Put back into the text",
};

const TAKE_OUT: LineAction = LineAction {
    zh: "再次移除",
    en: "Remove again",
    en_named: "Remove again",
};

/// Page lines, each with a button that does `action` to it.
#[component]
fn LineList(
    lines: Vec<String>,
    lang: crate::i18n::Lang,
    action: LineAction,
    on: Callback<String>,
) -> impl IntoView {
    let (zh, en, en_named) = (action.zh, action.en, action.en_named);
    view! {
        <ul class="studio-lines">
            {lines.into_iter().map(|text| {
                let name = match lang {
                    crate::i18n::Lang::Zh => format!("{zh}：{text}"),
                    crate::i18n::Lang::En => format!("{en_named}: {text}"),
                };
                let line = text.clone();
                view! {
                    <li>
                        <span class="studio-line-text">{text}</span>
                        <button type="button" class="studio-button studio-small" aria-label=name
                            on:click=move |_| on.run(line.clone())>
                            {lang.pick(zh, en)}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
