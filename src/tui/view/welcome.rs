//! The welcome screen: what the guide is, and the language to use.

use super::Body;
use crate::i18n::Lang;
use crate::tui::app::App;
use ratatui::text::{Line, Span};

pub fn body(app: &App<'_>) -> Body {
    let t = app.t();
    let theme = app.theme();
    let mut lines = vec![
        Line::from(Span::styled(t.text("ui-welcome"), theme.title)),
        Line::from(Span::styled(t.text("ui-welcome-about"), theme.base)),
        Line::from(""),
        // In all three languages, so anyone can find theirs.
        Line::from(Span::styled(t.text("ui-choose-language"), theme.heading)),
    ];
    let mut options = Vec::new();
    for (i, lang) in Lang::ALL.iter().enumerate() {
        let name = t.text(&crate::keys::language(lang.code()));
        options.push((lines.len(), lines.len() + 1));
        lines.push(super::option_line(
            theme,
            i + 1,
            i == app.selected(),
            format!(" {name} "),
            theme.base,
        ));
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        t.text("ui-welcome-privacy"),
        theme.dim,
    )));
    let focus = options.get(app.selected()).copied();
    Body {
        lines,
        options,
        focus,
        free_scroll: false,
        pinned: 0,
    }
}
