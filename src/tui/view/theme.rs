//! Colours and emphasis: a default theme, a monochrome one for `NO_COLOR`,
//! and a high-contrast one (`--theme high-contrast`); and the symbols drawn,
//! in plain ASCII where the terminal's font lacks the others (the Linux
//! console, `TERM=linux`, or `glyphs: ascii` in the kiosk settings).

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeKind {
    #[default]
    Default,
    /// `NO_COLOR`: emphasis only, no colours.
    Mono,
    HighContrast,
}

/// The styles every view draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub kind: ThemeKind,
    pub base: Style,
    pub title: Style,
    pub dim: Style,
    pub heading: Style,
    pub selected: Style,
    pub key: Style,
    pub ok: Style,
    pub error: Style,
    pub warn: Style,
    pub today: Style,
    pub glyphs: Glyphs,
    /// Web addresses are OSC 8 links (a terminal that draws more than the
    /// Linux console's ASCII).
    pub links: bool,
}

/// The symbols the screens use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glyphs {
    /// The highlighted option.
    pub selected: &'static str,
    /// "You are here", "today".
    pub here: &'static str,
    pub ok: &'static str,
    pub wrong: &'static str,
    /// A deadline that has passed.
    pub warning: &'static str,
    /// The text cursor.
    pub cursor: &'static str,
    /// More above, more below.
    pub up: &'static str,
    pub down: &'static str,
    pub bullet: &'static str,
    /// A note to an office.
    pub arrow: &'static str,
    /// A document to tick off.
    pub checkbox: &'static str,
    /// A hidden character of a PIN or CPR number.
    pub hidden: char,
    /// The frame of a box (a prompt, the help).
    pub border: ratatui::symbols::border::Set<'static>,
    /// Only ASCII: key names are spelled out (Up/Down for ↑↓).
    pub ascii: bool,
}

impl Glyphs {
    pub const UNICODE: Glyphs = Glyphs {
        selected: "▶",
        here: "◀",
        ok: "✓",
        wrong: "✗",
        warning: "⚠",
        cursor: "█",
        up: "▲",
        down: "▼",
        bullet: "•",
        arrow: "→",
        checkbox: "☐",
        hidden: '•',
        border: ratatui::symbols::border::PLAIN,
        ascii: false,
    };

    /// For fonts with ASCII only.
    pub const ASCII: Glyphs = Glyphs {
        selected: ">",
        here: "<",
        ok: "+",
        wrong: "x",
        warning: "!",
        cursor: "_",
        up: "^",
        down: "v",
        bullet: "*",
        arrow: "->",
        checkbox: "[ ]",
        hidden: '*',
        border: ratatui::symbols::border::Set {
            top_left: "+",
            top_right: "+",
            bottom_left: "+",
            bottom_right: "+",
            vertical_left: "|",
            vertical_right: "|",
            horizontal_top: "-",
            horizontal_bottom: "-",
        },
        ascii: true,
    };

    /// Text with the arrows of key names spelled out when only ASCII can
    /// be drawn ("↑↓ choose" → "Up/Down choose").
    pub fn keys(&self, text: &str) -> String {
        if !self.ascii {
            return text.to_string();
        }
        text.replace("↑↓", "Up/Down")
            .replace("↑ ↓", "Up/Down")
            .replace('↑', "Up")
            .replace('↓', "Down")
            .replace('←', "Left")
            .replace('→', "Right")
    }

    /// As asked for (`Some(true)`: ASCII), else ASCII for `TERM=linux`
    /// (the console's font lacks ▶ ◀ ☐).
    /// Whether a terminal takes OSC 8 links: any but the Linux console
    /// (which would print the sequence) and one drawn in ASCII.
    pub fn links(self, term: Option<&str>) -> bool {
        self == Glyphs::UNICODE && !matches!(term, Some("linux" | "dumb"))
    }

    pub fn choose(term: Option<&str>, ascii: Option<bool>) -> Glyphs {
        if ascii.unwrap_or(term == Some("linux")) {
            Glyphs::ASCII
        } else {
            Glyphs::UNICODE
        }
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::new(ThemeKind::Default)
    }
}

impl Theme {
    pub fn new(kind: ThemeKind) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        match kind {
            // Only what reads on a dark and on a light background alike:
            // the terminal's own text colour, faint, bold, red and magenta
            // (never grey, yellow, cyan or green text on its own).
            ThemeKind::Default => Theme {
                kind,
                base: Style::new(),
                title: bold,
                dim: Style::new().add_modifier(Modifier::DIM),
                heading: bold.fg(Color::Magenta),
                selected: bold.fg(Color::Black).bg(Color::Cyan),
                key: bold,
                ok: bold,
                error: bold.fg(Color::Red),
                warn: bold.fg(Color::Red),
                today: bold,
                glyphs: Glyphs::UNICODE,
                links: false,
            },
            ThemeKind::Mono => Theme {
                kind,
                base: Style::new(),
                title: bold,
                dim: Style::new(),
                heading: bold.add_modifier(Modifier::UNDERLINED),
                selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                key: bold,
                ok: bold,
                error: bold,
                warn: bold,
                today: bold,
                glyphs: Glyphs::UNICODE,
                links: false,
            },
            ThemeKind::HighContrast => Theme {
                kind,
                base: Style::new().fg(Color::White).bg(Color::Black),
                title: bold.fg(Color::Yellow).bg(Color::Black),
                dim: Style::new().fg(Color::White).bg(Color::Black),
                heading: bold
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::UNDERLINED),
                selected: bold.fg(Color::Black).bg(Color::Yellow),
                key: bold.fg(Color::Yellow).bg(Color::Black),
                ok: bold.fg(Color::White).bg(Color::Black),
                error: bold
                    .fg(Color::Yellow)
                    .bg(Color::Black)
                    .add_modifier(Modifier::UNDERLINED),
                warn: bold.fg(Color::Yellow).bg(Color::Black),
                today: bold.fg(Color::Black).bg(Color::White),
                glyphs: Glyphs::UNICODE,
                links: false,
            },
        }
    }

    /// Every style the theme draws with.
    pub fn styles(&self) -> [Style; 10] {
        [
            self.base,
            self.title,
            self.dim,
            self.heading,
            self.selected,
            self.key,
            self.ok,
            self.error,
            self.warn,
            self.today,
        ]
    }

    /// This theme with other symbols.
    pub fn with_glyphs(self, glyphs: Glyphs) -> Theme {
        Theme { glyphs, ..self }
    }

    /// With web addresses as OSC 8 links or without.
    pub fn with_links(self, links: bool) -> Theme {
        Theme { links, ..self }
    }

    /// The theme to use: high contrast if asked for, else monochrome when
    /// `NO_COLOR` is set to anything non-empty.
    pub fn choose(high_contrast: bool, no_color: Option<&str>) -> Theme {
        if high_contrast {
            Theme::new(ThemeKind::HighContrast)
        } else if no_color.is_some_and(|v| !v.is_empty()) {
            Theme::new(ThemeKind::Mono)
        } else {
            Theme::new(ThemeKind::Default)
        }
    }
}
