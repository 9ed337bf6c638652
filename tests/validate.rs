//! Validation rules: structural errors and reconciliation warnings.

use briefdesk::model::{self, Finding, Severity};

/// A small valid dataset that the tests below break one rule at a time.
const BASE: &str = r#"Briefing(
    format: 2,
    language: "en",
    title: "Test",
    region: "Testland",
    people: [Person(id: "chair", name: "A. Chair")],
    sources: [
        Source(id: "report", title: "Annual report", publisher: "Stats office"),
        Source(id: "sample", title: "Sample", illustrative: true),
    ],
    districts: [
        District(id: "north", name: "North", population: Population(value: 1000, year: 2020, source: "report")),
        District(id: "south", name: "South", kind: City, population: Population(value: 3000, year: 2020, source: "report")),
    ],
    centres: [
        Centre(id: "c1", name: "C1", district: "north", premises: Owned, source: "report"),
        Centre(id: "c2", name: "C2", district: "south", premises: Rented, source: "report"),
    ],
    centre_totals: CentreTotals(
        centres: Figure(value: 2, source: "report"),
        rented: Figure(value: 1, source: "report"),
    ),
    services: Services(
        delivered: Figure(value: 1000, qualifier: MoreThan, source: "report"),
        electronic_share_pct: Figure(value: 65, source: "report"),
    ),
    corruption: Corruption(
        crimes: Figure(value: 10, qualifier: About, source: "report", said_by: "chair"),
        persons_prosecuted: Figure(value: 5, source: "report"),
        managers: Figure(value: 3, source: "report"),
        per_district: [
            DistrictCases(district: "north", crimes: 4, persons_prosecuted: 2, managers: 1, source: "report"),
            DistrictCases(district: "south", crimes: 6, persons_prosecuted: 3, managers: 2, source: "report"),
        ],
    ),
    recommendations: [
        Recommendation(id: "r1", text: "Do it", by: "chair", evidence: [Figure("corruption.crimes"), Chart(Centres), District("north"), Centre("c1")]),
    ],
)
"#;

/// The findings of a dataset, without the "no Russian/Kazakh version" warnings every test
/// dataset here has (its texts are English only); [`all_findings`] keeps them.
fn findings(text: &str) -> Vec<Finding> {
    all_findings(text)
        .into_iter()
        .filter(|f| f.key != "finding-translation-missing")
        .collect()
}

fn all_findings(text: &str) -> Vec<Finding> {
    model::load_text(text, "t.ron")
        .expect("the test dataset parses")
        .findings
}

fn with(from: &str, to: &str) -> Vec<Finding> {
    assert!(BASE.contains(from), "{from} not in BASE");
    findings(&BASE.replacen(from, to, 1))
}

/// The one finding a change produced, with its severity.
fn only(findings: &[Finding]) -> &Finding {
    assert_eq!(findings.len(), 1, "{findings:#?}");
    &findings[0]
}

#[test]
fn the_base_is_clean() {
    assert_eq!(findings(BASE), vec![]);
}

#[test]
fn duplicate_ids_are_errors() {
    let f = with(
        r#"Centre(id: "c2", name: "C2", district: "south", premises: Rented, source: "report"),"#,
        r#"Centre(id: "c1", name: "C2", district: "south", premises: Rented, source: "report"),"#,
    );
    let f = only(&f);
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.path, "centres[1].id");
    assert!(f.message().contains("duplicate id `c1`"), "{}", f.message());
    assert!(f.position.is_some());

    let f = with(r#"District(id: "south""#, r#"District(id: "north""#);
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.path == "districts[1].id"),
        "{f:#?}"
    );
}

#[test]
fn unknown_references_are_errors_with_a_suggestion() {
    let f = with(
        r#"district: "south", premises"#,
        r#"district: "sooth", premises"#,
    );
    let error = f.iter().find(|x| x.is_error()).unwrap();
    assert_eq!(error.path, "centres[1].district");
    assert_eq!(
        error.message(),
        "unknown district `sooth`; did you mean `south`?"
    );

    let f = with(
        r#"source: "report", said_by"#,
        r#"source: "reprot", said_by"#,
    );
    assert!(
        f.iter().any(|x| x.is_error()
            && x.message()
                .contains("unknown source `reprot`; did you mean `report`?")),
        "{f:#?}"
    );

    let f = with(r#"said_by: "chair""#, r#"said_by: "nobody""#);
    assert!(only(&f).message().contains("unknown person `nobody`"));

    let f = with(
        r#"Figure("corruption.crimes")"#,
        r#"Figure("corruption.crime")"#,
    );
    assert_eq!(
        only(&f).message(),
        "unknown figure `corruption.crime`; did you mean `corruption.crimes`?"
    );

    let f = with(
        r#"Figure("corruption.crimes")"#,
        r#"Figure("services.signature_holders")"#,
    );
    assert!(only(&f).message().contains("not in this dataset"));

    let f = with(r#"Centre("c1")"#, r#"Centre("c9")"#);
    assert!(only(&f).message().contains("unknown centre `c9`"));
}

#[test]
fn negative_counts_and_bad_shares_are_errors() {
    let f = with("crimes: 4,", "crimes: -4,");
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.path == "corruption.per_district[0].crimes"),
        "{f:#?}"
    );

    let f = with(
        "persons_prosecuted: Figure(value: 5,",
        "persons_prosecuted: Figure(value: -5,",
    );
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.message().contains("negative")),
        "{f:#?}"
    );

    let f = with(
        "electronic_share_pct: Figure(value: 65,",
        "electronic_share_pct: Figure(value: 165,",
    );
    let f = only(&f);
    assert!(
        f.is_error() && f.message().contains("outside 0–100"),
        "{f:?}"
    );

    let f = with("centres: Figure(value: 2,", "centres: Figure(value: 2.5,");
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.message().contains("whole number")),
        "{f:#?}"
    );

    let f = with("Population(value: 1000,", "Population(value: -1000,");
    assert!(only(&f).is_error());
}

#[test]
fn managers_cannot_outnumber_persons_prosecuted() {
    let f = with("managers: Figure(value: 3,", "managers: Figure(value: 7,");
    assert!(
        f.iter().any(|x| x.is_error()
            && x.path == "corruption.managers"
            && x.message().contains("more managers")),
        "{f:#?}"
    );
    let f = with(
        "persons_prosecuted: 2, managers: 1",
        "persons_prosecuted: 2, managers: 3",
    );
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.path == "corruption.per_district[0].managers"),
        "{f:#?}"
    );
}

#[test]
fn more_rented_than_centres_is_an_error() {
    let f = with("rented: Figure(value: 1,", "rented: Figure(value: 3,");
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.path == "centre_totals.rented"),
        "{f:#?}"
    );
}

#[test]
fn sums_reconcile_honouring_qualifiers() {
    // Exact totals must match the list.
    let f = with("centres: Figure(value: 2,", "centres: Figure(value: 3,");
    let f = only(&f);
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message().contains("centres listed add up to 2"),
        "{}",
        f.message()
    );

    // "About 10" accepts 9..=11 but not 12.
    assert_eq!(with("crimes: 6, persons", "crimes: 7, persons"), vec![]);
    let f = with("crimes: 6, persons", "crimes: 8, persons");
    assert!(only(&f).message().contains("about\u{a0}10"), "{f:?}");

    // "More than 10" needs a sum above 10.
    let more = BASE.replacen(
        "value: 10, qualifier: About",
        "value: 10, qualifier: MoreThan",
        1,
    );
    let f = findings(&more);
    assert!(only(&f).message().contains("more than\u{a0}10"), "{f:?}");
    assert_eq!(
        findings(&more.replacen("crimes: 6, persons", "crimes: 7, persons", 1)),
        vec![]
    );

    // Exact per-district sums.
    let f = with(
        "persons_prosecuted: 3, managers: 2",
        "persons_prosecuted: 4, managers: 2",
    );
    assert!(only(&f).path == "corruption.persons_prosecuted");
}

#[test]
fn partial_breakdowns_are_checked_against_an_upper_bound_only() {
    let partial = BASE.replacen(
        r#"            DistrictCases(district: "south", crimes: 6, persons_prosecuted: 3, managers: 2, source: "report"),
"#,
        "",
        1,
    );
    // 4 of "about 10" from one district of two: fine.
    assert!(
        findings(&partial)
            .iter()
            .all(|f| !f.message().contains("add up")),
        "{:#?}",
        findings(&partial)
    );
    // 12 from one district is already more than "about 10" allows.
    let over = partial.replacen("crimes: 4,", "crimes: 12,", 1);
    assert!(
        findings(&over)
            .iter()
            .any(|f| f.message().contains("only some districts"))
    );
}

#[test]
fn a_district_listed_twice_in_a_breakdown_is_an_error() {
    let f = with(
        r#"DistrictCases(district: "south""#,
        r#"DistrictCases(district: "north""#,
    );
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.message().contains("listed twice")),
        "{f:#?}"
    );
}

#[test]
fn districts_without_data_figures_without_source_and_illustrative_use_are_warnings() {
    let text = BASE.replacen(
        r#"        District(id: "south""#,
        r#"        District(id: "east", name: "East"),
        District(id: "south""#,
        1,
    );
    let f = findings(&text);
    let f = only(&f);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message().contains("`east` has no data"));

    let f = with(
        r#"electronic_share_pct: Figure(value: 65, source: "report")"#,
        "electronic_share_pct: Figure(value: 65)",
    );
    let f = only(&f);
    assert_eq!(
        (f.severity, f.path.as_str()),
        (Severity::Warning, "services.electronic_share_pct")
    );
    assert!(f.message().contains("no source"));

    let f = with(
        r#"Centre(id: "c1", name: "C1", district: "north", premises: Owned, source: "report")"#,
        r#"Centre(id: "c1", name: "C1", district: "north", premises: Owned, source: "sample")"#,
    );
    let f = only(&f);
    assert_eq!(
        (f.severity, f.path.as_str()),
        (Severity::Warning, "sources[1]")
    );
    assert!(
        f.message()
            .contains("1 figure comes from illustrative source `sample`"),
        "{}",
        f.message()
    );
}

#[test]
fn the_compiler_form_names_file_line_and_column() {
    let f = with(
        r#"district: "south", premises"#,
        r#"district: "sooth", premises"#,
    );
    let line = f[0].line("data/t.ron");
    let expected_line = BASE
        .lines()
        .position(|l| l.contains(r#"district: "south", premises"#))
        .unwrap()
        + 1;
    assert!(
        line.starts_with(&format!("data/t.ron:{expected_line}:")),
        "{line}"
    );
    assert!(line.contains(": error: unknown district `sooth`"), "{line}");
}

#[test]
fn findings_speak_the_interface_language() {
    use briefdesk::i18n::Language;
    let f = with(
        r#"district: "south", premises"#,
        r#"district: "sooth", premises"#,
    );
    let error = &f[0];
    assert_eq!(error.text(Language::En), error.message());
    assert_eq!(
        error.text(Language::Ru),
        "неизвестный район `sooth`; возможно, имелось в виду `south`?"
    );
    assert_eq!(
        error.text(Language::Kk),
        "белгісіз аудан `sooth`; мүмкін, `south` деген болар?"
    );
    let f = with("crimes: 6, persons", "crimes: 8, persons");
    assert_eq!(
        f[0].text(Language::Ru),
        "Преступления по районам: в сумме 12, а по области — около\u{a0}10 (±10 %)"
    );
    assert_eq!(
        f[0].text(Language::Kk),
        "Аудандар бойынша қылмыстар: қосындысы 12, ал облыс бойынша — шамамен\u{a0}10 (±10 %)"
    );
}

#[test]
fn a_missing_translation_is_one_warning_per_language() {
    let f = all_findings(BASE);
    let missing: Vec<&Finding> = f
        .iter()
        .filter(|x| x.key == "finding-translation-missing")
        .collect();
    assert_eq!(missing.len(), 2, "{f:#?}");
    assert!(missing.iter().all(|x| x.severity == Severity::Warning));
    assert!(
        missing[0].message().contains("“ru”"),
        "{}",
        missing[0].message()
    );
    assert!(
        missing[1].message().contains("“kk”"),
        "{}",
        missing[1].message()
    );

    // Giving one text in Russian and Kazakh takes it off both counts.
    let count = |f: &[Finding]| -> Vec<String> {
        f.iter()
            .filter(|x| x.key == "finding-translation-missing")
            .map(Finding::message)
            .collect()
    };
    let before = count(&f);
    let after = count(&all_findings(&BASE.replacen(
        r#"title: "Test","#,
        r#"title: {"en": "Test", "ru": "Тест", "kk": "Сынақ"},"#,
        1,
    )));
    assert_ne!(before, after);
    assert!(after[0].starts_with(&format!(
        "{} ",
        before[0].split(' ').next().unwrap().parse::<u32>().unwrap() - 1
    )));
}

#[test]
fn an_unknown_language_code_is_a_warning_with_a_suggestion() {
    let f = with(
        r#"title: "Test","#,
        r#"title: {"en": "Test", "kz": "Сынақ"},"#,
    );
    let f = only(&f);
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.suggestion.as_deref(), Some("kk"));
}

#[test]
fn ids_equal_but_for_letter_case_are_errors() {
    let f = with(r#"District(id: "south""#, r#"District(id: "North""#);
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.key == "finding-id-case" && x.path == "districts[1].id"),
        "{f:#?}"
    );
}

#[test]
fn a_reversed_period_and_an_as_of_before_it_are_errors() {
    let f = with(
        r#"region: "Testland","#,
        r#"region: "Testland", period: Period(start: "2017-10", end: "2017-01"),"#,
    );
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.path == "period.end" && x.message().contains("ends")),
        "{f:#?}"
    );
    let f = with(
        r#"region: "Testland","#,
        r#"region: "Testland", period: Period(start: "2017-01", end: "2017-10"), as_of: "2016-12","#,
    );
    assert!(
        f.iter().any(|x| x.is_error() && x.path == "as_of"),
        "{f:#?}"
    );
    // Within or after the period is fine, at any precision.
    assert_eq!(
        with(
            r#"region: "Testland","#,
            r#"region: "Testland", period: Period(start: "2017-01", end: "2017-10"), as_of: "2017","#,
        ),
        vec![]
    );
    // A figure's own period is checked too.
    let f = with(
        "electronic_share_pct: Figure(value: 65,",
        r#"electronic_share_pct: Figure(value: 65, period: Period(start: "2018", end: "2017"),"#,
    );
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.path == "services.electronic_share_pct.period.end"),
        "{f:#?}"
    );
}

#[test]
fn a_fractional_count_is_an_error() {
    let f = with(
        "persons_prosecuted: Figure(value: 5,",
        "persons_prosecuted: Figure(value: 5.5,",
    );
    assert!(
        f.iter()
            .any(|x| x.is_error() && x.key == "finding-count-fraction"),
        "{f:#?}"
    );
}

#[test]
fn a_statement_names_known_people_sources_and_figures() {
    let f = with(
        "    recommendations: [",
        r#"    statements: [Statement(id: "s1", figure: "services.electronic_shares", text: "Best in the land", source: "reprot", said_by: "chair")],
    recommendations: ["#,
    );
    let keys: Vec<(&str, Option<&str>)> =
        f.iter().map(|x| (x.key, x.suggestion.as_deref())).collect();
    assert!(
        keys.contains(&("finding-unknown-figure", Some("services.electronic_share"))),
        "{f:#?}"
    );
    assert!(
        keys.contains(&("finding-unknown-source", Some("report"))),
        "{f:#?}"
    );
}

#[test]
fn a_format_1_file_opens_and_check_says_how_to_move_it() {
    let v1 = BASE.replacen("format: 2,", "format: 1,", 1);
    let f = findings(&v1);
    let f = only(&f);
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message().contains("format 2"), "{}", f.message());
}
