# BriefDesk — English

## Sources and marks
illustrative-data = illustrative data
illustrative-explained = illustrative: a sample or estimate, not a fact
source-label = Source
sources-label = Sources
source-none = No source given
as-of = As of { $date }
meeting-chair = Chair
said-by = Said by
unknown = no data
no-data = No data

## Values
factor = { $value } times
qualified-more-than = more than { $value }
qualified-at-least = at least { $value }
qualified-about = about { $value }
qualifier-more-than = Lower bound: "more than"
qualifier-at-least = Lower bound: "at least"
qualifier-about = Approximate: "about"
count-centres = { $value } { $n ->
    [one] centre
   *[other] centres
}

## Key figures
figure-centres-total = Public service centres in the region
figure-centres-rented = Centres in rented premises
figure-centres-built = Centre buildings built in { $years } { $n ->
    [one] year
   *[other] years
}
figure-services-delivered = Public services delivered this year
figure-services-electronic = Share delivered electronically
figure-services-paper = Paper services: reduction against last year
figure-services-signatures = Residents with a digital signature
figure-services-in-person = Population still visiting a centre
figure-corruption-crimes = Corruption crimes
figure-corruption-persons = Persons brought to criminal liability
figure-corruption-managers = Of them managers

## District metrics
metric-centres = Centres by district
metric-rented-centres = Rented centres by district
metric-rented-share = Share of centres rented
metric-crimes = Corruption crimes by district
metric-persons = Persons prosecuted by district
metric-managers = Managers prosecuted by district
metric-population = Population by district
metric-crimes-per-10k = Corruption crimes per 10,000 residents
metric-services = Public services delivered by district
metric-electronic-share = Share of services delivered electronically
unit-centres = centres
unit-percent = %
unit-crimes = crimes
unit-persons = persons
unit-residents = residents
unit-crimes-per-10k = crimes per 10,000 residents
unit-services = services
population-year = count of { $year }
rate-basis = { $crimes } crimes per { $population } residents ({ $year })
regional-vs-sum = Region: { $stated } · districts' sum: { $sum }
reference-mean = District average: { $value }
reference-region = Region: { $value }
reference-region-known = Districts with known population: { $value }

## Centres
rent-raised = The landlord raised the rent
rent-per-month = { $value } ₸ a month
rental-tooltip = { $name }: { $total } — owned { $owned }, rented { $rented }
rental-split = { $rented } of { $total } { $n ->
    [one] centre
   *[other] centres
} rented ({ $share })
rental-mismatch = The list has { $listed } centres, { $listed_rented } rented; the region states { $total } and { $rented }

## Corruption
measure-crimes = Crimes
measure-persons = Persons prosecuted
measure-managers = Of them managers

## Charts
chart-label = Chart
chart-districts = districts compared
chart-centres = centre premises rented
chart-corruption = corruption crimes
