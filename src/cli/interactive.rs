//! No command: the terminal UI when both ends are a terminal, else the line
//! mode (also with `--plain` or `TERM=dumb`); `--kiosk` always the UI. A
//! line-mode run whose input ends before the result exits 1 and says so.

use super::{io_failure, Context, Failure};
use crate::i18n::{args as fargs, Localizer};
use crate::kiosk::KioskConfig;
use crate::plain::Ended;
use crate::settings::KioskFlags;
use std::io::Write;

/// The kiosk settings: the content's, with `--site` and `--idle-timeout` on top.
fn kiosk_config(
    context: &Context,
    content: &crate::content::Content,
    flags: &KioskFlags,
    t: &Localizer<'_>,
) -> Result<KioskConfig, Failure> {
    let mut config =
        crate::kiosk::load_config(&context.files().yaml, content).map_err(Failure::Content)?;
    if let Some(site) = &flags.site {
        let (office, _) = super::find_office(content, site, t)?;
        if config.site != Some(office.index()) {
            // The configuration's municipality belongs to its own site.
            config.municipality = None;
        }
        config.site = Some(office.index());
    }
    if let (None, Some(site)) = (config.municipality, config.site) {
        config.municipality = crate::kiosk::site_municipality(content, site);
    }
    if let Some(seconds) = flags.idle_timeout {
        config.idle_timeout = seconds;
        // The countdown is the last part of the period, never all of it.
        config.countdown = config.countdown.min(seconds / 2).max(1);
    }
    Ok(config)
}

pub fn run(context: &Context) -> Result<(), Failure> {
    use std::io::IsTerminal;
    let t = context.t();
    let content = context.load_content()?;
    let settings = &context.settings;
    let kiosk = match &settings.kiosk {
        Some(flags) => Some(kiosk_config(context, &content, flags, &t)?),
        None => None,
    };
    let terminal = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    let terminal_failure = |e: std::io::Error| {
        Failure::Io(t.text_with("err-terminal", &fargs([("detail", e.to_string())])))
    };
    if kiosk.is_none() && (settings.plain || settings.dumb_terminal() || !terminal) {
        // The same clock as every front end: `--today` fixes the day and
        // leaves the time of day unknown (no "open now").
        let stdin = std::io::stdin();
        let mut line_mode = crate::plain::LineMode::new(
            &content,
            &context.catalog,
            context.settings.lang,
            settings.clock.today(),
            settings.clock.now(),
            stdin.lock(),
            std::io::stdout().lock(),
        );
        line_mode = line_mode.with_home(settings.home.clone());
        if let Some(echo) = super::echo::Echo::of_stdin() {
            line_mode = line_mode.with_hidden_typing(move |hidden| echo.hide(hidden));
        }
        return match line_mode.run() {
            Ok(Ended::Finished | Ended::Quit) => Ok(()),
            // Input ended before the result: a script learns it from the
            // exit code, a person from standard error.
            Ok(Ended::Unfinished { left, lang }) => {
                let mut n = crate::i18n::FluentArgs::new();
                n.set("left", i64::try_from(left).unwrap_or(i64::MAX));
                let text = context
                    .catalog
                    .lang(lang)
                    .text_with("plain-input-ended", &n);
                let text = crate::text::visible_lines(&text);
                let _ = writeln!(std::io::stderr().lock(), "cpr-guide: {text}");
                Err(Failure::Negative)
            }
            Err(e) => match io_failure(&e, &t) {
                None => Ok(()),
                Some(failure) => Err(failure),
            },
        };
    }
    if kiosk.is_some() && !terminal {
        return Err(Failure::Usage(t.text("err-kiosk-terminal")));
    }
    let options = crate::tui::Options {
        lang: context.settings.lang,
        clock: settings.clock,
        theme: {
            let glyphs = crate::tui::view::Glyphs::choose(
                settings.term.as_deref(),
                kiosk.as_ref().and_then(|k| k.ascii_glyphs),
            );
            crate::tui::view::Theme::choose(settings.high_contrast, settings.no_color.as_deref())
                .with_glyphs(glyphs)
                .with_links(glyphs.links(settings.term.as_deref()))
        },
        home: settings.home.clone(),
        kiosk,
    };
    match crate::tui::run(&content, &context.catalog, options).map_err(terminal_failure)? {
        Some(signal) => Err(Failure::Signal(signal)),
        None => Ok(()),
    }
}
