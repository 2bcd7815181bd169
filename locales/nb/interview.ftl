# Spørsmål, svaralternativer, hjelpetekster og resultater.
# Innholdsmeldinger får alle svar så langt som variabler, f.eks. $situation.

q-situation = Hva passer best for deg?
q-situation-hint = Nordiske land: Danmark, Finland, Færøyene, Island, Norge og Sverige. Dansker som flytter hjem, velger «Nordisk statsborger». Flytter dere som familie? Velg din egen situasjon: Barn som flytter med, også barn født i utlandet, blir folkeregistrert sammen med deg.
opt-situation-nordic = Nordisk statsborger som flytter til Danmark
opt-situation-eu = EU-, EØS- eller sveitsisk statsborger som flytter til Danmark
opt-situation-non-eu = Statsborger i et annet land som flytter til Danmark
opt-situation-tax-only = Jeg skal jobbe eller betale skatt i Danmark, men ikke bo der
opt-situation-child-abroad = Barnet mitt er født i utlandet (barnets egen sak)

q-stay = Hvor lenge skal du være i Danmark?
q-stay-hint = Regn fra dagen du kommer.
opt-stay-under-3-months = 3 måneder eller mindre
opt-stay-3-to-6-months = Mer enn 3 måneder og opptil 6 måneder
opt-stay-over-6-months = Mer enn 6 måneder

q-residence-permit = Har du dansk oppholdstillatelse?
q-residence-permit-hint = Statsborgere i land utenfor Norden, EU/EØS og Sveits trenger oppholdstillatelse for å bli folkeregistrert i Danmark. Det er SIRI eller Udlændingestyrelsen som gir den.
opt-residence-permit-yes = Ja
opt-residence-permit-no = Nei

q-permit-date = Når ble oppholdstillatelsen din utstedt?
q-permit-date-hint = Fikk du den etter at du kom, regnes fristen din for å bli folkeregistrert fra den datoen. La feltet stå tomt hvis du ikke er sikker.

q-child-moving = Skal barnet flytte til Danmark?
q-child-moving-hint = Svar ja hvis barnet skal bo i Danmark.
opt-child-moving-yes = Ja
opt-child-moving-no = Nei

q-cpr = { $situation ->
    [child-abroad] Har barnet allerede et dansk CPR-nummer?
   *[other] Har du allerede et dansk CPR-nummer?
  }
q-cpr-hint = Det avgjør hvilke spørsmål vi fortsatt trenger å stille, og det blir aldri lagret.

q-baptism = Skal barnet døpes i Den danske folkekirke i Danmark?
q-baptism-hint = Sognet gir et CPR-nummer til barn som blir døpt i Den danske folkekirke i Danmark.
opt-baptism-yes = Ja
opt-baptism-no = Nei

q-citizenship = Hvilket statsborgerskap har du?
q-citizenship-hint = Nordiske land: Danmark, Finland, Færøyene, Island, Norge og Sverige.
opt-citizenship-nordic = Nordisk
opt-citizenship-eu = EU, EØS eller Sveits
opt-citizenship-other = Et annet land

q-job-start = Når begynner du i jobben i Danmark?
q-job-start-hint = Den første arbeidsdagen din. Ut fra denne datoen regner vi ut når du kan søke.

q-municipality = { $situation ->
    [child-abroad] Hvilken kommune skal barnet bo i?
   *[other] Hvilken kommune skal du bo i?
  }
q-municipality-hint = { $situation ->
    [child-abroad] Kommunen avgjør hvor barnet blir folkeregistrert.
   *[other] Kommunen avgjør hvor du blir folkeregistrert.
  }

q-arrival = { $situation ->
    [child-abroad] Hvilken dato kommer barnet til Danmark?
   *[other] Hvilken dato kommer du til Danmark?
  }
q-arrival-hint = { $situation ->
    [child-abroad] Har barnet allerede kommet, skriver du datoen det kom. Ut fra datoen regner vi ut fristene. La feltet stå tomt hvis du ikke vet det ennå.
   *[other] Har du allerede kommet, skriver du datoen du kom. Ut fra datoen regner vi ut fristene dine. La feltet stå tomt hvis du ikke vet det ennå.
  }

q-danish-citizen = Er du dansk statsborger?
q-danish-citizen-hint = Dette avgjør om du må oppgi trygdelandet ditt (hvilket land som betaler helsetjenestene dine).
opt-danish-citizen-yes = Ja
opt-danish-citizen-no = Nei

q-from-nordic = Flytter du hit fra et annet nordisk land?
q-from-nordic-hint = Færøyene, Grønland og Åland teller også. Da trenger du dokumentasjon på fødselsnummeret eller personnummeret ditt derfra.
opt-from-nordic-yes = Ja
opt-from-nordic-no = Nei

q-job-seeker = Kommer du til Danmark for å søke arbeid?
q-job-seeker-hint = Arbeidssøkere kan være her lenger før de trenger registreringsbevis, men de kan først bli folkeregistrert når de har det.
opt-job-seeker-yes = Ja
opt-job-seeker-no = Nei

q-over-18 = Er du 18 år eller eldre?
q-over-18-hint = Voksne må kanskje oppgi trygdelandet sitt (hvilket land som betaler helsetjenestene deres).
opt-over-18-yes = Ja
opt-over-18-no = Nei

q-from-eu = Bodde du i et EU- eller EØS-land, i Sveits eller i Storbritannia rett før du flyttet til Danmark?
q-from-eu-hint = Sverige, Finland, Norge og Island teller med, men ikke Færøyene og Grønland. Hvis ja, må du fortelle Udbetaling Danmark hvilket land som betaler helsetjenestene dine.
opt-from-eu-yes = Ja
opt-from-eu-no = Nei

q-married = Er du gift?
q-married-hint = Er du gift, tar du med (eller legger ved) vigselsattesten.
opt-married-yes = Ja
opt-married-no = Nei

q-documents-in-da-or-en = { $situation ->
    [child-abroad] Er alle papirene til barnet på dansk eller engelsk?
   *[other] Er alle papirene dine på dansk eller engelsk?
  }
q-documents-in-da-or-en-hint = Vigselsattest, fødselsattester og andre attester. Dokumenter på andre språk må kanskje oversettes.
opt-documents-in-da-or-en-yes = Ja
opt-documents-in-da-or-en-no = Nei

outcome-register = { $cpr ->
    [given] Du må folkeregistrere deg i Danmark. Du beholder CPR-nummeret du allerede har.
   *[other] Du må folkeregistrere deg i Danmark. Du får CPR-nummeret ditt når du blir folkeregistrert.
  }
outcome-register-optional = { $situation ->
    [eu] Du kan folkeregistrere deg i Danmark når du har registreringsbeviset, men du trenger ikke. Du må folkeregistrere deg hvis oppholdet varer mer enn 6 måneder.
   *[other] Du kan folkeregistrere deg i Danmark nå, men du trenger ikke. Du må folkeregistrere deg hvis oppholdet varer mer enn 6 måneder.
}
outcome-no-registration = { $situation ->
    [non-eu] Skal du være i Danmark 3 måneder eller kortere, kan du ikke bli folkeregistrert. Skal du jobbe her, trenger du arbeidstillatelse.
   *[other] Skal du være i Danmark 3 måneder eller kortere, kan du ikke bli folkeregistrert.
  }
outcome-needs-residence-permit = Du trenger oppholdstillatelse før du kan bli folkeregistrert og få CPR-nummer. Du søker på nett eller ved en dansk utenriksstasjon.
outcome-tax-number = Skattestyrelsen kan gi deg et CPR-nummer for skatt (skattepersonnummer) uten at du blir folkeregistrert som bosatt i Danmark.
outcome-has-number = Du har allerede et dansk CPR-nummer. Det gjelder også for skatt, så du trenger ikke et nytt.
outcome-child-moving = Barnet får CPR-nummer når det blir folkeregistrert etter flyttingen til Danmark.
outcome-child-has-number = Barnet har allerede et dansk CPR-nummer og beholder det.
outcome-child-parish = Sognet gir barnet et CPR-nummer når barnet blir døpt i Den danske folkekirke.
outcome-child-no-number = Et barn som er født og bor i utlandet, kan ikke få CPR-nummer.

q-european = Er du statsborger i et europeisk land?
q-european-hint = Statsborgere i land utenfor Europa må møte opp selv hos Borgerservice Værløse.
opt-european-yes = Ja
opt-european-no = Nei
q-lives-in-sweden = Bor du i Sverige?
q-lives-in-sweden-hint = Bor du i Sverige, legger du ved andre papirer: et svensk personbevis eller familjebevis.
opt-lives-in-sweden-yes = Ja
opt-lives-in-sweden-no = Nei
q-with-children = Flytter du hit med barn under 18 år?
q-with-children-hint = Barn som er født i utlandet, teller også. Da tar du med fødselsattestene deres, og eventuelt papirer på foreldreansvaret.
opt-with-children-yes = Ja
opt-with-children-no = Nei
outcome-eu-job-seeker = Som arbeidssøker kan du være i Danmark i opptil 6 måneder uten å folkeregistrere deg. Du kan først bli folkeregistrert og få CPR-nummer når du har registreringsbevis, og det får du ikke bare fordi du søker arbeid.
q-eu-ground = På hvilket grunnlag skal du bo i Danmark?
q-eu-ground-hint = Registreringsbeviset gis på ett av disse grunnlagene. Det avgjør hva du tar med til SIRI.
opt-eu-ground-worker = Jeg skal jobbe for en arbeidsgiver i Danmark
opt-eu-ground-self-employed = Jeg skal drive min egen virksomhet i Danmark
opt-eu-ground-student = Jeg skal studere i Danmark
opt-eu-ground-sufficient-means = Jeg har nok penger å leve av
opt-eu-ground-family-member = Jeg er i familie med en EU-borger som bor her
opt-documents-in-da-or-en-nordic-language = Noen er på norsk, svensk, finsk eller islandsk, resten på dansk eller engelsk
