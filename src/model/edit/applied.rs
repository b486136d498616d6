//! What an applied edit did. A leaf, like `error.rs`, so every domain's edits can use it.

/// What an applied edit did: the name of its undo step, and what to tell the
/// user beyond what the page already shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Names the undo step, in the words of the Undo button: "edit the plan title".
    pub label: String,
    /// A message for the live region ("Statement added."), if any.
    pub notice: Option<String>,
    /// For a change that is easy to regret (a delete, a restore): the message
    /// shown with its own Undo button ("Deleted role Finance Officer.").
    pub regrettable: Option<String>,
}

impl Applied {
    /// An edit whose result the page shows by itself.
    pub fn labelled(label: impl Into<String>) -> Self {
        Applied {
            label: label.into(),
            notice: None,
            regrettable: None,
        }
    }

    /// Also says `notice` in the live region.
    pub fn with_notice(mut self, notice: impl Into<String>) -> Self {
        self.notice = Some(notice.into());
        self
    }

    /// Also offers Undo next to `message`.
    pub fn regrettable(mut self, message: impl Into<String>) -> Self {
        self.regrettable = Some(message.into());
        self
    }
}
