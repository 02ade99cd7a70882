"""Spanish interface text for the family pages (issue 17): plain words (grade 8 or lower by Fernández-Huerta),
calm, never advice. Same keys as family.py. Medical words as NCI's and MedlinePlus's Spanish pages use them."""

TEXT: dict[str, dict[str, str]] = {
    "es": {
        "family.nav.start": "Empiece aquí",
        "family.nav.tests": "Pruebas y estudios",
        "family.nav.glossary": "Palabras y su significado",
        "family.nav.values": "Lo que nos importa",
        "family.nav.questions": "Preguntas para hacer",
        "family.nav.summary": "Resumen para llevar",
        "family.options.label": "Tratamientos que está mirando (hasta 4)",
        "family.options.start_label": "¿De qué tratamientos le habló el equipo médico? (opcional, hasta 4)",
        "family.options.help": "Elija hasta 4. Todas las páginas usan los mismos, y puede cambiarlos cuando quiera.",
        "family.options.placeholder": "Elija tratamientos",
        "family.options.none": (
            "Todavía no eligió ningún tratamiento. Elija los que mencionó el equipo médico en el cuadro de arriba."
        ),
        "family.start.title": "Empiece aquí",
        "family.start.intro": (
            "OptionBoard le ayuda a conocer las opciones de tratamiento cuando el cáncer de un niño se ha "
            "extendido a un hueso. Tómese su tiempo. Puede volver a cualquier página."
        ),
        "family.start.what.heading": "¿Qué es la metástasis ósea?",
        "family.start.what.body": (
            "El cáncer puede empezar en una parte del cuerpo y luego extenderse. Cuando llega a un hueso, se llama "
            "metástasis ósea. Las células del cáncer pueden llegar al hueso por la sangre. El cáncer en el hueso "
            "sigue siendo el mismo tipo de cáncer que donde empezó. Las pruebas de laboratorio de las células "
            "muestran dónde empezó."
        ),
        "family.start.primary.heading": "Por qué importa tratar el primer cáncer",
        "family.start.primary.body": (
            "El cáncer en un hueso sigue siendo el cáncer que empezó en otro lugar. Los médicos llaman a ese primer "
            "cáncer el cáncer primario. Por eso el equipo médico arma el plan en torno a él. Los otros tratamientos "
            "de aquí suelen ser partes de ese plan. Algunos sacan o achican el tumor del hueso. Otros mantienen "
            "fuerte el hueso o calman el dolor."
        ),
        "family.start.warning.heading": "Llame de inmediato al equipo médico si ve alguna de estas señales",
        "family.start.warning.intro": (
            "Estas señales necesitan una llamada al equipo médico de su hijo enseguida, de día o de noche."
        ),
        "family.start.how.heading": "Cómo usar OptionBoard",
        "family.start.how.steps": (
            "1. Lea sobre las opciones de tratamiento.\n"
            "2. Mire de 2 a 4 opciones una al lado de la otra.\n"
            "3. Conozca las pruebas y los estudios, y busque las palabras nuevas.\n"
            "4. Diga qué le importa más a su familia. Su hijo también puede opinar.\n"
            "5. Elija preguntas para hacer en la próxima visita.\n"
            "6. Descargue un resumen para imprimirlo o compartirlo con el equipo médico."
        ),
        "family.start.about.heading": "Sobre esta información",
        "family.start.about.dates": (
            "Los datos vienen de {count} fuentes públicas. Sus fechas van del {oldest} al {newest}. "
            "{undated} páginas web no tienen fecha. Cada dato muestra su propia fuente y su fecha."
        ),
        "family.start.about.sources": "Ver todas las fuentes y sus fechas",
        "family.start.next": "Adónde ir después",
        "family.start.options_note": (
            "Puede saltar esta parte. No se elige nada por usted, y puede cambiar esto en cualquier página."
        ),
        "family.terms.expander": "Significado de palabras de esta página ({count})",
        "family.terms.popover": "Significado de palabras",
        "family.tests.title": "Pruebas y estudios",
        "family.tests.intro": (
            "Los médicos usan estas pruebas para encontrar el cáncer en el hueso y para revisarlo después. Aquí "
            "verá qué muestra cada prueba y cómo es para un niño. El equipo médico puede ayudar a preparar a su hijo."
        ),
        "family.tests.radiation_note": (
            "Algunas pruebas usan radiación. La cantidad de una prueba es pequeña. Los equipos médicos tratan de "
            "usar solo las pruebas que el niño necesita. Puede preguntar cuántos estudios con radiación tendrá su hijo."
        ),
        "family.tests.table.caption": "Todas las pruebas de un vistazo",
        "family.tests.col.test": "Prueba",
        "family.tests.col.time": "Tiempo habitual",
        "family.tests.col.sedation": "Medicina para dormir",
        "family.tests.col.needle": "Aguja",
        "family.tests.col.radiation": "Radiación",
        "family.tests.shows": "Qué muestra",
        "family.tests.experience": "Cómo es para su hijo",
        "family.tests.minutes.range": "{low} a {high} minutos",
        "family.tests.minutes.one": "Unos {minutes} minutos",
        "family.tests.minutes.unknown": "El tiempo varía",
        "family.tests.sedation.never": "No hace falta",
        "family.tests.sedation.sometimes": "A veces",
        "family.tests.sedation.often": "A menudo",
        "family.tests.facts": (
            "Tiempo: {time}. Medicina para dormir: {sedation}. Aguja: {needle}. Radiación: {radiation}."
        ),
        "family.yes": "Sí",
        "family.no": "No",
        "family.source": "Fuente",
        "family.glossary.title": "Palabras y su significado",
        "family.glossary.intro": (
            "Los médicos usan muchas palabras nuevas. Busque aquí cualquier palabra. En las otras páginas, las "
            "palabras de esta lista se explican debajo del texto."
        ),
        "family.glossary.search": "Buscar una palabra",
        "family.glossary.search_help": "Escriba parte de una palabra, como estudio o quimio.",
        "family.glossary.count": "Se muestran {shown} de {total} palabras.",
        "family.glossary.none": (
            "Ninguna palabra coincide con “{query}”. Revise cómo está escrita. La lista completa está abajo."
        ),
        "family.glossary.also": "También se escribe",
        "family.glossary.near": "Ninguna palabra se escribe igual que “{query}”. Estas palabras se parecen:",
        "family.glossary.suggest": "Ninguna palabra coincide con “{query}”. ¿Quiso decir alguna de estas?",
        "family.glossary.options": "Opciones de esta lista",
        "family.glossary.options_intro": (
            "Estas opciones tienen “{query}” en su nombre. Véalas todas en la página de opciones."
        ),
        "family.glossary.options_link": "Abrir la página de opciones",
        "family.values.title": "Lo que nos importa",
        "family.values.intro": (
            "Cada familia piensa las cosas a su manera. Aquí no hay respuestas buenas ni malas. Diga cuánto le "
            "importa cada cosa a su familia. Luego vea qué dicen los datos de cada opción, una cosa a la vez."
        ),
        "family.values.no_ranking": (
            "Esta página no ordena las opciones ni suma puntos. No dice qué opción elegir. Pone lo que a usted le "
            "importa al lado de los datos, para que lo hable con el equipo médico."
        ),
        "family.values.parent.heading": "¿Cuánto le importa cada cosa a su familia?",
        "family.values.level.none": "Sin respuesta",
        "family.values.level.0": "No importa",
        "family.values.level.1": "Importa un poco",
        "family.values.level.2": "Importa",
        "family.values.level.3": "Importa mucho",
        "family.values.child.toggle": "Agregar las respuestas de mi hijo",
        "family.values.child.heading": "Lo que me importa a mí (para su hijo)",
        "family.values.child.intro": (
            "Su hijo también puede responder, con sus propias palabras. Puede leérselas en voz alta."
        ),
        "family.values.child.level.none": "Saltar",
        "family.values.child.level.0": "No es gran cosa",
        "family.values.child.level.1": "Un poco",
        "family.values.child.level.2": "Importa",
        "family.values.child.level.3": "Importa mucho",
        "family.values.results.heading": "Lo que dicen los datos sobre lo que le importa",
        "family.values.results.important": "Lo que usted dijo que importa",
        "family.values.results.other": "Otras cosas",
        "family.values.results.child_important": "Lo que solo su hijo dijo que importa",
        "family.values.results.none_important": (
            "Todavía nada tiene la respuesta Importa o Importa mucho. Use las respuestas de arriba, o abra las "
            "otras cosas de abajo."
        ),
        "family.values.rated": "Su respuesta: {parent}. La respuesta de su hijo: {child}.",
        "family.values.rated_parent_only": "Su respuesta: {parent}.",
        "family.values.question": "Pregunta en los datos: {question}",
        "family.values.amount": "En números: {amount}",
        "family.values.certainty": "Qué tan seguro: {certainty}",
        "family.values.no_fact": "Nuestros datos todavía no tienen respuesta para esto. Pregunte al equipo médico.",
        "family.readiness.heading": "¿Se siente listo para decidir?",
        "family.readiness.intro": (
            "Estas cuatro preguntas vienen de una prueba corta llamada SURE. Muchas guías para decidir la usan. "
            "Responda sí o no."
        ),
        "family.readiness.sure": "¿Se siente seguro de qué elegir para su hijo?",
        "family.readiness.understand": "¿Conoce los beneficios y los riesgos de cada opción?",
        "family.readiness.risks_benefits": "¿Tiene claro qué beneficios y qué riesgos le importan más?",
        "family.readiness.support": "¿Tiene suficiente apoyo para tomar una decisión?",
        "family.readiness.not_answered": "Sin responder",
        "family.readiness.talk_more": (
            "Respondió que no a al menos una pregunta. Eso es común. Puede ayudar hablar más con el equipo médico "
            "antes de decidir. Puede llevar sus preguntas de la página Preguntas para hacer."
        ),
        "family.readiness.all_yes": (
            "Respondió que sí a las cuatro preguntas. El equipo médico sigue ahí para hablar cuando lo necesite."
        ),
        "family.readiness.incomplete": "Responda las cuatro preguntas para ver una nota corta.",
        "family.decide.heading": "Dónde estamos ahora",
        "family.decide.intro": (
            "Estas preguntas vienen de una guía que usan muchas familias para pensar una decisión. Sus respuestas "
            "van a su resumen. Son para su charla con el equipo médico. No hay respuestas buenas ni malas."
        ),
        "family.decide.leaning.label": "¿Hacia qué lado nos inclinamos?",
        "family.decide.leaning.unsure": "Todavía no sabemos",
        "family.decide.involved.label": "¿Quién más nos ayuda a decidir?",
        "family.decide.involved.help": (
            "Por ejemplo, su hijo, su pareja, los abuelos, una enfermera o un trabajador social."
        ),
        "family.decide.pressure.label": "¿Alguien nos empuja hacia una opción?",
        "family.decide.pressure.yes": "Sí",
        "family.decide.pressure.no": "No",
        "family.decide.pressure.unsure": "No estoy seguro",
        "family.decide.pressure.note": (
            "Sentirse presionado es común. Puede decírselo al equipo médico y pedir más tiempo u otra charla."
        ),
        "family.decide.still_need.label": "¿Qué necesitamos saber todavía?",
        "family.decide.next_steps.label": "¿Cuáles son nuestros próximos pasos?",
        "family.decide.next_steps.help": (
            "Por ejemplo, una cita que pedir, una persona a quien llamar o una fecha para decidir."
        ),
        "family.decide.notes.label": "Nuestras notas",
        "family.decide.notes.help": "Lo que quiera recordar. Sale impreso en su resumen.",
        "family.save.heading": "Guardar su trabajo o pasarlo a otro aparato",
        "family.save.intro": (
            "Este enlace guarda sus opciones, respuestas, preguntas marcadas y notas. Ábralo más tarde, o en otro "
            "teléfono o computadora, para seguir. Guárdelo en privado: cualquier persona con el enlace puede ver "
            "lo que escribió. Su nombre nunca va en el enlace."
        ),
        "family.save.qr": "Escanee con otro aparato para abrir su trabajo allí.",
        "family.save.too_long": "Sus notas hacen el enlace demasiado largo para un código. Copie el enlace.",
        "family.save.empty": "Todavía no respondió ni escribió nada. El enlace guarda los tratamientos que eligió.",
        "family.questions.title": "Preguntas para hacer",
        "family.questions.intro": (
            "Aquí hay preguntas que otras familias hicieron. Marque las que quiere llevar a su próxima visita. "
            "Agregue también las suyas."
        ),
        "family.questions.general": "Preguntas sobre cualquier tratamiento",
        "family.questions.about_option": "{option}: preguntas para hacer",
        "family.questions.none_for_option": "Nuestros datos todavía no tienen preguntas para esta opción.",
        "family.questions.own.label": "Sus propias preguntas (una en cada línea)",
        "family.questions.own.help": "Lo que escribe se queda en esta pestaña. No se guarda en nuestro servidor.",
        "family.questions.count.one": "{count} pregunta elegida.",
        "family.questions.count.other": "{count} preguntas elegidas.",
        "family.summary.title": "Resumen para llevar",
        "family.summary.intro": (
            "Descargue un resumen de lo que miró. Puede imprimirlo o compartirlo con el equipo médico. Tiene las "
            "opciones una al lado de la otra, sus respuestas y preguntas, y cada fuente con su fecha."
        ),
        "family.summary.name.label": "Nombre para imprimir en el resumen (opcional)",
        "family.summary.name.help": "Solo si quiere. Va en su descarga y no se guarda en nuestro servidor.",
        "family.summary.paper.label": "Tamaño del papel",
        "family.summary.paper.A4": "A4",
        "family.summary.paper.Letter": "Carta (EE. UU.)",
        "family.summary.download_pdf": "Descargar PDF",
        "family.summary.download_csv": "Descargar CSV (para una hoja de cálculo)",
        "family.summary.contains": "Qué va en el resumen",
        "family.summary.privacy": (
            "Nada de lo que escribe o elige se guarda en nuestro servidor. Su trabajo vive solo en la dirección "
            "de esta página y en sus descargas. Para guardarlo, guarde el enlace de abajo."
        ),
        "family.summary.doc_title": "OptionBoard: nuestro resumen para llevar",
        "family.summary.made_on": "Hecho el {date}",
        "family.summary.footer_not_advice": (
            "Resumen de OptionBoard: para hablar con el equipo médico; no es un consejo médico"
        ),
        "family.summary.for": "Para: {name}",
        "family.summary.name": "Nombre",
        "family.summary.options": "Opciones que miramos",
        "family.summary.side_by_side": "Las opciones una al lado de la otra",
        "family.summary.question": "Pregunta",
        "family.summary.burden": "Seguimiento durante 5 años",
        "family.summary.burden_note": (
            "Totales de los primeros 5 años después de empezar cada opción. Los planes reales varían."
        ),
        "family.summary.burden_missing": (
            "Nuestros datos todavía no tienen detalles del seguimiento de: {options}. Sus ceros quieren decir "
            "que no se sabe."
        ),
        "family.summary.measure": "Qué se cuenta",
        "family.summary.ratings": "Lo que nos importa",
        "family.summary.factor": "Lo que importa",
        "family.summary.parent": "Cuánto nos importa",
        "family.summary.child": "Cuánto me importa",
        "family.summary.child_ratings": "Lo que le importa a nuestro hijo, con sus propias palabras",
        "family.summary.child_factor": "Lo que me importa",
        "family.summary.child_note": "Nuestro hijo eligió estas respuestas. Están aparte de las de la familia.",
        "family.summary.cell_evidence": "Qué tan seguro: {certainty} · [{number}]",
        "family.summary.notes": "Nuestras notas",
        "family.summary.short_note": (
            "La versión corta: las preguntas principales, cada respuesta en una o dos frases. La versión completa "
            "tiene todas las preguntas y las respuestas enteras."
        ),
        "family.summary.length.label": "Cuánto incluir",
        "family.summary.length.short": "Corto (preguntas principales)",
        "family.summary.length.full": "Todo",
        "family.summary.situation": "La situación de nuestro hijo",
        "family.summary.situation_line": "La situación de nuestro hijo: {situation}",
        "family.summary.notes_space": "Notas durante la visita",
        "family.summary.readiness": "¿Nos sentimos listos para decidir?",
        "family.summary.answer": "Respuesta",
        "family.summary.questions": "Nuestras preguntas para el equipo médico",
        "family.summary.no_questions": "Todavía no eligió preguntas.",
        "family.summary.sources": "Fuentes",
        "family.summary.source": "Fuente",
        "family.summary.date": "Fecha",
        "family.summary.not_advice_heading": "Tenga en cuenta",
        "family.summary.page": "Página {page} de {pages}",
        "family.summary.csv.section": "sección",
        "family.summary.csv.item": "punto",
        "family.summary.csv.detail": "detalle",
        "family.summary.csv.value": "valor",
        "family.summary.csv.certainty": "qué tan seguro",
        "family.summary.csv.source": "número de fuente",
        "family.summary.about": "Sobre este resumen",
        "family.values.option_said": "{option}:",
        "family.values.old_notice": (
            "Algunos datos de abajo ({count}) se basan en una fuente de más de {years} años o sin fecha. "
            "Toque “Más, y de dónde viene esto” debajo de una tarjeta para ver cuáles, y pregunte al equipo médico "
            "si hay datos más nuevos."
        ),
    },
}
