//! Step 3: review the figures — every proposal marked in its sentence, accepted,
//! corrected or rejected one by one, with the keyboard alone if the editor likes;
//! figures the importer missed are added by selecting their words in a paragraph.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::figure_review::FigureReview;
use super::text::NothingYet;
use super::NextStep;
use crate::i18n::Lang;
use crate::import::figures::candidates;
use crate::report::Figure;
use crate::studio::state::{use_studio, Notice, StudioState};
use crate::studio::work::{Decision, Proposal, Step};

/// What a key does in the review (outside text fields).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    Next,
    Previous,
    Decide(Decision),
    /// Into the English label, the field most figures need typed.
    EditEnglish,
}

/// The review's keys: J or → the next figure, K or ← the one before, A accept, R
/// reject, U back to undecided, E into the English label.
pub fn key_action(key: &str) -> Option<KeyAction> {
    match key {
        "j" | "J" | "ArrowRight" => Some(KeyAction::Next),
        "k" | "K" | "ArrowLeft" => Some(KeyAction::Previous),
        "a" | "A" => Some(KeyAction::Decide(Decision::Accepted)),
        "r" | "R" => Some(KeyAction::Decide(Decision::Rejected)),
        "u" | "U" => Some(KeyAction::Decide(Decision::Pending)),
        "e" | "E" => Some(KeyAction::EditEnglish),
        _ => None,
    }
}

/// Decides the current proposal and moves to the next one still to review (or the
/// next one, when none is left).
pub fn decide_current(state: StudioState, decision: Decision) {
    let current = state.current.get_untracked();
    let mut next = current;
    state.update(|w| {
        w.decide(current, decision);
        if decision != Decision::Pending {
            next = w
                .next_pending(current)
                .unwrap_or((current + 1).min(w.proposals.len().saturating_sub(1)));
        }
    });
    state.current.set(next);
}

/// Takes focus out of `field` (its `change` fires, so what was typed is kept) to the
/// heading of the figure under review, where the review's keys work.
fn leave_field(field: &web_sys::HtmlElement) {
    let _ = field.blur();
    focus_by_id("figure-heading");
}

fn focus_by_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        crate::ui::dom::focus(&el);
    }
}

fn step_by(state: StudioState, forward: bool) {
    let n = state.work.with_untracked(|w| w.proposals.len());
    if n == 0 {
        return;
    }
    state.current.update(|c| {
        *c = if forward {
            (*c + 1) % n
        } else {
            (*c + n - 1) % n
        }
    });
}

#[component]
pub fn FiguresStep() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let has_report = move || state.work.with(|w| w.report.is_some());
    // The keys work wherever focus is on the page, except in a text field; Escape
    // leaves the field (committing what was typed) for the figure's heading.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| matches!(e.local_name().as_str(), "input" | "textarea" | "select"));
        if let Some(field) = field {
            if ev.key() == "Escape" {
                leave_field(&field);
            }
            return;
        }
        if !state.work.with_untracked(|w| w.report.is_some()) {
            return;
        }
        let Some(action) = key_action(&ev.key()) else {
            return;
        };
        ev.prevent_default();
        match action {
            KeyAction::Next => step_by(state, true),
            KeyAction::Previous => step_by(state, false),
            KeyAction::Decide(d) => decide_current(state, d),
            KeyAction::EditEnglish => focus_by_id("figure-label-en"),
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, on_key);
    on_cleanup(move || keys.remove());
    view! {
        <section class="studio-panel" aria-labelledby="figures-title">
            <h2 id="figures-title">{pick("第 3 步：审核数字", "Step 3: Review the figures")}</h2>
            <Show when=has_report fallback=move || view! { <NothingYet/> }>
                <p class="studio-progress" role="status" id="figures-left">
                    {move || {
                        let (left, all) = state.work.with(|w| (w.pending(), w.proposals.len()));
                        match lang.get() {
                            Lang::Zh => format!("待审核 {left} 个，共 {all} 个。"),
                            Lang::En => format!("{left} of {all} figures left to review."),
                        }
                    }}
                </p>
                <p class="studio-help studio-keys">{pick(
                    "键盘：J 或 → 下一个，K 或 ← 上一个，A 接受，R 拒绝，U 改回待审核，E 填写英文说明（在输入框外按键；在输入框中按 Esc 即可退出输入框）。",
                    "Keys: J or → next, K or ← previous, A accept, R reject, U back to undecided, E to the English label (outside the text fields; Esc leaves a field).",
                )}</p>
                <div class="studio-review-layout">
                    <ProposalList/>
                    <FigureReview/>
                </div>
                <AddFigure/>
                <NextStep to=Step::Charts/>
            </Show>
        </section>
    }
}

fn decision_mark(decision: Decision, lang: Lang) -> &'static str {
    match decision {
        Decision::Pending => lang.pick("待审核", "to review"),
        Decision::Accepted => lang.pick("已接受", "accepted"),
        Decision::Rejected => lang.pick("已拒绝", "rejected"),
    }
}

/// Every proposal as a button; drawn again only when one is added or removed.
#[component]
fn ProposalList() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let count = Memo::new(move |_| state.work.with(|w| w.proposals.len()));
    view! {
        <ol class="studio-proposals" aria-label=move || lang.get().pick("全部数字", "All figures")>
            {move || (0..count.get()).map(|i| {
                let proposal = move || state.work.with(|w| w.proposals.get(i).cloned());
                let decision = move || proposal().map(|p| p.decision).unwrap_or(Decision::Pending);
                let text = move || proposal().map(|p| format!("{} · {}", p.figure.written_form(), p.figure.label.zh)).unwrap_or_default();
                view! {
                    <li>
                        <button type="button" class="studio-proposal"
                            data-decision=move || format!("{:?}", decision()).to_lowercase()
                            aria-current=move || (state.current.get() == i).then_some("true")
                            on:click=move |_| state.current.set(i)>
                            <span class="studio-decision">{move || decision_mark(decision(), lang.get())}</span>
                            " "
                            <span>{text}</span>
                        </button>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// Adding a figure the importer missed: select its words in a paragraph, then press
/// the button.
#[component]
fn AddFigure() -> impl IntoView {
    let state = use_studio();
    let lang = state.lang;
    let pick = move |zh: &'static str, en: &'static str| move || lang.get().pick(zh, en);
    let paragraphs = Memo::new(move |_| {
        state.work.with(|w| {
            w.report
                .as_ref()
                .map(|r| {
                    r.paragraphs()
                        .into_iter()
                        .map(|p| (p.id.clone(), p.text.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add = move |_| match add_selected(state) {
        Ok(index) => state.current.set(index),
        Err(why) => state.notice.set(Some(why)),
    };
    view! {
        <details class="studio-card studio-add">
            <summary>{pick("添加导入程序漏掉的数字", "Add a figure the importer missed")}</summary>
            <p class="studio-help">{pick(
                "在下面的段落中选中这个数字及其说明文字，然后按“添加选中的数字”。",
                "Select the number and the words that say what it counts in a paragraph below, then press “Add the selected figure”.",
            )}</p>
            <button type="button" class="studio-button" on:click=add>
                {pick("添加选中的数字", "Add the selected figure")}
            </button>
            <ol class="studio-paragraphs studio-selectable">
                {move || paragraphs.get().into_iter().map(|(id, text)| view! {
                    <li data-paragraph=id.clone()><span class="studio-id">{id.clone()}</span>" "<span class="studio-paragraph-text">{text}</span></li>
                }).collect_view()}
            </ol>
        </details>
    }
}

/// Adds the figure the selected words state as a new proposal; its index, or why not.
fn add_selected(state: StudioState) -> Result<usize, Notice> {
    let none = || Notice::NothingSelected;
    let selection = window().get_selection().ok().flatten().ok_or_else(none)?;
    let selected: String = selection.to_string().into();
    let selected = selected.trim().to_string();
    let paragraph_id = selection
        .anchor_node()
        .and_then(|n| n.parent_element())
        .and_then(|e| e.closest("[data-paragraph]").ok().flatten())
        .and_then(|e| e.get_attribute("data-paragraph"))
        .ok_or_else(none)?;
    if selected.is_empty() {
        return Err(none());
    }
    let mut added = None;
    state.update(|w| {
        let Some(report) = w.report.as_ref() else {
            return;
        };
        let Some(text) = report
            .paragraphs()
            .into_iter()
            .find(|p| p.id == paragraph_id)
            .map(|p| p.text.clone())
        else {
            return;
        };
        let year = report.meta.year;
        let Some(at) = text.find(&selected) else {
            return;
        };
        let span = at..at + selected.len();
        let overlapping = candidates(&text, year).into_iter().find(|c| {
            text.find(&c.quote)
                .is_some_and(|start| start < span.end && span.start < start + c.quote.len())
                && !w.proposals.iter().any(|p| {
                    p.figure.paragraph == paragraph_id
                        && p.figure.quote == c.quote
                        && p.figure.value == c.value
                })
        });
        let candidate = overlapping.or_else(|| {
            candidates(&selected, year).into_iter().next().map(|mut c| {
                c.quote = selected.clone();
                c
            })
        });
        let Some(c) = candidate else { return };
        let n = (1..)
            .find(|n| {
                !w.proposals
                    .iter()
                    .any(|p| p.figure.id == format!("{paragraph_id}.added{n}"))
            })
            .unwrap_or(1);
        w.proposals.push(Proposal {
            figure: Figure {
                id: format!("{paragraph_id}.added{n}"),
                value: c.value,
                quantity: c.quantity,
                approx: c.approx,
                label: crate::report::Bilingual {
                    zh: c.label,
                    en: String::new(),
                },
                paragraph: paragraph_id.clone(),
                quote: c.quote,
                period: c.period,
                period_quote: None,
            },
            decision: Decision::Pending,
        });
        added = Some(w.proposals.len() - 1);
    });
    added.ok_or(Notice::NoFigureSelected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_keys_move_and_decide() {
        assert_eq!(key_action("j"), Some(KeyAction::Next));
        assert_eq!(key_action("ArrowLeft"), Some(KeyAction::Previous));
        assert_eq!(key_action("a"), Some(KeyAction::Decide(Decision::Accepted)));
        assert_eq!(key_action("R"), Some(KeyAction::Decide(Decision::Rejected)));
        assert_eq!(key_action("u"), Some(KeyAction::Decide(Decision::Pending)));
        assert_eq!(key_action("E"), Some(KeyAction::EditEnglish));
        assert_eq!(key_action("Enter"), None);
        assert_eq!(key_action("x"), None);
    }
}
