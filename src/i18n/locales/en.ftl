# English: the reference catalogue. Every message here exists in ru, ro and es.

## Shared words

list-clients = { $n ->
    [one] { $n } client
   *[other] { $n } clients
}

## The method's names (domain/kinds.rs and others)

column-prospects = Prospects
column-interested = Interested
column-follow_up_1 = Follow-up 1
column-follow_up_2 = Follow-up 2
column-follow_up_3 = Follow-up 3
column-result = Result
outcome-contract = Contract signed
outcome-purchase = Purchase made
outcome-later = Prospect for later
outcome-lost = Lost
category-white = White
category-grey = Grey
category-green = Green
category-yellow = Yellow
category-green_gold = Green-gold
category-gold = Gold
category-platinum = Platinum
category-red_green = Red-green
category-red_gold = Red-gold
category-red_platinum = Red-platinum
contact-kind-call_in = Call in
contact-kind-call_out = Call out
contact-kind-meeting = Meeting
contact-kind-letter = Letter
contact-kind-email = E-mail
contact-kind-visit = Visit
call-outcome-reached = Reached
call-outcome-no_answer = No answer
call-outcome-call_back = Call back
call-outcome-refused = Refused
call-outcome-won = Won
client-kind-company = Company
client-kind-person = Private person
channel-phone = Phone
channel-email = E-mail
category-white-meaning = just entered into the file
category-grey-meaning = decision-maker identified
category-green-meaning = decision-maker will consider an offer
category-yellow-meaning = agreed to receive the newsletter
category-green_gold-meaning = sent a request for the product
category-gold-meaning = placed and paid a first order
category-platinum-meaning = more than three orders
category-red_green-meaning = decision-maker refused the offer
category-red_gold-meaning = stopped after one or two orders
category-red_platinum-meaning = regular client who stopped
agenda-kind-next_contact = Next contact
agenda-kind-follow_up = Follow-up
agenda-kind-birthday = Birthday
agenda-kind-important_date = Important date
agenda-kind-complaint = Complaint
agenda-kind-cadence = Not contacted
agenda-kind-satisfaction = Satisfaction
agenda-kind-holiday = Holiday
class-abc-a = A
class-abc-b = B
class-abc-c = C
class-xyz-x = X
class-xyz-y = Y
class-xyz-z = Z
lifecycle-potential = Potential
lifecycle-new = New
lifecycle-permanent = Permanent
lifecycle-restored = Restored
lifecycle-lost = Lost
complaint-step-cause_found = Cause found
complaint-step-resolved = Resolved
complaint-step-process_fixed = Process fixed

## Keymap: what each action does (footer and help)

action-quit = quit
action-open_help = help
action-close_help = close help
action-show_list = client list
action-show_board = Shiffman board
action-show_reports = reports
action-show_agenda = agenda
action-start_queue = call queue
action-call_reached = reached
action-call_no_answer = no answer
action-call_call_back = call back
action-call_refused = refused
action-call_won = won
action-skip_call = skip
action-mark_greeted = greeted
action-toggle_greetings = greetings
action-start_capture = quick capture
action-complete = complete
action-previous_period = a month back
action-next_period = a month on
action-select_next = down
action-select_previous = up
action-select_left = column left
action-select_right = column right
action-page_down = page down
action-page_up = page up
action-select_first = first
action-select_last = last
action-focus_next = next pane
action-focus_previous = previous pane
action-open_client = open the dossier
action-start_filter = filter
action-accept_filter = keep filter
action-clear_filter = clear filter
action-cycle_sort = change sort order
action-cycle_class_column = class column (ABC…)
action-cycle_class_filter = only one class
action-cycle_selection = saved selection
action-cycle_manager = salesperson
action-refresh = reload from the file
action-move_right = move right
action-move_left = move left
action-log_contact = log a contact
action-add_client = add a client
action-edit_client = edit the client
action-add_person = add a person
action-delete_client = delete the client
action-start_erase = erase for good
action-undo = undo
action-review_duplicates = find duplicates
action-open_journal = journal of changes
action-undo_step = undo this step
action-next_group = next group
action-previous_group = previous group
action-take_kept = kept's
action-take_other = other's
action-swap_kept = swap
action-merge_pair = merge
action-click = select with the mouse
action-scroll_down = scroll down
action-scroll_up = scroll up
action-focus_gained = reload on focus
action-pick_contract = contract signed
action-pick_purchase = purchase made
action-pick_later = prospect for later
action-pick_lost = lost (asks the reason)
action-pick_number = pick a choice
action-choose_previous = previous choice
action-choose_next = next choice
action-next_field = next field
action-previous_field = previous field
action-confirm = save
action-accept = yes, do it
action-cancel = cancel
action-type_char = type
action-delete_char = delete a character

## Keymap: where a key is pressed (help sections)

context-global = Anywhere
context-main = List and board
context-list = Client list
context-board = Shiffman board
context-reports = Reports
context-agenda = Agenda
context-queue = Call queue
context-filter = While filtering
context-help = In this help
context-result = Choosing a result
context-reason = Typing a reason
context-form_text = Form, typing
context-form_choice = Form, choosing
context-confirm = Confirming
context-merge = Merging duplicates
context-journal = The journal
context-capture = Quick capture

## The screen's frame (tui/view.rs, panes/help.rs)

window-too-small = Window too small: { $width }×{ $height }, needs { $min_width }×{ $min_height }
title-read-only = READ-ONLY
tab-list = List
tab-board = Board
tab-reports = Reports
tab-agenda = Agenda
help-title = Keys — Esc closes
help-title-cut = Keys — Esc closes · more in a wider window

## The client list (panes/list.rs)

list-title = Clients
list-title-sorted = Clients by { $order }
list-only-class = { $lens } { $class } only
list-selection = selection { $name }
list-reading = reading the list…
list-name = Name
list-city = City
list-column = Column
list-next = Next
lens-lifecycle = Life
sort-name = name
sort-next_contact = next contact
sort-last_contact = last contact

## The agenda and the call queue (tui/app/agenda.rs)

agenda-error = error: could not work out the agenda: { $error }
agenda-to-greet = { $n } to greet: w marks one greeted, t goes back to the work
agenda-the-work = the day's work
queue-call-back-on = call back { $date }
queue-say-why = say why the client refused
queue-refused-because = refused: { $reason }
queue-won = won: { $result }
queue-won-ends = a won call ends in a contract (c) or a purchase (p)
queue-reached = reached
queue-no-answer = no answer
queue-given-up = no answer, { $tries } times: not retried
status-next-on = next { $date }
queue-done = call queue done: { $n ->
    [one] { $n } call logged
   *[other] { $n } calls logged
}
greet-only-dates = only a birthday, an important date or a holiday is greeted
greet-summary = greeting: { $what }
greet-done = greeted: { $what } ({ $client })

queue-started = call queue: { $n ->
    [one] { $n } client
   *[other] { $n } clients
}
queue-nothing = nothing on the agenda to call
queue-ended = call queue ended: { $n ->
    [one] { $n } call logged
   *[other] { $n } calls logged
}

## The interface's status line (tui/app/mod.rs)

status-read-only = read-only ({ $why }): you can look, changes are refused
status-error = error: { $error }
agenda-again = the agenda worked out again
lens-none = no class column
lens-showing = showing the { $lens } class of each client
lens-only = only { $lens } { $class }: { $n ->
    [one] { $n } client
   *[other] { $n } clients
}
lens-every-class = every class
status-sorted = sorted by { $order }
status-reading-again = reading the file again…
status-reloaded = reloaded from the file
status-no-client = no client selected
board-in-last = { $client } is already in the last column
board-in-first = { $client } is already in the first column
board-moved = { $client } moved to { $column }
backup-older-removed = { $n } older removed
backup-written = daily backup written: { $path }
backup-failed = error: the daily backup failed: { $error }
reports-error = error: could not work out the reports: { $error }
reports-last-month = the reports already end with this month
undo-nothing = nothing to undo in this session
undo-done = undone: { $what } (step { $step })
undo-done-of = undone: { $what } of { $client } (step { $step })

## Reading the list (tui/app/rows.rs)

categories-moved = { $n ->
    [one] { $n } client moved to another colour by their orders (see their history)
   *[other] { $n } clients moved to another colour by their orders (see their history)
}
categories-error = error: could not bring the colour categories up to date: { $error }
list-error = error: could not read the list: { $error }
list-error-client = error: could not read a client again: { $error }
classes-error = error: could not work out the classes: { $error }
selection-none = no saved selections: kartoteka selection save NAME --city …
selection-shown = selection { $name }: { $n ->
    [one] { $n } client
   *[other] { $n } clients
}
selection-every = every client

## Forms and prompts, what they say when done (tui/app/modals.rs, capture.rs, merge.rs)

status-cancelled = cancelled, nothing written
contact-logged = { $kind } logged for { $client }
client-added = { $client } added
client-saved = { $client } saved
conflict-merged = { $client } was changed by someone else meanwhile; their changes are in the form — Enter saves both
conflict-theirs = { $client } was changed by someone else meanwhile; they wrote { $theirs }. Enter keeps yours, Esc keeps theirs
person-added = { $person } added to { $client }
client-deleted = { $client } deleted (u undoes)
client-erased = { $client } erased for good
client-erased-log = { $client } erased for good; another program holds the old bytes in the log until it closes
erase-wrong-name = '{ $typed }' is not the client's name; nothing erased
backups-none-keep = no backups keep it
backups-keep = { $n ->
    [0] no backups in { $dir } keep it
    [one] the backup in { $dir } keeps it until it rotates out (within five weeks)
   *[other] the { $n } backups in { $dir } keep it until they rotate out (within five weeks)
}
capture-no-match = no client matches '{ $query }'
capture-several = { $n } clients match '{ $query }': choose one with ↓ ↑ and press Enter
merge-group-too-small = a group of duplicates has fewer than two clients
merge-none = no likely duplicates in the file
merge-done = merged { $other } (#{ $other_id }) into #{ $kept_id } { $kept } (u undoes)
backup-finishing = finishing the daily backup…

## Forms (tui/forms)

field-summary = Summary
field-outcome = Outcome
field-next_contact = Next contact
field-kind = Kind
field-person = Person
field-name = Name
field-legal_name = Legal name
field-city = City
field-address = Address
field-industry = Industry
field-phones = Phones
field-emails = E-mails
field-website = Website
field-source = Source
field-manager = Salesperson
field-category = Category
field-tags = Tags
field-notes = Notes
field-position = Position
field-birthday = Birthday
field-decision_maker = Decision-maker
field-size = Size
field-tax_id = Tax id
choice-nothing = nothing to choose
choice-nobody = nobody recorded
choice-no = no
choice-yes = yes
delete-what-goes = { $persons ->
    [one] { $persons } person
   *[other] { $persons } persons
}, { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
} and { $orders ->
    [one] { $orders } order
   *[other] { $orders } orders
}

## Duplicates (domain/duplicates.rs)

duplicate-same-phone = same phone { $phone }
duplicate-same-email = same e-mail { $email }
duplicate-same-name = same name
duplicate-close-name = close name, same city

## Dialogs (tui/panes/forms.rs)

result-title = Result for { $client }
result-question = How did it end?
result-contract = contract signed
result-purchase = purchase made
result-later = prospect for later
result-lost = lost
result-why = { $result }: why? (Enter saves)
result-reason = Reason
erase-title = Erase a client
erase-question = Erase { $client } for good?
erase-what-goes = With it go { $what }, and its whole history.
erase-final = This cannot be undone.
erase-note = Note: { $kept }.
erase-type-name = Type its name to erase it:
erase-do = erase
delete-title = Delete a client
delete-question = Delete { $client }?
delete-what-goes-with = With it go { $what }.
delete-do = delete
delete-keep = keep it
delete-undo-after = afterwards undoes
delete-erase = erase for good…
merge-title = Duplicates { $group } of { $groups }
merge-kept = kept #{ $id }
merge-removed = merged in, removed #{ $id }
merge-persons = persons
merge-contacts = contacts
merge-orders = orders
merge-joined = phones { $phones }, e-mails { $emails }, tags { $tags }: both cards'; notes joined; persons, contacts, orders, history move
merge-agree = the two cards do not disagree on any field
contact-title = Contact with { $client }
contact-next-hint = next: a date, +2d, +1w, +1m, tomorrow or a weekday
client-new-title = New client
client-edit-title = Edit { $client }
client-duplicate-warned = Already in the file? Enter adds it anyway, Esc cancels:
client-duplicate = Looks like a client already in the file:
capture-title = Quick capture
capture-hint = call|callin|meeting|email|letter|visit CLIENT ok|na|back|refused|won "what was said" +3d #tag
journal-title = Journal: the newest { $n } steps
journal-undo-hint = undoes the step under the cursor, a whole import or merge at once
journal-closes = closes
journal-empty = Nothing has been written to the file yet.
journal-step = step
journal-when = when
journal-by = by
journal-what = what
journal-client = client
journal-undone-by = undone by { $step }
person-new-title = New person of { $client }
person-birthday-hint = birthday: 15.03.1980, or 15.03 without the year

## The dossier and the contacts (tui/panes/dossier.rs, log.rs)

dossier-title = Dossier
dossier-empty-file = The file has no clients yet: add one with `kartoteka add client`.
dossier-no-match = No client matches “{ $filter }”.
dossier-staff = { $size } staff
dossier-tax-id = tax id { $id }
dossier-manager = manager { $name }
dossier-source = source { $source }
dossier-classes = Classes
dossier-twelve-months = last twelve months
dossier-in-column = { $column } since { $since } ({ $days } d)
dossier-board = Board
dossier-overdue = { $date } overdue
dossier-not-set = not set
dossier-complaint-next = next: { $step }
dossier-persons = Persons
dossier-born = born { $date }
dossier-birthday = birthday { $date }
dossier-bought = Bought, latest first
dossier-last-bought = last { $date }
dossier-by-year = By year
dossier-quarter = Q{ $q }
dossier-quarters = Quarters
dossier-events = Events and important dates
dossier-yearly = yearly
dossier-history = History, latest first
dossier-more-history = { $n } older: kartoteka history { $id }
log-title = Contacts ({ $n })
log-by = by { $name }
log-empty = No contacts yet.

## The board (tui/panes/board.rs)

column-short-prospects = Prosp.
column-short-interested = Inter.
column-short-follow_up_1 = FU 1
column-short-follow_up_2 = FU 2
column-short-follow_up_3 = FU 3
column-short-result = Result
board-everyone = every salesperson
board-filter = filter
board-days = { $days }d

## The agenda (tui/panes/agenda.rs)

agenda-working = working it out…
agenda-working-again = working it out again…
agenda-everyone = everyone
agenda-greetings = Greetings
agenda-count-greet = { $n } to greet · t: the work
agenda-count = { $n ->
    [one] { $n } item
   *[other] { $n } items
}, { $overdue } overdue · t: { $greet } to greet
agenda-nobody-to-greet = Nobody to greet these days.
agenda-nothing-due = Nothing due: every client is in hand.
agenda-when = When
agenda-what = What
agenda-client = Client
agenda-why = Why
agenda-short-next_contact = contact
agenda-short-follow_up = follow-up
agenda-short-birthday = birthday
agenda-short-important_date = date
agenda-short-complaint = complaint
agenda-short-cadence = cadence
agenda-short-satisfaction = survey
agenda-short-holiday = holiday
queue-title = Call { $pos } of { $n } · { $logged } logged
queue-ask-date = Call back when? { $text }▏  (+3d, fri, 01.12.2026)
queue-ask-reason = Why did they refuse? { $text }▏
queue-ask-result = Won: c contract signed · p purchase made

## Reports (tui/panes/reports.rs)

reports-working = working them out…
reports-working-again = working them out again…
reports-result-contract = contract
reports-result-purchase = purchase
reports-result-later = later
reports-result-lost = lost
reports-funnel = Funnel · now · conversion
reports-abc-curve = ABC curve
reports-no-turnover = no turnover in the period
reports-share-of-clients = % clients
reports-lifecycle = lifecycle
reports-salesperson = salesperson
reports-first = 1st
reports-sum = sum
reports-repeat = repeat
reports-lost = lost
reports-back = back
reports-total = total
reports-salespeople = Salespeople
reports-incoming = Incoming calls

## The agenda's reasons (domain/agenda.rs, greetings.rs, history.rs)

occasion-turns = { $person } turns { $years }
occasion-birthday = birthday of { $person }
occasion-years = { $title } ({ $years } years)
when-today = today
when-tomorrow = tomorrow
when-late = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
when-in = in { $days } days
complaint-todo-cause_found = find the cause
complaint-todo-resolved = resolve
complaint-todo-process_fixed = fix the process
due-planned = planned contact
due-waiting = waiting in { $column } since { $since }
due-cadence = buying client, last contact { $last }
due-cadence-never = buying client, never contacted
due-survey-first = first sale { $date }: ask how satisfied
due-survey-again = last asked { $date }: ask again
history-move = move
holiday-new_year = New Year
holiday-women_day = 8 March
greet-no-contacts = no phone or e-mail

## Mistakes in what was typed or read (ValidationError: field 'value': reason)

err-no-client-matches = no client matches
err-expected-four-digit-year-21 = expected a four-digit year, e.g. 21/07/1980
err-is-not-date = is not a date
err-expected-yes-or-no-da = expected yes or no (да/нет, da/nu, sí/no)
err-expected-month-2026-10 = expected a month such as 2026-10
err-expected-phone-number-40-721 = expected a phone number such as +40 721 123 456
err-expected-mail-address-name-example = expected an e-mail address such as name@example.com
err-must-not-be-empty = must not be empty
err-expected-amount-1234-50-or = expected an amount such as 1234.50 or 1 234,50
err-expected-time-hh-mm-2025 = expected a time as HH:MM, e.g. 2025-03-14 09:30
err-expected-date-yyyy-mm-dd = expected a date as YYYY-MM-DD, DD.MM.YYYY or DD/MM/YYYY
err-this-date-does-not-exist = this date does not exist
err-expected-positive-number = expected a positive number
err-expected-month-number-from-1 = expected a month number from 1 to 12
err-is-directory-not-file-import = is a directory, not a file to import
err-no-client = no such client
err-client-cannot-be-merged-with = a client cannot be merged with itself
err-is-same-salesperson-from = is the same salesperson as 'from'
err-no-complaint = no such complaint
err-give-at-least-one-answer = give at least one answer, e.g. --answer delivery=4
err-expected-encoding-utf-8-utf = expected an encoding such as utf-8, utf-16le, windows-1251, windows-1250 or windows-1252
err-file-does-not-read-in = the file does not read in this encoding
err-contact-needs-name-this-card = a contact needs a name: this card has no FN, N or ORG
err-is-not-vcard-file-it = is not a vCard file: it has no BEGIN:VCARD
err-expected-dmy-day-month-year = expected dmy (day/month/year) or mdy (month/day/year)
err-is-ambiguous-day-month-or = is ambiguous: day/month or month/day? give --dates dmy or --dates mdy
err-client-needs-name-this-row = a client needs a name: this row has no name, company or person
err-order-line-needs-its-date = an order line needs its date
err-order-line-needs-its-amount = an order line needs its amount
err-expected-number-2-or-1 = expected a number such as 2 or 1,5
err-is-vcard-file-it-holds = is a vCard file: it holds contacts, not order lines (import it with --kind contacts)
err-is-empty-no-header-line = is empty: no header line
err-give-one-quoted-summary = give one quoted summary
err-tag-needs-name-after = a tag needs a name after #
err-give-one-next-date = give one next date
err-is-not-outcome-quoted-summary = is not an outcome, a "quoted summary", a next date or a #tag; the client's name comes first
err-name-client-after-verb = name the client after the verb
err-client-is-already-in-last = the client is already in the last column; use `result` to change the result
err-client-is-already-in-this = the client is already in this column
err-moving-into-result-needs-result = moving into result needs the result: contract, purchase, later or lost
err-lost-client-needs-reason-it = a lost client needs the reason it was lost
err-result-is-recorded-only-in = a result is recorded only in the result column
err-expected-date-2025-03-14 = expected a date (2025-03-14, 14.03.2025, 14/03/2025) or +3d, +2w, +1m, today, tomorrow, a weekday
err-complaint-is-closed-its-process = the complaint is closed: its process is fixed
err-after-to = is after --to { $to }
err-cannot-be-read = cannot be read: { $error }
err-client-has-no-persons = this client has no persons; add one with `kartoteka add person`
err-no-such-person = no such person at this client; known: { $known }
err-several-persons = matches several persons: { $names }
err-already-greeted = was already marked greeted for { $date }
err-no-selection = no selection has this name; save one with `kartoteka selection save NAME --city …`
err-no-selection-saved = no selection has this name; saved: { $known }
err-no-salesperson-yet = no such salesperson; nobody is recorded yet
err-no-salesperson = no such salesperson; known: { $known }
err-not-text = is not a text file: { $why }
err-row-fields = has { $fields } fields where the header has { $header }
err-columns-more = and { $n } more
err-no-name-column = has no column with a client's or a person's name (its columns: { $columns }); name one with --map COLUMN=name
err-no-column = has no { $name } column (its columns: { $columns }); name it with --map COLUMN={ $name }
err-map-form = expected COLUMN=FIELD, FIELD one of: { $fields }
err-map-field = unknown field; expected one of: { $fields }
err-not-csv = line { $line }: not readable as CSV: { $error }
err-expected-one-of = expected one of: { $choices }
err-quote-not-closed = the quoted text is not closed with { $close }
err-start-with = start with one of: { $choices }
err-complaint-next-step = the next step of complaint { $complaint } is { $step }
err-before-last-step = is before the complaint's last step ({ $at })
err-answer-form = expected QUESTION=SCORE, e.g. delivery=4
err-question-empty = the question is empty
err-score = the score is a whole number from 1 to 5
err-vcard-outside = is outside any BEGIN:VCARD … END:VCARD
err-vcard-cut-short = has no END:VCARD: the card is cut short

## The client file (store/mod.rs)

store-no-file = there is no client file at { $path }; create one with `kartoteka init --file { $path }` or choose another with --file
store-already-exists = { $path } already exists; choose another path or open it without `init`
store-is-directory = { $path } is a directory, not a client file
store-empty = { $path } is empty (0 bytes), not a client file; it was left untouched
store-not-sqlite = { $path } is not a client file (not an SQLite database); it was left untouched
store-locked = { $path } is encrypted (or not a client file): name its key file in the configuration (key_file = "…") or open it in a terminal to be asked the passphrase
store-wrong-passphrase = the passphrase does not open { $path } (a wrong passphrase, or not a client file); it was left untouched
store-foreign = { $path } is an SQLite database of another program, not a Kartoteka client file; it was left untouched
store-newer = { $path } was written by a newer Kartoteka (schema version { $found }; this version reads up to { $supported }); update Kartoteka to open it
store-io = cannot read { $path }: { $error }
store-backup-exists = { $path } already exists; a backup never overwrites a file, choose another name
store-damaged = { $path } is damaged ({ $why }); it was left untouched
store-unwritten = the change could not be written ({ $why }): the disk is full, the file reached its size limit, or the disk failed; nothing of this change was saved, everything saved before is intact
store-read-only = the client file is read-only ({ $why }): nothing was changed
store-read-only-old = { $path } is read-only and from an older Kartoteka (schema version { $version }); open it once with the right to write, to upgrade it
store-migration = could not upgrade the client file: { $error }
store-sqlite = database error: { $error }
store-changed-since = { $what } was changed by someone else since you opened it; nothing was written — look again and redo it
store-no-step = there is no step { $step } in the journal; `kartoteka journal` lists them
store-already-undone = { $what } was already undone by step { $step }; undo step { $step } to make it stand again
store-undo-blocked = cannot undo { $step }: { $why }; nothing was changed
store-undo-blocked-by = cannot undo { $step }: { $why } (by { $later }; undo that first); nothing was changed
store-ambiguous = { $field } '{ $query }': { $count } clients match; name one by its id:
    { $list }

## The command line: tables and summaries (cli/)

list-of-total = { $n } of { $total ->
    [one] { $total } client
   *[other] { $total } clients
}
agenda-summary = { $n ->
    [one] { $n } item
   *[other] { $n } items
}, { $overdue } overdue; { $from } – { $to }
journal-summary = { $n ->
    [one] { $n } step
   *[other] { $n } steps
}; `kartoteka undo STEP` takes one back
journal-by-step = by step { $step }
journal-none-of-yours = step: you have no step to undo; `kartoteka journal` lists everyone's
journal-undone = undone { $what } as step { $step }; `kartoteka undo { $step }` puts it back
journal-deleted = deleted { $client } (#{ $id }) as step { $step }; `kartoteka undo { $step }` brings it back
history-entries = { $n ->
    [one] { $n } entry
   *[other] { $n } entries
}
show-legal-name = legal name
show-city = city
show-address = address
show-industry = industry
show-tax-id = tax id
show-bank = bank
show-phones = phones
show-emails = e-mails
show-website = website
show-source = source
show-manager = manager
show-category = category
show-tags = tags
show-column = column
show-column-since = { $column } since { $since }
show-next-contact = next contact
show-last-contact = last contact
show-notes = notes
show-persons = Persons
show-complaints = Complaints
show-closed = closed
show-orders = Orders
show-contacts = Contacts
show-moves = Moves
show-changes = Changes
col-id = id
col-name = name
col-city = city
col-column = column
col-category = category
col-manager = manager
col-next-contact = next contact
col-date = date
col-when = when
col-what = what
col-client = client
col-detail = detail
col-step = step
col-by = by
col-rows = rows
col-undone = undone
col-before = before
col-after = after
col-position = position
col-phones = phones
col-email = e-mail
col-birthday = birthday
col-decides = decides
col-person = person
col-registered = registered
col-next-step = next step
col-product = product
col-qty = qty
col-amount = amount
col-paid = paid
col-kind = kind
col-summary = summary
col-outcome = outcome
col-next = next
col-from = from
col-to = to
col-result = result
backup-done = backup written: { $path } ({ $size }, { $seconds } s)
backups-listed = { $n ->
    [one] { $n } backup
   *[other] { $n } backups
} in { $dir }
backup-restored = restored { $backup }; the file as it was is saved as { $saved }
check-problems = { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}
check-failed = the client file has problems: restore a backup (kartoteka backups) or ask for help
size-mb = { $mb } MB
size-kb = { $kb } KB
col-written = written
col-size = size
col-file = file
complaint-next = next: { $step }
complaint-step-done = complaint { $id } of { $client }: { $step }
survey-recorded = { $n ->
    [one] { $n } answer recorded
   *[other] { $n } answers recorded
}
survey-recorded-complaint = { $n ->
    [one] { $n } answer recorded
   *[other] { $n } answers recorded
}; complaint { $id } opened for the low ones
duplicates-none = no likely duplicates
col-holdings = persons/contacts/orders
duplicates-summary = { $n ->
    [one] { $n } group
   *[other] { $n } groups
} of likely duplicates; merge two with `kartoteka merge KEEP OTHER` or in the interface (D)
merge-cli-done = merged { $other } (#{ $other_id }) into { $kept } (#{ $kept_id })
merge-the-others = the other's
merge-the-kepts = the kept's
export-cannot-write = cannot write { $path }: { $error }
export-excel-csv-only = --excel is for CSV only: a vCard or calendar file is UTF-8 as it is
export-rows = { $n ->
    [one] { $n } row
   *[other] { $n } rows
}
export-vcards = { $n ->
    [one] { $n } vCard
   *[other] { $n } vCards
}
export-events = { $n ->
    [one] { $n } calendar event
   *[other] { $n } calendar events
}
export-written = { $n ->
    [one] { $n } client
   *[other] { $n } clients
} ({ $what }) written to { $path }
greet-holiday-error = holiday '{ $key }': { $error }
greetings-summary = { $n } to greet; { $from } – { $to }; mark one with: kartoteka greet CLIENT OCCASION
col-occasion = occasion
col-phone = phone
col-key = key
greet-open = ; open: { $keys }
greet-not-open = occasion: '{ $wanted }' is not to greet for this client { $around }{ $open }
greet-several = occasion: '{ $wanted }' is more than one; give one of: { $keys }
greet-cli-done = greeted: { $what } — { $client } ({ $date })
selection-from-selection = --selection: a selection is saved from filters, not from another selection
selection-needs-filter = selection '{ $name }': give at least one filter (--city, --column, --tag, …)
selection-saved = selection '{ $name }' saved: { $n ->
    [one] { $n } client now
   *[other] { $n } clients now
}
selection-replaced = selection '{ $name }' replaced: { $n ->
    [one] { $n } client now
   *[other] { $n } clients now
}
selection-deleted = selection '{ $name }' deleted
col-filters = filters
col-clients = clients
selections-listed = { $n ->
    [one] { $n } selection
   *[other] { $n } selections
}
mailing-dry-run = would record '{ $summary }' for { $n ->
    [one] { $n } client
   *[other] { $n } clients
}; nothing written
mailing-done = '{ $summary }' recorded in the history of { $n ->
    [one] { $n } client
   *[other] { $n } clients
}
cli-error = error: { $error }
cli-no-data-dir = cannot find a data directory for the client file; choose one with --file
cli-created = created an empty client file at { $path }
demo-written = demo file { $path } written: { $clients } clients, { $persons } persons, { $contacts } contacts, { $orders } orders
import-line = line { $line }: { $error }
erase-what = { $client } (#{ $id }) with { $persons ->
    [one] { $persons } person
   *[other] { $persons } persons
}, { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $orders ->
    [one] { $orders } order
   *[other] { $orders } orders
} and its whole history
erase-needs-yes = erasing { $what } cannot be undone, and { $kept }; add --yes to erase
erase-done = erased { $what }; this cannot be undone. Note: { $kept }
erase-done-log = erased { $what }; this cannot be undone; another program has the file open, so its log keeps the old bytes until it closes. Note: { $kept }
handover-done = { $n ->
    [one] { $n } client
   *[other] { $n } clients
} passed from { $from } to { $to }
categories-changed = { $n ->
    [one] { $n } client changed
   *[other] { $n } clients changed
}
categories-would-change = { $n ->
    [one] { $n } client would change (nothing written)
   *[other] { $n } clients would change (nothing written)
}
col-line = line
col-reason = reason
import-counts = created { $created }, updated { $updated }, unchanged { $unchanged }
import-order-counts = order lines created { $created }, unchanged { $unchanged }
import-new-clients = { $n ->
    [one] { $n } client was not in the file and added for their orders: { $names }{ $more }
   *[other] { $n } clients were not in the file and added for their orders: { $names }{ $more }
}
import-refused = { $n ->
    [one] { $n } row has errors in { $path }; nothing was written (--skip-bad imports the other rows)
   *[other] { $n } rows have errors in { $path }; nothing was written (--skip-bad imports the other rows)
}
import-progress = importing { $done }/{ $total } rows
import-progress-writing = writing { $done }/{ $total } new clients
import-rejected = rejected { $n } (read as { $encoding })
import-columns-left-out = columns not understood, left out: { $names } (name their field with --map COLUMN=FIELD)
import-properties-left-out = vCard properties not understood, left out: { $names }
import-rejected-file = the rejected rows and their reasons are in { $path }
import-dry-run = nothing was written (dry run)
cipher-already = { $path } is encrypted already
cipher-not-encrypted = { $path } is not encrypted
cipher-open-elsewhere = another program has { $path } open; close it first (nothing was changed)
cipher-old-backups = . The { $n } backups in { $dir } from before are not: delete them once `kartoteka backup` has made an encrypted one
cipher-encrypted = encrypted { $path }: it opens only with the passphrase, and its backups from now on are encrypted too
cipher-decrypted = decrypted { $path }: it opens without a passphrase, and so do its backups from now on
cipher-not-built = this Kartoteka was built without encryption; build it with `cargo build --release --features encryption`
cipher-key-file-unread = key_file { $path }: cannot read it: { $error }
cipher-key-file-empty = key_file { $path }: its first line is empty; write the passphrase there
cipher-ask = passphrase for { $path }:
cipher-ask-again = the same passphrase again:
cipher-empty = passphrase: empty; nothing was opened
cipher-differ = passphrase: the two differ; nothing was changed

## Reports on the command line (cli/report)

report-period = period { $from } – { $to }
col-turnover = turnover
col-class = class
col-cv = cv
report-total-turnover = total turnover { $amount }
report-classed = { $n ->
    [one] { $n } client with a class
   *[other] { $n } clients with a class
}
report-grid = clients · turnover in each cell
col-now = now
col-entered = entered
col-moved-on = moved on
col-conversion = conversion
report-results = results in the period: { $results }
col-lost-because = lost because
col-salesperson = salesperson
col-potential = potential
col-first-sales = first sales
col-sum = sum
col-lost = lost
col-restored = restored
col-repeat-sales = repeat sales
col-new-lines = new lines
report-window = lifecycle window { $months } months
col-day = day
report-calls = incoming calls by the source the caller named; { $period }
loyalty-buyers = buyers in the period
loyalty-repeat-buyers = repeat buyers
loyalty-sales = sales
loyalty-old-clients = from clients older than a year
loyalty-referral = on referral
col-figure = figure
col-share = share
loyalty-summary = referral: purchases · sum
col-segment = segment
col-buyers = buyers
matrix-legend = clients using each product; * the segment's portrait (used by at least { $share }% of its buyers)
col-next-offers = next offers
matrix-summary = { $n ->
    [one] { $n } client with a next offer
   *[other] { $n } clients with a next offer
}; orders up to { $to }
complaint-open = open: { $step }
col-cause-days = cause (days)
col-resolved-days = resolved (days)
col-fixed-days = fixed (days)
col-state = state
complaints-summary = { $open } open, { $closed } closed; mean days to the cause { $cause }, to the resolution { $resolved }, to the fix { $fixed }

## Configuration and keys files

keys-unread = cannot read the keys file { $path }: { $error }
keys-unknown-section = unknown section [{ $section }]
keys-unknown-key = unknown key '{ $key }'
keys-twice = { $key } is bound twice in [{ $section }] (line { $line } too)
keys-unknown-action = unknown action '{ $action }' for key { $key }
config-unread = cannot read the configuration file { $path }: { $error }
config-error = configuration file { $path }: { $error }

## Exported files for people (export/csv.rs): headers read back by import in every language

csv-salutation = Salutation
csv-name = Name
csv-kind = Kind
csv-legal-name = Legal name
csv-tax-id = Tax id
csv-city = City
csv-address = Address
csv-industry = Industry
csv-size = Size
csv-phone = Phone
csv-email = E-mail
csv-website = Website
csv-source = Source
csv-manager = Manager
csv-colour = Colour
csv-tags = Tags
csv-next-contact = Next contact
csv-notes = Notes
csv-contact-person = Contact person
csv-position = Position
csv-birthday = Birthday
csv-decision-maker = Decision maker
csv-contact-phone = Contact phone
csv-contact-email = Contact e-mail
salutation-person = Dear { $name },
salutation-client = Dear { $name } team,

## The command line's help (cli/help.rs): clap's own words

cli-usage = Usage:
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-help-flag = Print help
cli-version-flag = Print version

## Reports, complaints, holidays (domain)

calls-not-named = not named
funnel-no-reason = no reason given
complaint-low-satisfaction = low satisfaction: { $answers }
worker-stopped = { $who } stopped
holiday-bad = holiday '{ $key }': { $field }: '{ $value }' { $why }
holiday-bad-key = should be lower-case letters, digits and _ (e.g. new_year)
holiday-twice = is given twice
holiday-no-name = is empty
holiday-bad-date = is not a day: write MM-DD for every year or YYYY-MM-DD for one

## Recorded words (i18n/recorded.rs)

recorded-name = name
recorded-kind = kind
recorded-legal-name = legal name
recorded-city = city
recorded-address = address
recorded-industry = industry
recorded-size = size
recorded-tax-id = tax id
recorded-phones = phones
recorded-e-mails = e-mails
recorded-website = website
recorded-source = source
recorded-manager = manager
recorded-category = category
recorded-tags = tags
recorded-next-contact = next contact
recorded-notes = notes
recorded-category-from-orders = category from orders
recorded-complaint-registered = complaint registered
recorded-complaint-cause-found = complaint cause found
recorded-complaint-resolved = complaint resolved
recorded-complaint-process-fixed = complaint process fixed
recorded-merged = merged
recorded-undo = undo
recorded-call = call
recorded-complaint = complaint
recorded-complaint-step = complaint step
recorded-contact = contact
recorded-delete = delete
recorded-edit = edit
recorded-greeting = greeting
recorded-merge = merge
recorded-move = move
recorded-new-client = new client
recorded-new-person = new person
recorded-order = order
recorded-satisfaction = satisfaction
recorded-handover = handover
recorded-mailing = mailing
recorded-import = import { $source }
recorded-undo-step = undo { $step }
step-described = step { $id } ({ $what }, { $at } by { $by })
step-described-of = step { $id } ({ $what } of { $client }, { $at } by { $by })

## Usage errors (cli/help.rs)

usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-command = unrecognized subcommand '{ $command }'
usage-value-missing = a value is required for '{ $arg }' but none was supplied
usage-bad-value = invalid value '{ $value }' for '{ $arg }'
usage-missing = the following required arguments were not provided: { $args }
usage-no-command = '{ $command }' requires a subcommand but one was not provided
usage-conflict = the argument '{ $arg }' cannot be used with one of the others given
usage-other = the arguments cannot be read ({ $what })
usage-choices = possible values: { $choices }
usage-did-you-mean = tip: a similar one exists: { $tip }
usage-try-help = For more information, try '--help'.
cli-help-command = Print this message or the help of the given subcommand(s)
kpi-unassigned = (no salesperson)
