//! All OpenPGP: which keys may receive a tip, sealing (sign, then encrypt
//! with SEIPDv1 unless v2 is allowed), the instance key and source keys.

use openpgp::cert::prelude::*;
use openpgp::crypto::KeyPair;
use openpgp::packet::key::{Key4, PrimaryRole, SubordinateRole, UnspecifiedRole};
use openpgp::packet::prelude::*;
use openpgp::packet::signature::SignatureBuilder;
use openpgp::parse::Parse;
use openpgp::policy::StandardPolicy;
use openpgp::serialize::stream::{Encryptor, LiteralWriter, Message, Recipient, Signer};
use openpgp::serialize::{Serialize, SerializeInto};
use openpgp::types::{
    Features, HashAlgorithm, KeyFlags, RevocationStatus, SignatureType, SymmetricAlgorithm,
};
use openpgp::{Cert, Fingerprint, Packet};
use sequoia_openpgp as openpgp;
use std::io::Write;
use std::time::SystemTime;

/// The policy every certificate and message is checked against.
pub fn policy() -> StandardPolicy<'static> {
    StandardPolicy::new()
}

/// Why a certificate cannot receive tips. Messages name the reason, never key material.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("not an OpenPGP certificate (expected an ASCII-armored public key)")]
    Unparseable,
    #[error("the file holds more than one certificate; give one key per responder")]
    Several,
    #[error(
        "v{0} certificates are not accepted: sealed tips use SEIPDv1 so GnuPG 2.2 can read them; use a v4 key"
    )]
    NotV4(u8),
    #[error("the certificate is revoked")]
    Revoked,
    #[error("the certificate is expired")]
    Expired,
    #[error("the certificate has no encryption-capable key (it is sign-only)")]
    SignOnly,
    #[error("every encryption key of the certificate is expired or revoked")]
    EncryptionKeysUnusable,
    #[error("the certificate is not valid under the standard policy: {0}")]
    Policy(String),
    #[error(
        "the certificate holds a packet that cannot be written back (a malformed signature subpacket); export the key again"
    )]
    Unwritable,
}

/// A certificate checked once under the standard policy: the keys a tip is
/// encrypted to, and until when they stay usable.
#[derive(Clone)]
pub struct ValidCert {
    /// The primary key's fingerprint.
    pub fingerprint: Fingerprint,
    /// The public certificate (secret key material stripped).
    pub cert: Cert,
    /// Encryption-capable keys with their expiry (the earlier of key and
    /// certificate) and, for X25519 keys, their precomputed table.
    keys: Vec<ChosenKey>,
    /// Whether the certificate claims SEIPDv2 support.
    seipdv2: bool,
}

/// An encryption key a tip may be sealed to: the key, until when it is
/// usable, and its fast path (X25519 keys).
type ChosenKey = (
    Key<openpgp::packet::key::PublicParts, UnspecifiedRole>,
    Option<SystemTime>,
    Option<std::sync::Arc<FastEcdh>>,
);

impl std::fmt::Debug for ValidCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValidCert")
            .field("fingerprint", &self.fingerprint.to_hex())
            .finish()
    }
}

impl ValidCert {
    /// Parses and validates a certificate (armored or binary) at time `now`.
    pub fn parse(data: &[u8], now: SystemTime) -> Result<Self, KeyError> {
        let mut certs =
            openpgp::cert::CertParser::from_bytes(data).map_err(|_| KeyError::Unparseable)?;
        let cert = certs
            .next()
            .ok_or(KeyError::Unparseable)?
            .map_err(|_| KeyError::Unparseable)?;
        if certs.next().is_some() {
            return Err(KeyError::Several);
        }
        Self::validate(cert.strip_secret_key_material(), now)
    }

    /// Validates a parsed certificate at time `now`.
    pub fn validate(cert: Cert, now: SystemTime) -> Result<Self, KeyError> {
        let version = cert.primary_key().key().version();
        if version != 4 {
            return Err(KeyError::NotV4(version));
        }
        let p = policy();
        let vc = cert.with_policy(&p, now).map_err(|e| {
            // A certificate whose every self-signature lies in the future or
            // was revoked also fails here; say which where we can.
            if let RevocationStatus::Revoked(_) = cert.revocation_status(&p, now) {
                KeyError::Revoked
            } else {
                KeyError::Policy(e.to_string())
            }
        })?;
        if let RevocationStatus::Revoked(_) = vc.revocation_status() {
            return Err(KeyError::Revoked);
        }
        if vc.alive().is_err() {
            return Err(KeyError::Expired);
        }
        let cert_expiry = vc.primary_key().key_expiration_time();
        let enc_flags = KeyFlags::empty()
            .set_transport_encryption()
            .set_storage_encryption();
        let any_enc = vc.keys().key_flags(enc_flags.clone()).next().is_some();
        let keys: Vec<_> = vc
            .keys()
            .supported()
            .alive()
            .revoked(false)
            .key_flags(enc_flags)
            .map(|ka| {
                let exp = match (ka.key_expiration_time(), cert_expiry) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                let key = ka.key().clone().role_into_unspecified();
                let fast = FastEcdh::new(&key).map(std::sync::Arc::new);
                (key, exp, fast)
            })
            .collect();
        if keys.is_empty() {
            return Err(if any_enc {
                KeyError::EncryptionKeysUnusable
            } else {
                KeyError::SignOnly
            });
        }
        let seipdv2 = vc.features().map(|f| f.supports_seipdv2()).unwrap_or(false);
        // What is accepted must be what is stored: a certificate that
        // parses but cannot be serialized again (found by the key_upload
        // fuzz target: an issuer fingerprint of an unknown kind) would be
        // stored empty and never receive a tip.
        if cert.to_vec().is_err() {
            return Err(KeyError::Unwritable);
        }
        Ok(Self {
            fingerprint: cert.fingerprint(),
            cert,
            keys,
            seipdv2,
        })
    }

    /// The earliest time at which one of the chosen keys stops being usable.
    pub fn expires(&self) -> Option<SystemTime> {
        self.keys.iter().filter_map(|(_, e, _)| *e).min()
    }

    /// Whether at least one encryption key is still usable at `now`.
    pub fn usable_at(&self, now: SystemTime) -> bool {
        self.keys.iter().any(|(_, e, _)| e.is_none_or(|e| e > now))
    }

    /// The keys usable at `now`.
    fn keys_at(
        &self,
        now: SystemTime,
    ) -> impl Iterator<Item = &Key<openpgp::packet::key::PublicParts, UnspecifiedRole>> {
        self.usable_keys(now).map(|(k, _)| k)
    }

    /// The keys usable at `now`, each with its fast path if it has one.
    fn usable_keys(
        &self,
        now: SystemTime,
    ) -> impl Iterator<
        Item = (
            &Key<openpgp::packet::key::PublicParts, UnspecifiedRole>,
            Option<&FastEcdh>,
        ),
    > {
        self.keys
            .iter()
            .filter(move |(_, e, _)| e.is_none_or(|e| e > now))
            .map(|(k, _, f)| (k, f.as_deref()))
    }

    /// The primary key's algorithm and size, for display.
    pub fn algorithm(&self) -> String {
        let k = self.cert.primary_key().key();
        match k.mpis().bits() {
            Some(bits) => format!("{} {bits}", k.pk_algo()),
            None => k.pk_algo().to_string(),
        }
    }

    /// The certificate, ASCII-armored.
    pub fn armored(&self) -> Vec<u8> {
        self.cert.armored().to_vec().unwrap_or_default()
    }

    /// The certificate in binary form.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.cert.to_vec().unwrap_or_default()
    }
}

/// A hex fingerprint as stored, in groups of four for people to compare.
pub fn grouped_hex(fp: &str) -> String {
    fp.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Formats a fingerprint in groups of four for people to compare.
pub fn grouped(fp: &Fingerprint) -> String {
    fp.to_spaced_hex()
}

/// Failure to seal. Never carries plaintext.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("no usable recipient key")]
    NoRecipients,
    #[error("OpenPGP error while sealing: {0}")]
    OpenPgp(String),
}

fn pgp_err(e: impl std::fmt::Display) -> SealError {
    SealError::OpenPgp(e.to_string())
}

/// An Ed25519 key expanded once, for signing many times. Sequoia's
/// `KeyPair` decrypts its in-memory secret and derives the public point
/// again on every signature, which was a tenth of a report's CPU time.
#[derive(Clone)]
pub struct Ed25519Signer {
    key: ed25519_dalek::SigningKey,
    public: Key<openpgp::packet::key::PublicParts, UnspecifiedRole>,
}

impl Ed25519Signer {
    /// Pairs a 32-byte Ed25519 secret with its OpenPGP public key; `None`
    /// if the key is not that secret's legacy EdDSA Ed25519 key.
    fn new(
        secret: &[u8; 32],
        public: Key<openpgp::packet::key::PublicParts, UnspecifiedRole>,
    ) -> Option<Self> {
        let key = ed25519_dalek::SigningKey::from_bytes(secret);
        match public.mpis() {
            openpgp::crypto::mpi::PublicKey::EdDSA {
                curve: openpgp::types::Curve::Ed25519,
                q,
            } if q.value().get(1..) == Some(key.verifying_key().as_bytes().as_slice()) => {
                Some(Self { key, public })
            }
            _ => None,
        }
    }
}

impl openpgp::crypto::Signer for Ed25519Signer {
    fn public(&self) -> &Key<openpgp::packet::key::PublicParts, UnspecifiedRole> {
        &self.public
    }

    fn sign(
        &mut self,
        _hash_algo: HashAlgorithm,
        digest: &[u8],
    ) -> openpgp::Result<openpgp::crypto::mpi::Signature> {
        use ed25519_dalek::Signer as _;
        // As sequoia does: the digest is the message Ed25519 signs.
        let sig = self.key.sign(digest).to_bytes();
        Ok(openpgp::crypto::mpi::Signature::EdDSA {
            r: openpgp::crypto::mpi::MPI::new(&sig[..32]),
            s: openpgp::crypto::mpi::MPI::new(&sig[32..]),
        })
    }
}

/// The instance's signing key, ready to sign.
#[derive(Clone)]
pub enum InstanceSigner {
    /// An Ed25519 key (what Tipline generates).
    Ed25519(Ed25519Signer),
    /// Any other algorithm, through sequoia's backend.
    Other(KeyPair),
}

impl openpgp::crypto::Signer for InstanceSigner {
    fn public(&self) -> &Key<openpgp::packet::key::PublicParts, UnspecifiedRole> {
        match self {
            Self::Ed25519(s) => s.public(),
            Self::Other(k) => k.public(),
        }
    }

    fn acceptable_hashes(&self) -> &[HashAlgorithm] {
        match self {
            Self::Ed25519(s) => s.acceptable_hashes(),
            Self::Other(k) => k.acceptable_hashes(),
        }
    }

    fn sign(
        &mut self,
        hash_algo: HashAlgorithm,
        digest: &[u8],
    ) -> openpgp::Result<openpgp::crypto::mpi::Signature> {
        match self {
            Self::Ed25519(s) => s.sign(hash_algo, digest),
            Self::Other(k) => k.sign(hash_algo, digest),
        }
    }
}

/// Signs with the instance key and encrypts to the given certificates.
pub struct Sealer {
    signer: InstanceSigner,
    allow_seipdv2: bool,
    /// The instance's public certificate, armored (carried in each report).
    public_cert: Vec<u8>,
}

impl Sealer {
    /// A sealer that signs with `signer` (the instance signing subkey).
    pub fn new(signer: InstanceSigner, allow_seipdv2: bool) -> Self {
        Self {
            signer,
            allow_seipdv2,
            public_cert: Vec::new(),
        }
    }

    /// The instance certificate (armored) that reports carry.
    pub fn with_public_cert(mut self, armored: Vec<u8>) -> Self {
        self.public_cert = armored;
        self
    }

    /// The instance certificate reports carry (empty if none was given).
    pub fn public_cert(&self) -> &[u8] {
        &self.public_cert
    }

    /// Seals `plaintext` to every key usable at `now` of `recipients`
    /// (binary OpenPGP message: sign, then encrypt). SEIPDv1 unless every
    /// recipient claims v2 and the instance allows it.
    pub fn seal(
        &self,
        plaintext: &[u8],
        recipients: &[&ValidCert],
        now: SystemTime,
    ) -> Result<Vec<u8>, SealError> {
        let mut out = Vec::with_capacity(plaintext.len() + 1024);
        self.seal_to(&mut out, plaintext, recipients, now)?;
        Ok(out)
    }

    /// As [`Sealer::seal`], streaming into `sink`.
    pub fn seal_to<W: Write + Send + Sync>(
        &self,
        sink: W,
        plaintext: &[u8],
        recipients: &[&ValidCert],
        now: SystemTime,
    ) -> Result<(), SealError> {
        if recipients.iter().all(|c| c.keys_at(now).next().is_none()) {
            return Err(SealError::NoRecipients);
        }
        let signed = self.sign_fixed_length(plaintext, now)?;
        self.encrypt_signed(sink, &signed, recipients, now)
    }

    /// Signs `plaintext` once and seals it to all of `recipients` (the
    /// stored copy) and, separately, to each of `singles` alone (one copy
    /// per e-mail, so that no mail provider learns who else received it).
    pub fn seal_copies(
        &self,
        plaintext: &[u8],
        recipients: &[&ValidCert],
        singles: &[&ValidCert],
        now: SystemTime,
    ) -> Result<(Vec<u8>, Vec<Vec<u8>>), SealError> {
        if recipients.iter().all(|c| c.keys_at(now).next().is_none()) {
            return Err(SealError::NoRecipients);
        }
        let signed = self.sign_fixed_length(plaintext, now)?;
        let mut all = Vec::with_capacity(signed.len() + 1024);
        self.encrypt_signed(&mut all, &signed, recipients, now)?;
        let (pkesks, tail) = split_pkesks(&all);
        let mut copies = Vec::with_capacity(singles.len());
        for one in singles {
            // A responder's copy is the stored message with only their own
            // session-key packets: the same encrypted body, no other
            // recipient named, and no public-key operation of its own.
            let mine: Vec<&[u8]> = one
                .keys_at(now)
                .flat_map(|k| {
                    let handle = k.key_handle();
                    pkesks
                        .iter()
                        .filter(move |(to, _)| to.as_ref().is_some_and(|t| t.aliases(&handle)))
                        .map(|(_, bytes)| *bytes)
                })
                .collect();
            if mine.is_empty() || pkesks.is_empty() {
                // Not among the stored message's recipients: seal on its own.
                let mut out = Vec::with_capacity(signed.len() + 512);
                self.encrypt_signed(&mut out, &signed, &[*one], now)?;
                copies.push(out);
                continue;
            }
            let mut out = Vec::with_capacity(tail.len() + 256);
            for p in mine {
                out.extend_from_slice(p);
            }
            out.extend_from_slice(tail);
            copies.push(out);
        }
        Ok((all, copies))
    }

    /// Encrypts an already signed message (SEIPDv1 unless every recipient
    /// claims v2 and the instance allows it).
    fn encrypt_signed<W: Write + Send + Sync>(
        &self,
        sink: W,
        signed: &[u8],
        recipients: &[&ValidCert],
        now: SystemTime,
    ) -> Result<(), SealError> {
        let v2 = self.allow_seipdv2 && recipients.iter().all(|c| c.seipdv2);
        if !v2 {
            let fast: Option<Vec<&FastEcdh>> = recipients
                .iter()
                .flat_map(|c| c.usable_keys(now))
                .map(|(_, f)| f)
                .collect();
            if let Some(fast) = fast.filter(|f| !f.is_empty()) {
                return encrypt_fast(sink, signed, &fast);
            }
        }
        let features = if v2 {
            Features::empty().set_seipdv1().set_seipdv2()
        } else {
            Features::empty().set_seipdv1()
        };
        let recips: Vec<Recipient> = recipients
            .iter()
            .flat_map(|c| c.keys_at(now))
            .map(|k| Recipient::new(features.clone(), k.key_handle(), k))
            .collect();
        if recips.is_empty() {
            return Err(SealError::NoRecipients);
        }
        let message = Message::new(sink);
        let mut message = Encryptor::for_recipients(message, recips)
            .build()
            .map_err(pgp_err)?;
        // The signed message is already a packet sequence: write it into
        // the encryption container as it is.
        message.write_all(signed).map_err(pgp_err)?;
        message.finalize().map_err(pgp_err)?;
        Ok(())
    }
}

impl Sealer {
    /// Signs `plaintext` (one-pass signature, literal data, signature).
    /// EdDSA signature values are MPIs, which drop leading zero bytes, so
    /// about one signature in 128 is a byte shorter; re-signing (each v4
    /// signature is salted, so each try differs) until both values are full
    /// length keeps every report of a size bucket the same length once sealed.
    fn sign_fixed_length(&self, plaintext: &[u8], now: SystemTime) -> Result<Vec<u8>, SealError> {
        // SHA-256 rather than sequoia's default SHA-512: CPUs with SHA
        // extensions (most recent x86-64, ARMv8) compute it in hardware,
        // SHA-512 mostly in software. RFC 9580 accepts both for EdDSA;
        // GnuPG 2.2, RNP and sq verify either (tests).
        let sha256 = openpgp::crypto::Signer::acceptable_hashes(&self.signer)
            .contains(&HashAlgorithm::SHA256);
        let mut last = Vec::new();
        for _ in 0..32 {
            let mut full = true;
            let mut signed = Vec::with_capacity(plaintext.len() + 512);
            let message = Message::new(&mut signed);
            let signer = FullLength {
                inner: self.signer.clone(),
                full: &mut full,
            };
            let mut message = Signer::new(message, signer).map_err(pgp_err)?;
            if sha256 {
                message = message.hash_algo(HashAlgorithm::SHA256).map_err(pgp_err)?;
            }
            let message = message.creation_time(now).build().map_err(pgp_err)?;
            let mut w = LiteralWriter::new(message).build().map_err(pgp_err)?;
            w.write_all(plaintext).map_err(pgp_err)?;
            w.finalize().map_err(pgp_err)?;
            if full {
                return Ok(signed);
            }
            last = signed;
        }
        Ok(last)
    }
}

/// A signer that notes whether its EdDSA signature values came out full
/// length (other algorithms count as full), so the caller need not parse
/// the signed message again to find out.
struct FullLength<'a> {
    inner: InstanceSigner,
    full: &'a mut bool,
}

impl openpgp::crypto::Signer for FullLength<'_> {
    fn public(&self) -> &Key<openpgp::packet::key::PublicParts, UnspecifiedRole> {
        self.inner.public()
    }

    fn acceptable_hashes(&self) -> &[HashAlgorithm] {
        self.inner.acceptable_hashes()
    }

    fn sign(
        &mut self,
        hash_algo: HashAlgorithm,
        digest: &[u8],
    ) -> openpgp::Result<openpgp::crypto::mpi::Signature> {
        let sig = self.inner.sign(hash_algo, digest)?;
        *self.full = full_length(&sig);
        Ok(sig)
    }
}

/// Whether both EdDSA signature values are 32 bytes (other algorithms are
/// accepted as they are).
fn full_length(sig: &openpgp::crypto::mpi::Signature) -> bool {
    match sig {
        openpgp::crypto::mpi::Signature::EdDSA { r, s } => {
            r.value().len() == 32 && s.value().len() == 32
        }
        _ => true,
    }
}

/// An X25519 encryption key (legacy ECDH on Cv25519, what GnuPG, Sequoia
/// and Tipline make) made ready once: a table of multiples of its point,
/// so that the shared secret of each session-key packet is a fixed-base
/// multiplication — about a quarter of the Montgomery ladder sequoia runs
/// for every packet, which was the largest cost of sealing. The packet is
/// the one sequoia writes (RFC 6637 / RFC 9580 section 5.5.5.6): the same
/// ephemeral key, KDF, key wrap and padding, checked against sequoia and
/// GnuPG in the tests.
pub struct FastEcdh {
    table: curve25519_dalek::edwards::EdwardsBasepointTable,
    keyid: openpgp::KeyID,
    hash: HashAlgorithm,
    kek: SymmetricAlgorithm,
    /// The KDF's `Param` (curve, algorithm, KDF parameters, "Anonymous
    /// Sender", the key's fingerprint).
    param: Vec<u8>,
}

impl FastEcdh {
    /// The fast path of `key`, if it is an X25519 ECDH key whose point is
    /// on the curve and whose KDF uses SHA-2 with AES key wrap.
    fn new(key: &Key<openpgp::packet::key::PublicParts, UnspecifiedRole>) -> Option<Self> {
        use curve25519_dalek::montgomery::MontgomeryPoint;
        use curve25519_dalek::traits::BasepointTable as _;
        use openpgp::types::Curve;
        let openpgp::crypto::mpi::PublicKey::ECDH {
            curve: Curve::Cv25519,
            q,
            hash,
            sym,
        } = key.mpis()
        else {
            return None;
        };
        if !matches!(
            hash,
            HashAlgorithm::SHA256 | HashAlgorithm::SHA384 | HashAlgorithm::SHA512
        ) || !matches!(
            sym,
            SymmetricAlgorithm::AES128 | SymmetricAlgorithm::AES192 | SymmetricAlgorithm::AES256
        ) {
            return None;
        }
        let (u, _) = q.decode_point(&Curve::Cv25519).ok()?;
        let u: [u8; 32] = u.try_into().ok()?;
        // Either sign gives the same Montgomery u for every multiple.
        let point = MontgomeryPoint(u).to_edwards(0)?;
        if point.is_small_order() {
            return None;
        }
        let oid = Curve::Cv25519.oid();
        let fp = key.fingerprint();
        let mut param = Vec::with_capacity(1 + oid.len() + 5 + 20 + fp.as_bytes().len());
        param.push(u8::try_from(oid.len()).ok()?);
        param.extend_from_slice(oid);
        param.push(openpgp::types::PublicKeyAlgorithm::ECDH.into());
        param.extend_from_slice(&[3, 1, (*hash).into(), (*sym).into()]);
        param.extend_from_slice(b"Anonymous Sender    ");
        param.extend_from_slice(fp.as_bytes());
        Some(Self {
            table: curve25519_dalek::edwards::EdwardsBasepointTable::create(&point),
            keyid: key.keyid(),
            hash: *hash,
            kek: *sym,
            param,
        })
    }

    /// The X25519 shared secret of the ephemeral secret `v` and this key:
    /// clamp(v)·R, as x25519 computes it (the table multiplies by the
    /// unreduced clamped integer, so a torsion part is cleared the same way).
    fn shared(&self, v: &[u8; 32]) -> [u8; 32] {
        use curve25519_dalek::traits::BasepointTable as _;
        self.table.mul_base_clamped(*v).to_montgomery().to_bytes()
    }

    /// A session-key packet carrying `psk` (cipher octet, session key, checksum).
    fn pkesk(&self, psk: &[u8]) -> Result<Packet, SealError> {
        use curve25519_dalek::montgomery::MontgomeryPoint;
        use openpgp::crypto::mem::Protected;
        use sha2::Digest as _;
        let v = secrecy::zeroize::Zeroizing::new(crate::random::bytes::<32>());
        let ephemeral = MontgomeryPoint::mul_base_clamped(*v).to_bytes();
        let shared = secrecy::zeroize::Zeroizing::new(self.shared(&v));
        let digest = |mut h: Box<dyn sha2::digest::DynDigest>| {
            h.update(&[0, 0, 0, 1]);
            h.update(shared.as_ref());
            h.update(&self.param);
            h.finalize()
        };
        let full = secrecy::zeroize::Zeroizing::new(
            match self.hash {
                HashAlgorithm::SHA384 => digest(Box::new(sha2::Sha384::new())),
                HashAlgorithm::SHA512 => digest(Box::new(sha2::Sha512::new())),
                _ => digest(Box::new(sha2::Sha256::new())),
            }
            .to_vec(),
        );
        let size = self.kek.key_size().map_err(pgp_err)?;
        let kek = Protected::from(full.get(..size).ok_or(SealError::NoRecipients)?);
        // Padded to 40 bytes whatever the session key's length (PKCS #5).
        let pad = 40usize
            .checked_sub(psk.len())
            .filter(|p| *p > 0)
            .ok_or(SealError::NoRecipients)?;
        let mut m = secrecy::zeroize::Zeroizing::new(Vec::with_capacity(40));
        m.extend_from_slice(psk);
        m.extend(std::iter::repeat_n(u8::try_from(pad).unwrap_or(8), pad));
        let wrapped = key_wrap(self.kek, &kek, &m)?;
        let esk = openpgp::crypto::mpi::Ciphertext::ECDH {
            e: openpgp::crypto::mpi::MPI::new_compressed_point(&ephemeral),
            key: wrapped.into_boxed_slice(),
        };
        let pkesk = openpgp::packet::pkesk::PKESK3::new(
            Some(self.keyid.clone()),
            openpgp::types::PublicKeyAlgorithm::ECDH,
            esk,
        )
        .map_err(pgp_err)?;
        Ok(Packet::PKESK(pkesk.into()))
    }
}

/// RFC 3394 AES key wrap, as RFC 6637 uses it for ECDH session-key
/// packets, by the `aes-kw` crate (whose ciphers clear their round keys
/// when dropped). Sequoia's own wrap sends each 64-bit block through a
/// cipher context that clears 4 KiB of stack per call: 30 calls per
/// packet, ~4% of a report's CPU time under load (docs/PERFORMANCE.md).
fn key_wrap(algo: SymmetricAlgorithm, kek: &[u8], data: &[u8]) -> Result<Vec<u8>, SealError> {
    let err = |e: aes_kw::Error| SealError::OpenPgp(format!("AES key wrap: {e}"));
    match algo {
        SymmetricAlgorithm::AES128 => aes_kw::KekAes128::try_from(kek)
            .and_then(|k| k.wrap_vec(data))
            .map_err(err),
        SymmetricAlgorithm::AES192 => aes_kw::KekAes192::try_from(kek)
            .and_then(|k| k.wrap_vec(data))
            .map_err(err),
        SymmetricAlgorithm::AES256 => aes_kw::KekAes256::try_from(kek)
            .and_then(|k| k.wrap_vec(data))
            .map_err(err),
        other => Err(SealError::OpenPgp(format!(
            "no key wrap for {other} in session-key packets"
        ))),
    }
}

/// Encrypts a signed message with SEIPDv1 (AES-256) to keys that all have
/// a fast path: our own session-key packets, then the encrypted container
/// (RFC 9580 section 5.13.1), written here in one pass over one buffer.
/// Sequoia's streaming encryptor copied the message through several
/// buffers and computed the MDC with collision-detecting SHA-1, which
/// only a reader needs (6.8% of a report's instructions in session 11's
/// profile); sealing to one recipient now takes ~25 µs less
/// (docs/PERFORMANCE.md). GnuPG, sq and RNP read the result (tests).
fn encrypt_fast<W: Write + Send + Sync>(
    mut sink: W,
    signed: &[u8],
    keys: &[&FastEcdh],
) -> Result<(), SealError> {
    use aes::cipher::{AsyncStreamCipher, KeyIvInit};
    use sha1::Digest;
    let algo = SymmetricAlgorithm::AES256;
    let sk = secrecy::zeroize::Zeroizing::new(crate::random::bytes::<32>());
    // The cipher octet, the key and its 16-bit checksum.
    let checksum = sk
        .iter()
        .map(|b| u16::from(*b))
        .fold(0u16, u16::wrapping_add);
    let mut psk = secrecy::zeroize::Zeroizing::new(Vec::with_capacity(35));
    psk.push(algo.into());
    psk.extend_from_slice(sk.as_slice());
    psk.extend_from_slice(&checksum.to_be_bytes());
    for k in keys {
        k.pkesk(&psk)?.serialize(&mut sink).map_err(pgp_err)?;
    }
    // Version 1, then encrypted: 16 random octets and a repeat of the last
    // two, the signed message, and the modification detection code
    // (a packet of tag 19, length 20: SHA-1 of everything before it,
    // its own two header octets included).
    let mut body = secrecy::zeroize::Zeroizing::new(Vec::with_capacity(1 + 18 + signed.len() + 22));
    body.push(1);
    let mut prefix = [0u8; 18];
    crate::random::fill(&mut prefix[..16]);
    prefix[16] = prefix[14];
    prefix[17] = prefix[15];
    body.extend_from_slice(&prefix);
    body.extend_from_slice(signed);
    body.extend_from_slice(&[0xD3, 0x14]);
    let mdc = sha1::Sha1::digest(&body[1..]);
    body.extend_from_slice(&mdc);
    // CFB with an all-zero IV and no resynchronisation (what SEIPDv1 asks).
    cfb_mode::Encryptor::<aes::Aes256>::new(sk.as_slice().into(), &[0u8; 16].into())
        .encrypt(&mut body[1..]);
    let len = u32::try_from(body.len())
        .map_err(|_| SealError::OpenPgp("a report larger than 4 GiB cannot be sealed".into()))?;
    // Tag 18 (SEIPD) in a new-format header with a definite length.
    let header = openpgp::packet::Header::new(
        openpgp::packet::header::CTB::new(openpgp::packet::Tag::SEIP),
        openpgp::packet::header::BodyLength::Full(len),
    );
    openpgp::serialize::Marshal::serialize(&header, &mut sink).map_err(pgp_err)?;
    sink.write_all(&body).map_err(pgp_err)?;
    Ok(())
}

/// Session-key packets giving the AES-256 `session_key` of a stream sealed
/// on its own ([`crate::blobs`]) to every key of `recipients` usable at
/// `now`. Put before that stream, they make a complete message.
pub fn session_key_packets(
    session_key: &[u8],
    recipients: &[&ValidCert],
    now: SystemTime,
) -> Result<Vec<u8>, SealError> {
    let algo = SymmetricAlgorithm::AES256;
    if session_key.len() != 32 {
        return Err(SealError::OpenPgp(
            "an AES-256 session key is 32 bytes".into(),
        ));
    }
    let checksum = session_key
        .iter()
        .map(|b| u16::from(*b))
        .fold(0u16, u16::wrapping_add);
    let mut psk = secrecy::zeroize::Zeroizing::new(Vec::with_capacity(35));
    psk.push(algo.into());
    psk.extend_from_slice(session_key);
    psk.extend_from_slice(&checksum.to_be_bytes());
    let sk: openpgp::crypto::SessionKey = session_key.into();
    let mut out = Vec::new();
    for (key, fast) in recipients.iter().flat_map(|c| c.usable_keys(now)) {
        let packet = match fast {
            Some(f) => f.pkesk(&psk)?,
            None => {
                let mut p = openpgp::packet::pkesk::PKESK3::for_recipient(algo, &sk, key)
                    .map_err(pgp_err)?;
                p.set_recipient(Some(key.keyid()));
                Packet::PKESK(p.into())
            }
        };
        packet.serialize(&mut out).map_err(pgp_err)?;
    }
    if out.is_empty() {
        return Err(SealError::NoRecipients);
    }
    Ok(out)
}

/// The encrypted body of a binary message: everything after its leading
/// session-key packets (the whole message if it cannot be split).
pub fn encrypted_body(message: &[u8]) -> &[u8] {
    split_pkesks(message).1
}

/// The message with only the session-key packets for `keys` in front of
/// its encrypted body, so that a copy for one team names no other team's
/// keys; `None` if none of them is a recipient (or the head cannot be split).
pub fn only_for(message: &[u8], keys: &[openpgp::KeyHandle]) -> Option<Vec<u8>> {
    let (pkesks, body) = split_pkesks(message);
    let mine: Vec<&[u8]> = pkesks
        .iter()
        .filter(|(to, _)| {
            to.as_ref()
                .is_some_and(|t| keys.iter().any(|k| k.aliases(t)))
        })
        .map(|(_, bytes)| *bytes)
        .collect();
    if mine.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(body.len() + 256 * mine.len());
    for p in mine {
        out.extend_from_slice(p);
    }
    out.extend_from_slice(body);
    Some(out)
}

/// Every key handle (primary and subkeys) of a stored certificate.
pub fn key_handles(cert: &[u8]) -> Vec<openpgp::KeyHandle> {
    parse_cert(cert)
        .map(|c| c.keys().map(|k| k.key().key_handle()).collect())
        .unwrap_or_default()
}

/// A session-key packet: the key it is for, and its bytes.
type SessionKeyPacket<'a> = (Option<openpgp::KeyHandle>, &'a [u8]);

/// The session-key packets at the head of a binary message, each with the
/// key it is for and its exact bytes, and the rest of the message (the
/// encrypted body). Empty when the head cannot be split byte for byte.
fn split_pkesks(message: &[u8]) -> (Vec<SessionKeyPacket<'_>>, &[u8]) {
    use openpgp::parse::{PacketParser, PacketParserResult};
    let mut out = Vec::new();
    let mut at = 0;
    let Ok(mut ppr) = PacketParser::from_bytes(message) else {
        return (Vec::new(), message);
    };
    while let PacketParserResult::Some(pp) = ppr {
        let Packet::PKESK(p) = &pp.packet else {
            break;
        };
        // Serializing a parsed packet gives back its bytes; checked, so a
        // head that does not round-trip is never spliced.
        let Ok(bytes) = pp.packet.to_vec() else {
            return (Vec::new(), message);
        };
        let end = at + bytes.len();
        if message.get(at..end) != Some(bytes.as_slice()) {
            return (Vec::new(), message);
        }
        out.push((p.recipient(), &message[at..end]));
        at = end;
        ppr = match pp.next() {
            Ok((_, next)) => next,
            Err(_) => return (Vec::new(), message),
        };
    }
    (out, &message[at..])
}

/// A message as binary OpenPGP, from ASCII armor or binary; `None` if it
/// is neither.
pub fn dearmor_message(data: &[u8]) -> Option<Vec<u8>> {
    use std::io::Read;
    let text = data.trim_ascii_start();
    if !text.starts_with(b"-----BEGIN PGP MESSAGE-----") {
        return (!data.is_empty()).then(|| data.to_vec());
    }
    let mut r = openpgp::armor::Reader::from_bytes(
        text,
        openpgp::armor::ReaderMode::Tolerant(Some(openpgp::armor::Kind::Message)),
    );
    let mut out = Vec::with_capacity(data.len());
    r.read_to_end(&mut out).ok()?;
    (!out.is_empty()).then_some(out)
}

/// ASCII-armors a binary OpenPGP message.
pub fn armor_message(binary: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(binary.len() * 4 / 3 + 128);
    if let Ok(mut w) = openpgp::armor::Writer::new(&mut out, openpgp::armor::Kind::Message)
        && w.write_all(binary).is_ok()
        && w.finalize().is_ok()
    {
        return out;
    }
    Vec::new()
}

/// Generates a new instance key: a certification-only Ed25519 primary key
/// and an Ed25519 signing subkey, SEIPDv1-only features.
pub fn generate_instance_key(userid: &str) -> anyhow::Result<Cert> {
    let (cert, _rev) = CertBuilder::new()
        .set_cipher_suite(CipherSuite::Cv25519)
        .set_features(Features::empty().set_seipdv1())?
        .add_userid(userid)
        .add_signing_subkey()
        .generate()?;
    Ok(cert)
}

/// The signer of an instance key (its first valid signing key).
pub fn instance_signer(cert: &Cert, now: SystemTime) -> anyhow::Result<InstanceSigner> {
    let p = policy();
    let ka = cert
        .keys()
        .with_policy(&p, now)
        .supported()
        .alive()
        .revoked(false)
        .for_signing()
        .secret()
        .next()
        .ok_or_else(|| {
            anyhow::anyhow!("the instance key has no usable signing key with secret material")
        })?;
    let key = ka.key().clone();
    let secret = match key.optional_secret() {
        Some(openpgp::packet::key::SecretKeyMaterial::Unencrypted(u)) => u.map(|m| match m {
            openpgp::crypto::mpi::SecretKeyMaterial::EdDSA { scalar } => {
                <[u8; 32]>::try_from(&scalar.value_padded(32)[..]).ok()
            }
            _ => None,
        }),
        _ => None,
    };
    let public = key.clone().take_secret().0.role_into_unspecified();
    if let Some(s) = secret.and_then(|s| Ed25519Signer::new(&s, public)) {
        return Ok(InstanceSigner::Ed25519(s));
    }
    Ok(InstanceSigner::Other(
        key.role_into_unspecified().into_keypair()?,
    ))
}

/// The fixed creation time of every source key (2025-01-01T00:00:00Z).
/// Frozen: changing it changes every source key's fingerprint.
pub const SOURCE_KEY_CTIME: u64 = 1_735_689_600;

fn source_ctime() -> SystemTime {
    SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(SOURCE_KEY_CTIME)
}

/// Decrypts `message` with a source's encryption key, re-derived from the
/// codename (`encryption_secret`, see `codename::Derived::key_secrets`).
/// The key lives only in this call. Signatures are not checked: the source
/// reads replies through this server, which sealed or accepted them.
pub fn open_with_source_key(
    encryption_secret: &[u8; 32],
    message: &[u8],
) -> Result<Vec<u8>, SealError> {
    use openpgp::parse::stream::{
        DecryptionHelper, DecryptorBuilder, MessageStructure, VerificationHelper,
    };
    struct Helper {
        key: Key<openpgp::packet::key::SecretParts, UnspecifiedRole>,
    }
    impl VerificationHelper for Helper {
        fn get_certs(&mut self, _: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<Cert>> {
            Ok(Vec::new())
        }
        fn check(&mut self, _: MessageStructure) -> openpgp::Result<()> {
            Ok(())
        }
    }
    impl DecryptionHelper for Helper {
        fn decrypt(
            &mut self,
            pkesks: &[openpgp::packet::PKESK],
            _: &[openpgp::packet::SKESK],
            sym_algo: Option<SymmetricAlgorithm>,
            decrypt: &mut dyn FnMut(
                Option<SymmetricAlgorithm>,
                &openpgp::crypto::SessionKey,
            ) -> bool,
        ) -> openpgp::Result<Option<Cert>> {
            let id = self.key.keyid();
            let mut pair = self.key.clone().into_keypair()?;
            for p in pkesks {
                if p.recipient()
                    .is_some_and(|r| r.aliases(openpgp::KeyHandle::from(&id)))
                    && let Some((algo, sk)) = p.decrypt(&mut pair, sym_algo)
                    && decrypt(algo, &sk)
                {
                    return Ok(None);
                }
            }
            Err(anyhow::anyhow!("not sealed to this key"))
        }
    }
    let key: Key4<openpgp::packet::key::SecretParts, SubordinateRole> =
        Key4::import_secret_cv25519(encryption_secret, None, None, source_ctime())
            .map_err(pgp_err)?;
    let helper = Helper {
        key: Key::from(key).role_into_unspecified(),
    };
    let p = policy();
    contained(|| {
        let mut d = DecryptorBuilder::from_bytes(message)
            .and_then(|b| b.with_policy(&p, None, helper))
            .map_err(pgp_err)?;
        let mut out = Vec::new();
        std::io::copy(&mut d, &mut out).map_err(pgp_err)?;
        Ok(out)
    })
    .unwrap_or_else(|| Err(pgp_err("malformed encrypted container")))
}

/// Runs `f`, which decrypts bytes someone else made, and gives `None` if
/// it panics. sequoia-openpgp 2.4.2 panics (an `unwrap` in its parser) on
/// some malformed encrypted containers — found by the `open_input` fuzz
/// target, the input kept in fuzz/regressions/open_input/ — and a reply a
/// responder sealed in the browser is such bytes: without this, a crafted
/// reply would panic the request of the source who reads it, every time.
pub fn contained<T>(f: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

/// Why a message sealed elsewhere (in a responder's browser) is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealedElsewhereError {
    #[error("not an OpenPGP message")]
    Unparseable,
    #[error(
        "the message must be session-key packets followed by one encrypted container, and nothing else"
    )]
    Shape,
    #[error("the message is sealed to a key that is not one of its recipients")]
    Stranger,
    #[error("the message is not sealed to every recipient")]
    Missing,
}

/// Checks that `message` is a real OpenPGP message — public-key session-key
/// packets, then exactly one SEIPD container, nothing readable — whose
/// session keys go exactly to `recipients`: each certificate gets at least
/// one of its usable encryption keys at `now`, and no other key gets one.
///
/// It reads the packets' recipient labels, not what they wrap: without the
/// secret keys nobody can tell whether the packet labelled with a team key
/// really opens the message. A reply sealed in a browser is therefore
/// trusted only as far as the responder who sent it; the reader warns its
/// team when such a reply does not open with their key.
pub fn check_sealed_to(
    message: &[u8],
    recipients: &[&ValidCert],
    now: SystemTime,
) -> Result<(), SealedElsewhereError> {
    use openpgp::parse::{PacketParser, PacketParserResult};
    let mut ppr =
        PacketParser::from_bytes(message).map_err(|_| SealedElsewhereError::Unparseable)?;
    let mut to = Vec::new();
    let mut containers = 0;
    while let PacketParserResult::Some(pp) = ppr {
        match &pp.packet {
            Packet::PKESK(p) if containers == 0 => {
                to.push(p.recipient().ok_or(SealedElsewhereError::Stranger)?);
            }
            Packet::SEIP(_) if containers == 0 => containers += 1,
            _ => return Err(SealedElsewhereError::Shape),
        }
        // `next` stays at the top level: the container is not opened.
        ppr = pp.next().map_err(|_| SealedElsewhereError::Unparseable)?.1;
    }
    if containers != 1 || to.is_empty() {
        return Err(SealedElsewhereError::Shape);
    }
    let owner = |h: &openpgp::KeyHandle| {
        recipients
            .iter()
            .position(|c| c.keys_at(now).any(|k| k.key_handle().aliases(h)))
    };
    let mut covered = vec![false; recipients.len()];
    for h in &to {
        let i = owner(h).ok_or(SealedElsewhereError::Stranger)?;
        covered[i] = true;
    }
    if covered.iter().all(|c| *c) {
        Ok(())
    } else {
        Err(SealedElsewhereError::Missing)
    }
}

/// A source's public certificate, serialized, with its fingerprint.
pub struct SourceCert {
    /// The primary key's fingerprint (named in the sealed report).
    pub fingerprint: Fingerprint,
    /// The transferable public key, binary.
    pub bytes: Vec<u8>,
}

/// Builds a source's public certificate from the two 32-byte secrets that
/// the key seed expands to (see `codename`). The secrets are dropped here.
/// Only the public keys are made (the secrets never enter an OpenPGP key
/// here), and the packets are signed and serialized directly: assembling
/// a `Cert` would only verify the two signatures just made. The result is
/// the certificate sequoia's `import_secret_ed25519`/`import_secret_cv25519`
/// would give (a test holds the two to the same fingerprint).
pub fn source_cert(
    primary_secret: &[u8; 32],
    encryption_secret: &[u8; 32],
) -> anyhow::Result<SourceCert> {
    let ctime = source_ctime();
    let signing = ed25519_dalek::SigningKey::from_bytes(primary_secret);
    let primary_public: Key<openpgp::packet::key::PublicParts, PrimaryRole> =
        Key4::import_public_ed25519(signing.verifying_key().as_bytes(), ctime)?.into();
    let x_public =
        x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(*encryption_secret));
    let sub_public: Key<openpgp::packet::key::PublicParts, SubordinateRole> =
        Key4::import_public_cv25519(x_public.as_bytes(), None, None, ctime)?.into();
    let mut signer = Ed25519Signer {
        key: signing,
        public: primary_public.clone().role_into_unspecified(),
    };

    let uid = UserID::from("Tipline source");
    let uid_sig = SignatureBuilder::new(SignatureType::PositiveCertification)
        .set_signature_creation_time(ctime)?
        .set_key_flags(KeyFlags::empty().set_certification().set_signing())?
        .set_features(Features::empty().set_seipdv1())?
        .set_preferred_symmetric_algorithms(vec![
            SymmetricAlgorithm::AES256,
            SymmetricAlgorithm::AES128,
        ])?
        .set_preferred_hash_algorithms(vec![HashAlgorithm::SHA512, HashAlgorithm::SHA256])?
        .sign_userid_binding(&mut signer, &primary_public, &uid)?;
    let sub_sig = SignatureBuilder::new(SignatureType::SubkeyBinding)
        .set_signature_creation_time(ctime)?
        .set_key_flags(
            KeyFlags::empty()
                .set_transport_encryption()
                .set_storage_encryption(),
        )?
        .sign_subkey_binding(&mut signer, &primary_public, &sub_public)?;

    let fingerprint = primary_public.fingerprint();
    let mut bytes = Vec::with_capacity(512);
    for p in [
        Packet::from(primary_public),
        Packet::from(uid),
        uid_sig.into(),
        Packet::from(sub_public),
        sub_sig.into(),
    ] {
        p.serialize(&mut bytes)?;
    }
    Ok(SourceCert { fingerprint, bytes })
}

/// Parses exactly one certificate, for CLI and stored keys.
pub fn parse_cert(data: &[u8]) -> anyhow::Result<Cert> {
    Cert::from_bytes(data)
}

/// A secret key (TSK) serialized armored, for the instance key file.
pub fn armored_tsk(cert: &Cert) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut w = openpgp::armor::Writer::new(&mut out, openpgp::armor::Kind::SecretKey)?;
    cert.as_tsk().serialize(&mut w)?;
    w.finalize()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use openpgp::parse::stream::{
        DecryptionHelper, DecryptorBuilder, MessageLayer, MessageStructure, VerificationHelper,
    };

    fn now() -> SystemTime {
        SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_900_000_000)
    }

    fn responder_cert(features_v2: bool) -> Cert {
        let mut b = CertBuilder::general_purpose(Some("r <r@example.org>"))
            .set_creation_time(now() - std::time::Duration::from_secs(3600));
        if !features_v2 {
            b = b
                .set_features(Features::empty().set_seipdv1())
                .unwrap_or_else(|_| unreachable!());
        }
        b.generate()
            .map(|(c, _)| c)
            .unwrap_or_else(|_| unreachable!())
    }

    struct Helper<'a> {
        secret: &'a Cert,
        seen_v2: bool,
    }
    impl VerificationHelper for Helper<'_> {
        fn get_certs(&mut self, _: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<Cert>> {
            Ok(vec![])
        }
        fn check(&mut self, s: MessageStructure) -> openpgp::Result<()> {
            for l in s.into_iter() {
                if let MessageLayer::Encryption {
                    sym_algo: _,
                    aead_algo,
                } = l
                {
                    self.seen_v2 = aead_algo.is_some();
                }
            }
            Ok(())
        }
    }
    impl DecryptionHelper for Helper<'_> {
        fn decrypt(
            &mut self,
            pkesks: &[openpgp::packet::PKESK],
            _: &[openpgp::packet::SKESK],
            sym: Option<SymmetricAlgorithm>,
            decrypt: &mut dyn FnMut(
                Option<SymmetricAlgorithm>,
                &openpgp::crypto::SessionKey,
            ) -> bool,
        ) -> openpgp::Result<Option<Cert>> {
            let p = policy();
            for ka in self
                .secret
                .keys()
                .with_policy(&p, now())
                .secret()
                .for_transport_encryption()
            {
                let mut kp = ka.key().clone().into_keypair()?;
                for pk in pkesks {
                    if let Some((algo, sk)) = pk.decrypt(&mut kp, sym)
                        && decrypt(algo, &sk)
                    {
                        return Ok(None);
                    }
                }
            }
            Err(anyhow::anyhow!("no key"))
        }
    }

    /// The plaintext, and whether it came in a SEIPDv2 container.
    fn decrypt(secret: &Cert, msg: &[u8]) -> (Vec<u8>, bool) {
        try_decrypt(secret, msg).unwrap_or_else(|e| panic!("decrypt: {e}"))
    }

    fn try_decrypt(secret: &Cert, msg: &[u8]) -> openpgp::Result<(Vec<u8>, bool)> {
        let p = policy();
        let h = Helper {
            secret,
            seen_v2: false,
        };
        let mut d = DecryptorBuilder::from_bytes(msg)?.with_policy(&p, now(), h)?;
        let mut out = Vec::new();
        std::io::copy(&mut d, &mut out)?;
        let v2 = d.helper_ref().seen_v2;
        Ok((out, v2))
    }

    fn sealer(allow_v2: bool) -> Sealer {
        let inst = generate_instance_key("Tipline test instance").unwrap_or_else(|e| panic!("{e}"));
        Sealer::new(
            instance_signer(&inst, now()).unwrap_or_else(|e| panic!("{e}")),
            allow_v2,
        )
    }

    /// The key handles a message's session-key packets name.
    fn pkesk_recipients(msg: &[u8]) -> Vec<openpgp::KeyHandle> {
        split_pkesks(msg)
            .0
            .into_iter()
            .filter_map(|(h, _)| h)
            .collect()
    }

    #[test]
    fn each_copy_names_only_its_responder_and_decrypts() {
        let certs: Vec<Cert> = (0..3).map(|_| responder_cert(false)).collect();
        let valid: Vec<ValidCert> = certs
            .iter()
            .map(|c| ValidCert::validate(c.clone().strip_secret_key_material(), now()))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{e}"));
        let refs: Vec<&ValidCert> = valid.iter().collect();
        let outsider = responder_cert(false);
        let outsider_valid =
            ValidCert::validate(outsider.clone(), now()).unwrap_or_else(|e| panic!("{e}"));
        // Two of the recipients get a copy, and one who is not a recipient.
        let singles = [refs[0], refs[2], &outsider_valid];
        let (all, copies) = sealer(false)
            .seal_copies(b"report body", &refs, &singles, now())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pkesk_recipients(&all).len(), 3);
        for (copy, secret) in copies.iter().zip([&certs[0], &certs[2], &outsider]) {
            let (plain, _) = decrypt(secret, copy);
            assert_eq!(plain, b"report body");
            let named = pkesk_recipients(copy);
            let own: Vec<openpgp::KeyHandle> = secret
                .keys()
                .subkeys()
                .map(|k| k.key().key_handle())
                .collect();
            assert!(!named.is_empty());
            assert!(
                named.iter().all(|h| own.iter().any(|o| o.aliases(h))),
                "a copy names only its own responder's keys"
            );
        }
        // The recipients' copies share the stored message's encrypted body;
        // the outsider's is sealed on its own.
        let (_, body) = split_pkesks(&all);
        assert!(copies[0].ends_with(body) && copies[1].ends_with(body));
        assert!(!copies[2].ends_with(body));
        // Another recipient's key cannot open a copy that is not theirs.
        let p = policy();
        let stranger = Helper {
            secret: &certs[1],
            seen_v2: false,
        };
        assert!(
            DecryptorBuilder::from_bytes(&copies[0][..])
                .and_then(|b| b.with_policy(&p, now(), stranger))
                .is_err()
        );
    }

    #[test]
    fn the_fast_shared_secret_is_x25519() {
        use proptest::prelude::*;
        let mut runner = proptest::test_runner::TestRunner::default();
        runner
            .run(
                &(any::<[u8; 32]>(), any::<[u8; 32]>()),
                |(recipient, ephemeral)| {
                    let public =
                        x25519_dalek::PublicKey::from(&x25519_dalek::StaticSecret::from(recipient));
                    let key: Key<openpgp::packet::key::PublicParts, UnspecifiedRole> =
                        Key4::import_public_cv25519(public.as_bytes(), None, None, now())
                            .unwrap_or_else(|e| panic!("{e}"))
                            .into();
                    let fast = FastEcdh::new(&key).unwrap_or_else(|| panic!("no fast path"));
                    let expected = x25519_dalek::StaticSecret::from(ephemeral)
                        .diffie_hellman(&public)
                        .to_bytes();
                    prop_assert_eq!(fast.shared(&ephemeral), expected);
                    Ok(())
                },
            )
            .unwrap_or_else(|e| panic!("{e}"));
    }

    #[test]
    fn the_key_wrap_is_sequoias() {
        use proptest::prelude::*;
        let mut runner = proptest::test_runner::TestRunner::default();
        let algos = prop_oneof![
            Just(SymmetricAlgorithm::AES128),
            Just(SymmetricAlgorithm::AES192),
            Just(SymmetricAlgorithm::AES256)
        ];
        runner
            .run(
                &(algos, any::<[u8; 32]>(), any::<[u8; 40]>()),
                |(algo, kek, data)| {
                    let size = algo.key_size().unwrap_or_else(|e| panic!("{e}"));
                    let kek = &kek[..size];
                    let theirs = openpgp::crypto::ecdh::aes_key_wrap(
                        algo,
                        &openpgp::crypto::mem::Protected::from(kek),
                        &openpgp::crypto::mem::Protected::from(&data[..]),
                    )
                    .unwrap_or_else(|e| panic!("{e}"));
                    let ours = key_wrap(algo, kek, &data).unwrap_or_else(|e| panic!("{e}"));
                    prop_assert_eq!(ours, theirs);
                    Ok(())
                },
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(key_wrap(SymmetricAlgorithm::AES256, &[0; 16], &[0; 40]).is_err());
    }

    #[test]
    fn the_fast_container_is_integrity_protected_seipdv1() {
        use openpgp::packet::header::BodyLength;
        use openpgp::parse::{PacketParser, PacketParserResult};
        let x = responder_cert(false);
        let vx = ValidCert::validate(x.clone().strip_secret_key_material(), now())
            .unwrap_or_else(|e| panic!("{e}"));
        // Bodies either side of the one- and two-octet length limits.
        for size in [10, 150, 170, 8_200, 8_400, 70_000] {
            let body = vec![b'r'; size];
            let msg = sealer(false)
                .seal(&body, &[&vx], now())
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(decrypt(&x, &msg).0, body, "size {size}");
            // Exactly one session-key packet, then one SEIPD v1 packet of a
            // full length that ends the message.
            let mut tags = Vec::new();
            let mut seip_len = None;
            let mut ppr = PacketParser::from_bytes(&msg).unwrap_or_else(|e| panic!("{e}"));
            while let PacketParserResult::Some(pp) = ppr {
                if let Packet::SEIP(seip) = &pp.packet {
                    assert_eq!(seip.version(), 1);
                    if let BodyLength::Full(n) = pp.header().length() {
                        seip_len = Some(*n as usize);
                    }
                }
                tags.push(pp.packet.tag());
                ppr = pp.next().unwrap_or_else(|e| panic!("{e}")).1;
            }
            assert_eq!(
                tags,
                [openpgp::packet::Tag::PKESK, openpgp::packet::Tag::SEIP]
            );
            let seip_len = seip_len.unwrap_or_else(|| panic!("no full length, size {size}"));
            // A changed octet anywhere in the encrypted part, the MDC
            // included, is refused rather than read.
            let start = msg.len() - seip_len;
            for at in [start + 1, start + 30, msg.len() - 21, msg.len() - 1] {
                let mut bad = msg.clone();
                bad[at] ^= 0x01;
                assert!(try_decrypt(&x, &bad).is_err(), "size {size}, octet {at}");
            }
        }
    }

    #[test]
    fn x25519_recipients_take_the_fast_path_and_others_do_not() {
        let x = responder_cert(false);
        let vx = ValidCert::validate(x.clone().strip_secret_key_material(), now())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(vx.usable_keys(now()).all(|(_, f)| f.is_some()));
        let (rsa, _) = CertBuilder::general_purpose(Some("rsa <rsa@example.org>"))
            .set_cipher_suite(CipherSuite::RSA2k)
            .set_features(Features::empty().set_seipdv1())
            .unwrap_or_else(|_| unreachable!())
            .set_creation_time(now() - std::time::Duration::from_secs(3600))
            .generate()
            .unwrap_or_else(|e| panic!("{e}"));
        let vr = ValidCert::validate(rsa.clone().strip_secret_key_material(), now())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(vr.usable_keys(now()).all(|(_, f)| f.is_none()));
        // Both paths, and a mix of them, decrypt for every recipient.
        for set in [vec![&vx], vec![&vr], vec![&vx, &vr]] {
            let msg = sealer(false)
                .seal(b"report body", &set, now())
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(pkesk_recipients(&msg).len(), set.len());
            for (v, secret) in [(&vx, &x), (&vr, &rsa)] {
                if set.iter().any(|s| s.fingerprint == v.fingerprint) {
                    assert_eq!(decrypt(secret, &msg).0, b"report body");
                }
            }
        }
    }

    #[test]
    fn a_teams_copy_keeps_only_its_keys() {
        let certs: Vec<Cert> = (0..3).map(|_| responder_cert(false)).collect();
        let valid: Vec<ValidCert> = certs
            .iter()
            .map(|c| ValidCert::validate(c.clone().strip_secret_key_material(), now()))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{e}"));
        let refs: Vec<&ValidCert> = valid.iter().collect();
        let all = sealer(false)
            .seal(b"report body", &refs, now())
            .unwrap_or_else(|e| panic!("{e}"));
        let team: Vec<openpgp::KeyHandle> = [&valid[0], &valid[1]]
            .iter()
            .flat_map(|v| key_handles(&v.to_bytes()))
            .collect();
        let copy = only_for(&all, &team).unwrap_or_else(|| panic!("no copy"));
        assert_eq!(pkesk_recipients(&copy).len(), 2);
        assert!(
            pkesk_recipients(&copy)
                .iter()
                .all(|h| team.iter().any(|t| t.aliases(h)))
        );
        assert_eq!(decrypt(&certs[1], &copy).0, b"report body");
        let p = policy();
        let outside = Helper {
            secret: &certs[2],
            seen_v2: false,
        };
        assert!(
            DecryptorBuilder::from_bytes(&copy[..])
                .and_then(|b| b.with_policy(&p, now(), outside))
                .is_err(),
            "the third recipient's packet is gone"
        );
        let stranger = key_handles(
            &responder_cert(false)
                .strip_secret_key_material()
                .to_vec()
                .unwrap_or_default(),
        );
        assert!(only_for(&all, &stranger).is_none());
    }

    #[test]
    fn seals_with_seipdv1_even_when_the_recipient_claims_v2() {
        let secret = responder_cert(true);
        let vc = ValidCert::validate(secret.clone().strip_secret_key_material(), now())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(vc.seipdv2, "sequoia-made keys claim SEIPDv2");
        let msg = sealer(false)
            .seal(b"hello", &[&vc], now())
            .unwrap_or_else(|e| panic!("{e}"));
        let (pt, v2) = decrypt(&secret, &msg);
        assert_eq!(pt, b"hello");
        assert!(!v2);
        let msg = sealer(true)
            .seal(b"hello", &[&vc], now())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(decrypt(&secret, &msg).1, "v2 is used only when allowed");
    }

    #[test]
    fn refuses_a_key_it_could_not_store() {
        // Found by the key_upload fuzz target: a key that parses and
        // validates, but whose issuer fingerprint subpacket is of a kind
        // sequoia cannot write back; it used to be stored as zero bytes.
        let body = include_bytes!(
            "../fuzz/regressions/key_upload/crash-ad15c130afbfca0f0eb0983fee957077e8fa7dc3"
        );
        let start = body
            .windows(10)
            .position(|w| w == b"-----BEGIN")
            .unwrap_or_default();
        assert_eq!(
            ValidCert::parse(&body[start..], crate::fuzz::now()).err(),
            Some(KeyError::Unwritable)
        );
    }

    #[test]
    fn refuses_sign_only_and_v6_certificates() {
        let (sign_only, _) = CertBuilder::new()
            .add_userid("s")
            .add_signing_subkey()
            .set_creation_time(now() - std::time::Duration::from_secs(60))
            .generate()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            ValidCert::validate(sign_only, now()).err(),
            Some(KeyError::SignOnly)
        );
        let (v6, _) = CertBuilder::general_purpose(Some("v6"))
            .set_profile(openpgp::Profile::RFC9580)
            .unwrap_or_else(|e| panic!("{e}"))
            .set_creation_time(now() - std::time::Duration::from_secs(60))
            .generate()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            ValidCert::validate(v6, now()).err(),
            Some(KeyError::NotV4(6))
        );
    }

    #[test]
    fn source_cert_is_deterministic_in_its_fingerprint() {
        let a = source_cert(&[1; 32], &[2; 32]).unwrap_or_else(|e| panic!("{e}"));
        let b = source_cert(&[1; 32], &[2; 32]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(a.fingerprint, b.fingerprint);
        let c = source_cert(&[3; 32], &[2; 32]).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(a.fingerprint, c.fingerprint);
        // The serialized packets form a valid certificate: both signatures
        // verify (a bad one would be dropped and leave no user ID or subkey).
        let cert = Cert::from_bytes(&a.bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(cert.fingerprint(), a.fingerprint);
        assert_eq!(cert.userids().count(), 1);
        assert_eq!(cert.keys().subkeys().count(), 1);
        let vc = ValidCert::validate(cert, now()).unwrap_or_else(|e| panic!("{e}"));
        assert!(!vc.seipdv2);
    }

    #[test]
    fn instance_signatures_verify_with_either_signer() {
        let ed = generate_instance_key("i").unwrap_or_else(|e| panic!("{e}"));
        let (rsa, _) = CertBuilder::new()
            .set_cipher_suite(CipherSuite::RSA2k)
            .add_userid("r")
            .add_signing_subkey()
            .set_creation_time(now() - std::time::Duration::from_secs(60))
            .generate()
            .unwrap_or_else(|e| panic!("{e}"));
        for (cert, expect_ed) in [(ed, true), (rsa, false)] {
            let mut signer = instance_signer(&cert, now()).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(matches!(signer, InstanceSigner::Ed25519(_)), expect_ed);
            let public = openpgp::crypto::Signer::public(&signer).clone();
            let sig = SignatureBuilder::new(SignatureType::Binary)
                .set_signature_creation_time(now())
                .unwrap_or_else(|e| panic!("{e}"))
                .sign_message(&mut signer, b"a report")
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(sig.verify_message(&public, b"a report").is_ok());
            assert!(sig.verify_message(&public, b"another").is_err());
        }
    }

    #[test]
    fn source_keys_match_sequoias_own_import() {
        // The frozen derivation: the keys made from public points here are
        // the keys sequoia makes from the secrets, so the follow-up pages
        // can re-derive the decryption key with sequoia alone.
        let (p, e) = ([0x11; 32], [0x22; 32]);
        let ours = Cert::from_bytes(&source_cert(&p, &e).unwrap_or_else(|e| panic!("{e}")).bytes)
            .unwrap_or_else(|e| panic!("{e}"));
        let primary: Key4<openpgp::packet::key::SecretParts, PrimaryRole> =
            Key4::import_secret_ed25519(&p, source_ctime()).unwrap_or_else(|e| panic!("{e}"));
        let sub: Key4<openpgp::packet::key::SecretParts, SubordinateRole> =
            Key4::import_secret_cv25519(&e, None, None, source_ctime())
                .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ours.fingerprint(), primary.fingerprint());
        let subkey = ours.keys().subkeys().next().map(|k| k.key().fingerprint());
        assert_eq!(subkey, Some(sub.fingerprint()));
        // Golden value: a change to the derivation changes every source key.
        assert_eq!(
            ours.fingerprint().to_hex(),
            "A344D6B9B028B407DCC04EC8CFCF7E65AED372B4"
        );
    }
}
