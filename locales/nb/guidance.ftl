# Kontorer, kommuner, roller, dokumenter, frister, steg og kilder.

office-ihcph = International House Copenhagen (ICS East)
office-ihcph-about = International Citizen Service i København: registreringsbevis (EU-oppholdsdokument) og CPR-nummer. Oppholds- og arbeidstillatelser behandles av SIRI, ikke av ICS East.
office-siri = SIRI (det danske direktoratet for internasjonal rekruttering og integrering)
office-siri-about = Behandler oppholds- og arbeidstillatelser for arbeid, studier og mer for statsborgere i land utenfor EU/EØS og Sveits, og utsteder registreringsbevis til EU-borgere. Kontorene tar bare imot folk som har bestilt time.
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
role-residence-permit = Behandler oppholdstillatelser: søk på nett eller ved en dansk utenriksstasjon
role-parish = CPR-nummer ved dåp

note-ihcph-fast-track = Furesø samarbeider med International House. Trenger du nummeret raskt, kan du gå dit i stedet.
note-certificate-first = Skaff deg registreringsbeviset først. Du trenger det for å bli folkeregistrert.
note-ics-centres = International Citizen Service i København, Aarhus, Aalborg, Esbjerg, Odense og Sønderborg hjelper nyankomne med registreringene.
note-passport-nordic = Legitimasjonen din må vise statsborgerskapet ditt, så pass er best.
note-child-documents = Barnets eget pass. Et barn som ikke er nordisk statsborger, trenger også oppholdstillatelse eller registreringsbevis (EU).
note-permit-furesoe = Borgerservice Værløse vil se originalen, og den kan ikke være eldre enn 6 måneder.
note-faroe-p-number = Fra Færøyene: P-tallet ditt (p-tal).
note-translation-furesoe = Borgerservice Værløse krever en autorisert oversettelse til dansk eller engelsk.
note-translation-ask = Danske myndigheter trenger bare å godta dokumenter på dansk, men mange kontorer godtar også engelsk, noen også tysk eller et nordisk språk. Spør kontoret ditt hvilke språk det godtar, før du betaler for oversettelse.

doc-passport = Gyldig pass
doc-residence-permit = { $situation ->
    [tax-only] Den danske oppholdstillatelsen din
   *[other] Oppholdstillatelsen din
  }
doc-work-permit = Den danske arbeidstillatelsen din
doc-registration-certificate = Registreringsbevis (EU)
doc-nordic-id-number = Dokumentasjon på fødselsnummeret eller personnummeret ditt fra det nordiske landet du flytter fra
doc-housing-proof = { $situation ->
    [child-abroad] Dokumentasjon på hvor barnet skal bo: leiekontrakt, bevis på andel i andelsbolig (andelsbevis), skjøte (skøde) eller en erklæring fra den barnet skal bo hos (logiværtserklæring)
   *[other] Dokumentasjon på hvor du bor: leiekontrakt, bevis på andel i andelsbolig (andelsbevis), skjøte (skøde) eller en erklæring fra den du bor hos (logiværtserklæring)
  }
doc-employment-contract = Arbeidskontrakt, signert av deg og arbeidsgiveren
doc-personbevis = Personbevis (utskrift fra det svenske folkeregisteret), hvis du sender ID-kortet i stedet for passet
doc-marriage-certificate = Vigselsattest
doc-familjebevis = Familjebevis (familieattest fra den svenske skatteetaten) i stedet for vigselsattest
doc-birth-certificate = Fødselsattesten din i original
doc-children-birth-certificates = { $situation ->
    [child-abroad] Fødselsattesten til barnet
   *[other] Fødselsattester for barna under 18 som flytter med deg
  }
doc-custody-documents = { $situation ->
    [child-abroad] Papirer på foreldreansvaret for barnet hvis foreldrene ikke er gift med hverandre, eller hvis den ene ikke flytter med: en avgjørelse om foreldreansvar eller samtykke fra den andre forelderen
   *[other] Papirer på foreldreansvaret hvis du ikke er gift med den andre forelderen til barna, eller hvis den andre forelderen ikke flytter med: en avgjørelse om foreldreansvar eller samtykke fra den andre forelderen
  }
doc-translation = En oversettelse av hvert dokument som ikke er på dansk eller engelsk
doc-form-04-063 = Søknaden på nett (de fleste bruker den) eller skjema 04.063

deadline-report-move = Bli folkeregistrert i kommunen
deadline-report-move-rule = { $municipality ->
    [other] Senest 5 dager etter at du oppfyller vilkårene: Du er her, har et sted å bo og har lovlig opphold. De 5 dagene regnes fra du har et sted å bo.
   *[other-place] { $situation ->
        [eu] Senest 5 dager etter at du oppfyller vilkårene. For deg er det når du har registreringsbeviset og et sted å bo.
        [nordic] Senest 5 dager etter at du oppfyller vilkårene: Du er her og har et sted å bo.
        [child-abroad] Senest 5 dager etter at barnet oppfyller vilkårene: Det er her og har et sted å bo (og oppholdstillatelse, hvis det trenger det).
       *[other] Senest 5 dager etter at du oppfyller vilkårene: Du er her, har et sted å bo og har lovlig opphold med oppholdstillatelsen din.
    }
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

step-apply-residence-permit = Søk om oppholdstillatelse før du kommer. To myndigheter behandler søknadene: SIRI (arbeid, studier og mer) og Udlændingestyrelsen (familiegjenforening, asyl og mer). Søk på nett på nyidanmark.dk eller ved en dansk ambassade eller et generalkonsulat i landet der du bor. Bruk guiden igjen når du har tillatelsen.
step-biometrics = Har du søkt på nett hos SIRI, må du ta bilde og fingeravtrykk (biometri) senest 14 dager etter: hos SIRI (bestill time) eller ved en dansk ambassade, et generalkonsulat eller et visumsenter. Ta med en utskrift av kvitteringen for søknaden. For ordningene til Udlændingestyrelsen gjør du som du får beskjed om når du søker.
step-no-registration-short-stay = Du kan være i Danmark uten å folkeregistrere deg. Viser det seg at du blir mer enn 3 måneder, bruker du veiviseren igjen.
step-no-registration-tax = { $situation ->
    [non-eu] Skal du jobbe i Danmark, kan Skattestyrelsen gi deg et CPR-nummer for skatt. Du må legge ved den danske oppholds- og arbeidstillatelsen din.
   *[other] Skal du jobbe i Danmark, kan Skattestyrelsen gi deg et CPR-nummer for skatt.
  }
step-job-seeker-stay = Som arbeidssøker kan du være i Danmark i opptil 6 måneder fra dagen du kommer, uten å folkeregistrere deg.
step-job-seeker-ground = Du kan bare bli folkeregistrert og få CPR-nummer med registreringsbevis, og det får du ikke bare fordi du søker arbeid. Når du får jobb, eller et annet grunnlag gjelder deg (selvstendig næringsdrivende, student, nok penger til å forsørge deg selv, familie til en EU-borger), søker du om registreringsbeviset. Deretter folkeregistrerer du deg innen 5 dager.
step-optional-registration = Du har rett til å bli folkeregistrert nå, fordi du skal være i Danmark mer enn 3 måneder. Viser det seg at du blir mer enn 6 måneder, må du folkeregistrere deg.
step-ihcph-apply-online = Søk først om CPR-nummer på nett (se siden om ICS East). Du får et saksnummer når du sender søknaden. Den tar omtrent 1–2 uker å behandle, og du får beskjed på e-post.
step-ihcph-book = Bestill så time til CPR-registrering hos ICS East med saksnummeret.
step-vaerloese-entry-form = Fyll ut innflyttingsskjemaet på nett før du kommer.
step-vaerloese-book = Bestill time på nett. Du må ha bestilt time.
step-borgerservice-contact = Finn Borgerservice på nettsidene til kommunen, og folkeregistrer deg. Kommunen kan be deg om å møte opp personlig.
step-bring-documents = Ta med alle dokumentene på listen.
step-check-apostille = Noen utenlandske vigsels- og fødselsattester må ha apostille eller være legalisert. Det avgjør myndigheten som ber om dem, og det gjøres i landet som har utstedt dem. Spør før du reiser.
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
step-child-follows-family = Flytter dere foreldre også til Danmark, går dere gjennom guiden for dere selv: Velg deres egen situasjon, og svar at et barn flytter med. Resultatet viser papirene til barnet, og dere folkeregistreres sammen. Et barn som ikke er nordisk statsborger, trenger sin egen oppholdstillatelse (EU-borgere: registreringsbevis).

source-seed-000 = Furesø kommune: Flytting til Danmark (Borgerservice Værløse, International House, reglene til CPR-kontoret)
source-seed-004 = Info Norden: Dansk personnummer
source-lid-ics-overview = Life in Denmark: ICS – International Citizen Service
source-lid-ics-east = Life in Denmark: ICS East i København
source-lid-ics-east-process = Life in Denmark: ICS East i København (søknad om CPR-nummer)
source-lid-ics-west = Life in Denmark: ICS West i Aarhus
source-lid-ics-north = Life in Denmark: ICS North i Aalborg
source-kk-eu-residence-document = Københavns kommune: EU-oppholdsdokument
source-nyidanmark-apply = Ny i Danmark (SIRI): Du venter på svar
source-nyidanmark-biometrics = Ny i Danmark (SIRI): Fristen for biometri er 14 dager
source-nyidanmark-residence-card = Ny i Danmark: Ja til oppholdstillatelse (oppholdskortet)
source-cpr-moving-from-abroad = CPR-kontoret: Innflytting til Danmark for første gang
source-cpr-administrative-numbers = CPR-kontoret: Administrative personnumre
source-lid-health-insurance-country = Life in Denmark: opplysninger om trygdeland
source-borgerdk-health-insurance-country = borger.dk: Internasjonal helsetrygd – trygdeland
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
office-udlaendingestyrelsen = Udlændingestyrelsen (det danske utlendingsdirektoratet)
office-udlaendingestyrelsen-about = Behandler oppholdstillatelser for familiegjenforening, asyl og noen andre formål. Søk på nett på nyidanmark.dk eller ved en dansk ambassade eller et generalkonsulat.
role-work-permit = Arbeidstillatelser
docstep-certificate = Til registreringsbeviset, hos { $office }
docstep-register = { $outcome ->
    [child-moving] Når barnet skal folkeregistreres, hos { $office }
   *[other] Når du skal folkeregistreres, hos { $office }
  }
docstep-tax = Legg ved søknaden til { $office }
note-worker-hours = Du må normalt jobbe minst 10–12 timer i uka i minst 10–12 uker.
note-id-place-of-birth = Aarhus krever at det viser fødestedet ditt.
note-id-place-of-birth-tax = Det må minst vise navnet ditt, fødselsdatoen og fødestedet.
note-translation-ics-west = ICS West godtar vigsels- og skilsmisseattester og fødselsattester for barna på engelsk, tysk og de skandinaviske språkene.
note-report-move-online-ics-east = Hos ICS East søker du først på nett, og søknaden tar omtrent 1–2 uker å behandle. Søk så fort du kan.
note-report-move-no-time = Er det ingen ledige timer innen de 5 dagene, tar du kontakt med kontoret før de har gått.
note-report-move-fine = Noen kommuner gir bot hvis man melder flytting for sent.
doc-id-card = { $situation ->
    [tax-only] Kopi av passet ditt eller det nasjonale ID-kortet ditt (for- og bakside)
   *[other] Gyldig pass eller nasjonalt ID-kort
  }
doc-employment-confirmation = Arbeidskontrakten din, eller en erklæring fra arbeidsgiveren
doc-business-documentation = Papirer på virksomheten din i Danmark, for eksempel CVR-registrering, fakturaer, regnskap, momsbetalinger eller leiekontrakt for lokalene
doc-admission-letter = Bevis på at du er endelig tatt opp på utdanningen din i Danmark
doc-means-declaration = En signert erklæring om at du har nok penger å leve av mens du studerer
doc-means-proof = Bevis på at du kan forsørge deg selv og eventuell familie i minst de første 12 månedene
doc-relationship-proof = Bevis på at du er ektefelle, samboer eller barn av EU-borgeren, for eksempel en vigsels- eller fødselsattest
doc-sponsor-residence-proof = Bevis på at EU-borgeren du kommer til, selv har rett til å bo her, for eksempel vedkommendes eget oppholdsdokument
step-work-permit-needed = Skal du jobbe i Danmark, også en kort periode, trenger du i de fleste tilfeller dansk oppholds- og arbeidstillatelse fra første dag. Korte møter og kurs under 90 dager regnes ikke som arbeid. Les på nyidanmark.dk før du begynner.
step-job-seeker-certificate = Å søke arbeid gir ikke rett til registreringsbevis. Søk om beviset før de 6 månedene har gått, på det grunnlaget som passer for deg da: som arbeidstaker når du har fått jobb, med arbeidskontrakten.
step-apply-certificate-online = Søk om registreringsbevis (EU-oppholdsdokument) på nett på nyidanmark.dk. Bestill så time hos SIRI på International Citizen Service-senteret som står over, og møt opp senest 14 dager etter at du søkte, med pass eller nasjonalt ID-kort. Først da regner SIRI søknaden som levert.
step-family-own-documents = { $situation ->
    [eu] Alle i familien som flytter med, også barna, trenger sitt eget registreringsbevis. Hver og en søker selv: ektefelle og barn som familiemedlemmer, med bevis på familieforholdet.
   *[other] Alle i familien som flytter med, også barna, trenger sin egen oppholdstillatelse for å bli folkeregistrert.
  }
step-ics-west-apply-online = { $situation ->
    [eu] Skal du folkeregistreres hos ICS West og har aldri hatt CPR-nummer? Søk da om nummeret på nett først, bestill så time hos ICS West, og ta med kvitteringen. Får du registreringsbeviset ved samme besøk, trenger du ikke laste det opp.
   *[other] Skal du folkeregistreres hos ICS West og har aldri hatt CPR-nummer? Søk da om nummeret på nett først, bestill så time hos ICS West, og ta med kvitteringen.
  }
step-nordic-language-documents = Etter den nordiske språkkonvensjonen kan danske myndigheter godta vigselsattester og andre attester om sivilstand på norsk, svensk, finsk eller islandsk. Spør kontoret ditt om det godtar dine, før du får dem oversatt.
step-administrative-number = Står det et CPR-nummer (et administrativt CPR-nummer) i brevet om oppholdstillatelsen din, sier du fra til kommunen når du folkeregistreres. Da blir du ikke registrert to ganger.
step-permit-right-to-work = Du kan bare jobbe hvis oppholdstillatelsen gir deg rett til å arbeide. Gjør den ikke det, trenger du arbeidstillatelse først.
step-tax-work-permit = Du trenger dansk oppholds- og arbeidstillatelse før du begynner å jobbe, og Skattestyrelsen vil ha den med søknaden.
source-norden-guide-moving-dk = Info Norden: flytte til Danmark
source-norden-leaving-dk = Info Norden: flytte fra Danmark
source-skat-first-steps = Skattestyrelsen: de første stegene i Danmark
source-cpr-can-i-get-a-number = CPR-kontoret: kan jeg få personnummer?
source-borger-moving = borger.dk: når du skal flytte
source-borger-moving-guide = borger.dk: veiledning om flytting
source-nordisketax-dk = Nordisk eTax: flytte til Danmark
source-um-legalisation = Det danske utenriksdepartementet: legalisering av utenlandske dokumenter
source-ejustice-documents-dk = Den europeiske e-justisportalen: offentlige dokumenter i Danmark
source-lid-health-card = Life in Denmark: helsekortet
source-lid-practical-matters = Life in Denmark: praktiske ting når du kommer
source-politi-residence-permit = Det danske politiet: oppholdstillatelse
source-uim-immigration-service = Det danske utlendings- og integreringsdepartementet: Udlændingestyrelsen
source-siri-about = SIRI: opphold i Danmark
source-nyidanmark-biometric-features = Ny i Danmark: biometri
source-nyidanmark-work-permit-visit = Ny i Danmark: visum eller arbeidstillatelse?
source-nyidanmark-work-exemption = Ny i Danmark: unntak fra kravet om arbeidstillatelse
source-nyidanmark-eu-worker = Ny i Danmark: EU-opphold som arbeidstaker
source-nyidanmark-eu-self-employed = Ny i Danmark: EU-opphold som selvstendig næringsdrivende
source-nyidanmark-eu-student = Ny i Danmark: EU-opphold som student
source-nyidanmark-eu-self-support = Ny i Danmark: EU-opphold som selvforsørget
source-nyidanmark-eu-family = Ny i Danmark: EU-opphold som familiemedlem
source-nyidanmark-eu-old = Ny i Danmark (eldre side): opphold for EU- og EØS-borgere
source-workindenmark-eu = Work in Denmark (eldre side): EU/EØS-borgere
source-aarhus-eu-students-qa = Aarhus kommune: spørsmål og svar for EU/EØS-studenter (siterer SIRIs søknadsskjema)
source-ihcph-nordic-guide = International House Copenhagen: steg for steg for nordiske statsborgere
doc-family-certificates = Til familiens egne registreringsbevis: vigselsattesten din og fødselsattestene til barna
