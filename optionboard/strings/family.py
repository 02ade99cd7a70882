"""Interface text for the family pages: plain words, US grade 8 or lower, calm, never advice."""

TEXT: dict[str, dict[str, str]] = {
    "en": {
        # Navigation
        "family.nav.start": "Start here",
        "family.nav.tests": "Tests and scans",
        "family.nav.glossary": "Words and meanings",
        "family.nav.values": "What matters to us",
        "family.nav.questions": "Questions to ask",
        "family.nav.summary": "Take-home summary",
        # The chosen options, shared by the family pages
        "family.options.label": "Treatments you are looking at (up to 4)",
        "family.options.start_label": "Which treatments has your care team mentioned? (optional, up to 4)",
        "family.options.help": "Pick up to 4. Every page uses the same ones, and you can change them at any time.",
        "family.options.placeholder": "Choose treatments",
        "family.options.none": "No treatments are chosen yet. Pick the ones your care team mentioned in the box above.",
        # Start here
        "family.start.title": "Start here",
        "family.start.intro": (
            "OptionBoard helps you learn about treatment choices when a child's cancer has spread to a bone. "
            "Take your time. You can come back to any page."
        ),
        "family.start.what.heading": "What is bone metastasis?",
        "family.start.what.body": (
            "Cancer can start in one part of the body and then spread. When it spreads to a bone, this is called "
            "bone metastasis. Cancer cells can travel to the bone in the blood. The cancer in the bone is still the "
            "same kind of cancer as where it started. Lab tests on the cells show where it began."
        ),
        "family.start.primary.heading": "Why treating the first cancer matters",
        "family.start.primary.body": (
            "Cancer in a bone is still the cancer that started somewhere else. Doctors call that first cancer the "
            "primary cancer. So the care team builds the plan around it. The other treatments here are often parts "
            "of that plan. Some take out or shrink the tumor in the bone. Some keep the bone strong or ease pain."
        ),
        "family.start.warning.heading": "Call your care team now if you see any of these",
        "family.start.warning.intro": "These signs need a call to your child's care team right away, day or night.",
        "family.start.how.heading": "How to use OptionBoard",
        "family.start.how.steps": (
            "1. Read about the treatment options.\n"
            "2. Look at 2 to 4 options side by side.\n"
            "3. Learn about tests and scans, and look up new words.\n"
            "4. Rate what matters most to your family. Your child can rate too.\n"
            "5. Pick questions to ask at your next visit.\n"
            "6. Download a summary to print or share with your care team."
        ),
        "family.start.about.heading": "About this information",
        "family.start.about.dates": (
            "The facts come from {count} public sources. Their dates run from {oldest} to {newest}. "
            "{undated} web pages show no date. Each fact shows its own source and date."
        ),
        "family.start.about.sources": "See every source and its date",
        "family.start.next": "Where to go next",
        "family.start.options_note": (
            "You can skip this. Nothing is chosen for you, and you can change these on any page."
        ),
        # Glossary terms shown beside a text
        "family.terms.expander": "Meanings of words on this page ({count})",
        "family.terms.popover": "Word meanings",
        # Tests and scans
        "family.tests.title": "Tests and scans",
        "family.tests.intro": (
            "Doctors use these tests to find cancer in the bone and to check on it later. Here is what each test "
            "shows and what it is like for a child. Your care team can help your child get ready."
        ),
        "family.tests.radiation_note": (
            "Some tests use radiation. The amount from one test is small. Care teams try to use only the tests a "
            "child needs. You can ask how many scans with radiation your child may have."
        ),
        "family.tests.table.caption": "All the tests at a glance",
        "family.tests.col.test": "Test",
        "family.tests.col.time": "Usual time",
        "family.tests.col.sedation": "Medicine to sleep",
        "family.tests.col.needle": "Needle",
        "family.tests.col.radiation": "Radiation",
        "family.tests.shows": "What it shows",
        "family.tests.experience": "What it is like for your child",
        "family.tests.minutes.range": "{low} to {high} minutes",
        "family.tests.minutes.one": "About {minutes} minutes",
        "family.tests.minutes.unknown": "Time varies",
        "family.tests.sedation.never": "Not needed",
        "family.tests.sedation.sometimes": "Sometimes",
        "family.tests.sedation.often": "Often",
        "family.tests.facts": "Time: {time}. Medicine to sleep: {sedation}. Needle: {needle}. Radiation: {radiation}.",
        "family.yes": "Yes",
        "family.no": "No",
        "family.source": "Source",
        # Glossary page
        "family.glossary.title": "Words and meanings",
        "family.glossary.intro": (
            "Doctors use many new words. Look up any word here. On the other pages, the words in this list are "
            "explained under the text."
        ),
        "family.glossary.search": "Look up a word",
        "family.glossary.search_help": "Type part of a word, like scan or chemo.",
        "family.glossary.count": "Showing {shown} of {total} words.",
        "family.glossary.none": "No word matches “{query}”. Check the spelling. The whole list is below.",
        "family.glossary.also": "Also written as",
        # Glossary search: near matches, suggestions and the board's own option names (issue 12, point 5)
        "family.glossary.near": "No word is spelled exactly like “{query}”. These words are close to it:",
        "family.glossary.suggest": "No word matches “{query}”. Did you mean one of these?",
        "family.glossary.options": "Options on this board",
        "family.glossary.options_intro": (
            "These options have “{query}” in their name. See them all on the Options page."
        ),
        "family.glossary.options_link": "Open the Options page",
        # What matters to us
        "family.values.title": "What matters to us",
        "family.values.intro": (
            "Every family weighs things in its own way. There is no right or wrong answer here. Rate how much "
            "each thing matters to your family. Then see what the data says about each option, one thing at a time."
        ),
        "family.values.no_ranking": (
            "This page does not rank the options or add up a score. It does not say which option to choose. It "
            "puts what matters to you next to the facts, so you can talk it over with your care team."
        ),
        "family.values.parent.heading": "How much does each thing matter to your family?",
        "family.values.level.none": "Not rated",
        "family.values.level.0": "Not important",
        "family.values.level.1": "A little important",
        "family.values.level.2": "Important",
        "family.values.level.3": "Very important",
        "family.values.child.toggle": "Add my child's own ratings",
        "family.values.child.heading": "What matters to me (for your child)",
        "family.values.child.intro": "Your child can rate too, in their own words. You can read these out loud.",
        "family.values.child.level.none": "Skip",
        "family.values.child.level.0": "Not a big deal",
        "family.values.child.level.1": "A little",
        "family.values.child.level.2": "Matters",
        "family.values.child.level.3": "Matters a lot",
        "family.values.results.heading": "What the data says about what matters to you",
        "family.values.results.important": "Things you rated important",
        "family.values.results.other": "Other things",
        "family.values.results.child_important": "Things only your child rated important",
        "family.values.results.none_important": (
            "Nothing is rated Important or Very important yet. Use the ratings above, or open the other things below."
        ),
        "family.values.rated": "Your rating: {parent}. Your child's rating: {child}.",
        "family.values.rated_parent_only": "Your rating: {parent}.",
        "family.values.question": "Question in the data: {question}",
        "family.values.amount": "In numbers: {amount}",
        "family.values.certainty": "How sure: {certainty}",
        "family.values.no_fact": "Our data has no answer for this yet. Ask your care team.",
        # Readiness (SURE test)
        "family.readiness.heading": "Do you feel ready to decide?",
        "family.readiness.intro": (
            "These four questions come from a short check called the SURE test. Many decision guides use it. "
            "Answer yes or no."
        ),
        "family.readiness.sure": "Do you feel sure about what to choose for your child?",
        "family.readiness.understand": "Do you know the benefits and risks of each option?",
        "family.readiness.risks_benefits": "Are you clear about which benefits and risks matter most to you?",
        "family.readiness.support": "Do you have enough support to make a choice?",
        "family.readiness.not_answered": "Not answered",
        "family.readiness.talk_more": (
            "You said no to at least one question. That is common. It may help to talk more with your care team "
            "before you decide. You can bring your questions from the Questions to ask page."
        ),
        "family.readiness.all_yes": (
            "You said yes to all four questions. Your care team is still there to talk things over at any time."
        ),
        "family.readiness.incomplete": "Answer all four questions to see a short note.",
        # Where we are now (Ottawa Personal Decision Guide), beside the SURE check
        "family.decide.heading": "Where we are now",
        "family.decide.intro": (
            "These questions come from a guide many families use to think a choice through. Your answers go into "
            "your summary. They are for your talk with the care team. There are no right or wrong answers."
        ),
        "family.decide.leaning.label": "Which way are we leaning?",
        "family.decide.leaning.unsure": "Not sure yet",
        "family.decide.involved.label": "Who else is helping us make this choice?",
        "family.decide.involved.help": "For example, your child, a partner, grandparents, a nurse or a social worker.",
        "family.decide.pressure.label": "Does anyone push us toward one option?",
        "family.decide.pressure.yes": "Yes",
        "family.decide.pressure.no": "No",
        "family.decide.pressure.unsure": "Not sure",
        "family.decide.pressure.note": (
            "Feeling pushed is common. You can tell the care team, and ask for more time or a second talk."
        ),
        "family.decide.still_need.label": "What do we still need to know?",
        "family.decide.next_steps.label": "What are our next steps?",
        "family.decide.next_steps.help": "For example, a visit to book, a person to call, or a date to decide by.",
        "family.decide.notes.label": "Our notes",
        "family.decide.notes.help": "Anything you want to remember. It prints on your summary.",
        # Save my work (the address carries the family's work; nothing is kept on our server)
        "family.save.heading": "Save your work or move to another device",
        "family.save.intro": (
            "This link holds your choices, ratings, ticked questions and notes. Open it later, or on another "
            "phone or computer, to carry on. Keep it private: anyone with the link can see what you typed. "
            "Your name is never put in it."
        ),
        "family.save.qr": "Scan with another device to open your work there.",
        "family.save.too_long": "Your notes make this link too long for a picture code. Copy the link instead.",
        "family.save.empty": "You have not rated or typed anything yet. The link holds the treatments you picked.",
        # Questions to ask
        "family.questions.title": "Questions to ask",
        "family.questions.intro": (
            "Here are questions other families have asked. Tick the ones you want to bring to your next visit. "
            "Add your own, too."
        ),
        "family.questions.general": "Questions about any treatment",
        "family.questions.about_option": "{option}: questions to ask",
        "family.questions.none_for_option": "Our data has no questions for this option yet.",
        "family.questions.own.label": "Your own questions (one on each line)",
        "family.questions.own.help": "What you type stays in this browser tab. It is not saved on our server.",
        "family.questions.count.one": "{count} question picked.",
        "family.questions.count.other": "{count} questions picked.",
        # Take-home summary
        "family.summary.title": "Take-home summary",
        "family.summary.intro": (
            "Download a summary of what you looked at. You can print it or share it with your care team. It has "
            "the options side by side, your ratings and questions, and every source with its date."
        ),
        "family.summary.name.label": "Name to print on the summary (optional)",
        "family.summary.name.help": "Only if you want it. It goes into your download and is not saved on our server.",
        "family.summary.paper.label": "Paper size",
        "family.summary.paper.A4": "A4",
        "family.summary.paper.Letter": "US Letter",
        "family.summary.download_pdf": "Download PDF",
        "family.summary.download_csv": "Download CSV (for a spreadsheet)",
        "family.summary.contains": "What goes into the summary",
        "family.summary.privacy": (
            "Nothing you type or choose is saved on our server. Your work lives only in this page's address and "
            "in your downloads. To keep it, save the link below."
        ),
        # Summary content (PDF and CSV)
        "family.summary.doc_title": "OptionBoard: our take-home summary",
        "family.summary.made_on": "Made on {date}",
        "family.summary.footer_not_advice": (
            "OptionBoard take-home summary: to talk over with your care team, not medical advice"
        ),
        "family.summary.for": "For: {name}",
        "family.summary.name": "Name",
        "family.summary.options": "Options we looked at",
        "family.summary.side_by_side": "The options side by side",
        "family.summary.question": "Question",
        "family.summary.burden": "Follow-up over 5 years",
        "family.summary.burden_note": "Totals for the first 5 years after each option starts. Real plans vary.",
        "family.summary.burden_missing": (
            "Our data has no follow-up details yet for: {options}. Their zeros mean not known."
        ),
        "family.summary.measure": "Measure",
        "family.summary.ratings": "What matters to us",
        "family.summary.factor": "What matters",
        "family.summary.parent": "How much it matters to us",
        "family.summary.child": "How much it matters to me",
        "family.summary.child_ratings": "What matters to our child, in their own words",
        "family.summary.child_factor": "What matters to me",
        "family.summary.child_note": "Our child chose these answers. They are kept apart from the family's.",
        "family.summary.cell_evidence": "How sure: {certainty} · [{number}]",
        "family.summary.notes": "Our notes",
        "family.summary.short_note": (
            "The short version: the main questions, each answer in a sentence or two. The full version has every "
            "question and whole answers."
        ),
        "family.summary.length.label": "How much to include",
        "family.summary.length.short": "Short (main questions)",
        "family.summary.length.full": "Everything",
        "family.summary.situation": "Our child's situation",
        "family.summary.situation_line": "Our child's situation: {situation}",
        "family.summary.notes_space": "Notes during the visit",
        "family.summary.readiness": "Do we feel ready to decide?",
        "family.summary.answer": "Answer",
        "family.summary.questions": "Our questions for the care team",
        "family.summary.no_questions": "No questions picked yet.",
        "family.summary.sources": "Sources",
        "family.summary.source": "Source",
        "family.summary.date": "Date",
        "family.summary.not_advice_heading": "Please note",
        "family.summary.page": "Page {page} of {pages}",
        "family.summary.csv.section": "section",
        "family.summary.csv.item": "item",
        "family.summary.csv.detail": "detail",
        "family.summary.csv.value": "value",
        "family.summary.csv.certainty": "how sure",
        "family.summary.csv.source": "source number",
        "family.summary.about": "About this summary",
        # What matters, short on a phone (issue 13, point 3).
        "family.values.option_said": "{option}:",
        "family.values.old_notice": (
            "Some facts below ({count}) rest on a source older than {years} years or with no date. "
            "Tap \"More, and where this comes from\" under a card to see which, "
            "and ask your care team if newer facts exist."
        ),
    },
}
