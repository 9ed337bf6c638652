//! Prints a generated dataset of N districts (default 1 000), for measuring exports and
//! frames on a large region: `cargo run --release --example generated -- 1000 > big.ron`.

use std::io::Write as _;

fn main() -> std::io::Result<()> {
    let districts = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000);
    let text = briefdesk::model::synthetic::dataset_text(districts);
    std::io::stdout().lock().write_all(text.as_bytes())
}
