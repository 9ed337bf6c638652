//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// The names in `folder`, sorted.
pub fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A folder that refuses new files, even to root, until dropped.
#[cfg(unix)]
pub struct Locked {
    folder: PathBuf,
    immutable: bool,
}

#[cfg(unix)]
impl Locked {
    /// Locks `folder` with its permission bits, or, where those do not count (root), with the
    /// immutable attribute (`chattr +i`), which binds root too. `None` when neither stops a
    /// write here (root without `CAP_LINUX_IMMUTABLE`, or a file system without the attribute).
    pub fn new(folder: &Path) -> Option<Self> {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).expect("chmod");
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
pub fn refuses_writes(folder: &Path) -> bool {
    let probe = folder.join(".probe");
    let refused = std::fs::write(&probe, "x").is_err();
    let _ = std::fs::remove_file(&probe);
    refused
}
