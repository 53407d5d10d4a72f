//! Remembered places: where each file was left, so reopening it returns there.
//!
//! One JSON file, `places.json` in the state directory, holds the most
//! recently read files first. An entry is keyed by the file's canonical
//! path and a hash of its text: a file that changed since does not get a
//! place that would point into different text. The file is replaced
//! atomically (written beside it under a temporary name, then renamed), so
//! a crash or a second reader never leaves half a file; one that is
//! corrupt anyway is reported and then overwritten, never fatal.

use crate::ui::Place;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Files remembered unless the config says otherwise.
pub const DEFAULT_MAX_FILES: usize = 500;

const FILE_NAME: &str = "places.json";

/// The on-disk format, versioned so a later layout can tell old files.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Places {
    version: u32,
    /// Most recently read first.
    files: Vec<Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    path: PathBuf,
    /// FNV-1a of the article text, hex.
    hash: String,
    top_byte: usize,
    selected: Option<usize>,
    filter: Option<usize>,
}

const VERSION: u32 = 1;

/// Why the remembered places could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{path}: remembered places are unreadable ({why}); starting at the top, the file will be rewritten")]
    Corrupt { path: String, why: String },
    #[error("{path}: cannot remember the place ({source})")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// The places file in a state directory.
#[derive(Debug, Clone)]
pub struct PlaceStore {
    dir: PathBuf,
    max_files: usize,
}

impl PlaceStore {
    pub fn new(dir: impl Into<PathBuf>, max_files: usize) -> Self {
        PlaceStore {
            dir: dir.into(),
            max_files,
        }
    }

    fn file(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// Where `file` (with text `text`) was left, if it was read before
    /// and has not changed since.
    pub fn lookup(&self, file: &Path, text: &str) -> Result<Option<Place>, StateError> {
        let key = key_of(file);
        let hash = text_hash(text);
        Ok(self
            .read()?
            .files
            .into_iter()
            .find(|e| e.path == key && e.hash == hash)
            .map(|e| Place {
                top_byte: e.top_byte,
                selected: e.selected,
                filter: e.filter,
            }))
    }

    /// Records `place` for `file`, moving it to the front and dropping the
    /// least recently read files past the limit. A corrupt places file is
    /// replaced.
    pub fn remember(&self, file: &Path, text: &str, place: Place) -> Result<(), StateError> {
        let mut places = self.read().unwrap_or_default();
        let key = key_of(file);
        places.files.retain(|e| e.path != key);
        places.files.insert(
            0,
            Entry {
                path: key,
                hash: text_hash(text),
                top_byte: place.top_byte,
                selected: place.selected,
                filter: place.filter,
            },
        );
        places.files.truncate(self.max_files);
        places.version = VERSION;
        self.write(&places)
    }

    fn read(&self) -> Result<Places, StateError> {
        let path = self.file();
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Places::default()),
            Err(e) => {
                return Err(StateError::Io {
                    path: path.display().to_string(),
                    source: e,
                })
            }
        };
        let corrupt = |why: String| StateError::Corrupt {
            path: path.display().to_string(),
            why,
        };
        let places: Places = serde_json::from_slice(&bytes).map_err(|e| corrupt(e.to_string()))?;
        if places.version != VERSION {
            return Err(corrupt(format!("unknown version {}", places.version)));
        }
        Ok(places)
    }

    /// Writes a temporary file in the same directory, flushes it to disk and
    /// renames it over the places file: readers see the old or the new file,
    /// never a part of one.
    fn write(&self, places: &Places) -> Result<(), StateError> {
        let io = |path: &Path| {
            let path = path.display().to_string();
            move |source| StateError::Io { path, source }
        };
        std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let target = self.file();
        let temp = self
            .dir
            .join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let result = (|| {
            let mut f = std::fs::File::create(&temp)?;
            serde_json::to_writer(&mut f, places).map_err(std::io::Error::from)?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            std::fs::rename(&temp, &target)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        result.map_err(io(&target))
    }
}

/// The canonical path, so `a.txt`, `./a.txt` and a symlink to it are one file.
fn key_of(file: &Path) -> PathBuf {
    std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf())
}

/// FNV-1a, 64 bits: stable across builds and platforms (the standard
/// library's hasher is not), and plenty to tell an edited file.
fn text_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    struct TempDir(PathBuf);
    impl TempDir {
        fn new(name: &str) -> Self {
            let dir =
                std::env::temp_dir().join(format!("whosaid-state-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }
        fn article(&self, name: &str, text: &str) -> PathBuf {
            let p = self.0.join(name);
            std::fs::write(&p, text).unwrap();
            p
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const PLACE: Place = Place {
        top_byte: 120,
        selected: Some(3),
        filter: Some(1),
    };

    #[test]
    fn a_place_round_trips() {
        let tmp = TempDir::new("round");
        let store = PlaceStore::new(tmp.0.join("state"), 10);
        let a = tmp.article("a.txt", "text a");
        assert_eq!(store.lookup(&a, "text a").unwrap(), None);
        store.remember(&a, "text a", PLACE).unwrap();
        assert_eq!(store.lookup(&a, "text a").unwrap(), Some(PLACE));
        // Another spelling of the same path finds it too.
        let dotted = tmp.0.join(".").join("a.txt");
        assert_eq!(store.lookup(&dotted, "text a").unwrap(), Some(PLACE));
    }

    #[test]
    fn a_changed_file_is_not_restored() {
        let tmp = TempDir::new("changed");
        let store = PlaceStore::new(tmp.0.join("state"), 10);
        let a = tmp.article("a.txt", "text a");
        store.remember(&a, "text a", PLACE).unwrap();
        assert_eq!(store.lookup(&a, "text a, edited").unwrap(), None);
    }

    #[test]
    fn a_corrupt_file_is_reported_then_replaced() {
        let tmp = TempDir::new("corrupt");
        let dir = tmp.0.join("state");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(FILE_NAME), "{ not json").unwrap();
        let store = PlaceStore::new(&dir, 10);
        let a = tmp.article("a.txt", "text a");
        let e = store.lookup(&a, "text a").unwrap_err();
        assert!(matches!(e, StateError::Corrupt { .. }));
        assert!(
            e.to_string().contains("places.json") && e.to_string().contains("starting at the top")
        );
        store.remember(&a, "text a", PLACE).unwrap();
        assert_eq!(store.lookup(&a, "text a").unwrap(), Some(PLACE));
    }

    #[test]
    fn writing_leaves_no_temporary_file() {
        let tmp = TempDir::new("atomic");
        let dir = tmp.0.join("state");
        let store = PlaceStore::new(&dir, 10);
        let a = tmp.article("a.txt", "text a");
        store.remember(&a, "text a", PLACE).unwrap();
        store.remember(&a, "text a", Place::default()).unwrap();
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, [FILE_NAME]);
    }

    #[test]
    fn only_the_most_recent_files_are_kept() {
        let tmp = TempDir::new("bounded");
        let store = PlaceStore::new(tmp.0.join("state"), 2);
        let files: Vec<PathBuf> = (0..3)
            .map(|i| tmp.article(&format!("{i}.txt"), "same text"))
            .collect();
        for f in &files {
            store.remember(f, "same text", PLACE).unwrap();
        }
        assert_eq!(store.lookup(&files[0], "same text").unwrap(), None);
        assert!(store.lookup(&files[1], "same text").unwrap().is_some());
        assert!(store.lookup(&files[2], "same text").unwrap().is_some());
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(text_hash(""), "cbf29ce484222325");
        assert_eq!(text_hash("a"), "af63dc4c8601ec8c");
    }
}
