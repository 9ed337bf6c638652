//! Writes a generated briefing of 45 districts with names of 60 characters and more (Kazakh,
//! Russian and English) to standard output, for trying the slides with long names:
//! `cargo run --example long_names > long.ron && briefdesk slides long.ron --lang kk --out DIR`.

use std::io::Write as _;

fn main() -> std::io::Result<()> {
    let text = briefdesk::model::synthetic::long_names_text(45);
    std::io::stdout().lock().write_all(text.as_bytes())
}
