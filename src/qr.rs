//! QR codes of the links the page shares, as SVG path geometry: pure, so that the
//! drawing is tested natively by reading it back (tests/qr.rs). Drawn by the app in
//! [`crate::ui::QrCode`].

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, QrResult, Version};

/// Modules of white border around the code, as the QR standard asks for scanners.
pub const QUIET_ZONE: usize = 4;

/// A QR code drawn on a square grid of `size` × `size` modules (quiet zone included):
/// `path` fills every dark module with one unit square.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrDrawing {
    pub size: usize,
    pub path: String,
}

/// Why a link cannot be drawn as a QR code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot draw a QR code of a {length}-byte link: {reason}")]
pub struct QrFailed {
    pub length: usize,
    pub reason: String,
}

/// Error correction a phone's camera copes with from a screen or from paper.
const LEVEL: EcLevel = EcLevel::M;

/// `text` as bytes in the smallest QR version that holds it. Byte mode only: links
/// are short, and the crate's mode optimiser would cost the page more code than it
/// saves modules.
fn encode(text: &str) -> QrResult<QrCode> {
    let mut last = Err(qrcode::types::QrError::DataTooLong);
    for version in 1..=40 {
        let mut bits = Bits::new(Version::Normal(version));
        last = bits
            .push_byte_data(text.as_bytes())
            .and_then(|()| bits.push_terminator(LEVEL))
            .map(|()| bits);
        if last.is_ok() {
            break;
        }
    }
    QrCode::with_bits(last?, LEVEL)
}

/// Draws `text` (a link) as a QR code.
pub fn draw(text: &str) -> Result<QrDrawing, QrFailed> {
    let code = encode(text).map_err(|e| QrFailed {
        length: text.len(),
        reason: e.to_string(),
    })?;
    let width = code.width();
    let mut path = String::new();
    for (i, colour) in code.to_colors().into_iter().enumerate() {
        if colour == Color::Dark {
            let (x, y) = (i % width + QUIET_ZONE, i / width + QUIET_ZONE);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Ok(QrDrawing {
        size: width + 2 * QUIET_ZONE,
        path,
    })
}

/// The dark modules of a drawing, read back from its path: `size` × `size` booleans,
/// row by row. Only the unit squares [`draw`] writes are understood.
pub fn modules(drawing: &QrDrawing) -> Vec<bool> {
    let mut dark = vec![false; drawing.size * drawing.size];
    for square in drawing.path.split('M').filter(|s| !s.is_empty()) {
        let corner = square
            .strip_suffix("h1v1h-1z")
            .and_then(|xy| xy.split_once(' '))
            .and_then(|(x, y)| Some((x.parse::<usize>().ok()?, y.parse::<usize>().ok()?)));
        if let Some((x, y)) = corner.filter(|&(x, y)| x < drawing.size && y < drawing.size) {
            dark[y * drawing.size + x] = true;
        }
    }
    dark
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_has_its_quiet_zone_and_finder_patterns() {
        let drawing = draw("https://example.gov.cn/report/?report=huiyang-2023#s1-5").unwrap();
        let dark = modules(&drawing);
        let at = |x: usize, y: usize| dark[y * drawing.size + x];
        // Nothing dark in the border; each finder's outer ring starts right inside it.
        assert!((0..drawing.size).all(|i| !at(i, 0) && !at(0, i) && !at(i, QUIET_ZONE - 1)));
        let far = drawing.size - QUIET_ZONE - 1;
        for (x, y) in [
            (QUIET_ZONE, QUIET_ZONE),
            (far, QUIET_ZONE),
            (QUIET_ZONE, far),
        ] {
            assert!(at(x, y), "no finder corner at ({x}, {y})");
        }
        // The light separator beside the top-left finder, and its light inner ring.
        assert!(!at(QUIET_ZONE + 7, QUIET_ZONE) && !at(QUIET_ZONE + 1, QUIET_ZONE + 1));
    }

    #[test]
    fn a_link_too_long_for_any_code_is_an_error_that_says_so() {
        let long = "x".repeat(3000);
        let error = draw(&long).unwrap_err();
        assert_eq!(error.length, 3000);
        assert!(error.to_string().contains("3000-byte link"), "{error}");
    }
}
