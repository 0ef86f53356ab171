//! The server's host key and the join code.
//!
//! The host key is made on first use and kept in the folder the caller
//! names (the user's data folder), so participants' SSH clients recognise
//! the facilitator's machine from one workshop to the next. A key file that
//! cannot be read is an error and is never replaced.

use super::HostError;
use russh::keys::PrivateKey;
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::ssh_key::{HashAlg, LineEnding};
use std::io::Write;
use std::path::Path;

/// The file name of the host key inside the key folder.
pub const HOST_KEY_FILE: &str = "ssh_host_ed25519_key";

/// Letters and digits nobody confuses when reading them off a projector:
/// no 0/O, 1/I/L, and no vowels that might spell words.
const CODE_ALPHABET: &[u8] = b"BCDFGHJKMNPQRSTVWXZ23456789";
/// Length of a random join code (about 28 bits: with the pause after every
/// wrong code and the few attempts per connection, guessing takes years).
const CODE_LENGTH: usize = 6;

/// The host key in `dir`, made and saved there if there is none yet.
pub fn load_or_create(dir: &Path) -> Result<PrivateKey, HostError> {
    let path = dir.join(HOST_KEY_FILE);
    let problem = |reason: String| HostError::HostKey {
        path: path.clone(),
        reason,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => PrivateKey::from_openssh(text.as_bytes()).map_err(|e| problem(e.to_string())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            let key = new_key().map_err(problem)?;
            save_key(dir, &key).map_err(problem)?;
            Ok(key)
        }
        Err(error) => Err(problem(error.to_string())),
    }
}

/// The key's fingerprint as OpenSSH prints it: `SHA256:` and base64.
pub fn fingerprint(key: &PrivateKey) -> String {
    key.public_key().fingerprint(HashAlg::Sha256).to_string()
}

fn new_key() -> Result<PrivateKey, String> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| e.to_string())?;
    Ok(PrivateKey::from(Ed25519Keypair::from_seed(&seed)))
}

/// Writes the key readable by its owner only, through a temporary file, so
/// that a crash never leaves half a key behind.
fn save_key(dir: &Path, key: &PrivateKey) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let text = key.to_openssh(LineEnding::LF).map_err(|e| e.to_string())?;
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(|e| e.to_string())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(|e| e.to_string())?;
    }
    file.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    file.as_file().sync_all().map_err(|e| e.to_string())?;
    file.persist_noclobber(dir.join(HOST_KEY_FILE))
        .map_err(|e| e.error.to_string())?;
    Ok(())
}

/// A fresh random join code such as `K7M-4PX`.
pub fn random_code() -> Result<String, HostError> {
    let mut bytes = [0u8; CODE_LENGTH];
    let mut code = String::with_capacity(CODE_LENGTH + 1);
    // Rejection sampling keeps every letter equally likely.
    let limit = 256 - 256 % CODE_ALPHABET.len();
    while code.chars().filter(|c| *c != '-').count() < CODE_LENGTH {
        getrandom::fill(&mut bytes).map_err(|e| HostError::Random(e.to_string()))?;
        for byte in bytes {
            let have = code.chars().filter(|c| *c != '-').count();
            if have == CODE_LENGTH {
                break;
            }
            if usize::from(byte) < limit {
                if have == CODE_LENGTH / 2 {
                    code.push('-');
                }
                code.push(char::from(CODE_ALPHABET[usize::from(byte) % CODE_ALPHABET.len()]));
            }
        }
    }
    Ok(code)
}

/// A join code as typed: capitals, without blanks and dashes.
pub fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Checks a join code the facilitator chose: 4 to 32 letters or digits
/// (dashes and blanks are allowed for readability and ignored).
pub fn check_given_code(code: &str) -> Result<String, HostError> {
    let normal = normalise_code(code);
    let fits =
        (4..=32).contains(&normal.chars().count()) && normal.chars().all(|c| c.is_ascii_alphanumeric());
    if fits {
        Ok(code.trim().to_uppercase())
    } else {
        Err(HostError::BadCode)
    }
}

/// Compares two normalised codes in time that does not depend on where
/// they differ.
pub fn codes_match(expected: &str, typed: &str) -> bool {
    let (a, b) = (expected.as_bytes(), typed.as_bytes());
    let mut difference = a.len() ^ b.len();
    for (i, byte) in a.iter().enumerate() {
        difference |= usize::from(byte ^ b.get(i).copied().unwrap_or(0));
    }
    difference == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_codes_are_readable_and_differ() {
        let code = random_code().unwrap();
        assert_eq!(code.len(), CODE_LENGTH + 1, "{code}");
        assert_eq!(code.as_bytes()[3], b'-');
        assert!(normalise_code(&code).bytes().all(|b| CODE_ALPHABET.contains(&b)));
        assert_ne!(random_code().unwrap(), code);
    }

    #[test]
    fn typed_codes_ignore_case_blanks_and_dashes() {
        assert!(codes_match(
            &normalise_code("K7M-4PX"),
            &normalise_code(" k7m 4px ")
        ));
        assert!(!codes_match(
            &normalise_code("K7M-4PX"),
            &normalise_code("K7M-4P")
        ));
        assert!(!codes_match(
            &normalise_code("K7M-4PX"),
            &normalise_code("K7M-4PXX")
        ));
    }

    #[test]
    fn given_codes_are_checked() {
        assert_eq!(check_given_code("team-42").unwrap(), "TEAM-42");
        assert!(check_given_code("ab").is_err());
        assert!(check_given_code("a\u{1b}[2Jbcd").is_err());
    }

    #[test]
    fn the_host_key_is_made_once_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_or_create(dir.path()).unwrap();
        let again = load_or_create(dir.path()).unwrap();
        assert_eq!(fingerprint(&first), fingerprint(&again));
        assert!(fingerprint(&first).starts_with("SHA256:"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(HOST_KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "only the owner may read the key");
        }
    }

    #[test]
    fn a_broken_key_file_is_an_error_and_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(HOST_KEY_FILE);
        std::fs::write(&path, "not a key").unwrap();
        assert!(matches!(
            load_or_create(dir.path()),
            Err(HostError::HostKey { .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not a key");
    }
}
