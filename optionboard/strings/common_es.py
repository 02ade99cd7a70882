"""Spanish interface text shared by every page (issue 17). Same keys as common.py; plain words for families."""

TEXT: dict[str, dict[str, str]] = {
    "es": {
        "app.title": "OptionBoard",
        "app.not_advice": (
            "Esta información es para ayudarle a hablar con el equipo médico de su hijo. No es un consejo médico "
            "y no dice qué opción elegir. El equipo médico conoce a su hijo y puede responder sus preguntas."
        ),
        "app.no_patient_data": "OptionBoard no guarda nada de lo que usted escribe o elige.",
        "nav.section.family": "Aprender y pensar",
        "nav.section.compare": "Comparar",
        "nav.section.data": "Datos",
        "nav.options": "Opciones de tratamiento",
        "data.stale_banner": (
            "Los archivos de datos cambiaron y ahora tienen problemas (encontrados: {count}). OptionBoard sigue "
            "mostrando la última versión buena. Analistas de datos: vean la página Datos o ejecuten "
            "`python -m optionboard validate`."
        ),
        "data.no_valid_data": (
            "OptionBoard aún no puede mostrar nada: los archivos de datos tienen problemas (encontrados: {count}) "
            "y no hay una versión buena anterior."
        ),
        "data.problem_list": "Problemas encontrados",
        "tables.swipe": (
            "En una pantalla pequeña, deslice la tabla hacia un lado para ver todas las columnas. La primera "
            "columna no se mueve."
        ),
        "options.heading": "Opciones de tratamiento",
        "options.intro": (
            "Estos son los tipos de tratamiento de los que puede hablar un equipo médico cuando el cáncer se ha "
            "extendido a un hueso. La mayoría de los niños reciben más de uno, como partes de un mismo plan. "
            "Abra una opción para leer qué es."
        ),
        "options.count": "{options} opciones en {categories} grupos. Los datos vienen de {sources} fuentes públicas.",
        "options.find.group": "Grupo",
        "options.find.all_groups": "Todos los grupos",
        "options.find.more": (
            "Se muestran las primeras {limit} de {matching} opciones. Escriba parte de un nombre o elija un grupo "
            "para encontrar las demás."
        ),
        "options.clinical_name": "Nombre médico",
        "situation.heading": "La situación de su hijo (opcional)",
        "situation.intro": (
            "Si quiere, díganos tres cosas. Cambian qué opciones salen primero y agregan una nota corta cuando una "
            "opción se usa poco. No se guarda nada. Puede saltar esta parte."
        ),
        "situation.cancer.label": "El primer cáncer",
        "situation.site.label": "Dónde está el cáncer en los huesos",
        "situation.phase.label": "El momento",
        "situation.none": "Sin elegir",
        "situation.cancer.neuroblastoma": "Neuroblastoma",
        "situation.cancer.ewing": "Sarcoma de Ewing",
        "situation.cancer.osteosarcoma": "Osteosarcoma",
        "situation.cancer.rhabdomyosarcoma": "Rabdomiosarcoma",
        "situation.cancer.other": "Otro cáncer",
        "situation.cancer.unsure": "No estoy seguro",
        "situation.site.limb": "Un hueso del brazo o de la pierna",
        "situation.site.spine": "La columna",
        "situation.site.pelvis": "La pelvis (huesos de la cadera)",
        "situation.site.skull-other": "El cráneo u otro hueso",
        "situation.site.several": "Varios lugares",
        "situation.site.unsure": "No estoy seguro",
        "situation.phase.new": "Recién encontrado",
        "situation.phase.during": "Durante el tratamiento",
        "situation.phase.relapse": "El cáncer volvió",
        "situation.phase.comfort": "Cuidado centrado en el bienestar",
        "situation.phase.unsure": "No estoy seguro",
        "situation.cancer.describe": "Primer cáncer: {value}.",
        "situation.site.describe": "Dónde en los huesos: {value}.",
        "situation.phase.describe": "El momento: {value}.",
        "situation.notice": (
            "El enlace trae un valor que OptionBoard no conoce para “{aspect}” ({value}); se dejó fuera."
        ),
        "situation.when_used": "Cuándo se usa",
        "situation.in_situation": "En la situación de su hijo",
        "situation.rarely_marker": "se usa poco en esta situación",
        "situation.not_used_marker": "no se usa en esta situación",
        "language.skip_link": "Saltar al contenido principal",
        "language.english_marker": "(en inglés)",
        "language.note": (
            "Esta traducción es para leerla junto con el equipo médico de su hijo. Puede pedir un intérprete "
            "médico en cualquier visita o llamada."
        ),
        "language.some_english": (
            "Algunos textos de esta página están en inglés: todavía no tienen traducción, o el texto en inglés "
            "cambió después de traducirlo."
        ),
        "common.range": "de {low} a {high}",
        "selection.notice.too_long": (
            "La lista de opciones del enlace era demasiado larga, así que no se eligió ninguna. Elíjalas otra vez."
        ),
        "selection.notice.unknown": "El enlace nombra una opción que OptionBoard no conoce ({option}); se dejó fuera.",
        "selection.notice.too_many": (
            "OptionBoard muestra como máximo {limit} opciones a la vez; se muestran las primeras {limit}."
        ),
        "selection.set.rebuild_leg": "Formas de reconstruir la pierna",
        "selection.set.radiation_kinds": "Radioterapia: rayos X o protones",
        "selection.set.chemo_ways": "Formas de dar la quimioterapia",
        "selection.set.surgery_types": "Tipos de cirugía",
        "selection.set.comfort_bones": "Medicinas para el bienestar y los huesos",
        "selection.set.painful_bone": "Radioterapia para un hueso que duele",
        "selection.set.weak_bone": "Un hueso débil o roto",
        "selection.set.bone_medicines": "Medicinas para los huesos",
        "selection.set.neuroblastoma": "Neuroblastoma: partes del plan",
        "work.notice.other_version": (
            "Este enlace de trabajo guardado se hizo con otra versión de OptionBoard y no se pudo leer aquí."
        ),
        "source.undated": "La página no tiene fecha (leída el {read})",
        "source.date_kind.published": "Publicada el {date}",
        "source.date_kind.reviewed": "Revisada el {date}",
        "source.date_kind.updated": "Actualizada el {date}",
        "work.notice.unreadable": "No se pudo leer el trabajo guardado en este enlace. No se cambió nada más.",
        "work.notice.damaged": (
            "El trabajo guardado en este enlace está dañado y no se pudo leer. Tal vez se cortó al copiarlo."
        ),
        "work.notice.dropped": (
            "Algunas respuestas guardadas ({count}) ya no coinciden con los datos de OptionBoard y se dejaron fuera. "
            "El resto de su trabajo está de vuelta."
        ),
        # The database store (pgstore branch)
        "data.store_unreachable": (
            "En este momento no se puede llegar al servicio de datos. Está viendo la misma información que hace un "
            "momento. Esta página se actualiza sola cuando el servicio vuelva."
        ),
        "data.store_unreachable_no_data": (
            "OptionBoard todavía no puede mostrar nada: no se puede llegar al servicio de datos. Pruebe otra vez en "
            "un minuto."
        ),
    },
}
