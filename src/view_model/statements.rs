//! Claims stated at the meeting that are not numbers ("above the national average"), with who
//! said them and in which words.

use super::Context;
use crate::i18n::tr;
use crate::model::FigureKey;

/// A statement as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementView {
    /// Its id.
    pub id: String,
    /// The regional figure it is about.
    pub figure: Option<FigureKey>,
    /// The claim.
    pub text: String,
    /// Who stated it: name and role.
    pub said_by: Option<String>,
    /// The words of the source in «», marked where translated.
    pub quote: Option<String>,
    /// "Источник: BNews.kz, ноябрь 2017".
    pub source_text: String,
    /// One line for a tile or a list: the claim and, in brackets, who stated it.
    pub line: String,
    /// Shown on its figure's tile (else in the list of statements).
    pub on_tile: bool,
}

pub(crate) fn statements(ctx: &Context<'_>) -> Vec<StatementView> {
    ctx.dataset
        .statements
        .iter()
        .map(|s| {
            let text = ctx.text(&s.text);
            let said_by = s.said_by.as_deref().map(|id| super::person_line(ctx, id));
            let speaker = s
                .said_by
                .as_deref()
                .and_then(|id| ctx.dataset.person(id))
                .map(|p| ctx.text(&p.name));
            let line = match &speaker {
                Some(name) => format!("{text} ({name})"),
                None => text.clone(),
            };
            let source = ctx.source(s.source.as_deref());
            let source_text = match source.and_then(|i| ctx.sources.get(i)) {
                Some(src) => format!("{}: {}", tr(ctx.lang, "source-label"), src.short),
                None => tr(ctx.lang, "source-none"),
            };
            StatementView {
                id: s.id.clone(),
                figure: s.figure.as_deref().and_then(FigureKey::parse),
                text,
                said_by,
                quote: s.quote.as_ref().map(|q| ctx.quote(q)),
                source_text,
                line,
                on_tile: false,
            }
        })
        .collect()
}
