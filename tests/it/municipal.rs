//! Every municipality as its own pages say (issue 19): who registers whom
//! (Lejre, Rødovre), how to get there (booking, address, the step before),
//! how sure the guide is (own page or the general rule, in one sentence),
//! official sources only (through `lint`), and the coverage the command
//! reports.

use crate::common::ui::{keys, screen_text};
use crate::common::{catalog, content, copy_content, run, run_with_input, stdout, TODAY};
use cpr_guide::engine::{Answers, Interview};
use cpr_guide::i18n::{args, Lang};
use cpr_guide::output::{build_view, coverage, View, ViewOptions};
use cpr_guide::tui::app::{update, App, Msg, Screen};
use serde_json::Value;

/// The view of a Nordic citizen moving to `municipality`, in `lang`.
fn nordic_in(municipality: &str, lang: Lang) -> View {
    view(
        &[
            ("situation", "nordic"),
            ("stay", "over-6-months"),
            ("cpr", ""),
            ("municipality", municipality),
            ("arrival", "2026-12-10"),
            ("danish-citizen", "no"),
            ("from-nordic", "yes"),
            ("over-18", "yes"),
            ("with-children", "no"),
            ("married", "no"),
            ("documents-in-da-or-en", "yes"),
        ],
        lang,
    )
}

fn view(answers: &[(&str, &str)], lang: Lang) -> View {
    let content = content();
    let interview = Interview::new(content, TODAY);
    let mut a = Answers::new();
    for (id, value) in answers {
        let (q, _) = content.question(id).expect("question");
        interview.answer(&mut a, q, value).expect("answer");
    }
    let g = interview.guidance(&a).expect("complete");
    build_view(
        &interview,
        &g,
        &catalog().lang(lang),
        ViewOptions::default(),
    )
}

/// (office, role) pairs of a result.
fn roles(view: &View) -> Vec<(String, String)> {
    view.offices
        .iter()
        .flat_map(|o| o.roles.iter().map(|r| (o.id.clone(), r.id.clone())))
        .collect()
}

fn register_office(view: &View) -> String {
    roles(view)
        .into_iter()
        .find(|(_, r)| r == "register")
        .map(|(o, _)| o)
        .expect("a place to register")
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
fn lejre_and_roedovre_route_as_their_pages_say() {
    // Lejre's page sends everyone to International House Copenhagen.
    assert_eq!(register_office(&nordic_in("lejre", Lang::En)), "ihcph");
    let eu = view(&eu_in("lejre"), Lang::En);
    assert_eq!(register_office(&eu), "ihcph");
    assert!(!roles(&eu).iter().any(|(o, _)| o == "borgerservice-lejre"));
    // Rødovre's Borgerservice registers Nordic citizens and returning Danes
    // (ICS East is an alternative for them); everyone else goes to ICS East.
    let nordic = nordic_in("roedovre", Lang::En);
    assert_eq!(register_office(&nordic), "borgerservice-roedovre");
    assert!(roles(&nordic).contains(&("ihcph".into(), "register-alternative".into())));
    let eu = view(&eu_in("roedovre"), Lang::En);
    assert_eq!(register_office(&eu), "ihcph");
    assert!(!roles(&eu)
        .iter()
        .any(|(o, _)| o == "borgerservice-roedovre"));
    // ICS East's online step comes with it, and the page it rests on.
    assert!(eu.steps.iter().any(|s| s.id == "ihcph-apply-online"));
    assert!(eu.sources.iter().any(|s| s.id == "muni-roedovre"));
    // The student exceptions stay: Albertslund's students only at ICS East.
    let albertslund = nordic_in("albertslund", Lang::En);
    assert_eq!(register_office(&albertslund), "borgerservice-albertslund");
}

#[test]
fn every_municipality_says_what_its_guidance_rests_on() {
    let content = content();
    for m in content.municipalities.iter().filter(|m| m.place.is_some()) {
        let view = nordic_in(&m.id, Lang::En);
        let shown = view.municipality.as_ref().expect("municipality");
        let want = if m.page.is_some() {
            "own-page"
        } else {
            "general-rule"
        };
        assert_eq!(shown.basis, Some(want), "{}", m.id);
        let text = shown.basis_text.clone().expect("a sentence");
        // Said with the office that registers, in all three languages.
        let register = view
            .offices
            .iter()
            .find(|o| o.roles.iter().any(|r| r.id == "register"))
            .expect("register");
        assert!(register.notes.contains(&text), "{}: {text}", m.id);
        match m.page {
            Some(page) => {
                assert!(text.contains(
                    &catalog()
                        .lang(Lang::En)
                        .date_long(content.sources[page].checked)
                ));
                assert!(view
                    .sources
                    .iter()
                    .any(|s| s.id == content.sources[page].id));
            }
            None => {
                // How to confirm: its own site, never presented as the answer.
                let site = m.site.as_deref().expect("a site");
                let host = site
                    .trim_start_matches("https://")
                    .trim_start_matches("www.")
                    .trim_end_matches('/');
                assert!(text.contains(host), "{}: {text}", m.id);
                // Its own site is never shown as the registration office's page.
                let web = register.web.as_deref().unwrap_or_default();
                assert!(
                    !web.contains(host)
                        || web.trim_end_matches('/').len() > site.trim_end_matches('/').len() + 1,
                    "{}: home page {web} shown as the answer",
                    m.id
                );
            }
        }
        for lang in [Lang::Da, Lang::Nb] {
            let other = nordic_in(&m.id, lang);
            let t = other.municipality.and_then(|m| m.basis_text).expect("text");
            assert_ne!(t, text, "{} in {}", m.id, lang.code());
        }
    }
}

#[test]
fn lint_refuses_a_source_that_is_not_official() {
    let dir = tempfile::tempdir().expect("dir");
    copy_content(dir.path());
    let file = dir.path().join("municipalities").join("ballerup.yaml");
    let text = std::fs::read_to_string(&file).expect("ballerup");
    let edited = text.replace(
        "https://ballerup.dk/borger/borgerservice/flytning/det-centrale-personregister-cpr",
        "https://trap.lex.dk/Ballerup_Kommune",
    );
    assert_ne!(edited, text);
    std::fs::write(&file, edited).expect("write");
    let out = run(&["lint", dir.path().to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let said = stdout(&out);
    assert!(
        said.contains("trap.lex.dk")
            && said.contains("muni-ballerup-cpr")
            && said.contains("ballerup.yaml"),
        "{said}"
    );
    // The shipped content has none.
    let out = run(&["lint"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn the_coverage_command_counts_what_the_content_holds() {
    let out = run(&["coverage", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).expect("json");
    let content = content();
    let places: Vec<_> = content
        .municipalities
        .iter()
        .filter(|m| m.place.is_some())
        .collect();
    let totals = &json["totals"];
    assert_eq!(totals["municipalities"], places.len());
    assert_eq!(totals["municipalities"], 98);
    let own = places.iter().filter(|m| m.page.is_some()).count();
    assert_eq!(totals["own_page"], own);
    assert_eq!(totals["general_rule"], places.len() - own);
    let offices: Vec<_> = places.iter().map(|m| &content.offices[m.office]).collect();
    assert_eq!(
        totals["address"],
        offices.iter().filter(|o| !o.address.is_empty()).count()
    );
    assert_eq!(
        totals["booking"],
        offices.iter().filter(|o| o.book_by.is_some()).count()
    );
    assert_eq!(
        totals["register_rules"],
        places.iter().filter(|m| !m.register.is_empty()).count()
    );
    // The rows: one per municipality, Lejre and Rødovre as their pages say.
    let rows = json["municipalities"].as_array().expect("rows");
    assert_eq!(rows.len(), 98);
    let row = |id: &str| rows.iter().find(|r| r["id"] == id).expect(id);
    assert_eq!(row("lejre")["office"], "ihcph");
    assert_eq!(row("roedovre")["register_rules"], 1);
    assert_eq!(row("helsingoer")["booking"], "phone");
    assert_eq!(row("ballerup")["basis"], "general-rule");
    // In words, in each language, the same totals.
    assert_eq!(coverage(content).totals.own_page, own);
    for lang in ["da", "en", "nb"] {
        let text = stdout(&run(&["coverage", "--lang", lang]));
        assert!(text.contains("98 "), "{text}");
        assert!(text.contains(&own.to_string()), "{text}");
        assert!(text.lines().count() > 98, "{lang}");
    }
}

#[test]
fn helsingoer_books_by_phone_in_every_front_end() {
    let t = catalog().lang(Lang::En);
    let booking = t.text_with(
        "ui-book-by",
        &args([
            ("how", "phone".to_string()),
            ("phone", "49\u{a0}28\u{a0}28\u{a0}28".to_string()),
        ]),
    );
    let answers = [
        "situation=nordic",
        "stay=over-6-months",
        "municipality=helsingoer",
        "arrival=2026-12-10",
        "danish-citizen=no",
        "from-nordic=yes",
        "over-18=yes",
        "with-children=no",
        "married=no",
        "documents-in-da-or-en=yes",
    ];
    // guide, in each language.
    for lang in Lang::ALL {
        let mut a = vec!["guide", "--lang", lang.code(), "--today", "2026-12-04"];
        for x in &answers {
            a.extend(["--answer", x]);
        }
        let out = stdout(&run(&a));
        let want = catalog().lang(lang).text_with(
            "ui-book-by",
            &args([
                ("how", "phone".to_string()),
                ("phone", "49\u{a0}28\u{a0}28\u{a0}28".to_string()),
            ]),
        );
        assert!(out.contains(&want), "{}: {out}", lang.code());
        assert!(out.contains("Birkedalsvej 27"));
    }
    // The line mode, through a pipe: Nordic, > 6 months, no CPR, Helsingør…
    let out = run_with_input(
        &["--plain", "--lang", "en", "--today", "2026-12-04"],
        "1\n3\n2\nhelsingør\n10.12.2026\n2\n1\n1\n2\n2\n1\n",
    );
    assert!(stdout(&out).contains(&booking), "{}", stdout(&out));
    // The TUI's card: the address and how to book, on the first screen.
    let mut app = App::new(content(), catalog(), Lang::En, TODAY, None);
    keys(&mut app, "2132helsingør\n10.12.2026\n21122");
    keys(&mut app, "1\n");
    update(&mut app, Msg::Resize(80, 24));
    assert_eq!(app.screen(), Screen::Result);
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("Birkedalsvej 27"), "{screen}");
    assert!(
        screen.contains("49\u{a0}28\u{a0}28\u{a0}28") || screen.contains("49 28 28 28"),
        "{screen}"
    );
}
