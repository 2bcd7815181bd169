# Kontorer, kommuner, roller, dokumenter, frister, steg og kilder.

office-ihcph = International House Copenhagen
office-ihcph-about = Registreringsbevis, oppholds- og arbeidstillatelse, CPR-nummer, helsekort (det gule kortet) og skattekort – alt på ett sted. Du må møte opp personlig.
office-borgerservice-vaerloese = Borgerservice Værløse (Furesø kommune)
office-borgerservice-vaerloese-about = På biblioteket ved Galaksen. Fyll ut innflyttingsskjemaet på nett før du kommer, og bestill time.
office-borgerservice = Borgerservice (servicetorget) i kommunen din
office-borgerservice-about = Folkeregistrerer dem som flytter til kommunen. Du finner Borgerservice på nettsiden til kommunen din.
office-skattestyrelsen = Skattestyrelsen (den danske skatteetaten)
office-skattestyrelsen-about = Gir personnummer for skatt til dem som ikke er folkeregistrert som bosatt i Danmark.
office-udbetaling-danmark = Udbetaling Danmark
office-udbetaling-danmark-about = Finner ut hvilket land som betaler helsetjenestene dine i Danmark: trygdelandet ditt.
office-parish = Sognet i den danske folkekirken (Folkekirken)
office-parish-about = Registrerer fødsler og dåp og gir barnet et CPR-nummer.

municipality-copenhagen = København
municipality-furesoe = Furesø (Værløse, Farum)
municipality-other = En annen kommune

role-register = Her melder du flytting
role-register-alternative = Du kan også melde flytting her
role-registration-certificate = Registreringsbevis (EU)
role-health-insurance = Oppgi trygdeland
role-tax-number = Personnummer for skatt
role-tax-questions = Spørsmål om skatt
role-residence-permit = Oppholds- og arbeidstillatelse
role-parish = CPR-nummer ved dåp

note-ihcph-fast-track = Furesø samarbeider med International House. Hvis du trenger nummeret raskt, kan du gå dit i stedet.
note-certificate-first = Skaff deg registreringsbeviset først: du trenger det for å bli folkeregistrert.
note-ics-centres = Du kan også få hjelp på et International Citizen Service-senter i København, Aarhus, Odense eller Aalborg.
note-passport-nordic = Legitimasjonen din må vise statsborgerskapet ditt, så pass er best.
note-child-documents = Barnets eget pass. Et barn som ikke er nordisk statsborger, trenger også oppholdstillatelse eller registreringsbevis (EU).

doc-passport = Gyldig pass
doc-residence-permit = Oppholdstillatelsen i original, ikke eldre enn 6 måneder
doc-registration-certificate = Registreringsbevis (EU)
doc-nordic-id-number = Dokumentasjon på personnummeret ditt fra det nordiske landet du flytter fra
doc-housing-proof = Dokumentasjon på hvor du bor: leiekontrakt, bevis på andel i andelsbolig (andelsbevis), skjøte (skøde) eller en erklæring fra den du bor hos (logiværtserklæring)
doc-marriage-certificate = Vigselsattest i original
doc-birth-certificate = Fødselsattest i original
doc-translation = Autorisert oversettelse til dansk eller engelsk av hvert dokument som er på et annet språk
doc-form-04-063 = Skjema 04.063, eller søknaden på nett
doc-employment-contract = Signert arbeidskontrakt
doc-work-permit = Arbeidstillatelse

deadline-report-move = Meld flytting til kommunen
deadline-report-move-rule = { $situation ->
    [eu] Senest 5 dager etter at du oppfyller vilkårene: for deg er det når du har registreringsbevis (EU) og et sted å bo.
   *[other] Senest 5 dager etter at du oppfyller vilkårene: du er her, har et sted å bo og har lovlig opphold (med oppholdstillatelse, hvis du trenger det).
  }
deadline-permit-age = Bli folkeregistrert mens oppholdstillatelsen ikke er eldre enn 6 måneder
deadline-permit-age-rule = Oppholdstillatelsen du tar med, kan ikke være eldre enn 6 måneder.
deadline-registration-certificate = Ha registreringsbeviset (EU) klart
deadline-registration-certificate-rule = { $job-seeker ->
    [yes] Som arbeidssøker trenger du det når oppholdet varer mer enn 6 måneder.
   *[other] Du trenger det når oppholdet varer mer enn 3 måneder.
  }
deadline-must-register-3-months = Du har plikt til å folkeregistrere deg
deadline-must-register-3-months-rule = Statsborgere i land utenfor Norden, EU/EØS og Sveits må folkeregistrere seg når de skal være i Danmark mer enn 3 måneder.
deadline-must-register-6-months = De 6 månedene uten folkeregistrering er over
deadline-must-register-6-months-rule = Du kan være i Danmark i opptil 6 måneder uten å folkeregistrere deg. Finner du ut før det at du blir lenger, må du melde flytting innen 5 dager.
deadline-cpr-arrives = CPR-nummeret ditt kommer
deadline-cpr-arrives-rule = Omtrent 2 uker etter at du er folkeregistrert hos Borgerservice Værløse.
deadline-tax-apply-window = Søk om personnummer for skatt
deadline-tax-apply-window-rule = Søk tidligst 21 arbeidsdager før du begynner i jobben. Helger og danske helligdager teller ikke.
deadline-report-before-leaving = Hvis du senere flytter fra Danmark til et annet nordisk land
deadline-report-before-leaving-rule = Meld fra til kommunen din i Danmark før du flytter.

step-apply-residence-permit = Søk om oppholdstillatelse først. På International House Copenhagen finner du myndighetene som behandler oppholds- og arbeidstillatelser. Når du har fått tillatelsen, bruker du veiviseren igjen.
step-no-registration-short-stay = Du kan være i Danmark uten å folkeregistrere deg. Hvis det viser seg at du blir mer enn 3 måneder, bruker du veiviseren igjen.
step-no-registration-tax = Hvis du skal jobbe i Danmark, kan Skattestyrelsen gi deg et personnummer for skatt.
step-optional-registration = Du har rett til å bli folkeregistrert nå, fordi du skal være i Danmark mer enn 3 måneder. Hvis det viser seg at du blir mer enn 6 måneder, må du folkeregistrere deg.
step-get-certificate-first = Skaff deg registreringsbevis (EU) først. SIRI utsteder det på International House Copenhagen og på International Citizen Service-sentrene.
step-ihcph-apply-online = Fyll ut søknaden på nett på ihcph.kk.dk.
step-ihcph-book = Bestill time hos International House.
step-vaerloese-entry-form = Fyll ut innflyttingsskjemaet på nett før du kommer.
step-vaerloese-book = Bestill time på nett. Du må ha bestilt time.
step-borgerservice-contact = Finn Borgerservice på nettsiden til kommunen din, og meld flytting. Kommunen kan be deg om å møte opp personlig.
step-bring-documents = Ta med alle dokumentene på listen.
step-ihcph-collect = { $situation ->
    [child-abroad] Hent CPR-nummeret til barnet personlig hos International House.
   *[other] Hent CPR-nummeret ditt personlig hos International House.
  }
step-vaerloese-wait = { $situation ->
    [child-abroad] CPR-nummeret til barnet kommer omtrent 2 uker etter registreringen.
   *[other] CPR-nummeret ditt kommer omtrent 2 uker etter at du er folkeregistrert.
  }
step-existing-number = { $situation ->
    [child-abroad] Barnet har allerede et CPR-nummer og blir folkeregistrert med det samme nummeret.
   *[other] Du har allerede et CPR-nummer. Du blir folkeregistrert med det samme nummeret.
  }
step-declare-health-insurance = Oppgi trygdelandet ditt (hvilket land som betaler helsetjenestene dine) til Udbetaling Danmark, selv om du mangler papirer. Papirene kan du sende senere til Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød.
step-mailbox = Sett navnet ditt på den nye postkassen: minst etternavnene til alle som får post der.
step-tax-apply = Søk hos Skattestyrelsen på nett eller med skjema 04.063. Legg ved den signerte arbeidskontrakten din.
step-tax-wait = Nummeret kommer sammen med den foreløpige skatteberegningen din (forskudsopgørelse), i løpet av omtrent 2 uker.
step-tax-number-is-cpr = Nummeret er et ordentlig CPR-nummer. Hvis du flytter til Danmark senere, blir du folkeregistrert med det samme nummeret.
step-has-number-use-it = Gi nummeret ditt til arbeidsgiveren. Hvis du flytter til Danmark senere, blir du folkeregistrert med det samme nummeret.
step-child-no-right = Et barn som er født og bor i utlandet, har ikke rett til CPR-nummer, heller ikke om barnet er dansk statsborger.
step-child-passport = Et barn som er dansk statsborger, kan få dansk pass uten CPR-nummer.
step-child-later = Barnet får personnummer når det flytter til Danmark og kan bli folkeregistrert, fra en annen myndighet, eller hvis det blir døpt i Folkekirken i Danmark.
step-child-parish-contact = Kontakt sognet der barnet skal døpes. Sognet gir barnet et CPR-nummer.
step-child-keeps-number = Barnet beholder nummeret, også hvis det flytter til Danmark senere.
step-child-register-with-family = Meld flytting for barnet samtidig som du melder din egen. Barnet får CPR-nummer når det blir folkeregistrert.

source-seed-000 = Furesø kommune: International House Copenhagen, Borgerservice Værløse og CPR-kontorets regler for å flytte til Danmark
source-seed-004 = Info Norden: Dansk personnummer
source-skat-04-063 = Skattestyrelsen: personnummer for skatt (skjema 04.063)
source-lifeindenmark = Life in Denmark: International Citizen Service

deadline-permit-age-passed = Oppholdstillatelsen din er mer enn 6 måneder gammel, men den kan ikke være eldre enn 6 måneder når du blir folkeregistrert. Ta kontakt med kommunen før du drar dit.
step-child-follows-family = Barnet følger de samme reglene som resten av familien. Bruk veiviseren for situasjonen til en av foreldrene for å se fristene. Et barn som ikke er nordisk statsborger, trenger sin egen oppholdstillatelse (EU-borgere: registreringsbevis).
