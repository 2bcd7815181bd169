//! Every path through the shipped interview, checked against an oracle
//! written independently from docs/rules.md (not from the YAML), which
//! cites its rules by number (R2.4, …): the questions asked, the outcome,
//! the offices with their roles, the documents step by step, the deadlines
//! with their dates, the steps the rules name, and that a result cites no
//! other municipality's pages. Fails if any question or outcome is never
//! reached.

use crate::common::{content, TODAY};
use cpr_guide::content::{Content, QuestionId, QuestionKind};
use cpr_guide::engine::{Answer, Answers, Interview, Next};
use jiff::civil::{date, Date};
use std::collections::{BTreeMap, BTreeSet};

/// A CPR number of someone born 1 January 1990 (an adult), and of a child
/// born 5 May 2015 (digit 7 = 4 puts YY 15 in the 2000s).
const ADULT_CPR: &str = "010190-1234";
const CHILD_CPR: &str = "050515-4000";

/// Sample answers for dates: arrival in the past (end of month, so month
/// arithmetic must clamp) and in the future; a permit issued after that
/// past arrival; the job start of the working-day example in docs/rules.md R8.1.
fn date_samples(id: &str) -> Vec<&'static str> {
    match id {
        "arrival" => vec!["2026-08-31", "2026-12-01"],
        "permit-date" => vec!["2026-09-15"],
        "job-start" => vec!["2027-04-01"],
        other => panic!("no samples for date question {other}"),
    }
}

type Path = BTreeMap<String, String>;

#[derive(Debug, PartialEq, Eq)]
struct Expected {
    asked: Vec<&'static str>,
    outcome: &'static str,
    offices: BTreeSet<(&'static str, &'static str)>,
    /// (step, document): where each document is brought.
    documents: BTreeSet<(&'static str, &'static str)>,
    deadlines: BTreeMap<&'static str, Option<Date>>,
    /// The steps the rules name (of [`TRACKED_STEPS`]).
    steps: BTreeSet<&'static str>,
}

/// Steps the oracle knows from docs/rules.md; other steps (reading a web
/// page, after registering) are not compared.
const TRACKED_STEPS: [&str; 15] = [
    "apply-residence-permit",
    "biometrics",
    "work-permit-needed",
    "job-seeker-certificate",
    "apply-certificate-online",
    "family-own-documents",
    "ihcph-apply-online",
    "ics-west-apply-online",
    "nordic-language-documents",
    "everyone-in-person",
    "administrative-number",
    "permit-right-to-work",
    "tax-work-permit",
    "child-follows-family",
    "municipality-later",
];

/// ICS West's "Group A" (R6.1): apply online for the CPR number first.
const ICS_WEST_GROUP_A: [&str; 8] = [
    "aarhus",
    "horsens",
    "ikast-brande",
    "randers",
    "ringkoebing-skjern",
    "samsoe",
    "struer",
    "syddjurs",
];

fn d(text: &str) -> Date {
    text.parse().expect("test date")
}

/// docs/rules.md R8.1: + N months, clamped to the month's last day.
fn plus_months(start: Date, months: i8) -> Date {
    let total = i32::from(start.month()) - 1 + i32::from(months);
    let year = start.year() + i16::try_from(total / 12).expect("small");
    let month = i8::try_from(total % 12 + 1).expect("month");
    let last = date(year, month, 1).days_in_month();
    date(year, month, start.day().min(last))
}

fn plus_days(start: Date, days: i64) -> Date {
    start
        .checked_add(jiff::Span::new().days(days))
        .expect("in range")
}

/// Municipalities the oracle samples: the hand-written two, "not decided
/// yet", each kind of routing the ICS pages give, one municipality no ICS
/// page names in each of two regions, and one of ICS West's Group A that
/// registers at its own Borgerservice.
const MUNICIPALITIES: [&str; 14] = [
    "copenhagen",
    "furesoe",
    "other",
    "aarhus",
    "aalborg",
    "hjoerring",
    "albertslund",
    "frederiksberg",
    "ballerup",
    "haderslev",
    "vejle",
    "horsens",
    "lejre",
    "roedovre",
];

/// Where a municipality's newcomers go (docs/rules.md R4.1, from the ICS
/// pages and the municipalities' own pages), written here by hand: where to
/// register, the ICS centre for the EU registration certificate, and other
/// places that register them (with who may use them).
struct Routing {
    register: &'static str,
    ics: &'static str,
    /// (office, the situations it is for; empty: everyone)
    alternatives: Vec<(&'static str, &'static [&'static str])>,
}

/// R4.1: where the municipality's own page sends a group elsewhere. Lejre:
/// everyone to ICS East; Rødovre: its Borgerservice registers only Nordic
/// citizens and returning Danes (and a child registered with them), ICS
/// East the others, and ICS East is an alternative only for those it does
/// not already register.
fn routing_for(municipality: &str, situation: &str) -> Routing {
    match (municipality, situation) {
        ("lejre", _) => Routing {
            register: "ihcph",
            ics: "ihcph",
            alternatives: vec![],
        },
        ("roedovre", "nordic" | "child-abroad") => Routing {
            register: "borgerservice-roedovre",
            ics: "ihcph",
            alternatives: vec![("ihcph", &[])],
        },
        ("roedovre", _) => Routing {
            register: "ihcph",
            ics: "ihcph",
            alternatives: vec![],
        },
        _ => routing(municipality),
    }
}

fn routing(municipality: &str) -> Routing {
    let r = |register, ics, alternatives| Routing {
        register,
        ics,
        alternatives,
    };
    match municipality {
        // ICS East is Copenhagen's own registration office for newcomers.
        "copenhagen" => r("ihcph", "ihcph", vec![]),
        // Furesø's own rule (seed 000) is tested in the oracle itself.
        "furesoe" => r("borgerservice-vaerloese", "ihcph", vec![]),
        "other" => r("borgerservice", "ics", vec![]),
        // ICS West: CPR numbers for Aarhus and 17 more; Aarhus's own.
        "aarhus" => r("ics-west", "ics-west", vec![]),
        // ICS North: "also possible ... at the Citizen Service of your
        // residence municipality".
        "aalborg" => r(
            "ics-north",
            "ics-north",
            vec![("borgerservice-aalborg", &[])],
        ),
        // ICS North's list, read under "Nordic citizen".
        "hjoerring" => r(
            "borgerservice-hjoerring",
            "ics-north",
            vec![("ics-north", &["nordic"])],
        ),
        // ICS East's list, with its exceptions (students).
        "albertslund" => r("borgerservice-albertslund", "ihcph", vec![("ihcph", &[])]),
        "frederiksberg" => r("borgerservice-frederiksberg", "ihcph", vec![("ihcph", &[])]),
        // In no ICS list: the centre of the region (Hovedstaden: ICS East;
        // Syddanmark: ICS Odense).
        "ballerup" => r("borgerservice-ballerup", "ihcph", vec![]),
        "haderslev" => r("borgerservice-haderslev", "ics-odense", vec![]),
        // ICS Esbjerg's two page versions disagree on Vejle: the certificate
        // there, the CPR number at Vejle's own Borgerservice; Vejle's page
        // lets EU citizens do it all at ICS Odense, Esbjerg or Aarhus.
        "vejle" => r(
            "borgerservice-vejle",
            "ics-esbjerg",
            vec![
                ("ics-odense", &["eu"]),
                ("ics-esbjerg", &["eu"]),
                ("ics-west", &["eu"]),
            ],
        ),
        // ICS West's list of 18: CPR numbers there too.
        "horsens" => r("borgerservice-horsens", "ics-west", vec![("ics-west", &[])]),
        other => panic!("no routing written for {other}"),
    }
}

/// The oracle: what docs/rules.md says for these answers.
fn oracle(a: &Path) -> Expected {
    let get = |k: &str| a.get(k).map(String::as_str);
    let is = |k: &str, v: &str| get(k) == Some(v);
    let mut asked = vec!["situation"];
    let mut offices = BTreeSet::new();
    let mut documents = BTreeSet::new();
    let mut deadlines = BTreeMap::new();
    let mut steps = BTreeSet::new();
    let situation = get("situation").expect("situation");
    let arrival = get("arrival").filter(|v| *v != "skip").map(d);
    let cpr_given = get("cpr").is_some_and(|v| v != "skip");
    let done = |asked, outcome, offices, documents, deadlines, steps| Expected {
        asked,
        outcome,
        offices,
        documents,
        deadlines,
        steps,
    };

    let outcome = match situation {
        "nordic" | "eu" | "non-eu" => {
            asked.push("stay");
            if is("stay", "under-3-months") {
                // R2.1: no registration; R4.4: working needs a permit.
                offices.insert(("skattestyrelsen", "tax-number"));
                if situation == "non-eu" {
                    offices.insert(("siri", "work-permit"));
                    steps.insert("work-permit-needed");
                }
                return done(
                    asked,
                    "no-registration",
                    offices,
                    documents,
                    deadlines,
                    steps,
                );
            }
            if situation == "eu" {
                asked.push("job-seeker");
                // R2.4: a job-seeker may stay 6 months, but registers only
                // with the EU certificate, for which job-seeking is no ground.
                if is("stay", "3-to-6-months") && is("job-seeker", "yes") {
                    asked.extend(["municipality", "arrival"]);
                    let municipality = get("municipality").expect("municipality");
                    offices.insert((
                        routing_for(municipality, situation).ics,
                        "registration-certificate",
                    ));
                    deadlines.insert(
                        "registration-certificate",
                        arrival.map(|x| plus_months(x, 6)),
                    );
                    if municipality == "other" {
                        steps.insert("municipality-later");
                    }
                    return done(asked, "eu-job-seeker", offices, documents, deadlines, steps);
                }
                // R2.5: the certificate's ground, unless a job-seeker.
                if is("job-seeker", "no") {
                    asked.push("eu-ground");
                }
            }
            if situation == "non-eu" {
                asked.push("residence-permit");
                if is("residence-permit", "no") {
                    // R4.3: two authorities decide; applied for online.
                    offices.insert(("siri", "residence-permit"));
                    offices.insert(("udlaendingestyrelsen", "residence-permit"));
                    steps.extend(["apply-residence-permit", "biometrics"]);
                    return done(
                        asked,
                        "needs-residence-permit",
                        offices,
                        documents,
                        deadlines,
                        steps,
                    );
                }
                asked.push("permit-date");
            }
            asked.extend(["cpr", "municipality", "arrival"]);
            let municipality = get("municipality").expect("municipality");
            if situation == "non-eu" && municipality == "furesoe" {
                asked.push("european");
            }
            if situation == "nordic" {
                asked.push("danish-citizen");
            }
            asked.push("from-nordic");
            let adult = match get("cpr") {
                Some(ADULT_CPR) => true,
                Some(CHILD_CPR) => false,
                _ => {
                    asked.push("over-18");
                    is("over-18", "yes")
                }
            };
            let asks_from_eu = adult
                && ((situation == "nordic" && is("danish-citizen", "yes"))
                    || situation == "non-eu");
            if asks_from_eu {
                asked.push("from-eu");
            }
            if adult {
                asked.push("with-children");
            }
            asked.extend(["married", "documents-in-da-or-en"]);
            // R2.2: up to 6 months unregistered: EU/EEA/Swiss (incl. Nordic)
            // citizens, and anyone moving from another Nordic country.
            let six_months = situation != "non-eu" || is("from-nordic", "yes");
            let outcome = if six_months && is("stay", "3-to-6-months") {
                "register-optional"
            } else {
                "register"
            };

            // R4.1: where to register, by municipality.
            let route = routing_for(municipality, situation);
            offices.insert((route.register, "register"));
            for (office, only) in &route.alternatives {
                if only.is_empty() || only.contains(&situation) {
                    offices.insert((office, "register-alternative"));
                }
            }
            let foreign_european =
                situation == "eu" || (situation == "nordic" && is("danish-citizen", "no"));
            if municipality == "furesoe" && (foreign_european || is("european", "yes")) {
                offices.insert(("ihcph", "register-alternative"));
            }
            // R2.4, R4.2: the certificate, at the municipality's ICS centre.
            let needs_certificate = situation == "eu"
                && (is("stay", "over-6-months")
                    || (is("stay", "3-to-6-months") && is("job-seeker", "no")));
            if needs_certificate {
                offices.insert((route.ics, "registration-certificate"));
                let months = if is("job-seeker", "yes") { 6 } else { 3 };
                deadlines.insert(
                    "registration-certificate",
                    arrival.map(|x| plus_months(x, months)),
                );
                // R5.1: what SIRI wants, by ground.
                documents.insert(("certificate", "id-card"));
                let by_ground: &[&str] = match get("eu-ground") {
                    Some("worker") => &["employment-confirmation"],
                    Some("self-employed") => &["business-documentation"],
                    Some("student") => &["admission-letter", "means-declaration"],
                    Some("sufficient-means") => &["means-proof"],
                    Some("family-member") => &["relationship-proof", "sponsor-residence-proof"],
                    _ => &[],
                };
                documents.extend(by_ground.iter().map(|d| ("certificate", *d)));
                // R2.6: the family's own certificates need the relationship.
                if is("married", "yes") || is("with-children", "yes") {
                    documents.insert(("certificate", "family-certificates"));
                }
                steps.insert("apply-certificate-online");
                if is("job-seeker", "yes") {
                    steps.insert("job-seeker-certificate");
                }
                // R5: never "bring" it to the office that issues it.
                if route.register != route.ics {
                    documents.insert(("register", "registration-certificate"));
                }
            }
            // R4.5: the UK counts for "lived in the EU/EEA just before".
            if adult && (foreign_european || is("from-eu", "yes")) {
                offices.insert(("udbetaling-danmark", "health-insurance"));
            }

            // R5.2: to register.
            documents.insert(("register", "housing-proof"));
            documents.insert((
                "register",
                if situation == "eu" {
                    "id-card"
                } else {
                    "passport"
                },
            ));
            if situation == "non-eu" {
                documents.insert(("register", "residence-permit"));
            }
            if is("from-nordic", "yes") {
                documents.insert(("register", "nordic-id-number"));
            }
            if is("married", "yes") {
                documents.insert(("register", "marriage-certificate"));
            }
            if is("with-children", "yes") {
                documents.insert(("register", "children-birth-certificates"));
                documents.insert(("register", "custody-documents"));
                steps.insert("everyone-in-person");
            }
            // R2.6: every family member their own certificate or permit.
            if situation != "nordic" && (is("with-children", "yes") || is("married", "yes")) {
                steps.insert("family-own-documents");
            }
            if municipality == "furesoe" {
                documents.insert(("register", "birth-certificate"));
                // Only someone without a number waits for one (R3.5).
                if !cpr_given {
                    deadlines.insert("cpr-arrives", None);
                }
            }
            documents.extend(municipal_documents(municipality, situation));
            translation(a, municipality, &mut documents, &mut steps);
            // R6.1: an online application before booking at ICS East.
            if route.register == "ihcph" {
                steps.insert("ihcph-apply-online");
            }
            if ICS_WEST_GROUP_A.contains(&municipality) && !cpr_given {
                steps.insert("ics-west-apply-online");
            }
            if municipality == "other" {
                steps.insert("municipality-later");
            }
            if situation == "non-eu" {
                // R6.2 and R4.4.
                if !cpr_given {
                    steps.insert("administrative-number");
                }
                if adult {
                    steps.insert("permit-right-to-work");
                }
            }

            // R3: deadlines.
            let permit = get("permit-date").filter(|v| *v != "skip").map(d);
            // R3.4: for those with ties to another Nordic country.
            if situation == "nordic" || is("from-nordic", "yes") {
                deadlines.insert("report-before-leaving", None);
            }
            if outcome == "register" {
                let start = match (arrival, permit) {
                    (Some(a), Some(p)) => Some(a.max(p)),
                    (a, _) => a,
                };
                // R3.1: no date while the day the conditions are met cannot
                // be known: the certificate's day, or having a place to live.
                let start = if needs_certificate || municipality == "other" {
                    None
                } else {
                    start
                };
                deadlines.insert("report-move", start.map(|s| plus_days(s, 5)));
                if situation == "non-eu" {
                    deadlines.insert("must-register-3-months", None);
                    // R3.5: the 6-month permit age is Borgerservice Værløse's rule only.
                    if let (Some(p), "furesoe") = (permit, municipality) {
                        deadlines.insert("permit-age", Some(plus_months(p, 6)));
                    }
                }
            } else {
                deadlines.insert("must-register-6-months", arrival.map(|x| plus_months(x, 6)));
            }
            outcome
        }
        "tax-only" => {
            asked.push("cpr");
            // R3.6: the job start decides both the tax number and the tax card.
            assert_eq!(get("job-start"), Some("2027-04-01"));
            let job_start = date(2027, 4, 1);
            if cpr_given {
                asked.push("job-start");
                offices.insert(("skattestyrelsen", "tax-questions"));
                // A tax card no earlier than 60 days before the job starts.
                deadlines.insert("tax-card-window", Some(plus_days(job_start, -60)));
                "has-number"
            } else {
                asked.extend(["citizenship", "lives-in-sweden", "job-start", "married"]);
                offices.insert(("skattestyrelsen", "tax-number"));
                // R5.3: attached to the application.
                for doc in ["form-04-063", "employment-contract", "id-card"] {
                    documents.insert(("tax", doc));
                }
                if is("citizenship", "other") {
                    documents.insert(("tax", "residence-permit"));
                    documents.insert(("tax", "work-permit"));
                    // R4.4: the permit before work.
                    steps.insert("tax-work-permit");
                }
                let sweden = is("lives-in-sweden", "yes");
                if sweden {
                    documents.insert(("tax", "personbevis"));
                }
                if is("married", "yes") {
                    documents.insert((
                        "tax",
                        if sweden {
                            "familjebevis"
                        } else {
                            "marriage-certificate"
                        },
                    ));
                }
                // R3.6: not processed earlier than 60 calendar days before
                // the first working day; the number at the earliest 21
                // working days before it (R8.1's example: 26 February 2027).
                deadlines.insert("tax-apply-window", Some(date(2027, 1, 31)));
                deadlines.insert("tax-number-assigned", Some(date(2027, 2, 26)));
                "tax-number"
            }
        }
        "child-abroad" => {
            asked.extend(["child-moving", "cpr"]);
            if is("child-moving", "yes") {
                asked.extend(["municipality", "arrival", "documents-in-da-or-en"]);
                let municipality = get("municipality").expect("municipality");
                let route = routing_for(municipality, situation);
                offices.insert((route.register, "register"));
                for (office, only) in &route.alternatives {
                    if only.is_empty() || only.contains(&situation) {
                        offices.insert((office, "register-alternative"));
                    }
                }
                // R1.2, R5.2: registered as for the family: the child's
                // birth certificate and custody papers; the parents go
                // through the guide for themselves.
                for doc in [
                    "passport",
                    "housing-proof",
                    "children-birth-certificates",
                    "custody-documents",
                ] {
                    documents.insert(("register", doc));
                }
                steps.extend(["child-follows-family", "everyone-in-person"]);
                if municipality == "furesoe" {
                    documents.insert(("register", "birth-certificate"));
                    if !cpr_given {
                        deadlines.insert("cpr-arrives", None);
                    }
                }
                documents.extend(municipal_documents(municipality, situation));
                translation(a, municipality, &mut documents, &mut steps);
                // R3.1: the child's 5 days, from its arrival (none while
                // there is no place to live yet).
                let arrival = arrival.filter(|_| municipality != "other");
                deadlines.insert("report-move", arrival.map(|x| plus_days(x, 5)));
                if route.register == "ihcph" {
                    steps.insert("ihcph-apply-online");
                }
                if ICS_WEST_GROUP_A.contains(&municipality) && !cpr_given {
                    steps.insert("ics-west-apply-online");
                }
                if municipality == "other" {
                    steps.insert("municipality-later");
                }
                "child-moving"
            } else if cpr_given {
                "child-has-number"
            } else {
                asked.push("baptism");
                if is("baptism", "yes") {
                    offices.insert(("parish", "parish"));
                    "child-parish"
                } else {
                    "child-no-number"
                }
            }
        }
        other => panic!("unknown situation {other}"),
    };
    done(asked, outcome, offices, documents, deadlines, steps)
}

/// R5.4: documents a sampled municipality's own page adds (Aarhus: papers
/// on civil status; the others sampled add none).
fn municipal_documents(municipality: &str, _situation: &str) -> Vec<(&'static str, &'static str)> {
    match municipality {
        "aarhus" => vec![("register", "civil-status-documents")],
        _ => vec![],
    }
}

/// R5.2: documents not in Danish or English. In a Nordic language: no
/// translation but a step to ask first, except at Borgerservice Værløse,
/// which wants an authorised Danish or English translation.
fn translation(
    a: &Path,
    municipality: &str,
    documents: &mut BTreeSet<(&'static str, &'static str)>,
    steps: &mut BTreeSet<&'static str>,
) {
    match a.get("documents-in-da-or-en").map(String::as_str) {
        Some("no") => {
            documents.insert(("register", "translation"));
        }
        Some("nordic-language") if municipality == "furesoe" => {
            documents.insert(("register", "translation"));
        }
        Some("nordic-language") => {
            steps.insert("nordic-language-documents");
        }
        _ => {}
    }
}

/// What the engine says, in the oracle's terms.
fn actual(content: &Content, interview: &Interview<'_>, answers: &Answers) -> Expected {
    let walk = interview.walk(answers);
    let g = interview
        .guidance(answers)
        .expect("complete answers give guidance");
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    Expected {
        asked: walk
            .asked
            .iter()
            .map(|&q| leak(&content.questions[q].id))
            .collect(),
        outcome: leak(&content.outcomes[g.outcome].id),
        offices: g
            .offices
            .iter()
            .flat_map(|o| o.roles.iter().map(move |r| (o.office, r.clone())))
            .map(|(o, r)| (leak(&content.offices[o].id), leak(&r)))
            .collect(),
        documents: g
            .documents
            .iter()
            .map(|x| {
                let step = x.step.map_or("", |s| content.document_steps[s].id.as_str());
                (leak(step), leak(&content.documents[x.document].id))
            })
            .collect(),
        deadlines: g
            .deadlines
            .iter()
            .map(|x| (leak(&content.deadlines[x.deadline].id), x.date))
            .collect(),
        steps: g
            .steps
            .iter()
            .map(|&s| content.steps[s].id.as_str())
            .filter(|id| TRACKED_STEPS.contains(id))
            .map(leak)
            .collect(),
    }
}

/// A page about one ICS centre (or SIRI), and the offices it is about.
fn centre_of_page(source: &str) -> Option<&'static [&'static str]> {
    Some(match source {
        "lid-ics-east" | "lid-ics-east-process" => &["ihcph"],
        "kk-eu-residence-document" => &["ihcph", "siri"],
        "lid-ics-north" => &["ics-north"],
        "lid-ics-esbjerg" | "esbjerg-ics" => &["ics-esbjerg"],
        "odense-ico" => &["ics-odense"],
        "sonderborg-entry" => &["ics-soenderborg"],
        _ => return None,
    })
}

/// Sources are the sources of what is shown (docs/rules.md, "Which pages
/// an item may cite"): a municipality's own page only in its own results,
/// an ICS centre's page only where that centre is in the result (ICS
/// West's and International House's lists of family papers excepted).
fn sources_are_the_results_own(
    content: &Content,
    interview: &Interview<'_>,
    answers: &Answers,
    path: &Path,
) {
    let g = interview.guidance(answers).expect("complete");
    let municipality = path.get("municipality").map(String::as_str);
    let offices: Vec<&str> = g
        .offices
        .iter()
        .map(|o| content.offices[o.office].id.as_str())
        .collect();
    for &s in &g.sources {
        let source = &content.sources[s];
        let id = source.id.as_str();
        // A source defined in a municipality's own file is that one's.
        if let Some(file) = source.at.file.strip_prefix("content/municipalities/") {
            assert_eq!(
                Some(file.trim_end_matches(".yaml")),
                municipality,
                "{id} cited for {path:?}"
            );
        }
        if id == "seed-000" {
            assert_eq!(municipality, Some("furesoe"), "Furesø's page for {path:?}");
        }
        if let Some(centres) = centre_of_page(id) {
            assert!(
                centres.iter().any(|c| offices.contains(c)),
                "{id} cited without its office for {path:?}"
            );
        }
    }
}

struct Explorer<'c> {
    content: &'c Content,
    interview: Interview<'c>,
    paths: usize,
    questions: BTreeSet<String>,
    outcomes: BTreeSet<String>,
}

impl Explorer<'_> {
    fn samples(&self, q: QuestionId, path: &Path) -> Vec<(String, Answer)> {
        let question = &self.content.questions[q];
        let mut out: Vec<(String, Answer)> = match &question.kind {
            // A sample of municipalities, each kind of routing once; for
            // the EU grounds other than work (which change only the
            // certificate's documents), fewer: a municipality whose ICS
            // centre also registers, and one whose does not.
            QuestionKind::Choice { options } if question.options_from_municipalities => {
                let sample: &[&str] = match path.get("eu-ground").map(String::as_str) {
                    Some(ground) if ground != "worker" => &["aarhus", "vejle"],
                    _ => &MUNICIPALITIES,
                };
                sample
                    .iter()
                    .map(|m| {
                        let i = options
                            .iter()
                            .position(|o| o == m)
                            .expect("sampled municipality exists");
                        (m.to_string(), Answer::Choice(i))
                    })
                    .collect()
            }
            // Documents in a Nordic language matter only for the
            // translation: tried where it is asked for (Furesø), and in two
            // other municipalities.
            QuestionKind::Choice { options } => options
                .iter()
                .enumerate()
                .filter(|(_, o)| {
                    o.as_str() != "nordic-language"
                        || matches!(
                            path.get("municipality").map(String::as_str),
                            Some("furesoe" | "vejle" | "other")
                        )
                })
                .map(|(i, o)| (o.clone(), Answer::Choice(i)))
                .collect(),
            QuestionKind::Date { .. } => date_samples(&question.id)
                .into_iter()
                .map(|s| (s.to_string(), Answer::Date(d(s))))
                .collect(),
            QuestionKind::Cpr => [ADULT_CPR, CHILD_CPR]
                .into_iter()
                .map(|s| {
                    let cpr = cpr_guide::cpr::Cpr::parse(s, TODAY).expect("sample CPR");
                    (s.to_string(), Answer::Cpr(Box::new(cpr)))
                })
                .collect(),
        };
        if question.optional {
            out.push(("skip".to_string(), Answer::Skipped));
        }
        out
    }

    fn explore(&mut self, answers: &mut Answers, path: &mut Path) {
        match self.interview.next(answers) {
            Next::Ask(q) => {
                let id = self.content.questions[q].id.clone();
                self.questions.insert(id.clone());
                for (text, answer) in self.samples(q, path) {
                    answers.set(q, answer);
                    path.insert(id.clone(), text);
                    self.explore(answers, path);
                    path.remove(&id);
                    answers.remove(q);
                }
            }
            Next::Done(_) => {
                self.paths += 1;
                let got = actual(self.content, &self.interview, answers);
                let want = oracle(path);
                assert_eq!(got, want, "answers: {path:?}");
                sources_are_the_results_own(self.content, &self.interview, answers, path);
                self.outcomes.insert(got.outcome.to_string());
                // Derived questions count as reached too.
                for q in self.interview.walk(answers).derived {
                    self.questions.insert(self.content.questions[q].id.clone());
                }
            }
            Next::NoOutcome => panic!("no outcome for {path:?}"),
        }
    }
}

#[test]
fn every_path_matches_the_domain_rules() {
    let content = content();
    let mut explorer = Explorer {
        content,
        interview: Interview::new(content, TODAY),
        paths: 0,
        questions: BTreeSet::new(),
        outcomes: BTreeSet::new(),
    };
    explorer.explore(&mut Answers::new(), &mut Path::new());
    assert!(explorer.paths > 1000, "only {} paths", explorer.paths);

    let all_questions: BTreeSet<String> = content.questions.iter().map(|q| q.id.clone()).collect();
    let unreached: Vec<_> = all_questions.difference(&explorer.questions).collect();
    assert!(
        unreached.is_empty(),
        "questions no path reaches: {unreached:?}"
    );
    let all_outcomes: BTreeSet<String> = content.outcomes.iter().map(|o| o.id.clone()).collect();
    let unreached: Vec<_> = all_outcomes.difference(&explorer.outcomes).collect();
    assert!(
        unreached.is_empty(),
        "outcomes no path reaches: {unreached:?}"
    );
    // The outcome IDs of docs/rules.md R10.1 must all exist.
    for id in [
        "register",
        "register-optional",
        "no-registration",
        "needs-residence-permit",
        "tax-number",
        "child-no-number",
        "child-parish",
        "child-moving",
        "eu-job-seeker",
    ] {
        assert!(all_outcomes.contains(id), "missing outcome {id}");
    }
}

/// Sets answers by ID and value, as the command line does.
fn answer(
    content: &Content,
    interview: &Interview<'_>,
    answers: &mut Answers,
    id: &str,
    value: &str,
) {
    let (q, _) = content.question(id).expect("question exists");
    interview.answer(answers, q, value).expect("valid answer");
}

#[test]
fn changing_an_earlier_answer_drops_the_branch_no_longer_taken() {
    let content = content();
    let interview = Interview::new(content, TODAY);
    let mut answers = Answers::new();
    for (id, value) in [
        ("situation", "non-eu"),
        ("stay", "over-6-months"),
        ("residence-permit", "yes"),
        ("permit-date", "2026-10-01"),
        ("cpr", ADULT_CPR),
    ] {
        answer(content, &interview, &mut answers, id, value);
    }
    assert_eq!(answers.len(), 5);
    // Now the person says they have no permit: the permit date and the CPR
    // belong to a branch no longer taken.
    answer(content, &interview, &mut answers, "residence-permit", "no");
    let ids: Vec<&str> = answers
        .iter()
        .map(|(q, _)| content.questions[q].id.as_str())
        .collect();
    assert_eq!(ids, ["situation", "stay", "residence-permit"]);
    let outcome = interview.guidance(&answers).expect("complete").outcome;
    assert_eq!(content.outcomes[outcome].id, "needs-residence-permit");
}

/// EU answers up to the point where the age question would come.
fn past_the_age_question(cpr: &str) -> [(&str, &str); 8] {
    [
        ("situation", "eu"),
        ("stay", "over-6-months"),
        ("job-seeker", "no"),
        ("eu-ground", "worker"),
        ("cpr", cpr),
        ("municipality", "other"),
        ("arrival", ""),
        ("from-nordic", "no"),
    ]
}

#[test]
fn a_cpr_number_answers_the_age_question() {
    let content = content();
    let interview = Interview::new(content, TODAY);
    let (over_18, _) = content.question("over-18").expect("exists");
    for (cpr, adult) in [(ADULT_CPR, true), (CHILD_CPR, false)] {
        let mut answers = Answers::new();
        for (id, value) in past_the_age_question(cpr) {
            answer(content, &interview, &mut answers, id, value);
        }
        let walk = interview.walk(&answers);
        assert!(
            walk.derived.contains(&over_18),
            "over-18 derived from {cpr}"
        );
        let yes = content.questions[over_18]
            .options()
            .iter()
            .position(|o| o == "yes");
        let is_yes = walk.facts.get(over_18) == yes.map(cpr_guide::content::Fact::Choice);
        assert_eq!(is_yes, adult);
        // The next question is never the age question.
        assert_ne!(walk.next, Next::Ask(over_18));
    }
}

#[test]
fn someone_turning_18_today_counts_as_adult() {
    let content = content();
    // Born 22 November 2008: 18 on 22 November 2026.
    let interview = Interview::new(content, TODAY);
    let mut answers = Answers::new();
    for (id, value) in past_the_age_question("221108-4000") {
        answer(content, &interview, &mut answers, id, value);
    }
    let (over_18, q) = content.question("over-18").expect("exists");
    let yes = q.options().iter().position(|o| o == "yes").expect("yes");
    assert_eq!(
        interview.walk(&answers).facts.get(over_18),
        Some(cpr_guide::content::Fact::Choice(yes))
    );
    // One day earlier they were 17.
    let yesterday = Interview::new(content, date(2026, 11, 21));
    assert_ne!(
        yesterday.walk(&answers).facts.get(over_18),
        Some(cpr_guide::content::Fact::Choice(yes))
    );
}

/// Answers, expected outcome, expected deadline dates.
type Case = (
    &'static [(&'static str, &'static str)],
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[test]
fn explicit_cases_with_concrete_dates() {
    let content = content();
    let interview = Interview::new(content, TODAY);
    let cases: &[Case] = &[
        // Non-EU in Furesø, permit issued after arrival: 5 days count from
        // the permit, and Borgerservice Værløse wants it at most 6 months old.
        (
            &[
                ("situation", "non-eu"),
                ("stay", "over-6-months"),
                ("residence-permit", "yes"),
                ("permit-date", "2026-10-20"),
                ("cpr", ""),
                ("municipality", "furesoe"),
                ("arrival", "2026-10-01"),
                ("european", "no"),
                ("from-nordic", "no"),
                ("over-18", "yes"),
                ("from-eu", "no"),
                ("with-children", "no"),
                ("married", "no"),
                ("documents-in-da-or-en", "yes"),
            ],
            "register",
            &[("report-move", "2026-10-25"), ("permit-age", "2027-04-20")],
        ),
        // Nordic, 3–6 months, arriving 30 November: 6 months is 30 May.
        (
            &[
                ("situation", "nordic"),
                ("stay", "3-to-6-months"),
                ("cpr", ""),
                ("municipality", "copenhagen"),
                ("arrival", "2026-11-30"),
                ("danish-citizen", "no"),
                ("from-nordic", "yes"),
                ("over-18", "yes"),
                ("with-children", "no"),
                ("married", "no"),
                ("documents-in-da-or-en", "yes"),
            ],
            "register-optional",
            &[("must-register-6-months", "2027-05-30")],
        ),
        // EU, arriving 30 November, not a job-seeker: certificate by 28 February.
        (
            &[
                ("situation", "eu"),
                ("stay", "over-6-months"),
                ("job-seeker", "no"),
                ("eu-ground", "student"),
                ("cpr", ""),
                ("municipality", "furesoe"),
                ("arrival", "2026-11-30"),
                ("from-nordic", "no"),
                ("over-18", "no"),
                ("married", "no"),
                ("documents-in-da-or-en", "yes"),
            ],
            "register",
            &[("registration-certificate", "2027-02-28")],
        ),
        // EU job-seeker for 3–6 months, arriving 31 August: the 6 months end
        // on the last day of February.
        (
            &[
                ("situation", "eu"),
                ("stay", "3-to-6-months"),
                ("job-seeker", "yes"),
                ("municipality", "copenhagen"),
                ("arrival", "2026-08-31"),
            ],
            "eu-job-seeker",
            &[("registration-certificate", "2027-02-28")],
        ),
        // Tax only, first working day Thursday 1 April 2027: apply from
        // 31 January (60 days), the number from 26 February (21 working days).
        (
            &[
                ("situation", "tax-only"),
                ("cpr", ""),
                ("citizenship", "eu"),
                ("lives-in-sweden", "no"),
                ("job-start", "2027-04-01"),
                ("married", "no"),
            ],
            "tax-number",
            &[
                ("tax-apply-window", "2027-01-31"),
                ("tax-number-assigned", "2027-02-26"),
            ],
        ),
        // With a number already: the tax card from 60 days before.
        (
            &[
                ("situation", "tax-only"),
                ("cpr", ADULT_CPR),
                ("job-start", "2027-03-01"),
            ],
            "has-number",
            &[("tax-card-window", "2026-12-31")],
        ),
    ];
    for (answers_in, outcome, dates) in cases {
        let mut answers = Answers::new();
        for (id, value) in *answers_in {
            answer(content, &interview, &mut answers, id, value);
        }
        let g = interview.guidance(&answers).expect("complete");
        assert_eq!(content.outcomes[g.outcome].id, *outcome, "{answers_in:?}");
        for (id, when) in *dates {
            let item = g
                .deadlines
                .iter()
                .find(|x| content.deadlines[x.deadline].id == *id)
                .unwrap_or_else(|| panic!("deadline {id} for {answers_in:?}"));
            assert_eq!(item.date, Some(d(when)), "{id}");
        }
    }
}

/// Every rule the oracle cites (`R3.2`) is one that `docs/rules.md` states.
#[test]
fn every_rule_the_oracle_cites_is_in_the_rules_reference() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = std::fs::read_to_string(root.join("docs/rules.md")).expect("docs/rules.md");
    let oracle = std::fs::read_to_string(root.join("tests/it/interview.rs")).expect("oracle");
    let cited = |text: &str, stated: bool| -> std::collections::BTreeSet<String> {
        let bytes = text.as_bytes();
        let mut found = std::collections::BTreeSet::new();
        for (i, _) in text.match_indices('R') {
            let rest = &text[i + 1..];
            let number: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let number = number.trim_end_matches('.');
            let whole = number.split_once('.').is_some_and(|(a, b)| {
                !a.is_empty() && !b.is_empty() && b.chars().all(|c| c.is_ascii_digit())
            });
            let bold = i >= 2 && &bytes[i - 2..i] == b"**";
            let word_start = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
            if whole && word_start && (!stated || bold) {
                found.insert(format!("R{number}"));
            }
        }
        found
    };
    let stated = cited(&rules, true);
    let missing: Vec<_> = cited(&oracle, false).difference(&stated).cloned().collect();
    assert!(stated.len() > 30, "{stated:?}");
    assert!(
        missing.is_empty(),
        "cited but not in docs/rules.md: {missing:?}"
    );
}
