//! The pixels of a binary PGM (P5) or PPM (P6) picture, as pdftoppm writes them.

/// The bytes after the header ("P5\n<width> <height>\n<max>\n"): one byte per pixel in a PGM,
/// three in a PPM.
pub fn pixels(bytes: &[u8]) -> &[u8] {
    let mut fields = 0;
    let mut in_field = false;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_whitespace() {
            if in_field {
                fields += 1;
                in_field = false;
                if fields == 4 {
                    return &bytes[i + 1..];
                }
            }
        } else {
            in_field = true;
        }
    }
    &[]
}
