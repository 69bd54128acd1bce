//! The studio's frame: its masthead (language, saving, the work file), the five steps
//! as a list the editor can move through in any order, and the current step.

use leptos::prelude::*;

use super::files;
use super::state::{use_studio, StudioState};
use super::steps::{BringStep, ChartsStep, FiguresStep, PublishStep, TextStep};
use super::store;
use super::work::{Step, Work};
use crate::i18n::Lang;

/// The studio.
#[component]
pub fn Studio() -> impl IntoView {
    let prefs = crate::ui::provide_preferences();
    let lang: Signal<Lang> = prefs.lang.into();
    let state = StudioState::provide(lang);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-ready", "");
        }
    });
    // The step shown changes only when the editor moves: a closure reading the whole
    // work would build the step anew on every edit, losing the focus and the scroll.
    let step = Memo::new(move |_| state.work.with(|w| w.step));
    view! {
        <div class="studio-frame">
            <Masthead/>
            <StepList/>
            <NoticeBar/>
            <main class="studio-step" id="studio-step">
                {move || match step.get() {
                    Step::Bring => view! { <BringStep/> }.into_any(),
                    Step::Text => view! { <TextStep/> }.into_any(),
                    Step::Figures => view! { <FiguresStep/> }.into_any(),
                    Step::Charts => view! { <ChartsStep/> }.into_any(),
                    Step::Publish => view! { <PublishStep/> }.into_any(),
                }}
            </main>
        </div>
    }
}

/// The studio's name, the language switch, whether the work is saved, and the work file.
#[component]
fn Masthead() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let prefs = crate::ui::preferences::use_preferences();
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let switch = move |_| {
        if let Some(prefs) = prefs {
            prefs.lang.update(|l| *l = l.other());
        }
    };
    let download_work = move |_| {
        let name = state.work.with(work_file_name);
        state
            .work
            .with(|w| files::download(&name, "application/json", &w.to_json()));
    };
    let open_work = move |ev: web_sys::Event| {
        leptos::task::spawn_local(async move {
            let Some((name, text)) = files::chosen_file(&ev).await else {
                return;
            };
            super::steps::open_work_file(state, name, text);
        });
    };
    let unreadable = store::unreadable_text();
    let has_unreadable = unreadable.is_some();
    let download_unreadable = move |_| {
        if let Some(text) = store::unreadable_text() {
            files::download("unreadable-work.json", "application/json", &text);
        }
    };
    view! {
        <header class="studio-masthead">
            <div class="studio-name">
                <h1>{pick("报告发布工作室", "Report publishing studio")}</h1>
                <p class="studio-lede">{pick(
                    "把新一年发布的报告页面变成经过核对的报告数据：全部在浏览器中完成，粘贴的内容不会离开本机。",
                    "Turn next year's published report page into checked report data, all in this browser: nothing you paste leaves this computer.",
                )}</p>
            </div>
            <div class="studio-tools">
                <p class="studio-saved" role="status">
                    {move || match (state.saved.get(), lang.get()) {
                        (true, l) => l.pick("已自动保存在本浏览器中", "Saved in this browser"),
                        (false, l) => l.pick("未能保存", "Not saved"),
                    }}
                </p>
                <button type="button" class="studio-button" on:click=download_work>
                    {pick("下载工作文件", "Download the work file")}
                </button>
                <label class="studio-button studio-file">
                    {pick("打开工作文件", "Open a work file")}
                    <input type="file" accept=".json,application/json" on:change=open_work/>
                </label>
                {has_unreadable.then(|| view! {
                    <button type="button" class="studio-button" on:click=download_unreadable>
                        {pick("下载无法读取的工作", "Download the unreadable work")}
                    </button>
                })}
                <button type="button" class="studio-button" on:click=switch
                    lang=move || lang.get().other().tag()>
                    {move || lang.get().other().endonym()}
                </button>
            </div>
        </header>
    }
}

/// The work file's name: the report's id and year when known.
fn work_file_name(work: &Work) -> String {
    match work.report.as_ref() {
        Some(report) => format!("{}-work.json", super::publish::suggested_id(report)),
        None => "studio-work.json".into(),
    }
}

/// The steps as a numbered list of buttons; the current one is marked.
#[component]
fn StepList() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    view! {
        <nav class="studio-steps" aria-label=move || lang.get().pick("步骤", "Steps")>
            <ol>
                {Step::ALL.into_iter().map(|step| {
                    let current = move || state.work.with(|w| w.step == step);
                    let count = move || {
                        let l = lang.get();
                        state.work.with(|w| match step {
                            Step::Figures if w.report.is_some() => {
                                let left = w.pending();
                                if left > 0 {
                                    l.pick("待审核 ", "to review: ").to_string() + &left.to_string()
                                } else {
                                    l.pick("已审核", "reviewed").to_string()
                                }
                            }
                            _ => String::new(),
                        })
                    };
                    view! {
                        <li>
                            <button type="button" class="studio-step-button"
                                aria-current=move || current().then_some("step")
                                data-step=step.key()
                                on:click=move |_| state.update(|w| w.step = step)>
                                <span class="studio-step-number">{step.number()}</span>
                                <span class="studio-step-name">{move || step_name(step, lang.get())}</span>
                                <span class="studio-step-count">{count}</span>
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

pub fn step_name(step: Step, lang: Lang) -> &'static str {
    match step {
        Step::Bring => lang.pick("导入页面", "Bring the page"),
        Step::Text => lang.pick("核对正文", "Check the text"),
        Step::Figures => lang.pick("审核数字", "Review the figures"),
        Step::Charts => lang.pick("图表与关键数字", "Charts and key figures"),
        Step::Publish => lang.pick("预览与发布", "Preview and publish"),
    }
}

/// What the studio last told the editor, with a way to dismiss it.
#[component]
fn NoticeBar() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    move || {
        state.notice.get().map(|notice| {
            let failure = notice.is_failure();
            view! {
                <div class="studio-notice" class:studio-notice-failure=failure
                    role=if failure { "alert" } else { "status" }>
                    <p>{move || notice.message(lang.get())}</p>
                    <button type="button" class="studio-button"
                        on:click=move |_| state.notice.set(None)>
                        {move || lang.get().pick("知道了", "Dismiss")}
                    </button>
                </div>
            }
        })
    }
}
