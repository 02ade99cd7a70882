"""The family path in a real browser: rate what matters, then download the take-home PDF and CSV and read them."""

from __future__ import annotations

import io
import re

from playwright.sync_api import expect
from pypdf import PdfReader

from bench.serving import wait_for_app
from optionboard.datapackage.descriptor import BUNDLED_DATA_DIR
from optionboard.datapackage.loading import load_package
from optionboard.i18n import t
from tests.e2e.page_helpers import assert_no_exception, screenshot

OPTION_IDS = ("amputation", "rotationplasty", "proton-therapy")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_family_downloads_a_summary_with_their_options_and_sources(page, app_server):
    catalog = load_package(BUNDLED_DATA_DIR).catalog
    names = [catalog.options[o].name for o in OPTION_IDS]
    first_factor = catalog.value_factors[0]

    # Streamlit learns the page list from the first script run, so the very first deep link into a cold
    # server shows "Page not found" over the right page; open the app once first, as a family would.
    page.goto(app_server)
    wait_for_app(page)
    page.goto(f"{app_server}/what-matters?options={','.join(OPTION_IDS)}")
    wait_for_app(page)
    main = page.locator('[data-testid="stMain"]')
    # A segmented control is a radio group; the first one rates the first factor.
    main.get_by_role("radio", name=t("family.values.level.3"), exact=True).first.click()
    wait_for_app(page)
    expect(main.get_by_role("heading", name=first_factor.label)).to_be_visible()
    assert_no_exception(page)
    screenshot(page, "family-values-1366x768")

    main.get_by_role("link", name=t("family.nav.summary")).click()
    wait_for_app(page)
    assert f"options={'%2C'.join(OPTION_IDS)}" in page.url or f"options={','.join(OPTION_IDS)}" in page.url
    assert_no_exception(page)

    with page.expect_download() as pdf_download:
        main.get_by_role("button", name=t("family.summary.download_pdf")).click()
    pdf_path = pdf_download.value.path()
    reader = PdfReader(pdf_path)
    assert len(reader.pages) >= 1
    text = flat(" ".join(p.extract_text() for p in reader.pages))
    for name in names:
        assert flat(name) in text
    used = {catalog.options[o].source_id for o in OPTION_IDS}
    for source_id in used:
        assert flat(catalog.sources[source_id].publisher) in text
    assert flat(t("app.not_advice")) in text
    assert flat(f"{first_factor.label} {t('family.values.level.3')}") in text

    with page.expect_download() as csv_download:
        main.get_by_role("button", name=t("family.summary.download_csv")).click()
    csv_text = io.open(csv_download.value.path(), encoding="utf-8-sig").read()
    assert all(name in csv_text for name in names)

    page.set_viewport_size({"width": 390, "height": 844})
    expect(main.get_by_role("button", name=t("family.summary.download_pdf"))).to_be_visible()
    screenshot(page, "family-summary-390x844")
