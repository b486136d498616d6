fn main() {
    #[cfg(target_arch = "wasm32")]
    stem_leadership_planner::ui::start();
}
