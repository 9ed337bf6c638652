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
qualified-more-than = более { $value }
qualified-at-least = не менее { $value }
qualified-about = около { $value }
qualifier-more-than = Нижняя граница: «более»
qualifier-at-least = Нижняя граница: «не менее»
qualifier-about = Приблизительно: «около»
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
rate-basis = { $crimes } преступлений на { $population } жителей ({ $year })
regional-vs-sum = По области: { $stated } · сумма по районам: { $sum }
reference-mean = Среднее по районам: { $value }
reference-region = По области: { $value }
reference-region-known = По районам с известным населением: { $value }

## ЦОНы
rent-raised = Арендодатель поднял плату
rent-per-month = { $value } ₸ в месяц
rental-tooltip = { $name }: { $total } — своих { $owned }, в аренде { $rented }
rental-split = В аренде { $rented } из { $total } { $n ->
    [one] ЦОНа
   *[other] ЦОНов
} ({ $share })
rental-mismatch = В списке { $listed } ЦОНов, из них { $listed_rented } в аренде; по данным области — { $total } и { $rented }

## Коррупция
measure-crimes = Преступления
measure-persons = Привлечены к ответственности
measure-managers = Из них руководители

## Графики
chart-label = График
chart-districts = сравнение районов
chart-centres = аренда помещений ЦОН
chart-corruption = коррупционные преступления
