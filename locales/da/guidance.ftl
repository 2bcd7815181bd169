# Kontorer, kommuner, roller, dokumenter, frister, trin og kilder.

office-ihcph = International House Copenhagen
office-ihcph-about = Registreringsbevis, opholds- og arbejdstilladelse, cpr-nummer, sundhedskort (det gule kort) og skattekort – alt samme sted. Du skal møde op personligt.
office-borgerservice-vaerloese = Borgerservice Værløse (Furesø Kommune)
office-borgerservice-vaerloese-about = På biblioteket ved Galaksen. Udfyld indrejseblanketten online, før du kommer, og book en tid.
office-borgerservice = Borgerservice i din kommune
office-borgerservice-about = Registrerer dem, der flytter til kommunen. Du finder Borgerservice på din kommunes hjemmeside.
office-skattestyrelsen = Skattestyrelsen
office-skattestyrelsen-about = Giver personnumre til skat til personer, der ikke er registreret som bosat i Danmark.
office-udbetaling-danmark = Udbetaling Danmark
office-udbetaling-danmark-about = Afklarer, hvilket land der skal betale, når du bruger det danske sundhedsvæsen: dit sygesikringsland.
office-parish = Sognet i Folkekirken
office-parish-about = Registrerer fødsler og dåb og giver barnet et cpr-nummer.

municipality-copenhagen = København
municipality-furesoe = Furesø (Værløse, Farum)
municipality-other = En anden kommune

role-register = Her skal du registreres
role-register-alternative = Du kan også blive registreret her
role-registration-certificate = Registreringsbevis (EU)
role-health-insurance = Oplys dit sygesikringsland
role-tax-number = Personnummer til skat
role-tax-questions = Spørgsmål om skat
role-residence-permit = Opholds- og arbejdstilladelse
role-parish = Cpr-nummer ved dåb

note-ihcph-fast-track = Furesø Kommune samarbejder med International House. Hvis du har brug for dit nummer hurtigt, kan du gå derhen i stedet.
note-certificate-first = Få dit registreringsbevis først. Du skal bruge det for at blive registreret.
note-ics-centres = Du kan også få hjælp hos International Citizen Service i København, Aarhus, Odense eller Aalborg.
note-passport-nordic = Din legitimation skal vise dit statsborgerskab, så et pas er bedst.
note-child-documents = Barnets eget pas. Et barn, der ikke er nordisk statsborger, skal også have en opholdstilladelse eller et registreringsbevis.

doc-passport = Gyldigt pas
doc-residence-permit = Original opholdstilladelse, højst 6 måneder gammel
doc-registration-certificate = Registreringsbevis (EU)
doc-nordic-id-number = Dokumentation for dit personnummer fra det nordiske land, du flytter fra
doc-housing-proof = Dokumentation for, hvor du bor: lejekontrakt, andelsbevis, skøde eller logiværtserklæring (fra den, du flytter ind hos)
doc-marriage-certificate = Original vielsesattest (ægteskabsattest)
doc-birth-certificate = Original fødselsattest
doc-translation = Autoriseret oversættelse til dansk eller engelsk af hvert dokument, der er på et andet sprog
doc-form-04-063 = Blanket 04.063 eller ansøgningen online
doc-employment-contract = Underskrevet ansættelseskontrakt
doc-work-permit = Arbejdstilladelse

deadline-report-move = Anmeld din flytning til kommunen
deadline-report-move-rule = { $situation ->
    [eu] Senest 5 dage efter, at du opfylder betingelserne: for dig er det, når du har dit registreringsbevis og et sted at bo.
   *[other] Senest 5 dage efter, at du opfylder betingelserne: du er her, har et sted at bo og har lovligt ophold (med opholdstilladelse, hvis du skal have en).
  }
deadline-permit-age = Bliv registreret, mens din opholdstilladelse højst er 6 måneder gammel
deadline-permit-age-rule = Den opholdstilladelse, du har med, må højst være 6 måneder gammel.
deadline-registration-certificate = Få dit registreringsbevis
deadline-registration-certificate-rule = { $job-seeker ->
    [yes] Som jobsøgende skal du have det, når du er her i mere end 6 måneder.
   *[other] Du skal have det, når du er her i mere end 3 måneder.
  }
deadline-must-register-3-months = Du har pligt til at lade dig registrere
deadline-must-register-3-months-rule = Statsborgere fra lande uden for Norden, EU/EØS og Schweiz skal lade sig registrere, når de er her i mere end 3 måneder.
deadline-must-register-6-months = Dine 6 måneder uden registrering slutter
deadline-must-register-6-months-rule = Du må være her i op til 6 måneder uden at blive registreret. Finder du ud af, at du bliver længere, skal du anmelde din flytning inden for 5 dage.
deadline-cpr-arrives = Dit cpr-nummer kommer
deadline-cpr-arrives-rule = Cirka 2 uger efter, at du er blevet registreret hos Borgerservice Værløse.
deadline-tax-apply-window = Søg om personnummer til skat
deadline-tax-apply-window-rule = Søg tidligst 21 arbejdsdage før, dit job starter. Weekender og danske helligdage tæller ikke med.
deadline-report-before-leaving = Hvis du senere flytter fra Danmark til et andet nordisk land
deadline-report-before-leaving-rule = Anmeld flytningen til din danske kommune, før du rejser.

step-apply-residence-permit = Søg først om opholdstilladelse. På International House Copenhagen finder du de myndigheder, der tager sig af opholds- og arbejdstilladelser. Når du har fået tilladelsen, kan du bruge denne guide igen.
step-no-registration-short-stay = Du må gerne være her uden at blive registreret. Hvis det viser sig, at du skal være her i mere end 3 måneder, så brug denne guide igen.
step-no-registration-tax = Hvis du skal arbejde i Danmark, kan Skattestyrelsen give dig et personnummer til skat.
step-optional-registration = Du har ret til at blive registreret nu, fordi du skal være her i mere end 3 måneder. Hvis det viser sig, at du skal være her i mere end 6 måneder, skal du lade dig registrere.
step-get-certificate-first = Få først dit registreringsbevis. SIRI udsteder det på International House Copenhagen og hos International Citizen Service.
step-ihcph-apply-online = Udfyld ansøgningen online på ihcph.kk.dk.
step-ihcph-book = Book en tid hos International House.
step-vaerloese-entry-form = Udfyld indrejseblanketten online, før du kommer.
step-vaerloese-book = Book en tid online. Du skal have en aftale.
step-borgerservice-contact = Find Borgerservice på din kommunes hjemmeside, og anmeld din flytning. Kommunen kan bede dig om at møde op personligt.
step-bring-documents = Tag alle dokumenterne på listen med.
step-ihcph-collect = { $situation ->
    [child-abroad] Hent barnets cpr-nummer personligt hos International House.
   *[other] Hent dit cpr-nummer personligt hos International House.
  }
step-vaerloese-wait = { $situation ->
    [child-abroad] Barnets cpr-nummer kommer cirka 2 uger efter registreringen.
   *[other] Dit cpr-nummer kommer cirka 2 uger efter, at du er blevet registreret.
  }
step-existing-number = { $situation ->
    [child-abroad] Barnet har allerede et cpr-nummer og bliver registreret med det samme nummer.
   *[other] Du har allerede et cpr-nummer. Du bliver registreret med det samme nummer.
  }
step-declare-health-insurance = Oplys dit sygesikringsland til Udbetaling Danmark, også selvom du mangler papirer. Du kan eftersende dem til Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød.
step-mailbox = Sæt navn på din nye brevkasse: mindst efternavnene på alle, der får post der.
step-tax-apply = Søg hos Skattestyrelsen online eller med blanket 04.063. Vedlæg din underskrevne ansættelseskontrakt.
step-tax-wait = Dit nummer kommer sammen med din forskudsopgørelse, inden for cirka 2 uger.
step-tax-number-is-cpr = Nummeret er et rigtigt cpr-nummer. Hvis du senere flytter til Danmark, bliver du registreret med det samme nummer.
step-has-number-use-it = Giv dit nummer til din arbejdsgiver. Hvis du senere flytter til Danmark, bliver du registreret med det samme nummer.
step-child-no-right = Et barn, der er født og bor i udlandet, har ikke ret til et cpr-nummer, heller ikke selvom barnet er dansk statsborger.
step-child-passport = Et barn, der er dansk statsborger, kan godt få dansk pas uden et cpr-nummer.
step-child-later = Barnet får et nummer, når det flytter til Danmark og kan blive registreret, eller fra en anden myndighed, eller hvis det bliver døbt i Folkekirken i Danmark.
step-child-parish-contact = Kontakt det sogn, hvor barnet skal døbes. Sognet giver barnet et cpr-nummer.
step-child-keeps-number = Barnet beholder nummeret, også hvis det senere flytter til Danmark.
step-child-register-with-family = Anmeld barnets flytning sammen med din egen. Barnet får et cpr-nummer, når det bliver registreret.

source-seed-000 = Furesø Kommune: International House Copenhagen, Borgerservice Værløse og CPR-kontorets regler for at flytte til Danmark
source-seed-004 = Info Norden: Dansk personnummer
source-skat-04-063 = Skattestyrelsen: personnummer til skat (blanket 04.063)
source-lifeindenmark = Life in Denmark: International Citizen Service

deadline-permit-age-passed = Din opholdstilladelse er mere end 6 måneder gammel, men den må højst være 6 måneder gammel, når du bliver registreret. Kontakt kommunen, før du møder op.
step-child-follows-family = Barnet følger de samme regler som resten af familien. Brug guiden til en forælders situation for at se fristerne. Et barn, der ikke er nordisk statsborger, skal have sin egen opholdstilladelse (EU-borgere: et registreringsbevis).
