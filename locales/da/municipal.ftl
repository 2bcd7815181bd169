# Kommunernes egne sider (titler) og det, de siger ud over de generelle regler.
# Skrevet i hånden: én linje pr. kilde eller note i content/municipalities/.

source-muni-aabenraa = Aabenraa Kommune: residence permits, CPR number, the health card and MitID
source-muni-aarhus = Aarhus Kommune: hvis du allerede har et cpr-nummer
source-muni-aarhus-step2 = Aarhus Kommune: registrer din adresse og få et cpr-nummer
source-muni-aeroe = Ærø Kommune (flyttilærø.dk): flyt til Ærø
source-muni-ballerup-cpr = Ballerup Kommune: Det Centrale Personregister (CPR)
source-muni-billund = Billund Kommune: flyt til Danmark
source-muni-esbjerg = Esbjerg Kommune: indrejse og ankomst
source-muni-favrskov = Favrskov Kommune: flyt til Danmark
source-muni-furesoe-contact = Furesø Kommune: Borgerservice (adresse og åbningstider)
source-muni-helsingoer = Helsingør Kommune: flytte til Danmark – indrejse
source-muni-herning = Herning Kommune: ophold og registrering
source-muni-herning-hours = Herning Kommune: Borgerservice (åbningstider)
source-muni-hjoerring = Hjørring Kommune: efter ankomsten
source-muni-hoersholm = Hørsholm Kommune: flyt til Danmark
source-muni-horsens = Horsens Kommune: de første praktiske ting
source-muni-lejre = Lejre Kommune: flytning til Danmark
source-muni-middelfart = Middelfart Kommune: indrejse – flyt til Danmark
source-muni-norddjurs = Norddjurs Kommune: ind- og udrejse
source-muni-randers = Randers Kommune: indrejse til Danmark
source-muni-randers-en = Randers Kommune: tilflytning fra udlandet (ældre side)
source-muni-ringkoebing-skjern = Ringkøbing-Skjern Kommune: flytning
source-muni-roedovre = Rødovre Kommune: flytninger til og fra udlandet
source-muni-roedovre-cpr = Rødovre Kommune: cpr-registrering
source-muni-rudersdal = Rudersdal Kommune: CPR – registrering i Danmark
source-muni-soenderborg = Sønderborg Kommune: indrejse til Danmark
source-muni-soenderborg-address = Sønderborg Kommune: Borgerservice (adresse og åbningstider, 2022)
source-muni-svendborg = Svendborg Kommune: flytning til Danmark
source-muni-vejle = Vejle Kommune: meld, at du flytter til Danmark
source-muni-vejle-eu = Vejle Kommune: registrering som EU-borger
source-muni-vejle-eu-2019 = Vejle Kommune: registrering som EU-borger (side fra 2019)

muni-helsingoer-residents = Helsingør Kommune registrerer højst to personer pr. værelse på en adresse.
muni-rudersdal-entrance = Indgangen er den samme som til Birkerød Bibliotek.
muni-lejre-ics-east = Lejre Kommunes side sender alle, der flytter til Danmark, til International House Copenhagen.
muni-svendborg-mitid = Svendborg Kommunes side siger, at du skal bruge MitID. Har du ikke MitID endnu, så spørg Borgerservice.
muni-aeroe-proof = Borgerservice vil se, at du virkelig flytter hertil: en lejekontrakt på mindst 3 måneder eller en købsaftale med tinglyst skøde.
muni-randers-translation = Randers Kommune vil have dokumenter på dansk, ellers oversat af en autoriseret oversætter eller udstedt som en international attest på engelsk.
muni-ringkoebing-skjern-ics = Ringkøbing-Skjern Kommunes side anbefaler ICS West i Aarhus, hvor alt klares ved ét besøg, og at hele familien møder op samtidig.
note-vejle-ics = Vejle Kommunes side: som EU-borger kan du klare hele registreringen hos ICS i Odense, Esbjerg eller Aarhus.
doc-civil-status-documents = Dokumentation for din civilstand, hvis du er skilt eller enke/enkemand: skilsmisse- eller dødsattest
