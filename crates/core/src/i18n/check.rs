//! Checks of translation files beyond Fluent's own syntax: a message that
//! refers to itself, alone or in a circle (`a` → `b` → `a`), shows its ID
//! (`{ui-welcome}`) instead of words, so it is refused with its file and
//! line. So is a control character, an escape sequence or a
//! bidirectional control, written as it is or as a string literal's
//! escape (`{ "\u001b" }`): it would act on a terminal, a file or a
//! printer instead of showing.

use crate::diagnostics::{ContentError, Problem};
use fluent_syntax::ast;
use std::collections::BTreeMap;

/// A message or term (terms keep their leading `-`), or one of its
/// attributes: what a reference points at.
type Node = (String, Option<String>);

/// The references between the messages of one language.
#[derive(Default)]
pub struct References {
    /// What each message, term and attribute refers to, in order.
    edges: BTreeMap<Node, Vec<Node>>,
    /// Where each is defined: file and line.
    at: BTreeMap<Node, (String, usize)>,
}

/// Every message and term a pattern refers to.
fn pattern_refs(pattern: &ast::Pattern<&str>, out: &mut Vec<Node>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(expression: &ast::Expression<&str>, out: &mut Vec<Node>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for variant in variants {
                pattern_refs(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_refs(inline, out),
    }
}

fn inline_refs(inline: &ast::InlineExpression<&str>, out: &mut Vec<Node>) {
    let arguments = |arguments: &ast::CallArguments<&str>, out: &mut Vec<Node>| {
        for argument in &arguments.positional {
            inline_refs(argument, out);
        }
        for argument in &arguments.named {
            inline_refs(&argument.value, out);
        }
    };
    match inline {
        ast::InlineExpression::MessageReference { id, attribute } => out.push((
            id.name.to_string(),
            attribute.as_ref().map(|a| a.name.to_string()),
        )),
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments: args,
        } => {
            out.push((
                format!("-{}", id.name),
                attribute.as_ref().map(|a| a.name.to_string()),
            ));
            if let Some(args) = args {
                arguments(args, out);
            }
        }
        ast::InlineExpression::FunctionReference {
            arguments: args, ..
        } => arguments(args, out),
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, out),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::VariableReference { .. } => {}
    }
}

impl References {
    /// Adds a message or term of `file`, defined at `line`.
    pub fn add(&mut self, entry: &ast::Entry<&str>, file: &str, line: usize) {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => return,
        };
        let mut node = |node: Node, pattern: Option<&ast::Pattern<&str>>| {
            // The first definition is the one shown (a second is an error).
            if self.at.contains_key(&node) {
                return;
            }
            let mut refs = Vec::new();
            if let Some(pattern) = pattern {
                pattern_refs(pattern, &mut refs);
            }
            self.at.insert(node.clone(), (file.to_string(), line));
            self.edges.insert(node, refs);
        };
        node((id.clone(), None), value);
        for attribute in attributes {
            node(
                (id.clone(), Some(attribute.id.name.to_string())),
                Some(&attribute.value),
            );
        }
    }

    /// Every circle of references, each once, at the message that closes
    /// it: `a` → `a`, `a` → `b` → `a`. Walked without recursion, so a long
    /// chain cannot overflow the stack.
    pub fn cycles(&self) -> Vec<ContentError> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            Open,
            Done,
        }
        let nodes: Vec<&Node> = self.edges.keys().collect();
        let index: BTreeMap<&Node, usize> =
            nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        let targets: Vec<Vec<usize>> = nodes
            .iter()
            .map(|n| {
                self.edges[*n]
                    .iter()
                    .filter_map(|to| index.get(to).copied())
                    .collect()
            })
            .collect();
        let mut marks = vec![Mark::New; nodes.len()];
        let mut errors = Vec::new();
        for start in 0..nodes.len() {
            if marks[start] != Mark::New {
                continue;
            }
            // The path being walked: each node with its next reference.
            let mut path: Vec<(usize, usize)> = vec![(start, 0)];
            marks[start] = Mark::Open;
            while let Some((node, next)) = path.last_mut() {
                let node = *node;
                let Some(&to) = targets[node].get(*next) else {
                    marks[node] = Mark::Done;
                    path.pop();
                    continue;
                };
                *next += 1;
                match marks[to] {
                    Mark::New => {
                        marks[to] = Mark::Open;
                        path.push((to, 0));
                    }
                    Mark::Open => {
                        let from = path.iter().position(|(n, _)| *n == to).unwrap_or(0);
                        let mut names: Vec<String> =
                            path[from..].iter().map(|(n, _)| name(nodes[*n])).collect();
                        names.push(name(nodes[to]));
                        let (file, line) = self.at.get(nodes[node]).cloned().unwrap_or_default();
                        errors.push(ContentError {
                            file,
                            line: Some(line),
                            problem: Problem::new("ftl-cycle")
                                .arg("id", name(nodes[node]))
                                .arg("path", names.join(" → ")),
                        });
                    }
                    Mark::Done => {}
                }
            }
        }
        errors
    }
}

/// `id` or `id.attribute`, as Fluent writes a reference.
fn name((id, attribute): &Node) -> String {
    match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.clone(),
    }
}

/// Each line of a translation file holding a control character, as
/// [`crate::text::control_lines`] finds them.
pub fn control_characters(file: &crate::diagnostics::SourceFile) -> Vec<ContentError> {
    crate::text::control_lines(&file.text)
        .into_iter()
        .map(|(line, c)| control_error(&file.name, line, c))
        .collect()
}

fn control_error(file: &str, line: usize, c: char) -> ContentError {
    ContentError {
        file: file.to_string(),
        line: Some(line),
        problem: Problem::new("control-character").arg("code", crate::text::code_point(c)),
    }
}

/// A control character a string literal of a message or term writes as
/// an escape (`{ "\u001b" }`, `{ "\u202E" }`), at the line the message
/// starts on.
pub fn escaped_control(entry: &ast::Entry<&str>, file: &str, line: usize) -> Option<ContentError> {
    let (value, attributes) = match entry {
        ast::Entry::Message(m) => (m.value.as_ref(), &m.attributes),
        ast::Entry::Term(t) => (Some(&t.value), &t.attributes),
        _ => return None,
    };
    let mut literals = Vec::new();
    for pattern in value.into_iter().chain(attributes.iter().map(|a| &a.value)) {
        pattern_literals(pattern, &mut literals);
    }
    literals.into_iter().find_map(|literal| {
        fluent_syntax::unicode::unescape_unicode_to_string(literal)
            .chars()
            .find(|&c| crate::text::is_control(c))
            .map(|c| control_error(file, line, c))
    })
}

/// Every string literal in a pattern, as written (escapes not read yet).
fn pattern_literals<'a>(pattern: &ast::Pattern<&'a str>, out: &mut Vec<&'a str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_literals(expression, out);
        }
    }
}

fn expression_literals<'a>(expression: &ast::Expression<&'a str>, out: &mut Vec<&'a str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_literals(selector, out);
            for variant in variants {
                pattern_literals(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_literals(inline, out),
    }
}

fn inline_literals<'a>(inline: &ast::InlineExpression<&'a str>, out: &mut Vec<&'a str>) {
    let arguments = |arguments: &ast::CallArguments<&'a str>, out: &mut Vec<&'a str>| {
        for argument in &arguments.positional {
            inline_literals(argument, out);
        }
        for argument in &arguments.named {
            inline_literals(&argument.value, out);
        }
    };
    match inline {
        ast::InlineExpression::StringLiteral { value } => out.push(value),
        ast::InlineExpression::TermReference {
            arguments: Some(args),
            ..
        }
        | ast::InlineExpression::FunctionReference {
            arguments: args, ..
        } => arguments(args, out),
        ast::InlineExpression::Placeable { expression } => expression_literals(expression, out),
        _ => {}
    }
}
