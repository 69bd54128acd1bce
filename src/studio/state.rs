//! The studio's state, shared by its steps through context: the work (saved on every
//! change), the interface language, what was last said to the editor, and which
//! figure is under review.

use std::sync::Arc;

use leptos::prelude::*;

use super::store::{self, Saved};
use super::work::{Work, WorkError};
use crate::i18n::Lang;
use crate::import::PageError;
use crate::report::{check, ParseError, Problem, Report};

/// Something the studio tells the editor, above the current step.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Work saved earlier was restored.
    Restored,
    /// Saved work could not be read; it was set aside and can be downloaded.
    Unreadable(WorkError),
    /// A file the editor opened could not be used.
    BadFile { name: String, why: String },
    /// A JSON file the editor opened is no readable report.
    BadReport { name: String, error: ParseError },
    /// The page had no report text the importer could find.
    NoReport(PageError),
    /// The browser would not save the work.
    NotSaved(String),
    /// Nothing was selected in a paragraph to add as a figure.
    NothingSelected,
    /// The selected words state no figure.
    NoFigureSelected,
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Notice::Restored, Lang::Zh) => "已恢复上次保存的工作。".into(),
            (Notice::Restored, Lang::En) => "Your saved work was restored.".into(),
            (Notice::Unreadable(e), Lang::Zh) => format!(
                "浏览器中保存的工作无法读取，已另存，可用“下载无法读取的工作”取回。{}",
                e.message(lang)
            ),
            (Notice::Unreadable(e), Lang::En) => format!(
                "The work saved in this browser cannot be read; it was set aside and can be downloaded with “Download the unreadable work”. {}",
                e.message(lang)
            ),
            (Notice::BadFile { name, why }, Lang::Zh) => format!("无法使用文件“{name}”：{why}"),
            (Notice::BadFile { name, why }, Lang::En) => format!("The file “{name}” cannot be used: {why}"),
            (Notice::BadReport { name, error }, Lang::Zh) => {
                format!("无法使用文件“{name}”：它不是可读的报告 JSON。{}", error.message(lang))
            }
            (Notice::BadReport { name, error }, Lang::En) => {
                format!("The file “{name}” is not a readable report JSON. {}", error.message(lang))
            }
            (Notice::NoReport(why), Lang::Zh) => format!("在这个页面中找不到报告正文：{}", why.message(lang)),
            (Notice::NoReport(why), Lang::En) => format!("No report text was found on this page: {}", why.message(lang)),
            (Notice::NotSaved(why), Lang::Zh) => format!("浏览器拒绝保存工作（{why}）。请下载工作文件以免丢失。"),
            (Notice::NothingSelected, Lang::Zh) => "请先在一个段落中选中数字及其说明文字。".into(),
            (Notice::NothingSelected, Lang::En) => "Select a number and its words within one paragraph first.".into(),
            (Notice::NoFigureSelected, Lang::Zh) => "在选中的文字中没有找到可以作为数字的内容。".into(),
            (Notice::NoFigureSelected, Lang::En) => "No figure was found in the selected words.".into(),
            (Notice::NotSaved(why), Lang::En) => format!("The browser refused to save the work ({why}). Download the work file so that nothing is lost."),
        }
    }

    /// Whether the notice reports a failure (an alert) rather than news (a status).
    pub fn is_failure(&self) -> bool {
        !matches!(self, Notice::Restored)
    }
}

/// The studio's shared handles.
#[derive(Debug, Clone, Copy)]
pub struct StudioState {
    pub work: RwSignal<Work>,
    pub lang: Signal<Lang>,
    pub notice: RwSignal<Option<Notice>>,
    /// The proposal under review in step 3.
    pub current: RwSignal<usize>,
    /// Whether the last change is saved in the browser.
    pub saved: RwSignal<bool>,
    /// The report as it would be exported now ([`Work::draft`]), made once per change
    /// for every step and chart that shows it.
    pub draft: Memo<Option<Arc<Report>>>,
    /// The validator's problems with that draft, found once per change.
    pub problems: Memo<Arc<Vec<Problem>>>,
}

impl StudioState {
    /// Restores the saved work, provides the state, and saves every change.
    pub fn provide(lang: Signal<Lang>) -> StudioState {
        let (work, notice) = match store::load() {
            Saved::Nothing => (Work::new(), None),
            Saved::Work(work) => (*work, Some(Notice::Restored)),
            Saved::Unreadable(error) => (Work::new(), Some(Notice::Unreadable(error))),
        };
        let work = RwSignal::new(work);
        let draft = Memo::new(move |_| work.with(|w| w.draft().map(Arc::new)));
        let problems = Memo::new(move |_| {
            Arc::new(draft.with(|d| d.as_deref().map(check).unwrap_or_default()))
        });
        let state = StudioState {
            work,
            lang,
            notice: RwSignal::new(notice),
            current: RwSignal::new(0),
            saved: RwSignal::new(true),
            draft,
            problems,
        };
        Effect::new(move |_| {
            let result = state.work.with(store::save);
            match result {
                Ok(()) => state.saved.set(true),
                Err(why) => {
                    state.saved.set(false);
                    state.notice.set(Some(Notice::NotSaved(why)));
                }
            }
        });
        provide_context(state);
        state
    }

    pub fn update(&self, f: impl FnOnce(&mut Work)) {
        self.work.update(f);
    }

    /// The validator's problems at `path` or inside it (`charts[2]`, `figures[0]`).
    pub fn problems_at(&self, path: &str) -> Vec<Problem> {
        let inside = format!("{path}.");
        self.problems.with(|all| {
            all.iter()
                .filter(|p| p.path == path || p.path.starts_with(&inside))
                .cloned()
                .collect()
        })
    }
}

pub fn use_studio() -> StudioState {
    expect_context::<StudioState>()
}
