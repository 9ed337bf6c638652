//! The cover: region, title, the meeting and its date, who took part, what the document is,
//! and at its foot the colophon. In a pack of two languages each line has its translation,
//! the people and the kind of document side by side.

use super::layout::HALF;
use super::{BODY, Flow, H1, H3, LINE, MARGIN_BOTTOM, MARGIN_X, PAGE_HEIGHT, SMALL, WIDTH, ink};
use crate::export::drawing::Shape;
use crate::export::pack::Pack;

/// The cover: region, title, the meeting and its date, who took part, what the document is;
/// the colophon (file, SHA-256, export time) at its foot. With two packs, each line is
/// followed by its translation.
pub(super) fn cover(f: &mut Flow<'_>, packs: &[&Pack]) {
    let Some(p) = packs.first() else { return };
    let two = packs.len() > 1;
    let lang = |q: &Pack| two.then(|| q.lang.code().to_owned());
    // Each of the packs' lines in turn, in its own language.
    let each = |f: &mut Flow<'_>, line: &dyn Fn(&mut Flow<'_>, &Pack)| {
        for q in packs {
            f.begin_lang(lang(q).as_deref());
            line(f, q);
            f.end_lang(lang(q).as_deref());
        }
    };
    // The same, side by side: the first language on the left, the second on the right.
    let beside = |f: &mut Flow<'_>, line: &dyn Fn(&mut Flow<'_>, &Pack)| {
        if !two {
            line(f, p);
            return;
        }
        let top = f.y;
        let mut bottom = top;
        for (i, q) in packs.iter().enumerate() {
            f.y = top;
            f.width = HALF;
            f.left = MARGIN_X + i as f32 * (HALF + super::COLUMN_GAP);
            f.begin_lang(lang(q).as_deref());
            line(f, q);
            f.end_lang(lang(q).as_deref());
            bottom = bottom.max(f.y);
        }
        f.left = MARGIN_X;
        f.width = WIDTH;
        f.y = bottom;
    };
    f.space(if two { 30.0 } else { 100.0 });
    let top = f.y;
    f.decor(Shape::Rect {
        x: MARGIN_X,
        y: top,
        width: 48.0,
        height: 4.0,
        fill: ink().accent,
    });
    f.space(16.0);
    f.paragraph(&p.region, H3, true, ink().muted, 0.0);
    f.space(6.0);
    each(f, &|f, q| {
        let size = match (two, q.lang == p.lang) {
            (false, _) => H1,
            (true, true) => H1 * 0.8,
            (true, false) => H1 * 0.65,
        };
        f.heading(&q.title, size, 1, 0.0, None);
        f.space(4.0);
    });
    f.space(4.0);
    each(f, &|f, q| {
        if let Some(line) = &q.meeting_title {
            f.paragraph(line, H3 + 1.5, false, ink().text, 0.0);
        }
    });
    each(f, &|f, q| {
        if let Some(line) = &q.meeting_when {
            f.paragraph(line, H3, false, ink().muted, 0.0);
        }
    });
    f.space(if two { 10.0 } else { 26.0 });
    let people = |f: &mut Flow<'_>, label: &str, names: &[String]| {
        people(f, label, names, if two { SMALL + 0.5 } else { BODY });
    };
    beside(f, &|f, q| {
        people(
            f,
            &q.labels.chair,
            &q.chair.iter().cloned().collect::<Vec<_>>(),
        );
        people(f, &q.labels.participants, &q.participants);
        if let Some(attendance) = &q.attendance {
            f.paragraph(attendance, SMALL + 0.5, false, ink().muted, 0.0);
        }
    });
    f.space(if two { 14.0 } else { 22.0 });
    beside(f, &|f, q| {
        f.paragraph(&q.kind, BODY + 1.0, true, ink().accent, 0.0);
        if !q.period.is_empty() {
            f.paragraph(&q.period, BODY, false, ink().muted, 0.0);
        }
        if let Some(note) = &q.illustrative_note {
            f.paragraph(note, BODY, false, ink().illustrative, 0.0);
        }
        if let Some(translation) = &q.translation {
            f.paragraph(translation, SMALL + 0.5, false, ink().muted, 0.0);
        }
        f.space(6.0);
    });
    colophon(f, p);
}

/// Which file, which version, when: at the foot of the cover, under a rule.
fn colophon(f: &mut Flow<'_>, p: &Pack) {
    let l = &p.labels;
    let height = (SMALL + 0.5) * LINE * 3.0 + 12.0;
    f.y = f.y.max(PAGE_HEIGHT - MARGIN_BOTTOM - height);
    let rule = f.y;
    f.decor(Shape::Line {
        from: (MARGIN_X, rule),
        to: (MARGIN_X + WIDTH, rule),
        color: ink().muted,
        width: 0.5,
        dashed: false,
    });
    f.space(6.0);
    for (label, value, size) in [
        (&l.file, &p.file_name, SMALL + 0.5),
        (&l.sha256, &p.sha256, SMALL),
        (&l.exported, &p.exported_at, SMALL + 0.5),
    ] {
        f.paragraph(&format!("{label}: {value}"), size, false, ink().muted, 0.0);
    }
}

/// A label, then one name to a line.
fn people(f: &mut Flow<'_>, label: &str, names: &[String], size: f32) {
    if names.is_empty() {
        return;
    }
    f.paragraph(label, SMALL, true, ink().muted, 0.0);
    f.space(2.0);
    for name in names {
        f.paragraph(name, size, false, ink().text, 0.0);
        f.space(2.0);
    }
    f.space(6.0);
}
