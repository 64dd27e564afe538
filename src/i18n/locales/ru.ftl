# Русский. Те же сообщения, что в en.ftl; тест catalogues проверяет полноту.

## Общие слова

list-clients = { $n ->
    [one] { $n } клиент
    [few] { $n } клиента
   *[many] { $n } клиентов
}

## Названия метода

column-prospects = Кандидаты
column-interested = Интерес
column-follow_up_1 = Повтор 1
column-follow_up_2 = Повтор 2
column-follow_up_3 = Повтор 3
column-result = Результат
outcome-contract = Договор подписан
outcome-purchase = Покупка
outcome-later = Отложен на потом
outcome-lost = Потерян
category-white = Белый
category-grey = Серый
category-green = Зелёный
category-yellow = Жёлтый
category-green_gold = Зелёно-золотой
category-gold = Золотой
category-platinum = Платиновый
category-red_green = Красно-зелёный
category-red_gold = Красно-золотой
category-red_platinum = Красно-платиновый
contact-kind-call_in = Входящий звонок
contact-kind-call_out = Исходящий звонок
contact-kind-meeting = Встреча
contact-kind-letter = Письмо
contact-kind-email = E-mail
contact-kind-visit = Визит
call-outcome-reached = Дозвонились
call-outcome-no_answer = Нет ответа
call-outcome-call_back = Перезвонить
call-outcome-refused = Отказ
call-outcome-won = Сделка
client-kind-company = Компания
client-kind-person = Частное лицо
channel-phone = Телефон
channel-email = E-mail
category-white-meaning = только что внесён в картотеку
category-grey-meaning = ЛПР определён
category-green-meaning = ЛПР готов рассмотреть предложение
category-yellow-meaning = согласился получать рассылку
category-green_gold-meaning = прислал запрос на товар
category-gold-meaning = сделал и оплатил первый заказ
category-platinum-meaning = больше трёх заказов
category-red_green-meaning = ЛПР отказался от предложения
category-red_gold-meaning = перестал покупать после одного-двух заказов
category-red_platinum-meaning = постоянный клиент, который перестал покупать
agenda-kind-next_contact = Следующий контакт
agenda-kind-follow_up = Напоминание
agenda-kind-birthday = День рождения
agenda-kind-important_date = Важная дата
agenda-kind-complaint = Рекламация
agenda-kind-cadence = Давно без контакта
agenda-kind-satisfaction = Удовлетворённость
agenda-kind-holiday = Праздник
class-abc-a = A
class-abc-b = B
class-abc-c = C
class-xyz-x = X
class-xyz-y = Y
class-xyz-z = Z
lifecycle-potential = Потенциальный
lifecycle-new = Новый
lifecycle-permanent = Постоянный
lifecycle-restored = Возвращённый
lifecycle-lost = Потерянный
complaint-step-cause_found = Причина найдена
complaint-step-resolved = Решена
complaint-step-process_fixed = Процесс исправлен

## Клавиши: что делает действие (подвал и справка)

action-quit = выход
action-open_help = справка
action-close_help = закрыть справку
action-show_list = список клиентов
action-show_board = доска Шиффмана
action-show_reports = отчёты
action-show_agenda = план дня
action-start_queue = обзвон
action-call_reached = дозвонились
action-call_no_answer = нет ответа
action-call_call_back = перезвонить
action-call_refused = отказ
action-call_won = сделка
action-skip_call = пропустить
action-mark_greeted = поздравлен
action-toggle_greetings = поздравления
action-start_capture = быстрая запись
action-complete = дополнить
action-previous_period = на месяц назад
action-next_period = на месяц вперёд
action-select_next = вниз
action-select_previous = вверх
action-select_left = колонка левее
action-select_right = колонка правее
action-page_down = страница вниз
action-page_up = страница вверх
action-select_first = в начало
action-select_last = в конец
action-focus_next = следующая панель
action-focus_previous = предыдущая панель
action-open_client = открыть досье
action-start_filter = фильтр
action-accept_filter = оставить фильтр
action-clear_filter = сбросить фильтр
action-cycle_sort = порядок сортировки
action-cycle_class_column = колонка класса (ABC…)
action-cycle_class_filter = только один класс
action-cycle_selection = сохранённая выборка
action-cycle_manager = менеджер
action-refresh = перечитать файл
action-move_right = сдвинуть вправо
action-move_left = сдвинуть влево
action-log_contact = записать контакт
action-add_client = добавить клиента
action-edit_client = изменить клиента
action-add_person = добавить контактное лицо
action-delete_client = удалить клиента
action-start_erase = стереть навсегда
action-undo = отменить
action-review_duplicates = найти дубли
action-open_journal = журнал изменений
action-undo_step = отменить этот шаг
action-next_group = следующая группа
action-previous_group = предыдущая группа
action-take_kept = как у основного
action-take_other = как у второго
action-swap_kept = поменять местами
action-merge_pair = объединить
action-click = выбрать мышью
action-scroll_down = прокрутить вниз
action-scroll_up = прокрутить вверх
action-focus_gained = перечитать при возврате
action-pick_contract = договор подписан
action-pick_purchase = покупка
action-pick_later = отложен на потом
action-pick_lost = потерян (спросит причину)
action-pick_number = выбрать вариант
action-choose_previous = предыдущий вариант
action-choose_next = следующий вариант
action-next_field = следующее поле
action-previous_field = предыдущее поле
action-confirm = сохранить
action-accept = да, выполнить
action-cancel = отмена
action-type_char = ввод
action-delete_char = стереть символ

## Клавиши: где нажимается клавиша (разделы справки)

context-global = Везде
context-main = Список и доска
context-list = Список клиентов
context-board = Доска Шиффмана
context-reports = Отчёты
context-agenda = План дня
context-queue = Обзвон
context-filter = При фильтре
context-help = В справке
context-result = Выбор результата
context-reason = Ввод причины
context-form_text = Форма, ввод
context-form_choice = Форма, выбор
context-confirm = Подтверждение
context-merge = Объединение дублей
context-journal = Журнал
context-capture = Быстрая запись

## Рамка экрана

window-too-small = Окно слишком мало: { $width }×{ $height }, нужно { $min_width }×{ $min_height }
title-read-only = ТОЛЬКО ЧТЕНИЕ
tab-list = Список
tab-board = Доска
tab-reports = Отчёты
tab-agenda = План
help-title = Клавиши — Esc закрывает
help-title-cut = Клавиши — Esc закрывает · остальное в окне пошире

## Список клиентов

list-title = Клиенты
list-title-sorted = Клиенты, порядок: { $order }
list-only-class = только { $lens } { $class }
list-selection = выборка { $name }
list-reading = читаю список…
list-name = Название
list-city = Город
list-column = Колонка
list-next = Контакт
lens-lifecycle = Цикл
sort-name = по имени
sort-next_contact = по след. контакту
sort-last_contact = по послед. контакту

## План дня и обзвон

agenda-error = ошибка: не удалось составить план: { $error }
agenda-to-greet = поздравить: { $n } · w — отметить поздравленным, t — назад к работе
agenda-the-work = работа на сегодня
queue-call-back-on = перезвонить { $date }
queue-say-why = укажите, почему клиент отказался
queue-refused-because = отказ: { $reason }
queue-won = сделка: { $result }
queue-won-ends = сделка — это договор (c) или покупка (p)
queue-reached = дозвонились
queue-no-answer = нет ответа
queue-given-up = нет ответа { $tries } раз: больше не звоним
status-next-on = следующий { $date }
queue-done = обзвон закончен: { $n ->
    [one] записан { $n } звонок
    [few] записано { $n } звонка
   *[many] записано { $n } звонков
}
greet-only-dates = поздравляют только с днём рождения, важной датой или праздником
greet-summary = поздравление: { $what }
greet-done = поздравлен: { $what } ({ $client })
queue-started = обзвон: { $n ->
    [one] { $n } клиент
    [few] { $n } клиента
   *[many] { $n } клиентов
}
queue-nothing = в плане некому звонить
queue-ended = обзвон прерван: { $n ->
    [one] записан { $n } звонок
    [few] записано { $n } звонка
   *[many] записано { $n } звонков
}

## Строка состояния

status-read-only = только чтение ({ $why }): смотреть можно, изменения не сохраняются
status-error = ошибка: { $error }
agenda-again = план составлен заново
lens-none = без колонки класса
lens-showing = показан класс { $lens } каждого клиента
lens-only = только { $lens } { $class }: { $n ->
    [one] { $n } клиент
    [few] { $n } клиента
   *[many] { $n } клиентов
}
lens-every-class = все классы
status-sorted = сортировка: { $order }
status-reading-again = перечитываю файл…
status-reloaded = файл перечитан
status-no-client = клиент не выбран
board-in-last = { $client } уже в последней колонке
board-in-first = { $client } уже в первой колонке
board-moved = { $client } → { $column }
backup-older-removed = старых удалено: { $n }
backup-written = ежедневная копия записана: { $path }
backup-failed = ошибка: ежедневная копия не удалась: { $error }
reports-error = ошибка: не удалось посчитать отчёты: { $error }
reports-last-month = отчёты уже заканчиваются этим месяцем
undo-nothing = в этом сеансе нечего отменять
undo-done = отменено: { $what } (шаг { $step })
undo-done-of = отменено: { $what }, { $client } (шаг { $step })

## Чтение списка

categories-moved = { $n ->
    [one] { $n } клиент сменил цвет по своим заказам (см. историю)
    [few] { $n } клиента сменили цвет по своим заказам (см. историю)
   *[many] { $n } клиентов сменили цвет по своим заказам (см. историю)
}
categories-error = ошибка: не удалось обновить цветовые категории: { $error }
list-error = ошибка: не удалось прочитать список: { $error }
list-error-client = ошибка: не удалось перечитать клиента: { $error }
classes-error = ошибка: не удалось посчитать классы: { $error }
selection-none = нет сохранённых выборок: kartoteka selection save ИМЯ --city …
selection-shown = выборка { $name }: { $n ->
    [one] { $n } клиент
    [few] { $n } клиента
   *[many] { $n } клиентов
}
selection-every = все клиенты

## Формы и подтверждения

status-cancelled = отменено, ничего не записано
contact-logged = { $kind } записан: { $client }
client-added = { $client } добавлен
client-saved = { $client } сохранён
conflict-merged = { $client } тем временем изменил кто-то другой; его изменения уже в форме — Enter сохранит всё
conflict-theirs = { $client } тем временем изменил кто-то другой: { $theirs }. Enter — оставить ваше, Esc — их
person-added = { $person } добавлен к клиенту { $client }
client-deleted = { $client } удалён (u отменяет)
client-erased = { $client } стёрт навсегда
client-erased-log = { $client } стёрт навсегда; другая программа держит старые байты в журнале, пока не закроется
erase-wrong-name = «{ $typed }» — не название клиента; ничего не стёрто
backups-none-keep = резервные копии его не хранят
backups-keep = { $n ->
    [0] в { $dir } нет копий, которые его хранят
    [one] { $n } копия в { $dir } хранит его, пока не уйдёт по ротации (до пяти недель)
    [few] { $n } копии в { $dir } хранят его, пока не уйдут по ротации (до пяти недель)
   *[many] { $n } копий в { $dir } хранят его, пока не уйдут по ротации (до пяти недель)
}
capture-no-match = нет клиента «{ $query }»
capture-several = «{ $query }»: подходят { $n } — выберите ↓ ↑ и нажмите Enter
merge-group-too-small = в группе дублей меньше двух клиентов
merge-none = похожих дублей в файле нет
merge-done = { $other } (#{ $other_id }) объединён с #{ $kept_id } { $kept } (u отменяет)
backup-finishing = дописываю ежедневную копию…

## Поля форм

field-summary = Суть
field-outcome = Итог
field-next_contact = След. контакт
field-kind = Вид
field-person = Лицо
field-name = Название
field-legal_name = Юр. название
field-city = Город
field-address = Адрес
field-industry = Отрасль
field-phones = Телефоны
field-emails = E-mail
field-website = Сайт
field-source = Источник
field-manager = Менеджер
field-category = Категория
field-tags = Метки
field-notes = Заметки
field-position = Должность
field-birthday = День рождения
field-decision_maker = ЛПР
field-size = Размер
field-tax_id = ИНН
choice-nothing = выбирать не из чего
choice-nobody = никто не записан
choice-no = нет
choice-yes = да
delete-what-goes = { $persons ->
    [one] { $persons } лицо
    [few] { $persons } лица
   *[many] { $persons } лиц
}, { $contacts ->
    [one] { $contacts } контакт
    [few] { $contacts } контакта
   *[many] { $contacts } контактов
} и { $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
   *[many] { $orders } заказов
}

## Дубли

duplicate-same-phone = тот же телефон { $phone }
duplicate-same-email = тот же e-mail { $email }
duplicate-same-name = то же название
duplicate-close-name = похожее название, тот же город

## Диалоги

result-title = Результат: { $client }
result-question = Чем закончилось?
result-contract = договор подписан
result-purchase = покупка
result-later = отложен на потом
result-lost = потерян
result-why = { $result }: почему? (Enter сохраняет)
result-reason = Причина
erase-title = Стереть клиента
erase-question = Стереть { $client } навсегда?
erase-what-goes = Вместе с ним уйдут { $what } и вся история.
erase-final = Это нельзя отменить.
erase-note = Заметьте: { $kept }.
erase-type-name = Введите название, чтобы стереть:
erase-do = стереть
delete-title = Удалить клиента
delete-question = Удалить { $client }?
delete-what-goes-with = Вместе с ним уйдут { $what }.
delete-do = удалить
delete-keep = оставить
delete-undo-after = потом отменяет
delete-erase = стереть навсегда…
merge-title = Дубли { $group } из { $groups }
merge-kept = остаётся #{ $id }
merge-removed = вливается, удаляется #{ $id }
merge-persons = лица
merge-contacts = контакты
merge-orders = заказы
merge-joined = телефонов { $phones }, e-mail { $emails }, меток { $tags }: из обеих карточек; заметки сливаются; лица, контакты, заказы, история переходят
merge-agree = карточки ни в одном поле не расходятся
contact-title = Контакт: { $client }
contact-next-hint = следующий: дата, +2д, +1н, +1м, завтра или день недели
client-new-title = Новый клиент
client-edit-title = Изменить: { $client }
client-duplicate-warned = Уже есть в картотеке? Enter всё равно добавит, Esc — отмена:
client-duplicate = Похоже на клиента из картотеки:
capture-title = Быстрая запись
capture-hint = call|callin|meeting|email|letter|visit КЛИЕНТ ok|na|back|refused|won "что сказали" +3d #метка
journal-title = Журнал: последние { $n } шагов
journal-undo-hint = отменяет шаг под курсором, импорт или объединение целиком
journal-closes = закрыть
journal-empty = В файл ещё ничего не записано.
journal-step = шаг
journal-when = когда
journal-by = кто
journal-what = что
journal-client = клиент
journal-undone-by = отменён шагом { $step }
person-new-title = Новое лицо: { $client }
person-birthday-hint = день рождения: 15.03.1980 или 15.03 без года

## Досье и контакты

dossier-title = Досье
dossier-empty-file = В картотеке пока нет клиентов: добавьте командой `kartoteka add client`.
dossier-no-match = Нет клиента по запросу «{ $filter }».
dossier-staff = сотрудников: { $size }
dossier-tax-id = ИНН { $id }
dossier-manager = менеджер { $name }
dossier-source = источник: { $source }
dossier-classes = Классы
dossier-twelve-months = последние двенадцать месяцев
dossier-in-column = { $column } с { $since } ({ $days } дн.)
dossier-board = Доска
dossier-overdue = { $date } просрочен
dossier-not-set = не назначен
dossier-complaint-next = дальше: { $step }
dossier-persons = Контактные лица
dossier-born = родился { $date }
dossier-birthday = день рождения { $date }
dossier-bought = Покупки, сначала последние
dossier-last-bought = последняя { $date }
dossier-by-year = По годам
dossier-quarter = { $q } кв.
dossier-quarters = Кварталы
dossier-events = События и важные даты
dossier-yearly = ежегодно
dossier-history = История, сначала новое
dossier-more-history = ещё { $n }: kartoteka history { $id }
log-title = Контакты ({ $n })
log-by = записал { $name }
log-empty = Контактов пока нет.

## Доска

column-short-prospects = Канд.
column-short-interested = Интер.
column-short-follow_up_1 = Повт. 1
column-short-follow_up_2 = Повт. 2
column-short-follow_up_3 = Повт. 3
column-short-result = Итог
board-everyone = все менеджеры
board-filter = фильтр
board-days = { $days }д

## План дня

agenda-working = составляю…
agenda-working-again = составляю заново…
agenda-everyone = все
agenda-greetings = Поздравления
agenda-count-greet = поздравить: { $n } · t: работа
agenda-count = { $n ->
    [one] { $n } дело
    [few] { $n } дела
   *[many] { $n } дел
}, просрочено { $overdue } · t: поздравить { $greet }
agenda-nobody-to-greet = В эти дни некого поздравлять.
agenda-nothing-due = Срочного нет: все клиенты в работе.
agenda-when = Когда
agenda-what = Что
agenda-client = Клиент
agenda-why = Почему
agenda-short-next_contact = контакт
agenda-short-follow_up = напомнить
agenda-short-birthday = день рожд.
agenda-short-important_date = дата
agenda-short-complaint = рекламация
agenda-short-cadence = давно
agenda-short-satisfaction = опрос
agenda-short-holiday = праздник
queue-title = Звонок { $pos } из { $n } · записано { $logged }
queue-ask-date = Когда перезвонить? { $text }▏  (+3д, пт, 01.12.2026)
queue-ask-reason = Почему отказались? { $text }▏
queue-ask-result = Сделка: c договор подписан · p покупка

## Отчёты

reports-working = считаю…
reports-working-again = пересчитываю…
reports-result-contract = договор
reports-result-purchase = покупка
reports-result-later = отложен
reports-result-lost = потерян
reports-funnel = Воронка · сейчас · конверсия
reports-abc-curve = Кривая ABC
reports-no-turnover = за период нет оборота
reports-share-of-clients = % клиентов
reports-lifecycle = жизненный цикл
reports-salesperson = менеджер
reports-first = 1-е
reports-sum = сумма
reports-repeat = повт.
reports-lost = потер.
reports-back = верн.
reports-total = итого
reports-salespeople = Менеджеры
reports-incoming = Входящие звонки

## Причины в плане дня

occasion-turns = { $person }: исполняется { $years }
occasion-birthday = день рождения: { $person }
occasion-years = { $title } ({ $years ->
    [one] { $years } год
    [few] { $years } года
   *[many] { $years } лет
})
when-today = сегодня
when-tomorrow = завтра
when-late = { $days } дн. назад
when-in = через { $days } дн.
complaint-todo-cause_found = найти причину
complaint-todo-resolved = решить
complaint-todo-process_fixed = исправить процесс
due-planned = запланированный контакт
due-waiting = ждёт в колонке «{ $column }» с { $since }
due-cadence = покупающий клиент, последний контакт { $last }
due-cadence-never = покупающий клиент, контактов не было
due-survey-first = первая продажа { $date }: спросить, доволен ли
due-survey-again = последний опрос { $date }: спросить снова
history-move = перемещение
holiday-new_year = Новый год
holiday-women_day = 8 Марта
greet-no-contacts = нет телефона и e-mail

## Ошибки во введённом или прочитанном (поле 'значение': причина)

err-no-client-matches = нет такого клиента
err-expected-four-digit-year-21 = нужен год из четырёх цифр, например 21/07/1980
err-is-not-date = это не дата
err-expected-yes-or-no-da = нужно да или нет (yes/no, da/nu, sí/no)
err-expected-month-2026-10 = нужен месяц, например 2026-10
err-expected-phone-number-40-721 = нужен номер телефона, например +7 495 123 45 67
err-expected-mail-address-name-example = нужен адрес e-mail, например name@example.com
err-must-not-be-empty = не может быть пустым
err-expected-amount-1234-50-or = нужна сумма, например 1234,50 или 1 234,50
err-expected-time-hh-mm-2025 = нужно время ЧЧ:ММ, например 14.03.2025 09:30
err-expected-date-yyyy-mm-dd = нужна дата ДД.ММ.ГГГГ, ДД/ММ/ГГГГ или ГГГГ-ММ-ДД
err-this-date-does-not-exist = такой даты нет
err-expected-positive-number = нужно положительное число
err-expected-month-number-from-1 = нужен номер месяца от 1 до 12
err-is-directory-not-file-import = это папка, а не файл для импорта
err-no-client = нет такого клиента
err-client-cannot-be-merged-with = клиента нельзя объединить с ним самим
err-is-same-salesperson-from = тот же менеджер, что и в 'from'
err-no-complaint = нет такой рекламации
err-give-at-least-one-answer = дайте хотя бы один ответ, например --answer delivery=4
err-expected-encoding-utf-8-utf = нужна кодировка: utf-8, utf-16le, windows-1251, windows-1250 или windows-1252
err-file-does-not-read-in = файл не читается в этой кодировке
err-contact-needs-name-this-card = у контакта должно быть имя: в карточке нет FN, N и ORG
err-is-not-vcard-file-it = это не файл vCard: в нём нет BEGIN:VCARD
err-expected-dmy-day-month-year = нужно dmy (день/месяц/год) или mdy (месяц/день/год)
err-is-ambiguous-day-month-or = неоднозначно: день/месяц или месяц/день? укажите --dates dmy или --dates mdy
err-client-needs-name-this-row = у клиента должно быть название: в строке нет ни названия, ни компании, ни лица
err-order-line-needs-its-date = у строки заказа должна быть дата
err-order-line-needs-its-amount = у строки заказа должна быть сумма
err-expected-number-2-or-1 = нужно число, например 2 или 1,5
err-is-vcard-file-it-holds = это файл vCard: в нём контакты, а не строки заказов (импортируйте с --kind contacts)
err-is-empty-no-header-line = пуст: нет строки заголовков
err-give-one-quoted-summary = дайте одно описание в кавычках
err-tag-needs-name-after = после # нужно имя метки
err-give-one-next-date = дайте одну дату следующего контакта
err-is-not-outcome-quoted-summary = это не итог, не "описание в кавычках", не дата и не #метка; название клиента идёт первым
err-name-client-after-verb = после глагола назовите клиента
err-client-is-already-in-last = клиент уже в последней колонке; результат меняется командой `result`
err-client-is-already-in-this = клиент уже в этой колонке
err-moving-into-result-needs-result = для перехода в результат нужен результат: contract, purchase, later или lost
err-lost-client-needs-reason-it = у потерянного клиента должна быть причина потери
err-result-is-recorded-only-in = результат записывается только в колонке результата
err-expected-date-2025-03-14 = нужна дата (14.03.2025, 14/03/2025, 2025-03-14) или +3д, +2н, +1м, сегодня, завтра, день недели
err-complaint-is-closed-its-process = рекламация закрыта: процесс исправлен
err-after-to = позже --to { $to }
err-cannot-be-read = не читается: { $error }
err-client-has-no-persons = у клиента нет контактных лиц; добавьте командой `kartoteka add person`
err-no-such-person = у клиента нет такого лица; известны: { $known }
err-several-persons = подходят несколько лиц: { $names }
err-already-greeted = поздравление на { $date } уже отмечено
err-no-selection = выборки с таким именем нет; сохраните её командой `kartoteka selection save ИМЯ --city …`
err-no-selection-saved = выборки с таким именем нет; сохранены: { $known }
err-no-salesperson-yet = нет такого менеджера; пока никто не записан
err-no-salesperson = нет такого менеджера; известны: { $known }
err-not-text = не текстовый файл: { $why }
err-row-fields = в строке { $fields } полей, а в заголовке { $header }
err-columns-more = и ещё { $n }
err-no-name-column = нет колонки с названием клиента или именем лица (колонки: { $columns }); укажите её через --map КОЛОНКА=name
err-no-column = нет колонки { $name } (колонки: { $columns }); укажите её через --map КОЛОНКА={ $name }
err-map-form = нужно КОЛОНКА=ПОЛЕ, где ПОЛЕ одно из: { $fields }
err-map-field = неизвестное поле; нужно одно из: { $fields }
err-not-csv = строка { $line }: не читается как CSV: { $error }
err-expected-one-of = нужно одно из: { $choices }
err-quote-not-closed = текст в кавычках не закрыт знаком { $close }
err-start-with = начните с одного из: { $choices }
err-complaint-next-step = следующий шаг рекламации { $complaint } — { $step }
err-before-last-step = раньше последнего шага рекламации ({ $at })
err-answer-form = нужно ВОПРОС=ОЦЕНКА, например delivery=4
err-question-empty = вопрос пуст
err-score = оценка — целое число от 1 до 5
err-vcard-outside = вне BEGIN:VCARD … END:VCARD
err-vcard-cut-short = нет END:VCARD: карточка оборвана

## Файл картотеки

store-no-file = по пути { $path } нет картотеки; создайте её командой `kartoteka init --file { $path }` или укажите другую через --file
store-already-exists = { $path } уже существует; выберите другой путь или откройте без `init`
store-is-directory = { $path } — папка, а не картотека
store-empty = { $path } пуст (0 байт), это не картотека; файл не тронут
store-not-sqlite = { $path } — не картотека (не база SQLite); файл не тронут
store-locked = { $path } зашифрован (или это не картотека): укажите файл ключа в настройках (key_file = "…") или откройте в терминале, чтобы ввести пароль
store-wrong-passphrase = пароль не открывает { $path } (неверный пароль или не картотека); файл не тронут
store-foreign = { $path } — база SQLite другой программы, а не картотека Kartoteka; файл не тронут
store-newer = { $path } записан более новой Kartoteka (версия схемы { $found }; эта версия читает до { $supported }); обновите Kartoteka
store-io = не удаётся прочитать { $path }: { $error }
store-backup-exists = { $path } уже существует; копия никогда не перезаписывает файл, выберите другое имя
store-damaged = { $path } повреждён ({ $why }); файл не тронут
store-unwritten = изменение не записано ({ $why }): диск полон, файл достиг предела размера или диск неисправен; из этого изменения ничего не сохранено, всё сохранённое раньше цело
store-read-only = картотека открыта только для чтения ({ $why }): ничего не изменено
store-read-only-old = { $path } только для чтения и от старой Kartoteka (версия схемы { $version }); откройте его один раз с правом записи, чтобы обновить
store-migration = не удалось обновить картотеку: { $error }
store-sqlite = ошибка базы данных: { $error }
store-changed-since = { $what } изменил кто-то другой, пока вы смотрели; ничего не записано — посмотрите ещё раз и повторите
store-no-step = в журнале нет шага { $step }; список — `kartoteka journal`
store-already-undone = { $what } уже отменён шагом { $step }; отмените шаг { $step }, чтобы вернуть
store-undo-blocked = нельзя отменить { $step }: { $why }; ничего не изменено
store-undo-blocked-by = нельзя отменить { $step }: { $why } (шаг { $later }; сначала отмените его); ничего не изменено
store-ambiguous = { $field } '{ $query }': подходят { $count } клиентов; укажите одного по номеру:
    { $list }

## Командная строка: таблицы и итоги

list-of-total = { $n } из { $total ->
    [one] { $total } клиента
   *[other] { $total } клиентов
}
agenda-summary = { $n ->
    [one] { $n } дело
    [few] { $n } дела
   *[many] { $n } дел
}, просрочено { $overdue }; { $from } – { $to }
journal-summary = { $n ->
    [one] { $n } шаг
    [few] { $n } шага
   *[many] { $n } шагов
}; `kartoteka undo ШАГ` отменяет шаг
journal-by-step = шагом { $step }
journal-none-of-yours = step: у вас нет шагов для отмены; все шаги — `kartoteka journal`
journal-undone = отменено: { $what }, шаг { $step }; `kartoteka undo { $step }` вернёт
journal-deleted = удалён { $client } (#{ $id }), шаг { $step }; `kartoteka undo { $step }` вернёт
history-entries = { $n ->
    [one] { $n } запись
    [few] { $n } записи
   *[many] { $n } записей
}
show-legal-name = юр. название
show-city = город
show-address = адрес
show-industry = отрасль
show-tax-id = ИНН
show-bank = банк
show-phones = телефоны
show-emails = e-mail
show-website = сайт
show-source = источник
show-manager = менеджер
show-category = категория
show-tags = метки
show-column = колонка
show-column-since = { $column } с { $since }
show-next-contact = след. контакт
show-last-contact = посл. контакт
show-notes = заметки
show-persons = Контактные лица
show-complaints = Рекламации
show-closed = закрыта
show-orders = Заказы
show-contacts = Контакты
show-moves = Перемещения
show-changes = Изменения
col-id = №
col-name = название
col-city = город
col-column = колонка
col-category = категория
col-manager = менеджер
col-next-contact = след. контакт
col-date = дата
col-when = когда
col-what = что
col-client = клиент
col-detail = подробности
col-step = шаг
col-by = кто
col-rows = строк
col-undone = отменён
col-before = было
col-after = стало
col-position = должность
col-phones = телефоны
col-email = e-mail
col-birthday = день рождения
col-decides = ЛПР
col-person = лицо
col-registered = зарегистрирована
col-next-step = след. шаг
col-product = товар
col-qty = кол-во
col-amount = сумма
col-paid = оплачен
col-kind = вид
col-summary = суть
col-outcome = итог
col-next = следующий
col-from = откуда
col-to = куда
col-result = результат
backup-done = копия записана: { $path } ({ $size }, { $seconds } с)
backups-listed = { $n ->
    [one] { $n } копия
    [few] { $n } копии
   *[many] { $n } копий
} в { $dir }
backup-restored = восстановлено из { $backup }; прежний файл сохранён как { $saved }
check-problems = { $n ->
    [one] { $n } проблема
    [few] { $n } проблемы
   *[many] { $n } проблем
}
check-failed = в картотеке есть проблемы: восстановите копию (kartoteka backups) или обратитесь за помощью
size-mb = { $mb } МБ
size-kb = { $kb } КБ
col-written = записана
col-size = размер
col-file = файл
complaint-next = далее: { $step }
complaint-step-done = рекламация { $id } клиента { $client }: { $step }
survey-recorded = { $n ->
    [one] записан { $n } ответ
    [few] записано { $n } ответа
   *[many] записано { $n } ответов
}
survey-recorded-complaint = { $n ->
    [one] записан { $n } ответ
    [few] записано { $n } ответа
   *[many] записано { $n } ответов
}; по низким оценкам открыта рекламация { $id }
duplicates-none = похожих дублей нет
col-holdings = лица/контакты/заказы
duplicates-summary = { $n ->
    [one] { $n } группа
    [few] { $n } группы
   *[many] { $n } групп
} похожих дублей; объедините два командой `kartoteka merge ОСНОВНОЙ ВТОРОЙ` или в интерфейсе (D)
merge-cli-done = { $other } (#{ $other_id }) объединён с { $kept } (#{ $kept_id })
merge-the-others = как у второго
merge-the-kepts = как у основного
export-cannot-write = не удаётся записать { $path }: { $error }
export-excel-csv-only = --excel только для CSV: файл vCard или календаря и так в UTF-8
export-rows = { $n ->
    [one] { $n } строка
    [few] { $n } строки
   *[many] { $n } строк
}
export-vcards = { $n ->
    [one] { $n } vCard
   *[other] { $n } vCard
}
export-events = { $n ->
    [one] { $n } событие календаря
    [few] { $n } события календаря
   *[many] { $n } событий календаря
}
export-written = { $n ->
    [one] { $n } клиент
    [few] { $n } клиента
   *[many] { $n } клиентов
} ({ $what }) записано в { $path }
greet-holiday-error = праздник '{ $key }': { $error }
greetings-summary = поздравить: { $n }; { $from } – { $to }; отметить: kartoteka greet КЛИЕНТ ПОВОД
col-occasion = повод
col-phone = телефон
col-key = ключ
greet-open = ; открыты: { $keys }
greet-not-open = occasion: '{ $wanted }' — этого клиента не с чем поздравлять { $around }{ $open }
greet-several = occasion: '{ $wanted }' — таких поводов несколько; укажите один из: { $keys }
greet-cli-done = поздравлен: { $what } — { $client } ({ $date })
selection-from-selection = --selection: выборка сохраняется из фильтров, а не из другой выборки
selection-needs-filter = выборка '{ $name }': нужен хотя бы один фильтр (--city, --column, --tag, …)
selection-saved = выборка '{ $name }' сохранена: { $n ->
    [one] сейчас { $n } клиент
    [few] сейчас { $n } клиента
   *[many] сейчас { $n } клиентов
}
selection-replaced = выборка '{ $name }' заменена: { $n ->
    [one] сейчас { $n } клиент
    [few] сейчас { $n } клиента
   *[many] сейчас { $n } клиентов
}
selection-deleted = выборка '{ $name }' удалена
col-filters = фильтры
col-clients = клиентов
selections-listed = { $n ->
    [one] { $n } выборка
    [few] { $n } выборки
   *[many] { $n } выборок
}
mailing-dry-run = '{ $summary }' было бы записано { $n ->
    [one] { $n } клиенту
   *[other] { $n } клиентам
}; ничего не записано
mailing-done = '{ $summary }' записано в историю { $n ->
    [one] { $n } клиента
   *[other] { $n } клиентов
}
cli-error = ошибка: { $error }
cli-no-data-dir = не найдена папка данных для картотеки; укажите файл через --file
cli-created = создана пустая картотека { $path }
demo-written = демо-файл { $path } записан: клиентов { $clients }, лиц { $persons }, контактов { $contacts }, заказов { $orders }
import-line = строка { $line }: { $error }
erase-what = { $client } (#{ $id }) с { $persons ->
    [one] { $persons } лицом
   *[other] { $persons } лицами
}, { $contacts ->
    [one] { $contacts } контактом
   *[other] { $contacts } контактами
}, { $orders ->
    [one] { $orders } заказом
   *[other] { $orders } заказами
} и всей историей
erase-needs-yes = стирание { $what } нельзя отменить, и { $kept }; добавьте --yes, чтобы стереть
erase-done = стёрт { $what }; это нельзя отменить. Заметьте: { $kept }
erase-done-log = стёрт { $what }; это нельзя отменить; файл открыт другой программой, и её журнал хранит старые байты, пока она не закроется. Заметьте: { $kept }
handover-done = { $n ->
    [one] { $n } клиент передан
    [few] { $n } клиента переданы
   *[many] { $n } клиентов переданы
} от { $from } к { $to }
categories-changed = { $n ->
    [one] изменён { $n } клиент
    [few] изменены { $n } клиента
   *[many] изменены { $n } клиентов
}
categories-would-change = { $n ->
    [one] изменился бы { $n } клиент (ничего не записано)
    [few] изменились бы { $n } клиента (ничего не записано)
   *[many] изменились бы { $n } клиентов (ничего не записано)
}
col-line = строка
col-reason = причина
import-counts = создано { $created }, обновлено { $updated }, без изменений { $unchanged }
import-order-counts = строк заказов создано { $created }, без изменений { $unchanged }
import-new-clients = { $n ->
    [one] { $n } клиента не было в картотеке, он добавлен ради заказов: { $names }{ $more }
   *[other] { $n } клиентов не было в картотеке, они добавлены ради заказов: { $names }{ $more }
}
import-refused = { $n ->
    [one] в { $path } { $n } строка с ошибками; ничего не записано (--skip-bad импортирует остальные строки)
    [few] в { $path } { $n } строки с ошибками; ничего не записано (--skip-bad импортирует остальные строки)
   *[many] в { $path } { $n } строк с ошибками; ничего не записано (--skip-bad импортирует остальные строки)
}
import-progress = импорт { $done }/{ $total } строк
import-progress-writing = запись { $done }/{ $total } новых клиентов
import-rejected = отклонено { $n } (прочитано как { $encoding })
import-columns-left-out = непонятые колонки пропущены: { $names } (укажите их поле через --map КОЛОНКА=ПОЛЕ)
import-properties-left-out = непонятые свойства vCard пропущены: { $names }
import-rejected-file = отклонённые строки и причины — в { $path }
import-dry-run = ничего не записано (пробный прогон)
cipher-already = { $path } уже зашифрован
cipher-not-encrypted = { $path } не зашифрован
cipher-open-elsewhere = { $path } открыт другой программой; сначала закройте её (ничего не изменено)
cipher-old-backups = . { $n } прежних копий в { $dir } не зашифрованы: удалите их, когда `kartoteka backup` сделает зашифрованную
cipher-encrypted = { $path } зашифрован: открывается только с паролем, и его копии отныне тоже зашифрованы
cipher-decrypted = { $path } расшифрован: открывается без пароля, как и его копии отныне
cipher-not-built = эта Kartoteka собрана без шифрования; соберите с `cargo build --release --features encryption`
cipher-key-file-unread = key_file { $path }: не читается: { $error }
cipher-key-file-empty = key_file { $path }: первая строка пуста; запишите туда пароль
cipher-ask = пароль для { $path }:
cipher-ask-again = тот же пароль ещё раз:
cipher-empty = пароль пуст; ничего не открыто
cipher-differ = пароли не совпадают; ничего не изменено

## Отчёты в командной строке

report-period = период { $from } – { $to }
col-turnover = оборот
col-class = класс
col-cv = вариация
report-total-turnover = общий оборот { $amount }
report-classed = { $n ->
    [one] { $n } клиент с классом
    [few] { $n } клиента с классом
   *[many] { $n } клиентов с классом
}
report-grid = клиентов · оборот в каждой клетке
col-now = сейчас
col-entered = вошли
col-moved-on = ушли дальше
col-conversion = конверсия
report-results = результаты за период: { $results }
col-lost-because = причина потери
col-salesperson = менеджер
col-potential = потенц.
col-first-sales = первые продажи
col-sum = сумма
col-lost = потеряно
col-restored = возвращено
col-repeat-sales = повторные продажи
col-new-lines = новые линейки
report-window = окно жизненного цикла { $months } мес.
col-day = день
report-calls = входящие звонки по источнику, который назвал звонящий; { $period }
loyalty-buyers = покупателей за период
loyalty-repeat-buyers = повторных покупателей
loyalty-sales = продажи
loyalty-old-clients = от клиентов старше года
loyalty-referral = по рекомендации
col-figure = показатель
col-share = доля
loyalty-summary = рекомендации: покупок · сумма
col-segment = сегмент
col-buyers = покупателей
matrix-legend = клиентов, использующих каждый товар; * портрет сегмента (используют не менее { $share }% его покупателей)
col-next-offers = следующие предложения
matrix-summary = { $n ->
    [one] { $n } клиент со следующим предложением
    [few] { $n } клиента со следующим предложением
   *[many] { $n } клиентов со следующим предложением
}; заказы по { $to }
complaint-open = открыта: { $step }
col-cause-days = причина (дней)
col-resolved-days = решена (дней)
col-fixed-days = исправлено (дней)
col-state = состояние
complaints-summary = открыто { $open }, закрыто { $closed }; в среднем дней до причины { $cause }, до решения { $resolved }, до исправления { $fixed }

## Файлы настроек и клавиш

keys-unread = не удаётся прочитать файл клавиш { $path }: { $error }
keys-unknown-section = неизвестный раздел [{ $section }]
keys-unknown-key = неизвестная клавиша '{ $key }'
keys-twice = { $key } назначена дважды в [{ $section }] (и в строке { $line })
keys-unknown-action = неизвестное действие '{ $action }' для клавиши { $key }
config-unread = не удаётся прочитать файл настроек { $path }: { $error }
config-error = файл настроек { $path }: { $error }

## Выгрузка для людей: заголовки, которые импорт читает на любом языке

csv-salutation = Обращение
csv-name = Название
csv-kind = Тип клиента
csv-legal-name = Юридическое наименование
csv-tax-id = ИНН
csv-city = Город
csv-address = Адрес
csv-industry = Отрасль
csv-size = Численность
csv-phone = Телефон
csv-email = Электронная почта
csv-website = Сайт
csv-source = Источник
csv-manager = Менеджер
csv-colour = Цвет
csv-tags = Метки
csv-next-contact = Следующий контакт
csv-notes = Заметки
csv-contact-person = Контактное лицо
csv-position = Должность
csv-birthday = День рождения
csv-decision-maker = ЛПР
csv-contact-phone = Телефон контактного лица
csv-contact-email = Почта контактного лица
salutation-person = Здравствуйте, { $name }!
salutation-client = Здравствуйте, коллеги из «{ $name }»!

## Help

cli-usage = Использование:
cli-commands = Команды
cli-arguments = Аргументы
cli-options = Параметры
cli-help-flag = Показать справку
cli-version-flag = Показать версию

## Reports, complaints, holidays (domain)

calls-not-named = не назван
funnel-no-reason = причина не указана
complaint-low-satisfaction = низкая удовлетворённость: { $answers }
worker-stopped = фоновая задача остановилась ({ $who })
holiday-bad = праздник '{ $key }': { $field }: '{ $value }' { $why }
holiday-bad-key = допустимы строчные латинские буквы, цифры и _ (например new_year)
holiday-twice = указан дважды
holiday-no-name = пусто
holiday-bad-date = не день: пишите ММ-ДД для каждого года или ГГГГ-ММ-ДД для одного

## Recorded words (i18n/recorded.rs)

recorded-name = название
recorded-kind = вид
recorded-legal-name = юр. название
recorded-city = город
recorded-address = адрес
recorded-industry = отрасль
recorded-size = размер
recorded-tax-id = ИНН
recorded-phones = телефоны
recorded-e-mails = e-mail
recorded-website = сайт
recorded-source = источник
recorded-manager = менеджер
recorded-category = категория
recorded-tags = метки
recorded-next-contact = след. контакт
recorded-notes = заметки
recorded-category-from-orders = категория по заказам
recorded-complaint-registered = рекламация зарегистрирована
recorded-complaint-cause-found = рекламация: причина найдена
recorded-complaint-resolved = рекламация решена
recorded-complaint-process-fixed = рекламация: процесс исправлен
recorded-merged = объединён
recorded-undo = отмена
recorded-call = звонок
recorded-complaint = рекламация
recorded-complaint-step = шаг рекламации
recorded-contact = контакт
recorded-delete = удаление
recorded-edit = правка
recorded-greeting = поздравление
recorded-merge = объединение
recorded-move = перемещение
recorded-new-client = новый клиент
recorded-new-person = новое лицо
recorded-order = заказ
recorded-satisfaction = удовлетворённость
recorded-handover = передача клиентов
recorded-mailing = рассылка
recorded-import = импорт { $source }
recorded-undo-step = отмена шага { $step }
step-described = шаг { $id } ({ $what }, { $at }, { $by })
step-described-of = шаг { $id } ({ $what }, { $client }, { $at }, { $by })

## Usage errors (cli/help.rs)

usage-unknown-argument = неизвестный аргумент '{ $arg }'
usage-unknown-command = неизвестная команда '{ $command }'
usage-value-missing = для '{ $arg }' нужно значение, а его нет
usage-bad-value = недопустимое значение '{ $value }' для '{ $arg }'
usage-missing = не заданы обязательные аргументы: { $args }
usage-no-command = '{ $command }' требует команду, а её нет
usage-conflict = аргумент '{ $arg }' нельзя сочетать с одним из других заданных
usage-other = аргументы не читаются ({ $what })
usage-choices = допустимые значения: { $choices }
usage-did-you-mean = подсказка: есть похожий: { $tip }
usage-try-help = Подробнее: '--help'.
cli-help-command = Показать эту справку или справку по указанной команде
kpi-unassigned = (без менеджера)
