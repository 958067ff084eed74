//! How each [`Problem`] reads in the interface language: the words of
//! [`crate::logic::App::report`], the one place an error becomes a message. The `Display`
//! of these types stays English, for logs and tests.

use crate::l10n::{Language, errors, tr_args};
use crate::logic::exporting::ExportError;
use crate::logic::importing::ImportError;
use crate::logic::io::{IoError, SEED_FILE, SidecarProblem};
use crate::logic::problem::{Problem, SaveFailure};
use crate::logic::settings_file::SettingsError;
use crate::logic::tasks::TaskPanicked;

impl Problem {
    /// The notice that tells the user about this problem, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        let error = |detail: String| ("error", detail.into());
        match self {
            Problem::Io(e) => e.message(lang),
            Problem::Sidecar(e) => e.message(lang),
            Problem::Settings(e) => e.message(lang),
            Problem::Task(e) => e.message(lang),
            Problem::Edit { doc, source } => tr_args(
                lang,
                "notice-edit-failed",
                &[
                    ("name", doc.as_str().into()),
                    error(errors::edit_error(lang, source)),
                ],
            ),
            Problem::Save(failure) => {
                let detail = match failure {
                    SaveFailure::Write(e) => errors::save_error(lang, e),
                    SaveFailure::Task(e) => e.message(lang),
                };
                tr_args(lang, "notice-save-failed", &[error(detail)])
            }
            Problem::NoFileToSaveBeside { doc } => {
                tr_args(lang, "notice-no-file", &[("name", doc.as_str().into())])
            }
            Problem::Export(e) => tr_args(lang, "notice-export-failed", &[error(e.message(lang))]),
            Problem::Import(e) => tr_args(lang, "notice-import-failed", &[error(e.message(lang))]),
            Problem::MentionsOutsideText { doc, dropped } => {
                let mentions = tr_args(lang, "mention-count", &[("count", (*dropped).into())]);
                tr_args(
                    lang,
                    "notice-mentions-outside",
                    &[("name", doc.as_str().into()), ("mentions", mentions.into())],
                )
            }
            Problem::Font(detail) => tr_args(lang, "notice-font-kept", &[error(detail.clone())]),
        }
    }
}

impl IoError {
    /// This failure in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            IoError::SeedMissing { looked } => tr_args(
                lang,
                "notice-seed-missing",
                &[
                    ("file", SEED_FILE.into()),
                    ("places", looked.as_str().into()),
                ],
            ),
            IoError::Load(e) => errors::load_error(lang, e),
            // The shipped model is built into the binary; its errors are for developers.
            IoError::Extractor(e) => e.to_string(),
            IoError::NoFileDialog => crate::l10n::tr(lang, "notice-no-file-dialog"),
        }
    }
}

impl SidecarProblem {
    /// This failure in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            SidecarProblem::NotAFile { path } => tr_args(
                lang,
                "notice-sidecar-not-file",
                &[("path", path.display().to_string().into())],
            ),
            SidecarProblem::Unusable { path, source } => tr_args(
                lang,
                "notice-sidecar-unusable",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", errors::sidecar_error(lang, source).into()),
                ],
            ),
        }
    }
}

impl SettingsError {
    /// This failure in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            SettingsError::Damaged { path, source } => tr_args(
                lang,
                "notice-settings-damaged",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", source.to_string().into()),
                ],
            ),
            SettingsError::Read { path, source } => tr_args(
                lang,
                "notice-settings-unreadable",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", source.to_string().into()),
                ],
            ),
            // Writing failures are logged, never shown.
            SettingsError::Encode(_) | SettingsError::Write { .. } => self.to_string(),
        }
    }
}

impl TaskPanicked {
    /// This failure in `lang`.
    pub fn message(&self, lang: Language) -> String {
        tr_args(lang, "task-failed", &[("name", self.name.as_str().into())])
    }
}

impl ExportError {
    /// This failure in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ExportError::CreateFolder { path, source } => tr_args(
                lang,
                "notice-create-folder-failed",
                &[
                    ("path", path.display().to_string().into()),
                    ("error", source.to_string().into()),
                ],
            ),
            ExportError::Write(e) => errors::save_error(lang, e),
        }
    }
}

impl ImportError {
    /// This failure in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            // The brat reader's messages quote the file's own lines; they stay as written.
            ImportError::Brat { .. } => self.to_string(),
            ImportError::Sidecar(e) => errors::sidecar_error(lang, e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems() -> Vec<Problem> {
        vec![
            Problem::MentionsOutsideText {
                doc: "x.txt".to_owned(),
                dropped: 3,
            },
            Problem::NoFileToSaveBeside {
                doc: "x.txt".to_owned(),
            },
            Problem::Font("no such font".to_owned()),
            Problem::Io(IoError::NoFileDialog),
            Problem::Io(IoError::SeedMissing {
                looked: "/a, /b".to_owned(),
            }),
            Problem::Task(TaskPanicked {
                name: "Loading x.txt".to_owned(),
            }),
            Problem::Sidecar(SidecarProblem::Unusable {
                path: "/news/x.txt.sahifa.json".into(),
                source: sahifa_annotate::SidecarError::TooLarge {
                    path: "/news/x.txt.sahifa.json".into(),
                    size: 10_000_000_000,
                    limit: sahifa_annotate::sidecar::MAX_SIDECAR_BYTES,
                },
            }),
        ]
    }

    #[test]
    fn a_notice_in_english_reads_as_the_problem_displays() {
        for problem in problems() {
            assert_eq!(problem.message(Language::English), problem.to_string());
        }
    }

    #[test]
    fn a_notice_in_arabic_is_arabic_around_the_names() {
        let dropped = Problem::MentionsOutsideText {
            doc: "x.txt".to_owned(),
            dropped: 3,
        };
        assert_eq!(
            dropped.message(Language::Arabic),
            "x.txt: أُسقطت 3 إشارات خارج النص"
        );
        for problem in problems() {
            let arabic = problem.message(Language::Arabic);
            let letters = arabic
                .chars()
                .filter(|c| ('\u{0621}'..='\u{064A}').contains(c));
            assert!(letters.count() > 5, "{arabic:?} is not Arabic");
        }
    }
}
