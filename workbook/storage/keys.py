"""The keys that open the workbook (design and threat model: docs/security.md).

A random 32-byte *data key* encrypts the database (handed to SQLCipher as a raw key, so
SQLCipher's own key derivation is skipped). The data key itself is never stored in the clear:
the small key file ``keys.json`` next to the database holds it wrapped (AES-256-GCM) twice:

* once under a key derived from the passphrase with Argon2id (memory-hard, tuned to take
  roughly half a second to a second on a modest laptop), and
* once under a key derived from the recovery code shown once at set-up. The code carries 120
  random bits, so a fast derivation (HKDF-SHA256) is enough: guessing it is hopeless anyway.

Opening with the passphrase or the recovery code only *reads* the key file: a wrong guess
changes no byte on disk. Changing the passphrase (or making a new recovery code) rewrites only
the key file, atomically: the new content goes to a temporary file in the same folder, which is
fsynced and then renamed over the old one, and the folder is fsynced. A crash at any moment
leaves either the old file or the new one, each complete; the database is never touched.

Nothing in this module knows about Qt. Error messages are plain and never contain secrets.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from workbook.files import TEMP_PREFIX, TEMP_SUFFIX, atomic_write, fsync_dir
from workbook.paths import KEY_FILE_NAME

DATA_KEY_BYTES = 32
FORMAT_NAME = "workbook-keys"
FORMAT_VERSION = 1
MIN_PASSPHRASE_CHARS = 8

# Recovery codes: Crockford's base32 alphabet (no I, L, O, U, so nothing looks alike),
# 24 symbols of 5 bits = 120 random bits, shown in six groups of four.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_SYMBOLS = 24
RECOVERY_GROUP = 4
_RECOVERY_LOOKALIKES = {"O": "0", "I": "1", "L": "1"}

# Sanity ceilings for parameters read from a key file, so a damaged or planted file cannot
# make the app allocate many gigabytes or spin for minutes.
_MAX_MEMORY_KIB = 4 * 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 16


class KeysError(Exception):
    """Something about the key file; ``str(error)`` is a plain message meant for the user."""


class WrongSecret(KeysError):
    """The passphrase or recovery code does not open this workbook."""


class KeyFileMissing(KeysError):
    """There is no key file in the data folder."""


class KeyFileDamaged(KeysError):
    """The key file exists but cannot be read."""


class KeysAlreadyExist(KeysError):
    """Set-up was asked for in a folder that already has a key file."""


class WeakPassphrase(KeysError):
    """The passphrase is too short to be accepted at all."""


@dataclass(frozen=True)
class PassphraseKdf:
    """Argon2id cost parameters. The defaults are the product's; tests pass cheaper ones."""

    memory_kib: int = 256 * 1024
    # 3 passes over 256 MiB take ~0.7 s on the reference 2-core machine (bench_unlock.py):
    # inside the 0.5–1 s target with room for slower laptops. Stored per key file.
    iterations: int = 3
    lanes: int = 2

    def as_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


DEFAULT_KDF = PassphraseKdf()


@dataclass(frozen=True)
class CreatedKeys:
    data_key: bytes
    recovery_code: str  # formatted for display, e.g. "7KQ4-M2XD-..."


# --------------------------------------------------------------------------- helpers


def key_file_path(folder: Path) -> Path:
    return folder / KEY_FILE_NAME


def has_keys(folder: Path) -> bool:
    return key_file_path(folder).is_file()


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise and drop surrounding whitespace, so the same words typed on another
    keyboard layout or with a stray trailing space still open the workbook."""
    return unicodedata.normalize("NFC", passphrase).strip().encode("utf-8")


def generate_recovery_code() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_SYMBOLS))
    return format_recovery_code(symbols)


def format_recovery_code(symbols: str) -> str:
    return "-".join(symbols[i : i + RECOVERY_GROUP] for i in range(0, len(symbols), RECOVERY_GROUP))


def normalize_recovery_code(code: str) -> str | None:
    """The code as bare symbols, forgiving case, spaces, dashes and look-alike letters;
    None when it cannot be a recovery code (wrong length or a symbol that is never used)."""
    cleaned = []
    for typed in code.upper():
        if typed in " -\t\n":
            continue
        char = _RECOVERY_LOOKALIKES.get(typed, typed)
        if char not in RECOVERY_ALPHABET:
            return None
        cleaned.append(char)
    if len(cleaned) != RECOVERY_SYMBOLS:
        return None
    return "".join(cleaned)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged(_DAMAGED)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise KeyFileDamaged(_DAMAGED) from error


def _key_check(data_key: bytes) -> str:
    """A short fingerprint of the data key (HMAC, reveals nothing about it) so a caller can be
    told when a data key does not belong to this workbook."""
    return hmac.new(data_key, b"workbook data key check", hashlib.sha256).hexdigest()[:16]


def _derive_passphrase_key(passphrase: bytes, salt: bytes, kdf: PassphraseKdf) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(passphrase)


def _derive_recovery_key(symbols: str, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"workbook recovery code"
    ).derive(symbols.encode("ascii"))


def _aad(kind: str, kdf: dict[str, Any]) -> bytes:
    """Authenticated header of a slot: changing its kind or KDF parameters breaks the tag."""
    header = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "kind": kind, "kdf": kdf}
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _wrap(kind: str, kdf: dict[str, Any], kek: bytes, data_key: bytes) -> dict[str, Any]:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(kind, kdf))
    return {"kind": kind, "kdf": kdf, "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _unwrap(slot: dict[str, Any], kek: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(
            _unb64(slot.get("nonce")), _unb64(slot.get("wrapped")), _aad(slot["kind"], slot["kdf"])
        )
    except InvalidTag as error:
        raise WrongSecret(_WRONG) from error


def _passphrase_slot(passphrase: bytes, data_key: bytes, kdf: PassphraseKdf) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    params = kdf.as_json() | {"salt": _b64(salt)}
    return _wrap("passphrase", params, _derive_passphrase_key(passphrase, salt, kdf), data_key)


def _recovery_slot(symbols: str, data_key: bytes) -> dict[str, Any]:
    salt = secrets.token_bytes(16)
    params = {"name": "hkdf-sha256", "salt": _b64(salt)}
    return _wrap("recovery", params, _derive_recovery_key(symbols, salt), data_key)


_WRONG = "That doesn't open this workbook. Please check it and try again."
_DAMAGED = (
    "The key file of this workbook could not be read. It may have been damaged. "
    "Your recovery code cannot help with this; a backup of the data folder can."
)
_MISSING = "This data folder has no key file, so the workbook in it cannot be opened."


# --------------------------------------------------------------------------- key file I/O


def _read(folder: Path) -> dict[str, Any]:
    path = key_file_path(folder)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise KeyFileMissing(_MISSING) from error
    except OSError as error:
        raise KeyFileDamaged(_DAMAGED) from error
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KeyFileDamaged(_DAMAGED) from error
    if (
        not isinstance(content, dict)
        or content.get("format") != FORMAT_NAME
        or content.get("version") != FORMAT_VERSION
        or not isinstance(content.get("slots"), list)
    ):
        raise KeyFileDamaged(_DAMAGED)
    for slot in content["slots"]:
        if not isinstance(slot, dict) or not isinstance(slot.get("kdf"), dict):
            raise KeyFileDamaged(_DAMAGED)
    return content


def _slot(content: dict[str, Any], kind: str) -> dict[str, Any]:
    for slot in content["slots"]:
        if slot.get("kind") == kind:
            found: dict[str, Any] = slot
            return found
    raise KeyFileDamaged(_DAMAGED)


def _serialise(slots: list[dict[str, Any]], data_key: bytes) -> bytes:
    content = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "cipher": "AES-256-GCM",
        "key_check": _key_check(data_key),
        "slots": slots,
    }
    return (json.dumps(content, indent=2, sort_keys=True) + "\n").encode("utf-8")


def remove_stale_temp_files(folder: Path) -> int:
    """Remove half-written key files left by a crash during a passphrase change. Call only
    after a successful unlock (a failed one must change nothing). Returns how many."""
    removed = 0
    for stale in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()
            removed += 1
    if removed:
        fsync_dir(folder)
    return removed


# --------------------------------------------------------------------------- public API


def check_passphrase_acceptable(passphrase: str) -> None:
    if len(normalize_passphrase(passphrase).decode("utf-8")) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            f"Please use at least {MIN_PASSPHRASE_CHARS} characters. "
            "A few ordinary words in a row are easy to remember and hard to guess."
        )


def create_keys(folder: Path, passphrase: str, *, kdf: PassphraseKdf = DEFAULT_KDF) -> CreatedKeys:
    """First start: a fresh data key, wrapped under the passphrase and a new recovery code.
    Refuses to overwrite an existing key file (that would lock the old workbook away)."""
    check_passphrase_acceptable(passphrase)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if has_keys(folder):
        raise KeysAlreadyExist("This data folder already has a workbook.")
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    code = generate_recovery_code()
    symbols = normalize_recovery_code(code)
    assert symbols is not None
    slots = [
        _passphrase_slot(normalize_passphrase(passphrase), data_key, kdf),
        _recovery_slot(symbols, data_key),
    ]
    remove_stale_temp_files(folder)
    atomic_write(key_file_path(folder), _serialise(slots, data_key))
    return CreatedKeys(data_key=data_key, recovery_code=code)


def passphrase_kdf_in_file(folder: Path) -> PassphraseKdf:
    params = _slot(_read(folder), "passphrase")["kdf"]
    return _validated_kdf(params)


def _validated_kdf(params: dict[str, Any]) -> PassphraseKdf:
    try:
        kdf = PassphraseKdf(
            memory_kib=int(params["memory_kib"]),
            iterations=int(params["iterations"]),
            lanes=int(params["lanes"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise KeyFileDamaged(_DAMAGED) from error
    if (
        params.get("name") != "argon2id"
        or not 8 * kdf.lanes <= kdf.memory_kib <= _MAX_MEMORY_KIB
        or not 1 <= kdf.iterations <= _MAX_ITERATIONS
        or not 1 <= kdf.lanes <= _MAX_LANES
    ):
        raise KeyFileDamaged(_DAMAGED)
    return kdf


def unlock_with_passphrase(folder: Path, passphrase: str) -> bytes:
    """The data key, or WrongSecret. Only reads the key file."""
    slot = _slot(_read(folder), "passphrase")
    kdf = _validated_kdf(slot["kdf"])
    salt = _unb64(slot["kdf"].get("salt"))
    kek = _derive_passphrase_key(normalize_passphrase(passphrase), salt, kdf)
    return _unwrap(slot, kek)


def unlock_with_recovery_code(folder: Path, code: str) -> bytes:
    """The data key, or WrongSecret (also for something that cannot be a code). Only reads."""
    content = _read(folder)
    symbols = normalize_recovery_code(code)
    if symbols is None:
        raise WrongSecret(
            "That doesn't look like a recovery code. It has 24 letters and digits, "
            "in six groups of four."
        )
    slot = _slot(content, "recovery")
    if slot["kdf"].get("name") != "hkdf-sha256":
        raise KeyFileDamaged(_DAMAGED)
    kek = _derive_recovery_key(symbols, _unb64(slot["kdf"].get("salt")))
    return _unwrap(slot, kek)


def _check_data_key(content: dict[str, Any], data_key: bytes) -> None:
    if not hmac.compare_digest(str(content.get("key_check", "")), _key_check(data_key)):
        raise WrongSecret("That key does not belong to this workbook.")


def set_passphrase(
    folder: Path, data_key: bytes, new_passphrase: str, *, kdf: PassphraseKdf = DEFAULT_KDF
) -> None:
    """Re-wrap the data key under a new passphrase (after unlocking with the old passphrase or
    the recovery code). Rewrites only the key file, atomically; the recovery code keeps
    working. The database is not touched."""
    check_passphrase_acceptable(new_passphrase)
    content = _read(folder)
    _check_data_key(content, data_key)
    slots = [_passphrase_slot(normalize_passphrase(new_passphrase), data_key, kdf)]
    slots += [slot for slot in content["slots"] if slot.get("kind") != "passphrase"]
    remove_stale_temp_files(folder)
    atomic_write(key_file_path(folder), _serialise(slots, data_key))


def change_passphrase(
    folder: Path, old_passphrase: str, new_passphrase: str, *, kdf: PassphraseKdf = DEFAULT_KDF
) -> None:
    """Check the old passphrase, then set the new one (WrongSecret changes nothing)."""
    check_passphrase_acceptable(new_passphrase)
    data_key = unlock_with_passphrase(folder, old_passphrase)
    set_passphrase(folder, data_key, new_passphrase, kdf=kdf)


def replace_recovery_code(folder: Path, data_key: bytes) -> str:
    """A new recovery code (the old one stops working); rewrites only the key file."""
    content = _read(folder)
    _check_data_key(content, data_key)
    code = generate_recovery_code()
    symbols = normalize_recovery_code(code)
    assert symbols is not None
    new_slot = _recovery_slot(symbols, data_key)
    slots = [slot for slot in content["slots"] if slot.get("kind") != "recovery"]
    slots.append(new_slot)
    remove_stale_temp_files(folder)
    atomic_write(key_file_path(folder), _serialise(slots, data_key))
    _replace_recovery_in_copies(folder, data_key, new_slot)
    return code


def _replace_recovery_in_copies(folder: Path, data_key: bytes, new_slot: dict[str, Any]) -> None:
    """Copies of the key file kept next to backups (``backups/keys.json``, storage/backups.py)
    get the new recovery slot too, so the old code stops opening anything at once."""
    for copy in sorted(folder.glob(f"*/{KEY_FILE_NAME}")):
        try:
            content = json.loads(copy.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if not isinstance(content, dict) or not isinstance(content.get("slots"), list):
            continue
        if content.get("key_check") != _key_check(data_key):
            continue
        kept = [
            slot
            for slot in content["slots"]
            if isinstance(slot, dict) and slot.get("kind") != "recovery"
        ]
        with contextlib.suppress(OSError):
            atomic_write(copy, _serialise([*kept, new_slot], data_key))


def sqlcipher_key_pragma(data_key: bytes) -> str:
    """The PRAGMA that hands the data key to SQLCipher as a raw key (no PBKDF2)."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


SQLITE_HEADER = b"SQLite format 3\0"
ENCRYPTING_SUFFIX = ".encrypting"


def is_plain_sqlite(db_path: Path) -> bool:
    """True for an unencrypted SQLite file (an encrypted one starts with random bytes)."""
    try:
        with open(db_path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def encrypt_plain_database(db_path: Path, data_key: bytes) -> None:
    """Turn a workbook written before protection was set up into an encrypted one.

    The keys must already be on disk (the caller has just created or unlocked them). The
    plain file is copied into an encrypted one next to it (sqlcipher_export), which is
    fsynced and renamed over the plain file; a crash before the rename leaves the plain
    file, and the next start simply does this again.
    """
    import sqlcipher3

    target = db_path.with_name(db_path.name + ENCRYPTING_SUFFIX)
    target.unlink(missing_ok=True)
    connection = sqlcipher3.connect(str(db_path), isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute(
            "ATTACH DATABASE ? AS encrypted KEY \"x'" + data_key.hex() + "'\"", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute(f"PRAGMA encrypted.user_version = {version}")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(target, db_path)
    for side in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + side).unlink()
    fsync_dir(db_path.parent)
