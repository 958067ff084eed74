//! The interface's own fonts: the bundled Arabic font added to egui's, so Arabic menu
//! items and text boxes have glyphs.

/// The bundled Arabic font, added to egui's fonts so Arabic interface strings (menus in
/// Arabic, text boxes) have glyphs.
const NASKH: &[u8] = include_bytes!("../../assets/fonts/NotoNaskhArabic-Regular.ttf");

/// Adds the bundled Arabic font as a fallback of egui's proportional and monospace fonts.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "NotoNaskhArabic".to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(NASKH)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("NotoNaskhArabic".to_owned());
    }
    ctx.set_fonts(fonts);
}
