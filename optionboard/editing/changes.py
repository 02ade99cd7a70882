"""A proposed change to the data, before anything is saved: from an upload or an in-place edit.

``read_upload`` turns an uploaded CSV (the table is named by its file name) or zip (read in memory with
limits on members, unpacked size and compression ratio; absolute paths, ``..``, symlinks, unknown files and
damaged or unsupported entries are refused) into replacement files by table name, each normalised to the
package's declared format (``package_files.normalise_upload``), plus the version the upload was made from
when it says so (a zip's manifest, or ``.version-…`` in the file name of the app's downloads).

``check_change`` validates the whole package as it would be after the change, without touching disk,
and either lists every problem (file, row, column, rule) or describes the difference cell by cell,
keyed by primary key.

A change may not *add* formula-like text (rule ``formula-like``) nor markup (rule ``markup``); see
``optionboard.datapackage.text_safety``. Cells that were already in the data are not re-judged, so an old cell
never blocks an unrelated edit.
"""

from __future__ import annotations

import difflib
import io
import json
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pandas as pd

from ..datapackage.descriptor import DESCRIPTOR_NAME, PackageSpec, TableSpec
from ..datapackage.loading import Contents, validate_contents
from ..datapackage.package_files import MANIFEST_NAME, normalise_upload, text_frame, version_in_file_name
from ..datapackage.problems import Problem, problem_order
from ..datapackage.text_safety import unsafe_text_problems

_BROWSER_COPY_SUFFIX = re.compile(r"^(?P<stem>.+?) ?\(\d+\)$")
_IGNORED_ZIP_PARTS = ("__MACOSX",)
_IGNORED_ZIP_NAMES = (".DS_Store",)


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 64
    max_unpacked_bytes: int = 100_000_000
    max_ratio: float = 100.0


def table_for_file_name(name: str, package: PackageSpec) -> TableSpec | None:
    """The table a CSV file name stands for: ``options.csv``, also ``Options.csv`` or ``options (2).csv``."""
    path = PurePosixPath(name.replace("\\", "/"))
    stem = path.stem.strip()
    copy = _BROWSER_COPY_SUFFIX.match(stem)
    if copy:
        stem = copy.group("stem")
    wanted = f"{stem}{path.suffix}".lower()
    return next((t for t in package.tables if t.path.lower() == wanted), None)


@dataclass(frozen=True)
class Upload:
    """What an uploaded file proposes: replacement files by table name (normalised), or the problems that stop it."""

    replacements: dict[str, bytes]
    problems: list[Problem]
    base_version: str | None = None  # the version it was made from, when the upload says so
    normalised: dict[str, tuple[str, ...]] = field(default_factory=dict)  # file -> what normalising changed


def read_upload(
    name: str, data: bytes, package: PackageSpec, descriptor: bytes, limits: ZipLimits = ZipLimits()
) -> Upload:
    replacements, problems = _replacements_from_upload(name, data, package, descriptor, limits)
    if problems:
        return Upload({}, problems)
    base = _manifest_version(data) if name.lower().endswith(".zip") else None
    base = base or version_in_file_name(name)[1]
    normalised, notes = {}, {}
    for table_name, content in replacements.items():
        table = package.table(table_name)
        normalised[table_name], changed = normalise_upload(content, table)
        if changed:
            notes[table.path] = changed
    return Upload(normalised, [], base, notes)


def replacements_from_upload(
    name: str, data: bytes, package: PackageSpec, descriptor: bytes, limits: ZipLimits = ZipLimits()
) -> tuple[dict[str, bytes], list[Problem]]:
    """Replacement files by table name from one uploaded file (normalised), or the problems that stop it."""
    upload = read_upload(name, data, package, descriptor, limits)
    return upload.replacements, upload.problems


def _manifest_version(data: bytes) -> str | None:
    """The version named by the zip's manifest (written by ``package_files.package_zip_bytes``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if n.rsplit("/", 1)[-1] == MANIFEST_NAME]
            if len(names) != 1 or archive.getinfo(names[0]).file_size > 1_000_000:
                return None
            version = json.loads(archive.read(names[0])).get("version")
    except (
        zipfile.BadZipFile,
        ValueError,
        KeyError,
        OSError,
        EOFError,
        zlib.error,
        NotImplementedError,
        AttributeError,
    ):
        return None
    return version if isinstance(version, str) and re.fullmatch(r"[0-9a-f]{64}", version) else None


def _replacements_from_upload(
    name: str, data: bytes, package: PackageSpec, descriptor: bytes, limits: ZipLimits
) -> tuple[dict[str, bytes], list[Problem]]:
    name_without_version = version_in_file_name(name)[0]
    lowered = name_without_version.lower()
    if lowered.endswith(".zip"):
        if len(data) > limits.max_unpacked_bytes:
            return {}, [
                _upload_problem(
                    name,
                    "file-size",
                    f"the zip is {len(data):,} bytes; the limit is {limits.max_unpacked_bytes:,} bytes",
                )
            ]
        return _replacements_from_zip(name, data, package, descriptor, limits)
    if not lowered.endswith(".csv"):
        return {}, [
            _upload_problem(name, "file-type", "upload one table as a .csv file, or the whole package as a .zip file")
        ]
    table = table_for_file_name(name_without_version, package)
    if table is None:
        return {}, [_unknown_file(name, package)]
    if len(data) > package.max_file_bytes:
        return {}, [
            _upload_problem(
                name, "file-size", f"file is {len(data):,} bytes; the limit is {package.max_file_bytes:,} bytes"
            )
        ]
    return {table.name: data}, []


def _upload_problem(name: str, rule: str, message: str) -> Problem:
    return Problem(name, rule, message)


def _unknown_file(name: str, package: PackageSpec) -> Problem:
    return _upload_problem(
        name,
        "unknown-file",
        "this file name is not a table of the package; "
        "the file names are: " + ", ".join(t.path for t in package.tables),
    )


def _unsafe_member_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or re.match(r"^[A-Za-z]:", name):
        return True
    return any(part in ("..", "") for part in name.rstrip("/").split("/"))


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _replacements_from_zip(
    name: str, data: bytes, package: PackageSpec, descriptor: bytes, limits: ZipLimits
) -> tuple[dict[str, bytes], list[Problem]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError) as err:
        return {}, [_upload_problem(name, "zip", f"this is not a readable zip file ({err})")]
    with archive:
        if len(members) > limits.max_members:
            return {}, [
                _upload_problem(
                    name, "zip-members", f"the zip has {len(members)} entries; at most {limits.max_members} are allowed"
                )
            ]
        problems = [
            _upload_problem(
                name,
                "zip-path",
                f"entry {m.filename!r} points outside the package (absolute path or '..'); zip the files themselves",
            )
            for m in members
            if _unsafe_member_name(m.filename)
        ]
        problems += [
            _upload_problem(name, "zip-symlink", f"entry {m.filename!r} is a symbolic link; links are not allowed")
            for m in members
            if _is_symlink(m)
        ]
        problems += [
            _upload_problem(name, "zip-encrypted", f"entry {m.filename!r} is encrypted; zip it without a password")
            for m in members
            if m.flag_bits & 0x1
        ]
        if problems:
            return {}, problems
        files = [m for m in members if not m.is_dir() and not _ignored(m.filename)]
        return _read_members(archive, name, _strip_common_folder(files), package, descriptor, limits)


def _ignored(member_name: str) -> bool:
    parts = member_name.split("/")
    return parts[0] in _IGNORED_ZIP_PARTS or parts[-1] in _IGNORED_ZIP_NAMES


def _strip_common_folder(files: list[zipfile.ZipInfo]) -> list[tuple[str, zipfile.ZipInfo]]:
    """Accept a zip of a folder (``data/options.csv``) as well as a zip of the files themselves."""
    parts = [m.filename.split("/") for m in files]
    if parts and all(len(p) == 2 for p in parts) and len({p[0] for p in parts}) == 1:
        return [(p[1], m) for p, m in zip(parts, files)]
    return [(m.filename, m) for m in files]


def _read_members(
    archive: zipfile.ZipFile, name: str, files, package: PackageSpec, descriptor: bytes, limits: ZipLimits
) -> tuple[dict[str, bytes], list[Problem]]:
    replacements: dict[str, bytes] = {}
    problems: list[Problem] = []
    budget = limits.max_unpacked_bytes
    for member_name, info in files:
        if info.file_size > limits.max_ratio * max(info.compress_size, 1) and info.file_size > 1_000_000:
            return {}, [
                _upload_problem(
                    name,
                    "zip-ratio",
                    f"entry {member_name!r} unpacks to {info.file_size:,} bytes "
                    f"from {info.compress_size:,}; that is far more than a data file needs",
                )
            ]
        table = table_for_file_name(member_name, package) if "/" not in member_name else None
        if member_name == MANIFEST_NAME:
            continue
        if member_name != DESCRIPTOR_NAME and (table is None or table.path != member_name):
            problems.append(_unknown_file(f"{name}: {member_name}", package))
            continue
        limit = min(budget, package.max_file_bytes)
        try:
            with archive.open(info) as handle:
                # Read at most one byte past the limit: the sizes in a zip's header can lie.
                content = handle.read(limit + 1)
        except NotImplementedError:
            return {}, [
                _upload_problem(
                    name,
                    "zip-compression",
                    f"entry {member_name!r} is compressed with a method "
                    "this app cannot read; zip it again with the usual (deflate) compression",
                )
            ]
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as err:
            return {}, [
                _upload_problem(
                    name,
                    "zip-damaged",
                    f"entry {member_name!r} is damaged and cannot be read "
                    f"({type(err).__name__}); download or zip the files again",
                )
            ]
        if len(content) > limit:
            return {}, [
                _upload_problem(
                    name,
                    "file-size",
                    f"entry {member_name!r} unpacks to more than {limit:,} bytes; "
                    f"a file may be at most {package.max_file_bytes:,} bytes and the whole zip "
                    f"{limits.max_unpacked_bytes:,} bytes unpacked",
                )
            ]
        budget -= len(content)
        if member_name == DESCRIPTOR_NAME:
            if content != descriptor:
                problems.append(
                    _upload_problem(
                        name,
                        "descriptor",
                        "the zip's datapackage.json differs from the one in "
                        "use; the data dictionary cannot be changed by upload (leave it out)",
                    )
                )
            continue
        if table.name in replacements:
            problems.append(_upload_problem(name, "zip-duplicate", f"{member_name} is in the zip more than once"))
            continue
        replacements[table.name] = content
    if not replacements and not problems:
        problems.append(_upload_problem(name, "zip-empty", "the zip holds no table files"))
    return (replacements, []) if not problems else ({}, problems)


@dataclass(frozen=True)
class CellChange:
    key: str
    row: int
    column: str
    before: str
    after: str


@dataclass(frozen=True)
class TableDiff:
    table: str
    file: str
    added: pd.DataFrame
    removed: pd.DataFrame
    changed: tuple[CellChange, ...]

    @property
    def is_empty(self) -> bool:
        return self.added.empty and self.removed.empty and not self.changed

    def changed_frame(self) -> pd.DataFrame:
        return pd.DataFrame([vars(c) for c in self.changed], columns=["key", "row", "column", "before", "after"])


@dataclass(frozen=True)
class ChangeCheck:
    """The outcome of checking a proposed change: problems to fix, or the difference to confirm."""

    replacements: dict[str, bytes]
    problems: list[Problem]
    diffs: list[TableDiff] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def has_changes(self) -> bool:
        return any(not d.is_empty for d in self.diffs)


def _keyed(frame: pd.DataFrame, table: TableSpec) -> pd.DataFrame:
    keys = frame[list(table.primary_key)].fillna("").apply(lambda c: c.str.strip()).agg("/".join, axis=1)
    keyed = frame.assign(**{"row": frame.index}).set_axis(keys, axis=0)
    return keyed[~keyed.index.duplicated(keep="first")]


def table_diff(before: pd.DataFrame | None, after: pd.DataFrame, table: TableSpec) -> TableDiff:
    """Rows added, removed and cells changed between two text frames of one table, matched by primary key."""
    columns = list(table.column_names)
    after_keyed = _keyed(after[columns], table)
    before_keyed = (
        _keyed(before[columns], table)
        if before is not None and set(columns) <= set(before.columns)
        else after_keyed.iloc[0:0]
    )
    added = after_keyed.loc[~after_keyed.index.isin(before_keyed.index)]
    removed = before_keyed.loc[~before_keyed.index.isin(after_keyed.index)]
    changed = []
    for key in after_keyed.index.intersection(before_keyed.index):
        old, new = before_keyed.loc[key], after_keyed.loc[key]
        for column in columns:
            old_text, new_text = _text(old[column]), _text(new[column])
            if old_text != new_text:
                changed.append(CellChange(str(key), int(new["row"]), column, old_text, new_text))
    order = ["row"] + columns
    return TableDiff(
        table.name,
        table.path,
        added[order].reset_index(drop=True),
        removed[order].reset_index(drop=True),
        tuple(changed),
    )


LONG_TEXT_CHARS = 80
SAME, REMOVED, ADDED = "same", "removed", "added"


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """Long text compared word by word: runs of (SAME | REMOVED | ADDED, text), spaces kept, in reading order."""
    old, new = re.split(r"(\s+)", before), re.split(r"(\s+)", after)
    runs: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append((SAME, "".join(old[a1:a2])))
            continue
        if a2 > a1:
            runs.append((REMOVED, "".join(old[a1:a2])))
        if b2 > b1:
            runs.append((ADDED, "".join(new[b1:b2])))
    return [run for run in runs if run[1]]


def _text(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def _unsafe_text_problems(diff: TableDiff, table: TableSpec) -> list[Problem]:
    cells = [(int(r["row"]), c, _text(r[c])) for _, r in diff.added.iterrows() for c in table.column_names]
    cells += [(c.row, c.column, c.after) for c in diff.changed]
    return unsafe_text_problems(table, cells)


def check_change(current: Contents, replacements: dict[str, bytes], package: PackageSpec, label: str) -> ChangeCheck:
    """Validate the package as it would be after the change; describe the change when it is valid."""
    report, _ = validate_contents({**current, **replacements}, package, label)
    problems = list(report.problems)
    diffs = []
    for name in sorted(replacements):
        table = package.table(name)
        after = text_frame(replacements[name], table, package)
        if after is None or set(table.column_names) - set(after.columns):
            continue
        diff = table_diff(text_frame(current.get(name), table, package), after, table)
        problems += _unsafe_text_problems(diff, table)
        diffs.append(diff)
    kept = {d.table: replacements[d.table] for d in diffs if not d.is_empty}
    if problems:
        return ChangeCheck(dict(replacements), sorted(problems, key=problem_order), [])
    return ChangeCheck(kept, [], [d for d in diffs if not d.is_empty])


def problems_frame(problems: list[Problem]) -> pd.DataFrame:
    return pd.DataFrame(
        [p.as_dict() for p in problems], columns=["file", "row", "column", "rule", "message", "value"]
    ).astype({"row": "Int64"})
