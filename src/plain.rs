//! The line mode (`--plain`): the same interview session as plain lines for
//! screen readers, braille displays, dumb terminals and pipes. The question,
//! its numbered options, a prompt; the person types a number (or a date, or
//! a CPR number) and Enter. The municipality is typed as a postcode, town
//! or name; when several fit they are listed, numbered, to pick from. A
//! date more than a year from today is asked about ("is that right?")
//! before it is taken. No colours, no cursor movement, no escape
//! sequences, no redraws. The commands (`back`, `restart`, `help`, `quit`,
//! `lang da|en|nb`, and on the result `save FILE`) work at any prompt, in
//! English and in the words of each language (`tilbage`, `forfra`, `hjælp`,
//! `afslut`, `sprog`, `gem`; `tilbake`, `start på nytt`, `hjelp`,
//! `avslutt`, `språk`, `lagre`), whatever language is shown. When every
//! needed answer is in, the result comes, then the answers, numbered:
//! typing a number changes that answer.

use crate::content::Content;
use crate::engine::Position;
use crate::flow::{prepare_save, CprStep, Flow, Outcome, Refusal, SaveOutcome};
use crate::i18n::words::{means, yes_no};
use crate::i18n::{args, Catalog, FluentArgs, Lang, Localizer};
use crate::lines::{read_line, Line, LINE_MAX};
use crate::output::{
    build_view, place_question, place_row_text, render_text_without_answers, review_items,
    CprShown, InputView, QuestionView, ViewOptions,
};
use jiff::civil::{Date, DateTime};
use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use zeroize::Zeroizing;

/// How a line-mode run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The input ended with the result shown.
    Finished,
    /// The person typed `quit`.
    Quit,
    /// The input ended before the result, with about this many questions
    /// left (the current one included), in the language then shown.
    Unfinished { left: usize, lang: Lang },
}

/// The line-mode session over an input and an output.
pub struct LineMode<'c, R, W> {
    /// The interview and the steps around its questions, shared with the
    /// terminal UI.
    flow: Flow<'c>,
    now: Option<DateTime>,
    input: R,
    out: W,
    /// Turns the terminal's echo off (`true`) and on again while a CPR
    /// number is typed; none when input is not a terminal.
    hide_typing: Option<Box<dyn Fn(bool) + 'c>>,
    /// The home folder `~` in a file name stands for.
    home: Option<PathBuf>,
    /// Served over SSH: nothing is saved on this machine.
    served: bool,
}

/// A line read.
enum Typed {
    Line(Zeroizing<String>),
    /// More than [`LINE_MAX`] characters: not kept.
    TooLong,
    End,
}

/// What a typed line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Command {
    Back,
    Restart,
    Help,
    Quit,
    /// `lang X`: the language, if X is one.
    Lang(Option<Lang>),
    /// `save FILE`: the file name as typed (maybe empty).
    Save(String),
    Answer(String),
}

/// A typed line as a command, in any of the three languages, any case;
/// anything else is an answer.
fn command(line: &str) -> Command {
    let word = line.trim();
    // The line may be a CPR number: the copy is wiped too (and made big
    // enough at once, so no smaller buffer is left behind).
    let mut lower = Zeroizing::new(String::with_capacity(word.len() * 4));
    for (i, part) in word.split_whitespace().enumerate() {
        if i > 0 {
            lower.push(' ');
        }
        lower.extend(part.chars().flat_map(char::to_lowercase));
    }
    let typed = lower.as_str();
    if means(typed, |w| w.back) {
        return Command::Back;
    }
    if means(typed, |w| w.restart) {
        return Command::Restart;
    }
    if means(typed, |w| w.help) {
        return Command::Help;
    }
    if means(typed, |w| w.quit) {
        return Command::Quit;
    }
    let (head, rest) = match word.split_once(char::is_whitespace) {
        Some((head, rest)) => (head, rest.trim()),
        None => (word, ""),
    };
    let head = head.to_lowercase();
    if means(&head, |w| w.lang) {
        Command::Lang(Lang::from_name(rest))
    } else if means(&head, |w| w.save) {
        Command::Save(rest.to_string())
    } else {
        Command::Answer(word.to_string())
    }
}

/// A choice between exactly the options "yes" and "no", in that order.
fn is_yes_no(options: &[crate::output::OptionView]) -> bool {
    matches!(options, [yes, no] if yes.value == "yes" && no.value == "no")
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
            flow: Flow::new(content, catalog, lang, today),
            now,
            input,
            out,
            hide_typing: None,
            home: None,
            served: false,
        }
    }

    /// Served to someone elsewhere (over SSH): `save` says that nothing is
    /// saved on this machine.
    pub fn served(mut self) -> Self {
        self.served = true;
        self
    }

    /// The commands to list: without `save` when nothing is saved here.
    fn commands_key(&self) -> &'static str {
        if self.served {
            "plain-commands-served"
        } else {
            "plain-commands"
        }
    }

    /// The home folder that `~` stands for in `save ~/FILE`.
    pub fn with_home(mut self, home: Option<PathBuf>) -> Self {
        self.home = home.filter(|h| h.is_absolute());
        self
    }

    /// Hides what is typed for a CPR number with `hide` (echo off, then on).
    pub fn with_hidden_typing(mut self, hide: impl Fn(bool) + 'c) -> Self {
        self.hide_typing = Some(Box::new(hide));
        self
    }

    fn t(&self) -> Localizer<'c> {
        self.flow.t()
    }

    /// Writes a line of its own. What was typed and is shown back (a
    /// search that found nothing, a file name) shows its control
    /// characters (`\u{1b}`): nothing typed acts on the terminal.
    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{}", crate::text::visible_lines(text))
    }

    /// Reads one line, in bounded memory: a line of more than
    /// [`LINE_MAX`] characters is read to its end and refused. The line is
    /// wiped when dropped. A line that is not UTF-8 (a terminal or file in
    /// Latin-1, where "Køge" is `K\xf8ge`) is read as Latin-1, never refused.
    fn read(&mut self) -> io::Result<Typed> {
        self.out.flush()?;
        Ok(match read_line(&mut self.input)? {
            Line::Text(bytes) => Typed::Line(Line::text(&bytes)),
            Line::TooLong => Typed::TooLong,
            Line::End => Typed::End,
        })
    }

    /// The prompt under a question: what to type.
    fn prompt(&mut self, view: &QuestionView) -> io::Result<()> {
        let t = self.t();
        match &view.input {
            InputView::Choice { options, chosen } => {
                if is_yes_no(options) {
                    self.say(&t.text("plain-prompt-yes-no"))?;
                } else {
                    let mut n = FluentArgs::new();
                    n.set("n", number(options.len()));
                    self.say(&t.text_with("plain-prompt-choice", &n))?;
                }
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
                let places = self.flow.places();
                if places.is_listed() {
                    let mut n = FluentArgs::new();
                    n.set("n", number(places.found().count()));
                    self.say(&t.text_with("plain-prompt-place-pick", &n))?;
                } else {
                    let unsure = places.unsure_label();
                    self.say(&t.text_with("plain-prompt-place", &args([("unsure", unsure)])))?;
                }
                if let Some(chosen) = chosen {
                    let label = chosen.label.clone();
                    self.say(&t.text_with("plain-keep", &args([("answer", label)])))?;
                }
            }
            // Do you have one? 1 or 2 first.
            InputView::Cpr { .. } if self.flow.cpr_step() == Some(CprStep::Have) => {
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
        if self.flow.cpr_step() == Some(CprStep::Have) {
            self.say(&format!("1. {}", t.text("ui-cpr-have-yes")))?;
            self.say(&format!("2. {}", t.text("ui-cpr-have-no")))?;
        }
        // Asked again (another language) with municipalities listed: list
        // them again, so the numbers can be read.
        if self.flow.places().is_listed() {
            self.list_places()?;
        }
        self.prompt(view)
    }

    /// "You wrote 1 January 2030 … Is that right?", yes and no numbered,
    /// and the prompt; only the prompt when `repeat`.
    fn ask_confirm(&mut self, repeat: bool) -> io::Result<()> {
        let t = self.t();
        if !repeat {
            self.say("")?;
            if let Some(question) = self.flow.confirm_text() {
                self.say(&question)?;
            }
            self.say(&format!("1. {}", t.text("ui-date-confirm-yes")))?;
            self.say(&format!("2. {}", t.text("ui-date-confirm-no")))?;
        }
        self.say(&t.text("plain-prompt-yes-no"))?;
        write!(self.out, "> ")
    }

    /// The answer to "is that right?": 1 or yes takes the date, 2 or no
    /// asks for it again.
    fn answer_confirm(&mut self, text: &str) -> Result<Outcome, String> {
        let word = text.trim().to_lowercase();
        match (word.as_str(), yes_no(&word)) {
            ("1", _) | (_, Some(true)) => Ok(self.flow.confirm(true)),
            ("2", _) | (_, Some(false)) => Ok(self.flow.confirm(false)),
            _ => Err(self.t().text("plain-not-yes-no")),
        }
    }

    /// The municipalities that fit what was typed, numbered, under what
    /// they have in common.
    fn list_places(&mut self) -> io::Result<()> {
        let t = self.t();
        let places = self.flow.places();
        let value = || args([("value", places.query().trim().to_string())]);
        let heading = if places.only_suggestions() {
            t.text_with("plain-place-typo", &value())
        } else {
            place_question(places.rows(), &t)
                .unwrap_or_else(|| t.text_with("plain-place-matches", &value()))
        };
        let lines: Vec<String> = places
            .found()
            .enumerate()
            .map(|(i, row)| format!("{}. {}", i + 1, place_row_text(row)))
            .collect();
        self.say(&heading)?;
        for line in lines {
            self.say(&line)?;
        }
        Ok(())
    }

    /// The result in the language shown, if every needed answer is in.
    fn result_view(&self) -> Option<crate::output::View> {
        let session = self.flow.session();
        let guidance = session.guidance()?;
        let options = ViewOptions {
            now: self.now,
            site: None,
        };
        Some(build_view(
            &session.interview(),
            &guidance,
            &self.t(),
            options,
        ))
    }

    /// The result, in the order the terminal UI shows it, then the
    /// answers numbered (once: not also in the result), to change any.
    fn show_result(&mut self) -> io::Result<()> {
        let t = self.t();
        if let Some(view) = self.result_view() {
            self.say("")?;
            write!(self.out, "{}", render_text_without_answers(&view))?;
        }
        self.say("")?;
        self.say(&t.text("plain-review"))?;
        for (i, item) in review_items(self.flow.session(), CprShown::Hidden, &t)
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
        self.say(&t.text(if self.served {
            "plain-after-result-served"
        } else {
            "plain-after-result"
        }))?;
        write!(self.out, "> ")
    }

    /// `save FILE`: the result to a file in the format its name asks for,
    /// asking before an existing file is replaced. Says where it went, in
    /// full, or why not. A view never holds a CPR number.
    fn save(&mut self, name: &str) -> io::Result<()> {
        let t = self.t();
        if self.served {
            return self.say(&t.text("plain-save-served"));
        }
        // `save` alone: how the command goes.
        if name.trim().is_empty() {
            return self.say(&t.text("plain-save-usage"));
        }
        let view = self.result_view();
        let request = match prepare_save(view.as_ref(), name, self.home.as_deref()) {
            Ok(request) => request,
            Err(e) => return self.say(&e.text(&t)),
        };
        let replace = request.exists();
        if replace {
            let shown = request.shown();
            self.say(&t.text_with("plain-save-exists", &args([("path", shown.clone())])))?;
            write!(self.out, "> ")?;
            let yes = matches!(self.read()?, Typed::Line(a) if yes_no(&a) == Some(true));
            if !yes {
                return self.say(&SaveOutcome::Kept(shown).text(&t));
            }
        }
        self.say(&request.write(replace).text(&t))
    }

    /// The municipality question: a number from the last list, 0 for "not
    /// decided yet", or a postcode, town or name to look up.
    fn answer_place(&mut self, text: &str) -> Result<Outcome, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(self.flow.keep());
        }
        let places = self.flow.places();
        let listed = places.is_listed().then(|| places.found().count());
        let by_number = text.parse::<usize>().ok();
        if let (Some(n), Some(count)) = (by_number, listed) {
            if (1..=count).contains(&n) {
                return Ok(self.flow.pick(n - 1));
            }
            // A short number with a list shown picks from it; out of
            // range, it says so rather than search for a postcode.
            if n > count && text.len() <= 2 {
                let mut fluent = FluentArgs::new();
                fluent.set("n", number(count));
                return Err(self.t().text_with("plain-not-a-number", &fluent));
            }
        }
        if by_number == Some(0) {
            return Ok(self.flow.pick_unsure());
        }
        self.flow.search(text);
        Ok(self.flow.submit_search())
    }

    /// "Do you already have a CPR number?": 1 (then the number), 2 or
    /// Enter (none), or the number itself right away.
    fn answer_cpr_have(&mut self, text: &str) -> Result<Outcome, String> {
        let word = text.trim().to_lowercase();
        if word == "1" || yes_no(&word) == Some(true) {
            return Ok(self.flow.have_cpr(true));
        }
        if word == "2" || yes_no(&word) == Some(false) {
            return Ok(self.flow.have_cpr(false));
        }
        // Enter, or a number typed at once: taken, or why not (the reason
        // never repeats the digits); something short is not a number.
        match self.flow.submit(text) {
            Outcome::Refused(Refusal::Invalid(_))
                if text.chars().filter(char::is_ascii_digit).count() < 6 =>
            {
                let mut n = FluentArgs::new();
                n.set("n", 2);
                Err(self.t().text_with("plain-not-a-number", &n))
            }
            other => Ok(other),
        }
    }

    /// A typed line as an answer to the question shown; a line that is not
    /// one in this mode's terms (no such number) says so.
    fn answer(&mut self, view: &QuestionView, text: &str) -> Result<Outcome, String> {
        match &view.input {
            InputView::Place { .. } => self.answer_place(text),
            InputView::Cpr { .. } if self.flow.cpr_step() == Some(CprStep::Have) => {
                self.answer_cpr_have(text)
            }
            InputView::Choice { options, .. } => self.answer_choice(options, text),
            _ => Ok(self.flow.submit(text)),
        }
    }

    /// A choice by its number, its value or (where the options are yes and
    /// no) yes or no in any of the three languages; Enter keeps the
    /// earlier answer.
    fn answer_choice(
        &mut self,
        options: &[crate::output::OptionView],
        text: &str,
    ) -> Result<Outcome, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(self.flow.keep());
        }
        let by_number = text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=options.len()).contains(n))
            .map(|n| n - 1);
        let by_value = || {
            options
                .iter()
                .position(|o| o.value.eq_ignore_ascii_case(text))
        };
        let by_word = || {
            let value = if yes_no(text)? { "yes" } else { "no" };
            options.iter().position(|o| o.value == value)
        };
        match by_number.or_else(by_value).or_else(by_word) {
            Some(i) => Ok(self.flow.choose(i)),
            None if is_yes_no(options) => Err(self.t().text("plain-not-yes-no")),
            None => {
                let mut n = FluentArgs::new();
                n.set("n", number(options.len()));
                Err(self.t().text_with("plain-not-a-number", &n))
            }
        }
    }

    /// Says what an answer led to; `true` when only the prompt is to be
    /// repeated (not the whole question).
    fn reply(&mut self, reply: Result<Outcome, String>) -> io::Result<bool> {
        let reason = match reply {
            Ok(Outcome::Answered) => return Ok(false),
            Ok(Outcome::ChosePlace(name)) => {
                let chosen = self
                    .t()
                    .text_with("plain-place-chosen", &args([("name", name)]));
                self.say(&chosen)?;
                return Ok(false);
            }
            // "Is that right?" next, in full.
            Ok(Outcome::ConfirmDate { .. }) => return Ok(false),
            // Not right: the date's prompt again.
            Ok(Outcome::AskNumber | Outcome::AskDateAgain) => return Ok(true),
            Ok(Outcome::Listed) => {
                self.list_places()?;
                return Ok(true);
            }
            Ok(Outcome::Refused(refusal)) => refusal.text(&self.flow),
            Err(reason) => reason,
        };
        let why = self
            .t()
            .text_with("plain-invalid", &args([("reason", reason)]));
        self.say(&why)?;
        Ok(true)
    }

    /// A number typed on the review: change that answer.
    fn change(&mut self, text: &str) -> io::Result<bool> {
        let items = self.flow.session().review_items();
        match text
            .trim()
            .parse::<usize>()
            .ok()
            .and_then(|n| items.get(n.wrapping_sub(1)))
        {
            Some(&q) => {
                self.flow.change(q);
                Ok(false)
            }
            None => {
                let mut n = FluentArgs::new();
                n.set("n", number(items.len()));
                let why = self.t().text_with("plain-not-a-number", &n);
                self.reply(Err(why))
            }
        }
    }

    /// Reads the next line, hiding it as it is typed when it is a CPR number.
    fn read_answer(&mut self) -> io::Result<Typed> {
        let secret = self.flow.cpr_step() == Some(CprStep::Number);
        let hide = |this: &Self, hidden: bool| {
            if let Some(hide) = this.hide_typing.as_ref().filter(|_| secret) {
                hide(hidden);
            }
        };
        hide(self, true);
        let line = self.read();
        hide(self, false);
        line
    }

    /// Runs until the input ends or the person quits.
    pub fn run(mut self) -> io::Result<Ended> {
        let t = self.t();
        self.say(&format!(
            "{}: {}",
            t.text("ui-title"),
            t.text("ui-welcome-about")
        ))?;
        self.say(&t.text(self.commands_key()))?;
        // After a refused answer, help or a note, only the prompt is
        // repeated: a screen reader need not read the question again.
        let mut repeat_prompt = false;
        loop {
            let view = self.flow.question();
            match (&view, repeat_prompt) {
                (Some(_), repeat) if self.flow.pending_date().is_some() => {
                    self.ask_confirm(repeat)?;
                }
                (Some(view), false) => self.ask(view)?,
                (Some(view), true) => self.prompt(view)?,
                (None, false) => self.show_result()?,
                (None, true) => write!(self.out, "> ")?,
            }
            let line = match self.read_answer()? {
                Typed::Line(line) => line,
                // Said, then asked again: the rest of the line was thrown
                // away, so the next line is a new answer.
                Typed::TooLong => {
                    let mut max = FluentArgs::new();
                    max.set("max", number(LINE_MAX));
                    self.say(&self.t().text_with("plain-line-too-long", &max))?;
                    repeat_prompt = true;
                    continue;
                }
                Typed::End => {
                    let ended = match view {
                        Some(_) => Ended::Unfinished {
                            left: self.flow.questions_left(),
                            lang: self.flow.lang(),
                        },
                        None => Ended::Finished,
                    };
                    self.flow.restart();
                    self.say("")?;
                    return Ok(ended);
                }
            };
            repeat_prompt = match self.command(&line, view.as_ref())? {
                Some(repeat) => repeat,
                None => return Ok(Ended::Quit),
            };
        }
    }

    /// Acts on a typed line; `None` when the person quits, else whether
    /// only the prompt is to be repeated.
    fn command(&mut self, line: &str, view: Option<&QuestionView>) -> io::Result<Option<bool>> {
        let at_place = matches!(view.map(|v| &v.input), Some(InputView::Place { .. }));
        let command = match command(line) {
            // "Lang…" is the start of Langå, Langeland and Langeskov: at
            // the municipality question, a search unless a language follows.
            Command::Lang(None) if at_place => Command::Answer(line.trim().to_string()),
            other => other,
        };
        let repeat = match command {
            Command::Back => {
                let moved = self.flow.back();
                if !moved {
                    self.say(&self.t().text("plain-at-start"))?;
                }
                !moved
            }
            Command::Restart => {
                self.flow.restart();
                false
            }
            Command::Help => {
                self.say(&self.t().text(self.commands_key()))?;
                true
            }
            Command::Quit => {
                self.flow.restart();
                return Ok(None);
            }
            Command::Lang(Some(lang)) => {
                self.flow.set_lang(lang);
                false
            }
            Command::Lang(None) => {
                self.say(&self.t().text("plain-lang-usage"))?;
                true
            }
            Command::Save(name) => {
                self.save(&name)?;
                true
            }
            Command::Answer(text) => match (view, self.flow.position()) {
                (Some(_), _) if self.flow.pending_date().is_some() => {
                    let reply = self.answer_confirm(&text);
                    self.reply(reply)?
                }
                (Some(view), _) => {
                    let reply = self.answer(view, &text);
                    self.reply(reply)?
                }
                (None, Position::Review) => self.change(&text)?,
                (None, Position::Question(_)) => false,
            },
        };
        Ok(Some(repeat))
    }
}
