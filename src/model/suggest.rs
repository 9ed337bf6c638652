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

/// Levenshtein distance over characters, in O(len(a) · len(b)) time and O(len(b)) memory.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == *cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
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
