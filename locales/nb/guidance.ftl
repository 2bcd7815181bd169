# Kontorer, kommuner, roller, dokumenter, frister, steg og kilder.

office-ihcph = International House Copenhagen (ICS East)
office-ihcph-about = International Citizen Service i København: registreringsbevis (EU-oppholdsdokument) og CPR-nummer. Oppholds- og arbeidstillatelser behandles av SIRI, ikke av ICS East.
office-siri = SIRI (det danske direktoratet for internasjonal rekruttering og integrering)
office-siri-about = Behandler oppholds- og arbeidstillatelser for statsborgere i land utenfor EU/EØS og Sveits, og utsteder registreringsbevis til EU-borgere. Dette er hovedkontoret.
office-borgerservice-vaerloese = Borgerservice Værløse (Furesø kommune)
office-borgerservice-vaerloese-about = På biblioteket ved Galaksen. Fyll ut innflyttingsskjemaet på nett før du kommer, og bestill time.
office-borgerservice = Borgerservice (servicetorget) i kommunen din
office-borgerservice-about = Folkeregistrerer dem som flytter til kommunen. Du finner Borgerservice på nettsidene til kommunen.
office-skattestyrelsen = Skattestyrelsen (den danske skatteetaten)
office-skattestyrelsen-about = Gir CPR-nummer for skatt til dem som ikke er folkeregistrert som bosatt i Danmark, og utsteder skattekort.
office-udbetaling-danmark = Udbetaling Danmark
office-udbetaling-danmark-about = Finner ut hvilket land som betaler helsetjenestene dine i Danmark: trygdelandet ditt. Du gir opplysningene på nett.
office-parish = Sognet i Den danske folkekirke
office-parish-about = Registrerer fødsler og dåp og gir barnet et CPR-nummer.

municipality-copenhagen = København
municipality-furesoe = Furesø
municipality-other = Vet ikke ennå

role-register = Her blir du folkeregistrert
role-register-alternative = Du kan også bli folkeregistrert her
role-registration-certificate = Registreringsbevis (EU)
role-health-insurance = Oppgi trygdeland
role-tax-number = CPR-nummer for skatt
role-tax-questions = Skattekort og spørsmål om skatt
role-residence-permit = Oppholds- og arbeidstillatelse
role-parish = CPR-nummer ved dåp

note-siri-apply = Søk på nett eller ved en dansk ambassade eller et generalkonsulat i landet der du bor. International House (ICS East) behandler ikke tillatelser.
note-ihcph-fast-track = Furesø samarbeider med International House. Trenger du nummeret raskt, kan du gå dit i stedet.
note-certificate-first = Skaff deg registreringsbeviset først. Du trenger det for å bli folkeregistrert.
note-ics-centres = International Citizen Service i København, Aarhus, Aalborg, Esbjerg, Odense og Sønderborg hjelper nyankomne med registreringene. ICS East nevner hjelp med skattekort blant tjenestene sine.
note-passport-nordic = Legitimasjonen din må vise statsborgerskapet ditt, så pass er best.
note-child-documents = Barnets eget pass. Et barn som ikke er nordisk statsborger, trenger også oppholdstillatelse eller registreringsbevis (EU).
note-permit-furesoe = Borgerservice Værløse vil se originalen, og den kan ikke være eldre enn 6 måneder.
note-faroe-p-number = Fra Færøyene: P-tallet ditt (p-tal).
note-translation-furesoe = Borgerservice Værløse krever en autorisert oversettelse til dansk eller engelsk.
note-translation-ask = Spør kontoret hvilke språk det godtar. Aarhus godtar for eksempel også tysk, og ICS West godtar vigsels- og fødselsattester på tysk og de skandinaviske språkene.

doc-passport = { $situation ->
    [tax-only] { $lives-in-sweden ->
        [yes] Kopi av passet ditt, eller av det nasjonale ID-kortet ditt (for- og bakside) sammen med et personbevis
       *[other] Kopi av passet ditt eller det nasjonale ID-kortet ditt (for- og bakside)
    }
   *[other] Gyldig pass
  }
doc-residence-permit = { $situation ->
    [tax-only] Den danske oppholdstillatelsen din
   *[other] Oppholdstillatelsen din
  }
doc-work-permit = Den danske arbeidstillatelsen din
doc-registration-certificate = Registreringsbevis (EU)
doc-nordic-id-number = Dokumentasjon på fødselsnummeret eller personnummeret ditt fra det nordiske landet du flytter fra
doc-housing-proof = Dokumentasjon på hvor du bor: leiekontrakt, bevis på andel i andelsbolig (andelsbevis), skjøte (skøde) eller en erklæring fra den du bor hos (logiværtserklæring)
doc-employment-contract = Arbeidskontrakt, signert av deg og arbeidsgiveren
doc-personbevis = Personbevis (utskrift fra det svenske folkeregisteret), hvis du sender ID-kortet i stedet for passet
doc-marriage-certificate = Vigselsattest
doc-familjebevis = Familjebevis (familieattest fra den svenske skatteetaten) i stedet for vigselsattest
doc-birth-certificate = Fødselsattesten din i original
doc-children-birth-certificates = Fødselsattester for barna under 18 som flytter med deg
doc-custody-documents = Papirer på foreldreansvaret hvis du ikke er gift med den andre forelderen til barna, eller hvis den andre forelderen ikke flytter med: en avgjørelse om foreldreansvar eller samtykke fra den andre forelderen
doc-translation = En oversettelse av hvert dokument som ikke er på dansk eller engelsk
doc-form-04-063 = Søknaden på nett (de fleste bruker den) eller skjema 04.063

deadline-report-move = Bli folkeregistrert i kommunen
deadline-report-move-rule = { $situation ->
    [eu] Senest 5 dager etter at du oppfyller vilkårene. For deg er det når du har registreringsbeviset og et sted å bo.
   *[other] Senest 5 dager etter at du oppfyller vilkårene: Du er her, har et sted å bo og har lovlig opphold (med oppholdstillatelse, hvis du trenger det).
  }
deadline-permit-age = Bli folkeregistrert mens oppholdstillatelsen ikke er eldre enn 6 måneder
deadline-permit-age-rule = Borgerservice Værløse krever at oppholdstillatelsen du tar med, ikke er eldre enn 6 måneder.
deadline-permit-age-passed = Oppholdstillatelsen din er eldre enn 6 måneder, og Borgerservice Værløse krever at den ikke er eldre enn 6 måneder. Ta kontakt med Borgerservice før du drar dit.
deadline-registration-certificate = Søk om registreringsbevis
deadline-registration-certificate-rule = { $job-seeker ->
    [yes] Som arbeidssøker kan du være her i opptil 6 måneder fra dagen du kommer, uten registreringsbevis. Beviset gis til arbeidstakere, selvstendig næringsdrivende, studenter, personer som kan forsørge seg selv, og familiemedlemmer. Å søke arbeid er ikke et av disse grunnlagene.
   *[other] Du trenger det når oppholdet varer mer enn 3 måneder, og du kan først bli folkeregistrert når du har det.
  }
deadline-must-register-3-months = Du må folkeregistrere deg
deadline-must-register-3-months-rule = Statsborgere i land utenfor Norden, EU/EØS og Sveits må folkeregistrere seg når de skal være i Danmark mer enn 3 måneder.
deadline-must-register-6-months = De 6 månedene uten folkeregistrering er over
deadline-must-register-6-months-rule = Du kan være i Danmark i opptil 6 måneder uten å folkeregistrere deg. Finner du ut før det at du blir lenger, må du folkeregistrere deg innen 5 dager.
deadline-cpr-arrives = CPR-nummeret ditt kommer
deadline-cpr-arrives-rule = Omtrent 2 uker etter at du er folkeregistrert hos Borgerservice Værløse.
deadline-tax-apply-window = Søk om CPR-nummer for skatt
deadline-tax-apply-window-rule = Søk tidligst 60 dager før den første arbeidsdagen din. Skattestyrelsen behandler ikke søknader som er sendt tidligere.
deadline-tax-number-assigned = Den første dagen du kan få nummeret
deadline-tax-number-assigned-rule = Skattestyrelsen gir nummeret tidligst 21 arbeidsdager før du begynner i jobben. Helger og danske helligdager teller ikke.
deadline-tax-card-window = Søk om skattekort
deadline-tax-card-window-rule = Har du allerede et nummer, søker du om skattekort tidligst 60 dager før du begynner å jobbe.
deadline-report-before-leaving = Hvis du senere flytter fra Danmark til et annet nordisk land
deadline-report-before-leaving-rule = Gi beskjed til kommunen din i Danmark før du flytter.

step-apply-residence-permit = Søk om oppholds- og arbeidstillatelse først. Det er SIRI som behandler søknadene. Du søker på nett eller ved en dansk ambassade eller et generalkonsulat i utlandet. Når du har fått tillatelsen, bruker du veiviseren igjen.
step-biometrics = Søker du på nett eller direkte hos SIRI, må du registrere biometri (foto og fingeravtrykk) senest 14 dager etter at du søkte.
step-no-registration-short-stay = Du kan være i Danmark uten å folkeregistrere deg. Viser det seg at du blir mer enn 3 måneder, bruker du veiviseren igjen.
step-no-registration-tax = Skal du jobbe i Danmark, kan Skattestyrelsen gi deg et CPR-nummer for skatt.
step-job-seeker-stay = Som arbeidssøker kan du være i Danmark i opptil 6 måneder fra dagen du kommer, uten å folkeregistrere deg.
step-job-seeker-ground = Du kan bare bli folkeregistrert og få CPR-nummer med registreringsbevis, og det får du ikke bare fordi du søker arbeid. Når du får jobb, eller et annet grunnlag gjelder deg (selvstendig næringsdrivende, student, nok penger til å forsørge deg selv, familie til en EU-borger), søker du om registreringsbeviset. Deretter folkeregistrerer du deg innen 5 dager.
step-optional-registration = Du har rett til å bli folkeregistrert nå, fordi du skal være i Danmark mer enn 3 måneder. Viser det seg at du blir mer enn 6 måneder, må du folkeregistrere deg.
step-get-certificate-first = Skaff deg registreringsbevis først. SIRI utsteder det på ICS-senteret som står ovenfor, og på SIRIs hovedkontor i Valby. Bestill time.
step-ihcph-apply-online = Søk først om CPR-nummer på nett (se siden om ICS East). Saksbehandlingen tar omtrent 1–2 uker, og du får en e-post med et saksnummer.
step-ihcph-book = Bestill time for CPR-nummer hos ICS East med saksnummeret.
step-vaerloese-entry-form = Fyll ut innflyttingsskjemaet på nett før du kommer.
step-vaerloese-book = Bestill time på nett. Du må ha bestilt time.
step-borgerservice-contact = Finn Borgerservice på nettsidene til kommunen, og folkeregistrer deg. Kommunen kan be deg om å møte opp personlig.
step-bring-documents = Ta med alle dokumentene på listen.
step-check-apostille = Vigsels- og fødselsattester fra noen land må ha apostille eller være legalisert. Spør kontoret om dine må det.
step-everyone-in-person = Alle som flytter, også barna, må som regel møte opp personlig.
step-ihcph-collect = { $situation ->
    [child-abroad] Møt opp til timen sammen med barnet. Etter en ID-kontroll får barnet CPR-nummeret sitt.
   *[other] Møt opp til timen. Etter en ID-kontroll får du CPR-nummeret ditt.
  }
step-vaerloese-wait = { $situation ->
    [child-abroad] CPR-nummeret til barnet kommer omtrent 2 uker etter registreringen.
   *[other] CPR-nummeret ditt kommer omtrent 2 uker etter at du er folkeregistrert.
  }
step-existing-number = { $situation ->
    [child-abroad] Barnet har allerede et CPR-nummer og blir folkeregistrert med det samme nummeret.
   *[other] Du har allerede et CPR-nummer. Du blir folkeregistrert med det samme nummeret.
  }
step-residence-card = Oppholdskortet ditt blir bestilt når adressen din blir registrert i CPR. Det kommer i posten etter omtrent 2–3 uker.
step-declare-health-insurance = Oppgi trygdelandet ditt til Udbetaling Danmark med nettskjemaet «Information about health insurance country» (på lifeindenmark.borger.dk), selv om du mangler papirer. Papirene kan du sende senere til Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød.
step-health-card = Det danske helsekortet (sundhedskort, «det gule kortet») kommer i posten omtrent 2–3 uker etter at du er folkeregistrert. På kortet står navnet og adressen til legen din.
step-mailbox = Sett navnet ditt på den nye postkassen: minst etternavnene til alle som får post der. Ellers kommer helsekortet kanskje ikke fram.
step-tax-card = Søk om skattekort på nett før du begynner å jobbe.
step-mitid = Skaff deg MitID, den danske elektroniske ID-en: i MitID-appen med passet ditt, eller hos Borgerservice.
step-tax-apply = Søk hos Skattestyrelsen på nett (det gjør de fleste) eller med skjema 04.063, og legg ved dokumentene på listen.
step-tax-wait = Nummeret lages sammen med skattekortet ditt. Du ser det øverst på den foreløpige skatteberegningen (forskudsopgørelse), og Skattestyrelsen sender det til arbeidsgiveren din. Med skjema 04.063 tar det omtrent 2 uker.
step-tax-number-is-cpr = Nummeret er et fullverdig CPR-nummer. Flytter du til Danmark senere, blir du folkeregistrert med det samme nummeret.
step-has-number-use-it = Gi CPR-nummeret ditt til arbeidsgiveren. Flytter du til Danmark senere, blir du folkeregistrert med det samme nummeret.
step-child-no-right = Et barn som er født og bor i utlandet, har ikke rett til CPR-nummer, heller ikke om barnet er dansk statsborger.
step-child-passport = Et barn som er dansk statsborger, kan få dansk pass uten CPR-nummer.
step-child-later = Barnet kan få CPR-nummer senere: når det flytter til Danmark og blir folkeregistrert, fra en annen myndighet, eller hvis det blir døpt i Den danske folkekirke i Danmark.
step-child-parish-contact = Kontakt sognet der barnet skal døpes. Sognet gir barnet et CPR-nummer.
step-child-keeps-number = Barnet beholder nummeret, også hvis det flytter til Danmark senere.
step-child-register-with-family = Folkeregistrer barnet samtidig med deg selv. Barnet får CPR-nummer når det blir folkeregistrert.
step-child-follows-family = Barnet følger de samme reglene som resten av familien. Gå gjennom veiviseren for en av foreldrene for å se fristene. Et barn som ikke er nordisk statsborger, trenger sin egen oppholdstillatelse (EU-borgere: registreringsbevis).

source-seed-000 = Furesø kommune: Flytting til Danmark (Borgerservice Værløse, International House, reglene til CPR-kontoret)
source-seed-004 = Info Norden: Dansk personnummer
source-lid-ics-overview = Life in Denmark: ICS – International Citizen Service
source-lid-ics-east = Life in Denmark: ICS East i København
source-lid-ics-east-process = Life in Denmark: ICS East i København (søknad om CPR-nummer)
source-lejre-moving = Lejre kommune: Flytting til Danmark
source-lid-ics-west = Life in Denmark: ICS West i Aarhus
source-lid-ics-north = Life in Denmark: ICS North i Aalborg
source-kk-eu-residence-document = Københavns kommune: EU-oppholdsdokument
source-odense-permits = Odense kommune: oppholds- og arbeidstillatelser
source-nyidanmark-apply = Ny i Danmark (SIRI): Du venter på svar
source-nyidanmark-biometrics = Ny i Danmark (SIRI): Fristen for biometri er 14 dager
source-nyidanmark-residence-card = Ny i Danmark: Ja til oppholdstillatelse (oppholdskortet)
source-cpr-moving-from-abroad = CPR-kontoret: Innflytting til Danmark for første gang
source-cpr-administrative-numbers = CPR-kontoret: Administrative personnumre
source-aarhus-cpr-documents = Aarhus kommune: dokumenter for CPR-nummer
source-aarhus-accompanying-children = Aarhus kommune: barn som flytter med
source-randers-entry = Randers kommune: Innreise til Danmark
source-lid-health-insurance-country = Life in Denmark: opplysninger om trygdeland
source-borgerdk-health-insurance-country = borger.dk: Internasjonal helsetrygd – trygdeland
source-haderslev-health-card = Haderslev kommune: helsekortet (tekst fra Life in Denmark)
source-mitid-non-citizens = MitID: hjelp til personer uten dansk statsborgerskap
source-skat-tax-number = Skattestyrelsen: CPR-nummer for skatt og skattekort
source-skat-04-063 = Skattestyrelsen: skjema 04.063
source-skat-tax-number-en = Skattestyrelsen: Slik får du CPR-nummer for skatt
source-lid-tax-card-apply = Life in Denmark: Søk om skattekort
source-norden-registration-dk = Info Norden: Folkeregistrering i Danmark
office-ics-west = ICS West i Aarhus (International Citizen Service)
office-ics-west-about = International Citizen Service i Aarhus, på Dokk1: registreringsbevis for alle, og CPR-nummer for dem som bor i en av de 18 kommunene senteret betjener.
office-ics-north = ICS North i Aalborg (International Citizen Service)
office-ics-north-about = International Citizen Service i Aalborg: registreringsbevis, og CPR-nummer for dem som bor i kommunene senteret betjener.
office-ics-esbjerg = ICS Esbjerg (International Citizen Service)
office-ics-esbjerg-about = International Citizen Service på rådhuset i Esbjerg, ved siden av Borgerservice: registreringsbevis, og CPR-nummer for dem som bor i kommunene senteret betjener.
office-ics-odense = ICS South i Odense (International Citizen Service)
office-ics-odense-about = International Citizen Service i Odense hjelper nyankomne arbeidstakere med registreringene: CPR-nummer, MitID og skattekort. Adressen står på nettsiden.
office-ics-soenderborg = ICS Sønderborg (International Citizen Service)
office-ics-soenderborg-about = Borgerservice i Sønderborg kommune utsteder CPR-nummeret, og SIRI, som utsteder registreringsbeviset, holder til på samme adresse. Adressen står på nettsiden.
office-ics = International Citizen Service (ICS) for kommunen din
office-ics-about = Det finnes ICS-sentre i København, Aarhus, Aalborg, Esbjerg, Odense og Sønderborg. Nettsiden til hvert senter sier hvilke kommuner det betjener.
note-ics-cpr = Senteret utsteder CPR-nummer til dem som bor i kommunen din. Du kan folkeregistrere deg der i stedet.
note-ics-cpr-albertslund = ICS East utsteder bare CPR-nummer til folk i Albertslund hvis de er studenter og bor i Vognporten eller Morbærhaven. Alle andre folkeregistrerer seg hos Borgerservice i Albertslund.
note-ics-cpr-not-students = Studenter i kommunen din kan ikke få CPR-nummer hos ICS East. De folkeregistrerer seg hos Borgerservice i kommunen.
step-register-check-page = Les nettsiden til kontoret der du folkeregistrerer deg, før du drar dit. De fleste steder må du bestille time, og du må møte opp personlig med dokumentene dine.
source-lid-ics-esbjerg = Life in Denmark: ICS Esbjerg
source-esbjerg-ics = Esbjerg kommune: ICS – International Citizen Service
source-odense-ico = Odense kommune: Registrering og CPR-nummer
source-sonderborg-entry = Sønderborg kommune: Innreise til Danmark
source-postnord-postcodes = PostNord: postnummerfilen (postnumre, kommuner og regioner), 17. oktober 2020
step-municipality-later = Når du vet hvor du skal bo, kan du gå gjennom veiviseren igjen med postnummeret ditt. Da får du kontorene i kommunen din og åpningstidene deres.
