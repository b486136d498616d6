//! Draws a printable document (`model::printable`) on screen and on paper:
//! the one view of the stakeholder report and the role description.
//!
//! Every class is the document's own class with a suffix (`im-report-part`,
//! `tl-desc-org`), so each section's stylesheet, print rules included,
//! styles its document without the two sharing rules. All text goes in as
//! text nodes: the blocks hold the user's words.

use leptos::prelude::*;

use crate::model::printable::{Block, Fact, Line, Span, NOT_SET};

/// A drawing that goes just before the table with this caption (the
/// report's chart of the progress over the years, above its numbers). The
/// document's caller draws it, so this view names no drawing code.
#[derive(Clone)]
pub struct Figure {
    pub before_table: &'static str,
    pub draw: ViewFn,
}

/// `class` names the document (`im-report`); its title's id is
/// `{class}-title`, which labels the article.
#[component]
pub fn Printable(
    blocks: Vec<Block>,
    class: &'static str,
    #[prop(default = None)] figure: Option<Figure>,
) -> impl IntoView {
    view! {
        <article class=class aria-labelledby=format!("{class}-title")>
            {blocks.into_iter().map(|b| block(b, class, &figure)).collect_view()}
        </article>
    }
}

fn block(block: Block, class: &'static str, figure: &Option<Figure>) -> AnyView {
    let part = |suffix: &str| format!("{class}-{suffix}");
    match block {
        Block::Title {
            organization,
            kind,
            text,
            byline,
        } => view! {
            <header class=part("head")>
                {organization.map(|o| view! { <p class=part("org")>{o}</p> })}
                {kind.map(|k| view! { <p class=part("kind")>{k}</p> })}
                <h3 id=part("title")>{text}</h3>
                {(!byline.is_empty()).then(|| view! { <p class=part("byline")>{byline.join(" · ")}</p> })}
            </header>
        }
        .into_any(),
        Block::Section { heading, blocks } => view! {
            <section class=part("part")>
                <h4>{heading}</h4>
                {blocks.into_iter().map(|b| self::block(b, class, figure)).collect_view()}
            </section>
        }
        .into_any(),
        Block::Paragraph(spans) => view! { <p>{line(spans, class)}</p> }.into_any(),
        Block::List {
            label,
            items,
            columns,
        } => {
            let items = items
                .into_iter()
                .map(|lines| {
                    let lines = lines.into_iter().enumerate().map(|(i, spans)| {
                        view! { {(i > 0).then(|| view! { <br /> })} {line(spans, class)} }
                    });
                    view! { <li>{lines.collect_view()}</li> }
                })
                .collect_view();
            view! {
                {label.map(|l| view! { <p class=part("sub")>{l}</p> })}
                <ul class=columns.then(|| part("columns"))>{items}</ul>
            }
            .into_any()
        }
        Block::Table {
            caption,
            head,
            rows,
        } => {
            let label = caption.clone();
            let drawing = figure
                .as_ref()
                .filter(|f| f.before_table == caption)
                .map(|f| f.draw.run());
            view! {
            {drawing}
            // Scrolls sideways on a narrow screen instead of the page.
            <div class=part("table-wrap") tabindex="0" role="region" aria-label=label>
                <table class=part("table")>
                    <caption class="visually-hidden">{caption}</caption>
                    <thead>
                        <tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                    </thead>
                    <tbody>
                        {rows
                            .into_iter()
                            .map(|row| {
                                let cells = row.into_iter().enumerate().map(|(i, cell)| {
                                    if i == 0 {
                                        view! { <th scope="row">{cell}</th> }.into_any()
                                    } else {
                                        view! { <td>{cell}</td> }.into_any()
                                    }
                                });
                                view! { <tr>{cells.collect_view()}</tr> }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            }
            .into_any()
        }
        Block::Facts(facts) => view! {
            <dl class=part("facts")>{facts.into_iter().map(|f| fact(f, class)).collect_view()}</dl>
        }
        .into_any(),
        Block::SideBySide(blocks) => view! {
            <div class=part("cols")>{blocks.into_iter().map(|b| self::block(b, class, figure)).collect_view()}</div>
        }
        .into_any(),
    }
}

fn fact(fact: Fact, class: &'static str) -> impl IntoView {
    let Fact { term, value, warn } = fact;
    let value = match value {
        Some(value) => vec![Span::Text(value)],
        None => vec![Span::Muted(NOT_SET.into())],
    };
    view! {
        <div class=warn.then(|| format!("{class}-warn"))>
            <dt>{term}</dt>
            <dd>{line(value, class)}</dd>
        </div>
    }
}

fn line(spans: Line, class: &'static str) -> impl IntoView {
    spans
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => t.into_any(),
            Span::Strong(t) => view! { <strong>{t}</strong> }.into_any(),
            Span::Note(t) => view! { <em>{t}</em> }.into_any(),
            Span::Muted(t) => view! { <span class=format!("{class}-muted")>{t}</span> }.into_any(),
        })
        .collect_view()
}
