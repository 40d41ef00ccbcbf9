//! The report form as a multipart body (issue 20): its text fields into a
//! [`FormInput`], its files sealed into the blob store as they arrive.
//!
//! Limits hold while reading, never after: a file over its limit, a report
//! over its total, one file too many, or text fields over their budget
//! stop the read at the byte that crossed it, and what was sealed of that
//! report is removed. A file input left empty (a browser sends a part with
//! an empty file name and no bytes) is not a file; a chosen file of zero
//! bytes is refused, so the source knows it did not come through.

use crate::blobs::{BlobError, BlobStore, SealingWriter, StoredBlob};
use crate::report::FormInput;
use actix_web::web::Bytes;
use futures_util::StreamExt;
use sha2::Digest;
use std::io::Write;

/// What one report may carry.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Bytes per file.
    pub max_file: u64,
    /// Bytes of all files of one report.
    pub max_report: u64,
    /// Files per report.
    pub max_files: usize,
    /// Bytes of all text fields together (the urlencoded form's limit).
    pub max_text: usize,
    /// How long the body may go without a byte: a stalled upload is
    /// dropped, with what was sealed of it.
    pub idle: std::time::Duration,
}

impl Limits {
    /// The largest body a form within these limits can be: its files, its
    /// text, and the parts' headers (a few hundred bytes each). A body
    /// declared larger is refused before a byte of it is read.
    pub fn largest_body(&self) -> u64 {
        self.max_report
            .saturating_add(self.max_text as u64)
            .saturating_add(64 * 1024)
    }

    /// A form that takes text only (at most `max_text` bytes).
    pub fn text_only(max_text: usize, idle: std::time::Duration) -> Self {
        Self {
            max_file: 0,
            max_report: 0,
            max_files: 0,
            max_text,
            idle,
        }
    }
}

/// A file as the source sent it, sealed.
pub struct Attachment {
    /// The file's name, made safe to show (see [`safe_name`]).
    pub name: String,
    /// The type the browser declared (`application/octet-stream` when it
    /// declared none that parses).
    pub content_type: String,
    /// Bytes as stored (as sent, less any photo metadata removed).
    pub size: u64,
    /// SHA-256 of the bytes as stored, for the signed report to name.
    pub sha256: [u8; 32],
    /// What became of its photo metadata: `None` when the source chose to
    /// keep it (see [`crate::strip`]).
    pub metadata: Option<crate::strip::Outcome>,
    /// The sealed blob.
    pub blob: StoredBlob,
}

impl Attachment {
    /// The file as the sealed text lists it.
    pub fn info(&self) -> crate::report::FileInfo {
        crate::report::FileInfo {
            name: self.name.clone(),
            media_type: self.content_type.clone(),
            size: self.size,
            sha256: crate::random::hex(&self.sha256),
            metadata: self.metadata.map_or("kept", crate::strip::Outcome::as_str),
        }
    }

    /// The file as its row is written: blob, size and key.
    pub fn sealed(&self) -> crate::intake::SealedFile {
        crate::intake::SealedFile {
            info: self.info(),
            blob: self.blob.id.as_str().to_owned(),
            sealed_size: i64::try_from(self.blob.size).unwrap_or(i64::MAX),
            key: self.blob.key.clone(),
        }
    }
}

/// The files of a report being received: removed from the blob store when
/// this is dropped, unless [`FilesGuard::keep`] was called (the tip was
/// committed and names them). Every other way out of the handler — a bad
/// token, a question for the source, a full database, a panic — leaves no
/// blob behind.
pub struct FilesGuard<'a> {
    store: &'a BlobStore,
    files: Vec<Attachment>,
}

impl<'a> FilesGuard<'a> {
    pub fn new(store: &'a BlobStore, files: Vec<Attachment>) -> Self {
        Self { store, files }
    }

    /// The tip or message that names the files was committed.
    pub fn keep(mut self) {
        self.files.clear();
    }
}

impl std::ops::Deref for FilesGuard<'_> {
    type Target = [Attachment];
    fn deref(&self) -> &[Attachment] {
        &self.files
    }
}

impl Drop for FilesGuard<'_> {
    fn drop(&mut self) {
        for f in self.files.drain(..) {
            if let Err(e) = self.store.remove(&f.blob.id) {
                tracing::warn!(error = %e, "a refused report's file stays until the next start");
            }
        }
    }
}

/// The form's fields and its files.
pub struct Upload {
    pub fields: FormInput,
    pub files: Vec<Attachment>,
    /// Why the files were refused, if they were: then `files` is empty
    /// (every blob of the report removed) and `fields` holds the text
    /// read before the refusal, so the form can come back with it.
    pub refused: Option<UploadError>,
}

/// Why an upload was refused. What was sealed of it is gone by the time
/// this is returned.
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    /// Not a multipart body this form sends (truncated, no final boundary,
    /// a malformed part header, a repeated or unknown-size field).
    #[error("malformed multipart body")]
    Malformed,
    /// The text fields were over their budget.
    #[error("the text fields are too long")]
    TextTooLarge,
    /// A file over the per-file limit (its name).
    #[error("a file is over the limit for one file")]
    FileTooLarge(String),
    /// All files together over the per-report limit (the name of the file
    /// that crossed it).
    #[error("the files are over the limit for one report")]
    ReportTooLarge(String),
    /// More files than a report may carry.
    #[error("too many files")]
    TooManyFiles,
    /// A chosen file of zero bytes (its name).
    #[error("an empty file")]
    EmptyFile(String),
    /// No byte came for [`Limits::idle`].
    #[error("the upload stalled")]
    Stalled,
    /// The disk refused, or sealing failed.
    #[error("storage: {0}")]
    Storage(#[from] BlobError),
}

/// The form field with the source's choice for photo metadata: `keep`,
/// or anything else (`remove`, or nothing) to remove it.
pub const PHOTO_DATA: &str = "photo_data";

/// Bytes of a file sealed at a time off the async executor.
const SEAL_PIECE: usize = 256 * 1024;

/// Reads the report form from a multipart body: text fields (at most
/// `limits.max_text` bytes together) and files (field `files`), each file
/// sealed into `store` as it arrives, at most [`SEAL_PIECE`] bytes held.
/// A body that is not this form's is an error; files refused (a limit, an
/// empty file, the disk) are [`Upload::refused`], with the text kept.
pub async fn read_report<S>(
    headers: &actix_web::http::header::HeaderMap,
    payload: S,
    store: &BlobStore,
    limits: Limits,
) -> Result<Upload, UploadError>
where
    S: futures_util::Stream<Item = Result<Bytes, actix_web::error::PayloadError>> + 'static,
{
    let mut files = Vec::new();
    let mut fields = FormInput::default();
    let mut mp = actix_multipart::Multipart::new(headers, payload);
    let read = read_into(&mut mp, store, limits, &mut fields, &mut files).await;
    let Err(e) = read else {
        return Ok(Upload {
            fields,
            files,
            refused: None,
        });
    };
    for f in files {
        let _ = store.remove(&f.blob.id);
    }
    match e {
        UploadError::FileTooLarge(_)
        | UploadError::ReportTooLarge(_)
        | UploadError::TooManyFiles
        | UploadError::EmptyFile(_)
        | UploadError::Storage(_) => {
            // Nothing more is sealed or kept, but the rest of the body is
            // read and dropped (at most the report's limit), so that the
            // browser is still listening when the page saying what went
            // wrong arrives.
            drain(
                &mut mp,
                limits.max_report.saturating_add(limits.max_text as u64),
                limits.idle,
            )
            .await;
            Ok(Upload {
                fields,
                files: Vec::new(),
                refused: Some(e),
            })
        }
        e => Err(e),
    }
}

/// Reads and drops what is left of a refused body, up to `budget` bytes.
async fn drain(mp: &mut actix_multipart::Multipart, mut budget: u64, idle: std::time::Duration) {
    while let Ok(Some(Ok(mut field))) = within(idle, mp.next()).await {
        while let Ok(Some(Ok(chunk))) = within(idle, field.next()).await {
            match budget.checked_sub(chunk.len() as u64) {
                Some(left) => budget = left,
                None => return,
            }
        }
    }
}

async fn read_into(
    mp: &mut actix_multipart::Multipart,
    store: &BlobStore,
    limits: Limits,
    fields: &mut FormInput,
    files: &mut Vec<Attachment>,
) -> Result<(), UploadError> {
    let mut text = 0usize;
    let mut total = 0u64;
    let idle = limits.idle;
    while let Some(field) = within(idle, mp.next()).await? {
        let mut field = field.map_err(|_| UploadError::Malformed)?;
        let name = field.name().unwrap_or("").to_owned();
        let filename = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_owned);
        let Some(filename) = filename else {
            // A text field.
            let mut value = Vec::new();
            while let Some(chunk) = within(idle, field.next()).await? {
                let chunk = chunk.map_err(|_| UploadError::Malformed)?;
                text += chunk.len();
                if text > limits.max_text {
                    return Err(UploadError::TextTooLarge);
                }
                value.extend_from_slice(&chunk);
            }
            text += name.len();
            let value = String::from_utf8(value).map_err(|_| UploadError::Malformed)?;
            // Line breaks as a browser sends them in a urlencoded body.
            let value = value.replace("\r\n", "\n");
            fields
                .add(name, value)
                .map_err(|_| UploadError::Malformed)?;
            continue;
        };
        if name != "files" {
            return Err(UploadError::Malformed);
        }
        if fields.get("action") == "add_person" {
            // "Add a person" posts the whole form; its files are not kept
            // (the form says to choose them again), so not sealed either.
            while let Some(chunk) = within(idle, field.next()).await? {
                chunk.map_err(|_| UploadError::Malformed)?;
            }
            continue;
        }
        let content_type = field
            .content_type()
            .map(|m| safe_type(m.essence_str()))
            .unwrap_or_else(|| "application/octet-stream".to_owned());
        let shown = safe_name(&filename);
        // The choice comes before the file input in the form; without it,
        // metadata is removed.
        let mut stripper = (fields.get(PHOTO_DATA) != "keep").then(crate::strip::Stripper::new);
        let mut writer: Option<SealingWriter> = None;
        let mut hash = sha2::Sha256::new();
        let mut sent = 0u64;
        let mut piece = Vec::with_capacity(SEAL_PIECE);
        while let Some(chunk) = within(idle, field.next()).await? {
            let chunk = chunk.map_err(|_| UploadError::Malformed)?;
            if chunk.is_empty() {
                continue;
            }
            if writer.is_none() {
                if files.len() >= limits.max_files {
                    return Err(UploadError::TooManyFiles);
                }
                writer = Some(store.create()?);
            }
            sent += chunk.len() as u64;
            total += chunk.len() as u64;
            if sent > limits.max_file {
                return Err(UploadError::FileTooLarge(shown));
            }
            if total > limits.max_report {
                return Err(UploadError::ReportTooLarge(shown));
            }
            match stripper.as_mut() {
                Some(s) => s.push(&chunk, &mut piece),
                None => piece.extend_from_slice(&chunk),
            }
            if piece.len() >= SEAL_PIECE {
                hash.update(&piece);
                let w = writer.take().ok_or(UploadError::Malformed)?;
                let (w, back) = seal_piece(w, piece).await?;
                writer = Some(w);
                piece = back;
            }
        }
        let Some(w) = writer else {
            if filename.is_empty() {
                // A file input with nothing chosen.
                continue;
            }
            return Err(UploadError::EmptyFile(shown));
        };
        let metadata = stripper.map(|s| s.finish(&mut piece));
        hash.update(&piece);
        let (w, _) = seal_piece(w, piece).await?;
        let size = w.plaintext_len();
        let sha256: [u8; 32] = hash.finalize().into();
        let blob = actix_web::rt::task::spawn_blocking(move || {
            let finished = w.finish()?;
            Ok::<_, BlobError>(finished)
        })
        .await
        .map_err(|e| BlobError::Seal(e.to_string()))??;
        let blob = store.finish(blob)?;
        files.push(Attachment {
            name: shown,
            content_type,
            size,
            sha256,
            metadata,
            blob,
        });
    }
    Ok(())
}

/// The next item of a body, unless none comes for `idle`.
async fn within<F: std::future::Future>(
    idle: std::time::Duration,
    next: F,
) -> Result<F::Output, UploadError> {
    actix_web::rt::time::timeout(idle, next)
        .await
        .map_err(|_| UploadError::Stalled)
}

/// Seals `piece` off the async executor (about a millisecond per 256 KiB);
/// hands back the writer and the emptied buffer.
async fn seal_piece(
    mut w: SealingWriter,
    mut piece: Vec<u8>,
) -> Result<(SealingWriter, Vec<u8>), UploadError> {
    if piece.is_empty() {
        return Ok((w, piece));
    }
    let done = actix_web::rt::task::spawn_blocking(move || {
        let r = w.write_all(&piece);
        piece.clear();
        (w, piece, r)
    })
    .await
    .map_err(|e| BlobError::Seal(e.to_string()))?;
    let (w, piece, r) = done;
    r.map_err(BlobError::Io)?;
    Ok((w, piece))
}

/// A file name as a source's browser sent it, made safe to show and to
/// save: only its last path component, no control or direction-changing
/// characters, at most 200 characters; "file" if nothing is left.
pub fn safe_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .take(200)
        .collect();
    let trimmed = cleaned.trim().trim_start_matches('.').trim();
    if trimmed.is_empty() {
        "file".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// A declared media type, if it is a plain `type/subtype` of token
/// characters; `application/octet-stream` otherwise.
fn safe_type(essence: &str) -> String {
    let token = |s: &str| {
        !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    match essence.split_once('/') {
        Some((t, s)) if token(t) && token(s) => essence.to_ascii_lowercase(),
        _ => "application/octet-stream".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_paths_controls_and_direction_marks() {
        assert_eq!(safe_name("C:\\Users\\me\\gate.jpg"), "gate.jpg");
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("a\u{0}b\nc\u{202E}gpj.exe"), "abcgpj.exe");
        assert_eq!(safe_name(".hidden"), "hidden");
        assert_eq!(safe_name("..."), "file");
        assert_eq!(safe_name(""), "file");
        assert_eq!(safe_name("ဂိတ်.png"), "ဂိတ်.png");
        assert_eq!(safe_name(&"x".repeat(500)).chars().count(), 200);
    }

    #[test]
    fn types_are_plain_or_octet_stream() {
        assert_eq!(safe_type("image/JPEG"), "image/jpeg");
        assert_eq!(safe_type("text/html\r\nX: y"), "application/octet-stream");
        assert_eq!(safe_type("nonsense"), "application/octet-stream");
    }
}
