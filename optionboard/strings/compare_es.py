"""Spanish interface text for the compare pages (issue 17). Same keys as compare.py."""

TEXT: dict[str, dict[str, str]] = {
    "es": {
        "compare.nav.compare": "Comparar opciones",
        "compare.nav.burden": "Visitas y estudios en 5 años",
        "compare.nav.plans": "Planes completos",
        "compare.notice.unknown_params": "El enlace traía ajustes que OptionBoard no usa ({names}). Se dejaron fuera.",
        "compare.notice.too_long": (
            "El ajuste {name} del enlace era demasiado largo, así que se muestra el ajuste habitual."
        ),
        "compare.notice.topic": (
            "El enlace nombra un tema que OptionBoard no conoce ({value}), así que se muestran todos los temas."
        ),
        "compare.notice.wording": (
            "El enlace pide una forma de escribir que OptionBoard no conoce "
            "({value}), así que se usan palabras para familias."
        ),
        "compare.notice.measure": (
            "El enlace pide una cuenta que OptionBoard no conoce ({value}), así "
            "que se muestran las visitas al hospital."
        ),
        "compare.notice.switch": "No se entendió el ajuste {name} del enlace ({value}), así que está apagado.",
        "compare.notice.plan_part": "No se entendió una parte de un plan del enlace ({value}). Se dejó fuera.",
        "compare.notice.plan_start": (
            "Un día de inicio del enlace ({value}) debe ser un número entero de 0 a {latest}. Esa parte se dejó fuera."
        ),
        "compare.notice.plan_option": (
            "El enlace pone una opción que no encaja ({value}) en la parte {slot} de un plan. Esa parte se dejó fuera."
        ),
        "compare.notice.plan_one_only": "La parte {slot} de un plan lleva una sola opción. Esa parte se dejó fuera.",
        "compare.notice.plan_slot_twice": "El enlace nombra dos veces la parte {slot} de un plan. Se usa la primera.",
        "compare.notice.plan_unusable": "No se pudo usar un plan del enlace, así que se muestra el plan inicial.",
        "compare.controls.sets": "Empezar con una comparación común",
        "compare.controls.options": "Opciones para comparar (de 2 a 4)",
        "compare.controls.options_help": "Elija de cualquier grupo. La página de visitas usa las mismas opciones.",
        "compare.controls.find": "Buscar una opción por su nombre",
        "compare.controls.find_help": (
            "Hay muchas opciones, así que la lista de abajo muestra las que tienen en su nombre todas las palabras "
            "que escribe. Pulse Enter para buscar."
        ),
        "compare.controls.find_more": (
            "La lista muestra las primeras {limit} de {matching} opciones. Escriba parte de un nombre arriba para "
            "encontrar las demás."
        ),
        "compare.controls.find_none": (
            "Ninguna opción tiene en su nombre todas esas palabras. Pruebe con menos palabras o más cortas."
        ),
        "compare.present.too_few": (
            "No hay opciones elegidas para esta vista. Salga del modo presentación para elegir de 2 a 4."
        ),
        "compare.controls.too_few": (
            "Elija al menos 2 opciones para compararlas una al lado de la otra, o toque una de las comparaciones "
            "listas de arriba."
        ),
        "compare.controls.topic": "Tema",
        "compare.controls.all_topics": "Todos los temas",
        "compare.controls.diff": "Mostrar solo las preguntas con respuestas distintas",
        "compare.controls.wording": "Palabras",
        "compare.controls.wording.family": "Palabras para familias",
        "compare.controls.wording.clinical": "Palabras médicas (para el equipo médico)",
        "compare.controls.present": "Modo presentación (letra grande para una pantalla en la pared)",
        "compare.controls.present_help": (
            "Letra grande y de alto contraste, sin controles para editar. El enlace guarda este ajuste."
        ),
        "compare.controls.measure": "Qué contar en los gráficos",
        "compare.share.heading": "Compartir esta vista",
        "compare.share.hint": (
            "Copie este enlace para abrir otra vez esta misma vista, por ejemplo en el comité de tumores. Solo "
            "guarda lo que eligió en esta página, nada sobre su hijo."
        ),
        "compare.share.relative": "Agregue esto a la dirección de la aplicación:",
        "compare.link.burden": "Ver las visitas y los estudios de 5 años para estas opciones",
        "compare.link.compare": "Comparar estas opciones pregunta por pregunta",
        "compare.link.plans": "Armar planes completos",
        "compare.link.summary": "Hacer un resumen para llevar de estas opciones",
        "compare.title": "Comparar opciones",
        "compare.intro": (
            "Cada fila es una pregunta que las familias suelen hacer. Cada columna es una opción. Cada respuesta "
            "dice qué tan segura es la información y de dónde viene."
        ),
        "compare.grid.question": "Pregunta",
        "compare.grid.missing": "Todavía no hay información en OptionBoard.",
        "compare.grid.not_known_flag": "NO SE SABE",
        "compare.grid.numbers": "En números: {numbers}",
        "compare.grid.certainty": "Qué tan seguro: {certainty}",
        "compare.grid.population": "A quién se estudió: {population}",
        "compare.grid.source": "Fuente [{number}], {date}",
        "compare.grid.source_undated": "Fuente [{number}], la página no tiene fecha (leída el {date})",
        "compare.grid.no_source": "Sin fuente",
        "compare.grid.for_situation": "Escrito para la situación de su hijo",
        "compare.grid.old_flag": "Fuente de más de {years} años",
        "compare.grid.no_rows": "No hay preguntas para mostrar con estos ajustes.",
        "compare.grid.hidden_same": "Preguntas ocultas porque todas las opciones tienen la misma respuesta: {count}.",
        "compare.grid.flag_summary": (
            "Respuestas que no se saben: {not_known}. Respuestas basadas en una fuente de más de {years} años: "
            "{old}. Cada una está marcada en su casilla."
        ),
        "compare.certainty.well-established": "Bien conocido",
        "compare.certainty.some-evidence": "Hay algunas pruebas",
        "compare.certainty.uncertain": "No es seguro",
        "compare.certainty.not-known": "No se sabe",
        "compare.profiles.heading": "Metas, beneficios y desventajas",
        "compare.profiles.intro": (
            "Cada opción se describe de la misma manera, con las mismas partes, para poder compararlas."
        ),
        "compare.profiles.main_goals": "Metas principales",
        "compare.profiles.supporting_goals": "Otras metas",
        "compare.profiles.benefits": "Beneficios",
        "compare.profiles.downsides": "Desventajas",
        "compare.profiles.none_listed": "Los datos no nombran ninguno.",
        "compare.profiles.section_column": "Parte",
        "compare.profiles.how_often": "Con qué frecuencia: {how_often}",
        "compare.profiles.line": "{text} [{number}]",
        "compare.profiles.certainty": "Qué tan seguro: {certainty}",
        "compare.sources.heading": "Fuentes",
        "compare.sources.intro": "Los números entre corchetes llevan a estas fuentes. Cada una muestra su fecha.",
        "compare.sources.col.number": "N.º",
        "compare.sources.col.source": "Fuente",
        "compare.sources.col.date": "Fecha",
        "compare.sources.col.age": "Antigüedad",
        "compare.sources.old": "De más de {years} años: pregunte al equipo médico si hay datos más nuevos",
        "compare.sources.recent": "De {years} años o menos",
        "compare.sources.date": "{kind} {date}",
        "compare.sources.kind.published": "Publicada el",
        "compare.sources.kind.reviewed": "Revisada el",
        "compare.sources.kind.updated": "Actualizada el",
        "compare.sources.kind.undated": "La página no tiene fecha; leída el",
        "compare.sources.undated": "La página no tiene fecha: pregunte al equipo médico si está al día",
        "compare.unit.days": "días",
        "compare.unit.days.one": "día",
        "compare.unit.weeks": "semanas",
        "compare.unit.weeks.one": "semana",
        "compare.unit.months": "meses",
        "compare.unit.months.one": "mes",
        "compare.unit.years": "años",
        "compare.unit.years.one": "año",
        "compare.unit.hours": "horas",
        "compare.unit.hours.one": "hora",
        "compare.unit.minutes": "minutos",
        "compare.unit.minutes.one": "minuto",
        "compare.unit.nights": "noches",
        "compare.unit.nights.one": "noche",
        "compare.unit.visits": "visitas",
        "compare.unit.visits.one": "visita",
        "compare.unit.treatments": "tratamientos",
        "compare.unit.treatments.one": "tratamiento",
        "compare.unit.mm": "mm",
        "compare.unit.mm.one": "mm",
        "compare.burden.title": "Visitas y estudios en 5 años",
        "compare.burden.intro": (
            "Aquí se cuentan las visitas al hospital, los estudios, las operaciones y otros cuidados que trae "
            "cada opción, año por año durante 5 años. Las cuentas vienen de calendarios típicos. El calendario de "
            "su hijo puede ser distinto."
        ),
        "compare.burden.rules": (
            "Cómo contamos: un día con cualquier cuidado en el hospital es una visita, aunque pasen varias cosas "
            "ese día. Los días que el niño ya está internado no son visitas nuevas. Lo que se hace con una sola "
            "anestesia en un día cuenta una vez. Cada estudio cuenta, pero el mismo control planeado dos veces (el "
            "mismo día, o por dos partes de un plan con menos de 4 semanas de diferencia) cuenta una vez. Los "
            "controles para ver si el cáncer volvió empiezan cuando termina el tratamiento. Las horas de cuidado "
            "tienen un tope de 24 por día."
        ),
        "compare.burden.measure.visits": "Visitas al hospital (días en el hospital)",
        "compare.burden.measure.imaging": "Estudios de imágenes y radiografías",
        "compare.burden.measure.imaging_radiation": "Estudios y radiografías que usan radiación",
        "compare.burden.measure.anaesthesia": "Veces con anestesia o sedación (un niño que puede quedarse quieto)",
        "compare.burden.measure.infusions": "Infusiones (medicina por goteo en la vena)",
        "compare.burden.measure.operations": "Operaciones",
        "compare.burden.measure.radiation_sessions": "Sesiones de radioterapia",
        "compare.burden.measure.hospital_nights": "Noches en el hospital",
        "compare.burden.measure.lengthenings": "Visitas para alargar la prótesis",
        "compare.burden.measure.care_hours": "Horas de cuidado",
        "compare.burden.total": "Total (5 años)",
        "compare.burden.measure_column": "Qué se cuenta",
        "compare.burden.option_column": "Opción",
        "compare.burden.year": "Año",
        "compare.burden.year_n": "Año {year}",
        "compare.burden.month": "Mes",
        "compare.burden.month_n": "Mes {month}",
        "compare.burden.totals_heading": "Totales en 5 años",
        "compare.burden.by_year_heading": "{measure}: año por año",
        "compare.burden.timeline_heading": "{measure}: mes por mes",
        "compare.burden.by_year_chart": "{measure} por año",
        "compare.burden.timeline_chart": "{measure} por mes, en 5 años",
        "compare.burden.per_option_heading": "Cada cuenta, año por año",
        "compare.burden.no_events": (
            "{name}: los datos no tienen citas planeadas. Esto no quiere decir que no haya visitas ni estudios. "
            "Pregunte al equipo médico qué esperar."
        ),
        "compare.burden.table_caption": "Los mismos números que el gráfico.",
        "compare.burden.months_table": "Los mismos números que el gráfico, mes por mes ({months} meses)",
        "compare.plans.title": "Planes completos",
        "compare.plans.intro": (
            "La mayoría de los niños reciben más de un tratamiento. Aquí puede juntar las partes de un plan y ver "
            "las visitas, los estudios y las noches en el hospital del plan completo. Puede poner dos planes uno "
            "al lado del otro."
        ),
        "compare.plans.start_note": (
            "Cada parte empieza en su propio día, contado desde el inicio del plan. Un día con cuidados de dos "
            "partes cuenta como una visita. Son calendarios típicos, no el plan de su hijo."
        ),
        "compare.plans.plan_a": "Plan A",
        "compare.plans.plan_b": "Plan B",
        "compare.plans.difference": "Diferencia (B menos A)",
        "compare.plans.nothing": "Nada",
        "compare.plans.start_day": "Empieza el día",
        "compare.plans.start_help": (
            "El día 0 es el inicio del plan. Por ejemplo, la cirugía suele venir después de unas 10 semanas de "
            "quimioterapia."
        ),
        "compare.plans.slot.surgery": "Cirugía",
        "compare.plans.slot.reconstruction": "Reconstrucción después de la cirugía",
        "compare.plans.slot.chemotherapy": "Forma de dar la quimioterapia",
        "compare.plans.slot.radiation": "Radioterapia o terapia de protones",
        "compare.plans.slot.supportive": "Medicinas de apoyo",
        "compare.plans.part_line": "{slot}: {options}, desde el día {day}",
        "compare.plans.empty_plan": "Este plan todavía no tiene partes.",
        "compare.plans.totals_heading": "Los dos planes uno al lado del otro (5 años)",
        "compare.plans.by_year_heading": "{measure} por año, los dos planes",
        "compare.plans.timeline_heading": "{measure} por mes, los dos planes",
        "compare.plans.schedule_heading": "Calendario combinado",
        "compare.plans.schedule_intro": (
            "Una fila por cada día con cuidados en el hospital. Un día sale una sola vez, aunque dos partes tengan "
            "cuidados ese día."
        ),
        "compare.plans.home_days": "Mostrar también los días con cuidados solo en casa",
        "compare.plans.schedule_rows": "Días en la lista: {rows}.",
        "compare.plans.schedule_year": "Año {year} (días en la lista: {days})",
        "compare.plans.schedule_empty": "En los datos, este plan no tiene días con cuidados en el hospital.",
        "compare.plans.col.day": "Día",
        "compare.plans.col.year": "Año",
        "compare.plans.col.what": "Qué pasa",
        "compare.plans.col.trip": "Nueva visita al hospital",
        "compare.plans.col.night": "Noche en el hospital",
        "compare.plans.col.hours": "Horas de cuidado",
        "compare.plans.yes": "Sí",
        "compare.plans.no": "No",
        "compare.plans.all_years": "Cada cuenta, año por año",
        "compare.plans.plan_column": "Plan",
        "compare.plans.find_help": (
            "Hay muchas opciones, así que cada lista de abajo muestra las que tienen en su nombre todas las "
            "palabras que escribe. Pulse Enter para buscar."
        ),
        "compare.plans.find_note": (
            "Cada lista muestra como máximo {limit} opciones además de las ya elegidas. Escriba parte de un nombre "
            "arriba para encontrar otras."
        ),
        "compare.short.heading": "Las preguntas principales",
        "compare.short.where": "De dónde viene esto",
        "compare.short.more_and_where": "Más, y de dónde viene esto",
        "compare.short.notice": (
            "Respuestas que no se saben: {not_known}. Respuestas basadas en una fuente de más de {years} años: "
            "{old}. Toque “De dónde viene esto” debajo de una respuesta para "
            "ver qué tan segura es, su fuente y la fecha."
        ),
        "compare.short.how_many": "Esta vista corta muestra {shown} de las {total} preguntas.",
        "compare.controls.full_grid": "Mostrar todas las preguntas (la tabla completa)",
        "compare.controls.full_grid_help": (
            "Las familias ven primero las preguntas principales. La tabla completa tiene todas las preguntas, "
            "agrupadas por tema. El enlace guarda este ajuste."
        ),
        "compare.burden.measure.anaesthesia_young": (
            "Veces con anestesia o sedación (un niño pequeño sedado en cada sesión o estudio)"
        ),
        "compare.burden.sedation_note": (
            "La sedación depende de la edad. En un estudio (Radiation Oncology, 2015), todos los niños de 3 años o "
            "menos recibieron sedación en cada sesión de radioterapia, cerca de la mitad de los niños de 7 a 8 años "
            "no la necesitaron, y cerca de 1 de cada 10 de 12 años o más todavía la recibieron. Por eso contamos de "
            "dos maneras: para un niño que puede quedarse quieto, y para un niño pequeño sedado cada vez."
        ),
        "compare.burden.radiation_both": (
            "{name}: {sessions} sesiones de radioterapia y {scans} estudios o "
            "radiografías que usan radiación, en 5 años."
        ),
        "compare.burden.radiation_chart": "Radiación en 5 años: sesiones de tratamiento y estudios, contados aparte",
        "compare.burden.radiation_chart_note": (
            "Una sesión de tratamiento dirige la radiación al tumor. Un estudio o una radiografía usa radiación "
            "para tomar imágenes. Se cuentan aparte y no son la misma cantidad de radiación."
        ),
        "compare.burden.radiation_axis": "Veces en 5 años",
        "compare.burden.radiation_chart_title": "Sesiones y estudios, 5 años",
        "compare.burden.situation_cancer": (
            "Calendarios escritos para {cancer}: {options}. Las otras opciones muestran un ejemplo típico."
        ),
        "compare.burden.situation_none_specific": (
            "Nuestros datos no tienen calendarios escritos para {cancer} para estas opciones, así que muestran un "
            "ejemplo típico."
        ),
        "compare.burden.situation_default": (
            "Los calendarios muestran ejemplos típicos. Elija el primer cáncer en La situación de su hijo (en "
            "Empiece aquí o en Comparar) para ver sus calendarios, si nuestros datos los tienen."
        ),
    },
}
