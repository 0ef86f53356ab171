//! `plenum themes`: lists the built-in and the user's themes; a broken user
//! theme is named with its position and the exit code says so.

use assert_cmd::Command;

fn plenum(home: &std::path::Path) -> Command {
    let mut command = Command::cargo_bin("plenum").expect("the binary");
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"));
    command
}

#[test]
fn lists_the_built_in_themes() {
    let home = tempfile::tempdir().expect("temp home");
    let output = plenum(home.path()).arg("themes").output().expect("runs");
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    for name in ["dark", "light", "high-contrast"] {
        assert!(
            stdout.lines().any(|l| l.starts_with(name)),
            "{name} missing:\n{stdout}"
        );
    }
    assert!(stdout.contains("(default)"));
}

#[test]
fn names_a_broken_user_theme_with_its_position() {
    let home = tempfile::tempdir().expect("temp home");
    let themes = home.path().join(".config/plenum/themes");
    std::fs::create_dir_all(&themes).expect("themes folder");
    std::fs::write(
        themes.join("beamer.ron"),
        "(extends: \"light\", timer: (bold: true))",
    )
    .expect("write");
    std::fs::write(themes.join("kaputt.ron"), "(\n  timer: (fg: \"nope\"),\n)").expect("write");
    let output = plenum(home.path()).arg("themes").output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stdout.contains("beamer"), "{stdout}");
    assert!(stderr.contains("kaputt.ron:2:"), "{stderr}");
    assert!(!stderr.contains("beamer"), "{stderr}");
}
