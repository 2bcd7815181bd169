# Spørgsmål, deres svarmuligheder og hjælpetekster, og udfaldene.
# Indholdsbeskeder får hvert svar indtil nu som en variabel, fx $situation.

q-situation = Hvad passer bedst på dig?
q-situation-hint = Nordiske lande: Danmark, Finland, Færøerne, Island, Norge og Sverige. Danskere, der flytter hjem, vælger ”Nordisk statsborger”. Flytter I som familie? Vælg din egen situation: Børn, der flytter med, også børn født i udlandet, bliver registreret sammen med dig.
opt-situation-nordic = Nordisk statsborger, der flytter til Danmark
opt-situation-eu = Statsborger i et EU- eller EØS-land eller Schweiz, der flytter til Danmark
opt-situation-non-eu = Statsborger i et andet land, der flytter til Danmark
opt-situation-tax-only = Jeg skal arbejde eller betale skat i Danmark, men ikke bo her
opt-situation-child-abroad = Mit barn er født i udlandet (barnets egen sag)

q-stay = Hvor længe skal du være i Danmark?
q-stay-hint = Regn fra den dag, du kommer.
opt-stay-under-3-months = 3 måneder eller mindre
opt-stay-3-to-6-months = Mere end 3 måneder og op til 6 måneder
opt-stay-over-6-months = Mere end 6 måneder

q-residence-permit = Har du en dansk opholdstilladelse?
q-residence-permit-hint = Statsborgere fra lande uden for Norden, EU/EØS og Schweiz skal have en opholdstilladelse for at blive registreret i CPR. SIRI eller Udlændingestyrelsen giver den.
opt-residence-permit-yes = Ja
opt-residence-permit-no = Nej

q-permit-date = Hvornår blev din opholdstilladelse udstedt?
q-permit-date-hint = Fik du den, efter du kom, regnes din frist for at blive registreret fra den dato. Lad feltet stå tomt, hvis du ikke er sikker.

q-child-moving = Skal barnet flytte til Danmark?
q-child-moving-hint = Svar ja, hvis barnet skal bo i Danmark.
opt-child-moving-yes = Ja
opt-child-moving-no = Nej

q-cpr = { $situation ->
    [child-abroad] Har barnet allerede et dansk cpr-nummer?
   *[other] Har du allerede et dansk cpr-nummer?
  }
q-cpr-hint = Det afgør, hvilke spørgsmål der stadig er brug for, og det bliver aldrig gemt.

q-baptism = Skal barnet døbes i folkekirken i Danmark?
q-baptism-hint = Sognet giver et cpr-nummer til børn, der bliver døbt i folkekirken i Danmark.
opt-baptism-yes = Ja
opt-baptism-no = Nej

q-citizenship = Hvilket statsborgerskab har du?
q-citizenship-hint = Nordiske lande: Danmark, Finland, Færøerne, Island, Norge og Sverige.
opt-citizenship-nordic = Nordisk
opt-citizenship-eu = EU, EØS eller Schweiz
opt-citizenship-other = Et andet land

q-job-start = Hvornår starter dit job i Danmark?
q-job-start-hint = Din første arbejdsdag. Ud fra den dato regner vi ud, hvornår du kan søge.

q-municipality = { $situation ->
    [child-abroad] Hvilken kommune skal barnet bo i?
   *[other] Hvilken kommune skal du bo i?
  }
q-municipality-hint = { $situation ->
    [child-abroad] Kommunen afgør, hvor barnet skal registreres.
   *[other] Kommunen afgør, hvor du skal registreres.
  }

q-arrival = { $situation ->
    [child-abroad] Hvilken dato kommer barnet til Danmark?
   *[other] Hvilken dato kommer du til Danmark?
  }
q-arrival-hint = { $situation ->
    [child-abroad] Er barnet allerede kommet, så skriv den dato, det kom. Ud fra datoen regner vi fristerne ud. Lad feltet stå tomt, hvis du ikke ved det endnu.
   *[other] Hvis du allerede er kommet, så skriv den dato, du kom. Ud fra datoen regner vi dine frister ud. Lad feltet stå tomt, hvis du ikke ved det endnu.
  }

q-danish-citizen = Er du dansk statsborger?
q-danish-citizen-hint = Det afgør, om du skal oplyse dit sygesikringsland.
opt-danish-citizen-yes = Ja
opt-danish-citizen-no = Nej

q-from-nordic = Flytter du hertil fra et andet nordisk land?
q-from-nordic-hint = Færøerne, Grønland og Åland tæller også med. Så skal du have dokumentation for dit personnummer derfra.
opt-from-nordic-yes = Ja
opt-from-nordic-no = Nej

q-job-seeker = Kommer du til Danmark for at søge arbejde?
q-job-seeker-hint = Jobsøgende må være her længere, før de skal have et registreringsbevis, men de kan først blive registreret, når de har et.
opt-job-seeker-yes = Ja
opt-job-seeker-no = Nej

q-over-18 = Er du 18 år eller ældre?
q-over-18-hint = Voksne skal måske oplyse deres sygesikringsland.
opt-over-18-yes = Ja
opt-over-18-no = Nej

q-from-eu = Boede du i et EU- eller EØS-land, i Schweiz eller i Storbritannien, lige før du flyttede til Danmark?
q-from-eu-hint = Sverige, Finland, Norge og Island tæller med, men Færøerne og Grønland gør ikke. Hvis ja, skal du oplyse Udbetaling Danmark om, hvilket land der betaler for din sundhedsbehandling.
opt-from-eu-yes = Ja
opt-from-eu-no = Nej

q-married = Er du gift?
q-married-hint = Er du gift, skal du have din vielsesattest med (eller vedhæfte den).
opt-married-yes = Ja
opt-married-no = Nej

q-documents-in-da-or-en = { $situation ->
    [child-abroad] Er alle barnets papirer på dansk eller engelsk?
   *[other] Er alle dine papirer på dansk eller engelsk?
  }
q-documents-in-da-or-en-hint = Vielsesattest, fødselsattester og andre attester. Dokumenter på andre sprog skal måske oversættes.
opt-documents-in-da-or-en-yes = Ja
opt-documents-in-da-or-en-no = Nej

outcome-register = { $cpr ->
    [given] Du skal registreres i CPR med din danske adresse. Du beholder det cpr-nummer, du allerede har.
   *[other] Du skal registreres i CPR med din danske adresse. Du får dit cpr-nummer, når du bliver registreret.
  }
outcome-register-optional = { $situation ->
    [eu] Du må gerne blive registreret i CPR, når du har dit registreringsbevis, men du har ikke pligt til det. Du skal registreres, hvis dit ophold kommer til at vare mere end 6 måneder.
   *[other] Du må gerne blive registreret i CPR nu, men du har ikke pligt til det. Du skal registreres, hvis dit ophold kommer til at vare mere end 6 måneder.
}
outcome-no-registration = { $situation ->
    [non-eu] Når du er her i 3 måneder eller mindre, kan du ikke blive registreret i CPR. Skal du arbejde her, skal du have en arbejdstilladelse.
   *[other] Når du er her i 3 måneder eller mindre, kan du ikke blive registreret i CPR.
  }
outcome-needs-residence-permit = Du skal have en opholdstilladelse, før du kan blive registreret i CPR og få et cpr-nummer. Du søger online eller på en dansk repræsentation i udlandet.
outcome-tax-number = Skattestyrelsen kan give dig et skattepersonnummer uden at registrere dig som bosat i Danmark.
outcome-has-number = Du har allerede et dansk cpr-nummer. Det gælder også til skat, så du skal ikke have et nyt.
outcome-child-moving = Barnet får et cpr-nummer, når det bliver registreret efter flytningen til Danmark.
outcome-child-has-number = Barnet har allerede et dansk cpr-nummer og beholder det.
outcome-child-parish = Sognet giver barnet et cpr-nummer, når barnet bliver døbt i folkekirken.
outcome-child-no-number = Et barn, der er født og bor i udlandet, kan ikke få et cpr-nummer.

q-european = Er du statsborger i et europæisk land?
q-european-hint = Borgere fra lande uden for Europa skal møde personligt op i Borgerservice Værløse.
opt-european-yes = Ja
opt-european-no = Nej
q-lives-in-sweden = Bor du i Sverige?
q-lives-in-sweden-hint = Bor du i Sverige, skal du vedhæfte andre papirer: et svensk personbevis eller familjebevis.
opt-lives-in-sweden-yes = Ja
opt-lives-in-sweden-no = Nej
q-with-children = Flytter der børn under 18 med dig?
q-with-children-hint = Børn født i udlandet tæller også med. Så skal du have deres fødselsattester med og eventuelt papirer på forældremyndigheden.
opt-with-children-yes = Ja
opt-with-children-no = Nej
outcome-eu-job-seeker = Som jobsøgende må du være her i op til 6 måneder uden at blive registreret. Du kan først blive registreret og få et cpr-nummer, når du har et registreringsbevis, og jobsøgning giver ikke ret til et.
q-eu-ground = På hvilket grundlag skal du bo i Danmark?
q-eu-ground-hint = Registreringsbeviset gives på et af disse grundlag. Det afgør, hvad du skal have med til SIRI.
opt-eu-ground-worker = Jeg skal arbejde for en arbejdsgiver i Danmark
opt-eu-ground-self-employed = Jeg skal drive min egen virksomhed i Danmark
opt-eu-ground-student = Jeg skal studere i Danmark
opt-eu-ground-sufficient-means = Jeg har penge nok at leve af
opt-eu-ground-family-member = Jeg er familie til en EU-borger, der bor her
opt-documents-in-da-or-en-nordic-language = Nogle er på norsk, svensk, finsk eller islandsk, resten på dansk eller engelsk
