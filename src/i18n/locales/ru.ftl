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
when-late = { $days ->
    [one] опоздание { $days } день
    [few] опоздание { $days } дня
   *[many] опоздание { $days } дней
}
when-in = { $days ->
    [one] через { $days } день
    [few] через { $days } дня
   *[many] через { $days } дней
}
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
