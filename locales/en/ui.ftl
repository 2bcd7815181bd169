# Words of the program itself: dates, headings, the command line, errors.

date-long = { $weekday } { $day } { $month } { $year }
date-medium = { $day } { $month } { $year }
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

ui-title = CPR guide
ui-result-title = Your result
ui-heading-offices = { $visit ->
    [no] { $outcome ->
        [needs-residence-permit] Who decides your application
       *[other] Who to contact
    }
   *[yes] Where to go
  }
ui-heading-deadlines = Deadlines
ui-heading-documents = { $outcome ->
    [tax-number] Documents to attach
   *[other] Documents to bring
  }
ui-heading-steps = What to do, step by step
ui-heading-sources = Sources
ui-heading-answers = Your answers
ui-today = Today is { $date }.

ui-office-appointment = Book an appointment before you come.
ui-office-hours = Opening hours:
ui-hours-closed = closed
ui-hours-by-appointment = By appointment only.
ui-hours-not-known = See the web site for opening hours.

ui-deadline-by = by { $date }
ui-deadline-not-before = not before { $date }
ui-deadline-about = around { $date }
ui-deadline-on = on { $date }
ui-deadline-passed = This date has passed. Do it as soon as you can.
ui-deadline-today = That is today.
ui-deadline-open = You can do this now.
ui-deadline-needs-date = The exact day depends on a date you have not given.

ui-source-checked = last checked { $date }
ui-answer-skipped = not given
ui-answer-derived = { $value } (from the CPR number)
ui-answer-cpr-given = given (not shown)

cli-about = A guide to getting a Danish CPR number (personnummer).
cli-help-guide = Print the full guidance for a set of answers.
cli-help-cpr = Check a CPR number (exit 0 valid, 1 invalid).
cli-help-lint = Check a content folder for errors.
cli-help-content = Load content from this folder instead of the built-in content.
cli-help-lang = Language: da, en or nb (default: your locale, else English).
cli-help-answer = An answer as ID=VALUE; repeat for each question.
cli-help-format = Output: text, markdown or json.
cli-help-today = Use this date as today (YYYY-MM-DD).
cli-help-json = Print the result as JSON.
cli-help-number = The CPR number: DDMMYY-SSSS or DDMMYYSSSS.
cli-help-dir = The content folder to check (default: the built-in content).
cli-usage-heading = Usage
cli-commands-heading = Commands
cli-options-heading = Options
cli-arguments-heading = Arguments
cli-value-date = YYYY-MM-DD
cli-value-moment = YYYY-MM-DDTHH:MM
cli-value-answer = ID=VALUE
cli-value-dir = DIR
cli-value-file = FILE
cli-value-number = NUMBER
cli-value-seconds = SECONDS
cli-value-office = OFFICE_ID

err-prefix = Error
warn-prefix = Note
err-usage-unknown-argument = Unknown option or argument: { $arg }
err-usage-unknown-command = Unknown command: { $arg }. The commands are: { $list }.
err-usage-did-you-mean = Did you mean { $command }?
err-usage-missing = Something is missing: { $arg }
err-usage-value = A value is missing or not accepted: { $arg }
err-usage-other = The command was not understood.
err-usage-hint = Try: cpr-guide --help
err-bad-lang = “{ $value }” is not a language the guide speaks. Use da, en or nb.
err-bad-format = “{ $value }” is not an output format. Use text, markdown or json.
err-bad-today = --today: { $reason }
err-answer-format = “{ $arg }” is not an answer: there is no = between the ID and the value.
err-answer-format-hint = Write each answer as ID=VALUE, for example situation=eu.
err-unknown-question = There is no question “{ $id }”.
err-question-list = The questions are: { $list }.
err-answer-twice = “{ $id }” was answered twice. Give each answer once.
err-answer-for = { $id }: { $reason }
err-answer-unknown-option = “{ $value }” is not an answer to this question. Valid answers: { $list }.
err-answer-date-format = That is not a date. Write it as DD.MM.YYYY, for example 6.12.2026.
err-answer-date-no-such-date = There is no such day in the calendar. The day comes first: DD.MM.YYYY, for example 6.12.2026.
err-answer-date-out-of-range = Use a date between the years 1900 and 2200.
err-answer-date-after-today = The date cannot be after today ({ $today }).
err-answer-required = This question needs an answer.
err-answer-cpr-empty = No CPR number was given.
err-answer-cpr-invalid-character = Character number { $position } is not a digit. A CPR number has only the digits 0–9, with an optional hyphen or space after the sixth digit.
err-answer-cpr-misplaced-hyphen = The hyphen must come after the sixth digit: DDMMYY-SSSS.
err-answer-cpr-wrong-length = A CPR number has 10 digits, but { $digits ->
    [one] 1 digit was given.
   *[other] { $digits } digits were given.
  }
err-answer-cpr-impossible-date = The first six digits are not a real date (DDMMYY).
err-answer-cpr-future-date = The birth date in this number is in the future.
err-answer-cpr-not-leap-year = The 7th digit decides the century: here it makes the birth year { $year }, and { $year } was not a leap year, so it had no 29 February.
err-answer-cpr-leave-out = Here you give the CPR number itself. If you have no CPR number, just leave this answer out. It is optional.
err-missing-answer = One more answer is needed: { $id } ({ $question })
err-missing-answers = { $count } more answers are needed:
err-missing-values = Valid answers: { $list }
err-missing-date = Valid answers: a date, for example 2026-12-06 or 6.12.2026.
err-missing-add = Add: --answer { $id }=VALUE
err-missing-perhaps = { $count ->
    [one] Depending on that answer, these questions may follow: { $list }
   *[other] Depending on those answers, these questions may follow: { $list }
  }
err-missing-add-each = Add each one: --answer ID=VALUE
err-no-outcome = The content has no outcome for these answers. Please report this.
warn-not-asked = “{ $id }” is not asked for these answers, so it was not used.
warn-derived = “{ $id }” follows from the CPR number, so your answer was not used.
err-content-broken = The guide's content has errors, so it cannot start:

cpr-valid = Valid CPR number: { $masked }
cpr-born = Born: { $date }
cpr-gender = Gender: { $gender ->
    [female] female
   *[male] male
  }
cpr-modulus11-ok = It passes the old modulus-11 check.
cpr-modulus11-notice = It does not pass the old modulus-11 check. Numbers issued since 1 October 2007 may fail it, so this is not an error.
cpr-invalid = Not a valid CPR number: { $reason }

lint-ok = The content is fine. Questions: { $questions }. Outcomes: { $outcomes }. Offices: { $offices }. Paths through the interview: { $paths }.
lint-summary = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  }.
lint-error = error
lint-warning = warning
cli-help-help = Show this help.
cli-help-version = Show the version.

time-hm = { $hour }:{ $minute }
ui-today-marker = today
ui-warning = Warning
ui-open-now-until = Open now until { $time }.
ui-opens-today = Closed now. Opens today at { $time }.
ui-opens-tomorrow = Closed now. Opens tomorrow at { $time }.
ui-opens-weekday = Closed now. Opens { $weekday } at { $time }.
ui-opens-date = Closed now. Opens { $date } at { $time }.
ui-opens-never = Closed now, and no opening time is known for the coming year.
ui-hours-closed-because = closed ({ $reason })
ui-closure-default = closed
ui-office-list = Offices:
ui-office-closures = Closed on these days in the next { $weeks } weeks:
ui-office-no-closures = No closing days in the next { $weeks } weeks.
ui-office-check-days = Check the opening hours before you go on these days:
cli-help-office = Show an office's address, opening hours and whether it is open now.
cli-help-office-id = The office (leave it out to list all offices).
cli-help-now = Use this moment as now, in Danish time (YYYY-MM-DDTHH:MM).
err-bad-now = --now: { $reason }
err-unknown-office = There is no office “{ $id }”. An office is named by its ID, for example { $example }; `cpr-guide office` lists all { $count }.

holiday-new-year = New Year's Day
holiday-maundy-thursday = Maundy Thursday
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-great-prayer-day = Great Prayer Day
holiday-ascension-day = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-whit-monday = Whit Monday
holiday-christmas-day = Christmas Day
holiday-boxing-day = Boxing Day

lang-name-da = Dansk
lang-name-en = English
lang-name-nb = Norsk (bokmål)
ui-welcome = Welcome to the CPR guide
ui-welcome-about = A few questions about your situation, then the office to go to, your deadlines and the documents to bring.
ui-choose-language = Choose your language · Vælg sprog · Velg språk
ui-welcome-privacy = Nothing you answer is saved. A CPR number you type is hidden on the screen.
ui-progress = Question { $current } of about { $total }
ui-review-title = Your answers
ui-review-intro = Check your answers. Choose one to change it.
ui-show-result = Show my result
ui-keys-welcome = 1–3 choose · ↑↓ Enter · F2 language · ? help · q quit
ui-keys-choice = 1–{ $n } choose · ↑↓ Enter · Esc back · F2 language · ? help
ui-keys-input = Type, then Enter · Esc back · F2 language · ? help
ui-keys-review = Number: change · 0 or Enter: result · Esc back · F2 language · ? help
ui-keys-result = ↑↓ scroll · s save · c calendar · Esc back · F5 restart · ? help · q quit
ui-too-small = Make the window larger: the guide needs at least { $width }×{ $height } characters.
ui-date-format = Write the date as DD.MM.YYYY, for example 6.12.2026, or type today.
ui-cpr-kept = Given: { $masked }. Press Enter to keep it, or type a new number.
ui-cpr-progress = { $digits } of 10 digits.
ui-optional-skip = You can leave this empty: press Enter to skip.
ui-help-title = Keys
ui-help-digits = choose an option by its number
ui-help-arrows = move, then confirm
ui-help-back = go back one screen (your answers are kept)
ui-help-scroll = scroll the result
ui-help-language = change language
ui-help-restart = start over (forgets all answers)
ui-help-help = show or hide this help
ui-help-quit = quit
ui-help-close = Press Esc or ? to close.
ui-quit-title = Quit?
ui-quit-question = Do you want to quit the guide? Your answers will be forgotten.
ui-quit-keys = y = yes, quit   ·   n = no, go on
cli-help-theme = Colours for the interactive guide: default or high-contrast.
err-bad-theme = “{ $value }” is not a theme. Use default or high-contrast.
err-terminal = The terminal could not be used: { $detail }
ui-keys-short = ? help · Esc back · F2 language
cli-help-kiosk = Run as an unattended kiosk that forgets each visitor.
cli-help-site = Kiosk: the office the kiosk stands in.
cli-help-idle-timeout = Seconds without a key before a kiosk visit is wiped (default 120) or an SSH session is closed (serve, default 900).
cli-help-pin-hash = Make the hash of a kiosk staff PIN (reads the PIN from standard input).
err-pin-short = Type a PIN of at least 4 characters on standard input.
err-pin-too-short = The PIN must have at least 4 characters. Nothing was hashed.
err-pin-differ = The two PINs are not the same. Nothing was hashed. Try again.
err-pin-too-long = The PIN is too long: use at most { $max } characters. Nothing was hashed.
err-cpr-line-too-long = The line on standard input is too long. cpr - reads one CPR number (DDMMYY-SSSS) on a line of at most { $max } characters.
pin-prompt = Staff PIN (not shown as you type):
pin-prompt-again = Type the PIN again:
err-idle-timeout = --idle-timeout: “{ $value }” is not a number of seconds from 5 to 86400.
ui-still-there = Are you still there? Press any key.
ui-still-there-countdown = The guide starts over in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
  }, and your answers are forgotten.
ui-staff-title = Staff
ui-staff-pin = Type the staff PIN and press Enter. Esc goes back.
ui-staff-wrong = Wrong PIN.
ui-you-are-here = You are here
ui-qr = Scan with your phone to open { $office }: { $url }
ui-print-hint = Press p to print this checklist.
ui-print-sending = Printing …
ui-print-done = Sent to the printer. Take the paper with you.
ui-print-failed = Printing failed: { $detail }. Please ask the staff.
ui-restart-title = Start over?
ui-restart-question = Do you want to start over? Your answers will be forgotten.
ui-restart-keys = y = yes, start over   ·   n = no, go on
plain-question-number = Question { $current } of about { $total }:
plain-prompt-choice = Type a number from 1 to { $n } and press Enter.
plain-prompt-yes-no = Type 1 or yes, 2 or no, and press Enter.
plain-prompt-date = Type the date as DD.MM.YYYY (or today) and press Enter.
plain-prompt-cpr = Type the number as DDMMYY-SSSS and press Enter.
plain-prompt-skip = Or just press Enter to skip this question.
plain-not-a-number = { $n ->
        [1] Type 1.
       *[other] Type one of the numbers from 1 to { $n }.
    }
plain-not-yes-no = Type 1 or yes, 2 or no.
plain-invalid = Not accepted: { $reason }
plain-line-too-long = The line is too long. Type at most { $max } characters: a number, a date, a postcode or a name.
plain-commands = At any question you can type: back (the previous question), restart (start over), lang da, lang en or lang nb (change language), help, or quit. When the result is shown: save and a file name (.txt, .md, .json, or .ics for a calendar).
plain-lang-usage = Type lang da, lang en or lang nb.
plain-after-result = Type a number to change that answer, back for the last question, restart to start over, or save and a file name to save the result (for example save result.md).
plain-commands-served = At any question you can type: back (the previous question), restart (start over), lang da, lang en or lang nb (change language), help, or quit.
plain-after-result-served = Type a number to change that answer, back for the last question, or restart to start over. To keep the result, copy it from your terminal.
plain-save-usage = Type save and a file name, for example save result.md. The name ends in .txt, .md, .json or .ics.
save-no-result = You can save the result when it is shown.
save-no-home = Your home folder is not known (HOME is not set). Write the whole path instead of ~.
plain-save-exists = “{ $path }” already exists. Do you want to replace it? Type yes or no.
save-kept = Not saved. “{ $path }” was not changed.
save-done = Saved: { $path }
save-no-name = Type a file name, for example result.md. It ends in .md, .txt, .json, or .ics for a calendar.
cli-help-plain = Plain lines for screen readers, braille displays and pipes.
cli-help-export = Also write the result to this file: .md, .txt, .json or .ics (the dated deadlines as a calendar).
err-export-format = Cannot save as “{ $path }”: the name must end in .md, .txt, .json or .ics.
err-export-write = Could not write “{ $path }”: { $detail }
ui-keys-result-kiosk = ↑↓ scroll · c calendar · d clear my answers · Esc back · ? help
ui-save-title = Save
ui-save-prompt = Save the result as (ends in .md, .txt, .json, or .ics for a calendar). Enter saves, Esc goes back.
day-christmas-eve = Christmas Eve
day-new-years-eve = New Year's Eve
day-constitution-day = Constitution Day
day-christmas-week = between Christmas and New Year
ui-check-first = { $id ->
    [christmas-week] It is the time between Christmas and New Year. International Citizen Service centres and SIRI have closed then in earlier years: check the opening hours before you go.
   *[other] Today is { $day }. Many offices close then: check the opening hours before you go.
}
ui-opens-check = { $id ->
    [christmas-week] That day falls between Christmas and New Year. International Citizen Service centres and SIRI have closed then in earlier years: check the opening hours before you go.
   *[other] That day is { $day }. Many offices close then: check the opening hours before you go.
}
ui-hours-check-first = { $hours } ({ $day }: check first)
ui-office-check-day = { $id ->
    [christmas-week] Between Christmas and New Year. International Citizen Service centres and SIRI have closed then in earlier years: check the opening hours before you go.
   *[other] { $day }. Many offices close then: check the opening hours before you go.
}
err-usage-conflict = { $arg } cannot be used together with { $other }. Use one of them.
err-usage-needs = { $arg } only works together with { $other }. Add { $other }, or leave out { $arg }.
err-usage-not-with-command = { $arg } is for the interactive guide and cannot be used with the command { $command }. Leave out one of them.
err-output = The output could not be written: { $detail }
err-kiosk-terminal = A kiosk needs a terminal: run it on a console or in a terminal window, not through a pipe.
plain-keep = Your answer so far: { $answer }. Press Enter to keep it.
plain-review = Your answers (type a number to change one):
plain-at-start = This is the first question.
plain-input-ended = The input ended before the guide was finished. { $left ->
    [one] One question was left.
   *[other] About { $left } questions were left.
  }
err-answer-unknown-place = No postcode, town or municipality matches “{ $value }”. Type a four-digit postcode, a town or the name of the municipality, for example 8000, Køge or Aarhus.
err-answer-ambiguous-postcode = Postcode { $code } ({ $town }) lies in { $count } municipalities: { $list }. Give the one you will live in.
err-answer-ambiguous = { $count ->
        [one] Did you mean { $list }? Write the whole name or the ID.
       *[other] “{ $value }” fits { $count } municipalities: { $list }. Give the one you mean.
    }
err-missing-place = Valid answers: a postcode (8000), a municipality code (751), the name or ID of a municipality (aarhus), or other if you don't know yet.
ui-place-code = municipality code { $code }
plain-prompt-place = Type your postcode, town or municipality (for example 8000, Køge or Aarhus) and press Enter. Type 0 for “{ $unsure }”.
plain-prompt-place-pick = { $n ->
        [1] Type 1 and press Enter, or type something else to search again.
       *[other] Type a number from 1 to { $n } and press Enter, or type something else to search again.
    }
plain-place-matches = These municipalities fit “{ $value }”:
plain-place-chosen = You chose: { $name }.
ui-keys-place = Type to search · ↑↓ choose · Enter · Esc back · F2 language · ? help
ui-place-hint = Type your postcode, town or municipality, for example 8000, Køge or Aarhus.
ui-place-pick = Type to search, then choose with ↑↓ and Enter, or choose “{ $unsure }”.
ui-place-which = { $place } lies in { $count } municipalities. Which one will you live in?
ui-place-which-keys = Choose it with ↑↓ and Enter.
ui-choose-first = Choose an answer first: type its number (1–{ $count }), click it, or use ↑↓ and then Enter.
ui-place-part = part of { $place }
plain-place-typo = Nothing matches “{ $value }” exactly. Did you mean one of these?
ui-keys-welcome-kiosk = 1–3 choose · ↑↓ Enter · F2 language · ? help
ui-staff-wait = Try again in { $seconds } s.
ui-staff-locked = Too many wrong PINs. Staff exit opens again when the kiosk has been left idle.
log-counters-failed = the outcome was not counted: { $detail }
cli-help-replace = Replace the export file if it exists.
err-export-exists = “{ $path }” exists. Add --replace to replace it, or choose another name.
err-export-not-a-file = Cannot write “{ $path }”: it is a link, a pipe, a device or a folder. Choose the name of a file.
ui-save-exists = A file of this name exists. Enter replaces it; or change the name.
log-wrong-pin = a wrong staff PIN was typed ({ $count } since the kiosk started).
err-export-read-only = Cannot replace “{ $path }”: the file is read-only. Choose another name.
err-export-no-folder = Cannot save “{ $path }”: the folder does not exist. Choose a folder that does.
err-export-denied = Cannot save “{ $path }”: you may not write in that folder. Choose another place, for example your home folder.
err-answer-cpr-invalid-character-end = The part after the birth date has a character that is not a digit. A CPR number has only the digits 0–9, with an optional hyphen or space after the sixth digit.
ui-cpr-have-yes = Yes
ui-cpr-have-no = No
ui-cpr-field = Type it as DDMMYY-SSSS (a space or no hyphen is fine). Esc goes back.
plain-prompt-cpr-have = Type 1 for yes or 2 for no, and press Enter.
err-export-no-dates = Cannot save “{ $path }” as a calendar: no deadline in your result has a date from today on. Save as .md, .txt or .json instead.
ui-calendar-summary = { $kind ->
    [by] Deadline: { $title }
    [not-before] From today: { $title }
   *[other] { $title }
}
ui-card-where = Go to
ui-card-deadline = { $kind ->
    [not-before] Earliest
   *[other] Next deadline
}
ui-card-documents-label = { $outcome ->
    [tax-number] Attach
   *[other] Bring
}
ui-card-documents = { $count ->
    [one] one document, listed below
   *[other] { $count } documents, listed below
}
ui-card-more = All the details follow below (PgDn).
ui-hours-today = Today: { $hours }
ui-hours-week-hint = h: the whole week
ui-heading-later = Also remember
ui-heading-take-away = For your phone
ui-calendar-scan = Scan with your phone’s camera to add “{ $title }” ({ $date }) to your calendar.
ui-calendar-count = { $total ->
    [one] Esc closes
   *[other] Code { $n } of { $total } · ← → the others · Esc closes
}
ui-calendar-none = No deadline in your result has a date from today on, so there is nothing to put in a calendar.
ui-calendar-hint = Press c for a code that puts your deadlines in your phone’s calendar.
ui-help-week = show the opening hours for the whole week
ui-help-calendar = show codes to scan with your phone: the deadlines for your calendar, and the office’s web page (← → between them)
ui-help-save = save the result to a file (.md, .txt, .json, or .ics for a calendar)
err-option-date-format = That is not a date of the form YYYY-MM-DD, for example 2026-12-06.
err-option-moment-format = That is not a moment of the form YYYY-MM-DDTHH:MM, for example 2026-12-02T10:30.
err-option-no-such-date = There is no such day in the calendar.
err-option-no-such-time = There is no such time of day: use 00:00 to 23:59.
err-answer-date-no-such-time = There is no such time of day: use 00:00 to 23:59.
ui-calendar-count-short = { $n }/{ $total } · ← → · Esc
ui-code-scan-short = Scan it with your phone’s camera.
ui-code-too-small = The code needs a window of at least { $width }×{ $height }. Make the window larger.
ui-calendar-save-instead = Or save the deadlines as a calendar file with s (a name ending in .ics).
ui-help-review-digits = on this list, type an answer’s number to change it (1 then 2 for 12); 0 is the result
ui-hours-today-hint = h: today only
ui-card-apply = Apply to
ui-docstep-issued-here = { $document }: { $office } issues it itself, so you get it there first and need not bring it.
ui-deadline-office-closed = { $office } is closed on { $date }. { $last ->
    [none] Contact it before then: there may be no open day left.
   *[other] The last day it is open before then is { $last }.
  }
ui-deadline-office-check = { $date } is { $reason }, when many offices close. Check that { $office } is open, or book a time before it.
ui-deadline-office-maybe-closed = { $kind ->
    [holiday] { $date } is a public holiday ({ $reason }). Check that { $office } is open then, or book a time before it.
    [day] { $date } is { $reason }, when many offices close. Check that { $office } is open then, or book a time before it.
   *[weekend] { $date } falls on a weekend. Check that { $office } is open then, or book a time before it.
  }
ui-card-documents-visits = { $count } documents for { $visits } visits, listed below
ui-list-and = { $head } and { $last }
doc-language-da = Danish
doc-language-en = English
doc-language-de = German
doc-language-nordic = a Nordic language
ui-basis = { $basis ->
    [own-page] This rests on { $municipality } Municipality's own page, checked { $date }.
   *[general-rule] { $how ->
        [site-phone] We have not read { $municipality } Municipality's own page for newcomers: this is the general rule. To be sure, look for “moving to Denmark” on { $site }, or call { $phone }.
        [site] We have not read { $municipality } Municipality's own page for newcomers: this is the general rule. To be sure, look for “moving to Denmark” on { $site }.
       *[none] We have not read { $municipality } Municipality's own page for newcomers: this is the general rule. Ask the municipality before you go.
    }
  }
ui-book-by = { $how ->
    [online] Book a time online before you come.
    [phone] Book a time by phone on { $phone }. You cannot come without one.
    [walk-in] You can come without booking a time.
   *[required] Book a time before you come.
  }
ui-apply-first = { $required ->
    [no] { $kind ->
        [entry-form] The office asks you to fill in its entry form before you come.
        [self-service] The office asks you to report your move in its online self-service before you come: it makes the visit quicker.
       *[online-application] The office asks you to apply online before you come.
    }
   *[yes] { $kind ->
        [entry-form] Fill in the office's entry form before you come.
        [self-service] Report your move in the office's online self-service before you come.
       *[online-application] Apply online before you book a time.
    }
  }
ui-hours-from = These opening hours are from the office's page as it was in { $month } { $year }: check them before you go.
note-translation-languages = { $municipality } takes documents in { $languages }.
cli-help-coverage = Show, per municipality, what the guide knows and from when (its own page or the general rule).
coverage-yes = yes
coverage-no = no
coverage-col-municipality = Municipality
coverage-col-basis = Rests on
coverage-col-checked = Checked
coverage-col-registers = Registers
coverage-col-booking = Booking
coverage-col-address = Address
coverage-col-hours = Hours
coverage-col-documents = Extra documents
coverage-basis = { $basis ->
    [own-page] its own page
   *[general-rule] the general rule
  }
coverage-by-group = { $office }, others by group
coverage-hours = { $hours ->
    [weekly] weekly
    [by-appointment] by appointment
   *[not-known] –
  }
coverage-totals = { $municipalities } municipalities: { $own } rest on their own page, { $general } on the general rule. { $rules } send some groups elsewhere, { $booking } say how to book, { $first } ask for a step before booking, { $address } give an address, { $hours } give hours, { $documents } ask for extra documents, { $languages } say which languages they take.
ui-kiosk-done = Done? Press D to clear your answers now. Otherwise the screen clears itself after { $count } { $unit ->
        [minutes] { $count ->
            [one] minute
           *[other] minutes
        }
       *[seconds] { $count ->
            [one] second
           *[other] seconds
        }
    } without a key press.
ui-keys-review-kiosk = Number: change · 0: result · d clear my answers · Esc back · ? help
log-print-timeout = the print command did not finish within { $seconds } s and was stopped
ui-print-timeout = the printer did not answer within { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    }
ui-review-digit = { $digit } … Type a second digit for { $span ->
    [0] answer { $digit }0
   *[other] answers { $digit }0–{ $last }
}, or press Enter for answer { $digit }.
ui-help-edit = in a text field: move the cursor, delete the character under it, clear the field (← and Backspace go back only from an empty field)
ui-language-title = Language
ui-language-keys = 1–3 or ↑ ↓ Enter · Esc close
ui-place-choose = Choose one with ↑↓ and Enter, or type more to narrow the list.
ui-code-hint-web = Press c for a code that opens the office’s web page on your phone.
err-unknown-office-similar = There is no office “{ $id }”. Did you mean { $similar }? `cpr-guide office` lists all { $count } offices.
take-away-made-at = Made on { $date } at { $time }.
take-away-made-on = Made on { $date }.
ui-date-confirm = You wrote { $date }. That is { $when ->
        [past] more than a year ago
       *[future] more than a year from now
    }. Is that right?
ui-date-confirm-yes = Yes, that is right
ui-date-confirm-no = No, I will type it again
warn-far-date = “{ $id }” is { $date }. That is { $when ->
        [past] more than a year ago
       *[future] more than a year from now
    }. It was used as given.
ui-date-confirm-title = Check the date
ui-date-confirm-keys = 1 or y: yes · 2 or n: no · Esc: type it again
ui-keys-result-served = ↑↓ scroll · c calendar · Esc back · F5 restart · ? help · q quit
cli-help-serve = Serve the guide over SSH: each visitor gets their own guide in their own terminal.
cli-help-listen = The address and port to listen on (default 127.0.0.1:2222).
cli-help-host-key = The server's host key file; made on first start, readable only by its owner.
cli-help-max-sessions = The most sessions held at once (default 1000).
cli-help-per-ip = The most sessions held from one address (default 10).
serve-key = host key { $fingerprint } (ed25519), from { $file }
serve-key-made = host key { $fingerprint } (ed25519), made now in { $file }
serve-listening = listening on { $address }
serve-refused-full = The guide is busy right now: every place is taken. Please try again in a few minutes.
serve-refused-address = Too many sessions from your address at once. Close one and try again.
serve-restarting = The service is restarting, so this session ends now. Your answers have been wiped. Please connect again in a moment.
serve-goodbye = Goodbye. Your answers have been wiped.
serve-internal-error = Something went wrong inside the guide, so this session ends now. Your answers have been wiped. Please connect again to start over.
serve-too-long = This session has lasted { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, the most a session may, so it ends now. Your answers have been wiped. You are welcome to connect again.
serve-idle = No key was pressed for { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    }, so this session ends. Your answers have been wiped. You are welcome to connect again.
serve-exec-quote = A quote is not closed. Close it, or leave the quotes out.
serve-exec-too-long = The command is too long.
serve-exec-empty = No command given. Connect with a terminal for the guide, or run guide, cpr or office.
serve-exec-not-allowed = “{ $word }” cannot be run here. Only the guide's own commands can: guide, cpr and office.
serve-exec-option = “{ $word }” is not taken here. guide takes --answer, --format, --lang, --today and --now; cpr takes a number, --json and --lang; office takes an ID, --json, --lang, --today and --now. Each also takes --help.
serve-exec-needs-value = “{ $word }” needs a value after it, for example --lang en or --format json.
serve-exec-lang = “{ $word }” is not a language the guide speaks. Use da, en or nb.
serve-exec-format = “{ $word }” is not an output format. Use text, markdown or json.
serve-exec-date = “{ $word }” is not a date here. Write it as 2026-12-05, or 2026-12-05T10:00 for --now.
serve-exec-cpr = Give one CPR number after cpr, as DDMMYY-SSSS.
plain-save-served = Nothing is saved here: this machine is not yours. Copy the result from your terminal, or use the calendar codes in the terminal guide (ssh with a terminal, then c).
err-serve-host-key = The host key { $file } cannot be used: { $detail }
err-serve-listen = Cannot listen on { $address }: { $detail }
serve-exec-number = That looks like a CPR number where none belongs. Give a CPR number only to cpr, as DDMMYY-SSSS.
