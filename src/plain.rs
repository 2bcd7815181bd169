//! The line mode (`--plain`): the same interview session as plain lines for
//! screen readers, braille displays, dumb terminals and pipes. The question,
//! its numbered options, a prompt; the person types a number (or a date, or
//! a CPR number) and Enter. The municipality is typed as a postcode, town
//! or name; when several fit they are listed, numbered, to pick from. No colours, no cursor movement, no escape
//! sequences, no redraws. `back`, `restart`, `help` and `lang da|en|nb`
//! work at any prompt. When every needed answer is in, the result comes,
//! then the answers, numbered: typing a number changes that answer.

use crate::content::Content;
use crate::engine::{parse_answer, Answer, AnswerError, Position, Session};
use crate::i18n::{args, Catalog, FluentArgs, Lang, Localizer};
use crate::output::{
    answer_reason, build_view, place_question, place_row_text, place_rows, render_text,
    review_items, session_question, CprShown, InputView, PlaceRow, QuestionView, ViewOptions,
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
    /// Turns the terminal's echo off (`true`) and on again while a CPR
    /// number is typed; none when input is not a terminal.
    hide_typing: Option<Box<dyn Fn(bool) + 'c>>,
    /// Municipalities listed for the last thing typed at the municipality
    /// question, to pick by number, and what was typed.
    pending: Vec<PlaceRow>,
    pending_query: String,
    /// At the CPR question, the person said they have a number: the next
    /// line is the number (not echoed in a terminal).
    cpr_yes: bool,
}

/// What a typed answer led to.
enum Reply {
    /// The session took it.
    Taken,
    /// Several municipalities fit: they were listed, to pick by number.
    Listed,
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
            hide_typing: None,
            pending: Vec::new(),
            pending_query: String::new(),
            cpr_yes: false,
        }
    }

    /// Hides what is typed for a CPR number with `hide` (echo off, then on).
    pub fn with_hidden_typing(mut self, hide: impl Fn(bool) + 'c) -> Self {
        self.hide_typing = Some(Box::new(hide));
        self
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
            InputView::Place { chosen } => {
                if self.pending.is_empty() {
                    let unsure = self.unsure_label(view);
                    self.say(&t.text_with("plain-prompt-place", &args([("unsure", unsure)])))?;
                } else {
                    let mut n = FluentArgs::new();
                    n.set("n", number(self.pending.len()));
                    self.say(&t.text_with("plain-prompt-place-pick", &n))?;
                }
                if let Some(chosen) = chosen {
                    let label = chosen.label.clone();
                    self.say(&t.text_with("plain-keep", &args([("answer", label)])))?;
                }
            }
            // Do you have one? 1 or 2 first.
            InputView::Cpr { .. } if !self.cpr_yes => {
                self.say(&t.text("plain-prompt-cpr-have"))?;
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
        if view.optional && !matches!(view.input, InputView::Cpr { .. }) {
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
        if let (InputView::Cpr { .. }, false) = (&view.input, self.cpr_yes) {
            self.say(&format!("1. {}", t.text("ui-cpr-have-yes")))?;
            self.say(&format!("2. {}", t.text("ui-cpr-have-no")))?;
        }
        // Asked again (another language) with municipalities listed: list
        // them again, so the numbers can be read.
        if let (InputView::Place { .. }, false) = (&view.input, self.pending.is_empty()) {
            let heading = place_question(&self.pending, &t).unwrap_or_else(|| {
                let value = self.pending_query.clone();
                t.text_with("plain-place-matches", &args([("value", value)]))
            });
            self.say(&heading)?;
            let lines: Vec<String> = self
                .pending
                .iter()
                .enumerate()
                .map(|(i, row)| format!("{}. {}", i + 1, place_row_text(row)))
                .collect();
            for line in lines {
                self.say(&line)?;
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

    /// The listed municipalities again, in the language now chosen (same
    /// search, same order, same numbers).
    fn relabel_pending(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let Position::Question(q) = self.session.position() else {
            self.pending.clear();
            return;
        };
        let query = self.pending_query.clone();
        self.pending = place_rows(self.session.content(), q, &query, None, &self.t())
            .into_iter()
            .filter(|r| !r.unsure)
            .collect();
    }

    /// The label of the "not decided yet" option of the municipality question.
    fn unsure_label(&self, view: &QuestionView) -> String {
        place_rows(self.session.content(), view.question, "", None, &self.t())
            .into_iter()
            .find(|r| r.unsure)
            .map(|r| r.label)
            .unwrap_or_default()
    }

    /// Answers the municipality question with option `option`, and says
    /// which municipality that is.
    fn choose_place(&mut self, option: usize, label: &str) -> io::Result<Reply> {
        self.pending.clear();
        self.session.answer(Answer::Choice(option));
        let chosen = self
            .t()
            .text_with("plain-place-chosen", &args([("name", label.to_string())]));
        self.say(&chosen)?;
        Ok(Reply::Taken)
    }

    /// The municipality question: a number from the last list, 0 for "not
    /// decided yet", or a postcode, town or name to look up.
    fn answer_place(
        &mut self,
        view: &QuestionView,
        text: &str,
    ) -> io::Result<Result<Reply, String>> {
        let t = self.t();
        let content = self.session.content();
        if text.is_empty() {
            if self.session.keep() {
                self.pending.clear();
                return Ok(Ok(Reply::Taken));
            }
            return Ok(Err(t.text("err-answer-required")));
        }
        let by_number = text.parse::<usize>().ok();
        if let Some(row) = by_number
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| self.pending.get(i))
            .cloned()
        {
            return self.choose_place(row.option, &row.label).map(Ok);
        }
        // A short number with a list shown picks from it; out of range,
        // it says so rather than search for a postcode starting with it.
        if let (Some(n), false) = (by_number, self.pending.is_empty()) {
            if n > self.pending.len() && text.len() <= 2 {
                let mut count = FluentArgs::new();
                count.set("n", number(self.pending.len()));
                return Ok(Err(t.text_with("plain-not-a-number", &count)));
            }
        }
        if by_number == Some(0) {
            let rows = place_rows(content, view.question, "", None, &t);
            if let Some(row) = rows.into_iter().find(|r| r.unsure) {
                return self.choose_place(row.option, &row.label).map(Ok);
            }
        }
        let today = self.session.today();
        match parse_answer(content, view.question, text, today) {
            Ok(Answer::Choice(option)) => {
                let rows = place_rows(content, view.question, "", Some(option), &t);
                let label = rows
                    .iter()
                    .find(|r| r.option == option)
                    .map(|r| r.label.clone())
                    .unwrap_or_default();
                self.choose_place(option, &label).map(Ok)
            }
            Ok(_) => Ok(Err(t.text("err-answer-required"))),
            Err(AnswerError::Ambiguous { .. }) => {
                let rows: Vec<PlaceRow> = place_rows(content, view.question, text, None, &t)
                    .into_iter()
                    .filter(|r| !r.unsure)
                    .collect();
                // One municipality fits what was typed: take it, and say so.
                if let [only] = rows.as_slice() {
                    if !only.typo {
                        return self.choose_place(only.option, &only.label).map(Ok);
                    }
                }
                let heading = if rows.iter().all(|r| r.typo) {
                    t.text_with("plain-place-typo", &args([("value", text.to_string())]))
                } else {
                    place_question(&rows, &t).unwrap_or_else(|| {
                        t.text_with("plain-place-matches", &args([("value", text.to_string())]))
                    })
                };
                self.say(&heading)?;
                for (i, row) in rows.iter().enumerate() {
                    self.say(&format!("{}. {}", i + 1, place_row_text(row)))?;
                }
                self.pending = rows;
                self.pending_query = text.to_string();
                Ok(Ok(Reply::Listed))
            }
            Err(e) => {
                self.pending.clear();
                Ok(Err(answer_reason(&e, content, view.question, today, &t)))
            }
        }
    }

    /// "Do you already have a CPR number?": 1 (then the number), 2 or
    /// Enter (none), or the number itself right away.
    fn answer_cpr_have(&mut self, text: &str) -> Result<Reply, String> {
        let t = self.t();
        let word = text.trim().to_lowercase();
        if matches!(word.as_str(), "1" | "yes" | "ja" | "y" | "j") {
            self.cpr_yes = true;
            return Ok(Reply::Listed);
        }
        if matches!(word.as_str(), "" | "2" | "no" | "nej" | "nei" | "n") {
            if word.is_empty() && self.session.keep() {
                return Ok(Reply::Taken);
            }
            self.session.answer(Answer::Skipped);
            return Ok(Reply::Taken);
        }
        // A number typed at once: taken as the answer, or why not (the
        // reason never repeats the digits).
        let today = self.session.today();
        let content = self.session.content();
        let question = self.session.question();
        match self.session.answer_text(text) {
            Ok(()) => Ok(Reply::Taken),
            Err(e) if text.chars().filter(char::is_ascii_digit).count() >= 6 => Err(question
                .map(|q| answer_reason(&e, content, q, today, &t))
                .unwrap_or_default()),
            Err(_) => {
                let mut n = FluentArgs::new();
                n.set("n", 2);
                Err(t.text_with("plain-not-a-number", &n))
            }
        }
    }

    /// Turns a typed line into an answer for the question shown, or says why not.
    fn answer(&mut self, view: &QuestionView, text: &str) -> io::Result<Result<Reply, String>> {
        if let InputView::Place { .. } = &view.input {
            return self.answer_place(view, text);
        }
        if let (InputView::Cpr { .. }, false) = (&view.input, self.cpr_yes) {
            return Ok(self.answer_cpr_have(text));
        }
        Ok(self.answer_other(view, text).map(|()| Reply::Taken))
    }

    fn answer_other(&mut self, view: &QuestionView, text: &str) -> Result<(), String> {
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
        let content = self.session.content();
        self.session
            .answer_text(text)
            .map_err(|e| answer_reason(&e, content, view.question, today, &t))
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
            // A CPR number is not shown as it is typed.
            let at_cpr = matches!(view.as_ref().map(|v| &v.input), Some(InputView::Cpr { .. }));
            if !at_cpr {
                self.cpr_yes = false;
            }
            let secret = at_cpr && self.cpr_yes;
            let hide = self.hide_typing.as_ref().filter(|_| secret);
            if let Some(hide) = hide {
                hide(true);
            }
            let line = self.read();
            if let Some(hide) = self.hide_typing.as_ref().filter(|_| secret) {
                hide(false);
            }
            let Some(line) = line? else {
                self.session.restart();
                self.say("")?;
                return Ok(());
            };
            match command(&line) {
                // From the number, back to "do you have one?".
                Command::Back if self.cpr_yes => self.cpr_yes = false,
                Command::Back => {
                    self.pending.clear();
                    if !self.session.back() {
                        self.say(&self.t().text("plain-at-start"))?;
                    }
                }
                Command::Restart => {
                    self.pending.clear();
                    self.session.restart();
                }
                Command::Help => self.say(&self.t().text("plain-commands"))?,
                Command::Lang(Some(lang)) => {
                    self.lang = lang;
                    self.relabel_pending();
                }
                Command::Lang(None) => self.say(&self.t().text("plain-lang-usage"))?,
                Command::Answer(text) => match (&view, self.session.position()) {
                    (Some(view), _) => match self.answer(view, &text)? {
                        Ok(Reply::Taken) => {}
                        Ok(Reply::Listed) => repeat_prompt = true,
                        Err(reason) => {
                            let why = self
                                .t()
                                .text_with("plain-invalid", &args([("reason", reason)]));
                            self.say(&why)?;
                            repeat_prompt = true;
                        }
                    },
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
