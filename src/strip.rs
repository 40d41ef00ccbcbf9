//! Location and camera data taken out of photos as their bytes stream past
//! (issue 20), without decoding or re-encoding a pixel, and without
//! holding more than a segment header of the file.
//!
//! A photo's metadata can place the compound (evidence) and can also name
//! the phone that took it (the source). When the source leaves "remove"
//! chosen, each file is passed through a [`Stripper`] on its way into the
//! seal. The format is recognised by its first bytes, never by the name or
//! the type the browser declared:
//!
//! - **JPEG**: every APPn segment except the JFIF header (APP0), the colour
//!   profile (APP2 `ICC_PROFILE`) and Adobe's colour-transform flag (APP14)
//!   is dropped, and so are comments: that takes EXIF with its GPS block
//!   and embedded thumbnail, XMP, IPTC (APP13), maker notes, and the
//!   multi-picture index. What follows the image's end marker (extra
//!   pictures with their own EXIF, vendor trailers) is dropped too. The
//!   compressed image data is copied byte for byte.
//! - **PNG**: ancillary chunks other than those that change how the pixels
//!   look are dropped (`eXIf`, `tEXt`, `zTXt`, `iTXt` with its XMP,
//!   `tIME`, private chunks), as is anything after `IEND`; critical chunks
//!   are copied with their checksums.
//! - **WebP** (extended format): the `EXIF` and `XMP ` chunks come after
//!   the image and the file's length is already written before them, so
//!   each is overwritten with zero bytes and renamed `JUNK`, a chunk every
//!   reader skips; the header's EXIF and XMP flags are cleared.
//!
//! Anything else (HEIC, video, documents) passes unchanged, and
//! [`Outcome::NotSupported`] says so; a file whose structure breaks off
//! passes unchanged from that point, and [`Outcome::Unreadable`] says so.

/// What happened to a file's metadata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A JPEG, PNG or WebP read to its end: its metadata is gone.
    Removed,
    /// A format this module does not clean: stored as sent.
    NotSupported,
    /// A JPEG, PNG or WebP whose structure broke off: stored as sent from
    /// the byte where it did.
    Unreadable,
}

impl Outcome {
    /// The value the signed report carries (`schema/report-v1.json`).
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Removed => "removed",
            Outcome::NotSupported => "not-supported",
            Outcome::Unreadable => "unreadable",
        }
    }
}

/// Where the next bytes go once a header has been read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Then {
    JpegMarker,
    JpegScan,
    PngChunk,
    WebpChunk,
    /// What follows the image's end: dropped.
    Trailer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// The first bytes, to tell the format.
    Sniff,
    /// Everything from here on as it comes.
    Pass,
    /// Waiting for a header of the format.
    Header(Then),
    /// The compressed data of a JPEG scan, up to the next marker.
    JpegScan,
    /// A 0xFF inside scan data, not yet known to start a marker.
    JpegScanFf,
    Copy(u64, Then),
    Skip(u64, Then),
    /// Bytes written as zeros.
    Blank(u64, Then),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Jpeg,
    Png,
    Webp,
}

/// The longest header held: a JPEG segment's marker, length and first
/// 14 bytes of its payload.
const JPEG_HEAD: usize = 4 + 14;

/// A streaming filter: feed it the file with [`Stripper::push`], then call
/// [`Stripper::finish`].
pub struct Stripper {
    state: State,
    format: Option<Format>,
    /// A header being collected (at most [`JPEG_HEAD`] bytes).
    head: Vec<u8>,
    broken: bool,
    removed: u64,
}

impl Default for Stripper {
    fn default() -> Self {
        Self::new()
    }
}

impl Stripper {
    pub fn new() -> Self {
        Self {
            state: State::Sniff,
            format: None,
            head: Vec::with_capacity(JPEG_HEAD),
            broken: false,
            removed: 0,
        }
    }

    /// Bytes taken out (or overwritten) so far.
    pub fn removed(&self) -> u64 {
        self.removed
    }

    /// Moves bytes from `input` into the header until it holds `n`; true
    /// when it does.
    fn fill(&mut self, input: &mut &[u8], n: usize) -> bool {
        let want = n.saturating_sub(self.head.len()).min(input.len());
        self.head.extend_from_slice(&input[..want]);
        *input = &input[want..];
        self.head.len() >= n
    }

    /// The structure broke off: the held header and everything after it
    /// pass unchanged.
    fn give_up(&mut self, out: &mut Vec<u8>) {
        out.append(&mut self.head);
        self.broken = true;
        self.state = State::Pass;
    }

    /// Filters the next bytes of the file into `out`.
    pub fn push(&mut self, mut input: &[u8], out: &mut Vec<u8>) {
        while !input.is_empty() {
            match self.state {
                State::Pass => {
                    out.extend_from_slice(input);
                    return;
                }
                State::Sniff => {
                    if !self.fill(&mut input, 12) {
                        return;
                    }
                    let h = std::mem::take(&mut self.head);
                    let (format, sig, then) = if h.starts_with(&[0xFF, 0xD8, 0xFF]) {
                        (Format::Jpeg, 2, Then::JpegMarker)
                    } else if h.starts_with(b"\x89PNG\r\n\x1a\n") {
                        (Format::Png, 8, Then::PngChunk)
                    } else if h.starts_with(b"RIFF") && &h[8..12] == b"WEBP" {
                        (Format::Webp, 12, Then::WebpChunk)
                    } else {
                        out.extend_from_slice(&h);
                        self.state = State::Pass;
                        continue;
                    };
                    self.format = Some(format);
                    out.extend_from_slice(&h[..sig]);
                    self.state = State::Header(then);
                    // The rest of what was held is the first header's.
                    self.push(&h[sig..], out);
                }
                State::Copy(n, then) | State::Skip(n, then) | State::Blank(n, then) => {
                    let take = usize::try_from(n).unwrap_or(usize::MAX).min(input.len());
                    match self.state {
                        State::Copy(..) => out.extend_from_slice(&input[..take]),
                        State::Blank(..) => out.resize(out.len() + take, 0),
                        _ => {}
                    }
                    input = &input[take..];
                    let left = n - take as u64;
                    self.state = match (left, self.state) {
                        (0, _) => self.after(then),
                        (_, State::Copy(..)) => State::Copy(left, then),
                        (_, State::Blank(..)) => State::Blank(left, then),
                        _ => State::Skip(left, then),
                    };
                }
                State::Header(Then::Trailer) => {
                    self.removed += input.len() as u64;
                    return;
                }
                State::Header(Then::JpegMarker) => self.jpeg_marker(&mut input, out),
                State::Header(Then::PngChunk) => self.png_chunk(&mut input, out),
                State::Header(Then::WebpChunk) => self.webp_chunk(&mut input, out),
                State::Header(Then::JpegScan) | State::JpegScan => {
                    match input.iter().position(|&b| b == 0xFF) {
                        None => {
                            out.extend_from_slice(input);
                            return;
                        }
                        Some(i) => {
                            out.extend_from_slice(&input[..i]);
                            input = &input[i + 1..];
                            self.state = State::JpegScanFf;
                        }
                    }
                }
                State::JpegScanFf => {
                    let b = input[0];
                    match b {
                        // Stuffing and restart markers belong to the scan.
                        0x00 | 0xD0..=0xD7 => {
                            out.extend_from_slice(&[0xFF, b]);
                            input = &input[1..];
                            self.state = State::JpegScan;
                        }
                        // Fill before a marker.
                        0xFF => {
                            out.push(0xFF);
                            input = &input[1..];
                        }
                        _ => {
                            self.head.push(0xFF);
                            self.state = State::Header(Then::JpegMarker);
                        }
                    }
                }
            }
        }
    }

    fn after(&self, then: Then) -> State {
        match then {
            Then::JpegScan => State::JpegScan,
            t => State::Header(t),
        }
    }

    /// A JPEG marker and, for a segment, its length and first bytes.
    fn jpeg_marker(&mut self, input: &mut &[u8], out: &mut Vec<u8>) {
        if !self.fill(input, 2) {
            return;
        }
        if self.head[0] != 0xFF {
            return self.give_up(out);
        }
        let code = self.head[1];
        match code {
            // Fill bytes before the marker.
            0xFF => {
                self.head.remove(0);
                return;
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD8 => {
                out.append(&mut self.head);
                return;
            }
            // The image's end: whatever follows is not part of it.
            0xD9 => {
                out.append(&mut self.head);
                self.state = State::Header(Then::Trailer);
                return;
            }
            0x00 => return self.give_up(out),
            _ => {}
        }
        if !self.fill(input, 4) {
            return;
        }
        let len = u64::from(u16::from_be_bytes([self.head[2], self.head[3]]));
        if len < 2 {
            return self.give_up(out);
        }
        let shown = 4 + usize::try_from(len - 2).unwrap_or(0).min(JPEG_HEAD - 4);
        if !self.fill(input, shown) {
            return;
        }
        let payload = &self.head[4..];
        let keep = match code {
            0xE0 => true,
            0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
            0xEE => payload.starts_with(b"Adobe"),
            0xE1..=0xEF | 0xFE => false,
            _ => true,
        };
        let left = len + 2 - self.head.len() as u64;
        let then = if code == 0xDA {
            Then::JpegScan
        } else {
            Then::JpegMarker
        };
        if keep {
            out.append(&mut self.head);
            self.state = State::Copy(left, then);
        } else {
            self.removed += len + 2;
            self.head.clear();
            self.state = State::Skip(left, then);
        }
    }

    /// A PNG chunk's length and type.
    fn png_chunk(&mut self, input: &mut &[u8], out: &mut Vec<u8>) {
        if !self.fill(input, 8) {
            return;
        }
        let len = u64::from(u32::from_be_bytes([
            self.head[0],
            self.head[1],
            self.head[2],
            self.head[3],
        ]));
        let kind: [u8; 4] = [self.head[4], self.head[5], self.head[6], self.head[7]];
        if len > 0x7FFF_FFFF || !kind.iter().all(u8::is_ascii_alphabetic) {
            return self.give_up(out);
        }
        // Chunks that change how the image looks, or how it animates.
        const SHOWN: [&[u8; 4]; 16] = [
            b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB", b"bKGD", b"hIST", b"pHYs",
            b"sPLT", b"acTL", b"fcTL", b"fdAT", b"cICP", b"mDCV", b"cLLI",
        ];
        let critical = kind[0].is_ascii_uppercase();
        let keep = critical || SHOWN.contains(&&kind);
        let then = if &kind == b"IEND" {
            Then::Trailer
        } else {
            Then::PngChunk
        };
        if keep {
            out.append(&mut self.head);
            self.state = State::Copy(len + 4, then);
        } else {
            self.removed += len + 12;
            self.head.clear();
            self.state = State::Skip(len + 4, then);
        }
    }

    /// A WebP chunk's name and size (and for `VP8X`, its flags).
    fn webp_chunk(&mut self, input: &mut &[u8], out: &mut Vec<u8>) {
        if !self.fill(input, 8) {
            return;
        }
        let size = u64::from(u32::from_le_bytes([
            self.head[4],
            self.head[5],
            self.head[6],
            self.head[7],
        ]));
        let padded = size + (size & 1);
        let name: [u8; 4] = [self.head[0], self.head[1], self.head[2], self.head[3]];
        if !name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b' ') {
            return self.give_up(out);
        }
        match &name {
            b"VP8X" => {
                if size < 10 {
                    return self.give_up(out);
                }
                if !self.fill(input, 9) {
                    return;
                }
                // The EXIF (0x08) and XMP (0x04) flags.
                self.head[8] &= !0x0C;
                out.append(&mut self.head);
                self.state = State::Copy(padded - 1, Then::WebpChunk);
            }
            b"EXIF" | b"XMP " => {
                out.extend_from_slice(b"JUNK");
                out.extend_from_slice(&self.head[4..8]);
                self.head.clear();
                self.removed += padded;
                self.state = State::Blank(padded, Then::WebpChunk);
            }
            _ => {
                out.append(&mut self.head);
                self.state = State::Copy(padded, Then::WebpChunk);
            }
        }
    }

    /// The end of the file: what was held goes out, and the outcome.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Outcome {
        let Some(format) = self.format else {
            out.append(&mut self.head);
            return Outcome::NotSupported;
        };
        let state = match self.state {
            State::Copy(0, t) | State::Skip(0, t) | State::Blank(0, t) => self.after(t),
            s => s,
        };
        let ended = match (format, state) {
            // A JPEG or PNG is whole once its end marker came.
            (Format::Jpeg | Format::Png, State::Header(Then::Trailer)) => true,
            (Format::Jpeg | Format::Png, _) => false,
            // A WebP ends between chunks.
            (Format::Webp, State::Header(Then::WebpChunk)) => self.head.is_empty(),
            (Format::Webp, _) => false,
        };
        out.append(&mut self.head);
        if self.broken || !ended {
            Outcome::Unreadable
        } else {
            Outcome::Removed
        }
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    /// Runs `file` through a stripper in pieces of `step` bytes.
    fn strip(file: &[u8], step: usize) -> (Vec<u8>, Outcome) {
        let mut s = Stripper::new();
        let mut out = Vec::new();
        for piece in file.chunks(step.max(1)) {
            s.push(piece, &mut out);
        }
        let o = s.finish(&mut out);
        (out, o)
    }

    fn segment(code: u8, payload: &[u8]) -> Vec<u8> {
        let len = u16::try_from(payload.len() + 2).expect("short");
        let mut v = vec![0xFF, code];
        v.extend_from_slice(&len.to_be_bytes());
        v.extend_from_slice(payload);
        v
    }

    /// A JPEG's structure: SOI, the given segments, a scan with stuffed
    /// bytes and a restart marker, EOI, then a trailer.
    fn jpeg(segments: &[Vec<u8>], trailer: &[u8]) -> (Vec<u8>, Vec<u8>) {
        let scan_head = segment(0xDA, &[1, 1, 0, 0, 63, 0]);
        let scan = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xFF, 0xD9];
        let mut file = vec![0xFF, 0xD8];
        for s in segments {
            file.extend_from_slice(s);
        }
        file.extend_from_slice(&scan_head);
        file.extend_from_slice(&scan);
        let image = file.clone();
        file.extend_from_slice(trailer);
        (file, image)
    }

    #[test]
    fn jpeg_loses_exif_xmp_iptc_and_comments_and_keeps_the_picture() {
        let jfif = segment(0xE0, b"JFIF\0\x01\x02\0\0\x01\0\x01\0\0");
        let icc = segment(0xE2, b"ICC_PROFILE\0\x01\x01colour");
        let adobe = segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01");
        let dqt = segment(0xDB, &[0; 65]);
        let exif = segment(0xE1, b"Exif\0\0MM\0*GPS 16.7967N 96.1527E");
        let xmp = segment(
            0xE1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>gps</x:xmpmeta>",
        );
        let iptc = segment(0xED, b"Photoshop 3.0\08BIM by-line");
        let mpf = segment(0xE2, b"MPF\0index");
        let com = segment(0xFE, b"taken by phone 42");
        let (file, _) = jpeg(
            &[
                jfif.clone(),
                exif,
                icc.clone(),
                xmp,
                iptc,
                adobe.clone(),
                mpf,
                com,
                dqt.clone(),
            ],
            b"\xFF\xD8\xFF\xE1 second picture with its own Exif",
        );
        let (want, _) = jpeg(&[jfif, icc, adobe, dqt], b"");
        for step in [1, 2, 3, 7, 4096] {
            let (out, outcome) = strip(&file, step);
            assert_eq!(out, want, "in pieces of {step}");
            assert_eq!(outcome, Outcome::Removed);
        }
    }

    #[test]
    fn a_jpeg_without_metadata_is_unchanged() {
        let (file, image) = jpeg(&[segment(0xDB, &[7; 65])], b"");
        assert_eq!(file, image);
        let (out, outcome) = strip(&file, 5);
        assert_eq!(out, file);
        assert_eq!(outcome, Outcome::Removed);
    }

    #[test]
    fn a_truncated_jpeg_is_unreadable_and_kept_as_it_came() {
        let (file, _) = jpeg(&[segment(0xDB, &[7; 65])], b"");
        let cut = &file[..file.len() - 4];
        let (out, outcome) = strip(cut, 3);
        assert_eq!(out, cut);
        assert_eq!(outcome, Outcome::Unreadable);
        // A segment whose marker is not a marker.
        let mut bad = vec![0xFF, 0xD8, 0xFF, 0xE1, 0, 4, 1, 2, 0x42, 0x42, 0, 0];
        bad.extend_from_slice(b"plain bytes");
        let (out, outcome) = strip(&bad, 2);
        assert_eq!(outcome, Outcome::Unreadable);
        assert_eq!(out, [&bad[..2], &bad[8..]].concat());
    }

    fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut v = u32::try_from(data.len())
            .expect("short")
            .to_be_bytes()
            .to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(data);
        v.extend_from_slice(&[0xAB, 0xCD, 0xEF, 0x01]);
        v
    }

    #[test]
    fn png_loses_text_exif_and_time_and_keeps_the_picture() {
        let sig = b"\x89PNG\r\n\x1a\n".to_vec();
        let ihdr = chunk(b"IHDR", &[0; 13]);
        let srgb = chunk(b"sRGB", &[0]);
        let idat = chunk(b"IDAT", b"compressed pixels");
        let iend = chunk(b"IEND", b"");
        let exif = chunk(b"eXIf", b"MM\0*GPS");
        let text = chunk(b"tEXt", b"Author\0someone");
        let xmp = chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>");
        let time = chunk(b"tIME", &[7, 234, 12, 7, 1, 2, 3]);
        let private = chunk(b"prVt", b"vendor data");
        let file = [
            sig.clone(),
            ihdr.clone(),
            exif,
            srgb.clone(),
            text,
            idat.clone(),
            xmp,
            time,
            private,
            iend.clone(),
            b"trailing".to_vec(),
        ]
        .concat();
        let want = [sig, ihdr, srgb, idat, iend].concat();
        for step in [1, 5, 9, 4096] {
            let (out, outcome) = strip(&file, step);
            assert_eq!(out, want, "in pieces of {step}");
            assert_eq!(outcome, Outcome::Removed);
        }
    }

    fn webp_chunk(name: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut v = name.to_vec();
        v.extend_from_slice(&u32::try_from(data.len()).expect("short").to_le_bytes());
        v.extend_from_slice(data);
        if data.len() % 2 == 1 {
            v.push(0);
        }
        v
    }

    fn riff(chunks: &[Vec<u8>]) -> Vec<u8> {
        let body: Vec<u8> = chunks.concat();
        let mut v = b"RIFF".to_vec();
        v.extend_from_slice(&u32::try_from(body.len() + 4).expect("short").to_le_bytes());
        v.extend_from_slice(b"WEBP");
        v.extend_from_slice(&body);
        v
    }

    #[test]
    fn webp_metadata_becomes_zeros_in_a_chunk_readers_skip() {
        let flags = 0x10 | 0x08 | 0x04;
        let vp8x = webp_chunk(b"VP8X", &[flags, 0, 0, 0, 9, 0, 0, 9, 0, 0]);
        let image = webp_chunk(b"VP8 ", b"compressed frame");
        let exif = webp_chunk(b"EXIF", b"MM\0*GPS 16.79N");
        let xmp = webp_chunk(b"XMP ", b"<x:xmpmeta>odd</x:xmpmeta>");
        let file = riff(&[vp8x, image.clone(), exif.clone(), xmp.clone()]);
        let want = riff(&[
            webp_chunk(b"VP8X", &[0x10, 0, 0, 0, 9, 0, 0, 9, 0, 0]),
            image,
            webp_chunk(b"JUNK", &vec![0; exif.len() - 8]),
            webp_chunk(b"JUNK", &vec![0; xmp.len() - 8]),
        ]);
        for step in [1, 3, 4096] {
            let (out, outcome) = strip(&file, step);
            assert_eq!(out.len(), file.len());
            assert_eq!(out, want, "in pieces of {step}");
            assert_eq!(outcome, Outcome::Removed);
        }
    }

    #[test]
    fn other_files_pass_unchanged() {
        for file in [
            b"%PDF-1.7 a document".to_vec(),
            b"short".to_vec(),
            b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec(),
        ] {
            let (out, outcome) = strip(&file, 4);
            assert_eq!(out, file);
            assert_eq!(outcome, Outcome::NotSupported);
        }
    }
}
