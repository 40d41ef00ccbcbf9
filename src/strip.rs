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
//!   is dropped, and so are comments; an EXIF segment is read whole (at
//!   most 64 KiB) and replaced by one holding its orientation tag alone,
//!   when the picture is to be shown turned: that takes EXIF with its GPS block
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
//! - **HEIF** (HEIC, AVIF): the `meta` box that opens the file is read
//!   whole (at most 4 MiB; a phone's is a few kilobytes) for where its EXIF
//!   and XMP items are; their bytes, after it in `mdat` or inside it, are
//!   written as zeros as they pass. Nothing moves, so every offset in the
//!   file stays right; orientation is a property of the image there, not
//!   EXIF, and stays.
//!
//! Anything else (video, documents) passes unchanged, and
//! [`Outcome::NotSupported`] says so; a file whose structure breaks off
//! passes unchanged from that point, and [`Outcome::Unreadable`] says so.

/// What happened to a file's metadata.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A JPEG, PNG, WebP or HEIF file read to its end: its metadata is gone.
    Removed,
    /// A format this module does not clean: stored as sent.
    NotSupported,
    /// A JPEG, PNG, WebP or HEIF file whose structure broke off: stored as
    /// sent from the byte where it did.
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
    /// A top-level box of a HEIF file (HEIC, AVIF).
    HeifBox,
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
    /// A structure read whole before it is written, this many bytes of it
    /// still to come.
    Collect(u64, Held),
}

/// What is read whole (into `Stripper::held`) before it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Held {
    /// A JPEG's EXIF segment, for its orientation.
    JpegExif,
    /// A HEIF `meta` box, for where its EXIF and XMP items are.
    HeifMeta,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Jpeg,
    Png,
    Webp,
    Heif,
}

/// The largest HEIF `meta` box held to be read (a phone's is a few
/// kilobytes: item list, locations, properties; the pictures are in `mdat`).
const HEIF_META_MAX: u64 = 4 << 20;

/// Major brands of HEIF files: HEIC (HEVC), AVIF, and the generic ones.
const HEIF_BRANDS: [&[u8; 4]; 10] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis",
];

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
    /// HEIF: the offset in the file of the next byte written (nothing is
    /// dropped from a HEIF file, so it is the input's offset too).
    at: u64,
    /// What is being read whole ([`Held`]).
    held: Vec<u8>,
    /// HEIF: whether the `meta` box was read.
    meta_read: bool,
    /// HEIF: the byte ranges (start, end) of the EXIF and XMP items still to
    /// be written as zeros, in order.
    blank: Vec<(u64, u64)>,
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
            at: 0,
            held: Vec::new(),
            meta_read: false,
            blank: Vec::new(),
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
                    } else if &h[4..8] == b"ftyp" && HEIF_BRANDS.iter().any(|b| &h[8..12] == *b) {
                        (Format::Heif, 0, Then::HeifBox)
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
                        State::Copy(..) if self.format == Some(Format::Heif) => {
                            let from = out.len();
                            out.extend_from_slice(&input[..take]);
                            self.heif_written(out, from);
                        }
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
                State::Header(Then::HeifBox) => self.heif_box(&mut input, out),
                State::Collect(left, what) => {
                    let take = usize::try_from(left).unwrap_or(usize::MAX).min(input.len());
                    self.held.extend_from_slice(&input[..take]);
                    input = &input[take..];
                    let left = left - take as u64;
                    if left > 0 {
                        self.state = State::Collect(left, what);
                    } else if what == Held::HeifMeta {
                        self.heif_meta(out);
                    } else {
                        let segment = std::mem::take(&mut self.held);
                        let kept = upright_only(&segment);
                        self.removed += (segment.len() - kept.len()) as u64;
                        out.extend_from_slice(&kept);
                        self.state = State::Header(Then::JpegMarker);
                    }
                }
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
        if code == 0xE1 && payload.starts_with(b"Exif\0\0") {
            // Read whole (at most 64 KiB) for the one tag that is kept.
            self.held = std::mem::take(&mut self.head);
            self.state = State::Collect(left, Held::JpegExif);
        } else if keep {
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

    /// HEIF bytes just written at `out[from..]`: those of an EXIF or XMP
    /// item become zeros.
    fn heif_written(&mut self, out: &mut [u8], from: usize) {
        let start = self.at;
        let end = start + (out.len() - from) as u64;
        while let Some(&(a, b)) = self.blank.first() {
            if a >= end {
                break;
            }
            let (lo, hi) = (a.max(start), b.min(end));
            if lo < hi {
                let i = from + usize::try_from(lo - start).unwrap_or(0);
                let j = from + usize::try_from(hi - start).unwrap_or(0);
                out[i..j].fill(0);
                self.removed += hi - lo;
            }
            if b <= end {
                self.blank.remove(0);
            } else {
                break;
            }
        }
        self.at = end;
    }

    /// A HEIF top-level box's size and type.
    fn heif_box(&mut self, input: &mut &[u8], out: &mut Vec<u8>) {
        if !self.fill(input, 8) {
            return;
        }
        let small = u64::from(u32::from_be_bytes([
            self.head[0],
            self.head[1],
            self.head[2],
            self.head[3],
        ]));
        let (size, header) = if small == 1 {
            if !self.fill(input, 16) {
                return;
            }
            let mut b = [0u8; 8];
            b.copy_from_slice(&self.head[8..16]);
            (u64::from_be_bytes(b), 16)
        } else {
            (small, 8)
        };
        let kind = [self.head[4], self.head[5], self.head[6], self.head[7]];
        if !kind.iter().all(|b| b.is_ascii_graphic()) || (size != 0 && size < header) {
            return self.give_up(out);
        }
        if &kind == b"meta" && !self.meta_read {
            if size == 0 || size > HEIF_META_MAX {
                return self.give_up(out);
            }
            self.held = std::mem::take(&mut self.head);
            self.state = State::Collect(size - self.held.len() as u64, Held::HeifMeta);
            return;
        }
        let from = out.len();
        out.append(&mut self.head);
        self.heif_written(out, from);
        // Size 0: the box runs to the end of the file.
        let left = if size == 0 { u64::MAX } else { size - header };
        self.state = State::Copy(left, Then::HeifBox);
    }

    /// The whole `meta` box: where its EXIF and XMP items are. Those inside
    /// it (`idat`) are written as zeros now, those after it as they pass.
    fn heif_meta(&mut self, out: &mut Vec<u8>) {
        let mut meta = std::mem::take(&mut self.held);
        self.meta_read = true;
        let start = self.at;
        match heif_items(&meta) {
            Some((file, idat)) => {
                let end = start + meta.len() as u64;
                let mut later = Vec::new();
                let mut ok = true;
                for (a, b) in file {
                    if a >= end {
                        later.push((a, b));
                    } else if a >= start && b <= end {
                        let (i, j) = ((a - start) as usize, (b - start) as usize);
                        meta[i..j].fill(0);
                        self.removed += b - a;
                    } else {
                        // Before this box: already passed.
                        ok = false;
                    }
                }
                for (i, j) in idat {
                    meta[i..j].fill(0);
                    self.removed += (j - i) as u64;
                }
                later.sort_unstable();
                self.blank = later;
                out.extend_from_slice(&meta);
                self.at = end;
                if ok {
                    self.state = State::Header(Then::HeifBox);
                } else {
                    self.broken = true;
                    self.state = State::Pass;
                }
            }
            None => {
                out.extend_from_slice(&meta);
                self.at = start + meta.len() as u64;
                self.broken = true;
                self.state = State::Pass;
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
            // A HEIF file ends between boxes (or in one that runs to the
            // end), every EXIF and XMP item written as zeros.
            (Format::Heif, State::Header(Then::HeifBox)) => {
                self.head.is_empty() && self.blank.is_empty()
            }
            (Format::Heif, State::Copy(u64::MAX, _)) => self.blank.is_empty(),
            (Format::Heif, _) => false,
        };
        out.append(&mut self.head);
        if self.broken || !ended {
            Outcome::Unreadable
        } else {
            Outcome::Removed
        }
    }
}

/// What is kept of a JPEG's EXIF segment (the whole segment, marker
/// included): a segment of its own holding only the orientation tag, when
/// the picture is to be shown turned or mirrored (a phone held upright
/// records that there, not in the pixels); nothing otherwise. Location,
/// time, camera, thumbnail and every other tag go.
fn upright_only(segment: &[u8]) -> Vec<u8> {
    let tiff = match segment.get(10..) {
        Some(t) if segment.get(4..10) == Some(b"Exif\0\0") => t,
        _ => return Vec::new(),
    };
    let little = match tiff.get(..4) {
        Some(b"II*\0") => true,
        Some(b"MM\0*") => false,
        _ => return Vec::new(),
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b: [u8; 2] = tiff.get(at..at + 2)?.try_into().ok()?;
        Some(if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b: [u8; 4] = tiff.get(at..at + 4)?.try_into().ok()?;
        Some(if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let orientation = (|| {
        let ifd = usize::try_from(u32_at(4)?).ok()?;
        let count = usize::from(u16_at(ifd)?);
        (0..count).find_map(|i| {
            let e = ifd + 2 + 12 * i;
            // Tag 0x0112, type SHORT, one value.
            (u16_at(e)? == 0x0112 && u16_at(e + 2)? == 3 && u32_at(e + 4)? == 1)
                .then(|| u16_at(e + 8))
                .flatten()
        })
    })();
    let Some(o) = orientation.filter(|o| (2..=8).contains(o)) else {
        return Vec::new();
    };
    let w16 = |v: u16| {
        if little {
            v.to_le_bytes()
        } else {
            v.to_be_bytes()
        }
    };
    let w32 = |v: u32| {
        if little {
            v.to_le_bytes()
        } else {
            v.to_be_bytes()
        }
    };
    let mut t = Vec::with_capacity(26);
    t.extend_from_slice(if little { b"II*\0" } else { b"MM\0*" });
    t.extend_from_slice(&w32(8));
    t.extend_from_slice(&w16(1));
    t.extend_from_slice(&w16(0x0112));
    t.extend_from_slice(&w16(3));
    t.extend_from_slice(&w32(1));
    t.extend_from_slice(&w16(o));
    t.extend_from_slice(&[0, 0]);
    t.extend_from_slice(&w32(0));
    let mut out = vec![0xFF, 0xE1];
    out.extend_from_slice(
        &u16::try_from(2 + 6 + t.len())
            .unwrap_or(u16::MAX)
            .to_be_bytes(),
    );
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&t);
    out
}

/// Reads a big-endian number of `n` bytes (0, 4 or 8; 2 for counts).
fn be(b: &[u8], at: usize, n: usize) -> Option<u64> {
    let s = b.get(at..at.checked_add(n)?)?;
    Some(s.iter().fold(0u64, |v, &x| (v << 8) | u64::from(x)))
}

/// A box: its type, where it starts, where its payload starts, where it ends.
type HeifChild = ([u8; 4], usize, usize, usize);

/// The child boxes of `b[from..to]`.
fn heif_children(b: &[u8], from: usize, to: usize) -> Option<Vec<HeifChild>> {
    let mut out = Vec::new();
    let mut at = from;
    while at < to {
        let small = be(b, at, 4)?;
        let kind: [u8; 4] = b.get(at + 4..at + 8)?.try_into().ok()?;
        let (size, header) = match small {
            0 => ((to - at) as u64, 8),
            1 => (be(b, at + 8, 8)?, 16),
            n => (n, 8),
        };
        let end = at.checked_add(usize::try_from(size).ok()?)?;
        if size < header as u64 || end > to {
            return None;
        }
        out.push((kind, at, at + header, end));
        at = end;
    }
    Some(out)
}

/// The EXIF and XMP items of a HEIF `meta` box (the whole box): the
/// file's byte ranges that hold them, and those inside the box's `idat`
/// (offsets in `meta`). `None` if the box cannot be read, or an item is
/// stored in a way this does not follow (in another item, or in another file).
type HeifItems = (Vec<(u64, u64)>, Vec<(usize, usize)>);
fn heif_items(meta: &[u8]) -> Option<HeifItems> {
    let header = if be(meta, 0, 4)? == 1 { 16 } else { 8 };
    // A full box: version and flags first.
    let children = heif_children(meta, header + 4, meta.len())?;
    let mut wanted = std::collections::HashSet::new();
    for (kind, _, body, end) in &children {
        if kind != b"iinf" {
            continue;
        }
        let version = *meta.get(*body)?;
        let first = body + 4 + if version == 0 { 2 } else { 4 };
        for (k, _, b, e) in heif_children(meta, first, *end)? {
            if &k != b"infe" || *meta.get(b)? < 2 {
                continue;
            }
            let wide = usize::from(*meta.get(b)? >= 3);
            let id_len = 2 + 2 * wide;
            let id = be(meta, b + 4, id_len)?;
            let t = b + 4 + id_len + 2;
            let item_type = meta.get(t..t + 4)?;
            let rest = meta.get(t + 4..e)?;
            let is_xmp = || {
                // item_name, then content_type, each ending in a zero byte.
                let mut fields = rest.split(|&x| x == 0);
                fields.next();
                fields
                    .next()
                    .is_some_and(|ct| ct.starts_with(b"application/rdf+xml"))
            };
            if item_type == b"Exif" || (item_type == b"mime" && is_xmp()) {
                wanted.insert(id);
            }
        }
    }
    let mut file = Vec::new();
    let mut in_idat = Vec::new();
    for (kind, _, body, _) in &children {
        if kind != b"iloc" {
            continue;
        }
        let version = *meta.get(*body)?;
        let sizes = *meta.get(body + 4)?;
        let more = *meta.get(body + 5)?;
        let (off_len, len_len) = (usize::from(sizes >> 4), usize::from(sizes & 15));
        let base_len = usize::from(more >> 4);
        let index_len = if version >= 1 {
            usize::from(more & 15)
        } else {
            0
        };
        let wide = version >= 2;
        let mut at = body + 6;
        let count = be(meta, at, if wide { 4 } else { 2 })?;
        at += if wide { 4 } else { 2 };
        for _ in 0..count {
            let id = be(meta, at, if wide { 4 } else { 2 })?;
            at += if wide { 4 } else { 2 };
            let method = if version >= 1 {
                let m = be(meta, at, 2)? & 15;
                at += 2;
                m
            } else {
                0
            };
            let reference = be(meta, at, 2)?;
            let base = be(meta, at + 2, base_len)?;
            let extents = be(meta, at + 2 + base_len, 2)?;
            at += 4 + base_len;
            for _ in 0..extents {
                at += index_len;
                let off = be(meta, at, off_len)?;
                let len = be(meta, at + off_len, len_len)?;
                at += off_len + len_len;
                if !wanted.contains(&id) {
                    continue;
                }
                let from = base.checked_add(off)?;
                let to = from.checked_add(len)?;
                match (method, reference) {
                    (0, 0) if len > 0 => file.push((from, to)),
                    (1, _) if len > 0 => in_idat.push((from, to)),
                    _ => return None,
                }
            }
        }
    }
    // Offsets in `idat` are from the start of its payload.
    let idat = children.iter().find(|c| &c.0 == b"idat");
    let mut idat_ranges = Vec::new();
    for (a, b) in in_idat {
        let (_, _, body, end) = idat?;
        let i = body.checked_add(usize::try_from(a).ok()?)?;
        let j = body.checked_add(usize::try_from(b).ok()?)?;
        if j > *end {
            return None;
        }
        idat_ranges.push((i, j));
    }
    Some((file, idat_ranges))
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

    fn bx(kind: &[u8; 4], payload: &[u8]) -> Vec<u8> {
        let mut v = u32::try_from(payload.len() + 8)
            .expect("small")
            .to_be_bytes()
            .to_vec();
        v.extend_from_slice(kind);
        v.extend_from_slice(payload);
        v
    }

    fn full_box(kind: &[u8; 4], version: u8, payload: &[u8]) -> Vec<u8> {
        let mut p = vec![version, 0, 0, 0];
        p.extend_from_slice(payload);
        bx(kind, &p)
    }

    /// A HEIF file: ftyp, meta (items: a picture, EXIF and XMP after the
    /// meta box in mdat, and EXIF inside it in idat), mdat.
    fn heif(mdat_first: bool) -> (Vec<u8>, Vec<u8>) {
        let ftyp = bx(b"ftyp", b"heic\0\0\0\0mif1heic");
        let picture = b"HEVC-PICTURE-DATA".to_vec();
        let exif = b"\0\0\0\0MM\0*GPS 16.79N 96.15E".to_vec();
        let xmp = b"<x:xmpmeta>Ko Aung</x:xmpmeta>".to_vec();
        let inner_exif = b"\0\0\0\0MM\0*Xiaomi".to_vec();
        let infe = |id: u16, kind: &[u8; 4], extra: &[u8]| {
            let mut p = id.to_be_bytes().to_vec();
            p.extend_from_slice(&[0, 0]);
            p.extend_from_slice(kind);
            p.push(0);
            p.extend_from_slice(extra);
            full_box(b"infe", 2, &p)
        };
        let mut iinf = 4u16.to_be_bytes().to_vec();
        iinf.extend(infe(1, b"hvc1", b""));
        iinf.extend(infe(2, b"Exif", b""));
        iinf.extend(infe(3, b"mime", b"application/rdf+xml\0"));
        iinf.extend(infe(4, b"Exif", b""));
        let iinf = full_box(b"iinf", 0, &iinf);
        let meta_of = |mdat_at: u32| {
            let mut iloc = vec![0x44, 0x40];
            iloc.extend_from_slice(&4u16.to_be_bytes());
            let mut at = mdat_at + 8;
            for (id, method, len, off) in [
                (1u16, 0u16, picture.len(), None),
                (2, 0, exif.len(), None),
                (3, 0, xmp.len(), None),
                (4, 1, inner_exif.len(), Some(3u32)),
            ] {
                let len = u32::try_from(len).expect("small");
                iloc.extend_from_slice(&id.to_be_bytes());
                iloc.extend_from_slice(&method.to_be_bytes());
                iloc.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0, 1]);
                iloc.extend_from_slice(&off.unwrap_or(at).to_be_bytes());
                iloc.extend_from_slice(&len.to_be_bytes());
                if off.is_none() {
                    at += len;
                }
            }
            let mut idat = b"pre".to_vec();
            idat.extend_from_slice(&inner_exif);
            let mut m = bx(b"hdlr", b"\0\0\0\0\0\0\0\0pict\0\0\0\0\0\0\0\0\0\0\0\0\0");
            m.extend(iinf.clone());
            m.extend(full_box(b"iloc", 1, &iloc));
            m.extend(bx(b"idat", &idat));
            full_box(b"meta", 0, &m)
        };
        let mdat_payload = [picture.clone(), exif.clone(), xmp.clone()].concat();
        let mdat = bx(b"mdat", &mdat_payload);
        let blank = |v: &[u8]| vec![0; v.len()];
        let cleaned_mdat = bx(
            b"mdat",
            &[picture.clone(), blank(&exif), blank(&xmp)].concat(),
        );
        if mdat_first {
            let at = u32::try_from(ftyp.len()).expect("small");
            let meta = meta_of(at);
            let file = [ftyp.clone(), mdat.clone(), meta].concat();
            return (file.clone(), file);
        }
        let probe = meta_of(0);
        let at = u32::try_from(ftyp.len() + probe.len()).expect("small");
        let meta = meta_of(at);
        let mut cleaned_meta = meta.clone();
        let inner = cleaned_meta.len() - inner_exif.len();
        cleaned_meta[inner..].fill(0);
        (
            [ftyp.clone(), meta, mdat].concat(),
            [ftyp, cleaned_meta, cleaned_mdat].concat(),
        )
    }

    #[test]
    fn heif_exif_and_xmp_become_zeros_and_nothing_moves() {
        let (file, want) = heif(false);
        for step in [1, 5, 64, 4096] {
            let (out, outcome) = strip(&file, step);
            assert_eq!(out, want, "in pieces of {step}");
            assert_eq!(outcome, Outcome::Removed);
        }
        // A second pass changes nothing.
        assert_eq!(strip(&want, 7), (want.clone(), Outcome::Removed));
        // Cut short before the XMP item ends: said so.
        let (out, outcome) = strip(&file[..file.len() - 3], 9);
        assert_eq!(outcome, Outcome::Unreadable);
        assert_eq!(out.len(), file.len() - 3);
    }

    #[test]
    fn heif_metadata_before_its_meta_box_cannot_be_removed_and_says_so() {
        let (file, _) = heif(true);
        let (out, outcome) = strip(&file, 16);
        assert_eq!(outcome, Outcome::Unreadable);
        assert_eq!(out.len(), file.len());
    }

    #[test]
    fn jpeg_keeps_only_its_orientation_of_all_exif() {
        // Big-endian EXIF: IFD0 with Make, Orientation 6, and a GPS pointer.
        let mut tiff = b"MM\0*\0\0\0\x08".to_vec();
        tiff.extend_from_slice(&3u16.to_be_bytes());
        for (tag, kind, count, value) in [
            (0x010Fu16, 2u16, 4u32, *b"Mi9\0"),
            (0x0112, 3, 1, [0, 6, 0, 0]),
            (0x8825, 4, 1, [0, 0, 0, 50]),
        ] {
            tiff.extend_from_slice(&tag.to_be_bytes());
            tiff.extend_from_slice(&kind.to_be_bytes());
            tiff.extend_from_slice(&count.to_be_bytes());
            tiff.extend_from_slice(&value);
        }
        tiff.extend_from_slice(&[0; 4]);
        tiff.extend_from_slice(b"GPS 16.7967N 96.1527E");
        let exif = segment(0xE1, &[b"Exif\0\0".as_slice(), &tiff].concat());
        let (file, image) = jpeg(std::slice::from_ref(&exif), b"");
        let mut want_tiff = b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0".to_vec();
        want_tiff.extend_from_slice(&[0; 4]);
        let upright = segment(0xE1, &[b"Exif\0\0".as_slice(), &want_tiff].concat());
        let mut want = vec![0xFF, 0xD8];
        want.extend_from_slice(&upright);
        want.extend_from_slice(&image[2 + exif.len()..]);
        for step in [1, 7, 4096] {
            let (out, outcome) = strip(&file, step);
            assert_eq!(out, want, "in pieces of {step}");
            assert_eq!(outcome, Outcome::Removed);
        }
        assert_eq!(strip(&want, 3).0, want, "a second pass keeps it");
        // Upright already (1), or no orientation: no EXIF at all.
        let mut plain = tiff.clone();
        plain[10 + 12 + 9] = 1;
        let exif = segment(0xE1, &[b"Exif\0\0".as_slice(), &plain].concat());
        let (file, image) = jpeg(std::slice::from_ref(&exif), b"");
        let mut want = vec![0xFF, 0xD8];
        want.extend_from_slice(&image[2 + exif.len()..]);
        assert_eq!(strip(&file, 5).0, want);
    }

    #[test]
    fn other_files_pass_unchanged() {
        for file in [
            b"%PDF-1.7 a document".to_vec(),
            b"short".to_vec(),
            b"\0\0\0\x18ftypisom\0\0\0\0isomiso2".to_vec(),
        ] {
            let (out, outcome) = strip(&file, 4);
            assert_eq!(out, file);
            assert_eq!(outcome, Outcome::NotSupported);
        }
    }
}
