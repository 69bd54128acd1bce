//! The "key figures" summary near the top of the page.

use leptos::prelude::*;

use super::{use_suspect_figures, SUSPECT_NOTE};
use crate::location::hash_for;
use crate::report::format::DisplayValue;
use crate::report::Figure;

/// A grid of the report's headline numbers, each linking to the sentence that states it.
#[component]
pub fn KeyFigures(figures: Vec<Figure>) -> impl IntoView {
    let suspect = use_suspect_figures();
    (!figures.is_empty()).then(|| {
        let cards = figures
            .into_iter()
            .map(|figure| {
                let value = DisplayValue::of(&figure);
                let unverified = suspect.contains(&figure.id).then(
                    || view! { <span class="suspect-note">{format!("⚠ {SUSPECT_NOTE}")}</span> },
                );
                view! {
                    <li class="key-figure">
                        <a href=hash_for(&figure.paragraph) data-figure=figure.id.clone()>
                            <span class="key-figure-value">
                                {value.before}
                                <span class="number">{value.number.clone()}</span>
                                {value.after}
                                <span class="unit">{value.unit}</span>
                            </span>
                            <span class="key-figure-label">{figure.label.zh.clone()}</span>
                            <span class="key-figure-quote">"原文:“"{figure.quote.clone()}"”"</span>
                            {unverified}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="key-figures" aria-labelledby="key-figures-heading">
                <h2 id="key-figures-heading">"关键数字"</h2>
                <ul>{cards}</ul>
            </section>
        }
    })
}
