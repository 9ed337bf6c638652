//! A pack in two languages, the way official documents are issued here (Kazakh and Russian):
//! one cover with each line and its translation; then "In brief" in the first language and
//! in the second; the charts, each beside its translation; each recommendation followed by
//! its translation; and the appendix in each language. Every part is tagged with its
//! language.

use super::cover::cover;
use super::layout::{appendix, brief, charts, recommendation};
use super::{BODY, Flow, H3, LINE, Laid};
use crate::export::drawing::Metrics;
use crate::export::pack::Pack;

/// Lays out `first` and its translation `second` as one document.
pub(super) fn layout_paired(first: &Pack, second: &Pack, m: &Metrics) -> Laid {
    let mut f = Flow::new(m);
    let packs = [first, second];
    cover(&mut f, &packs);
    for p in packs {
        let lang = Some(p.lang.code());
        f.begin_lang(lang);
        brief(&mut f, p);
        f.end_lang(lang);
    }
    charts(&mut f, &packs);
    if !first.recommendations.is_empty() {
        let heading = format!(
            "{} / {}",
            first.labels.recommendations, second.labels.recommendations
        );
        f.section(&heading, false, H3 * LINE * 6.0 + BODY * LINE * 4.0);
        for (a, b) in first.recommendations.iter().zip(&second.recommendations) {
            for (p, r) in [(first, a), (second, b)] {
                let lang = Some(p.lang.code());
                f.begin_lang(lang);
                recommendation(&mut f, p, r);
                f.end_lang(lang);
            }
            f.space(6.0);
        }
    }
    for p in packs {
        let lang = Some(p.lang.code());
        f.begin_lang(lang);
        appendix(&mut f, p);
        f.end_lang(lang);
    }
    Laid {
        pages: f.pages,
        nodes: f.nodes,
        marks: f.marks,
    }
}
