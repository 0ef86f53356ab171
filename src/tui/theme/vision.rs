//! What the built-in themes promise, computed from the theme files: fixed
//! colours only (so a terminal's palette cannot change them), WCAG contrast
//! of every text/background pair the theme defines (7:1 for dark, high
//! contrast and colour-blind, 4.5:1 for light; 3:1 for borders, which are not
//! text), and twelve participant colours that stay apart with normal vision
//! and simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira
//! and Fernandes 2009, severity 1.0): CIEDE2000 at least [`MIN_DELTA_E`]
//! between every two.

use super::*;

/// The smallest CIEDE2000 difference allowed between two participant
/// colours under any of the four simulations. Okabe and Ito's eight-colour
/// palette reaches about 11 on its seven colours; twelve colours that all
/// keep 7:1 on a dark background reach about 9.
const MIN_DELTA_E: f64 = 8.0;

fn text_contrast(theme: &str) -> f64 {
    if theme == "light" { 4.5 } else { 7.0 }
}

/// Borders are lines, not text: WCAG asks 3:1 of user-interface parts.
const BORDER_CONTRAST: f64 = 3.0;

/// The colour as sRGB, if it is fixed: `#rrggbb`, or 16-255 of the
/// 256-colour palette (the cube and the grey ramp that xterm defines).
/// Names and 0-15 are the terminal's own palette: `None`.
fn fixed_rgb(color: Color) -> Option<[u8; 3]> {
    match color {
        Color::Rgb(r, g, b) => Some([r, g, b]),
        Color::Indexed(index @ 16..=231) => {
            let level = |n: u8| if n == 0 { 0 } else { 55 + 40 * n };
            let n = index - 16;
            Some([level(n / 36), level(n / 6 % 6), level(n % 6)])
        }
        Color::Indexed(index @ 232..=255) => {
            let grey = 8 + 10 * (index - 232);
            Some([grey, grey, grey])
        }
        _ => None,
    }
}

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn luminance([r, g, b]: [u8; 3]) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio, 1 to 21.
fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Machado et al. 2009, severity 1.0, on linear RGB.
const PROTANOPIA: [[f64; 3]; 3] = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
];
const DEUTERANOPIA: [[f64; 3]; 3] = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
];
const TRITANOPIA: [[f64; 3]; 3] = [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.303900],
];
const IDENTITY: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
const VISIONS: [(&str, [[f64; 3]; 3]); 4] = [
    ("normal vision", IDENTITY),
    ("protanopia", PROTANOPIA),
    ("deuteranopia", DEUTERANOPIA),
    ("tritanopia", TRITANOPIA),
];

type Lab = [f64; 3];

/// The colour as seen with `vision`, in CIELAB (D65).
fn seen(rgb: [u8; 3], vision: &[[f64; 3]; 3]) -> Lab {
    let lin = rgb.map(linear);
    let [r, g, b] = [0, 1, 2].map(|i| (0..3).map(|j| vision[i][j] * lin[j]).sum::<f64>().clamp(0.0, 1.0));
    let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// CIEDE2000 (Sharma, Wu and Dalal 2005).
fn delta_e_2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab) -> f64 {
    let c_mean = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let g = 0.5 * (1.0 - (c_mean.powi(7) / (c_mean.powi(7) + 25f64.powi(7))).sqrt());
    let (a1, a2) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1, c2) = (a1.hypot(b1), a2.hypot(b2));
    let hue = |b: f64, a: f64| b.atan2(a).to_degrees().rem_euclid(360.0);
    let (h1, h2) = (hue(b1, a1), hue(b2, a2));
    let dh = if c1 * c2 == 0.0 {
        0.0
    } else if (h2 - h1).abs() <= 180.0 {
        h2 - h1
    } else if h2 > h1 {
        h2 - h1 - 360.0
    } else {
        h2 - h1 + 360.0
    };
    let big_dh = 2.0 * (c1 * c2).sqrt() * (dh / 2.0).to_radians().sin();
    let l_mean = (l1 + l2) / 2.0;
    let c_mean = (c1 + c2) / 2.0;
    let h_mean = if c1 * c2 == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |deg: f64| deg.to_radians().cos();
    let t = 1.0 - 0.17 * cos(h_mean - 30.0) + 0.24 * cos(2.0 * h_mean) + 0.32 * cos(3.0 * h_mean + 6.0)
        - 0.20 * cos(4.0 * h_mean - 63.0);
    let theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
    let rc = 2.0 * (c_mean.powi(7) / (c_mean.powi(7) + 25f64.powi(7))).sqrt();
    let sl = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
    let sc = 1.0 + 0.045 * c_mean;
    let sh = 1.0 + 0.015 * c_mean * t;
    let rt = -(2.0 * theta).to_radians().sin() * rc;
    let (dl, dc, dh) = ((l2 - l1) / sl, (c2 - c1) / sc, big_dh / sh);
    (dl * dl + dc * dc + dh * dh + rt * dc * dh).sqrt()
}

/// The smallest difference of two colours over the four visions.
fn closest_seen(a: [u8; 3], b: [u8; 3]) -> (f64, &'static str) {
    VISIONS
        .iter()
        .map(|(name, vision)| (delta_e_2000(seen(a, vision), seen(b, vision)), *name))
        .fold(
            (f64::INFINITY, ""),
            |best, next| if next.0 < best.0 { next } else { best },
        )
}

fn built_in(name: &str) -> Theme {
    let (theme, problems) = Theme::load(Some(name), None, false);
    assert!(problems.is_empty(), "{name}: {problems:?}");
    theme
}

/// The text and background a style shows, after falling back to `base` and
/// applying reverse video.
fn shown(style: Style, base: Style) -> (Option<Color>, Option<Color>) {
    let fg = style.fg.or(base.fg);
    let bg = style.bg.or(base.bg);
    if style.add_modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[test]
fn the_measures_match_their_definitions() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([0x77, 0x77, 0x77], [255, 255, 255]) - 4.48).abs() < 0.01);
    // The first pair of Sharma et al.'s test data.
    let de = delta_e_2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485]);
    assert!((de - 2.0425).abs() < 1e-4, "{de}");
    assert_eq!(fixed_rgb(Color::Indexed(196)), Some([255, 0, 0]));
    assert_eq!(fixed_rgb(Color::Indexed(244)), Some([128, 128, 128]));
    assert_eq!(fixed_rgb(Color::LightCyan), None);
    assert_eq!(fixed_rgb(Color::Indexed(9)), None);
}

#[test]
fn the_simulation_catches_a_red_green_pair() {
    let (red, green) = ([0xd6, 0x27, 0x28], [0x40, 0x90, 0x00]);
    let normal = delta_e_2000(seen(red, &IDENTITY), seen(green, &IDENTITY));
    assert!(normal > 40.0, "{normal}");
    let (closest, vision) = closest_seen(red, green);
    assert!(closest < MIN_DELTA_E, "{closest}");
    assert_eq!(vision, "deuteranopia");
}

#[test]
fn built_in_themes_use_fixed_colours_and_no_dim_text() {
    for name in built_in_names() {
        let theme = built_in(name);
        for (field, style) in theme.named_styles() {
            let (fg, bg) = shown(style, theme.base);
            for color in [fg, bg] {
                assert!(
                    color.and_then(fixed_rgb).is_some(),
                    "{name}: {field} uses {color:?}, which the terminal's palette decides"
                );
            }
            assert!(
                !style.add_modifier.contains(Modifier::DIM),
                "{name}: {field} is dim, which every terminal dims differently"
            );
        }
        for colour in Colour::ALL {
            let shade = theme.participants.get(colour);
            assert!(fixed_rgb(shade).is_some(), "{name}: {colour:?} is {shade:?}");
        }
    }
}

#[test]
fn every_text_and_background_pair_has_the_contrast_of_its_theme() {
    let mut too_low = Vec::new();
    for name in built_in_names() {
        let theme = built_in(name);
        for (field, style) in theme.named_styles() {
            let (Some(fg), Some(bg)) = shown(style, theme.base) else {
                continue;
            };
            let (Some(fg), Some(bg)) = (fixed_rgb(fg), fixed_rgb(bg)) else {
                continue;
            };
            let needed = if field.starts_with("border") {
                BORDER_CONTRAST
            } else {
                text_contrast(name)
            };
            let ratio = contrast(fg, bg);
            if ratio < needed {
                too_low.push(format!(
                    "{name}: {field} {} on {}: {ratio:.2}:1 < {needed}:1",
                    hex(fg),
                    hex(bg)
                ));
            }
        }
    }
    assert!(too_low.is_empty(), "{}", too_low.join("\n"));
}

#[test]
fn participant_colours_are_readable_on_the_background() {
    let mut too_low = Vec::new();
    for name in built_in_names() {
        let theme = built_in(name);
        let Some(bg) = theme.base.bg.and_then(fixed_rgb) else {
            continue;
        };
        for colour in Colour::ALL {
            let Some(shade) = fixed_rgb(theme.participants.get(colour)) else {
                continue;
            };
            let ratio = contrast(shade, bg);
            if ratio < text_contrast(name) {
                too_low.push(format!("{name}: {colour:?} {}: {ratio:.2}:1", hex(shade)));
            }
        }
    }
    assert!(too_low.is_empty(), "{}", too_low.join("\n"));
}

#[test]
fn participant_colours_stay_apart_for_every_colour_vision() {
    let mut too_close = Vec::new();
    for name in built_in_names() {
        let theme = built_in(name);
        let shades: Vec<(Colour, [u8; 3])> = Colour::ALL
            .iter()
            .filter_map(|&c| fixed_rgb(theme.participants.get(c)).map(|rgb| (c, rgb)))
            .collect();
        assert_eq!(shades.len(), Colour::ALL.len(), "{name}");
        for (i, (first, a)) in shades.iter().enumerate() {
            for (second, b) in &shades[i + 1..] {
                let (difference, vision) = closest_seen(*a, *b);
                if difference < MIN_DELTA_E {
                    too_close.push(format!(
                        "{name}: {first:?} {} and {second:?} {} differ by {difference:.1} with {vision}",
                        hex(*a),
                        hex(*b)
                    ));
                }
            }
        }
    }
    assert!(too_close.is_empty(), "{}", too_close.join("\n"));
}

#[test]
fn colours_do_not_repeat_before_twelve_participants() {
    let first: Vec<Colour> = (0..12).map(Colour::nth).collect();
    for (i, colour) in first.iter().enumerate() {
        assert!(
            !first[..i].contains(colour),
            "participant {} repeats {colour:?}",
            i + 1
        );
    }
    assert_eq!(Colour::nth(12), Colour::nth(0));
    for name in built_in_names() {
        let theme = built_in(name);
        let shades: Vec<Style> = (0..12).map(|n| theme.cluster_colour(n)).collect();
        for (i, shade) in shades.iter().enumerate() {
            assert!(!shades[..i].contains(shade), "{name}: colour {} repeats", i + 1);
        }
    }
}
