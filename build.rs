//! Split builds: when `PLANNER_SPLIT=1` (set by `scripts/build.sh` and `scripts/serve.sh`) and
//! the target is wasm32, the app is compiled with `cfg(split)`, which turns each `on_demand!`
//! view (src/ui/on_demand.rs) into a split point, and the binary is linked with its
//! relocations kept (`--emit-relocs`), which `wasm-split-cli` needs to move code into chunks.
//! Everything else (native tests, wasm-bindgen-test, clippy) builds one ordinary wasm, so the
//! split points there are plain async functions and no chunk loader is involved.
fn main() {
    println!("cargo::rerun-if-env-changed=PLANNER_SPLIT");
    println!("cargo::rustc-check-cfg=cfg(split)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let split = std::env::var("PLANNER_SPLIT").is_ok_and(|v| v == "1");
    if wasm && split {
        println!("cargo::rustc-cfg=split");
        // Bins only: the dependencies' rlibs are not relinked, so they stay cached.
        println!("cargo::rustc-link-arg-bins=--emit-relocs");
    }
}
