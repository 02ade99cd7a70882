"""Spanish interface text of the tumor board (issue 17). Same keys as board.py."""

TEXT: dict[str, dict[str, str]] = {
    "es": {
        "board.source_kind.vendor-page": "página de una empresa",
        "board.source_kind.model": "modelo de OptionBoard",
        "board.source_kind.guideline": "guía de práctica clínica",
        "board.source_kind.trial": "ensayo clínico",
        "board.source_kind.cohort-study": "estudio de cohortes",
        "board.source_kind.review": "revisión",
        "board.source_kind.patient-information": "información para pacientes",
        "board.grid.clinical_source": "[{number}] {kind}, {date}",
        "board.grid.clinical_source_undated": "[{number}] {kind}, sin fecha (leída el {date})",
        "board.grid.evidence": "Evidencia: {certainty}",
        "board.grid.for_situation": "Específico de la situación",
        "board.grid.unchecked": "Todavía no se volvió a revisar en su fuente",
        "board.present.step_of": "Paso {number} de {total}",
        "board.present.part_of": "{title} ({part} de {parts})",
        "board.present.previous": "Anterior (RePág)",
        "board.present.next": "Siguiente (AvPág)",
        "board.present.leave": "Salir de la presentación (Esc)",
        "board.present.start_title": "Comité de tumores: {count} opciones una al lado de la otra",
        "board.present.options": "Opciones que se hablaron",
        "board.present.follow": "Seguir en su computadora",
        "board.present.follow_hint": (
            "Abra este enlace o escanee el código: la misma comparación, en tamaño normal, que puede recorrer usted."
        ),
        "board.present.qr_alt": "Código QR que abre la misma comparación sin el modo presentación",
        "board.present.keys": "Teclas: AvPág, RePág o las flechas cambian de paso; Esc sale del modo presentación.",
        "board.present.goals": "Metas, beneficios y desventajas",
        "board.present.sources": "Fuentes",
        "board.present.continued": "{section} (continúa)",
        "board.present.step_unknown": (
            "El enlace nombra un paso de presentación que esta comparación no "
            "tiene ({value}); se muestra el primer paso."
        ),
        "board.present.no_steps": "No hay preguntas para mostrar con estos ajustes.",
        "board.sources.col.kind": "Tipo",
        "board.record.heading": "Resumen del comité y nota para el expediente",
        "board.record.open": "Preparar el resumen del comité (PDF) y una nota para el expediente",
        "board.record.intro": (
            "Escriba lo que habló el comité. Solo va al PDF y a la nota que descarga o copia: OptionBoard no guarda "
            "nada de esto y no pide nada que nombre al paciente."
        ),
        "board.record.date": "Fecha de la reunión",
        "board.record.question": "Pregunta que se habló",
        "board.record.decision": "Decisión",
        "board.record.dissent": "Desacuerdos o notas",
        "board.record.no_patient": "No escriba el nombre del paciente ni ningún dato que lo identifique.",
        "board.record.paper": "Tamaño del papel",
        "board.record.download_pdf": "Descargar el resumen del comité (PDF)",
        "board.record.note_heading": "Nota para el expediente",
        "board.record.note_hint": (
            "Cópiela con el botón de arriba a la derecha del cuadro, o descárguela como archivo de texto."
        ),
        "board.record.download_note": "Descargar la nota (texto)",
        "board.record.unknown": "desconocida",
        "board.record.no_situation": "no se indicó",
        "board.record.aid_version": "Ayuda para decidir: OptionBoard, nota hecha el {date}",
        "board.record.data_version": "Datos: versión {fingerprint}, fuentes leídas por última vez el {read}",
        "board.record.not_advice": (
            "OptionBoard ordena información para una conversación; no recomienda ningún tratamiento. "
            "La decisión es del equipo médico y de la familia."
        ),
        "board.summary.title": "Resumen del comité de tumores",
        "board.summary.options": "Opciones que se hablaron",
        "board.summary.situation": "Situación: {situation}",
        "board.summary.grid": (
            "Opciones una al lado de la otra (palabras médicas; los números entre corchetes son las fuentes de abajo)"
        ),
        "board.summary.burden": "Carga del seguimiento en 5 años, por opción",
        "board.summary.plans": "Planes completos comparados: totales de 5 años",
        "board.summary.plan_parts": "Qué tiene cada plan",
        "board.summary.difference": "{b} menos {a}",
        "board.summary.sources": "Fuentes",
        "board.summary.record": "En la reunión",
        "board.summary.versions": "Versiones",
        "board.summary.blank": "(sin completar)",
        "board.note.heading": "Conversación del comité de tumores, {date} (ayuda para decidir OptionBoard)",
        "board.note.options": "Opciones que se hablaron:",
        "board.note.situation": "Situación: {situation}",
        "board.note.matters": "Lo que la familia dijo que importa:",
        "board.note.with_child": "{parent} (padre o madre), {child} (niño)",
        "board.note.questions": "Preguntas que surgieron:",
        "board.note.decision": "Decisión: {decision}",
        "board.note.dissent": "Desacuerdos o notas: {dissent}",
        "board.note.versions": "Versiones:",
        "board.note.sources": "Fuentes (números como se muestran en OptionBoard):",
        "board.plans.name_label": "Nombre de este plan (opcional)",
        "board.plans.name_help": (
            "Por ejemplo “Primero salvar la extremidad”. El nombre se guarda en "
            "el enlace; no use el nombre del paciente."
        ),
        "board.plans.difference": "Diferencia ({b} menos {a})",
        "board.plans.year_by_year": "{measure}: los dos planes año por año",
        "board.plans.year_column": "Año",
        "board.plans.side_by_side": "Los dos calendarios uno al lado del otro, un año a la vez",
    },
}
