//! Coordinates from what a source types: decimal or degree notation, or a
//! map link that carries them. Links are read, never fetched.

use serde::Serialize;

/// A parsed position (WGS 84 degrees).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    fn checked(lat: f64, lon: f64) -> Option<Self> {
        ((-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon)
            && lat.is_finite()
            && lon.is_finite())
        .then_some(Self { lat, lon })
    }
}

/// Reads coordinates out of free text or a map URL; `None` if there are none.
pub fn parse(input: &str) -> Option<LatLon> {
    let s = input.trim();
    if s.is_empty() || s.len() > 2000 {
        return None;
    }
    from_url(s).or_else(|| from_text(s))
}

/// Map-link forms: `geo:LAT,LON`, `@LAT,LON`, `!3dLAT!4dLON`, `mlat=..&mlon=..`,
/// `#map=Z/LAT/LON`, and `q=`, `query=`, `ll=`, `center=`, `destination=`,
/// `daddr=`, `sll=` parameters holding `LAT,LON`.
fn from_url(s: &str) -> Option<LatLon> {
    let lower = s.to_ascii_lowercase();
    let decoded = percent_encoding::percent_decode_str(&lower)
        .decode_utf8_lossy()
        .replace('+', " ");
    let d = decoded.as_str();
    if let Some(rest) = d.strip_prefix("geo:") {
        return pair(rest.split([';', '?']).next().unwrap_or(""));
    }
    if !(d.contains("://") || d.starts_with("www.") || d.contains("maps.")) {
        return None;
    }
    if let (Some(a), Some(b)) = (after(d, "!3d"), after(d, "!4d"))
        && let (Some(lat), Some(lon)) = (leading_number(a), leading_number(b))
    {
        return LatLon::checked(lat, lon);
    }
    if let (Some(a), Some(b)) = (param(d, "mlat"), param(d, "mlon"))
        && let (Ok(lat), Ok(lon)) = (a.trim().parse(), b.trim().parse())
    {
        return LatLon::checked(lat, lon);
    }
    if let Some(m) = after(d, "map=") {
        let mut it = m.split(['/', '&']);
        let _zoom = it.next();
        if let (Some(a), Some(b)) = (it.next(), it.next())
            && let (Ok(lat), Ok(lon)) = (a.parse(), b.parse())
        {
            return LatLon::checked(lat, lon);
        }
    }
    for key in [
        "q",
        "query",
        "ll",
        "center",
        "destination",
        "daddr",
        "sll",
        "saddr",
    ] {
        if let Some(v) = param(d, key)
            && let Some(p) = pair(&v)
        {
            return Some(p);
        }
    }
    if let Some(a) = after(d, "/@") {
        return pair(a.split('/').next().unwrap_or(""));
    }
    None
}

fn after<'a>(s: &'a str, pat: &str) -> Option<&'a str> {
    s.find(pat).map(|i| &s[i + pat.len()..])
}

/// The value of query or fragment parameter `key`.
fn param(s: &str, key: &str) -> Option<String> {
    let query = s.split_once(['?', '#']).map(|(_, q)| q)?;
    query.split(['&', '?', '#']).find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == key).then(|| v.to_owned())
    })
}

fn leading_number(s: &str) -> Option<f64> {
    let end = s
        .char_indices()
        .find(|(i, c)| !(c.is_ascii_digit() || *c == '.' || (*i == 0 && (*c == '-' || *c == '+'))))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    s[..end].parse().ok()
}

/// `LAT,LON` (plain decimal) as found in URLs.
fn pair(s: &str) -> Option<LatLon> {
    let mut it = s.split(',');
    let lat = it.next()?.trim().parse::<f64>().ok()?;
    let lon_s = it.next()?.trim();
    let lon = leading_number(lon_s)?;
    LatLon::checked(lat, lon)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Hemi {
    N,
    S,
    E,
    W,
}

/// One half of a coordinate: up to three numbers (degrees, minutes,
/// seconds), an optional sign and an optional hemisphere letter.
#[derive(Debug, Default)]
struct Half {
    nums: Vec<f64>,
    negative: bool,
    hemi: Option<Hemi>,
}

impl Half {
    fn value(&self) -> Option<f64> {
        let (d, m, s) = match self.nums.as_slice() {
            [d] => (*d, 0.0, 0.0),
            [d, m] => (*d, *m, 0.0),
            [d, m, s] => (*d, *m, *s),
            _ => return None,
        };
        if self.nums.len() > 1
            && (!(0.0..60.0).contains(&m) || !(0.0..60.0).contains(&s) || d.fract() != 0.0)
        {
            return None;
        }
        let v = d.abs() + m / 60.0 + s / 3600.0;
        let neg = self.negative || d < 0.0 || matches!(self.hemi, Some(Hemi::S | Hemi::W));
        Some(if neg { -v } else { v })
    }
}

/// Free text: `16.687, 98.5085`, `16.687 98.5085`, `-12.5 130.8`,
/// `16°41'13.2"N 98°30'30.6"E`, `N 16 41.22 E 98 30.51`, `16.687N, 98.51E`.
fn from_text(s: &str) -> Option<LatLon> {
    let mut halves: Vec<Half> = vec![Half::default()];
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut saw_separator = false;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let n: f64 = chars[start..i].iter().collect::<String>().parse().ok()?;
            let cur = halves.last_mut()?;
            // A whitespace-separated pair of plain decimals is two halves.
            if saw_separator && !cur.nums.is_empty() {
                halves.push(Half::default());
            }
            halves.last_mut()?.nums.push(n);
            saw_separator = false;
            continue;
        }
        match c {
            '-' | '\u{2212}' => {
                let cur = halves.last_mut()?;
                if !cur.nums.is_empty() {
                    halves.push(Half::default());
                }
                halves.last_mut()?.negative = true;
            }
            'N' | 'n' | 'S' | 's' | 'E' | 'e' | 'W' | 'w' | 'O' | 'o' => {
                let h = match c.to_ascii_uppercase() {
                    'N' => Hemi::N,
                    'S' => Hemi::S,
                    'E' | 'O' => Hemi::E,
                    _ => Hemi::W,
                };
                let cur = halves.last_mut()?;
                if cur.nums.is_empty() {
                    cur.hemi = Some(h);
                } else if cur.hemi.is_none() {
                    cur.hemi = Some(h);
                    halves.push(Half::default());
                } else {
                    halves.push(Half {
                        hemi: Some(h),
                        ..Half::default()
                    });
                }
            }
            ',' | ';' => {
                if halves.last().is_some_and(|h| !h.nums.is_empty()) {
                    halves.push(Half::default());
                }
            }
            c if c.is_whitespace() => {
                // Whitespace separates halves only between two plain decimals.
                saw_separator = halves
                    .last()
                    .is_some_and(|h| h.nums.len() == 1 && h.nums[0].fract() != 0.0);
            }
            '°' | 'º' | '\'' | '"' | '′' | '″' | '’' | '”' | 'd' | 'D' | 'm' | 'M' | ':' =>
                {}
            _ => return None,
        }
        i += 1;
    }
    halves.retain(|h| !h.nums.is_empty());
    if halves.len() != 2 {
        return None;
    }
    let (a, b) = (&halves[0], &halves[1]);
    let (lat, lon) = match (a.hemi, b.hemi) {
        (Some(Hemi::E | Hemi::W), _) | (_, Some(Hemi::N | Hemi::S)) => (b.value()?, a.value()?),
        _ => (a.value()?, b.value()?),
    };
    LatLon::checked(lat, lon)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(p: Option<LatLon>, lat: f64, lon: f64) -> bool {
        p.is_some_and(|p| (p.lat - lat).abs() < 1e-4 && (p.lon - lon).abs() < 1e-4)
    }

    #[test]
    fn decimal_forms() {
        assert!(close(parse("16.6870, 98.5085"), 16.687, 98.5085));
        assert!(close(parse("16.6870 98.5085"), 16.687, 98.5085));
        assert!(close(parse("-12.5, -130.25"), -12.5, -130.25));
        assert!(close(parse("16.687N, 98.5085E"), 16.687, 98.5085));
        assert!(close(parse("98.5085 E 16.687 N"), 16.687, 98.5085));
    }

    #[test]
    fn degree_forms() {
        assert!(close(
            parse("16°41'13.2\"N 98°30'30.6\"E"),
            16.6870,
            98.5085
        ));
        assert!(close(parse("N 16° 41.22' E 98° 30.51'"), 16.687, 98.5085));
        assert!(close(
            parse("10°37′S 104°10′W"),
            -(10.0 + 37.0 / 60.0),
            -(104.0 + 10.0 / 60.0)
        ));
    }

    #[test]
    fn map_links() {
        assert!(close(
            parse("https://www.google.com/maps/place/X/@16.6870,98.5085,17z/data=!3m1"),
            16.687,
            98.5085
        ));
        assert!(close(
            parse("https://www.google.com/maps/place/X/data=!4m6!3m5!3d16.6870!4d98.5085"),
            16.687,
            98.5085
        ));
        assert!(close(
            parse("https://maps.google.com/?q=16.6870,98.5085"),
            16.687,
            98.5085
        ));
        assert!(close(
            parse("https://maps.google.com/?q=16.6870%2C98.5085"),
            16.687,
            98.5085
        ));
        assert!(close(
            parse("https://www.openstreetmap.org/?mlat=16.687&mlon=98.5085#map=17/16.687/98.5085"),
            16.687,
            98.5085
        ));
        assert!(close(
            parse("https://www.openstreetmap.org/#map=17/16.68700/98.50850"),
            16.687,
            98.5085
        ));
        assert!(close(parse("geo:16.687,98.5085;u=35"), 16.687, 98.5085));
        assert!(close(
            parse("https://maps.apple.com/?ll=16.687,98.5085&q=KK"),
            16.687,
            98.5085
        ));
    }

    #[test]
    fn not_coordinates() {
        for s in [
            "",
            "KK Park near the river",
            "https://example.org/page",
            "100, 200",
            "16.6",
            "call 0912345678",
            "Building 5, floor 3",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }

    proptest! {
        #[test]
        fn decimal_round_trip(lat in -90.0f64..90.0, lon in -180.0f64..180.0) {
            let p = parse(&format!("{lat:.6}, {lon:.6}"));
            prop_assert!(close(p, lat, lon));
            let p = parse(&format!("https://www.google.com/maps/@{lat:.6},{lon:.6},15z"));
            prop_assert!(close(p, lat, lon));
        }

        #[test]
        fn dms_round_trip(lat in -89.99f64..89.99, lon in -179.99f64..179.99) {
            let f = |v: f64, pos: char, neg: char| {
                let a = v.abs();
                let d = a.trunc();
                let m = ((a - d) * 60.0).trunc();
                let s = ((a - d) * 60.0 - m) * 60.0;
                format!("{}°{}'{:.3}\"{}", d, m, s, if v < 0.0 { neg } else { pos })
            };
            let p = parse(&format!("{} {}", f(lat, 'N', 'S'), f(lon, 'E', 'W')));
            prop_assert!(close(p, lat, lon), "{:?}", p);
        }

        #[test]
        fn never_panics(s in "\\PC{0,120}") {
            let _ = parse(&s);
        }
    }
}
