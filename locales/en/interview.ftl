# Questions, their options and hints, and the outcomes.
# Content messages get every answer so far as a variable, e.g. $situation.

q-situation = Which describes you best?
q-situation-hint = Nordic countries: Denmark, Finland, the Faroe Islands, Iceland, Norway and Sweden. Danes moving home choose “Nordic citizen”. Moving as a family? Choose your own situation: children who move with you, also those born abroad, are registered with you.
opt-situation-nordic = Nordic citizen moving to Denmark
opt-situation-eu = EU, EEA or Swiss citizen moving to Denmark
opt-situation-non-eu = Citizen of another country moving to Denmark
opt-situation-tax-only = I will work or pay tax in Denmark, but not live here
opt-situation-child-abroad = My child was born abroad (the child's own case)

q-stay = How long will you stay in Denmark?
q-stay-hint = Count from the day you arrive.
opt-stay-under-3-months = 3 months or less
opt-stay-3-to-6-months = More than 3 months, up to 6 months
opt-stay-over-6-months = More than 6 months

q-residence-permit = Do you have a Danish residence permit?
q-residence-permit-hint = Citizens of countries outside the Nordic countries, the EU/EEA and Switzerland need a residence permit to be registered in Denmark. SIRI or the Danish Immigration Service grants it.
opt-residence-permit-yes = Yes
opt-residence-permit-no = No

q-permit-date = When was your residence permit issued?
q-permit-date-hint = If it was issued after you arrived, your deadline to register counts from it. Leave it empty if you are not sure.

q-child-moving = Will the child move to Denmark?
q-child-moving-hint = Answer yes if the child will live in Denmark.
opt-child-moving-yes = Yes
opt-child-moving-no = No

q-cpr = { $situation ->
    [child-abroad] Does the child already have a Danish CPR number?
   *[other] Do you already have a Danish CPR number?
  }
q-cpr-hint = It decides which questions are still needed, and it is never stored.

q-baptism = Will the child be baptised in the Church of Denmark (folkekirken) in Denmark?
q-baptism-hint = The parish gives a number to children baptised in the Church of Denmark in Denmark.
opt-baptism-yes = Yes
opt-baptism-no = No

q-citizenship = What is your citizenship?
q-citizenship-hint = Nordic countries: Denmark, Finland, the Faroe Islands, Iceland, Norway and Sweden.
opt-citizenship-nordic = Nordic
opt-citizenship-eu = EU, EEA or Swiss
opt-citizenship-other = Another country

q-job-start = When does your job in Denmark start?
q-job-start-hint = Your first working day. From this date we work out when you can apply.

q-municipality = { $situation ->
    [child-abroad] Which municipality will the child live in?
   *[other] Which municipality will you live in?
  }
q-municipality-hint = { $situation ->
    [child-abroad] The municipality decides where the child is registered.
   *[other] The municipality decides where you register.
  }

q-arrival = { $situation ->
    [child-abroad] On what date does the child arrive in Denmark?
   *[other] On what date do you arrive in Denmark?
  }
q-arrival-hint = { $situation ->
    [child-abroad] If the child has already arrived, give the date it came. From this date we work out the deadlines. Leave it empty if you do not know yet.
   *[other] If you have already arrived, give the date you came. From this date we work out your deadlines. Leave it empty if you do not know yet.
  }

q-danish-citizen = Are you a Danish citizen?
q-danish-citizen-hint = This decides whether you must declare your health insurance country.
opt-danish-citizen-yes = Yes
opt-danish-citizen-no = No

q-from-nordic = Are you moving here from another Nordic country?
q-from-nordic-hint = The Faroe Islands, Greenland and Åland count too. Then you need proof of your personal number from there.
opt-from-nordic-yes = Yes
opt-from-nordic-no = No

q-job-seeker = Are you coming to Denmark to look for work?
q-job-seeker-hint = Job-seekers may stay longer before they need an EU registration certificate, but they cannot register until they have one.
opt-job-seeker-yes = Yes
opt-job-seeker-no = No

q-over-18 = Are you 18 or older?
q-over-18-hint = Adults may have to declare their health insurance country.
opt-over-18-yes = Yes
opt-over-18-no = No

q-from-eu = Did you live in an EU or EEA country, Switzerland or the United Kingdom just before you moved to Denmark?
q-from-eu-hint = Sweden, Finland, Norway and Iceland count; the Faroe Islands and Greenland do not. If yes, you must tell Udbetaling Danmark which country pays for your health care.
opt-from-eu-yes = Yes
opt-from-eu-no = No

q-married = Are you married?
q-married-hint = Married people bring (or attach) their marriage certificate.
opt-married-yes = Yes
opt-married-no = No

q-documents-in-da-or-en = { $situation ->
    [child-abroad] Are all the child's documents in Danish or English?
   *[other] Are all your documents in Danish or English?
  }
q-documents-in-da-or-en-hint = Marriage, birth and other certificates. Documents in other languages may need a translation.
opt-documents-in-da-or-en-yes = Yes
opt-documents-in-da-or-en-no = No

outcome-register = { $cpr ->
    [given] You must register your address in Denmark. You keep the CPR number you already have.
   *[other] You must register your address in Denmark. You get your CPR number when you register.
  }
outcome-register-optional = { $situation ->
    [eu] You may register in Denmark once you have your EU registration certificate, but you do not have to. You must register if your stay will last more than 6 months.
   *[other] You may register in Denmark now, but you do not have to. You must register if your stay will last more than 6 months.
}
outcome-no-registration = { $situation ->
    [non-eu] For a stay of 3 months or less you cannot be registered in Denmark. To work here, you need a work permit.
   *[other] For a stay of 3 months or less you cannot be registered in Denmark.
  }
outcome-needs-residence-permit = You need a residence permit before you can be registered and get a CPR number. You apply online or at a Danish mission abroad.
outcome-tax-number = Skattestyrelsen can give you a personal tax number without registering you as living in Denmark.
outcome-has-number = You already have a Danish CPR number. It works for tax too, so you do not need a new one.
outcome-child-moving = The child gets a CPR number when it is registered after moving to Denmark.
outcome-child-has-number = The child already has a Danish CPR number and keeps it.
outcome-child-parish = The parish gives the child a CPR number when the child is baptised in the Church of Denmark.
outcome-child-no-number = A child who is born and lives abroad cannot get a CPR number.

q-european = Are you a citizen of a European country?
q-european-hint = Citizens of countries outside Europe must come in person to Borgerservice Værløse.
opt-european-yes = Yes
opt-european-no = No
q-lives-in-sweden = Do you live in Sweden?
q-lives-in-sweden-hint = People who live in Sweden attach other papers: a Swedish personbevis or familjebevis.
opt-lives-in-sweden-yes = Yes
opt-lives-in-sweden-no = No
q-with-children = Are children under 18 moving with you?
q-with-children-hint = Children born abroad count too. Then you bring their birth certificates, and custody papers if needed.
opt-with-children-yes = Yes
opt-with-children-no = No
outcome-eu-job-seeker = As a job-seeker you may stay up to 6 months without registering. You can register and get a CPR number only when you have an EU registration certificate, and job-seeking is not a ground for it.
q-eu-ground = On what ground will you live in Denmark?
q-eu-ground-hint = The EU registration certificate is given on one of these grounds. It decides what you bring to SIRI.
opt-eu-ground-worker = I will work for an employer in Denmark
opt-eu-ground-self-employed = I will run my own business in Denmark
opt-eu-ground-student = I will study in Denmark
opt-eu-ground-sufficient-means = I have enough money to live on
opt-eu-ground-family-member = I am the family of an EU citizen who lives here
opt-documents-in-da-or-en-nordic-language = Some are in Norwegian, Swedish, Finnish or Icelandic, the rest in Danish or English
