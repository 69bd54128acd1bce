//! Step 5: preview and publish — what still blocks the export, the reader itself
//! rendering the draft at a phone's and a desktop's width, and the export of the
//! report JSON and the catalog once nothing blocks it, with where each file goes.

use leptos::prelude::*;

use super::text::NothingYet;
use crate::i18n::Lang;
use crate::report::{Catalog, ProblemKind};
use crate::studio::files;
use crate::studio::publish::{catalog_with, json_file, suggested_id, valid_id};
use crate::studio::state::use_studio;

#[component]
pub fn PublishStep() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let has_report = move || state.work.with(|w| w.report.is_some());
    view! {
        <section class="studio-panel" aria-labelledby="publish-title">
            <h2 id="publish-title">{pick("第 5 步：预览与发布", "Step 5: Preview and publish")}</h2>
            <Show when=has_report fallback=move || view! { <NothingYet/> }>
                <Checklist/>
                <Export/>
                <Preview/>
            </Show>
        </section>
    }
}

/// What still keeps the draft from export: the studio's own steps, then every problem
/// the validator finds (the review items it lists are the steps above, in its words).
#[component]
fn Checklist() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let items = move || {
        let l = lang.get();
        let mut out: Vec<String> = state
            .work
            .with(|w| w.blockers().iter().map(|b| b.message(l)).collect());
        state.problems.with(|problems| {
            out.extend(
                problems
                    .iter()
                    .filter(|p| !matches!(p.kind, ProblemKind::ReviewPending(_)))
                    .map(|p| p.message(l)),
            )
        });
        out
    };
    view! {
        <div class="studio-card" id="publish-checklist">
            {move || {
                let list = items();
                if list.is_empty() {
                    view! {
                        <p class="studio-clean" role="status">{move || lang.get().pick(
                            "校验通过：报告可以导出。",
                            "The validator is clean: the report can be exported.",
                        )}</p>
                    }.into_any()
                } else {
                    let n = list.len();
                    view! {
                        <p role="status">{move || match lang.get() {
                            Lang::Zh => format!("导出前还有 {n} 项要处理："),
                            Lang::En => format!("{n} thing(s) to do before the export:"),
                        }}</p>
                        <ul class="studio-problems">{list.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// The report's id, the two downloads, and where the files go.
#[component]
fn Export() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let suggested = move || {
        state
            .work
            .with(|w| w.report.as_ref().map(suggested_id).unwrap_or_default())
    };
    let chosen = RwSignal::new(None::<String>);
    let id = move || chosen.get().unwrap_or_else(suggested);
    // Work::exportable, from the draft and problems the studio keeps.
    let exportable = Memo::new(move |_| {
        let ready = state
            .problems
            .with(|problems| state.work.with(|w| w.ready_to_export(problems)));
        ready.then(|| state.draft.get()).flatten()
    });
    let ready = move || exportable.with(Option::is_some) && valid_id(&id());
    let catalog_note = RwSignal::new(None::<String>);
    let download_report = move |_| {
        if let Some(report) = exportable.get_untracked() {
            files::download(
                &format!("{}.json", id()),
                "application/json",
                &json_file(&report),
            );
        }
    };
    let download_catalog = move |_| {
        let Some(report) = exportable.get_untracked() else {
            return;
        };
        let id = id();
        leptos::task::spawn_local(async move {
            let site = site_catalog().await;
            let l = lang.get_untracked();
            let note = match &site {
                Ok(_) => None,
                Err(why) => Some(match l {
                    Lang::Zh => format!("未能读取网站现有的 data/reports.json（{why}），下载的目录只列出这份报告；请把其他报告的条目合并进去。"),
                    Lang::En => format!("The site's data/reports.json could not be read ({why}); the downloaded catalog lists this report only: merge the other reports' entries into it."),
                }),
            };
            catalog_note.set(note);
            let catalog = catalog_with(site.ok().as_ref(), &report, &id);
            files::download("reports.json", "application/json", &json_file(&catalog));
        });
    };
    view! {
        <div class="studio-card studio-export">
            <h3>{pick("导出", "Export")}</h3>
            <span class="studio-field">
                <label for="report-id">{pick("报告编号（用于网址，小写字母、数字和连字符）", "Report id (in addresses: lower-case letters, digits, hyphens)")}</label>
                <input id="report-id" type="text" prop:value=id
                    on:change=move |ev| chosen.set(Some(event_target_value(&ev).trim().to_string()))/>
            </span>
            {move || (!valid_id(&id())).then(|| view! {
                <p class="studio-problems" role="alert">{move || lang.get().pick(
                    "编号只能使用小写字母、数字和连字符。",
                    "The id may hold only lower-case letters, digits and hyphens.",
                )}</p>
            })}
            <p class="studio-downloads">
                <button type="button" class="studio-button studio-primary" id="export-report"
                    disabled=move || !ready() on:click=download_report>
                    {move || match lang.get() {
                        Lang::Zh => format!("下载报告数据 {}.json", id()),
                        Lang::En => format!("Download the report {}.json", id()),
                    }}
                </button>
                " "
                <button type="button" class="studio-button studio-primary" id="export-catalog"
                    disabled=move || !ready() on:click=download_catalog>
                    {pick("下载更新后的目录 reports.json", "Download the updated catalog reports.json")}
                </button>
            </p>
            {move || catalog_note.get().map(|n| view! { <p class="studio-problems" role="alert">{n}</p> })}
            <ol class="studio-help">
                <li>{move || match lang.get() {
                    Lang::Zh => format!("把 {}.json 和 reports.json 上传到网站的 data/ 文件夹（替换原有的 reports.json）。", id()),
                    Lang::En => format!("Upload {}.json and reports.json to the site's data/ folder (reports.json replaces the one there).", id()),
                }}</li>
                // The reader's switch is named by its own label (i18n: other_reports).
                <li>{move || {
                    let l = lang.get();
                    let (switch, id) = (l.texts().other_reports, id());
                    match l {
                        Lang::Zh => format!("上传后，读者页面的“{switch}”立即列出新报告，网址为 ?report={id}，无需重新构建。"),
                        Lang::En => format!("Once uploaded, the reader's “{switch}” lists the new report at once, at ?report={id}, with no rebuild."),
                    }
                }}</li>
                <li>{pick(
                    "下次构建网站时，最新的报告会被完整写入页面（无需脚本即可阅读），并生成各章节与图表的嵌入页面。",
                    "The next build of the site writes the newest report into the page whole (readable without scripts) and makes the embed pages of its sections and charts.",
                )}</li>
            </ol>
        </div>
    }
}

/// The site's own catalog, next to the studio (`../data/reports.json`).
async fn site_catalog() -> Result<Catalog, String> {
    let response = gloo_net::http::Request::get("../data/reports.json")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| e.to_string())?;
    Catalog::parse(&text).map_err(|e| e.to_string())
}

/// The draft on the reader's page at a phone's width and a desktop's, side by side:
/// each a frame of its own (src/studio/preview.rs), so the reader lays it out for that
/// width; the desktop's is drawn at half its size.
#[component]
fn Preview() -> impl IntoView {
    let lang = use_studio().lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let src = format!("./{}", crate::studio::PREVIEW_QUERY);
    view! {
        <div class="studio-card">
            <h3>{pick("预览（读者页面的同一组件）", "Preview (the reader's own components)")}</h3>
            <p class="studio-help">{pick(
                "左边是手机宽度（390 像素），右边是桌面宽度（1280 像素，缩小一半显示）。两者都可以滚动和点击，修改后会自动更新。",
                "On the left at a phone's width (390 px), on the right at a desktop's (1280 px, shown at half size). Both scroll and respond to clicks, and follow every change.",
            )}</p>
            <div class="studio-previews">
                <figure class="studio-preview-phone">
                    <figcaption>{pick("手机 390 像素", "Phone, 390 px")}</figcaption>
                    <iframe src=src.clone() class="studio-frame-phone"
                        title=move || lang.get().pick("预览：手机宽度", "Preview at a phone's width")></iframe>
                </figure>
                <figure class="studio-preview-desktop">
                    <figcaption>{pick("桌面 1280 像素（缩小显示）", "Desktop, 1280 px (shown smaller)")}</figcaption>
                    <div class="studio-scaled">
                        <iframe src=src class="studio-frame-desktop"
                            title=move || lang.get().pick("预览：桌面宽度", "Preview at a desktop's width")></iframe>
                    </div>
                </figure>
            </div>
        </div>
    }
}
