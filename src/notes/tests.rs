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
        speaker_notes: [(
            "districts".to_owned(),
            "Начать с Кокшетау: 38 из 141".to_owned(),
        )]
        .into(),
        show_status: true,
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
