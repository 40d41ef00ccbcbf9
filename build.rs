//! Puts OpenPGP.js (for the responders' in-browser reader) into the binary.
//! It comes from the npm registry as `package-lock.json` pins it (version
//! and integrity hash): `npm ci` installs it into `node_modules/` when it is
//! missing; on a machine without npm the package is fetched with `curl`,
//! checked against the lockfile's SHA-512 and unpacked with `tar`. The
//! built file is copied into OUT_DIR to be embedded; it is never committed.
//! If neither works (no network) the build still succeeds, with a warning,
//! and the reader page says that it cannot decrypt (downloads and
//! `tipline open` work as before).

use std::path::{Path, PathBuf};
use std::process::Command;

const DIST: &str = "node_modules/openpgp/dist/openpgp.min.mjs";
const LICENSE: &str = "node_modules/openpgp/LICENSE";

/// SHA-256 of the built file and licence of the version package-lock.json
/// pins (6.3.2), checked whichever way they arrived: the file runs beside a
/// responder's unlocked key, so nothing else may be embedded. Upgrading
/// OpenPGP.js means updating the lockfile and these two values together.
const DIST_SHA256: &str = "7d3285efa6dfedbb34a136d8b5ad21c28fb973269df0b2818dcb74dfb40b59d9";
const LICENSE_SHA256: &str = "e3a994d82e644b03a792a930f574002658412f62407f5fee083f2555c5f23118";

fn main() {
    println!("cargo:rerun-if-changed=package.json");
    println!("cargo:rerun-if-changed=package-lock.json");
    println!("cargo:rerun-if-changed={DIST}");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let dist = manifest.join(DIST);
    if !installed(&manifest, &dist) {
        let _ = Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(&manifest)
            .status();
    }
    let fetched = if installed(&manifest, &dist) {
        Some((
            std::fs::read_to_string(&dist).unwrap_or_default(),
            std::fs::read_to_string(manifest.join(LICENSE)).unwrap_or_default(),
        ))
    } else {
        fetch_without_npm(&manifest, &out)
    };
    if let Some((js, license)) = &fetched
        && (sha256_hex(js.as_bytes()) != DIST_SHA256
            || sha256_hex(license.as_bytes()) != LICENSE_SHA256)
    {
        eprintln!(
            "error: OpenPGP.js in node_modules (or fetched) is not the file build.rs pins (SHA-256 {DIST_SHA256}); \
             remove node_modules and build again, or update the pinned hashes with the lockfile"
        );
        std::process::exit(1);
    }
    let (js, license) = if let Some((js, license)) = fetched {
        // No source map is served: drop the comment that would ask for it.
        (
            js.replace("//# sourceMappingURL=openpgp.min.mjs.map", ""),
            license,
        )
    } else {
        println!(
            "cargo:warning=OpenPGP.js is missing (npm ci failed or npm is not installed): the in-browser reader will not decrypt. Install Node.js and npm, then build again."
        );
        (
            "throw new Error('This build has no OpenPGP.js: install Node.js and npm and rebuild Tipline. Until then, read tips in your mail client or with tipline open.');\n".to_owned(),
            "OpenPGP.js was not bundled with this build.\n".to_owned(),
        )
    };
    write(&out.join("openpgp.min.mjs"), &js);
    write(&out.join("openpgp.LICENSE"), &license);
}

/// Without npm: the pinned tarball from the registry, checked against the
/// lockfile's integrity hash, unpacked into OUT_DIR; its built file and licence.
fn fetch_without_npm(manifest: &Path, out: &Path) -> Option<(String, String)> {
    use base64::Engine;
    use sha2::Digest;
    let lock = std::fs::read_to_string(manifest.join("package-lock.json")).ok()?;
    let version = version_in(&lock, "\"node_modules/openpgp\"")?;
    let at = lock.find("\"node_modules/openpgp\"")?;
    let rest = &lock[at..];
    let i = rest.find("\"integrity\": \"sha512-")? + "\"integrity\": \"sha512-".len();
    let integrity = &rest[i..i + rest[i..].find('"')?];
    let expected = base64::engine::general_purpose::STANDARD
        .decode(integrity)
        .ok()?;
    let registry = std::env::var("npm_config_registry")
        .unwrap_or_else(|_| "https://registry.npmjs.org/".to_owned());
    let url = format!(
        "{}/openpgp/-/openpgp-{version}.tgz",
        registry.trim_end_matches('/')
    );
    let tgz = out.join("openpgp.tgz");
    let got = Command::new("curl")
        .args(["-fsSL", "--retry", "2", "-o"])
        .arg(&tgz)
        .arg(&url)
        .status()
        .ok()?;
    if !got.success() {
        return None;
    }
    let bytes = std::fs::read(&tgz).ok()?;
    if sha2::Sha512::digest(&bytes).as_slice() != expected.as_slice() {
        println!(
            "cargo:warning=the OpenPGP.js package from {url} does not match package-lock.json's integrity hash: not used"
        );
        return None;
    }
    let unpacked = out.join("openpgp-package");
    let _ = std::fs::create_dir_all(&unpacked);
    let ok = Command::new("tar")
        .arg("-xzf")
        .arg(&tgz)
        .arg("-C")
        .arg(&unpacked)
        .args(["package/dist/openpgp.min.mjs", "package/LICENSE"])
        .status()
        .ok()?
        .success();
    if !ok {
        return None;
    }
    Some((
        std::fs::read_to_string(unpacked.join("package/dist/openpgp.min.mjs")).ok()?,
        std::fs::read_to_string(unpacked.join("package/LICENSE")).ok()?,
    ))
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether the version the lockfile pins is installed.
fn installed(manifest: &Path, dist: &Path) -> bool {
    let pinned = std::fs::read_to_string(manifest.join("package-lock.json"))
        .ok()
        .and_then(|lock| version_in(&lock, "\"node_modules/openpgp\""));
    let present = std::fs::read_to_string(manifest.join("node_modules/openpgp/package.json"))
        .ok()
        .and_then(|p| version_in(&p, "\"name\""));
    dist.is_file() && pinned.is_some() && pinned == present
}

/// The first `"version": "…"` after `anchor` in a JSON text.
fn version_in(json: &str, anchor: &str) -> Option<String> {
    let at = json.find(anchor)?;
    let rest = &json[at..];
    let v = rest.find("\"version\"")?;
    let rest = &rest[v + "\"version\"".len()..];
    let start = rest.find('"')? + 1;
    let end = rest[start..].find('"')? + start;
    Some(rest[start..end].to_owned())
}

fn write(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        let _ = std::fs::write(path, text);
    }
}
