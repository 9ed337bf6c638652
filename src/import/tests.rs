use super::*;
use crate::model::{self, Premises};

fn akmola() -> Dataset {
    model::embedded().expect("embedded").dataset
}

#[test]
fn a_pasted_block_with_russian_headers_updates_the_districts() {
    let d = akmola();
    let grid = from_tsv(
        "Район\tНаселение\tГод\nАршалынский район\t28 100\t2021\nНовый район\t1 000\t2022\n",
    )
    .expect("cells");
    let mapping = map_columns(&grid, None);
    assert_eq!(mapping.target, Target::Districts);
    assert!(mapping.header);
    assert_eq!(
        mapping.columns,
        vec![
            Some(Field::Name(None)),
            Some(Field::Population),
            Some(Field::Year)
        ]
    );
    let preview = preview(&d, &grid, &mapping);
    assert_eq!(preview.updated(), 1);
    assert_eq!(preview.added(), 1);
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    let after = preview.into_dataset();
    let arshaly = after.district("arshaly").expect("arshaly");
    let population = arshaly.population.as_ref().expect("population");
    assert_eq!((population.value, population.year), (28_100, Some(2021)));
    let new = after.districts.last().expect("added");
    assert_eq!(new.id, "novyy-rayon");
    assert_eq!(new.name.get("ru", "ru").text, "Новый район");
    // The original is untouched until the preview is taken.
    assert_eq!(
        d.district("arshaly")
            .and_then(|x| x.population.as_ref())
            .map(|p| p.value),
        Some(27_404)
    );
}

#[test]
fn kazakh_and_english_headers_case_and_spaces_aside() {
    let grid = from_tsv("АУДАН\t Қылмыстар \tТартылған адамдар\tБасшылар\nАқкөл ауданы\t5\t2\t1\n")
        .expect("cells");
    let mapping = map_columns(&grid, None);
    assert_eq!(mapping.target, Target::Corruption);
    assert_eq!(
        mapping.columns,
        vec![
            Some(Field::District),
            Some(Field::Crimes),
            Some(Field::Persons),
            Some(Field::Managers)
        ]
    );
    let after = preview(&akmola(), &grid, &mapping).into_dataset();
    let row = after
        .corruption
        .as_ref()
        .and_then(|c| c.per_district.iter().find(|r| r.district == "akkol"))
        .expect("Akkol's counts");
    assert_eq!(
        (row.crimes, row.persons_prosecuted, row.managers),
        (Some(5), Some(2), Some(1))
    );
    let grid = from_tsv("Name (kk)\tName (en)\tPopulation\nАршалы\tArshaly District\t30000\n")
        .expect("cells");
    let mapping = map_columns(&grid, Some(Target::Districts));
    assert_eq!(mapping.columns[0], Some(Field::Name(Some("kk"))));
    assert_eq!(mapping.columns[1], Some(Field::Name(Some("en"))));
}

#[test]
fn cells_without_a_header_go_by_position() {
    let grid = from_tsv("arshaly\tАршалынский район\tРайон\tАршалы\t28000\t2020").expect("cells");
    let mapping = map_columns(&grid, Some(Target::Districts));
    assert!(!mapping.header);
    let preview = preview(&akmola(), &grid, &mapping);
    assert_eq!(
        preview.rows,
        vec![(1, RowAction::Update("arshaly".to_owned()))]
    );
}

#[test]
fn what_is_not_understood_is_reported_by_row_and_column() {
    let grid = from_tsv(
        "Район\tПреступления\tПривлечено\nНесуществующий\t3\t1\nАккольский район\tмного\t2,5\n",
    )
    .expect("cells");
    let mapping = map_columns(&grid, None);
    let preview = preview(&akmola(), &grid, &mapping);
    let keys: Vec<(usize, &str)> = preview.problems.iter().map(|p| (p.row, p.key)).collect();
    assert_eq!(
        keys,
        vec![
            (2, "import-unknown-district"),
            (3, "import-not-number"),
            (3, "import-not-count")
        ]
    );
    assert_eq!(preview.rows[0], (2, RowAction::Skip));
}

#[test]
fn centres_with_premises_in_words() {
    let grid = from_tsv(
        "ЦОН\tРайон\tПомещение\tАренда, ₸/мес.\nЦОН Астраханского района\tАстраханский район\tв аренде\t450 000\n",
    )
    .expect("cells");
    let mapping = map_columns(&grid, None);
    assert_eq!(mapping.target, Target::Centres);
    let after = preview(&akmola(), &grid, &mapping).into_dataset();
    let c = after
        .centres
        .iter()
        .find(|c| c.id == "con-astrakhan")
        .expect("the Astrakhan centre");
    assert_eq!(c.premises, Premises::Rented);
    assert_eq!(c.rent_kzt_per_month, Some(450_000.0));
}

#[test]
fn csv_separators_and_old_encodings() {
    let grid = from_csv("Район;Население\n\"Район, с запятой\";100\n").expect("csv");
    assert_eq!(grid.rows[1], vec!["Район, с запятой", "100"]);
    // Windows-1251 "Район": D0 E0 E9 EE ED.
    let bytes = b"\xD0\xE0\xE9\xEE\xED;1\n";
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("t.csv");
    std::fs::write(&path, bytes).expect("write");
    let grid = from_file(&path, None).expect("read");
    assert_eq!(grid.rows[0][0], "Район");
}

#[test]
fn too_many_rows_are_refused() {
    let text = "1\n".repeat(MAX_ROWS + 1);
    assert_eq!(from_tsv(&text), Err(ReadError::TooManyRows));
    assert_eq!(from_tsv("\n\n"), Err(ReadError::Empty));
}

/// The problems' rows and keys.
fn problem_rows(preview: &Preview) -> Vec<(usize, &'static str)> {
    preview.problems.iter().map(|p| (p.row, p.key)).collect()
}

#[test]
fn rows_are_numbered_as_the_spreadsheet_numbers_them() {
    let d = akmola();
    // Pasted cells: a blank line above the header and one between the rows.
    let grid = from_tsv("\nРайон\tПреступления\nАккольский район\t1\n\nНесуществующий\t3\n")
        .expect("cells");
    assert_eq!(grid.rows_above, 1);
    let mapping = map_columns(&grid, None);
    assert!(mapping.header);
    let preview = super::preview(&d, &grid, &mapping);
    assert_eq!(problem_rows(&preview), vec![(5, "import-unknown-district")]);
    assert_eq!(
        preview.rows,
        vec![
            (3, RowAction::Update("akkol".to_owned())),
            (5, RowAction::Skip)
        ]
    );
    // CSV with Windows line ends, a cell over two lines (one row) and a blank line.
    let grid = from_csv(
        "Район;Население\r\n\"Аршалынский\nрайон\";28 100\r\n\r\nАккольский район;много\r\n",
    )
    .expect("csv");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(problem_rows(&preview), vec![(4, "import-not-number")]);
    assert_eq!(
        grid.row_at(4).map(|r| r[0].as_str()),
        Some("Аккольский район")
    );
    // A blank line inside a quoted cell is the cell's.
    let grid = from_csv("Район;Население\n\"a\n\nb\";1\nАккольский район;много\n").expect("csv");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(problem_rows(&preview), vec![(3, "import-not-number")]);
}

#[test]
fn rent_headers_with_currency_and_period_words_are_the_rent() {
    let field = |header: &str| match_header(Target::Centres, header);
    for header in [
        "Аренда в месяц",
        "Аренда, тг/мес",
        "Аренда, тенге",
        "Аренда, ₸/мес.",
        "аренда (тг)",
        "Арендная плата",
        "Жалға алу ақысы",
        "Айлық жалдау ақысы, теңге",
        "Жалдау, ₸",
        "Жалдау ақысы айына",
        "Rent",
        "Rent per month",
        "Monthly rent, KZT",
        "Rent (tenge)",
    ] {
        assert_eq!(field(header), Some(Field::Rent), "{header}");
    }
    for (header, expected) in [
        ("Изменение аренды, %", Field::RentChange),
        ("Rent change, %", Field::RentChange),
        ("Жалдау ақысының өзгерісі, %", Field::RentChange),
        ("Rent raised", Field::RentRaised),
        ("Аренду подняли", Field::RentRaised),
        ("Помещение", Field::Premises),
    ] {
        assert_eq!(field(header), Some(expected), "{header}");
    }
    // Thousands are not tenge: such a column is not taken for the rent.
    assert_eq!(field("Аренда, тыс. тг"), None);
    // A table of centres is told by such a header too.
    let grid = from_tsv(
        "ЦОН\tРайон\tАренда в месяц\nЦОН Астраханского района\tАстраханский район\t450 000\n",
    )
    .expect("cells");
    let mapping = map_columns(&grid, None);
    assert_eq!(mapping.target, Target::Centres);
    assert_eq!(mapping.columns[2], Some(Field::Rent));
}

#[test]
fn a_row_as_the_dataset_has_it_is_unchanged() {
    let d = akmola();
    let grid = from_tsv(
        "Район\tНаселение\tГод\nАршалынский район\t27 404\t2019\nАккольский район\t27 522\t2013\nАстраханский район\t1\t2020\n",
    )
    .expect("cells");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(
        preview.rows,
        vec![
            (2, RowAction::Unchanged("arshaly".to_owned())),
            (3, RowAction::Unchanged("akkol".to_owned())),
            (4, RowAction::Update("astrakhan".to_owned())),
        ]
    );
    assert_eq!(
        (preview.added(), preview.updated(), preview.unchanged()),
        (0, 1, 2)
    );
    let grid =
        from_tsv("ЦОН\tРайон\tПомещение\nЦОН Астраханского района\tАстраханский район\tв аренде\n")
            .expect("cells");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(
        preview.rows,
        vec![(2, RowAction::Unchanged("con-astrakhan".to_owned()))]
    );
    let grid =
        from_tsv("Район\tПреступления\nАккольский район\t6\nг. Кокшетау\t39\n").expect("cells");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(
        preview.rows,
        vec![
            (2, RowAction::Unchanged("akkol".to_owned())),
            (3, RowAction::Update("kokshetau".to_owned())),
        ]
    );
}

#[test]
fn a_population_gets_only_a_year_the_table_gives() {
    let d = akmola();
    // No year column: a new count has no year, whatever the briefing's period.
    let grid = from_tsv(
        "Район\tНаселение\nНовый район\t1 000\nАршалынский район\t28 100\nАккольский район\t27522\n",
    )
    .expect("cells");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(preview.year.from_header, None);
    // The new district and Arshaly's new count have no year; Akkol's count is the one the
    // dataset has, and keeps its year.
    assert_eq!(preview.year.left_empty, vec![2, 3]);
    let after = preview.into_dataset();
    let year = |id: &str| {
        after
            .districts
            .iter()
            .find(|x| x.id == id)
            .and_then(|x| x.population.as_ref())
            .map(|p| (p.value, p.year))
    };
    assert_eq!(year("novyy-rayon"), Some((1_000, None)));
    assert_eq!(year("arshaly"), Some((28_100, None)));
    assert_eq!(year("akkol"), Some((27_522, Some(2013))));
    // `check` accepts it and asks for the year.
    let findings = model::validate(&after);
    assert!(
        !findings.iter().any(model::Finding::is_error),
        "{findings:?}"
    );
    let no_year: Vec<&str> = findings
        .iter()
        .filter(|f| f.key == "finding-population-no-year")
        .map(|f| f.path.as_str())
        .collect();
    assert_eq!(no_year.len(), 2, "{findings:?}");

    // A year in the population column's header is the year of every row without its own.
    let grid = from_tsv(
        "Район\tНаселение 2026\tГод\nНовый район\t1 000\t\nАршалынский район\t28 100\t2021\n",
    )
    .expect("cells");
    let preview = super::preview(&d, &grid, &map_columns(&grid, None));
    assert_eq!(
        preview.year.from_header,
        Some((2026, "Население 2026".to_owned()))
    );
    assert!(preview.year.left_empty.is_empty());
    let after = preview.into_dataset();
    let population = |id: &str| after.district(id).and_then(|x| x.population.clone());
    assert_eq!(population("novyy-rayon").and_then(|p| p.year), Some(2026));
    assert_eq!(population("arshaly").and_then(|p| p.year), Some(2021));
    let grid = from_tsv("District\tPopulation, 2026\nArshaly\t28100\n").expect("cells");
    let preview = super::preview(&d, &grid, &map_columns(&grid, Some(Target::Districts)));
    assert_eq!(preview.year.from_header.map(|(y, _)| y), Some(2026));
}

/// Akmola with «г. Сарань» among its districts.
fn with_saran() -> Dataset {
    let mut d = akmola();
    let mut saran = d.districts.first().expect("a district").clone();
    saran.id = "saran".to_owned();
    saran.name = model::Text::Plain("г. Сарань".to_owned());
    saran.population = None;
    d.districts.push(saran);
    d
}

#[test]
fn a_new_name_a_letter_or_two_from_a_district_is_pointed_out() {
    let d = with_saran();
    let grid = from_tsv(
        "Район\tНаселение\tГод\nг. Саран\t90 000\t2026\nСтепногорск\t70 000\t2024\nЖаңа ауыл\t100\t2026\nЖана ауыл\t100\t2026\nБарлығы\t1\t2026\n",
    )
    .expect("cells");
    let mut mapping = map_columns(&grid, None);
    let preview = super::preview(&d, &grid, &mapping);
    let near: Vec<_> = preview
        .near
        .iter()
        .map(|n| {
            (
                n.row,
                n.name.as_str(),
                n.like.as_str(),
                n.existing.as_deref(),
                n.other_row,
            )
        })
        .collect();
    assert_eq!(
        near,
        vec![
            (2, "г. Саран", "г. Сарань", Some("saran"), None),
            // «г.» aside, the names are the same.
            (
                3,
                "Степногорск",
                "г. Степногорск",
                Some("stepnogorsk"),
                None
            ),
            (5, "Жана ауыл", "Жаңа ауыл", None, Some(4)),
        ]
    );
    // Still added, unless the user says otherwise.
    assert_eq!(preview.added(), 5);
    assert_eq!(
        preview.near[0].text(crate::i18n::Language::Ru),
        "строка 2: «г. Саран» добавится как новый район — возможно, имелся в виду «г. Сарань»?"
    );

    // Matched by hand, the row goes into «г. Сарань», whose name stays as it is.
    mapping.matched.insert(2, "saran".to_owned());
    let preview = super::preview(&d, &grid, &mapping);
    assert_eq!(preview.rows[0], (2, RowAction::Update("saran".to_owned())));
    assert_eq!(preview.added(), 4);
    let matched = preview.near.first().expect("the matched row");
    assert!(matched.matched && matched.row == 2, "{matched:?}");
    let after = preview.into_dataset();
    assert_eq!(after.districts.len(), d.districts.len() + 4);
    let saran = after.district("saran").expect("Saran");
    assert_eq!(saran.name.own("ru"), "г. Сарань");
    assert_eq!(saran.population.as_ref().map(|p| p.value), Some(90_000));
}

#[test]
fn every_cell_of_a_column_not_used_is_counted() {
    let grid = from_tsv(
        "Район\tНаселение\tТелефон\nАршалынский район\t28 100\t+7 716 000\t\tлишнее\nАккольский район\t27 522\t\nНовый район\t\t+7 716 111\n",
    )
    .expect("cells");
    let mapping = map_columns(&grid, None);
    // The cells right of the header are a column too.
    assert_eq!(mapping.columns.len(), 5);
    let preview = super::preview(&akmola(), &grid, &mapping);
    assert_eq!(
        preview.unused,
        vec![
            UnusedColumn {
                column: 3,
                header: Some("Телефон".to_owned()),
                cells: 2
            },
            UnusedColumn {
                column: 5,
                header: None,
                cells: 1
            },
        ]
    );
    assert_eq!(preview.left_out(), 3);
}

#[test]
fn a_centre_or_case_row_naming_a_district_with_a_slip_is_told_the_near_name() {
    let grid =
        from_tsv("Район\tПреступления\nАккольскии район\t3\nНесуществующий\t1\n").expect("cells");
    let mapping = map_columns(&grid, Some(Target::Corruption));
    let cases = preview(&akmola(), &grid, &mapping);
    let near: Vec<Option<&str>> = cases.problems.iter().map(|p| p.near.as_deref()).collect();
    assert_eq!(near, vec![Some("Аккольский район"), None]);
    let said = crate::wording::import_problem(crate::i18n::Language::Ru, &cases.problems[0]);
    assert!(
        said.ends_with("Может быть, имелся в виду «Аккольский район»?"),
        "{said}"
    );
    let grid = from_tsv("Название\tРайон\tПомещение\nЦОН\tг. Кокшетаy\tаренда\n").expect("cells");
    let mapping = map_columns(&grid, Some(Target::Centres));
    let centres = preview(&akmola(), &grid, &mapping);
    assert_eq!(
        centres.problems.first().and_then(|p| p.near.as_deref()),
        Some("г. Кокшетау"),
        "a Latin y for у is a slip too"
    );
}
