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
qualified-more-than = more than { $value }
qualified-at-least = at least { $value }
qualified-about = about { $value }
qualified-less-than = less than { $value }
qualified-at-most = at most { $value }
qualifier-more-than = Lower bound: "more than"
qualifier-at-least = Lower bound: "at least"
qualifier-about = Approximate: "about"
qualifier-less-than = Upper bound: “less than”
qualifier-at-most = Upper bound: “at most”
quote-translated = translation
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
population-label = Population
years-differ = { $range } (years differ by district)
periods-differ = { $range } (periods differ by district)
population-when = population: { $when }
rate-basis = crimes: { $crimes }, residents: { $population } ({ $year })
regional-vs-sum = Region: { $stated } · districts' sum: { $sum }
reference-mean = District average: { $value }
reference-region = Region: { $value }
reference-region-known = Districts with known population: { $value }
reference-listed = All listed centres: { $value }
title-illustrative = { $title } (illustrative)

## Centres
rent-raised = The landlord raised the rent
rent-per-month = { $value } ₸ a month
rental-tooltip = { $name }: { $total } — owned { $owned }, rented { $rented }
rental-split = { $rented } of { $total } { $n ->
    [one] centre
   *[other] centres
} rented ({ $share })
rental-split-listed = Of the { $total } listed { $n ->
    [one] centre
   *[other] centres
}, { $rented } rented ({ $share })
rental-mismatch = The list has { $listed } { $n ->
    [one] centre
   *[other] centres
}, { $listed_rented } rented; the region states { $total } and { $rented }

## Corruption
measure-crimes = Crimes
measure-persons = Persons prosecuted
measure-managers = Of them managers

## Charts
chart-label = Chart
chart-districts = districts compared
chart-centres = centre premises rented
chart-corruption = corruption crimes
chart-overflow = Showing the first { $shown } of { $total }; the table lists every district

## Screens
screen-overview = Overview
screen-districts = Districts
screen-centres = Centres
screen-corruption = Corruption
screen-recommendations = Recommendations

## Menus
menu-file = File
menu-open = Open dataset…
menu-open-embedded = Open the built-in briefing (Akmola Region, 2017)
menu-recent = Recent
menu-recent-empty = Nothing yet
menu-reload = Reload file
menu-save-notes = Save notes
menu-save-notes-as = Save notes elsewhere…
menu-quit = Quit
menu-view = View
menu-language = Language
menu-help = Help (F1)
theme-system = Follow the system
theme-light = Light theme
theme-dark = Dark theme
zoom-hint = Zoom: Ctrl + / Ctrl − / Ctrl+0

## Top bar
findings-ok = Checks passed
findings-badge = { $count } { $n ->
    [one] finding
   *[other] findings
}
findings-title = Findings of the check
findings-none = No findings.
severity-error = Error
severity-warning = Warning
close = Close
notes-saved = Notes saved
notes-pending = Saving…
notes-failed = Notes not saved
notes-failed-explained = The notes could not be saved. They stay in memory and are not lost: choose another place or try again.
unsaved-title-quit = Save the changes to “{ $name }” before quitting?
unsaved-title-open = Save the changes to “{ $name }” before opening another file?
unsaved-title-new = Save the changes to “{ $name }” before starting a new briefing?
unsaved-title-reload = Save the changes to “{ $name }” before reading the file again?
unsaved-edits = If you don’t save, your changes will be lost.
unsaved-notes = The notes could not be saved to their file. Save them somewhere else, or they will be lost:
unsaved-save = Save
unsaved-discard = Don’t save
unsaved-cancel = Cancel
recovery-title = Recover unsaved work?
recovery-text = Work on “{ $name }” was not saved: the app closed before it could be. A copy was kept ({ $when }) and can be put back; it stays unsaved until you save.
recovery-restore = Recover
recovery-remove = Delete the copy
recovery-later = Decide later
copy-table = Copy the table
copy-table-hint = Copies the table's rows with their headers (or press Ctrl+C here, outside a field) to paste into Excel or Calc.
copy-table-done = { $n ->
    [one] Copied { $n } row with the headers: paste it into Excel or Calc.
   *[other] Copied { $n } rows with the headers: paste them into Excel or Calc.
}
notes-retry = Try again
notes-set-aside = The notes file { $path } could not be read. It was not overwritten but renamed to { $moved }; new notes are saved afresh.
notes-unreadable = The notes file { $path } could not be read or renamed: the notes are kept in memory; save them elsewhere.
problem-title = The dataset was not opened
problem-kept = “{ $name }” stays open, with its notes.
embedded-dataset = Built-in dataset: Akmola Region, 2017
drop-to-open = Drop to open the dataset

## Overview
key-figures = Key figures
no-key-figures = The dataset has no regional figures.
statements-heading = Stated at the meeting
places-heading = Places named at the meeting
districts-appendix = Districts and centres
district-centre = Administrative centre: { $name }
district-city = City of regional significance
centre-owned = own premises
centre-rented = rented

## Districts
metric-label = Metric:
highlight-label = Highlight:
highlight-none = none
sort-value-desc = Largest first
sort-value-asc = Smallest first
sort-name = By name
view-chart = Chart
view-table = Table
no-district-data = The dataset has no district figures.
column-district = District
column-total = Total

## Centres
centres-title = Centre premises: owned and rented
no-centre-list = The dataset has no list of centres by district.
premises-owned = Owned
premises-rented = Rented
rent-rises = Rent rises

## Corruption
corruption-title = Corruption crimes
no-district-cases = The dataset has no crime counts by district.

## Recommendations
no-recommendations = The dataset has no recommendations.
orphaned-notes = Notes without a recommendation
orphaned-notes-explained = These recommendations are no longer in the dataset. Their notes are kept, never deleted.
evidence = Rests on:
evidence-open = Open the chart
note-label = Note on recommendation { $n }
note-hint = Decision, who, by when…
status-label = Status:
owner-label = Owner:
due-label = Due:
status-open = Open
status-in-progress = In progress
status-done = Done
status-dropped = Dropped

## Help
help-title = Keys
help-drop = You can also open a dataset by dropping a .ron file on the window.
shortcut-open = Open a dataset
shortcut-save = Save the notes and the edits of the dataset
shortcut-export = Export the pack: PDF, Word, HTML, Markdown
shortcut-reload = Reload the file
shortcut-screens = Screens: overview, districts, centres, corruption, recommendations
shortcut-table = Chart or table
shortcut-zoom = Larger, smaller, normal size
shortcut-help = This help
shortcut-close = Close help and panels
shortcut-menu-bar = The menus from the keyboard: arrows move between menus and items, Enter chooses, Esc or F10 goes back
shortcut-next-widget = Next and previous control: the tabs, then the screen top to bottom; ↑ ↓ change a drop-down's value
shortcut-copy-table = Over a table, not in a field: copy its rows for Excel or Calc
shortcut-quit = Quit

## Findings of the dataset check
empty = {""}
finding-did-you-mean = ; did you mean `{ $name }`?
finding-format = format { $found } is not { $expected }
finding-format-old = format { $found } is read and converted in memory. To move the file to format { $expected }: write format: { $expected }, put the names of region_names into region and each district's names into its name, as maps like {"{"}"ru": "…", "kk": "…"{"}"} (docs/dataset-format.md, “Moving from format 1”)
finding-translation-missing = { $count } { $n ->
    [one] text has
   *[other] texts have
} no “{ $lang }” version: a reader in that language sees them in “{ $own }”, marked [{ $own }]
finding-language-unknown = “{ $code }” is not a language BriefDesk shows (ru, kk, en)
finding-id-case = id `{ $id }` differs from `{ $other }` ({ $first }) only by letter case
finding-period-reversed = the period ends ({ $end }) before it starts ({ $start })
finding-as-of-before-period = as_of { $as_of } is before the period starts ({ $start })
what-statement = statement
finding-empty-id = id is empty
finding-duplicate-id = duplicate id `{ $id }` (first used at { $first })
finding-unknown-district = unknown district `{ $id }`
finding-unknown-source = unknown source `{ $id }`
finding-unknown-person = unknown person `{ $id }`
finding-unknown-centre = unknown centre `{ $id }`
finding-unknown-figure = unknown figure `{ $key }`
finding-figure-missing = figure `{ $key }` is not in this dataset (set { $field })
finding-no-source = { $what } has no source
what-population = population
what-centre = centre
what-figure = figure
what-district-services = district service figures
what-district-cases = district case counts
finding-population-negative = population is negative
finding-rent-negative = rent is negative or not a number
finding-rent-fall = a rent cannot fall by more than 100 %
finding-owned-with-rent = an owned centre has a rent: it is not shown (if the centre is rented, write premises: Rented)
finding-more-managers = more managers than persons prosecuted ({ $part } > { $whole })
finding-more-rented = more rented centres than centres ({ $part } > { $whole })
finding-count-negative = count is negative ({ $value })
finding-count-fraction = count is not a whole number ({ $value })
finding-share-range = share { $value } is outside 0–100 %
finding-ratio = ratio { $value } is not positive
finding-not-finite = must be an ordinary number (inf and NaN are not numbers)
finding-listed-twice = district `{ $id }` is listed twice (also at { $other })
finding-sum = { $what } add up to { $sum }{ $partial }, but the regional figure is { $expected }{ $tolerance }
finding-partial = {" "}(only some districts have a value)
finding-tolerance = {" "}(±10 %)
what-centres-listed = centres listed
what-rented-listed = rented centres listed
what-district-services-sum = the districts' services
what-district-crimes = the districts' crimes
what-district-persons = the districts' persons prosecuted
what-district-managers = the districts' managers
finding-no-data = district `{ $id }` has no data: no population, centres or cases
finding-illustrative = { $count } { $n ->
    [one] figure comes
   *[other] figures come
} from illustrative source `{ $id }`: they are sample or estimated figures, not facts, and are marked as such

## Presentation
menu-present = Present
present-start = Start presenting (F5)
present-from-start = From the beginning
present-from-screen = From the current screen
present-rehearse = Rehearse in the presenter view
present-from-screen-hint = F5 from the beginning, Shift+F5 from the current screen
presenter-view-option = Presenter view on a second screen
projector-light = Projector: light background
projector-dark = Projector: dark background
slides-title = Slides
slides-arrange = Arrange slides…
slides-hint = Untick a slide to hide it; the buttons move it. The choice is saved with the notes.
slides-none = The dataset has nothing to make slides from.
slides-visible = Show this slide
slides-earlier = Up
slides-later = Down
slides-reset = Default order
slide-corruption-districts = Corruption crimes by district
slide-recommendation = Recommendation { $n }
slide-recommendation-of = Recommendation { $n } of { $count }
slide-first-rows = { $title }: the first { $shown } of { $total }
present-previous = Back
present-next = Next
present-black = Black screen
present-stop = End presentation
present-end = end of presentation
present-next-slide = Next
present-position = Slide { $n } of { $count }
present-blanked = Screen blanked: any key brings the slide back
present-clock = Time
present-elapsed = Elapsed
present-hide-notes = Notes (N)
present-no-note = Notes belong to recommendations; this slide has none.
present-note = Presenter's note
help-presenting = While presenting
shortcut-present = Start presenting: from the beginning / from the current screen
shortcut-next = Next slide
shortcut-previous = Previous slide
shortcut-first-last = First / last slide
shortcut-go-to = Go to a slide by its number
shortcut-blank = Black / white screen; any key returns
shortcut-notes = Notes under the slide (one screen)
shortcut-fullscreen = Fullscreen
shortcut-stop = End the presentation

## Export
export-charts = Charts
export-no-warnings = No warnings.
export-figure = Figure
export-value = Value
export-period = Period
export-figure-notes = About the figures: who said them, quotes, caveats
export-note = Note
export-file = Dataset file
export-exported = Exported
export-page = Page
menu-export = Export the pack…
export-format-word = Word document
menu-save-chart = Save the chart as PNG…
export-done = Saved: { $path }
export-failed = Could not save: { $reason }
export-over-source = that is { $path }, the open briefing or its notes; choose another file
export-no-chart = This screen has no chart: open Districts, Centres or Corruption.

## Reading a file
load-position = line { $line }, column { $column }
load-not-found = no such file
load-is-directory = this is a folder, not a dataset file
load-unreadable = the file cannot be read: { $reason }
load-too-large = the file is too large ({ $size } MB); datasets over { $limit } MB are not opened
load-empty = the file is empty: it has no Briefing(…)
load-not-utf8 = the file's text is not UTF-8 (binary data or, say, Windows-1251): save it as UTF-8
load-not-a-dataset = this is not a BriefDesk dataset: expected Briefing(format: 2, …), found { $found }
load-format-too-new = format { $found } is newer than this version reads (up to { $max }): update BriefDesk
load-format-unknown = there is no format { $found }: this version reads formats { $min } to { $max }
load-too-deep = values are nested deeper than { $max } levels
load-truncated = the file ends in the middle: it looks cut off (a missing “)”, “]” or quote?)
load-unknown-field = { $outer } has no field “{ $found }”; it has: { $expected }
load-unknown-value = there is no value “{ $found }”; the values are: { $expected }
load-missing-field = the required field “{ $field }” is missing
load-date-form = “{ $text }” is not a date: write 2017, 2017-11 or 2017-11-24
load-date-year = “{ $text }” is not a date: the year has four digits, from 1000
load-date-month = “{ $text }” is not a date: there is no month { $month }; months go from 01 to 12
load-date-day = “{ $text }” is not a date: { $date } { $year } does not exist
load-expected = { $what } should be here
load-expected-list = a list in square brackets [ ]
load-expected-list-end = a comma or the closing “]”
load-expected-map = a map in curly brackets {"{"} {"}"}
load-expected-map-colon = a colon after the key
load-expected-map-end = a comma or the closing “{"}"}”
load-expected-struct = an opening “(”
load-expected-struct-end = a comma or the closing “)”
load-expected-text = a text in quotes
load-expected-integer = a whole number
load-expected-number = a number
load-expected-boolean = true or false
load-expected-name = a field name or a value such as Rented
load-expected-comma = a comma
load-expected-option = a value or None
load-duplicate-field = the field “{ $field }” is given twice
load-number-too-large = the number is too large for this field
load-unexpected-char = “{ $char }” cannot stand here
load-trailing = there is more text after the end of the dataset
load-syntax = a writing error: { $message }

## Editing
screen-edit = Edit
menu-save = Save
shortcut-undo = Undo an edit of the dataset
shortcut-redo = Redo the edit undone
edit-section-briefing = Briefing and meeting
edit-section-figures = Key figures
edit-section-districts = Districts
edit-section-centres = Centres
edit-section-cases = Corruption by district
edit-section-recommendations = Recommendations
edit-text-language = Language of the texts:
edit-undo = Undo
edit-redo = Redo
edit-save = Save
edit-save-as = Save as…
edit-unsaved = Unsaved edits
edit-saved = All saved
edit-errors = { $n ->
    [one] { $n } error
   *[other] { $n } errors
}
edit-saved-to = Saved: { $path }
edit-saved-draft = Saved as a draft: { $path }. The dataset has { $n ->
    [one] { $n } error
   *[other] { $n } errors
}: BriefDesk opens such a file only once they are fixed.
edit-save-failed = Could not save: { $reason }. No edit is lost.
edit-comments = { $path } has comments. Saving loses them: the app writes the data anew. Save a copy to keep the file with its comments as it is.
edit-save-anyway = Save without the comments
edit-save-copy = Save a copy…
edit-conflict = { $path } was changed by another program, and there are unsaved edits here. Which version do you keep? The other is not lost: it is saved beside the file.
edit-keep-mine = Keep my edits
edit-take-theirs = Take the file's version
edit-kept-beside = The other version is saved beside: { $path }
edit-title = Title
edit-region = Region
edit-period = Period
edit-from = from
edit-to = to
edit-period-label = Called:
edit-as-of = As of
edit-meeting = Meeting
edit-meeting-date = Meeting date
edit-meeting-place = Place
edit-attendance = Attended
edit-add-figure = Add the figure
edit-remove-figure = Remove the figure
edit-qualifier-exact = Exact
edit-quote = Quote
edit-comment = Comment
edit-by = By
edit-topic = Topic
edit-add-recommendation = Recommendation
edit-add-district = District
edit-add-centre = Centre
edit-add-cases = Row
edit-remove-row = Remove the row
edit-kind-district = District
edit-kind-city = City
edit-col-id = Id
edit-col-name = Name
edit-col-kind = Kind
edit-col-centre = Centre
edit-col-population = Population
edit-col-year = Year
edit-col-source = Source
edit-col-district = District
edit-col-premises = Premises
edit-col-rent = Rent, ₸/month
edit-col-rent-change = Change, %
edit-col-rent-raised = Raised
edit-col-note = Note
edit-qualifier = exactness
figure-centres-built-recent = Centre buildings built in recent years
edit-built-years = Over how many years:
help-editing = On the Edit tab
shortcut-edit = Edit: make or correct the briefing
shortcut-paste-table = Over a table, not in a field: paste cells from Excel or Calc
shortcut-save-dataset = Save the dataset; the previous version stays beside it as .ron.bak
shortcut-next-field = Next / previous field
edit-warnings = { $n ->
    [one] { $n } warning
   *[other] { $n } warnings
}
file-prompt-format = Format:
edit-delete-district = Delete the district “{ $name }”?
edit-delete-goes = These go with it:
edit-delete-centres = { $count } { $n ->
    [one] centre
   *[other] centres
}: { $names }
edit-delete-case-rows = { $count } { $n ->
    [one] row
   *[other] rows
} of crimes by district
edit-delete-service-rows = { $count } { $n ->
    [one] row
   *[other] rows
} of public services by district
edit-delete-evidence = { $count } { $n ->
    [one] reference
   *[other] references
} to it in the recommendations' evidence
edit-delete-places = Kept, without a district: { $names }
edit-delete-undo = The deletion can be undone: Ctrl+Z.
edit-delete-confirm = Delete with them
new-own-language = The briefing will be in the interface language ({ $lang }): its texts read without marks. Other languages can be added now or later.
new-other-languages = Other languages (optional)

## Импорт
import-not-number = row { $row }, “{ $column }”: “{ $value }” is not a number
import-not-count = row { $row }, “{ $column }”: “{ $value }” is not a whole number
import-not-year = row { $row }, “{ $column }”: “{ $value }” is not a year
import-not-premises = row { $row }, “{ $column }”: “{ $value }” says neither owned nor rented
import-unknown-district = row { $row }: the dataset has no district “{ $value }”; the row is left out
import-did-you-mean = Did you mean “{ $near }”?
import-no-district = row { $row }: no district given; the row is left out
import-paste = Paste from a spreadsheet
import-paste-hint = Copy cells in Excel or Calc and press Ctrl+V here (not in a text field): the columns are matched by their headers or by order, and you see what lands where before anything changes.
import-file = From a file…
import-clipboard = the clipboard
import-title = Pasting: { $origin }
import-columns = Columns
import-column-n = Column { $n }
import-skip-column = — leave out
import-summary = New rows: { $added }, changed: { $updated }, unchanged: { $unchanged }, cells not understood: { $problems }
import-apply = Apply ({ $n })
import-cancel = Cancel
import-more-rows = …and { $n } more (all are applied)
import-year-empty = { $n ->
    [one] { $n } population comes
   *[other] { $n } populations come
} without the year of the count: the year is left empty, not guessed. Add a “Year” column, or enter the year in the districts table.
import-year-from-header = The populations are counted as of { $year }: the year is taken from the header “{ $header }”.
import-unused-column = Column “{ $column }” is not used: { $n ->
    [one] its { $n } cell is
   *[other] its { $n } cells are
} left out.
import-near-name = row { $row }: “{ $name }” is added as a new district; did you mean “{ $like }”?
import-near-new = row { $row }: “{ $name }” and “{ $like }” (row { $other }) are both added as new districts; are they one?
import-match = It is “{ $like }”
import-matched = row { $row } goes into “{ $like }”, as you chose
import-unmatch = Add as new
import-nothing = Nothing to apply: every row is as the briefing has it already, or is left out.
population-year-unknown = year of the count not given
finding-population-no-year = district `{ $id }`: the population has no year; give the year of the count
menu-new = New briefing…
new-title = New briefing
new-empty = Empty
new-copy = A copy of the open one: districts and centres without the figures
new-bad-date = Period: write 2018, 2018-01 or 2018-01-15
new-create = Create and save…
edit-section-people = People
edit-section-sources = Sources
edit-add-person = Person
edit-add-source = Source
edit-col-role = Role
edit-col-title = Title
edit-col-publisher = Publisher
edit-col-date = Date
edit-col-url = Address
edit-col-illustrative = Example
edit-section-places = Places
edit-section-statements = Statements
edit-add-place = Place
edit-add-statement = Statement
edit-col-figure = Figure
edit-col-claim = Claim
edit-section-services = Services by district
edit-add-evidence = evidence
edit-translations = Translations: who translated the texts
edit-add-translation = Translation
edit-col-language = Language
edit-figure-period = Its own period (if not the briefing’s):
edit-chair = Chair
edit-participants = Participants
edit-no-people = Add people in the People section first.
edit-col-period = Period
edit-cases-period = The period of these counts (if not the briefing’s); a row may have its own:
file-prompt-no-dialog = This desktop has no file dialog (it needs xdg-desktop-portal or zenity). Type the file’s path or pick it in the list.
file-prompt-path = Path to the file
file-prompt-open = Open
file-prompt-save = Save
file-prompt-cancel = Cancel
file-prompt-need-name = Pick a file in the list or add its name.
file-prompt-is-folder = This is a folder: add the file’s name.
file-prompt-no-folder = There is no such folder.
file-prompt-no-file = There is no such file.
file-prompt-replaces = The file exists and will be replaced.
file-prompt-empty = No matching files here.
file-prompt-more = The first 500 are shown; type the start of the name in the path.
date-hint = DD.MM.YYYY
date-form = Not a date: write 31.12.2017 or 2017-12-31.
date-pick = Pick on the calendar
date-previous = Previous month
date-next = Next month
date-clear = No due date

## Findings in people's words
findings-details = Details
place-briefing = Briefing
place-field = field
place-district = District no. { $n }
place-centre = Centre no. { $n }
place-cases = Row { $n } of crimes by district
place-services = Row { $n } of public services by district
place-source = Source no. { $n }
place-person = Person no. { $n }
place-recommendation = Recommendation { $n }
place-statement = Statement { $n }
place-place = Place no. { $n }
place-translation = Translation no. { $n }
people-finding-format-old = the file is in the old format { $found }; it was read. To write it in format { $expected }, open Edit and save it
people-finding-owned-with-rent = a centre in its own building has a rent, which is not shown; if the premises are rented, mark them so in Centres on the Edit tab
people-finding-as-of-before-period = the “as of” date ({ $as_of }) is before the period starts ({ $start })
people-finding-figure-missing = this figure is not in the dataset; it can be added under Key figures on the Edit tab
slides-show-status = Status, owner and due date on recommendation slides
present-notes-on-wall = Notes with N on a single screen too
present-notes-on-wall-hint = With one screen (or a laptop mirrored to the projector) the room sees the notes. Without this, N shows notes only in the presenter view on a second screen.
speaker-notes = Speaker notes
speaker-notes-hint = What to say on this slide (only the presenter sees it)
present-decision = Note on the recommendation
present-full-names = Full names
slides-thumbnail = Slide { $n }: { $title }
note-show-all = Show and edit the whole text ({ $count } { $n ->
    [one] character
   *[other] characters
})

export-kind = Briefing materials for the meeting
export-summary = In brief
export-illustrative-charts = Illustrative breakdowns by district
export-appendix = Appendix
export-district-data = Data by district
export-chair = Chair
export-participants = Participants
export-all-sources = Source of all figures: { $source }
summary-theme-services = Public services
summary-theme-centres = Service centres
summary-theme-corruption = Corruption
summary-share-rented = Centres in rented premises: { $part } of { $whole } ({ $percent }).
summary-share-managers = Managers among those prosecuted: { $part } of { $whole } ({ $percent }).
summary-recommendations = Recommendations of the meeting: { $count }; by the notes — { $statuses }.
column-centres = Centres
column-rented-centres = Rented centres
column-rented-share = Share rented
column-crimes = Corruption crimes
column-persons = Persons prosecuted
column-managers = Of them managers
column-population = Residents
column-crimes-per-10k = Crimes per 10,000 residents
column-services = Services delivered
column-electronic-share = Share electronic
export-embedded = built into the app
menu-pack-kk-ru = Pack in Kazakh and Russian
menu-pack-kk-ru-hint = Each section in Kazakh, then in Russian — the way official documents are issued
