//! The line mode (`--plain`): the same interview session as plain lines for
//! screen readers, braille displays, dumb terminals and pipes. The question,
//! its numbered options, a prompt; the person types a number (or a date, or
//! a CPR number) and Enter. No colours, no cursor movement, no escape
//! sequences, no redraws. `back`, `restart`, `help` and `lang da|en|nb`
//! work at any prompt. When every needed answer is in, the result comes,
//! then the answers, numbered: typing a number changes that answer.

use crate::content::Content;
use crate::engine::{Answer, Position, Session};
use crate::i18n::{args, Catalog, FluentArgs, Lang, Localizer};
use crate::output::{
    answer_reason, build_view, render_text, review_items, session_question, CprShown, InputView,
    QuestionView, ViewOptions,
};
use jiff::civil::{Date, DateTime};
use std::io::{self, BufRead, Write};
use zeroize::Zeroizing;

/// The line-mode session over an input and an output.
pub struct LineMode<'c, R, W> {
    session: Session<'c>,
    catalog: &'c Catalog,
    lang: Lang,
    now: Option<DateTime>,
    input: R,
    out: W,
}

/// What a typed line asks for.
enum Command {
    Back,
    Restart,
    Help,
    Lang(Option<Lang>),
    Answer(String),
}

fn command(line: &str) -> Command {
    let word = line.trim();
    let lower = word.to_lowercase();
    match lower.as_str() {
        "back" | "tilbage" | "tilbake" => Command::Back,
        "restart" | "forfra" | "start" => Command::Restart,
        "help" | "hjælp" | "hjelp" | "?" => Command::Help,
        _ => match lower.strip_prefix("lang") {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                Command::Lang(Lang::from_code(rest.trim()))
            }
            _ => Command::Answer(word.to_string()),
        },
    }
}

fn number(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(0)
}

impl<'c, R: BufRead, W: Write> LineMode<'c, R, W> {
    pub fn new(
        content: &'c Content,
        catalog: &'c Catalog,
        lang: Lang,
        today: Date,
        now: Option<DateTime>,
        input: R,
        out: W,
    ) -> Self {
        LineMode {
            session: Session::new(content, today),
            catalog,
            lang,
            now,
            input,
            out,
        }
    }

    fn t(&self) -> Localizer<'c> {
        self.catalog.lang(self.lang)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }

    /// Reads one line; `None` at the end of input. The line is wiped when dropped.
    fn read(&mut self) -> io::Result<Option<Zeroizing<String>>> {
        self.out.flush()?;
        let mut line = Zeroizing::new(String::new());
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        Ok(Some(line))
    }

    /// The prompt under a question: what to type.
    fn prompt(&mut self, view: &QuestionView) -> io::Result<()> {
        let t = self.t();
        match &view.input {
            InputView::Choice { options, chosen } => {
                let mut n = FluentArgs::new();
                n.set("n", number(options.len()));
                self.say(&t.text_with("plain-prompt-choice", &n))?;
                if let Some(label) = chosen.and_then(|c| options.get(c)).map(|o| o.label.clone()) {
                    self.say(&t.text_with("plain-keep", &args([("answer", label)])))?;
                }
            }
            InputView::Date { given, .. } => {
                self.say(&t.text("plain-prompt-date"))?;
                if let Some(date) = given {
                    self.say(&t.text_with("plain-keep", &args([("answer", t.date_long(*date))])))?;
                }
            }
            InputView::Cpr { kept } => {
                self.say(&t.text("plain-prompt-cpr"))?;
                // Line output may end up in a file: not even the masked number.
                if kept.is_some() {
                    let given = t.text("ui-answer-cpr-given");
                    self.say(&t.text_with("plain-keep", &args([("answer", given)])))?;
                }
            }
        }
        if view.optional && !matches!(view.input, InputView::Cpr { kept: Some(_) }) {
            self.say(&t.text("plain-prompt-skip"))?;
        }
        write!(self.out, "> ")
    }

    fn ask(&mut self, view: &QuestionView) -> io::Result<()> {
        let t = self.t();
        let mut numbers = FluentArgs::new();
        if let Some(p) = view.progress {
            numbers.set("current", number(p.current));
            numbers.set("total", number(p.total));
        }
        self.say("")?;
        self.say(&format!(
            "{} {}",
            t.text_with("plain-question-number", &numbers),
            view.text
        ))?;
        if let Some(hint) = &view.hint {
            self.say(hint)?;
        }
        if let InputView::Choice { options, .. } = &view.input {
            for (i, option) in options.iter().enumerate() {
                self.say(&format!("{}. {}", i + 1, option.label))?;
            }
        }
        self.prompt(view)
    }

    /// The result, then the answers numbered, to change any of them.
    fn show_result(&mut self) -> io::Result<()> {
        let t = self.t();
        let interview = self.session.interview();
        if let Some(guidance) = self.session.guidance() {
            let options = ViewOptions {
                now: self.now,
                site: None,
            };
            let view = build_view(&interview, &guidance, &t, options);
            self.say("")?;
            write!(self.out, "{}", render_text(&view))?;
        }
        self.say("")?;
        self.say(&t.text("plain-review"))?;
        for (i, item) in review_items(&self.session, CprShown::Hidden, &t)
            .iter()
            .enumerate()
        {
            self.say(&format!(
                "{}. {} {}",
                i + 1,
                item.view.question,
                item.view.answer
            ))?;
        }
        self.say(&t.text("plain-after-result"))?;
        write!(self.out, "> ")
    }

    /// Turns a typed line into an answer for the question shown, or says why not.
    fn answer(&mut self, view: &QuestionView, text: &str) -> Result<(), String> {
        let t = self.t();
        if let InputView::Choice { options, .. } = &view.input {
            if text.is_empty() && self.session.keep() {
                return Ok(());
            }
            let by_number = text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=options.len()).contains(n))
                .map(|n| n - 1);
            let by_value = || options.iter().position(|o| o.value == text);
            return match by_number.or_else(by_value) {
                Some(i) => {
                    self.session.answer(Answer::Choice(i));
                    Ok(())
                }
                None => {
                    let mut n = FluentArgs::new();
                    n.set("n", number(options.len()));
                    Err(t.text_with("plain-not-a-number", &n))
                }
            };
        }
        let today = self.session.today();
        let question = &self.session.content().questions[view.question];
        self.session
            .answer_text(text)
            .map_err(|e| answer_reason(&e, question, today, &t))
    }

    /// Runs until the input ends.
    pub fn run(mut self) -> io::Result<()> {
        let t = self.t();
        self.say(&format!(
            "{}: {}",
            t.text("ui-title"),
            t.text("ui-welcome-about")
        ))?;
        self.say(&t.text("plain-commands"))?;
        // After a refused answer only the reason and the prompt are repeated.
        let mut repeat_prompt = false;
        loop {
            let view = session_question(&self.session, &self.t());
            match (&view, repeat_prompt) {
                (Some(view), false) => self.ask(view)?,
                (Some(view), true) => self.prompt(view)?,
                (None, _) => self.show_result()?,
            }
            repeat_prompt = false;
            let Some(line) = self.read()? else {
                self.session.restart();
                self.say("")?;
                return Ok(());
            };
            match command(&line) {
                Command::Back => {
                    if !self.session.back() {
                        self.say(&self.t().text("plain-at-start"))?;
                    }
                }
                Command::Restart => self.session.restart(),
                Command::Help => self.say(&self.t().text("plain-commands"))?,
                Command::Lang(Some(lang)) => self.lang = lang,
                Command::Lang(None) => self.say(&self.t().text("plain-lang-usage"))?,
                Command::Answer(text) => match (&view, self.session.position()) {
                    (Some(view), _) => {
                        if let Err(reason) = self.answer(view, &text) {
                            let why = self
                                .t()
                                .text_with("plain-invalid", &args([("reason", reason)]));
                            self.say(&why)?;
                            repeat_prompt = true;
                        }
                    }
                    (None, Position::Review) => {
                        let items = self.session.review_items();
                        match text
                            .parse::<usize>()
                            .ok()
                            .and_then(|n| items.get(n.wrapping_sub(1)))
                        {
                            Some(&q) => self.session.change(q),
                            None => {
                                let mut n = FluentArgs::new();
                                n.set("n", number(items.len()));
                                let why = self.t().text_with("plain-not-a-number", &n);
                                let why = self
                                    .t()
                                    .text_with("plain-invalid", &args([("reason", why)]));
                                self.say(&why)?;
                            }
                        }
                    }
                    (None, Position::Question(_)) => {}
                },
            }
        }
    }
}
