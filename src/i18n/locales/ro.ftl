# Română. Aceleași mesaje ca în en.ftl; testul catalogues verifică să fie complete.

## Cuvinte comune

list-clients = { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}

## Denumirile metodei

column-prospects = Prospecți
column-interested = Interesați
column-follow_up_1 = Revenire 1
column-follow_up_2 = Revenire 2
column-follow_up_3 = Revenire 3
column-result = Rezultat
outcome-contract = Contract semnat
outcome-purchase = Cumpărare făcută
outcome-later = Amânat pentru mai târziu
outcome-lost = Pierdut
category-white = Alb
category-grey = Gri
category-green = Verde
category-yellow = Galben
category-green_gold = Verde-auriu
category-gold = Auriu
category-platinum = Platină
category-red_green = Roșu-verde
category-red_gold = Roșu-auriu
category-red_platinum = Roșu-platină
contact-kind-call_in = Apel primit
contact-kind-call_out = Apel dat
contact-kind-meeting = Întâlnire
contact-kind-letter = Scrisoare
contact-kind-email = E-mail
contact-kind-visit = Vizită
call-outcome-reached = Răspuns
call-outcome-no_answer = Fără răspuns
call-outcome-call_back = Revine
call-outcome-refused = Refuz
call-outcome-won = Câștigat
client-kind-company = Firmă
client-kind-person = Persoană fizică
channel-phone = Telefon
channel-email = E-mail
category-white-meaning = abia intrat în fișier
category-grey-meaning = decidentul e cunoscut
category-green-meaning = decidentul va lua în calcul o ofertă
category-yellow-meaning = a acceptat să primească newsletterul
category-green_gold-meaning = a trimis o cerere pentru produs
category-gold-meaning = a plasat și a plătit o primă comandă
category-platinum-meaning = mai mult de trei comenzi
category-red_green-meaning = decidentul a refuzat oferta
category-red_gold-meaning = s-a oprit după una sau două comenzi
category-red_platinum-meaning = client fidel care s-a oprit
agenda-kind-next_contact = Contactul următor
agenda-kind-follow_up = Revenire
agenda-kind-birthday = Zi de naștere
agenda-kind-important_date = Dată importantă
agenda-kind-complaint = Reclamație
agenda-kind-cadence = Necontactat
agenda-kind-satisfaction = Satisfacție
agenda-kind-holiday = Sărbătoare
class-abc-a = A
class-abc-b = B
class-abc-c = C
class-xyz-x = X
class-xyz-y = Y
class-xyz-z = Z
lifecycle-potential = Potențial
lifecycle-new = Nou
lifecycle-permanent = Permanent
lifecycle-restored = Recâștigat
lifecycle-lost = Pierdut
complaint-step-cause_found = Cauză găsită
complaint-step-resolved = Rezolvată
complaint-step-process_fixed = Proces corectat

## Taste: ce face fiecare acțiune (subsol și ajutor)

action-quit = ieșire
action-open_help = ajutor
action-close_help = închide ajutorul
action-show_list = lista de clienți
action-show_board = tabla Shiffman
action-show_reports = rapoarte
action-show_agenda = agenda
action-start_queue = apeluri la rând
action-call_reached = răspuns
action-call_no_answer = fără răspuns
action-call_call_back = revine
action-call_refused = refuz
action-call_won = câștigat
action-skip_call = sari peste
action-mark_greeted = felicitat
action-toggle_greetings = felicitări
action-start_capture = notare rapidă
action-complete = completează
action-previous_period = o lună înapoi
action-next_period = o lună înainte
action-select_next = jos
action-select_previous = sus
action-select_left = coloana din stânga
action-select_right = coloana din dreapta
action-page_down = pagina următoare
action-page_up = pagina anterioară
action-select_first = primul
action-select_last = ultimul
action-focus_next = panoul următor
action-focus_previous = panoul anterior
action-open_client = deschide dosarul
action-start_filter = filtru
action-accept_filter = păstrează filtrul
action-clear_filter = șterge filtrul
action-cycle_sort = schimbă ordinea
action-cycle_class_column = coloana clasei (ABC…)
action-cycle_class_filter = doar o clasă
action-cycle_selection = selecție salvată
action-cycle_manager = agent de vânzări
action-refresh = recitește fișierul
action-move_right = mută la dreapta
action-move_left = mută la stânga
action-log_contact = notează un contact
action-add_client = adaugă un client
action-edit_client = modifică clientul
action-add_person = adaugă o persoană
action-delete_client = șterge clientul
action-start_erase = șterge definitiv
action-undo = anulează
action-review_duplicates = caută duplicate
action-open_journal = jurnalul modificărilor
action-undo_step = anulează acest pas
action-next_group = grupul următor
action-previous_group = grupul anterior
action-take_kept = al celui păstrat
action-take_other = al celuilalt
action-swap_kept = inversează
action-merge_pair = unește
action-click = alege cu mouse-ul
action-scroll_down = derulează în jos
action-scroll_up = derulează în sus
action-focus_gained = recitește la revenire
action-pick_contract = contract semnat
action-pick_purchase = cumpărare făcută
action-pick_later = amânat
action-pick_lost = pierdut (cere motivul)
action-pick_number = alege o variantă
action-choose_previous = varianta anterioară
action-choose_next = varianta următoare
action-next_field = câmpul următor
action-previous_field = câmpul anterior
action-confirm = salvează
action-accept = da, fă-o
action-cancel = renunță
action-type_char = scrie
action-delete_char = șterge un caracter

## Taste: unde se apasă (secțiunile ajutorului)

context-global = Oriunde
context-main = Listă și tablă
context-list = Lista de clienți
context-board = Tabla Shiffman
context-reports = Rapoarte
context-agenda = Agenda
context-queue = Apeluri la rând
context-filter = La filtrare
context-help = În ajutor
context-result = Alegerea rezultatului
context-reason = Scrierea motivului
context-form_text = Formular, scriere
context-form_choice = Formular, alegere
context-confirm = Confirmare
context-merge = Unirea duplicatelor
context-journal = Jurnalul
context-capture = Notare rapidă

## Cadrul ecranului

window-too-small = Fereastra e prea mică: { $width }×{ $height }, trebuie { $min_width }×{ $min_height }
title-read-only = DOAR CITIRE
tab-list = Listă
tab-board = Tablă
tab-reports = Rapoarte
tab-agenda = Agendă
help-title = Taste — Esc închide
help-title-cut = Taste — Esc închide · restul într-o fereastră mai lată

## Lista de clienți

list-title = Clienți
list-title-sorted = Clienți după { $order }
list-only-class = doar { $lens } { $class }
list-selection = selecția { $name }
list-reading = citesc lista…
list-name = Nume
list-city = Oraș
list-column = Coloană
list-next = Următor
lens-lifecycle = Ciclu
sort-name = nume
sort-next_contact = contactul următor
sort-last_contact = ultimul contact

## Agenda și apelurile la rând

agenda-error = eroare: agenda nu a putut fi calculată: { $error }
agenda-to-greet = de felicitat: { $n } · w marchează felicitat, t revine la lucru
agenda-the-work = lucrul zilei
queue-call-back-on = revine pe { $date }
queue-say-why = spuneți de ce a refuzat clientul
queue-refused-because = refuz: { $reason }
queue-won = câștigat: { $result }
queue-won-ends = un apel câștigat se încheie cu un contract (c) sau o cumpărare (p)
queue-reached = răspuns
queue-no-answer = fără răspuns
queue-given-up = fără răspuns de { $tries } ori: nu mai sunăm
status-next-on = următorul { $date }
queue-done = apeluri terminate: { $n ->
    [one] { $n } apel notat
    [few] { $n } apeluri notate
   *[other] { $n } de apeluri notate
}
greet-only-dates = se felicită doar o zi de naștere, o dată importantă sau o sărbătoare
greet-summary = felicitare: { $what }
greet-done = felicitat: { $what } ({ $client })
queue-started = apeluri la rând: { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}
queue-nothing = nimeni de sunat în agendă
queue-ended = apeluri oprite: { $n ->
    [one] { $n } apel notat
    [few] { $n } apeluri notate
   *[other] { $n } de apeluri notate
}

## Linia de stare

status-read-only = doar citire ({ $why }): puteți privi, modificările sunt refuzate
status-error = eroare: { $error }
agenda-again = agenda a fost recalculată
lens-none = fără coloana clasei
lens-showing = se arată clasa { $lens } a fiecărui client
lens-only = doar { $lens } { $class }: { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}
lens-every-class = toate clasele
status-sorted = ordonat după { $order }
status-reading-again = recitesc fișierul…
status-reloaded = fișierul a fost recitit
status-no-client = niciun client ales
board-in-last = { $client } e deja în ultima coloană
board-in-first = { $client } e deja în prima coloană
board-moved = { $client } mutat în { $column }
backup-older-removed = { $n } mai vechi șterse
backup-written = copia zilnică scrisă: { $path }
backup-failed = eroare: copia zilnică a eșuat: { $error }
reports-error = eroare: rapoartele nu au putut fi calculate: { $error }
reports-last-month = rapoartele se încheie deja cu luna aceasta
undo-nothing = nimic de anulat în această sesiune
undo-done = anulat: { $what } (pasul { $step })
undo-done-of = anulat: { $what }, { $client } (pasul { $step })

## Citirea listei

categories-moved = { $n ->
    [one] { $n } client și-a schimbat culoarea după comenzi (vezi istoricul)
    [few] { $n } clienți și-au schimbat culoarea după comenzi (vezi istoricul)
   *[other] { $n } de clienți și-au schimbat culoarea după comenzi (vezi istoricul)
}
categories-error = eroare: categoriile de culoare nu au putut fi actualizate: { $error }
list-error = eroare: lista nu a putut fi citită: { $error }
list-error-client = eroare: clientul nu a putut fi recitit: { $error }
classes-error = eroare: clasele nu au putut fi calculate: { $error }
selection-none = nicio selecție salvată: kartoteka selection save NUME --city …
selection-shown = selecția { $name }: { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}
selection-every = toți clienții

## Formulare și confirmări

status-cancelled = renunțat, nimic scris
contact-logged = { $kind } notat pentru { $client }
client-added = { $client } adăugat
client-saved = { $client } salvat
conflict-merged = { $client } a fost modificat între timp de altcineva; modificările lui sunt în formular — Enter le salvează pe amândouă
conflict-theirs = { $client } a fost modificat între timp de altcineva: { $theirs }. Enter păstrează ale dvs., Esc pe ale lor
person-added = { $person } adăugat la { $client }
client-deleted = { $client } șters (u anulează)
client-erased = { $client } șters definitiv
client-erased-log = { $client } șters definitiv; alt program ține octeții vechi în jurnal până se închide
erase-wrong-name = „{ $typed }” nu e numele clientului; nimic șters
backups-none-keep = nicio copie de rezervă nu îl păstrează
backups-keep = { $n ->
    [0] nicio copie din { $dir } nu îl păstrează
    [one] copia din { $dir } îl păstrează până iese din rotație (în cinci săptămâni)
    [few] cele { $n } copii din { $dir } îl păstrează până ies din rotație (în cinci săptămâni)
   *[other] cele { $n } de copii din { $dir } îl păstrează până ies din rotație (în cinci săptămâni)
}
capture-no-match = niciun client pentru „{ $query }”
capture-several = „{ $query }”: se potrivesc { $n } clienți — alegeți cu ↓ ↑ și apăsați Enter
merge-group-too-small = un grup de duplicate are mai puțin de doi clienți
merge-none = niciun duplicat probabil în fișier
merge-done = { $other } (#{ $other_id }) unit în #{ $kept_id } { $kept } (u anulează)
backup-finishing = termin copia zilnică…

## Câmpurile formularelor

field-summary = Rezumat
field-outcome = Rezultat
field-next_contact = Contact următor
field-kind = Tip
field-person = Persoană
field-name = Nume
field-legal_name = Denumire legală
field-city = Oraș
field-address = Adresă
field-industry = Domeniu
field-phones = Telefoane
field-emails = E-mailuri
field-website = Site
field-source = Sursă
field-manager = Agent
field-category = Categorie
field-tags = Etichete
field-notes = Note
field-position = Funcție
field-birthday = Zi de naștere
field-decision_maker = Decident
field-size = Mărime
field-tax_id = CUI
choice-nothing = nimic de ales
choice-nobody = nimeni notat
choice-no = nu
choice-yes = da
delete-what-goes = { $persons ->
    [one] { $persons } persoană
    [few] { $persons } persoane
   *[other] { $persons } de persoane
}, { $contacts ->
    [one] { $contacts } contact
    [few] { $contacts } contacte
   *[other] { $contacts } de contacte
} și { $orders ->
    [one] { $orders } comandă
    [few] { $orders } comenzi
   *[other] { $orders } de comenzi
}

## Duplicate

duplicate-same-phone = același telefon { $phone }
duplicate-same-email = același e-mail { $email }
duplicate-same-name = același nume
duplicate-close-name = nume apropiat, același oraș

## Dialoguri

result-title = Rezultat pentru { $client }
result-question = Cum s-a încheiat?
result-contract = contract semnat
result-purchase = cumpărare făcută
result-later = amânat
result-lost = pierdut
result-why = { $result }: de ce? (Enter salvează)
result-reason = Motiv
erase-title = Ștergerea definitivă a unui client
erase-question = Ștergeți { $client } definitiv?
erase-what-goes = Odată cu el pleacă { $what } și tot istoricul.
erase-final = Nu se poate anula.
erase-note = Notă: { $kept }.
erase-type-name = Scrieți numele lui ca să-l ștergeți:
erase-do = șterge
delete-title = Ștergerea unui client
delete-question = Ștergeți { $client }?
delete-what-goes-with = Odată cu el pleacă { $what }.
delete-do = șterge
delete-keep = păstrează
delete-undo-after = anulează după
delete-erase = șterge definitiv…
merge-title = Duplicate { $group } din { $groups }
merge-kept = păstrat #{ $id }
merge-removed = unit, eliminat #{ $id }
merge-persons = persoane
merge-contacts = contacte
merge-orders = comenzi
merge-joined = telefoane { $phones }, e-mailuri { $emails }, etichete { $tags }: din ambele fișe; notele se unesc; persoanele, contactele, comenzile, istoricul se mută
merge-agree = cele două fișe nu diferă în niciun câmp
contact-title = Contact cu { $client }
contact-next-hint = următorul: o dată, +2z, +1s, +1l, mâine sau o zi a săptămânii
client-new-title = Client nou
client-edit-title = Modificare { $client }
client-duplicate-warned = Există deja în fișier? Enter îl adaugă oricum, Esc renunță:
client-duplicate = Seamănă cu un client din fișier:
capture-title = Notare rapidă
capture-hint = call|callin|meeting|email|letter|visit CLIENT ok|na|back|refused|won "ce s-a spus" +3d #etichetă
journal-title = Jurnal: ultimii { $n } pași
journal-undo-hint = anulează pasul de sub cursor, un import sau o unire întreagă
journal-closes = închide
journal-empty = Nu s-a scris încă nimic în fișier.
journal-step = pas
journal-when = când
journal-by = cine
journal-what = ce
journal-client = client
journal-undone-by = anulat de { $step }
person-new-title = Persoană nouă la { $client }
person-birthday-hint = zi de naștere: 15.03.1980 sau 15.03 fără an

## Dosarul și contactele

dossier-title = Dosar
dossier-empty-file = Fișierul nu are încă clienți: adăugați unul cu `kartoteka add client`.
dossier-no-match = Niciun client pentru „{ $filter }”.
dossier-staff = { $size } angajați
dossier-tax-id = CUI { $id }
dossier-manager = agent { $name }
dossier-source = sursa { $source }
dossier-classes = Clase
dossier-twelve-months = ultimele douăsprezece luni
dossier-in-column = { $column } din { $since } ({ $days } z)
dossier-board = Tabla
dossier-overdue = { $date } depășit
dossier-not-set = nestabilit
dossier-complaint-next = urmează: { $step }
dossier-persons = Persoane
dossier-born = născut pe { $date }
dossier-birthday = ziua { $date }
dossier-bought = Cumpărat, cele mai noi întâi
dossier-last-bought = ultima { $date }
dossier-by-year = Pe ani
dossier-quarter = T{ $q }
dossier-quarters = Trimestre
dossier-events = Evenimente și date importante
dossier-yearly = anual
dossier-history = Istoric, cele mai noi întâi
dossier-more-history = încă { $n }: kartoteka history { $id }
log-title = Contacte ({ $n })
log-by = de { $name }
log-empty = Niciun contact încă.

## Tabla

column-short-prospects = Prosp.
column-short-interested = Inter.
column-short-follow_up_1 = Rev. 1
column-short-follow_up_2 = Rev. 2
column-short-follow_up_3 = Rev. 3
column-short-result = Rez.
board-everyone = toți agenții
board-filter = filtru
board-days = { $days }z

## Agenda

agenda-working = o calculez…
agenda-working-again = o recalculez…
agenda-everyone = toți
agenda-greetings = Felicitări
agenda-count-greet = de felicitat: { $n } · t: lucrul
agenda-count = { $n ->
    [one] { $n } sarcină
    [few] { $n } sarcini
   *[other] { $n } de sarcini
}, { $overdue } întârziate · t: { $greet } de felicitat
agenda-nobody-to-greet = Nimeni de felicitat zilele acestea.
agenda-nothing-due = Nimic scadent: fiecare client e în grijă.
agenda-when = Când
agenda-what = Ce
agenda-client = Client
agenda-why = De ce
agenda-short-next_contact = contact
agenda-short-follow_up = revenire
agenda-short-birthday = aniversare
agenda-short-important_date = dată
agenda-short-complaint = reclamație
agenda-short-cadence = ritm
agenda-short-satisfaction = sondaj
agenda-short-holiday = sărbătoare
queue-title = Apelul { $pos } din { $n } · { $logged } notate
queue-ask-date = Când revine? { $text }▏  (+3z, vineri, 01.12.2026)
queue-ask-reason = De ce au refuzat? { $text }▏
queue-ask-result = Câștigat: c contract semnat · p cumpărare făcută

## Rapoarte

reports-working = le calculez…
reports-working-again = le recalculez…
reports-result-contract = contract
reports-result-purchase = cumpărare
reports-result-later = amânat
reports-result-lost = pierdut
reports-funnel = Pâlnie · acum · conversie
reports-abc-curve = Curba ABC
reports-no-turnover = nicio cifră de afaceri în perioadă
reports-share-of-clients = % clienți
reports-lifecycle = ciclu de viață
reports-salesperson = agent
reports-first = prima
reports-sum = sumă
reports-repeat = repet.
reports-lost = pierd.
reports-back = recâșt.
reports-total = total
reports-salespeople = Agenți de vânzări
reports-incoming = Apeluri primite

## Motivele din agendă

occasion-turns = { $person } împlinește { $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
}
occasion-birthday = ziua lui { $person }
occasion-years = { $title } ({ $years ->
    [one] { $years } an
    [few] { $years } ani
   *[other] { $years } de ani
})
when-today = azi
when-tomorrow = mâine
when-late = { $days ->
    [one] întârziere { $days } zi
    [few] întârziere { $days } zile
   *[other] întârziere { $days } de zile
}
when-in = { $days ->
    [one] peste { $days } zi
    [few] peste { $days } zile
   *[other] peste { $days } de zile
}
complaint-todo-cause_found = găsiți cauza
complaint-todo-resolved = rezolvați
complaint-todo-process_fixed = corectați procesul
due-planned = contact planificat
due-waiting = așteaptă în { $column } din { $since }
due-cadence = client care cumpără, ultimul contact { $last }
due-cadence-never = client care cumpără, niciodată contactat
due-survey-first = prima vânzare { $date }: întrebați dacă e mulțumit
due-survey-again = ultima întrebare { $date }: întrebați din nou
history-move = mutare
holiday-new_year = Anul Nou
holiday-women_day = 8 Martie
greet-no-contacts = niciun telefon sau e-mail
