# BriefDesk — русский (язык по умолчанию)

## Источники и пометки
illustrative-data = иллюстративные данные
illustrative-explained = иллюстративные данные: пример или оценка, не факт
source-label = Источник
sources-label = Источники
source-none = Источник не указан
as-of = По состоянию на { $date }
meeting-chair = Председатель
said-by = Сказал(а)
unknown = нет данных
no-data = Нет данных

## Значения
factor = в { $value } { $n ->
    [one] раз
    [few] раза
   *[many] раз
    [other] раза
}
qualified-more-than = более { $value }
qualified-at-least = не менее { $value }
qualified-about = около { $value }
qualified-less-than = менее { $value }
qualified-at-most = не более { $value }
qualifier-more-than = Нижняя граница: «более»
qualifier-at-least = Нижняя граница: «не менее»
qualifier-about = Приблизительно: «около»
qualifier-less-than = Верхняя граница: «менее»
qualifier-at-most = Верхняя граница: «не более»
quote-translated = перевод
count-centres = { $value } { $n ->
    [one] ЦОН
    [few] ЦОНа
   *[many] ЦОНов
}

## Ключевые показатели
figure-centres-total = ЦОНов в области
figure-centres-rented = ЦОНов в арендуемых помещениях
figure-centres-built = Зданий ЦОНов построено за { $years } { $n ->
    [one] год
    [few] года
   *[many] лет
}
figure-services-delivered = Госуслуг оказано с начала года
figure-services-electronic = Доля услуг в электронном формате
figure-services-paper = Бумажные госуслуги: сокращение к прошлому году
figure-services-signatures = Жителей с ЭЦП
figure-services-in-person = Доля населения, которая всё ещё ходит в ЦОН
figure-corruption-crimes = Коррупционных преступлений
figure-corruption-persons = Лиц привлечено к уголовной ответственности
figure-corruption-managers = Из них руководителей

## Показатели по районам
metric-centres = ЦОНы по районам
metric-rented-centres = ЦОНы в аренде по районам
metric-rented-share = Доля ЦОНов в аренде
metric-crimes = Коррупционные преступления по районам
metric-persons = Привлечённые к ответственности по районам
metric-managers = Руководители среди привлечённых по районам
metric-population = Население районов
metric-crimes-per-10k = Коррупционные преступления на 10 000 жителей
metric-services = Оказанные госуслуги по районам
metric-electronic-share = Доля электронных госуслуг по районам
unit-centres = ЦОНов
unit-percent = %
unit-crimes = преступлений
unit-persons = человек
unit-residents = жителей
unit-crimes-per-10k = преступлений на 10 000 жителей
unit-services = услуг
population-year = данные за { $year } год
population-label = Население
years-differ = { $range } (по районам — разные годы)
periods-differ = { $range } (периоды по районам разные)
population-when = население: { $when }
rate-basis = преступлений: { $crimes }, жителей: { $population } ({ $year })
regional-vs-sum = По области: { $stated } · сумма по районам: { $sum }
reference-mean = Среднее по районам: { $value }
reference-region = По области: { $value }
reference-region-known = По районам с известным населением: { $value }
reference-listed = Все перечисленные ЦОНы: { $value }
title-illustrative = { $title } (иллюстрация)

## ЦОНы
rent-raised = Арендодатель поднял плату
rent-per-month = { $value } ₸ в месяц
rental-tooltip = { $name }: { $total } — своих { $owned }, в аренде { $rented }
rental-split = В аренде { $rented } из { $total } { $n ->
    [one] ЦОНа
   *[other] ЦОНов
} ({ $share })
rental-split-listed = Из перечисленных { $total } { $n ->
    [one] ЦОНа
   *[other] ЦОНов
} в аренде { $rented } ({ $share })
rental-mismatch = В списке { $listed } { $n ->
    [one] ЦОН
    [few] ЦОНа
   *[many] ЦОНов
}, из них { $listed_rented } в аренде; по данным области — { $total } и { $rented }

## Коррупция
measure-crimes = Преступления
measure-persons = Привлечены к ответственности
measure-managers = Из них руководители

## Графики
chart-label = График
chart-districts = сравнение районов
chart-centres = аренда помещений ЦОН
chart-corruption = коррупционные преступления
chart-overflow = Показаны первые { $shown } из { $total }; все районы — в таблице

## Экраны
screen-overview = Обзор
screen-districts = Районы
screen-centres = ЦОНы
screen-corruption = Коррупция
screen-recommendations = Рекомендации

## Меню
menu-file = Файл
menu-open = Открыть набор данных…
menu-open-embedded = Открыть встроенный брифинг (Акмолинская область, 2017)
menu-recent = Недавние
menu-recent-empty = Пока ничего
menu-reload = Перечитать файл
menu-save-notes = Сохранить заметки
menu-save-notes-as = Сохранить заметки в другое место…
menu-quit = Выход
menu-view = Вид
menu-language = Язык
menu-help = Справка (F1)
theme-system = Как в системе
theme-light = Светлая тема
theme-dark = Тёмная тема
zoom-hint = Масштаб: Ctrl + / Ctrl − / Ctrl+0

## Верхняя панель
findings-ok = Проверка пройдена
findings-badge = { $count } { $n ->
    [one] замечание
    [few] замечания
   *[many] замечаний
}
findings-title = Замечания проверки
findings-none = Замечаний нет.
severity-error = Ошибка
severity-warning = Предупреждение
close = Закрыть
notes-saved = Заметки сохранены
notes-pending = Сохранение…
notes-failed = Заметки не сохранены
notes-failed-explained = Не удалось сохранить заметки. Они остаются в памяти и не потеряны: выберите другое место или повторите.
unsaved-title-quit = Сохранить правки в «{ $name }» перед выходом?
unsaved-title-open = Сохранить правки в «{ $name }», прежде чем открыть другой файл?
unsaved-title-new = Сохранить правки в «{ $name }», прежде чем начать новый брифинг?
unsaved-title-reload = Сохранить правки в «{ $name }», прежде чем перечитать файл?
unsaved-edits = Если не сохранить, правки пропадут.
unsaved-notes = Заметки не удалось сохранить в их файл. Сохраните их в другое место, иначе они пропадут:
unsaved-save = Сохранить
unsaved-discard = Не сохранять
unsaved-cancel = Отмена
recovery-title = Восстановить несохранённую работу?
recovery-text = Работа над «{ $name }» не была сохранена: программа закрылась, не успев её записать. Копия сохранилась ({ $when }) — её можно вернуть; она останется несохранённой, пока вы не сохраните.
recovery-restore = Восстановить
recovery-remove = Удалить копию
recovery-later = Решить позже
copy-table = Копировать таблицу
copy-table-hint = Копирует строки таблицы с заголовками (или нажмите Ctrl+C здесь, не в поле ввода): их можно вставить в Excel или Calc.
copy-table-done = { $n ->
    [one] Скопирована { $n } строка с заголовками: вставьте её в Excel или Calc.
    [few] Скопированы { $n } строки с заголовками: вставьте их в Excel или Calc.
   *[other] Скопировано { $n } строк с заголовками: вставьте их в Excel или Calc.
}
notes-retry = Повторить
notes-set-aside = Файл заметок { $path } не читается. Он не перезаписан, а переименован в { $moved }; новые заметки сохраняются заново.
notes-unreadable = Файл заметок { $path } не читается и не может быть переименован: заметки хранятся в памяти, сохраните их в другое место.
problem-title = Набор данных не открыт
problem-kept = Открытым остаётся «{ $name }» вместе с заметками.
embedded-dataset = Встроенный набор: Акмолинская область, 2017
drop-to-open = Отпустите, чтобы открыть набор данных

## Обзор
key-figures = Ключевые показатели
no-key-figures = В наборе нет региональных показателей.
statements-heading = Заявлено на совещании
places-heading = Места, названные на совещании
districts-appendix = Районы и ЦОНы
district-centre = Административный центр: { $name }
district-city = Город областного значения
centre-owned = собственное помещение
centre-rented = в аренде

## Районы
metric-label = Показатель:
highlight-label = Выделить:
highlight-none = никого
sort-value-desc = По убыванию
sort-value-asc = По возрастанию
sort-name = По алфавиту
view-chart = График
view-table = Таблица
no-district-data = В наборе нет данных по районам.
column-district = Район
column-total = Всего

## ЦОНы
centres-title = Помещения ЦОН: свои и арендуемые
no-centre-list = В наборе нет списка ЦОНов по районам.
premises-owned = Свои
premises-rented = Аренда
rent-rises = Рост арендной платы

## Коррупция
corruption-title = Коррупционные преступления
no-district-cases = В наборе нет данных о преступлениях по районам.

## Рекомендации
no-recommendations = В наборе нет рекомендаций.
orphaned-notes = Заметки без рекомендации
orphaned-notes-explained = Этих рекомендаций больше нет в наборе данных. Заметки сохранены и не удаляются.
evidence = Основание:
evidence-open = Открыть график
note-label = Заметка к рекомендации { $n }
note-hint = Решение, ответственные, сроки…
status-label = Статус:
owner-label = Ответственный:
due-label = Срок:
status-open = Открыта
status-in-progress = В работе
status-done = Выполнена
status-dropped = Снята

## Справка
help-title = Клавиши
help-drop = Набор данных можно открыть, перетащив файл .ron в окно.
shortcut-open = Открыть набор данных
shortcut-save = Сохранить заметки и правки набора данных
shortcut-export = Экспорт пакета: PDF, Word, HTML, Markdown
shortcut-reload = Перечитать файл
shortcut-screens = Экраны: обзор, районы, ЦОНы, коррупция, рекомендации
shortcut-table = График или таблица
shortcut-zoom = Крупнее, мельче, обычный масштаб
shortcut-help = Эта справка
shortcut-close = Закрыть справку и панели
shortcut-menu-bar = Меню с клавиатуры: стрелки — между меню и пунктами, Enter — выбрать, Esc или F10 — вернуться
shortcut-next-widget = Следующий и предыдущий элемент: вкладки, затем экран сверху вниз; ↑ ↓ меняют значение в списке выбора
shortcut-copy-table = Над таблицей, не в поле ввода: скопировать её строки для Excel или Calc
shortcut-quit = Выход

## Замечания проверки набора данных
empty = {""}
finding-did-you-mean = ; возможно, имелось в виду `{ $name }`?
finding-format = версия формата { $found } — не { $expected }
finding-format-old = формат { $found } прочитан и преобразован в памяти. Чтобы перевести файл на формат { $expected }: напишите format: { $expected }, перенесите названия из region_names в region, а names каждого района — в его name, в виде {"{"}"ru": "…", "kk": "…"{"}"} (docs/dataset-format.md, «Переход с формата 1»)
finding-translation-missing = { $count } { $n ->
    [one] текст не имеет
    [few] текста не имеют
   *[other] текстов не имеют
} версии «{ $lang }»: читатель на этом языке увидит их на «{ $own }» с пометкой [{ $own }]
finding-language-unknown = «{ $code }» — не язык BriefDesk (ru, kk, en)
finding-id-case = идентификатор `{ $id }` отличается от `{ $other }` ({ $first }) только регистром букв
finding-period-reversed = период заканчивается ({ $end }) раньше, чем начинается ({ $start })
finding-as-of-before-period = дата as_of { $as_of } раньше начала периода ({ $start })
what-statement = заявление
finding-empty-id = пустой идентификатор
finding-duplicate-id = идентификатор `{ $id }` повторяется (впервые — в { $first })
finding-unknown-district = неизвестный район `{ $id }`
finding-unknown-source = неизвестный источник `{ $id }`
finding-unknown-person = неизвестное лицо `{ $id }`
finding-unknown-centre = неизвестный ЦОН `{ $id }`
finding-unknown-figure = неизвестный показатель `{ $key }`
finding-figure-missing = показателя `{ $key }` нет в наборе (заполните { $field })
finding-no-source = { $what }: источник не указан
what-population = Население
what-centre = ЦОН
what-figure = Показатель
what-district-services = Госуслуги района
what-district-cases = Преступления по району
finding-population-negative = отрицательная численность населения
finding-rent-negative = арендная плата отрицательна или не является числом
finding-rent-fall = арендная плата не может снизиться более чем на 100 %
finding-owned-with-rent = у ЦОНа в своём здании указана аренда: она не показывается (если ЦОН арендует помещение, напишите premises: Rented)
finding-more-managers = руководителей больше, чем привлечённых лиц ({ $part } > { $whole })
finding-more-rented = арендуемых ЦОНов больше, чем всех ЦОНов ({ $part } > { $whole })
finding-count-negative = отрицательное количество ({ $value })
finding-count-fraction = количество не целое ({ $value })
finding-share-range = доля { $value } вне пределов 0–100 %
finding-ratio = отношение { $value } не положительно
finding-not-finite = здесь должно быть обычное число (inf и NaN — не числа)
finding-listed-twice = район `{ $id }` указан дважды (также в { $other })
finding-sum = { $what }: в сумме { $sum }{ $partial }, а по области — { $expected }{ $tolerance }
finding-partial = {" "}(данные есть не по всем районам)
finding-tolerance = {" "}(±10 %)
what-centres-listed = ЦОНы в списке
what-rented-listed = Арендуемые ЦОНы в списке
what-district-services-sum = Госуслуги по районам
what-district-crimes = Преступления по районам
what-district-persons = Привлечённые лица по районам
what-district-managers = Руководители по районам
finding-no-data = по району `{ $id }` нет данных: ни населения, ни ЦОНов, ни преступлений
finding-illustrative = { $count } { $n ->
    [one] показатель взят
    [few] показателя взяты
   *[many] показателей взяты
} из иллюстративного источника `{ $id }`: это примерные или оценочные цифры, а не факты, и они помечены

## Presentation
menu-present = Показ
present-start = Начать показ (F5)
present-from-start = С начала
present-from-screen = С текущего экрана
present-rehearse = Репетиция в режиме докладчика
present-from-screen-hint = F5 — с начала, Shift+F5 — с текущего экрана
presenter-view-option = Режим докладчика на втором экране
projector-light = Проектор: светлый фон
projector-dark = Проектор: тёмный фон
slides-title = Слайды
slides-arrange = Порядок слайдов…
slides-hint = Снимите флажок, чтобы скрыть слайд; кнопки меняют порядок. Всё сохраняется вместе с заметками.
slides-none = В наборе нет данных для слайдов.
slides-visible = Показывать этот слайд
slides-earlier = Выше
slides-later = Ниже
slides-reset = Исходный порядок
slide-corruption-districts = Коррупционные преступления по районам
slide-recommendation = Рекомендация { $n }
slide-recommendation-of = Рекомендация { $n } из { $count }
slide-first-rows = { $title }: первые { $shown } из { $total }
present-previous = Назад
present-next = Вперёд
present-black = Чёрный экран
present-stop = Завершить показ
present-end = конец показа
present-next-slide = Далее
present-position = Слайд { $n } из { $count }
present-blanked = Экран скрыт: любая клавиша вернёт слайд
present-clock = Время
present-elapsed = Идёт
present-hide-notes = Заметки (N)
present-no-note = Заметки пишутся к рекомендациям; у этого слайда её нет.
present-note = Заметка докладчика
help-presenting = Во время показа
shortcut-present = Начать показ: с начала / с текущего экрана
shortcut-next = Следующий слайд
shortcut-previous = Предыдущий слайд
shortcut-first-last = Первый / последний слайд
shortcut-go-to = Перейти к слайду по номеру
shortcut-blank = Чёрный / белый экран; любая клавиша — назад
shortcut-notes = Заметки под слайдом (один экран)
shortcut-fullscreen = Во весь экран
shortcut-stop = Завершить показ

## Export
export-charts = Графики
export-no-warnings = Замечаний нет.
export-figure = Показатель
export-value = Значение
export-period = Период
export-figure-notes = К показателям: кто сказал, цитаты, оговорки
export-note = Заметка
export-file = Файл набора данных
export-exported = Выгружено
export-page = Стр.
menu-export = Экспорт пакета…
export-format-word = Документ Word
menu-save-chart = Сохранить график как PNG…
export-done = Сохранено: { $path }
export-failed = Не удалось сохранить: { $reason }
export-over-source = это { $path } — открытый брифинг или его заметки; выберите другой файл
export-no-chart = На этом экране нет графика: откройте «Районы», «ЦОНы» или «Коррупция».

## Чтение файла
load-position = строка { $line }, столбец { $column }
load-not-found = файл не найден
load-is-directory = это папка, а не файл набора данных
load-unreadable = файл не читается: { $reason }
load-too-large = файл слишком большой ({ $size } МБ); наборы больше { $limit } МБ не открываются
load-empty = файл пуст: в нём нет Briefing(…)
load-not-utf8 = текст файла не в кодировке UTF-8 (двоичные данные или, например, Windows-1251): сохраните его как UTF-8
load-not-a-dataset = это не набор данных BriefDesk: ожидался Briefing(format: 2, …), а найдено { $found }
load-format-too-new = формат { $found } новее, чем читает эта версия (до { $max }): обновите BriefDesk
load-format-unknown = формата { $found } не бывает: эта версия читает форматы с { $min } по { $max }
load-too-deep = значения вложены глубже { $max } уровней
load-truncated = файл обрывается на середине: похоже, он обрезан (не хватает «)», «]» или кавычки?)
load-unknown-field = в { $outer } нет поля «{ $found }»; есть: { $expected }
load-unknown-value = значения «{ $found }» нет; возможные: { $expected }
load-missing-field = не хватает обязательного поля «{ $field }»
load-date-form = «{ $text }» — не дата: пишите 2017, 2017-11 или 2017-11-24
load-date-year = «{ $text }» — не дата: год пишется четырьмя цифрами, не раньше 1000
load-date-month = «{ $text }» — не дата: месяца { $month } нет, месяцы от 01 до 12
load-date-day = «{ $text }» — не дата: { $date } { $year } года не существует
load-expected = здесь должно быть { $what }
load-expected-list = список в квадратных скобках [ ]
load-expected-list-end = запятая или закрывающая «]»
load-expected-map = словарь в фигурных скобках {"{"} {"}"}
load-expected-map-colon = двоеточие после ключа
load-expected-map-end = запятая или закрывающая «{"}"}»
load-expected-struct = открывающая скобка «(»
load-expected-struct-end = запятая или закрывающая «)»
load-expected-text = текст в кавычках
load-expected-integer = целое число
load-expected-number = число
load-expected-boolean = true или false
load-expected-name = имя поля или значение вроде Rented
load-expected-comma = запятая
load-expected-option = значение или None
load-duplicate-field = поле «{ $field }» указано дважды
load-number-too-large = число слишком велико для этого поля
load-unexpected-char = здесь не может стоять «{ $char }»
load-trailing = после конца набора данных есть ещё текст
load-syntax = ошибка записи: { $message }

## Правка
screen-edit = Правка
menu-save = Сохранить
shortcut-undo = Отменить правку набора данных
shortcut-redo = Вернуть отменённую правку
edit-section-briefing = Брифинг и совещание
edit-section-figures = Ключевые показатели
edit-section-districts = Районы
edit-section-centres = ЦОНы
edit-section-cases = Коррупция по районам
edit-section-recommendations = Рекомендации
edit-text-language = Язык текстов:
edit-undo = Отменить
edit-redo = Вернуть
edit-save = Сохранить
edit-save-as = Сохранить как…
edit-unsaved = Есть несохранённые правки
edit-saved = Всё сохранено
edit-errors = { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
}
edit-saved-to = Сохранено: { $path }
edit-saved-draft = Сохранено как черновик: { $path }. В наборе { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
   *[many] { $n } ошибок
} — такой файл откроется в BriefDesk только после исправления.
edit-save-failed = Не удалось сохранить: { $reason }. Правки не потеряны.
edit-comments = В файле { $path } есть комментарии. При сохранении они пропадут: программа записывает данные заново. Сохраните копию, чтобы оставить файл с комментариями как есть.
edit-save-anyway = Сохранить без комментариев
edit-save-copy = Сохранить копию…
edit-conflict = Файл { $path } изменён другой программой, а здесь есть несохранённые правки. Какую версию оставить? Вторая не пропадёт: она будет сохранена рядом.
edit-keep-mine = Оставить мои правки
edit-take-theirs = Взять версию из файла
edit-kept-beside = Вторая версия сохранена рядом: { $path }
edit-title = Заголовок
edit-region = Регион
edit-period = Период
edit-from = с
edit-to = по
edit-period-label = Как называть:
edit-as-of = По состоянию на
edit-meeting = Совещание
edit-meeting-date = Дата совещания
edit-meeting-place = Место
edit-attendance = Присутствовали
edit-add-figure = Добавить показатель
edit-remove-figure = Убрать показатель
edit-qualifier-exact = Точно
edit-quote = Цитата
edit-comment = Пояснение
edit-by = Автор
edit-topic = Тема
edit-add-recommendation = Рекомендация
edit-add-district = Район
edit-add-centre = ЦОН
edit-add-cases = Строка
edit-remove-row = Удалить строку
edit-kind-district = Район
edit-kind-city = Город
edit-col-id = Код
edit-col-name = Название
edit-col-kind = Вид
edit-col-centre = Центр
edit-col-population = Население
edit-col-year = Год
edit-col-source = Источник
edit-col-district = Район
edit-col-premises = Помещение
edit-col-rent = Аренда, ₸/мес.
edit-col-rent-change = Изм., %
edit-col-rent-raised = Подняли
edit-col-note = Примечание
edit-qualifier = точность
figure-centres-built-recent = Зданий ЦОНов построено за последние годы
edit-built-years = За сколько лет:
help-editing = На вкладке «Правка»
shortcut-edit = Правка: составить или исправить брифинг
shortcut-paste-table = Над таблицей, не в поле ввода: вставить ячейки из Excel или Calc
shortcut-save-dataset = Сохранить набор данных; прежняя версия остаётся рядом как .ron.bak
shortcut-next-field = Следующее / предыдущее поле
edit-warnings = { $n ->
    [one] { $n } предупреждение
    [few] { $n } предупреждения
   *[many] { $n } предупреждений
}
file-prompt-format = Формат:
edit-delete-district = Удалить район «{ $name }»?
edit-delete-goes = Вместе с ним будут удалены:
edit-delete-centres = { $count } { $n ->
    [one] ЦОН
    [few] ЦОНа
   *[many] ЦОНов
}: { $names }
edit-delete-case-rows = { $count } { $n ->
    [one] строка
    [few] строки
   *[many] строк
} преступлений по районам
edit-delete-service-rows = { $count } { $n ->
    [one] строка
    [few] строки
   *[many] строк
} госуслуг по районам
edit-delete-evidence = { $count } { $n ->
    [one] ссылка
    [few] ссылки
   *[many] ссылок
} на район в основаниях рекомендаций
edit-delete-places = Останутся, но без района: { $names }
edit-delete-undo = Удаление можно отменить: Ctrl+Z.
edit-delete-confirm = Удалить вместе с ними
new-own-language = Брифинг будет на языке интерфейса ({ $lang }): его тексты читаются без пометок. Другие языки можно добавить сейчас или позже.
new-other-languages = Другие языки (необязательно)

## Импорт
import-not-number = строка { $row }, «{ $column }»: «{ $value }» — не число
import-not-count = строка { $row }, «{ $column }»: «{ $value }» — не целое число
import-not-year = строка { $row }, «{ $column }»: «{ $value }» — не год
import-not-premises = строка { $row }, «{ $column }»: «{ $value }» — не понятно, своё помещение или в аренде
import-unknown-district = строка { $row }: района «{ $value }» нет в наборе — строка пропущена
import-did-you-mean = Может быть, имелся в виду «{ $near }»?
import-no-district = строка { $row }: не указан район — строка пропущена
import-paste = Вставить из таблицы
import-paste-hint = Скопируйте ячейки в Excel или Calc и нажмите Ctrl+V здесь (не в поле ввода): столбцы сопоставятся по заголовкам или по порядку, и до изменения вы увидите, что куда попадёт.
import-file = Из файла…
import-clipboard = буфер обмена
import-title = Вставка: { $origin }
import-columns = Столбцы
import-column-n = Столбец { $n }
import-skip-column = — не использовать
import-summary = Новых строк: { $added }, изменённых: { $updated }, без изменений: { $unchanged }, непонятных ячеек: { $problems }
import-apply = Применить ({ $n })
import-cancel = Отмена
import-more-rows = …и ещё { $n } (применятся все)
import-year-empty = Для { $n } { $n ->
    [one] района
   *[other] районов
} не указан год подсчёта населения: год оставлен пустым, а не подставлен. Добавьте столбец «Год» или впишите год в таблице районов.
import-year-from-header = Население указано на { $year } год: год взят из заголовка «{ $header }».
import-unused-column = Столбец «{ $column }» не используется: { $n } { $n ->
    [one] ячейка из него не попадёт
    [few] ячейки из него не попадут
   *[many] ячеек из него не попадут
} в набор.
import-near-name = строка { $row }: «{ $name }» добавится как новый район — возможно, имелся в виду «{ $like }»?
import-near-new = строка { $row }: «{ $name }» и «{ $like }» (строка { $other }) добавятся как два новых района — не один ли это район?
import-match = Это «{ $like }»
import-matched = строка { $row } записывается в «{ $like }», как вы выбрали
import-unmatch = Добавить как новый
import-nothing = Применять нечего: все строки уже совпадают с брифингом или пропущены.
population-year-unknown = год подсчёта не указан
finding-population-no-year = у района `{ $id }` не указан год подсчёта населения: укажите год, к которому относится численность
menu-new = Новый брифинг…
new-title = Новый брифинг
new-empty = Пустой
new-copy = Копия открытого: районы и ЦОНы без цифр
new-bad-date = Период: пишите 2018, 2018-01 или 2018-01-15
new-create = Создать и сохранить…
edit-section-people = Люди
edit-section-sources = Источники
edit-add-person = Человек
edit-add-source = Источник
edit-col-role = Должность
edit-col-title = Название
edit-col-publisher = Издатель
edit-col-date = Дата
edit-col-url = Адрес
edit-col-illustrative = Пример
edit-section-places = Места
edit-section-statements = Заявления
edit-add-place = Место
edit-add-statement = Заявление
edit-col-figure = Показатель
edit-col-claim = Заявление
edit-section-services = Госуслуги по районам
edit-add-evidence = основание
edit-translations = Переводы: кто перевёл тексты
edit-add-translation = Перевод
edit-col-language = Язык
edit-figure-period = Свой период (если не период брифинга):
edit-chair = Председатель
edit-participants = Участники
edit-no-people = Сначала добавьте людей в разделе «Люди».
edit-col-period = Период
edit-cases-period = Период этих показателей (если не период брифинга); у строки может быть свой:
file-prompt-no-dialog = На этом рабочем столе нет окна выбора файлов (нужен xdg-desktop-portal или zenity). Введите путь к файлу или выберите его в списке.
file-prompt-path = Путь к файлу
file-prompt-open = Открыть
file-prompt-save = Сохранить
file-prompt-cancel = Отмена
file-prompt-need-name = Выберите файл в списке или допишите его имя.
file-prompt-is-folder = Это папка: допишите имя файла.
file-prompt-no-folder = Такой папки нет.
file-prompt-no-file = Такого файла нет.
file-prompt-replaces = Файл уже есть и будет заменён.
file-prompt-empty = Здесь нет подходящих файлов.
file-prompt-more = Показаны первые 500; допишите начало имени в пути.
date-hint = ДД.ММ.ГГГГ
date-form = Не дата: пишите 31.12.2017 или 2017-12-31.
date-pick = Выбрать в календаре
date-previous = Предыдущий месяц
date-next = Следующий месяц
date-clear = Без срока

## Замечания в словах для людей
findings-details = Подробности
place-briefing = Брифинг
place-field = поле
place-district = Район № { $n }
place-centre = ЦОН № { $n }
place-cases = Строка { $n } преступлений по районам
place-services = Строка { $n } госуслуг по районам
place-source = Источник № { $n }
place-person = Человек № { $n }
place-recommendation = Рекомендация { $n }
place-statement = Заявление { $n }
place-place = Место № { $n }
place-translation = Перевод № { $n }
people-finding-format-old = файл записан в старом формате { $found }; он прочитан. Чтобы записать его в формате { $expected }, откройте «Правка» и сохраните его
people-finding-owned-with-rent = у ЦОНа в своём здании указана аренда, и она не показывается; если помещение арендовано, отметьте это в разделе «ЦОНы» на вкладке «Правка»
people-finding-as-of-before-period = дата «по состоянию на» ({ $as_of }) раньше начала периода ({ $start })
people-finding-figure-missing = такого показателя в наборе нет; его можно добавить в разделе «Ключевые показатели» на вкладке «Правка»
slides-show-status = Статус, ответственный и срок на слайдах рекомендаций
present-notes-on-wall = Заметки по N и на одном экране
present-notes-on-wall-hint = С одним экраном (или зеркалом ноутбука на проектор) заметки увидит зал. Без этой отметки N показывает заметки только в режиме докладчика на втором экране.
speaker-notes = Заметки докладчика
speaker-notes-hint = Что сказать на этом слайде (видит только докладчик)
present-decision = Заметка к рекомендации
present-full-names = Полные названия
slides-thumbnail = Слайд { $n }: { $title }
note-show-all = Показать и править весь текст ({ $count } { $n ->
    [one] знак
    [few] знака
   *[many] знаков
})

export-kind = Справочные материалы к совещанию
export-summary = Кратко
export-illustrative-charts = Иллюстративные разбивки по районам
export-appendix = Приложение
export-district-data = Данные по районам
export-chair = Председатель
export-participants = Участники
export-all-sources = Источник всех показателей: { $source }
summary-theme-services = Госуслуги
summary-theme-centres = ЦОНы
summary-theme-corruption = Коррупция
summary-share-rented = ЦОНов в арендуемых помещениях: { $part } из { $whole } ({ $percent }).
summary-share-managers = Руководителей среди привлечённых к уголовной ответственности: { $part } из { $whole } ({ $percent }).
summary-recommendations = Рекомендаций совещания: { $count }; по заметкам — { $statuses }.
column-centres = ЦОНов
column-rented-centres = ЦОНов в аренде
column-rented-share = Доля в аренде
column-crimes = Коррупционных преступлений
column-persons = Привлечено к ответственности
column-managers = Из них руководителей
column-population = Жителей
column-crimes-per-10k = Преступлений на 10 000 жителей
column-services = Оказано госуслуг
column-electronic-share = Доля электронных
export-embedded = встроен в приложение
menu-pack-kk-ru = Пакет на казахском и русском
menu-pack-kk-ru-hint = Каждый раздел на казахском, затем на русском — как выпускаются официальные документы
