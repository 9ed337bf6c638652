//! The notes store where the disk refuses its file.

mod support;

use briefdesk::notes::{NoteEdit, NotesStore, SaveState};
#[cfg(unix)]
use support::{Locked, names};

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
    store.apply("r1", NoteEdit::SetText("важно".to_owned()));
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
