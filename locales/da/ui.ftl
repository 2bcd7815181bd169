# Programmets egne ord: datoer, overskrifter, kommandolinjen, fejl.

date-long = { $weekday } den { $day }. { $month } { $year }
date-medium = { $day }. { $month } { $year }
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
weekday-sun = søndag
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

ui-title = Guide til cpr-nummer
ui-result-title = Dit resultat
ui-heading-offices = { $visit ->
    [no] { $outcome ->
        [needs-residence-permit] Hvem der behandler din ansøgning
       *[other] Hvem du skal kontakte
    }
   *[yes] Her skal du henvende dig
  }
ui-heading-deadlines = Frister
ui-heading-documents = { $outcome ->
    [tax-number] Dokumenter, du skal vedhæfte
   *[other] Dokumenter, du skal have med
  }
ui-heading-steps = Det skal du gøre – trin for trin
ui-heading-sources = Kilder
ui-heading-answers = Dine svar
ui-today = I dag er det { $date }.

ui-office-appointment = Book en tid, før du kommer.
ui-office-hours = Åbningstider:
ui-hours-closed = lukket
ui-hours-by-appointment = Kun efter aftale.
ui-hours-not-known = Se åbningstiderne på hjemmesiden.

ui-deadline-by = senest { $date }
ui-deadline-not-before = tidligst { $date }
ui-deadline-about = omkring { $date }
ui-deadline-on = { $date }
ui-deadline-passed = Fristen er overskredet. Gør det så hurtigt som muligt.
ui-deadline-today = Det er i dag.
ui-deadline-open = Du kan gøre det nu.
ui-deadline-needs-date = Den præcise dag afhænger af en dato, du ikke har oplyst.

ui-source-checked = sidst kontrolleret { $date }
ui-answer-skipped = ikke besvaret
ui-answer-derived = { $value } (ud fra cpr-nummeret)
ui-answer-cpr-given = oplyst (vises ikke)

cli-about = En guide til at få et dansk cpr-nummer.
cli-help-guide = Vis hele vejledningen for et sæt svar.
cli-help-cpr = Tjek et cpr-nummer (afslutningskode 0: gyldigt, 1: ugyldigt).
cli-help-lint = Tjek en indholdsmappe for fejl.
cli-help-content = Hent indholdet fra denne mappe i stedet for det indbyggede indhold.
cli-help-lang = Sprog: da, en eller nb (standard: sproget på din computer, ellers engelsk).
cli-help-answer = Et svar som ID=VÆRDI. Gentag for hvert spørgsmål.
cli-help-format = Format: text, markdown eller json.
cli-help-today = Brug denne dato som dagens dato (ÅÅÅÅ-MM-DD).
cli-help-json = Vis resultatet som JSON.
cli-help-number = Cpr-nummeret: DDMMÅÅ-SSSS eller DDMMÅÅSSSS.
cli-help-dir = Den indholdsmappe, der skal tjekkes (standard: det indbyggede indhold).
cli-usage-heading = Brug
cli-commands-heading = Kommandoer
cli-options-heading = Tilvalg
cli-arguments-heading = Argumenter
cli-value-date = ÅÅÅÅ-MM-DD
cli-value-moment = ÅÅÅÅ-MM-DDTHH:MM
cli-value-answer = ID=VÆRDI
cli-value-dir = MAPPE
cli-value-file = FIL
cli-value-number = NUMMER
cli-value-seconds = SEKUNDER
cli-value-office = KONTOR_ID

err-prefix = Fejl
warn-prefix = Bemærk
err-usage-unknown-argument = Ukendt tilvalg eller argument: { $arg }
err-usage-unknown-command = Ukendt kommando: { $arg }. Kommandoerne er: { $list }.
err-usage-did-you-mean = Mente du { $command }?
err-usage-missing = Der mangler noget: { $arg }
err-usage-value = En værdi mangler eller kan ikke bruges: { $arg }
err-usage-other = Kommandoen blev ikke forstået.
err-usage-hint = Prøv: cpr-guide --help
err-bad-lang = ”{ $value }” er ikke et sprog, guiden kan. Brug da, en eller nb.
err-bad-format = ”{ $value }” er ikke et outputformat. Brug text, markdown eller json.
err-bad-today = --today: { $reason }
err-answer-format = ”{ $arg }” er ikke et svar: der mangler = mellem ID og værdi.
err-answer-format-hint = Skriv hvert svar som ID=VÆRDI, for eksempel situation=eu.
err-unknown-question = Der er ikke noget spørgsmål, der hedder ”{ $id }”.
err-question-list = Spørgsmålene er: { $list }.
err-answer-twice = ”{ $id }” blev besvaret to gange. Giv hvert svar én gang.
err-answer-for = { $id }: { $reason }
err-answer-unknown-option = ”{ $value }” er ikke et svar på dette spørgsmål. Gyldige svar: { $list }.
err-answer-date-format = Det er ikke en dato. Skriv den som DD.MM.ÅÅÅÅ, for eksempel 6.12.2026.
err-answer-date-no-such-date = Den dag findes ikke i kalenderen. Dagen står først: DD.MM.ÅÅÅÅ, for eksempel 6.12.2026.
err-answer-date-out-of-range = Brug en dato mellem årene 1900 og 2200.
err-answer-date-after-today = Datoen må ikke ligge efter i dag ({ $today }).
err-answer-required = Dette spørgsmål skal besvares.
err-answer-cpr-empty = Der blev ikke angivet noget cpr-nummer.
err-answer-cpr-invalid-character = Det { $position }. tegn er ikke et ciffer. Et cpr-nummer består kun af cifrene 0–9, eventuelt med en bindestreg eller et mellemrum efter det sjette ciffer.
err-answer-cpr-misplaced-hyphen = Bindestregen skal stå efter det sjette ciffer: DDMMÅÅ-SSSS.
err-answer-cpr-wrong-length = Et cpr-nummer har 10 cifre, men { $digits ->
    [one] der blev angivet 1 ciffer.
   *[other] der blev angivet { $digits } cifre.
  }
err-answer-cpr-impossible-date = De første seks cifre er ikke en rigtig dato (DDMMÅÅ).
err-answer-cpr-future-date = Fødselsdatoen i dette nummer ligger i fremtiden.
err-answer-cpr-not-leap-year = Det 7. ciffer bestemmer århundredet: her giver det fødselsåret { $year }, og { $year } var ikke et skudår. Der var altså ingen 29. februar det år.
err-answer-cpr-leave-out = Her skal du skrive selve cpr-nummeret. Har du ikke noget cpr-nummer, så udelad bare dette svar. Det er frivilligt.
err-missing-answer = Der mangler ét svar mere: { $id } ({ $question })
err-missing-answers = Der mangler { $count } svar mere:
err-missing-values = Gyldige svar: { $list }
err-missing-date = Gyldige svar: en dato, for eksempel 2026-12-06 eller 6.12.2026.
err-missing-add = Tilføj: --answer { $id }=VÆRDI
err-missing-perhaps = { $count ->
    [one] Alt efter svaret kan disse spørgsmål også komme: { $list }
   *[other] Alt efter svarene kan disse spørgsmål også komme: { $list }
  }
err-missing-add-each = Tilføj hvert svar: --answer ID=VÆRDI
err-no-outcome = Indholdet har intet resultat for disse svar. Giv os gerne besked om fejlen.
warn-not-asked = Der bliver ikke spurgt om ”{ $id }” ved disse svar, så svaret blev ikke brugt.
warn-derived = ”{ $id }” følger af cpr-nummeret, så dit svar blev ikke brugt.
err-content-broken = Guidens indhold har fejl, så guiden kan ikke starte:

cpr-valid = Gyldigt cpr-nummer: { $masked }
cpr-born = Født: { $date }
cpr-gender = Køn: { $gender ->
    [female] kvinde
   *[male] mand
  }
cpr-modulus11-ok = Nummeret består det gamle modulus 11-tjek.
cpr-modulus11-notice = Nummeret består ikke det gamle modulus 11-tjek. Numre, der er udstedt siden 1. oktober 2007, består ikke altid tjekket, så det er ikke en fejl.
cpr-invalid = Ikke et gyldigt cpr-nummer: { $reason }

lint-ok = Indholdet er i orden. Spørgsmål: { $questions }. Udfald: { $outcomes }. Kontorer: { $offices }. Veje gennem spørgsmålene: { $paths }.
lint-summary = { $errors ->
    [one] 1 fejl
   *[other] { $errors } fejl
  }, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
  }.
lint-error = fejl
lint-warning = advarsel
cli-help-help = Vis denne hjælp.
cli-help-version = Vis versionen.

time-hm = { $hour }.{ $minute }
ui-today-marker = i dag
ui-warning = Advarsel
ui-open-now-until = Åbent nu til kl. { $time }.
ui-opens-today = Lukket nu. Åbner i dag kl. { $time }.
ui-opens-tomorrow = Lukket nu. Åbner i morgen kl. { $time }.
ui-opens-weekday = Lukket nu. Åbner { $weekday } kl. { $time }.
ui-opens-date = Lukket nu. Åbner { $date } kl. { $time }.
ui-opens-never = Lukket nu, og der er ingen kendt åbningstid det næste år.
ui-hours-closed-because = lukket ({ $reason })
ui-closure-default = lukket
ui-office-list = Kontorer:
ui-office-closures = Lukket disse dage de næste { $weeks } uger:
ui-office-no-closures = Ingen lukkedage de næste { $weeks } uger.
ui-office-check-days = Tjek åbningstiden, før du går derhen, på disse dage:
cli-help-office = Vis et kontors adresse, åbningstider, og om det er åbent nu.
cli-help-office-id = Kontoret (udelad det for at se alle kontorer).
cli-help-now = Brug dette tidspunkt som nu, i dansk tid (ÅÅÅÅ-MM-DDTHH:MM).
err-bad-now = --now: { $reason }
err-unknown-office = Der findes intet kontor ”{ $id }”. Et kontor skrives med sit id, for eksempel { $example }. `cpr-guide office` viser alle { $count }.

holiday-new-year = nytårsdag
holiday-maundy-thursday = skærtorsdag
holiday-good-friday = langfredag
holiday-easter-sunday = påskedag
holiday-easter-monday = 2. påskedag
holiday-great-prayer-day = store bededag
holiday-ascension-day = Kristi himmelfartsdag
holiday-whit-sunday = pinsedag
holiday-whit-monday = 2. pinsedag
holiday-christmas-day = juledag
holiday-boxing-day = 2. juledag

lang-name-da = Dansk
lang-name-en = English
lang-name-nb = Norsk (bokmål)
ui-welcome = Velkommen til guiden om cpr-nummer
ui-welcome-about = Et par spørgsmål om din situation. Bagefter får du at vide, hvilket kontor du skal henvende dig til, hvilke frister du har, og hvilke papirer du skal have med.
ui-choose-language = Choose your language · Vælg sprog · Velg språk
ui-welcome-privacy = Intet af det, du svarer, bliver gemt. Skriver du et cpr-nummer, bliver det skjult på skærmen.
ui-progress = Spørgsmål { $current } af cirka { $total }
ui-review-title = Dine svar
ui-review-intro = Tjek dine svar. Vælg et svar for at ændre det.
ui-show-result = Vis mit resultat
ui-keys-welcome = 1–3 vælg · ↑↓ Enter · F2 sprog · ? hjælp · q afslut
ui-keys-choice = 1–{ $n } vælg · ↑↓ Enter · Esc tilbage · F2 sprog · ? hjælp
ui-keys-input = Skriv, tryk Enter · Esc tilbage · F2 sprog · ? hjælp
ui-keys-review = Tal: ret · 0 eller Enter: resultat · Esc tilbage · F2 sprog · ? hjælp
ui-keys-result = ↑↓ rul · s gem · c kalender · Esc tilbage · F5 forfra · ? hjælp · q afslut
ui-too-small = Gør vinduet større: guiden skal bruge mindst { $width }×{ $height } tegn.
ui-date-format = Skriv datoen som DD.MM.ÅÅÅÅ, for eksempel 6.12.2026, eller skriv i dag.
ui-cpr-kept = Oplyst: { $masked }. Tryk Enter for at beholde det, eller skriv et nyt nummer.
ui-cpr-progress = { $digits } af 10 cifre.
ui-optional-skip = Du kan lade feltet stå tomt: tryk Enter for at springe over.
ui-help-title = Taster
ui-help-digits = vælg med tallet
ui-help-arrows = flyt og bekræft
ui-help-back = gå et skærmbillede tilbage (dine svar bliver beholdt)
ui-help-scroll = rul i resultatet
ui-help-language = skift sprog
ui-help-restart = start forfra (alle svar bliver glemt)
ui-help-help = vis eller skjul denne hjælp
ui-help-quit = afslut
ui-help-close = Tryk Esc eller ? for at lukke.
ui-quit-title = Afslut?
ui-quit-question = Vil du afslutte guiden? Dine svar bliver glemt.
ui-quit-keys = j = ja, afslut   ·   n = nej, fortsæt
cli-help-theme = Farver i den interaktive guide: default eller high-contrast.
err-bad-theme = ”{ $value }” er ikke et tema. Brug default eller high-contrast.
err-terminal = Terminalen kunne ikke bruges: { $detail }
ui-keys-short = ? hjælp · Esc tilbage · F2 sprog
cli-help-kiosk = Kør som en kiosk uden opsyn, der glemmer hver besøgende.
cli-help-site = Kiosk: det kontor, kiosken står i.
cli-help-idle-timeout = Sekunder uden tastetryk, før et kioskbesøg slettes (standard 120) eller en SSH-session lukkes (serve, standard 900).
cli-help-pin-hash = Lav en hash af en pinkode til personalet (læser pinkoden fra standard input).
err-pin-short = Skriv en pinkode på mindst 4 tegn på standard input.
err-pin-too-short = Pinkoden skal have mindst 4 tegn. Der blev ikke lavet nogen hash.
err-pin-differ = De to pinkoder er ikke ens. Der blev ikke lavet nogen hash. Prøv igen.
err-pin-too-long = Pinkoden er for lang: brug højst { $max } tegn. Der blev ikke lavet nogen hash.
err-cpr-line-too-long = Linjen på standard input er for lang. cpr - læser ét CPR-nummer (DDMMÅÅ-SSSS) på en linje med højst { $max } tegn.
pin-prompt = Pinkode til personalet (vises ikke, mens du skriver):
pin-prompt-again = Skriv pinkoden igen:
err-idle-timeout = --idle-timeout: ”{ $value }” er ikke et antal sekunder fra 5 til 86400.
ui-still-there = Er du her stadig? Tryk på en tast.
ui-still-there-countdown = Guiden starter forfra om { $seconds ->
    [one] 1 sekund
   *[other] { $seconds } sekunder
  }, og dine svar bliver glemt.
ui-staff-title = Personale
ui-staff-pin = Skriv personalets pinkode, og tryk Enter. Esc går tilbage.
ui-staff-wrong = Forkert pinkode.
ui-you-are-here = Du er her
ui-qr = Scan med din telefon for at åbne { $office }: { $url }
ui-print-hint = Tryk p for at udskrive tjeklisten.
ui-print-sending = Udskriver …
ui-print-done = Sendt til printeren. Tag papiret med dig.
ui-print-failed = Udskriften mislykkedes: { $detail }. Spørg personalet.
ui-restart-title = Start forfra?
ui-restart-question = Vil du starte forfra? Dine svar bliver glemt.
ui-restart-keys = j = ja, start forfra   ·   n = nej, fortsæt
plain-question-number = Spørgsmål { $current } af cirka { $total }:
plain-prompt-choice = Skriv et tal fra 1 til { $n }, og tryk Enter.
plain-prompt-yes-no = Skriv 1 eller ja, 2 eller nej, og tryk Enter.
plain-prompt-date = Skriv datoen som DD.MM.ÅÅÅÅ (eller i dag), og tryk Enter.
plain-prompt-cpr = Skriv nummeret som DDMMÅÅ-SSSS, og tryk Enter.
plain-prompt-skip = Eller tryk bare Enter for at springe spørgsmålet over.
plain-not-a-number = { $n ->
        [1] Skriv 1.
       *[other] Skriv et af tallene fra 1 til { $n }.
    }
plain-not-yes-no = Skriv 1 eller ja, 2 eller nej.
plain-invalid = Ikke godkendt: { $reason }
plain-line-too-long = Linjen er for lang. Skriv højst { $max } tegn: et tal, en dato, et postnummer eller et navn.
plain-commands = Ved hvert spørgsmål kan du skrive: tilbage (forrige spørgsmål), forfra (start forfra), sprog da, sprog en eller sprog nb (skift sprog), hjælp eller afslut. Når resultatet bliver vist: gem og et filnavn (.txt, .md, .json eller .ics til en kalender). De engelske ord (back, restart, lang, help, quit, save) virker også.
plain-lang-usage = Skriv sprog da, sprog en eller sprog nb.
plain-after-result = Skriv et tal for at ændre det svar, tilbage for det sidste spørgsmål, forfra for at starte forfra eller gem og et filnavn for at gemme resultatet (for eksempel gem resultat.md).
plain-commands-served = Ved hvert spørgsmål kan du skrive: tilbage (forrige spørgsmål), forfra (start forfra), sprog da, sprog en eller sprog nb (skift sprog), hjælp eller afslut. De engelske ord (back, restart, lang, help, quit) virker også.
plain-after-result-served = Skriv et tal for at ændre det svar, tilbage for det sidste spørgsmål eller forfra for at starte forfra. Vil du gemme resultatet, så kopiér det fra din terminal.
plain-save-usage = Skriv gem og et filnavn, for eksempel gem resultat.md. Navnet skal slutte på .txt, .md, .json eller .ics.
save-no-result = Du kan gemme resultatet, når det bliver vist.
save-no-home = Din hjemmemappe er ukendt (HOME er ikke sat). Skriv hele stien i stedet for ~.
plain-save-exists = ”{ $path }” findes allerede. Vil du erstatte den? Skriv ja eller nej.
save-kept = Ikke gemt. ”{ $path }” er ikke ændret.
save-done = Gemt: { $path }
save-no-name = Skriv et filnavn, for eksempel resultat.md. Det slutter på .md, .txt, .json eller .ics til en kalender.
cli-help-plain = Almindelige linjer til skærmlæsere, punktskriftsdisplays og pipes.
cli-help-export = Skriv også resultatet til denne fil: .md, .txt, .json eller .ics (fristerne som kalender).
err-export-format = Kan ikke gemme som ”{ $path }”: navnet skal slutte på .md, .txt, .json eller .ics.
err-export-write = Kunne ikke skrive ”{ $path }”: { $detail }
ui-keys-result-kiosk = ↑↓ rul · c kalender · d slet mine svar · Esc tilbage · ? hjælp
ui-save-title = Gem
ui-save-prompt = Gem resultatet som (slutter på .md, .txt, .json eller .ics til en kalender). Enter gemmer, Esc går tilbage.
day-christmas-eve = juleaften
day-new-years-eve = nytårsaften
day-constitution-day = grundlovsdag
day-christmas-week = mellem jul og nytår
ui-check-first = { $id ->
    [christmas-week] Det er mellem jul og nytår. International Citizen Service og SIRI har tidligere år holdt lukket i de dage: tjek åbningstiden, før du går derhen.
   *[other] I dag er det { $day }. Mange kontorer holder lukket: tjek åbningstiden, før du går derhen.
}
ui-opens-check = { $id ->
    [christmas-week] Den dag ligger mellem jul og nytår. International Citizen Service og SIRI har tidligere år holdt lukket i de dage: tjek åbningstiden, før du går derhen.
   *[other] Den dag er det { $day }. Mange kontorer holder lukket: tjek åbningstiden, før du går derhen.
}
ui-hours-check-first = { $hours } ({ $day }: tjek først)
ui-office-check-day = { $id ->
    [christmas-week] Mellem jul og nytår. International Citizen Service og SIRI har tidligere år holdt lukket i de dage: tjek åbningstiden, før du går derhen.
   *[other] { $day }. Mange kontorer holder lukket: tjek åbningstiden, før du går derhen.
}
err-usage-conflict = { $arg } kan ikke bruges sammen med { $other }. Brug den ene af dem.
err-usage-needs = { $arg } virker kun sammen med { $other }. Tilføj { $other }, eller fjern { $arg }.
err-usage-not-with-command = { $arg } hører til den interaktive guide og kan ikke bruges med kommandoen { $command }. Fjern den ene af dem.
err-output = Uddata kunne ikke skrives: { $detail }
err-kiosk-terminal = En kiosk skal køre i en terminal: start den på en konsol eller i et terminalvindue, ikke gennem en pipe.
plain-keep = Dit svar indtil nu: { $answer }. Tryk Enter for at beholde det.
plain-review = Dine svar (skriv et tal for at ændre et svar):
plain-at-start = Det her er det første spørgsmål.
plain-input-ended = Der kom ikke mere input, før guiden var færdig. { $left ->
    [one] Der manglede ét spørgsmål.
   *[other] Der manglede cirka { $left } spørgsmål.
  }
err-answer-unknown-place = Ingen postnumre, byer eller kommuner passer til ”{ $value }”. Skriv et firecifret postnummer, en by eller kommunens navn, for eksempel 8000, Køge eller Aarhus.
err-answer-ambiguous-postcode = Postnummer { $code } ({ $town }) ligger i { $count } kommuner: { $list }. Angiv den, du skal bo i.
err-answer-ambiguous = { $count ->
        [one] Mente du { $list }? Skriv hele navnet eller ID'et.
       *[other] ”{ $value }” passer til { $count } kommuner: { $list }. Angiv den, du mener.
    }
err-missing-place = Gyldige svar: et postnummer (8000), en kommunekode (751), en kommunes navn eller ID (aarhus) – eller other, hvis du ikke ved det endnu.
ui-place-code = kommunekode { $code }
plain-prompt-place = Skriv dit postnummer, din by eller din kommune (for eksempel 8000, Køge eller Aarhus), og tryk Enter. Skriv 0 for ”{ $unsure }”.
plain-prompt-place-pick = { $n ->
        [1] Skriv 1, og tryk Enter. Eller skriv noget andet for at søge igen.
       *[other] Skriv et tal fra 1 til { $n }, og tryk Enter. Eller skriv noget andet for at søge igen.
    }
plain-place-matches = Disse kommuner passer til ”{ $value }”:
plain-place-chosen = Du valgte: { $name }.
ui-keys-place = Skriv for at søge · ↑↓ vælg · Enter · Esc tilbage · F2 sprog · ? hjælp
ui-place-hint = Skriv dit postnummer, din by eller din kommune, for eksempel 8000, Køge eller Aarhus.
ui-place-pick = Skriv for at søge, og vælg så med ↑↓ og Enter, eller vælg ”{ $unsure }”.
ui-place-which = { $place } ligger i { $count } kommuner. Hvilken af dem skal du bo i?
ui-place-which-keys = Vælg den med ↑↓ og Enter.
ui-choose-first = Vælg et svar først: skriv dets nummer (1–{ $count }), klik på det, eller brug ↑↓ og derefter Enter.
ui-place-part = del af { $place }
plain-place-typo = Intet passer præcis til ”{ $value }”. Mente du en af disse?
ui-keys-welcome-kiosk = 1–3 vælg · ↑↓ Enter · F2 sprog · ? hjælp
ui-staff-wait = Prøv igen om { $seconds } s.
ui-staff-locked = For mange forkerte pinkoder. Personalets udgang åbner igen, når kiosken har stået urørt.
log-counters-failed = udfaldet blev ikke talt med: { $detail }
cli-help-replace = Erstat eksportfilen, hvis den findes.
err-export-exists = ”{ $path }” findes allerede. Tilføj --replace for at erstatte den, eller vælg et andet navn.
err-export-not-a-file = Kan ikke skrive ”{ $path }”: det er et link, en pipe, en enhed eller en mappe. Vælg navnet på en fil.
ui-save-exists = Der findes allerede en fil med dette navn. Enter erstatter den; ellers ret navnet.
log-wrong-pin = der blev tastet en forkert pinkode til personalet ({ $count } siden kiosken startede).
err-export-read-only = Kan ikke erstatte ”{ $path }”: filen er skrivebeskyttet. Vælg et andet navn.
err-export-no-folder = Kan ikke gemme ”{ $path }”: mappen findes ikke. Vælg en mappe, der findes.
err-export-denied = Kan ikke gemme ”{ $path }”: du har ikke lov til at skrive i den mappe. Vælg et andet sted, for eksempel din hjemmemappe.
err-answer-cpr-invalid-character-end = Delen efter fødselsdatoen har et tegn, der ikke er et ciffer. Et cpr-nummer består kun af cifrene 0–9, eventuelt med en bindestreg eller et mellemrum efter det sjette ciffer.
ui-cpr-have-yes = Ja
ui-cpr-have-no = Nej
ui-cpr-field = Skriv det som DDMMÅÅ-SSSS (med mellemrum eller uden bindestreg går også). Esc går tilbage.
plain-prompt-cpr-have = Skriv 1 for ja eller 2 for nej, og tryk Enter.
err-export-no-dates = Kan ikke gemme ”{ $path }” som kalender: Ingen frist i dit resultat har en dato fra i dag og frem. Gem som .md, .txt eller .json i stedet.
ui-calendar-summary = { $kind ->
    [by] Frist: { $title }
    [not-before] Fra i dag: { $title }
   *[other] { $title }
}
ui-card-where = Gå til
ui-card-deadline = { $kind ->
    [not-before] Tidligst
   *[other] Næste frist
}
ui-card-documents-label = { $outcome ->
    [tax-number] Vedhæft
   *[other] Tag med
}
ui-card-documents = { $count ->
    [one] ét dokument – se listen nedenfor
   *[other] { $count } dokumenter – se listen nedenfor
}
ui-card-more = Alle detaljer står nedenfor (PgDn).
ui-hours-today = I dag: { $hours }
ui-hours-week-hint = h: hele ugen
ui-heading-later = Husk også
ui-heading-take-away = Til din telefon
ui-calendar-scan = Scan koden med telefonens kamera for at sætte ”{ $title }” ({ $date }) i din kalender.
ui-calendar-count = { $total ->
    [one] Esc lukker
   *[other] Kode { $n } af { $total } · ← → de andre · Esc lukker
}
ui-calendar-none = Ingen frist i dit resultat har en dato fra i dag og frem, så der er intet at sætte i kalenderen.
ui-calendar-hint = Tryk c for at få en kode, der sætter dine frister i telefonens kalender.
ui-help-week = vis åbningstiderne for hele ugen
ui-help-calendar = vis koder, du kan scanne med telefonen: fristerne til din kalender og kontorets hjemmeside (← → skifter mellem dem)
ui-help-save = gem resultatet i en fil (.md, .txt, .json eller .ics til en kalender)
err-option-date-format = Det er ikke en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-12-06.
err-option-moment-format = Det er ikke et tidspunkt på formen ÅÅÅÅ-MM-DDTHH:MM, for eksempel 2026-12-02T10:30.
err-option-no-such-date = Den dag findes ikke i kalenderen.
err-option-no-such-time = Det klokkeslæt findes ikke. Brug 00:00 til 23:59.
err-answer-date-no-such-time = Det klokkeslæt findes ikke. Brug 00:00 til 23:59.
ui-calendar-count-short = { $n }/{ $total } · ← → · Esc
ui-code-scan-short = Scan den med telefonens kamera.
ui-code-too-small = Koden kræver et vindue på mindst { $width }×{ $height }. Gør vinduet større.
ui-calendar-save-instead = Eller gem fristerne som en kalenderfil med s (et navn, der slutter på .ics).
ui-help-review-digits = på denne liste: skriv svarets nummer for at rette det (1 og så 2 for 12); 0 er resultatet
ui-hours-today-hint = h: kun i dag
ui-card-apply = Søg hos
ui-docstep-issued-here = { $document }: { $office } udsteder det selv, så du får det der først og behøver ikke at have det med.
ui-deadline-office-closed = { $office } har lukket { $date }. { $last ->
    [none] Kontakt kontoret før: Der er måske ingen åben dag tilbage.
   *[other] Den sidste dag, der er åbent før, er { $last }.
  }
ui-deadline-office-check = Fristen, { $date }, er { $reason }, hvor mange kontorer holder lukket. Tjek åbningstiden, eller book en tid før.
ui-deadline-office-maybe-closed = { $kind ->
    [holiday] Fristen, { $date }, er en helligdag ({ $reason }). Tjek åbningstiden, eller book en tid før.
    [day] Fristen, { $date }, er { $reason }, hvor mange kontorer holder lukket. Tjek åbningstiden, eller book en tid før.
   *[weekend] Fristen, { $date }, falder i en weekend. Tjek åbningstiden, eller book en tid før.
  }
ui-card-documents-visits = { $count } dokumenter til { $visits } besøg – se listen nedenfor
ui-list-and = { $head } og { $last }
doc-language-da = dansk
doc-language-en = engelsk
doc-language-de = tysk
doc-language-nordic = et nordisk sprog
ui-basis = { $basis ->
    [own-page] Det bygger på { $official }s egen side, tjekket { $date }.
   *[general-rule] { $how ->
        [site-phone] Vi har ikke læst { $official }s egen side for nytilflyttere, så det her er den generelle regel. Søg efter ”flytte til Danmark” på { $site }, eller ring på { $phone } for at være sikker.
        [site] Vi har ikke læst { $official }s egen side for nytilflyttere, så det her er den generelle regel. Søg efter ”flytte til Danmark” på { $site } for at være sikker.
       *[none] Vi har ikke læst { $official }s egen side for nytilflyttere, så det her er den generelle regel. Spørg kommunen, før du går derhen.
    }
  }
ui-book-by = { $how ->
    [online] Book en tid online, før du kommer.
    [phone] Book en tid på telefon { $phone }. Du kan ikke komme uden en tid.
    [walk-in] Du kan komme uden at booke en tid.
   *[required] Book en tid, før du kommer.
  }
ui-apply-first = { $required ->
    [no] { $kind ->
        [entry-form] Kontoret beder dig udfylde dets indrejseblanket, før du kommer.
        [self-service] Kontoret beder dig anmelde indrejsen i dets selvbetjening, før du kommer. Så går besøget hurtigere.
       *[online-application] Kontoret beder dig søge online, før du kommer.
    }
   *[yes] { $kind ->
        [entry-form] Udfyld kontorets indrejseblanket, før du kommer.
        [self-service] Anmeld din indrejse i kontorets selvbetjening, før du kommer.
       *[online-application] Søg online, før du booker en tid.
    }
  }
ui-hours-from = Åbningstiderne er fra kontorets side, som den så ud i { $month } { $year }. Tjek dem, før du går derhen.
note-translation-languages = { $municipality } tager imod dokumenter på { $languages }.
cli-help-coverage = Vis for hver kommune, hvad guiden ved og fra hvornår (kommunens egen side eller den generelle regel).
coverage-yes = ja
coverage-no = nej
coverage-col-municipality = Kommune
coverage-col-basis = Bygger på
coverage-col-checked = Tjekket
coverage-col-registers = Registrerer
coverage-col-booking = Booking
coverage-col-address = Adresse
coverage-col-hours = Åbningstid
coverage-col-documents = Ekstra dokumenter
coverage-basis = { $basis ->
    [own-page] egen side
   *[general-rule] generel regel
  }
coverage-by-group = { $office }, andre efter gruppe
coverage-hours = { $hours ->
    [weekly] ugentlig
    [by-appointment] efter aftale
   *[not-known] –
  }
coverage-totals = { $municipalities } kommuner: { $own } bygger på deres egen side, { $general } på den generelle regel. { $rules } sender nogle grupper et andet sted hen, { $booking } siger, hvordan man booker, { $first } kræver et trin før booking, { $address } giver en adresse, { $hours } giver åbningstider, { $documents } beder om ekstra dokumenter, { $languages } siger, hvilke sprog de tager imod.
ui-kiosk-done = Færdig? Tryk D for at slette dine svar nu. Ellers rydder skærmen sig selv efter { $count } { $unit ->
        [minutes] { $count ->
            [one] minut
           *[other] minutter
        }
       *[seconds] { $count ->
            [one] sekund
           *[other] sekunder
        }
    } uden tastetryk.
ui-keys-review-kiosk = Tal: ret · 0: resultat · d slet mine svar · Esc tilbage · ? hjælp
log-print-timeout = printkommandoen blev ikke færdig inden for { $seconds } s og blev stoppet
ui-print-timeout = printeren svarede ikke inden for { $seconds ->
        [one] 1 sekund
       *[other] { $seconds } sekunder
    }
ui-review-digit = { $digit } … Skriv et tal mere for { $span ->
    [0] svar { $digit }0
   *[other] svar { $digit }0–{ $last }
}, eller tryk Enter for svar { $digit }.
ui-help-edit = i et tekstfelt: flyt markøren, slet tegnet under den, ryd feltet (← og Backspace går kun tilbage fra et tomt felt)
ui-language-title = Sprog
ui-language-keys = 1–3 eller ↑ ↓ Enter · Esc luk
ui-place-choose = Vælg en med ↑↓ og Enter, eller skriv mere for at få færre forslag.
ui-code-hint-web = Tryk c for at få en kode, der åbner kontorets hjemmeside på din telefon.
err-unknown-office-similar = Der findes intet kontor ”{ $id }”. Mente du { $similar }? `cpr-guide office` viser alle { $count } kontorer.
take-away-made-at = Lavet den { $date } kl. { $time }.
take-away-made-on = Lavet den { $date }.
ui-date-confirm = Du skrev { $date }. Det er { $when ->
        [past] mere end et år siden
       *[future] om mere end et år
    }. Passer det?
ui-date-confirm-yes = Ja, det passer
ui-date-confirm-no = Nej, jeg skriver den igen
warn-far-date = ”{ $id }” er { $date }. Det er { $when ->
        [past] mere end et år siden
       *[future] om mere end et år
    }. Datoen blev brugt, som den står.
ui-date-confirm-title = Tjek datoen
ui-date-confirm-keys = 1 eller j: ja · 2 eller n: nej · Esc: skriv den igen
ui-keys-result-served = ↑↓ rul · c kalender · Esc tilbage · F5 forfra · ? hjælp · q afslut
cli-help-serve = Gør guiden tilgængelig over SSH: hver besøgende får sin egen guide i sin egen terminal.
cli-help-listen = Adressen og porten, der lyttes på (standard 127.0.0.1:2222).
cli-help-host-key = Serverens værtsnøgle. Den laves ved første start, og kun ejeren kan læse den.
cli-help-max-sessions = Højst så mange sessioner på én gang (standard 1000).
cli-help-per-ip = Højst så mange sessioner fra én adresse (standard 10).
serve-key = værtsnøgle { $fingerprint } (ed25519), fra { $file }
serve-key-made = værtsnøgle { $fingerprint } (ed25519), lavet nu i { $file }
serve-listening = lytter på { $address }
serve-refused-full = Guiden har travlt lige nu: alle pladser er optaget. Prøv igen om nogle minutter.
serve-refused-address = For mange sessioner fra din adresse på én gang. Luk en af dem, og prøv igen.
serve-restarting = Tjenesten genstarter, så denne session slutter nu. Dine svar er slettet. Forbind igen om lidt.
serve-goodbye = Farvel. Dine svar er slettet.
serve-internal-error = Der gik noget galt i guiden, så denne session slutter nu. Dine svar er slettet. Forbind igen for at starte forfra.
serve-too-long = Sessionen har varet { $minutes } { $minutes ->
        [one] minut
       *[other] minutter
    }, og det er det længste, en session må vare. Den slutter nu, og dine svar er slettet. Du er velkommen til at forbinde igen.
serve-idle = Der er ikke trykket på en tast i { $minutes } { $minutes ->
        [one] minut
       *[other] minutter
    }, så sessionen slutter. Dine svar er slettet. Du er velkommen til at forbinde igen.
serve-exec-quote = Et citationstegn er ikke lukket. Luk det, eller udelad citationstegnene.
serve-exec-too-long = Kommandoen er for lang.
serve-exec-empty = Ingen kommando. Forbind med en terminal for at bruge guiden, eller kør guide, cpr eller office.
serve-exec-not-allowed = ”{ $word }” kan ikke køres her. Kun guidens egne kommandoer kan: guide, cpr og office.
serve-exec-option = ”{ $word }” kan ikke bruges her. guide tager --answer, --format, --lang, --today og --now; cpr tager et nummer, --json og --lang; office tager et id, --json, --lang, --today og --now. Alle tager også --help.
serve-exec-needs-value = ”{ $word }” skal have en værdi efter sig, for eksempel --lang da eller --format json.
serve-exec-lang = ”{ $word }” er ikke et sprog, guiden kan. Brug da, en eller nb.
serve-exec-format = ”{ $word }” er ikke et outputformat. Brug text, markdown eller json.
serve-exec-date = ”{ $word }” er ikke en dato her. Skriv den som 2026-12-05, eller 2026-12-05T10:00 ved --now.
serve-exec-cpr = Skriv ét cpr-nummer efter cpr, som DDMMÅÅ-SSSS.
plain-save-served = Her gemmes intet: maskinen er ikke din. Kopiér resultatet fra din terminal, eller brug kalenderkoderne i terminalguiden (ssh med terminal, og tryk c).
err-serve-host-key = Værtsnøglen { $file } kan ikke bruges: { $detail }
err-serve-listen = Kan ikke lytte på { $address }: { $detail }
serve-exec-number = Det ligner et cpr-nummer et sted, hvor der ikke skal stå et. Giv kun et cpr-nummer til cpr, som DDMMÅÅ-SSSS.
