# Kommunenes egne sider (titler) og det de sier utover de generelle reglene.
# Skrevet for hånd: én linje per kilde eller merknad i content/municipalities/.

source-muni-aabenraa = Aabenraa kommune: oppholdstillatelse, CPR-nummer, helsekort og MitID
source-muni-aarhus = Aarhus kommune: hvis du allerede har CPR-nummer
source-muni-aarhus-step2 = Aarhus kommune: registrer adressen din og få CPR-nummer
source-muni-aeroe = Ærø kommune (flyttilærø.dk): flytte til Ærø
source-muni-ballerup-cpr = Ballerup kommune: det danske folkeregisteret (CPR)
source-muni-billund = Billund kommune: flytte til Danmark
source-muni-esbjerg = Esbjerg kommune: innreise og ankomst
source-muni-favrskov = Favrskov kommune: flytte til Danmark
source-muni-furesoe-contact = Furesø kommune: Borgerservice (adresse og åpningstider)
source-muni-helsingoer = Helsingør kommune: flytte til Danmark
source-muni-herning = Herning kommune: opphold og registrering
source-muni-herning-hours = Herning kommune: Borgerservice (åpningstider)
source-muni-hjoerring = Hjørring kommune: etter ankomsten
source-muni-hoersholm = Hørsholm kommune: flytte til Danmark
source-muni-horsens = Horsens kommune: de første praktiske tingene
source-muni-lejre = Lejre kommune: flytte til Danmark
source-muni-middelfart = Middelfart kommune: flytte til Danmark
source-muni-norddjurs = Norddjurs kommune: inn- og utreise
source-muni-randers = Randers kommune: flytte til Danmark
source-muni-randers-en = Randers kommune: innflytting fra utlandet (eldre side)
source-muni-ringkoebing-skjern = Ringkøbing-Skjern kommune: flytting
source-muni-roedovre = Rødovre kommune: flytting til og fra utlandet
source-muni-roedovre-cpr = Rødovre kommune: CPR-registrering
source-muni-rudersdal = Rudersdal kommune: CPR-registrering i Danmark
source-muni-soenderborg = Sønderborg kommune: innreise til Danmark
source-muni-soenderborg-address = Sønderborg kommune: Borgerservice (adresse og åpningstider, 2022)
source-muni-svendborg = Svendborg kommune: flytte til Danmark
source-muni-vejle = Vejle kommune: meld at du flytter til Danmark
source-muni-vejle-eu = Vejle kommune: registrering som EU-borger
source-muni-vejle-eu-2019 = Vejle kommune: registrering som EU-borger (side fra 2019)

muni-helsingoer-residents = Helsingør kommune registrerer høyst to personer per rom på en adresse.
muni-rudersdal-entrance = Inngangen er den samme som til biblioteket (Birkerød Bibliotek).
muni-lejre-ics-east = Lejre kommunes side sender alle som flytter til Danmark, til International House Copenhagen.
muni-svendborg-mitid = Svendborg kommunes side sier at du skal bruke MitID. Har du ikke MitID ennå, spør Borgerservice.
muni-aeroe-proof = Borgerservice vil se bevis på at du virkelig flytter hit: en leiekontrakt på minst 3 måneder eller en kjøpekontrakt med tinglyst skjøte.
muni-randers-translation = Randers kommune vil ha dokumenter på dansk, ellers oversatt av en autorisert oversetter eller utstedt som en internasjonal attest på engelsk.
muni-ringkoebing-skjern-ics = Ringkøbing-Skjern kommunes side anbefaler ICS West i Aarhus, der alt ordnes ved ett besøk, og at hele familien kommer samtidig.
note-vejle-ics = Vejle kommunes side: som EU-borger kan du gjøre hele registreringen hos ICS i Odense, Esbjerg eller Aarhus.
doc-civil-status-documents = Dokumentasjon på sivilstanden din hvis du er skilt eller enke/enkemann: skilsmisse- eller dødsattest
