//! Writing a dataset: load → write → load gives the same dataset, and the text reads like a
//! hand-written file.

use std::collections::BTreeMap;

use briefdesk::model::{
    self, Centre, ChartKind, Corruption, Dataset, District, DistrictCases, DistrictKind, Evidence,
    Figure, PartialDate, Period, Population, Premises, Qualifier, Recommendation, Services, Source,
    Text, synthetic,
};
use proptest::prelude::*;

fn round_trip(d: &Dataset) -> Dataset {
    let text = model::to_ron(d).expect("written as RON");
    model::load_text(&text, "written.ron")
        .unwrap_or_else(|e| panic!("the written text reads back: {e}\n{text}"))
        .dataset
}

#[test]
fn the_shipped_datasets_survive_a_write() {
    for (name, text) in [
        ("akmola", include_str!("../assets/datasets/akmola-2017.ron")),
        (
            "northvale",
            include_str!("../assets/datasets/example-northvale.ron"),
        ),
    ] {
        let d = model::load_text(text, name).expect("loads").dataset;
        assert_eq!(round_trip(&d), d, "{name}");
    }
    // A format 1 file is written as format 2, with the same content.
    let v1 = model::load_text(include_str!("fixtures/akmola-2017-format1.ron"), "v1.ron")
        .expect("loads")
        .dataset;
    let mut as_2 = v1.clone();
    as_2.format = model::FORMAT_VERSION;
    let written = model::to_ron(&as_2).expect("written as RON");
    assert!(!written.contains("region_names"), "merged into region");
    assert_eq!(round_trip(&as_2), as_2);
}

#[test]
fn the_written_text_reads_like_a_hand_written_file() {
    let d = model::embedded().expect("embedded").dataset;
    let text = model::to_ron(&d).expect("written as RON");
    assert!(
        text.starts_with("Briefing(\n    format: 2,\n    title: {"),
        "{}",
        &text[..200]
    );
    // One district per line, whole numbers without a decimal point, no `None` or `Some`.
    let district = text
        .lines()
        .find(|l| l.trim_start().starts_with("District(id: \"esil\""))
        .expect("the Esil district on one line");
    assert_eq!(
        district.trim(),
        "District(id: \"esil\", name: {\"ru\": \"Есильский район\", \"kk\": \"Есіл ауданы\", \"en\": \"Esil\"}, centre: {\"ru\": \"Есиль\", \"kk\": \"Есіл\", \"en\": \"Esil\"}),"
    );
    // A row too wide for a line stays a block, each field on its own line.
    assert!(text.contains("        District(\n            id: \"kokshetau\",\n"));
    let cases = text
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("DistrictCases(district: \"kokshetau\"")
        })
        .expect("counts on one line");
    assert!(cases.contains("crimes: 38,"), "{cases}");
    assert!(text.contains("value: 140,"), "whole numbers as typed");
    assert!(text.contains("value: 2.4,"));
    assert!(!text.contains("None") && !text.contains("Some("));
    assert!(!text.contains("qualifier: Exact"), "defaults are left out");
    // Rows of a table fit in the width.
    for line in text.lines() {
        assert!(
            line.chars().count() <= 160 || line.contains("\": \""),
            "{line}"
        );
    }
    // Writing twice gives the same text.
    assert_eq!(
        model::to_ron(&round_trip(&d)).expect("written as RON"),
        text
    );
}

#[test]
fn comments_are_found_outside_strings_only() {
    assert!(model::has_comments("Briefing( // a comment\n)"));
    assert!(model::has_comments("/* block */ Briefing()"));
    assert!(!model::has_comments(
        "Briefing(url: \"https://bnews.kz/x\")"
    ));
    assert!(!model::has_comments("Briefing(title: \"a \\\" // b\")"));
    assert!(model::has_comments(include_str!(
        "../assets/datasets/akmola-2017.ron"
    )));
}

fn text() -> impl Strategy<Value = Text> {
    let words = "[a-zA-Zа-яәғқңөұүһі0-9 «»\"\\\\/*.,:()\\n₸—-]{0,24}";
    prop_oneof![
        words.prop_map(Text::Plain),
        proptest::collection::btree_map(
            prop_oneof![
                Just("ru".to_owned()),
                Just("kk".to_owned()),
                Just("en".to_owned())
            ],
            words,
            1..3,
        )
        .prop_map(Text::Languages),
    ]
}

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,8}"
}

fn date() -> impl Strategy<Value = PartialDate> {
    (
        1990i32..2040,
        proptest::option::of(1u8..=12),
        proptest::option::of(1u8..=28),
    )
        .prop_map(|(year, month, day)| PartialDate {
            year,
            month,
            day: month.and(day),
        })
}

fn period() -> impl Strategy<Value = Period> {
    (date(), date(), proptest::option::of(text())).prop_map(|(start, end, label)| Period {
        start,
        end,
        label,
    })
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0i64..5_000_000).prop_map(|v| v as f64),
        (0.0f64..1.0e7),
        Just(2.4),
        Just(-12.5),
    ]
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::MoreThan),
        Just(Qualifier::AtLeast),
        Just(Qualifier::About),
        Just(Qualifier::LessThan),
        Just(Qualifier::AtMost),
    ]
}

fn figure() -> impl Strategy<Value = Figure> {
    (
        number(),
        qualifier(),
        proptest::option::of(period()),
        proptest::option::of(date()),
        proptest::option::of(id()),
        proptest::option::of(id()),
        proptest::option::of(text()),
        proptest::option::of(text()),
    )
        .prop_map(
            |(value, qualifier, period, as_of, source, said_by, quote, comment)| Figure {
                value,
                qualifier,
                period,
                as_of,
                source,
                said_by,
                quote,
                comment,
            },
        )
}

fn district() -> impl Strategy<Value = District> {
    (
        id(),
        text(),
        any::<bool>(),
        proptest::option::of(text()),
        proptest::option::of((
            0i64..2_000_000,
            proptest::option::of(1990i32..2030),
            proptest::option::of(id()),
        )),
    )
        .prop_map(|(id, name, city, centre, population)| District {
            id,
            name,
            names: BTreeMap::new(),
            kind: if city {
                DistrictKind::City
            } else {
                DistrictKind::District
            },
            centre,
            population: population.map(|(value, year, source)| Population {
                value,
                year,
                source,
            }),
        })
}

fn centre() -> impl Strategy<Value = Centre> {
    (
        id(),
        text(),
        id(),
        any::<bool>(),
        proptest::option::of(number()),
        proptest::option::of(number()),
        any::<bool>(),
        proptest::option::of(text()),
        proptest::option::of(id()),
    )
        .prop_map(
            |(id, name, district, rented, rent, change, raised, note, source)| Centre {
                id,
                name,
                district,
                premises: if rented {
                    Premises::Rented
                } else {
                    Premises::Owned
                },
                rent_kzt_per_month: rent,
                rent_change_pct: change,
                rent_raised: raised,
                note,
                source,
            },
        )
}

fn cases() -> impl Strategy<Value = DistrictCases> {
    (
        id(),
        proptest::option::of(0i64..500),
        proptest::option::of(0i64..500),
        proptest::option::of(0i64..500),
        proptest::option::of(period()),
        proptest::option::of(id()),
    )
        .prop_map(
            |(district, crimes, persons_prosecuted, managers, period, source)| DistrictCases {
                district,
                crimes,
                persons_prosecuted,
                managers,
                period,
                source,
            },
        )
}

fn dataset() -> impl Strategy<Value = Dataset> {
    (
        (
            text(),
            text(),
            proptest::option::of(period()),
            proptest::option::of(date()),
        ),
        proptest::collection::vec(district(), 0..12),
        proptest::collection::vec(centre(), 0..12),
        (
            proptest::option::of(figure()),
            proptest::option::of(figure()),
            proptest::collection::vec(cases(), 0..8),
        ),
        proptest::collection::vec((id(), text(), proptest::option::of(id())), 0..4),
        proptest::collection::vec((id(), text(), any::<bool>()), 0..3),
    )
        .prop_map(
            |(
                (title, region, period, as_of),
                districts,
                centres,
                (crimes, delivered, per_district),
                recs,
                sources,
            )| {
                let mut d = model::load_text("Briefing(format: 2, title: \"\", region: \"\")", "x")
                    .expect("a minimal dataset")
                    .dataset;
                d.title = title;
                d.region = region;
                d.period = period;
                d.as_of = as_of;
                d.districts = districts;
                d.centres = centres;
                d.corruption = Some(Corruption {
                    period: None,
                    crimes,
                    persons_prosecuted: None,
                    managers: None,
                    per_district,
                });
                d.services = delivered.map(|f| Services {
                    delivered: Some(f),
                    electronic_share_pct: None,
                    paper_reduction_factor: None,
                    signature_holders: None,
                    in_person_share_pct: None,
                    per_district: Vec::new(),
                });
                d.recommendations = recs
                    .into_iter()
                    .map(|(id, text, by)| Recommendation {
                        id: id.clone(),
                        text,
                        by,
                        topic: None,
                        evidence: vec![Evidence::District(id), Evidence::Chart(ChartKind::Centres)],
                    })
                    .collect();
                d.sources = sources
                    .into_iter()
                    .map(|(id, title, illustrative)| Source {
                        id,
                        title,
                        publisher: None,
                        date: None,
                        url: Some("https://example.org/a?b=\"c\"".to_owned()),
                        illustrative,
                        note: None,
                    })
                    .collect();
                d
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Generated datasets, with every kind of text and number, survive a write.
    #[test]
    fn generated_datasets_survive_a_write(d in dataset()) {
        prop_assert_eq!(round_trip(&d), d);
    }
}

/// Large generated datasets survive a write too.
#[test]
fn a_large_dataset_survives_a_write() {
    let d = model::load_text(&synthetic::dataset_text(1_000), "large.ron")
        .expect("loads")
        .dataset;
    assert_eq!(round_trip(&d), d);
}
