//! Views that arrive on demand. In the release build (`cfg(split)`, see build.rs) each
//! `on_demand!` view is a split point: wasm-split moves its code, and whatever only it uses,
//! into a chunk of its own that the page fetches the first time the view is shown. Elsewhere
//! (tests, clippy) the same view is an ordinary function, so every section mounts alone.
//!
//! A chunk that cannot be fetched (offline before the service worker cached it, or a server
//! that dropped an old build) never reaches a panic: the split points are `fallible`, and
//! `OnDemand` shows what failed with "Try again". A failed load is not remembered (neither by
//! the generated loader nor by `wasm_split_helpers`), so trying again fetches afresh.

use std::future::Future;
use std::pin::Pin;

use futures::FutureExt;

use leptos::prelude::*;
use leptos::task::spawn_local;

pub use leptos::wasm_split::SplitLoaderError;

/// A chunk could not be fetched. (The loader says why on the console only; the browser's
/// `navigator.onLine` tells the likely reason, see `OnDemand`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkUnavailable;

impl From<SplitLoaderError> for ChunkUnavailable {
    fn from(_: SplitLoaderError) -> Self {
        ChunkUnavailable
    }
}

/// Loads a view's chunk (resolves at once where nothing is split, or once loaded).
pub type Preload = fn() -> LoadingCode;

/// A chunk being loaded.
pub type LoadingCode = Pin<Box<dyn Future<Output = Result<(), ChunkUnavailable>>>>;

/// A view that lives in a chunk of its own: how to fetch it, and how to draw it once fetched.
#[derive(Clone, Copy)]
pub struct OnDemandView {
    pub preload: Preload,
    /// Draws the view; `None` while its chunk is not loaded.
    pub draw: fn() -> Option<AnyView>,
}

/// Declares `pub const NAME: OnDemandView` for a view whose code goes to chunk `$chunk`.
/// The body builds the view; it runs only after the chunk is there.
macro_rules! on_demand {
    ($(#[$doc:meta])* $vis:vis const $name:ident in $chunk:ident = $body:expr) => {
        $(#[$doc])*
        $vis const $name: $crate::ui::on_demand::OnDemandView = {
            #[cfg(split)]
            #[::leptos::wasm_split::wasm_split(
                $chunk,
                wasm_split_path = ::leptos::wasm_split,
                preload(preload),
                fallible
            )]
            fn draw() -> Result<::leptos::prelude::AnyView, $crate::ui::on_demand::SplitLoaderError> {
                Ok(::leptos::prelude::IntoAny::into_any($body))
            }
            #[cfg(not(split))]
            async fn draw() -> Result<::leptos::prelude::AnyView, $crate::ui::on_demand::SplitLoaderError> {
                Ok(::leptos::prelude::IntoAny::into_any($body))
            }
            #[cfg(not(split))]
            async fn preload() -> Result<(), $crate::ui::on_demand::SplitLoaderError> {
                Ok(())
            }
            $crate::ui::on_demand::OnDemandView {
                preload: || Box::pin(async { Ok(preload().await?) }),
                // Async, but complete on its first poll once the chunk is loaded: drawn in
                // the same task.
                draw: || ::futures::FutureExt::now_or_never(draw()).and_then(Result::ok),
            }
        };
    };
}
pub(crate) use on_demand;

/// The plain frame of a view inside a section while its code arrives.
pub fn loading_frame() -> impl IntoView {
    view! { <p class="section-frame-status" role="status">"Loading…"</p> }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Loading {
    Waiting,
    Ready,
    Failed { offline: bool },
}

/// Shows `frame` while `view`'s chunk (and its stylesheet, the id of a `<link disabled>` in
/// index.html, if it has one) is fetched, then the view; when a fetch fails, what failed and
/// "Try again". `what` names it in the message ("the District section").
#[component]
pub fn OnDemand(
    view: OnDemandView,
    what: &'static str,
    #[prop(into)] frame: ViewFn,
    #[prop(default = None)] style: Option<&'static str>,
) -> impl IntoView {
    let loading = RwSignal::new(Loading::Waiting);
    let fetch = move |code: LoadingCode| {
        loading.set(Loading::Waiting);
        spawn_local(async move {
            // Side by side: the code and the style arrive together.
            let styled = async {
                match style {
                    Some(id) => crate::web::apply_stylesheet(id).await,
                    None => Ok(()),
                }
            };
            let (code, styled) = futures::future::join(code, styled).await;
            if let Err(problem) = &styled {
                leptos::logging::warn!("{what}: {problem}");
            }
            let result = code.map_err(drop).and(styled.map_err(drop));
            // `try_set`: the user may have moved on, and the view with its signal be gone.
            loading.try_set(match result {
                Ok(()) => Loading::Ready,
                Err(()) => Loading::Failed {
                    offline: crate::web::is_offline(),
                },
            });
        });
    };
    // Drawn in the same task when the chunk is already there: no frame flashes by. A load
    // still in flight after its first poll is the one awaited, never started twice.
    let mut code = (view.preload)();
    match code.as_mut().now_or_never() {
        Some(Ok(())) if style.is_none_or(crate::web::stylesheet_applied) => {
            loading.set(Loading::Ready)
        }
        Some(_) => fetch((view.preload)()),
        None => fetch(code),
    }
    let retry = move || fetch((view.preload)());
    move || match loading.get() {
        Loading::Waiting => frame.run(),
        Loading::Ready => (view.draw)().unwrap_or_else(|| frame.run()),
        Loading::Failed { offline } => chunk_failed(what, offline, retry).into_any(),
    }
}

fn chunk_failed(what: &'static str, offline: bool, retry: impl Fn() + 'static) -> impl IntoView {
    let why = if offline {
        "This device is offline, and this part of the planner was not stored for offline use yet. Connect to the internet and try again."
    } else {
        "The server did not send it. If a new version of the planner was just published, reloading the page fetches it; otherwise try again in a moment."
    };
    view! {
        // The shell's banner look (main.css): a part that did not come is a warning.
        <div class="banner banner-warn" role="alert">
            <p>
                <strong>{format!("Could not load {what}. ")}</strong>
                {why}
            </p>
            <p>"Your plan is safe: it is kept in this browser, and the other sections keep working."</p>
            <div class="banner-actions">
                <button type="button" class="primary" on:click=move |_| retry()>
                    "Try again"
                </button>
            </div>
        </div>
    }
}
