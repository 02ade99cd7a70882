"""Command line: ``python -m optionboard validate [DATA_DIR] [--json]`` and ``python -m optionboard dictionary``.

``validate`` exits 0 when the data is valid and 1 when not (a missing, malformed or unknown descriptor too,
with a message naming the place, never a traceback); cells that are not plain text (see
``optionboard.text_safety``) are listed as warnings, and fact rows not yet checked in their sources (a blank
``checked``) are listed too; neither changes the exit code."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .descriptor import DescriptorError
from .dictionary import dictionary_markdown
from .loading import check_package, default_data_dir, descriptor_for
from .content_checks import unchecked_rows
from .store import FolderStore
from .text_safety import package_text_warnings

EXIT_VALID, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m optionboard", description="OptionBoard data tools.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check a data folder against the data dictionary")
    validate.add_argument("data_dir", nargs="?", type=Path, help="data folder (default: $OPTIONBOARD_DATA_DIR or the bundled data/)")
    validate.add_argument("--data-dir", dest="data_dir_option", type=Path, help="same as the positional DATA_DIR")
    validate.add_argument("--json", action="store_true", help="print a JSON report for machines")
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
    warnings = package_text_warnings(result.frames, descriptor_for(Path(data_dir))) if result.frames else []
    unchecked = unchecked_rows(result.frames, descriptor_for(Path(data_dir))) if result.frames else []
    if args.json:
        print(json.dumps({**report.as_dict(), "warning_count": len(warnings), "warnings": [w.as_dict() for w in warnings],
                          "unchecked_count": len(unchecked), "unchecked": [u.as_dict() for u in unchecked]},
                         indent=2, ensure_ascii=False))
    else:
        print(report.as_text())
        if warnings:
            print(f"Warnings: cells that are not plain text: {len(warnings)}. They load and are shown as text, but "
                  "the app's editor refuses new text like this:")
            print("\n".join("  - " + w.describe() for w in warnings))
        if unchecked:
            print(f"Not yet checked in their sources: {len(unchecked)} fact rows (blank 'checked'). They load and are "
                  "shown; read each in its source, then fill in locator, population and checked:")
            print("\n".join("  - " + u.describe() for u in unchecked))
    return EXIT_VALID if report.ok else EXIT_INVALID
