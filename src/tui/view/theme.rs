//! Colours and emphasis: a default theme, a monochrome one for `NO_COLOR`,
//! and a high-contrast one (`--theme high-contrast`).

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
            ThemeKind::Default => Theme {
                kind,
                base: Style::new(),
                title: bold.fg(Color::Cyan),
                dim: Style::new().fg(Color::Gray),
                heading: bold.fg(Color::Yellow),
                selected: bold.fg(Color::Black).bg(Color::Cyan),
                key: bold.fg(Color::Cyan),
                ok: bold.fg(Color::Green),
                error: bold.fg(Color::Red),
                warn: bold.fg(Color::Yellow),
                today: bold,
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
            },
        }
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
