//! The line mode (`--plain`): the same interview as plain lines for screen
//! readers, braille displays, dumb terminals and pipes. The question, its
//! numbered options, a prompt; the person types a number (or a date, or a
//! CPR number) and Enter. No colours, no cursor movement, no escape
//! sequences, no redraws. `back`, `restart`, `help` and `lang da|en|nb`
//! work at any prompt.

use crate::content::{Content, QuestionKind};
use crate::engine::{parse_answer, Answer, Answers, Interview, Next};
use crate::i18n::{args, Catalog, FluentArgs, Lang, Localizer};
use crate::output::{answer_reason, build_view, content_args, render_text};
use jiff::civil::{Date, DateTime};
use std::io::{self, BufRead, Write};
use zeroize::Zeroizing;

/// The line-mode session over an input and an output.
pub struct LineMode<'c, R, W> {
    content: &'c Content,
    catalog: &'c Catalog,
    lang: Lang,
    today: Date,
    now: Option<DateTime>,
    input: R,
    out: W,
    answers: Answers,
    /// Questions answered, in order, for `back`.
    history: Vec<usize>,
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
            content,
            catalog,
            lang,
            today,
            now,
            input,
            out,
            answers: Answers::new(),
            history: Vec::new(),
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

    fn ask(&mut self, q: usize) -> io::Result<()> {
        let t = self.t();
        let interview = Interview::new(self.content, self.today);
        let walk = interview.walk(&self.answers);
        let fluent = content_args(self.content, &walk.facts);
        let question = &self.content.questions[q];
        let mut numbers = FluentArgs::new();
        numbers.set("current", i64::try_from(walk.asked.len() + 1).unwrap_or(0));
        self.say("")?;
        self.say(&format!(
            "{} {}",
            t.text_with("plain-question-number", &numbers),
            t.text_with(&format!("q-{}", question.id), &fluent)
        ))?;
        if let Some(hint) = t.try_text_with(&format!("q-{}-hint", question.id), &fluent) {
            self.say(&hint)?;
        }
        match &question.kind {
            QuestionKind::Choice { options } => {
                for (i, value) in options.iter().enumerate() {
                    let label = t.text_with(&question.option_message(value), &fluent);
                    self.say(&format!("{}. {label}", i + 1))?;
                }
                let mut n = FluentArgs::new();
                n.set("n", i64::try_from(options.len()).unwrap_or(0));
                self.say(&t.text_with("plain-prompt-choice", &n))?;
            }
            QuestionKind::Date { .. } => self.say(&t.text("plain-prompt-date"))?,
            QuestionKind::Cpr => self.say(&t.text("plain-prompt-cpr"))?,
        }
        if question.optional {
            self.say(&t.text("plain-prompt-skip"))?;
        }
        write!(self.out, "> ")
    }

    /// Turns a typed line into an answer for question `q`, or says why not.
    fn answer_of(&self, q: usize, text: &str) -> Result<Answer, String> {
        let t = self.t();
        let question = &self.content.questions[q];
        if let QuestionKind::Choice { options } = &question.kind {
            let by_number = text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=options.len()).contains(n));
            if let Some(n) = by_number {
                return Ok(Answer::Choice(n - 1));
            }
            if let Some(i) = options.iter().position(|o| o == text) {
                return Ok(Answer::Choice(i));
            }
            let mut n = FluentArgs::new();
            n.set("n", i64::try_from(options.len()).unwrap_or(0));
            return Err(t.text_with("plain-not-a-number", &n));
        }
        parse_answer(question, text, self.today)
            .map_err(|e| answer_reason(&e, question, self.today, &t))
    }

    fn show_result(&mut self) -> io::Result<()> {
        let interview = Interview::new(self.content, self.today);
        let t = self.t();
        if let Ok(guidance) = interview.guidance(&self.answers) {
            let view = build_view(&interview, &guidance, &t, self.now);
            self.say("")?;
            write!(self.out, "{}", render_text(&view))?;
        }
        self.say("")?;
        self.say(&t.text("plain-after-result"))?;
        write!(self.out, "> ")
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
        loop {
            let interview = Interview::new(self.content, self.today);
            let next = interview.next(&self.answers);
            match next {
                Next::Ask(q) => self.ask(q)?,
                Next::Done(_) | Next::NoOutcome => self.show_result()?,
            }
            let Some(line) = self.read()? else {
                self.answers.clear();
                self.say("")?;
                return Ok(());
            };
            match command(&line) {
                Command::Back => {
                    if let Some(q) = self.history.pop() {
                        self.answers.remove(q);
                    }
                }
                Command::Restart => {
                    self.answers.clear();
                    self.history.clear();
                }
                Command::Help => self.say(&self.t().text("plain-commands"))?,
                Command::Lang(Some(lang)) => self.lang = lang,
                Command::Lang(None) => self.say(&self.t().text("plain-lang-usage"))?,
                Command::Answer(text) => {
                    let Next::Ask(q) = next else {
                        self.say(&self.t().text("plain-after-result"))?;
                        continue;
                    };
                    match self.answer_of(q, &text) {
                        Ok(answer) => {
                            self.answers.set(q, answer);
                            interview.prune(&mut self.answers);
                            self.history.push(q);
                            let asked = interview.walk(&self.answers).asked;
                            self.history.retain(|h| asked.contains(h));
                        }
                        Err(reason) => {
                            let why = self
                                .t()
                                .text_with("plain-invalid", &args([("reason", reason)]));
                            self.say(&why)?;
                        }
                    }
                }
            }
        }
    }
}
