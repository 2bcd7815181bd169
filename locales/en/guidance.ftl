# Offices, municipalities, roles, documents, deadlines, steps and sources.

office-ihcph = International House Copenhagen
office-ihcph-about = Registration certificate, residence and work permits, CPR number, health insurance card (the yellow card) and tax card, all in one place. You must come in person.
office-borgerservice-vaerloese = Borgerservice Værløse (Furesø Municipality)
office-borgerservice-vaerloese-about = In the library by Galaksen. Fill in the entry form online before you come, and book a time.
office-borgerservice = Borgerservice (citizen service) in your municipality
office-borgerservice-about = Registers people who move to the municipality. You find it on your municipality's web site.
office-skattestyrelsen = Skattestyrelsen (the Danish Tax Agency)
office-skattestyrelsen-about = Gives personal numbers for tax to people who are not registered as living in Denmark.
office-udbetaling-danmark = Udbetaling Danmark
office-udbetaling-danmark-about = Finds out which country pays for your health care in Denmark: your health insurance country.
office-parish = The parish of the Danish National Church (Folkekirken)
office-parish-about = Registers births and baptisms and gives the child a CPR number.

municipality-copenhagen = Copenhagen
municipality-furesoe = Furesø (Værløse, Farum)
municipality-other = Another municipality

role-register = Where you register
role-register-alternative = You can also register here
role-registration-certificate = EU registration certificate
role-health-insurance = Declare your health insurance country
role-tax-number = Personal number for tax
role-tax-questions = Questions about tax
role-residence-permit = Residence and work permits
role-parish = Number at baptism

note-ihcph-fast-track = Furesø works with International House. If you need your number quickly, you can go there instead.
note-certificate-first = Get the registration certificate first: you need it to register.
note-ics-centres = You can also get help at an International Citizen Service centre in Copenhagen, Aarhus, Odense or Aalborg.
note-passport-nordic = Your ID must show your citizenship, so a passport is best.
note-child-documents = The child's own passport. A child who is not a Nordic citizen also needs a residence permit or an EU registration certificate.

doc-passport = Valid passport
doc-residence-permit = Original residence permit, at most 6 months old
doc-registration-certificate = EU registration certificate
doc-nordic-id-number = Proof of your personal number from the Nordic country you leave
doc-housing-proof = Proof of where you live: lease, co-op share certificate (andelsbevis), deed (skøde) or a declaration from your host (logiværtserklæring)
doc-marriage-certificate = Original marriage certificate
doc-birth-certificate = Original birth certificate
doc-translation = Authorised translation into Danish or English of each document in another language
doc-form-04-063 = Form 04.063, or the online application
doc-employment-contract = Signed employment contract
doc-work-permit = Work permit

deadline-report-move = Report your move to the municipality
deadline-report-move-rule = { $situation ->
    [eu] No later than 5 days after you meet the conditions: for you, that is when you have your EU registration certificate and a place to live.
   *[other] No later than 5 days after you meet the conditions: you are here, have a place to live and stay lawfully (with your residence permit, if you need one).
  }
deadline-permit-age = Register while your residence permit is at most 6 months old
deadline-permit-age-rule = The residence permit you bring must be at most 6 months old.
deadline-registration-certificate = Have your EU registration certificate
deadline-registration-certificate-rule = { $job-seeker ->
    [yes] As a job-seeker you need it when you stay more than 6 months.
   *[other] You need it when you stay more than 3 months.
  }
deadline-must-register-3-months = Registering is a duty for you
deadline-must-register-3-months-rule = Citizens of countries outside the Nordic countries, the EU/EEA and Switzerland must register when they stay more than 3 months.
deadline-must-register-6-months = Your 6 months without registering end
deadline-must-register-6-months-rule = You may stay up to 6 months without registering. If you find out earlier that you will stay longer, you must report your move within 5 days.
deadline-cpr-arrives = Your CPR number arrives
deadline-cpr-arrives-rule = About 2 weeks after you register at Borgerservice Værløse.
deadline-tax-apply-window = Apply for the tax number
deadline-tax-apply-window-rule = Apply no earlier than 21 working days before your job starts. Weekends and Danish public holidays do not count.
deadline-report-before-leaving = If you later move from Denmark to another Nordic country
deadline-report-before-leaving-rule = Tell your Danish municipality before you leave.

step-apply-residence-permit = Apply for a residence permit first. At International House Copenhagen you find the authorities for residence and work permits. When you have the permit, use this guide again.
step-no-registration-short-stay = You may stay without registering. If you find out that you will stay more than 3 months, use this guide again.
step-no-registration-tax = If you will work in Denmark, Skattestyrelsen can give you a personal number for tax.
step-optional-registration = You have the right to register now, because you will stay more than 3 months. If you find out that you will stay more than 6 months, you must register.
step-get-certificate-first = Get your EU registration certificate first. SIRI issues it at International House Copenhagen and the International Citizen Service centres.
step-ihcph-apply-online = Fill in the application online at ihcph.kk.dk.
step-ihcph-book = Book an appointment at International House.
step-vaerloese-entry-form = Fill in the entry form online before you arrive.
step-vaerloese-book = Book a time online. You must have an appointment.
step-borgerservice-contact = Find Borgerservice on your municipality's web site and report your move. The municipality may ask you to come in person.
step-bring-documents = Bring all the documents on the list.
step-ihcph-collect = { $situation ->
    [child-abroad] Pick up the child's CPR number in person at International House.
   *[other] Pick up your CPR number in person at International House.
  }
step-vaerloese-wait = { $situation ->
    [child-abroad] The child's CPR number arrives about 2 weeks after the registration.
   *[other] Your CPR number arrives about 2 weeks after you register.
  }
step-existing-number = { $situation ->
    [child-abroad] The child already has a CPR number and is registered with the same number.
   *[other] You already have a CPR number. You are registered with the same number.
  }
step-declare-health-insurance = Declare your health insurance country to Udbetaling Danmark, even if you are missing papers. You can send them later to Udbetaling Danmark, Kongens Vænge 8, 3400 Hillerød.
step-mailbox = Put your name on your new mailbox: at least the surnames of everyone who gets post there.
step-tax-apply = Apply to Skattestyrelsen online or with form 04.063. Include your signed employment contract.
step-tax-wait = Your number comes with your preliminary income assessment (forskudsopgørelse), within about 2 weeks.
step-tax-number-is-cpr = The number is a real CPR number. If you move to Denmark later, you are registered with the same number.
step-has-number-use-it = Give your number to your employer. If you move to Denmark later, you are registered with the same number.
step-child-no-right = A child who is born and lives abroad has no right to a CPR number, even if the child is a Danish citizen.
step-child-passport = A child who is a Danish citizen can get a Danish passport without a CPR number.
step-child-later = The child gets a number when it moves to Denmark and can be registered, or from another authority, or if it is baptised in Folkekirken in Denmark.
step-child-parish-contact = Contact the parish where the child will be baptised. The parish gives the child a CPR number.
step-child-keeps-number = The child keeps the number, also if it moves to Denmark later.
step-child-register-with-family = Report the child's move together with your own. The child gets a CPR number when it is registered.

source-seed-000 = Furesø Municipality: International House Copenhagen, Borgerservice Værløse and the CPR office's rules for moving to Denmark
source-seed-004 = Info Norden: Danish personal number
source-skat-04-063 = Skattestyrelsen: personal number for tax (form 04.063)
source-lifeindenmark = Life in Denmark: International Citizen Service

deadline-permit-age-passed = Your residence permit is more than 6 months old, but it must be at most 6 months old when you register. Contact the municipality before you go.
step-child-follows-family = The child follows the same rules as the rest of the family. Use this guide for a parent's situation to see the deadlines. A child who is not a Nordic citizen needs its own residence permit (for EU citizens: a registration certificate).
