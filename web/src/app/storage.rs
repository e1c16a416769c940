//! Autosave: the officer's [`Work`] in this browser's local storage, under one key.
//!
//! Local storage never leaves the machine, which is why it is the only persistence the app has.
//! Saved work that cannot be read (an older format, a hand edit) is ignored rather than
//! crashing the app; the key is versioned so a format change starts clean.

use super::state::Work;

pub const DEFAULT_KEY: &str = "protocol-check/v1";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<Work> {
    let text = storage()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Saves the work; the error is a message for the officer (storage full or disabled). Empty
/// work (a fresh start, or just cleared) leaves nothing behind.
pub fn save(key: &str, work: &Work) -> Result<(), String> {
    if *work == Work::default() {
        clear(key);
        return Ok(());
    }
    let storage = storage().ok_or(
        "This browser does not allow saving work locally, so your work will be lost on reload.",
    )?;
    let text = serde_json::to_string(work).map_err(|e| e.to_string())?;
    storage
        .set_item(key, &text)
        .map_err(|_| "Your work could not be saved in this browser (local storage is full or disabled). Export it before closing the page.".to_string())
}

pub fn clear(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}
