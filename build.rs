//! Puts OpenPGP.js and @noble/hashes' SHA-256 (for the responders'
//! in-browser reader) into the binary. They come from the npm registry as
//! `package-lock.json` pins them (version and integrity hash): `npm ci`
//! installs them into `node_modules/` when missing; on a machine without
//! npm each package is fetched with `curl`, checked against the lockfile's
//! SHA-512 and unpacked with `tar`. The files are copied into OUT_DIR to be
//! embedded; they are never committed.
//! If neither works (no network) the build still succeeds, with a warning,
//! and the reader page says that it cannot decrypt (downloads and
//! `tipline open` work as before).

use std::path::{Path, PathBuf};
use std::process::Command;

/// A package from the npm registry whose files are embedded, each checked
/// against the SHA-256 of the version package-lock.json pins, whichever
/// way it arrived: they run beside a responder's unlocked key, so nothing
/// else may be embedded. Upgrading one means updating the lockfile and
/// these values together.
struct Package {
    name: &'static str,
    /// (path in the package, name in OUT_DIR, SHA-256)
    files: &'static [(&'static str, &'static str, &'static str)],
    /// What is embedded when the package cannot be had (no network): a
    /// module that says so when the reader loads it.
    missing: &'static str,
}

const PACKAGES: &[Package] = &[
    // OpenPGP.js 6.3.2 (LGPL-3.0-or-later): the reader's decryption.
    Package {
        name: "openpgp",
        files: &[
            (
                "dist/openpgp.min.mjs",
                "openpgp.min.mjs",
                "7d3285efa6dfedbb34a136d8b5ad21c28fb973269df0b2818dcb74dfb40b59d9",
            ),
            (
                "LICENSE",
                "openpgp.LICENSE",
                "e3a994d82e644b03a792a930f574002658412f62407f5fee083f2555c5f23118",
            ),
        ],
        missing: "throw new Error('This build has no OpenPGP.js: install Node.js and npm and rebuild Tipline. Until then, read tips in your mail client or with tipline open.');\n",
    },
    // @noble/hashes 2.0.1 (MIT): the SHA-256 the reader checks a saved
    // file with as it streams (WebCrypto hashes only whole buffers).
    Package {
        name: "@noble/hashes",
        files: &[
            (
                "sha2.js",
                "noble/sha2.js",
                "3ddc587c588283cbceed4dd9929cefcce06a0c231b54d4c6f0f99c478c686c00",
            ),
            (
                "_md.js",
                "noble/_md.js",
                "a112f0fe1b15db00f2638618c436a17be1c5e13baf19d02fcc29016ae1db2233",
            ),
            (
                "_u64.js",
                "noble/_u64.js",
                "e48c0cfc10810439a4807b46db136ce603a3fa09b62584f513ef2f3ca496af54",
            ),
            (
                "utils.js",
                "noble/utils.js",
                "11319ec0a8132a0c2ced8c98af33ae9274c001d6baf4f4709c4a6115e031a3c5",
            ),
            (
                "LICENSE",
                "noble/LICENSE",
                "4f221aee6e072336700c408c68ab3b96a3fc09f6aebe6f48f1bd99e5ef13faec",
            ),
        ],
        missing: "throw new Error('This build has no @noble/hashes: install Node.js and npm and rebuild Tipline. Until then, save files with tipline open --extract.');\n",
    },
];

fn main() {
    println!("cargo:rerun-if-changed=package.json");
    println!("cargo:rerun-if-changed=package-lock.json");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let _ = std::fs::create_dir_all(out.join("noble"));
    for p in PACKAGES {
        for (path, _, _) in p.files {
            println!("cargo:rerun-if-changed=node_modules/{}/{path}", p.name);
        }
    }
    if !PACKAGES.iter().all(|p| installed(&manifest, p)) {
        let _ = Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .current_dir(&manifest)
            .status();
    }
    for p in PACKAGES {
        let fetched = if installed(&manifest, p) {
            let dir = manifest.join("node_modules").join(p.name);
            p.files
                .iter()
                .map(|(path, _, _)| std::fs::read_to_string(dir.join(path)).ok())
                .collect::<Option<Vec<_>>>()
        } else {
            fetch_without_npm(&manifest, &out, p)
        };
        let Some(texts) = fetched else {
            println!(
                "cargo:warning={} is missing (npm ci failed or npm is not installed): the in-browser reader will not work. Install Node.js and npm, then build again.",
                p.name
            );
            for (i, (_, name, _)) in p.files.iter().enumerate() {
                let text = if i == 0 {
                    p.missing
                } else {
                    "not bundled with this build\n"
                };
                write(&out.join(name), text);
            }
            continue;
        };
        for ((path, name, pinned), text) in p.files.iter().zip(&texts) {
            if sha256_hex(text.as_bytes()) != *pinned {
                eprintln!(
                    "error: {}/{path} in node_modules (or fetched) is not the file build.rs pins (SHA-256 {pinned}); \
                     remove node_modules and build again, or update the pinned hashes with the lockfile",
                    p.name
                );
                std::process::exit(1);
            }
            // No source maps are served: drop the comments that would ask for them.
            let served: String = text
                .split_inclusive('\n')
                .filter(|line| !line.starts_with("//# sourceMappingURL="))
                .collect();
            write(&out.join(name), &served);
        }
    }
}

/// Without npm: the pinned tarball from the registry, checked against the
/// lockfile's integrity hash, unpacked into OUT_DIR; the package's files.
fn fetch_without_npm(manifest: &Path, out: &Path, p: &Package) -> Option<Vec<String>> {
    use base64::Engine;
    use sha2::Digest;
    let lock = std::fs::read_to_string(manifest.join("package-lock.json")).ok()?;
    let anchor = format!("\"node_modules/{}\"", p.name);
    let version = version_in(&lock, &anchor)?;
    let at = lock.find(&anchor)?;
    let rest = &lock[at..];
    let i = rest.find("\"integrity\": \"sha512-")? + "\"integrity\": \"sha512-".len();
    let integrity = &rest[i..i + rest[i..].find('"')?];
    let expected = base64::engine::general_purpose::STANDARD
        .decode(integrity)
        .ok()?;
    let registry = std::env::var("npm_config_registry")
        .unwrap_or_else(|_| "https://registry.npmjs.org/".to_owned());
    // `@scope/name` is fetched as `@scope/name/-/name-VERSION.tgz`.
    let base = p.name.rsplit('/').next()?;
    let url = format!(
        "{}/{}/-/{base}-{version}.tgz",
        registry.trim_end_matches('/'),
        p.name
    );
    let tgz = out.join(format!("{base}.tgz"));
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
            "cargo:warning=the package from {url} does not match package-lock.json's integrity hash: not used"
        );
        return None;
    }
    let unpacked = out.join(format!("{base}-package"));
    let _ = std::fs::create_dir_all(&unpacked);
    let ok = Command::new("tar")
        .arg("-xzf")
        .arg(&tgz)
        .arg("-C")
        .arg(&unpacked)
        .args(p.files.iter().map(|(path, _, _)| format!("package/{path}")))
        .status()
        .ok()?
        .success();
    if !ok {
        return None;
    }
    p.files
        .iter()
        .map(|(path, _, _)| std::fs::read_to_string(unpacked.join("package").join(path)).ok())
        .collect()
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether the version the lockfile pins is installed, with its files.
fn installed(manifest: &Path, p: &Package) -> bool {
    let dir = manifest.join("node_modules").join(p.name);
    let pinned = std::fs::read_to_string(manifest.join("package-lock.json"))
        .ok()
        .and_then(|lock| version_in(&lock, &format!("\"node_modules/{}\"", p.name)));
    let present = std::fs::read_to_string(dir.join("package.json"))
        .ok()
        .and_then(|p| version_in(&p, "\"name\""));
    p.files.iter().all(|(path, _, _)| dir.join(path).is_file())
        && pinned.is_some()
        && pinned == present
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
