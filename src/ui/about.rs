//! About: what the planner is, where its content comes from, and privacy.

use leptos::prelude::*;

#[component]
pub fn AboutSection() -> impl IntoView {
    view! {
        <section class="about" aria-labelledby="about-heading">
            <h2 id="about-heading">"About this planner"</h2>
            <p>
                "The STEM Leadership Planner helps district and school administrators, STEM coordinators and instructional coaches set up STEM teacher leadership: who is responsible for what across leadership roles, and which teacher-leader roles to create."
            </p>
            <h3>"Sources"</h3>
            <p>"The default content is taken word for word from these documents:"</p>
            <ul>
                <li>"“Leadership Roles and Responsibilities”, a tool for district and school administrators: the leadership matrix (roles, responsibility areas and every cell)."</li>
                <li>"“What are potential roles of a STEM teacher leader?”: the role dimensions, kinds of teacher roles and the illustrated example roles used as templates."</li>
                <li>"“Definitions for Key Terms”: the example responsibilities of a STEM teacher leader."</li>
                <li>"“What might administrators consider when implementing STEM teacher leadership?”: the development plan items."</li>
                <li>"“What are the benefits of having elementary STEM teacher leaders?”"</li>
            </ul>
            <p>
                "The last four are from “Building STEM Teacher Leadership: Reflections by the STEM teacher leader community on opportunities and gaps in STEM teacher leader development efforts”. Anything you add or change is your own content."
            </p>
            <h3>"Privacy"</h3>
            <p>
                "Your plan, including any names of staff or student leaders, stays in this browser. The planner has no server and sends nothing anywhere. Data leaves this device only in a file you export yourself."
            </p>
            <h3>"Keeping your work"</h3>
            <p>
                "The planner saves your work in this browser as you type, but some school devices, such as managed Chromebooks, erase browser data when you sign out. The file you save is the plan to keep and share: use “Save to file” (Ctrl+S) and choose your Google Drive folder, and later saves go to the same file, also after a reload or on another day (the browser may ask once to allow it). Data lists your recent files to open again. The status at the top says whether that file has your latest changes."
            </p>
        </section>
    }
}
