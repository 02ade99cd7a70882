"""Command line: ``python -m optionboard validate [DATA_DIR] [--json]``, ``python -m optionboard dictionary`` and
``python -m optionboard translations [--language es]`` (the stale and missing translations, as CSV to fill in),
and, against the configured store (``store_api.open_store``: ``$OPTIONBOARD_STORE``, or ``--store``), ``import``,
``export`` and ``versions``.

``validate`` exits 0 when the data is valid and 1 when not (a missing, malformed or unknown descriptor too,
with a message naming the place, never a traceback); cells that are not plain text (see
``optionboard.datapackage.text_safety``) are listed as warnings, and fact rows not yet checked in their sources (a blank
``checked``) are listed too; neither changes the exit code.

``import DIR --author NAME --message TEXT [--base VERSION]`` validates DIR's files, then saves them as a new
version made on ``--base`` (else the version an ``export`` recorded in DIR, else the current one) and prints
it: exit 0 (also when nothing changed), 1 when invalid (file, row, column, rule), 3 when the base is not the
current version and the changes collide (or the base is unknown), 4 when the store cannot be reached or
stays locked. ``export DIR [--version V]`` writes a version's files byte for byte (and the version it is, in
optionboard-version.json). ``versions`` lists the versions, newest first: version, author, time, message."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from .datapackage.content_checks import unchecked_rows
from .datapackage.descriptor import DESCRIPTOR_NAME, DescriptorError
from .datapackage.dictionary import dictionary_markdown
from .datapackage.loading import check_package, default_data_dir, descriptor_for, read_folder, validate_contents
from .datapackage.package_files import MANIFEST_NAME, SHORT_VERSION
from .datapackage.text_safety import package_text_warnings
from .editing.folder_store import FolderStore
from .editing.store_api import (
    ConflictError,
    InvalidChangeError,
    LockTimeoutError,
    MissingDetailsError,
    NothingToChangeError,
    PackageStore,
    StorageError,
    StoreError,
    UnknownBaseError,
    open_store,
    sha256_hex,
)
from .translations import merge_delivered, translation_todo, translation_warnings

EXIT_VALID, EXIT_INVALID, EXIT_USAGE, EXIT_CONFLICT, EXIT_STORE = 0, 1, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m optionboard", description="OptionBoard data tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check a data folder against the data dictionary")
    validate.add_argument(
        "data_dir", nargs="?", type=Path, help="data folder (default: $OPTIONBOARD_DATA_DIR or the bundled data/)"
    )
    validate.add_argument("--data-dir", dest="data_dir_option", type=Path, help="same as the positional DATA_DIR")
    validate.add_argument("--json", action="store_true", help="print a JSON report for machines")
    todo = commands.add_parser("translations", help="print, as CSV, the texts to translate again or for the first time")
    todo.add_argument("--data-dir", dest="data_dir_option", type=Path, help="data folder to read")
    todo.add_argument("--language", default="es", help="language code (default: es)")
    todo.add_argument(
        "--merge",
        type=Path,
        metavar="CSV",
        help="instead: merge this filled-in to-do CSV (a text column added) and print the new "
        "translations.csv; rows whose English changed since are left out and listed on stderr. "
        "Nothing is written: import the result like any other change",
    )
    dictionary = commands.add_parser("dictionary", help="print the data dictionary as Markdown")
    dictionary.add_argument(
        "--data-dir", dest="data_dir_option", type=Path, help="data folder whose descriptor to print"
    )
    store_help = "the store: a postgresql:// URL or a data folder (default: $OPTIONBOARD_STORE, else the data folder)"
    importing = commands.add_parser("import", help="validate a folder of table files and save it as a new version")
    importing.add_argument("folder", type=Path, help="folder holding the package's table files")
    importing.add_argument("--author", required=True, help="who made the change")
    importing.add_argument("--message", required=True, help="why (kept in the history and the audit log)")
    importing.add_argument("--base", help="the version the files were made from (default: the one export recorded)")
    exporting = commands.add_parser("export", help="write a version's files, byte for byte, to a folder")
    exporting.add_argument("folder", type=Path, help="folder to write (created when missing)")
    exporting.add_argument("--version", help="which version (default: the current one)")
    listing = commands.add_parser("versions", help="list the versions, newest first")
    for command in (importing, exporting, listing):
        command.add_argument("--store", help=store_help)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in _STORE_COMMANDS:
        return _with_store(args)
    data_dir = getattr(args, "data_dir", None) or args.data_dir_option or default_data_dir()
    if not Path(data_dir).is_dir():
        print(f"error: data folder {data_dir} does not exist", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "dictionary":
        try:
            print(dictionary_markdown(descriptor_for(Path(data_dir))))
        except DescriptorError as err:
            print("error: " + "\n".join(p.describe() for p in err.problems), file=sys.stderr)
            return EXIT_INVALID
        return EXIT_VALID
    FolderStore(Path(data_dir)).recover_if_interrupted()  # never judge the files of a save that was cut off
    result = check_package(Path(data_dir))
    report = result.report
    if args.command == "translations":
        if not report.ok:
            print(report.as_text(), file=sys.stderr)
            return EXIT_INVALID
        package = descriptor_for(Path(data_dir))
        if args.merge is None:
            translation_todo(result.frames, package, args.language).to_csv(sys.stdout, index=False)
            return EXIT_VALID
        merged = merge_delivered(result.frames, package, pd.read_csv(args.merge, dtype=str, keep_default_na=False))
        merged.table.to_csv(sys.stdout, index=False, lineterminator="\n")
        print(f"merged {merged.applied} translations; left out {len(merged.left_out)}", file=sys.stderr)
        print("\n".join(merged.left_out), file=sys.stderr)
        return EXIT_VALID
    warnings = package_text_warnings(result.frames, descriptor_for(Path(data_dir))) if result.frames else []
    stale = translation_warnings(result.frames, descriptor_for(Path(data_dir))) if result.frames and report.ok else []
    unchecked = unchecked_rows(result.frames, descriptor_for(Path(data_dir))) if result.frames else []
    if args.json:
        print(
            json.dumps(
                {
                    **report.as_dict(),
                    "warning_count": len(warnings),
                    "warnings": [w.as_dict() for w in warnings],
                    "unchecked_count": len(unchecked),
                    "unchecked": [u.as_dict() for u in unchecked],
                    "stale_translation_count": len(stale),
                    "stale_translations": [w.as_dict() for w in stale],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print(report.as_text())
        if warnings:
            print(
                f"Warnings: cells that are not plain text: {len(warnings)}. They load and are shown as text, but "
                "the app's editor refuses new text like this:"
            )
            print("\n".join("  - " + w.describe() for w in warnings))
        if unchecked:
            print(
                f"Not yet checked in their sources: {len(unchecked)} fact rows (blank 'checked'). They load and are "
                "shown; read each in its source, then fill in locator, population and checked:"
            )
            print("\n".join("  - " + u.describe() for u in unchecked))
        if stale:
            print(f"Warnings: stale translations (their English changed; the app shows the English): {len(stale)}")
            print("\n".join("  - " + w.describe() for w in stale))
    return EXIT_VALID if report.ok else EXIT_INVALID


def _with_store(args: argparse.Namespace) -> int:
    store = open_store(args.store)
    try:
        return _STORE_COMMANDS[args.command](store, args)
    except DescriptorError as err:
        print(
            "error: the data dictionary cannot be read: " + "; ".join(p.describe() for p in err.problems),
            file=sys.stderr,
        )
        return EXIT_USAGE
    except (StorageError, LockTimeoutError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_STORE
    finally:
        if hasattr(store, "close"):
            store.close()  # the database store's connection pool


def _resolve(store: PackageStore, version: str) -> str | None:
    """The full version a version (or its first 12 or more characters) names; None when the store has no such one."""
    version = version.strip().lower()
    if len(version) < SHORT_VERSION:
        return None
    return next((v.version for v in store.versions() if v.version.startswith(version)), None)


def _versions(store: PackageStore, args: argparse.Namespace) -> int:
    for info in store.versions():
        print("\t".join((info.version[:SHORT_VERSION], info.editor, info.when, info.message)))
    return EXIT_VALID


def _export(store: PackageStore, args: argparse.Namespace) -> int:
    version = _resolve(store, args.version) if args.version else store.version()
    contents = store.contents_at(version) if version else None
    if contents is None:
        print(f"error: the store has no version {args.version}", file=sys.stderr)
        return EXIT_USAGE
    target = args.folder
    if isinstance(store, FolderStore) and target.resolve() == store.data_dir.resolve():
        print("error: that folder is the store itself; export to another folder", file=sys.stderr)
        return EXIT_USAGE
    target.mkdir(parents=True, exist_ok=True)
    package = store.package
    for table in package.tables:
        content = contents.get(table.name)
        if isinstance(content, bytes):
            (target / table.path).write_bytes(content)
    (target / DESCRIPTOR_NAME).write_bytes((store.data_dir / DESCRIPTOR_NAME).read_bytes())
    _write_manifest(target, package, version, contents)
    print(version[:SHORT_VERSION])
    return EXIT_VALID


def _write_manifest(folder: Path, package, version: str, contents: dict) -> None:
    """optionboard-version.json: which version the folder's files are (as in the app's zips), so an import made
    from them later is merged with whatever was saved since instead of reverting it."""
    files = {
        table.path: sha256_hex(contents[table.name])
        for table in package.tables
        if isinstance(contents.get(table.name), bytes)
    }
    manifest = {"package": package.name, "version": version, "files": files}
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _exported_version(folder: Path) -> str | None:
    """The version an export recorded in the folder, if any."""
    try:
        version = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8")).get("version")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError) as err:
        print(f"warning: {folder / MANIFEST_NAME} is unreadable ({err}); it is ignored", file=sys.stderr)
        return None
    return version if isinstance(version, str) else None


def _import(store: PackageStore, args: argparse.Namespace) -> int:
    folder = args.folder
    if not folder.is_dir():
        print(f"error: folder {folder} does not exist", file=sys.stderr)
        return EXIT_USAGE
    package = store.package
    own_descriptor = folder / DESCRIPTOR_NAME
    if own_descriptor.is_file() and own_descriptor.read_bytes() != (store.data_dir / DESCRIPTOR_NAME).read_bytes():
        print(
            f"Invalid: {own_descriptor} differs from the store's data dictionary "
            f"({store.data_dir / DESCRIPTOR_NAME}); the files are checked against the store's, and a changed "
            "dictionary goes in with the app's code, not through import. Nothing was changed."
        )
        return EXIT_INVALID
    contents = read_folder(folder, package)
    report, _ = validate_contents(contents, package, str(folder))
    if not report.ok:
        print(report.as_text())
        return EXIT_INVALID
    base = args.base or _exported_version(folder)
    if base is None:
        base = store.version()
        print(
            "note: no --base given and no exported version in the folder: saving over the current version",
            file=sys.stderr,
        )
    full_base = _resolve(store, base)
    if full_base is None:
        print(
            f"Conflict: {base} is not a version of this store, so the files cannot be merged safely. "
            "Nothing was changed."
        )
        return EXIT_CONFLICT
    try:
        entry = store.save(
            {name: content for name, content in contents.items() if isinstance(content, bytes)},
            editor=args.author,
            reason=args.message,
            base_version=full_base,
            action="import",
        )
    except NothingToChangeError:
        print(store.version()[:SHORT_VERSION])
        print("no change: the files are the same as the current version", file=sys.stderr)
        return EXIT_VALID
    except (ConflictError, UnknownBaseError) as err:
        print(f"Conflict: {err}. Nothing was changed.")
        for conflict in getattr(err, "conflicts", ()):
            print(
                f"  - {conflict.file}, row with key {conflict.key}, column {conflict.column}: "
                f"theirs {conflict.theirs!r}, yours {conflict.yours!r} (base {conflict.base!r})"
            )
        return EXIT_CONFLICT
    except InvalidChangeError as err:
        print(err.report.as_text())
        return EXIT_INVALID
    except MissingDetailsError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except StoreError as err:
        if isinstance(err, (StorageError, LockTimeoutError)):
            raise
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(entry.fingerprint_after[:SHORT_VERSION])
    if (folder / MANIFEST_NAME).is_file():  # the folder now holds the new version: a next import starts from it
        _write_manifest(folder, package, entry.fingerprint_after, contents)
    if entry.merged_tables:
        print(
            f"merged with changes saved since {full_base[:SHORT_VERSION]} in: {', '.join(entry.merged_tables)}",
            file=sys.stderr,
        )
    return EXIT_VALID


_STORE_COMMANDS = {"import": _import, "export": _export, "versions": _versions}
