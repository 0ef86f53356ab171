//! The core is pure: nothing under `src/core` may use the terminal crates,
//! the folder crate, the file system or the clock. This test reads the
//! sources, so a new file is covered the moment it exists.

use std::fs;
use std::path::{Path, PathBuf};

/// Crates the core must not name.
const FORBIDDEN_CRATES: [&str; 3] = ["ratatui", "crossterm", "directories"];

/// Ways of reading the clock; time is passed into the core instead.
const CLOCK_READS: [&str; 4] = ["SystemTime::now", "Instant::now", "Timestamp::now", "Zoned::now"];

/// Source text with comments, string and character literals blanked out
/// (line breaks kept, so line numbers stay right).
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    while i < chars.len() {
        let rest = &chars[i..];
        if rest.starts_with(&['/', '/']) {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if rest.starts_with(&['/', '*']) {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i..].starts_with(&['/', '*']) {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if chars[i..].starts_with(&['*', '/']) {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(rest) {
            // r"..." or r#"..."#
            let open = 2 + hashes;
            out.extend(std::iter::repeat_n(' ', open));
            i += open;
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while i < chars.len() && !chars[i..].starts_with(&close) {
                out.push(blank(chars[i]));
                i += 1;
            }
            let end = close.len().min(chars.len() - i);
            out.extend(std::iter::repeat_n(' ', end));
            i += end;
        } else if chars[i] == '"' {
            out.push(' ');
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < chars.len() {
                    out.push(blank(chars[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if let Some(len) = char_literal_len(rest) {
            out.extend(std::iter::repeat_n(' ', len));
            i += len;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// `r"` or `r#"` (not part of a longer identifier): the number of hashes.
fn raw_string_start(rest: &[char]) -> Option<usize> {
    if rest.first() != Some(&'r') {
        return None;
    }
    let hashes = rest[1..].iter().take_while(|&&c| c == '#').count();
    (rest.get(1 + hashes) == Some(&'"')).then_some(hashes)
}

/// `'x'`, `'\n'`, `'\''`, `'\u{1F680}'`; not lifetimes like `'a`.
fn char_literal_len(rest: &[char]) -> Option<usize> {
    if rest.first() != Some(&'\'') {
        return None;
    }
    if rest.get(1) == Some(&'\\') {
        let close = rest[2..].iter().skip(1).position(|&c| c == '\'')?;
        return Some(close + 4);
    }
    (rest.get(2) == Some(&'\'')).then_some(3)
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `word` occurs in `line` as a whole path segment or identifier.
fn has_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        !before.is_some_and(is_ident_char) && !after.is_some_and(is_ident_char)
    })
}

/// Removes blanks around `::`, so `std :: fs` reads as `std::fs`.
fn tighten_paths(line: &str) -> String {
    let mut out = line.to_string();
    for (from, to) in [(" ::", "::"), (":: ", "::"), ("\t::", "::"), ("::\t", "::")] {
        while out.contains(from) {
            out = out.replace(from, to);
        }
    }
    out
}

/// Line numbers of `std::{ ... fs ... }` group imports, which may span lines.
fn std_fs_in_groups(code: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    for (at, _) in code.match_indices("std::{") {
        let inner_start = at + "std::{".len();
        let mut depth = 1;
        let mut inner_end = code.len();
        for (offset, c) in code[inner_start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                inner_end = inner_start + offset;
                break;
            }
        }
        let inner = &code[inner_start..inner_end];
        if inner
            .split(|c: char| !is_ident_char(c))
            .any(|segment| segment == "fs")
        {
            lines.push(code[..at].matches('\n').count() + 1);
        }
    }
    lines
}

/// Every use of a forbidden crate, the file system or the clock in `source`,
/// as `line: what`.
fn violations(source: &str) -> Vec<String> {
    let code: String = code_only(source)
        .lines()
        .map(tighten_paths)
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    for (n, line) in code.lines().enumerate() {
        for krate in FORBIDDEN_CRATES {
            if has_word(line, krate) {
                found.push(format!("{}: {krate}", n + 1));
            }
        }
        for clock in CLOCK_READS {
            if has_word(line, clock) {
                found.push(format!("{}: {clock}", n + 1));
            }
        }
        if has_word(line, "std::fs") {
            found.push(format!("{}: std::fs", n + 1));
        }
    }
    for line in std_fs_in_groups(&code) {
        found.push(format!("{line}: std::fs"));
    }
    found
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_core_imports_no_terminal_file_system_folders_or_clock() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let files = rust_files(&core);
    assert!(files.len() >= 5, "src/core looks empty: {files:?}");
    let mut problems = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("readable source");
        for violation in violations(&source) {
            problems.push(format!("{}:{violation}", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "the core must stay pure (see ARCHITECTURE.md, rule 1):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_check_catches_bad_examples() {
    let bad = [
        ("use ratatui::widgets::Paragraph;", "ratatui"),
        ("use crossterm::event::{self, Event};", "crossterm"),
        (
            "let dirs = directories::ProjectDirs::from(\"\", \"\", \"x\");",
            "directories",
        ),
        ("extern crate directories;", "directories"),
        ("use std::fs;", "std::fs"),
        ("use std::fs::File;", "std::fs"),
        ("let text = std::fs::read_to_string(path)?;", "std::fs"),
        ("let text = ::std::fs::read(path)?;", "std::fs"),
        ("use std :: fs :: write;", "std::fs"),
        ("use std::{io, fs};", "std::fs"),
        (
            "use std::{\n    collections::HashMap,\n    fs::File,\n};",
            "std::fs",
        ),
        ("let now = jiff::Timestamp::now();", "Timestamp::now"),
        ("let t = std::time::SystemTime::now();", "SystemTime::now"),
        ("fn f() -> ratatui::Frame<'static> { todo!() }", "ratatui"),
    ];
    for (source, what) in bad {
        let found = violations(source);
        assert!(
            found.iter().any(|v| v.ends_with(what)),
            "missed {what} in {source:?}: {found:?}"
        );
    }
}

#[test]
fn the_check_ignores_comments_strings_and_lookalikes() {
    let fine = [
        "// Nothing here uses ratatui or crossterm or std::fs.",
        "/// Unlike `directories`, the core gets its paths from the caller.",
        "/* std::fs is for the store */ let x = 1;",
        "let hint = \"see std::fs and ratatui\";",
        "let raw = r#\"crossterm \"quoted\" std::fs\"#;",
        "let c = '\"'; let d = \"ratatui\";",
        "let my_directories_list = Vec::new();",
        "use std::{fmt, fsync_helper};",
        "let fs_name = \"x\"; let cfs = 1;",
        "use crate::core::fs_like::Thing;",
        "fn lifetimes<'a>(x: &'a str) -> &'a str { x }",
        "let t = Timestamp::UNIX_EPOCH; // not now()",
    ];
    for source in fine {
        assert_eq!(
            violations(source),
            Vec::<String>::new(),
            "false alarm in {source:?}"
        );
    }
}

#[test]
fn line_numbers_point_at_the_offending_line() {
    let source = "//! docs\nuse serde::Serialize;\n\nuse crossterm::style::Color;\n";
    assert_eq!(violations(source), vec!["4: crossterm".to_string()]);
}
