# Programmets egne ord: datoer, overskrifter, kommandolinjen, feil.

date-long = { $weekday } { $day }. { $month } { $year }
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
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember

ui-title = CPR-veiviser
ui-result-title = Resultatet ditt
ui-heading-offices = { $visit ->
    [no] { $outcome ->
        [needs-residence-permit] Hvem som behandler søknaden din
       *[other] Hvem du skal kontakte
    }
   *[yes] Hvor du skal henvende deg
  }
ui-heading-deadlines = Frister
ui-heading-documents = { $outcome ->
    [tax-number] Dokumenter du må legge ved
   *[other] Dokumenter du må ha med
  }
ui-heading-steps = Dette gjør du, steg for steg
ui-heading-sources = Kilder
ui-heading-answers = Svarene dine
ui-today = I dag er det { $date }.

ui-office-appointment = Bestill time før du kommer.
ui-office-hours = Åpningstider:
ui-hours-closed = stengt
ui-hours-by-appointment = Bare etter avtale.
ui-hours-not-known = Se nettsiden for åpningstider.

ui-deadline-by = senest { $date }
ui-deadline-not-before = tidligst { $date }
ui-deadline-about = rundt { $date }
ui-deadline-on = { $date }
ui-deadline-passed = Fristen er ute. Gjør det så snart du kan.
ui-deadline-today = Det er i dag.
ui-deadline-open = Du kan gjøre dette nå.
ui-deadline-needs-date = Den nøyaktige dagen avhenger av en dato du ikke har oppgitt.

ui-source-checked = sist sjekket { $date }
ui-answer-skipped = ikke oppgitt
ui-answer-derived = { $value } (ut fra CPR-nummeret)
ui-answer-cpr-given = oppgitt (vises ikke)

cli-about = En veiviser for å få dansk CPR-nummer.
cli-help-guide = Skriv ut hele veiledningen for et sett med svar.
cli-help-cpr = Kontroller et CPR-nummer (avslutningskode 0: gyldig, 1: ugyldig).
cli-help-lint = Kontroller en innholdsmappe for feil.
cli-help-content = Hent innholdet fra denne mappen i stedet for det innebygde innholdet.
cli-help-lang = Språk: da, en eller nb (standard: systemspråket ditt, ellers engelsk).
cli-help-answer = Et svar som ID=VERDI. Gjenta for hvert spørsmål.
cli-help-format = Utdata: text, markdown eller json.
cli-help-today = Bruk denne datoen som dagens dato (ÅÅÅÅ-MM-DD).
cli-help-json = Skriv ut resultatet som JSON.
cli-help-number = CPR-nummeret: DDMMÅÅ-SSSS eller DDMMÅÅSSSS.
cli-help-dir = Innholdsmappen som skal kontrolleres (standard: det innebygde innholdet).
cli-usage-heading = Bruk
cli-commands-heading = Kommandoer
cli-options-heading = Valg
cli-arguments-heading = Argumenter
cli-value-date = ÅÅÅÅ-MM-DD
cli-value-moment = ÅÅÅÅ-MM-DDTHH:MM
cli-value-answer = ID=VERDI
cli-value-dir = MAPPE
cli-value-file = FIL
cli-value-number = NUMMER
cli-value-seconds = SEKUNDER
cli-value-office = KONTOR_ID

err-prefix = Feil
warn-prefix = Merk
err-usage-unknown-argument = Ukjent valg eller argument: { $arg }
err-usage-unknown-command = Ukjent kommando: { $arg }. Kommandoene er: { $list }.
err-usage-did-you-mean = Mente du { $command }?
err-usage-missing = Noe mangler: { $arg }
err-usage-value = En verdi mangler eller er ikke gyldig: { $arg }
err-usage-other = Kommandoen ble ikke forstått.
err-usage-hint = Prøv: cpr-guide --help
err-bad-lang = «{ $value }» er ikke et språk veiviseren kan. Bruk da, en eller nb.
err-bad-format = «{ $value }» er ikke et utdataformat. Bruk text, markdown eller json.
err-bad-today = --today: { $reason }
err-answer-format = «{ $arg }» er ikke et svar: det mangler = mellom ID og verdi.
err-answer-format-hint = Skriv hvert svar som ID=VERDI, for eksempel situation=eu.
err-unknown-question = Det finnes ikke noe spørsmål «{ $id }».
err-question-list = Spørsmålene er: { $list }.
err-answer-twice = «{ $id }» ble besvart to ganger. Gi hvert svar bare én gang.
err-answer-for = { $id }: { $reason }
err-answer-unknown-option = «{ $value }» er ikke et svar på dette spørsmålet. Gyldige svar: { $list }.
err-answer-date-format = Det er ikke en dato. Skriv den som DD.MM.ÅÅÅÅ, for eksempel 6.12.2026.
err-answer-date-no-such-date = Den dagen finnes ikke i kalenderen. Dagen står først: DD.MM.ÅÅÅÅ, for eksempel 6.12.2026.
err-answer-date-out-of-range = Bruk en dato mellom årene 1900 og 2200.
err-answer-date-after-today = Datoen kan ikke være senere enn i dag ({ $today }).
err-answer-required = Dette spørsmålet må besvares.
err-answer-cpr-empty = Det ble ikke oppgitt noe CPR-nummer.
err-answer-cpr-invalid-character = Det { $position }. tegnet er ikke et siffer. Et CPR-nummer har bare sifrene 0–9, eventuelt med en bindestrek eller et mellomrom etter det sjette sifferet.
err-answer-cpr-misplaced-hyphen = Bindestreken må stå etter det sjette sifferet: DDMMÅÅ-SSSS.
err-answer-cpr-wrong-length = Et CPR-nummer har 10 sifre, men { $digits ->
    [one] det ble oppgitt 1 siffer.
   *[other] det ble oppgitt { $digits } sifre.
  }
err-answer-cpr-impossible-date = De seks første sifrene er ikke en gyldig dato (DDMMÅÅ).
err-answer-cpr-future-date = Fødselsdatoen i dette nummeret ligger fram i tid.
err-answer-cpr-not-leap-year = Det 7. sifferet bestemmer århundret: her blir fødselsåret { $year }, og { $year } var ikke et skuddår. Det fantes altså ingen 29. februar det året.
err-answer-cpr-leave-out = Her skal du skrive selve CPR-nummeret. Har du ikke noe CPR-nummer, utelater du bare dette svaret. Det er valgfritt.
err-missing-answer = Det trengs ett svar til: { $id } ({ $question })
err-missing-answers = Det trengs { $count } svar til:
err-missing-values = Gyldige svar: { $list }
err-missing-date = Gyldige svar: en dato, for eksempel 2026-12-06 eller 6.12.2026.
err-missing-add = Legg til: --answer { $id }=VERDI
err-missing-perhaps = { $count ->
    [one] Avhengig av svaret kan også disse spørsmålene komme: { $list }
   *[other] Avhengig av svarene kan også disse spørsmålene komme: { $list }
  }
err-missing-add-each = Legg til hvert svar: --answer ID=VERDI
err-no-outcome = Innholdet har ikke noe resultat for disse svarene. Meld gjerne fra om dette.
warn-not-asked = Det blir ikke spurt om «{ $id }» for disse svarene, så svaret ble ikke brukt.
warn-derived = «{ $id }» følger av CPR-nummeret, så svaret ditt ble ikke brukt.
err-content-broken = Innholdet i veiviseren har feil, så den kan ikke starte:

cpr-valid = Gyldig CPR-nummer: { $masked }
cpr-born = Født: { $date }
cpr-gender = Kjønn: { $gender ->
    [female] kvinne
   *[male] mann
  }
cpr-modulus11-ok = Nummeret består den gamle modulus 11-kontrollen.
cpr-modulus11-notice = Nummeret består ikke den gamle modulus 11-kontrollen. Numre som er tildelt fra og med 1. oktober 2007, består ikke alltid kontrollen, så dette er ikke en feil.
cpr-invalid = Ikke et gyldig CPR-nummer: { $reason }

lint-ok = Innholdet er i orden. Spørsmål: { $questions }. Resultater: { $outcomes }. Kontorer: { $offices }. Veier gjennom intervjuet: { $paths }.
lint-summary = { $errors ->
    [one] 1 feil
   *[other] { $errors } feil
  }, { $warnings ->
    [one] 1 advarsel
   *[other] { $warnings } advarsler
  }.
lint-error = feil
lint-warning = advarsel
cli-help-help = Vis denne hjelpeteksten.
cli-help-version = Vis versjonen.

time-hm = { $hour }.{ $minute }
ui-today-marker = i dag
ui-warning = Advarsel
ui-open-now-until = Åpent nå til kl. { $time }.
ui-opens-today = Stengt nå. Åpner i dag kl. { $time }.
ui-opens-tomorrow = Stengt nå. Åpner i morgen kl. { $time }.
ui-opens-weekday = Stengt nå. Åpner { $weekday } kl. { $time }.
ui-opens-date = Stengt nå. Åpner { $date } kl. { $time }.
ui-opens-never = Stengt nå, og vi kjenner ingen åpningstid det neste året.
ui-hours-closed-because = stengt ({ $reason })
ui-closure-default = stengt
ui-office-list = Kontorer:
ui-office-closures = Stengt disse dagene de neste { $weeks } ukene:
ui-office-no-closures = Ingen stengte dager de neste { $weeks } ukene.
ui-office-check-days = Sjekk åpningstidene før du drar dit, på disse dagene:
cli-help-office = Vis adressen og åpningstidene til et kontor, og om det er åpent nå.
cli-help-office-id = Kontoret (la det stå tomt for å se alle kontorene).
cli-help-now = Bruk dette tidspunktet som nå, i dansk tid (ÅÅÅÅ-MM-DDTHH:MM).
err-bad-now = --now: { $reason }
err-unknown-office = Det finnes ikke noe kontor «{ $id }». Et kontor skrives med id-en sin, for eksempel { $example }. `cpr-guide office` viser alle { $count }.

holiday-new-year = første nyttårsdag
holiday-maundy-thursday = skjærtorsdag
holiday-good-friday = langfredag
holiday-easter-sunday = første påskedag
holiday-easter-monday = andre påskedag
holiday-great-prayer-day = store bededag
holiday-ascension-day = Kristi himmelfartsdag
holiday-whit-sunday = første pinsedag
holiday-whit-monday = andre pinsedag
holiday-christmas-day = første juledag
holiday-boxing-day = andre juledag

lang-name-da = Dansk
lang-name-en = English
lang-name-nb = Norsk (bokmål)
ui-welcome = Velkommen til veiviseren for CPR-nummer
ui-welcome-about = Noen spørsmål om situasjonen din. Etterpå får du vite hvilket kontor du skal gå til, fristene dine og hvilke papirer du må ta med.
ui-choose-language = Choose your language · Vælg sprog · Velg språk
ui-welcome-privacy = Ingenting du svarer, blir lagret. Skriver du inn et CPR-nummer, blir det skjult på skjermen.
ui-progress = Spørsmål { $current } av omtrent { $total }
ui-review-title = Svarene dine
ui-review-intro = Sjekk svarene dine. Velg et svar for å endre det.
ui-show-result = Vis resultatet mitt
ui-keys-welcome = 1–3 velg · ↑↓ Enter · F2 språk · ? hjelp · q avslutt
ui-keys-choice = 1–{ $n } velg · ↑↓ Enter · Esc tilbake · F2 språk · ? hjelp
ui-keys-input = Skriv, trykk Enter · Esc tilbake · F2 språk · ? hjelp
ui-keys-review = Tall: endre · 0 eller Enter: resultat · Esc tilbake · F2 språk · ? hjelp
ui-keys-result = ↑↓ bla · s lagre · c kalender · Esc tilbake · F5 på nytt · ? hjelp · q avslutt
ui-too-small = Gjør vinduet større: veiviseren trenger minst { $width }×{ $height } tegn.
ui-date-format = Skriv datoen som DD.MM.ÅÅÅÅ, for eksempel 6.12.2026, eller skriv i dag.
ui-cpr-kept = Oppgitt: { $masked }. Trykk Enter for å beholde det, eller skriv et nytt nummer.
ui-cpr-progress = { $digits } av 10 sifre.
ui-optional-skip = Du kan la feltet stå tomt: trykk Enter for å hoppe over.
ui-help-title = Taster
ui-help-digits = velg med tallet
ui-help-arrows = flytt og bekreft
ui-help-back = gå ett skjermbilde tilbake (svarene dine blir tatt vare på)
ui-help-scroll = bla i resultatet
ui-help-language = bytt språk
ui-help-restart = start på nytt (alle svar blir glemt)
ui-help-help = vis eller skjul denne hjelpen
ui-help-quit = avslutt
ui-help-close = Trykk Esc eller ? for å lukke.
ui-quit-title = Avslutte?
ui-quit-question = Vil du avslutte veiviseren? Svarene dine blir glemt.
ui-quit-keys = j = ja, avslutt   ·   n = nei, fortsett
cli-help-theme = Farger i den interaktive veiviseren: default eller high-contrast.
err-bad-theme = «{ $value }» er ikke et tema. Bruk default eller high-contrast.
err-terminal = Terminalen kunne ikke brukes: { $detail }
ui-keys-short = ? hjelp · Esc tilbake · F2 språk
cli-help-kiosk = Kjør som en kiosk uten tilsyn som glemmer hver besøkende.
cli-help-site = Kiosk: kontoret kiosken står i.
cli-help-idle-timeout = Sekunder uten tastetrykk før et kioskbesøk slettes (standard 120) eller en SSH-økt lukkes (serve, standard 900).
cli-help-pin-hash = Lag en hash av en PIN-kode for de ansatte (leser PIN-koden fra standard input).
err-pin-short = Skriv en PIN-kode på minst 4 tegn på standard input.
err-pin-too-short = PIN-koden må ha minst 4 tegn. Det ble ikke laget noen hash.
err-pin-differ = De to PIN-kodene er ikke like. Det ble ikke laget noen hash. Prøv igjen.
err-pin-too-long = PIN-koden er for lang: bruk høyst { $max } tegn. Det ble ikke laget noen hash.
err-cpr-line-too-long = Linjen på standard input er for lang. cpr - leser ett CPR-nummer (DDMMÅÅ-SSSS) på en linje med høyst { $max } tegn.
pin-prompt = PIN-kode for de ansatte (vises ikke mens du skriver):
pin-prompt-again = Skriv PIN-koden en gang til:
err-idle-timeout = --idle-timeout: «{ $value }» er ikke et antall sekunder fra 5 til 86400.
ui-still-there = Er du her fortsatt? Trykk på en tast.
ui-still-there-countdown = Veiviseren starter på nytt om { $seconds ->
    [one] 1 sekund
   *[other] { $seconds } sekunder
  }, og svarene dine blir glemt.
ui-staff-title = Ansatte
ui-staff-pin = Skriv PIN-koden for ansatte, og trykk Enter. Esc går tilbake.
ui-staff-wrong = Feil PIN-kode.
ui-you-are-here = Du er her
ui-qr = Skann med telefonen for å åpne { $office }: { $url }
ui-print-hint = Trykk p for å skrive ut sjekklisten.
ui-print-sending = Skriver ut …
ui-print-done = Sendt til skriveren. Ta med deg arket.
ui-print-failed = Utskriften mislyktes: { $detail }. Spør de ansatte.
ui-restart-title = Starte på nytt?
ui-restart-question = Vil du starte på nytt? Svarene dine blir glemt.
ui-restart-keys = j = ja, start på nytt   ·   n = nei, fortsett
plain-question-number = Spørsmål { $current } av omtrent { $total }:
plain-prompt-choice = Skriv et tall fra 1 til { $n }, og trykk Enter.
plain-prompt-yes-no = Skriv 1 eller ja, 2 eller nei, og trykk Enter.
plain-prompt-date = Skriv datoen som DD.MM.ÅÅÅÅ (eller i dag), og trykk Enter.
plain-prompt-cpr = Skriv nummeret som DDMMÅÅ-SSSS, og trykk Enter.
plain-prompt-skip = Eller trykk bare Enter for å hoppe over spørsmålet.
plain-not-a-number = { $n ->
        [1] Skriv 1.
       *[other] Skriv et av tallene fra 1 til { $n }.
    }
plain-not-yes-no = Skriv 1 eller ja, 2 eller nei.
plain-invalid = Ikke godtatt: { $reason }
plain-line-too-long = Linjen er for lang. Skriv høyst { $max } tegn: et tall, en dato, et postnummer eller et navn.
plain-commands = Ved hvert spørsmål kan du skrive: tilbake (forrige spørsmål), start på nytt, språk da, språk en eller språk nb (bytt språk), hjelp eller avslutt. Når resultatet vises: lagre og et filnavn (.txt, .md, .json eller .ics for en kalender). De engelske ordene (back, restart, lang, help, quit, save) virker også.
plain-lang-usage = Skriv språk da, språk en eller språk nb.
plain-after-result = Skriv et tall for å endre det svaret, tilbake for det siste spørsmålet, start på nytt for å begynne forfra, eller lagre og et filnavn for å lagre resultatet (for eksempel lagre resultat.md).
plain-commands-served = Ved hvert spørsmål kan du skrive: tilbake (forrige spørsmål), start på nytt, språk da, språk en eller språk nb (bytt språk), hjelp eller avslutt. De engelske ordene (back, restart, lang, help, quit) virker også.
plain-after-result-served = Skriv et tall for å endre det svaret, tilbake for det siste spørsmålet, eller start på nytt for å begynne forfra. Vil du ta vare på resultatet, kopierer du det fra terminalen.
plain-save-usage = Skriv lagre og et filnavn, for eksempel lagre resultat.md. Navnet må slutte på .txt, .md, .json eller .ics.
save-no-result = Du kan lagre resultatet når det vises.
save-no-home = Hjemmemappen din er ukjent (HOME er ikke satt). Skriv hele stien i stedet for ~.
plain-save-exists = «{ $path }» finnes allerede. Vil du erstatte den? Skriv ja eller nei.
save-kept = Ikke lagret. «{ $path }» ble ikke endret.
save-done = Lagret: { $path }
save-no-name = Skriv et filnavn, for eksempel resultat.md. Det slutter på .md, .txt, .json eller .ics for en kalender.
cli-help-plain = Vanlige linjer for skjermlesere, leselister og pipes.
cli-help-export = Skriv også resultatet til denne filen: .md, .txt, .json eller .ics (fristene som kalender).
err-export-format = Kan ikke lagre som «{ $path }»: navnet må slutte på .md, .txt, .json eller .ics.
err-export-write = Kunne ikke skrive «{ $path }»: { $detail }
ui-keys-result-kiosk = ↑↓ bla · c kalender · d slett svarene mine · Esc tilbake · ? hjelp
ui-save-title = Lagre
ui-save-prompt = Lagre resultatet som (slutter på .md, .txt, .json eller .ics for en kalender). Enter lagrer, Esc går tilbake.
day-christmas-eve = julaften
day-new-years-eve = nyttårsaften
day-constitution-day = den danske grunnlovsdagen
day-christmas-week = mellom jul og nyttår
ui-check-first = { $id ->
    [christmas-week] Det er mellom jul og nyttår. International Citizen Service og SIRI har tidligere år holdt stengt da, så sjekk åpningstiden før du går dit.
   *[other] I dag er det { $day }. Mange kontorer er stengt da, så sjekk åpningstiden før du går dit.
}
ui-opens-check = { $id ->
    [christmas-week] Den dagen er mellom jul og nyttår. International Citizen Service og SIRI har tidligere år holdt stengt da, så sjekk åpningstiden før du går dit.
   *[other] Den dagen er det { $day }. Mange kontorer er stengt da, så sjekk åpningstiden før du går dit.
}
ui-hours-check-first = { $hours } ({ $day }: sjekk først)
ui-office-check-day = { $id ->
    [christmas-week] Mellom jul og nyttår. International Citizen Service og SIRI har tidligere år holdt stengt da, så sjekk åpningstiden før du går dit.
   *[other] { $day }. Mange kontorer er stengt da, så sjekk åpningstiden før du går dit.
}
err-usage-conflict = { $arg } kan ikke brukes sammen med { $other }. Bruk den ene av dem.
err-usage-needs = { $arg } virker bare sammen med { $other }. Legg til { $other }, eller fjern { $arg }.
err-usage-not-with-command = { $arg } hører til den interaktive veiviseren og kan ikke brukes med kommandoen { $command }. Fjern den ene av dem.
err-output = Utdata kunne ikke skrives: { $detail }
err-kiosk-terminal = En kiosk må kjøre i en terminal: start den på en konsoll eller i et terminalvindu, ikke gjennom en pipe.
plain-keep = Svaret ditt så langt: { $answer }. Trykk Enter for å beholde det.
plain-review = Svarene dine (skriv et tall for å endre et svar):
plain-at-start = Dette er det første spørsmålet.
plain-input-ended = Det kom ikke mer input før veiviseren var ferdig. { $left ->
    [one] Det gjensto ett spørsmål.
   *[other] Det gjensto omtrent { $left } spørsmål.
  }
err-answer-unknown-place = Ingen postnumre, byer eller kommuner passer til «{ $value }». Skriv et postnummer på fire sifre, en by eller navnet på kommunen, for eksempel 8000, Køge eller Aarhus.
err-answer-ambiguous-postcode = Postnummer { $code } ({ $town }) ligger i { $count } kommuner: { $list }. Oppgi den du skal bo i.
err-answer-ambiguous = { $count ->
        [one] Mente du { $list }? Skriv hele navnet eller ID-en.
       *[other] «{ $value }» passer til { $count } kommuner: { $list }. Oppgi den du mener.
    }
err-missing-place = Gyldige svar: et postnummer (8000), et kommunenummer (751), navnet eller ID-en til en kommune (aarhus), eller other hvis du ikke vet det ennå.
ui-place-code = kommunenummer { $code }
plain-prompt-place = Skriv postnummer, by eller kommune (for eksempel 8000, Køge eller Aarhus), og trykk Enter. Skriv 0 for «{ $unsure }».
plain-prompt-place-pick = { $n ->
        [1] Skriv 1, og trykk Enter. Eller skriv noe annet for å søke på nytt.
       *[other] Skriv et tall fra 1 til { $n }, og trykk Enter. Eller skriv noe annet for å søke på nytt.
    }
plain-place-matches = Disse kommunene passer til «{ $value }»:
plain-place-chosen = Du valgte: { $name }.
ui-keys-place = Skriv for å søke · ↑↓ velg · Enter · Esc tilbake · F2 språk · ? hjelp
ui-place-hint = Skriv postnummer, by eller kommune, for eksempel 8000, Køge eller Aarhus.
ui-place-pick = Skriv for å søke, og velg så med ↑↓ og Enter, eller velg «{ $unsure }».
ui-place-which = { $place } ligger i { $count } kommuner. Hvilken av dem skal du bo i?
ui-place-which-keys = Velg den med ↑↓ og Enter.
ui-choose-first = Velg et svar først: skriv nummeret (1–{ $count }), klikk på det, eller bruk ↑↓ og så Enter.
ui-place-part = del av { $place }
plain-place-typo = Ingenting passer nøyaktig til «{ $value }». Mente du en av disse?
ui-keys-welcome-kiosk = 1–3 velg · ↑↓ Enter · F2 språk · ? hjelp
ui-staff-wait = Prøv igjen om { $seconds } s.
ui-staff-locked = For mange feil PIN-koder. Utgangen for personalet åpner igjen når kiosken har stått urørt.
log-counters-failed = utfallet ble ikke telt: { $detail }
cli-help-replace = Erstatt eksportfilen hvis den finnes.
err-export-exists = «{ $path }» finnes allerede. Legg til --replace for å erstatte den, eller velg et annet navn.
err-export-not-a-file = Kan ikke skrive «{ $path }»: det er en lenke, en pipe, en enhet eller en mappe. Velg navnet på en fil.
ui-save-exists = Det finnes allerede en fil med dette navnet. Enter erstatter den; ellers endre navnet.
log-wrong-pin = det ble tastet feil PIN-kode for personalet ({ $count } siden kiosken startet).
err-export-read-only = Kan ikke erstatte «{ $path }»: filen er skrivebeskyttet. Velg et annet navn.
err-export-no-folder = Kan ikke lagre «{ $path }»: mappen finnes ikke. Velg en mappe som finnes.
err-export-denied = Kan ikke lagre «{ $path }»: du har ikke lov til å skrive i den mappen. Velg et annet sted, for eksempel hjemmemappen din.
err-answer-cpr-invalid-character-end = Delen etter fødselsdatoen har et tegn som ikke er et siffer. Et CPR-nummer har bare sifrene 0–9, eventuelt med en bindestrek eller et mellomrom etter det sjette sifferet.
ui-cpr-have-yes = Ja
ui-cpr-have-no = Nei
ui-cpr-field = Skriv det som DDMMÅÅ-SSSS (mellomrom eller ingen bindestrek går også). Esc går tilbake.
plain-prompt-cpr-have = Skriv 1 for ja eller 2 for nei, og trykk Enter.
err-export-no-dates = Kan ikke lagre «{ $path }» som kalender: Ingen frist i resultatet ditt har en dato fra i dag og framover. Lagre som .md, .txt eller .json i stedet.
ui-calendar-summary = { $kind ->
    [by] Frist: { $title }
    [not-before] Fra i dag: { $title }
   *[other] { $title }
}
ui-card-where = Gå til
ui-card-deadline = { $kind ->
    [not-before] Tidligst
   *[other] Neste frist
}
ui-card-documents-label = { $outcome ->
    [tax-number] Legg ved
   *[other] Ta med
}
ui-card-documents = { $count ->
    [one] ett dokument – se listen nedenfor
   *[other] { $count } dokumenter – se listen nedenfor
}
ui-card-more = Alt står nedenfor (PgDn).
ui-hours-today = I dag: { $hours }
ui-hours-week-hint = h: hele uka
ui-heading-later = Husk også
ui-heading-take-away = Til telefonen din
ui-calendar-scan = Skann koden med kameraet på telefonen for å legge «{ $title }» ({ $date }) inn i kalenderen.
ui-calendar-count = { $total ->
    [one] Esc lukker
   *[other] Kode { $n } av { $total } · ← → de andre · Esc lukker
}
ui-calendar-none = Ingen frist i resultatet ditt har en dato fra i dag og framover, så det er ingenting å legge inn i kalenderen.
ui-calendar-hint = Trykk c for å få en kode som legger fristene dine inn i kalenderen på telefonen.
ui-help-week = vis åpningstidene for hele uka
ui-help-calendar = vis koder du kan skanne med telefonen: fristene til kalenderen og kontorets nettside (← → bytter mellom dem)
ui-help-save = lagre resultatet i en fil (.md, .txt, .json eller .ics for en kalender)
err-option-date-format = Det er ikke en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2026-12-06.
err-option-moment-format = Det er ikke et tidspunkt på formen ÅÅÅÅ-MM-DDTHH:MM, for eksempel 2026-12-02T10:30.
err-option-no-such-date = Den dagen finnes ikke i kalenderen.
err-option-no-such-time = Det klokkeslettet finnes ikke. Bruk 00:00 til 23:59.
err-answer-date-no-such-time = Det klokkeslettet finnes ikke. Bruk 00:00 til 23:59.
ui-calendar-count-short = { $n }/{ $total } · ← → · Esc
ui-code-scan-short = Skann den med kameraet på telefonen.
ui-code-too-small = Koden trenger et vindu på minst { $width }×{ $height }. Gjør vinduet større.
ui-calendar-save-instead = Eller lagre fristene som en kalenderfil med s (et navn som slutter på .ics).
ui-help-review-digits = i denne lista: skriv nummeret på svaret for å endre det (1 og så 2 for 12); 0 er resultatet
ui-hours-today-hint = h: bare i dag
ui-card-apply = Søk hos
ui-docstep-issued-here = { $document }: { $office } utsteder det selv, så du får det der først og trenger ikke å ha det med.
ui-deadline-office-closed = { $office } er stengt { $date }. { $last ->
    [none] Ta kontakt før da: Det er kanskje ingen åpen dag igjen.
   *[other] Den siste dagen det er åpent før da, er { $last }.
  }
ui-deadline-office-check = Fristen, { $date }, er { $reason }, da mange kontorer er stengt. Sjekk åpningstiden, eller bestill time før.
ui-deadline-office-maybe-closed = { $kind ->
    [holiday] Fristen, { $date }, er en helligdag ({ $reason }). Sjekk åpningstiden, eller bestill time før.
    [day] Fristen, { $date }, er { $reason }, da mange kontorer er stengt. Sjekk åpningstiden, eller bestill time før.
   *[weekend] Fristen, { $date }, er i en helg. Sjekk åpningstiden, eller bestill time før.
  }
ui-card-documents-visits = { $count } dokumenter til { $visits } besøk – se listen nedenfor
ui-list-and = { $head } og { $last }
doc-language-da = dansk
doc-language-en = engelsk
doc-language-de = tysk
doc-language-nordic = et nordisk språk
ui-basis = { $basis ->
    [own-page] Dette bygger på { $municipality } kommunes egen side, sjekket { $date }.
   *[general-rule] { $how ->
        [site-phone] Vi har ikke lest { $municipality } kommunes side for nyinnflyttere, så dette er den generelle regelen. Søk etter «flytte til Danmark» på { $site }, eller ring { $phone } for å være sikker.
        [site] Vi har ikke lest { $municipality } kommunes side for nyinnflyttere, så dette er den generelle regelen. Søk etter «flytte til Danmark» på { $site } for å være sikker.
       *[none] Vi har ikke lest { $municipality } kommunes side for nyinnflyttere, så dette er den generelle regelen. Spør kommunen før du drar dit.
    }
  }
ui-book-by = { $how ->
    [online] Bestill time på nett før du kommer.
    [phone] Bestill time på telefon { $phone }. Du kan ikke komme uten time.
    [walk-in] Du kan komme uten å bestille time.
   *[required] Bestill time før du kommer.
  }
ui-apply-first = { $required ->
    [no] { $kind ->
        [entry-form] Kontoret ber deg fylle ut innflyttingsskjemaet før du kommer.
        [self-service] Kontoret ber deg melde innflytting i selvbetjeningen før du kommer. Da går besøket raskere.
       *[online-application] Kontoret ber deg søke på nett før du kommer.
    }
   *[yes] { $kind ->
        [entry-form] Fyll ut innflyttingsskjemaet til kontoret før du kommer.
        [self-service] Meld innflytting i selvbetjeningen til kontoret før du kommer.
       *[online-application] Søk på nett før du bestiller time.
    }
  }
ui-hours-from = Åpningstidene er fra siden til kontoret slik den så ut i { $month } { $year }. Sjekk dem før du drar dit.
note-translation-languages = { $municipality } godtar dokumenter på { $languages }.
cli-help-coverage = Vis for hver kommune hva guiden vet, og fra når (kommunens egen side eller den generelle regelen).
coverage-yes = ja
coverage-no = nei
coverage-col-municipality = Kommune
coverage-col-basis = Bygger på
coverage-col-checked = Sjekket
coverage-col-registers = Registrerer
coverage-col-booking = Timebestilling
coverage-col-address = Adresse
coverage-col-hours = Åpningstid
coverage-col-documents = Ekstra dokumenter
coverage-basis = { $basis ->
    [own-page] egen side
   *[general-rule] generell regel
  }
coverage-by-group = { $office }, andre etter gruppe
coverage-hours = { $hours ->
    [weekly] ukentlig
    [by-appointment] etter avtale
   *[not-known] –
  }
coverage-totals = { $municipalities } kommuner: { $own } bygger på sin egen side, { $general } på den generelle regelen. { $rules } sender noen grupper et annet sted, { $booking } sier hvordan man bestiller time, { $first } krever et steg før timebestilling, { $address } gir en adresse, { $hours } gir åpningstider, { $documents } ber om ekstra dokumenter, { $languages } sier hvilke språk de godtar.
ui-kiosk-done = Ferdig? Trykk D for å slette svarene dine nå. Ellers tømmes skjermen av seg selv etter { $count } { $unit ->
        [minutes] { $count ->
            [one] minutt
           *[other] minutter
        }
       *[seconds] { $count ->
            [one] sekund
           *[other] sekunder
        }
    } uten tastetrykk.
ui-keys-review-kiosk = Tall: endre · 0: resultat · d slett svarene mine · Esc tilbake · ? hjelp
log-print-timeout = utskriftskommandoen ble ikke ferdig innen { $seconds } s og ble stoppet
ui-print-timeout = skriveren svarte ikke innen { $seconds ->
        [one] 1 sekund
       *[other] { $seconds } sekunder
    }
ui-review-digit = { $digit } … Skriv ett tall til for { $span ->
    [0] svar { $digit }0
   *[other] svar { $digit }0–{ $last }
}, eller trykk Enter for svar { $digit }.
ui-help-edit = i et tekstfelt: flytt markøren, slett tegnet under den, tøm feltet (← og Backspace går bare tilbake fra et tomt felt)
ui-language-title = Språk
ui-language-keys = 1–3 eller ↑ ↓ Enter · Esc lukk
ui-place-choose = Velg én med ↑↓ og Enter, eller skriv mer for å få færre treff.
ui-code-hint-web = Trykk c for å få en kode som åpner nettsiden til kontoret på telefonen din.
err-unknown-office-similar = Det finnes ikke noe kontor «{ $id }». Mente du { $similar }? `cpr-guide office` viser alle de { $count } kontorene.
take-away-made-at = Laget { $date } kl. { $time }.
take-away-made-on = Laget { $date }.
ui-date-confirm = Du skrev { $date }. Det er { $when ->
        [past] mer enn ett år siden
       *[future] om mer enn ett år
    }. Stemmer det?
ui-date-confirm-yes = Ja, det stemmer
ui-date-confirm-no = Nei, jeg skriver den på nytt
warn-far-date = «{ $id }» er { $date }. Det er { $when ->
        [past] mer enn ett år siden
       *[future] om mer enn ett år
    }. Datoen ble brukt slik den står.
ui-date-confirm-title = Sjekk datoen
ui-date-confirm-keys = 1 eller j: ja · 2 eller n: nei · Esc: skriv den på nytt
ui-keys-result-served = ↑↓ bla · c kalender · Esc tilbake · F5 på nytt · ? hjelp · q avslutt
cli-help-serve = Gjør veiviseren tilgjengelig over SSH: hver besøkende får sin egen veiviser i sin egen terminal.
cli-help-listen = Adressen og porten det lyttes på (standard 127.0.0.1:2222).
cli-help-host-key = Vertsnøkkelen til serveren. Den lages ved første oppstart, og bare eieren kan lese den.
cli-help-max-sessions = Høyst så mange økter samtidig (standard 1000).
cli-help-per-ip = Høyst så mange økter fra én adresse (standard 10).
serve-key = vertsnøkkel { $fingerprint } (ed25519), fra { $file }
serve-key-made = vertsnøkkel { $fingerprint } (ed25519), laget nå i { $file }
serve-listening = lytter på { $address }
serve-refused-full = Veiviseren er opptatt akkurat nå: alle plassene er tatt. Prøv igjen om noen minutter.
serve-refused-address = For mange økter fra adressen din samtidig. Lukk en av dem og prøv igjen.
serve-restarting = Tjenesten starter på nytt, så denne økten slutter nå. Svarene dine er slettet. Koble til igjen om litt.
serve-goodbye = Ha det. Svarene dine er slettet.
serve-internal-error = Noe gikk galt i veiviseren, så denne økten slutter nå. Svarene dine er slettet. Koble til igjen for å begynne på nytt.
serve-too-long = Økten har vart i { $minutes } { $minutes ->
        [one] minutt
       *[other] minutter
    }, og lenger kan ikke en økt vare. Den slutter nå, og svarene dine er slettet. Du er velkommen til å koble til igjen.
serve-idle = Ingen tast er trykket på { $minutes } { $minutes ->
        [one] minutt
       *[other] minutter
    }, så økten slutter. Svarene dine er slettet. Du er velkommen til å koble til igjen.
serve-exec-quote = Et anførselstegn er ikke lukket. Lukk det, eller dropp anførselstegnene.
serve-exec-too-long = Kommandoen er for lang.
serve-exec-empty = Ingen kommando. Koble til med en terminal for å bruke veiviseren, eller kjør guide, cpr eller office.
serve-exec-not-allowed = «{ $word }» kan ikke kjøres her. Bare veiviserens egne kommandoer kan: guide, cpr og office.
serve-exec-option = «{ $word }» kan ikke brukes her. guide tar --answer, --format, --lang, --today og --now; cpr tar et nummer, --json og --lang; office tar en id, --json, --lang, --today og --now. Alle tar også --help.
serve-exec-needs-value = «{ $word }» må ha en verdi etter seg, for eksempel --lang nb eller --format json.
serve-exec-lang = «{ $word }» er ikke et språk veiviseren kan. Bruk da, en eller nb.
serve-exec-format = «{ $word }» er ikke et utdataformat. Bruk text, markdown eller json.
serve-exec-date = «{ $word }» er ikke en dato her. Skriv den som 2026-12-05, eller 2026-12-05T10:00 for --now.
serve-exec-cpr = Skriv ett CPR-nummer etter cpr, som DDMMÅÅ-SSSS.
plain-save-served = Ingenting lagres her: maskinen er ikke din. Kopier resultatet fra terminalen din, eller bruk kalenderkodene i terminalveiviseren (ssh med terminal, og trykk c).
err-serve-host-key = Vertsnøkkelen { $file } kan ikke brukes: { $detail }
err-serve-listen = Kan ikke lytte på { $address }: { $detail }
serve-exec-number = Det ser ut som et CPR-nummer på et sted der det ikke skal stå et. Gi bare et CPR-nummer til cpr, som DDMMÅÅ-SSSS.
