"""What a tumor board takes away: the board summary (for the PDF) and a short note for the medical record.

Both are made on request from the catalog, the view on screen and what the board types at the meeting
(date, question, decision, dissent). Nothing here is stored, and no patient identifier is asked for: the
typed fields are handed to the download and forgotten with the browser session. Sources carry their
package-wide numbers (``Catalog.source_numbers``), the same "[7]" as on the wall screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from . import burden
from .catalog import Catalog
from .citations import citation_line, cited, source_kind_label
from .comparison import CLINICAL, Cell, build_comparison, option_heading, source_line
from .i18n import t
from .plans import Plan, compare_plans
from .situation import NO_SITUATION, Situation, fact_in
from .summary import FamilyChoices, Table, own_question_lines

MAX_FIELD_CHARS = 2000


@dataclass(frozen=True)
class MeetingRecord:
    """What the board types at the meeting; exported only, never stored."""

    meeting_date: str = ""
    question: str = ""
    decision: str = ""
    dissent: str = ""

    def cleaned(self) -> MeetingRecord:
        """Each field trimmed and capped in length (a paste of a whole letter stays a field, not a book)."""
        return MeetingRecord(
            *(
                str(value or "").strip()[:MAX_FIELD_CHARS]
                for value in (self.meeting_date, self.question, self.decision, self.dissent)
            )
        )


@dataclass(frozen=True)
class DataVersion:
    """Which data the board looked at: the files' fingerprint (as the Data page shows it) and when the
    sources were last read."""

    fingerprint: str
    sources_read: date | None

    @classmethod
    def of(cls, catalog: Catalog, fingerprint: str) -> DataVersion:
        return cls(fingerprint[:12], max((s.accessed for s in catalog.sources.values()), default=None))


@dataclass(frozen=True)
class BoardSummary:
    title: str
    made_on: str
    options: tuple[str, ...]
    situation: str
    grid: Table
    burden: Table
    plans: Table
    sources: Table
    record: MeetingRecord
    versions: tuple[str, ...]
    not_advice: str
    plan_lines: tuple[str, ...] = field(default=())


def cell_text(cell: Cell) -> str:
    """A grid cell in clinical wording as plain lines: answer, numbers, evidence level and numbered source."""
    lines = [f"{t('compare.grid.not_known_flag')} {cell.answer}" if cell.not_known else cell.answer]
    if cell.numbers:
        lines.append(t("compare.grid.numbers", numbers=cell.numbers))
    details = [t("board.grid.evidence", certainty=t(f"compare.certainty.{cell.certainty}"))]
    details.append(source_line(cell, CLINICAL))
    if cell.population:  # a figure is read with the people it was measured in
        details.append(t("compare.grid.population", population=cell.population))
    lines.append(" · ".join(details))
    return "\n".join(lines)


def version_lines(data: DataVersion, today: date) -> tuple[str, ...]:
    read = data.sources_read.isoformat() if data.sources_read else t("board.record.unknown")
    return (
        t("board.record.aid_version", date=today.isoformat()),
        t("board.record.data_version", fingerprint=data.fingerprint, read=read),
    )


def build_board_summary(
    catalog: Catalog,
    option_ids: Sequence[str],
    plans: dict[str, Plan],
    record: MeetingRecord,
    data: DataVersion,
    today: date,
    situation: str | None = None,
    cancer: str | None = None,
    facts_for: Situation = NO_SITUATION,
) -> BoardSummary:
    """The board summary in clinical wording. ``plans`` maps each plan's name (plan A first) to the plan;
    ``situation`` is the child's situation in words, and ``cancer`` picks the follow-up schedules written for
    that cancer, as the burden and plans pages do; ``facts_for`` picks the grid cells written for the child's
    situation, as Compare does."""
    option_ids = tuple(option_ids)
    comparison = build_comparison(catalog, option_ids, CLINICAL, today=today, situation=facts_for)
    headings = tuple(option_heading(catalog, o, CLINICAL) for o in option_ids)
    grid = Table(
        t("board.summary.grid"),
        (t("compare.grid.question"), *headings),
        tuple((row.question, *(cell_text(c) for c in row.cells)) for row in comparison.rows),
    )

    totals = burden.burden_table(catalog, list(option_ids), cancer=cancer)
    burden_table = Table(
        t("board.summary.burden"),
        (t("family.summary.measure"), *headings),
        burden.measure_rows(totals),
        note=t("family.summary.burden_note"),
    )

    (name_a, plan_a), (name_b, plan_b) = list(plans.items())[:2]
    frame = compare_plans(catalog, plan_a, plan_b, cancer=cancer)
    plan_rows = tuple(
        (
            row["measure"],
            *(burden.format_amount(key, value) for value in list(row)[1:3]),
            _signed(burden.format_amount(key, abs(row.iloc[3])), row.iloc[3]),
        )
        for key, row in frame.iterrows()
    )
    plans_table = Table(
        t("board.summary.plans"),
        (t("family.summary.measure"), name_a, name_b, t("board.summary.difference", a=name_a, b=name_b)),
        plan_rows,
    )
    plan_lines = tuple(f"{name}: {_plan_words(catalog, plan)}" for name, plan in ((name_a, plan_a), (name_b, plan_b)))

    source_ids = {
        fact.source_id
        for o in option_ids
        for a in catalog.attributes
        if (fact := fact_in(catalog, o, a.attribute_id, facts_for)) is not None
    }
    source_ids |= {
        e.source_id for o in {*option_ids, *plan_a.option_ids, *plan_b.option_ids} for e in catalog.events.get(o, ())
    }
    sources = Table(
        t("board.summary.sources"),
        (t("compare.sources.col.number"), t("compare.sources.col.source"), t("board.sources.col.kind")),
        tuple((f"[{n}]", f"{s.reference()} {s.url}", source_kind_label(s.kind)) for n, s in cited(catalog, source_ids)),
    )

    return BoardSummary(
        title=t("board.summary.title"),
        made_on=t("family.summary.made_on", date=today.isoformat()),
        options=headings,
        situation=situation or t("board.record.no_situation"),
        grid=grid,
        burden=burden_table,
        plans=plans_table,
        sources=sources,
        record=record.cleaned(),
        versions=version_lines(data, today),
        not_advice=t("board.record.not_advice"),
        plan_lines=plan_lines,
    )


def _signed(amount: str, value: float) -> str:
    return amount if value == 0 else (f"+{amount}" if value > 0 else f"−{amount}")


def _plan_words(catalog: Catalog, plan: Plan) -> str:
    if not plan.parts:
        return t("compare.plans.empty_plan")
    return "; ".join(
        f"{t(f'compare.plans.slot.{p.slot_id}')}: {', '.join(catalog.options[o].name_clinical for o in p.option_ids)}"
        f" (day {p.start_day})"
        for p in plan.parts
    )


def what_matters(catalog: Catalog, family: FamilyChoices | None) -> tuple[str, ...]:
    """The factors the family rated in this browser session, most important first; nothing when they rated none."""
    if family is None:
        return ()
    lines = []
    for factor in sorted(catalog.value_factors, key=lambda f: f.order):
        parent = family.work.parent_ratings.get(factor.factor_id)
        child = family.work.child_ratings.get(factor.factor_id)
        if parent is None and child is None:
            continue
        said = t(f"family.values.level.{parent}") if parent is not None else t("family.values.level.none")
        if child is not None:
            said = t("board.note.with_child", parent=said, child=t(f"family.values.level.{child}"))
        lines.append((-(max(v for v in (parent, child) if v is not None)), factor.order, f"{factor.label}: {said}"))
    return tuple(line for _, _, line in sorted(lines))


def family_questions(catalog: Catalog, family: FamilyChoices | None) -> tuple[str, ...]:
    if family is None:
        return ()
    picked = {q.question_id: q.text for q in catalog.questions}
    return tuple(picked[q] for q in family.work.question_ids if q in picked) + own_question_lines(
        family.work.own_questions
    )


def record_note(
    catalog: Catalog,
    option_ids: Sequence[str],
    record: MeetingRecord,
    data: DataVersion,
    today: date,
    family: FamilyChoices | None = None,
    situation: str | None = None,
    facts_for: Situation = NO_SITUATION,
) -> str:
    """A short plain-text note to paste into the medical record. It names no patient: the family's name typed
    for their own summary is left out on purpose."""
    record = record.cleaned()
    option_ids = tuple(option_ids)
    comparison = build_comparison(catalog, option_ids, CLINICAL, today=today, situation=facts_for)
    lines = [t("board.note.heading", date=record.meeting_date or today.isoformat()), ""]
    lines.append(t("board.note.options"))
    lines += [f"- {option_heading(catalog, o, CLINICAL)}" for o in option_ids]
    lines.append(t("board.note.situation", situation=situation or t("board.record.no_situation")))
    matters = what_matters(catalog, family)
    if matters:
        lines += ["", t("board.note.matters")] + [f"- {line}" for line in matters]
    questions = ((record.question,) if record.question else ()) + family_questions(catalog, family)
    if questions:
        lines += ["", t("board.note.questions")] + [f"- {q}" for q in questions]
    if record.decision:
        lines += ["", t("board.note.decision", decision=record.decision)]
    if record.dissent:
        lines += [t("board.note.dissent", dissent=record.dissent)]
    lines += ["", t("board.note.versions")] + [f"- {line}" for line in version_lines(data, today)]
    lines += ["", t("board.note.sources")]
    lines += [citation_line(n, s) for n, s in cited(catalog, (note.source_id for note in comparison.notes))]
    lines += ["", t("board.record.not_advice")]
    return "\n".join(lines) + "\n"
