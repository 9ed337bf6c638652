//! Writing a file so that a crash leaves either the old or the new content, never half of it;
//! through a symbolic link to the file it names (the link stays); never over anything that is
//! not a regular file (a device, a pipe, a folder).

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// How many symbolic links a path may go through.
const LINK_LIMIT: usize = 40;

/// Where a write to `path` lands: the end of its chain of symbolic links, or `path` itself.
///
/// # Errors
/// When a link cannot be read, or the chain is too long (a loop).
pub fn landing(path: &Path) -> std::io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..LINK_LIMIT {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = std::fs::read_link(&at)?;
                at = if target.is_absolute() {
                    target
                } else {
                    at.parent().unwrap_or(Path::new(".")).join(target)
                };
            }
            _ => return Ok(at),
        }
    }
    Err(std::io::Error::other(format!(
        "{}: too many symbolic links",
        path.display()
    )))
}

/// Refuses a path where something other than a regular file is (a device such as
/// `/dev/null`, a named pipe, a folder): a save must not replace it.
fn regular_or_absent(path: &Path) -> std::io::Result<()> {
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "{} is not a regular file; nothing was written over it",
                path.display()
            ),
        )),
        _ => Ok(()),
    }
}

/// Whether `a` and `b` name the same file (through links and `..`), for refusing to write an
/// export over the briefing it comes from.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (landing(a), landing(b)) {
        (Ok(a), Ok(b)) => match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => absolute(&a) == absolute(&b),
        },
        _ => false,
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Keeps the file at `path`, if there is one, as `NAME.bak` beside it (the version before a
/// save), written atomically as the file itself is, so that a crash never leaves an empty
/// `.bak`. A link's target is what is kept.
///
/// # Errors
/// When the copy cannot be written, or `path` is not a regular file.
pub fn backup(path: &Path) -> std::io::Result<()> {
    let target = landing(path)?;
    regular_or_absent(&target)?;
    if target.is_file() {
        let bytes = std::fs::read(&target)?;
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".bak");
        write_atomic(&path.with_file_name(name), &bytes)?;
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, fsync, rename, fsync of the
/// folder. On failure the temporary file is removed and `path` is untouched. A symbolic link
/// is written through: its target gets the bytes and the link stays.
///
/// # Errors
/// When the folder is not writable, the disk is full, the rename fails, or `path` (or what
/// its link names) is not a regular file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let path = &landing(path)?;
    regular_or_absent(path)?;
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

/// Removes the temporary files a write to `path` left behind when its process died mid-write
/// (`.NAME.PID.tmp` beside it, of a process no longer running; on systems without `/proc`,
/// those a day old). Says how many were removed.
pub fn remove_stale_temporaries(path: &Path) -> usize {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return 0;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(read) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in read.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == std::process::id() || !stale(pid, &entry) {
            continue;
        }
        if std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Whether the writer `pid` of a temporary file is gone.
fn stale(pid: u32, entry: &std::fs::DirEntry) -> bool {
    let proc = Path::new("/proc");
    if proc.is_dir() {
        return !proc.join(pid.to_string()).exists();
    }
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > std::time::Duration::from_hours(24))
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
    #[cfg(unix)]
    use std::os::unix::fs::FileTypeExt as _;

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

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).unwrap();
        backup(&link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&real).unwrap(), b"new");
        assert_eq!(
            std::fs::read(dir.path().join("link.ron.bak")).unwrap(),
            b"old"
        );
        assert!(same_file(&link, &real));
        assert!(!same_file(&link, &dir.path().join("other.ron")));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_a_pipe_or_a_folder_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let null = Path::new("/dev/null");
        let err = write_atomic(null, b"x").unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        assert!(
            !std::fs::metadata(null).unwrap().is_file(),
            "/dev/null is still a device"
        );
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            assert!(write_atomic(&fifo, b"x").is_err());
            assert!(backup(&fifo).is_err());
            assert!(
                std::fs::symlink_metadata(&fifo)
                    .unwrap()
                    .file_type()
                    .is_fifo()
            );
        }
        // A link to the device is refused as the device is.
        let link = dir.path().join("out.pdf");
        std::os::unix::fs::symlink(null, &link).unwrap();
        assert!(write_atomic(&link, b"x").is_err());
    }

    #[test]
    fn temporary_files_of_a_dead_writer_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.ron");
        std::fs::write(&path, "x").unwrap();
        // A process id no system hands out, and this process's own.
        let dead = dir.path().join(".d.ron.4294967294.tmp");
        let ours = dir
            .path()
            .join(format!(".d.ron.{}.tmp", std::process::id()));
        let other = dir.path().join(".e.ron.4294967294.tmp");
        for p in [&dead, &ours, &other] {
            std::fs::write(p, "half").unwrap();
        }
        if Path::new("/proc").is_dir() {
            assert_eq!(remove_stale_temporaries(&path), 1);
            assert!(!dead.exists());
        }
        assert!(ours.exists(), "a write in progress here is left alone");
        assert!(other.exists(), "another file's is not ours to remove");
        assert!(path.exists());
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
