# Español. Los mismos mensajes que en.ftl; la prueba catalogues comprueba que estén todos.

## Palabras comunes

list-clients = { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}

## Los nombres del método

column-prospects = Prospectos
column-interested = Interesados
column-follow_up_1 = Seguimiento 1
column-follow_up_2 = Seguimiento 2
column-follow_up_3 = Seguimiento 3
column-result = Resultado
outcome-contract = Contrato firmado
outcome-purchase = Compra hecha
outcome-later = Para más adelante
outcome-lost = Perdido
category-white = Blanco
category-grey = Gris
category-green = Verde
category-yellow = Amarillo
category-green_gold = Verde-oro
category-gold = Oro
category-platinum = Platino
category-red_green = Rojo-verde
category-red_gold = Rojo-oro
category-red_platinum = Rojo-platino
contact-kind-call_in = Llamada recibida
contact-kind-call_out = Llamada hecha
contact-kind-meeting = Reunión
contact-kind-letter = Carta
contact-kind-email = Correo
contact-kind-visit = Visita
call-outcome-reached = Contestó
call-outcome-no_answer = Sin respuesta
call-outcome-call_back = Volver a llamar
call-outcome-refused = Rechazó
call-outcome-won = Ganado
client-kind-company = Empresa
client-kind-person = Particular
channel-phone = Teléfono
channel-email = Correo
category-white-meaning = recién entrado en el fichero
category-grey-meaning = decisor identificado
category-green-meaning = el decisor estudiará una oferta
category-yellow-meaning = aceptó recibir el boletín
category-green_gold-meaning = pidió el producto
category-gold-meaning = hizo y pagó un primer pedido
category-platinum-meaning = más de tres pedidos
category-red_green-meaning = el decisor rechazó la oferta
category-red_gold-meaning = dejó de comprar tras uno o dos pedidos
category-red_platinum-meaning = cliente habitual que dejó de comprar
agenda-kind-next_contact = Próximo contacto
agenda-kind-follow_up = Seguimiento
agenda-kind-birthday = Cumpleaños
agenda-kind-important_date = Fecha importante
agenda-kind-complaint = Reclamación
agenda-kind-cadence = Sin contacto
agenda-kind-satisfaction = Satisfacción
agenda-kind-holiday = Festivo
class-abc-a = A
class-abc-b = B
class-abc-c = C
class-xyz-x = X
class-xyz-y = Y
class-xyz-z = Z
lifecycle-potential = Potencial
lifecycle-new = Nuevo
lifecycle-permanent = Habitual
lifecycle-restored = Recuperado
lifecycle-lost = Perdido
complaint-step-cause_found = Causa hallada
complaint-step-resolved = Resuelta
complaint-step-process_fixed = Proceso corregido

## Teclas: qué hace cada acción (pie y ayuda)

action-quit = salir
action-open_help = ayuda
action-close_help = cerrar la ayuda
action-show_list = lista de clientes
action-show_board = tablero Shiffman
action-show_reports = informes
action-show_agenda = agenda
action-start_queue = ronda de llamadas
action-call_reached = contestó
action-call_no_answer = sin respuesta
action-call_call_back = volver a llamar
action-call_refused = rechazó
action-call_won = ganado
action-skip_call = saltar
action-mark_greeted = felicitado
action-toggle_greetings = felicitaciones
action-start_capture = anotación rápida
action-complete = completar
action-previous_period = un mes atrás
action-next_period = un mes adelante
action-select_next = abajo
action-select_previous = arriba
action-select_left = columna izquierda
action-select_right = columna derecha
action-page_down = página abajo
action-page_up = página arriba
action-select_first = primero
action-select_last = último
action-focus_next = panel siguiente
action-focus_previous = panel anterior
action-open_client = abrir el expediente
action-start_filter = filtrar
action-accept_filter = mantener el filtro
action-clear_filter = quitar el filtro
action-cycle_sort = cambiar el orden
action-cycle_class_column = columna de clase (ABC…)
action-cycle_class_filter = solo una clase
action-cycle_selection = selección guardada
action-cycle_manager = comercial
action-refresh = releer el fichero
action-move_right = mover a la derecha
action-move_left = mover a la izquierda
action-log_contact = anotar un contacto
action-add_client = añadir un cliente
action-edit_client = editar el cliente
action-add_person = añadir una persona
action-delete_client = borrar el cliente
action-start_erase = borrar para siempre
action-undo = deshacer
action-review_duplicates = buscar duplicados
action-open_journal = diario de cambios
action-undo_step = deshacer este paso
action-next_group = grupo siguiente
action-previous_group = grupo anterior
action-take_kept = el del conservado
action-take_other = el del otro
action-swap_kept = intercambiar
action-merge_pair = fusionar
action-click = elegir con el ratón
action-scroll_down = desplazar abajo
action-scroll_up = desplazar arriba
action-focus_gained = releer al volver
action-pick_contract = contrato firmado
action-pick_purchase = compra hecha
action-pick_later = para más adelante
action-pick_lost = perdido (pide el motivo)
action-pick_number = elegir una opción
action-choose_previous = opción anterior
action-choose_next = opción siguiente
action-next_field = campo siguiente
action-previous_field = campo anterior
action-confirm = guardar
action-accept = sí, hacerlo
action-cancel = cancelar
action-type_char = escribir
action-delete_char = borrar un carácter

## Teclas: dónde se pulsa (secciones de la ayuda)

context-global = En todas partes
context-main = Lista y tablero
context-list = Lista de clientes
context-board = Tablero Shiffman
context-reports = Informes
context-agenda = Agenda
context-queue = Ronda de llamadas
context-filter = Al filtrar
context-help = En esta ayuda
context-result = Al elegir el resultado
context-reason = Al escribir el motivo
context-form_text = Formulario, escribir
context-form_choice = Formulario, elegir
context-confirm = Al confirmar
context-merge = Fusión de duplicados
context-journal = El diario
context-capture = Anotación rápida

## El marco de la pantalla

window-too-small = Ventana demasiado pequeña: { $width }×{ $height }, necesita { $min_width }×{ $min_height }
title-read-only = SOLO LECTURA
tab-list = Lista
tab-board = Tablero
tab-reports = Informes
tab-agenda = Agenda
help-title = Teclas — Esc cierra
help-title-cut = Teclas — Esc cierra · más en una ventana más ancha

## La lista de clientes

list-title = Clientes
list-title-sorted = Clientes por { $order }
list-only-class = solo { $lens } { $class }
list-selection = selección { $name }
list-reading = leyendo la lista…
list-name = Nombre
list-city = Ciudad
list-column = Columna
list-next = Próximo
lens-lifecycle = Ciclo
sort-name = nombre
sort-next_contact = próximo contacto
sort-last_contact = último contacto

## La agenda y la ronda de llamadas

agenda-error = error: no se pudo preparar la agenda: { $error }
agenda-to-greet = { $n } por felicitar: w marca uno felicitado, t vuelve al trabajo
agenda-the-work = el trabajo del día
queue-call-back-on = volver a llamar el { $date }
queue-say-why = diga por qué rechazó el cliente
queue-refused-because = rechazó: { $reason }
queue-won = ganado: { $result }
queue-won-ends = una llamada ganada termina en contrato (c) o compra (p)
queue-reached = contestó
queue-no-answer = sin respuesta
queue-given-up = sin respuesta { $tries } veces: no se vuelve a llamar
status-next-on = próximo { $date }
queue-done = ronda terminada: { $n ->
    [one] { $n } llamada anotada
   *[other] { $n } llamadas anotadas
}
greet-only-dates = solo se felicita un cumpleaños, una fecha importante o un festivo
greet-summary = felicitación: { $what }
greet-done = felicitado: { $what } ({ $client })
queue-started = ronda de llamadas: { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}
queue-nothing = nadie a quien llamar en la agenda
queue-ended = ronda interrumpida: { $n ->
    [one] { $n } llamada anotada
   *[other] { $n } llamadas anotadas
}

## La línea de estado

status-read-only = solo lectura ({ $why }): se puede mirar, los cambios se rechazan
status-error = error: { $error }
agenda-again = agenda preparada de nuevo
lens-none = sin columna de clase
lens-showing = se muestra la clase { $lens } de cada cliente
lens-only = solo { $lens } { $class }: { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}
lens-every-class = todas las clases
status-sorted = ordenado por { $order }
status-reading-again = releyendo el fichero…
status-reloaded = fichero releído
status-no-client = ningún cliente elegido
board-in-last = { $client } ya está en la última columna
board-in-first = { $client } ya está en la primera columna
board-moved = { $client } pasa a { $column }
backup-older-removed = { $n } antiguas borradas
backup-written = copia diaria escrita: { $path }
backup-failed = error: falló la copia diaria: { $error }
reports-error = error: no se pudieron calcular los informes: { $error }
reports-last-month = los informes ya terminan en este mes
undo-nothing = nada que deshacer en esta sesión
undo-done = deshecho: { $what } (paso { $step })
undo-done-of = deshecho: { $what } de { $client } (paso { $step })

## Lectura de la lista

categories-moved = { $n ->
    [one] { $n } cliente cambió de color por sus pedidos (véase su historial)
   *[other] { $n } clientes cambiaron de color por sus pedidos (véase su historial)
}
categories-error = error: no se pudieron actualizar las categorías de color: { $error }
list-error = error: no se pudo leer la lista: { $error }
list-error-client = error: no se pudo releer un cliente: { $error }
classes-error = error: no se pudieron calcular las clases: { $error }
selection-none = no hay selecciones guardadas: kartoteka selection save NOMBRE --city …
selection-shown = selección { $name }: { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}
selection-every = todos los clientes

## Formularios y confirmaciones

status-cancelled = cancelado, nada escrito
contact-logged = { $kind } anotada para { $client }
client-added = { $client } añadido
client-saved = { $client } guardado
conflict-merged = otra persona cambió { $client } mientras tanto; sus cambios están en el formulario — Enter guarda ambos
conflict-theirs = otra persona cambió { $client } mientras tanto: escribió { $theirs }. Enter conserva lo suyo, Esc lo de ellos
person-added = { $person } añadida a { $client }
client-deleted = { $client } borrado (u deshace)
client-erased = { $client } borrado para siempre
client-erased-log = { $client } borrado para siempre; otro programa guarda los bytes antiguos en el registro hasta que se cierre
erase-wrong-name = «{ $typed }» no es el nombre del cliente; nada borrado
backups-none-keep = ninguna copia de seguridad lo guarda
backups-keep = { $n ->
    [0] ninguna copia de { $dir } lo guarda
    [one] la copia de { $dir } lo guarda hasta que salga por rotación (en cinco semanas)
   *[other] las { $n } copias de { $dir } lo guardan hasta que salgan por rotación (en cinco semanas)
}
capture-no-match = ningún cliente coincide con «{ $query }»
capture-several = { $n } clientes coinciden con «{ $query }»: elija uno con ↓ ↑ y pulse Enter
merge-group-too-small = un grupo de duplicados tiene menos de dos clientes
merge-none = no hay duplicados probables en el fichero
merge-done = { $other } (#{ $other_id }) fusionado en #{ $kept_id } { $kept } (u deshace)
backup-finishing = terminando la copia diaria…

## Campos de los formularios

field-summary = Resumen
field-outcome = Resultado
field-next_contact = Próximo contacto
field-kind = Tipo
field-person = Persona
field-name = Nombre
field-legal_name = Razón social
field-city = Ciudad
field-address = Dirección
field-industry = Sector
field-phones = Teléfonos
field-emails = Correos
field-website = Web
field-source = Origen
field-manager = Comercial
field-category = Categoría
field-tags = Etiquetas
field-notes = Notas
field-position = Cargo
field-birthday = Cumpleaños
field-decision_maker = Decisor
field-size = Tamaño
field-tax_id = NIF
choice-nothing = nada que elegir
choice-nobody = nadie anotado
choice-no = no
choice-yes = sí
delete-what-goes = { $persons ->
    [one] { $persons } persona
   *[other] { $persons } personas
}, { $contacts ->
    [one] { $contacts } contacto
   *[other] { $contacts } contactos
} y { $orders ->
    [one] { $orders } pedido
   *[other] { $orders } pedidos
}

## Duplicados

duplicate-same-phone = mismo teléfono { $phone }
duplicate-same-email = mismo correo { $email }
duplicate-same-name = mismo nombre
duplicate-close-name = nombre parecido, misma ciudad

## Diálogos

result-title = Resultado de { $client }
result-question = ¿Cómo terminó?
result-contract = contrato firmado
result-purchase = compra hecha
result-later = para más adelante
result-lost = perdido
result-why = { $result }: ¿por qué? (Enter guarda)
result-reason = Motivo
erase-title = Borrar un cliente para siempre
erase-question = ¿Borrar { $client } para siempre?
erase-what-goes = Con él se van { $what }, y todo su historial.
erase-final = No se puede deshacer.
erase-note = Nota: { $kept }.
erase-type-name = Escriba su nombre para borrarlo:
erase-do = borrar
delete-title = Borrar un cliente
delete-question = ¿Borrar { $client }?
delete-what-goes-with = Con él se van { $what }.
delete-do = borrar
delete-keep = conservarlo
delete-undo-after = lo deshace después
delete-erase = borrar para siempre…
merge-title = Duplicados { $group } de { $groups }
merge-kept = conservado #{ $id }
merge-removed = fusionado, eliminado #{ $id }
merge-persons = personas
merge-contacts = contactos
merge-orders = pedidos
merge-joined = teléfonos { $phones }, correos { $emails }, etiquetas { $tags }: de ambas fichas; notas unidas; personas, contactos, pedidos e historial pasan
merge-agree = las dos fichas no difieren en ningún campo
contact-title = Contacto con { $client }
contact-next-hint = próximo: una fecha, +2d, +1s, +1m, mañana o un día de la semana
client-new-title = Cliente nuevo
client-edit-title = Editar { $client }
client-duplicate-warned = ¿Ya está en el fichero? Enter lo añade igualmente, Esc cancela:
client-duplicate = Parece un cliente que ya está en el fichero:
capture-title = Anotación rápida
capture-hint = call|callin|meeting|email|letter|visit CLIENTE ok|na|back|refused|won "lo que se dijo" +3d #etiqueta
journal-title = Diario: los últimos { $n } pasos
journal-undo-hint = deshace el paso bajo el cursor, una importación o fusión entera
journal-closes = cierra
journal-empty = Todavía no se ha escrito nada en el fichero.
journal-step = paso
journal-when = cuándo
journal-by = quién
journal-what = qué
journal-client = cliente
journal-undone-by = deshecho por { $step }
person-new-title = Persona nueva de { $client }
person-birthday-hint = cumpleaños: 15/03/1980, o 15/03 sin el año

## El expediente y los contactos

dossier-title = Expediente
dossier-empty-file = El fichero aún no tiene clientes: añada uno con `kartoteka add client`.
dossier-no-match = Ningún cliente coincide con «{ $filter }».
dossier-staff = { $size } empleados
dossier-tax-id = NIF { $id }
dossier-manager = comercial { $name }
dossier-source = origen { $source }
dossier-classes = Clases
dossier-twelve-months = últimos doce meses
dossier-in-column = { $column } desde { $since } ({ $days } d)
dossier-board = Tablero
dossier-overdue = { $date } vencido
dossier-not-set = sin fijar
dossier-complaint-next = siguiente: { $step }
dossier-persons = Personas
dossier-born = nació el { $date }
dossier-birthday = cumpleaños { $date }
dossier-bought = Compras, las últimas primero
dossier-last-bought = última { $date }
dossier-by-year = Por año
dossier-quarter = T{ $q }
dossier-quarters = Trimestres
dossier-events = Eventos y fechas importantes
dossier-yearly = cada año
dossier-history = Historial, lo último primero
dossier-more-history = { $n } más: kartoteka history { $id }
log-title = Contactos ({ $n })
log-by = por { $name }
log-empty = Aún no hay contactos.

## El tablero

column-short-prospects = Prosp.
column-short-interested = Inter.
column-short-follow_up_1 = Seg. 1
column-short-follow_up_2 = Seg. 2
column-short-follow_up_3 = Seg. 3
column-short-result = Result.
board-everyone = todos los comerciales
board-filter = filtro
board-days = { $days }d

## La agenda

agenda-working = preparándola…
agenda-working-again = preparándola de nuevo…
agenda-everyone = todos
agenda-greetings = Felicitaciones
agenda-count-greet = { $n } por felicitar · t: el trabajo
agenda-count = { $n ->
    [one] { $n } tarea
   *[other] { $n } tareas
}, { $overdue } vencidas · t: { $greet } por felicitar
agenda-nobody-to-greet = Nadie a quien felicitar estos días.
agenda-nothing-due = Nada pendiente: todos los clientes están atendidos.
agenda-when = Cuándo
agenda-what = Qué
agenda-client = Cliente
agenda-why = Por qué
agenda-short-next_contact = contacto
agenda-short-follow_up = seguimiento
agenda-short-birthday = cumpleaños
agenda-short-important_date = fecha
agenda-short-complaint = reclamación
agenda-short-cadence = ritmo
agenda-short-satisfaction = encuesta
agenda-short-holiday = festivo
queue-title = Llamada { $pos } de { $n } · { $logged } anotadas
queue-ask-date = ¿Cuándo volver a llamar? { $text }▏  (+3d, viernes, 01/12/2026)
queue-ask-reason = ¿Por qué rechazaron? { $text }▏
queue-ask-result = Ganado: c contrato firmado · p compra hecha

## Informes

reports-working = calculándolos…
reports-working-again = recalculándolos…
reports-result-contract = contrato
reports-result-purchase = compra
reports-result-later = aplazado
reports-result-lost = perdido
reports-funnel = Embudo · ahora · conversión
reports-abc-curve = Curva ABC
reports-no-turnover = sin facturación en el periodo
reports-share-of-clients = % clientes
reports-lifecycle = ciclo de vida
reports-salesperson = comercial
reports-first = 1.ª
reports-sum = suma
reports-repeat = repet.
reports-lost = perd.
reports-back = recup.
reports-total = total
reports-salespeople = Comerciales
reports-incoming = Llamadas recibidas

## Los motivos de la agenda

occasion-turns = { $person } cumple { $years }
occasion-birthday = cumpleaños de { $person }
occasion-years = { $title } ({ $years ->
    [one] { $years } año
   *[other] { $years } años
})
when-today = hoy
when-tomorrow = mañana
when-late = { $days ->
    [one] hace { $days } día
   *[other] hace { $days } días
}
when-in = { $days ->
    [one] en { $days } día
   *[other] en { $days } días
}
complaint-todo-cause_found = hallar la causa
complaint-todo-resolved = resolver
complaint-todo-process_fixed = corregir el proceso
due-planned = contacto previsto
due-waiting = esperando en { $column } desde { $since }
due-cadence = cliente que compra, último contacto { $last }
due-cadence-never = cliente que compra, nunca contactado
due-survey-first = primera venta { $date }: preguntar si está satisfecho
due-survey-again = última pregunta { $date }: volver a preguntar
history-move = movimiento
holiday-new_year = Año Nuevo
holiday-women_day = 8 de marzo
greet-no-contacts = sin teléfono ni correo

## Errores en lo escrito o leído (campo 'valor': motivo)

err-no-client-matches = ningún cliente coincide
err-expected-four-digit-year-21 = se espera un año de cuatro cifras, p. ej. 21/07/1980
err-is-not-date = no es una fecha
err-expected-yes-or-no-da = se espera sí o no (yes/no, да/нет, da/nu)
err-expected-month-2026-10 = se espera un mes como 2026-10
err-expected-phone-number-40-721 = se espera un teléfono como +34 91 555 01 01
err-expected-mail-address-name-example = se espera un correo como nombre@ejemplo.es
err-must-not-be-empty = no puede estar vacío
err-expected-amount-1234-50-or = se espera un importe como 1234,50 o 1.234,50
err-expected-time-hh-mm-2025 = se espera una hora HH:MM, p. ej. 14/03/2025 09:30
err-expected-date-yyyy-mm-dd = se espera una fecha DD/MM/AAAA, DD.MM.AAAA o AAAA-MM-DD
err-this-date-does-not-exist = esta fecha no existe
err-expected-positive-number = se espera un número positivo
err-expected-month-number-from-1 = se espera un número de mes del 1 al 12
err-is-directory-not-file-import = es una carpeta, no un fichero que importar
err-no-client = no existe ese cliente
err-client-cannot-be-merged-with = un cliente no se puede fusionar consigo mismo
err-is-same-salesperson-from = es el mismo comercial que 'from'
err-no-complaint = no existe esa reclamación
err-give-at-least-one-answer = dé al menos una respuesta, p. ej. --answer delivery=4
err-expected-encoding-utf-8-utf = se espera una codificación: utf-8, utf-16le, windows-1251, windows-1250 o windows-1252
err-file-does-not-read-in = el fichero no se lee en esta codificación
err-contact-needs-name-this-card = un contacto necesita nombre: esta ficha no tiene FN, N ni ORG
err-is-not-vcard-file-it = no es un fichero vCard: no tiene BEGIN:VCARD
err-expected-dmy-day-month-year = se espera dmy (día/mes/año) o mdy (mes/día/año)
err-is-ambiguous-day-month-or = es ambiguo: ¿día/mes o mes/día? indique --dates dmy o --dates mdy
err-client-needs-name-this-row = un cliente necesita nombre: esta fila no tiene nombre, empresa ni persona
err-order-line-needs-its-date = una línea de pedido necesita su fecha
err-order-line-needs-its-amount = una línea de pedido necesita su importe
err-expected-number-2-or-1 = se espera un número como 2 o 1,5
err-is-vcard-file-it-holds = es un fichero vCard: tiene contactos, no líneas de pedido (impórtelo con --kind contacts)
err-is-empty-no-header-line = está vacío: sin línea de cabecera
err-give-one-quoted-summary = dé un solo resumen entre comillas
err-tag-needs-name-after = una etiqueta necesita un nombre después de #
err-give-one-next-date = dé una sola fecha siguiente
err-is-not-outcome-quoted-summary = no es un resultado, un "resumen entre comillas", una fecha ni una #etiqueta; el nombre del cliente va primero
err-name-client-after-verb = nombre al cliente después del verbo
err-client-is-already-in-last = el cliente ya está en la última columna; el resultado se cambia con `result`
err-client-is-already-in-this = el cliente ya está en esta columna
err-moving-into-result-needs-result = pasar a resultado necesita el resultado: contract, purchase, later o lost
err-lost-client-needs-reason-it = un cliente perdido necesita el motivo de la pérdida
err-result-is-recorded-only-in = un resultado solo se anota en la columna de resultado
err-expected-date-2025-03-14 = se espera una fecha (14/03/2025, 14.03.2025, 2025-03-14) o +3d, +2s, +1m, hoy, mañana, un día de la semana
err-complaint-is-closed-its-process = la reclamación está cerrada: su proceso está corregido
err-after-to = es posterior a --to { $to }
err-cannot-be-read = no se puede leer: { $error }
err-client-has-no-persons = este cliente no tiene personas; añada una con `kartoteka add person`
err-no-such-person = este cliente no tiene esa persona; conocidas: { $known }
err-several-persons = coincide con varias personas: { $names }
err-already-greeted = ya se marcó felicitado para el { $date }
err-no-selection = no hay ninguna selección con ese nombre; guarde una con `kartoteka selection save NOMBRE --city …`
err-no-selection-saved = no hay ninguna selección con ese nombre; guardadas: { $known }
err-no-salesperson-yet = no existe ese comercial; aún no hay nadie anotado
err-no-salesperson = no existe ese comercial; conocidos: { $known }
err-not-text = no es un fichero de texto: { $why }
err-row-fields = tiene { $fields } campos y la cabecera tiene { $header }
err-columns-more = y { $n } más
err-no-name-column = no tiene columna con el nombre de un cliente o de una persona (sus columnas: { $columns }); indique una con --map COLUMNA=name
err-no-column = no tiene columna { $name } (sus columnas: { $columns }); indíquela con --map COLUMNA={ $name }
err-map-form = se espera COLUMNA=CAMPO, CAMPO uno de: { $fields }
err-map-field = campo desconocido; se espera uno de: { $fields }
err-not-csv = línea { $line }: no se lee como CSV: { $error }
err-expected-one-of = se espera uno de: { $choices }
err-quote-not-closed = el texto entre comillas no se cierra con { $close }
err-start-with = empiece con uno de: { $choices }
err-complaint-next-step = el siguiente paso de la reclamación { $complaint } es { $step }
err-before-last-step = es anterior al último paso de la reclamación ({ $at })
err-answer-form = se espera PREGUNTA=NOTA, p. ej. delivery=4
err-question-empty = la pregunta está vacía
err-score = la nota es un número entero del 1 al 5
err-vcard-outside = está fuera de todo BEGIN:VCARD … END:VCARD
err-vcard-cut-short = no tiene END:VCARD: la ficha está cortada

## El fichero de clientes

store-no-file = no hay fichero de clientes en { $path }; cree uno con `kartoteka init --file { $path }` o elija otro con --file
store-already-exists = { $path } ya existe; elija otra ruta o ábralo sin `init`
store-is-directory = { $path } es una carpeta, no un fichero de clientes
store-empty = { $path } está vacío (0 bytes), no es un fichero de clientes; no se ha tocado
store-not-sqlite = { $path } no es un fichero de clientes (no es una base SQLite); no se ha tocado
store-locked = { $path } está cifrado (o no es un fichero de clientes): indique su fichero de clave en la configuración (key_file = "…") o ábralo en un terminal para que se pida la contraseña
store-wrong-passphrase = la contraseña no abre { $path } (contraseña incorrecta o no es un fichero de clientes); no se ha tocado
store-foreign = { $path } es una base SQLite de otro programa, no un fichero de Kartoteka; no se ha tocado
store-newer = { $path } lo escribió una Kartoteka más nueva (versión de esquema { $found }; esta lee hasta { $supported }); actualice Kartoteka para abrirlo
store-io = no se puede leer { $path }: { $error }
store-backup-exists = { $path } ya existe; una copia nunca sobrescribe un fichero, elija otro nombre
store-damaged = { $path } está dañado ({ $why }); no se ha tocado
store-unwritten = el cambio no se pudo escribir ({ $why }): el disco está lleno, el fichero llegó a su límite de tamaño o el disco falló; nada de este cambio se guardó, todo lo guardado antes está intacto
store-read-only = el fichero de clientes es de solo lectura ({ $why }): no se cambió nada
store-read-only-old = { $path } es de solo lectura y de una Kartoteka anterior (versión de esquema { $version }); ábralo una vez con permiso de escritura para actualizarlo
store-migration = no se pudo actualizar el fichero de clientes: { $error }
store-sqlite = error de la base de datos: { $error }
store-changed-since = otra persona cambió { $what } desde que lo abrió; no se escribió nada — mírelo de nuevo y rehágalo
store-no-step = no hay paso { $step } en el diario; `kartoteka journal` los lista
store-already-undone = { $what } ya se deshizo con el paso { $step }; deshaga el paso { $step } para que vuelva
store-undo-blocked = no se puede deshacer { $step }: { $why }; no se cambió nada
store-undo-blocked-by = no se puede deshacer { $step }: { $why } (por { $later }; deshaga ese primero); no se cambió nada
store-ambiguous = { $field } '{ $query }': coinciden { $count } clientes; indique uno por su número:
    { $list }

## La línea de órdenes: tablas y resúmenes

list-of-total = { $n } de { $total ->
    [one] { $total } cliente
   *[other] { $total } clientes
}
agenda-summary = { $n ->
    [one] { $n } tarea
   *[other] { $n } tareas
}, { $overdue } vencidas; { $from } – { $to }
journal-summary = { $n ->
    [one] { $n } paso
   *[other] { $n } pasos
}; `kartoteka undo PASO` deshace uno
journal-by-step = por el paso { $step }
journal-none-of-yours = step: no tiene ningún paso que deshacer; `kartoteka journal` lista los de todos
journal-undone = deshecho { $what } como paso { $step }; `kartoteka undo { $step }` lo vuelve a poner
journal-deleted = borrado { $client } (#{ $id }) como paso { $step }; `kartoteka undo { $step }` lo recupera
history-entries = { $n ->
    [one] { $n } entrada
   *[other] { $n } entradas
}
show-legal-name = razón social
show-city = ciudad
show-address = dirección
show-industry = sector
show-tax-id = NIF
show-bank = banco
show-phones = teléfonos
show-emails = correos
show-website = web
show-source = origen
show-manager = comercial
show-category = categoría
show-tags = etiquetas
show-column = columna
show-column-since = { $column } desde { $since }
show-next-contact = próximo contacto
show-last-contact = último contacto
show-notes = notas
show-persons = Personas
show-complaints = Reclamaciones
show-closed = cerrada
show-orders = Pedidos
show-contacts = Contactos
show-moves = Movimientos
show-changes = Cambios
col-id = n.º
col-name = nombre
col-city = ciudad
col-column = columna
col-category = categoría
col-manager = comercial
col-next-contact = próximo contacto
col-date = fecha
col-when = cuándo
col-what = qué
col-client = cliente
col-detail = detalle
col-step = paso
col-by = quién
col-rows = filas
col-undone = deshecho
col-before = antes
col-after = después
col-position = cargo
col-phones = teléfonos
col-email = correo
col-birthday = cumpleaños
col-decides = decide
col-person = persona
col-registered = registrada
col-next-step = siguiente paso
col-product = producto
col-qty = cant.
col-amount = importe
col-paid = pagado
col-kind = tipo
col-summary = resumen
col-outcome = resultado
col-next = próximo
col-from = de
col-to = a
col-result = resultado
backup-done = copia escrita: { $path } ({ $size }, { $seconds } s)
backups-listed = { $n ->
    [one] { $n } copia
   *[other] { $n } copias
} en { $dir }
backup-restored = restaurado { $backup }; el fichero tal como estaba se guardó como { $saved }
check-problems = { $n ->
    [one] { $n } problema
   *[other] { $n } problemas
}
check-failed = el fichero de clientes tiene problemas: restaure una copia (kartoteka backups) o pida ayuda
size-mb = { $mb } MB
size-kb = { $kb } KB
col-written = escrita
col-size = tamaño
col-file = fichero
complaint-next = siguiente: { $step }
complaint-step-done = reclamación { $id } de { $client }: { $step }
survey-recorded = { $n ->
    [one] { $n } respuesta anotada
   *[other] { $n } respuestas anotadas
}
survey-recorded-complaint = { $n ->
    [one] { $n } respuesta anotada
   *[other] { $n } respuestas anotadas
}; reclamación { $id } abierta por las notas bajas
duplicates-none = no hay duplicados probables
col-holdings = personas/contactos/pedidos
duplicates-summary = { $n ->
    [one] { $n } grupo
   *[other] { $n } grupos
} de duplicados probables; fusione dos con `kartoteka merge CONSERVAR OTRO` o en la interfaz (D)
merge-cli-done = fusionado { $other } (#{ $other_id }) en { $kept } (#{ $kept_id })
merge-the-others = el del otro
merge-the-kepts = el del conservado
export-cannot-write = no se puede escribir { $path }: { $error }
export-excel-csv-only = --excel es solo para CSV: un fichero vCard o de calendario ya está en UTF-8
export-rows = { $n ->
    [one] { $n } fila
   *[other] { $n } filas
}
export-vcards = { $n ->
    [one] { $n } vCard
   *[other] { $n } vCards
}
export-events = { $n ->
    [one] { $n } evento de calendario
   *[other] { $n } eventos de calendario
}
export-written = { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
} ({ $what }) escritos en { $path }
greet-holiday-error = festivo '{ $key }': { $error }
greetings-summary = { $n } por felicitar; { $from } – { $to }; marque uno con: kartoteka greet CLIENTE OCASIÓN
col-occasion = ocasión
col-phone = teléfono
col-key = clave
greet-open = ; abiertas: { $keys }
greet-not-open = occasion: '{ $wanted }' no está por felicitar para este cliente { $around }{ $open }
greet-several = occasion: '{ $wanted }' es más de una; indique una de: { $keys }
greet-cli-done = felicitado: { $what } — { $client } ({ $date })
selection-from-selection = --selection: una selección se guarda a partir de filtros, no de otra selección
selection-needs-filter = selección '{ $name }': indique al menos un filtro (--city, --column, --tag, …)
selection-saved = selección '{ $name }' guardada: { $n ->
    [one] { $n } cliente ahora
   *[other] { $n } clientes ahora
}
selection-replaced = selección '{ $name }' sustituida: { $n ->
    [one] { $n } cliente ahora
   *[other] { $n } clientes ahora
}
selection-deleted = selección '{ $name }' borrada
col-filters = filtros
col-clients = clientes
selections-listed = { $n ->
    [one] { $n } selección
   *[other] { $n } selecciones
}
mailing-dry-run = se anotaría '{ $summary }' para { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}; nada escrito
mailing-done = '{ $summary }' anotado en el historial de { $n ->
    [one] { $n } cliente
   *[other] { $n } clientes
}
cli-error = error: { $error }
cli-no-data-dir = no se encuentra una carpeta de datos para el fichero de clientes; elija uno con --file
cli-created = creado un fichero de clientes vacío en { $path }
demo-written = fichero de demostración { $path } escrito: { $clients } clientes, { $persons } personas, { $contacts } contactos, { $orders } pedidos
import-line = línea { $line }: { $error }
erase-what = { $client } (#{ $id }) con { $persons ->
    [one] { $persons } persona
   *[other] { $persons } personas
}, { $contacts ->
    [one] { $contacts } contacto
   *[other] { $contacts } contactos
}, { $orders ->
    [one] { $orders } pedido
   *[other] { $orders } pedidos
} y todo su historial
erase-needs-yes = borrar para siempre { $what } no se puede deshacer, y { $kept }; añada --yes para borrarlo
erase-done = borrado para siempre { $what }; no se puede deshacer. Nota: { $kept }
erase-done-log = borrado para siempre { $what }; no se puede deshacer; otro programa tiene el fichero abierto y su registro guarda los bytes antiguos hasta que se cierre. Nota: { $kept }
handover-done = { $n ->
    [one] { $n } cliente pasado
   *[other] { $n } clientes pasados
} de { $from } a { $to }
categories-changed = { $n ->
    [one] { $n } cliente cambiado
   *[other] { $n } clientes cambiados
}
categories-would-change = { $n ->
    [one] { $n } cliente cambiaría (nada escrito)
   *[other] { $n } clientes cambiarían (nada escrito)
}
col-line = línea
col-reason = motivo
import-counts = creados { $created }, actualizados { $updated }, sin cambios { $unchanged }
import-order-counts = líneas de pedido creadas { $created }, sin cambios { $unchanged }
import-new-clients = { $n ->
    [one] { $n } cliente no estaba en el fichero y se añadió por sus pedidos: { $names }{ $more }
   *[other] { $n } clientes no estaban en el fichero y se añadieron por sus pedidos: { $names }{ $more }
}
import-refused = { $n ->
    [one] { $n } fila tiene errores en { $path }; no se escribió nada (--skip-bad importa las demás filas)
   *[other] { $n } filas tienen errores en { $path }; no se escribió nada (--skip-bad importa las demás filas)
}
import-progress = importando { $done }/{ $total } filas
import-progress-writing = escribiendo { $done }/{ $total } clientes nuevos
import-rejected = rechazadas { $n } (leído como { $encoding })
import-columns-left-out = columnas no entendidas, omitidas: { $names } (indique su campo con --map COLUMNA=CAMPO)
import-properties-left-out = propiedades vCard no entendidas, omitidas: { $names }
import-rejected-file = las filas rechazadas y sus motivos están en { $path }
import-dry-run = no se escribió nada (prueba)
cipher-already = { $path } ya está cifrado
cipher-not-encrypted = { $path } no está cifrado
cipher-open-elsewhere = otro programa tiene { $path } abierto; ciérrelo primero (no se cambió nada)
cipher-old-backups = . Las { $n } copias anteriores de { $dir } no lo están: bórrelas cuando `kartoteka backup` haya hecho una cifrada
cipher-encrypted = { $path } cifrado: solo se abre con la contraseña, y sus copias a partir de ahora también van cifradas
cipher-decrypted = { $path } descifrado: se abre sin contraseña, igual que sus copias a partir de ahora
cipher-not-built = esta Kartoteka se compiló sin cifrado; compílela con `cargo build --release --features encryption`
cipher-key-file-unread = key_file { $path }: no se puede leer: { $error }
cipher-key-file-empty = key_file { $path }: su primera línea está vacía; escriba ahí la contraseña
cipher-ask = contraseña de { $path }:
cipher-ask-again = la misma contraseña otra vez:
cipher-empty = contraseña vacía; no se abrió nada
cipher-differ = las dos contraseñas no coinciden; no se cambió nada

## Informes en la línea de órdenes

report-period = periodo { $from } – { $to }
col-turnover = facturación
col-class = clase
col-cv = variación
report-total-turnover = facturación total { $amount }
report-classed = { $n ->
    [one] { $n } cliente con clase
   *[other] { $n } clientes con clase
}
report-grid = clientes · facturación de cada celda
col-now = ahora
col-entered = entraron
col-moved-on = avanzaron
col-conversion = conversión
report-results = resultados del periodo: { $results }
col-lost-because = perdido porque
col-salesperson = comercial
col-potential = potenciales
col-first-sales = primeras ventas
col-sum = suma
col-lost = perdidos
col-restored = recuperados
col-repeat-sales = ventas repetidas
col-new-lines = líneas nuevas
report-window = ventana del ciclo de vida { $months } meses
col-day = día
report-calls = llamadas recibidas según el origen que dijo quien llamó; { $period }
loyalty-buyers = compradores del periodo
loyalty-repeat-buyers = compradores que repiten
loyalty-sales = ventas
loyalty-old-clients = de clientes de más de un año
loyalty-referral = por recomendación
col-figure = cifra
col-share = parte
loyalty-summary = recomendación: compras · suma
col-segment = segmento
col-buyers = compradores
matrix-legend = clientes que usan cada producto; * el retrato del segmento (lo usa al menos el { $share }% de sus compradores)
col-next-offers = próximas ofertas
matrix-summary = { $n ->
    [one] { $n } cliente con una próxima oferta
   *[other] { $n } clientes con una próxima oferta
}; pedidos hasta el { $to }
complaint-open = abierta: { $step }
col-cause-days = causa (días)
col-resolved-days = resuelta (días)
col-fixed-days = corregido (días)
col-state = estado
complaints-summary = { $open } abiertas, { $closed } cerradas; días de media hasta la causa { $cause }, hasta la resolución { $resolved }, hasta la corrección { $fixed }

## Ficheros de configuración y de teclas

keys-unread = no se puede leer el fichero de teclas { $path }: { $error }
keys-unknown-section = sección desconocida [{ $section }]
keys-unknown-key = tecla desconocida '{ $key }'
keys-twice = { $key } está asignada dos veces en [{ $section }] (también en la línea { $line })
keys-unknown-action = acción desconocida '{ $action }' para la tecla { $key }
config-unread = no se puede leer el fichero de configuración { $path }: { $error }
config-error = fichero de configuración { $path }: { $error }

## Ficheros exportados para personas: cabeceras que la importación lee en cualquier idioma

csv-salutation = Saludo
csv-name = Nombre
csv-kind = Tipo de cliente
csv-legal-name = Razón social
csv-tax-id = NIF
csv-city = Ciudad
csv-address = Dirección
csv-industry = Sector
csv-size = Tamaño
csv-phone = Teléfono
csv-email = Correo electrónico
csv-website = Sitio web
csv-source = Origen
csv-manager = Comercial
csv-colour = Color
csv-tags = Etiquetas
csv-next-contact = Próximo contacto
csv-notes = Notas
csv-contact-person = Persona de contacto
csv-position = Cargo
csv-birthday = Fecha de nacimiento
csv-decision-maker = Decisor
csv-contact-phone = Teléfono de contacto
csv-contact-email = Correo de contacto
salutation-person = Estimado/a { $name }:
salutation-client = Estimados colegas de { $name }:

## Help

cli-usage = Uso:
cli-commands = Órdenes
cli-arguments = Argumentos
cli-options = Opciones
cli-help-flag = Mostrar la ayuda
cli-version-flag = Mostrar la versión

## Reports, complaints, holidays (domain)

calls-not-named = sin decir
funnel-no-reason = sin motivo
complaint-low-satisfaction = satisfacción baja: { $answers }
worker-stopped = una tarea de fondo se detuvo ({ $who })
holiday-bad = festivo '{ $key }': { $field }: '{ $value }' { $why }
holiday-bad-key = debe tener letras latinas minúsculas, cifras y _ (p. ej. new_year)
holiday-twice = aparece dos veces
holiday-no-name = está vacío
holiday-bad-date = no es un día: escriba MM-DD para cada año o AAAA-MM-DD para uno

## Recorded words (i18n/recorded.rs)

recorded-name = nombre
recorded-kind = tipo
recorded-legal-name = razón social
recorded-city = ciudad
recorded-address = dirección
recorded-industry = sector
recorded-size = tamaño
recorded-tax-id = NIF
recorded-phones = teléfonos
recorded-e-mails = correos
recorded-website = web
recorded-source = origen
recorded-manager = comercial
recorded-category = categoría
recorded-tags = etiquetas
recorded-next-contact = próximo contacto
recorded-notes = notas
recorded-category-from-orders = categoría por pedidos
recorded-complaint-registered = reclamación registrada
recorded-complaint-cause-found = reclamación: causa hallada
recorded-complaint-resolved = reclamación resuelta
recorded-complaint-process-fixed = reclamación: proceso corregido
recorded-merged = fusionado
recorded-undo = deshacer
recorded-call = llamada
recorded-complaint = reclamación
recorded-complaint-step = paso de reclamación
recorded-contact = contacto
recorded-delete = borrado
recorded-edit = edición
recorded-greeting = felicitación
recorded-merge = fusión
recorded-move = movimiento
recorded-new-client = cliente nuevo
recorded-new-person = persona nueva
recorded-order = pedido
recorded-satisfaction = satisfacción
recorded-handover = traspaso de clientes
recorded-mailing = envío
recorded-import = importación { $source }
recorded-undo-step = deshacer el paso { $step }
step-described = el paso { $id } ({ $what }, { $at }, por { $by })
step-described-of = el paso { $id } ({ $what } de { $client }, { $at }, por { $by })

## Usage errors (cli/help.rs)

usage-unknown-argument = argumento inesperado '{ $arg }'
usage-unknown-command = orden desconocida '{ $command }'
usage-value-missing = '{ $arg }' necesita un valor y no se dio ninguno
usage-bad-value = valor no válido '{ $value }' para '{ $arg }'
usage-missing = faltan los argumentos obligatorios: { $args }
usage-no-command = '{ $command }' necesita una orden y no se dio ninguna
usage-conflict = el argumento '{ $arg }' no se puede usar con uno de los otros dados
usage-other = los argumentos no se pueden leer ({ $what })
usage-choices = valores posibles: { $choices }
usage-did-you-mean = consejo: existe uno parecido: { $tip }
usage-try-help = Para más información, pruebe '--help'.
cli-help-command = Mostrar esta ayuda o la de la orden indicada
kpi-unassigned = (sin comercial)
