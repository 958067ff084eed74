//! The Font menu's list of installed Arabic families: looked up on a worker thread the
//! first time the menu opens, since that opens every installed font.

use crate::logic::App;
use crate::logic::tasks::Task;

impl App {
    /// Starts looking up the installed Arabic fonts, once.
    pub(crate) fn list_fonts(&mut self) {
        if self.state.font_families.is_some() || self.tasks.fonts.is_some() {
            return;
        }
        let sources = if self.system_fonts {
            sahifa_text::FontSources::BundledAndSystem
        } else {
            sahifa_text::FontSources::BundledOnly
        };
        let name = crate::l10n::tr(self.state.settings.language, "task-looking-for-fonts");
        let task = Task::spawn(name, self.waker.as_ref(), move |_| {
            sahifa_text::fonts::arabic_families_of(sources)
        });
        self.tasks.fonts = Some(task);
    }

    /// Takes the font list once its lookup has finished.
    pub(crate) fn poll_fonts(&mut self) {
        if let Some(result) = self.tasks.fonts.as_ref().and_then(Task::poll) {
            self.tasks.fonts = None;
            self.state.font_families = Some(result.unwrap_or_default());
        }
    }
}
