//! The look the settings ask for: theme and article font family, applied to egui and the
//! text layer when they change.

use crate::state::settings::{Settings, ThemeChoice};

/// What was applied last: (theme, font family).
pub type Applied = Option<(ThemeChoice, String)>;

/// Applies the theme and the article font family when they differ from `applied`. The
/// error says why the font family could not be used (the article keeps its font).
pub fn apply(
    ctx: &egui::Context,
    settings: &Settings,
    applied: &mut Applied,
) -> Result<(), String> {
    let wanted = (settings.theme, settings.font_family.clone());
    if applied.as_ref() == Some(&wanted) {
        return Ok(());
    }
    *applied = Some(wanted);
    ctx.set_theme(match settings.theme {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
    // Ctrl +/-/0 zoom the article (the settings' font size), not the whole interface.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    let shared = sahifa_text::TextSystem::shared(ctx);
    let result = sahifa_text::TextSystem::lock(&shared).set_family(&settings.font_family);
    result.map_err(|e| e.to_string())
}
