//! Generated datasets of any size, for benchmarks and load tests.

use std::fmt::Write as _;

/// RON text of a valid dataset with `districts` districts, two centres each, and case counts
/// that reconcile with the regional totals. Every figure cites one illustrative source.
pub fn dataset_text(districts: usize) -> String {
    let mut out = String::with_capacity(districts * 700 + 2_000);
    out.push_str(
        "Briefing(\n    format: 2,\n    language: \"ru\",\n    \
         title: {\"ru\": \"Сгенерированный брифинг\", \"kk\": \"Жасалған брифинг\", \"en\": \"Generated briefing\"},\n    \
         region: {\"ru\": \"Область\", \"kk\": \"Облыс\", \"en\": \"Generated Region\"},\n    \
         sources: [Source(id: \"gen\", title: {\"ru\": \"Пример\", \"kk\": \"Мысал\", \"en\": \"Generated sample\"}, illustrative: true)],\n    districts: [\n",
    );
    for i in 0..districts {
        let population = 5_000 + (i * 7_919) % 90_000;
        let _ = writeln!(
            out,
            "        District(id: \"d{i}\", name: {{\"ru\": \"Район № {i}\", \"kk\": \"№ {i} аудан\", \"en\": \"District {i}\"}}, \
             population: Population(value: {population}, year: 2020, source: \"gen\")),"
        );
    }
    out.push_str("    ],\n    centres: [\n");
    let mut rented = 0;
    for i in 0..districts {
        for k in 0..2 {
            let premises = if (i + k) % 3 == 0 { "Rented" } else { "Owned" };
            rented += usize::from(premises == "Rented");
            let _ = writeln!(
                out,
                "        Centre(id: \"c{i}-{k}\", name: {{\"ru\": \"ЦОН {i}-{k}\", \"kk\": \"ХҚКО {i}-{k}\", \"en\": \"PSC {i}-{k}\"}}, district: \"d{i}\", premises: {premises}, source: \"gen\"),"
            );
        }
    }
    let (mut crimes, mut persons, mut managers) = (0, 0, 0);
    let mut cases = String::new();
    for i in 0..districts {
        let c = 1 + (i * 37) % 40;
        let p = c / 3;
        let m = p / 2;
        crimes += c;
        persons += p;
        managers += m;
        let _ = writeln!(
            cases,
            "            DistrictCases(district: \"d{i}\", crimes: {c}, persons_prosecuted: {p}, managers: {m}, source: \"gen\"),"
        );
    }
    let _ = write!(
        out,
        "    ],\n    centre_totals: CentreTotals(\n        centres: Figure(value: {}, source: \"gen\"),\n        \
         rented: Figure(value: {rented}, source: \"gen\"),\n    ),\n    services: Services(\n        \
         delivered: Figure(value: 4000000, qualifier: MoreThan, source: \"gen\"),\n        \
         electronic_share_pct: Figure(value: 65, source: \"gen\"),\n    ),\n    corruption: Corruption(\n        \
         crimes: Figure(value: {crimes}, source: \"gen\"),\n        persons_prosecuted: Figure(value: {persons}, source: \"gen\"),\n        \
         managers: Figure(value: {managers}, source: \"gen\"),\n        per_district: [\n{cases}        ],\n    ),\n    \
         recommendations: [\n        Recommendation(id: \"r1\", text: {{\"ru\": \"Разобрать районы выше среднего\", \"kk\": \"Орташадан жоғары аудандарды талдау\", \"en\": \"Review the districts above the average\"}}, \
         evidence: [Figure(\"corruption.crimes\"), Chart(Districts)]),\n    ],\n)\n",
        districts * 2
    );
    out
}

/// The same dataset with district names of 60 characters and more in every language, the
/// Kazakh ones with every Kazakh letter class (for the slides of long names).
pub fn long_names_text(districts: usize) -> String {
    let mut text = dataset_text(districts);
    for i in 0..districts {
        let short = format!(
            "{{\"ru\": \"Район № {i}\", \"kk\": \"№ {i} аудан\", \"en\": \"District {i}\"}}"
        );
        let long = format!(
            "{{\"ru\": \"Сельский округ имени Кенесары Касымова Бурабайского района № {i}\",              \"kk\": \"Бурабай ауданына қарасты Кенесары Қасымұлы атындағы № {i} ауылдық округі\",              \"en\": \"Kenesary Kasymuly Rural District of the Burabay District, No. {i}\"}}"
        );
        text = text.replacen(&short, &long, 1);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_text;

    #[test]
    fn generated_datasets_are_valid_and_reconcile() {
        for n in [1, 19, 500] {
            let loaded = load_text(&dataset_text(n), "generated.ron").unwrap();
            assert_eq!(loaded.dataset.districts.len(), n);
            assert_eq!(loaded.dataset.centres.len(), 2 * n);
            // Only the "illustrative source in use" warning.
            assert_eq!(loaded.findings.len(), 1, "{:#?}", loaded.findings);
            assert!(!loaded.has_errors());
        }
        let long = load_text(&long_names_text(45), "long.ron").unwrap().dataset;
        for d in &long.districts {
            for lang in ["ru", "kk", "en"] {
                assert!(d.name.get(lang, "ru").text.chars().count() >= 60, "{lang}");
            }
        }
    }
}
