//! The whole report and its lookups: the record every other part of the model hangs from.

use serde::{Deserialize, Serialize};

use super::chart::{ChartSpec, WithdrawnChart};
use super::figure::Figure;
use super::meta::Meta;
use super::relation::Relation;
use super::section::{Paragraph, Section};

/// The contract version this build understands; a file with another version is refused.
pub const SCHEMA_VERSION: u32 = 2;

/// One whole report: what it is, what it says and the numbers it states.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub schema_version: u32,
    pub meta: Meta,
    /// Top-level sections in reading order; the first is usually the untitled introduction.
    pub sections: Vec<Section>,
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Figures summarised at the top of the page, in display order.
    #[serde(default)]
    pub key_figures: Vec<String>,
    /// Charts of the figures, each placed in a section.
    #[serde(default)]
    pub charts: Vec<ChartSpec>,
    /// Charts an earlier edition of this file published and has since withdrawn, with
    /// why. Their ids stay taken: the build still writes their embed pages, so a site
    /// that embedded one shows why it is gone rather than an error page.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn_charts: Vec<WithdrawnChart>,
    /// What a person has still to do before the report is ready: an imported draft
    /// lists here what the importer could only propose or not do at all. The checks
    /// report each item until it is removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_review: Vec<ReviewItem>,
}

/// Work a person still owes a draft report; each is reported by the checks until it
/// is removed from `to_review`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewItem {
    /// Figure ids were generated from paragraph ids and want `domain.name` names.
    Ids,
    /// Chinese labels were taken from the words around each number.
    Labels,
    /// Each figure's period was proposed from the words around it.
    Periods,
    /// The arithmetic the report states (rates, sums, 其中) is still to be written down.
    Relations,
    /// The charts are still to be chosen.
    Charts,
}

impl Report {
    /// Every section and subsection, depth first in reading order.
    pub fn all_sections(&self) -> Vec<&Section> {
        self.sections.iter().flat_map(Section::walk).collect()
    }

    /// Every paragraph in reading order.
    pub fn paragraphs(&self) -> Vec<&Paragraph> {
        self.all_sections()
            .into_iter()
            .flat_map(|s| s.paragraphs.iter())
            .collect()
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.paragraphs().into_iter().find(|p| p.id == id)
    }

    /// The figures stated in one paragraph.
    pub fn figures_in(&self, paragraph_id: &str) -> Vec<&Figure> {
        self.figures
            .iter()
            .filter(|f| f.paragraph == paragraph_id)
            .collect()
    }

    /// Why the chart `id` was withdrawn, if it was.
    pub fn withdrawn_chart(&self, id: &str) -> Option<&WithdrawnChart> {
        self.withdrawn_charts.iter().find(|c| c.id == id)
    }

    /// The charts shown in one section, in order.
    pub fn charts_in(&self, section_id: &str) -> Vec<&ChartSpec> {
        self.charts
            .iter()
            .filter(|c| c.section == section_id)
            .collect()
    }

    /// The ids of the section path leading to `id` (a section or paragraph id), outermost first.
    /// Empty when nothing holds it.
    pub fn section_path(&self, id: &str) -> Vec<String> {
        fn walk(section: &Section, id: &str, path: &mut Vec<String>) -> bool {
            if !section.contains(id) {
                return false;
            }
            path.push(section.id.clone());
            for sub in &section.subsections {
                if walk(sub, id, path) {
                    return true;
                }
            }
            true
        }
        // A chart's link target leads to the section it is shown in.
        let chart_section = id
            .strip_prefix("chart-")
            .and_then(|chart| self.charts.iter().find(|c| c.id == chart))
            .map(|c| c.section.as_str());
        let id = chart_section.unwrap_or(id);
        let mut path = Vec::new();
        for section in &self.sections {
            if walk(section, id, &mut path) {
                break;
            }
        }
        path
    }
}
