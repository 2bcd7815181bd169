//! Finds the line of a problem in a YAML file, so that every content error
//! names file and line. serde_yaml gives positions only for syntax errors;
//! for the meaning checks we find the item in its section and, within it,
//! the offending word.

/// Where each top-level section's items start in one file, found once so
/// that looking up many items stays linear in the file's size.
pub struct LineIndex<'a> {
    lines: Vec<&'a str>,
    /// Section name → (first line of each item, end of the section).
    sections: Vec<(&'a str, Vec<usize>, usize)>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let lines: Vec<&str> = text.lines().collect();
        let mut sections: Vec<(&str, Vec<usize>, usize)> = Vec::new();
        let mut indent: Option<usize> = None;
        for (n, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let this_indent = line.len() - trimmed.len();
            let is_item = trimmed.starts_with("- ") || trimmed == "-";
            if this_indent == 0 && !is_item {
                if let Some(last) = sections.last_mut() {
                    last.2 = n;
                }
                let name = trimmed.split(':').next().unwrap_or_default();
                sections.push((name, Vec::new(), lines.len()));
                indent = None;
                continue;
            }
            if let (true, Some(current)) = (is_item, sections.last_mut()) {
                match indent {
                    None => {
                        indent = Some(this_indent);
                        current.1.push(n);
                    }
                    Some(i) if i == this_indent => current.1.push(n),
                    _ => {}
                }
            }
        }
        LineIndex { lines, sections }
    }

    /// 1-based line of item `index` of top-level `section`, refined to the
    /// first line in that item holding `token` as a whole word.
    pub fn line_of(&self, section: &str, index: usize, token: Option<&str>) -> Option<usize> {
        let (_, items, end) = self.sections.iter().find(|(name, _, _)| *name == section)?;
        let item_start = *items.get(index)?;
        let item_end = items.get(index + 1).copied().unwrap_or(*end);
        let found =
            token.and_then(|t| (item_start..item_end).find(|&n| contains_word(self.lines[n], t)));
        Some(found.unwrap_or(item_start) + 1)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// Whether `line` holds `word` with no word character on either side.
fn contains_word(line: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(pos) = line[from..].find(word) {
        let at = from + pos;
        let before_ok = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let after_ok = line[at + word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !is_word_char(c));
        if before_ok && after_ok {
            return true;
        }
        from = at + word.len();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_item_and_token() {
        let file = LineIndex::new(
            "# c\nsources:\n  - id: a\n    checked: x\nquestions:\n  - id: q1\n    kind: choice\n  - id: q2\n    options: [yes, nope]\n",
        );
        assert_eq!(file.line_of("questions", 1, None), Some(8));
        assert_eq!(file.line_of("questions", 1, Some("nope")), Some(9));
        assert_eq!(file.line_of("questions", 0, Some("nope")), Some(6));
        assert_eq!(file.line_of("sources", 0, Some("checked")), Some(4));
        assert_eq!(file.line_of("steps", 0, None), None);
    }
}
