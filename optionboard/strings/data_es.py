"""Spanish interface text for the data pages (issue 17). Same keys as data.py. File names, column names and
commands stay as they are in the files."""

TEXT: dict[str, dict[str, str]] = {
    "es": {
        "nav.data": "Datos",
        "data.page.title": "Datos",
        "data.page.intro": (
            "Las tablas de OptionBoard, su diccionario de datos y la antigüedad de las fuentes. Descargue el paquete, "
            "o cámbielo cuando la edición esté activada."
        ),
        "data.tab.tables": "Tablas",
        "data.tab.dictionary": "Diccionario de datos",
        "data.tab.staleness": "Antigüedad de las fuentes",
        "data.tab.download": "Descargar",
        "data.tab.edit": "Cambiar datos",
        "data.tab.history": "Historial",
        "data.status.valid": "Los datos son válidos: {tables} tablas, {rows} filas. Versión {version}.",
        "data.status.text_warnings": (
            "Casillas que no son texto simple: {count}. Cada una empieza como una fórmula de hoja de cálculo o "
            "tiene una etiqueta de marcado. La aplicación las muestra como texto, pero el editor no acepta texto "
            "nuevo así; reescríbalas cuando pueda."
        ),
        "data.status.invalid": (
            "Los archivos de datos tienen problemas (encontrados: {count}) y no hay una versión buena anterior, así "
            "que las otras páginas no muestran nada. Versión {version}. Corrija los problemas de abajo."
        ),
        "data.status.invalid_stale": (
            "Los archivos de datos tienen problemas (encontrados: {count}), así que las otras páginas siguen "
            "mostrando la última versión buena. Archivos ahora: versión {version}. Corrija los problemas de abajo."
        ),
        "data.tables.pick": "Tabla",
        "data.tables.unreadable": "No se puede leer {file}; vea los problemas de arriba.",
        "data.tables.search": "Buscar en esta tabla",
        "data.tables.search_hint": "Cualquier texto, por ejemplo un identificador",
        "data.tables.count": (
            "Se muestran {shown} de {total} filas. La primera columna es el número de fila en el archivo."
        ),
        "data.tables.download_csv": "Descargar {file} (copia exacta, para volver a subirla)",
        "data.dictionary.intro": (
            "Todas las columnas de todas las tablas, del descriptor datapackage.json. Los archivos son CSV en UTF-8, "
            "de {max_bytes:,} bytes como máximo; una casilla tiene como máximo {max_chars:,} caracteres."
        ),
        "data.dictionary.download": "Descargar el diccionario de datos (Markdown)",
        "data.staleness.needs_valid": "La antigüedad de las fuentes se puede mostrar cuando los datos sean válidos.",
        "data.staleness.old_sources": "Fuentes de más de {years} años",
        "data.staleness.old_facts": "Datos basados en fuentes de más de {years} años",
        "data.staleness.old_column": "De más de {years} años",
        "data.staleness.age_column": "Antigüedad (años)",
        "data.staleness.sources_heading": "Fuentes, de la más antigua a la más nueva",
        "data.staleness.facts_heading": "Datos, primero los de la fuente más antigua",
        "data.download.intro": (
            "Todo el paquete en un zip: datapackage.json y un CSV por tabla, tal como están guardados, con la versión "
            "de la que vienen (en el nombre del archivo y dentro del zip), así que al volver a subirlo después de "
            "editarlo sus cambios se combinan con los que se guardaron mientras tanto. Para abrir una tabla en una "
            "hoja de cálculo, use la descarga para hojas de cálculo de la pestaña Tablas: allí, las casillas que una "
            "hoja de cálculo podría ejecutar como fórmula empiezan con un apóstrofo."
        ),
        "data.download.zip": "Descargar el paquete (zip)",
        "data.download.missing": "Quedaron fuera del zip porque no se pueden leer: {files}",
        "data.access.read_only": "Solo lectura. {reason}",
        "data.access.reason.not-configured": (
            "La edición está apagada en este servidor: no hay clave de editor ni inicio de sesión. Un administrador "
            "puede dar a cada editor su propia clave en [editors] de .streamlit/secrets.toml (o en "
            "OPTIONBOARD_EDITORS), o activar el inicio de sesión."
        ),
        "data.access.reason.legacy-secret": (
            "La edición está apagada en este servidor: hay una sola editor_secret compartida, que no dice quién "
            "guarda. Un administrador puede dar a cada editor su propia clave en [editors] de "
            ".streamlit/secrets.toml (o en OPTIONBOARD_EDITORS), o activar el inicio de sesión."
        ),
        "data.access.reason.secret-needed": "Escriba la clave de editor que le dieron para cambiar los datos.",
        "data.access.reason.sign-in-needed": "Inicie sesión para cambiar los datos.",
        "data.access.secret_label": "Clave de editor",
        "data.access.unlock": "Activar la edición",
        "data.access.wrong_secret": "Esa no es la clave de ningún editor. La edición sigue apagada.",
        "data.access.too_many_tries": (
            "Demasiados intentos equivocados. La edición sigue apagada. Minutos "
            "hasta poder intentar otra vez: {minutes}."
        ),
        "data.access.sign_in": "Iniciar sesión",
        "data.access.sign_out": "Cerrar sesión",
        "data.access.lock": "Apagar la edición",
        "data.access.editing_on": "La edición está activada ({who}). No se guarda nada hasta que usted confirme.",
        "data.edit.how": "¿Cómo quiere cambiar los datos?",
        "data.edit.method.upload": "Subir un CSV o un zip",
        "data.edit.method.edit": "Editar una tabla aquí",
        "data.edit.method.restore": "Volver a una versión anterior",
        "data.edit.tables": "Tablas para editar (un cambio puede abarcar varias)",
        "data.edit.pick": "Elija una o más tablas para editar.",
        "data.edit.hint": (
            "Cambie casillas, agregue filas al final o seleccione filas para borrarlas. Luego revise sus cambios."
        ),
        "data.edit.check": "Revisar mis cambios",
        "data.edit.check_again": "Sus cambios cambiaron después de la última revisión. Revíselos otra vez.",
        "data.upload.label": "Archivo de reemplazo: una tabla (por ejemplo options.csv) o un zip del paquete",
        "data.upload.help": (
            "Un CSV reemplaza la tabla con el mismo nombre de archivo. Un zip puede tener cualquiera de los "
            "archivos de tablas, y datapackage.json si no cambió."
        ),
        "data.restore.none": "Todavía no hay una versión anterior. Cada cambio guardado conserva la versión de antes.",
        "data.restore.pick": "Volver a los datos como estaban antes de este cambio",
        "data.restore.option": "{when} UTC · {who} · {reason} ({files})",
        "data.restore.check": "Revisar esta vuelta atrás",
        "data.review.problems": (
            "El paquete tendría problemas después de este cambio (encontrados: {count}), así que no se puede "
            "guardar. No se cambió nada. Corrija el archivo y pruebe otra vez."
        ),
        "data.review.no_changes": "Es igual a los datos actuales: no hay nada que guardar.",
        "data.review.heading": "Revisar el cambio",
        "data.review.table": "**`{file}`**",
        "data.review.counts": "Filas agregadas: {added}. Casillas cambiadas: {changed}. Filas quitadas: {removed}.",
        "data.review.added": "Filas agregadas",
        "data.review.removed": "Filas quitadas",
        "data.review.discard": "Descartar este cambio",
        "data.save.name": "Guardado como",
        "data.save.reason": "Motivo de este cambio",
        "data.save.confirm": "Guardar este cambio",
        "data.save.details_needed": "Escriba un motivo y guarde otra vez. No se guardó nada.",
        "data.save.conflict": (
            "No se guardó: {who} guardó un cambio a las {when} UTC, después de que usted empezó. No se sobrescribió "
            "nada. Descarte este cambio y empiece otra vez desde los datos más nuevos."
        ),
        "data.save.someone": "otra persona",
        "data.save.busy": "Todavía se está guardando otro cambio. No se guardó nada. Pruebe otra vez en un momento.",
        "data.save.done": "Se guardó {tables} (por {who}). La versión anterior queda como {version}.",
        "data.history.none": "Todavía no se guardó ningún cambio desde esta página.",
        "data.history.audit": "Registros en el registro de auditoría: {count}. Versión actual {version}.",
        "data.history.audit_download": "Descargar el registro de auditoría (líneas JSON)",
        "data.review.unknown_base": (
            "Este cambio se hizo sobre la versión {version}, que no es una versión de estos datos, así que no se "
            "puede combinar sin riesgo. No se cambió nada. Descargue el paquete actual y haga el cambio otra vez."
        ),
        "data.review.merged": (
            "Este cambio se hizo sobre la versión {base}; los datos cambiaron desde entonces (ahora versión "
            "{version}). Sus cambios se combinan con los que se guardaron desde entonces: la revisión de abajo "
            "muestra qué cambiará al guardar."
        ),
        "data.review.conflicts": (
            "No se puede guardar: su cambio y un cambio guardado después tocan las mismas casillas (encontradas: "
            "{count}). No se cambió nada. Cada una está en la lista de abajo: el archivo, la clave de la fila, la "
            "columna, el valor de ellos, el suyo y el valor cuando usted empezó. Descarte este cambio y hágalo otra "
            "vez sobre los datos actuales."
        ),
        "data.conflict.no_row": "(no hay fila)",
        "data.review.unusable_file": (
            "Este archivo no se puede usar (encontrados: {count}). No se cambió nada. La lista de abajo dice por qué; "
            "corrija el archivo o descárguelo otra vez, y luego súbalo."
        ),
        "data.review.normalised": (
            "{file} se ajustó al formato de archivo del paquete antes de "
            "comparar: {what}. Ninguna casilla cambió por esto."
        ),
        "data.review.normalised.bom": "se quitó la marca de orden de bytes",
        "data.review.normalised.line-ends": (
            "los finales de línea se cambiaron a los del paquete (de CRLF de Windows a LF)"
        ),
        "data.review.normalised.layout": (
            "las comillas y el último final de línea se escribieron como los escribe el paquete"
        ),
        "data.review.no_base": (
            "Este archivo no dice de qué versión se hizo, así que se compara con la versión actual {version}: lo que "
            "vuelva atrás se muestra abajo como un cambio. Las descargas de esta página llevan su versión."
        ),
        "data.save.storage": "No se guardó: {reason}. No se cambió nada y nada figura como guardado.",
        "data.save.storage.disk-full": (
            "el disco está lleno. Pida a un administrador que libere espacio y guarde otra vez"
        ),
        "data.save.storage.read-only": (
            "no se puede escribir en la carpeta de datos (es de solo lectura o la aplicación no tiene permiso). "
            "Pregunte a un administrador"
        ),
        "data.save.storage.io": (
            "no se pudo escribir en la carpeta de datos. Pruebe otra vez o pregunte a un administrador"
        ),
        "data.save.refused": "No se guardó: {reason}. No se cambió nada.",
        "data.history.state.done": "guardado",
        "data.history.state.pending": "en curso o interrumpido",
        "data.history.state.rolled-back": "interrumpido, se deshizo (no quedó nada de él en los datos)",
        "data.status.descriptor": (
            "El descriptor datapackage.json falta o no se puede seguir (problemas: {count}), así que aquí no se "
            "pueden revisar ni cambiar los datos. Corrija los problemas de abajo."
        ),
        "data.edit.row": "fila",
        "data.edit.row_help": (
            "El número de fila en el archivo, como lo dan los mensajes de problemas. Las filas nuevas reciben el "
            "suyo al guardar."
        ),
        "data.review.words": "Texto largo cambiado, palabra por palabra (casillas: {count})",
        "data.review.words_cell": "**Fila {row}, {column}:**",
        "data.undo.check": "Revisar cómo deshacer solo este cambio",
        "data.undo.help": (
            "Deshace solo este cambio y conserva todos los cambios guardados después. Si un cambio posterior tocó "
            "las mismas casillas, no se guarda nada y se muestran esas casillas."
        ),
        "data.undo.note": (
            "Deshacer solo este cambio: la revisión de abajo muestra qué cambia ahora al deshacerlo; los cambios "
            "posteriores se quedan."
        ),
        "data.history.editors_only": (
            "El historial y el registro de auditoría solo se muestran a los editores. Active la edición (pestaña "
            "Cambiar datos) para verlos."
        ),
        "data.tables.download_spreadsheet": (
            "Descargar {file} para hojas de cálculo (fórmulas desactivadas; no para volver a subir)"
        ),
        # The database store (pgstore branch)
        "data.save.storage.database": (
            "no se pudo llegar a la base de datos. Pruebe otra vez en un momento o pregunte a un administrador"
        ),
        "data.status.store_unreachable": (
            "En este momento no se pueden leer los datos: {reason}. El resto de "
            "la aplicación sigue mostrando la última "
            "versión que leyó. Pruebe otra vez en un momento."
        ),
        "data.translations.heading": "Traducciones",
        "data.translations.counts": (
            "{name}: {current} textos para familias traducidos y al día, {stale} desactualizados (su inglés "
            "cambió; la aplicación muestra el inglés), {missing} sin traducir."
        ),
        "data.translations.stale_heading": "Traducciones desactualizadas",
        "data.translations.missing_heading": "Textos para familias sin traducir",
        "data.translations.col.table": "Tabla",
        "data.translations.col.key": "Clave de la fila",
        "data.translations.col.column": "Columna",
        "data.translations.col.row": "Fila en translations.csv",
        "data.translations.col.english": "Inglés actual",
        "data.translations.all_current": "Todas las traducciones están al día.",
    },
}
