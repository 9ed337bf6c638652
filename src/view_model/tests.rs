use super::*;
use crate::model::{self, Dataset, FigureKey, Qualifier};

fn akmola() -> Dataset {
    model::embedded().unwrap().dataset
}

fn northvale() -> Dataset {
    model::load_text(
        include_str!("../../assets/datasets/example-northvale.ron"),
        "example-northvale.ron",
    )
    .unwrap()
    .dataset
}

fn build(dataset: &Dataset, language: Language, district_sort: DistrictSort) -> Briefing {
    Briefing::from_dataset(
        dataset,
        &Settings {
            language,
            district_sort,
            metric: DistrictMetric::default(),
        },
    )
}

/// The districts series for `metric`.
fn series_of(
    dataset: &Dataset,
    language: Language,
    district_sort: DistrictSort,
    metric: DistrictMetric,
) -> Option<DistrictSeries> {
    let settings = Settings {
        language,
        district_sort,
        metric,
    };
    Briefing::from_dataset(dataset, &settings).districts
}

fn ru(dataset: &Dataset) -> Briefing {
    build(dataset, Language::Ru, DistrictSort::ValueDescending)
}

#[test]
fn tiles_reproduce_the_article_with_qualifiers() {
    let b = ru(&akmola());
    let text = |key| b.tile(key).unwrap().text.clone();
    assert_eq!(text(FigureKey::CentresTotal), "23");
    assert_eq!(text(FigureKey::CentresRented), "11");
    assert_eq!(text(FigureKey::CentresBuiltRecently), "0");
    assert_eq!(
        text(FigureKey::ServicesDelivered),
        "более\u{a0}4\u{a0}000\u{a0}000"
    );
    assert_eq!(text(FigureKey::ServicesElectronicShare), "65\u{a0}%");
    assert_eq!(text(FigureKey::ServicesPaperReduction), "в 2,4 раза");
    assert_eq!(
        text(FigureKey::ServicesSignatureHolders),
        "около\u{a0}80\u{a0}000"
    );
    assert_eq!(text(FigureKey::ServicesInPersonShare), "70\u{a0}%");
    assert_eq!(text(FigureKey::CorruptionCrimes), "более\u{a0}140");
    assert_eq!(text(FigureKey::CorruptionPersons), "49");
    assert_eq!(text(FigureKey::CorruptionManagers), "43");
    assert_eq!(b.tiles.len(), 11);
    for tile in &b.tiles {
        assert!(!tile.illustrative, "{} is from the article", tile.label);
        assert!(
            tile.source_text.contains("BNews.kz"),
            "{}",
            tile.source_text
        );
        assert!(tile.tooltip.contains("BNews.kz"));
    }
    let crimes = b.tile(FigureKey::CorruptionCrimes).unwrap();
    assert_eq!(crimes.qualifier, Qualifier::MoreThan);
    assert!(crimes.qualifier_text.as_deref().unwrap().contains("более"));
    assert!(
        crimes
            .tooltip
            .contains("более 140 коррупционных преступлений"),
        "{}",
        crimes.tooltip
    );
}

#[test]
fn tiles_speak_each_language() {
    let data = akmola();
    let en = build(&data, Language::En, DistrictSort::Name);
    assert_eq!(
        en.tile(FigureKey::ServicesDelivered).unwrap().text,
        "more than\u{a0}4,000,000"
    );
    assert_eq!(
        en.tile(FigureKey::ServicesPaperReduction).unwrap().text,
        "2.4 times"
    );
    assert_eq!(
        en.tile(FigureKey::ServicesElectronicShare).unwrap().text,
        "65%"
    );
    assert_eq!(en.header.region, "Akmola Region");
    let kk = build(&data, Language::Kk, DistrictSort::Name);
    let _ = &kk;
    assert_eq!(
        kk.tile(FigureKey::CorruptionCrimes).unwrap().text,
        "140-тан\u{a0}астам"
    );
    assert_eq!(
        kk.tile(FigureKey::ServicesSignatureHolders).unwrap().text,
        "шамамен\u{a0}80\u{a0}000"
    );
    assert_eq!(
        kk.tile(FigureKey::ServicesPaperReduction).unwrap().text,
        "2,4 есе"
    );
    assert_eq!(kk.header.region, "Ақмола облысы");
    assert!(
        kk.series(DistrictMetric::Crimes)
            .unwrap()
            .bars
            .iter()
            .any(|b| b.name == "Көкшетау қ.")
    );
}

#[test]
fn district_counts_add_up_to_the_article() {
    let data = akmola();
    let b = ru(&data);
    let sum = |m| {
        series_of(&data, Language::Ru, DistrictSort::ValueDescending, m)
            .unwrap()
            .bars
            .iter()
            .map(|x| x.value)
            .sum::<f64>()
    };
    assert_eq!(sum(DistrictMetric::Centres), 23.0);
    assert_eq!(sum(DistrictMetric::RentedCentres), 11.0);
    assert_eq!(sum(DistrictMetric::Crimes), 141.0);
    assert_eq!(sum(DistrictMetric::PersonsProsecuted), 49.0);
    assert_eq!(sum(DistrictMetric::Managers), 43.0);
    let crimes = b.series(DistrictMetric::Crimes).unwrap();
    assert_eq!(crimes.bars.len(), 19);
    assert_eq!(b.metrics.len(), 8, "{:?}", b.metrics);
    assert_eq!(crimes.bars[0].district, "kokshetau");
    assert_eq!(crimes.bars[0].label, "38*");
    assert!(crimes.illustrative);
    assert!(
        crimes.footer.contains("иллюстративные"),
        "{}",
        crimes.footer
    );
    assert_eq!(
        crimes.regional.as_deref(),
        Some("По области: более\u{a0}140 · сумма по районам: 141*")
    );
    let mean = crimes.reference.as_ref().unwrap();
    assert!((mean.value - 141.0 / 19.0).abs() < 1e-9);
    assert_eq!(mean.label, "Среднее по районам: 7,4*");
    assert!(crimes.missing.is_empty());
    // No services per district in the article: no such series.
    // Asking for a metric without data falls back to the first one with data.
    let fallback = series_of(
        &data,
        Language::Ru,
        DistrictSort::ValueDescending,
        DistrictMetric::ServicesDelivered,
    );
    assert_eq!(fallback.unwrap().metric, DistrictMetric::Centres);
    assert!(
        !b.metrics
            .iter()
            .any(|m| m.metric == DistrictMetric::ServicesDelivered)
    );
}

#[test]
fn bars_are_sorted_as_asked() {
    let data = akmola();
    let desc = build(&data, Language::Ru, DistrictSort::ValueDescending);
    let values: Vec<f64> = desc
        .series(DistrictMetric::Crimes)
        .unwrap()
        .bars
        .iter()
        .map(|b| b.value)
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    let asc = build(&data, Language::Ru, DistrictSort::ValueAscending);
    let values: Vec<f64> = asc
        .series(DistrictMetric::Crimes)
        .unwrap()
        .bars
        .iter()
        .map(|b| b.value)
        .collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
    let by_name = build(&data, Language::Ru, DistrictSort::Name);
    let names: Vec<String> = by_name
        .series(DistrictMetric::Crimes)
        .unwrap()
        .bars
        .iter()
        .map(|b| b.name.clone())
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| crate::i18n::collate(Language::Ru, a, b));
    assert_eq!(names, sorted);
}

/// Kazakh names follow the Kazakh alphabet (қ before р), not code points (where every Kazakh
/// letter comes after я).
#[test]
fn names_sort_in_the_alphabet_of_the_language() {
    let data = akmola();
    let b = build(&data, Language::Kk, DistrictSort::Name);
    let names: Vec<&str> = b
        .series(DistrictMetric::Crimes)
        .unwrap()
        .bars
        .iter()
        .map(|b| b.name.as_str())
        .collect();
    let at = |prefix: &str| names.iter().position(|n| n.starts_with(prefix)).unwrap();
    assert!(at("Ақкөл") < at("Аршалы"), "{names:?}");
    assert_eq!(names.first().copied(), Some("Ақкөл ауданы"), "{names:?}");
    let pickers: Vec<&str> = b.district_names.iter().map(|(_, n)| n.as_str()).collect();
    assert!(
        pickers.iter().position(|n| n.starts_with("Ақкөл"))
            < pickers.iter().position(|n| n.starts_with("Аршалы"))
    );
}

#[test]
fn population_and_rates_only_where_population_is_known() {
    let data = akmola();
    let series = |m| series_of(&data, Language::Ru, DistrictSort::ValueDescending, m).unwrap();
    let population = series(DistrictMetric::Population);
    // Esil, Zharkain and Shortandy have no population in the reference data.
    assert_eq!(population.bars.len(), 16);
    assert!(population.missing.iter().any(|n| n.contains("Есиль")));
    assert!(population.missing_text.starts_with("Нет данных: "));
    let astrakhan = population
        .bars
        .iter()
        .find(|b| b.district == "astrakhan")
        .unwrap();
    assert_eq!(astrakhan.value, 23_615.0);
    assert!(astrakhan.tooltip.contains("2019"));
    assert!(
        astrakhan.tooltip.contains("Источник: "),
        "{}",
        astrakhan.tooltip
    );
    assert!(!astrakhan.illustrative);
    let rate = series(DistrictMetric::CrimesPer10k);
    let astrakhan = rate
        .bars
        .iter()
        .find(|b| b.district == "astrakhan")
        .unwrap();
    assert!((astrakhan.value - 5.0 / 23_615.0 * 10_000.0).abs() < 1e-9);
    assert_eq!(astrakhan.label, "2,1*");
    assert!(
        astrakhan.illustrative,
        "crimes per district are illustrative"
    );
    assert_eq!(rate.bars.len(), 16);
}

#[test]
fn rented_share_compares_with_the_regional_share() {
    let share = series_of(
        &akmola(),
        Language::Ru,
        DistrictSort::ValueDescending,
        DistrictMetric::RentedShare,
    )
    .unwrap();
    let reference = share.reference.as_ref().unwrap();
    assert!((reference.value - 100.0 * 11.0 / 23.0).abs() < 1e-9);
    // The one regional share every surface shows, from the stated totals.
    assert_eq!(reference.label, "По области: 48\u{a0}%");
    let kokshetau = share
        .bars
        .iter()
        .find(|b| b.district == "kokshetau")
        .unwrap();
    assert!((kokshetau.value - 200.0 / 3.0).abs() < 1e-9);
}

#[test]
fn rental_status_per_district_and_region() {
    let b = ru(&akmola());
    let r = &b.rental;
    assert_eq!(r.listed_total, 23);
    assert_eq!(r.listed_rented, 11);
    assert_eq!(r.rows.iter().map(|x| x.owned).sum::<u32>(), 12);
    assert_eq!(r.rows[0].district, "kokshetau");
    assert_eq!(
        (r.rows[0].owned, r.rows[0].rented, r.rows[0].total),
        (1, 2, 3)
    );
    assert_eq!(r.rows[0].total_label, "3*");
    assert_eq!(r.split_text, "В аренде 11 из 23 ЦОНов (48\u{a0}%)");
    assert!(r.mismatch.is_none());
    assert_eq!(r.rent_rises.len(), 1);
    let rise = &r.rent_rises[0];
    assert!(rise.district.contains("Астрахан"));
    assert!(
        !rise.illustrative,
        "the Astrakhan rent rise is in the article"
    );
    let astrakhan = r.rows.iter().find(|x| x.district == "astrakhan").unwrap();
    assert!(!astrakhan.illustrative);
    assert_eq!(astrakhan.owned_label, "");
    assert_eq!(astrakhan.rented_label, "1");
    assert_eq!(r.max_total, 3);
}

#[test]
fn corruption_regional_and_per_district() {
    let b = ru(&akmola());
    let c = &b.corruption;
    assert_eq!(c.period.as_deref(), Some("10 месяцев 2017 года"));
    assert_eq!(c.regional[0].as_ref().unwrap().text, "более\u{a0}140");
    assert_eq!(c.regional[1].as_ref().unwrap().text, "49");
    assert_eq!(c.regional[2].as_ref().unwrap().text, "43");
    assert_eq!(c.rows.len(), 19);
    assert_eq!(c.rows[0].district, "kokshetau");
    assert_eq!(c.rows[0].values, [Some(38.0), Some(12.0), Some(10.0)]);
    assert_eq!(c.rows[0].labels, ["38*", "12*", "10*"]);
    assert_eq!(c.max_value, 38.0);
    for row in &c.rows {
        let [crimes, persons, managers] = row.values.map(Option::unwrap);
        assert!(managers <= persons && persons <= crimes, "{}", row.name);
    }
}

#[test]
fn recommendations_carry_their_evidence() {
    let b = ru(&akmola());
    let ids: Vec<&str> = b.recommendations.iter().map(|r| r.id.as_str()).collect();
    for id in ["r1", "r2", "r3", "r4", "r5", "r6"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let r3 = b.recommendations.iter().find(|r| r.id == "r3").unwrap();
    assert!(r3.by.as_deref().unwrap().contains("Абдильманов"));
    assert!(
        r3.evidence.iter().any(|e| e.target
            == EvidenceTarget::Figure(FigureKey::ServicesSignatureHolders)
            && e.label.contains("около\u{a0}80\u{a0}000")),
        "{:?}",
        r3.evidence
    );
    let r4 = b.recommendations.iter().find(|r| r.id == "r4").unwrap();
    assert!(
        r4.evidence
            .iter()
            .any(|e| e.target == EvidenceTarget::Chart(crate::model::ChartKind::Corruption))
    );
    assert_eq!(b.recommendations[0].number, 1);
}

#[test]
fn header_names_the_meeting() {
    let b = ru(&akmola());
    assert_eq!(b.header.region, "Акмолинская область");
    assert_eq!(
        b.header.as_of.as_deref(),
        Some("По состоянию на ноябрь 2017")
    );
    assert!(b.header.chair.as_deref().unwrap().contains("Мурзалин"));
    assert!(b.header.participants.iter().any(|p| p.contains("Шпекбаев")));
    assert!(b.any_illustrative);
    assert!(b.sources.iter().any(|s| s.illustrative));
    assert!(b.sources.iter().any(|s| s.short == "BNews.kz, ноябрь 2017"));
}

#[test]
fn second_example_is_not_akmola_shaped() {
    let data = northvale();
    let b = build(&data, Language::En, DistrictSort::ValueDescending);
    assert_eq!(data.districts.len(), 5);
    let series = |m| series_of(&data, Language::En, DistrictSort::ValueDescending, m).unwrap();
    let services = series(DistrictMetric::ServicesDelivered);
    assert!(
        services.bars.len() < 5,
        "only some districts report services"
    );
    assert!(!services.missing.is_empty());
    let sum: f64 = services.bars.iter().map(|x| x.value).sum();
    let stated = data.figure(FigureKey::ServicesDelivered).unwrap().value;
    assert!(sum <= stated);
    assert!(series(DistrictMetric::ElectronicShare).reference.is_none());
    let population = series(DistrictMetric::Population);
    assert_eq!(population.bars.len(), 5);
    let centres_sum: f64 = series(DistrictMetric::Centres)
        .bars
        .iter()
        .map(|x| x.value)
        .sum();
    assert_eq!(centres_sum, data.centres.len() as f64);
    assert_eq!(b.rental.rent_rises.len(), 1);
    assert!(
        b.rental.rent_rises[0].text.contains("+12.5%"),
        "{}",
        b.rental.rent_rises[0].text
    );
    let crimes: f64 = b.corruption.rows.iter().filter_map(|r| r.values[0]).sum();
    assert_eq!(
        crimes,
        data.figure(FigureKey::CorruptionCrimes).unwrap().value
    );
    assert_eq!(b.recommendations.len(), 3);
}

#[test]
fn an_empty_dataset_derives_nothing_and_does_not_panic() {
    let data = model::parse("Briefing(format: 1, title: \"T\", region: \"R\")", "t.ron").unwrap();
    let b = ru(&data);
    assert!(b.tiles.is_empty());
    assert!(b.districts.is_none());
    assert!(b.metrics.is_empty());
    assert!(b.rental.rows.is_empty());
    assert!(b.rental.rented_share.is_none());
    assert!(b.corruption.rows.is_empty());
    assert!(!b.any_illustrative);
}

fn slide_keys(b: &Briefing) -> Vec<&str> {
    b.slides.iter().map(|s| s.key.as_str()).collect()
}

#[test]
fn the_akmola_briefing_makes_its_slides_in_order() {
    let b = ru(&akmola());
    let keys = slide_keys(&b);
    // Nineteen districts go over two slides of each chart, ten and nine rows.
    assert_eq!(
        keys[..7],
        [
            "title",
            "key-figures",
            "districts",
            "districts:2",
            "centres",
            "centres:2",
            "corruption"
        ]
    );
    let districts: Vec<_> = b
        .slides
        .iter()
        .filter(|s| s.kind == SlideKind::Districts)
        .map(|s| (s.rows.clone(), s.page, s.pages))
        .collect();
    assert_eq!(districts, [(0..10, 1, 2), (10..19, 2, 2)]);
    assert_eq!(
        b.slides[2].title,
        b.slides[3].title.replace("(2/2)", "(1/2)")
    );
    // The districts slide shows crimes by default, so the second crimes chart is left out.
    assert!(!keys.contains(&"corruption-districts"));
    let recommendations: Vec<&str> = keys[7..].to_vec();
    assert_eq!(
        recommendations,
        (1..=7)
            .map(|n| format!("recommendation:r{n}"))
            .collect::<Vec<_>>()
    );
    assert_eq!(b.slides[7].title, "Рекомендация 1");
    // The key-figures slide shows the service figures; centres and corruption have their own.
    let keys: Vec<_> = b.key_figure_tiles().filter_map(|t| t.key).collect();
    assert!(keys.contains(&FigureKey::ServicesDelivered));
    assert!(!keys.contains(&FigureKey::CorruptionCrimes));
    assert!(!keys.contains(&FigureKey::CentresRented));
}

#[test]
fn another_metric_brings_the_corruption_by_district_slide() {
    let settings = Settings {
        language: Language::Kk,
        district_sort: DistrictSort::default(),
        metric: DistrictMetric::CrimesPer10k,
    };
    let b = Briefing::from_dataset(&akmola(), &settings);
    let slide = b
        .slides
        .iter()
        .find(|s| s.kind == SlideKind::CorruptionDistricts)
        .unwrap();
    assert_eq!(
        slide.title,
        "Аудандар бойынша сыбайлас жемқорлық қылмыстары (1/2)"
    );
    let first = b
        .slides
        .iter()
        .position(|s| matches!(s.kind, SlideKind::Recommendation(_)))
        .unwrap();
    assert_eq!(b.slides[first].title, "1-ұсыным");
}

#[test]
fn slides_without_data_are_left_out() {
    let text = r#"Briefing(format: 1, title: "Проба", region: "Тест")"#;
    let dataset = model::load_text(text, "bare.ron").unwrap().dataset;
    let b = ru(&dataset);
    assert_eq!(slide_keys(&b), ["title"]);

    let b = ru(&northvale());
    let keys = slide_keys(&b);
    assert!(keys.contains(&"title") && keys.contains(&"districts"));
    for slide in &b.slides {
        let has_data = match &slide.kind {
            SlideKind::KeyFigures => b.key_figure_tiles().next().is_some(),
            SlideKind::Districts => b.districts.is_some(),
            SlideKind::Centres => !b.rental.rows.is_empty() || !b.rental.split_text.is_empty(),
            SlideKind::Corruption => b.corruption.regional.iter().any(Option::is_some),
            SlideKind::CorruptionDistricts => !b.corruption.rows.is_empty(),
            SlideKind::Recommendation(id) => b.recommendation(id).is_some(),
            SlideKind::Title => true,
        };
        assert!(has_data, "{} has no data", slide.key);
    }
}

#[test]
fn a_long_chart_goes_over_slides_of_even_parts() {
    use crate::view_model::slides::pages;
    assert_eq!(pages(15, false), std::iter::once(0..15).collect::<Vec<_>>());
    assert_eq!(pages(19, false), [0..10, 10..19]);
    assert_eq!(pages(45, false), [0..15, 15..30, 30..45]);
    assert_eq!(pages(46, false).len(), 4);
    assert_eq!(pages(0, false), std::iter::once(0..0).collect::<Vec<_>>());
    // Every row is on exactly one slide.
    for total in 0..200 {
        let parts = pages(total, false);
        assert_eq!(parts.iter().map(std::ops::Range::len).sum::<usize>(), total);
        assert!(parts.windows(2).all(|w| w[0].end == w[1].start));
        assert!(parts.iter().all(|p| p.len() <= 15));
    }
}
