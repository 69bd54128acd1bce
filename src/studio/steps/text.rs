//! Step 2: check the text — the report's details as fields to confirm one by one, what
//! the importer asks a person to check, and the sections and paragraphs as imported
//! with their headings' levels.

use leptos::prelude::*;

use super::fields::ReportInput;
use super::NextStep;
use crate::i18n::Lang;
use crate::report::{Report, Section};
use crate::studio::state::use_studio;
use crate::studio::work::{MetaField, Step};

type Getter = fn(&Report) -> String;
type Setter = fn(&mut Report, String);

/// One detail: its inputs (id, Chinese label, English label, get, set, multiline).
struct Input(
    &'static str,
    &'static str,
    &'static str,
    Getter,
    Setter,
    bool,
);

fn inputs(field: MetaField) -> Vec<Input> {
    match field {
        MetaField::Title => vec![
            Input(
                "meta-title",
                "标题",
                "Title",
                |r| r.meta.title.clone(),
                |r, v| r.meta.title = v,
                false,
            ),
            Input(
                "meta-title-en",
                "英文标题",
                "Title in English",
                |r| r.meta.title_en.clone(),
                |r, v| r.meta.title_en = v,
                false,
            ),
        ],
        MetaField::District => vec![
            Input(
                "meta-district",
                "地区",
                "District",
                |r| r.meta.district.zh.clone(),
                |r, v| r.meta.district.zh = v,
                false,
            ),
            Input(
                "meta-district-en",
                "地区（英文）",
                "District in English",
                |r| r.meta.district.en.clone(),
                |r, v| r.meta.district.en = v,
                false,
            ),
        ],
        MetaField::Year => vec![Input(
            "meta-year",
            "报告年度",
            "Year reported on",
            |r| r.meta.year.to_string(),
            |r, v| {
                if let Ok(year) = v.trim().parse() {
                    r.meta.year = year;
                }
            },
            false,
        )],
        MetaField::Issuers => vec![Input(
            "meta-issuers",
            "发文机关（每行一个）",
            "Issuing bodies (one a line)",
            |r| r.meta.issuers.join("\n"),
            |r, v| {
                r.meta.issuers = v
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect()
            },
            true,
        )],
        MetaField::SignedOn => vec![
            Input(
                "meta-signed-on-text",
                "成文日期（原文）",
                "Signed on (as written)",
                |r| r.meta.signed_on_text.clone(),
                |r, v| r.meta.signed_on_text = v,
                false,
            ),
            Input(
                "meta-signed-on",
                "成文日期（YYYY-MM-DD）",
                "Signed on (YYYY-MM-DD)",
                |r| r.meta.signed_on.clone(),
                |r, v| r.meta.signed_on = v.trim().to_string(),
                false,
            ),
        ],
        MetaField::PublishedAt => vec![Input(
            "meta-published-at",
            "发布时间（YYYY-MM-DD HH:MM:SS）",
            "Published at (YYYY-MM-DD HH:MM:SS)",
            |r| r.meta.published_at.clone(),
            |r, v| r.meta.published_at = v.trim().to_string(),
            false,
        )],
        MetaField::SourceOffice => vec![
            Input(
                "meta-source-office",
                "来源",
                "Source",
                |r| r.meta.source_office.clone(),
                |r, v| r.meta.source_office = v,
                false,
            ),
            Input(
                "meta-publishing-office",
                "发布机构",
                "Publishing office",
                |r| r.meta.publishing_office.clone(),
                |r, v| r.meta.publishing_office = v,
                false,
            ),
        ],
    }
}

fn field_name(field: MetaField, lang: Lang) -> &'static str {
    match field {
        MetaField::Title => lang.pick("标题", "Title"),
        MetaField::District => lang.pick("地区", "District"),
        MetaField::Year => lang.pick("年度", "Year"),
        MetaField::Issuers => lang.pick("发文机关", "Issuing bodies"),
        MetaField::SignedOn => lang.pick("成文日期", "Date signed"),
        MetaField::PublishedAt => lang.pick("发布时间", "Publication time"),
        MetaField::SourceOffice => lang.pick("来源与发布机构", "Source and publisher"),
    }
}

#[component]
pub fn TextStep() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let has_report = move || state.work.with(|w| w.report.is_some());
    view! {
        <section class="studio-panel" aria-labelledby="text-title">
            <h2 id="text-title">{pick("第 2 步：核对正文", "Step 2: Check the text")}</h2>
            <Show when=has_report fallback=move || view! { <NothingYet/> }>
                <h3>{pick("报告信息", "The report's details")}</h3>
                <p class="studio-help">{pick(
                    "逐项对照原页面核对，改正后勾选“已核对”。",
                    "Check each against the page, correct it, then tick “Checked”.",
                )}</p>
                <div class="studio-meta">
                    {MetaField::ALL.into_iter().map(|field| view! { <MetaRow field/> }).collect_view()}
                </div>
                <ReviewList/>
                <h3>{pick("章节与段落（按导入结果）", "Sections and paragraphs, as imported")}</h3>
                <Outline/>
                <NextStep to=Step::Figures/>
            </Show>
        </section>
    }
}

/// Shown in a step that needs a page before one is brought in.
#[component]
pub fn NothingYet() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    view! {
        <p class="studio-help">
            {move || lang.get().pick("还没有导入页面。", "No page has been brought in yet.")}
            " "
            <button type="button" class="studio-button"
                on:click=move |_| state.update(|w| w.step = Step::Bring)>
                {move || lang.get().pick("去第 1 步导入", "Go to step 1")}
            </button>
        </p>
    }
}

#[component]
fn MetaRow(field: MetaField) -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let confirmed = move || state.work.with(|w| w.confirmed.contains(&field));
    let confirm_id = format!("confirm-{}", inputs(field)[0].0);
    view! {
        <fieldset class="studio-meta-row" class:studio-confirmed=confirmed>
            <legend>{move || field_name(field, lang.get())}</legend>
            {inputs(field).into_iter().map(|Input(id, zh, en, get, set, multiline)| {
                let label = Signal::derive(move || lang.get().pick(zh, en).to_string());
                view! { <ReportInput id=id.to_string() label get set multiline/> }
            }).collect_view()}
            <span class="studio-confirm">
                <input type="checkbox" id=confirm_id.clone() prop:checked=confirmed
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.update(|w| w.confirm(field, on));
                    }/>
                <label for=confirm_id>{move || lang.get().pick("已核对", "Checked")}</label>
            </span>
        </fieldset>
    }
}

/// What the importer asks a person to check, as it wrote it.
#[component]
fn ReviewList() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    move || {
        let lines = state.work.with(|w| w.review.clone());
        (!lines.is_empty()).then(|| {
            view! {
                <details class="studio-card studio-review">
                    <summary>{move || lang.get().pick("导入程序的核对提示", "What the importer asks you to check")}</summary>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </details>
            }
        })
    }
}

/// The sections as imported: each heading with its level and an input for its English
/// title, and its paragraphs with their ids.
#[component]
fn Outline() -> impl IntoView {
    let state = use_studio();
    // Drawn again only when the sections' shape changes, not when an English title is
    // typed (which would replace the input being typed in).
    let shape = Memo::new(move |_| {
        state.work.with(|w| {
            let mut sections = w
                .report
                .as_ref()
                .map(|r| r.sections.clone())
                .unwrap_or_default();
            clear_english(&mut sections);
            sections
        })
    });
    move || {
        let sections = shape.get();
        view! {
            <ol class="studio-outline">
                {sections.into_iter().map(|s| view! { <OutlineSection section=s depth=1/> }).collect_view()}
            </ol>
        }
    }
}

#[component]
fn OutlineSection(section: Section, depth: usize) -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let id = section.id.clone();
    let heading = section.heading().unwrap_or_default();
    let level = move || match lang.get() {
        Lang::Zh => format!("{depth} 级标题"),
        Lang::En => format!("level {depth} heading"),
    };
    let input_id = format!("title-en-{id}");
    let section_id = id.clone();
    let english = move || {
        state.work.with(|w| {
            w.report
                .as_ref()
                .and_then(|r| {
                    r.all_sections()
                        .into_iter()
                        .find(|s| s.id == section_id)
                        .and_then(|s| s.title_en.clone())
                })
                .unwrap_or_default()
        })
    };
    let set_english = move |text: String| {
        let id = id.clone();
        state.update(|w| {
            if let Some(report) = w.report.as_mut() {
                if let Some(s) = find_section(&mut report.sections, &id) {
                    s.title_en = (!text.trim().is_empty()).then(|| text.trim().to_string());
                }
            }
        });
    };
    let has_title = section.title.is_some();
    view! {
        <li class="studio-outline-section">
            {has_title.then(|| view! {
                <p class="studio-heading">
                    <span class="studio-level">{level}</span>
                    " "
                    <strong>{heading.clone()}</strong>
                </p>
                <span class="studio-field">
                    <label for=input_id.clone()>{move || lang.get().pick("英文标题", "English title")}</label>
                    <input id=input_id.clone() type="text" prop:value=english.clone()
                        on:change=move |ev| set_english(event_target_value(&ev))/>
                </span>
            })}
            <ol class="studio-paragraphs">
                {section.paragraphs.into_iter().map(|p| view! {
                    <li><span class="studio-id">{p.id}</span>" "{p.text}</li>
                }).collect_view()}
            </ol>
            {(!section.subsections.is_empty()).then(|| view! {
                <ol class="studio-outline">
                    {section.subsections.into_iter().map(|s| view! { <OutlineSection section=s depth=depth + 1/> }.into_any()).collect_view()}
                </ol>
            })}
        </li>
    }
}

/// The section `id`, anywhere in `sections`.
pub fn find_section<'a>(sections: &'a mut [Section], id: &str) -> Option<&'a mut Section> {
    for section in sections {
        if section.id == id {
            return Some(section);
        }
        if let Some(found) = find_section(&mut section.subsections, id) {
            return Some(found);
        }
    }
    None
}

fn clear_english(sections: &mut [Section]) {
    for section in sections {
        section.title_en = None;
        clear_english(&mut section.subsections);
    }
}
