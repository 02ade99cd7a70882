"""The bundled clinical content: the problems issue 12 found stay fixed, and the options a board discusses are there.

Each test reads the bundled data the app shows; none re-checks what validate already enforces (locators,
populations, the certainty scale), only what a reviewer found wrong in the cells themselves.
"""

from __future__ import annotations

import re

from optionboard import burden
from optionboard.datapackage.content_checks import unchecked_rows
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import descriptor_for

BOARD_OPTIONS = (
    "palliative-radiation",
    "stereotactic-radiation",
    "metastatic-site-radiation",
    "mibg-therapy",
    "bone-fixation",
    "spinal-cord-emergency",
    "pain-and-palliative-care",
    "denosumab",
    "physical-therapy",
    "clinical-trial",
    "high-dose-chemo-stem-cells",
    "anti-gd2-immunotherapy",
)


def test_the_options_a_board_discusses_have_the_full_set(catalog):
    for option_id in BOARD_OPTIONS:
        assert option_id in catalog.options, option_id
        answered = {a.attribute_id for a in catalog.attributes if catalog.fact(option_id, a.attribute_id)}
        assert answered == {a.attribute_id for a in catalog.attributes}, option_id
        assert catalog.option_goals.get(option_id), option_id
        kinds = {e.kind for e in catalog.effects.get(option_id, ())}
        assert kinds == {"benefit", "downside"}, option_id
        assert catalog.events.get(option_id), option_id
        assert any(q.option_id == option_id for q in catalog.questions), option_id


def test_wide_resection_local_recurrence_says_18_of_200(catalog):
    cell = catalog.fact("wide-resection", "serious-risks")
    assert "18 of" in cell.answer and "200" in cell.answer and "9 of 200" not in cell.answer
    assert "osteosarcoma" in cell.answer  # the study population is named in the cell itself
    effect = next(e for e in catalog.effects["wide-resection"] if e.source_id == "loh-2014-local-recurrence")
    assert effect.how_often.startswith("18 of 200")


def test_schedules_that_no_source_contains_cite_a_model(catalog):
    for option_id, kinds in (
        ("expandable-endoprosthesis", {"lengthening"}),
        ("amputation", {"prosthesis-fitting"}),
        ("rotationplasty", {"prosthesis-fitting"}),
    ):
        rows = [e for e in catalog.events[option_id] if e.kind in kinds]
        assert rows, option_id
        assert all(catalog.sources[e.source_id].kind == "model" for e in rows), option_id
    cycle = next(e for e in catalog.events["chemo-iv"] if e.event_id == "chemo-iv-cycle")
    assert catalog.sources[cycle.source_id].kind == "model"


def test_bisphosphonates_do_not_claim_well_established_bone_protection(catalog):
    protect = [e for e in catalog.effects["bisphosphonates"] if "break" in e.text]
    assert protect and all(e.certainty != "well-established" for e in protect)
    trial = [
        e for e in catalog.effects["bisphosphonates"] if e.source_id == "os2006-zoledronate" and e.kind == "downside"
    ]
    assert trial, "the OS2006 result (no benefit) is shown as a downside"
    non_cancer = [f for f in (catalog.fact("bisphosphonates", a) for a in ("common-side-effects", "serious-risks"))]
    assert all("not cancer" in f.answer for f in non_cancer)  # the child evidence comes from other bone disease


def test_pain_relievers_warn_about_what_matters_in_cancer_care(catalog):
    text = " ".join(f.answer for f in (catalog.fact("pain-relievers", a.attribute_id) for a in catalog.attributes) if f)
    text += " " + " ".join(e.text for e in catalog.effects["pain-relievers"])
    for warning in ("platelets", "methotrexate", "kidneys", "fever"):
        assert warning in text, warning


def test_no_fact_cites_a_replaced_guideline(catalog):
    assert "nice-cg75-mscc" not in catalog.sources
    assert all(s.source_id == "nice-ng234-mscc" for s in catalog.warning_signs if "spinal cord" in s.text)


def test_little_used_chemotherapy_routes_say_so(catalog):
    for option_id in ("chemo-im", "chemo-subcut"):
        assert "little" in catalog.options[option_id].name
        assert "little part" in catalog.options[option_id].summary


def test_surgery_summaries_name_where_the_evidence_comes_from(catalog):
    for option_id in catalog.options:
        if catalog.options[option_id].category_id in ("surgery", "reconstruction"):
            assert "started in the bone" in catalog.options[option_id].summary, option_id


def test_modelled_visit_counts_agree_with_the_burden_page(bundled):
    """A grid cell counting year-one visits from our model holds the number the burden page counts."""
    catalog = bundled.catalog
    checked = 0
    for (option_id, attribute_id), fact in catalog.facts.items():
        if attribute_id != "visits-year-1" or fact.source_id != "model-visit-counts" or fact.value_low is None:
            continue
        counted = burden.tally(burden.option_sessions(catalog, option_id)).per_year["visits"][0]
        assert fact.value_low <= counted <= fact.value_high, (option_id, counted)
        checked += 1
    assert checked >= 10


def test_tests_and_scans_cover_neuroblastoma_and_spread(catalog):
    names = " ".join(d.name for d in catalog.diagnostics)
    for test in ("MIBG scan", "PET-CT", "Whole-body MRI", "Bone marrow tests", "Biopsy"):
        assert test in names, test


def test_glossary_explains_the_new_words(catalog):
    forms = {form.casefold() for term in catalog.glossary for form in term.forms}
    for word in ("neuroblastoma", "mibg", "femur", "stem cell rescue", "sbrt", "gy", "opioid", "denosumab"):
        assert word in forms, word


def test_a_figure_in_a_new_option_names_its_study(catalog):
    """Every figure in the new options' cells carries a population that is more than a placeholder."""
    for option_id in BOARD_OPTIONS:
        for attribute in catalog.attributes:
            fact = catalog.fact(option_id, attribute.attribute_id)
            if fact.value_low is not None or re.search(r"\d", fact.answer):
                assert fact.population and len(fact.population) > 20, (option_id, attribute.attribute_id)


def test_compare_cells_say_who_was_studied(catalog):
    """Issue 12: a pediatric oncologist reads each cell with its population, on the grid and the goals table."""
    from components.comparison_grid import cell_markup, statement_markup
    from optionboard.comparison import build_comparison
    from optionboard.i18n import t

    grid = build_comparison(catalog, ("wide-resection", "palliative-radiation"))
    cells = {
        (row.attribute_id, cell.option_id): cell for group in grid.groups for row in group.rows for cell in row.cells
    }
    recurrence = next(
        cell
        for (attribute, option), cell in cells.items()
        if option == "wide-resection" and attribute == "serious-risks"
    )
    assert "osteosarcoma" in recurrence.population
    label = t("compare.grid.population", population=recurrence.population)
    assert label.split(":")[0] in str(cell_markup(recurrence, 5))
    statements = [s for p in grid.profiles for s in (*p.benefits, *p.downsides) if s.population]
    assert statements and "Who was studied" in str(statement_markup(statements[0], 5))


def test_phone_cards_say_who_was_studied_too(catalog):
    from components.family_grid import where_from
    from optionboard.comparison import build_comparison

    grid = build_comparison(catalog, ("wide-resection", "palliative-radiation"))
    cell = next(c for group in grid.groups for row in group.rows for c in row.cells if c.population)
    assert "Who was studied" in str(where_from(cell, 5))


def test_every_bundled_fact_and_effect_has_been_checked_in_its_source(bundled):
    """Issue 12: every cell a family or a board reads was re-read in its cited source, with the date."""
    left = [p.describe() for p in unchecked_rows(bundled.frames, descriptor_for(BUNDLED_DATA_DIR))]
    assert not left, "\n".join(left)
