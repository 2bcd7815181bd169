//! Finds the line of a problem in a YAML file, so that every content error
//! names file and line. serde_yaml gives positions only for syntax errors;
//! for the meaning checks we find the item in its section and, within it,
//! the offending word.

/// Text of one content file and its display name.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
}

impl SourceFile {
    /// 1-based line of item `index` of top-level `section`, refined to the
    /// first line in that item holding `token` as a whole word.
    pub fn line_of(&self, section: &str, index: usize, token: Option<&str>) -> Option<usize> {
        let lines: Vec<&str> = self.text.lines().collect();
        let header = format!("{section}:");
        let start = lines
            .iter()
            .position(|l| l.trim_end() == header || l.starts_with(&format!("{header} ")))?;
        // Items are the lines starting with "- " at the first item's indentation.
        let mut indent: Option<usize> = None;
        let mut items: Vec<usize> = Vec::new();
        let mut end = lines.len();
        for (n, line) in lines.iter().enumerate().skip(start + 1) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let this_indent = line.len() - trimmed.len();
            if this_indent == 0 && !trimmed.starts_with("- ") && trimmed != "-" {
                end = n;
                break;
            }
            if trimmed.starts_with("- ") || trimmed == "-" {
                match indent {
                    None => {
                        indent = Some(this_indent);
                        items.push(n);
                    }
                    Some(i) if i == this_indent => items.push(n),
                    _ => {}
                }
            }
        }
        let item_start = *items.get(index)?;
        let item_end = items.get(index + 1).copied().unwrap_or(end);
        let found =
            token.and_then(|t| (item_start..item_end).find(|&n| contains_word(lines[n], t)));
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
        let file = SourceFile {
            name: "x.yaml".into(),
            text: "# c\nsources:\n  - id: a\n    checked: x\nquestions:\n  - id: q1\n    kind: choice\n  - id: q2\n    options: [yes, nope]\n".into(),
        };
        assert_eq!(file.line_of("questions", 1, None), Some(8));
        assert_eq!(file.line_of("questions", 1, Some("nope")), Some(9));
        assert_eq!(file.line_of("questions", 0, Some("nope")), Some(6));
        assert_eq!(file.line_of("sources", 0, Some("checked")), Some(4));
        assert_eq!(file.line_of("steps", 0, None), None);
    }
}
