//! The terminal UI without a terminal: `update` driven by real key events,
//! snapshots of every screen (ratatui TestBackend + insta), and a sweep of
//! sizes that must never panic.

use crate::common::ui::{draw, key, keys, now, screen_text};
use crate::common::{catalog, content, TODAY};
use cpr_guide::flow::{SaveError, SaveOutcome};
use cpr_guide::i18n::Lang;
use cpr_guide::tui::app::{update, App, Effect, Msg, Overlay, Screen};
use cpr_guide::tui::keys::message;
use cpr_guide::tui::view::Theme;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn outcome(app: &App<'_>) -> Option<String> {
    app.result().map(|v| v.outcome.clone())
}

#[test]
fn every_situation_reaches_its_result_with_digits_and_enter_in_every_language() {
    let content = content();
    let catalog = catalog();
    let paths: [(&str, &str); 5] = [
        // situation, stay, cpr (skip), municipality (typed), arrival, danish, from-nordic,
        // over-18, from-eu (Danish=no → not asked), children, married, docs
        ("13\ncopenhagen\n\n221221", "register"),
        // EU: stay, job-seeker, ground (worker), cpr skip, Furesø, arrival, from-nordic, over-18,
        // children, married, docs
        ("2321\nfuresø\n2026-12-01\n21221", "register"),
        // non-EU: stay, permit yes, permit date skip, cpr skip, "I don't know yet" (the
        // only row under an empty search), arrival skip, from-nordic, over-18, from-eu,
        // children, married, docs
        ("331\n\n↓\n\n212221", "register"),
        // tax-only: cpr skip, citizenship, not in Sweden, job start, unmarried
        ("4\n322027-04-01\n2", "tax-number"),
        // child abroad: not moving, cpr skip, baptised
        ("52\n1", "child-parish"),
    ];
    for lang in ["1", "2", "3"] {
        for (path, expected) in paths {
            let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
            keys(&mut app, lang);
            keys(&mut app, path);
            assert_eq!(
                app.screen(),
                Screen::Review,
                "{lang} {path}: {}",
                screen_text(&app, 80, 24)
            );
            keys(&mut app, "\n");
            assert_eq!(app.screen(), Screen::Result);
            assert_eq!(outcome(&app).as_deref(), Some(expected), "{lang} {path}");
            let code = Lang::ALL[lang.parse::<usize>().expect("digit") - 1].code();
            assert_eq!(app.result().map(|v| v.language), Some(code));
        }
    }
}

/// A UI past the welcome screen, in English.
fn started<'a>(
    content: &'a cpr_guide::content::Content,
    catalog: &'a cpr_guide::i18n::Catalog,
) -> App<'a> {
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "2");
    app
}

#[test]
fn back_returns_one_screen_and_keeps_every_answer() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "232"); // EU, more than 6 months, not a job-seeker
    let answered = app.session().answers().len();
    assert_eq!(answered, 3);
    let Screen::Question(cpr) = app.screen() else {
        panic!("a question")
    };
    let job_seeker = Screen::Question(content.question("job-seeker").expect("q").0);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), job_seeker);
    assert_eq!(app.selected(), 1, "the earlier choice stays highlighted");
    assert_eq!(app.session().answers().len(), answered);
    // Backspace and ← also go back (the field is empty).
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(cpr));
    key(&mut app, KeyCode::Backspace);
    assert_eq!(app.screen(), job_seeker);
    key(&mut app, KeyCode::Left);
    assert_eq!(
        app.screen(),
        Screen::Question(content.question("stay").expect("q").0)
    );
    assert_eq!(app.selected(), 2, "the earlier choice stays highlighted");
    assert_eq!(app.session().answers().len(), answered);
}

#[test]
fn change_from_review_prunes_the_branch_no_longer_taken() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "331\n\n↓\n\n212221"); // non-EU, registered path
    assert_eq!(app.screen(), Screen::Review);
    let permit = content.question("residence-permit").expect("q").0;
    assert!(app.session().answers().get(permit).is_some());
    let items = app.session().review_items();
    let index = items.iter().position(|&q| q == permit).expect("in review");
    keys(&mut app, &(index + 1).to_string());
    assert_eq!(app.screen(), Screen::Question(permit));
    keys(&mut app, "2"); // no permit after all
    assert_eq!(app.screen(), Screen::Review);
    let ids: Vec<&str> = app
        .session()
        .answers()
        .iter()
        .map(|(q, _)| content.questions[q].id.as_str())
        .collect();
    assert_eq!(ids, ["situation", "stay", "residence-permit"]);
    keys(&mut app, "\n");
    assert_eq!(outcome(&app).as_deref(), Some("needs-residence-permit"));
}

#[test]
fn language_switch_mid_interview_keeps_answers() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321");
    let before = app.session().answers().clone();
    // Issue 21.17: F2 opens a small chooser naming the three languages,
    // the one in use highlighted; it changes nothing until one is chosen.
    key(&mut app, KeyCode::F(2));
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Language { selected: 1 })
    ));
    let screen = screen_text(&app, 80, 24);
    for name in ["Dansk", "English", "Norsk (bokmål)"] {
        assert!(screen.contains(name), "{name} in\n{screen}");
    }
    let chooser_width = screen
        .lines()
        .find(|l| l.contains("Norsk (bokmål)"))
        .map(|l| l.trim().chars().count())
        .expect("a line");
    assert!(chooser_width < 60, "a small box:\n{screen}");
    assert_eq!(app.lang(), Lang::En);
    // Esc closes it, nothing changed.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay(), None);
    assert_eq!(app.lang(), Lang::En);
    // A number chooses.
    key(&mut app, KeyCode::F(2));
    keys(&mut app, "3");
    assert_eq!(app.overlay(), None);
    assert_eq!(app.lang(), Lang::Nb);
    assert_eq!(*app.session().answers(), before);
    assert!(
        screen_text(&app, 80, 24).contains("CPR-nummer"),
        "{}",
        screen_text(&app, 80, 24)
    );
    // The arrows and Enter choose too.
    key(&mut app, KeyCode::F(2));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.lang(), Lang::Da);
    assert!(screen_text(&app, 80, 24).contains("cpr-nummer"));
    // On the result, the result itself changes language.
    keys(&mut app, "\nfuresø\n2026-12-01\n21221\n");
    assert_eq!(app.screen(), Screen::Result);
    assert_eq!(app.result().map(|v| v.language), Some("da"));
    key(&mut app, KeyCode::F(2));
    keys(&mut app, "2");
    assert_eq!(app.result().map(|v| v.language), Some("en"));
    assert_eq!(outcome(&app).as_deref(), Some("register"));
}

#[test]
fn cpr_field_says_what_is_wrong_and_masks_once_valid() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321");
    // "Do you have one?" first: yes, then the field.
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen.contains("1  Yes") && screen.contains("2  No"),
        "{screen}"
    );
    keys(&mut app, "1");
    keys(&mut app, "0101");
    assert!(screen_text(&app, 80, 24).contains("4 of 10 digits"));
    keys(&mut app, "9x");
    assert!(
        screen_text(&app, 80, 24).contains("Character number 6 is not a digit"),
        "{}",
        screen_text(&app, 80, 24)
    );
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "0-1234");
    let shown = screen_text(&app, 80, 24);
    assert!(
        shown.contains("010190-XXXX") && !shown.contains("1234"),
        "{shown}"
    );
    keys(&mut app, "5");
    assert!(screen_text(&app, 80, 24).contains("11 digits were given"));
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "\n");
    // Accepted: the field is wiped, and the review shows only the mask.
    assert!(app.input().is_empty());
    keys(&mut app, "copenhagen\n\n2222");
    assert_eq!(app.screen(), Screen::Review);
    let review = screen_text(&app, 80, 40);
    assert!(
        review.contains("010190-XXXX") && !review.contains("1234"),
        "{review}"
    );

    // An impossible and a future date are named.
    let mut app = started(content, catalog);
    keys(&mut app, "23211310290-1234");
    assert!(screen_text(&app, 80, 24).contains("not a real date"));
    let mut app = started(content, catalog);
    keys(&mut app, "23211231126-4000");
    assert!(screen_text(&app, 80, 24).contains("in the future"));
}

#[test]
fn dates_are_checked_as_you_type() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\ncopenhagen\n"); // EU, > 6 months, no job-seeker, worker, no CPR, Copenhagen → arrival
    assert!(screen_text(&app, 80, 24).contains("DD.MM.YYYY"));
    // While typing, the form; a day that cannot be, at once.
    keys(&mut app, "30.2");
    assert!(screen_text(&app, 80, 24).contains("DD.MM.YYYY, for example"));
    keys(&mut app, ".2026");
    assert!(
        screen_text(&app, 80, 24).contains("no such day"),
        "{}",
        screen_text(&app, 80, 24)
    );
    keys(&mut app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Question(content.question("arrival").expect("q").0),
        "refused"
    );
    for _ in 0..9 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "28.2.2026");
    assert!(screen_text(&app, 80, 24).contains("Saturday 28 February 2026"));
    keys(&mut app, "\n");
    assert_eq!(
        app.screen(),
        Screen::Question(content.question("from-nordic").expect("q").0)
    );
}

#[test]
fn quitting_asks_first_and_restart_forgets_everything() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2");
    keys(&mut app, "q");
    assert_eq!(app.overlay(), Some(Overlay::ConfirmQuit).as_ref());
    keys(&mut app, "n");
    assert_eq!(app.overlay(), None);
    assert!(!app.wants_quit());
    keys(&mut app, "3211");
    keys(&mut app, "0101901234");
    assert!(!app.input().is_empty());
    key(&mut app, KeyCode::F(5));
    // With answers to lose, starting over asks first; Enter is no yes.
    assert_eq!(app.overlay(), Some(Overlay::ConfirmRestart).as_ref());
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay(), Some(Overlay::ConfirmRestart).as_ref());
    keys(&mut app, "y");
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(app.session().answers().is_empty() && app.input().is_empty());
    let event = Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    let msg = message(&app, &event).expect("ctrl-c");
    update(&mut app, msg);
    assert_eq!(app.overlay(), Some(Overlay::ConfirmQuit).as_ref());
    key(&mut app, KeyCode::Enter);
    assert!(!app.wants_quit(), "Enter alone does not quit");
    keys(&mut app, "y");
    assert!(app.wants_quit());
}

#[test]
fn help_overlay_lists_keys_in_the_language() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "?");
    assert_eq!(app.overlay(), Some(Overlay::Help).as_ref());
    assert!(screen_text(&app, 80, 24).contains("change language"));
    key(&mut app, KeyCode::F(2));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay(), None);
}

#[test]
fn a_click_picks_the_option_under_it() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    // A click acts on what the last frame drew.
    let text = draw(&mut app, 80, 24);
    let row = text
        .lines()
        .position(|l| l.contains("Citizen of another country"))
        .expect("option shown");
    update(
        &mut app,
        Msg::Click {
            column: 10,
            row: u16::try_from(row).expect("row"),
        },
    );
    let situation = content.question("situation").expect("q").0;
    assert_eq!(
        app.session().answers().get(situation),
        Some(&cpr_guide::engine::Answer::Choice(2))
    );
    // A click on no option does nothing.
    let before = app.session().answers().clone();
    update(&mut app, Msg::Click { column: 10, row: 0 });
    assert_eq!(*app.session().answers(), before);
}

/// Every screen the UI has, reached with keys.
fn screens() -> Vec<(&'static str, &'static str)> {
    vec![
        ("welcome", ""),
        ("question-choice", "2"),
        ("question-date-error", "22321\ncopenhagen\n31.13.2026"),
        ("question-cpr-have", "22321"),
        ("question-cpr-masked", "223211010190-1234"),
        ("question-place", "22321\n3500"),
        ("review", "22321\ncopenhagen\n2026-12-01\n21221"),
        ("result", "22321\ncopenhagen\n2026-12-01\n21221\n"),
        ("help", "2?"),
        ("quit", "2q"),
    ]
}

fn app_at<'a>(
    content: &'a cpr_guide::content::Content,
    catalog: &'a cpr_guide::i18n::Catalog,
    keys_in: &str,
) -> App<'a> {
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_theme(Theme::default());
    keys(&mut app, keys_in);
    app
}

#[test]
fn snapshots_of_every_screen_at_80x24_and_40x12() {
    let content = content();
    let catalog = catalog();
    for (name, keys_in) in screens() {
        for (w, h) in [(80, 24), (40, 12)] {
            let mut app = app_at(content, catalog, keys_in);
            update(&mut app, Msg::Resize(w, h));
            insta::assert_snapshot!(format!("{name}-{w}x{h}"), screen_text(&app, w, h));
        }
    }
    let app = app_at(content, catalog, "");
    insta::assert_snapshot!("too-small-39x11", screen_text(&app, 39, 11));
}

#[test]
fn snapshots_of_the_result_in_three_languages() {
    let content = content();
    let catalog = catalog();
    for (lang_key, code) in [("1", "da"), ("2", "en"), ("3", "nb")] {
        let mut app = app_at(content, catalog, lang_key);
        keys(&mut app, "13\ncopenhagen\n2026-12-01\n221221\n");
        assert_eq!(app.screen(), Screen::Result);
        update(&mut app, Msg::Resize(80, 24));
        insta::assert_snapshot!(format!("result-{code}-80x24"), screen_text(&app, 80, 24));
        // From 120 columns, two columns; at a kiosk's 200×60, all at once.
        insta::assert_snapshot!(format!("result-{code}-120x40"), screen_text(&app, 120, 40));
        if code == "en" {
            insta::assert_snapshot!("result-en-200x60", screen_text(&app, 200, 60));
        }
        key(&mut app, KeyCode::End);
        insta::assert_snapshot!(
            format!("result-{code}-80x24-end"),
            screen_text(&app, 80, 24)
        );
    }
}

#[test]
fn every_screen_renders_at_any_size_without_panic() {
    let content = content();
    let catalog = catalog();
    // The critical sizes (1, just below, at and above the minimum, common
    // terminals, kiosk screens, the largest), and a sample of others from a
    // fixed seed: every screen, scrolled and clicked at each.
    let mut sizes: Vec<(u16, u16)> = Vec::new();
    for w in [1, 39, 40, 41, 80, 120, 200, 300] {
        for h in [1, 11, 12, 13, 24, 60, 100] {
            sizes.push((w, h));
        }
    }
    let mut seed: u32 = 0x2026_1122;
    for _ in 0..12 {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let w = u16::try_from(seed >> 16).expect("small") % 300 + 1;
        let h = u16::try_from(seed & 0xffff).expect("small") % 100 + 1;
        sizes.push((w, h));
    }
    for (name, keys_in) in screens() {
        let mut app = app_at(content, catalog, keys_in);
        for &(w, h) in &sizes {
            let shown = draw(&mut app, w, h);
            assert_eq!(shown.lines().count(), usize::from(h), "{name} at {w}x{h}");
            // Scrolling and clicking at this size must not panic either.
            update(&mut app, Msg::End);
            draw(&mut app, w, h);
            update(
                &mut app,
                Msg::Click {
                    column: w / 2,
                    row: h / 2,
                },
            );
            update(&mut app, Msg::Home);
        }
    }
}

#[test]
fn a_held_backspace_stops_at_the_empty_field() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\ncopenhagen\n"); // to the arrival date
    let arrival = app.screen();
    keys(&mut app, "2026-1");
    for _ in 0..9 {
        key(&mut app, KeyCode::Backspace);
    }
    assert_eq!(
        app.screen(),
        arrival,
        "auto-repeat must not leave the screen"
    );
    assert!(app.input().is_empty());
    // Terminals report no key release, so after emptying the field it is
    // Esc or ← that goes back.
    key(&mut app, KeyCode::Left);
    assert_ne!(app.screen(), arrival);
    // Arriving at an empty field, Backspace goes back at once.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), arrival);
    key(&mut app, KeyCode::Backspace);
    assert_ne!(app.screen(), arrival);
}

#[test]
fn while_typing_a_cpr_number_only_the_birth_date_shows() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "23211070761-428");
    let shown = screen_text(&app, 80, 24);
    assert!(
        shown.contains("070761-•••") && !shown.contains("428"),
        "{shown}"
    );
}

#[test]
fn the_review_starts_at_the_result_and_digits_reach_the_answers() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "13\ncopenhagen\n\n221221");
    assert_eq!(app.screen(), Screen::Review);
    assert_eq!(app.selected(), 0);
    assert!(screen_text(&app, 80, 24).contains("Check your answers"));
    keys(&mut app, "2");
    assert_eq!(
        app.screen(),
        Screen::Question(content.question("stay").expect("q").0)
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Review);
    keys(&mut app, "\n");
    assert_eq!(app.screen(), Screen::Result);
    // Back from the result and Enter again: the result, not question 1.
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "\n");
    assert_eq!(app.screen(), Screen::Result);
}

#[test]
fn save_writes_the_result_in_the_format_of_its_name_and_without_the_cpr() {
    let content = content();
    let catalog = catalog();
    let home = || Some(std::path::PathBuf::from("/home/me"));
    let mut app = started(content, catalog).with_home(home());
    keys(&mut app, "23211070761-4285\ncopenhagen\n\n2221\n");
    assert_eq!(app.screen(), Screen::Result);
    keys(&mut app, "s");
    assert!(matches!(app.overlay(), Some(Overlay::Save { .. })));
    assert!(
        screen_text(&app, 80, 24).contains("cpr-guide-result.md"),
        "{}",
        screen_text(&app, 80, 24)
    );
    for _ in 0.."cpr-guide-result.md".len() {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "mine.pdf\n");
    // The name offered is replaced by what is typed, not added to.
    let mut fresh = started(content, catalog);
    keys(&mut fresh, "23211070761-4285\ncopenhagen\n\n2221\ns");
    keys(&mut fresh, "t1.md");
    assert!(matches!(
        fresh.overlay(),
        Some(Overlay::Save { path, .. }) if path.as_str() == "t1.md"
    ));
    // Issue 21.11: the name offered is edited like any field: Home keeps
    // it and goes to its start, ← and Delete work inside it.
    let mut edited = started(content, catalog);
    keys(&mut edited, "23211070761-4285\ncopenhagen\n\n2221\ns");
    key(&mut edited, KeyCode::Home);
    keys(&mut edited, "my-");
    key(&mut edited, KeyCode::End);
    key(&mut edited, KeyCode::Left);
    key(&mut edited, KeyCode::Left);
    key(&mut edited, KeyCode::Delete);
    key(&mut edited, KeyCode::Delete);
    keys(&mut edited, "txt");
    assert!(
        matches!(
            edited.overlay(),
            Some(Overlay::Save { path, .. }) if path.as_str() == "my-cpr-guide-result.txt"
        ),
        "{:?}",
        edited.overlay()
    );
    crate::common::ui::press(&mut edited, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert!(matches!(
        edited.overlay(),
        Some(Overlay::Save { path, .. }) if path.is_empty()
    ));
    assert!(
        matches!(
            app.overlay(),
            Some(Overlay::Save {
                refused: Some(SaveError::Export { kind: "format", .. }),
                ..
            })
        ),
        "a name with no known format is refused"
    );
    let shown = screen_text(&app, 80, 24);
    assert!(
        shown.contains("mine.pdf") && shown.contains("must end in"),
        "{shown}"
    );
    for _ in 0..3 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "md\n");
    assert_eq!(app.overlay(), None);
    let saves: Vec<_> = app
        .effects()
        .iter()
        .filter(|e| matches!(e, Effect::Save { .. }))
        .cloned()
        .collect();
    let [Effect::Save {
        request,
        replace: false,
    }] = saves.as_slice()
    else {
        panic!("one save, not replacing: {:?}", app.effects());
    };
    // The name as a full path, so the person is told exactly where it went.
    let here = std::env::current_dir().expect("cwd");
    assert_eq!(request.shown(), here.join("mine.md").display().to_string());
    let text = request.text();
    assert!(text.contains("- [ ] Valid passport or national ID card\n"));
    assert!(!text.contains("4285") && !text.contains("070761"), "{text}");
    // The file exists: asked before it is replaced.
    app.take_effects();
    update(&mut app, Msg::Saved(SaveOutcome::Exists(request.shown())));
    assert!(matches!(
        app.overlay(),
        Some(Overlay::Save { replace: true, .. })
    ));
    assert!(screen_text(&app, 80, 24).contains("A file of this name exists"));
    keys(&mut app, "\n");
    assert!(matches!(
        app.effects(),
        [Effect::Save { replace: true, .. }]
    ));
    // The full path written is shown.
    update(
        &mut app,
        Msg::Saved(SaveOutcome::Written("/home/me/mine.md".into())),
    );
    update(&mut app, Msg::Resize(80, 24));
    assert!(screen_text(&app, 80, 24).contains("Saved: /home/me/mine.md"));
    // No date of arrival, so no dated deadline: no calendar, and it says why.
    app.take_effects();
    keys(&mut app, "s");
    for _ in 0..20 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "~/deadlines.ics\n");
    assert!(app.effects().is_empty());
    let shown = screen_text(&app, 80, 24);
    assert!(shown.contains("as a calendar"), "{shown}");
    // With the date, a name ending in .ics saves the deadlines as a calendar.
    let mut app = started(content, catalog).with_home(home());
    keys(&mut app, "23211070761-4285\ncopenhagen\n1.12.2026\n2221\ns");
    app.take_effects();
    for _ in 0..20 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "~/deadlines.ics\n");
    let [Effect::Save { request, .. }] = app.effects() else {
        panic!("one save: {:?}", app.effects());
    };
    assert_eq!(request.shown(), "/home/me/deadlines.ics");
    let text = request.text();
    assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
    assert!(!text.contains("4285") && !text.contains("070761"), "{text}");
}

/// On the review, moves to the answer to `question` with the arrows and
/// opens it (items past 9 have no digit of their own).
fn change_on_review(app: &mut App<'_>, question: cpr_guide::content::QuestionId) {
    let items = app.session().review_items();
    let index = items
        .iter()
        .position(|&q| q == question)
        .expect("on the review");
    key(app, KeyCode::Home);
    while app.selected() > 0 {
        key(app, KeyCode::Up);
    }
    for _ in 0..=index {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(question));
}

/// The answers as (question ID, answer) pairs, for comparing.
fn answer_list(app: &App<'_>) -> Vec<(String, cpr_guide::engine::Answer)> {
    let content = app.content();
    let mut list: Vec<_> = app
        .session()
        .answers()
        .iter()
        .map(|(q, a)| (content.questions[q].id.clone(), a.clone()))
        .collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    list
}

#[test]
fn changing_an_answer_on_the_review_keeps_the_later_answers() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    // Non-EU with a permit, Copenhagen, then: not from a Nordic country,
    // adult, not from the EU, no children, married, documents not in
    // Danish or English.
    keys(&mut app, "331\n\ncopenhagen\n\n212212");
    assert_eq!(
        app.screen(),
        Screen::Review,
        "{}",
        screen_text(&app, 80, 40)
    );
    let before = answer_list(&app);
    // Change the municipality to Furesø: one question is newly needed
    // (Furesø asks citizens of non-European countries), nothing else.
    let municipality = content.question("municipality").expect("q").0;
    change_on_review(&mut app, municipality);
    assert_eq!(
        app.place_rows()
            .get(app.selected())
            .map(|r| r.value.as_str()),
        Some("copenhagen"),
        "the earlier choice, Copenhagen, is chosen"
    );
    keys(&mut app, "furesø\n");
    let european = content.question("european").expect("q").0;
    assert_eq!(app.screen(), Screen::Question(european));
    keys(&mut app, "2");
    assert_eq!(app.screen(), Screen::Review, "nothing else is asked again");
    let after = answer_list(&app);
    let changed: Vec<_> = after
        .iter()
        .filter(|a| !before.contains(a))
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(changed, ["european", "municipality"]);
    assert_eq!(after.len(), before.len() + 1, "every later answer kept");

    // A change that needs nothing new goes straight back to the review,
    // and the earlier choice is the one highlighted.
    let married = content.question("married").expect("q").0;
    change_on_review(&mut app, married);
    assert_eq!(app.selected(), 0, "married: yes");
    keys(&mut app, "2");
    assert_eq!(app.screen(), Screen::Review);
    // And Esc from a change returns to the review, unchanged.
    let docs = content.question("documents-in-da-or-en").expect("q").0;
    change_on_review(&mut app, docs);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Review);
    keys(&mut app, "\n");
    let result = app.result().expect("result");
    assert!(result.documents.iter().any(|d| d.id == "translation"));
    assert!(result
        .offices
        .iter()
        .any(|o| o.id == "borgerservice-vaerloese"));
}

#[test]
fn a_long_search_list_scrolls_under_a_field_that_stays() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    // EU, > 6 months, not a job-seeker, worker, no CPR; "o" matches dozens.
    keys(&mut app, "2321\no");
    assert!(app.place_rows().len() > 30);
    for _ in 0..25 {
        key(&mut app, KeyCode::Down);
        for (w, h) in [(80, 24), (200, 60), (40, 12)] {
            let screen = draw(&mut app, w, h);
            assert!(
                screen.lines().any(|l| l.contains('▶')),
                "the highlighted row is on screen at {w}×{h}:\n{screen}"
            );
            if h >= 24 {
                assert!(
                    screen.contains("> o"),
                    "the field stays at {w}×{h}:\n{screen}"
                );
                assert!(screen.contains("Which municipality"), "{screen}");
            }
        }
    }
    // Enter takes the row that is shown highlighted.
    let screen = screen_text(&app, 80, 24);
    let chosen = app.place_rows()[app.selected()].label.clone();
    assert!(
        screen
            .lines()
            .any(|l| l.contains('▶') && l.contains(&chosen)),
        "{screen}"
    );
    keys(&mut app, "\n");
    let municipality = content.question("municipality").expect("q").0;
    let answer = app.session().answers().get(municipality).cloned();
    let Some(cpr_guide::engine::Answer::Choice(o)) = answer else {
        panic!("answered");
    };
    let label = catalog.lang(Lang::En).text(&format!(
        "municipality-{}",
        content.municipalities.as_slice()[o].id
    ));
    assert_eq!(label, chosen);
}

#[test]
fn esc_clears_the_search_before_it_goes_back() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\nkoge");
    let Screen::Question(place) = app.screen() else {
        panic!("a question")
    };
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Question(place), "still the search");
    assert!(app.input().is_empty());
    key(&mut app, KeyCode::Esc);
    assert_ne!(app.screen(), Screen::Question(place), "then back");
}

#[test]
fn on_the_linux_console_every_symbol_is_ascii() {
    use cpr_guide::tui::view::Glyphs;
    assert_eq!(Glyphs::choose(Some("linux"), None), Glyphs::ASCII);
    assert_eq!(
        Glyphs::choose(Some("xterm-256color"), None),
        Glyphs::UNICODE
    );
    assert_eq!(Glyphs::choose(Some("linux"), Some(false)), Glyphs::UNICODE);
    assert_eq!(Glyphs::choose(Some("xterm"), Some(true)), Glyphs::ASCII);
    let content = content();
    let catalog = catalog();
    let unicode_only = [
        '▶', '◀', '☐', '✓', '✗', '▲', '▼', '•', '→', '⚠', '█', '↑', '↓', '←', '┌', '┐', '└', '┘',
        '─', '│',
    ];
    for (name, keys_in) in screens()
        .into_iter()
        .chain([("question-cpr-typing", "22321010")])
    {
        let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()))
            .with_theme(Theme::default().with_glyphs(Glyphs::ASCII));
        keys(&mut app, keys_in);
        // The result has documents to tick, notes and sources; scroll it all.
        for _ in 0..12 {
            let screen = draw(&mut app, 80, 24);
            // The QR code is drawn with block characters the console has.
            let qr_line = |l: &str| {
                l.contains('█')
                    && l.chars()
                        .all(|c| matches!(c, '█' | '▀' | '▄' | ' ' | 'v' | '^'))
            };
            let text: String = screen.lines().filter(|l| !qr_line(l)).collect();
            for glyph in unicode_only {
                assert!(!text.contains(glyph), "{name}: {glyph} in\n{screen}");
            }
            key(&mut app, KeyCode::PageDown);
        }
    }
}

/// Issue 21.11: a date is edited where the cursor stands — ←/→/Home/End
/// move it, Delete removes the character under it, Ctrl-U clears — and
/// the field shows where the cursor is.
#[test]
fn a_typed_date_is_edited_in_place_with_the_cursor_keys() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\ncopenhagen\n"); // to the arrival date
    let arrival = app.screen();
    keys(&mut app, "1.12.206");
    // The missing 2 goes in before the last two digits.
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Left);
    assert_eq!(
        app.screen(),
        arrival,
        "← in text moves, it does not go back"
    );
    keys(&mut app, "2");
    assert_eq!(app.input(), "1.12.2206");
    assert_eq!(app.input_cursor(), 7);
    // The wrong year: Home, → to the second 2 of 2206, Delete it, → past
    // the 0, type 2.
    key(&mut app, KeyCode::Home);
    assert_eq!(app.input_cursor(), 0);
    for _ in 0..6 {
        key(&mut app, KeyCode::Right);
    }
    key(&mut app, KeyCode::Delete);
    key(&mut app, KeyCode::Right);
    keys(&mut app, "2");
    assert_eq!(app.input(), "1.12.2026");
    // The cursor stands on the character after it, drawn reversed.
    let mut buffer = crate::common::ui::buffer(&mut app, 80, 24);
    let row = (0..24)
        .find(|&y| {
            (0..80)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                .contains("> 1.12.2026")
        })
        .expect("the field is drawn");
    let line: String = (0..80)
        .map(|x| buffer[(x, row)].symbol().to_string())
        .collect();
    let x = u16::try_from(line.find("> 1.12.2026").expect("field")).expect("x") + 2 + 8;
    assert_eq!(buffer[(x, row)].symbol(), "6");
    assert!(
        buffer[(x, row)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED),
        "the character under the cursor is shown reversed"
    );
    assert!(!buffer[(x - 1, row)]
        .modifier
        .contains(ratatui::style::Modifier::REVERSED));
    buffer.reset();
    // End, and the date is given.
    key(&mut app, KeyCode::End);
    assert_eq!(app.input_cursor(), 9);
    // Ctrl-U clears the field; an empty field's ← goes back again.
    crate::common::ui::press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert!(app.input().is_empty());
    keys(&mut app, "1.12.2026\n");
    assert_eq!(
        app.session().answers().get(arrival_id(content)),
        Some(&cpr_guide::engine::Answer::Date(jiff::civil::date(
            2026, 12, 1
        )))
    );
}

/// Issue 21.11: a date typed, left with Esc and returned to is there
/// again, so Enter gives it — and the deadlines are dated.
#[test]
fn a_date_typed_and_left_with_esc_is_there_on_return() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\ncopenhagen\n"); // to the arrival date
    let arrival = app.screen();
    keys(&mut app, "1.12.2026");
    keys(&mut app, "\x1b");
    assert_ne!(app.screen(), arrival);
    keys(&mut app, "copenhagen\n"); // the municipality again
    assert_eq!(app.screen(), arrival);
    assert_eq!(app.input(), "1.12.2026", "the date typed is kept");
    assert!(screen_text(&app, 80, 24).contains("> 1.12.2026"));
    keys(&mut app, "\n");
    assert_ne!(app.screen(), arrival);
    assert_eq!(
        app.session().answers().get(arrival_id(content)),
        Some(&cpr_guide::engine::Answer::Date(jiff::civil::date(
            2026, 12, 1
        )))
    );
    // Starting over forgets it.
    keys(&mut app, "\x1b\x1b");
    crate::common::ui::press(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    keys(&mut app, "y");
    keys(&mut app, "22321\ncopenhagen\n"); // English again, then as before
    assert_eq!(app.screen(), arrival);
    assert!(app.input().is_empty());
}

fn arrival_id(content: &cpr_guide::content::Content) -> cpr_guide::content::QuestionId {
    content.question("arrival").expect("q").0
}

/// Issue 21.18: once matches are listed under the municipality search, the
/// line under the field says how to choose — no error mark stays there.
#[test]
fn the_search_error_goes_away_once_matches_are_listed() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\n"); // to the municipality
    let wrong = Theme::default().glyphs.wrong;
    // Enter on nothing typed is an error: there is nothing to choose from.
    keys(&mut app, "\n");
    assert!(screen_text(&app, 80, 24).contains(wrong));
    // Typing lists matches; Enter without choosing lists them still, and
    // the line says how to choose, without an error mark.
    keys(&mut app, "28\n");
    let screen = screen_text(&app, 80, 24);
    assert!(screen.contains("Gladsaxe"), "{screen}");
    assert!(!screen.contains(wrong), "{screen}");
    assert!(screen.contains("Choose one with"), "{screen}");
    // A postcode several municipalities share: Enter says why it took
    // nothing; choosing among them with the arrows ends that.
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "3500\n");
    assert!(screen_text(&app, 80, 24).contains(wrong));
    key(&mut app, KeyCode::Down);
    let screen = screen_text(&app, 80, 24);
    assert!(!screen.contains(wrong), "{screen}");
    assert!(screen.contains("3500"), "{screen}");
    // Nothing found is still said.
    crate::common::ui::press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    keys(&mut app, "zzzz\n");
    assert!(screen_text(&app, 80, 24).contains(wrong));
}

/// Issue 21.18: a date more than a year from today is asked about before
/// it is taken — yes takes it, no leaves it in the field to correct; a
/// date within the year goes straight on; written months are read.
#[test]
fn a_date_far_from_today_is_asked_about_first() {
    let content = content();
    let catalog = catalog();
    let mut app = started(content, catalog);
    keys(&mut app, "2321\ncopenhagen\n"); // to the arrival date
    let arrival = app.screen();
    keys(&mut app, "1.1.2030\n");
    assert!(matches!(app.overlay(), Some(Overlay::ConfirmDate { .. })));
    let screen = screen_text(&app, 80, 24)
        .replace('│', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(screen.contains("1 January 2030"), "{screen}");
    assert!(screen.contains("Is that right?"), "{screen}");
    assert_eq!(app.screen(), arrival, "not taken yet");
    // No: the date stays in the field to be corrected.
    keys(&mut app, "n");
    assert_eq!(app.overlay(), None);
    assert_eq!(app.screen(), arrival);
    assert_eq!(app.input(), "1.1.2030");
    assert_eq!(app.session().answers().get(arrival_id(content)), None);
    // Corrected to a date within the year: taken at once.
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "27\n");
    assert_eq!(app.overlay(), None);
    assert_ne!(app.screen(), arrival);
    assert_eq!(
        app.session().answers().get(arrival_id(content)),
        Some(&cpr_guide::engine::Answer::Date(jiff::civil::date(
            2027, 1, 1
        )))
    );
    // Back, a far date again, and yes: taken as typed.
    keys(&mut app, "\x1b");
    crate::common::ui::press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    keys(&mut app, "1 February 2030\n");
    assert!(matches!(app.overlay(), Some(Overlay::ConfirmDate { .. })));
    keys(&mut app, "1");
    assert_ne!(app.screen(), arrival);
    assert_eq!(
        app.session().answers().get(arrival_id(content)),
        Some(&cpr_guide::engine::Answer::Date(jiff::civil::date(
            2030, 2, 1
        )))
    );
}

/// Nothing is chosen for a visitor: a question they have not answered has
/// no option highlighted, and Enter alone says how to choose instead of
/// answering (a kiosk visitor pressing Enter through would otherwise say
/// yes to everything). An answered question shows its answer.
#[test]
fn enter_alone_never_answers_a_question() {
    let content = content();
    let catalog = catalog();
    for (lang, said) in [
        ("2", "Choose an answer first: type its number (1–5)"),
        ("1", "Vælg et svar først: skriv dets nummer (1–5)"),
        ("3", "Velg et svar først: skriv nummeret (1–5)"),
    ] {
        let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
        keys(&mut app, lang);
        let first = app.screen();
        assert!(matches!(first, Screen::Question(_)), "{first:?}");
        assert!(app.selected() >= 5, "nothing highlighted");
        assert!(!screen_text(&app, 80, 24).contains('▶'));
        keys(&mut app, "\n");
        assert_eq!(app.screen(), first, "Enter alone answered");
        let shown = screen_text(&app, 80, 24);
        assert!(shown.contains(said), "{shown}");
        // The arrows start at the first option; then Enter takes it.
        key(&mut app, KeyCode::Down);
        assert_eq!(app.selected(), 0);
        assert!(!screen_text(&app, 80, 24).contains(said));
        keys(&mut app, "\n");
        assert_ne!(app.screen(), first);
        // Back: the answer given is highlighted.
        key(&mut app, KeyCode::Esc);
        assert_eq!(app.screen(), first);
        assert_eq!(app.selected(), 0);
    }
    // The CPR question keeps "No" highlighted: most newcomers have none.
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "22321");
    let shown = screen_text(&app, 80, 24);
    assert!(
        shown.contains("Do you already have a Danish CPR number?"),
        "{shown}"
    );
    assert_eq!(app.selected(), 1);
}

#[test]
fn how_to_choose_is_in_sight_on_a_small_screen() {
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    update(&mut app, Msg::Resize(40, 12));
    keys(&mut app, "3\n");
    let shown = screen_text(&app, 40, 12);
    assert!(shown.contains("Velg et svar først"), "{shown}");
}
