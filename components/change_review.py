"""Changing the data: upload, edit in place or restore → check the whole package → review → confirm → save.

Nothing is written until the editor confirms with their name and a reason. The proposed change (a few
small CSV files) lives in this session's state only; the data folder is changed by FolderStore alone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.data_tables import SHORT_FINGERPRINT, DataView
from components.plain_text import plain
from optionboard.datapackage.package_files import SHORT_VERSION, frame_to_csv_bytes, uses_crlf
from optionboard.datapackage.problems import Problem
from optionboard.editing.changes import (
    LONG_TEXT_CHARS,
    REMOVED,
    SAME,
    ChangeCheck,
    check_change,
    problems_frame,
    read_upload,
    word_changes,
)
from optionboard.editing.edit_cells import CHOICE, DATE, LOOKUP, CellInput, cell_inputs, editor_frame
from optionboard.editing.editor_access import Access
from optionboard.editing.merge import CellConflict, merge_package
from optionboard.editing.store_api import (
    ConflictError,
    HistoryEntry,
    InvalidChangeError,
    LockTimeoutError,
    MissingDetailsError,
    NothingToChangeError,
    StorageError,
    StoreError,
    UnknownBaseError,
    sha256_hex,
)
from optionboard.i18n import t

_PENDING = "data.pending"
_SAVED = "data.saved"
_ROUND = "data.round"
METHODS = ("upload", "edit", "restore")


@dataclass(frozen=True)
class PendingChange:
    """A checked change waiting for review. ``input_id`` tells whether the input it came from is still the same."""

    method: str
    input_id: str
    base_version: str  # the version the replacements are relative to (after any merge: the version on screen)
    check: ChangeCheck
    restored_from: str | None = None
    notes: tuple[str, ...] = ()  # what the review should say about where the change came from
    conflicts: tuple[CellConflict, ...] = ()
    unusable_file: bool = False  # the upload itself could not be read (damaged zip, wrong file…), before any check
    action: str = "save"  # as recorded in history: save, restore or undo


def _round() -> int:
    return st.session_state.get(_ROUND, 0)


def _finish_change() -> None:
    """Forget the proposed change and reset the inputs that made it."""
    st.session_state.pop(_PENDING, None)
    st.session_state[_ROUND] = _round() + 1


def editing_panel(view: DataView, access: Access) -> None:
    _last_save_notice()
    method = st.radio(
        t("data.edit.how"),
        METHODS,
        format_func=lambda m: t(f"data.edit.method.{m}"),
        horizontal=True,
        key="data.edit_method",
    )
    if method == "upload":
        _upload_input(view)
    elif method == "edit":
        _editor_input(view)
    else:
        _restore_input(view)
    pending = st.session_state.get(_PENDING)
    if pending is not None and pending.method == method:
        _review(view, pending, access)


def _last_save_notice() -> None:
    entry: HistoryEntry | None = st.session_state.get(_SAVED)
    if entry is not None:
        st.success(
            t(
                "data.save.done",
                tables=", ".join(c.file for c in entry.tables),
                who=plain(entry.editor),
                version=entry.version_id,
            ),
            icon=":material/task_alt:",
        )


def _propose(
    method: str,
    input_id: str,
    view: DataView,
    replacements: dict[str, bytes],
    problems=(),
    restored_from: str | None = None,
    base_version: str | None = None,
    notes: tuple[str, ...] = (),
    action: str = "save",
) -> None:
    """Check a proposed change. A change made on an older version is merged with what was saved since, here
    already, so the review shows exactly what the save will change (and any collision before the editor
    confirms); the save merges again if yet another change comes in between."""
    conflicts: tuple[CellConflict, ...] = ()
    problems = list(problems)
    unusable_file = bool(problems)  # refused as it came, before any check of the package
    if not problems and base_version and not view.fingerprint.startswith(base_version):
        base_contents = view.store.contents_at(base_version)
        if base_contents is None:
            unusable_file = True
            problems.append(
                Problem(method, "unknown-version", t("data.review.unknown_base", version=base_version[:SHORT_VERSION]))
            )
        else:
            merge = merge_package(view.package, base_contents, view.contents, replacements)
            conflicts, replacements = merge.conflicts, merge.replacements
            if action != "undo" and merge.ok:
                notes += (
                    t(
                        "data.review.merged",
                        base=base_version[:SHORT_VERSION],
                        version=view.fingerprint[:SHORT_VERSION],
                    ),
                )
    if problems or conflicts:
        check = ChangeCheck({}, problems)
    else:
        check = check_change(view.contents, replacements, view.package, str(view.store.data_dir))
    st.session_state[_PENDING] = PendingChange(
        method,
        input_id,
        view.fingerprint,
        check,
        restored_from,
        notes,
        conflicts,
        unusable_file=unusable_file,
        action=action,
    )
    st.session_state.pop(_SAVED, None)


def _upload_input(view: DataView) -> None:
    uploaded = st.file_uploader(
        t("data.upload.label"), type=["csv", "zip"], key=f"data.upload.{_round()}", help=t("data.upload.help")
    )
    pending = st.session_state.get(_PENDING)
    if uploaded is None:
        if pending is not None and pending.method == "upload":
            st.session_state.pop(_PENDING)
        return
    if pending is None or pending.method != "upload" or pending.input_id != uploaded.file_id:
        upload = read_upload(uploaded.name, uploaded.getvalue(), view.package, view.descriptor)
        notes = tuple(
            t("data.review.normalised", file=file, what="; ".join(t(f"data.review.normalised.{n}") for n in done))
            for file, done in sorted(upload.normalised.items())
        )
        if not upload.problems and upload.base_version is None:
            notes += (t("data.review.no_base", version=view.fingerprint[:SHORT_VERSION]),)
        _propose(
            "upload",
            uploaded.file_id,
            view,
            upload.replacements,
            upload.problems,
            base_version=upload.base_version,
            notes=notes,
        )


def _editor_input(view: DataView) -> None:
    """Edit one or more tables in place, each in its own tab (so every table's edits stay while another is shown),
    and check them together as one change: rows added across several tables are saved at once."""
    names = [n for n in view.package.table_names if n in view.frames]
    chosen = st.multiselect(
        t("data.edit.tables"),
        names,
        default=names[:1],
        key="data.edit_tables",
        format_func=lambda n: f"{view.package.table(n).title} ({view.package.table(n).path})",
    )
    if not chosen:
        st.info(t("data.edit.pick"))
        return
    st.caption(t("data.edit.hint"))
    contents, starts = {}, []
    for name, tab in zip(chosen, st.tabs([view.package.table(n).path for n in chosen])):
        with tab:
            contents[name], started = _table_editor(view, name)
            starts.append(started)
    edited = {name: content for name, content in contents.items() if content != view.contents.get(name)}
    input_id = ",".join(f"{name}:{sha256_hex(content)}" for name, content in sorted(edited.items()))
    pending = st.session_state.get(_PENDING)
    if pending is not None and pending.method == "edit" and pending.input_id != input_id:
        st.session_state.pop(_PENDING)
        st.info(t("data.edit.check_again"))
    if st.button(t("data.edit.check"), icon=":material/fact_check:"):
        # The oldest starting point: a table opened later already holds what was saved in between, which the
        # merge then sees as the same on both sides; a newer base would read an older table as a revert.
        base_version = min(starts)[1]
        _propose("edit", input_id, view, edited or {chosen[0]: contents[chosen[0]]}, base_version=base_version)


def _table_editor(view: DataView, name: str) -> tuple[bytes, tuple[float, str]]:
    """One table's editor; returns its content as CSV and (when editing it started, the version it started on).

    The editor keeps the version it started from: a save made meanwhile by someone else is merged with it, or
    refused where both changed the same cells. Rows keep their file row numbers, as problem messages cite them."""
    table = view.package.table(name)
    inputs = cell_inputs(table, view.package, view.frames)
    started_at, base_version, base_frame = st.session_state.setdefault(
        f"data.edit_base.{name}.{_round()}",
        (time.monotonic(), view.fingerprint, editor_frame(view.frames[name], inputs)),
    )
    edited = st.data_editor(
        base_frame,
        num_rows="dynamic",
        hide_index=False,
        width="stretch",
        key=f"data.editor.{name}.{_round()}",
        column_config=_column_config(table, inputs),
    )
    return frame_to_csv_bytes(edited, uses_crlf(view.contents.get(name))), (started_at, base_version)


def _column_config(table, inputs: dict[str, CellInput]) -> dict:
    config = {"_index": st.column_config.NumberColumn(t("data.edit.row"), help=t("data.edit.row_help"), disabled=True)}
    for spec in table.fields:
        found = inputs[spec.name]
        if found.kind == DATE:
            config[spec.name] = st.column_config.DateColumn(
                spec.name, help=spec.description, format="YYYY-MM-DD", required=found.required
            )
        elif found.kind in (CHOICE, LOOKUP):
            config[spec.name] = st.column_config.SelectboxColumn(
                spec.name, help=spec.description, options=list(found.options), required=found.required
            )
        else:
            config[spec.name] = st.column_config.TextColumn(spec.name, help=spec.description)
    return config


def _restore_input(view: DataView) -> None:
    entries = {e.version_id: e for e in view.store.history() if e.saved}
    if not entries:
        st.info(t("data.restore.none"))
        return
    version = st.selectbox(
        t("data.restore.pick"),
        list(entries),
        key="data.restore_version",
        format_func=lambda v: t(
            "data.restore.option",
            when=entries[v].when[:19].replace("T", " "),
            who=entries[v].editor,
            reason=entries[v].reason,
            files=", ".join(c.file for c in entries[v].tables),
        ),
    )
    restore_column, undo_column = st.columns(2)
    if restore_column.button(t("data.restore.check"), icon=":material/history:"):
        target = view.store.contents_before(version)
        replacements = {n: c for n, c in target.items() if isinstance(c, bytes) and c != view.contents.get(n)}
        _propose("restore", version, view, replacements, restored_from=version, action="restore")
    if undo_column.button(t("data.undo.check"), icon=":material/undo:", help=t("data.undo.help")):
        try:
            replacements, base = view.store.undo_files(version)
        except StoreError as err:
            st.error(t("data.save.refused", reason=plain(str(err))))
        else:
            _propose(
                "restore",
                f"undo:{version}",
                view,
                replacements,
                restored_from=version,
                base_version=base,
                notes=(t("data.undo.note"),),
                action="undo",
            )


def conflicts_table(conflicts: tuple[CellConflict, ...]) -> None:
    absent = t("data.conflict.no_row")
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "file": c.file,
                    "row key": c.key,
                    "column": c.column,
                    "theirs (saved since)": absent if c.theirs is None else c.theirs,
                    "yours": absent if c.yours is None else c.yours,
                    "base (when you started)": absent if c.base is None else c.base,
                }
                for c in conflicts
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def _review(view: DataView, pending: PendingChange, access: Access) -> None:
    check = pending.check
    for note in pending.notes:
        st.info(note, icon=":material/info:")
    if pending.conflicts:
        st.error(t("data.review.conflicts", count=len(pending.conflicts)), icon=":material/sync_problem:")
        conflicts_table(pending.conflicts)
        st.button(t("data.review.discard"), on_click=_finish_change, key="data.discard_conflicts")
        return
    if not check.ok:
        message = "data.review.unusable_file" if pending.unusable_file else "data.review.problems"
        st.error(t(message, count=len(check.problems)), icon=":material/error:")
        st.dataframe(
            problems_frame(check.problems),
            hide_index=True,
            width="stretch",
            column_config={"message": st.column_config.TextColumn(width="large")},
        )
        st.button(t("data.review.discard"), on_click=_finish_change, key="data.discard_problems")
        return
    if not check.has_changes:
        st.info(t("data.review.no_changes"))
        return
    st.header(t("data.review.heading"))
    for diff in check.diffs:
        st.markdown(t("data.review.table", file=plain(diff.file)))
        st.caption(t("data.review.counts", added=len(diff.added), changed=len(diff.changed), removed=len(diff.removed)))
        if diff.changed:
            st.dataframe(diff.changed_frame(), hide_index=True, width="stretch")
            _long_text_changes(diff)
        if not diff.added.empty:
            st.caption(t("data.review.added"))
            st.dataframe(diff.added, hide_index=True, width="stretch")
        if not diff.removed.empty:
            st.caption(t("data.review.removed"))
            st.dataframe(diff.removed, hide_index=True, width="stretch")
    _confirm_form(view, pending, access)


def _long_text_changes(diff) -> None:
    """Cells with long text, word by word (the table cuts them off): removed words struck through, added in bold."""
    long = [c for c in diff.changed if max(len(c.before), len(c.after)) > LONG_TEXT_CHARS]
    if not long:
        return
    with st.expander(t("data.review.words", count=len(long)), icon=":material/difference:"):
        for change in long:
            words = "".join(
                plain(text)
                if kind == SAME
                else f":red[~~{plain(text.strip())}~~]{' ' if text.endswith(' ') else ''}"
                if kind == REMOVED
                else f":green[**{plain(text.strip())}**]{' ' if text.endswith(' ') else ''}"
                for kind, text in word_changes(change.before, change.after)
            )
            st.markdown(f"{t('data.review.words_cell', row=change.row, column=plain(change.column))} {words}")


def _confirm_form(view: DataView, pending: PendingChange, access: Access) -> None:
    with st.form("data.confirm"):
        # Who saves is who signed in or whose editor secret opened editing: shown, never typed.
        st.text_input(t("data.save.name"), value=access.editor, disabled=True, key="data.editor_name")
        reason = st.text_area(t("data.save.reason"), key="data.change_reason", max_chars=1000)
        submitted = st.form_submit_button(t("data.save.confirm"), type="primary", icon=":material/save:")
    st.button(t("data.review.discard"), on_click=_finish_change, key="data.discard_change")
    if submitted:
        _save(view, pending, access.editor or "", reason)


def _save(view: DataView, pending: PendingChange, editor: str, reason: str) -> None:
    action = pending.action
    try:
        entry = view.store.save(
            pending.check.replacements,
            editor=editor,
            reason=reason,
            base_version=pending.base_version,
            action=action,
            restored_from=pending.restored_from,
        )
    except MissingDetailsError:
        st.error(t("data.save.details_needed"))
    except ConflictError as err:
        latest = err.latest
        st.error(
            t(
                "data.save.conflict",
                who=plain(latest.editor) if latest else t("data.save.someone"),
                when=latest.when[:19].replace("T", " ") if latest else "?",
            ),
            icon=":material/sync_problem:",
        )
        if err.conflicts:
            conflicts_table(err.conflicts)
    except InvalidChangeError as err:
        st.error(t("data.review.problems", count=len(err.report.problems)))
        st.dataframe(problems_frame(err.report.sorted_problems()), hide_index=True, width="stretch")
    except NothingToChangeError:
        st.info(t("data.review.no_changes"))
    except LockTimeoutError:
        st.error(t("data.save.busy"))
    except StorageError as err:
        st.error(t("data.save.storage", reason=t(f"data.save.storage.{err.reason}")), icon=":material/error:")
    except UnknownBaseError as err:
        st.error(t("data.review.unknown_base", version=err.version[:SHORT_VERSION]))
    except StoreError as err:
        st.error(t("data.save.refused", reason=plain(str(err))))
    else:
        _finish_change()
        st.session_state[_SAVED] = entry
        st.rerun()


def history_view(view: DataView) -> None:
    """Every change with its state: saved, or interrupted and rolled back (never shown as a save). For editors only."""
    entries = view.store.history()
    if not entries:
        st.info(t("data.history.none"))
    else:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "when": e.when[:19].replace("T", " "),
                        "who": e.editor,
                        "action": e.action,
                        "state": t(f"data.history.state.{e.state}"),
                        "reason": e.reason,
                        "files": ", ".join(c.file for c in e.tables),
                        "rows": ", ".join(f"{c.table}: {c.rows_before}→{c.rows_after}" for c in e.tables),
                        "change id": e.version_id,
                        "made on version": (e.base_version or e.fingerprint_before)[:SHORT_VERSION],
                        "merged": ", ".join(e.merged_tables),
                        "restored_from": e.restored_from or "",
                    }
                    for e in entries
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    records = view.store.audit_records()
    st.caption(t("data.history.audit", count=len(records), version=view.fingerprint[:SHORT_FINGERPRINT]))
    if records:
        st.download_button(
            t("data.history.audit_download"),
            view.store.audit_bytes(),
            file_name="audit.jsonl",
            mime="application/jsonl",
            icon=":material/download:",
        )
