//! Code that lives in a split wasm module (scripts/split-wasm): whether it has been
//! asked for, is loading, has arrived or failed, shared by every component that needs
//! it, so that the module is fetched once and "Try again" fetches it again.

use std::future::Future;

use leptos::prelude::*;

/// A split wasm module could not be downloaded or started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for CodeUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        CodeUnavailable
    }
}

/// Where a split module's code stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code<T> {
    NotRequested,
    Loading,
    Ready(T),
    /// The module could not be downloaded or started; asking again retries.
    Failed,
}

/// The shared state of one split module's code, `T` being what its split point returns
/// (functions that build views).
pub struct SplitCode<T: Send + Sync + 'static>(RwSignal<Code<T>>);

impl<T: Send + Sync + 'static> Clone for SplitCode<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for SplitCode<T> {}

impl<T: Copy + Send + Sync + 'static> SplitCode<T> {
    pub fn new() -> Self {
        SplitCode(RwSignal::new(Code::NotRequested))
    }

    /// Provides this module's state to the whole page; the app calls it once per
    /// module, at its root. The context is keyed by the type, so each module has its
    /// own.
    pub fn provide() {
        provide_context(Self::new());
    }

    /// The page's state of this module, or, for a component rendered without the app
    /// around it, a state of its own.
    pub fn shared() -> Self {
        use_context::<Self>().unwrap_or_default()
    }

    /// The current state, tracked.
    pub fn get(self) -> Code<T> {
        self.0.get()
    }

    /// Calls the split point `load`, unless it has been called before.
    pub fn request<F>(self, load: impl FnOnce() -> F + 'static)
    where
        F: Future<Output = Result<T, CodeUnavailable>> + 'static,
    {
        if matches!(self.0.get_untracked(), Code::NotRequested) {
            self.load(load);
        }
    }

    /// Calls the split point `load` again after it failed ("Try again").
    pub fn retry<F>(self, load: impl FnOnce() -> F + 'static)
    where
        F: Future<Output = Result<T, CodeUnavailable>> + 'static,
    {
        if matches!(self.0.get_untracked(), Code::NotRequested | Code::Failed) {
            self.load(load);
        }
    }

    fn load<F>(self, load: impl FnOnce() -> F + 'static)
    where
        F: Future<Output = Result<T, CodeUnavailable>> + 'static,
    {
        self.0.set(Code::Loading);
        let state = self.0;
        leptos::task::spawn_local(async move {
            let code = match load().await {
                Ok(code) => Code::Ready(code),
                Err(CodeUnavailable) => Code::Failed,
            };
            let _ = state.try_set(code);
        });
    }
}

impl<T: Copy + Send + Sync + 'static> Default for SplitCode<T> {
    fn default() -> Self {
        Self::new()
    }
}
