//! The editor's work in the studio: the page brought in, the draft made from it, and
//! every decision taken on it. It is plain data (saved in the browser on every change,
//! and as a work file), and everything the studio shows is derived from it here, so
//! it is tested natively.

use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use crate::i18n::Lang;
use crate::import::{import_keeping, Draft, PageError, RemovedLine};
use crate::report::{check, Figure, Problem, Report, ReviewItem, Section};

/// The work file's format; a file of another version is refused with a message.
pub const WORK_VERSION: u32 = 1;

/// Everything the editor has done, as saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Work {
    pub version: u32,
    /// The step the editor is on.
    pub step: Step,
    /// The page as brought in: pasted, or opened from a file.
    pub source: Option<Source>,
    /// Lines the importer removed that the editor put back.
    #[serde(default)]
    pub kept: Vec<String>,
    /// The page's lines the importer left out of the text, each with why.
    #[serde(default)]
    pub removed: Vec<RemovedLine>,
    /// The draft: title, dates, sections, charts and key figures. Its `figures` are
    /// the accepted proposals (see [`Work::draft`]).
    pub report: Option<Report>,
    /// Every figure the importer proposed (or the editor added), with the decision on it.
    #[serde(default)]
    pub proposals: Vec<Proposal>,
    /// What the importer asks a person to check, as it wrote it.
    #[serde(default)]
    pub review: Vec<String>,
    /// The title and date fields the editor has confirmed.
    #[serde(default)]
    pub confirmed: Vec<MetaField>,
    /// Whether the editor has confirmed the charts and key figures.
    #[serde(default)]
    pub charts_done: bool,
}

/// The five steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Bring,
    Text,
    Figures,
    Charts,
    Publish,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Bring,
        Step::Text,
        Step::Figures,
        Step::Charts,
        Step::Publish,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Step::Bring => "bring",
            Step::Text => "text",
            Step::Figures => "figures",
            Step::Charts => "charts",
            Step::Publish => "publish",
        }
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }
}

/// Where the page came from and what it held.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A file's name, or how it was brought (`pasted`).
    pub name: String,
    /// The page's HTML or plain text, as given.
    pub text: String,
}

/// A figure and what the editor decided about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    pub figure: Figure,
    pub decision: Decision,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Pending,
    Accepted,
    Rejected,
}

/// The report's details the editor confirms one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MetaField {
    Title,
    District,
    Year,
    Issuers,
    SignedOn,
    PublishedAt,
    SourceOffice,
}

impl MetaField {
    pub const ALL: [MetaField; 7] = [
        MetaField::Title,
        MetaField::District,
        MetaField::Year,
        MetaField::Issuers,
        MetaField::SignedOn,
        MetaField::PublishedAt,
        MetaField::SourceOffice,
    ];
}

/// What keeps the draft from being exported, besides the validator's problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blocker {
    NoReport,
    FiguresToReview(usize),
    FieldsToConfirm(usize),
    ChartsToConfirm,
}

impl Blocker {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Blocker::NoReport, Lang::Zh) => "还没有导入报告页面。".into(),
            (Blocker::NoReport, Lang::En) => "No report page has been brought in yet.".into(),
            (Blocker::FiguresToReview(n), Lang::Zh) => {
                format!("还有 {n} 个数字待审核（第 3 步）。")
            }
            (Blocker::FiguresToReview(n), Lang::En) => {
                format!("{n} figure(s) still to review (step 3).")
            }
            (Blocker::FieldsToConfirm(n), Lang::Zh) => {
                format!("还有 {n} 项标题与日期信息待确认（第 2 步）。")
            }
            (Blocker::FieldsToConfirm(n), Lang::En) => {
                format!("{n} title and date field(s) still to confirm (step 2).")
            }
            (Blocker::ChartsToConfirm, Lang::Zh) => "图表与关键数字尚未确认（第 4 步）。".into(),
            (Blocker::ChartsToConfirm, Lang::En) => {
                "The charts and key figures are not confirmed yet (step 4).".into()
            }
        }
    }
}

/// Why a work file (or the work saved in the browser) cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkError {
    #[error("the work file is not one the studio wrote, or it is damaged: {0}")]
    Unreadable(String),
    #[error("the work file is of version {found}; this studio reads version {WORK_VERSION}")]
    Version { found: u32 },
}

impl WorkError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (_, Lang::En) => self.to_string(),
            (WorkError::Unreadable(detail), Lang::Zh) => {
                format!("这不是工作室保存的工作文件，或文件已损坏：{detail}")
            }
            (WorkError::Version { found }, Lang::Zh) => {
                format!("该工作文件的版本为 {found}，本工作室只能读取版本 {WORK_VERSION}。")
            }
        }
    }
}

impl Default for Work {
    fn default() -> Self {
        Work::new()
    }
}

impl Work {
    /// Nothing brought in yet.
    pub fn new() -> Work {
        Work {
            version: WORK_VERSION,
            step: Step::Bring,
            source: None,
            kept: Vec::new(),
            removed: Vec::new(),
            report: None,
            proposals: Vec::new(),
            review: Vec::new(),
            confirmed: Vec::new(),
            charts_done: false,
        }
    }

    /// Work on a page the importer read: every figure it found is a proposal to review.
    pub fn from_draft(source: Source, kept: Vec<String>, draft: Draft) -> Work {
        let mut report = draft.report;
        let proposals = std::mem::take(&mut report.figures)
            .into_iter()
            .map(|figure| Proposal {
                figure,
                decision: Decision::Pending,
            })
            .collect();
        Work {
            step: Step::Text,
            source: Some(source),
            kept,
            removed: draft.removed,
            report: Some(report),
            proposals,
            review: draft.review,
            ..Work::new()
        }
    }

    /// The page imported again, keeping the removed lines in `kept` (the editor put a
    /// line back, or took one out again). What the editor did carries over wherever it
    /// still applies: the title, dates and their confirmations, the sections' English
    /// titles, the decision on and edits of every figure whose paragraph and quote are
    /// unchanged, and the charts and key figures of those figures; and the step.
    pub fn reimport(&self, kept: Vec<String>) -> Result<Work, PageError> {
        let source = self.source.clone().ok_or(PageError::Empty)?;
        let draft = import_keeping(&source.text, &kept)?;
        let mut work = Work::from_draft(source, kept, draft);
        work.step = self.step;
        work.confirmed = self.confirmed.clone();
        work.charts_done = self.charts_done;
        let (Some(old), Some(new)) = (self.report.as_ref(), work.report.as_mut()) else {
            return Ok(work);
        };
        new.meta = old.meta.clone();
        // Sections are the same section when their numbering and title are.
        let heading = |s: &Section| (s.ordinal.clone(), s.title.clone());
        let old_sections: HashMap<_, &Section> = old
            .all_sections()
            .into_iter()
            .map(|s| (heading(s), s))
            .collect();
        let mut section_ids = HashMap::new();
        fn walk(sections: &mut [Section], f: &mut impl FnMut(&mut Section)) {
            for s in sections {
                f(s);
                walk(&mut s.subsections, f);
            }
        }
        walk(&mut new.sections, &mut |s| {
            if let Some(was) = old_sections.get(&heading(s)) {
                s.title_en = was.title_en.clone();
                section_ids.insert(was.id.clone(), s.id.clone());
            }
        });
        // Figures are the same figure when their paragraph's text and quote are.
        let old_text: HashMap<&str, &str> = old
            .paragraphs()
            .into_iter()
            .map(|p| (p.id.as_str(), p.text.as_str()))
            .collect();
        let new_text: HashMap<String, String> = new
            .paragraphs()
            .into_iter()
            .map(|p| (p.id.clone(), p.text.clone()))
            .collect();
        let mut figure_ids = HashMap::new();
        for proposal in &mut work.proposals {
            let text = new_text.get(&proposal.figure.paragraph);
            let was = self.proposals.iter().find(|p| {
                p.figure.quote == proposal.figure.quote
                    && old_text.get(p.figure.paragraph.as_str()).copied()
                        == text.map(String::as_str)
            });
            if let Some(was) = was {
                let (id, paragraph) = (
                    proposal.figure.id.clone(),
                    proposal.figure.paragraph.clone(),
                );
                figure_ids.insert(was.figure.id.clone(), id.clone());
                proposal.figure = Figure {
                    id,
                    paragraph,
                    ..was.figure.clone()
                };
                proposal.decision = was.decision;
            }
        }
        // The charts and key figures whose figures and section are all still there.
        new.charts = old
            .charts
            .iter()
            .filter_map(|chart| {
                let mut chart = chart.clone();
                chart.section = section_ids.get(&chart.section)?.clone();
                chart.figures = chart
                    .figures
                    .iter()
                    .map(|id| figure_ids.get(id).cloned())
                    .collect::<Option<_>>()?;
                Some(chart)
            })
            .collect();
        new.key_figures = old
            .key_figures
            .iter()
            .filter_map(|id| figure_ids.get(id).cloned())
            .collect();
        Ok(work)
    }

    /// Work on a published report, to revise it: its figures, details, charts and key
    /// figures stand as they were published.
    pub fn from_report(name: &str, mut report: Report) -> Work {
        let proposals = std::mem::take(&mut report.figures)
            .into_iter()
            .map(|figure| Proposal {
                figure,
                decision: Decision::Accepted,
            })
            .collect();
        Work {
            step: Step::Text,
            source: Some(Source {
                name: name.to_string(),
                text: String::new(),
            }),
            report: Some(report),
            proposals,
            confirmed: MetaField::ALL.to_vec(),
            charts_done: true,
            ..Work::new()
        }
    }

    /// Reads saved work.
    pub fn from_json(text: &str) -> Result<Work, WorkError> {
        #[derive(Deserialize)]
        struct Probe {
            version: u32,
        }
        let probe: Probe =
            serde_json::from_str(text).map_err(|e| WorkError::Unreadable(e.to_string()))?;
        if probe.version != WORK_VERSION {
            return Err(WorkError::Version {
                found: probe.version,
            });
        }
        serde_json::from_str(text).map_err(|e| WorkError::Unreadable(e.to_string()))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("work always serialises")
    }

    /// How many proposals are still to review.
    pub fn pending(&self) -> usize {
        self.proposals
            .iter()
            .filter(|p| p.decision == Decision::Pending)
            .count()
    }

    /// Where proposal `i` stands among the draft's figures (`figures[N]` in the
    /// validator's paths), when it is accepted.
    pub fn draft_index(&self, i: usize) -> Option<usize> {
        (self.proposals.get(i)?.decision == Decision::Accepted).then(|| {
            self.proposals[..i]
                .iter()
                .filter(|p| p.decision == Decision::Accepted)
                .count()
        })
    }

    /// The figures in the draft: the accepted proposals.
    pub fn accepted(&self) -> impl Iterator<Item = &Figure> {
        self.proposals
            .iter()
            .filter(|p| p.decision == Decision::Accepted)
            .map(|p| &p.figure)
    }

    /// The report as it would be exported now: the accepted figures, and what is left
    /// for a person to review as the validator reads it.
    pub fn draft(&self) -> Option<Report> {
        let mut report = self.report.clone()?;
        report.figures = self.accepted().cloned().collect();
        let accepted: Vec<&str> = report.figures.iter().map(|f| f.id.as_str()).collect();
        report
            .key_figures
            .retain(|id| accepted.contains(&id.as_str()));
        let mut to_review = Vec::new();
        if self.pending() > 0 {
            to_review.extend([ReviewItem::Ids, ReviewItem::Labels, ReviewItem::Periods]);
        }
        if !self.charts_done {
            to_review.extend([ReviewItem::Relations, ReviewItem::Charts]);
        }
        report.to_review = to_review;
        Some(report)
    }

    /// The validator's problems with the draft.
    pub fn problems(&self) -> Vec<Problem> {
        self.draft().map(|r| check(&r)).unwrap_or_default()
    }

    /// What keeps the draft from export besides the validator's problems.
    pub fn blockers(&self) -> Vec<Blocker> {
        if self.report.is_none() {
            return vec![Blocker::NoReport];
        }
        let mut out = Vec::new();
        let unconfirmed = MetaField::ALL
            .iter()
            .filter(|f| !self.confirmed.contains(f))
            .count();
        if unconfirmed > 0 {
            out.push(Blocker::FieldsToConfirm(unconfirmed));
        }
        if self.pending() > 0 {
            out.push(Blocker::FiguresToReview(self.pending()));
        }
        if !self.charts_done {
            out.push(Blocker::ChartsToConfirm);
        }
        out
    }

    /// The report to publish, when nothing blocks it and the validator is clean.
    pub fn exportable(&self) -> Option<Report> {
        self.ready_to_export(&self.problems())
            .then(|| self.draft())
            .flatten()
    }

    /// Whether nothing blocks the export, given the validator's `problems` with the
    /// draft (the studio finds them once per change).
    pub fn ready_to_export(&self, problems: &[Problem]) -> bool {
        self.blockers().is_empty() && problems.is_empty()
    }

    /// Confirms or unconfirms a field.
    pub fn confirm(&mut self, field: MetaField, confirmed: bool) {
        self.confirmed.retain(|f| *f != field);
        if confirmed {
            self.confirmed.push(field);
        }
    }

    /// Sets the decision on proposal `index`; a rejected figure leaves the key figures
    /// and charts, so that nothing refers to a figure the report will not have.
    pub fn decide(&mut self, index: usize, decision: Decision) {
        let Some(proposal) = self.proposals.get_mut(index) else {
            return;
        };
        proposal.decision = decision;
        if decision != Decision::Accepted {
            let id = proposal.figure.id.clone();
            if let Some(report) = self.report.as_mut() {
                report.key_figures.retain(|k| *k != id);
                for chart in &mut report.charts {
                    chart.figures.retain(|f| *f != id);
                }
            }
        }
    }

    /// The index of the next proposal still to review after `from` (wrapping), if any.
    pub fn next_pending(&self, from: usize) -> Option<usize> {
        let n = self.proposals.len();
        (1..=n)
            .map(|k| (from + k) % n)
            .find(|&i| self.proposals[i].decision == Decision::Pending)
    }
}

#[cfg(test)]
mod tests;
