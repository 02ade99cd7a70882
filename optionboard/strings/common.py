"""Interface text shared by every page: app name, navigation, the not-advice statement, data status."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "app.title": "OptionBoard",
        "app.not_advice": (
            "This is information to help you talk with your child's care team. It is not medical advice, "
            "and it does not say which option to choose. Your care team knows your child and can answer your questions."
        ),
        "app.no_patient_data": "OptionBoard does not store anything you type or choose.",
        "nav.section.family": "Learn and weigh",
        "nav.section.compare": "Compare",
        "nav.section.data": "Data",
        "nav.options": "Treatment options",
        "data.stale_banner": (
            "The data files changed and now have problems (found: {count}). OptionBoard still shows the last good "
            "version. Data analysts: see the Data page, or run `python -m optionboard validate`."
        ),
        "data.no_valid_data": (
            "OptionBoard cannot show anything yet: the data files have problems "
            "(found: {count}) and there is no earlier good "
            "version to fall back on."
        ),
        "data.problem_list": "Problems found",
        "tables.swipe": (
            "On a small screen, swipe the table sideways to see every column. The first column stays in view."
        ),
        "options.heading": "Treatment options",
        "options.intro": (
            "These are the kinds of treatment a care team may talk about when cancer has spread to a bone. "
            "Most children get more than one, as parts of one plan. Open an option to read what it is."
        ),
        "options.count": "{options} options in {categories} groups. Facts come from {sources} public sources.",
        "options.find.group": "Group",
        "options.find.all_groups": "All groups",
        "options.find.more": (
            "Showing the first {limit} of {matching} options. Type part of a name, or pick a group, to find the others."
        ),
        "options.clinical_name": "Clinical name",
        # The child's situation (burden branch): optionboard/situation.py, components/situation_picker.py
        "situation.heading": "Your child's situation (optional)",
        "situation.intro": (
            "If you like, tell us three things. They change which options are listed first and add a short note "
            "where an option is rarely used. Nothing is saved. You can skip this."
        ),
        "situation.cancer.label": "The first cancer",
        "situation.site.label": "Where the cancer is in the bones",
        "situation.phase.label": "The moment",
        "situation.none": "Not chosen",
        "situation.cancer.neuroblastoma": "Neuroblastoma",
        "situation.cancer.ewing": "Ewing sarcoma",
        "situation.cancer.osteosarcoma": "Osteosarcoma",
        "situation.cancer.rhabdomyosarcoma": "Rhabdomyosarcoma",
        "situation.cancer.other": "Another cancer",
        "situation.cancer.unsure": "Not sure",
        "situation.site.limb": "An arm or leg bone",
        "situation.site.spine": "The spine",
        "situation.site.pelvis": "The pelvis (hip bones)",
        "situation.site.skull-other": "The skull or another bone",
        "situation.site.several": "Several places",
        "situation.site.unsure": "Not sure",
        "situation.phase.new": "Newly found",
        "situation.phase.during": "During treatment",
        "situation.phase.relapse": "The cancer came back",
        "situation.phase.comfort": "Care focused on comfort",
        "situation.phase.unsure": "Not sure",
        "situation.cancer.describe": "First cancer: {value}.",
        "situation.site.describe": "Where in the bones: {value}.",
        "situation.phase.describe": "The moment: {value}.",
        "situation.notice": (
            "The link gives a value OptionBoard does not know for \"{aspect}\" ({value}); it was left out."
        ),
        "situation.when_used": "When it is used",
        "situation.in_situation": "In your child's situation",
        "situation.rarely_marker": "rarely used in this situation",
        "situation.not_used_marker": "not used in this situation",
        # Languages (issue 17): optionboard/i18n.py, components/language.py, optionboard/selection.py
        "language.skip_link": "Skip to main content",
        "language.english_marker": "(English)",
        "language.note": (
            "This translation is for reading with your child's care team. You can ask for a medical interpreter "
            "at any visit or call."
        ),
        "language.some_english": (
            "Some texts on this page are shown in English: their translation is missing, or the English changed "
            "after it was translated."
        ),
        "common.range": "{low} to {high}",
        "selection.notice.too_long": "The link's option list was too long, so no options are chosen. Pick them again.",
        "selection.notice.unknown": "The link names an option OptionBoard does not know ({option}); it was left out.",
        "selection.notice.too_many": "OptionBoard shows at most {limit} options at once; the first {limit} are shown.",
        "selection.set.rebuild_leg": "Ways to rebuild the leg",
        "selection.set.radiation_kinds": "Radiation: X-rays or protons",
        "selection.set.chemo_ways": "Ways to give chemotherapy",
        "selection.set.surgery_types": "Types of surgery",
        "selection.set.comfort_bones": "Medicines for comfort and bones",
        "selection.set.painful_bone": "Radiation for a painful bone",
        "selection.set.weak_bone": "A weak or broken bone",
        "selection.set.bone_medicines": "Bone medicines",
        "selection.set.neuroblastoma": "Neuroblastoma: parts of the plan",
        "work.notice.other_version": (
            "This saved-work link was made by a different version of OptionBoard and could not be read here."
        ),
        "source.undated": "No date on the page (read {read})",
        "source.date_kind.published": "Published {date}",
        "source.date_kind.reviewed": "Reviewed {date}",
        "source.date_kind.updated": "Updated {date}",
        "work.notice.unreadable": "The saved work in this link could not be read. Nothing else was changed.",
        "work.notice.damaged": (
            "The saved work in this link is damaged and could not be read. It may have been cut off when it was copied."
        ),
        "work.notice.dropped": (
            "Some saved answers ({count}) no longer fit OptionBoard's data and "
            "were left out. The rest of your work is back."
        ),
        # The database store (pgstore branch): components/data_access.py
        "data.store_unreachable": (
            "The data service cannot be reached just now. You are seeing the same information as a moment ago. "
            "This page updates by itself when the service is back."
        ),
        "data.store_unreachable_no_data": (
            "OptionBoard cannot show anything yet: the data service cannot be reached. Please try again in a minute."
        ),
    },
}
