//! The layers stay apart: nothing under `src/core` may use the terminal
//! crates, the folder crate, the file system or the clock; a screen under
//! `src/tui/screens` imports neither the app nor another screen; and only
//! `src/tui/app.rs` has `impl App` blocks. These tests read the sources, so a
//! new file is covered the moment it exists.

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

// ----- the front end: screens stand alone -----

/// The module path of a file under `src/tui/screens`: `cluster/view/mod.rs`
/// is `["screens", "cluster", "view"]`.
fn module_path(relative: &Path) -> Vec<String> {
    let mut path = vec!["screens".to_string()];
    let parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if !(last && part == "mod") {
            path.push(part.clone());
        }
    }
    path
}

/// The paths a source names, written as `a::b::c` (a `use` group
/// `a::{b, c::d}` gives `a::b` and `a::c::d`).
fn named_paths(code: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let tight = tighten_paths(code);
    let chars: Vec<(usize, char)> = tight.char_indices().collect();
    let line_of = |at: usize| tight[..at].matches('\n').count() + 1;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let starts = (c.is_alphabetic() || c == '_') && (i == 0 || !is_ident_char(chars[i - 1].1));
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && (is_ident_char(chars[end].1) || chars[end].1 == ':') {
            end += 1;
        }
        let path: String = chars[i..end].iter().map(|(_, c)| *c).collect();
        if end < chars.len() && chars[end].1 == '{' && path.ends_with("::") {
            let mut depth = 0;
            let mut close = end;
            while close < chars.len() {
                match chars[close].1 {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                close += 1;
            }
            let inner: String = chars[end + 1..close.min(chars.len())]
                .iter()
                .map(|(_, c)| *c)
                .collect();
            for (_, rest) in named_paths(&inner) {
                found.push((line_of(at), format!("{path}{rest}")));
            }
            // Single names in the group (`a::{b, c}`) are paths too.
            for name in inner
                .split([',', ' ', '\n'])
                .filter(|n| !n.is_empty() && !n.contains(':'))
            {
                if name.chars().all(is_ident_char) {
                    found.push((line_of(at), format!("{path}{name}")));
                }
            }
            i = close + 1;
            continue;
        }
        if path.contains("::") {
            found.push((line_of(at), path.trim_end_matches(':').to_string()));
        }
        i = end;
    }
    found
}

/// Where a path leads, from the module `here`: `super::` steps up, `crate::`
/// starts at the crate root; `None` for paths into other crates.
fn resolve(here: &[String], path: &str) -> Option<Vec<String>> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut at: Vec<String>;
    let mut rest = &segments[..];
    match segments.first() {
        Some(&"crate") => {
            at = Vec::new();
            rest = &segments[1..];
        }
        Some(&"super") | Some(&"self") => {
            // `here` is relative to src/tui; put it back in the crate.
            at = ["tui".to_string()]
                .into_iter()
                .chain(here.iter().cloned())
                .collect();
            while let Some(&step) = rest.first() {
                match step {
                    "super" => {
                        at.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    at.extend(rest.iter().map(|s| s.to_string()));
    Some(at)
}

/// Why a screen's source breaks the rule: it names the app, or a screen
/// other than its own.
fn screen_violations(relative: &Path, source: &str) -> Vec<String> {
    let here = module_path(relative);
    let own = here.get(1).cloned().unwrap_or_default();
    let code = code_only(source);
    let mut problems = Vec::new();
    for (line, path) in named_paths(&code) {
        let Some(target) = resolve(&here, &path) else {
            continue;
        };
        let target: Vec<&str> = target.iter().map(String::as_str).collect();
        match target.as_slice() {
            ["tui", "app", ..] => problems.push(format!("{line}: imports the app ({path})")),
            ["tui", "screens", other, ..] if *other != own => {
                problems.push(format!("{line}: imports another screen ({path})"));
            }
            _ => {}
        }
    }
    problems
}

/// The type an `impl` header is for: `App` in `impl App {`, `impl<'a> App<'a>`,
/// `impl Trait for App`, `unsafe impl Send for crate::tui::app::App`.
fn impl_self_type(line: &str) -> Option<String> {
    let line = line.trim_start();
    let line = line.strip_prefix("unsafe ").unwrap_or(line).trim_start();
    let rest = line.strip_prefix("impl")?;
    let mut rest = rest.trim_start();
    if rest.len() == line.len() - "impl".len() && !rest.starts_with('<') {
        // `implement`, `impl_app`: not an impl block.
        return None;
    }
    if rest.starts_with('<') {
        let mut depth = 0;
        let end = rest.char_indices().find_map(|(at, c)| {
            match c {
                '<' => depth += 1,
                '>' => depth -= 1,
                _ => {}
            }
            (depth == 0).then_some(at + 1)
        })?;
        rest = rest[end..].trim_start();
    }
    let header = rest.split(['{', ';']).next().unwrap_or_default();
    let header = header.split(" where ").next().unwrap_or_default();
    let target = header.rsplit(" for ").next().unwrap_or_default().trim();
    let path = tighten_paths(target);
    let path = path.split('<').next().unwrap_or_default();
    Some(path.rsplit("::").next().unwrap_or_default().to_string())
}

/// Lines with an `impl App` block (inherent or of a trait).
fn impl_app_lines(source: &str) -> Vec<usize> {
    let code = code_only(source);
    code.lines()
        .enumerate()
        .filter(|(_, line)| impl_self_type(line).as_deref() == Some("App"))
        .map(|(index, _)| index + 1)
        .collect()
}

#[test]
fn only_the_app_module_has_impl_app_blocks() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let app = src.join("tui/app.rs");
    let files = rust_files(&src);
    assert!(files.contains(&app), "src/tui/app.rs is where App lives");
    assert!(
        !impl_app_lines(&fs::read_to_string(&app).expect("readable source")).is_empty(),
        "the check finds the app's own impl block"
    );
    let mut problems = Vec::new();
    for file in files.into_iter().filter(|f| *f != app) {
        let source = fs::read_to_string(&file).expect("readable source");
        for line in impl_app_lines(&source) {
            problems.push(format!("{}:{line}: impl App", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "App changes only in src/tui/app.rs; a screen answers with an Outcome (see ARCHITECTURE.md):\n{}",
        problems.join("\n")
    );
}

#[test]
fn screens_import_neither_the_app_nor_each_other() {
    let screens = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/screens");
    let files = rust_files(&screens);
    assert!(files.len() >= 3, "src/tui/screens looks empty: {files:?}");
    let mut problems = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&screens).expect("under screens");
        let source = fs::read_to_string(&file).expect("readable source");
        for problem in screen_violations(relative, &source) {
            problems.push(format!("{}:{problem}", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "a screen talks to the app only through its Outcome (see ARCHITECTURE.md):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_screen_check_catches_bad_examples() {
    let file = Path::new("cluster/view/columns.rs");
    let bad = [
        "use crate::tui::app::App;",
        "use crate::tui::{app::App, document::Document};",
        "use super::super::super::app;",
        "fn f(a: &crate::tui::app::App) {}",
        "use crate::tui::screens::board::Board;",
        "use super::super::super::vote::VoteState;",
        "use crate::tui::screens::{cluster::Group, spotlight::Spot};",
    ];
    for source in bad {
        assert_eq!(screen_violations(file, source).len(), 1, "{source}");
    }
    let good = [
        "use crate::tui::document::Document;",
        "use crate::tui::screens::cluster::Group;",
        "use super::super::state::Group;",
        "use super::columns::draw_columns;",
        "// use crate::tui::app::App;",
        "let s = \"crate::tui::app::App\";",
        "use crate::tui::mode::Mode; let app = 1; app::x();",
    ];
    for source in good {
        assert_eq!(screen_violations(file, source), Vec::<String>::new(), "{source}");
    }
    assert_eq!(
        screen_violations(Path::new("cluster/mod.rs"), "use super::vote::Ballot;").len(),
        1
    );
    assert_eq!(
        impl_app_lines("struct A;\nimpl App {\n}\nimpl Screen for App {}"),
        vec![2, 4]
    );
    assert_eq!(
        impl_app_lines("impl Apple {}\n// impl App {}\nimpl<T> AppLike<T> {}"),
        Vec::<usize>::new()
    );
    assert_eq!(impl_app_lines("impl crate::tui::app::App {}"), vec![1]);
    let bad = [
        "impl App {",
        "    impl App {",
        "impl<'a> App<'a> {",
        "impl<T: Into<String>> From<T> for App {",
        "impl std::fmt::Debug for crate::tui::app::App {",
        "unsafe impl Send for App {}",
        "impl Screen for super :: app :: App {}",
        "impl Drop for App where App: Sized {",
    ];
    for source in bad {
        assert_eq!(impl_app_lines(source), vec![1], "{source}");
    }
    let good = [
        "impl Application {}",
        "impl From<App> for Snapshot {",
        "impl<App> Wrapper<App> {",
        "fn implement_app() {}",
        "let impl_app = 1;",
        "/* impl App {} */",
        "let s = \"impl App {\";",
        "impl AppState {}",
    ];
    for source in good {
        assert_eq!(impl_app_lines(source), Vec::<usize>::new(), "{source}");
    }
}

/// The names a message's texts leave to fill in (`{key}`), in both
/// languages.
fn placeholders(msg: plenum::i18n::Msg) -> std::collections::BTreeSet<String> {
    let mut names = std::collections::BTreeSet::new();
    for lang in [plenum::core::Language::En, plenum::core::Language::De] {
        let mut rest = msg.text(lang);
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            if len > 0 && after[len..].starts_with('}') {
                names.insert(after[..len].to_string());
            }
            rest = after;
        }
    }
    names
}

/// Every `Msg::Name, &[("arg", …), …]` in the sources: the message's name,
/// the names given, and where.
fn filled_messages(source: &str, file: &Path) -> Vec<MessageUse> {
    let mut found = Vec::new();
    let mut rest = source;
    let mut offset = 0;
    while let Some(at) = rest.find("Msg::") {
        let after = &rest[at + 5..];
        let len = after.find(|c: char| !is_ident_char(c)).unwrap_or(after.len());
        let name = after[..len].to_string();
        let tail = after[len..].trim_start();
        let line = source[..offset + at].lines().count();
        if let Some(list) = tail
            .strip_prefix(',')
            .map(str::trim_start)
            .and_then(|t| t.strip_prefix("&["))
        {
            let end = list.find(']').unwrap_or(list.len());
            let args = list[..end]
                .split('(')
                .skip(1)
                .filter_map(|piece| piece.trim_start().strip_prefix('"')?.split_once('"'))
                .filter(|(arg, after)| arg.chars().all(is_ident_char) && after.trim_start().starts_with(','))
                .map(|(arg, _)| arg.to_string())
                .collect();
            // A test that shows what a missing name does leaves one out.
            let before = &source[(offset + at).saturating_sub(300)..offset + at];
            if !before.contains("should_panic") {
                found.push((name, args, format!("{}:{line}", file.display())));
            }
        }
        offset += at + 5;
        rest = after;
    }
    found
}

/// One use of a message in the sources: its name, the names given, where.
type MessageUse = (String, Vec<String>, String);

/// Reads every source file with `scan` and checks each message it finds
/// gets every name its English and German texts ask for. Fails too if
/// fewer than `at_least` uses were found (the scan would be broken).
fn check_names_given(scan: fn(&str, &Path) -> Vec<MessageUse>, at_least: usize) {
    let by_name: std::collections::HashMap<String, plenum::i18n::Msg> = plenum::i18n::Msg::ALL
        .iter()
        .map(|msg| (format!("{msg:?}"), *msg))
        .collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in rust_files(&root.join("src")) {
        let source = fs::read_to_string(&file).expect("readable");
        for (name, args, place) in scan(&source, file.strip_prefix(root).unwrap_or(&file)) {
            let Some(msg) = by_name.get(&name) else {
                continue;
            };
            checked += 1;
            for wanted in placeholders(*msg) {
                if !args.contains(&wanted) {
                    missing.push(format!("{place}: {name} without {{{wanted}}}"));
                }
            }
        }
    }
    assert!(
        checked > at_least,
        "only {checked} uses found: the scan is broken"
    );
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// A message filled in with a list of names gets every name its English
/// and German texts ask for: a missing one would show `{name}` to the user.
#[test]
fn every_message_filled_in_gets_all_its_names() {
    check_names_given(filled_messages, 100);
}

#[test]
fn the_message_scan_reads_names_across_lines() {
    let source =
        "fill(lang, Msg::HostStarted, &[\n (\"port\", &p),\n (\n  \"code\",\n  &format!(\"{x}\", x)) ]);";
    let found = filled_messages(source, Path::new("x.rs"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "HostStarted");
    assert_eq!(found[0].1, ["port", "code"]);
}

/// Every `Say::info(Msg::Name)` or `Say::warn(Msg::Name)` in the sources
/// with the names its chain of `.text`, `.word`, `.counted` and `.key`
/// calls gives.
fn said_messages(source: &str, file: &Path) -> Vec<MessageUse> {
    let mut found = Vec::new();
    for opening in ["Say::info(Msg::", "Say::warn(Msg::"] {
        let mut from = 0;
        while let Some(at) = source[from..].find(opening).map(|i| i + from) {
            let after = &source[at + opening.len()..];
            let len = after.find(|c: char| !is_ident_char(c)).unwrap_or(after.len());
            let name = after[..len].to_string();
            let mut chain = after[len..].strip_prefix(')').unwrap_or("");
            let mut args = Vec::new();
            loop {
                chain = chain.trim_start();
                let Some(call) = [".text(", ".word(", ".counted(", ".key("]
                    .iter()
                    .find_map(|method| chain.strip_prefix(method))
                else {
                    break;
                };
                let Some((arg, rest)) = call
                    .trim_start()
                    .strip_prefix('"')
                    .and_then(|c| c.split_once('"'))
                else {
                    break;
                };
                args.push(arg.to_string());
                // On to the end of this call: its parentheses balanced.
                let mut depth = 1;
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| {
                        depth += match c {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        depth == 0
                    })
                    .map_or(rest.len(), |(i, _)| i + 1);
                chain = &rest[end..];
            }
            let line = source[..at].lines().count();
            // Handed to a helper (`name(Say::info(…))`) that adds the names.
            let handed_on = source[..at].trim_end().ends_with('(');
            if !handed_on {
                found.push((name, args, format!("{}:{line}", file.display())));
            }
            from = at + opening.len();
        }
    }
    found
}

/// The same for messages said through `Say`: a chain that leaves out a
/// name the texts ask for shows `{name}` to the user.
#[test]
fn every_message_said_gets_all_its_names() {
    check_names_given(said_messages, 30);
}

#[test]
fn the_say_scan_follows_the_chain() {
    let source = "Say::info(Msg::FollowUpShown)\n .text(\"pending\", f(a, (b)))\n .key(\"key\", Mode::Actions, Action::GoBack);\nSay::warn(Msg::Other).text(\"x\", 1)";
    let found = said_messages(source, Path::new("x.rs"));
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].1, ["pending", "key"]);
    assert_eq!(found[1].1, ["x"]);
}
