//! The pack as one self-contained HTML file: inline CSS and SVG charts, no script, nothing
//! fetched; it prints on A4 with page breaks before each part.

use std::fmt::Write as _;

use super::drawing::{self, Metrics, escape};
use super::pack::{Pack, PackSection};
use crate::style::Palette;
use crate::view_model::chart::Table;
use crate::wording::typeset;

/// Width of a chart in CSS points (the A4 text width).
const CHART_WIDTH: f32 = 500.0;
/// Chart text size in points.
const CHART_TEXT: f32 = 9.0;

/// Bytes as base64, for fonts inside the page.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// PT Sans and the symbols face (₸ and the few signs PT Sans lacks) inside the page, each cut
/// to the characters `text` uses: the page reads the same on any computer, with the widths
/// its charts were laid out with.
fn faces(text: &str) -> String {
    let mut out = String::new();
    for (data, family, weight) in [
        (crate::style::REGULAR_FONT, "PT Sans", "normal"),
        (crate::style::BOLD_FONT, "PT Sans", "bold"),
        (crate::style::SYMBOLS_FONT, "BriefDesk Symbols", "normal"),
        (crate::style::SYMBOLS_BOLD_FONT, "BriefDesk Symbols", "bold"),
    ] {
        let font = super::subset::for_text(data, text);
        let _ = writeln!(
            out,
            "@font-face {{ font-family: '{family}'; font-weight: {weight}; \
             src: url(data:font/ttf;base64,{}) format('truetype'); }}",
            base64(&font)
        );
    }
    out
}

/// The page's CSS, its colours from the paper palette of the design tokens.
fn style(faces: &str, footer: &str) -> String {
    let p = Palette::paper();
    format!(
        r"
{faces}@page {{ size: A4; margin: 18mm 16mm 20mm;
  @bottom-left {{ content: '{footer}'; font: 8pt 'PT Sans', sans-serif; color: {muted}; }}
  @bottom-right {{ content: counter(page) ' / ' counter(pages); font: 8pt 'PT Sans', sans-serif; color: {muted}; }} }}
@page:first {{ @bottom-left {{ content: none; }} @bottom-right {{ content: none; }} }}
:root {{ color: {text}; background: {background}; }}
body {{ font-family: 'PT Sans', 'BriefDesk Symbols', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 11pt;
  line-height: 1.4; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ font-size: 22pt; line-height: 1.2; margin: 0 0 .4rem; }}
h2 {{ font-size: 16pt; margin: 2rem 0 .6rem; border-bottom: 2px solid {accent}; padding-bottom: .2rem; }}
h3 {{ font-size: 12.5pt; margin: 1.4rem 0 .3rem; }}
.region {{ font-size: 14pt; font-weight: bold; color: {muted}; margin: 0 0 .6rem; }}
.muted, .footer {{ color: {muted}; }}
.footer {{ font-size: 9pt; margin: .2rem 0; }}
.meta {{ font-size: 9.5pt; color: {muted}; border-left: 3px solid {accent}; padding-left: .6rem; }}
.meta code {{ word-break: break-all; font-family: inherit; }}
.illustrative {{ color: {warning}; }}
table {{ border-collapse: collapse; width: 100%; margin: .5rem 0 .8rem; font-size: 9.5pt; }}
th, td {{ text-align: left; padding: .18rem .5rem; border-bottom: 1px solid {rule}; vertical-align: top; }}
th {{ border-bottom: 1.5px solid {text}; }}
td.num, th.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
figure {{ margin: .6rem 0; }}
figure svg {{ width: 100%; height: auto; }}
.recommendation {{ break-inside: avoid; margin-bottom: 1rem; }}
.status {{ font-size: 10pt; }}
blockquote {{ margin: .4rem 0; padding: .4rem .7rem; background: {note}; border-left: 3px solid {note_rule}; white-space: pre-wrap; }}
.part {{ break-before: page; }}
.chart, figure, tr, .tile, li {{ break-inside: avoid; }}
h2, h3, .band > p.illustrative {{ break-after: avoid; }}
header {{ break-after: page; }}
.kind {{ color: {accent}; font-weight: bold; margin-top: 1.2rem; }}
.tiles {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: .6rem; margin: .6rem 0; }}
.tile {{ background: {note}; border-top: 2px solid {accent}; padding: .5rem .6rem; font-size: 8.5pt; line-height: 1.3; }}
.tile .value {{ font-size: 17pt; font-weight: bold; line-height: 1.1; }}
.tile .label {{ font-weight: bold; margin: .2rem 0; }}
.tile .when, .tile .by {{ color: {muted}; font-size: 7.5pt; }}
.tile .caveat {{ color: {warning}; font-size: 7.5pt; }}
.band {{ border-left: 4px solid {warning}; padding-left: .8rem; }}
@media print {{ body {{ margin: 0; max-width: none; }} a {{ color: inherit; }} }}
",
        faces = faces,
        footer = footer.replace(['\\', '\''], " "),
        text = p.text.hex(),
        background = p.background.hex(),
        accent = p.bar.hex(),
        muted = p.muted.hex(),
        warning = p.warning.hex(),
        rule = p.card_stroke.hex(),
        note = p.card.hex(),
        note_rule = p.rented.hex(),
    )
}

fn table(out: &mut String, t: &Table) {
    out.push_str("<table><thead><tr>");
    for (i, h) in t.header.iter().enumerate() {
        let class = if t.numeric.get(i).copied().unwrap_or(false) {
            r#" class="num""#
        } else {
            ""
        };
        let _ = write!(out, "<th{class}>{}</th>", escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let class = if t.numeric.get(i).copied().unwrap_or(false) {
                r#" class="num""#
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", escape(c));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
}

/// A section of items: a heading, then each item's bold head with its lines.
fn section(out: &mut String, section: &PackSection) {
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<ul class=\"items\">",
        escape(&section.title)
    );
    for item in &section.items {
        let _ = write!(out, "<li><strong>{}</strong>", escape(&item.head));
        for line in &item.lines {
            let _ = write!(out, "<br>{}", escape(line));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

/// Renders the pack as one page.
pub fn render(p: &Pack, m: &Metrics) -> String {
    page(p, &p.title, &body(p, m))
}

/// The page around `body`: its language, title, and the CSS with the faces cut to its text.
fn page(p: &Pack, title: &str, body: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = p.lang.code(),
        title = escape(title),
        style = style(&faces(&format!("{title}{body}{}", p.region)), &p.region),
    );
    out
}

/// The title block and the sections.
#[expect(
    clippy::too_many_lines,
    reason = "one section after another, in document order"
)]
fn body(p: &Pack, m: &Metrics) -> String {
    let l = &p.labels;
    let mut out = String::new();
    cover(&mut out, p);

    let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(&l.summary));
    if !p.summary.is_empty() {
        out.push_str("<ul>");
        for line in &p.summary {
            let _ = write!(out, "<li>{}</li>", escape(&typeset(line)));
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(out, "<h3>{}</h3>", escape(&l.key_figures));
    tiles(&mut out, p);
    for s in &p.sections {
        section(&mut out, s);
    }
    out.push_str("</section>\n");

    charts(&mut out, p, m);

    let _ = writeln!(
        out,
        "<section class=\"part\">\n<h2>{}</h2>",
        escape(&l.recommendations)
    );
    for r in &p.recommendations {
        out.push_str("<div class=\"recommendation\">\n");
        let _ = writeln!(out, "<h3>{}. {}</h3>", r.number, escape(&r.text));
        let mut by = Vec::new();
        by.extend(r.topic.as_deref().map(escape));
        by.extend(
            r.by.as_deref()
                .map(|b| format!("{}: {}", escape(&l.said_by), escape(b))),
        );
        if !by.is_empty() {
            let _ = writeln!(out, "<p class=\"muted\">{}</p>", by.join(" · "));
        }
        let _ = writeln!(
            out,
            "<p class=\"status\"><strong>{}:</strong> {} · <strong>{}:</strong> {} · <strong>{}:</strong> {}</p>",
            escape(&l.status),
            escape(&r.status),
            escape(&l.owner),
            escape(&r.owner),
            escape(&l.due),
            escape(&r.due),
        );
        if !r.evidence.is_empty() {
            let _ = write!(out, "<p>{}:</p><ul>", escape(&l.evidence));
            for e in &r.evidence {
                let _ = write!(out, "<li>{}</li>", escape(e));
            }
            out.push_str("</ul>\n");
        }
        if !r.note.is_empty() {
            let _ = writeln!(
                out,
                "<blockquote><strong>{}:</strong> {}</blockquote>",
                escape(&l.note),
                escape(&r.note)
            );
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");

    let _ = writeln!(
        out,
        "<section class=\"part\">\n<h2>{}</h2>",
        escape(&l.appendix)
    );
    if !p.district_tables.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", escape(&l.district_data));
        for t in &p.district_tables {
            table(&mut out, t);
        }
    }
    if let Some(d) = &p.districts {
        section(&mut out, d);
    }
    let _ = writeln!(out, "<h3>{}</h3>\n<ul>", escape(&l.sources));
    for s in &p.sources {
        let mark = if s.illustrative {
            format!(
                " <span class=\"illustrative\">({})</span>",
                escape(&l.illustrative)
            )
        } else {
            String::new()
        };
        let url = s
            .url
            .as_deref()
            .map(|u| format!(" <a href=\"{0}\">{0}</a>", escape(u)))
            .unwrap_or_default();
        let _ = writeln!(out, "<li>{}{mark}{url}</li>", escape(&s.text));
    }
    out.push_str("</ul>\n");

    let _ = writeln!(out, "<h3>{}</h3>", escape(&l.warnings));
    if p.warnings.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&l.no_warnings));
    } else {
        out.push_str("<ul>");
        for w in &p.warnings {
            let _ = write!(out, "<li>{}</li>", escape(w));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

/// The title block, as the PDF's cover: region, title, the meeting, who took part, what the
/// document is, and the colophon.
fn cover(out: &mut String, p: &Pack) {
    let l = &p.labels;
    let _ = writeln!(
        out,
        "<header>\n<p class=\"region\">{}</p>",
        escape(&p.region)
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape(&p.title));
    for line in p.meeting_title.iter().chain(&p.meeting_when) {
        let _ = writeln!(out, "<p>{}</p>", escape(line));
    }
    for (label, names) in [
        (&l.chair, p.chair.iter().cloned().collect::<Vec<_>>()),
        (&l.participants, p.participants.clone()),
    ] {
        if names.is_empty() {
            continue;
        }
        let _ = write!(out, "<p><span class=\"muted\">{}</span>", escape(label));
        for name in &names {
            let _ = write!(out, "<br>{}", escape(name));
        }
        out.push_str("</p>\n");
    }
    if let Some(attendance) = &p.attendance {
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", escape(attendance));
    }
    let _ = writeln!(out, "<p class=\"kind\">{}</p>", escape(&p.kind));
    if !p.period.is_empty() {
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", escape(&p.period));
    }
    if let Some(note) = &p.illustrative_note {
        let _ = writeln!(out, "<p class=\"illustrative\">{}</p>", escape(note));
    }
    if let Some(translation) = &p.translation {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>",
            escape(&typeset(translation))
        );
    }
    let _ = writeln!(
        out,
        "<p class=\"meta\">{}: <code>{}</code><br>{}: <code>{}</code><br>{}: {}</p>",
        escape(&l.file),
        escape(&p.file_name),
        escape(&l.sha256),
        escape(&p.sha256),
        escape(&l.exported),
        escape(&p.exported_at),
    );
    out.push_str("</header>\n");
}

/// The key figures as tiles: the value with its qualifier, what it counts, when, the words
/// and who said them, the caveats.
fn tiles(out: &mut String, p: &Pack) {
    out.push_str("<div class=\"tiles\">\n");
    for t in &p.figures {
        let mark = if t.illustrative {
            crate::view_model::ILLUSTRATIVE_MARK
        } else {
            ""
        };
        let _ = write!(
            out,
            "<div class=\"tile\"><div class=\"value\">{}{mark}</div><div class=\"label\">{}</div>",
            escape(&t.value),
            escape(&t.label)
        );
        if !t.when.is_empty() {
            let _ = write!(out, "<div class=\"when\">{}</div>", escape(&t.when));
        }
        if let Some(quote) = &t.quote {
            let _ = write!(out, "<div>{}</div>", escape(&typeset(quote)));
        }
        if let Some(by) = &t.said_by {
            let _ = write!(out, "<div class=\"by\">—\u{a0}{}</div>", escape(by));
        }
        for caveat in &t.caveats {
            let _ = write!(out, "<div class=\"caveat\">{}</div>", escape(caveat));
        }
        if p.figures_source.is_none() {
            let _ = write!(out, "<div class=\"by\">{}</div>", escape(&t.source));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
    if let Some(source) = &p.figures_source {
        let line = crate::i18n::tr_args(
            p.lang,
            "export-all-sources",
            &[("source", crate::i18n::Arg::Text(source))],
        );
        let _ = writeln!(out, "<p class=\"footer\">{}</p>", escape(&line));
    }
}

/// The charts: the facts, then the illustrative ones under their own heading with a band.
fn charts(out: &mut String, p: &Pack, m: &Metrics) {
    let l = &p.labels;
    for (illustrative, heading) in [(false, &l.charts), (true, &l.illustrative_charts)] {
        let charts: Vec<_> = p
            .charts
            .iter()
            .filter(|c| c.illustrative == illustrative)
            .collect();
        if charts.is_empty() {
            continue;
        }
        let class = if illustrative { " class=\"band\"" } else { "" };
        let _ = writeln!(out, "<section{class}>\n<h2>{}</h2>", escape(heading));
        let said = p.illustrative_note.as_deref().filter(|_| illustrative);
        if let Some(note) = said {
            let _ = writeln!(
                out,
                "<p class=\"illustrative\"><strong>{}</strong></p>",
                escape(note)
            );
        }
        for chart in charts {
            let _ = writeln!(
                out,
                "<div class=\"chart\">\n<h3>{}</h3>",
                escape(&chart.title)
            );
            if !chart.subtitle.is_empty() {
                let _ = writeln!(out, "<p class=\"muted\">{}</p>", escape(&chart.subtitle));
            }
            if let Some(info) = &chart.info {
                let _ = writeln!(out, "<p>{}</p>", escape(info));
            }
            let d = drawing::chart(chart, CHART_WIDTH, CHART_TEXT, m);
            let _ = writeln!(
                out,
                "<figure>{}</figure>",
                drawing::svg(&d, &chart.title, 1.0)
            );
            for line in chart
                .remarks
                .iter()
                .chain(&chart.footer)
                .filter(|l| said.is_none_or(|s| l.as_str() != s))
            {
                let _ = writeln!(out, "<p class=\"footer\">{}</p>", escape(line));
            }
            out.push_str("</div>\n");
        }
        out.push_str("</section>\n");
    }
}

/// The pack and its translation in one page, paired part by part (title block, in brief,
/// charts, recommendations, appendix), each part marked with its language.
pub fn render_paired(first: &Pack, second: &Pack, m: &Metrics) -> String {
    let a = parts(&body(first, m));
    let b = parts(&body(second, m));
    let mut both = String::new();
    for i in 0..a.len().max(b.len()) {
        for (p, parts) in [(first, &a), (second, &b)] {
            if let Some(part) = parts.get(i) {
                let _ = write!(both, "<div lang=\"{}\">\n{part}</div>\n", p.lang.code());
            }
        }
    }
    page(first, &format!("{} / {}", first.title, second.title), &both)
}

/// A page's body cut into its parts: the header and each section.
fn parts(body: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for line in body.split_inclusive('\n') {
        if line.starts_with("<header") || line.starts_with("<section") || parts.is_empty() {
            parts.push(String::new());
        }
        if let Some(last) = parts.last_mut() {
            last.push_str(line);
        }
    }
    parts
}
