//! Reading QR codes back from pictures: the app's own drawing, or a page rendered to a
//! greyscale PGM.

/// Every QR code a decoder finds in a greyscale picture (`width` × `height`, one byte
/// per pixel), read as text.
pub fn read_qr_codes(width: usize, height: usize, grey: &[u8]) -> Vec<String> {
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    image
        .detect_grids()
        .iter()
        .map(|grid| grid.decode().expect("a QR code that decodes").1)
        .collect()
}

/// The text of a QR code drawn as the app draws it (an SVG path of unit squares on a
/// `size` × `size` grid), read back from its picture at 6 pixels per module.
pub fn read_qr_drawing(size: usize, path: &str) -> String {
    let drawing = law_report::qr::QrDrawing {
        size,
        path: path.to_string(),
    };
    let dark = law_report::qr::modules(&drawing);
    const SCALE: usize = 6;
    let side = size * SCALE;
    let grey: Vec<u8> = (0..side * side)
        .map(|i| {
            let (x, y) = (i % side / SCALE, i / side / SCALE);
            if dark[y * size + x] {
                0
            } else {
                255
            }
        })
        .collect();
    let codes = read_qr_codes(side, side, &grey);
    assert_eq!(codes.len(), 1, "one QR code in the drawing");
    codes.into_iter().next().unwrap()
}

/// Reads a binary greyscale PGM (`P5`, as `pdftoppm -gray` writes): width, height, pixels.
pub fn read_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).to_string());
    }
    assert_eq!(fields[0], "P5", "not a binary greyscale PGM");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    assert_eq!(fields[3], "255", "not 8-bit");
    let pixels = bytes[at + 1..at + 1 + width * height].to_vec();
    (width, height, pixels)
}
