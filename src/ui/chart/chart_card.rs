//! One chart of the report, or — when its data are broken — a message naming what is
//! missing, so that the rest of the page is unaffected.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart_figure::ChartFigure;
use crate::charts::ChartModel;
use crate::location::embed_frame_title;
use crate::report::{Bilingual, ChartSpec, Report};
use crate::ui::use_lang;

/// A chart, or — when its data are broken — a message naming what is missing, so that
/// the rest of the page is unaffected. Re-built in the reader's language when it
/// changes. Built without the `charts` feature (to measure what plotters adds), it
/// renders nothing and the drawing code is not linked.
#[component]
pub fn ChartCard(spec: ChartSpec, report: Arc<Report>) -> impl IntoView {
    if !cfg!(feature = "charts") {
        return ().into_any();
    }
    let lang = use_lang();
    let frame_title = Bilingual::from_fn(|lang| {
        embed_frame_title(report.meta.title_in(lang), spec.title.get(lang), lang)
    });
    (move || {
        let lang = lang.get();
        match ChartModel::build(&spec, &report, lang) {
            Ok(model) => view! { <ChartFigure model frame_title=frame_title.clone()/> }.into_any(),
            Err(error) => view! {
                <figure class="chart-card chart-unavailable" id=format!("chart-{}", spec.id)>
                    <figcaption class="chart-title">{spec.title.get(lang).to_string()}</figcaption>
                    <p class="chart-error" role="note">{error.message(lang)}</p>
                </figure>
            }
            .into_any(),
        }
    })
    .into_any()
}
