//! The "key figures" summary near the top of the page.

use leptos::prelude::*;

use crate::i18n::SOURCE_LANG;
use crate::location::hash_for;
use crate::report::format::DisplayValue;
use crate::report::Figure;
use crate::ui::{use_lang, use_suspect_figures};

/// A grid of the report's headline numbers, each linking to the sentence that states it.
#[component]
pub fn KeyFigures(
    figures: Vec<Figure>,
    /// The year the report is about: a figure of another period says which.
    year: u16,
) -> impl IntoView {
    let suspect = use_suspect_figures();
    let lang = use_lang();
    let t = move || lang.get().texts();
    (!figures.is_empty()).then(|| {
        let cards = figures
            .into_iter()
            .map(|figure| {
                let unverified = suspect.contains(&figure.id).then(|| {
                    view! { <span class="suspect-note">{move || format!("⚠ {}", t().suspect_note)}</span> }
                });
                let value = {
                    let figure = figure.clone();
                    move || {
                        let value = DisplayValue::in_lang(&figure, lang.get());
                        view! {
                            {value.before}
                            <span class="number">{value.number}</span>
                            {value.after}
                            <span class="unit">{value.unit}</span>
                        }
                    }
                };
                let period = {
                    let period = figure.period.clone();
                    move || {
                        period.describe(year, lang.get()).map(|period| {
                            view! { <span class="key-figure-period">{period}</span> }
                        })
                    }
                };
                let label = figure.label.clone();
                let quote = figure.quote.clone();
                view! {
                    <li class="key-figure">
                        <a href=hash_for(&figure.paragraph) data-figure=figure.id.clone()>
                            <span class="key-figure-value">{value}</span>
                            <span class="key-figure-label">{move || label.get(lang.get()).to_string()}</span>
                            {period}
                            <span class="key-figure-quote">{move || t().original_text}"“"<span lang=SOURCE_LANG>{quote}</span>"”"</span>
                            {unverified}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="key-figures" aria-labelledby="key-figures-heading">
                <h2 id="key-figures-heading">{move || t().key_figures}</h2>
                <ul>{cards}</ul>
            </section>
        }
    })
}
