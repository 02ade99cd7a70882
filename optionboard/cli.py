"""Command line: ``python -m optionboard validate [DATA_DIR] [--json]``, ``python -m optionboard dictionary`` and
``python -m optionboard translations [--language es]`` (the stale and missing translations, as CSV to fill in).

``validate`` exits 0 when the data is valid and 1 when not (a missing, malformed or unknown descriptor too,
with a message naming the place, never a traceback); cells that are not plain text (see
``optionboard.text_safety``) are listed as warnings and do not change the exit code."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .descriptor import DescriptorError
from .dictionary import dictionary_markdown
from .loading import check_package, default_data_dir, descriptor_for
from .store import FolderStore
from .text_safety import package_text_warnings
from .translations import translation_todo, translation_warnings

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m optionboard", description="OptionBoard data tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check a data folder against the data dictionary")
    validate.add_argument("data_dir", nargs="?", type=Path, help="data folder (default: $OPTIONBOARD_DATA_DIR or the bundled data/)")
    validate.add_argument("--data-dir", dest="data_dir_option", type=Path, help="same as the positional DATA_DIR")
    validate.add_argument("--json", action="store_true", help="print a JSON report for machines")
    todo = commands.add_parser("translations", help="print, as CSV, the texts to translate again or for the first time")
    todo.add_argument("--data-dir", dest="data_dir_option", type=Path, help="data folder to read")
    todo.add_argument("--language", default="es", help="language code (default: es)")
    dictionary = commands.add_parser("dictionary", help="print the data dictionary as Markdown")
    dictionary.add_argument("--data-dir", dest="data_dir_option", type=Path, help="data folder whose descriptor to print")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
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
        translation_todo(result.frames, descriptor_for(Path(data_dir)), args.language).to_csv(sys.stdout, index=False)
        return EXIT_VALID
    warnings = package_text_warnings(result.frames, descriptor_for(Path(data_dir))) if result.frames else []
    stale = translation_warnings(result.frames, descriptor_for(Path(data_dir))) if result.frames and report.ok else []
    if args.json:
        print(json.dumps({**report.as_dict(), "warning_count": len(warnings), "warnings": [w.as_dict() for w in warnings],
                          "stale_translation_count": len(stale), "stale_translations": [w.as_dict() for w in stale]},
                         indent=2, ensure_ascii=False))
    else:
        print(report.as_text())
        if warnings:
            print(f"Warnings: cells that are not plain text: {len(warnings)}. They load and are shown as text, but "
                  "the app's editor refuses new text like this:")
            print("\n".join("  - " + w.describe() for w in warnings))
        if stale:
            print(f"Warnings: stale translations (their English changed; the app shows the English): {len(stale)}")
            print("\n".join("  - " + w.describe() for w in stale))
    return EXIT_VALID if report.ok else EXIT_INVALID
