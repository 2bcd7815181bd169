//! The guidance for the situations people are really in (issue 18), each
//! checked against docs/rules.md: the four newcomers who tried the guide,
//! documents step by step, who decides a permit, the deadlines that cannot
//! be promised, closed days, and sources. Through the command line's JSON
//! and text (end to end), the TUI's card, and the core for the kiosk.

use crate::common::ui::{keys, screen_text};
use crate::common::{catalog, content, run, stdout, TODAY};
use cpr_guide::engine::{Answers, Interview};
use cpr_guide::i18n::Lang;
use cpr_guide::output::{build_view, View, ViewOptions};
use cpr_guide::tui::app::{update, App, Msg, Screen};
use serde_json::Value;

/// `guide --format json` for these answers, as of `today`.
fn json(lang: &str, today: &str, answers: &[&str]) -> Value {
    let mut args = vec![
        "guide", "--format", "json", "--lang", lang, "--today", today,
    ];
    for a in answers {
        args.extend(["--answer", a]);
    }
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// `guide` as text, for these answers.
fn text(lang: &str, today: &str, answers: &[&str]) -> String {
    let mut args = vec!["guide", "--lang", lang, "--today", today];
    for a in answers {
        args.extend(["--answer", a]);
    }
    let out = run(&args);
    assert!(out.status.success());
    stdout(&out)
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v[key]
        .as_array()
        .expect(key)
        .iter()
        .map(|x| x["id"].as_str().expect("id").to_string())
        .collect()
}

/// (step, document) pairs.
fn documents(v: &Value) -> Vec<(String, String)> {
    v["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            (
                d["step"].as_str().unwrap_or_default().to_string(),
                d["id"].as_str().expect("id").to_string(),
            )
        })
        .collect()
}

fn has_doc(v: &Value, step: &str, id: &str) -> bool {
    documents(v).iter().any(|(s, d)| s == step && d == id)
}

fn deadline<'v>(v: &'v Value, id: &str) -> &'v Value {
    v["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("deadline {id}"))
}

/// The message `id` in `lang`, with no arguments.
fn message(lang: Lang, id: &str) -> String {
    catalog().lang(lang).text(id)
}

const VEJLE_FAMILY: &[&str] = &[
    "situation=eu",
    "stay=over-6-months",
    "job-seeker=no",
    "eu-ground=worker",
    "municipality=vejle",
    "arrival=2026-12-01",
    "from-nordic=no",
    "over-18=yes",
    "with-children=yes",
    "married=yes",
    "documents-in-da-or-en=no",
];

#[test]
fn a_polish_electrician_with_a_family_moving_to_vejle() {
    let v = json("en", "2026-12-04", VEJLE_FAMILY);
    // R5.1: to SIRI at ICS Esbjerg, the ID and the work contract; the
    // certificate itself only on the list to register at Vejle.
    let steps: Vec<(String, String)> = v["document_steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            (
                s["id"].as_str().expect("id").to_string(),
                s["office"].as_str().expect("office").to_string(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            ("certificate".to_string(), "ics-esbjerg".to_string()),
            ("register".to_string(), "borgerservice-vejle".to_string())
        ]
    );
    for doc in ["id-card", "employment-confirmation"] {
        assert!(has_doc(&v, "certificate", doc), "{doc}");
    }
    assert!(!has_doc(&v, "certificate", "registration-certificate"));
    for doc in [
        "id-card",
        "registration-certificate",
        "children-birth-certificates",
        "custody-documents",
        "marriage-certificate",
        "translation",
    ] {
        assert!(has_doc(&v, "register", doc), "{doc}");
    }
    // R2.6: each family member their own certificate; R5.1: online first.
    let steps = ids(&v, "steps");
    for step in ["family-own-documents", "apply-certificate-online"] {
        assert!(steps.iter().any(|s| s == step), "{step}");
    }
    // Sources are Vejle's and national pages, not other municipalities'
    // or the ICS centres that are not part of this result.
    let sources = ids(&v, "sources");
    for not_here in [
        "seed-000",
        "lid-ics-east",
        "lid-ics-east-process",
        "lid-ics-north",
        "kk-eu-residence-document",
    ] {
        assert!(
            !sources.iter().any(|s| s == not_here),
            "{not_here}: {sources:?}"
        );
    }
    // Municipal pages: Vejle's own only.
    let municipal: Vec<&String> = sources.iter().filter(|s| s.starts_with("muni-")).collect();
    assert!(!municipal.is_empty());
    assert!(
        municipal.iter().all(|s| s.starts_with("muni-vejle")),
        "{municipal:?}"
    );
    assert!(sources.iter().any(|s| s == "nyidanmark-eu-worker"));
    // The certificate's own deadline, 3 months on (R3.2); registering has
    // no date: it comes with the certificate (R3.1).
    assert_eq!(
        deadline(&v, "registration-certificate")["date"],
        "2027-03-01"
    );
    assert!(deadline(&v, "report-move")["date"].is_null());
}

#[test]
fn each_ground_brings_its_own_papers_to_siri() {
    for (ground, papers) in [
        ("worker", &["employment-confirmation"][..]),
        ("self-employed", &["business-documentation"][..]),
        ("student", &["admission-letter", "means-declaration"][..]),
        ("sufficient-means", &["means-proof"][..]),
        (
            "family-member",
            &["relationship-proof", "sponsor-residence-proof"][..],
        ),
    ] {
        let ground_answer = format!("eu-ground={ground}");
        let mut answers: Vec<&str> = VEJLE_FAMILY.to_vec();
        answers[3] = &ground_answer;
        let v = json("da", "2026-12-04", &answers);
        let certificate: Vec<String> = documents(&v)
            .into_iter()
            .filter(|(s, _)| s == "certificate")
            .map(|(_, d)| d)
            .collect();
        let mut want = vec!["id-card".to_string()];
        want.extend(papers.iter().map(|p| p.to_string()));
        // Married, with children: the family's own certificates (R2.6).
        want.push("family-certificates".to_string());
        assert_eq!(certificate, want, "{ground}");
    }
}

#[test]
fn a_swedish_nurse_moving_to_helsingoer_need_not_translate_swedish_papers() {
    let answers = [
        "situation=nordic",
        "stay=over-6-months",
        "municipality=helsingoer",
        "arrival=2026-12-10",
        "danish-citizen=no",
        "from-nordic=yes",
        "over-18=yes",
        "with-children=no",
        "married=yes",
        "documents-in-da-or-en=nordic-language",
    ];
    let v = json("nb", "2026-12-04", &answers);
    assert!(!documents(&v).iter().any(|(_, d)| d == "translation"));
    assert!(ids(&v, "steps")
        .iter()
        .any(|s| s == "nordic-language-documents"));
    for doc in ["passport", "nordic-id-number", "marriage-certificate"] {
        assert!(has_doc(&v, "register", doc), "{doc}");
    }
    // R3.1: 5 days from arrival, in Norwegian.
    assert_eq!(deadline(&v, "report-move")["date"], "2026-12-15");
    let step = message(Lang::Nb, "step-nordic-language-documents");
    assert!(text("nb", "2026-12-04", &answers).contains(&step));
    // Borgerservice Værløse wants Danish or English, even for Swedish papers.
    let mut furesoe = answers.to_vec();
    furesoe[2] = "municipality=furesoe";
    assert!(has_doc(
        &json("en", "2026-12-04", &furesoe),
        "register",
        "translation"
    ));
}

#[test]
fn a_danish_family_with_a_baby_born_in_singapore() {
    // The parents choose their own situation (R1.2): the baby's papers are
    // on their list.
    let v = json(
        "da",
        "2026-12-04",
        &[
            "situation=nordic",
            "stay=over-6-months",
            "municipality=aarhus",
            "arrival=2027-01-04",
            "danish-citizen=yes",
            "from-nordic=no",
            "over-18=yes",
            "from-eu=no",
            "with-children=yes",
            "married=yes",
            "documents-in-da-or-en=yes",
        ],
    );
    assert_eq!(v["outcome"], "register");
    for doc in ["children-birth-certificates", "custody-documents"] {
        assert!(has_doc(&v, "register", doc), "{doc}");
    }
    assert!(ids(&v, "steps").iter().any(|s| s == "everyone-in-person"));
    // The situation question says so, in every language.
    for lang in Lang::ALL {
        let hint = message(lang, "q-situation-hint");
        let with_children = message(lang, "q-with-children-hint");
        assert_ne!(hint, "q-situation-hint");
        assert!(hint.len() > message(lang, "q-stay-hint").len(), "{hint}");
        assert!(!with_children.is_empty());
    }
    // The child's own case still works, and sends the parents to the guide.
    let child = json(
        "en",
        "2026-12-04",
        &[
            "situation=child-abroad",
            "child-moving=yes",
            "municipality=aarhus",
            "arrival=2027-01-04",
            "documents-in-da-or-en=yes",
        ],
    );
    assert_eq!(child["outcome"], "child-moving");
    assert!(ids(&child, "steps")
        .iter()
        .any(|s| s == "child-follows-family"));
}

#[test]
fn a_ukrainian_who_does_not_know_the_municipality_yet_is_never_told_the_date_passed() {
    // Arrived in September, permit in hand, no address yet (R3.1).
    let answers = [
        "situation=non-eu",
        "stay=over-6-months",
        "residence-permit=yes",
        "permit-date=2026-09-01",
        "municipality=other",
        "arrival=2026-09-15",
        "from-nordic=no",
        "over-18=yes",
        "from-eu=no",
        "with-children=no",
        "married=no",
        "documents-in-da-or-en=no",
    ];
    let v = json("en", "2026-12-04", &answers);
    let report = deadline(&v, "report-move");
    assert!(report["date"].is_null());
    assert!(report["status"].is_null());
    assert!(v["warnings"].as_array().expect("warnings").is_empty());
    let steps = ids(&v, "steps");
    for step in [
        "municipality-later",
        "administrative-number",
        "permit-right-to-work",
    ] {
        assert!(steps.iter().any(|s| s == step), "{step}");
    }
    // With an address, the same arrival is long past: then it warns.
    let mut known = answers.to_vec();
    known[4] = "municipality=vejle";
    let v = json("en", "2026-12-04", &known);
    assert_eq!(deadline(&v, "report-move")["status"], "past");
    assert_eq!(v["warnings"].as_array().expect("warnings").len(), 1);
}

#[test]
fn without_a_permit_the_result_names_who_decides_and_no_place_to_go() {
    let answers = [
        "situation=non-eu",
        "stay=over-6-months",
        "residence-permit=no",
    ];
    let v = json("en", "2026-12-04", &answers);
    let offices = v["offices"].as_array().expect("offices");
    let decided: Vec<(&str, &str, bool)> = offices
        .iter()
        .map(|o| {
            (
                o["id"].as_str().expect("id"),
                o["role"].as_str().expect("role"),
                o["in_person"].as_bool().expect("in_person"),
            )
        })
        .collect();
    assert_eq!(
        decided,
        [
            ("siri", "residence-permit", false),
            ("udlaendingestyrelsen", "residence-permit", false)
        ]
    );
    for o in offices {
        assert!(o["address"].as_array().expect("address").is_empty());
    }
    // In words: "who decides", never SIRI's address as a place to go.
    for lang in Lang::ALL {
        let out = text(lang.code(), "2026-12-04", &answers);
        assert!(!out.contains("Valby"), "{out}");
        assert!(!out.contains(&message(lang, "ui-card-where")), "{out}");
    }
    // The TUI's card says where to apply, not "Go to".
    let mut app = App::new(content(), catalog(), Lang::En, TODAY, None);
    keys(&mut app, "232"); // English; another country; more than 6 months
    keys(&mut app, "2\n"); // no permit; the review, then the result
    update(&mut app, Msg::Resize(80, 24));
    assert_eq!(app.screen(), Screen::Result);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains(&message(Lang::En, "ui-card-apply")),
        "{screen}"
    );
    assert!(!screen.contains("Go to"), "{screen}");
    assert!(!screen.contains("Valby"), "{screen}");
}

#[test]
fn a_short_stay_outside_the_eu_is_told_work_needs_a_permit() {
    for lang in ["da", "en", "nb"] {
        let v = json(
            lang,
            "2026-12-04",
            &["situation=non-eu", "stay=under-3-months"],
        );
        assert!(ids(&v, "steps").iter().any(|s| s == "work-permit-needed"));
        assert!(v["offices"]
            .as_array()
            .expect("offices")
            .iter()
            .any(|o| o["id"] == "siri" && o["role"] == "work-permit"));
    }
    // Tax only, from outside the EU: the permit before work, and with the
    // application (R4.4).
    let v = json(
        "en",
        "2026-12-04",
        &[
            "situation=tax-only",
            "citizenship=other",
            "lives-in-sweden=no",
            "job-start=2027-04-01",
            "married=no",
        ],
    );
    assert!(ids(&v, "steps").iter().any(|s| s == "tax-work-permit"));
    for doc in ["residence-permit", "work-permit", "id-card"] {
        assert!(has_doc(&v, "tax", doc), "{doc}");
    }
}

/// The view of these answers in English, at a kiosk in `site` if any.
fn view_at(answers: &[(&str, &str)], site: Option<&str>, today: jiff::civil::Date) -> View {
    let content = content();
    let interview = Interview::new(content, today);
    let mut a = Answers::new();
    for (id, value) in answers {
        let (q, _) = content.question(id).expect("question");
        interview.answer(&mut a, q, value).expect("answer");
    }
    let g = interview.guidance(&a).expect("complete");
    let t = catalog().lang(Lang::En);
    let site = site.and_then(|s| content.office(s)).map(|(o, _)| o);
    build_view(&interview, &g, &t, ViewOptions { now: None, site })
}

fn eu_in(municipality: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("situation", "eu"),
        ("stay", "over-6-months"),
        ("job-seeker", "no"),
        ("eu-ground", "worker"),
        ("cpr", ""),
        ("municipality", municipality),
        ("arrival", "2026-12-01"),
        ("from-nordic", "no"),
        ("over-18", "yes"),
        ("with-children", "no"),
        ("married", "no"),
        ("documents-in-da-or-en", "yes"),
    ]
}

#[test]
fn a_kiosk_never_lists_the_certificate_to_bring_to_the_office_that_issues_it() {
    for (municipality, site) in [
        ("aarhus", "ics-west"),
        ("horsens", "ics-west"),
        ("copenhagen", "ihcph"),
        ("hvidovre", "ihcph"),
    ] {
        let view = view_at(&eu_in(municipality), Some(site), TODAY);
        assert!(view.document_steps.iter().any(|s| s.here), "{municipality}");
        for (step, docs) in view.document_groups() {
            let step = step.expect("steps");
            if step.here {
                assert!(
                    !docs.iter().any(|d| d.id == "registration-certificate"),
                    "{municipality} at {site}: {:?}",
                    step.title
                );
            }
        }
    }
    // Where the ICS centre registers too, a note says it issues it there.
    let view = view_at(&eu_in("aarhus"), Some("ics-west"), TODAY);
    let register = view
        .document_steps
        .iter()
        .find(|s| s.id == "register")
        .expect("register");
    assert_eq!(register.issued_here, ["registration-certificate"]);
    assert_eq!(register.notes.len(), 1);
}

#[test]
fn a_deadline_on_a_day_the_office_is_closed_says_so() {
    let nordic_in = |municipality: &'static str, arrival: &'static str| {
        vec![
            ("situation", "nordic"),
            ("stay", "over-6-months"),
            ("cpr", ""),
            ("municipality", municipality),
            ("arrival", arrival),
            ("danish-citizen", "no"),
            ("from-nordic", "no"),
            ("over-18", "yes"),
            ("with-children", "no"),
            ("married", "no"),
            ("documents-in-da-or-en", "yes"),
        ]
    };
    let today = jiff::civil::date(2026, 11, 30);
    let closed = |view: &View| {
        view.deadlines
            .iter()
            .find(|d| d.id == "report-move")
            .and_then(|d| d.office_closed.clone())
    };
    // ICS West is closed on Tuesdays: arriving Thursday 3 December, the 5
    // days end on Tuesday 8 December.
    let view = view_at(&nordic_in("aarhus", "2026-12-03"), None, today);
    let said = closed(&view).expect("closed on a Tuesday");
    assert!(
        said.contains("ICS West") && said.contains("8 December"),
        "{said}"
    );
    // A day it is open: nothing to say.
    let view = view_at(&nordic_in("aarhus", "2026-12-02"), None, today);
    assert_eq!(closed(&view), None);
    // Vejle's hours (from its 2019 page): closed on Saturdays.
    let view = view_at(&nordic_in("vejle", "2026-12-07"), None, today);
    let said = closed(&view).expect("a Saturday");
    assert!(said.contains("closed on Saturday 12 December"), "{said}");
    // Hours not known (Ballerup): a weekend and a public holiday are named.
    let view = view_at(&nordic_in("ballerup", "2026-12-07"), None, today);
    let said = closed(&view).expect("a Saturday");
    assert!(said.contains("weekend"), "{said}");
    let view = view_at(&nordic_in("ballerup", "2026-12-20"), None, today);
    let said = closed(&view).expect("Christmas Day");
    assert!(said.contains("Christmas Day"), "{said}");
}

#[test]
fn the_five_days_say_what_to_do_when_no_time_is_free() {
    let v = json(
        "en",
        "2026-12-04",
        &[
            "situation=nordic",
            "stay=over-6-months",
            "municipality=copenhagen",
            "arrival=2026-12-10",
            "danish-citizen=no",
            "from-nordic=no",
            "over-18=yes",
            "with-children=no",
            "married=no",
            "documents-in-da-or-en=yes",
        ],
    );
    let notes: Vec<&str> = deadline(&v, "report-move")["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .map(|n| n.as_str().expect("text"))
        .collect();
    for id in [
        "note-report-move-online-ics-east",
        "note-report-move-no-time",
        "note-report-move-fine",
    ] {
        let want = message(Lang::En, id);
        assert!(notes.contains(&want.as_str()), "{id}: {notes:?}");
    }
}

#[test]
fn between_christmas_and_new_year_ics_centres_are_checked_first() {
    let content = content();
    let t = catalog().lang(Lang::En);
    let (_, office) = content.office("ics-west").expect("ics-west");
    // Monday 28 December 2026, 11:00: open by the week, but check first.
    let now = cpr_guide::calendar::parse_now("2026-12-28T11:00").expect("now");
    let view = cpr_guide::output::office_view(office, now.date(), Some(now), &t);
    assert_eq!(view.open_now, None);
    assert_eq!(view.check_first, Some("christmas-week"));
    assert!(view
        .status_text
        .as_deref()
        .is_some_and(|s| s.contains("Christmas")));
    // A week later it is just open.
    let now = cpr_guide::calendar::parse_now("2027-01-04T11:00").expect("now");
    let view = cpr_guide::output::office_view(office, now.date(), Some(now), &t);
    assert_eq!(view.open_now, Some(true));
    // An office whose source says nothing of it keeps the three days only.
    let (_, vaerloese) = content.office("borgerservice-vaerloese").expect("office");
    assert!(vaerloese.opening.check_first.is_empty());
}
