//! The line mode (`--plain`): the same interview session as plain lines for
//! screen readers, braille displays, dumb terminals and pipes. The question,
//! its numbered options, a prompt; the person types a number (or a date, or
//! a CPR number) and Enter. The municipality is typed as a postcode, town
//! or name; when several fit they are listed, numbered, to pick from. No colours, no cursor movement, no escape
//! sequences, no redraws. The commands (`back`, `restart`, `help`, `quit`,
//! `lang da|en|nb`, and on the result `save FILE`) work at any prompt, in
//! English and in the words of each language (`tilbage`, `forfra`, `hjælp`,
//! `afslut`, `sprog`, `gem`; `tilbake`, `start på nytt`, `hjelp`,
//! `avslutt`, `språk`, `lagre`), whatever language is shown. When every
//! needed answer is in, the result comes, then the answers, numbered:
//! typing a number changes that answer.

use crate::content::Content;
use crate::engine::{parse_answer, Answer, AnswerError, Position, Session};
use crate::i18n::{args, Catalog, FluentArgs, Lang, Localizer};
use crate::output::{
    answer_reason, build_view, place_question, place_row_text, place_rows, render_for, render_text,
    review_items, session_question, write_file, CprShown, ExportError, InputView, PlaceRow,
    QuestionView, ViewOptions,
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
    /// The home folder `~` in a file name stands for.
    home: Option<PathBuf>,
}

/// What a typed answer led to.
enum Reply {
    /// The session took it.
    Taken,
    /// Several municipalities fit: they were listed, to pick by number.
    Listed,
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
    match lower.as_str() {
        "back" | "tilbage" | "tilbake" => Command::Back,
        "restart" | "start over" | "start" | "forfra" | "start forfra" | "start på nytt"
        | "begynn på nytt" => Command::Restart,
        "help" | "?" | "hjælp" | "hjaelp" | "hjelp" => Command::Help,
        "quit" | "exit" | "afslut" | "avslutt" => Command::Quit,
        _ => {
            let (head, rest) = match word.split_once(char::is_whitespace) {
                Some((head, rest)) => (head, rest.trim()),
                None => (word, ""),
            };
            match head.to_lowercase().as_str() {
                "lang" | "language" | "sprog" | "språk" | "sprak" => {
                    Command::Lang(Lang::from_name(rest))
                }
                "save" | "gem" | "lagre" => Command::Save(rest.to_string()),
                _ => Command::Answer(word.to_string()),
            }
        }
    }
}

/// Yes or no, in any of the three languages: `Some(true)` for yes.
fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "y" | "ja" | "j" => Some(true),
        "no" | "n" | "nej" | "nei" => Some(false),
        _ => None,
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
            home: None,
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
        self.catalog.lang(self.lang)
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }

    /// Reads one line; `None` at the end of input. The line is wiped when
    /// dropped. A line that is not UTF-8 (a terminal or file in Latin-1,
    /// where "Køge" is `K\xf8ge`) is read as Latin-1, never refused.
    fn read(&mut self) -> io::Result<Option<Zeroizing<String>>> {
        self.out.flush()?;
        let mut bytes = Zeroizing::new(Vec::new());
        if self.input.read_until(b'\n', &mut bytes)? == 0 {
            return Ok(None);
        }
        let mut line = Zeroizing::new(String::with_capacity(bytes.len() * 2));
        match std::str::from_utf8(&bytes) {
            Ok(text) => line.push_str(text),
            Err(_) => line.extend(bytes.iter().map(|&b| char::from(b))),
        }
        Ok(Some(line))
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

    /// The result in the language shown, if every needed answer is in.
    fn result_view(&self) -> Option<crate::output::View> {
        let guidance = self.session.guidance()?;
        let options = ViewOptions {
            now: self.now,
            site: None,
        };
        Some(build_view(
            &self.session.interview(),
            &guidance,
            &self.t(),
            options,
        ))
    }

    /// The result, then the answers numbered, to change any of them.
    fn show_result(&mut self) -> io::Result<()> {
        let t = self.t();
        if let Some(view) = self.result_view() {
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

    /// `save FILE`: the result to a file in the format its name asks for,
    /// asking before an existing file is replaced. Says where it went, in
    /// full, or why not. A view never holds a CPR number.
    fn save(&mut self, name: &str) -> io::Result<()> {
        let t = self.t();
        if name.trim().is_empty() {
            return self.say(&t.text("plain-save-usage"));
        }
        let Some(view) = self.result_view() else {
            return self.say(&t.text("plain-save-no-result"));
        };
        let Some(path) = crate::output::resolve_path(name, self.home.as_deref()) else {
            return self.say(&t.text("plain-save-no-home"));
        };
        let shown = path.display().to_string();
        let failed = |e: &ExportError| {
            t.text_with(
                &crate::keys::export_error(e.kind()),
                &args([("path", shown.clone()), ("detail", e.detail())]),
            )
        };
        let text = match render_for(&view, &path) {
            Ok(text) => text,
            Err(e) => return self.say(&failed(&e)),
        };
        let exists = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file());
        if exists {
            self.say(&t.text_with("plain-save-exists", &args([("path", shown.clone())])))?;
            write!(self.out, "> ")?;
            let answer = self.read()?;
            if answer.as_deref().and_then(|a| yes_no(a)) != Some(true) {
                return self.say(&t.text_with("plain-save-kept", &args([("path", shown)])));
            }
        }
        match write_file(&path, &text, exists) {
            Ok(()) => self.say(&t.text_with("plain-saved", &args([("path", shown)]))),
            Err(e) => self.say(&failed(&e)),
        }
    }

    /// About how many questions are left, the one shown included.
    fn questions_left(&self) -> usize {
        let progress = self.session.progress();
        progress.total.saturating_sub(progress.current) + 1
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
        if word == "1" || yes_no(&word) == Some(true) {
            self.cpr_yes = true;
            return Ok(Reply::Listed);
        }
        if word.is_empty() || word == "2" || yes_no(&word) == Some(false) {
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
            let by_value = || {
                options
                    .iter()
                    .position(|o| o.value.eq_ignore_ascii_case(text.trim()))
            };
            // Yes or no in any of the three languages, where the options are.
            let by_word = || {
                let value = if yes_no(text)? { "yes" } else { "no" };
                options.iter().position(|o| o.value == value)
            };
            return match by_number.or_else(by_value).or_else(by_word) {
                Some(i) => {
                    self.session.answer(Answer::Choice(i));
                    Ok(())
                }
                None if is_yes_no(options) => Err(t.text("plain-not-yes-no")),
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

    /// Runs until the input ends or the person quits.
    pub fn run(mut self) -> io::Result<Ended> {
        let t = self.t();
        self.say(&format!(
            "{}: {}",
            t.text("ui-title"),
            t.text("ui-welcome-about")
        ))?;
        self.say(&t.text("plain-commands"))?;
        // After a refused answer, help or a note, only the prompt is
        // repeated: a screen reader need not read the question again.
        let mut repeat_prompt = false;
        loop {
            let view = session_question(&self.session, &self.t());
            match (&view, repeat_prompt) {
                (Some(view), false) => self.ask(view)?,
                (Some(view), true) => self.prompt(view)?,
                (None, false) => self.show_result()?,
                (None, true) => write!(self.out, "> ")?,
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
                let ended = match view {
                    Some(_) => Ended::Unfinished {
                        left: self.questions_left(),
                        lang: self.lang,
                    },
                    None => Ended::Finished,
                };
                self.session.restart();
                self.say("")?;
                return Ok(ended);
            };
            let at_place = matches!(
                view.as_ref().map(|v| &v.input),
                Some(InputView::Place { .. })
            );
            let command = match command(&line) {
                // "Lang…" is the start of Langå, Langeland and Langeskov: at
                // the municipality question, a search unless a language follows.
                Command::Lang(None) if at_place => Command::Answer(line.trim().to_string()),
                other => other,
            };
            match command {
                // From the number, back to "do you have one?".
                Command::Back if self.cpr_yes => self.cpr_yes = false,
                Command::Back => {
                    self.pending.clear();
                    if !self.session.back() {
                        self.say(&self.t().text("plain-at-start"))?;
                        repeat_prompt = true;
                    }
                }
                Command::Restart => {
                    self.pending.clear();
                    self.cpr_yes = false;
                    self.session.restart();
                }
                Command::Help => {
                    self.say(&self.t().text("plain-commands"))?;
                    repeat_prompt = true;
                }
                Command::Quit => {
                    self.session.restart();
                    return Ok(Ended::Quit);
                }
                Command::Lang(Some(lang)) => {
                    self.lang = lang;
                    self.relabel_pending();
                }
                Command::Lang(None) => {
                    self.say(&self.t().text("plain-lang-usage"))?;
                    repeat_prompt = true;
                }
                Command::Save(name) => {
                    self.save(&name)?;
                    repeat_prompt = true;
                }
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
                                repeat_prompt = true;
                            }
                        }
                    }
                    (None, Position::Question(_)) => {}
                },
            }
        }
    }
}
