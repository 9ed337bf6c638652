# BriefDesk — қазақша

## Дереккөздер мен белгілер
illustrative-data = иллюстрациялық деректер
illustrative-explained = иллюстрациялық деректер: үлгі не бағалау, факт емес
source-label = Дереккөз
sources-label = Дереккөздер
source-none = Дереккөз көрсетілмеген
as-of = { $date } жағдай бойынша
meeting-chair = Төраға
said-by = Айтқан
unknown = дерек жоқ
no-data = Дерек жоқ

## Мәндер
factor = { $value } есе
qualified-more-than = { $value }-{ $suffix } астам
qualified-at-least = кемінде { $value }
qualified-about = шамамен { $value }
qualified-less-than = { $value }-{ $suffix } кем
qualified-at-most = ең көбі { $value }
qualifier-more-than = Төменгі шек: «астам»
qualifier-at-least = Төменгі шек: «кемінде»
qualifier-about = Шамамен: «шамамен»
qualifier-less-than = Жоғарғы шек: «кем»
qualifier-at-most = Жоғарғы шек: «ең көбі»
quote-translated = аударма
count-centres = { $value } ХҚКО

## Негізгі көрсеткіштер
figure-centres-total = Облыстағы ХҚКО саны
figure-centres-rented = Жалға алынған үй-жайдағы ХҚКО
figure-centres-built = Соңғы { $years } жылда салынған ХҚКО ғимараттары
figure-services-delivered = Жыл басынан көрсетілген мемлекеттік қызметтер
figure-services-electronic = Электрондық түрдегі қызметтер үлесі
figure-services-paper = Қағаз түріндегі қызметтер: өткен жылға қарағанда қысқаруы
figure-services-signatures = ЭЦҚ бар тұрғындар
figure-services-in-person = ХҚКО-ға әлі де өзі баратын халық
figure-corruption-crimes = Сыбайлас жемқорлық қылмыстары
figure-corruption-persons = Қылмыстық жауапкершілікке тартылған адамдар
figure-corruption-managers = Оның ішінде басшылар

## Аудандар бойынша көрсеткіштер
metric-centres = Аудандар бойынша ХҚКО
metric-rented-centres = Аудандар бойынша жалдағы ХҚКО
metric-rented-share = Жалдағы ХҚКО үлесі
metric-crimes = Аудандар бойынша сыбайлас жемқорлық қылмыстары
metric-persons = Аудандар бойынша жауапкершілікке тартылғандар
metric-managers = Аудандар бойынша тартылған басшылар
metric-population = Аудандардың халқы
metric-crimes-per-10k = 10 000 тұрғынға шаққандағы сыбайлас жемқорлық қылмыстары
metric-services = Аудандар бойынша көрсетілген мемлекеттік қызметтер
metric-electronic-share = Аудандар бойынша электрондық қызметтер үлесі
unit-centres = ХҚКО
unit-percent = %
unit-crimes = қылмыс
unit-persons = адам
unit-residents = тұрғын
unit-crimes-per-10k = 10 000 тұрғынға шаққандағы қылмыс
unit-services = қызмет
population-year = { $year } жылғы дерек
population-label = Халық саны
years-differ = { $range } (аудандар бойынша жылдары әртүрлі)
periods-differ = { $range } (аудандар бойынша кезеңдері әртүрлі)
population-when = халық саны: { $when }
rate-basis = { $population } тұрғынға { $crimes } қылмыс ({ $year })
regional-vs-sum = Облыс бойынша: { $stated } · аудандар қосындысы: { $sum }
reference-mean = Аудандар бойынша орташа: { $value }
reference-region = Облыс бойынша: { $value }
reference-region-known = Халқы белгілі аудандар бойынша: { $value }
reference-listed = Тізімдегі барлық ХҚКО: { $value }
title-illustrative = { $title } (иллюстрация)

## ХҚКО
rent-raised = Жалға беруші ақыны көтерді
rent-per-month = айына { $value } ₸
rental-tooltip = { $name }: { $total } — меншікті { $owned }, жалдағы { $rented }
rental-split = { $total } ХҚКО-ның { $rented } жалға алынған ({ $share })
rental-split-listed = Тізімдегі { $total } ХҚКО-ның { $rented } жалға алынған ({ $share })
rental-mismatch = Тізімде { $listed } ХҚКО, оның { $listed_rented } жалда; облыс деректері бойынша — { $total } және { $rented }

## Сыбайлас жемқорлық
measure-crimes = Қылмыстар
measure-persons = Жауапкершілікке тартылғандар
measure-managers = Оның ішінде басшылар

## Графиктер
chart-label = График
chart-districts = аудандарды салыстыру
chart-centres = ХҚКО үй-жайларын жалдау
chart-corruption = сыбайлас жемқорлық қылмыстары
chart-overflow = { $total } ауданның алғашқы { $shown } көрсетілген; барлығы кестеде

## Экрандар
screen-overview = Шолу
screen-districts = Аудандар
screen-centres = ХҚКО
screen-corruption = Сыбайлас жемқорлық
screen-recommendations = Ұсынымдар

## Мәзір
menu-file = Файл
menu-open = Деректер жинағын ашу…
menu-open-embedded = Кірістірілген брифингті ашу (Ақмола облысы, 2017)
menu-recent = Соңғылары
menu-recent-empty = Әзірге ештеңе жоқ
menu-reload = Файлды қайта оқу
menu-save-notes = Жазбаларды сақтау
menu-save-notes-as = Жазбаларды басқа жерге сақтау…
menu-quit = Шығу
menu-view = Көрініс
menu-language = Тіл
menu-help = Анықтама (F1)
theme-system = Жүйедегідей
theme-light = Ашық тақырып
theme-dark = Күңгірт тақырып
zoom-hint = Масштаб: Ctrl + / Ctrl − / Ctrl+0

## Жоғарғы тақта
findings-ok = Тексеруден өтті
findings-badge = { $count } ескерту
findings-title = Тексеру ескертулері
findings-none = Ескерту жоқ.
severity-error = Қате
severity-warning = Ескерту
close = Жабу
notes-saved = Жазбалар сақталды
notes-pending = Сақталуда…
notes-failed = Жазбалар сақталмады
notes-failed-explained = Жазбаларды сақтау мүмкін болмады. Олар жадта қалады, жоғалмайды: басқа орынды таңдаңыз немесе қайталаңыз.
notes-retry = Қайталау
notes-set-aside = { $path } жазбалар файлы оқылмады. Ол қайта жазылмай, { $moved } деп қайта аталды; жаңа жазбалар жаңадан сақталады.
notes-unreadable = { $path } жазбалар файлы оқылмайды және қайта аталмайды: жазбалар жадта, оларды басқа жерге сақтаңыз.
problem-title = Деректер жинағы ашылмады
problem-kept = «{ $name }» жазбаларымен бірге ашық күйде қалады.
embedded-dataset = Кірістірілген жинақ: Ақмола облысы, 2017
drop-to-open = Деректер жинағын ашу үшін жіберіңіз

## Шолу
key-figures = Негізгі көрсеткіштер
no-key-figures = Жинақта өңірлік көрсеткіштер жоқ.
statements-heading = Кеңесте айтылғандар
places-heading = Кеңесте аталған елді мекендер
districts-appendix = Аудандар және ХҚКО
district-centre = Әкімшілік орталығы: { $name }
district-city = Облыстық маңызы бар қала
centre-owned = меншікті ғимарат
centre-rented = жалға алынған

## Аудандар
metric-label = Көрсеткіш:
highlight-label = Белгілеу:
highlight-none = ешкім
sort-value-desc = Кему ретімен
sort-value-asc = Өсу ретімен
sort-name = Әліпби бойынша
view-chart = График
view-table = Кесте
no-district-data = Жинақта аудандар бойынша дерек жоқ.
column-district = Аудан
column-total = Барлығы

## ХҚКО
centres-title = ХҚКО үй-жайлары: меншікті және жалдағы
no-centre-list = Жинақта аудандар бойынша ХҚКО тізімі жоқ.
premises-owned = Меншікті
premises-rented = Жалдағы
rent-rises = Жалдау ақысының өсуі

## Сыбайлас жемқорлық
corruption-title = Сыбайлас жемқорлық қылмыстары
no-district-cases = Жинақта аудандар бойынша қылмыс деректері жоқ.

## Ұсынымдар
no-recommendations = Жинақта ұсынымдар жоқ.
orphaned-notes = Ұсынымы жоқ жазбалар
orphaned-notes-explained = Бұл ұсынымдар деректер жинағында енді жоқ. Жазбалар сақталады, жойылмайды.
evidence = Негіздеме:
evidence-open = Графикті ашу
note-label = { $n }-ұсынымға жазба
note-hint = Шешім, жауаптылар, мерзімдер…
status-label = Мәртебе:
owner-label = Жауапты:
due-label = Мерзім:
due-hint = ЖЖЖЖ-АА-КК
due-invalid = күн ЖЖЖЖ-АА-КК түрінде
status-open = Ашық
status-in-progress = Жұмыста
status-done = Орындалды
status-dropped = Алынып тасталды

## Анықтама
help-title = Пернелер
help-drop = Деректер жинағын .ron файлын терезеге сүйреп әкеліп те ашуға болады.
shortcut-open = Деректер жинағын ашу
shortcut-save = Жазбалар мен деректер жинағының түзетулерін сақтау
shortcut-export = Пакетті экспорттау: PDF, HTML, Markdown
shortcut-reload = Файлды қайта оқу
shortcut-screens = Экрандар: шолу, аудандар, ХҚКО, сыбайлас жемқорлық, ұсынымдар
shortcut-table = График немесе кесте
shortcut-zoom = Үлкейту, кішірейту, қалыпты өлшем
shortcut-help = Осы анықтама
shortcut-close = Анықтама мен тақталарды жабу
shortcut-quit = Шығу

## Деректер жинағын тексеру ескертулері
empty = {""}
finding-did-you-mean = ; мүмкін, `{ $name }` деген болар?
finding-format = формат нұсқасы { $found }, ал күтілгені { $expected }
finding-format-old = { $found } форматы оқылып, жадта түрлендірілді. Файлды { $expected } форматына көшіру үшін: format: { $expected } деп жазыңыз, region_names атауларын region-ға, әр ауданның names атауларын оның name өрісіне {"{"}"ru": "…", "kk": "…"{"}"} түрінде көшіріңіз (docs/dataset-format.md, «1-форматтан көшу»)
finding-translation-missing = { $count } мәтіннің «{ $lang }» нұсқасы жоқ: осы тілдегі оқырман оларды «{ $own }» тілінде [{ $own }] белгісімен көреді
finding-language-unknown = «{ $code }» — BriefDesk көрсететін тіл емес (ru, kk, en)
finding-id-case = `{ $id }` идентификаторы `{ $other }` ({ $first }) идентификаторынан тек әріп регистрімен ерекшеленеді
finding-period-reversed = кезең басталмай ({ $start }) тұрып аяқталады ({ $end })
finding-as-of-before-period = as_of { $as_of } күні кезең басталғанға ({ $start }) дейін
what-statement = мәлімдеме
finding-empty-id = идентификатор бос
finding-duplicate-id = `{ $id }` идентификаторы қайталанады (алғаш рет: { $first })
finding-unknown-district = белгісіз аудан `{ $id }`
finding-unknown-source = белгісіз дереккөз `{ $id }`
finding-unknown-person = белгісіз тұлға `{ $id }`
finding-unknown-centre = белгісіз ХҚКО `{ $id }`
finding-unknown-figure = белгісіз көрсеткіш `{ $key }`
finding-figure-missing = `{ $key }` көрсеткіші жинақта жоқ ({ $field } толтырыңыз)
finding-no-source = { $what }: дереккөз көрсетілмеген
what-population = Халық саны
what-centre = ХҚКО
what-figure = Көрсеткіш
what-district-services = Ауданның мемлекеттік қызметтері
what-district-cases = Аудан бойынша қылмыстар
finding-population-negative = халық саны теріс
finding-rent-negative = жалдау ақысы теріс немесе сан емес
finding-rent-fall = жалдау ақысы 100 %-дан артық төмендей алмайды
finding-owned-with-rent = меншікті ғимараттағы ХҚКО-ға жалдау ақысы көрсетілген: ол көрсетілмейді (жалдағы болса, premises: Rented деп жазыңыз)
finding-more-managers = басшылар жауапкершілікке тартылғандардан көп ({ $part } > { $whole })
finding-more-rented = жалдағы ХҚКО барлық ХҚКО-дан көп ({ $part } > { $whole })
finding-count-negative = саны теріс ({ $value })
finding-count-fraction = саны бүтін емес ({ $value })
finding-share-range = { $value } үлесі 0–100 % аралығынан тыс
finding-ratio = { $value } қатынасы оң емес
finding-not-finite = мұнда кәдімгі сан болуы керек (inf пен NaN — сан емес)
finding-listed-twice = `{ $id }` ауданы екі рет көрсетілген (сондай-ақ { $other })
finding-sum = { $what }: қосындысы { $sum }{ $partial }, ал облыс бойынша — { $expected }{ $tolerance }
finding-partial = {" "}(барлық аудан бойынша дерек жоқ)
finding-tolerance = {" "}(±10 %)
what-centres-listed = Тізімдегі ХҚКО
what-rented-listed = Тізімдегі жалдағы ХҚКО
what-district-services-sum = Аудандар бойынша мемлекеттік қызметтер
what-district-crimes = Аудандар бойынша қылмыстар
what-district-persons = Аудандар бойынша тартылғандар
what-district-managers = Аудандар бойынша басшылар
finding-no-data = `{ $id }` ауданы бойынша дерек жоқ: халық саны да, ХҚКО да, қылмыс та жоқ
finding-illustrative = { $count } көрсеткіш `{ $id }` иллюстрациялық дереккөзінен алынған: бұл факт емес, үлгі немесе бағалау, және олар белгіленген

## Presentation
menu-present = Көрсетілім
present-start = Көрсетуді бастау (F5)
present-from-start = Басынан
present-from-screen = Ағымдағы экраннан
present-rehearse = Баяндамашы режимінде дайындалу
present-from-screen-hint = F5 — басынан, Shift+F5 — ағымдағы экраннан
presenter-view-option = Екінші экранда баяндамашы режимі
projector-light = Проектор: ашық фон
projector-dark = Проектор: қараңғы фон
slides-title = Слайдтар
slides-arrange = Слайдтар реті…
slides-hint = Слайдты жасыру үшін белгіні алыңыз; батырмалар ретін өзгертеді. Бәрі жазбалармен бірге сақталады.
slides-none = Жинақта слайдтарға арналған деректер жоқ.
slides-visible = Бұл слайдты көрсету
slides-earlier = Жоғары
slides-later = Төмен
slides-reset = Бастапқы рет
slide-corruption-districts = Аудандар бойынша сыбайлас жемқорлық қылмыстары
slide-recommendation = { $n }-ұсыным
slide-recommendation-of = { $count } ұсынымның { $n }-і
slide-overflow = { $total } ауданның { $shown } көрсетілген; барлығы — жұмыс терезесінің кестесінде
present-previous = Артқа
present-next = Алға
present-black = Қара экран
present-stop = Көрсетуді аяқтау
present-end = көрсетілімнің соңы
present-next-slide = Келесі
present-position = { $count } слайдтың { $n }-і
present-blanked = Экран жасырылған: кез келген перне слайдты қайтарады
present-clock = Уақыт
present-elapsed = Өтті
present-hide-notes = Жазбалар (N)
present-no-note = Жазбалар ұсынымдарға жазылады; бұл слайдта жазба жоқ.
present-note = Баяндамашының жазбасы
help-presenting = Көрсету кезінде
shortcut-present = Көрсетуді бастау: басынан / ағымдағы экраннан
shortcut-next = Келесі слайд
shortcut-previous = Алдыңғы слайд
shortcut-first-last = Бірінші / соңғы слайд
shortcut-go-to = Нөмірі бойынша слайдқа өту
shortcut-blank = Қара / ақ экран; кез келген перне — қайту
shortcut-notes = Слайд астындағы жазбалар (бір экран)
shortcut-fullscreen = Толық экран
shortcut-stop = Көрсетуді аяқтау

## Export
export-charts = Диаграммалар
export-no-warnings = Ескертулер жоқ.
export-figure = Көрсеткіш
export-value = Мәні
export-period = Кезең
export-figure-notes = Көрсеткіштерге: кім айтты, дәйексөздер, ескертпелер
export-note = Жазба
export-file = Деректер жинағының файлы
export-exported = Экспортталған уақыты
export-page = Бет
menu-export = Пакетті экспорттау…
menu-save-chart = Диаграмманы PNG ретінде сақтау…
export-done = Сақталды: { $path }
export-failed = Сақтау мүмкін болмады: { $reason }
export-no-chart = Бұл экранда диаграмма жоқ: «Аудандар», «ХҚКО» немесе «Сыбайлас жемқорлық» экранын ашыңыз.

## Файлды оқу
load-position = { $line }-жол, { $column }-баған
load-not-found = файл табылмады
load-is-directory = бұл деректер жинағының файлы емес, қалта
load-unreadable = файл оқылмайды: { $reason }
load-too-large = файл тым үлкен ({ $size } МБ); { $limit } МБ-тан үлкен жинақтар ашылмайды
load-empty = файл бос: онда Briefing(…) жоқ
load-not-utf8 = файл мәтіні UTF-8 кодтауында емес (екілік деректер немесе, мысалы, Windows-1251): оны UTF-8 ретінде сақтаңыз
load-not-a-dataset = бұл BriefDesk деректер жинағы емес: Briefing(format: 2, …) күтілді, ал { $found } табылды
load-format-too-new = { $found } форматы бұл нұсқа оқитыннан жаңа ({ $max } дейін): BriefDesk-ті жаңартыңыз
load-format-unknown = { $found } форматы болмайды: бұл нұсқа { $min }–{ $max } форматтарын оқиды
load-too-deep = мәндер { $max } деңгейден тереңірек салынған
load-truncated = файл ортасында үзіледі: қиылған сияқты («)», «]» немесе тырнақша жетпей ме?)
load-unknown-field = { $outer } ішінде «{ $found }» өрісі жоқ; барлары: { $expected }
load-unknown-value = «{ $found }» мәні жоқ; мүмкін мәндер: { $expected }
load-missing-field = міндетті «{ $field }» өрісі жетіспейді
load-date-form = «{ $text }» — күн емес: 2017, 2017-11 немесе 2017-11-24 деп жазыңыз
load-date-year = «{ $text }» — күн емес: жыл төрт цифрмен, 1000-нан кешірек жазылады
load-date-month = «{ $text }» — күн емес: { $month }-ай жоқ, айлар 01-ден 12-ге дейін
load-date-day = «{ $text }» — күн емес: { $year } жылғы { $date } болмайды
load-expected = мұнда { $what } болуы керек
load-expected-list = тік жақшадағы тізім [ ]
load-expected-list-end = үтір немесе жабатын «]»
load-expected-map = бұйра жақшадағы сөздік {"{"} {"}"}
load-expected-map-colon = кілттен кейін қос нүкте
load-expected-map-end = үтір немесе жабатын «{"}"}»
load-expected-struct = ашатын «(» жақшасы
load-expected-struct-end = үтір немесе жабатын «)»
load-expected-text = тырнақшадағы мәтін
load-expected-integer = бүтін сан
load-expected-number = сан
load-expected-boolean = true немесе false
load-expected-name = өріс атауы немесе Rented сияқты мән
load-expected-comma = үтір
load-expected-option = мән немесе None
load-duplicate-field = «{ $field }» өрісі екі рет берілген
load-number-too-large = сан бұл өріс үшін тым үлкен
load-unexpected-char = мұнда «{ $char }» тұра алмайды
load-trailing = деректер жинағы аяқталғаннан кейін тағы мәтін бар
load-syntax = жазу қатесі: { $message }

## Өңдеу
screen-edit = Өңдеу
menu-save = Сақтау
shortcut-undo = Деректер жинағындағы түзетуді болдырмау
shortcut-redo = Болдырылмаған түзетуді қайтару
edit-section-briefing = Брифинг және кеңес
edit-section-figures = Негізгі көрсеткіштер
edit-section-districts = Аудандар
edit-section-centres = ХҚКО
edit-section-cases = Аудандар бойынша сыбайлас жемқорлық
edit-section-recommendations = Ұсынымдар
edit-text-language = Мәтін тілі:
edit-undo = Болдырмау
edit-redo = Қайтару
edit-save = Сақтау
edit-save-as = Басқаша сақтау…
edit-unsaved = Сақталмаған түзетулер бар
edit-saved = Бәрі сақталды
edit-errors = { $n } қате
edit-saved-to = Сақталды: { $path }
edit-saved-draft = Жоба ретінде сақталды: { $path }. Жинақта { $n } қате бар — мұндай файл BriefDesk-те тек түзетілгеннен кейін ашылады.
edit-save-failed = Сақтау мүмкін болмады: { $reason }. Түзетулер жоғалған жоқ.
edit-comments = { $path } файлында түсініктемелер бар. Сақтағанда олар жоғалады: бағдарлама деректерді қайта жазады. Түсініктемелері бар файлды сол күйінде қалдыру үшін көшірмесін сақтаңыз.
edit-save-anyway = Түсініктемелерсіз сақтау
edit-save-copy = Көшірмесін сақтау…
edit-conflict = { $path } файлын басқа бағдарлама өзгертті, ал мұнда сақталмаған түзетулер бар. Қай нұсқаны қалдырасыз? Екіншісі жоғалмайды: ол қасында сақталады.
edit-keep-mine = Менің түзетулерімді қалдыру
edit-take-theirs = Файлдағы нұсқаны алу
edit-kept-beside = Екінші нұсқа қасында сақталды: { $path }
edit-title = Тақырыбы
edit-region = Өңір
edit-period = Кезең
edit-from = басы
edit-to = соңы
edit-period-label = Атауы:
edit-as-of = Жағдай бойынша
edit-meeting = Кеңес
edit-meeting-date = Кеңес күні
edit-meeting-place = Орны
edit-attendance = Қатысқандар
edit-add-figure = Көрсеткіш қосу
edit-remove-figure = Көрсеткішті алып тастау
edit-qualifier-exact = Дәл
edit-quote = Дәйексөз
edit-comment = Түсініктеме
edit-by = Авторы
edit-topic = Тақырып
edit-add-recommendation = Ұсыным
edit-add-district = Аудан
edit-add-centre = ХҚКО
edit-add-cases = Жол
edit-remove-row = Жолды жою
edit-kind-district = Аудан
edit-kind-city = Қала
edit-col-id = Коды
edit-col-name = Атауы
edit-col-kind = Түрі
edit-col-centre = Орталығы
edit-col-population = Халқы
edit-col-year = Жылы
edit-col-source = Дереккөз
edit-col-district = Аудан
edit-col-premises = Үй-жай
edit-col-rent = Жалдау, ₸/ай
edit-col-rent-change = Өзг., %
edit-col-rent-raised = Көтерілді
edit-col-note = Ескертпе
edit-qualifier = дәлдігі

## Импорт
import-not-number = { $row }-жол, «{ $column }»: «{ $value }» — сан емес
import-not-count = { $row }-жол, «{ $column }»: «{ $value }» — бүтін сан емес
import-not-year = { $row }-жол, «{ $column }»: «{ $value }» — жыл емес
import-not-premises = { $row }-жол, «{ $column }»: «{ $value }» — меншікті ме, жалдағы ма, түсініксіз
import-unknown-district = { $row }-жол: «{ $value }» ауданы жинақта жоқ — жол өткізілді
import-no-district = { $row }-жол: аудан көрсетілмеген — жол өткізілді
import-paste = Кестеден қою
import-paste-hint = Excel немесе Calc-та ұяшықтарды көшіріп, осында Ctrl+V басыңыз (енгізу өрісінде емес): бағандар тақырыптары немесе реті бойынша сәйкестендіріледі, өзгеріске дейін не қайда түсетінін көресіз.
import-file = Файлдан…
import-clipboard = алмасу буфері
import-title = Қою: { $origin }
import-columns = Бағандар
import-column-n = { $n }-баған
import-skip-column = — пайдаланбау
import-summary = Жаңа жолдар: { $added }, өзгертілген: { $updated }, түсініксіз ұяшықтар: { $problems }
import-apply = Қолдану ({ $n })
import-cancel = Болдырмау
import-more-rows = …тағы { $n } (бәрі қолданылады)
menu-new = Жаңа брифинг…
new-title = Жаңа брифинг
new-empty = Бос
new-copy = Ашық брифингтің көшірмесі: аудандар мен ХҚКО, сандарсыз
new-bad-date = Кезең: 2018, 2018-01 немесе 2018-01-15 деп жазыңыз
new-create = Жасау және сақтау…
