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
    [one] { $days } día de retraso
   *[other] { $days } días de retraso
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
