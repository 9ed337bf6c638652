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
qualifier-more-than = Төменгі шек: «астам»
qualifier-at-least = Төменгі шек: «кемінде»
qualifier-about = Шамамен: «шамамен»
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
rate-basis = { $population } тұрғынға { $crimes } қылмыс ({ $year })
regional-vs-sum = Облыс бойынша: { $stated } · аудандар қосындысы: { $sum }
reference-mean = Аудандар бойынша орташа: { $value }
reference-region = Облыс бойынша: { $value }
reference-region-known = Халқы белгілі аудандар бойынша: { $value }

## ХҚКО
rent-raised = Жалға беруші ақыны көтерді
rent-per-month = айына { $value } ₸
rental-tooltip = { $name }: { $total } — меншікті { $owned }, жалдағы { $rented }
rental-split = { $total } ХҚКО-ның { $rented } жалға алынған ({ $share })
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
