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
    [one] acum o zi
    [few] acum { $days } zile
   *[other] acum { $days } de zile
}
when-in = { $days ->
    [one] peste o zi
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

## Greșeli în ce s-a scris sau citit (câmp 'valoare': motiv)

err-no-client-matches = niciun client nu se potrivește
err-expected-four-digit-year-21 = trebuie un an din patru cifre, de ex. 21/07/1980
err-is-not-date = nu e o dată
err-expected-yes-or-no-da = trebuie da sau nu (yes/no, да/нет, sí/no)
err-expected-month-2026-10 = trebuie o lună, de ex. 2026-10
err-expected-phone-number-40-721 = trebuie un număr de telefon, de ex. +40 721 123 456
err-expected-mail-address-name-example = trebuie o adresă de e-mail, de ex. nume@exemplu.ro
err-must-not-be-empty = nu poate fi gol
err-expected-amount-1234-50-or = trebuie o sumă, de ex. 1234,50 sau 1 234,50
err-expected-time-hh-mm-2025 = trebuie o oră HH:MM, de ex. 14.03.2025 09:30
err-expected-date-yyyy-mm-dd = trebuie o dată ZZ.LL.AAAA, ZZ/LL/AAAA sau AAAA-LL-ZZ
err-this-date-does-not-exist = această dată nu există
err-expected-positive-number = trebuie un număr pozitiv
err-expected-month-number-from-1 = trebuie numărul lunii, de la 1 la 12
err-is-directory-not-file-import = e un dosar, nu un fișier de importat
err-no-client = nu există acest client
err-client-cannot-be-merged-with = un client nu poate fi unit cu el însuși
err-is-same-salesperson-from = e același agent ca în 'from'
err-no-complaint = nu există această reclamație
err-give-at-least-one-answer = dați cel puțin un răspuns, de ex. --answer delivery=4
err-expected-encoding-utf-8-utf = trebuie o codificare: utf-8, utf-16le, windows-1251, windows-1250 sau windows-1252
err-file-does-not-read-in = fișierul nu se citește în această codificare
err-contact-needs-name-this-card = un contact trebuie să aibă nume: fișa nu are FN, N sau ORG
err-is-not-vcard-file-it = nu e un fișier vCard: nu are BEGIN:VCARD
err-expected-dmy-day-month-year = trebuie dmy (zi/lună/an) sau mdy (lună/zi/an)
err-is-ambiguous-day-month-or = e ambiguu: zi/lună sau lună/zi? dați --dates dmy sau --dates mdy
err-client-needs-name-this-row = un client trebuie să aibă nume: rândul nu are nume, firmă sau persoană
err-order-line-needs-its-date = o linie de comandă trebuie să aibă data
err-order-line-needs-its-amount = o linie de comandă trebuie să aibă suma
err-expected-number-2-or-1 = trebuie un număr, de ex. 2 sau 1,5
err-is-vcard-file-it-holds = e un fișier vCard: are contacte, nu linii de comandă (importați-l cu --kind contacts)
err-is-empty-no-header-line = e gol: nu are rând de antet
err-give-one-quoted-summary = dați un singur rezumat între ghilimele
err-tag-needs-name-after = o etichetă are nevoie de un nume după #
err-give-one-next-date = dați o singură dată următoare
err-is-not-outcome-quoted-summary = nu e un rezultat, un "rezumat între ghilimele", o dată sau o #etichetă; numele clientului vine primul
err-name-client-after-verb = numiți clientul după verb
err-client-is-already-in-last = clientul e deja în ultima coloană; rezultatul se schimbă cu `result`
err-client-is-already-in-this = clientul e deja în această coloană
err-moving-into-result-needs-result = mutarea în rezultat cere rezultatul: contract, purchase, later sau lost
err-lost-client-needs-reason-it = un client pierdut are nevoie de motivul pierderii
err-result-is-recorded-only-in = un rezultat se notează doar în coloana rezultatului
err-expected-date-2025-03-14 = trebuie o dată (14.03.2025, 14/03/2025, 2025-03-14) sau +3z, +2s, +1l, azi, mâine, o zi a săptămânii
err-complaint-is-closed-its-process = reclamația e închisă: procesul e corectat
err-after-to = e după --to { $to }
err-cannot-be-read = nu se poate citi: { $error }
err-client-has-no-persons = clientul nu are persoane; adăugați una cu `kartoteka add person`
err-no-such-person = clientul nu are această persoană; cunoscute: { $known }
err-several-persons = se potrivesc mai multe persoane: { $names }
err-already-greeted = felicitarea pentru { $date } e deja marcată
err-no-selection = nicio selecție cu acest nume; salvați una cu `kartoteka selection save NUME --city …`
err-no-selection-saved = nicio selecție cu acest nume; salvate: { $known }
err-no-salesperson-yet = nu există acest agent; nimeni nu e înregistrat încă
err-no-salesperson = nu există acest agent; cunoscuți: { $known }
err-not-text = nu e un fișier text: { $why }
err-row-fields = are { $fields } câmpuri, iar antetul are { $header }
err-columns-more = și încă { $n }
err-no-name-column = nu are o coloană cu numele clientului sau al persoanei (coloanele: { $columns }); numiți una cu --map COLOANĂ=name
err-no-column = nu are coloana { $name } (coloanele: { $columns }); numiți-o cu --map COLOANĂ={ $name }
err-map-form = trebuie COLOANĂ=CÂMP, CÂMP unul din: { $fields }
err-map-field = câmp necunoscut; trebuie unul din: { $fields }
err-not-csv = rândul { $line }: nu se citește ca CSV: { $error }
err-expected-one-of = trebuie unul din: { $choices }
err-quote-not-closed = textul între ghilimele nu e închis cu { $close }
err-start-with = începeți cu unul din: { $choices }
err-complaint-next-step = pasul următor al reclamației { $complaint } e { $step }
err-before-last-step = e înainte de ultimul pas al reclamației ({ $at })
err-answer-form = trebuie ÎNTREBARE=NOTĂ, de ex. delivery=4
err-question-empty = întrebarea e goală
err-score = nota e un număr întreg de la 1 la 5
err-vcard-outside = e în afara oricărui BEGIN:VCARD … END:VCARD
err-vcard-cut-short = nu are END:VCARD: fișa e tăiată

## Fișierul de clienți

store-no-file = nu există un fișier de clienți la { $path }; creați unul cu `kartoteka init --file { $path }` sau alegeți altul cu --file
store-already-exists = { $path } există deja; alegeți altă cale sau deschideți-l fără `init`
store-is-directory = { $path } e un dosar, nu un fișier de clienți
store-empty = { $path } e gol (0 octeți), nu e un fișier de clienți; nu a fost atins
store-not-sqlite = { $path } nu e un fișier de clienți (nu e o bază SQLite); nu a fost atins
store-locked = { $path } e criptat (sau nu e un fișier de clienți): numiți fișierul cheii în configurație (key_file = "…") sau deschideți-l într-un terminal ca să vi se ceară parola
store-wrong-passphrase = parola nu deschide { $path } (parolă greșită sau nu e un fișier de clienți); nu a fost atins
store-foreign = { $path } e baza SQLite a altui program, nu un fișier Kartoteka; nu a fost atins
store-newer = { $path } a fost scris de o Kartoteka mai nouă (versiunea schemei { $found }; aceasta citește până la { $supported }); actualizați Kartoteka
store-io = nu se poate citi { $path }: { $error }
store-backup-exists = { $path } există deja; o copie nu suprascrie niciodată un fișier, alegeți alt nume
store-damaged = { $path } e deteriorat ({ $why }); nu a fost atins
store-unwritten = schimbarea nu a putut fi scrisă ({ $why }): discul e plin, fișierul a atins limita de mărime sau discul s-a defectat; nimic din această schimbare nu s-a salvat, tot ce s-a salvat înainte e intact
store-read-only = fișierul de clienți e doar pentru citire ({ $why }): nimic nu s-a schimbat
store-read-only-old = { $path } e doar pentru citire și de la o Kartoteka mai veche (versiunea schemei { $version }); deschideți-l o dată cu drept de scriere, ca să fie actualizat
store-migration = fișierul de clienți nu a putut fi actualizat: { $error }
store-sqlite = eroare de bază de date: { $error }
store-changed-since = { $what } a fost modificat de altcineva între timp; nimic nu s-a scris — priviți din nou și refaceți
store-no-step = nu există pasul { $step } în jurnal; `kartoteka journal` îi arată
store-already-undone = { $what } a fost deja anulat de pasul { $step }; anulați pasul { $step } ca să revină
store-undo-blocked = { $step } nu se poate anula: { $why }; nimic nu s-a schimbat
store-undo-blocked-by = { $step } nu se poate anula: { $why } (de { $later }; anulați-l întâi pe acela); nimic nu s-a schimbat
store-ambiguous = { $field } '{ $query }': se potrivesc { $count } clienți; numiți unul după număr:
    { $list }

## Linia de comandă: tabele și rezumate

list-of-total = { $n } din { $total ->
    [one] { $total } client
    [few] { $total } clienți
   *[other] { $total } de clienți
}
agenda-summary = { $n ->
    [one] { $n } sarcină
    [few] { $n } sarcini
   *[other] { $n } de sarcini
}, { $overdue } întârziate; { $from } – { $to }
journal-summary = { $n ->
    [one] { $n } pas
    [few] { $n } pași
   *[other] { $n } de pași
}; `kartoteka undo PAS` anulează unul
journal-by-step = de pasul { $step }
journal-none-of-yours = step: nu aveți niciun pas de anulat; `kartoteka journal` îi arată pe ai tuturor
journal-undone = anulat { $what } ca pasul { $step }; `kartoteka undo { $step }` îl repune
journal-deleted = șters { $client } (#{ $id }) ca pasul { $step }; `kartoteka undo { $step }` îl aduce înapoi
history-entries = { $n ->
    [one] { $n } înregistrare
    [few] { $n } înregistrări
   *[other] { $n } de înregistrări
}
show-legal-name = denumire legală
show-city = oraș
show-address = adresă
show-industry = domeniu
show-tax-id = CUI
show-bank = bancă
show-phones = telefoane
show-emails = e-mailuri
show-website = site
show-source = sursă
show-manager = agent
show-category = categorie
show-tags = etichete
show-column = coloană
show-column-since = { $column } din { $since }
show-next-contact = contact următor
show-last-contact = ultimul contact
show-notes = note
show-persons = Persoane
show-complaints = Reclamații
show-closed = închisă
show-orders = Comenzi
show-contacts = Contacte
show-moves = Mutări
show-changes = Modificări
col-id = nr.
col-name = nume
col-city = oraș
col-column = coloană
col-category = categorie
col-manager = agent
col-next-contact = contact următor
col-date = dată
col-when = când
col-what = ce
col-client = client
col-detail = detalii
col-step = pas
col-by = cine
col-rows = rânduri
col-undone = anulat
col-before = înainte
col-after = după
col-position = funcție
col-phones = telefoane
col-email = e-mail
col-birthday = zi de naștere
col-decides = decide
col-person = persoană
col-registered = înregistrată
col-next-step = pasul următor
col-product = produs
col-qty = cant.
col-amount = sumă
col-paid = plătit
col-kind = tip
col-summary = rezumat
col-outcome = rezultat
col-next = următor
col-from = din
col-to = în
col-result = rezultat
backup-done = copie scrisă: { $path } ({ $size }, { $seconds } s)
backups-listed = { $n ->
    [one] { $n } copie
    [few] { $n } copii
   *[other] { $n } de copii
} în { $dir }
backup-restored = restaurat din { $backup }; fișierul de dinainte e salvat ca { $saved }
check-problems = { $n ->
    [one] { $n } problemă
    [few] { $n } probleme
   *[other] { $n } de probleme
}
check-failed = fișierul de clienți are probleme: restaurați o copie (kartoteka backups) sau cereți ajutor
size-mb = { $mb } MB
size-kb = { $kb } KB
col-written = scrisă
col-size = mărime
col-file = fișier
complaint-next = urmează: { $step }
complaint-step-done = reclamația { $id } a clientului { $client }: { $step }
survey-recorded = { $n ->
    [one] { $n } răspuns notat
    [few] { $n } răspunsuri notate
   *[other] { $n } de răspunsuri notate
}
survey-recorded-complaint = { $n ->
    [one] { $n } răspuns notat
    [few] { $n } răspunsuri notate
   *[other] { $n } de răspunsuri notate
}; reclamația { $id } deschisă pentru notele mici
duplicates-none = niciun duplicat probabil
col-holdings = persoane/contacte/comenzi
duplicates-summary = { $n ->
    [one] { $n } grup
    [few] { $n } grupuri
   *[other] { $n } de grupuri
} de duplicate probabile; uniți două cu `kartoteka merge PĂSTRAT CELĂLALT` sau în interfață (D)
merge-cli-done = { $other } (#{ $other_id }) unit în { $kept } (#{ $kept_id })
merge-the-others = al celuilalt
merge-the-kepts = al celui păstrat
export-cannot-write = nu se poate scrie { $path }: { $error }
export-excel-csv-only = --excel e doar pentru CSV: un fișier vCard sau de calendar e deja UTF-8
export-rows = { $n ->
    [one] { $n } rând
    [few] { $n } rânduri
   *[other] { $n } de rânduri
}
export-vcards = { $n ->
    [one] { $n } vCard
   *[other] { $n } vCard-uri
}
export-events = { $n ->
    [one] { $n } eveniment de calendar
    [few] { $n } evenimente de calendar
   *[other] { $n } de evenimente de calendar
}
export-written = { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
} ({ $what }) scris(e) în { $path }
greet-holiday-error = sărbătoarea '{ $key }': { $error }
greetings-summary = de felicitat: { $n }; { $from } – { $to }; marcați una cu: kartoteka greet CLIENT OCAZIE
col-occasion = ocazie
col-phone = telefon
col-key = cheie
greet-open = ; deschise: { $keys }
greet-not-open = occasion: '{ $wanted }' nu e de felicitat pentru acest client { $around }{ $open }
greet-several = occasion: '{ $wanted }' e mai mult de una; dați una din: { $keys }
greet-cli-done = felicitat: { $what } — { $client } ({ $date })
selection-from-selection = --selection: o selecție se salvează din filtre, nu din altă selecție
selection-needs-filter = selecția '{ $name }': dați cel puțin un filtru (--city, --column, --tag, …)
selection-saved = selecția '{ $name }' salvată: { $n ->
    [one] { $n } client acum
    [few] { $n } clienți acum
   *[other] { $n } de clienți acum
}
selection-replaced = selecția '{ $name }' înlocuită: { $n ->
    [one] { $n } client acum
    [few] { $n } clienți acum
   *[other] { $n } de clienți acum
}
selection-deleted = selecția '{ $name }' ștearsă
col-filters = filtre
col-clients = clienți
selections-listed = { $n ->
    [one] { $n } selecție
    [few] { $n } selecții
   *[other] { $n } de selecții
}
mailing-dry-run = s-ar nota '{ $summary }' pentru { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}; nimic scris
mailing-done = '{ $summary }' notat în istoricul a { $n ->
    [one] { $n } client
    [few] { $n } clienți
   *[other] { $n } de clienți
}
cli-error = eroare: { $error }
cli-no-data-dir = nu găsesc un dosar de date pentru fișierul de clienți; alegeți unul cu --file
cli-created = fișier de clienți gol creat la { $path }
demo-written = fișierul demo { $path } scris: { $clients } clienți, { $persons } persoane, { $contacts } contacte, { $orders } comenzi
import-line = rândul { $line }: { $error }
erase-what = { $client } (#{ $id }) cu { $persons ->
    [one] { $persons } persoană
    [few] { $persons } persoane
   *[other] { $persons } de persoane
}, { $contacts ->
    [one] { $contacts } contact
    [few] { $contacts } contacte
   *[other] { $contacts } de contacte
}, { $orders ->
    [one] { $orders } comandă
    [few] { $orders } comenzi
   *[other] { $orders } de comenzi
} și tot istoricul
erase-needs-yes = ștergerea definitivă a lui { $what } nu se poate anula, iar { $kept }; adăugați --yes ca să ștergeți
erase-done = șters definitiv { $what }; nu se poate anula. Notă: { $kept }
erase-done-log = șters definitiv { $what }; nu se poate anula; alt program are fișierul deschis, așa că jurnalul lui păstrează octeții vechi până se închide. Notă: { $kept }
handover-done = { $n ->
    [one] { $n } client trecut
    [few] { $n } clienți trecuți
   *[other] { $n } de clienți trecuți
} de la { $from } la { $to }
categories-changed = { $n ->
    [one] { $n } client schimbat
    [few] { $n } clienți schimbați
   *[other] { $n } de clienți schimbați
}
categories-would-change = { $n ->
    [one] { $n } client s-ar schimba (nimic scris)
    [few] { $n } clienți s-ar schimba (nimic scris)
   *[other] { $n } de clienți s-ar schimba (nimic scris)
}
col-line = rând
col-reason = motiv
import-counts = creați { $created }, actualizați { $updated }, neschimbați { $unchanged }
import-order-counts = linii de comandă create { $created }, neschimbate { $unchanged }
import-new-clients = { $n ->
    [one] { $n } client nu era în fișier și a fost adăugat pentru comenzile lui: { $names }{ $more }
   *[other] { $n } clienți nu erau în fișier și au fost adăugați pentru comenzile lor: { $names }{ $more }
}
import-refused = { $n ->
    [one] { $n } rând are erori în { $path }; nimic nu s-a scris (--skip-bad importă celelalte rânduri)
   *[other] { $n } rânduri au erori în { $path }; nimic nu s-a scris (--skip-bad importă celelalte rânduri)
}
import-progress = import { $done }/{ $total } rânduri
import-progress-writing = scriere { $done }/{ $total } clienți noi
import-rejected = respinse { $n } (citit ca { $encoding })
import-columns-left-out = coloane neînțelese, lăsate deoparte: { $names } (numiți-le câmpul cu --map COLOANĂ=CÂMP)
import-properties-left-out = proprietăți vCard neînțelese, lăsate deoparte: { $names }
import-rejected-file = rândurile respinse și motivele lor sunt în { $path }
import-dry-run = nimic nu s-a scris (probă)
cipher-already = { $path } e deja criptat
cipher-not-encrypted = { $path } nu e criptat
cipher-open-elsewhere = alt program are { $path } deschis; închideți-l întâi (nimic nu s-a schimbat)
cipher-old-backups = . Cele { $n } copii din { $dir } de dinainte nu sunt: ștergeți-le după ce `kartoteka backup` a făcut una criptată
cipher-encrypted = { $path } criptat: se deschide doar cu parola, iar copiile lui de acum înainte sunt și ele criptate
cipher-decrypted = { $path } decriptat: se deschide fără parolă, la fel și copiile lui de acum înainte
cipher-not-built = această Kartoteka e compilată fără criptare; compilați-o cu `cargo build --release --features encryption`
cipher-key-file-unread = key_file { $path }: nu se poate citi: { $error }
cipher-key-file-empty = key_file { $path }: primul rând e gol; scrieți parola acolo
cipher-ask = parola pentru { $path }:
cipher-ask-again = aceeași parolă încă o dată:
cipher-empty = parola e goală; nimic nu s-a deschis
cipher-differ = cele două parole diferă; nimic nu s-a schimbat

## Rapoarte în linia de comandă

report-period = perioada { $from } – { $to }
col-turnover = cifră de afaceri
col-class = clasă
col-cv = variație
report-total-turnover = cifra de afaceri totală { $amount }
report-classed = { $n ->
    [one] { $n } client cu clasă
    [few] { $n } clienți cu clasă
   *[other] { $n } de clienți cu clasă
}
report-grid = clienți · cifră de afaceri în fiecare celulă
col-now = acum
col-entered = intrați
col-moved-on = mutați mai departe
col-conversion = conversie
report-results = rezultatele perioadei: { $results }
col-lost-because = pierdut pentru că
col-salesperson = agent
col-potential = potențiali
col-first-sales = prime vânzări
col-sum = sumă
col-lost = pierduți
col-restored = recâștigați
col-repeat-sales = vânzări repetate
col-new-lines = linii noi
report-window = fereastra ciclului de viață { $months } luni
col-day = zi
report-calls = apeluri primite după sursa numită de apelant; { $period }
loyalty-buyers = cumpărători în perioadă
loyalty-repeat-buyers = cumpărători repetați
loyalty-sales = vânzări
loyalty-old-clients = de la clienți mai vechi de un an
loyalty-referral = prin recomandare
col-figure = cifră
col-share = pondere
loyalty-summary = recomandare: cumpărări · sumă
col-segment = segment
col-buyers = cumpărători
matrix-legend = clienți care folosesc fiecare produs; * portretul segmentului (folosit de cel puțin { $share }% din cumpărătorii lui)
col-next-offers = ofertele următoare
matrix-summary = { $n ->
    [one] { $n } client cu o ofertă următoare
    [few] { $n } clienți cu o ofertă următoare
   *[other] { $n } de clienți cu o ofertă următoare
}; comenzi până la { $to }
complaint-open = deschisă: { $step }
col-cause-days = cauză (zile)
col-resolved-days = rezolvată (zile)
col-fixed-days = corectat (zile)
col-state = stare
complaints-summary = { $open } deschise, { $closed } închise; zile în medie până la cauză { $cause }, până la rezolvare { $resolved }, până la corectare { $fixed }

## Fișierele de configurație și de taste

keys-unread = nu se poate citi fișierul de taste { $path }: { $error }
keys-unknown-section = secțiune necunoscută [{ $section }]
keys-unknown-key = tastă necunoscută '{ $key }'
keys-twice = { $key } e legată de două ori în [{ $section }] (și la rândul { $line })
keys-unknown-action = acțiune necunoscută '{ $action }' pentru tasta { $key }
config-unread = nu se poate citi fișierul de configurație { $path }: { $error }
config-error = fișierul de configurație { $path }: { $error }

## Fișiere exportate pentru oameni: anteturi citite înapoi la import în orice limbă

csv-salutation = Formulă de adresare
csv-name = Denumire
csv-kind = Tip client
csv-legal-name = Denumire juridică
csv-tax-id = CUI
csv-city = Oraș
csv-address = Adresă
csv-industry = Domeniu
csv-size = Mărime
csv-phone = Telefon
csv-email = Adresă de e-mail
csv-website = Pagină web
csv-source = Sursă
csv-manager = Agent vânzări
csv-colour = Culoare
csv-tags = Etichete
csv-next-contact = Următorul contact
csv-notes = Note
csv-contact-person = Persoană de contact
csv-position = Funcție
csv-birthday = Data nașterii
csv-decision-maker = Decident
csv-contact-phone = Telefon contact
csv-contact-email = E-mail contact
salutation-person = Bună ziua, { $name },
salutation-client = Stimați colegi de la { $name },

## Help

cli-usage = Utilizare:
cli-commands = Comenzi
cli-arguments = Argumente
cli-options = Opțiuni
cli-help-flag = Arată ajutorul
cli-version-flag = Arată versiunea

## Reports, complaints, holidays (domain)

calls-not-named = nenumită
funnel-no-reason = fără motiv dat
complaint-low-satisfaction = satisfacție scăzută: { $answers }
worker-stopped = o sarcină de fundal s-a oprit ({ $who })
holiday-bad = sărbătoarea '{ $key }': { $field }: '{ $value }' { $why }
holiday-bad-key = ar trebui să fie litere latine mici, cifre și _ (de ex. new_year)
holiday-twice = e dată de două ori
holiday-no-name = e gol
holiday-bad-date = nu e o zi: scrieți LL-ZZ pentru fiecare an sau AAAA-LL-ZZ pentru unul

## Recorded words (i18n/recorded.rs)

recorded-name = nume
recorded-kind = tip
recorded-legal-name = denumire legală
recorded-city = oraș
recorded-address = adresă
recorded-industry = domeniu
recorded-size = mărime
recorded-tax-id = CUI
recorded-phones = telefoane
recorded-e-mails = e-mailuri
recorded-website = site
recorded-source = sursă
recorded-manager = agent
recorded-category = categorie
recorded-tags = etichete
recorded-next-contact = contact următor
recorded-notes = note
recorded-category-from-orders = categorie după comenzi
recorded-complaint-registered = reclamație înregistrată
recorded-complaint-cause-found = reclamație: cauză găsită
recorded-complaint-resolved = reclamație rezolvată
recorded-complaint-process-fixed = reclamație: proces corectat
recorded-merged = unit
recorded-undo = anulare
recorded-call = apel
recorded-complaint = reclamație
recorded-complaint-step = pas de reclamație
recorded-contact = contact
recorded-delete = ștergere
recorded-edit = modificare
recorded-greeting = felicitare
recorded-merge = unire
recorded-move = mutare
recorded-new-client = client nou
recorded-new-person = persoană nouă
recorded-order = comandă
recorded-satisfaction = satisfacție
recorded-handover = predarea clienților
recorded-mailing = trimitere
recorded-import = import { $source }
recorded-undo-step = anularea pasului { $step }
step-described = pasul { $id } ({ $what }, { $at }, de { $by })
step-described-of = pasul { $id } ({ $what } al lui { $client }, { $at }, de { $by })

## Usage errors (cli/help.rs)

usage-unknown-argument = argument neașteptat '{ $arg }'
usage-unknown-command = subcomandă necunoscută '{ $command }'
usage-value-missing = '{ $arg }' cere o valoare, dar nu s-a dat niciuna
usage-bad-value = valoare nevalidă '{ $value }' pentru '{ $arg }'
usage-missing = lipsesc argumentele obligatorii: { $args }
usage-no-command = '{ $command }' cere o subcomandă, dar nu s-a dat niciuna
usage-conflict = argumentul '{ $arg }' nu se poate folosi cu unul din celelalte date
usage-other = argumentele nu se pot citi ({ $what })
usage-choices = valori posibile: { $choices }
usage-did-you-mean = sfat: există unul asemănător: { $tip }
usage-try-help = Mai multe: '--help'.
cli-help-command = Arată acest ajutor sau ajutorul subcomenzii date
kpi-unassigned = (fără agent)
