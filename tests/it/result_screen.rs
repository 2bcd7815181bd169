//! The result screen: what people came for on the first screen at 80×24,
//! two columns from 120, hours on demand, undated duties apart, a scroll
//! marker that never covers text, footers that fit, colours for dark and
//! light terminals, and the codes to take away decoded as a phone would.
//! Every expectation comes from the result's own view, not from copies of
//! its words.

use crate::common::ui::{buffer, draw, key, keys, now, press, screen_text};
use crate::common::{catalog, content, TODAY};
use cpr_guide::i18n::Lang;
use cpr_guide::output::calendar_deadlines;
use cpr_guide::tui::app::{update, App, Msg, Overlay, Screen};
use cpr_guide::tui::view::{Theme, TWO_COLUMNS};
use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::style::Color;

/// Key paths from the welcome screen's language to the review, one per
/// situation (see tui.rs), with the date of arrival given where asked.
const PATHS: [&str; 5] = [
    "13\ncopenhagen\n1.12.2026\n221221",
    "2321\nfuresø\n2026-12-01\n21221",
    "331\n\n↓\n\n212221",
    "4\n322027-04-01\n2",
    "52\n1",
];

fn result_app<'a>(
    content: &'a cpr_guide::content::Content,
    catalog: &'a cpr_guide::i18n::Catalog,
    lang: usize,
    path: &str,
) -> App<'a> {
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_theme(Theme::default());
    keys(&mut app, &format!("{}{path}\n", lang + 1));
    assert_eq!(app.screen(), Screen::Result, "{lang} {path}");
    app
}

/// The screen's words with frames and line breaks taken out.
fn words(screen: &str) -> String {
    screen
        .chars()
        .map(|c| {
            if "│┌┐└┘─".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_card_shows_what_to_act_on_without_scrolling_at_80x24() {
    let content = content();
    let catalog = catalog();
    for lang in 0..3 {
        let t = catalog.lang(Lang::ALL[lang]);
        for path in PATHS {
            let mut app = result_app(content, catalog, lang, path);
            let screen = draw(&mut app, 80, 24);
            let first = words(&screen);
            let view = app.result().expect("view").clone();
            let mut wanted = vec![norm(&view.summary)];
            if let Some(office) = view.offices.first() {
                wanted.push(norm(&office.name));
                wanted.extend(office.address.first().map(|a| norm(a)));
                wanted.extend(office.status_text.as_deref().map(norm));
            }
            // The next date to meet ("by"), else the first date at all,
            // else a deadline waiting for a date not given.
            let ahead = |d: &&cpr_guide::output::DeadlineView| {
                d.date.is_some() && d.status != Some(cpr_guide::engine::DeadlineStatus::Past)
            };
            let next = view
                .deadlines
                .iter()
                .filter(ahead)
                .find(|d| d.kind == cpr_guide::content::DeadlineKind::By)
                .or_else(|| view.deadlines.iter().find(ahead))
                .or_else(|| {
                    view.deadlines
                        .iter()
                        .find(|d| d.date.is_none() && d.status_text.is_some())
                });
            if let Some(d) = next {
                wanted.push(norm(&d.title));
                wanted.extend(d.when.as_deref().map(norm));
                // Its state on a row of its own, never run into the title.
                if let Some(status) = &d.status_text {
                    let start: String = status.chars().take(20).collect();
                    assert!(
                        screen.lines().any(|r| r
                            .trim_matches(|c: char| c == '│' || c.is_whitespace())
                            .starts_with(&start)),
                        "{lang} {path}: {status:?} on its own row:\n{screen}"
                    );
                }
            }
            if !view.documents.is_empty() {
                let mut fluent = cpr_guide::i18n::FluentArgs::new();
                fluent.set("count", view.documents.len() as i64);
                // Documents for more than one office: that many visits.
                let offices: std::collections::BTreeSet<_> = view
                    .document_steps
                    .iter()
                    .filter(|s| {
                        view.documents
                            .iter()
                            .any(|d| d.step.as_ref() == Some(&s.id))
                    })
                    .map(|s| s.office.clone())
                    .collect();
                fluent.set("visits", offices.len() as i64);
                let id = if offices.len() > 1 {
                    "ui-card-documents-visits"
                } else {
                    "ui-card-documents"
                };
                wanted.push(norm(&t.text_with(id, &fluent)));
            }
            for w in wanted {
                assert!(first.contains(&w), "{lang} {path}: {w:?} not in\n{first}");
            }
        }
    }
}

/// The rows of the whole result at `width` (drawn tall enough for all).
fn whole(app: &mut App<'_>, width: u16) -> Vec<String> {
    let screen = draw(app, width, 400);
    screen.lines().map(str::to_string).collect()
}

#[test]
fn from_120_columns_the_details_stand_in_two_columns() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, PATHS[1]);
    let view = app.result().expect("view").clone();
    let deadlines = view.words.deadlines.to_uppercase();
    let documents = view.words.documents.to_uppercase();
    let side_by_side = |rows: &[String]| {
        rows.iter()
            .any(|r| r.contains(&deadlines) && r.contains(&documents))
    };
    assert!(!side_by_side(&whole(&mut app, 80)), "one column at 80");
    assert!(!side_by_side(&whole(&mut app, (TWO_COLUMNS - 1) as u16)));
    for (w, h) in [(120, 40), (200, 60)] {
        let screen = draw(&mut app, w, h);
        let rows: Vec<String> = screen.lines().map(str::to_string).collect();
        assert!(side_by_side(&rows), "{w}x{h}:\n{screen}");
        // At a kiosk's size everything to act on is on the one screen.
        if w == 200 {
            // The right-hand column, where the documents and steps stand
            // (the codes beside it are cut off).
            let at = rows
                .iter()
                .find_map(|r| r.find(&documents).map(|b| r[..b].chars().count()))
                .expect("documents");
            let right: String = rows
                .iter()
                .map(|r| r.chars().skip(at).take(74).collect::<String>() + "\n")
                .collect();
            let all = words(&right);
            for doc in &view.documents {
                assert!(all.contains(&norm(&doc.name)), "{}:\n{screen}", doc.name);
            }
            for step in &view.steps {
                assert!(all.contains(&norm(&step.text)), "{}:\n{screen}", step.text);
            }
        }
    }
}

#[test]
fn hours_show_today_and_the_whole_week_on_h() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, PATHS[1]);
    let view = app.result().expect("view").clone();
    let office = view
        .offices
        .iter()
        .find(|o| !o.week.is_empty())
        .expect("weekly hours");
    let today = office.week.iter().find(|d| d.is_today).expect("today");
    let days_shown = |rows: &[String]| {
        office
            .week
            .iter()
            .filter(|d| {
                rows.iter()
                    .any(|r| r.trim_start().starts_with(&d.day_name) && r.contains(&d.text))
            })
            .count()
    };
    let rows = whole(&mut app, 80);
    assert_eq!(days_shown(&rows), 0, "{}", rows.join("\n"));
    assert!(
        rows.iter().any(|r| r.contains(&today.text)),
        "today's hours"
    );
    key(&mut app, KeyCode::Char('h'));
    assert_eq!(days_shown(&whole(&mut app, 80)), 7);
    key(&mut app, KeyCode::Char('h'));
    assert_eq!(days_shown(&whole(&mut app, 80)), 0);
}

#[test]
fn undated_duties_stand_apart_from_dated_deadlines() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, PATHS[1]);
    let view = app.result().expect("view").clone();
    let later = catalog
        .lang(Lang::En)
        .text("ui-heading-later")
        .to_uppercase();
    let rows = whole(&mut app, 80);
    let at = |text: &str| rows.iter().position(|r| r.contains(text));
    let later_at = at(&later).expect("a heading for duties without a date");
    let mut undated = 0;
    for d in &view.deadlines {
        let row = at(&format!(" {}", d.title)).expect("listed");
        if d.date.is_none() && d.status_text.is_none() {
            undated += 1;
            assert!(row > later_at, "{} under {later}", d.title);
        } else {
            assert!(row < later_at, "{} above {later}", d.title);
        }
    }
    assert!(undated > 0, "the case has duties without a date");
}

#[test]
fn the_scroll_marker_has_a_column_of_its_own() {
    let content = content();
    let catalog = catalog();
    for (w, h) in [(80, 24), (40, 12), (120, 40)] {
        let mut app = result_app(content, catalog, 0, PATHS[1]);
        let mut marked = false;
        for _ in 0..60 {
            let buf = buffer(&mut app, w, h);
            for y in 1..h - 1 {
                let last = buf[(w - 1, y)].symbol().to_string();
                assert!(
                    [" ", "▲", "▼"].contains(&last.as_str()),
                    "{w}x{h} row {y}: {last:?} in the marker's column"
                );
                marked |= last != " ";
                // A column of space keeps it off the text.
                assert_eq!(buf[(w - 2, y)].symbol(), " ", "{w}x{h} row {y}: the gap");
            }
            update(&mut app, Msg::Down);
        }
        assert!(marked, "{w}x{h}: the result scrolls and says so");
    }
}

#[test]
fn footers_fit_80_columns_in_every_language() {
    let content = content();
    let catalog = catalog();
    for (lang, l) in Lang::ALL.iter().enumerate() {
        let t = catalog.lang(*l);
        let short = t.text("ui-keys-short");
        let screens = [
            format!("{}", lang + 1),
            format!("{}2232", lang + 1),
            format!("{}2232\ncopenhagen\n", lang + 1),
            format!("{}{}", lang + 1, PATHS[1]),
            format!("{}{}\n", lang + 1, PATHS[1]),
        ];
        for keys_in in screens {
            let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
            keys(&mut app, &keys_in);
            let screen = screen_text(&app, 80, 24);
            let footer = screen.lines().last().expect("footer").trim().to_string();
            assert_ne!(footer, short.trim(), "{keys_in:?}: the keys did not fit");
        }
    }
}

/// sRGB contrast ratio of two colours (WCAG 2).
fn contrast(a: (f64, f64, f64), b: (f64, f64, f64)) -> f64 {
    let lum = |(r, g, b): (f64, f64, f64)| {
        let c = |v: f64| {
            let v = v / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The xterm palette, the commonest reading of the 16 colours.
fn rgb(color: Color) -> Option<(f64, f64, f64)> {
    Some(match color {
        Color::Black => (0.0, 0.0, 0.0),
        Color::Red => (205.0, 0.0, 0.0),
        Color::Green => (0.0, 205.0, 0.0),
        Color::Yellow => (205.0, 205.0, 0.0),
        Color::Blue => (0.0, 0.0, 238.0),
        Color::Magenta => (205.0, 0.0, 205.0),
        Color::Cyan => (0.0, 205.0, 205.0),
        Color::Gray => (229.0, 229.0, 229.0),
        Color::DarkGray => (127.0, 127.0, 127.0),
        Color::LightRed => (255.0, 0.0, 0.0),
        Color::LightGreen => (0.0, 255.0, 0.0),
        Color::LightYellow => (255.0, 255.0, 0.0),
        Color::LightBlue => (92.0, 92.0, 255.0),
        Color::LightMagenta => (255.0, 0.0, 255.0),
        Color::LightCyan => (0.0, 255.0, 255.0),
        Color::White => (255.0, 255.0, 255.0),
        Color::Rgb(r, g, b) => (f64::from(r), f64::from(g), f64::from(b)),
        _ => return None,
    })
}

#[test]
fn the_default_theme_reads_on_dark_and_light_backgrounds() {
    let theme = Theme::default();
    let black = (0.0, 0.0, 0.0);
    let white = (255.0, 255.0, 255.0);
    for style in theme.styles() {
        match (style.fg.and_then(rgb), style.bg.and_then(rgb)) {
            // Its own background: readable against that.
            (Some(fg), Some(bg)) => assert!(contrast(fg, bg) >= 4.5, "{style:?}"),
            // On the terminal's background, whichever it is.
            (Some(fg), None) => {
                assert!(contrast(fg, black) >= 3.0, "{style:?} on black");
                assert!(contrast(fg, white) >= 3.0, "{style:?} on white");
            }
            // The terminal's own text colour, always readable on its own
            // background; a background alone must not hide it.
            (None, Some(_)) => panic!("{style:?}: a background without a text colour"),
            (None, None) => {}
        }
    }
}

/// The QR code drawn in `buf` (cells in the code's colours), decoded.
fn decode_code(buf: &ratatui::buffer::Buffer) -> Option<String> {
    let area = buf.area;
    let style = cpr_guide::tui::view::qr_style();
    let cells: Vec<(u16, u16)> = (0..area.height)
        .flat_map(|y| (0..area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| {
            let cell = &buf[(x, y)];
            cell.fg == style.fg.unwrap_or_default() && cell.bg == style.bg.unwrap_or_default()
        })
        .collect();
    let x0 = cells.iter().map(|c| c.0).min()?;
    let x1 = cells.iter().map(|c| c.0).max()?;
    let y0 = cells.iter().map(|c| c.1).min()?;
    let y1 = cells.iter().map(|c| c.1).max()?;
    // Two modules a cell, four pixels a module, a light margin around.
    let scale = 4usize;
    let margin = 8usize;
    let cols = usize::from(x1 - x0 + 1);
    let rows = usize::from(y1 - y0 + 1) * 2;
    let w = cols * scale + 2 * margin;
    let h = rows * scale + 2 * margin;
    let light = |x: usize, y: usize| -> bool {
        if x < margin || y < margin || x >= w - margin || y >= h - margin {
            return true;
        }
        let mx = (x - margin) / scale;
        let my = (y - margin) / scale;
        let cell = &buf[(x0 + mx as u16, y0 + (my / 2) as u16)];
        matches!((cell.symbol(), my % 2), ("█", _) | ("▀", 0) | ("▄", 1))
    };
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| if light(x, y) { 255 } else { 0 });
    let grids = image.detect_grids();
    let (_, text) = grids.first()?.decode().ok()?;
    Some(text)
}

#[test]
fn the_codes_to_take_away_decode_to_the_deadlines_and_the_page() {
    let content = content();
    let catalog = catalog();
    // The Nordic case has its deadline to report the move 5 days after
    // arrival; the EU case has the registration certificate's.
    for (lang, path) in [(0, PATHS[0]), (2, PATHS[1]), (1, PATHS[1])] {
        let mut app = result_app(content, catalog, lang, path);
        let view = app.result().expect("view").clone();
        let dated = calendar_deadlines(&view);
        assert!(!dated.is_empty(), "{path}: a dated deadline");
        key(&mut app, KeyCode::Char('c'));
        assert!(matches!(app.overlay(), Some(Overlay::TakeAway { .. })));
        for (deadline, date) in &dated {
            // The code fits an 80×24 terminal.
            let text = decode_code(&buffer(&mut app, 80, 24))
                .unwrap_or_else(|| panic!("a code at 80x24:\n{}", screen_text(&app, 80, 24)));
            assert!(text.starts_with("BEGIN:VEVENT"), "{text}");
            assert!(
                text.contains(&format!("DTSTART;VALUE=DATE:{}", date.strftime("%Y%m%d"))),
                "{text}"
            );
            assert!(text.contains(&deadline.calendar_title), "{text}");
            // Above the code, what it is, even when only one row is free.
            let top: String = deadline.title.chars().take(15).collect();
            let screen = screen_text(&app, 80, 24);
            assert!(
                screen.lines().next().is_some_and(|l| l.contains(&top))
                    || screen.lines().take(2).collect::<String>().contains(&top),
                "{screen}"
            );
            key(&mut app, KeyCode::Right);
        }
        // Last, the first office's page.
        let office = view
            .offices
            .iter()
            .find_map(|o| o.booking.clone().or_else(|| o.web.clone()))
            .expect("a page");
        assert_eq!(
            decode_code(&buffer(&mut app, 80, 24)).as_deref(),
            Some(office.as_str())
        );
        key(&mut app, KeyCode::Esc);
        assert!(app.overlay().is_none());
    }
    // At a kiosk's size both codes stand on the result itself, at its end.
    let mut app = result_app(content, catalog, 1, PATHS[1]);
    let rows = whole(&mut app, 200);
    let heading = catalog
        .lang(Lang::En)
        .text("ui-heading-take-away")
        .to_uppercase();
    assert!(rows.iter().any(|r| r.contains(&heading)));
}

#[test]
fn a_too_small_window_says_how_large_the_code_needs_it() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, PATHS[1]);
    key(&mut app, KeyCode::Char('c'));
    let screen = words(&screen_text(&app, 50, 14));
    assert!(decode_code(&buffer(&mut app, 50, 14)).is_none());
    assert!(
        screen.contains("The code needs a window of at least"),
        "{screen}"
    );
    // A calendar code points to the calendar file instead; the web page's
    // code does not.
    assert!(screen.contains(".ics"), "{screen}");
    for _ in 0..5 {
        key(&mut app, KeyCode::Right);
    }
    let screen = words(&screen_text(&app, 50, 14));
    assert!(
        screen.contains("The code needs a window of at least"),
        "{screen}"
    );
    assert!(!screen.contains(".ics"), "{screen}");
}

#[test]
fn the_review_pages_with_the_page_keys_home_and_end() {
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, &format!("2{}", PATHS[2]));
    assert_eq!(app.screen(), Screen::Review);
    let count = app.session().review_items().len();
    assert!(count >= 12, "{count}");
    let first = words(&screen_text(&app, 80, 24));
    // End: the last answer highlighted and in sight.
    key(&mut app, KeyCode::End);
    assert_eq!(app.selected(), count);
    let last = words(&screen_text(&app, 80, 24));
    assert_ne!(first, last);
    assert!(last.contains(&format!("{count} ")), "{last}");
    // Page up and down move the highlight by a page, within the list.
    key(&mut app, KeyCode::PageUp);
    let up = app.selected();
    assert!(up < count && up > 0, "{up}");
    key(&mut app, KeyCode::PageDown);
    assert_eq!(app.selected(), count);
    // Home: "Show my result" again; Enter shows it.
    key(&mut app, KeyCode::Home);
    assert_eq!(app.selected(), 0);
    keys(&mut app, "\n");
    assert_eq!(app.screen(), Screen::Result);
}

#[test]
fn with_ten_answers_the_second_digit_names_answer_10_alone() {
    let content = content();
    let catalog = catalog();
    // A Nordic citizen under 18: ten answers.
    let ten = "13\ncopenhagen\n1.12.2026\n22211";
    for (lang, key, said) in [
        (
            1,
            "2",
            "Type a second digit for answer 10, or press Enter for answer 1.",
        ),
        (
            0,
            "1",
            "Skriv et tal mere for svar 10, eller tryk Enter for svar 1.",
        ),
        (
            2,
            "3",
            "Skriv ett tall til for svar 10, eller trykk Enter for svar 1.",
        ),
    ] {
        let mut app = App::new(content, catalog, Lang::ALL[lang], TODAY, Some(now()));
        keys(&mut app, &format!("{key}{ten}"));
        assert_eq!(app.screen(), Screen::Review);
        assert_eq!(app.session().review_items().len(), 10);
        keys(&mut app, "1");
        let shown = words(&screen_text(&app, 80, 24));
        assert!(shown.contains(said), "{shown}");
        assert!(!shown.contains("10–10"), "{shown}");
    }
}

#[test]
fn review_items_past_nine_are_reached_by_their_number() {
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, &format!("2{}", PATHS[2]));
    assert_eq!(app.screen(), Screen::Review);
    let items = cpr_guide::output::review_items(
        app.session(),
        cpr_guide::output::CprShown::Masked,
        &catalog.lang(Lang::En),
    );
    assert!(items.len() >= 12, "{} items", items.len());
    // 1 waits for a second digit, highlighted; 2 makes it 12.
    keys(&mut app, "1");
    assert_eq!(app.screen(), Screen::Review);
    assert_eq!(app.selected(), 1);
    // … and says so, with what Enter would do.
    let shown = words(&screen_text(&app, 80, 24));
    let last = items.len().min(19);
    assert!(
        shown.contains(&format!(
            "Type a second digit for answers 10–{last}, or press Enter for answer 1."
        )),
        "{shown}"
    );
    keys(&mut app, "2");
    assert_eq!(app.screen(), Screen::Question(items[11].question));
    // Back on the review, 1 and Enter is item 1.
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, &format!("2{}", PATHS[2]));
    keys(&mut app, "1\n");
    assert_eq!(app.screen(), Screen::Question(items[0].question));
    // A number past the last answer is none: 1 still waits.
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, &format!("2{}", PATHS[2]));
    let past = format!("1{}", items.len() + 1 - 10);
    keys(&mut app, &past);
    assert_eq!(app.screen(), Screen::Review, "{past}");
    assert_eq!(app.selected(), 1);
    // The review's help says how.
    keys(&mut app, "?");
    let help = words(&screen_text(&app, 80, 24));
    assert!(help.contains("(1 then 2 for 12)"), "{help}");
    assert!(!help.contains("scroll the result"), "{help}");
    // A digit no number begins with picks at once.
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, &format!("2{}", PATHS[2]));
    keys(&mut app, "5");
    assert_eq!(app.screen(), Screen::Question(items[4].question));
}

#[test]
fn ctrl_c_twice_quits_but_never_a_kiosk() {
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "22");
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(matches!(app.overlay(), Some(Overlay::ConfirmQuit)));
    assert!(!app.wants_quit());
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(app.wants_quit());
    // q, then q: the dialog asks for y or n, q is not an answer.
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "22qq");
    assert!(!app.wants_quit());
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()))
        .with_kiosk(crate::common::ui::kiosk_config());
    keys(&mut app, "22");
    for _ in 0..2 {
        press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    }
    assert!(!app.wants_quit());
    assert!(app.overlay().is_none());
}

#[test]
fn a_no_to_the_cpr_question_reads_no_not_unanswered() {
    let content = content();
    let catalog = catalog();
    for (lang, l) in Lang::ALL.iter().enumerate() {
        let t = catalog.lang(*l);
        let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
        // EU, > 6 months, not a job-seeker, a worker, then "2": no CPR number.
        keys(&mut app, &format!("{}223212", lang + 1));
        let view = app.result().cloned();
        assert!(view.is_none());
        keys(&mut app, "copenhagen\n1.12.2026\n21221");
        assert_eq!(app.screen(), Screen::Review);
        let items =
            cpr_guide::output::review_items(app.session(), cpr_guide::output::CprShown::Masked, &t);
        let cpr = items
            .iter()
            .find(|i| i.view.id == "cpr")
            .expect("the CPR question on the review");
        assert_eq!(cpr.view.answer, t.text("ui-cpr-have-no"));
        assert_ne!(cpr.view.answer, t.text("ui-answer-skipped"));
    }
}

#[test]
fn a_postcode_shared_by_several_municipalities_is_never_taken_by_enter_alone() {
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    // EU, > 6 months, not a job-seeker, a worker, no CPR number; 3500 Værløse lies
    // in five municipalities.
    keys(&mut app, "223212");
    let question = app.screen();
    keys(&mut app, "3500\n");
    assert_eq!(app.screen(), question, "Enter alone chose a municipality");
    assert!(app.refused());
    // It says how to choose.
    let shown = words(&screen_text(&app, 80, 24));
    assert!(
        shown.contains("Which one will you live in? Choose it with ↑↓ and Enter."),
        "{shown}"
    );
    // Furesø chosen with the arrows is taken.
    let furesoe = app
        .place_rows()
        .iter()
        .position(|r| r.value == "furesoe")
        .expect("Furesø listed");
    for _ in 0..=furesoe {
        key(&mut app, KeyCode::Down);
    }
    keys(&mut app, "\n");
    assert_ne!(app.screen(), question);
    let items = cpr_guide::output::review_items(
        app.session(),
        cpr_guide::output::CprShown::Masked,
        &catalog.lang(Lang::En),
    );
    let municipality = items
        .iter()
        .find(|i| i.view.id == "municipality")
        .expect("answered");
    assert_eq!(municipality.view.value.as_deref(), Some("furesoe"));
    // A name that is also in a shared postcode's list is taken at once.
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "223212");
    keys(&mut app, "koge\n");
    assert_ne!(app.screen(), question, "Køge by its name");
}

#[test]
fn keys_do_nothing_while_the_window_is_too_small() {
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "2");
    let question = app.screen();
    update(&mut app, Msg::Resize(30, 10));
    assert!(
        screen_text(&app, 30, 10).contains("larger"),
        "{}",
        screen_text(&app, 30, 10)
    );
    // Unseen, these would answer two questions and change the language.
    keys(&mut app, "13\n");
    key(&mut app, KeyCode::F(2));
    assert_eq!(app.screen(), question);
    assert!(app.session().answers().is_empty());
    assert_eq!(app.lang(), Lang::En);
    update(&mut app, Msg::Resize(80, 24));
    keys(&mut app, "1");
    assert_ne!(app.screen(), question);
}

#[test]
fn what_saving_said_stays_in_sight_wherever_the_result_is_scrolled() {
    use cpr_guide::flow::SaveOutcome;
    let content = content();
    let catalog = catalog();
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()));
    keys(&mut app, "213\ncopenhagen\n1.12.2026\n22211\n");
    assert_eq!(app.screen(), Screen::Result);
    update(
        &mut app,
        Msg::Saved(SaveOutcome::Written("/home/me/result.md".into())),
    );
    for (w, h) in [(80, 24), (200, 60)] {
        draw(&mut app, w, h);
        key(&mut app, KeyCode::End);
        let shown = draw(&mut app, w, h);
        assert!(app.scroll() > 0, "{w}x{h}: nothing to scroll");
        assert!(
            shown.contains("Saved: /home/me/result.md"),
            "{w}x{h}:\n{shown}"
        );
        key(&mut app, KeyCode::Home);
    }
}

/// The README's Copenhagen example, in English, on the result.
const COPENHAGEN: &str = "2321\ncopenhagen\n1.12.2026\n2221";

/// Issue 21.20: at a kiosk's 200×60 the first screen holds everything but
/// the sources: the card, the deadlines, the offices, the documents, the
/// steps — and both codes, whole, in a column beside them.
#[test]
fn at_200x60_the_copenhagen_example_is_all_on_the_first_screen() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, COPENHAGEN);
    let view = app.result().expect("view").clone();
    let screen = draw(&mut app, 200, 60);
    let rows: Vec<&str> = screen.lines().collect();
    let row_of = |needle: &str| {
        rows.iter()
            .position(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("{needle} on the first screen:\n{screen}"))
    };
    for heading in [
        &view.words.deadlines,
        &view.words.offices,
        &view.words.documents,
        &view.words.steps,
    ] {
        row_of(&heading.to_uppercase());
    }
    let phone = catalog
        .lang(Lang::En)
        .text("ui-heading-take-away")
        .to_uppercase();
    // The codes stand beside the card, not under the left column.
    assert!(row_of(&phone) < row_of(&view.words.deadlines.to_uppercase()));
    // Both codes whole: each has a light top and bottom row.
    let quiet = rows.iter().filter(|r| r.contains(&"█".repeat(41))).count();
    assert!(quiet >= 4, "two whole codes:\n{screen}");
    // The last step is there too.
    let last_step = view.steps.last().expect("steps");
    let start: String = last_step.text.chars().take(30).collect();
    assert!(words(&screen).contains(&norm(&start)), "{screen}");
    // Below 180 columns the codes follow the details, as before.
    let narrower = draw(&mut app, 160, 60);
    let rows: Vec<&str> = narrower.lines().collect();
    let at = |needle: &str| rows.iter().position(|r| r.contains(needle));
    assert!(at(&phone).is_none_or(|p| at(&view.words.deadlines.to_uppercase()) < Some(p)));
}

/// Issue 21.20: on a wide screen the review puts each answer beside its
/// question, so the list uses the width instead of scrolling.
#[test]
fn the_review_uses_the_width() {
    let content = content();
    let catalog = catalog();
    let mut app =
        App::new(content, catalog, Lang::En, TODAY, Some(now())).with_theme(Theme::default());
    keys(&mut app, &format!("2{COPENHAGEN}"));
    assert_eq!(app.screen(), Screen::Review);
    let items = cpr_guide::output::review_items(
        app.session(),
        cpr_guide::output::CprShown::Masked,
        &catalog.lang(Lang::En),
    );
    let wide = draw(&mut app, 200, 60);
    for item in &items {
        assert!(
            wide.lines()
                .any(|r| r.contains(&item.view.question) && r.contains(&item.view.answer)),
            "{} beside {}:\n{wide}",
            item.view.answer,
            item.view.question
        );
    }
    // At 80 columns, under it.
    let narrow = draw(&mut app, 80, 40);
    let first = &items[0];
    assert!(!narrow
        .lines()
        .any(|r| r.contains(&first.view.question) && r.contains(&first.view.answer)));
}

/// All the rows of the result at `width`×`height`, page by page.
fn paged(app: &mut App<'_>, width: u16, height: u16) -> Vec<String> {
    let mut rows = Vec::new();
    update(app, Msg::Home);
    for _ in 0..40 {
        let screen = draw(app, width, height);
        let body: Vec<String> = screen
            .lines()
            .skip(2)
            .take(usize::from(height) - 4)
            .map(|r| r.trim_end_matches(['▲', '▼', ' ']).to_string())
            .collect();
        rows.extend(body);
        // No "more below" marker: the end.
        let last = screen.lines().nth(usize::from(height) - 3).unwrap_or("");
        if !last.contains('▼') {
            break;
        }
        update(app, Msg::PageDown);
    }
    rows
}

/// Issue 21.20: an address that fits on a row of its own is never broken
/// inside; the sources give each on its own row.
#[test]
fn a_web_address_that_fits_on_a_row_is_never_broken() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, COPENHAGEN);
    let view = app.result().expect("view").clone();
    let urls: Vec<String> = view.urls().into_iter().map(str::to_string).collect();
    assert!(urls.len() >= 3);
    for width in [70u16, 80, 93, 100, 120, 200] {
        let rows = paged(&mut app, width, 40);
        // The body leaves a margin, a space and the marker's column.
        let room = usize::from(width) - 3;
        let mut checked = 0;
        for url in urls.iter().filter(|u| u.chars().count() <= room) {
            assert!(
                rows.iter().any(|r| r.contains(url.as_str())),
                "{url} whole at {width}:\n{}",
                rows.join("\n")
            );
            checked += 1;
        }
        assert!(checked > 0 || width < 100, "some address fits at {width}");
    }
}

/// Issue 21.20: where the terminal takes them, web addresses are OSC 8
/// links to the whole address (also each piece of one broken over rows);
/// off, the cells hold only the text.
#[test]
fn web_addresses_are_links_where_the_terminal_takes_them() {
    let content = content();
    let catalog = catalog();
    let link_cells = |app: &mut App<'_>| -> Vec<String> {
        let buf = buffer(app, 80, 400);
        buf.content()
            .iter()
            .map(|c| c.symbol().to_string())
            .filter(|s| s.starts_with("\u{1b}]8;;"))
            .collect()
    };
    let mut plain = result_app(content, catalog, 1, COPENHAGEN);
    assert!(link_cells(&mut plain).is_empty());
    let mut app = App::new(content, catalog, Lang::En, TODAY, Some(now()))
        .with_theme(Theme::default().with_links(true));
    keys(&mut app, &format!("2{COPENHAGEN}\n"));
    let view = app.result().expect("view").clone();
    let cells = link_cells(&mut app);
    for url in view.urls() {
        assert!(
            cells
                .iter()
                .any(|c| c.starts_with(&format!("\u{1b}]8;;{url}\u{1b}\\"))),
            "{url} is a link"
        );
    }
}

/// Issue 21.20: the help box stands apart from the card under it: a blank
/// margin around its frame, never the card's frame beside it.
#[test]
fn the_help_box_is_not_drawn_inside_the_card() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, COPENHAGEN);
    keys(&mut app, "?");
    for (width, height) in [(80u16, 24u16), (100, 30), (200, 60)] {
        let screen = screen_text(&app, width, height);
        let rows: Vec<Vec<char>> = screen.lines().map(|r| r.chars().collect()).collect();
        let top = rows
            .iter()
            .position(|r| r.iter().collect::<String>().contains("┌ Keys"))
            .expect("the box");
        let left = rows[top].iter().position(|&c| c == '┌').expect("corner");
        let right = rows[top].iter().rposition(|&c| c == '┐').expect("corner");
        let bottom = (top..rows.len())
            .find(|&y| rows[y].get(left) == Some(&'└'))
            .expect("bottom");
        for row in &rows[top..=bottom] {
            for x in [left - 2, left - 1, right + 1, right + 2] {
                assert_eq!(
                    row.get(x).copied().unwrap_or(' '),
                    ' ',
                    "{width}x{height}:\n{screen}"
                );
            }
        }
        for x in left - 2..=right + 2 {
            assert_eq!(
                rows[top - 1].get(x).copied().unwrap_or(' '),
                ' ',
                "{screen}"
            );
        }
    }
}

/// Issue 21.16: at 80×24 the caption over a calendar code keeps the date
/// whole (the title gives way); at a kiosk's size the code is larger and
/// holds the office's address, as the README says.
#[test]
fn the_calendar_code_keeps_its_date_and_holds_the_address_where_it_can() {
    let content = content();
    let catalog = catalog();
    let mut app = result_app(content, catalog, 1, COPENHAGEN);
    let view = app.result().expect("view").clone();
    let (_, date) = calendar_deadlines(&view)[0];
    let long = catalog.lang(Lang::En).date_long(date);
    key(&mut app, KeyCode::Char('c'));
    let small = screen_text(&app, 80, 24);
    assert!(
        small.lines().next().is_some_and(|r| r.contains(&long)),
        "{small}"
    );
    // What to do with it, beside the code where the head has no room.
    let beside: Vec<String> = small
        .lines()
        .map(|r| r.chars().skip(64).collect::<String>())
        .collect();
    assert!(
        words(&beside.join(" ")).contains("Scan it with your phone’s camera."),
        "{small}"
    );
    let at_80 = decode_code(&buffer(&mut app, 80, 24)).expect("a code at 80x24");
    assert!(!at_80.contains("LOCATION"), "{at_80}");
    let at_200 = decode_code(&buffer(&mut app, 200, 60)).expect("a code at 200x60");
    let office = view.place_to_go().expect("an office");
    let address = office.address.join(", ");
    assert!(
        at_200.contains(&format!("LOCATION:{}", address.replace(',', "\\,"))),
        "{at_200}"
    );
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    assert!(norm(&readme).contains("at 80×24 it holds the title and the date only"));
}

/// Issue 21.16: the codes' heading never stands alone: a code or the hint
/// to `c` follows it, at every size.
#[test]
fn the_codes_heading_is_never_empty() {
    let content = content();
    let catalog = catalog();
    let heading = catalog
        .lang(Lang::En)
        .text("ui-heading-take-away")
        .to_uppercase();
    for path in [COPENHAGEN, "2321\ncopenhagen\n\n2221"] {
        let mut app = result_app(content, catalog, 1, path);
        for (width, height) in [(80u16, 24u16), (100, 30), (120, 40), (200, 60)] {
            let rows = paged(&mut app, width, height);
            let at = rows
                .iter()
                .position(|r| r.contains(&heading))
                .unwrap_or_else(|| panic!("{width}x{height}: the heading"));
            // What stands under the heading, in its own column.
            let column = rows[at]
                .find(&heading)
                .map(|b| rows[at][..b].chars().count())
                .unwrap_or(0);
            let next: String = rows[at + 1..]
                .iter()
                .map(|r| r.chars().skip(column).collect::<String>())
                .find(|r| !r.trim().is_empty())
                .expect("something after it");
            assert!(
                next.contains('█') || next.contains("Press c") || next.contains("Scan"),
                "{width}x{height}: {next}"
            );
        }
    }
}
