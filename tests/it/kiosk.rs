//! Kiosk mode: the idle reset and countdown on an injected clock (no
//! sleeping), nothing of a visitor left in state or on screen, the keys that
//! must not end it, the staff PIN, "You are here", printing, and a soak of
//! 4,000 visits that must not grow state or memory.

use crate::common::ui::{keys, kiosk_config, now, press, screen_text};
use crate::common::{catalog, content, TODAY};
use cpr_guide::i18n::Lang;
use cpr_guide::kiosk::KioskConfig;
use cpr_guide::tui::app::{update, App, Effect, Msg, Overlay, PinBlock, Screen};
use crossterm::event::{KeyCode, KeyModifiers};

/// A valid CPR number whose digits (0 4 5 6 7 8 9) never appear on the
/// welcome screen, whose only digits are the option numbers 1, 2 and 3.
const CPR: &str = "070765-4985";

#[test]
fn idle_visit_counts_down_then_is_wiped() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
    assert_eq!(app.lang(), Lang::Da, "the site's language");
    update(&mut app, Msg::Tick(1_000));
    keys(&mut app, "22"); // English, EU
    keys(&mut app, "32"); // more than 6 months, not a job-seeker
    keys(&mut app, "1"); // to work
    keys(&mut app, "1"); // has a CPR number
    keys(&mut app, CPR);
    assert!(!app.session().answers().is_empty() && !app.input().is_empty());

    // Idle since t = 1 s: nothing until the last 20 of the 120 seconds.
    update(&mut app, Msg::Tick(100_999));
    assert_eq!(app.countdown(), None);
    update(&mut app, Msg::Tick(101_000));
    assert_eq!(app.countdown(), Some(20));
    assert!(screen_text(&app, 80, 24).contains("Are you still there? Press any key."));
    update(&mut app, Msg::Tick(111_500));
    assert_eq!(app.countdown(), Some(10));
    assert!(screen_text(&app, 80, 24).contains("starts over in 10 seconds"));

    // A key during the countdown only says someone is there.
    let before = app.session().answers().clone();
    keys(&mut app, "x");
    assert_eq!(*app.session().answers(), before);
    assert_eq!(app.countdown(), None);
    assert_eq!(app.input(), CPR, "the key was not typed");

    // From that key, the whole timeout again: reset at exactly 120 s.
    update(&mut app, Msg::Tick(111_500 + 119_999));
    assert_eq!(
        app.screen(),
        Screen::Question(content.question("cpr").expect("q").0)
    );
    update(&mut app, Msg::Tick(111_500 + 120_000));
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(app.session().answers().is_empty());
    assert!(app.input().is_empty());
    assert_eq!(app.lang(), Lang::Da);
    assert!(app.needs_clear(), "the runtime must wipe the terminal");
    for (w, h) in [(80, 24), (40, 12), (120, 40)] {
        let shown = screen_text(&app, w, h);
        for digit in "0456789".chars() {
            assert!(
                !shown.contains(digit),
                "digit {digit} of the CPR on screen at {w}x{h}:\n{shown}"
            );
        }
    }
    // An untouched welcome screen does not count down.
    update(&mut app, Msg::Tick(111_500 + 230_000));
    assert_eq!(app.countdown(), None);
}

#[test]
fn keys_that_must_not_end_a_kiosk() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
    for (code, modifiers) in [
        (KeyCode::Char('c'), KeyModifiers::CONTROL),
        (KeyCode::Char('z'), KeyModifiers::CONTROL),
        (KeyCode::Char('\\'), KeyModifiers::CONTROL),
        (KeyCode::Char('q'), KeyModifiers::NONE),
        (KeyCode::Esc, KeyModifiers::NONE),
        (KeyCode::F(12), KeyModifiers::NONE), // no PIN configured: no way out
    ] {
        press(&mut app, code, modifiers);
        assert!(!app.wants_quit(), "{code:?}");
        assert_eq!(app.overlay(), None, "{code:?}");
        assert_eq!(app.screen(), Screen::Welcome, "{code:?}");
    }
    keys(&mut app, "2");
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(app.overlay(), None, "no quit question at a kiosk");
}

#[test]
fn staff_leave_with_the_pin() {
    let content = content();
    let catalog = catalog();
    let hash = cpr_guide::kiosk::hash_pin("2468").expect("hash");
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(KioskConfig {
            exit_pin: Some(hash),
            ..kiosk_config()
        });
    update(&mut app, Msg::Tick(1_000));
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    assert!(matches!(app.overlay(), Some(Overlay::StaffPin { .. })));
    keys(&mut app, "1357");
    assert!(
        !screen_text(&app, 80, 24).contains("1357"),
        "the PIN is not shown"
    );
    assert!(screen_text(&app, 80, 24).contains("••••"));
    keys(&mut app, "\n");
    assert!(!app.wants_quit());
    assert!(app.overlay().is_none(), "a wrong PIN closes the prompt");
    // Straight back: wait, and typing does nothing meanwhile.
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    assert!(screen_text(&app, 80, 24).contains("Forkert pinkode"));
    keys(&mut app, "2468\n");
    assert!(!app.wants_quit(), "no PIN is taken while staff must wait");
    update(&mut app, Msg::Tick(2_000));
    keys(&mut app, "\x1b");
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    keys(&mut app, "2468\n");
    assert!(app.wants_quit());
}

#[test]
fn wrong_pins_wait_longer_each_time_then_lock_until_the_kiosk_is_idle() {
    let content = content();
    let catalog = catalog();
    let hash = cpr_guide::kiosk::hash_pin("2468").expect("hash");
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(KioskConfig {
            exit_pin: Some(hash),
            ..kiosk_config()
        });
    let mut clock = 1_000;
    let mut waits = Vec::new();
    for _ in 0..4 {
        update(&mut app, Msg::Tick(clock));
        press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
        keys(&mut app, "0000\n");
        // How long until a PIN is taken again, to the second.
        let mut waited = 0;
        while app.pin_block() != PinBlock::Open {
            clock += 500;
            waited += 500;
            update(&mut app, Msg::Tick(clock));
            assert!(waited < 60_000);
        }
        waits.push(waited);
        keys(&mut app, "\x1b");
    }
    assert_eq!(waits, [1_000, 2_000, 4_000, 8_000], "the delay doubles");
    // The fifth wrong PIN locks staff exit, however long one waits at it
    // (keys keep the kiosk from being idle).
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    keys(&mut app, "0000\n");
    for _ in 0..10 {
        clock += 10_000;
        update(&mut app, Msg::Tick(clock));
        press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
        keys(&mut app, "2468\n");
        assert!(!app.wants_quit());
        assert_eq!(app.pin_block(), PinBlock::Locked);
        keys(&mut app, "\x1b");
    }
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    assert!(screen_text(&app, 80, 24).contains("For mange forkerte pinkoder"));
    keys(&mut app, "\x1b");
    // Staff are told of each wrong PIN (in the journal), counting on.
    let told: Vec<u32> = app
        .take_effects()
        .into_iter()
        .filter_map(|e| match e {
            Effect::WrongPin(n) => Some(n),
            _ => None,
        })
        .collect();
    assert_eq!(told, [1, 2, 3, 4, 5]);
    // Left idle, the kiosk resets, and staff may try once more; another
    // wrong PIN locks it again, and the waits go on doubling (32 s now):
    // waiting out the idle time never starts the count again.
    clock += 121_000;
    update(&mut app, Msg::Tick(clock));
    assert_eq!(app.pin_block(), PinBlock::Open);
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    keys(&mut app, "1111\n");
    assert_eq!(app.pin_block(), PinBlock::Locked);
    clock += 121_000;
    update(&mut app, Msg::Tick(clock));
    assert_eq!(
        app.pin_block(),
        PinBlock::Open,
        "32 s and the idle time passed"
    );
    press(&mut app, KeyCode::F(12), KeyModifiers::NONE);
    keys(&mut app, "2468\n");
    assert!(app.wants_quit());
}

#[test]
fn the_kiosk_office_is_marked_and_preferred() {
    let content = content();
    let catalog = catalog();
    let site = content.offices.iter().position(|o| o.id == "ihcph");
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(KioskConfig {
            site,
            print_command: vec!["true".into()],
            ..kiosk_config()
        });
    // English, EU, > 6 months, not a job-seeker, to work, no CPR, Furesø,
    // no arrival, not from Nordic, adult, no children, unmarried, documents
    // fine; then the result.
    keys(&mut app, "22321\nfuresø\n\n21221\n");
    assert_eq!(app.screen(), Screen::Result);
    let view = app.result().expect("result");
    assert_eq!(
        view.offices[0].id, "ihcph",
        "the office you are in comes first where you may choose it"
    );
    update(&mut app, Msg::Resize(80, 24));
    assert!(
        screen_text(&app, 80, 24).contains("◀ You are here"),
        "{}",
        screen_text(&app, 80, 24)
    );

    app.take_effects();
    // However often p is pressed, one print at a time.
    keys(&mut app, &"p".repeat(300));
    assert!(
        matches!(app.effects(), [Effect::Print(text)] if text.contains("Valid passport or national ID card"))
    );
    update(&mut app, Msg::Printed(Some("lp: exit status: 1".into())));
    update(&mut app, Msg::Resize(80, 40));
    assert!(
        screen_text(&app, 80, 40).contains("Printing failed: lp: exit status: 1"),
        "{}",
        screen_text(&app, 80, 40)
    );
    app.take_effects();
    keys(&mut app, "pp");
    assert_eq!(app.effects().len(), 1, "the next print once the last ended");
}

#[test]
fn a_kiosk_prints_the_weekly_hours_and_when_it_was_printed() {
    let content = content();
    let catalog = catalog();
    let site = content.offices.iter().position(|o| o.id == "ihcph");
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(KioskConfig {
            site,
            print_command: vec!["true".into()],
            ..kiosk_config()
        });
    // As above: an EU citizen to Furesø, on Sunday 22 November at 10:00,
    // when the screen says the office is closed now.
    keys(&mut app, "22321\nfuresø\n\n21221\n");
    assert_eq!(app.screen(), Screen::Result);
    update(&mut app, Msg::Resize(80, 200));
    let screen = screen_text(&app, 80, 200);
    assert!(screen.contains("Closed now"), "{screen}");
    app.take_effects();
    keys(&mut app, "p");
    let [Effect::Print(text)] = app.effects() else {
        panic!("one print: {:?}", app.effects());
    };
    for stale in ["Closed now", "Open now", "(today)", "Today is"] {
        assert!(!text.contains(stale), "{stale:?}\n{text}");
    }
    assert!(text.contains("    Monday 09:00–15:00\n"), "{text}");
    assert_eq!(
        text.trim_end().lines().last(),
        Some("Made on 22 November 2026 at 10:00."),
        "{text}"
    );
}

#[test]
fn nothing_is_saved_at_a_kiosk() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
    // English, tax only, no CPR, another country, not in Sweden, job start,
    // unmarried; then the result.
    keys(&mut app, "24\n322027-04-01\n2\n");
    assert_eq!(app.screen(), Screen::Result);
    app.take_effects();
    keys(&mut app, "s");
    assert_eq!(app.overlay(), None);
    assert!(app.effects().is_empty());
}

#[test]
fn a_kiosk_at_an_ics_centre_offers_its_municipality_and_marks_its_office() {
    let content = content();
    let catalog = catalog();
    let site = content.offices.iter().position(|o| o.id == "ics-west");
    let aarhus = content.municipality("aarhus").map(|(m, _)| m.index());
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(KioskConfig {
            site,
            municipality: aarhus,
            ..kiosk_config()
        });
    // English, EU, > 6 months, not a job-seeker, to work, no CPR: the
    // municipality question offers Aarhus, highlighted, before anything is
    // typed.
    keys(&mut app, "22321\n");
    let rows = app.place_rows();
    assert_eq!(rows.first().map(|r| r.value.as_str()), Some("aarhus"));
    assert_eq!(app.selected(), 0);
    let screen = screen_text(&app, 80, 24);
    assert!(
        screen
            .lines()
            .any(|l| l.contains('▶') && l.contains("Aarhus")),
        "{screen}"
    );
    // Enter takes it; the rest as before.
    keys(&mut app, "\n\n21221\n");
    assert_eq!(app.screen(), Screen::Result);
    let view = app.result().expect("result");
    let here: Vec<_> = view
        .offices
        .iter()
        .filter(|o| o.here)
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(here, ["ics-west"]);
    assert_eq!(
        view.municipality.as_ref().map(|m| m.id.as_str()),
        Some("aarhus")
    );
    update(&mut app, Msg::Resize(80, 24));
    assert!(screen_text(&app, 80, 24).contains("You are here"));
    // The next visitor starts with nothing but the offer.
    app.reset();
    keys(&mut app, "22321\n");
    assert!(app.session().answers().len() == 5);
}

#[test]
fn a_kiosk_site_names_its_municipality_only_when_it_serves_one() {
    let content = content();
    let office = |id: &str| content.office(id).map(|(o, _)| o.index()).expect(id);
    let municipality =
        |m: Option<usize>| m.map(|m| content.municipalities.as_slice()[m].id.clone());
    use cpr_guide::kiosk::site_municipality;
    assert_eq!(
        municipality(site_municipality(content, office("borgerservice-koege"))).as_deref(),
        Some("koege")
    );
    assert_eq!(
        municipality(site_municipality(
            content,
            office("borgerservice-vaerloese")
        ))
        .as_deref(),
        Some("furesoe")
    );
    // An ICS centre serves many municipalities: none is offered first.
    for centre in ["ihcph", "ics-west", "ics-north", "skattestyrelsen"] {
        assert_eq!(site_municipality(content, office(centre)), None, "{centre}");
    }
}

#[test]
fn four_kiosks_sharing_one_counters_file_lose_no_count() {
    use cpr_guide::kiosk::counters::record;
    use cpr_guide::kiosk::{Counters, CountersFormat};
    // Each count is synced to disk: the second format checks less.
    for (format, name, visits) in [
        (CountersFormat::Json, "counters.json", 500),
        (CountersFormat::Prometheus, "counters.prom", 50),
    ] {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(name);
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // A reader (node_exporter, say) never sees an empty or half file.
        let reader = {
            let (path, done) = (path.clone(), done.clone());
            std::thread::spawn(move || {
                let mut reads = 0;
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    if let Ok(text) = std::fs::read_to_string(&path) {
                        assert!(!text.is_empty(), "an empty counters file was seen");
                        assert!(Counters::parse(&text, format).is_some(), "{text}");
                        reads += 1;
                    }
                }
                reads
            })
        };
        let kiosks: Vec<_> = (0..4)
            .map(|k| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for visit in 0..visits {
                        let outcome = if (k + visit) % 3 == 0 {
                            "register"
                        } else {
                            "tax-number"
                        };
                        record(&path, format, outcome).expect("counted");
                    }
                })
            })
            .collect();
        for kiosk in kiosks {
            kiosk.join().expect("kiosk");
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        assert!(reader.join().expect("reader") > 0);
        let text = std::fs::read_to_string(&path).expect("read");
        let counters = Counters::parse(&text, format).expect("counters");
        assert_eq!(counters.total(), 4 * visits, "{text}");
        // Nothing but the file and its lock is left behind.
        let left = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(left, 2);
    }
}

#[test]
fn a_counters_file_that_is_something_else_is_left_alone() {
    use cpr_guide::kiosk::counters::record;
    use cpr_guide::kiosk::{CountersError, CountersFormat};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("counters.json");
    std::fs::write(&path, "these are my notes\n").expect("write");
    let err = record(&path, CountersFormat::Json, "register").expect_err("refused");
    assert!(matches!(err, CountersError::Malformed(_)));
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        "these are my notes\n"
    );
    // A link is not followed, nor replaced.
    let target = dir.path().join("elsewhere.json");
    std::fs::write(&target, "{}").expect("write");
    let link = dir.path().join("linked.json");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let err = record(&link, CountersFormat::Json, "register").expect_err("refused");
    assert!(matches!(err, CountersError::NotAFile(_)));
    assert!(std::fs::symlink_metadata(&link)
        .expect("link")
        .file_type()
        .is_symlink());
    // A counter at its limit stays there: never back to zero.
    let full = dir.path().join("full.json");
    std::fs::write(
        &full,
        format!("{{\"outcomes\": {{\"register\": {}}}}}", u64::MAX),
    )
    .expect("write");
    record(&full, CountersFormat::Json, "register").expect("counted");
    assert!(std::fs::read_to_string(&full)
        .expect("read")
        .contains(&u64::MAX.to_string()));
    // A folder that cannot be written says why.
    let err = record(
        std::path::Path::new("/proc/cpr-guide/counters.json"),
        CountersFormat::Json,
        "register",
    )
    .expect_err("refused");
    assert!(matches!(err, CountersError::Io(..)));
}

#[test]
fn a_kiosk_never_offers_q_and_needs_a_terminal() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
    update(&mut app, Msg::Resize(80, 24));
    // The welcome screen, a question, the result, and the help.
    let mut screens = vec![screen_text(&app, 80, 24)];
    keys(&mut app, "24\n322027-04-01\n2");
    screens.push(screen_text(&app, 80, 24));
    keys(&mut app, "\n");
    screens.push(screen_text(&app, 80, 24));
    keys(&mut app, "?");
    screens.push(screen_text(&app, 80, 24));
    for screen in &screens {
        assert!(
            !screen.contains("q afslut")
                && !screen.contains("q quit")
                && !screen.contains("Ctrl-C"),
            "{screen}"
        );
    }
    // Without a terminal: the translated reason, never a panic.
    let o = crate::common::run_with_input(&["--kiosk", "--lang", "da"], "");
    assert_eq!(o.status.code(), Some(2));
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains("En kiosk skal køre i en terminal"), "{said}");
}

#[test]
fn the_systemd_unit_starts_a_kiosk_the_program_accepts() {
    let unit = include_str!("../../contrib/cpr-guide-kiosk.service");
    let exec = unit
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .expect("ExecStart");
    let mut words: Vec<String> = exec.split_whitespace().map(str::to_string).collect();
    assert_eq!(words.remove(0), "/usr/local/bin/cpr-guide");
    // The shipped content stands in for /etc/cpr-guide/content.
    let content_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content");
    if let Some(i) = words.iter().position(|w| w == "--content") {
        words[i + 1] = content_dir.to_string();
    }
    assert!(unit.contains("Environment=TERM=linux") && unit.contains("Restart=always"));
    assert!(unit.contains("StandardError=journal"));
    // Without a terminal it stops at once with the translated reason: the
    // options and the site are accepted.
    let args: Vec<&str> = words.iter().map(String::as_str).collect();
    let o = crate::common::run_with_input(&args, "");
    let said = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{said}");
    assert!(said.contains("terminal"), "{said}");
}

#[test]
fn input_still_arriving_keeps_the_visit_and_a_paste_is_never_swallowed() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(KioskConfig {
            idle_timeout: 5,
            countdown: 2,
            ..kiosk_config()
        });
    // English, EU, > 6 months, not a job-seeker, to work: at the CPR field.
    keys(&mut app, "22321");
    let at = app.screen();
    // A slow paste: bytes every half second for 8 seconds, no key yet.
    let mut clock = 0;
    for _ in 0..16 {
        clock += 500;
        update(&mut app, Msg::Tick(clock));
        update(&mut app, Msg::Activity);
    }
    assert_eq!(app.screen(), at, "no reset while input arrives");
    // In the countdown, a paste both says someone is there and is typed.
    clock += 3_500;
    update(&mut app, Msg::Tick(clock));
    assert!(app.countdown().is_some());
    update(
        &mut app,
        Msg::Paste(zeroize::Zeroizing::new("010190-1234".to_string())),
    );
    assert!(app.countdown().is_none());
    assert_eq!(app.input(), "010190-1234");
}

#[test]
fn the_codes_drawn_for_a_visit_are_forgotten_with_it() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
    update(&mut app, Msg::Tick(1_000));
    // English, Nordic, more than 6 months, no number, Copenhagen, arriving
    // 1 December: a result with a dated deadline, so a calendar code.
    keys(&mut app, "213\ncopenhagen\n1.12.2026\n22211");
    keys(&mut app, "21\n");
    assert_eq!(
        app.screen(),
        Screen::Result,
        "{}",
        screen_text(&app, 80, 24)
    );
    crate::common::ui::draw(&mut app, 200, 60);
    assert!(!app.qr().is_empty(), "the result shows its codes at 200×60");
    // The visitor leaves; the next one finds no code of theirs kept.
    update(&mut app, Msg::Tick(1_000 + 120_000 + 1));
    assert_eq!(app.screen(), Screen::Welcome);
    assert!(app.qr().is_empty());
}

#[test]
fn a_visitor_can_clear_their_answers_from_the_result_and_the_review() {
    let content = content();
    let catalog = catalog();
    for lang_key in ["1", "2", "3"] {
        let mut app =
            App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
        update(&mut app, Msg::Tick(1_000));
        keys(&mut app, lang_key);
        keys(&mut app, "13\ncopenhagen\n\n22211");
        assert_eq!(
            app.screen(),
            Screen::Review,
            "{}",
            screen_text(&app, 80, 24)
        );
        let review = screen_text(&app, 80, 24);
        // The way to leave nothing behind, and the 120 s, in words.
        let said = [
            ("1", "Tryk D", "2 minutter"),
            ("2", "Press D", "2 minutes"),
            ("3", "Trykk D", "2 minutter"),
        ]
        .into_iter()
        .find(|(k, _, _)| *k == lang_key)
        .expect("language");
        assert!(
            review.contains(said.1) && review.contains(said.2),
            "{review}"
        );
        keys(&mut app, "\n");
        assert_eq!(app.screen(), Screen::Result);
        assert!(screen_text(&app, 80, 24).contains(said.1));
        keys(&mut app, "d");
        assert_eq!(app.screen(), Screen::Welcome);
        assert!(app.session().answers().is_empty() && app.result().is_none());
        assert!(app.needs_clear());
    }
    // On the review too; and never outside a kiosk (d is nothing there).
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_kiosk(kiosk_config());
    keys(&mut app, "213\ncopenhagen\n\n22211");
    keys(&mut app, "D");
    assert_eq!(app.screen(), Screen::Welcome);
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "213\ncopenhagen\n\n22211\n");
    keys(&mut app, "d");
    assert_eq!(app.screen(), Screen::Result);
    assert!(!screen_text(&app, 80, 24).contains("Press D"));
}
