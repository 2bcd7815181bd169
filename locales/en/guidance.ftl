# Offices, municipalities, roles, documents, deadlines, steps and sources.

office-ihcph = International House Copenhagen (ICS East)
office-ihcph-about = The International Citizen Service in Copenhagen: the EU registration certificate (EU residence document) and the CPR number. It does not handle residence and work permits: SIRI does.
office-siri = SIRI (the Danish Agency for International Recruitment and Integration)
office-siri-about = Decides residence and work permits for work, study and more, for citizens of countries outside the EU/EEA and Switzerland, and issues the EU registration certificate. Its offices see people by appointment only.
office-borgerservice-vaerloese = Borgerservice Værløse (Furesø Municipality)
office-borgerservice-vaerloese-about = In the library by Galaksen. Fill in the entry form online before you come, and book a time.
office-borgerservice = Borgerservice (citizen service) in your municipality
office-borgerservice-about = Registers people who move to the municipality. You find it on your municipality's web site.
office-skattestyrelsen = Skattestyrelsen (the Danish Tax Agency)
office-skattestyrelsen-about = Gives a personal tax number to people who are not registered as living in Denmark, and the tax card.
office-udbetaling-danmark = Udbetaling Danmark
office-udbetaling-danmark-about = Finds out which country pays for your health care in Denmark: your health insurance country. You tell it online.
office-parish = The parish of the Church of Denmark (folkekirken)
office-parish-about = Registers births and baptisms and gives the child a CPR number.

municipality-copenhagen = Copenhagen
municipality-furesoe = Furesø
municipality-other = I don't know yet

role-register = Where you register
role-register-alternative = You can also register here
role-registration-certificate = EU registration certificate
role-health-insurance = Declare your health insurance country
role-tax-number = Personal tax number
role-tax-questions = Tax card and questions about tax
role-residence-permit = Decides residence permits: apply online or at a Danish mission abroad
role-parish = Number at baptism

note-ihcph-fast-track = Furesø works with International House. If you need your number quickly, you can go there instead.
note-certificate-first = Get the registration certificate first: you need it to register.
note-ics-centres = The International Citizen Service centres in Copenhagen, Aarhus, Aalborg, Esbjerg, Odense and Sønderborg help newcomers with their registrations.
note-passport-nordic = Your ID must show your citizenship, so a passport is best.
note-child-documents = The child's own passport. A child who is not a Nordic citizen also needs a residence permit or an EU registration certificate.
note-permit-furesoe = Borgerservice Værløse wants the original, at most 6 months old.
note-faroe-p-number = From the Faroe Islands: your P-number (p-tal).
note-translation-furesoe = Borgerservice Værløse wants an authorised translation into Danish or English.
note-translation-ask = Danish authorities need only accept Danish, but many offices also take English, some German or a Nordic language. Ask your office which languages it takes before you pay for translations.

doc-passport = Valid passport
doc-residence-permit = { $situation ->
    [tax-only] Your Danish residence permit
   *[other] Your residence permit
  }
doc-work-permit = Your Danish work permit
doc-registration-certificate = EU registration certificate
doc-nordic-id-number = Proof of your personal number from the Nordic country you leave (for Norwegians: the fødselsnummer)
doc-housing-proof = { $situation ->
    [child-abroad] Proof of where the child will live: lease, co-op share certificate (andelsbevis), deed (skøde) or a declaration from the host (logiværtserklæring)
   *[other] Proof of where you live: lease, co-op share certificate (andelsbevis), deed (skøde) or a declaration from your host (logiværtserklæring)
  }
doc-employment-contract = Employment contract, signed by you and your employer
doc-personbevis = Personbevis (extract from the Swedish population register), if you send your national ID card instead of your passport
doc-marriage-certificate = Marriage certificate
doc-familjebevis = Familjebevis (family certificate from the Swedish Tax Agency) instead of a marriage certificate
doc-birth-certificate = Your original birth certificate
doc-children-birth-certificates = { $situation ->
    [child-abroad] The child's birth certificate
   *[other] Birth certificates for the children under 18 who move with you
  }
doc-custody-documents = { $situation ->
    [child-abroad] Custody papers for the child, if its parents are not married to each other or one of them does not move: a custody decision or the other parent's consent
   *[other] Custody papers for the children if you are not married to their other parent, or if the other parent does not move with you: a custody decision or the other parent's consent
  }
doc-translation = A translation of each document that is not in Danish or English
doc-form-04-063 = The online application (most people use it), or form 04.063

deadline-report-move = Register your move with the municipality
deadline-report-move-rule = { $municipality ->
    [other] No later than 5 days after you meet the conditions: you are here, have a place to live and stay lawfully. The 5 days start when you have a place to live.
   *[other-place] { $situation ->
        [eu] No later than 5 days after you meet the conditions: for you, that is when you have your EU registration certificate and a place to live.
        [nordic] No later than 5 days after you meet the conditions: you are here and have a place to live.
        [child-abroad] No later than 5 days after the child meets the conditions: it is here and has a place to live (and a residence permit, if it needs one).
       *[other] No later than 5 days after you meet the conditions: you are here, have a place to live and stay lawfully with your residence permit.
    }
  }
deadline-permit-age = Register while your residence permit is at most 6 months old
deadline-permit-age-rule = Borgerservice Værløse wants the residence permit you bring to be at most 6 months old.
deadline-permit-age-passed = Your residence permit is more than 6 months old, and Borgerservice Værløse wants it at most 6 months old. Contact Borgerservice before you go.
deadline-registration-certificate = Apply for your EU registration certificate
deadline-registration-certificate-rule = { $job-seeker ->
    [yes] As a job-seeker you may stay up to 6 months from the day you arrive without it. The certificate is given to workers, self-employed people, students, people with enough money to support themselves and family members: job-seeking is not one of these grounds.
   *[other] You need it when you stay more than 3 months, and you can register only when you have it.
  }
deadline-must-register-3-months = You must register
deadline-must-register-3-months-rule = Citizens of countries outside the Nordic countries, the EU/EEA and Switzerland must register when they stay more than 3 months.
deadline-must-register-6-months = Your 6 months without registering end
deadline-must-register-6-months-rule = You may stay up to 6 months without registering. If you find out earlier that you will stay longer, you must register within 5 days.
deadline-cpr-arrives = Your CPR number arrives
deadline-cpr-arrives-rule = About 2 weeks after you register at Borgerservice Værløse.
deadline-tax-apply-window = Apply for the personal tax number
deadline-tax-apply-window-rule = Apply no earlier than 60 days before your first working day: Skattestyrelsen does not process applications sent earlier.
deadline-tax-number-assigned = The earliest day you can get the number
deadline-tax-number-assigned-rule = Skattestyrelsen gives the number at the earliest 21 working days before your first working day. Weekends and Danish public holidays do not count.
deadline-tax-card-window = Apply for your tax card
deadline-tax-card-window-rule = With a number already, apply for the tax card no earlier than 60 days before you start work.
deadline-report-before-leaving = If you later move from Denmark to another Nordic country
deadline-report-before-leaving-rule = Tell your Danish municipality before you leave.

step-apply-residence-permit = Apply for a residence permit before you come. Two authorities decide: SIRI (work, study and more) and the Danish Immigration Service (family reunification, asylum and others). Apply online at nyidanmark.dk, or at a Danish embassy or consulate general in the country where you live. When you have the permit, use this guide again.
step-biometrics = After an online application to SIRI, have your photo and fingerprints (biometrics) recorded within 14 days: at a SIRI office (book a time) or at a Danish embassy, consulate general or visa application centre. Bring a print of the receipt for your application. For the Danish Immigration Service's schemes, follow what you are told when you apply.
step-no-registration-short-stay = You may stay without registering. If you find out that you will stay more than 3 months, use this guide again.
step-no-registration-tax = { $situation ->
    [non-eu] If you will work in Denmark, Skattestyrelsen can give you a personal tax number. You must attach your Danish residence and work permit.
   *[other] If you will work in Denmark, Skattestyrelsen can give you a personal tax number.
  }
step-job-seeker-stay = As a job-seeker you may stay up to 6 months from the day you arrive without registering.
step-job-seeker-ground = You can be registered and get a CPR number only with an EU registration certificate, and job-seeking is not a ground for it. When you get a job, or another ground applies to you (self-employment, studies, enough money to support yourself, family of an EU citizen), apply for the certificate. Then register within 5 days.
step-optional-registration = You have the right to register now, because you will stay more than 3 months. If you find out that you will stay more than 6 months, you must register.
step-ihcph-apply-online = Apply for the CPR number online first (see the ICS East page). You get a case number when you send the application. It takes about 1–2 weeks to process, and you are told by e-mail.
step-ihcph-book = Then book a CPR appointment at ICS East with your case number.
step-vaerloese-entry-form = Fill in the entry form online before you arrive.
step-vaerloese-book = Book a time online. You must have an appointment.
step-borgerservice-contact = Find Borgerservice on your municipality's web site and register your move. The municipality may ask you to come in person.
step-bring-documents = Bring all the documents on the list.
step-check-apostille = Some foreign marriage and birth certificates must have an apostille or be legalised. The office that asks for them decides, and it is done in the country that issued them: ask before you travel.
step-everyone-in-person = Everyone who moves, children too, must usually come in person.
step-ihcph-collect = { $situation ->
    [child-abroad] Come to the appointment in person with the child. After an ID check, the child gets its CPR number.
   *[other] Come to the appointment in person. After an ID check, you get your CPR number.
  }
step-vaerloese-wait = { $situation ->
    [child-abroad] The child's CPR number arrives about 2 weeks after the registration.
   *[other] Your CPR number arrives about 2 weeks after you register.
  }
step-existing-number = { $situation ->
    [child-abroad] The child already has a CPR number and is registered with the same number.
   *[other] You already have a CPR number. You are registered with the same number.
  }
step-residence-card = Your residence card is ordered when you register your address. It comes by post in about 2–3 weeks.
step-declare-health-insurance = Declare your health insurance country to Udbetaling Danmark with the online form “Information about health insurance country” (on lifeindenmark.borger.dk), even if you are missing papers. You can send them later to Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød.
step-health-card = Your yellow health insurance card comes by post about 2–3 weeks after you register. It shows your doctor's name and address.
step-mailbox = Put your name on your new postbox: at least the surnames of everyone who gets post there. Otherwise your health insurance card may not reach you.
step-tax-card = Apply for a tax card online before you start work.
step-mitid = Get MitID, the Danish digital ID: in the MitID app with your passport, or at Borgerservice.
step-tax-apply = Apply to Skattestyrelsen online (most people do) or with form 04.063, and attach the documents on the list.
step-tax-wait = The number is made together with your tax card. You see it at the top of your preliminary income assessment (forskudsopgørelse), and Skattestyrelsen sends it to your employer. With form 04.063 it takes about 2 weeks.
step-tax-number-is-cpr = The number is a real CPR number (an administrative personal number). If you move to Denmark later, you are registered with the same number.
step-has-number-use-it = Give your number to your employer. If you move to Denmark later, you are registered with the same number.
step-child-no-right = A child who is born and lives abroad has no right to a CPR number, even if the child is a Danish citizen.
step-child-passport = A child who is a Danish citizen can get a Danish passport without a CPR number.
step-child-later = The child gets a number when it moves to Denmark and can be registered, or from another authority, or if it is baptised in the Church of Denmark in Denmark.
step-child-parish-contact = Contact the parish where the child will be baptised. The parish gives the child a CPR number.
step-child-keeps-number = The child keeps the number, also if it moves to Denmark later.
step-child-register-with-family = Register the child's move together with your own. The child gets a CPR number when it is registered.
step-child-follows-family = If you, the parents, move to Denmark too, go through the guide for yourselves: choose your own situation and answer that a child moves with you. Your result lists the child's papers, and you register together. A child who is not a Nordic citizen needs its own residence permit (for EU citizens: a registration certificate).

source-seed-000 = Furesø Municipality: moving to Denmark (Borgerservice Værløse, International House, the CPR office's rules)
source-seed-004 = Info Norden: Danish personal number
source-lid-ics-overview = Life in Denmark: ICS – International Citizen Service
source-lid-ics-east = Life in Denmark: ICS East in Copenhagen
source-lid-ics-east-process = Life in Denmark: ICS East in Copenhagen (applying for a CPR number)
source-lid-ics-west = Life in Denmark: ICS West in Aarhus
source-lid-ics-north = Life in Denmark: ICS North in Aalborg
source-kk-eu-residence-document = Copenhagen Municipality: EU residence document
source-nyidanmark-apply = New to Denmark (SIRI): you are waiting for an answer
source-nyidanmark-biometrics = New to Denmark (SIRI): deadline for biometrics is 14 days
source-nyidanmark-residence-card = New to Denmark: yes to a residence permit (the residence card)
source-cpr-moving-from-abroad = The CPR office: moving to Denmark for the first time
source-cpr-administrative-numbers = The CPR office: administrative personal numbers
source-lid-health-insurance-country = Life in Denmark: information about health insurance country
source-borgerdk-health-insurance-country = borger.dk: health insurance country
source-mitid-non-citizens = MitID: help for people without Danish citizenship
source-skat-tax-number = Skattestyrelsen: personal tax number and tax card
source-skat-04-063 = Skattestyrelsen: form 04.063
source-skat-tax-number-en = Skattestyrelsen: how you get your personal tax number
source-lid-tax-card-apply = Life in Denmark: apply for a tax card
source-norden-registration-dk = Info Norden: population registration in Denmark
office-ics-west = ICS West in Aarhus (International Citizen Service)
office-ics-west-about = The International Citizen Service in Aarhus, at Dokk1: the EU registration certificate for everyone, and the CPR number for people who live in one of the 18 municipalities it serves.
office-ics-north = ICS North in Aalborg (International Citizen Service)
office-ics-north-about = The International Citizen Service in Aalborg: the EU registration certificate, and the CPR number for people who live in the municipalities it serves.
office-ics-esbjerg = ICS Esbjerg (International Citizen Service)
office-ics-esbjerg-about = The International Citizen Service in Esbjerg City Hall, next to Esbjerg's citizen service: the EU registration certificate, and the CPR number for people who live in the municipalities it serves.
office-ics-odense = ICS South in Odense (International Citizen Service)
office-ics-odense-about = The International Citizen Service in Odense helps newly arrived workers with their registrations: CPR number, MitID and tax card. Its web page gives the address.
office-ics-soenderborg = ICS Sønderborg (International Citizen Service)
office-ics-soenderborg-about = Sønderborg Municipality's citizen service issues the CPR number, and SIRI, which issues the EU registration certificate, is at the same address. The web page gives the address.
office-ics = The International Citizen Service (ICS) centre for your municipality
office-ics-about = There are ICS centres in Copenhagen, Aarhus, Aalborg, Esbjerg, Odense and Sønderborg. Each centre's page says which municipalities it serves.
note-ics-cpr = The centre issues CPR numbers for people who live in your municipality: you can register there instead.
note-ics-cpr-albertslund = ICS East issues CPR numbers for people in Albertslund only if they are students living in Vognporten or Morbærhaven. Everyone else registers at Borgerservice in Albertslund.
note-ics-cpr-not-students = Students who live in your municipality cannot get the CPR number at ICS East: they register at the municipality's own Borgerservice.
step-register-check-page = Read the registration office's web page before you go: most offices want you to book a time, and you come in person with your documents.
source-lid-ics-esbjerg = Life in Denmark: ICS Esbjerg
source-esbjerg-ics = Esbjerg Municipality: ICS – International Citizen Service
source-odense-ico = Odense Municipality: Registration and CPR number
source-sonderborg-entry = Sønderborg Municipality: Moving to Denmark
source-postnord-postcodes = PostNord: the postcode file (postcodes, municipalities and regions), 17 October 2020
step-municipality-later = When you know where you will live, go through the guide again with your postcode: it then names the offices for your municipality and their opening hours.
office-udlaendingestyrelsen = The Danish Immigration Service (Udlændingestyrelsen)
office-udlaendingestyrelsen-about = Decides residence permits for family reunification, asylum and some other grounds. Apply online at nyidanmark.dk or at a Danish embassy or consulate general.
role-work-permit = Work permits
docstep-certificate = For the EU registration certificate, at { $office }
docstep-register = { $outcome ->
    [child-moving] To register the child, at { $office }
   *[other] To register, at { $office }
  }
docstep-tax = To attach to your application to { $office }
note-worker-hours = You must normally work at least 10–12 hours a week, for at least 10–12 weeks.
note-id-place-of-birth = Aarhus wants it to show your place of birth.
note-id-place-of-birth-tax = It must show at least your name, date and place of birth.
note-translation-ics-west = ICS West takes marriage, divorce and children's birth certificates in English, German or a Scandinavian language.
note-report-move-online-ics-east = At ICS East you apply online first, and the application takes about 1–2 weeks to process: apply as soon as you can.
note-report-move-no-time = If no appointment is free within the 5 days, contact the office before they are up.
note-report-move-fine = Some municipalities fine people who report a move too late.
doc-id-card = { $situation ->
    [tax-only] A copy of your passport or national ID card (front and back)
   *[other] Valid passport or national ID card
  }
doc-employment-confirmation = Your employment contract, or a declaration from your employer
doc-business-documentation = Papers on your business in Denmark: for example its CVR registration, invoices, accounts, VAT payments or the lease of its premises
doc-admission-letter = Proof that you are fully admitted to your education in Denmark
doc-means-declaration = A signed declaration that you have enough money to live on while you study
doc-means-proof = Proof that you can support yourself, and any family members, for at least the first 12 months
doc-relationship-proof = Proof that you are the EU citizen's spouse, partner or child: for example a marriage or birth certificate
doc-sponsor-residence-proof = Proof that the EU citizen you join lives here on grounds of their own: for example that person's own residence document
step-work-permit-needed = To work in Denmark, even for a short stay, you need a Danish residence and work permit in most cases, from the first day. Short meetings or training of less than 90 days are not work. Read nyidanmark.dk before you start.
step-job-seeker-certificate = Job-seeking is not a ground for the EU registration certificate. Before your 6 months are up, apply on the ground that fits you then: as a worker when you have a job, with your employment contract.
step-apply-certificate-online = Apply for the EU registration certificate (EU residence document) online at nyidanmark.dk. Then book a time with SIRI at the International Citizen Service centre named above, and come in person within 14 days of applying, with your passport or national ID card. Only then does SIRI count your application as sent.
step-family-own-documents = { $situation ->
    [eu] Everyone in your family who moves with you, children too, needs their own EU registration certificate. Each applies on their own: a spouse or child as a family member, with proof of the relationship.
   *[other] Everyone in your family who moves with you, children too, needs their own residence permit to be registered.
  }
step-ics-west-apply-online = { $situation ->
    [eu] If you register at ICS West and have never had a CPR number: apply for it online first, then book a time at ICS West and bring the receipt. If you get your EU certificate at the same visit, you need not upload it.
   *[other] If you register at ICS West and have never had a CPR number: apply for it online first, then book a time at ICS West and bring the receipt.
  }
step-nordic-language-documents = Under the Nordic Language Convention, Danish authorities can accept marriage certificates and other civil-status papers in Norwegian, Swedish, Finnish or Icelandic. Ask your office whether it takes yours before you have them translated.
step-administrative-number = If the letter that gave you your residence permit shows a CPR number (an administrative CPR number), tell the municipality when you register, so you are not registered twice.
step-permit-right-to-work = You may work only if your residence permit gives you the right to work. If it does not, you need a work permit first.
step-tax-work-permit = You need a Danish residence and work permit before you start work, and Skattestyrelsen wants it with your application.
source-norden-guide-moving-dk = Info Norden: moving to Denmark
source-norden-leaving-dk = Info Norden: moving from Denmark
source-skat-first-steps = Skattestyrelsen: first steps in Denmark
source-cpr-can-i-get-a-number = The CPR office: can I get a personal number?
source-borger-moving = borger.dk: when you move
source-borger-moving-guide = borger.dk: guide to moving
source-nordisketax-dk = Nordisk eTax: moving to Denmark
source-um-legalisation = Ministry of Foreign Affairs: legalisation of foreign documents
source-ejustice-documents-dk = European e-Justice Portal: public documents in Denmark
source-lid-health-card = Life in Denmark: the health insurance card
source-lid-practical-matters = Life in Denmark: practical matters when you arrive
source-politi-residence-permit = The Danish Police: residence permits
source-uim-immigration-service = Ministry of Immigration and Integration: the Danish Immigration Service
source-siri-about = SIRI: residence in Denmark
source-nyidanmark-biometric-features = New to Denmark: biometric features
source-nyidanmark-work-permit-visit = New to Denmark: visa (short term) or work permit?
source-nyidanmark-work-exemption = New to Denmark: exemption from the work permit requirement
source-nyidanmark-eu-worker = New to Denmark: EU residence as a worker
source-nyidanmark-eu-self-employed = New to Denmark: EU residence as a self-employed person
source-nyidanmark-eu-student = New to Denmark: EU residence as a student
source-nyidanmark-eu-self-support = New to Denmark: EU residence as a self-supporting person
source-nyidanmark-eu-family = New to Denmark: EU residence as a family member
source-nyidanmark-eu-old = New to Denmark (older page): residence for EU and EEA citizens
source-workindenmark-eu = Work in Denmark (older page): EU/EEA citizens
source-aarhus-eu-students-qa = Aarhus Municipality: Q&A for EU/EEA students (quotes SIRI's online application)
source-ihcph-nordic-guide = International House Copenhagen: step by step for Nordic citizens
doc-family-certificates = For your family's own certificates: your marriage certificate and your children's birth certificates
