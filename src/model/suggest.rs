//! "Did you mean …?" for misspelt names.

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
pub fn nearest<'a, I>(word: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters (not bytes: `Кокшетау` and `Кокщетау` differ by one).
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("district", "district"), 0);
        assert_eq!(edit_distance("distrct", "district"), 1);
        assert_eq!(edit_distance("kokshetau", "kokchetau"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("Кокшетау", "Кокщетау"), 1);
    }

    #[test]
    fn suggests_only_close_names() {
        let fields = ["district", "premises", "source"];
        assert_eq!(nearest("distrct", fields), Some("district"));
        assert_eq!(nearest("premisses", fields), Some("premises"));
        assert_eq!(nearest("colour", fields), None);
    }
}
