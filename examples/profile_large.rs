fn main() {
    let text = briefdesk::model::synthetic::dataset_text(2000);
    let d = briefdesk::model::parse(&text, "x").unwrap();
    let what = std::env::args().nth(1).unwrap_or_default();
    if what == "validate" {
        let _ = briefdesk::model::validate(&d);
        return;
    }
    let _ = briefdesk::view_model::Briefing::from_dataset(
        &d,
        &briefdesk::view_model::Settings::default(),
    );
}
