//! Where the user is, as a typed signal: `Navigation` holds the `Place` and
//! keeps the address bar in step, so a link, Back, Forward or a reload show
//! the same place. Sections take it from context (`use_navigation`); the
//! shell provides it and follows the address bar (`follow_address_bar`).

use leptos::prelude::*;

use super::services::Address;
use super::state::Notices;
use crate::places::{Place, Section};

#[derive(Clone, Copy)]
pub struct Navigation {
    place: RwSignal<Place>,
    address: Address,
    notices: Notices,
}

impl Navigation {
    /// Starts at the place the address names.
    pub fn new(address: Address, notices: Notices) -> Self {
        Navigation {
            place: RwSignal::new(Place::from_hash(&(address.read)())),
            address,
            notices,
        }
    }

    /// Follows the address bar: a link, Back or Forward changes the hash,
    /// and the page shows that place.
    pub fn follow_address_bar(self) {
        // The listener lasts as long as the page; its handle only removes it.
        let _listener = window_event_listener(leptos::ev::hashchange, move |_| {
            self.show(Place::from_hash(&(self.address.read)()));
        });
    }

    /// The place shown (tracked).
    pub fn place(&self) -> Place {
        self.place.get()
    }

    /// Reads the place shown without cloning it (tracked).
    pub fn with<T>(&self, read: impl FnOnce(&Place) -> T) -> T {
        self.place.with(read)
    }

    /// The section shown (tracked).
    pub fn section(&self) -> Section {
        self.place.with(Place::section)
    }

    /// Goes to `place` with a history entry, so Back returns here.
    pub fn go(&self, place: Place) {
        let written = (self.address.push)(&place.to_hash());
        self.after_writing(written);
        self.show(place);
    }

    /// Shows `place` in place of this one, with no history entry: a view or
    /// item chosen inside a section, kept in the URL so reload and shared
    /// links return to it.
    pub fn replace(&self, place: Place) {
        let written = (self.address.replace)(&place.to_hash());
        self.after_writing(written);
        self.show(place);
    }

    /// The place is shown either way; a URL the browser refused to write
    /// only matters for a reload or a shared link, so it is said, not fatal.
    fn after_writing(&self, written: Result<(), String>) {
        if let Err(error) = written {
            self.notices.say(format!(
                "The address bar could not be updated ({error}): a reload may show another place."
            ));
        }
    }

    /// `go` shows the place at once and the `hashchange` that follows names
    /// the same one: what reads the place goes through memos, which let the
    /// repeat through without drawing anything again.
    fn show(&self, place: Place) {
        self.place.set(place);
    }
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}
