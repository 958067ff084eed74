### Sahifa's interface in English.
###
### Every message here has its twin in ../ar/sahifa.ftl with the same { $variables };
### the tests in src/l10n fail when one is missing. Counts choose their form with
### PLURAL($count) (CLDR categories): English uses [one] and *[other].
### Names, titles, paths and error details arrive as variables and are never translated.

## Menus

menu-file = File
menu-edit = Edit
menu-view = View
menu-help = Help
menu-open-recent = Open Recent
menu-no-recent-files = No recent files
menu-clear-recent-files = Clear recent files
menu-theme = Theme
menu-language = Language
menu-font = Font
menu-looking-for-fonts = Looking for fonts…
menu-line-spacing = Line spacing
menu-export-annotations = Export annotations
menu-mark-selection-as = Mark selection as
menu-mark-needs-selection = Select text in the article first
# An Undo / Redo entry naming the step it undoes: $step is one of the edit-… messages.
menu-undo-step = Undo { $step }
menu-redo-step = Redo { $step }

theme-system = System
theme-light = Light
theme-dark = Dark

## Commands: the label shown in menus, and the tooltip shown on hover

command-open = Open…
command-open-tooltip = Open article files (txt, html, md, docx)
command-close-document = Close document
command-close-document-tooltip = Close the document shown now; the others stay open
command-quit = Quit
command-quit-tooltip = Close Sahifa
command-find = Find in article…
command-find-tooltip = Search the article; matching ignores diacritics and letter variants
command-find-next = Find next
command-find-next-tooltip = Jump to the next match
command-find-previous = Find previous
command-find-previous-tooltip = Jump to the previous match
command-next-mention = Next mention
command-next-mention-tooltip = Jump to the next mention of the selected entity
command-previous-mention = Previous mention
command-previous-mention-tooltip = Jump to the previous mention of the selected entity
command-clear-selection = Clear selection
command-clear-selection-tooltip = Remove the highlights and close the find bar
command-zoom-in = Zoom in
command-zoom-in-tooltip = Larger article text
command-zoom-out = Zoom out
command-zoom-out-tooltip = Smaller article text
command-zoom-reset = Reset zoom
command-zoom-reset-tooltip = Article text at its default size
command-show-all = Colour all entities
command-show-all-tooltip = Colour every mention by its entity type, with a legend
command-sidebar = Entity sidebar
command-sidebar-tooltip = Show or hide the list of entities
command-mention-list = Mention list
command-mention-list-tooltip = List every mention of the selected entity in context
command-re-extract = Extract entities again
command-re-extract-tooltip = Find the entities of this article again
command-about = About Sahifa
command-about-tooltip = Version and keyboard shortcuts
command-undo = Undo
command-undo-tooltip = Undo the last change to the annotations
command-redo = Redo
command-redo-tooltip = Redo the change just undone
command-save = Save annotations
command-save-tooltip = Save the annotations beside the article (ARTICLE.sahifa.json); changes are also saved a few seconds after the last edit
# The label of «Mark as» is the entity type's name (label-…).
command-mark-as-tooltip = Mark the selected text as a mention of this type; the selection snaps to whole words
command-export-brat = brat standoff (.txt + .ann)…
command-export-brat-tooltip = Write NAME.txt and NAME.ann into a folder, for brat
command-export-conll = CoNLL BIO…
command-export-conll-tooltip = One token and its BIO tag per line
command-export-jsonl = JSON lines…
command-export-jsonl-tooltip = The text and its spans as one JSON line
command-export-w3c = W3C Web Annotation (JSON-LD)…
command-export-w3c-tooltip = W3C Web Annotation JSON-LD, one annotation per mention
command-import = Import annotations…
command-import-tooltip = Read annotations from a brat .ann or a Sahifa .sahifa.json file; merge them or replace the current ones (undoable)
command-unplaced-mentions = Unplaced mentions
command-unplaced-mentions-tooltip = Saved mentions whose text is no longer in the article: place them on a selection or drop them

## Entity types: one mention or choice (label-…), and the heading of a group (…-group)

label-person = PERSON
label-org = ORG
label-location = LOCATION
label-event = EVENT
label-date = DATE
label-title = TITLE
label-misc = MISC
label-person-group = PERSON
label-org-group = ORG
label-location-group = LOCATION
label-event-group = EVENT
label-date-group = DATE
label-title-group = TITLE
label-misc-group = MISC

## Counts

entity-count = { PLURAL($count) ->
    [one] 1 entity
   *[other] { $count } entities
}
mention-count = { PLURAL($count) ->
    [one] 1 mention
   *[other] { $count } mentions
}
match-count = { PLURAL($count) ->
    [one] 1 match
   *[other] { $count } matches
}
article-count = { PLURAL($count) ->
    [one] 1 article
   *[other] { $count } articles
}

## The window

window-title = Sahifa
window-title-document = { $name } — Sahifa
window-title-unsaved = • { $name } — Sahifa
empty-state = Open an article with File > Open, or drop a file here.
drop-overlay = Drop files to open them
tab-close = Close { $name }
tab-unsaved = Unsaved annotation changes (saved automatically in a few seconds, or Ctrl+S)
notice-dismiss = Dismiss
about-title = About Sahifa
about-version = Sahifa { $version } — a reader for Arabic news articles.

## Entity sidebar

sidebar-entities = Entities
sidebar-filter = Filter
# Arabic on purpose in every language: entity names are typed in Arabic.
sidebar-filter-hint = الاسم
sidebar-filter-tooltip = Matches names loosely: diacritics, tatweel and hamza forms are ignored
sidebar-sort = Sort
sidebar-sort-mentions = By mentions
sidebar-sort-first-appearance = By first appearance
sidebar-extracting = Extracting entities…
sidebar-no-entities = No entities found
sidebar-mentions-tooltip = mentions
sidebar-legend = Legend
# The name screen readers (and the UI tests) give an entity's row.
sidebar-row = { $name }, { $mentions }
sidebar-row-titled = { $name }, { $title }, { $mentions }

## Find bar

find-label = Find
find-hint = Find in article…
find-no-matches = No matches
find-next-hover = Find next (Enter)
find-previous-hover = Find previous (Shift+Enter)
find-close = Close

## Mention list

mentions-select-entity = Select an entity to list its mentions.
mentions-heading = Mentions — { $name } ({ $count })
mentions-previous = Previous
mentions-next = Next

## Status bar

status-encoding = Encoding: { $encoding }
status-format = Format: { $format }
status-words = Words: { $count }
status-characters = Characters: { $count }
status-entities-unavailable = Entities unavailable

format-text = Plain text
format-html = HTML
format-markdown = Markdown
format-docx = Word (.docx)

export-format-brat = brat standoff
export-format-conll = CoNLL BIO
export-format-jsonl = JSON lines
export-format-w3c = W3C Web Annotation (JSON-LD)

## Background tasks, as the status bar names them

task-looking-for-fonts = Looking for fonts
task-loading = Loading { $name }
task-choosing-files = Choosing files
task-choosing-file = Choosing a file
task-extracting = Extracting entities in { $name }
task-finding = Finding «{ $query }»
task-saving = Saving annotations of { $name }
task-exporting = Exporting { $name } as { $format }
task-importing = Importing annotations into { $name }
task-failed = { $name } stopped unexpectedly (internal error)

## Mentions: status, tooltip, context menus

mention-status-auto = Automatic (light fill): found by the extractor, not reviewed
mention-status-confirmed = Confirmed (fill + underline): reviewed by you
mention-status-manual = Manual (fill + outline): marked by you
mention-status-rejected = Rejected: hidden, and kept out of re-extraction
mention-right-click = Right-click to confirm, change the type, delete…
context-mark-selection-as = Mark selection as
context-place-unplaced = Place unplaced mention here
context-nothing-here = Select text to mark it, or right-click a coloured mention to correct it.
context-confirm = Confirm
context-change-type = Change type
context-attach = Attach to another entity…
context-attach-tooltip = Choose the entity this mention refers to from a searchable list
context-split = Split off into its own entity
context-split-tooltip = This mention refers to someone or something else: give it a new entity named after its text
context-delete-mention = Delete mention
context-delete-manual-tooltip = Remove this mention
context-delete-auto-tooltip = Remove this mention; it is remembered as rejected, so extracting again does not bring it back
context-entity = Entity:
context-confirm-all = Confirm all its mentions
context-change-entity-type = Change entity type
context-rename = Rename…
context-rename-tooltip = Change the canonical name
context-add-note = Add note…
context-edit-note = Edit note…
context-merge = Merge into another entity…
context-merge-tooltip = The two are the same: move every mention of this one to the entity you pick
context-delete-entity = Delete entity
context-delete-entity-tooltip = Remove the entity and its mentions; automatic ones are remembered as rejected

## Undo steps (lower case: they follow «Undo» / «Redo»)

edit-add-mention = add mention
edit-attach-mention = attach mention
edit-change-type = change type
edit-confirm = confirm
edit-reject-mention = reject mention
edit-delete = delete
edit-merge-entities = merge entities
edit-split-mention = split mention
edit-rename-entity = rename entity
edit-set-title = set title
edit-set-note = set note
edit-extract-again = extract entities again
edit-place-mention = place mention
edit-drop-unplaced = drop unplaced mention
edit-import-merge = import (merge)
edit-import-replace = import (replace)
edit-merge-other-save = merge another window's save

## Dialogs

dialog-ok = OK
dialog-cancel = Cancel
dialog-save = Save
dialog-discard = Discard
dialog-discard-tooltip = Close without saving; the changes are lost
dialog-unsaved-title = Unsaved annotation changes
dialog-unsaved-question = Save the changes before closing?
dialog-replace-title = Replace the saved annotations?
dialog-replace-explanation = Saving writes the annotations shown now over that file; the old file is kept as NAME.bak.
dialog-save-and-replace = Save and replace
dialog-import-title = Import annotations
# $entities and $mentions are entity-count and mention-count.
dialog-import-read = { $entities }, { $mentions } read.
dialog-import-undoable = Both choices can be undone with Ctrl+Z.
dialog-import-merge = Merge
dialog-import-merge-tooltip = Add the imported mentions that overlap none of the current ones
dialog-import-replace = Replace
dialog-import-replace-tooltip = Use the imported annotations instead of the current ones
dialog-attach-title = Attach the mention to…
dialog-merge-title = Merge into…
# Arabic on purpose in every language: entity names are typed in Arabic.
dialog-picker-hint = ابحث عن كيان
dialog-no-entity = No entity
dialog-no-entity-tooltip = Keep the mention without an entity (usual for titles)
dialog-no-entity-matches = No entity matches
dialog-rename-title = Rename entity
dialog-note-title = Note
dialog-note-empty = An empty note removes it.
dialog-path-export-brat = Export brat: folder for NAME.txt and NAME.ann
dialog-path-export = Export to file
dialog-path-import = Import annotations from (.ann or .sahifa.json)
dialog-path-open = Open article (txt, html, md, docx)
dialog-path-save-as = Save the annotations as (.sahifa.json)
dialog-path-no-dialog = No file dialog is available here; type or edit the path.
dialog-unplaced-title = Unplaced mentions ({ $count })
dialog-unplaced-explanation = These saved mentions no longer match the article's text. Select where one belongs and press «Place here», or drop it. Until then they are kept in the saved file.
dialog-place-here = Place here
dialog-place-needs-selection = Select the text in the article first
dialog-place-tooltip = Mark the article selection with this mention's type
dialog-drop = Drop
dialog-drop-tooltip = Forget this mention
dialog-unplaced-hidden = Hidden for now: File > Unplaced mentions shows it again.
dialog-read-only-title = The annotations file is read-only
dialog-read-only-folder = Its folder is read-only: { $path }. Nothing was written. Save the annotations to another file?
dialog-read-only-file = The file is read-only: { $path }. Nothing was written. Save the annotations to another file?
dialog-save-as = Save As…

## File dialogs (the system's own windows)

file-dialog-open = Open article
file-dialog-articles = Articles
file-dialog-all-files = All files
file-dialog-export-brat = Export brat: choose a folder for NAME.txt and NAME.ann
file-dialog-export = Export { $format }
file-dialog-save-as = Save annotations as
file-dialog-sahifa-annotations = Sahifa annotations
file-dialog-import = Import annotations
file-dialog-import-filter = brat or Sahifa annotations

## Notices and errors shown in the window ($error: the detail, from the part that failed)

notice-mentions-outside = { $name }: { $mentions } outside the text left out
notice-font-kept = { $error }; the article keeps its current font
notice-select-first = Select some text in the article first, then choose its type (keys 1–7)
notice-no-word = The selection holds no word to mark
notice-edit-failed = { $name }: { $error }
notice-no-file = { $name }: this document has no file, so its annotations cannot be saved beside it; use File > Export
notice-save-failed = The annotations could not be saved: { $error }
notice-kept-aside = The file that could not be read was kept as { $path }
notice-merged-other-save = Another window (or program) saved annotations of { $name } meanwhile; they were merged with yours in { $path } (Undo takes them out of this window)
notice-export-done = Exported { $name } as { $format }: { $files }
notice-export-failed = Export failed: { $error }
notice-import-failed = Import failed: { $error }
notice-import-other-version = The file was saved for another version of this article; its mentions were placed by their text
notice-seed-missing = The sample article { $file } was not found (looked in { $places }). Open an article with File > Open.
notice-sidecar-not-file = { $path } is a folder (or another kind of file), not saved annotations; entities are extracted afresh, and nothing is written there
notice-sidecar-unusable = The saved annotations { $path } could not be used: { $error }; entities are extracted afresh, and the file is left untouched until you save (File > Save annotations asks first)
notice-sidecar-unplaced = { PLURAL($count) ->
    [one] { $path }: 1 saved mention no longer fits the text; it is listed under File > Unplaced mentions, to place or drop
   *[other] { $path }: { $count } saved mentions no longer fit the text; they are listed under File > Unplaced mentions, to place or drop
}
notice-more-warnings = … and { $count } more
notice-no-file-dialog = No file dialog is available here (it needs the xdg-desktop-portal service or the zenity program). Drop files onto the window, or name them on the command line: sahifa FILE...
notice-create-folder-failed = could not create { $path }: { $error }
notice-settings-damaged = Settings file { $path } is damaged ({ $error }); using defaults
notice-settings-unreadable = Cannot read settings { $path }: { $error }

## Opening an article failed ($file: the file's name in quotes, or error-load-no-name)

error-load-file = "{ $path }"
error-load-no-name = the data
error-load-not-found = Cannot open { $file }: it does not exist.
error-load-permission = Cannot open { $file }: permission denied (you are not allowed to read it).
error-load-folder = Cannot open { $file }: it is a folder, not an article file.
error-load-io = Cannot read { $file }: { $detail }.
error-load-empty = Cannot open { $file }: the file is empty.
error-load-too-large = Cannot open { $file }: it is { $size }, more than the { $limit } Sahifa opens.
error-load-binary = Cannot open { $file }: it looks like { $what }, not an article (Sahifa reads text, HTML, Markdown and Word .docx files).
error-load-unsupported = Cannot open { $file }: it is { $what }; { $advice }.
error-load-decode = Cannot read { $file }: { $detail }.
error-load-content = Cannot open { $file }: { $detail }.
error-load-internal = Cannot open { $file }: Sahifa built an inconsistent document ({ $detail }); please report this as a bug.
advice-save-as-docx = open it in Word or LibreOffice and save it as .docx
advice-save-as-docx-or-text = open it in Word or LibreOffice and save it as .docx or plain text
file-kind-pdf = a PDF document
file-kind-png = a PNG image
file-kind-jpeg = a JPEG image
file-kind-gif = a GIF image
file-kind-riff = a media file (RIFF: WebP, WAV or AVI)
file-kind-gzip = a gzip-compressed file
file-kind-elf = a program (ELF executable)
file-kind-rar = a RAR archive
file-kind-7z = a 7-Zip archive
file-kind-zip = a ZIP archive (or an office format other than Word .docx)
file-kind-binary = binary data
file-kind-doc = an old Word (.doc) or other legacy Office document
file-kind-rtf = a Rich Text Format (.rtf) document
advice-save-to-a-file = save what it gives to a file and open that
file-kind-fifo = a named pipe (FIFO), not a file
file-kind-device = a device, not a file
file-kind-socket = a socket, not a file
# $format: HTML, Markdown or Word XML.
error-limit-depth = its { $format } is nested at least { $depth } levels deep, and Sahifa opens { $format } nested up to { $limit } levels (real articles nest fewer than 100); the file is damaged or made to crash programs — if it is a real article, save it as plain text and open that
error-limit-elements = the page builds more than { $limit } HTML elements, the most Sahifa opens; the file is damaged or made to stall programs — if it is a real page, save it as plain text and open that
error-limit-text = its text is larger than { $limit }, the most Sahifa opens; split it into smaller files
error-limit-lines = it has more than { $limit } lines or paragraphs, the most Sahifa opens; split it into smaller files

## Saved annotations that could not be used, or only in part

error-sidecar-io = could not read { $path }: { $detail }
error-sidecar-too-large = { $path } is { $size }, more than the { $limit } Sahifa reads; it was not read and was left untouched
error-sidecar-truncated = { $path } is truncated (it ends in the middle); it was left untouched
error-sidecar-corrupt = { $path } is damaged at line { $line }, column { $column }: { $detail }; it was left untouched
error-sidecar-not-sidecar = { $path } is not a Sahifa annotation file
error-sidecar-newer = { $path } was written by a newer Sahifa (schema version { $found }; this version reads up to { $supported }); please update Sahifa
error-sidecar-invalid = { $path } is not a valid annotation file: { $detail }
error-sidecar-other-article = { $path } belongs to a different article: only { $placed } of its { $total } mentions occur in this one
warning-text-changed = the article changed since the annotations were saved: { $unchanged } mentions unchanged, { $moved } moved, { $unplaced } could not be placed
warning-offsets = the article's text is as saved, but some saved mentions do not fit it ({ $misplaced }): { $placed } placed by their text, { $lost } could not be placed
warning-duplicates = { PLURAL($count) ->
    [one] a mention was saved twice (same text range and type); the repeat was dropped
   *[other] { $count } repeated mentions (same text range and type as one kept) were dropped
}
warning-unknown-entity = the mention at { $start } refers to entity { $entity }, which the file does not define; it was kept without entity

## Annotation edits and saves that failed

error-edit-no-mention = there is no mention number { $number }
error-edit-no-entity = there is no entity with id { $number }
error-edit-duplicate = this text is already marked with that type
error-edit-same-entity = an entity cannot be merged with itself
error-edit-blank-name = an entity's name cannot be empty
error-edit-stale = the annotations changed since this step was recorded; nothing was undone
error-edit-no-free-id = no new entity can be made: every entity number is in use
error-save-create = could not create a temporary file beside { $path }: { $detail }. The previous file was left as it was.
error-save-write = could not write { $path }: { $detail }. The previous file was left as it was.
error-save-sync = could not flush to disk { $path }: { $detail }. The previous file was left as it was.
error-save-backup = could not back up the previous version of { $path }: { $detail }. The previous file was left as it was.
error-save-replace = could not replace { $path }: { $detail }. The previous file was left as it was.
error-save-newer = { $path } was written by a newer version of Sahifa (schema { $found }); not overwriting it
error-save-exists = { $path } already exists and holds other text; not replacing it. Choose another folder.
error-save-invalid = annotations not saved: { $detail }
warning-not-placed = not placed, its text was not found: { $label } «{ $text }» (was at { $start }..{ $end })

## knowledge
## Learning from the reader: the personal store of taught names, the «Taught names» dialog,
## retraining the model. ($path, $backup: files; $error, $reason: the detail in English)
command-taught-names = Taught names…
command-taught-names-tooltip = See and forget the names Sahifa learnt from your saved annotations
command-retrain = Retrain with my annotations
command-retrain-tooltip = Train the extractor's model again with your saved annotations (takes minutes); the new model is kept only if it scores at least as well
command-cancel-retrain = Cancel retraining
command-cancel-retrain-tooltip = Stop the retraining; the model in use stays as it is
command-use-shipped-model = Use the shipped model
command-use-shipped-model-tooltip = Remove your retrained model and extract with the model Sahifa ships with
task-knowledge-opening = Opening your taught names
task-knowledge-saving = Saving your taught names
task-knowledge-model = Going back to the shipped model
task-retraining = Retraining with your annotations
mention-from-your-annotations = From your annotations
knowledge-recovered = Your taught names file { $path } was damaged ({ $reason }); it is kept as { $backup } and a new one was started.
knowledge-newer = { $path } was written by a newer version of Sahifa; it is left untouched and nothing you annotate is taught until you update Sahifa.
knowledge-failed = Your taught names could not be read or saved: { $error }. Your annotations themselves were saved.
knowledge-model-failed = Your retrained model in { $path } could not be loaded ({ $error }); the shipped model is used.
knowledge-forgot = { PLURAL($count) ->
    [one] «{ $name }» forgotten.
   *[other] «{ $name }» forgotten ({ $count } entries).
}
knowledge-reset = Every taught name and rejected string was forgotten; the old list is kept as { $backup }.
knowledge-reset-empty = Every taught name and rejected string was forgotten.
knowledge-shipped-model = Extraction uses the shipped model again.
retrain-no-corpus = Retraining needs the training corpus anercorp-train.conll, which was not found (looked in { $looked }).
retrain-nothing = There are no saved annotations to retrain with: confirm, add or delete some mentions and save first.
retrain-kept = Retraining done: the new model scores { $new }% (the one before { $old }%) and is used from now on.
retrain-not-kept = Retraining done, but the new model scores { $new }%, lower than the one in use ({ $old }%); nothing was changed.
retrain-cancelled = Retraining cancelled; nothing was changed.
retrain-failed = Retraining failed: { $error }
taught-title = Taught names
taught-no-store = No taught names file is in use, so nothing is learnt from your annotations.
taught-summary = { PLURAL($names) ->
    [one] 1 name taught
   *[other] { $names } names taught
}, { PLURAL($rejected) ->
    [one] 1 string rejected
   *[other] { $rejected } strings rejected
}
taught-filter-hint = Filter names
taught-none = Nothing here yet: confirm, add or delete mentions and save.
taught-count = { PLURAL($count) ->
    [one] 1 article
   *[other] { $count } articles
}
taught-rejected-heading = Not proposed again
taught-any-type = any type
taught-forget = Forget
taught-forget-tooltip = Forget this name: it is no longer found, or proposed again, because of your annotations
taught-forget-all = Forget everything
taught-forget-all-tooltip = Forget every taught name and rejected string (the old list is kept as a .bak file)
taught-forget-all-confirm = Forget every taught name and rejected string?
taught-forget-all-yes = Forget everything

## The library: many articles, one index of who appears where

command-library = Library
command-library-tooltip = Show or hide the library: every article you added, and who appears where
command-add-folder-to-library = Add folder to library…
command-add-folder-to-library-tooltip = Add every article in a folder and its subfolders to the library; the folder is watched for new articles
command-add-files-to-library = Add files to library…
command-add-files-to-library-tooltip = Add article files to the library
command-cancel-library-add = Stop adding to library
command-cancel-library-add-tooltip = Stop adding articles; what was added stays in the library
task-library-opening = Opening the library
task-library-query = Asking the library
task-library-adding = Adding to library
file-dialog-library-folder = Add a folder to the library
file-dialog-library-files = Add articles to the library
library-tab = Library
library-title = Library
library-summary = Articles: { $articles } · Entities: { $entities }
library-no-library = No library file is in use.
library-opening = Opening the library…
library-refused-kept = The file was kept as it is. Start a new library to go on; the old file is moved aside, not deleted.
library-start-fresh = Start a new library
library-start-fresh-tooltip = Move the old file aside (it is kept) and start an empty library
library-started-fresh = A new library was started; the old file is kept as { $path }.
library-newer = { $path } was written by a newer version of Sahifa (library format { $found }; this version reads up to { $supported }). It was not changed.
library-corrupt = { $path } is not a readable Sahifa library ({ $reason }). It was not changed.
library-busy = { $path } is busy: another Sahifa is adding articles to it. Try again when it has finished.
library-failed = The library could not be used: { $error }
library-none = No library file is in use, so nothing can be added.
library-not-ready = The library is not open yet.
library-added = Library: { $indexed } added, { $unchanged } unchanged, { $failed } not readable, { $missing } missing.
library-add-cancelled = Adding stopped: { $indexed } added, { $unchanged } unchanged, { $failed } not readable; what was added stays.
library-adding = Adding: { $done } / { $found }
library-cancel = Cancel
status-cancel-task = Cancel
library-failures-button = Problems: { $count }
library-failures-title = Files that could not be added, or were added with a problem
library-added-with-problem = Added, but: { $problem }
library-page-entities = Entities
library-page-articles = Articles
library-page-search = Search
library-all-types = All
library-filter = Filter:
library-filter-hint = Name or part of a name
library-filter-tooltip = Show only the entities whose name or another form of it contains this (harakat, alef forms, ة/ه and ى/ي are ignored)
library-no-entities = No entities here yet: add a folder of articles.
library-entity-counts = { $articles } · { $mentions }
library-entity-row = { $name } — { $counts }
library-together = together in { $articles }
library-neighbour-row = { $name }, { $shared }
library-graph-node = Node { $name }, { $shared }
library-pick-entity = Pick an entity to see the articles it appears in and who it appears with.
library-loading = Looking it up…
library-merge-with = Merge with…
library-merge-with-tooltip = Then click, in the list, the entity that is the same as this one: it is merged into this one (kept when re-indexing)
library-merge-cancel = Cancel merging
library-merge-pick = Click the entity to merge into «{ $name }».
library-split-off = Split off «{ $alias }»
library-split-off-tooltip = This form names someone (something) else: make it its own entity (kept when re-indexing)
library-appears-with = Appears with
library-appears-with-none = It appears with no other entity.
library-articles-of = In these articles ({ $count })
library-more-articles = Articles not listed: { $count }
library-open-article = Open { $title }
library-open-snippet = Open { $title } at mention { $n }
library-open-hit = Open { $title } at hit { $n }
library-missing = missing
library-article-failed = not readable
library-empty = The library is empty: add a folder of articles (File → Add folder to library…, or drop a folder onto the window).
library-search = Search:
library-search-hint = A word or a name, in every article
library-search-tooltip = Search every article of the library as the find bar does (harakat, alef forms, tatweel, ة/ه, ى/ي and leading و ف ب ك ل are ignored)
library-no-hits = Nothing found.
library-hits = Hits: { $count }
library-prompt-folder = Add a folder to the library
library-prompt-files = Add a file to the library
library-refused-notice = { $message } Open the library (View → Library) to start a new one.
library-read-only = Read-only: this library may not be written here, so it can be browsed and searched but not added to, merged or split. The file:
library-read-only-add = { $path } is read-only here, so nothing can be added to this library. It was not changed.
library-read-only-change = { $path } is read-only here, so entities cannot be merged or split. It was not changed.
