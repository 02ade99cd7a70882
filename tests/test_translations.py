"""Issue 17: Spanish data texts know when their English changed, read plainly, and reach the take-home PDF."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date

import pytest
import textstat
from pypdf import PdfReader

from optionboard.datapackage.loading import load_package
from optionboard.i18n import ENGLISH, SPANISH, set_language, t
from optionboard.summary import build_summary, summary_csv
from optionboard.summary_pdf import build_pdf, unicode_font_available
from optionboard.translations import english_cells, fingerprint, translation_state
from tests.data_edits import read_rows, set_cell
from tests.family_texts import FamilyText, all_spanish_family_texts
from tests.paths import REPO_ROOT


def _row_of(data_dir, file, key_column, key):
    rows = read_rows(data_dir, file)
    return next(number for number, row in enumerate(rows, start=1) if row[rows[0].index(key_column)] == key)


@pytest.fixture
def changed_english(data_copy):
    """A data copy where the English name of "amputation" changed after it was translated."""
    set_cell(
        data_copy,
        "options.csv",
        _row_of(data_copy, "options.csv", "option_id", "amputation"),
        "name",
        "Limb amputation and an artificial limb",
    )
    return data_copy


def test_every_translation_stores_the_fingerprint_of_the_current_english(bundled):
    state = bundled.catalog.in_language(SPANISH).translation
    assert state.current, "the bundled data has Spanish translations"
    assert not state.stale, (
        f"stale Spanish translations in the bundled data (their English changed): {sorted(state.stale)}"
    )


def test_changed_english_makes_the_translation_stale_and_the_page_shows_the_english(bundled, changed_english):
    result = load_package(changed_english)
    assert result.report.ok
    spanish = result.catalog.in_language(SPANISH)
    assert spanish.options["amputation"].name == "(en inglés) Limb amputation and an artificial limb"
    assert ("options", "amputation", "name") in spanish.translation.stale
    assert spanish.options["amputation"].summary == bundled.catalog.in_language(SPANISH).options["amputation"].summary
    assert spanish.options["chemo-oral"].name == "Quimioterapia por la boca"


def test_validate_warns_about_a_stale_translation_and_stays_valid(changed_english):
    run = subprocess.run(
        [sys.executable, "-m", "optionboard", "validate", str(changed_english)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "stale translations" in run.stdout and "[translation-stale]" in run.stdout
    translations_row = _row_of(changed_english, "translations.csv", "row_key", "amputation")
    assert f"translations.csv, row {translations_row}, column english_fingerprint" in run.stdout
    as_json = json.loads(
        subprocess.run(
            [sys.executable, "-m", "optionboard", "validate", "--json", str(changed_english)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout
    )
    assert as_json["stale_translation_count"] == 1
    assert as_json["stale_translations"][0]["row"] == translations_row


def test_the_spanish_page_shows_the_english_with_a_notice(changed_english, monkeypatch):
    from tests.page_runs import open_page, texts

    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(changed_english))
    at = open_page("app_pages/options.py", lang="es")
    assert not at.exception
    assert t("language.note", SPANISH) in texts(at.info)
    assert t("language.some_english", SPANISH) in texts(at.caption)
    shown = " ".join(str(e.label) for e in at.expander) + texts(at.markdown)
    assert "Limb amputation and an artificial limb" in shown
    assert "Quimioterapia por la boca" in shown


def test_the_data_page_lists_the_stale_translation(changed_english, monkeypatch):
    from tests.page_runs import open_page, texts

    monkeypatch.setenv("OPTIONBOARD_DATA_DIR", str(changed_english))
    at = open_page("app_pages/data.py")
    assert not at.exception
    assert f"{t('data.translations.stale_heading')}: 1" in texts(at.warning)
    stale = next(frame.value for frame in at.dataframe if t("data.translations.col.english") in frame.value.columns)
    assert list(stale[t("data.translations.col.key")]) == ["amputation"]


def test_a_translation_of_an_unchanged_english_is_current_again_after_refingerprinting(changed_english):
    frames = load_package(changed_english).frames
    package = load_package(changed_english).catalog.package
    english = english_cells(frames, package)[("options", "amputation", "name")]
    translations = frames["translations"].copy()
    row = translations.index[(translations["row_key"] == "amputation") & (translations["field"] == "name")][0]
    translations.loc[row, "english_fingerprint"] = fingerprint(english)
    state = translation_state({**frames, "translations": translations}, package, SPANISH)
    assert ("options", "amputation", "name") in state.current and not state.stale


# --- Coverage: what a family sees on the family path is in Spanish -------------------------------------------------


def test_every_family_text_has_a_current_spanish_translation(bundled):
    state = bundled.catalog.in_language(SPANISH).translation
    assert state.family_total > 1000
    remaining = sorted(set(state.missing) | set(state.family_stale))
    assert not remaining, (
        f"{len(remaining)} of {state.family_total} family texts have no current Spanish: {remaining[:20]}"
    )


def test_who_was_studied_is_in_spanish_too(bundled):
    """The population beside an answer ("Who was studied") is shown on the family's cards, so it is translated
    as well, though it is not a family-audience column (its English is for boards and families alike)."""
    spanish = bundled.catalog.in_language(SPANISH)
    populations = [
        cell
        for cell in english_cells(bundled.frames, bundled.catalog.package, family_only=False)
        if cell[2] == "population"
    ]
    assert len(populations) > 200
    untranslated = [cell for cell in populations if cell not in spanish.translation.current]
    assert not untranslated, f"populations with no current Spanish: {untranslated[:10]}"
    assert spanish.fact("amputation", "common-side-effects").population.startswith("Niños y jóvenes")


# --- Plain Spanish: Fernández-Huerta 60 or more (normal, grade 8 or lower) in every block of 30+ words -------------

MIN_FERNANDEZ_HUERTA = 60.0
MIN_WORDS = 30


@pytest.fixture
def spanish_syllables():
    textstat.set_lang("es")
    yield
    textstat.set_lang("en_US")  # textstat keeps one language for the process: the English test needs its own


def spanish_offenders(texts) -> list[str]:
    offenders = []
    for item in texts:
        if len(item.text.split()) < MIN_WORDS:
            continue
        score = textstat.fernandez_huerta(item.text)
        if score < MIN_FERNANDEZ_HUERTA:
            offenders.append(f"{item.where}: Fernández-Huerta {score:.1f}: {item.text[:100]}")
    return offenders


def test_every_long_spanish_family_text_reads_plainly(bundled, spanish_syllables):
    texts = all_spanish_family_texts(bundled)
    assert sum(len(i.text.split()) >= MIN_WORDS for i in texts) > 100
    offenders = spanish_offenders(texts)
    assert not offenders, (
        f"{len(offenders)} Spanish family text block(s) below Fernández-Huerta {MIN_FERNANDEZ_HUERTA}:\n"
        + "\n".join(offenders)
    )


def test_the_spanish_check_flags_hard_text(spanish_syllables):
    hard = FamilyText(
        "sample",
        (
            "Las consideraciones farmacocinéticas, independientemente de la heterogeneidad institucional, determinan "
            "que el abordaje multidisciplinario individualizado incorpore reevaluaciones radiológicas sistemáticas "
            "durante los intervalos de vigilancia subsiguientes, considerando características histopatológicas, "
            "respuesta quimioterapéutica y restricciones anatómicas particulares de cada paciente pediátrico."
        ),
    )
    easy = FamilyText("sample", "El médico mira la pierna de su hijo. " * 6)
    assert spanish_offenders([hard]) and not spanish_offenders([easy])


# --- The take-home in Spanish: PDF text extracted back, and the CSV ------------------------------------------------

SPANISH_LETTERS = "áéíóúñü¿¡"


def _spanish_summary(catalog):
    from optionboard.family_work import FamilyWork
    from optionboard.summary import FamilyChoices

    spanish = catalog.in_language(SPANISH)
    choices = FamilyChoices(
        ("amputation", "rotationplasty", "chemo-iv"), FamilyWork(own_questions="¿Cuándo empieza? Año y niño: ü ¡sí!")
    )
    return build_summary(spanish, choices, date(2026, 11, 30), short=True)


@pytest.mark.parametrize("unicode_font", [True, False])
def test_the_spanish_pdf_keeps_every_spanish_letter(catalog, unicode_font):
    if unicode_font and not unicode_font_available():
        pytest.fail("DejaVu fonts are missing (Debian: fonts-dejavu-core); the Spanish PDF needs a TTF font")
    set_language(SPANISH)
    try:
        summary = _spanish_summary(catalog)
        pdf = build_pdf(summary, "Letter", unicode_font=unicode_font)
    finally:
        set_language(ENGLISH)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = " ".join(text.split())
    for letter in SPANISH_LETTERS:
        assert letter in flat, f"{letter!r} is missing from the extracted PDF text"
    assert "OptionBoard: nuestro resumen para llevar" in flat
    assert "Hecho el 30 de noviembre de 2026" in flat
    assert " ".join(t("app.not_advice", SPANISH).split()[:8]) in flat
    assert "Amputación y una prótesis" in flat and "Rotacionplastia" in flat
    assert "¿Cuándo empieza?" in flat
    assert "not medical advice" not in flat and "Made on" not in flat


def test_the_spanish_csv_has_spanish_headings_and_texts(catalog):
    set_language(SPANISH)
    try:
        csv_text = summary_csv(_spanish_summary(catalog)).decode("utf-8-sig")
    finally:
        set_language(ENGLISH)
    header = csv_text.splitlines()[0]
    assert "sección" in header and "qué tan seguro" in header
    assert "Amputación y una prótesis" in csv_text and "¿Mi hijo conserva su propio brazo o pierna?" in csv_text


def test_the_cli_lists_what_to_translate_again_with_the_new_fingerprint(changed_english):
    import csv as csv_module

    run = subprocess.run(
        [sys.executable, "-m", "optionboard", "translations", "--data-dir", str(changed_english)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    rows = list(csv_module.DictReader(io.StringIO(run.stdout)))
    assert [(r["resource"], r["row_key"], r["field"], r["state"]) for r in rows] == [
        ("options", "amputation", "name", "stale")
    ]
    assert rows[0]["english"] == "Limb amputation and an artificial limb"
    assert rows[0]["english_fingerprint"] == fingerprint("Limb amputation and an artificial limb")
    assert rows[0]["old_text"] == "Amputación y una prótesis"


def test_a_filled_in_todo_merges_back_and_rows_for_other_english_are_left_out(changed_english, tmp_path):
    import csv as csv_module

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "optionboard", "translations", "--data-dir", str(changed_english), *args],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    todo = list(csv_module.DictReader(io.StringIO(cli().stdout)))
    todo[0]["text"] = "Amputación de la extremidad y una prótesis"
    wrong = {**todo[0], "row_key": "rotationplasty", "text": "Rotacionplastia, con la huella de otro inglés"}
    delivered = tmp_path / "delivered.csv"
    with delivered.open("w", encoding="utf-8", newline="") as handle:
        writer = csv_module.DictWriter(handle, fieldnames=[*todo[0].keys()])
        writer.writeheader()
        writer.writerows([todo[0], wrong])
    run = cli("--merge", str(delivered))
    assert run.returncode == 0, run.stderr
    assert "merged 1 translations; left out 1" in run.stderr and "rotationplasty" in run.stderr
    (changed_english / "translations.csv").write_text(run.stdout, encoding="utf-8")
    result = load_package(changed_english)
    assert result.report.ok, result.report.as_text()
    spanish = result.catalog.in_language(SPANISH)
    assert spanish.options["amputation"].name == "Amputación de la extremidad y una prótesis"
    assert not spanish.translation.stale and not spanish.translation.missing
    assert spanish.options["rotationplasty"].name.startswith("Rotacionplastia (girar")
