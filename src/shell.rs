//! The shell: [`SahifaApp`], the `eframe::App` on top of the layers. Each frame it lets
//! the logic collect finished tasks, turns keys and dropped files into actions, lets the
//! ui draw from the state and push more actions, hands them to the logic, and carries out
//! the [`Effect`]s the logic asks of the window. It holds the ui-only caches.

use std::time::Duration;

use crate::logic::action::Action;
use crate::logic::effect::Effect;
use crate::logic::problem::Problem;
use crate::logic::tasks::Waker;
use crate::logic::{App, AppOptions};
use crate::ui;

/// The Sahifa application: the logic (which owns the state) and the ui's caches.
pub struct SahifaApp {
    /// The state and what changes it.
    app: App,
    /// Per-document widget caches of the article view (layout, glyphs); not state.
    article_cache: ui::article::Cache,
    /// The theme and font family last applied.
    style: ui::style::Applied,
}

impl std::ops::Deref for SahifaApp {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

impl std::ops::DerefMut for SahifaApp {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.app
    }
}

impl SahifaApp {
    /// Creates the app inside eframe and starts loading the files to open.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let bundled_only = options.bundled_fonts_only;
        let mut app = App::new(options);
        ui::fonts::install_fonts(&cc.egui_ctx);
        let text_system = if bundled_only {
            sahifa_text::TextSystem::bundled_only()
        } else {
            sahifa_text::TextSystem::new()
        };
        sahifa_text::TextSystem::install(&cc.egui_ctx, text_system);
        let ctx = cc.egui_ctx.clone();
        app.start(Some(Waker::new(move || ctx.request_repaint())));
        Self {
            app,
            article_cache: Default::default(),
            style: None,
        }
    }

    /// One frame: collect, draw, run what the ui asked for, carry out the effects.
    fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.app.begin_frame();
        if ctx.input(|i| i.viewport().close_requested()) {
            self.app.run(Action::WindowCloseRequested);
        }
        if let Err(message) = ui::style::apply(&ctx, self.app.settings(), &mut self.style) {
            self.app.report(Problem::Font(message));
        }
        let mut actions = ui::shortcuts::actions_from_input(&ctx);
        let activity = self.app.activity();
        ui::show(
            ui,
            self.app.state(),
            &activity,
            &mut self.article_cache,
            &mut actions,
        );
        self.app.end_frame(actions);
        let state = self.app.state();
        self.article_cache
            .retain_open(|id| state.doc_index(id).is_some());
        for effect in self.app.take_effects() {
            match effect {
                Effect::CloseWindow => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                Effect::CancelClose => ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose),
                Effect::SetTitle(title) => {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
                }
                Effect::RepaintAfter(wait) => ctx.request_repaint_after(wait),
            }
        }
        if self.app.is_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

impl eframe::App for SahifaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    /// Writes the settings once more, so a change made just before quitting is kept even
    /// if its background write had not run yet.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.app.save_settings_before_exit();
    }
}
