"""The command line that ``python -m bench`` and ``python -m bench load`` share: ``--quick`` picks a small run's
settings instead of a full run's, each setting can be given on its own, and ``--results`` says where to write."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bench import report


def whole_numbers(text: str) -> list[int]:
    """``"1,10,100"`` as sorted distinct whole numbers."""
    try:
        return sorted({int(part) for part in str(text).split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of whole numbers") from None


def parser(
    prog: str, description: str, full: dict, helps: dict[str, str], results_name: str
) -> argparse.ArgumentParser:
    """``--quick``, one option per setting in ``helps`` (a comma list where the full run's value is text, else a
    whole number) and ``--results``; more options can be added to what it returns."""
    made = argparse.ArgumentParser(prog=prog, description=description)
    made.add_argument("--quick", action="store_true", help="a small run that checks the harness; nothing is judged")
    for name, help_text in helps.items():
        value = full[name]
        kind, shown = (whole_numbers, value) if isinstance(value, str) else (int, f"{value:,}")
        made.add_argument(f"--{name.replace('_', '-')}", type=kind, help=f"{help_text} (default {shown})")
    made.add_argument("--results", type=Path, default=report.RESULTS_DIR / results_name, help="where to write the JSON")
    return made


def chosen_settings(args: argparse.Namespace, full: dict, quick: dict) -> dict:
    """Each setting as given, else the quick or the full run's; comma lists as whole numbers; and how busy the
    machine was at the start, since every figure is read against it."""
    defaults = quick if args.quick else full
    settings = {}
    for name, default in defaults.items():
        given = getattr(args, name)
        settings[name] = given if given is not None else whole_numbers(default) if isinstance(default, str) else default
    settings["quick"] = args.quick
    settings["load_average_at_start"] = os.getloadavg()
    return settings
