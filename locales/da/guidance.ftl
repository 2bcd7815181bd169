# Kontorer, kommuner, roller, dokumenter, frister, trin og kilder.

office-ihcph = International House Copenhagen (ICS East)
office-ihcph-about = International Citizen Service i København: registreringsbevis (EU-opholdsdokument) og cpr-nummer. Opholds- og arbejdstilladelser klarer SIRI, ikke ICS East.
office-siri = SIRI (Styrelsen for International Rekruttering og Integration)
office-siri-about = Behandler opholds- og arbejdstilladelser til arbejde, studier m.m. for statsborgere fra lande uden for EU/EØS og Schweiz og udsteder registreringsbeviser til EU-borgere. Kontorerne tager kun imod med en bestilt tid.
office-borgerservice-vaerloese = Borgerservice Værløse (Furesø Kommune)
office-borgerservice-vaerloese-about = På biblioteket ved Galaksen. Udfyld indrejseblanketten online, før du kommer, og book en tid.
office-borgerservice = Borgerservice i din kommune
office-borgerservice-about = Registrerer dem, der flytter til kommunen. Du finder Borgerservice på din kommunes hjemmeside.
office-skattestyrelsen = Skattestyrelsen
office-skattestyrelsen-about = Giver skattepersonnummer til personer, der ikke er registreret som bosat i Danmark, og udsteder skattekort.
office-udbetaling-danmark = Udbetaling Danmark
office-udbetaling-danmark-about = Afklarer, hvilket land der skal betale, når du bruger det danske sundhedsvæsen: dit sygesikringsland. Du oplyser det online.
office-parish = Sognet i folkekirken
office-parish-about = Registrerer fødsler og dåb og giver barnet et cpr-nummer.

municipality-copenhagen = København
municipality-furesoe = Furesø
municipality-other = Det ved jeg ikke endnu

role-register = Her bliver du registreret
role-register-alternative = Du kan også blive registreret her
role-registration-certificate = Registreringsbevis (EU)
role-health-insurance = Oplys dit sygesikringsland
role-tax-number = Skattepersonnummer
role-tax-questions = Skattekort og spørgsmål om skat
role-residence-permit = Behandler opholdstilladelser: søg online eller på en dansk repræsentation i udlandet
role-parish = Cpr-nummer ved dåb

note-ihcph-fast-track = Furesø Kommune samarbejder med International House. Hvis du har brug for dit nummer hurtigt, kan du gå derhen i stedet.
note-certificate-first = Få dit registreringsbevis først. Du skal bruge det for at blive registreret.
note-ics-centres = International Citizen Service i København, Aarhus, Aalborg, Esbjerg, Odense og Sønderborg hjælper nytilflyttere med registreringerne.
note-passport-nordic = Din legitimation skal vise dit statsborgerskab, så et pas er bedst.
note-child-documents = Barnets eget pas. Et barn, der ikke er nordisk statsborger, skal også have en opholdstilladelse eller et registreringsbevis.
note-permit-furesoe = Borgerservice Værløse vil se originalen, og den må højst være 6 måneder gammel.
note-faroe-p-number = Fra Færøerne: dit P-tal.
note-translation-furesoe = Borgerservice Værløse vil have en autoriseret oversættelse til dansk eller engelsk.
note-translation-ask = Danske myndigheder skal kun tage imod dokumenter på dansk, men mange kontorer tager også engelsk, nogle også tysk eller et nordisk sprog. Spørg dit kontor, hvilke sprog det tager imod, før du betaler for en oversættelse.

doc-passport = Gyldigt pas
doc-residence-permit = { $situation ->
    [tax-only] Din danske opholdstilladelse
   *[other] Din opholdstilladelse
  }
doc-work-permit = Din danske arbejdstilladelse
doc-registration-certificate = Registreringsbevis (EU)
doc-nordic-id-number = Dokumentation for dit personnummer fra det nordiske land, du flytter fra
doc-housing-proof = { $situation ->
    [child-abroad] Dokumentation for, hvor barnet skal bo: lejekontrakt, andelsbevis, skøde eller logiværtserklæring
   *[other] Dokumentation for, hvor du bor: lejekontrakt, andelsbevis, skøde eller logiværtserklæring (fra den, du flytter ind hos)
  }
doc-employment-contract = Ansættelseskontrakt, underskrevet af dig og din arbejdsgiver
doc-personbevis = Personbevis (udskrift fra det svenske folkeregister), hvis du sender dit id-kort i stedet for dit pas
doc-marriage-certificate = Vielsesattest
doc-familjebevis = Familjebevis (familieattest fra den svenske skattemyndighed) i stedet for vielsesattest
doc-birth-certificate = Din originale fødselsattest
doc-children-birth-certificates = { $situation ->
    [child-abroad] Barnets fødselsattest
   *[other] Fødselsattester for de børn under 18, der flytter med dig
  }
doc-custody-documents = { $situation ->
    [child-abroad] Papirer på forældremyndigheden over barnet, hvis forældrene ikke er gift med hinanden, eller hvis den ene ikke flytter med: en afgørelse om forældremyndighed eller den anden forælders samtykke
   *[other] Papirer på forældremyndigheden, hvis du ikke er gift med børnenes anden forælder, eller hvis den anden forælder ikke flytter med: en afgørelse om forældremyndighed eller den anden forælders samtykke
  }
doc-translation = En oversættelse af hvert dokument, der ikke er på dansk eller engelsk
doc-form-04-063 = Ansøgningen online (den bruger de fleste) eller blanket 04.063

deadline-report-move = Anmeld din flytning til kommunen
deadline-report-move-rule = { $municipality ->
    [other] Senest 5 dage efter, at du opfylder betingelserne: Du er her, har et sted at bo og har lovligt ophold. De 5 dage regnes fra, du har et sted at bo.
   *[other-place] { $situation ->
        [eu] Senest 5 dage efter, at du opfylder betingelserne. For dig er det, når du har dit registreringsbevis og et sted at bo.
        [nordic] Senest 5 dage efter, at du opfylder betingelserne: Du er her og har et sted at bo.
        [child-abroad] Senest 5 dage efter, at barnet opfylder betingelserne: Det er her og har et sted at bo (og en opholdstilladelse, hvis det skal have en).
       *[other] Senest 5 dage efter, at du opfylder betingelserne: Du er her, har et sted at bo og har lovligt ophold med din opholdstilladelse.
    }
  }
deadline-permit-age = Bliv registreret, mens din opholdstilladelse højst er 6 måneder gammel
deadline-permit-age-rule = Borgerservice Værløse vil have, at den opholdstilladelse, du har med, højst er 6 måneder gammel.
deadline-permit-age-passed = Din opholdstilladelse er mere end 6 måneder gammel, og Borgerservice Værløse vil have den højst 6 måneder gammel. Kontakt Borgerservice, før du møder op.
deadline-registration-certificate = Søg om dit registreringsbevis
deadline-registration-certificate-rule = { $job-seeker ->
    [yes] Som jobsøgende må du være her i op til 6 måneder fra den dag, du kommer, uden registreringsbevis. Beviset gives til lønmodtagere, selvstændige, studerende, personer med midler nok til at forsørge sig selv og familiemedlemmer. Jobsøgning er ikke et af de grundlag.
   *[other] Du skal have det, når du er her i mere end 3 måneder, og du kan først blive registreret, når du har det.
  }
deadline-must-register-3-months = Du skal registreres
deadline-must-register-3-months-rule = Statsborgere fra lande uden for Norden, EU/EØS og Schweiz skal registreres i CPR, når de er her i mere end 3 måneder.
deadline-must-register-6-months = Dine 6 måneder uden registrering slutter
deadline-must-register-6-months-rule = Du må være her i op til 6 måneder uden at blive registreret. Finder du ud af, at du bliver længere, skal du anmelde din flytning inden for 5 dage.
deadline-cpr-arrives = Dit cpr-nummer kommer
deadline-cpr-arrives-rule = Cirka 2 uger efter, at du er blevet registreret hos Borgerservice Værløse.
deadline-tax-apply-window = Søg om skattepersonnummer
deadline-tax-apply-window-rule = Søg tidligst 60 dage før din første arbejdsdag. Skattestyrelsen behandler ikke ansøgninger, der er sendt tidligere.
deadline-tax-number-assigned = Den første dag, du kan få nummeret
deadline-tax-number-assigned-rule = Skattestyrelsen tildeler tidligst nummeret 21 arbejdsdage, før dit job starter. Weekender og danske helligdage tæller ikke med.
deadline-tax-card-window = Søg om skattekort
deadline-tax-card-window-rule = Har du allerede et nummer, så søg om skattekort tidligst 60 dage før, du begynder at arbejde.
deadline-report-before-leaving = Hvis du senere flytter fra Danmark til et andet nordisk land
deadline-report-before-leaving-rule = Anmeld flytningen til din danske kommune, før du rejser.

step-apply-residence-permit = Søg om opholdstilladelse, før du kommer. To myndigheder behandler ansøgningerne: SIRI (arbejde, studier m.m.) og Udlændingestyrelsen (familiesammenføring, asyl m.m.). Søg online på nyidanmark.dk eller på en dansk ambassade eller et generalkonsulat i det land, du bor i. Brug guiden igen, når du har tilladelsen.
step-biometrics = Har du søgt online hos SIRI, skal du have taget foto og fingeraftryk (biometri) senest 14 dage efter: hos SIRI (book en tid) eller på en dansk ambassade, et generalkonsulat eller et visumcenter. Tag en udskrift af kvitteringen for din ansøgning med. Ved Udlændingestyrelsens ordninger gør du, som du får besked om, når du søger.
step-no-registration-short-stay = Du må gerne være her uden at blive registreret. Viser det sig, at du skal være her i mere end 3 måneder, så brug guiden igen.
step-no-registration-tax = { $situation ->
    [non-eu] Skal du arbejde i Danmark, kan Skattestyrelsen give dig et skattepersonnummer. Du skal vedhæfte din danske opholds- og arbejdstilladelse.
   *[other] Skal du arbejde i Danmark, kan Skattestyrelsen give dig et skattepersonnummer.
  }
step-job-seeker-stay = Som jobsøgende må du være her i op til 6 måneder fra den dag, du kommer, uden at blive registreret.
step-job-seeker-ground = Du kan kun blive registreret og få et cpr-nummer med et registreringsbevis, og jobsøgning giver ikke ret til et. Når du får et job, eller når et andet grundlag passer på dig (selvstændig, studerende, midler nok til at forsørge dig selv, familie til en EU-borger), så søg om registreringsbeviset. Anmeld derefter din flytning inden for 5 dage.
step-optional-registration = Du har ret til at blive registreret nu, fordi du skal være her i mere end 3 måneder. Viser det sig, at du skal være her i mere end 6 måneder, skal du registreres.
step-ihcph-apply-online = Søg først om cpr-nummer online (se siden om ICS East). Du får et sagsnummer, når du sender ansøgningen. Den tager ca. 1–2 uger at behandle, og du får besked på e-mail.
step-ihcph-book = Book derefter en tid til cpr-registrering hos ICS East med dit sagsnummer.
step-vaerloese-entry-form = Udfyld indrejseblanketten online, før du kommer.
step-vaerloese-book = Book en tid online. Du skal have en aftale.
step-borgerservice-contact = Find Borgerservice på din kommunes hjemmeside, og anmeld din flytning. Kommunen kan bede dig om at møde op personligt.
step-bring-documents = Tag alle dokumenterne på listen med.
step-check-apostille = Nogle udenlandske vielses- og fødselsattester skal have en apostille eller være legaliseret. Det afgør den myndighed, der beder om dem, og det sker i det land, der har udstedt dem. Spørg, før du rejser.
step-everyone-in-person = Alle, der flytter, også børnene, skal som regel møde op personligt.
step-ihcph-collect = { $situation ->
    [child-abroad] Mød op til aftalen sammen med barnet. Efter et id-tjek får barnet sit cpr-nummer.
   *[other] Mød op til aftalen. Efter et id-tjek får du dit cpr-nummer.
  }
step-vaerloese-wait = { $situation ->
    [child-abroad] Barnets cpr-nummer kommer cirka 2 uger efter registreringen.
   *[other] Dit cpr-nummer kommer cirka 2 uger efter, at du er blevet registreret.
  }
step-existing-number = { $situation ->
    [child-abroad] Barnet har allerede et cpr-nummer og bliver registreret med det samme nummer.
   *[other] Du har allerede et cpr-nummer. Du bliver registreret med det samme nummer.
  }
step-residence-card = Dit opholdskort bliver bestilt, når din adresse bliver registreret i CPR. Det kommer med posten efter cirka 2–3 uger.
step-declare-health-insurance = Oplys dit sygesikringsland til Udbetaling Danmark med selvbetjeningen ”Oplys om sygesikringsland” (på borger.dk), også selvom du mangler papirer. Du kan eftersende dem til Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød.
step-health-card = Dit gule sundhedskort kommer med posten cirka 2–3 uger efter, at du er blevet registreret. Der står navn og adresse på din læge.
step-mailbox = Sæt navn på din nye postkasse: mindst efternavnene på alle, der får post der. Ellers når dit sundhedskort måske ikke frem.
step-tax-card = Søg om skattekort online, før du begynder at arbejde.
step-mitid = Få MitID: i MitID-appen med dit pas eller hos Borgerservice.
step-tax-apply = Søg hos Skattestyrelsen online (det gør de fleste) eller med blanket 04.063, og vedhæft dokumenterne på listen.
step-tax-wait = Nummeret bliver lavet sammen med dit skattekort. Du kan se det øverst på din forskudsopgørelse, og Skattestyrelsen sender det til din arbejdsgiver. Med blanket 04.063 tager det cirka 2 uger.
step-tax-number-is-cpr = Skattepersonnummeret er et rigtigt cpr-nummer (officielt et administrativt personnummer). Hvis du senere flytter til Danmark, bliver du registreret med det samme nummer.
step-has-number-use-it = Giv dit cpr-nummer til din arbejdsgiver. Hvis du senere flytter til Danmark, bliver du registreret med det samme nummer.
step-child-no-right = Et barn, der er født og bor i udlandet, har ikke ret til et cpr-nummer, heller ikke selvom barnet er dansk statsborger.
step-child-passport = Et barn, der er dansk statsborger, kan godt få dansk pas uden et cpr-nummer.
step-child-later = Barnet kan få et cpr-nummer senere: når det flytter til Danmark og bliver registreret, fra en anden myndighed, eller hvis det bliver døbt i folkekirken i Danmark.
step-child-parish-contact = Kontakt det sogn, hvor barnet skal døbes. Sognet giver barnet et cpr-nummer.
step-child-keeps-number = Barnet beholder nummeret, også hvis det senere flytter til Danmark.
step-child-register-with-family = Anmeld barnets flytning sammen med din egen. Barnet får et cpr-nummer, når det bliver registreret.
step-child-follows-family = Flytter I forældre også til Danmark, så gå guiden igennem for jer selv: Vælg jeres egen situation, og svar, at et barn flytter med. Jeres resultat viser barnets papirer, og I bliver registreret sammen. Et barn, der ikke er nordisk statsborger, skal have sin egen opholdstilladelse (EU-borgere: et registreringsbevis).

source-seed-000 = Furesø Kommune: Flytning til Danmark (Borgerservice Værløse, International House, CPR-kontorets regler)
source-seed-004 = Info Norden: Dansk personnummer
source-lid-ics-overview = Life in Denmark: ICS – International Citizen Service
source-lid-ics-east = Life in Denmark: ICS East i København
source-lid-ics-east-process = Life in Denmark: ICS East i København (ansøgning om cpr-nummer)
source-lid-ics-west = Life in Denmark: ICS West i Aarhus
source-lid-ics-north = Life in Denmark: ICS North i Aalborg
source-kk-eu-residence-document = Københavns Kommune: EU-opholdsdokument
source-nyidanmark-apply = Ny i Danmark (SIRI): Du venter på svar
source-nyidanmark-biometrics = Ny i Danmark (SIRI): Fristen for biometri er 14 dage
source-nyidanmark-residence-card = Ny i Danmark: Ja til opholdstilladelse (opholdskortet)
source-cpr-moving-from-abroad = CPR-kontoret: Tilflytning, når jeg flytter til Danmark første gang
source-cpr-administrative-numbers = CPR-kontoret: Administrative personnumre
source-lid-health-insurance-country = Life in Denmark: oplysninger om sygesikringsland
source-borgerdk-health-insurance-country = borger.dk: International sygesikring – sygesikringsland
source-mitid-non-citizens = MitID: hjælp til personer uden dansk statsborgerskab
source-skat-tax-number = Skattestyrelsen: Skattepersonnummer og skattekort
source-skat-04-063 = Skattestyrelsen: blanket 04.063
source-skat-tax-number-en = Skattestyrelsen: Sådan får du dit skattepersonnummer
source-lid-tax-card-apply = Life in Denmark: Søg om skattekort
source-norden-registration-dk = Info Norden: Folkeregistrering i Danmark
office-ics-west = ICS West i Aarhus (International Citizen Service)
office-ics-west-about = International Citizen Service i Aarhus, på Dokk1: registreringsbevis til alle og cpr-nummer til dem, der bor i en af de 18 kommuner, centret betjener.
office-ics-north = ICS North i Aalborg (International Citizen Service)
office-ics-north-about = International Citizen Service i Aalborg: registreringsbevis og cpr-nummer til dem, der bor i de kommuner, centret betjener.
office-ics-esbjerg = ICS Esbjerg (International Citizen Service)
office-ics-esbjerg-about = International Citizen Service på Esbjerg Rådhus, ved siden af kommunens Borgerservice: registreringsbevis og cpr-nummer til dem, der bor i de kommuner, centret betjener.
office-ics-odense = ICS South i Odense (International Citizen Service)
office-ics-odense-about = International Citizen Service i Odense hjælper nyankomne arbejdstagere med registreringerne: cpr-nummer, MitID og skattekort. Adressen står på centrets hjemmeside.
office-ics-soenderborg = ICS Sønderborg (International Citizen Service)
office-ics-soenderborg-about = Borgerservice i Sønderborg Kommune udsteder cpr-nummeret, og SIRI, som udsteder registreringsbeviset, har samme adresse. Adressen står på kommunens hjemmeside.
office-ics = International Citizen Service (ICS) for din kommune
office-ics-about = Der er ICS-centre i København, Aarhus, Aalborg, Esbjerg, Odense og Sønderborg. Hvert centers hjemmeside viser, hvilke kommuner det betjener.
note-ics-cpr = Centret udsteder cpr-numre til dem, der bor i din kommune. Du kan blive registreret der i stedet.
note-ics-cpr-albertslund = ICS East udsteder kun cpr-nummer til borgere i Albertslund, hvis de er studerende og bor i Vognporten eller Morbærhaven. Alle andre bliver registreret i Borgerservice i Albertslund.
note-ics-cpr-not-students = Studerende i din kommune kan ikke få cpr-nummer hos ICS East. De bliver registreret hos kommunens egen Borgerservice.
step-register-check-page = Læs hjemmesiden for det sted, hvor du bliver registreret, før du går derhen. De fleste steder skal du booke en tid, og du skal møde op personligt med dine papirer.
source-lid-ics-esbjerg = Life in Denmark: ICS Esbjerg
source-esbjerg-ics = Esbjerg Kommune: ICS – International Citizen Service
source-odense-ico = Odense Kommune: Registrering og cpr-nummer
source-sonderborg-entry = Sønderborg Kommune: Indrejse
source-postnord-postcodes = PostNord: postnummerfilen (postnumre, kommuner og regioner), 17. oktober 2020
step-municipality-later = Når du ved, hvor du skal bo, så gå guiden igennem igen med dit postnummer. Så får du kontorerne i din kommune og deres åbningstider.
office-udlaendingestyrelsen = Udlændingestyrelsen
office-udlaendingestyrelsen-about = Behandler opholdstilladelser til familiesammenføring, asyl og enkelte andre formål. Søg online på nyidanmark.dk eller på en dansk ambassade eller et generalkonsulat.
role-work-permit = Arbejdstilladelser
docstep-certificate = Til registreringsbeviset, hos { $office }
docstep-register = { $outcome ->
    [child-moving] Når barnet skal registreres, hos { $office }
   *[other] Når du skal registreres, hos { $office }
  }
docstep-tax = Vedhæft til din ansøgning til { $office }
note-worker-hours = Du skal normalt arbejde mindst 10–12 timer om ugen i mindst 10–12 uger.
note-id-place-of-birth = Aarhus vil have, at det viser dit fødested.
note-id-place-of-birth-tax = Det skal mindst vise dit navn, din fødselsdato og dit fødested.
note-translation-ics-west = ICS West tager imod vielses- og skilsmisseattester og børnenes fødselsattester på engelsk, tysk og de skandinaviske sprog.
note-report-move-online-ics-east = Hos ICS East søger du først online, og ansøgningen tager ca. 1–2 uger at behandle. Søg så hurtigt, du kan.
note-report-move-no-time = Er der ingen ledig tid inden for de 5 dage, så kontakt kontoret, før de er gået.
note-report-move-fine = Nogle kommuner giver bøde, hvis man anmelder sin flytning for sent.
doc-id-card = { $situation ->
    [tax-only] Kopi af dit pas eller nationale id-kort (for- og bagside)
   *[other] Gyldigt pas eller nationalt id-kort
  }
doc-employment-confirmation = Din ansættelseskontrakt eller en erklæring fra din arbejdsgiver
doc-business-documentation = Papirer på din virksomhed i Danmark, for eksempel CVR-registrering, fakturaer, regnskab, momsbetalinger eller lejekontrakt på lokalerne
doc-admission-letter = Dokumentation for, at du er endeligt optaget på din uddannelse i Danmark
doc-means-declaration = En underskrevet erklæring om, at du har penge nok at leve for, mens du studerer
doc-means-proof = Dokumentation for, at du kan forsørge dig selv og eventuel familie i mindst de første 12 måneder
doc-relationship-proof = Dokumentation for, at du er EU-borgerens ægtefælle, samlever eller barn, for eksempel en vielses- eller fødselsattest
doc-sponsor-residence-proof = Dokumentation for, at den EU-borger, du kommer til, selv har ret til at bo her, for eksempel vedkommendes eget opholdsdokument
step-work-permit-needed = Skal du arbejde i Danmark, også i kort tid, skal du i de fleste tilfælde have en dansk opholds- og arbejdstilladelse fra første dag. Korte møder og kurser under 90 dage regnes ikke som arbejde. Læs på nyidanmark.dk, før du begynder.
step-job-seeker-certificate = Jobsøgning giver ikke ret til et registreringsbevis. Søg om beviset, før dine 6 måneder er gået, på det grundlag, der passer til dig til den tid: som lønmodtager, når du har et job, med din ansættelseskontrakt.
step-apply-certificate-online = Søg om registreringsbevis (EU-opholdsdokument) online på nyidanmark.dk. Book derefter en tid hos SIRI i det International Citizen Service-center, der står ovenfor, og mød personligt op senest 14 dage efter, at du har søgt, med dit pas eller nationale id-kort. Først da regner SIRI ansøgningen for indgivet.
step-family-own-documents = { $situation ->
    [eu] Alle i din familie, der flytter med, også børnene, skal have deres eget registreringsbevis. Hver søger selv: en ægtefælle eller et barn som familiemedlem, med dokumentation for familieforholdet.
   *[other] Alle i din familie, der flytter med, også børnene, skal have deres egen opholdstilladelse for at blive registreret.
  }
step-ics-west-apply-online = { $situation ->
    [eu] Bliver du registreret hos ICS West, og har du aldrig haft et cpr-nummer? Så søg først om nummeret online, book derefter en tid hos ICS West, og tag kvitteringen med. Får du dit registreringsbevis ved samme besøg, skal du ikke uploade det.
   *[other] Bliver du registreret hos ICS West, og har du aldrig haft et cpr-nummer? Så søg først om nummeret online, book derefter en tid hos ICS West, og tag kvitteringen med.
  }
step-nordic-language-documents = Efter den nordiske sprogkonvention kan danske myndigheder tage imod vielsesattester og andre attester om civilstand på norsk, svensk, finsk eller islandsk. Spørg dit kontor, om det tager imod dine, før du får dem oversat.
step-administrative-number = Står der et cpr-nummer (et administrativt cpr-nummer) i brevet om din opholdstilladelse, så fortæl kommunen det, når du bliver registreret. Så bliver du ikke registreret to gange.
step-permit-right-to-work = Du må kun arbejde, hvis din opholdstilladelse giver ret til at arbejde. Gør den ikke det, skal du først have en arbejdstilladelse.
step-tax-work-permit = Du skal have en dansk opholds- og arbejdstilladelse, før du begynder at arbejde, og Skattestyrelsen vil have den med din ansøgning.
source-norden-guide-moving-dk = Info Norden: flytte til Danmark
source-norden-leaving-dk = Info Norden: flytte fra Danmark
source-skat-first-steps = Skattestyrelsen: de første skridt i Danmark
source-cpr-can-i-get-a-number = CPR-kontoret: kan jeg få et personnummer?
source-borger-moving = borger.dk: når du skal flytte
source-borger-moving-guide = borger.dk: guide til flytning
source-nordisketax-dk = Nordisk eTax: flytte til Danmark
source-um-legalisation = Udenrigsministeriet: legalisering af udenlandske dokumenter
source-ejustice-documents-dk = Den Europæiske e-justiceportal: offentlige dokumenter i Danmark
source-lid-health-card = Life in Denmark: sundhedskortet
source-lid-practical-matters = Life in Denmark: praktiske ting, når du kommer
source-politi-residence-permit = Politiet: opholdstilladelse
source-uim-immigration-service = Udlændinge- og Integrationsministeriet: Udlændingestyrelsen
source-siri-about = SIRI: ophold i Danmark
source-nyidanmark-biometric-features = Ny i Danmark: biometri
source-nyidanmark-work-permit-visit = Ny i Danmark: visum eller arbejdstilladelse?
source-nyidanmark-work-exemption = Ny i Danmark: undtagelser fra kravet om arbejdstilladelse
source-nyidanmark-eu-worker = Ny i Danmark: EU-ophold som lønmodtager
source-nyidanmark-eu-self-employed = Ny i Danmark: EU-ophold som selvstændig
source-nyidanmark-eu-student = Ny i Danmark: EU-ophold som studerende
source-nyidanmark-eu-self-support = Ny i Danmark: EU-ophold som selvforsørgende
source-nyidanmark-eu-family = Ny i Danmark: EU-ophold som familiemedlem
source-nyidanmark-eu-old = Ny i Danmark (ældre side): ophold for EU- og EØS-borgere
source-workindenmark-eu = Work in Denmark (ældre side): EU/EØS-borgere
source-aarhus-eu-students-qa = Aarhus Kommune: spørgsmål og svar for EU/EØS-studerende (citerer SIRI's ansøgning)
source-ihcph-nordic-guide = International House Copenhagen: trin for trin for nordiske statsborgere
doc-family-certificates = Til din families egne registreringsbeviser: din vielsesattest og dine børns fødselsattester
