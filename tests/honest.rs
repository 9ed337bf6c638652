//! Numbers a reader can trust on every surface: what is computed from a bound stays a bound,
//! what is computed from an illustrative figure is marked, each chart says when its numbers
//! are from, and what the dataset says of a figure stays with it.

use briefdesk::i18n::Language;
use briefdesk::model::{self, Dataset, Qualifier};
use briefdesk::view_model::{Briefing, DistrictMetric, DistrictSort, Settings};

fn akmola() -> Dataset {
    model::embedded().expect("the embedded dataset").dataset
}

fn briefing(d: &Dataset, language: Language, metric: DistrictMetric) -> Briefing {
    Briefing::from_dataset(
        d,
        &Settings {
            language,
            district_sort: DistrictSort::ValueDescending,
            metric,
        },
    )
}

#[test]
fn a_share_of_a_lower_bound_is_a_lower_bound() {
    let mut d = akmola();
    let totals = d.centre_totals.as_mut().expect("centre totals");
    totals.centres.as_mut().expect("centres").value = 19.0;
    let rented = totals.rented.as_mut().expect("rented");
    rented.value = 7.0;
    rented.qualifier = Qualifier::MoreThan;
    let b = briefing(&d, Language::Ru, DistrictMetric::RentedShare);
    // 7 / 19 = 36,8 %: "more than 7" gives "more than 36 %", never a bare "37 %".
    assert_eq!(
        b.rental.split_text,
        "В аренде более\u{a0}7 из 19 ЦОНов (более\u{a0}36\u{a0}%)"
    );
    let share = b.rental.rented_share.as_ref().expect("a share");
    assert_eq!(share.qualifier, Qualifier::MoreThan);
    let en = briefing(&d, Language::En, DistrictMetric::RentedShare);
    assert!(
        en.rental.split_text.contains("(more than\u{a0}36%)"),
        "{}",
        en.rental.split_text
    );
    // The reference line on the districts chart is the same regional share.
    let reference = b
        .districts
        .as_ref()
        .and_then(|s| s.reference.as_ref())
        .expect("a line");
    assert_eq!(reference.label, "По области: более\u{a0}36\u{a0}%");
}

#[test]
fn one_regional_rented_share_everywhere_and_the_list_says_it_is_the_list() {
    // Stated totals 23 and 11; the list of centres in the file has a different split.
    let mut d = akmola();
    let centre = d
        .centres
        .iter_mut()
        .find(|c| c.premises == model::Premises::Rented && c.id != "con-astrakhan")
        .expect("a rented centre");
    centre.premises = model::Premises::Owned;
    let b = briefing(&d, Language::Ru, DistrictMetric::RentedShare);
    let share = b.rental.rented_share.as_ref().expect("a share");
    assert!(share.stated);
    assert!((share.pct - 100.0 * 11.0 / 23.0).abs() < 1e-9);
    let reference = b
        .districts
        .as_ref()
        .and_then(|s| s.reference.as_ref())
        .expect("a line");
    assert_eq!(reference.label, "По области: 48\u{a0}%");
    assert!(b.rental.split_text.contains("48\u{a0}%"));
    assert!(
        b.rental.mismatch.is_some(),
        "the list and the totals disagree, in words"
    );

    // Without stated totals, the share is of the listed centres and says so.
    d.centre_totals = None;
    let b = briefing(&d, Language::Ru, DistrictMetric::RentedShare);
    let reference = b
        .districts
        .as_ref()
        .and_then(|s| s.reference.as_ref())
        .expect("a line");
    assert!(
        reference.label.starts_with("Все перечисленные ЦОНы: "),
        "{}",
        reference.label
    );
    assert!(
        reference.label.ends_with('*'),
        "the list is illustrative: {}",
        reference.label
    );
    assert!(
        b.rental.split_text.starts_with("Из перечисленных 23 ЦОНов"),
        "{}",
        b.rental.split_text
    );
}

#[test]
fn what_is_computed_from_illustrative_figures_is_marked() {
    let d = akmola();
    let b = briefing(&d, Language::Ru, DistrictMetric::Crimes);
    let charts = b.charts();
    // Per-district crimes are wholly illustrative: the title says so, and so do the sum and
    // the mean.
    let crimes = charts.districts.as_ref().expect("the crimes chart");
    assert_eq!(
        crimes.title,
        "Коррупционные преступления по районам (иллюстрация)"
    );
    let series = b.districts.as_ref().expect("series");
    assert!(
        series
            .regional
            .as_deref()
            .is_some_and(|r| r.ends_with("141*"))
    );
    assert!(
        series
            .reference
            .as_ref()
            .is_some_and(|r| r.label.ends_with('*'))
    );
    // The counts inside the stacked centre bars and their table cells carry the mark.
    let centres = charts.centres.as_ref().expect("the centres chart");
    let kokshetau = centres
        .rows
        .iter()
        .find(|r| r.key == "kokshetau")
        .expect("row");
    assert!(
        kokshetau.bars[0]
            .segments
            .iter()
            .all(|s| s.label.ends_with('*'))
    );
    let row = centres
        .table
        .rows
        .iter()
        .find(|r| r[0].contains("Кокшетау"))
        .expect("table row");
    assert_eq!(row[1..], ["1*", "2*", "3*"]);
    // The regional figures are facts: their chart's title has no mark.
    let regional = charts.corruption.as_ref().expect("regional corruption");
    assert_eq!(regional.title, "Коррупционные преступления");
}

#[test]
fn each_chart_states_the_period_of_its_own_numbers() {
    let d = akmola();
    let population = briefing(&d, Language::Ru, DistrictMetric::Population);
    let chart = population
        .charts()
        .districts
        .clone()
        .expect("population chart");
    assert!(
        chart
            .subtitle
            .starts_with("2013–2023 годы (по районам — разные годы)"),
        "{}",
        chart.subtitle
    );
    let kk = briefing(&d, Language::Kk, DistrictMetric::Crimes);
    let crimes = kk.charts().districts.clone().expect("crimes chart");
    assert!(
        crimes.subtitle.starts_with("2017 жылғы 10 ай"),
        "{}",
        crimes.subtitle
    );
    let en = briefing(&d, Language::En, DistrictMetric::Centres);
    let centres = en.charts().centres.clone().expect("centres chart");
    // Centres are counted at a moment: "as of", not "10 months".
    assert_eq!(centres.subtitle, "As of November 2017");
    let rate = en.charts().districts.clone();
    assert!(rate.is_some());
    let per_capita = briefing(&d, Language::En, DistrictMetric::CrimesPer10k);
    let rate = per_capita.charts().districts.clone().expect("rate chart");
    assert!(
        rate.subtitle
            .starts_with("January–October 2017 · population: 2013–2023"),
        "{}",
        rate.subtitle
    );
    // Each tile says when its figure is from: services since January, signatures as of November.
    let delivered = en.tile(model::FigureKey::ServicesDelivered).expect("tile");
    assert!(
        delivered
            .when
            .as_deref()
            .is_some_and(|w| w.contains("2017"))
    );
    let signatures = en
        .tile(model::FigureKey::ServicesSignatureHolders)
        .expect("tile");
    assert_eq!(signatures.when.as_deref(), Some("As of November 2017"));
}

#[test]
fn what_the_dataset_says_of_a_figure_stays_with_it() {
    let d = akmola();
    let b = briefing(&d, Language::En, DistrictMetric::Crimes);
    // F10 is a rhetorical phrase: the caveat and the speaker go wherever the figure goes.
    let in_person = b
        .tile(model::FigureKey::ServicesInPersonShare)
        .expect("tile");
    assert!(
        in_person
            .comment
            .as_deref()
            .is_some_and(|c| c.contains("rhetorical"))
    );
    assert!(
        in_person
            .said_by
            .as_deref()
            .is_some_and(|s| s.contains("Abdilmanov"))
    );
    assert!(in_person.tooltip.contains("rhetorical"));
    // F7 is a statement about F6, shown on F6's tile with who said it.
    let electronic = b
        .tile(model::FigureKey::ServicesElectronicShare)
        .expect("tile");
    assert_eq!(electronic.statements.len(), 1);
    assert!(electronic.statements[0].contains("national average"));
    assert!(electronic.statements[0].contains("Shpekbayev"));
    // Places and the districts' particulars reach the reader.
    assert!(
        b.places
            .iter()
            .any(|p| p.name == "Akkol" && p.note.is_some())
    );
    let astrakhan = b
        .district_details
        .iter()
        .find(|d| d.id == "astrakhan")
        .expect("Astrakhan");
    assert!(astrakhan.facts.iter().any(|f| f.contains("Astrakhanka")));
    assert!(
        astrakhan
            .centres
            .iter()
            .any(|c| c.contains("landlords raised the rent"))
    );
}

#[test]
fn a_statement_whose_figure_is_missing_is_listed_not_lost() {
    let mut d = akmola();
    d.services.as_mut().expect("services").electronic_share_pct = None;
    let b = briefing(&d, Language::Ru, DistrictMetric::Crimes);
    assert!(b.statements.iter().all(|s| !s.on_tile));
    let findings = model::validate(&d);
    assert!(
        findings
            .iter()
            .any(|f| f.key == "finding-figure-missing" && f.path.starts_with("statements[0]")),
        "{findings:?}"
    );
}
