//! Writing a file so that a crash leaves either the old or the new content, never half of it.

use std::io::Write as _;
use std::path::Path;

/// Keeps the file at `path`, if there is one, as `NAME.bak` beside it (the version before a
/// save).
///
/// # Errors
/// When the copy cannot be written.
pub fn backup(path: &Path) -> std::io::Result<()> {
    if path.is_file() {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".bak");
        std::fs::copy(path, path.with_file_name(name))?;
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, fsync, rename, fsync of the
/// folder. On failure the temporary file is removed and `path` is untouched.
///
/// # Errors
/// When the folder is not writable, the disk is full, or the rename fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)?;
        // Make the rename itself durable.
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// A folder's entry, as the path prompt lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The file or folder name.
    pub name: String,
    /// Whether it is a folder.
    pub is_dir: bool,
}

/// The most entries a listing holds: a folder of thousands of files is listed in part.
pub const LISTING_LIMIT: usize = 500;

/// The folders and the files with one of `extensions` (lower case, no dot; empty means every
/// file) in `dir`, folders first, each part in name order; hidden entries left out. At most
/// [`LISTING_LIMIT`] entries; an unreadable folder lists nothing.
pub fn listing(dir: &Path, extensions: &[&str]) -> Vec<Entry> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                return None;
            }
            let is_dir = e.path().is_dir();
            let wanted = is_dir
                || extensions.is_empty()
                || Path::new(&name)
                    .extension()
                    .and_then(|x| x.to_str())
                    .is_some_and(|x| extensions.iter().any(|w| x.eq_ignore_ascii_case(w)));
            wanted.then_some(Entry { name, is_dir })
        })
        .take(LISTING_LIMIT * 4)
        .collect();
    entries.sort_by(|a, b| {
        b.is_dir
            .cmp(&a.is_dir)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    entries.truncate(LISTING_LIMIT);
    entries
}

/// Where a file chosen by typing its path starts: the documents folder, else the home folder,
/// else the working folder.
pub fn documents_dir() -> std::path::PathBuf {
    directories::UserDirs::new()
        .and_then(|u| {
            let home = u.home_dir();
            u.document_dir()
                .map(Path::to_path_buf)
                .into_iter()
                .chain([home.join("Documents"), home.join("Документы")])
                .find(|d| d.is_dir())
                .or_else(|| Some(home.to_path_buf()))
        })
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.notes.ron");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(entries.len(), 1);
    }

    #[test]
    fn a_missing_folder_fails_without_a_trace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("a.notes.ron");
        assert!(write_atomic(&path, b"x").is_err());
        // Nothing was made: not the folder, not a temporary file beside it.
        let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(entries.is_empty(), "{entries:?}");
    }

    #[test]
    fn a_failed_rename_removes_the_temporary_file() {
        // A folder where the file should be: the temporary file is written, the rename fails.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.notes.ron");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "x").unwrap();
        assert!(write_atomic(&path, b"x").is_err());
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["a.notes.ron"], "the temporary file is gone");
        assert!(path.join("inside").exists());
    }

    #[test]
    fn a_listing_has_folders_first_then_the_wanted_files() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        for name in ["b.ron", "a.RON", "c.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("z-folder")).expect("mkdir");
        let names: Vec<(String, bool)> = listing(dir.path(), &["ron"])
            .into_iter()
            .map(|e| (e.name, e.is_dir))
            .collect();
        assert_eq!(
            names,
            [
                ("z-folder".to_owned(), true),
                ("a.RON".to_owned(), false),
                ("b.ron".to_owned(), false)
            ]
        );
        assert!(listing(&dir.path().join("missing"), &[]).is_empty());
    }
}
