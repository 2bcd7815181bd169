//! The question flow both interactive front ends drive (`cpr_guide::flow`):
//! the municipality search and which match Enter takes, the CPR step,
//! keeping an earlier answer, and saving — checked on the flow itself and
//! then through the terminal UI (keys) and the line mode (a pipe), which
//! must do what the flow says.

use crate::common::ui::{key, keys, now, screen_text};
use crate::common::{catalog, content, run_with_input, stdout, TODAY};
use cpr_guide::engine::{is_unlikely_date, Answer, Position};
use cpr_guide::flow::{prepare_save, CprStep, Flow, Outcome, Refusal, SaveError, SaveOutcome};
use cpr_guide::i18n::Lang;
use cpr_guide::tui::app::{App, Screen};
use crossterm::event::KeyCode;

/// A flow at the municipality question: a Nordic citizen, more than six
/// months, no CPR number.
fn at_place() -> Flow<'static> {
    let mut flow = Flow::new(content(), catalog(), Lang::En, TODAY);
    assert_eq!(flow.choose(0), Outcome::Answered);
    assert_eq!(flow.choose(2), Outcome::Answered);
    assert_eq!(flow.cpr_step(), Some(CprStep::Have));
    assert_eq!(flow.have_cpr(false), Outcome::Answered);
    assert!(flow.at_place(), "{:?}", flow.position());
    flow
}

/// The same answers in the terminal UI (English), at the search.
fn app_at_place() -> App<'static> {
    let mut app = App::new(content(), catalog(), Lang::En, TODAY, Some(now()));
    keys(&mut app, "213\n");
    assert!(app.is_place_question(), "{}", screen_text(&app, 80, 24));
    app
}

/// The same answers in the line mode, then `query`, then the input ends.
fn line_mode_after(query: &str) -> String {
    let input = format!("1\n3\n\n{query}\n");
    stdout(&run_with_input(
        &["--plain", "--lang", "en", "--today", "2026-11-22"],
        &input,
    ))
}

/// What Enter does with a typed search, by the flow.
fn enter(query: &str) -> Outcome {
    let mut flow = at_place();
    flow.search(query);
    flow.submit_search()
}

#[test]
fn enter_takes_a_municipality_only_when_the_text_names_one() {
    // A postcode only Aarhus has, a name in ASCII, a municipality code.
    for (query, name) in [("8000", "Aarhus"), ("koge", "Køge"), ("751", "Aarhus")] {
        assert_eq!(enter(query), Outcome::ChosePlace(name.into()), "{query}");
    }
    // A postcode in five municipalities, a prefix of several names, a typo:
    // listed to pick from, never taken.
    for query in ["3500", "lang", "aarhsu"] {
        assert_eq!(enter(query), Outcome::Listed, "{query}");
    }
    assert!(matches!(
        enter("xyzzy"),
        Outcome::Refused(Refusal::Invalid(_))
    ));
    assert_eq!(enter(""), Outcome::Refused(Refusal::Required));
    // A typo's suggestions say they are suggestions.
    let mut flow = at_place();
    flow.search("aarhsu");
    assert!(flow.places().only_suggestions());
    assert_eq!(flow.places().best(), None);
}

#[test]
fn the_terminal_ui_and_the_line_mode_follow_the_same_pick_rule() {
    for query in ["8000", "koge", "3500", "lang", "aarhsu", "xyzzy"] {
        let flow_says = enter(query);
        // The terminal UI: typed into the search, then Enter.
        let mut app = app_at_place();
        keys(&mut app, query);
        keys(&mut app, "\n");
        let line = line_mode_after(query);
        match &flow_says {
            Outcome::ChosePlace(name) => {
                assert!(!app.is_place_question(), "{query}: the UI did not take it");
                // The same municipality as the flow took.
                let mut flow = at_place();
                flow.search(query);
                flow.submit_search();
                assert_eq!(app.session().answers(), flow.session().answers(), "{query}");
                assert!(
                    line.contains(&format!("You chose: {name}.")),
                    "{query}:\n{line}"
                );
            }
            Outcome::Listed => {
                assert!(app.is_place_question(), "{query}: the UI took a match");
                assert!(app.refused(), "{query}: the UI says nothing");
                // The line mode lists them, numbered, to pick from.
                assert!(
                    line.contains("\n1. ") && line.contains("Type "),
                    "{query}:\n{line}"
                );
                assert!(!line.contains("You chose"), "{query}:\n{line}");
            }
            _ => {
                assert!(app.is_place_question() && app.refused(), "{query}");
                assert!(line.contains("Not accepted"), "{query}:\n{line}");
            }
        }
    }
}

#[test]
fn a_number_from_the_list_or_the_arrows_pick_one() {
    let mut flow = at_place();
    flow.search("3500");
    assert_eq!(flow.submit_search(), Outcome::Listed);
    assert!(flow.places().is_listed());
    let third = flow.places().rows()[2].label.clone();
    assert_eq!(flow.pick(2), Outcome::ChosePlace(third.clone()));
    // The same in the line mode (3) and the UI (the third row, by arrows).
    let line = line_mode_after("3500\n3");
    assert!(line.contains(&format!("You chose: {third}.")), "{line}");
    let mut app = app_at_place();
    keys(&mut app, "3500↓↓↓\n");
    assert!(!app.is_place_question());
    // Languages change; the list stays, named in the new language.
    let mut flow = at_place();
    flow.search("3500");
    flow.submit_search();
    flow.set_lang(Lang::Da);
    assert!(flow.places().is_listed());
    assert_eq!(flow.places().found().count(), 5);
}

#[test]
fn the_cpr_step_asks_first_then_takes_the_number_or_keeps_it() {
    let mut flow = Flow::new(content(), catalog(), Lang::En, TODAY);
    flow.choose(0);
    flow.choose(2);
    assert_eq!(flow.cpr_step(), Some(CprStep::Have));
    // Enter where yes or no is asked: no (most newcomers have none).
    assert_eq!(flow.submit(""), Outcome::Answered);
    assert!(flow.at_place());
    // Back: "do you have one?" again, with the earlier "no".
    assert!(flow.back());
    assert_eq!(flow.cpr_step(), Some(CprStep::Have));
    assert_eq!(flow.have_cpr(true), Outcome::AskNumber);
    assert_eq!(flow.cpr_step(), Some(CprStep::Number));
    // Said yes: nothing typed is no answer (the earlier "no" is not kept).
    assert_eq!(flow.submit(""), Outcome::Refused(Refusal::Required));
    // Back from the number goes to yes or no, not the question before.
    assert!(flow.back());
    assert_eq!(flow.cpr_step(), Some(CprStep::Have));
    assert_eq!(flow.have_cpr(true), Outcome::AskNumber);
    assert!(matches!(
        flow.submit("320761-4285"),
        Outcome::Refused(Refusal::Invalid(_))
    ));
    assert_eq!(flow.submit("070761-4285"), Outcome::Answered);
    // Back at it later: the number's field, and Enter keeps the number.
    assert!(flow.back());
    assert_eq!(flow.cpr_step(), Some(CprStep::Number));
    assert_eq!(flow.submit(""), Outcome::Answered);
    assert!(flow
        .session()
        .answers()
        .iter()
        .any(|(_, a)| matches!(a, Answer::Cpr(_))));

    // The terminal UI: Enter is "no"; "yes" shows the field; Esc goes back to yes or no.
    let mut app = App::new(content(), catalog(), Lang::En, TODAY, Some(now()));
    keys(&mut app, "213");
    assert_eq!(app.cpr_step(), Some(CprStep::Have));
    keys(&mut app, "1");
    assert_eq!(app.cpr_step(), Some(CprStep::Number));
    keys(&mut app, "\n");
    assert!(app.refused() && app.cpr_step() == Some(CprStep::Number));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.cpr_step(), Some(CprStep::Have));
    // The line mode: a number typed at once where yes or no is asked.
    let line = stdout(&run_with_input(
        &["--plain", "--lang", "en", "--today", "2026-11-22"],
        "1\n3\n070761-4285\n",
    ));
    assert!(line.contains("Which municipality"), "{line}");
    assert!(!line.contains("4285"), "{line}");
}

#[test]
fn enter_keeps_an_earlier_answer_in_both_front_ends() {
    let mut flow = at_place();
    flow.search("8000");
    flow.submit_search();
    assert!(flow.back());
    assert!(flow.at_place());
    // The earlier answer is offered first, and Enter on nothing keeps it.
    assert_eq!(flow.places().best(), Some(0));
    assert_eq!(flow.keep(), Outcome::Answered);
    assert!(!flow.at_place());
    // The UI: back to the search, Enter, same answer; the line mode: back, Enter.
    let mut app = app_at_place();
    keys(&mut app, "8000\n");
    let answers = app.session().answers().clone();
    key(&mut app, KeyCode::Esc);
    assert!(app.is_place_question());
    keys(&mut app, "\n");
    assert_eq!(app.session().answers(), &answers);
    let line = line_mode_after("8000\nback\n");
    assert!(line.contains("Your answer so far: Aarhus."), "{line}");
}

/// The README's EU example (moving to 3500 Værløse, Furesø picked) through
/// the flow, to its result.
fn eu_result() -> Flow<'static> {
    let mut flow = Flow::new(content(), catalog(), Lang::En, TODAY);
    for outcome in [
        flow.choose(1),
        flow.choose(2),
        flow.choose(1),
        flow.choose(0),
    ] {
        assert_eq!(outcome, Outcome::Answered);
    }
    assert_eq!(flow.have_cpr(false), Outcome::Answered);
    flow.search("3500");
    assert_eq!(flow.submit_search(), Outcome::Listed);
    assert!(matches!(flow.pick(2), Outcome::ChosePlace(_)));
    assert_eq!(flow.submit(""), Outcome::Answered);
    for option in [1, 0, 1, 1, 0] {
        assert_eq!(flow.choose(option), Outcome::Answered);
    }
    assert_eq!(flow.position(), Position::Review);
    flow
}

/// The README's EU example in the line mode.
const EU_LINES: &str = "2\n3\n2\n1\n\n3500\n3\n\n2\n1\n2\n2\n1\n";

#[test]
fn saving_has_one_set_of_outcomes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let flow = eu_result();
    let t = flow.t();
    let session = flow.session();
    let guidance = session.guidance().expect("a result");
    let view = cpr_guide::output::build_view(
        &session.interview(),
        &guidance,
        &t,
        cpr_guide::output::ViewOptions::default(),
    );
    // No result yet, no name, `~` without a home, no known format.
    assert_eq!(prepare_save(None, "a.md", None), Err(SaveError::NoResult));
    assert_eq!(prepare_save(Some(&view), " ", None), Err(SaveError::NoName));
    assert_eq!(
        prepare_save(Some(&view), "~/a.md", None),
        Err(SaveError::NoHome)
    );
    assert!(matches!(
        prepare_save(Some(&view), "a.pdf", None),
        Err(SaveError::Export { kind: "format", .. })
    ));
    // Written; again: it exists, and only a yes replaces it.
    let name = dir.path().join("result.md");
    let request = prepare_save(Some(&view), &name.display().to_string(), None).expect("ok");
    assert!(!request.exists());
    assert_eq!(request.write(false), SaveOutcome::Written(request.shown()));
    assert!(request.exists());
    assert_eq!(request.write(false), SaveOutcome::Exists(request.shown()));
    assert_eq!(request.write(true), SaveOutcome::Written(request.shown()));
    // One wording: what the line mode says is what the UI shows.
    let written = SaveOutcome::Written(request.shown()).text(&t);
    assert_eq!(written, format!("Saved: {}", request.shown()));
    let kept = SaveOutcome::Kept(request.shown()).text(&t);
    for (answer, said) in [("yes", &written), ("no", &kept)] {
        let input = format!("{EU_LINES}save {}\n{answer}\n", name.display());
        let line = stdout(&run_with_input(
            &["--plain", "--lang", "en", "--today", "2026-11-22"],
            &input,
        ));
        assert!(line.contains("already exists"), "{line}");
        assert!(line.contains(said.as_str()), "{answer}: {line}");
    }
}

#[test]
fn a_new_screen_of_the_ui_agrees_with_the_flow_on_the_highlight() {
    // Typing a name only one municipality has: highlighted; a shared
    // postcode: nothing highlighted.
    let mut app = app_at_place();
    keys(&mut app, "aarhus");
    assert_eq!(app.selected(), 0);
    let mut app = app_at_place();
    keys(&mut app, "3500");
    assert!(app.selected() >= app.place_rows().len());
    // Enter on it says why nothing was taken, as the line mode does.
    keys(&mut app, "\n");
    let shown = screen_text(&app, 80, 24);
    assert!(shown.contains("✗ 3500 Værløse lies in 5"), "{shown}");
    assert_eq!(
        app.screen(),
        Screen::Question(app.session().question().expect("q"))
    );
}

#[test]
fn changing_an_answer_and_straight_back_loses_nothing() {
    let mut flow = eu_result();
    let before = flow.session().answers().clone();
    let situation = content().question("situation").expect("situation").0;
    assert!(before.iter().count() >= 9, "{}", before.iter().count());
    // EU → Nordic: the Nordic questions are asked …
    flow.change(situation);
    assert_eq!(flow.choose(0), Outcome::Answered);
    assert_ne!(flow.position(), Position::Review);
    // … and back to EU before answering them: every EU answer is back,
    // and the review with it.
    assert!(flow.back());
    assert_eq!(flow.position(), Position::Question(situation));
    assert_eq!(flow.choose(1), Outcome::Answered);
    assert_eq!(flow.position(), Position::Review);
    assert_eq!(flow.session().answers(), &before);
    // From the review, through the UI: change, change back, all kept.
    let mut app = App::new(content(), catalog(), Lang::En, TODAY, Some(now()));
    keys(&mut app, "2232");
    keys(&mut app, "1\n3500↓↓↓\n\n21221");
    assert_eq!(
        app.screen(),
        Screen::Review,
        "{}",
        screen_text(&app, 80, 24)
    );
    let kept = app.session().answers().clone();
    keys(&mut app, "↓\n"); // the first answer: the situation
    keys(&mut app, "1"); // Nordic
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "2"); // EU again
    assert_eq!(
        app.screen(),
        Screen::Review,
        "{}",
        screen_text(&app, 80, 24)
    );
    assert_eq!(app.session().answers(), &kept);
}

/// A flow at the arrival date: the Nordic citizen, to Copenhagen.
fn at_arrival() -> Flow<'static> {
    let mut flow = at_place();
    flow.search("copenhagen");
    assert_eq!(
        flow.submit_search(),
        Outcome::ChosePlace("Copenhagen".into())
    );
    assert_eq!(question_id(&flow), "arrival");
    flow
}

fn question_id(flow: &Flow<'_>) -> String {
    let q = flow.session().question().expect("a question");
    flow.content().questions[q].id.clone()
}

fn arrival_answer(flow: &Flow<'_>) -> Option<Answer> {
    let (q, _) = flow.content().question("arrival").expect("arrival");
    flow.session().answers().get(q).cloned()
}

#[test]
fn a_date_more_than_a_year_from_today_waits_for_is_that_right() {
    use jiff::civil::date;
    // TODAY is 22 November 2026.
    for (typed, day, says) in [
        (
            "1.1.2030",
            date(2030, 1, 1),
            "You wrote 1 January 2030. That is more than a year from now. Is that right?",
        ),
        (
            "1. januar 2020",
            date(2020, 1, 1),
            "You wrote 1 January 2020. That is more than a year ago. Is that right?",
        ),
        (
            "23.11.2027",
            date(2027, 11, 23),
            "You wrote 23 November 2027. That is more than a year from now. Is that right?",
        ),
        (
            "21.11.2025",
            date(2025, 11, 21),
            "You wrote 21 November 2025. That is more than a year ago. Is that right?",
        ),
    ] {
        let mut flow = at_arrival();
        assert_eq!(
            flow.submit(typed),
            Outcome::ConfirmDate { date: day },
            "{typed}"
        );
        assert_eq!(flow.pending_date(), Some(day));
        assert_eq!(flow.confirm_text().as_deref(), Some(says));
        // Not taken yet: the same question, no answer.
        assert_eq!(question_id(&flow), "arrival");
        assert_eq!(arrival_answer(&flow), None);
        // No: the date is asked again, nothing kept.
        assert_eq!(flow.confirm(false), Outcome::AskDateAgain);
        assert_eq!(flow.pending_date(), None);
        assert_eq!(flow.confirm_text(), None);
        assert_eq!(question_id(&flow), "arrival");
        assert_eq!(arrival_answer(&flow), None);
        // Yes: taken, and on to the next question.
        assert_eq!(flow.submit(typed), Outcome::ConfirmDate { date: day });
        assert_eq!(flow.confirm(true), Outcome::Answered);
        assert_eq!(arrival_answer(&flow), Some(Answer::Date(day)));
        assert_ne!(question_id(&flow), "arrival");
        assert_eq!(flow.pending_date(), None);
        // Back at the date, Enter keeps it without asking again.
        assert!(flow.back());
        assert_eq!(flow.submit(""), Outcome::Answered);
        assert_eq!(arrival_answer(&flow), Some(Answer::Date(day)));
    }
    // A year either side, to the day, is taken at once.
    for (typed, day) in [
        ("22.11.2027", date(2027, 11, 22)),
        ("22.11.2025", date(2025, 11, 22)),
        ("1. februar 2027", date(2027, 2, 1)),
    ] {
        let mut flow = at_arrival();
        assert_eq!(flow.submit(typed), Outcome::Answered, "{typed}");
        assert_eq!(arrival_answer(&flow), Some(Answer::Date(day)));
    }
    // Back from "is that right?" is the date's question; a new date
    // replaces the one waiting; nothing waiting, nothing to confirm.
    let mut flow = at_arrival();
    assert_eq!(flow.confirm(true), Outcome::Refused(Refusal::Required));
    assert!(matches!(
        flow.submit("1.1.2030"),
        Outcome::ConfirmDate { .. }
    ));
    assert!(flow.back());
    assert_eq!(flow.pending_date(), None);
    assert_eq!(question_id(&flow), "arrival");
    assert!(matches!(
        flow.submit("1.1.2030"),
        Outcome::ConfirmDate { .. }
    ));
    assert_eq!(flow.submit("1.12.2026"), Outcome::Answered);
    assert_eq!(arrival_answer(&flow), Some(Answer::Date(date(2026, 12, 1))));
    // In Danish and Norwegian too.
    let mut flow = at_arrival();
    flow.submit("1.1.2030");
    flow.set_lang(Lang::Da);
    assert_eq!(
        flow.confirm_text().as_deref(),
        Some("Du skrev 1. januar 2030. Det er om mere end et år. Passer det?")
    );
    flow.set_lang(Lang::Nb);
    assert_eq!(
        flow.confirm_text().as_deref(),
        Some("Du skrev 1. januar 2030. Det er om mer enn ett år. Stemmer det?")
    );
}

#[test]
fn only_dates_of_what_is_coming_are_questioned_not_a_documents() {
    use jiff::civil::date;
    let content = content();
    let q = |id: &str| content.question(id).expect(id).0;
    let far = date(2020, 1, 1);
    assert!(is_unlikely_date(content, q("arrival"), far, TODAY));
    assert!(is_unlikely_date(
        content,
        q("job-start"),
        date(2030, 1, 1),
        TODAY
    ));
    // A residence permit may well be years old.
    assert!(!is_unlikely_date(content, q("permit-date"), far, TODAY));
    assert!(!is_unlikely_date(content, q("situation"), far, TODAY));
}
