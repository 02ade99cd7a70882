"""Interface text for the data pages (for data analysts and editors)."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "nav.data": "Data",
        "data.page.title": "Data",
        "data.page.intro": (
            "The tables behind OptionBoard, their data dictionary and how old the sources are. "
            "Download the package, or change it when editing is on."
        ),
        "data.tab.tables": "Tables",
        "data.tab.dictionary": "Data dictionary",
        "data.tab.staleness": "Source age",
        "data.tab.download": "Download",
        "data.tab.edit": "Change data",
        "data.tab.history": "History",
        "data.status.valid": "The data is valid: {tables} tables, {rows} rows. Version {version}.",
        "data.status.text_warnings": (
            "Cells that are not plain text: {count}. Each starts like a spreadsheet formula or holds a markup tag. "
            "The app shows them as text, but the editor refuses new text like this, so rewrite them when you can."
        ),
        "data.status.invalid": (
            "The data files have problems (found: {count}) and there is no earlier good version, so the other pages "
            "show nothing. Version {version}. Fix the problems below."
        ),
        "data.status.invalid_stale": (
            "The data files have problems (found: {count}), so the other pages still show the last good version. "
            "Files now: version {version}. Fix the problems below."
        ),
        "data.tables.pick": "Table",
        "data.tables.unreadable": "{file} cannot be read; see the problems above.",
        "data.tables.search": "Search this table",
        "data.tables.search_hint": "Any text, for example an id",
        "data.tables.count": "Showing {shown} of {total} rows. The first column is the row number in the file.",
        "data.tables.download_csv": "Download {file} (exact copy, to upload back)",
        "data.dictionary.intro": (
            "Every column of every table, from the descriptor datapackage.json. Files are UTF-8 CSV, at most "
            "{max_bytes:,} bytes; a cell holds at most {max_chars:,} characters."
        ),
        "data.dictionary.download": "Download the data dictionary (Markdown)",
        "data.staleness.needs_valid": "Source ages can be shown once the data is valid.",
        "data.staleness.old_sources": "Sources older than {years} years",
        "data.staleness.old_facts": "Facts resting on sources older than {years} years",
        "data.staleness.old_column": "Older than {years} years",
        "data.staleness.age_column": "Age (years)",
        "data.staleness.sources_heading": "Sources, oldest first",
        "data.staleness.facts_heading": "Facts, oldest source first",
        "data.download.intro": (
            "The whole package as a zip: datapackage.json and one CSV per table, exactly as stored, with the "
            "version it comes from (in the file name and inside the zip), so uploading it back after editing "
            "merges your changes with any saved meanwhile. To open a table in a spreadsheet, use the Tables "
            "tab's download for spreadsheets: there, cells that a spreadsheet could run as a formula start "
            "with an apostrophe."
        ),
        "data.download.zip": "Download the package (zip)",
        "data.download.missing": "Left out of the zip because they cannot be read: {files}",
        "data.access.read_only": "Read-only. {reason}",
        "data.access.reason.not-configured": (
            "Editing is off on this server: no editor secret and no sign-in are set up. An administrator can give "
            "each editor a secret of their own under [editors] in .streamlit/secrets.toml (or in "
            "OPTIONBOARD_EDITORS), or set up sign-in."
        ),
        "data.access.reason.legacy-secret": (
            "Editing is off on this server: a single shared editor_secret is set, which does not say who saves. "
            "An administrator can give each editor a secret of their own under [editors] in "
            ".streamlit/secrets.toml (or in OPTIONBOARD_EDITORS), or set up sign-in."
        ),
        "data.access.reason.secret-needed": "Enter the editor secret you were given to change the data.",
        "data.access.reason.sign-in-needed": "Sign in to change the data.",
        "data.access.secret_label": "Editor secret",
        "data.access.unlock": "Turn on editing",
        "data.access.wrong_secret": "That is not the editor secret of any editor. Editing stays off.",
        "data.access.too_many_tries": (
            "Too many wrong tries. Editing stays off. Minutes until you can try again: {minutes}."
        ),
        "data.access.sign_in": "Sign in",
        "data.access.sign_out": "Sign out",
        "data.access.lock": "Turn off editing",
        "data.access.editing_on": "Editing is on ({who}). Nothing is saved until you confirm.",
        "data.edit.how": "How do you want to change the data?",
        "data.edit.method.upload": "Upload CSV or zip",
        "data.edit.method.edit": "Edit a table here",
        "data.edit.method.restore": "Restore an earlier version",
        "data.edit.tables": "Tables to edit (one change can cover several)",
        "data.edit.pick": "Pick one or more tables to edit.",
        "data.edit.hint": (
            "Change cells, add rows at the bottom, or select rows to delete them. Then check your edits."
        ),
        "data.edit.check": "Check my edits",
        "data.edit.check_again": "Your edits changed after the last check. Check them again.",
        "data.upload.label": "Replacement file: one table (for example options.csv) or a zip of the package",
        "data.upload.help": (
            "A CSV replaces the table with the same file name. A zip may hold any of the table files, and "
            "datapackage.json if it is unchanged."
        ),
        "data.restore.none": "There is no earlier version yet. Each saved change keeps the version before it.",
        "data.restore.pick": "Bring back the data as it was before this change",
        "data.restore.option": "{when} UTC · {who} · {reason} ({files})",
        "data.restore.check": "Check this restore",
        "data.review.problems": (
            "The package would have problems after this change (found: {count}), so it cannot be saved. "
            "Nothing was changed. Fix the file and try again."
        ),
        "data.review.no_changes": "This is the same as the current data: there is nothing to save.",
        "data.review.heading": "Review the change",
        "data.review.table": "**`{file}`**",
        "data.review.counts": "Rows added: {added}. Cells changed: {changed}. Rows removed: {removed}.",
        "data.review.added": "Rows added",
        "data.review.removed": "Rows removed",
        "data.review.discard": "Discard this change",
        "data.save.name": "Saved as",
        "data.save.reason": "Reason for this change",
        "data.save.confirm": "Save this change",
        "data.save.details_needed": "Type a reason, then save again. Nothing was saved.",
        "data.save.conflict": (
            "Not saved: {who} saved a change at {when} UTC, after you started. Nothing was overwritten. "
            "Discard this change and start again from the latest data."
        ),
        "data.save.someone": "someone else",
        "data.save.busy": "Another save is still running. Nothing was saved. Try again in a moment.",
        "data.save.done": "Saved {tables} (by {who}). The earlier version is kept as {version}.",
        "data.history.none": "No changes have been saved from this page yet.",
        "data.history.audit": "Records in the audit log: {count}. Current version {version}.",
        "data.history.audit_download": "Download the audit log (JSON lines)",
        # --- analyst data safety v2 (issue 15) ---
        "data.review.unknown_base": (
            "This change was made on version {version}, which is not a version of this data, so it cannot be "
            "merged safely. Nothing was changed. Download the current package and make the change again."
        ),
        "data.review.merged": (
            "This change was made on version {base}; the data has changed since (now version {version}). "
            "Your changes are merged with the changes saved since: the review below shows what saving will change."
        ),
        "data.review.conflicts": (
            "Not possible to save: your change and a change saved since touch the same cells (found: {count}). "
            "Nothing was changed. Each is listed below: the file, the row key, the column, their value, yours and "
            "the value when you started. Discard this change and make it again on the current data."
        ),
        "data.conflict.no_row": "(no row)",
        "data.review.unusable_file": (
            "This file cannot be used (found: {count}). Nothing was changed. The list below says why; fix the file "
            "or download it again, then upload it."
        ),
        "data.review.normalised": "{file} was adjusted to the package's file format before comparing: {what}. "
        "No cell changed because of this.",
        "data.review.normalised.bom": "byte-order mark removed",
        "data.review.normalised.line-ends": "line ends changed to the package's (Windows CRLF to LF)",
        "data.review.normalised.layout": "quotes and the last line end written the package's way",
        "data.review.no_base": (
            "This file does not say which version it was made from, so it is compared with the current version "
            "{version}: anything it changes back is shown below as a change. Downloads from this page carry "
            "their version."
        ),
        "data.save.storage": "Not saved: {reason}. Nothing was changed and nothing is recorded as saved.",
        "data.save.storage.disk-full": "the disk is full. Ask an administrator to free some space, then save again",
        "data.save.storage.read-only": "the data folder cannot be written (it is read-only or the app has no "
        "permission). Ask an administrator",
        "data.save.storage.io": "the data folder could not be written. Try again, or ask an administrator",
        "data.status.store_unreachable": "The data cannot be read just now: {reason}. The rest of the app keeps "
        "showing the last version it read. Try again in a moment.",
        "data.save.storage.database": (
            "the database could not be reached. Try again in a moment, or ask an administrator"
        ),
        "data.save.refused": "Not saved: {reason}. Nothing was changed.",
        "data.history.state.done": "saved",
        "data.history.state.pending": "under way or interrupted",
        "data.history.state.rolled-back": "interrupted, rolled back (nothing kept from it in the data)",
        "data.status.descriptor": (
            "The descriptor datapackage.json is missing or cannot be followed (problems: {count}), so the data "
            "cannot be checked or changed here. Fix the problems below."
        ),
        "data.edit.row": "row",
        "data.edit.row_help": "The row number in the file, as problem messages give it. New rows get theirs on saving.",
        "data.review.words": "Long text changed, word by word (cells: {count})",
        "data.review.words_cell": "**Row {row}, {column}:**",
        "data.undo.check": "Check undoing only this change",
        "data.undo.help": "Takes back this one change and keeps every change saved after it. Where a later change "
        "touched the same cells, nothing is saved and the cells are listed.",
        "data.undo.note": "Undo only this change: the review below shows what taking it back changes now; "
        "later changes stay.",
        "data.history.editors_only": "The history and the audit log are shown to editors only. Turn on editing "
        "(Change data tab) to see them.",
        "data.tables.download_spreadsheet": (
            "Download {file} for spreadsheets (formulas neutralised; not for uploading back)"
        ),
        # --- translations (issue 17): optionboard/translations.py, components/data_tables.py ---
        "data.translations.heading": "Translations",
        "data.translations.counts": (
            "{name}: {current} family texts translated and current, {stale} stale (their English changed; the "
            "app shows the English), {missing} not translated."
        ),
        "data.translations.stale_heading": "Stale translations",
        "data.translations.missing_heading": "Family texts not translated",
        "data.translations.col.table": "Table",
        "data.translations.col.key": "Row key",
        "data.translations.col.column": "Column",
        "data.translations.col.row": "Row in translations.csv",
        "data.translations.col.english": "English now",
        "data.translations.all_current": "Every translation is current.",
    },
}
