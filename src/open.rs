//! `tipline open`: the responder's offline reader. It decrypts an exported
//! tip (`.asc`), a saved e-mail (`.eml`) or a downloaded note or message
//! with the responder's own secret key, on their own machine, and checks
//! the signature against the instance identity they pinned — never against
//! a key the message itself names. It needs no database and no server.

use crate::seal::policy;
use anyhow::{Context, bail};
use openpgp::cert::prelude::*;
use openpgp::crypto::{Password, SessionKey};
use openpgp::packet::{PKESK, SKESK};
use openpgp::parse::Parse;
use openpgp::parse::stream::{
    DecryptionHelper, DecryptorBuilder, MessageLayer, MessageStructure, VerificationHelper,
};
use openpgp::types::SymmetricAlgorithm;
use sequoia_openpgp as openpgp;
use std::io::{Read, Write};
use std::path::PathBuf;

/// What `tipline open` was asked.
#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// The sealed tip (`tipline tip export`, or `.asc` from the tip page),
    /// a saved `.eml`, or a note or message downloaded from the tip page.
    pub file: PathBuf,
    /// Your OpenPGP secret key (armored or binary).
    #[arg(long)]
    pub key: PathBuf,
    /// The instance's public key, pinned when you joined (dashboard:
    /// "This instance"; `tipline instance show` on the server).
    #[arg(long, conflicts_with = "instance_fingerprint")]
    pub instance_cert: Option<PathBuf>,
    /// The instance key's fingerprint, pinned when you joined; the key
    /// itself is then taken from the report, which carries it.
    #[arg(long)]
    pub instance_fingerprint: Option<String>,
    /// Print the report's JSON part instead of its text.
    #[arg(long)]
    pub json: bool,
    /// Read the key's passphrase from this file instead of the terminal.
    #[arg(long)]
    pub passphrase_file: Option<PathBuf>,
    /// Open a reply sealed in a responder's browser, which carries no
    /// instance signature (a warning says so); without this, an unsigned
    /// message is refused.
    #[arg(long)]
    pub allow_unsigned: bool,
    /// Decrypt the sealed files given after FILE (downloaded from the tip
    /// page's file list) into this folder. Each is named as FILE, the
    /// signed report or addition that lists it, names it; a file whose
    /// SHA-256 FILE does not list is not kept.
    #[arg(long, value_name = "DIR")]
    pub extract: Option<PathBuf>,
    /// The sealed files to extract (`--extract`).
    #[arg(value_name = "SEALED", requires = "extract")]
    pub sealed: Vec<PathBuf>,
}

/// Runs `tipline open`, writing the plaintext to `out`.
pub fn run(args: &OpenArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let raw = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    // Nothing is asked before the file is known to hold a message.
    let message = the_message(&raw)?;
    let mut keys = secret_key(args)?;
    let shown = open_message(&message, &mut keys, args)?;
    out.write_all(&shown)?;
    if let Some(dir) = &args.extract {
        extract(&shown, &args.sealed, dir, &mut keys)?;
    }
    Ok(())
}

/// A file as a report or addition lists it: its number on the tip page,
/// its name and its SHA-256.
#[derive(Debug, PartialEq, Eq)]
pub struct Listed {
    pub number: u32,
    pub name: String,
    pub sha256: String,
}

/// The files a report's or addition's text lists
/// ([`crate::report::files_text`]).
pub fn listed_files(text: &str) -> Vec<Listed> {
    let mut out = Vec::new();
    // The list closes the text: what a source typed (above it) cannot
    // pose as part of it.
    let Some(at) = text.rfind("\n== Files (") else {
        return out;
    };
    let mut lines = text[at..].lines().peekable();
    while let Some(line) = lines.next() {
        let Some((number, rest)) = line.split_once(". ") else {
            continue;
        };
        let (Ok(number), Some(rest)) = (number.parse::<u32>(), rest.strip_suffix(" bytes)")) else {
            continue;
        };
        // The type and size hold no " (": the last one opens them.
        let Some((name, _)) = rest.rsplit_once(" (") else {
            continue;
        };
        let Some(sha) = lines
            .peek()
            .and_then(|l| l.trim_start().strip_prefix("SHA-256 "))
            .filter(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
        else {
            continue;
        };
        out.push(Listed {
            number,
            name: name.to_owned(),
            sha256: sha.to_ascii_lowercase(),
        });
        lines.next();
    }
    out
}

/// Decrypts each of `sealed` into `dir`, streaming (at most a megabyte of
/// it in memory), and keeps it under the name the signed `text` gives the
/// file with its SHA-256 (`N-name`, never replacing a file); one the text
/// does not list is removed, and the run fails after the others.
fn extract(
    text: &[u8],
    sealed: &[PathBuf],
    dir: &std::path::Path,
    keys: &mut [openpgp::crypto::KeyPair],
) -> anyhow::Result<()> {
    use sha2::Digest;
    let listed = listed_files(&String::from_utf8_lossy(text));
    if listed.is_empty() {
        bail!("this message lists no files: give the report or addition the files came with");
    }
    if sealed.is_empty() {
        bail!("--extract: name the sealed files downloaded from the tip page after FILE");
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut refused = 0;
    for path in sealed {
        let partial = dir.join(format!(
            ".tipline-partial-{}",
            crate::random::hex(&crate::random::bytes::<8>())
        ));
        let written = (|| -> anyhow::Result<[u8; 32]> {
            let input = std::fs::File::open(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let mut output = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&partial)
                .with_context(|| format!("cannot write in {}", dir.display()))?;
            let p = policy();
            let helper = Helper {
                keys: &mut *keys,
                instance: None,
            };
            // Binary as the tip page sends it, or armored.
            let mut input = std::io::BufReader::new(input);
            let armored = std::io::BufRead::fill_buf(&mut input)?.starts_with(b"-----BEGIN PGP");
            let input: Box<dyn Read + Send + Sync> = if armored {
                Box::new(openpgp::armor::Reader::from_reader(
                    input,
                    openpgp::armor::ReaderMode::Tolerant(Some(openpgp::armor::Kind::Message)),
                ))
            } else {
                Box::new(input)
            };
            let mut d = DecryptorBuilder::from_reader(input)?
                .buffer_size(1 << 20)
                .with_policy(&p, None, helper)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            let mut hash = sha2::Sha256::new();
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let n = d.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                hash.update(&buf[..n]);
                output.write_all(&buf[..n])?;
            }
            output.sync_all()?;
            Ok(hash.finalize().into())
        })();
        let sha = match written {
            Ok(sha) => crate::random::hex(&sha),
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                return Err(e.context(format!("{} does not open with your key", path.display())));
            }
        };
        let Some(file) = listed.iter().find(|l| l.sha256 == sha) else {
            let _ = std::fs::remove_file(&partial);
            eprintln!(
                "{}: NOT KEPT: its SHA-256 {sha} is not one this message lists",
                path.display()
            );
            refused += 1;
            continue;
        };
        let name = format!("{}-{}", file.number, crate::upload::safe_name(&file.name));
        let target = dir.join(&name);
        // A link, not a rename: a file of that name is never replaced.
        let linked = std::fs::hard_link(&partial, &target);
        let _ = std::fs::remove_file(&partial);
        if let Err(e) = linked {
            bail!(
                "cannot write {}: {e} (a file of that name is not replaced)",
                target.display()
            );
        }
        eprintln!(
            "{}: file {} \"{}\", SHA-256 as the signed message lists it",
            target.display(),
            file.number,
            file.name
        );
    }
    if refused > 0 {
        bail!("{refused} of the sealed files are not listed in this message and were not kept");
    }
    Ok(())
}

/// What `tipline open` shows for the file's bytes `raw`, opened with the
/// unlocked `keys` as `args` asks (the instance certificate, when given by
/// path, is read here). The fuzz target `open_input` drives this.
pub fn open_bytes(
    raw: &[u8],
    keys: &mut [openpgp::crypto::KeyPair],
    args: &OpenArgs,
) -> anyhow::Result<Vec<u8>> {
    open_message(&the_message(raw)?, keys, args)
}

/// The binary message in a file's bytes, or why there is none.
pub fn the_message(raw: &[u8]) -> anyhow::Result<Vec<u8>> {
    message_bytes(raw).context(
        "the file holds no OpenPGP message (expected a .asc from Tipline, or a saved .eml)",
    )
}

/// As [`open_bytes`], for the binary message already taken from the file.
fn open_message(
    message: &[u8],
    keys: &mut [openpgp::crypto::KeyPair],
    args: &OpenArgs,
) -> anyhow::Result<Vec<u8>> {
    let plain = match (&args.instance_cert, &args.instance_fingerprint) {
        _ if args.allow_unsigned => {
            let plain = decrypt(message, &mut *keys, None)?;
            eprintln!(
                "WARNING: not checked against the instance key. A reply sealed in a responder's \
                 browser carries no instance signature; anything else opened this way proves nothing about where it came from."
            );
            plain
        }
        (Some(path), _) => {
            let cert = Cert::from_file(path)
                .with_context(|| format!("cannot read the instance key {}", path.display()))?;
            decrypt(message, &mut *keys, Some(&cert))?
        }
        (None, Some(fp)) => {
            let pinned = hex(fp);
            if pinned.len() != 40 {
                bail!("--instance-fingerprint must be the 40 hex digits of a fingerprint");
            }
            // The report carries the instance key; it is trusted only if its
            // fingerprint is the pinned one, and only then checks the signature.
            let unverified = decrypt(message, &mut *keys, None)?;
            let cert = crate::report::instance_cert_in(&unverified).context(
                "this message carries no instance key (a note or message does not): give --instance-cert instead",
            )?;
            if cert.fingerprint().to_hex() != pinned {
                bail!(
                    "the instance key in this message ({}) is not the pinned one ({}): do not trust it",
                    cert.fingerprint().to_spaced_hex(),
                    crate::seal::grouped_hex(&pinned)
                );
            }
            decrypt(message, &mut *keys, Some(&cert))?
        }
        (None, None) => bail!(
            "give the instance identity you pinned: --instance-cert FILE or --instance-fingerprint FP \
             (a signature checked only against a key named in the message proves nothing)"
        ),
    };
    shown(plain, args.json)
}

/// What `open` prints for a decrypted message: a report's text part (or
/// its JSON part with `--json`), anything else as it is, always ending
/// with a line break.
pub fn shown(plain: Vec<u8>, json_wanted: bool) -> anyhow::Result<Vec<u8>> {
    let mut shown = match crate::report::entity_parts(&plain) {
        Some((text, json)) => {
            if json_wanted {
                json.context("this report has no JSON part")?.into_bytes()
            } else {
                text.into_bytes()
            }
        }
        None if json_wanted => bail!("this is not a report (no JSON part): leave out --json"),
        None => plain,
    };
    if !shown.ends_with(b"\n") {
        shown.push(b'\n');
    }
    Ok(shown)
}

fn hex(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_hexdigit())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// The binary message in `raw`: armored, binary, or inside a PGP/MIME e-mail.
fn message_bytes(raw: &[u8]) -> Option<Vec<u8>> {
    const BEGIN: &[u8] = b"-----BEGIN PGP MESSAGE-----";
    const END: &[u8] = b"-----END PGP MESSAGE-----";
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    if let Some(start) = find(raw, BEGIN) {
        let end = find(&raw[start..], END)? + start + END.len();
        return crate::seal::dearmor_message(&raw[start..end]);
    }
    // Binary: the first byte is a packet tag (bit 7 set).
    (raw.first().is_some_and(|b| b & 0x80 != 0)).then(|| raw.to_vec())
}

/// The secret key's decryption keys, unlocked (asking for the passphrase
/// if they have one).
fn secret_key(args: &OpenArgs) -> anyhow::Result<Vec<openpgp::crypto::KeyPair>> {
    let cert = Cert::from_file(&args.key)
        .with_context(|| format!("cannot read the secret key {}", args.key.display()))?;
    if !cert.is_tsk() {
        bail!(
            "{} holds a public key only: give your secret key",
            args.key.display()
        );
    }
    let keys = decryption_keys(&cert);
    if keys.is_empty() {
        bail!("this secret key has no encryption key that can still be used");
    }
    let mut password: Option<Password> = None;
    let mut pairs = Vec::new();
    for key in keys {
        let key = if key.secret().is_encrypted() {
            let pw = match &password {
                Some(pw) => pw.clone(),
                None => {
                    let pw: Password = match &args.passphrase_file {
                        Some(path) => std::fs::read_to_string(path)
                            .with_context(|| format!("cannot read {}", path.display()))?
                            .trim_end_matches(['\r', '\n'])
                            .into(),
                        None => ask_passphrase()?,
                    };
                    password = Some(pw.clone());
                    pw
                }
            };
            key.decrypt_secret(&pw)
                .map_err(|_| anyhow::anyhow!("the passphrase does not unlock this key"))?
        } else {
            key
        };
        pairs.push(key.into_keypair()?);
    }
    Ok(pairs)
}

/// The secret keys of `cert` that decrypt (still locked if they have a
/// passphrase).
pub fn decryption_keys(
    cert: &Cert,
) -> Vec<
    openpgp::packet::Key<openpgp::packet::key::SecretParts, openpgp::packet::key::UnspecifiedRole>,
> {
    use openpgp::types::KeyFlags;
    let p = policy();
    let flags = KeyFlags::empty()
        .set_transport_encryption()
        .set_storage_encryption();
    cert.keys()
        .with_policy(&p, None)
        .supported()
        .secret()
        .key_flags(flags)
        .map(|ka| ka.key().clone().role_into_unspecified())
        .collect()
}

/// Asks for the key's passphrase on the terminal, without echo.
///
/// The terminal is read key by key, not by line, with its signal keys read
/// as keys: Ctrl-C (or the quit or suspend key) cancels the prompt here,
/// after echo is restored, instead of killing or stopping the process with
/// echo still off. Erase and kill-line keep working; Enter or end-of-file
/// ends the passphrase.
fn ask_passphrase() -> anyhow::Result<Password> {
    use rustix::termios::{LocalModes, OptionalActions, SpecialCodeIndex, tcgetattr, tcsetattr};
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .context(
            "the key has a passphrase and there is no terminal to ask it: give --passphrase-file",
        )?;
    let before = tcgetattr(&tty).context("the terminal cannot be set up to read a passphrase")?;
    let mut quiet = before.clone();
    quiet
        .local_modes
        .remove(LocalModes::ECHO | LocalModes::ICANON | LocalModes::ISIG);
    quiet.special_codes[SpecialCodeIndex::VMIN] = 1;
    quiet.special_codes[SpecialCodeIndex::VTIME] = 0;
    // A key the terminal has disabled reads as 0 (`_POSIX_VDISABLE`).
    let key = |i: SpecialCodeIndex| Some(before.special_codes[i]).filter(|c| *c != 0);
    let cancel: Vec<u8> = [
        SpecialCodeIndex::VINTR,
        SpecialCodeIndex::VQUIT,
        SpecialCodeIndex::VSUSP,
    ]
    .into_iter()
    .filter_map(key)
    .collect();
    let (erase, kill, eof) = (
        key(SpecialCodeIndex::VERASE),
        key(SpecialCodeIndex::VKILL),
        key(SpecialCodeIndex::VEOF),
    );
    let mut w = &tty;
    w.write_all(b"Passphrase of the secret key: ")?;
    tcsetattr(&tty, OptionalActions::Now, &quiet)?;
    let mut line = secrecy::zeroize::Zeroizing::new(Vec::new());
    let mut byte = [0u8; 1];
    let mut r = &tty;
    let read = loop {
        match r.read(&mut byte) {
            Ok(0) => break Ok(true),
            Ok(_) => {
                let b = Some(byte[0]);
                if byte[0] == b'\n' || byte[0] == b'\r' || b == eof {
                    break Ok(true);
                } else if cancel.contains(&byte[0]) {
                    break Ok(false);
                } else if b == erase || byte[0] == 0x08 {
                    // One character, with all of its UTF-8 bytes.
                    while line.pop().is_some_and(|c| c & 0xc0 == 0x80) {}
                } else if b == kill {
                    line.clear();
                } else {
                    line.push(byte[0]);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => break Err(e),
        }
    };
    tcsetattr(&tty, OptionalActions::Now, &before)?;
    let _ = w.write_all(b"\n");
    if !read? {
        anyhow::bail!("cancelled: no passphrase given");
    }
    Ok(std::str::from_utf8(&line)
        .context("the passphrase is not UTF-8")?
        .into())
}

struct Helper<'a> {
    keys: &'a mut [openpgp::crypto::KeyPair],
    instance: Option<&'a Cert>,
}

impl VerificationHelper for Helper<'_> {
    fn get_certs(&mut self, _: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<Cert>> {
        Ok(self.instance.cloned().into_iter().collect())
    }

    fn check(&mut self, structure: MessageStructure) -> openpgp::Result<()> {
        let Some(instance) = self.instance else {
            // First pass of --instance-fingerprint: the key is not known yet.
            return Ok(());
        };
        for layer in structure {
            if let MessageLayer::SignatureGroup { results } = layer
                && results.iter().any(|r| {
                    r.as_ref()
                        .is_ok_and(|g| g.ka.cert().fingerprint() == instance.fingerprint())
                })
            {
                return Ok(());
            }
        }
        Err(anyhow::anyhow!(
            "the message is not signed by the pinned instance key {}: do not trust it",
            instance.fingerprint().to_spaced_hex()
        ))
    }
}

impl DecryptionHelper for Helper<'_> {
    fn decrypt(
        &mut self,
        pkesks: &[PKESK],
        _: &[SKESK],
        sym_algo: Option<SymmetricAlgorithm>,
        decrypt: &mut dyn FnMut(Option<SymmetricAlgorithm>, &SessionKey) -> bool,
    ) -> openpgp::Result<Option<Cert>> {
        for pair in self.keys.iter_mut() {
            let handle = pair.public().key_handle();
            for pkesk in pkesks {
                if pkesk.recipient().is_some_and(|r| r.aliases(&handle))
                    && let Some((algo, sk)) = pkesk.decrypt(pair, sym_algo)
                    && decrypt(algo, &sk)
                {
                    return Ok(None);
                }
            }
        }
        Err(anyhow::anyhow!(
            "this message is not encrypted to your key (or your key is expired or revoked)"
        ))
    }
}

pub fn decrypt(
    message: &[u8],
    keys: &mut [openpgp::crypto::KeyPair],
    instance: Option<&Cert>,
) -> anyhow::Result<Vec<u8>> {
    let p = policy();
    let helper = Helper { keys, instance };
    crate::seal::contained(|| {
        let mut d = DecryptorBuilder::from_bytes(message)?
            .with_policy(&p, None, helper)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut plain = Vec::new();
        d.read_to_end(&mut plain)?;
        Ok(plain)
    })
    .unwrap_or_else(|| bail!("the message is malformed: its encrypted part cannot be read"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_files_are_read_back_from_the_text_that_lists_them() {
        let files = [
            crate::report::FileInfo {
                name: "gate (east), 2 bytes).jpg".into(),
                media_type: "image/jpeg".into(),
                size: 12,
                sha256: "ab".repeat(32),
                metadata: "removed",
            },
            crate::report::FileInfo {
                name: "ဖုန်း.png".into(),
                media_type: "image/png".into(),
                size: 7,
                sha256: "cd".repeat(32),
                metadata: "kept",
            },
        ];
        let text = format!(
            "Details: 3. not (a file, 4 bytes)\n{}",
            crate::report::files_text(&files, 4)
        );
        assert_eq!(
            listed_files(&text),
            vec![
                Listed {
                    number: 4,
                    name: "gate (east), 2 bytes).jpg".into(),
                    sha256: "ab".repeat(32)
                },
                Listed {
                    number: 5,
                    name: "ဖုန်း.png".into(),
                    sha256: "cd".repeat(32)
                },
            ]
        );
    }
}
