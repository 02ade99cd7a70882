"""Interface text for the compare pages: the grid, follow-up burden and whole plans."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        # Navigation
        "compare.nav.compare": "Compare options",
        "compare.nav.burden": "Visits and scans over 5 years",
        "compare.nav.plans": "Whole plans",
        # Notices about the link (URL)
        "compare.notice.unknown_params": (
            "The link had settings OptionBoard does not use ({names}). They were left out."
        ),
        "compare.notice.too_long": "The link's {name} setting was too long, so the usual setting is shown.",
        "compare.notice.topic": "The link names a topic OptionBoard does not know ({value}), so all topics are shown.",
        "compare.notice.wording": (
            "The link asks for a wording OptionBoard does not know ({value}), so family wording is shown."
        ),
        "compare.notice.measure": (
            "The link asks for a count OptionBoard does not know ({value}), so hospital visits are shown."
        ),
        "compare.notice.switch": "The link's {name} setting ({value}) was not understood, so it is off.",
        "compare.notice.plan_part": "Part of a plan in the link was not understood ({value}). It was left out.",
        "compare.notice.plan_start": (
            "A start day in the link ({value}) must be a whole number from 0 to {latest}. That part was left out."
        ),
        "compare.notice.plan_option": (
            "The link puts an option that does not fit ({value}) in the {slot} part of a plan. That part was left out."
        ),
        "compare.notice.plan_one_only": "The {slot} part of a plan holds one option. That part was left out.",
        "compare.notice.plan_slot_twice": "The link names the {slot} part of a plan twice. The first one is used.",
        "compare.notice.plan_unusable": "A plan in the link could not be used, so the starting plan is shown.",
        # Controls shared by the three pages
        "compare.controls.sets": "Start from a common comparison",
        "compare.controls.options": "Options to compare (2 to 4)",
        "compare.controls.options_help": "Pick from any group. The burden page uses the same options.",
        "compare.controls.find": "Find an option by name",
        "compare.controls.find_help": (
            "There are many options, so the list below shows the ones whose name "
            "has every word you type. Press Enter to search."
        ),
        "compare.controls.find_more": (
            "The list shows the first {limit} of {matching} options. Type part of a name above to find the others."
        ),
        "compare.controls.find_none": (
            "No option has every word of that search in its name. Try fewer or shorter words."
        ),
        "compare.present.too_few": "No options are chosen for this view. Leave presentation mode to pick 2 to 4.",
        "compare.controls.too_few": (
            "Pick at least 2 options to compare them side by side, or tap one of the ready-made comparisons above."
        ),
        "compare.controls.topic": "Topic",
        "compare.controls.all_topics": "All topics",
        "compare.controls.diff": "Show only questions where the answers differ",
        "compare.controls.wording": "Wording",
        "compare.controls.wording.family": "Family wording",
        "compare.controls.wording.clinical": "Clinical wording (for the care team)",
        "compare.controls.present": "Presentation mode (large text for a wall screen)",
        "compare.controls.present_help": (
            "Large, high-contrast text with no editing controls. The link keeps this setting."
        ),
        "compare.controls.measure": "Count to show in the charts",
        "compare.share.heading": "Share this view",
        "compare.share.hint": (
            "Copy this link to open exactly this view again, for example at the tumor board. It "
            "holds only your choices on this page, nothing about your child."
        ),
        "compare.share.relative": "Add this to the app's address:",
        "compare.link.burden": "See visits and scans over 5 years for these options",
        "compare.link.compare": "Compare these options question by question",
        "compare.link.plans": "Build whole plans",
        "compare.link.summary": "Make a take-home summary of these options",
        # Compare page
        "compare.title": "Compare options",
        "compare.intro": (
            "Each row is a question families often ask. Each column is one option. "
            "Every answer says how sure the evidence is and where it comes from."
        ),
        "compare.grid.question": "Question",
        "compare.grid.missing": "No information in OptionBoard yet.",
        "compare.grid.not_known_flag": "NOT KNOWN",
        "compare.grid.numbers": "In numbers: {numbers}",
        "compare.grid.certainty": "How sure: {certainty}",
        "compare.grid.population": "Who was studied: {population}",  # issue 12: the source's population
        "compare.grid.source": "Source [{number}], {date}",
        "compare.grid.source_undated": "Source [{number}], no date on the page (read {date})",
        "compare.grid.no_source": "No source",
        "compare.grid.old_flag": "Source older than {years} years",
        "compare.grid.no_rows": "No questions to show with these settings.",
        "compare.grid.hidden_same": "Questions hidden because every option has the same answer: {count}.",
        "compare.grid.flag_summary": (
            "Answers that are not known: {not_known}. Answers that rest on a source older "
            "than {years} years: {old}. Each is marked in its cell."
        ),
        "compare.certainty.well-established": "Well known",
        "compare.certainty.some-evidence": "Some evidence",
        "compare.certainty.uncertain": "Not sure",
        "compare.certainty.not-known": "Not known",
        "compare.profiles.heading": "Goals, benefits and downsides",
        "compare.profiles.intro": (
            "Each option is described the same way, with the same parts, so they can be weighed side by side."
        ),
        "compare.profiles.main_goals": "Main goals",
        "compare.profiles.supporting_goals": "Other goals",
        "compare.profiles.benefits": "Benefits",
        "compare.profiles.downsides": "Downsides",
        "compare.profiles.none_listed": "None listed in the data.",
        "compare.profiles.section_column": "Part",
        "compare.profiles.how_often": "How often: {how_often}",
        "compare.profiles.line": "{text} [{number}]",
        "compare.profiles.certainty": "How sure: {certainty}",
        "compare.sources.heading": "Sources",
        "compare.sources.intro": "Numbers in square brackets point to these sources. Each shows its date.",
        "compare.sources.col.number": "No.",
        "compare.sources.col.source": "Source",
        "compare.sources.col.date": "Date",
        "compare.sources.col.age": "Age check",
        "compare.sources.old": "Older than {years} years: ask the care team if newer facts exist",
        "compare.sources.recent": "Within {years} years",
        "compare.sources.date": "{kind} {date}",
        "compare.sources.kind.published": "Published",
        "compare.sources.kind.reviewed": "Reviewed",
        "compare.sources.kind.updated": "Updated",
        "compare.sources.kind.undated": "No date on the page; read",
        "compare.sources.undated": "No date on the page: ask the care team if it is current",
        # Units in answers
        "compare.unit.days": "days",
        "compare.unit.days.one": "day",
        "compare.unit.weeks": "weeks",
        "compare.unit.weeks.one": "week",
        "compare.unit.months": "months",
        "compare.unit.months.one": "month",
        "compare.unit.years": "years",
        "compare.unit.years.one": "year",
        "compare.unit.hours": "hours",
        "compare.unit.hours.one": "hour",
        "compare.unit.minutes": "minutes",
        "compare.unit.minutes.one": "minute",
        "compare.unit.nights": "nights",
        "compare.unit.nights.one": "night",
        "compare.unit.visits": "visits",
        "compare.unit.visits.one": "visit",
        "compare.unit.treatments": "treatments",
        "compare.unit.treatments.one": "treatment",
        "compare.unit.mm": "mm",
        "compare.unit.mm.one": "mm",
        # Burden
        "compare.burden.title": "Visits and scans over 5 years",
        "compare.burden.intro": (
            "This counts the hospital visits, scans, operations and other care that each option brings, "
            "year by year for 5 years. The counts come from typical schedules. Your child's schedule may be different."
        ),
        "compare.burden.rules": (
            "How we count: a day with any care at the hospital is one visit, even if several things happen that day. "
            "Days already spent in hospital are not new visits. Things done "
            "under one anaesthetic on one day count once. "
            "Each scan counts, but the same check planned twice (on one day, or by two parts of a plan within 4 weeks) "
            "counts once. Check-ups for the cancer coming back start when treatment "
            "ends. Hours of care are capped at 24 on any day."
        ),
        "compare.burden.measure.visits": "Hospital visits (days at the hospital)",
        "compare.burden.measure.imaging": "Scans and X-rays",
        "compare.burden.measure.imaging_radiation": "Scans and X-rays that use radiation",
        "compare.burden.measure.anaesthesia": "Times put to sleep or sedated (a child who can keep still)",
        "compare.burden.measure.infusions": "Infusions (medicine through a drip)",
        "compare.burden.measure.operations": "Operations",
        "compare.burden.measure.radiation_sessions": "Radiation treatment sessions",
        "compare.burden.measure.hospital_nights": "Nights in hospital",
        "compare.burden.measure.lengthenings": "Lengthening visits",
        "compare.burden.measure.care_hours": "Hours of care",
        "compare.burden.total": "Total (5 years)",
        "compare.burden.measure_column": "What is counted",
        "compare.burden.option_column": "Option",
        "compare.burden.year": "Year",
        "compare.burden.year_n": "Year {year}",
        "compare.burden.month": "Month",
        "compare.burden.month_n": "Month {month}",
        "compare.burden.totals_heading": "Totals over 5 years",
        "compare.burden.by_year_heading": "{measure}: year by year",
        "compare.burden.timeline_heading": "{measure}: month by month",
        "compare.burden.by_year_chart": "{measure} per year",
        "compare.burden.timeline_chart": "{measure} per month, over 5 years",
        "compare.burden.per_option_heading": "Every count, year by year",
        "compare.burden.no_events": (
            "{name}: no scheduled events in the data. This does not mean no visits "
            "or scans. Ask the care team what to expect."
        ),
        "compare.burden.table_caption": "The same numbers as the chart.",
        "compare.burden.months_table": "The same numbers as the chart, month by month ({months} months)",
        # Plans
        "compare.plans.title": "Whole plans",
        "compare.plans.intro": (
            "Most children get more than one treatment. Here you can put the parts of a plan together and see the "
            "visits, scans and nights in hospital of the whole plan. Two plans can be set side by side."
        ),
        "compare.plans.start_note": (
            "Each part starts on its own day, counted from the start of the plan. A day with care from two parts "
            "counts as one visit. These are typical schedules, not your child's plan."
        ),
        "compare.plans.plan_a": "Plan A",
        "compare.plans.plan_b": "Plan B",
        "compare.plans.difference": "Difference (B minus A)",
        "compare.plans.nothing": "Nothing",
        "compare.plans.start_day": "Starts on day",
        "compare.plans.start_help": (
            "Day 0 is the start of the plan. For example, surgery often comes after about 10 weeks of chemotherapy."
        ),
        "compare.plans.slot.surgery": "Surgery",
        "compare.plans.slot.reconstruction": "Rebuilding after surgery",
        "compare.plans.slot.chemotherapy": "Chemotherapy route",
        "compare.plans.slot.radiation": "Radiation or proton therapy",
        "compare.plans.slot.supportive": "Supportive medicines",
        "compare.plans.part_line": "{slot}: {options}, from day {day}",
        "compare.plans.empty_plan": "This plan has no parts yet.",
        "compare.plans.totals_heading": "The two plans side by side (5 years)",
        "compare.plans.by_year_heading": "{measure} per year, both plans",
        "compare.plans.timeline_heading": "{measure} per month, both plans",
        "compare.plans.schedule_heading": "Merged schedule",
        "compare.plans.schedule_intro": (
            "One row per day with care at the hospital. A day shows once, even when two parts have care that day."
        ),
        "compare.plans.home_days": "Also list days with care only at home",
        "compare.plans.schedule_rows": "Days listed: {rows}.",
        "compare.plans.schedule_year": "Year {year} (days listed: {days})",
        "compare.plans.schedule_empty": "This plan has no days with care at the hospital in the data.",
        "compare.plans.col.day": "Day",
        "compare.plans.col.year": "Year",
        "compare.plans.col.what": "What happens",
        "compare.plans.col.trip": "New hospital visit",
        "compare.plans.col.night": "Night in hospital",
        "compare.plans.col.hours": "Hours of care",
        "compare.plans.yes": "Yes",
        "compare.plans.no": "No",
        "compare.plans.all_years": "Every count, year by year",
        "compare.plans.plan_column": "Plan",
        "compare.plans.find_help": (
            "There are many options, so each list below shows the ones whose name "
            "has every word you type. Press Enter to search."
        ),
        "compare.plans.find_note": (
            "Each list shows at most {limit} options besides the ones already "
            "chosen. Type part of a name above to find others."
        ),
        # The family's short grid and phone cards (issue 13, points 3 and 4).
        "compare.short.heading": "The main questions",
        "compare.short.where": "Where this comes from",
        "compare.short.more_and_where": "More, and where this comes from",
        "compare.short.notice": (
            "Answers that are not known: {not_known}. Answers that rest on a source older than {years} years: {old}. "
            "Tap \"Where this comes from\" under an answer to see how sure it is, its source and the date."
        ),
        "compare.short.how_many": "This short view shows {shown} of the {total} questions.",
        "compare.controls.full_grid": "Show every question (the full grid)",
        "compare.controls.full_grid_help": (
            "Families first see the main questions. The full grid has every question, "
            "grouped by topic. The link keeps this setting."
        ),
        # Burden v2 (burden branch): sedation for young children, radiation counted in two parts
        "compare.burden.measure.anaesthesia_young": (
            "Times put to sleep or sedated (a young child sedated for each session or scan)"
        ),
        "compare.burden.sedation_note": (
            "Sedation depends on age. In one study (Radiation Oncology, 2015), every child "
            "aged 3 or younger was sedated for each radiation session, "
            "about half of children aged 7 to 8 were not, and about 1 in 10 aged 12 or older still were. "
            "So we count two ways: for a child who can keep still, and for a young child sedated each time."
        ),
        "compare.burden.radiation_both": (
            "{name}: {sessions} radiation treatment sessions and {scans} scans "
            "or X-rays that use radiation, over 5 years."
        ),
        "compare.burden.radiation_chart": "Radiation over 5 years: treatment sessions and scans, counted apart",
        "compare.burden.radiation_chart_note": (
            "A treatment session aims radiation at the tumor. A scan or X-ray uses radiation to take pictures. "
            "They are counted apart and are not the same amount of radiation."
        ),
        "compare.burden.radiation_axis": "Times over 5 years",
        "compare.burden.radiation_chart_title": "Sessions and scans, 5 years",
        "compare.burden.situation_cancer": (
            "Schedules written for {cancer}: {options}. The other options show a typical example."
        ),
        "compare.burden.situation_none_specific": (
            "Our data has no schedules written for {cancer} for these options, so they show a typical example."
        ),
        "compare.burden.situation_default": (
            "Schedules show typical examples. Choose the first cancer under Your child's situation (on "
            "Start or Compare) to see its schedules, where our data has them."
        ),
        # clinical2 (issue 12): a cell written for the child's situation (data/situation_facts.csv) says so
        "compare.grid.for_situation": "Written for your child's situation",
        "board.grid.for_situation": "Situation-specific",
        "board.grid.unchecked": "Not yet re-checked in its source",
    },
}
