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
