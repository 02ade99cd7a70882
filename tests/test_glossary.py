"""Finding glossary words in text: whole words, any case, by variants, longest form first."""

from __future__ import annotations

from components.render_cache import entries
from optionboard.catalog import GlossaryTerm
from optionboard.glossary import find_terms, find_terms_in, search_glossary, terms_used

GLOSSARY = (
    GlossaryTerm("bone-metastasis", "bone metastasis", "bone metastases", "Cancer that spread to a bone.", "s"),
    GlossaryTerm("metastasis", "metastasis", "metastases|metastatic", "Cancer that spread.", "s"),
    GlossaryTerm("tumor", "tumor", "tumour|tumors", "A lump of cells.", "s"),
    GlossaryTerm("cancerous", "cancerous", None, "Made of cancer cells.", "s"),
    GlossaryTerm("mri", "MRI", "MRI scan", "Pictures made with a magnet.", "s"),
)


def ids(terms):
    return [t.term_id for t in terms]


def test_finds_terms_in_any_case_and_by_variant():
    assert ids(find_terms("A TUMOUR was seen on the mri scan.", GLOSSARY)) == ["tumor", "mri"]


def test_longer_form_wins_over_the_term_inside_it():
    assert ids(find_terms("Bone metastases are common.", GLOSSARY)) == ["bone-metastasis"]
    assert ids(find_terms("The metastatic spot and bone metastasis.", GLOSSARY)) == ["metastasis", "bone-metastasis"]


def test_only_whole_words_match():
    assert find_terms("Tumorigenesis and a non-cancerous lump.", GLOSSARY) == []


def test_each_term_once_in_order_of_first_use():
    found = find_terms_in(["An MRI.", None, "", "A tumor, then another MRI and two tumors."], GLOSSARY)
    assert ids(found) == ["mri", "tumor"]


def test_empty_inputs():
    assert find_terms(None, GLOSSARY) == [] and find_terms("tumor", ()) == []


def test_search_by_name_first_then_meaning():
    assert ids(search_glossary("tum", GLOSSARY)) == ["tumor"]
    assert ids(search_glossary("spread", GLOSSARY)) == ["bone-metastasis", "metastasis"]
    assert ids(search_glossary("cancer", GLOSSARY))[0] == "cancerous"
    assert ids(search_glossary("  ", GLOSSARY)) == ids(GLOSSARY)
    assert search_glossary("zzz", GLOSSARY) == []


def test_bundled_glossary_explains_the_start_page_words(catalog):
    from optionboard.i18n import t

    found = ids(find_terms_in([t("family.start.what.body"), t("family.start.primary.body")], catalog.glossary))
    assert "bone-metastasis" in found and "primary-cancer" in found


def test_bundled_glossary_forms_are_unique(catalog):
    owners = {}
    for term in catalog.glossary:
        for form in term.forms:
            owners.setdefault(form.lower(), set()).add(term.term_id)
    shared = {form: sorted(o) for form, o in owners.items() if len(o) > 1}
    assert not shared, f"glossary forms that point to more than one term: {shared}"


# Medical words a family may not know. Whenever one appears in family text, the glossary must explain it.
MEDICAL_WORDS = (
    "metastasis",
    "tumor",
    "chemotherapy",
    "radiation therapy",
    "proton therapy",
    "bisphosphonates",
    "sedation",
    "anaesthesia",
    "anesthesia",
    "MRI",
    "CT scan",
    "bone scan",
    "bone marrow",
    "biopsy",
    "prosthesis",
    "endoprosthesis",
    "amputation",
    "rotationplasty",
    "graft",
    "allograft",
    "intrathecal",
    "infusion",
    "IV",
    "spinal cord",
    "fracture",
    "margin",
    "resection",
    "physical therapy",
    "physiotherapy",
    "late effects",
    "clinical trial",
    "oncologist",
    "orthopedic",
    "sarcoma",
    "osteosarcoma",
    "Ewing sarcoma",
    "EOS imaging",
    "bone marrow aspiration",
    "blood tests",
    "anesthetic",
    "anaesthetic",
    "nausea",
)


def test_medical_words_used_in_family_text_are_in_the_glossary(bundled, catalog):
    import re

    from tests.family_texts import all_family_texts

    forms = sorted({form for term in catalog.glossary for form in term.forms}, key=len, reverse=True)
    explained = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", re.IGNORECASE)
    # A word inside an explained phrase ("sarcoma" in "Ewing sarcoma") is explained by that phrase.
    unexplained_text = [explained.sub(" ", item.text) for item in all_family_texts(bundled)]
    missing = [
        word
        for word in MEDICAL_WORDS
        if any(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) for text in unexplained_text)
    ]
    assert not missing, f"medical words used in family text but missing from the glossary: {missing}"


def test_terms_used_are_the_terms_found_worked_out_once_per_data_version(catalog):
    texts = ["The bone metastasis was treated with chemotherapy.", None, "A biopsy came first."]
    views = entries()
    found = terms_used(catalog, texts)
    assert found == tuple(find_terms_in(texts, catalog.glossary)) and found
    assert terms_used(catalog, list(texts)) is found
    assert entries() == views  # kept with the domain's derived values, not with the page views


def test_the_glossary_pattern_is_made_once_per_data_version(data_copy, monkeypatch):
    from optionboard import glossary
    from optionboard.datapackage.loading import load_package
    from tests.data_edits import set_cell

    set_cell(data_copy, "options.csv", 2, "summary", "A version of the data no other test loaded.")
    made = []
    make = glossary._matcher
    monkeypatch.setattr(glossary, "_matcher", lambda terms: made.append(1) or make(terms))
    catalog = load_package(data_copy).catalog
    terms_used(catalog, ["A biopsy came first."])
    terms_used(load_package(data_copy).catalog, ["Then chemotherapy."])  # the same files, loaded again
    assert len(made) == 1


# --- Near matches, suggestions and option names (issue 12, point 5) ---------------------------------------------
from optionboard.catalog import Option  # noqa: E402
from optionboard.glossary import near_terms, search_options, suggest_terms  # noqa: E402


def test_near_matches_forgive_a_typo_and_word_order():
    assert ids(near_terms("tumr", GLOSSARY)) == ["tumor"]
    assert ids(near_terms("metastatsis", GLOSSARY))[0] == "metastasis"
    assert ids(near_terms("metastasis bone", GLOSSARY))[0] == "bone-metastasis"
    assert near_terms("zzqx", GLOSSARY) == [] and near_terms("tm", GLOSSARY) == []


def test_suggestions_are_looser_than_near_matches():
    assert near_terms("canserus", GLOSSARY) == [] or ids(near_terms("canserus", GLOSSARY)) == ["cancerous"]
    assert "cancerous" in ids(suggest_terms("canserus", GLOSSARY))
    assert suggest_terms("zzqx", GLOSSARY) == []


def _option(option_id, name, clinical):
    return Option(option_id, "c", 1, name, clinical, "A summary.", "A clinical summary.", "s")


def test_option_names_are_found_by_any_word_order_or_a_typo():
    options = [
        _option("rp", "Rotationplasty (turning the lower leg)", "Rotationplasty"),
        _option("mibg", "MIBG therapy", "131I-MIBG therapy"),
    ]
    assert [o.option_id for o in search_options("lower leg turning", options)] == ["rp"]
    assert [o.option_id for o in search_options("rotationplasy", options)] == ["rp"]
    assert [o.option_id for o in search_options("mibg", options)] == ["mibg"]
    assert search_options("zzqx", options) == [] and search_options("mi", options) == []


def test_bundled_glossary_finds_the_issue_words_even_misspelled(catalog):
    for typo, wanted in (
        ("nuroblastoma", "neuroblastoma"),
        ("MIGB", "MIBG"),
        ("femer", "femur"),
        ("osteosarcomma", "osteosarcoma"),
        ("cell stem", "stem cell rescue"),
    ):
        assert wanted in [term.term for term in near_terms(typo, catalog.glossary)], typo
    names = [option.name for option in search_options("neuroblastoma", catalog.options.values())]
    assert any("MIBG" in name for name in names)


def test_spanish_glossary_forms_are_unique_and_explain_the_start_page(catalog):
    """Issue 17: at lang=es the glossary's terms and variants are Spanish, so words in Spanish text find it."""
    from optionboard.i18n import t

    spanish = catalog.in_language("es")
    owners = {}
    for term in spanish.glossary:
        for form in term.forms:
            owners.setdefault(form.lower(), set()).add(term.term_id)
    shared = {form: sorted(o) for form, o in owners.items() if len(o) > 1}
    assert not shared, f"Spanish glossary forms that point to more than one term: {shared}"
    found = ids(
        find_terms_in([t("family.start.what.body", "es"), t("family.start.primary.body", "es")], spanish.glossary)
    )
    assert "bone-metastasis" in found and "primary-cancer" in found
    assert "chemotherapy" in ids(find_terms_in(["La quimio empieza el lunes."], spanish.glossary))


def test_the_spanish_glossary_is_in_dictionary_order(catalog):
    terms = [g.term for g in catalog.in_language("es").glossary]
    assert terms.index("ácido zoledrónico") < terms.index("aflojamiento")  # "á" among the a's, not after "z"
    assert terms.index("efectos tardíos") < terms.index("endoprótesis") < terms.index("ensayo clínico")
