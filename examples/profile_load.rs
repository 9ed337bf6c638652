fn main() {
    let what = std::env::args().nth(1).unwrap_or_default();
    let text = briefdesk::model::EMBEDDED_AKMOLA_2017;
    let d = briefdesk::model::parse(text, "x").unwrap();
    for _ in 0..10 {
        match what.as_str() {
            "parse" => {
                let _ = briefdesk::model::parse(text, "x");
            }
            "ron" => {
                let _ = ron::Options::default()
                    .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
                    .from_str::<briefdesk::model::Dataset>(text);
            }
            "load" => {
                let _ = briefdesk::model::load_text(text, "x");
            }
            _ => {
                let _ = briefdesk::view_model::Briefing::from_dataset(&d, &Default::default());
            }
        }
    }
}
