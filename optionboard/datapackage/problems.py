"""Validation problems and the report that collects them.

Every problem names the file, the spreadsheet row (header = row 1), the column, the rule and the
offending value, so an analyst can open the file and go straight to the cell.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

_VALUE_PREVIEW_CHARS = 80
_VALUE_KEPT_CHARS = 200


@dataclass(frozen=True)
class Problem:
    file: str
    rule: str
    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None

    def __post_init__(self) -> None:
        # A problem names a cell; it never carries megabytes of it (an oversize cell would be echoed into every
        # report, table and JSON line). The start of the value and its length are enough to find it.
        if self.value is not None and len(self.value) > _VALUE_KEPT_CHARS:
            object.__setattr__(self, "value", f"{self.value[:_VALUE_PREVIEW_CHARS]}… ({len(self.value):,} characters)")

    @property
    def location(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def describe(self) -> str:
        shown = ""
        if self.value is not None:
            preview = self.value if len(self.value) <= _VALUE_PREVIEW_CHARS else self.value[:_VALUE_PREVIEW_CHARS] + "…"
            shown = f" (value: {preview!r})"
        return f"{self.location}: [{self.rule}] {self.message}{shown}"

    def as_dict(self) -> dict:
        return asdict(self)


def problem_order(problem: Problem) -> tuple:
    return problem.file, problem.row or 0, problem.column or "", problem.rule


@dataclass
class ValidationReport:
    data_dir: str
    problems: list[Problem] = field(default_factory=list)
    rows_checked: int = 0
    tables_checked: int = 0
    # Sorted once and kept while no problem is added: a page shows the list on every rerun, and sorting tens of
    # thousands of problems each time took half the rerun.
    _sorted: tuple[int, list[Problem]] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    def sorted_problems(self) -> list[Problem]:
        if self._sorted is None or self._sorted[0] != len(self.problems):
            self._sorted = (len(self.problems), sorted(self.problems, key=problem_order))
        return self._sorted[1]

    def as_dict(self) -> dict:
        return {
            "data_dir": self.data_dir,
            "valid": self.ok,
            "tables_checked": self.tables_checked,
            "rows_checked": self.rows_checked,
            "problem_count": len(self.problems),
            "problems": [p.as_dict() for p in self.sorted_problems()],
        }

    def as_text(self) -> str:
        if self.ok:
            return (
                f"Valid: {self.tables_checked} tables, {self.rows_checked} rows checked in {self.data_dir}. "
                "No problems found."
            )
        lines = [
            f"Invalid: problems found in {self.data_dir}: {len(self.problems)} "
            f"({self.tables_checked} tables, {self.rows_checked} rows checked). Nothing was changed."
        ]
        lines += ["  - " + p.describe() for p in self.sorted_problems()]
        return "\n".join(lines)
