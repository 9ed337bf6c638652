//! The pack as Markdown: headings, tables and lists to paste into other documents.

use std::fmt::Write as _;

use super::pack::{Pack, PackSection};
use crate::view_model::chart::Table;

/// Escapes a table cell: pipes and line breaks would break the row.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

fn table(out: &mut String, t: &Table) {
    let _ = writeln!(
        out,
        "| {} |",
        t.header
            .iter()
            .map(|h| cell(h))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let rule: Vec<&str> = t
        .numeric
        .iter()
        .map(|n| if *n { "---:" } else { "---" })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for row in &t.rows {
        let _ = writeln!(
            out,
            "| {} |",
            row.iter().map(|c| cell(c)).collect::<Vec<_>>().join(" | ")
        );
    }
    out.push('\n');
}

/// Indents the lines after the first, so a note stays inside its list item.
fn indented(s: &str, by: &str) -> String {
    s.lines().collect::<Vec<_>>().join(&format!("\n{by}"))
}

fn section(out: &mut String, section: &PackSection) {
    let _ = writeln!(out, "### {}\n", section.title);
    for item in &section.items {
        let _ = writeln!(out, "- **{}**", cell(&item.head));
        for line in &item.lines {
            let _ = writeln!(out, "  - {}", line.replace('*', "\\*"));
        }
    }
    out.push('\n');
}

/// Renders the pack.
pub fn render(p: &Pack) -> String {
    let l = &p.labels;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", p.title);
    let _ = writeln!(out, "**{}**\n", p.region);
    for line in &p.meeting {
        let _ = writeln!(out, "{line}  ");
    }
    if !p.period.is_empty() {
        let _ = writeln!(out, "{}  ", p.period);
    }
    out.push('\n');
    let _ = writeln!(out, "- {}: `{}`", l.file, p.file_name);
    let _ = writeln!(out, "- {}: `{}`", l.sha256, p.sha256);
    let _ = writeln!(out, "- {}: {}\n", l.exported, p.exported_at);
    if let Some(note) = &p.illustrative_note {
        let _ = writeln!(out, "> {}\n", note.replace('*', "\\*"));
    }

    if !p.summary.is_empty() {
        let _ = writeln!(out, "## {}\n", l.summary);
        for line in &p.summary {
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", l.key_figures);
    table(&mut out, &p.figures_table());
    for s in p.figure_notes.iter().chain(&p.sections) {
        section(&mut out, s);
    }

    let _ = writeln!(out, "## {}\n", l.charts);
    for chart in &p.charts {
        let _ = writeln!(out, "### {}\n", chart.title);
        if !chart.subtitle.is_empty() {
            let _ = writeln!(out, "{}\n", chart.subtitle);
        }
        if let Some(info) = &chart.info {
            let _ = writeln!(out, "{info}\n");
        }
        if let Some(reference) = &chart.reference {
            let label = &reference.label;
            let _ = writeln!(out, "{label}\n");
        }
        table(&mut out, &chart.table);
        for line in chart.remarks.iter().chain(&chart.footer) {
            let _ = writeln!(out, "*{}*  ", line.replace('*', "\\*"));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", l.recommendations);
    for r in &p.recommendations {
        let _ = writeln!(out, "### {}. {}\n", r.number, r.text);
        if let Some(topic) = &r.topic {
            let _ = writeln!(out, "*{topic}*  ");
        }
        if let Some(by) = &r.by {
            let _ = writeln!(out, "{}: {by}  ", l.said_by);
        }
        let _ = writeln!(
            out,
            "**{}:** {} · **{}:** {} · **{}:** {}\n",
            l.status, r.status, l.owner, r.owner, l.due, r.due
        );
        if !r.evidence.is_empty() {
            let _ = writeln!(out, "{}:\n", l.evidence);
            for e in &r.evidence {
                let _ = writeln!(out, "- {e}");
            }
            out.push('\n');
        }
        if !r.note.is_empty() {
            let _ = writeln!(out, "> **{}:** {}\n", l.note, indented(&r.note, "> "));
        }
    }

    appendix(&mut out, p);
    out
}

/// The appendix: every district's numbers, the districts' particulars, the sources, the
/// checking remarks.
fn appendix(out: &mut String, p: &Pack) {
    let l = &p.labels;
    let _ = writeln!(out, "## {}\n", l.appendix);
    if !p.district_tables.is_empty() {
        let _ = writeln!(out, "### {}\n", l.district_data);
        for t in &p.district_tables {
            table(out, t);
        }
    }
    if let Some(d) = &p.districts {
        section(out, d);
    }

    let _ = writeln!(out, "### {}\n", l.sources);
    for s in &p.sources {
        let mark = if s.illustrative {
            format!(" ({})", l.illustrative)
        } else {
            String::new()
        };
        match &s.url {
            Some(url) => {
                let _ = writeln!(out, "- {}{mark} <{url}>", s.text);
            }
            None => {
                let _ = writeln!(out, "- {}{mark}", s.text);
            }
        }
    }
    out.push('\n');

    let _ = writeln!(out, "### {}\n", l.warnings);
    if p.warnings.is_empty() {
        let _ = writeln!(out, "{}", l.no_warnings);
    }
    for w in &p.warnings {
        let _ = writeln!(out, "- {w}");
    }
}

/// The pack and its translation, paired part by part: the title block, then each section in
/// the first language followed by the same section in the second.
pub fn render_paired(first: &Pack, second: &Pack) -> String {
    let a = parts(&render(first));
    let b = parts(&render(second));
    let mut out = String::new();
    for i in 0..a.len().max(b.len()) {
        for part in [a.get(i), b.get(i)].into_iter().flatten() {
            out.push_str(part);
            if !part.ends_with("\n\n") {
                out.push('\n');
            }
        }
    }
    out
}

/// The text cut before each heading of the first two levels.
fn parts(text: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("# ") || line.starts_with("## ") || parts.is_empty() {
            parts.push(String::new());
        }
        if let Some(last) = parts.last_mut() {
            last.push_str(line);
        }
    }
    parts
}
