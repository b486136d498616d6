//! Where the plan's file copy stands, and how the status line says it.
//!
//! On managed Chromebooks browser data can be erased at sign-out, so the file
//! the user saves (often in their Drive folder) is the copy that lasts. This
//! module is pure: times come in as milliseconds since the epoch and are turned
//! into the user's clock by a function the caller passes, so every wording is
//! tested natively.

use serde::{Deserialize, Serialize};

/// How long edits may stay out of a file before a quiet reminder offers to save.
pub const REMIND_AFTER_MS: f64 = 10.0 * 60.0 * 1000.0;

/// A moment as the user's clock shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    /// 1..=12
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl LocalTime {
    /// "2026-11-25": for file names and date fields.
    pub fn date_iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "14:05": the issue asks for HH:MM.
    pub fn clock(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    fn same_day(&self, other: &LocalTime) -> bool {
        (self.year, self.month, self.day) == (other.year, other.month, other.day)
    }

    fn date(&self, now: &LocalTime) -> String {
        let month = MONTHS
            .get(usize::from(self.month.saturating_sub(1)))
            .copied()
            .unwrap_or("?");
        if self.year == now.year {
            format!("{month} {}", self.day)
        } else {
            format!("{month} {}, {}", self.day, self.year)
        }
    }

    /// "at 14:05" today, "on Nov 21 at 14:05" another day.
    pub fn at(&self, now: &LocalTime) -> String {
        if self.same_day(now) {
            format!("at {}", self.clock())
        } else {
            format!("on {} at {}", self.date(now), self.clock())
        }
    }

    /// "since 14:07" today, "since Nov 21, 14:07" another day.
    pub fn since(&self, now: &LocalTime) -> String {
        if self.same_day(now) {
            format!("since {}", self.clock())
        } else {
            format!("since {}, {}", self.date(now), self.clock())
        }
    }
}

/// How the plan last reached a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileAction {
    /// Written through the File System Access API (the user chose the place).
    Saved,
    /// Offered as a download (browsers without the API): it lands in Downloads.
    Downloaded,
    /// Read from a file (opened or imported); the plan matched it then.
    Opened,
}

/// The file the plan was last saved to or opened from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileRecord {
    pub name: String,
    pub action: FileAction,
    pub at_ms: f64,
}

/// The file copy's state. Kept in localStorage (small JSON) so the status is
/// still true after a reload; the file handle itself is not (it cannot be).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FileCopy {
    pub last: Option<FileRecord>,
    /// When the plan first differed from `last` (or, with no file, was first
    /// edited). None: the file holds exactly this plan, or nothing was edited.
    pub dirty_since_ms: Option<f64>,
}

/// What the status line shows for the file copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStatus {
    /// A stable name for styling and tests: "none", "saved", "unsaved".
    pub key: &'static str,
    pub label: String,
    /// A longer explanation (tooltip and screen readers).
    pub detail: String,
}

impl FileCopy {
    pub fn is_dirty(&self) -> bool {
        self.dirty_since_ms.is_some()
    }

    /// The plan changed at `now_ms`; the first change since the file counts.
    pub fn mark_dirty(&mut self, now_ms: f64) {
        if self.dirty_since_ms.is_none() {
            self.dirty_since_ms = Some(now_ms);
        }
    }

    /// The plan is the same as the file again (undo back to it).
    pub fn mark_clean(&mut self) {
        self.dirty_since_ms = None;
    }

    /// The plan was written to or read from `name` at `now_ms`.
    pub fn record(&mut self, name: impl Into<String>, action: FileAction, now_ms: f64) {
        self.last = Some(FileRecord {
            name: name.into(),
            action,
            at_ms: now_ms,
        });
        self.dirty_since_ms = None;
    }

    /// The wording for the status line. `local` turns epoch milliseconds into
    /// the user's clock (the browser's `Date` in the app, a fixed rule in tests).
    pub fn status(&self, now_ms: f64, local: impl Fn(f64) -> LocalTime) -> FileStatus {
        let now = local(now_ms);
        let last = self.last.as_ref().map(|record| {
            let when = local(record.at_ms).at(&now);
            match record.action {
                FileAction::Saved => format!("Saved to {} {when}", record.name),
                FileAction::Downloaded => format!("Downloaded {} {when}", record.name),
                FileAction::Opened => format!("Opened {} {when}", record.name),
            }
        });
        match (last, self.dirty_since_ms) {
            (None, None) => FileStatus {
                key: "none",
                label: "Not saved to a file yet".into(),
                detail: "Save to a file to keep this plan outside the browser.".into(),
            },
            (Some(last), None) => FileStatus {
                key: "saved",
                detail: format!("{last}. The file has every change."),
                label: last,
            },
            (last, Some(since)) => FileStatus {
                key: "unsaved",
                label: format!("Changes not saved to a file {}", local(since).since(&now)),
                detail: match last {
                    Some(last) => format!("{last}. Later changes are only in this browser."),
                    None => "These changes are only in this browser.".into(),
                },
            },
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored record, or a fresh one when it is missing or unreadable (it
    /// only drives the status line, so losing it loses nothing of the plan).
    pub fn from_json(text: &str) -> FileCopy {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// When the reminder to save should show: edits out of a file for `delay_ms`,
/// counted from the later of the first unsaved change and this session's first
/// edit (a copy left dirty yesterday does not nag before the user types), and
/// not while dismissed.
pub fn reminder_due(
    copy: &FileCopy,
    first_edit_this_session_ms: Option<f64>,
    now_ms: f64,
    delay_ms: f64,
    snoozed_until_ms: f64,
) -> bool {
    let (Some(dirty), Some(edited)) = (copy.dirty_since_ms, first_edit_this_session_ms) else {
        return false;
    };
    now_ms - dirty.max(edited) >= delay_ms && now_ms >= snoozed_until_ms
}

/// `?remind=N` (seconds) shortens the reminder delay, for tests and demos.
pub fn remind_delay_ms(query: &str) -> f64 {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "remind")
        .and_then(|(_, value)| value.parse::<u32>().ok())
        .map(|seconds| f64::from(seconds) * 1000.0)
        .unwrap_or(REMIND_AFTER_MS)
}

/// "812 bytes", "41 KB", "1.2 MB", "3.4 GB" (powers of 1000, as browsers report quota).
pub fn format_bytes(bytes: f64) -> String {
    // An empty f64 sum is -0.0, which would print as "-0".
    let bytes = if bytes > 0.0 { bytes } else { 0.0 };
    if bytes < 1000.0 {
        format!("{bytes:.0} bytes")
    } else if bytes < 1e6 {
        format!("{:.0} KB", bytes / 1e3)
    } else if bytes < 1e9 {
        format!("{:.1} MB", bytes / 1e6)
    } else {
        format!("{:.1} GB", bytes / 1e9)
    }
}

/// What the Data page says about `navigator.storage.persist()`.
pub fn persistence_wording(granted: Option<bool>) -> &'static str {
    match granted {
        Some(true) => "Granted: this browser will not clear the planner's data to free up space. A managed Chromebook may still erase it when you sign out, so keep saving to a file.",
        Some(false) => "Not granted: this browser may clear the planner's data when space runs low, and a managed Chromebook may erase it when you sign out. Your saved file is the copy that lasts.",
        None => "This browser does not say whether it keeps the planner's data. Your saved file is the copy that lasts.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINUTE: f64 = 60_000.0;
    const DAY: f64 = 24.0 * 60.0 * MINUTE;

    /// A fixed clock for tests: day 0 is 2026-11-22, later days follow in November.
    fn local(ms: f64) -> LocalTime {
        let minutes = (ms / MINUTE).floor() as i64;
        LocalTime {
            year: 2026,
            month: 11,
            day: 22 + (minutes / 1440) as u8,
            hour: ((minutes % 1440) / 60) as u8,
            minute: (minutes % 60) as u8,
        }
    }

    fn at(hour: f64, minute: f64) -> f64 {
        hour * 60.0 * MINUTE + minute * MINUTE
    }

    #[test]
    fn nothing_saved_and_nothing_edited() {
        let status = FileCopy::default().status(at(9.0, 0.0), local);
        assert_eq!(status.key, "none");
        assert_eq!(status.label, "Not saved to a file yet");
    }

    #[test]
    fn edited_but_never_saved() {
        let mut copy = FileCopy::default();
        copy.mark_dirty(at(14.0, 7.0));
        copy.mark_dirty(at(14.0, 9.0)); // later edits keep the first time
        let status = copy.status(at(14.0, 20.0), local);
        assert_eq!(status.key, "unsaved");
        assert_eq!(status.label, "Changes not saved to a file since 14:07");
        assert_eq!(status.detail, "These changes are only in this browser.");
    }

    #[test]
    fn saved_to_a_file() {
        let mut copy = FileCopy::default();
        copy.mark_dirty(at(13.0, 0.0));
        copy.record("lincoln-plan.json", FileAction::Saved, at(14.0, 5.0));
        let status = copy.status(at(14.0, 6.0), local);
        assert_eq!(status.key, "saved");
        assert_eq!(status.label, "Saved to lincoln-plan.json at 14:05");
        assert!(!copy.is_dirty());
    }

    #[test]
    fn downloaded_and_opened_say_so() {
        let mut copy = FileCopy::default();
        copy.record("plan.json", FileAction::Downloaded, at(8.0, 3.0));
        assert_eq!(
            copy.status(at(9.0, 0.0), local).label,
            "Downloaded plan.json at 08:03"
        );
        copy.record("plan.json", FileAction::Opened, at(9.0, 30.0));
        assert_eq!(
            copy.status(at(9.0, 31.0), local).label,
            "Opened plan.json at 09:30"
        );
    }

    #[test]
    fn changes_after_a_save() {
        let mut copy = FileCopy::default();
        copy.record("lincoln-plan.json", FileAction::Saved, at(14.0, 5.0));
        copy.mark_dirty(at(14.0, 7.0));
        let status = copy.status(at(14.0, 30.0), local);
        assert_eq!(status.key, "unsaved");
        assert_eq!(status.label, "Changes not saved to a file since 14:07");
        assert_eq!(
            status.detail,
            "Saved to lincoln-plan.json at 14:05. Later changes are only in this browser."
        );
        // Undo back to the saved plan: clean again.
        copy.mark_clean();
        assert_eq!(copy.status(at(14.0, 31.0), local).key, "saved");
    }

    #[test]
    fn another_day_names_the_date() {
        let mut copy = FileCopy::default();
        copy.record("lincoln-plan.json", FileAction::Saved, at(14.0, 5.0));
        assert_eq!(
            copy.status(DAY + at(9.0, 0.0), local).label,
            "Saved to lincoln-plan.json on Nov 22 at 14:05"
        );
        copy.mark_dirty(at(16.0, 45.0));
        assert_eq!(
            copy.status(DAY + at(9.0, 0.0), local).label,
            "Changes not saved to a file since Nov 22, 16:45"
        );
    }

    #[test]
    fn another_year_names_the_year() {
        let then = LocalTime {
            year: 2025,
            month: 6,
            day: 3,
            hour: 7,
            minute: 5,
        };
        let now = LocalTime { year: 2026, ..then };
        assert_eq!(then.at(&now), "on Jun 3, 2025 at 07:05");
    }

    #[test]
    fn the_record_survives_json_and_bad_text_starts_fresh() {
        let mut copy = FileCopy::default();
        copy.record("a.json", FileAction::Saved, 1_700_000_000_000.0);
        copy.mark_dirty(1_700_000_060_000.0);
        assert_eq!(FileCopy::from_json(&copy.to_json()), copy);
        assert_eq!(FileCopy::from_json("{not json"), FileCopy::default());
    }

    #[test]
    fn the_reminder_waits_for_editing_this_session() {
        let mut copy = FileCopy::default();
        let delay = 10.0 * MINUTE;
        // Left dirty by an earlier session, nothing typed yet: no reminder.
        copy.mark_dirty(0.0);
        assert!(!reminder_due(&copy, None, at(9.0, 0.0), delay, 0.0));
        // Typing starts at 9:00: the reminder comes ten minutes later.
        let edited = Some(at(9.0, 0.0));
        assert!(!reminder_due(&copy, edited, at(9.0, 9.0), delay, 0.0));
        assert!(reminder_due(&copy, edited, at(9.0, 10.0), delay, 0.0));
        // Dismissed until 9:20.
        assert!(!reminder_due(
            &copy,
            edited,
            at(9.0, 15.0),
            delay,
            at(9.0, 20.0)
        ));
        assert!(reminder_due(
            &copy,
            edited,
            at(9.0, 20.0),
            delay,
            at(9.0, 20.0)
        ));
        // Saved: no reminder.
        copy.record("a.json", FileAction::Saved, at(9.0, 21.0));
        assert!(!reminder_due(&copy, edited, at(9.0, 40.0), delay, 0.0));
    }

    #[test]
    fn the_reminder_delay_comes_from_the_query() {
        assert_eq!(remind_delay_ms(""), REMIND_AFTER_MS);
        assert_eq!(remind_delay_ms("?remind=2"), 2000.0);
        assert_eq!(remind_delay_ms("?x=1&remind=30"), 30_000.0);
        assert_eq!(remind_delay_ms("?remind=soon"), REMIND_AFTER_MS);
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(format_bytes(-0.0), "0 bytes");
        assert_eq!(format_bytes(812.0), "812 bytes");
        assert_eq!(format_bytes(41_234.0), "41 KB");
        assert_eq!(format_bytes(1_234_567.0), "1.2 MB");
        assert_eq!(format_bytes(3_400_000_000.0), "3.4 GB");
    }

    #[test]
    fn persistence_is_worded_for_each_answer() {
        assert!(persistence_wording(Some(true)).starts_with("Granted"));
        assert!(persistence_wording(Some(false)).starts_with("Not granted"));
        assert!(persistence_wording(None).contains("does not say"));
    }
}
