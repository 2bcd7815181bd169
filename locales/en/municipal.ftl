# The municipalities' own pages (titles) and what they say beyond the general rules.
# Written by hand: one line per source or note in content/municipalities/.

source-muni-aabenraa = Aabenraa Municipality: residence permits, CPR number, the health card and MitID
source-muni-aarhus = Aarhus Municipality: if you already have a CPR number
source-muni-aarhus-step2 = Aarhus Municipality: register your address and get a CPR number
source-muni-aeroe = Ærø Municipality (flyttilærø.dk): moving to Ærø
source-muni-ballerup-cpr = Ballerup Municipality: the Civil Registration System (CPR)
source-muni-billund = Billund Municipality: moving to Denmark
source-muni-esbjerg = Esbjerg Municipality: entry, immigration and arrival
source-muni-favrskov = Favrskov Municipality: moving to Denmark
source-muni-furesoe-contact = Furesø Municipality: Borgerservice (address and opening hours)
source-muni-helsingoer = Helsingør Municipality: moving to Denmark
source-muni-herning = Herning Municipality: residence and contacts for registration
source-muni-herning-hours = Herning Municipality: Citizen Service (opening hours)
source-muni-hjoerring = Hjørring Municipality: after arrival
source-muni-hoersholm = Hørsholm Municipality: moving to Denmark
source-muni-horsens = Horsens Municipality: getting started – official matters
source-muni-lejre = Lejre Municipality: moving to Denmark
source-muni-middelfart = Middelfart Municipality: moving to Denmark
source-muni-norddjurs = Norddjurs Municipality: moving to and from Denmark
source-muni-randers = Randers Municipality: moving to Denmark
source-muni-randers-en = Randers Municipality: arrivals from foreign countries (older page)
source-muni-ringkoebing-skjern = Ringkøbing-Skjern Municipality: moving
source-muni-roedovre = Rødovre Municipality: moving to and from abroad
source-muni-roedovre-cpr = Rødovre Municipality: CPR registration
source-muni-rudersdal = Rudersdal Municipality: CPR registration in Denmark
source-muni-soenderborg = Sønderborg Municipality: entry to Denmark
source-muni-soenderborg-address = Sønderborg Municipality: Citizen Service (address and hours, 2022)
source-muni-svendborg = Svendborg Municipality: moving to Denmark
source-muni-vejle = Vejle Municipality: report that you move to Denmark
source-muni-vejle-eu = Vejle Municipality: registering as an EU citizen
source-muni-vejle-eu-2019 = Vejle Municipality: registering as an EU citizen (2019 page)

muni-helsingoer-residents = Helsingør Municipality registers at most two people per room at an address.
muni-rudersdal-entrance = The entrance is the same as the library's (Birkerød Bibliotek).
muni-lejre-ics-east = Lejre Municipality's page sends everyone who moves to Denmark to International House Copenhagen.
muni-svendborg-mitid = Svendborg Municipality's page says to use MitID for it. If you have no MitID yet, ask Borgerservice.
muni-aeroe-proof = Borgerservice wants proof that you really move here: a lease of at least 3 months, or a purchase contract with a registered deed.
muni-randers-translation = Randers Municipality wants documents in Danish, or translated by an authorised translator, or issued as an international certificate in English.
muni-ringkoebing-skjern-ics = Ringkøbing-Skjern Municipality's page recommends ICS West in Aarhus, where everything is done in one visit, and that the whole family comes together.
note-vejle-ics = Vejle Municipality's page: as an EU citizen you can do your whole registration at ICS in Odense, Esbjerg or Aarhus.
doc-civil-status-documents = Papers on your civil status if you are divorced or widowed: a divorce or death certificate
