"""Interface text of the tumor board: presentation steps, following along, the board summary and the note."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        # Source kinds (sources.csv ``kind``) that need other words than the kind itself; any other kind,
        # new in the data too, is shown as written with spaces for hyphens ("cohort-study": "cohort study").
        "board.source_kind.vendor-page": "company page",
        "board.source_kind.model": "OptionBoard model",
        # issue 17: every kind of the descriptor's enum has words, so Spanish pages name it in Spanish
        "board.source_kind.guideline": "guideline",
        "board.source_kind.trial": "trial",
        "board.source_kind.cohort-study": "cohort study",
        "board.source_kind.review": "review",
        "board.source_kind.patient-information": "patient information",
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
        "board.present.follow_hint": (
            "Open this link or scan the code: the same comparison, in normal size, that you can scroll yourself."
        ),
        "board.present.qr_alt": "QR code that opens the same comparison without presentation mode",
        "board.present.keys": "Keys: PageDown, PageUp or the arrow keys step; Esc leaves presentation mode.",
        "board.present.goals": "Goals, benefits and downsides",
        "board.present.sources": "Sources",
        "board.present.continued": "{section} (continued)",
        "board.present.step_unknown": (
            "The link names a presentation step this comparison does not have ({value}); showing the first step."
        ),
        "board.present.no_steps": "No questions to show with these settings.",
        "board.sources.col.kind": "Kind",
        # Board summary (PDF) and note for the record
        "board.record.heading": "Board summary and note for the record",
        "board.record.open": "Prepare the board summary (PDF) and a note for the record",
        "board.record.intro": (
            "Type what the board discussed. It goes only into the PDF and the note you download or copy: OptionBoard "
            "keeps none of it, and asks for nothing that names the patient."
        ),
        "board.record.date": "Date of the meeting",
        "board.record.question": "Question discussed",
        "board.record.decision": "Decision",
        "board.record.dissent": "Dissent or notes",
        "board.record.no_patient": "Do not type the patient's name or any identifier.",
        "board.record.paper": "Paper size",
        "board.record.download_pdf": "Download the board summary (PDF)",
        "board.record.note_heading": "Note for the record",
        "board.record.note_hint": "Copy it with the button at the top right of the box, or download it as a text file.",
        "board.record.download_note": "Download the note (text)",
        "board.record.unknown": "unknown",
        "board.record.no_situation": "not given",
        "board.record.aid_version": "Decision aid: OptionBoard, note made {date}",
        "board.record.data_version": "Data: version {fingerprint}, sources last read {read}",
        "board.record.not_advice": (
            "OptionBoard lays out information for a discussion; it does not recommend a treatment. "
            "The decision rests with the care team and the family."
        ),
        "board.summary.title": "Tumor board summary",
        "board.summary.options": "Options discussed",
        "board.summary.situation": "Situation: {situation}",
        "board.summary.grid": "Options side by side (clinical wording; numbers in brackets are the sources below)",
        "board.summary.burden": "Follow-up burden over 5 years, per option",
        "board.summary.plans": "Whole plans compared: 5-year totals",
        "board.summary.plan_parts": "What each plan holds",
        "board.summary.difference": "{b} minus {a}",
        "board.summary.sources": "Sources",
        "board.summary.record": "At the meeting",
        "board.summary.versions": "Versions",
        "board.summary.blank": "(not filled in)",
        "board.note.heading": "Tumor board discussion, {date} (OptionBoard decision aid)",
        "board.note.options": "Options discussed:",
        "board.note.situation": "Situation: {situation}",
        "board.note.matters": "What the family said matters:",
        "board.note.with_child": "{parent} (parent), {child} (child)",
        "board.note.questions": "Questions raised:",
        "board.note.decision": "Decision: {decision}",
        "board.note.dissent": "Dissent or notes: {dissent}",
        "board.note.versions": "Versions:",
        "board.note.sources": "Sources (numbers as shown in OptionBoard):",
        # Plans
        "board.plans.name_label": "Name of this plan (optional)",
        "board.plans.name_help": (
            "For example \"Limb salvage first\". The name is kept in the link; do not use the patient's name."
        ),
        "board.plans.difference": "Difference ({b} minus {a})",
        "board.plans.year_by_year": "{measure}: both plans year by year",
        "board.plans.year_column": "Year",
        "board.plans.side_by_side": "Both schedules side by side, a year at a time",
    },
}
