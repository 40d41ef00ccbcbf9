//! Sealed attachments at rest (issue 20): one file per sealed stream under
//! the blob directory, written as the upload arrives and never holding
//! plaintext.
//!
//! A stream is an OpenPGP encrypted container (SEIPDv1, AES-256) under a
//! session key of its own, with no session-key packets in the file: those
//! are made at commit for the recipients routed then, and kept with the
//! tip, so that a routing change during a long upload costs new session-key
//! packets, not a second upload. Session-key packets followed by the file
//! are a complete OpenPGP message (GnuPG, sq and RNP open it).
//!
//! A stream is written under `partial/` and moved to its final name only
//! once every byte is on disk (`fsync` of the file, then of the
//! directory). Anything left in `partial/` (a closed connection, a crash
//! mid-upload) is removed by [`BlobStore::sweep`] once it is older than
//! an upload may take; a finished blob no tip names is removed by
//! [`BlobStore::remove_unreferenced`].

use secrecy::zeroize::Zeroizing;
use sequoia_openpgp as openpgp;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The name of a finished blob: 32 hex digits, random (never a time or a
/// count: names must not give the order of uploads).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlobId(String);

impl BlobId {
    fn new() -> Self {
        Self(crate::random::hex(&crate::random::bytes::<16>()))
    }

    /// A stored name, if it is one this store could have made.
    pub fn parse(s: &str) -> Option<Self> {
        (s.len() == 32
            && s.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
        .then(|| Self(s.to_owned()))
    }

    /// The name as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The directory of sealed blobs.
#[derive(Clone, Debug)]
pub struct BlobStore {
    dir: PathBuf,
}

impl BlobStore {
    /// Opens (and creates, mode 0700) the store at `dir`.
    pub fn open(dir: &Path) -> io::Result<Self> {
        use std::os::unix::fs::DirBuilderExt;
        let mut b = fs::DirBuilder::new();
        b.recursive(true).mode(0o700);
        b.create(dir.join("partial"))?;
        Ok(Self {
            dir: dir.to_owned(),
        })
    }

    /// A new stream, sealed under a fresh AES-256 session key as it is
    /// written.
    pub fn create(&self) -> Result<SealingWriter, BlobError> {
        let id = BlobId::new();
        let path = self.partial_path(&id);
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)?;
        SealingWriter::new(id, path, file)
    }

    /// Moves a finished stream to its final name; the blob is durable when
    /// this returns.
    pub fn finish(&self, sealed: Finished) -> Result<StoredBlob, BlobError> {
        let Finished { id, size, key } = sealed;
        let from = self.partial_path(&id);
        let to = self.path(&id);
        fs::rename(&from, &to)?;
        File::open(&self.dir)?.sync_all()?;
        Ok(StoredBlob { id, size, key })
    }

    /// The sealed bytes of a finished blob.
    pub fn read(&self, id: &BlobId) -> io::Result<File> {
        File::open(self.path(id))
    }

    /// The plaintext of a finished blob, decrypted with its session key
    /// `key` (held in memory only while its report is received): for the
    /// files a report's e-mail carries. The container's integrity check
    /// is part of the read: a changed blob fails at its end.
    pub fn read_plain(&self, id: &BlobId, key: &[u8]) -> anyhow::Result<Vec<u8>> {
        use openpgp::parse::Parse;
        use openpgp::parse::stream::{
            DecryptionHelper, DecryptorBuilder, MessageStructure, VerificationHelper,
        };
        struct WithKey(Zeroizing<Vec<u8>>);
        impl VerificationHelper for WithKey {
            fn get_certs(
                &mut self,
                _: &[openpgp::KeyHandle],
            ) -> openpgp::Result<Vec<openpgp::Cert>> {
                Ok(Vec::new())
            }
            fn check(&mut self, _: MessageStructure) -> openpgp::Result<()> {
                // A blob carries no signature: its SHA-256 is in the signed report.
                Ok(())
            }
        }
        impl DecryptionHelper for WithKey {
            fn decrypt(
                &mut self,
                _: &[openpgp::packet::PKESK],
                _: &[openpgp::packet::SKESK],
                _: Option<openpgp::types::SymmetricAlgorithm>,
                decrypt: &mut dyn FnMut(
                    Option<openpgp::types::SymmetricAlgorithm>,
                    &openpgp::crypto::SessionKey,
                ) -> bool,
            ) -> openpgp::Result<Option<openpgp::Cert>> {
                let sk: openpgp::crypto::SessionKey = self.0.as_slice().into();
                if decrypt(Some(openpgp::types::SymmetricAlgorithm::AES256), &sk) {
                    Ok(None)
                } else {
                    Err(anyhow::anyhow!("the blob does not open with its key"))
                }
            }
        }
        let file = self.read(id)?;
        let p = crate::seal::policy();
        let mut d = DecryptorBuilder::from_reader(io::BufReader::new(file))?
            .buffer_size(64 * 1024)
            .with_policy(&p, None, WithKey(Zeroizing::new(key.to_vec())))?;
        let mut plain = Vec::new();
        io::Read::read_to_end(&mut d, &mut plain)?;
        Ok(plain)
    }

    /// Removes a finished blob (its tip was purged); a blob already gone
    /// is not an error.
    pub fn remove(&self, id: &BlobId) -> io::Result<()> {
        match fs::remove_file(self.path(id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Removes every partial stream last written before `now - age`: what
    /// an upload that ended without a commit left behind. Returns how many.
    pub fn sweep(&self, now: SystemTime, age: Duration) -> io::Result<usize> {
        let mut removed = 0;
        for entry in fs::read_dir(self.dir.join("partial"))? {
            let entry = entry?;
            let written = entry.metadata()?.modified()?;
            if now.duration_since(written).is_ok_and(|d| d >= age) {
                fs::remove_file(entry.path())?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// The finished blobs (their names), in no particular order.
    pub fn list(&self) -> io::Result<Vec<BlobId>> {
        let mut ids = Vec::new();
        for entry in fs::read_dir(&self.dir)? {
            let entry = entry?;
            if let Some(id) = entry.file_name().to_str().and_then(BlobId::parse) {
                ids.push(id);
            }
        }
        Ok(ids)
    }

    /// Removes every finished blob not in `referenced` and last written
    /// before `now - age` (a younger one may belong to a commit in flight).
    /// Returns how many.
    pub fn remove_unreferenced(
        &self,
        referenced: &std::collections::HashSet<BlobId>,
        now: SystemTime,
        age: Duration,
    ) -> io::Result<usize> {
        let mut removed = 0;
        for id in self.list()? {
            if referenced.contains(&id) {
                continue;
            }
            let written = fs::metadata(self.path(&id))?.modified()?;
            if now.duration_since(written).is_ok_and(|d| d >= age) {
                self.remove(&id)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn path(&self, id: &BlobId) -> PathBuf {
        self.dir.join(&id.0)
    }

    fn partial_path(&self, id: &BlobId) -> PathBuf {
        self.dir.join("partial").join(&id.0)
    }
}

/// Why a stream could not be sealed or stored.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    /// The disk refused (full, read-only, an I/O error).
    #[error("storage: {0}")]
    Io(#[from] io::Error),
    /// The OpenPGP writer failed.
    #[error("sealing: {0}")]
    Seal(String),
}

fn seal_err(e: impl std::fmt::Display) -> BlobError {
    BlobError::Seal(e.to_string())
}

/// A stream being sealed into its partial file. Dropped without
/// [`SealingWriter::finish`], it leaves a partial file for the sweep
/// (removed at once where possible).
pub struct SealingWriter {
    id: BlobId,
    path: PathBuf,
    /// The partial file behind a 1 MiB buffer, shared with the writer
    /// stack, so that the last flush (and its error) happens here.
    file: Shared,
    key: Zeroizing<Vec<u8>>,
    /// `None` once finished.
    message: Option<openpgp::serialize::stream::Message<'static>>,
    plain: u64,
    done: bool,
}

impl SealingWriter {
    fn new(id: BlobId, path: PathBuf, file: File) -> Result<Self, BlobError> {
        use openpgp::serialize::stream::{Encryptor, LiteralWriter, Message};
        let key = Zeroizing::new(crate::random::bytes::<32>().to_vec());
        // Sequoia hands its sink small writes (a partial-body chunk at a
        // time): buffered, they cost a third of the rate. The buffer is
        // shared so that its last flush is ours to check: dropped inside
        // sequoia, a BufWriter would swallow the error of a full disk.
        let file = Shared(std::sync::Arc::new(std::sync::Mutex::new(
            io::BufWriter::with_capacity(1024 * 1024, file),
        )));
        let message = Message::new(file.clone());
        let message = Encryptor::with_session_key(
            message,
            openpgp::types::SymmetricAlgorithm::AES256,
            key.as_slice().into(),
        )
        .map_err(seal_err)?
        .build()
        .map_err(seal_err)?;
        let message = LiteralWriter::new(message).build().map_err(seal_err)?;
        Ok(Self {
            id,
            path,
            file,
            key,
            message: Some(message),
            plain: 0,
            done: false,
        })
    }

    /// Plaintext bytes written so far.
    pub fn plaintext_len(&self) -> u64 {
        self.plain
    }

    /// Ends the stream: the container is closed, the file flushed and
    /// `fsync`ed. [`BlobStore::finish`] then gives it its final name.
    pub fn finish(mut self) -> Result<Finished, BlobError> {
        let message = self
            .message
            .take()
            .ok_or_else(|| seal_err("finished twice"))?;
        // Every layer writes its trailer (the literal packet's last chunk,
        // the MDC) and its errors come back here.
        message
            .finalize()
            .map_err(|e| match e.downcast::<io::Error>() {
                Ok(io) => BlobError::Io(io),
                Err(e) => seal_err(e),
            })?;
        let size = {
            let mut f = self.file.lock()?;
            f.flush()?;
            f.get_ref().sync_all()?;
            f.get_ref().metadata()?.len()
        };
        self.done = true;
        Ok(Finished {
            id: self.id.clone(),
            size,
            key: std::mem::take(&mut self.key),
        })
    }
}

impl Write for SealingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let m = self
            .message
            .as_mut()
            .ok_or_else(|| io::Error::other("the stream is finished"))?;
        let n = m.write(buf)?;
        self.plain += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.message.as_mut() {
            Some(m) => m.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for SealingWriter {
    fn drop(&mut self) {
        if !self.done {
            // Not finished: the upload was abandoned, or the disk refused.
            // The sweep would remove the file later; try now.
            self.message = None;
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// A sealed stream on disk, not yet under its final name.
pub struct Finished {
    id: BlobId,
    size: u64,
    key: Zeroizing<Vec<u8>>,
}

/// A durable sealed blob: its name, its size on disk, and its session key
/// (for the session-key packets; never stored in the clear).
pub struct StoredBlob {
    pub id: BlobId,
    pub size: u64,
    pub key: Zeroizing<Vec<u8>>,
}

/// The buffered partial file, shared between the writer stack and
/// [`SealingWriter::finish`].
#[derive(Clone)]
struct Shared(std::sync::Arc<std::sync::Mutex<io::BufWriter<File>>>);

impl Shared {
    fn lock(&self) -> io::Result<std::sync::MutexGuard<'_, io::BufWriter<File>>> {
        self.0
            .lock()
            .map_err(|_| io::Error::other("a writer of this blob panicked"))
    }
}

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.lock()?.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.lock()?.flush()
    }
}
