"""Interface text of the tumor board: presentation steps, following along, the board summary and the note."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        # Source kinds (sources.csv ``kind``); a kind without a label here is shown as written in the data.
        "board.source_kind.patient-information": "patient information",
        "board.source_kind.clinical-summary": "clinical summary",
        "board.source_kind.guideline": "guideline",
        "board.source_kind.research-study": "research study",
        "board.source_kind.review-article": "review article",
        "board.source_kind.news": "news",
        "board.grid.clinical_source": "[{number}] {kind}, {date}",
        "board.grid.clinical_source_undated": "[{number}] {kind}, undated (read {date})",
        "board.grid.evidence": "Evidence: {certainty}",
        # Presentation steps
        "board.present.step_of": "Step {number} of {total}",
        "board.present.part_of": "{title} ({part} of {parts})",
        "board.present.previous": "Previous (PageUp)",
        "board.present.next": "Next (PageDown)",
        "board.present.leave": "Leave presentation (Esc)",
        "board.present.start_title": "Tumor board: {count} options side by side",
        "board.present.options": "Options discussed",
        "board.present.follow": "Follow on your laptop",
        "board.present.follow_hint": "Open this link or scan the code: the same comparison, in normal size, that you can scroll yourself.",
        "board.present.qr_alt": "QR code that opens the same comparison without presentation mode",
        "board.present.keys": "Keys: PageDown, PageUp or the arrow keys step; Esc leaves presentation mode.",
        "board.present.goals": "Goals, benefits and downsides",
        "board.present.sources": "Sources",
        "board.present.continued": "{section} (continued)",
        "board.present.step_unknown": "The link names a presentation step this comparison does not have ({value}); showing the first step.",
        "board.present.no_steps": "No questions to show with these settings.",
        "board.sources.col.kind": "Kind",
    },
}
