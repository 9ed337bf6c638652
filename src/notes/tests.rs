use super::*;

fn store_in(dir: &Path) -> NotesStore {
    NotesStore::open(dir.join("akmola.notes.ron"), "akmola.ron")
}

#[test]
fn sidecar_sits_beside_the_dataset() {
    assert_eq!(
        sidecar_path(Path::new("/data/akmola-2017.ron")),
        PathBuf::from("/data/akmola-2017.notes.ron")
    );
}

#[test]
fn edits_autosave_after_the_delay_and_reload() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    assert_eq!(store.state(), &SaveState::Saved);
    store.edit("r1", |n| n.text = "Провести семинар в Ақкөл".to_owned());
    assert_eq!(store.state(), &SaveState::Pending);
    let due = store.autosave_due().unwrap();
    store.autosave(due.checked_sub(Duration::from_millis(10)).unwrap());
    assert!(!store.path().exists(), "not before the delay");
    store.autosave(due);
    assert_eq!(store.state(), &SaveState::Saved);
    let reopened = store_in(dir.path());
    assert_eq!(
        reopened.note("r1").unwrap().text,
        "Провести семинар в Ақкөл"
    );
    assert!(reopened.note("r1").unwrap().updated_unix_secs > 0);
}

#[test]
fn an_unchanged_edit_does_not_dirty_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    store.edit("r1", |n| n.status = Status::Open);
    assert!(!store.has_unsaved());
}

#[test]
fn orphaned_notes_are_kept_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    store.edit("r1", |n| n.text = "keep".to_owned());
    store.edit("gone", |n| n.text = "orphan".to_owned());
    store.save();
    let store = store_in(dir.path());
    let orphans = store.orphans(&["r1"]);
    assert_eq!(orphans.len(), 1);
    assert_eq!(orphans[0].0, "gone");
    assert_eq!(store.notes().len(), 2);
}

#[test]
fn an_unreadable_sidecar_is_set_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("akmola.notes.ron");
    std::fs::write(&path, "this is not RON (").unwrap();
    let mut store = store_in(dir.path());
    let Some(NotesNotice::SetAside { moved_to, .. }) = store.notice().cloned() else {
        panic!("{:?}", store.notice());
    };
    assert_eq!(
        std::fs::read_to_string(&moved_to).unwrap(),
        "this is not RON ("
    );
    assert!(!path.exists());
    store.edit("r1", |n| n.text = "new".to_owned());
    store.save();
    assert_eq!(store_in(dir.path()).note("r1").unwrap().text, "new");
    assert_eq!(
        std::fs::read_to_string(&moved_to).unwrap(),
        "this is not RON ("
    );
}

#[test]
fn a_newer_notes_format_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("akmola.notes.ron"), "Notes(format: 7)").unwrap();
    let store = store_in(dir.path());
    assert!(
        matches!(store.notice(), Some(NotesNotice::SetAside { reason, .. }) if reason.contains("newer"))
    );
}

/// The names in `folder`, sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder that refuses new files, even to root, until dropped.
#[cfg(unix)]
struct Locked {
    folder: PathBuf,
    immutable: bool,
}

#[cfg(unix)]
impl Locked {
    /// Locks `folder` with its permission bits, or, where those do not count (root), with the
    /// immutable attribute (`chattr +i`), which binds root too. `None` when neither stops a
    /// write here (root without `CAP_LINUX_IMMUTABLE`, or a file system without the attribute).
    fn new(folder: &Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        let mut locked = Self {
            folder: folder.to_path_buf(),
            immutable: false,
        };
        if refuses_writes(folder) {
            return Some(locked);
        }
        locked.immutable = std::process::Command::new("chattr")
            .arg("+i")
            .arg(folder)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        (locked.immutable && refuses_writes(folder)).then_some(locked)
    }
}

#[cfg(unix)]
impl Drop for Locked {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt as _;
        if self.immutable {
            let _ = std::process::Command::new("chattr")
                .arg("-i")
                .arg(&self.folder)
                .status();
        }
        let _ = std::fs::set_permissions(&self.folder, std::fs::Permissions::from_mode(0o755));
    }
}

#[cfg(unix)]
fn refuses_writes(folder: &Path) -> bool {
    let probe = folder.join(".probe");
    let refused = std::fs::write(&probe, "x").is_err();
    let _ = std::fs::remove_file(&probe);
    refused
}

#[cfg(unix)]
#[test]
fn an_unwritable_folder_keeps_notes_in_memory_until_saved_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    let lock = Locked::new(&locked);
    if lock.is_none() {
        // Neither permissions nor `chattr +i` hold here: a file stands where the folder should
        // be, which refuses the notes file to root as well.
        eprintln!("no read-only folder can be made here: a file stands in for it");
        std::fs::remove_dir(&locked).unwrap();
        std::fs::write(&locked, "x").unwrap();
    }
    let mut store = NotesStore::open(locked.join("a.notes.ron"), "a.ron");
    store.edit("r1", |n| n.text = "важно".to_owned());
    store.save();
    assert!(
        matches!(store.state(), SaveState::Failed(m) if m.contains("locked")),
        "{:?}",
        store.state()
    );
    assert_eq!(store.note("r1").unwrap().text, "важно");
    assert!(store.has_unsaved());
    if lock.is_some() {
        assert!(
            names(&locked).is_empty(),
            "nothing is left in the locked folder"
        );
    } else {
        assert_eq!(std::fs::read_to_string(&locked).unwrap(), "x");
    }

    let elsewhere = dir.path().join("elsewhere.notes.ron");
    store.save_to(elsewhere.clone());
    assert_eq!(store.state(), &SaveState::Saved);
    assert!(
        std::fs::read_to_string(&elsewhere)
            .unwrap()
            .contains("важно")
    );
    assert_eq!(names(dir.path()), ["elsewhere.notes.ron", "locked"]);
    drop(lock);
}

#[test]
fn a_file_where_the_folder_should_be_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let mut store = NotesStore::open(blocker.join("a.notes.ron"), "a.ron");
    store.edit("r1", |n| n.text = "kept".to_owned());
    store.save();
    assert!(matches!(store.state(), SaveState::Failed(_)));
    assert_eq!(store.note("r1").unwrap().text, "kept");
    // The file in the way is untouched, and nothing appears beside it.
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
    assert_eq!(names(dir.path()), ["not-a-folder"]);
}

#[test]
fn the_slide_plan_is_saved_with_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = store_in(dir.path());
    store.edit("r1", |n| n.text = "проверить аренду".to_owned());
    let plan = SlidePlan {
        order: vec!["corruption".to_owned(), "title".to_owned()],
        hidden: ["districts".to_owned()].into(),
    };
    store.set_slide_plan(plan.clone());
    assert!(store.has_unsaved());
    store.save();
    let reopened = store_in(dir.path());
    assert_eq!(reopened.slide_plan(), &plan);
    assert_eq!(reopened.note("r1").unwrap().text, "проверить аренду");
}

#[test]
fn a_notes_file_without_slides_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.notes.ron");
    std::fs::write(
        &path,
        "Notes(format: 1, dataset: \"a.ron\", notes: {\"r1\": (text: \"x\")})",
    )
    .unwrap();
    let store = NotesStore::open(path, "a.ron");
    assert!(store.notice().is_none());
    assert!(store.slide_plan().is_default());
    assert_eq!(store.note("r1").unwrap().text, "x");
}
