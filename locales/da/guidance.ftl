# Kontorer, kommuner, roller, dokumenter, frister, trin og kilder.

office-ihcph = International House Copenhagen (ICS East)
office-ihcph-about = International Citizen Service i København: registreringsbevis (EU-opholdsdokument) og cpr-nummer. Opholds- og arbejdstilladelser klarer SIRI, ikke ICS East.
office-siri = SIRI (Styrelsen for International Rekruttering og Integration)
office-siri-about = Behandler opholds- og arbejdstilladelser for statsborgere fra lande uden for EU/EØS og Schweiz og udsteder registreringsbeviser til EU-borgere. Dette er hovedkontoret.
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
role-residence-permit = Opholds- og arbejdstilladelse
role-parish = Cpr-nummer ved dåb

note-siri-apply = Søg online eller på en dansk ambassade eller et generalkonsulat i det land, du bor i. International House (ICS East) behandler ikke tilladelser.
note-ihcph-fast-track = Furesø Kommune samarbejder med International House. Hvis du har brug for dit nummer hurtigt, kan du gå derhen i stedet.
note-certificate-first = Få dit registreringsbevis først. Du skal bruge det for at blive registreret.
note-ics-centres = International Citizen Service i København, Aarhus, Aalborg, Esbjerg, Odense og Sønderborg hjælper nytilflyttere med registreringerne. ICS East nævner hjælp til skattekort blandt sine ydelser.
note-passport-nordic = Din legitimation skal vise dit statsborgerskab, så et pas er bedst.
note-child-documents = Barnets eget pas. Et barn, der ikke er nordisk statsborger, skal også have en opholdstilladelse eller et registreringsbevis.
note-permit-furesoe = Borgerservice Værløse vil se originalen, og den må højst være 6 måneder gammel.
note-faroe-p-number = Fra Færøerne: dit P-tal.
note-translation-furesoe = Borgerservice Værløse vil have en autoriseret oversættelse til dansk eller engelsk.
note-translation-ask = Spørg kontoret, hvilke sprog det tager imod. Aarhus tager for eksempel også tysk, og ICS West tager vielses- og fødselsattester på tysk og de skandinaviske sprog.

doc-passport = { $situation ->
    [tax-only] { $lives-in-sweden ->
        [yes] Kopi af dit pas eller af dit nationale id-kort (for- og bagside) sammen med et personbevis
       *[other] Kopi af dit pas eller nationale id-kort (for- og bagside)
    }
   *[other] Gyldigt pas
  }
doc-residence-permit = { $situation ->
    [tax-only] Din danske opholdstilladelse
   *[other] Din opholdstilladelse
  }
doc-work-permit = Din danske arbejdstilladelse
doc-registration-certificate = Registreringsbevis (EU)
doc-nordic-id-number = Dokumentation for dit personnummer fra det nordiske land, du flytter fra
doc-housing-proof = Dokumentation for, hvor du bor: lejekontrakt, andelsbevis, skøde eller logiværtserklæring (fra den, du flytter ind hos)
doc-employment-contract = Ansættelseskontrakt, underskrevet af dig og din arbejdsgiver
doc-personbevis = Personbevis (udskrift fra det svenske folkeregister), hvis du sender dit id-kort i stedet for dit pas
doc-marriage-certificate = Vielsesattest
doc-familjebevis = Familjebevis (familieattest fra den svenske skattemyndighed) i stedet for vielsesattest
doc-birth-certificate = Din originale fødselsattest
doc-children-birth-certificates = Fødselsattester for de børn under 18, der flytter med dig
doc-custody-documents = Papirer på forældremyndigheden, hvis du ikke er gift med børnenes anden forælder, eller hvis den anden forælder ikke flytter med: en afgørelse om forældremyndighed eller den anden forælders samtykke
doc-translation = En oversættelse af hvert dokument, der ikke er på dansk eller engelsk
doc-form-04-063 = Ansøgningen online (den bruger de fleste) eller blanket 04.063

deadline-report-move = Anmeld din flytning til kommunen
deadline-report-move-rule = { $situation ->
    [eu] Senest 5 dage efter, at du opfylder betingelserne. For dig er det, når du har dit registreringsbevis og et sted at bo.
   *[other] Senest 5 dage efter, at du opfylder betingelserne: Du er her, har et sted at bo og har lovligt ophold (med opholdstilladelse, hvis du skal have en).
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

step-apply-residence-permit = Søg først om opholds- og arbejdstilladelse. SIRI behandler ansøgningerne: Søg online eller på en dansk ambassade eller et generalkonsulat i udlandet. Når du har fået tilladelsen, kan du bruge guiden igen.
step-biometrics = Søger du online eller direkte hos SIRI, skal du have optaget biometri (foto og fingeraftryk) senest 14 dage efter, at du har søgt.
step-no-registration-short-stay = Du må gerne være her uden at blive registreret. Viser det sig, at du skal være her i mere end 3 måneder, så brug guiden igen.
step-no-registration-tax = Hvis du skal arbejde i Danmark, kan Skattestyrelsen give dig et skattepersonnummer.
step-job-seeker-stay = Som jobsøgende må du være her i op til 6 måneder fra den dag, du kommer, uden at blive registreret.
step-job-seeker-ground = Du kan kun blive registreret og få et cpr-nummer med et registreringsbevis, og jobsøgning giver ikke ret til et. Når du får et job, eller når et andet grundlag passer på dig (selvstændig, studerende, midler nok til at forsørge dig selv, familie til en EU-borger), så søg om registreringsbeviset. Anmeld derefter din flytning inden for 5 dage.
step-optional-registration = Du har ret til at blive registreret nu, fordi du skal være her i mere end 3 måneder. Viser det sig, at du skal være her i mere end 6 måneder, skal du registreres.
step-get-certificate-first = Få først dit registreringsbevis. SIRI udsteder det i det ICS-center, der står ovenfor, og på sit hovedkontor i Valby. Book en tid.
step-ihcph-apply-online = Søg først om cpr-nummer online (se siden om ICS East). Sagsbehandlingen tager cirka 1–2 uger, og du får en e-mail med et sagsnummer.
step-ihcph-book = Book en tid til cpr-nummer hos ICS East med dit sagsnummer.
step-vaerloese-entry-form = Udfyld indrejseblanketten online, før du kommer.
step-vaerloese-book = Book en tid online. Du skal have en aftale.
step-borgerservice-contact = Find Borgerservice på din kommunes hjemmeside, og anmeld din flytning. Kommunen kan bede dig om at møde op personligt.
step-bring-documents = Tag alle dokumenterne på listen med.
step-check-apostille = Vielses- og fødselsattester fra nogle lande skal have en apostille eller være legaliseret. Spørg kontoret, om dine skal.
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
step-child-follows-family = Barnet følger de samme regler som resten af familien. Gå guiden igennem for en af forældrene for at se fristerne. Et barn, der ikke er nordisk statsborger, skal have sin egen opholdstilladelse (EU-borgere: et registreringsbevis).

source-seed-000 = Furesø Kommune: Flytning til Danmark (Borgerservice Værløse, International House, CPR-kontorets regler)
source-seed-004 = Info Norden: Dansk personnummer
source-lid-ics-overview = Life in Denmark: ICS – International Citizen Service
source-lid-ics-east = Life in Denmark: ICS East i København
source-lid-ics-east-process = Life in Denmark: ICS East i København (ansøgning om cpr-nummer)
source-lejre-moving = Lejre Kommune: Flytning til Danmark
source-lid-ics-west = Life in Denmark: ICS West i Aarhus
source-lid-ics-north = Life in Denmark: ICS North i Aalborg
source-kk-eu-residence-document = Københavns Kommune: EU-opholdsdokument
source-odense-permits = Odense Kommune: opholds- og arbejdstilladelser
source-nyidanmark-apply = Ny i Danmark (SIRI): Du venter på svar
source-nyidanmark-biometrics = Ny i Danmark (SIRI): Fristen for biometri er 14 dage
source-nyidanmark-residence-card = Ny i Danmark: Ja til opholdstilladelse (opholdskortet)
source-cpr-moving-from-abroad = CPR-kontoret: Tilflytning, når jeg flytter til Danmark første gang
source-cpr-administrative-numbers = CPR-kontoret: Administrative personnumre
source-aarhus-cpr-documents = Aarhus Kommune: dokumenter til cpr-nummer
source-aarhus-accompanying-children = Aarhus Kommune: medfølgende børn
source-randers-entry = Randers Kommune: Indrejse til Danmark
source-lid-health-insurance-country = Life in Denmark: oplysninger om sygesikringsland
source-borgerdk-health-insurance-country = borger.dk: International sygesikring – sygesikringsland
source-haderslev-health-card = Haderslev Kommune: sundhedskortet (tekst fra Life in Denmark)
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
