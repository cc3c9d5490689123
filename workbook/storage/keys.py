"""The keys that open the workbook (design and threat model: docs/security.md).

A random 32-byte *data key* encrypts the database (handed to SQLCipher as a raw key, so
SQLCipher's own key derivation is skipped). The data key itself is never stored in the clear.
The small key file ``keys.json`` next to the database has one *slot* per secret:

* the passphrase, stretched with Argon2id (memory-hard, roughly half a second to a second on
  a modest laptop), and
* the recovery code shown once at set-up. It carries 120 random bits, so a fast derivation
  (HKDF-SHA256) is enough: guessing it is hopeless anyway.

Each slot holds an X25519 key pair: the private half is wrapped (AES-256-GCM) under the key
derived from the slot's secret, the public half is stored openly, and the data key is *sealed*
to the public half (X25519 + HKDF + AES-256-GCM). Opening a slot therefore needs its secret,
but sealing a **new** data key to a slot does not. That is what lets every change of secret
give the plan a new data key (storage/rekey.py) without asking for the recovery code, which
nobody has at hand when changing the passphrase, and without storing anything that a holder
of an old data key could use to reach the new one.

Opening with the passphrase or the recovery code only *reads* the key file: a wrong guess
changes no byte on disk. Key files of format 1 (before sealed slots) still open; the first
change of secret rewrites them in format 2.

Every key file, however damaged or hostile, gives a KeyFileDamaged with a plain message and
never a traceback: the size is capped, the JSON nesting is bounded and every field is checked
for its type before it is used.

Nothing in this module knows about Qt. Error messages are plain and never contain secrets.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbook.domain.i18n import QT_TRANSLATE_NOOP, tr
from workbook.files import TEMP_PREFIX, TEMP_SUFFIX, atomic_write, fsync_dir
from workbook.paths import KEY_FILE_NAME

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

# `cryptography` (about 40 ms to load) is imported where a key is derived, wrapped or sealed,
# never at load time: the unlock and set-up screens read this module before their first
# paint. The app loads these after it (CRYPTO_MODULES, workbook/ui/app.py), while the person
# types. So are hashlib, hmac, json and secrets (about 7 ms; the storage stack, loaded in the
# same way, brings them in anyway).
CRYPTO_MODULES = (
    "cryptography.exceptions",
    "cryptography.hazmat.primitives.asymmetric.x25519",
    "cryptography.hazmat.primitives.ciphers.aead",
    "cryptography.hazmat.primitives.hashes",
    "cryptography.hazmat.primitives.kdf.argon2",
    "cryptography.hazmat.primitives.kdf.hkdf",
)

DATA_KEY_BYTES = 32
FORMAT_NAME = "workbook-keys"
FORMAT_VERSION = 2
_READABLE_VERSIONS = (1, 2)
MIN_PASSPHRASE_CHARS = 8
# A real key file is about 1.5 kB; anything far larger is not one (and is not parsed).
MAX_KEY_FILE_BYTES = 64 * 1024

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
_SLOT_KINDS = ("passphrase", "recovery")


class KeysError(Exception):
    """Something about the key file; ``str(error)`` is a plain message meant for the user, in
    their language (the message given is an English source text marked in the "Keys" context,
    translated here)."""

    def __init__(self, message: str = "") -> None:
        super().__init__(tr("Keys", message) if message else message)


class WrongSecret(KeysError):
    """The passphrase or recovery code does not open this workbook."""


class KeyFileMissing(KeysError):
    """There is no key file in the data folder."""


class KeyFileDamaged(KeysError):
    """The key file exists but cannot be read. Retrying cannot help."""


class KeysAlreadyExist(KeysError):
    """Set-up was asked for in a folder that already has a key file."""


class WeakPassphrase(KeysError):
    """The passphrase is too short to be accepted at all."""


class PassphraseNeeded(KeysError):
    """A key file of format 1 can only be rewritten together with a (new) passphrase."""


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
    return unicodedata.normalize("NFC", passphrase).strip().encode("utf-8", "surrogatepass")


def generate_recovery_code() -> str:
    import secrets

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
        if len(cleaned) > RECOVERY_SYMBOLS:
            return None
    if len(cleaned) != RECOVERY_SYMBOLS:
        return None
    return "".join(cleaned)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, length: int | None = None) -> bytes:
    if not isinstance(text, str) or len(text) > 4096:
        raise KeyFileDamaged(_DAMAGED)
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as error:
        raise KeyFileDamaged(_DAMAGED) from error
    if length is not None and len(data) != length:
        raise KeyFileDamaged(_DAMAGED)
    return data


def key_check(data_key: bytes) -> str:
    """A short fingerprint of the data key (HMAC, reveals nothing about it) so a caller can be
    told when a data key does not belong to this workbook."""
    import hashlib
    import hmac

    return hmac.new(data_key, b"workbook data key check", hashlib.sha256).hexdigest()[:16]


_key_check = key_check


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
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"workbook recovery code"
    ).derive(symbols.encode("ascii"))


def _aad(kind: str, kdf: dict[str, Any], version: int, public: str | None = None) -> bytes:
    """Authenticated header of a slot: changing its kind, KDF parameters or public key breaks
    the tag."""
    import json

    header: dict[str, Any] = {"format": FORMAT_NAME, "version": version, "kind": kind, "kdf": kdf}
    if public is not None:
        header["public"] = public
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal(slot: dict[str, Any], data_key: bytes) -> dict[str, Any]:
    """The data key sealed to the slot's public key: only the slot's private key opens it."""
    import secrets

    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    public = _unb64(slot["public"], 32)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(12)
    aad = _aad(slot["kind"], slot["kdf"], FORMAT_VERSION, slot["public"])
    box = AESGCM(_seal_key(shared, ephemeral_public, public)).encrypt(nonce, data_key, aad)
    return {"ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce), "box": _b64(box)}


def _seal_key(shared: bytes, ephemeral_public: bytes, public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + public,
        info=b"workbook sealed data key",
    ).derive(shared)


def _unseal(slot: dict[str, Any], private: X25519PrivateKey) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = slot["sealed"]
    ephemeral_public = _unb64(sealed.get("ephemeral"), 32)
    public = _unb64(slot["public"], 32)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        aad = _aad(slot["kind"], slot["kdf"], FORMAT_VERSION, slot["public"])
        return AESGCM(_seal_key(shared, ephemeral_public, public)).decrypt(
            _unb64(sealed.get("nonce"), 12), _unb64(sealed.get("box")), aad
        )
    except (InvalidTag, ValueError) as error:
        # The secret was right (the private key opened), so this is damage, not a wrong guess.
        raise KeyFileDamaged(_DAMAGED) from error


def _new_slot(kind: str, kdf: dict[str, Any], kek: bytes, data_key: bytes) -> dict[str, Any]:
    """A format-2 slot: a fresh key pair, its private half wrapped under `kek`, the data key
    sealed to its public half."""
    import secrets

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    private = X25519PrivateKey.generate()
    public = _b64(private.public_key().public_bytes_raw())
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(
        nonce, private.private_bytes_raw(), _aad(kind, kdf, FORMAT_VERSION, public)
    )
    slot = {
        "kind": kind,
        "kdf": kdf,
        "public": public,
        "nonce": _b64(nonce),
        "wrapped": _b64(wrapped),
    }
    slot["sealed"] = _seal(slot, data_key)
    return slot


def _open_slot(slot: dict[str, Any], kek: bytes, version: int) -> bytes:
    """The data key from a slot whose key-encryption key is `kek`; WrongSecret otherwise."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce, wrapped = _unb64(slot.get("nonce"), 12), _unb64(slot.get("wrapped"))
    if "public" not in slot:  # format 1: the data key itself was wrapped
        try:
            return AESGCM(kek).decrypt(nonce, wrapped, _aad(slot["kind"], slot["kdf"], version))
        except InvalidTag as error:
            raise WrongSecret(_WRONG) from error
    try:
        raw = AESGCM(kek).decrypt(
            nonce, wrapped, _aad(slot["kind"], slot["kdf"], FORMAT_VERSION, slot["public"])
        )
    except InvalidTag as error:
        raise WrongSecret(_WRONG) from error
    try:
        private = X25519PrivateKey.from_private_bytes(raw)
    except ValueError as error:
        raise KeyFileDamaged(_DAMAGED) from error
    if private.public_key().public_bytes_raw() != _unb64(slot["public"], 32):
        raise KeyFileDamaged(_DAMAGED)
    return _unseal(slot, private)


def _passphrase_slot(passphrase: bytes, data_key: bytes, kdf: PassphraseKdf) -> dict[str, Any]:
    import secrets

    salt = secrets.token_bytes(16)
    params = kdf.as_json() | {"salt": _b64(salt)}
    return _new_slot("passphrase", params, _derive_passphrase_key(passphrase, salt, kdf), data_key)


def _recovery_slot(symbols: str, data_key: bytes) -> dict[str, Any]:
    import secrets

    salt = secrets.token_bytes(16)
    params = {"name": "hkdf-sha256", "salt": _b64(salt)}
    return _new_slot("recovery", params, _derive_recovery_key(symbols, salt), data_key)


_WRONG = QT_TRANSLATE_NOOP(
    "Keys", "That doesn't open this workbook. Please check it and try again."
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Keys",
    "The key file of this workbook (keys.json in its data folder) is damaged, so the workbook "
    "cannot be opened with it; typing the passphrase again will not help. If you have a copy "
    "of the data folder, put its keys.json back. Otherwise your recovery code opens the copy "
    "of the key file kept with the automatic backups (backups/keys.json).",
)
_MISSING = QT_TRANSLATE_NOOP(
    "Keys", "This data folder has no key file, so the workbook in it cannot be opened."
)


# --------------------------------------------------------------------------- key file I/O


def _read(folder: Path) -> dict[str, Any]:
    return read_key_file(key_file_path(folder))


def read_key_file(path: Path) -> dict[str, Any]:
    """The checked content of a key file; KeyFileMissing or KeyFileDamaged (never anything
    else, whatever the bytes)."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise KeyFileMissing(_MISSING) from error
    except OSError as error:
        raise KeyFileDamaged(_DAMAGED) from error
    return parse_key_file(raw)


def parse_key_file(raw: bytes) -> dict[str, Any]:
    """Check every field a key file must have, with its type; KeyFileDamaged otherwise."""
    import json

    if len(raw) > MAX_KEY_FILE_BYTES or raw.count(b"[") + raw.count(b"{") > 64:
        # A real key file nests three deep and has a handful of brackets; this also keeps
        # the JSON parser far from Python's recursion limit.
        raise KeyFileDamaged(_DAMAGED)
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise KeyFileDamaged(_DAMAGED) from error
    if (
        not isinstance(content, dict)
        or content.get("format") != FORMAT_NAME
        or type(content.get("version")) is not int
        or content["version"] not in _READABLE_VERSIONS
        or not isinstance(content.get("slots"), list)
        or not 1 <= len(content["slots"]) <= len(_SLOT_KINDS)
        or not isinstance(content.get("key_check", ""), str)
    ):
        raise KeyFileDamaged(_DAMAGED)
    kinds = []
    for slot in content["slots"]:
        _check_slot(slot, content["version"])
        kinds.append(slot["kind"])
    if len(set(kinds)) != len(kinds):
        raise KeyFileDamaged(_DAMAGED)
    return content


def _check_slot(slot: object, version: int) -> None:
    if (
        not isinstance(slot, dict)
        or slot.get("kind") not in _SLOT_KINDS
        or not isinstance(slot.get("kdf"), dict)
        or not all(
            isinstance(name, str) and type(value) in (str, int)
            for name, value in slot["kdf"].items()
        )
        or not isinstance(slot.get("nonce"), str)
        or not isinstance(slot.get("wrapped"), str)
    ):
        raise KeyFileDamaged(_DAMAGED)
    if "public" in slot or version >= 2:
        sealed = slot.get("sealed")
        if (
            not isinstance(slot.get("public"), str)
            or not isinstance(sealed, dict)
            or not all(isinstance(sealed.get(name), str) for name in ("ephemeral", "nonce", "box"))
        ):
            raise KeyFileDamaged(_DAMAGED)


def _slot(content: dict[str, Any], kind: str) -> dict[str, Any]:
    for slot in content["slots"]:
        if slot.get("kind") == kind:
            found: dict[str, Any] = slot
            return found
    raise KeyFileDamaged(_DAMAGED)


def _serialise(slots: list[dict[str, Any]], data_key: bytes) -> bytes:
    import json

    content = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "cipher": "AES-256-GCM",
        "key_check": key_check(data_key),
        "slots": slots,
    }
    return (json.dumps(content, indent=2, sort_keys=True) + "\n").encode("utf-8")


def recovery_only(content: dict[str, Any]) -> bytes | None:
    """The key file reduced to its recovery-code slot (the copy kept with the backups), or
    None when it has no such slot."""
    import json

    recovery = [slot for slot in content["slots"] if slot.get("kind") == "recovery"]
    if not recovery:
        return None
    copy = dict(content, slots=recovery)
    return (json.dumps(copy, indent=2, sort_keys=True) + "\n").encode("utf-8")


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
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            tr(
                "Keys",
                "Please use at least {count} characters. "
                "A few ordinary words in a row are easy to remember and hard to guess.",
            ).format(count=MIN_PASSPHRASE_CHARS)
        )


def create_keys(folder: Path, passphrase: str, *, kdf: PassphraseKdf = DEFAULT_KDF) -> CreatedKeys:
    """First start: a fresh data key, wrapped under the passphrase and a new recovery code.
    Refuses to overwrite an existing key file (that would lock the old workbook away)."""
    import secrets

    check_passphrase_acceptable(passphrase)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if has_keys(folder):
        raise KeysAlreadyExist(
            QT_TRANSLATE_NOOP("Keys", "This data folder already has a workbook.")
        )
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
    values = [params.get(name) for name in ("memory_kib", "iterations", "lanes")]
    if params.get("name") != "argon2id" or not all(type(value) is int for value in values):
        raise KeyFileDamaged(_DAMAGED)
    kdf = PassphraseKdf(memory_kib=values[0], iterations=values[1], lanes=values[2])  # type: ignore[arg-type]
    if (
        not 1 <= kdf.lanes <= _MAX_LANES
        or not 8 * kdf.lanes <= kdf.memory_kib <= _MAX_MEMORY_KIB
        or not 1 <= kdf.iterations <= _MAX_ITERATIONS
    ):
        raise KeyFileDamaged(_DAMAGED)
    return kdf


def unlock_with_passphrase(folder: Path, passphrase: str) -> bytes:
    """The data key, or WrongSecret. Only reads the key file."""
    return unlock_file_with_passphrase(key_file_path(folder), passphrase)


def unlock_file_with_passphrase(path: Path, passphrase: str) -> bytes:
    content = read_key_file(path)
    slot = _slot(content, "passphrase")
    kdf = _validated_kdf(slot["kdf"])
    salt = _unb64(slot["kdf"].get("salt"), 16)
    kek = _derive_passphrase_key(normalize_passphrase(passphrase), salt, kdf)
    return _checked(content, _open_slot(slot, kek, content["version"]))


def unlock_with_recovery_code(folder: Path, code: str) -> bytes:
    """The data key, or WrongSecret (also for something that cannot be a code). Only reads."""
    return unlock_file_with_recovery_code(key_file_path(folder), code)


def unlock_file_with_recovery_code(path: Path, code: str) -> bytes:
    content = read_key_file(path)
    symbols = normalize_recovery_code(code)
    if symbols is None:
        raise WrongSecret(
            QT_TRANSLATE_NOOP(
                "Keys",
                "That doesn't look like a recovery code. It has 24 letters and digits, "
                "in six groups of four.",
            )
        )
    slot = _slot(content, "recovery")
    if slot["kdf"].get("name") != "hkdf-sha256":
        raise KeyFileDamaged(_DAMAGED)
    kek = _derive_recovery_key(symbols, _unb64(slot["kdf"].get("salt"), 16))
    return _checked(content, _open_slot(slot, kek, content["version"]))


def _checked(content: dict[str, Any], data_key: bytes) -> bytes:
    if len(data_key) != DATA_KEY_BYTES:
        raise KeyFileDamaged(_DAMAGED)
    if content["version"] >= 2 and not _same_check(content, data_key):
        raise KeyFileDamaged(_DAMAGED)
    return data_key


def _same_check(content: dict[str, Any], data_key: bytes) -> bool:
    """Whether the file's key_check is `data_key`'s (compared as bytes: compare_digest refuses
    text that is not ASCII, which a damaged file may hold)."""
    import hmac

    stored = str(content.get("key_check", "")).encode("utf-8", "surrogatepass")
    return hmac.compare_digest(stored, key_check(data_key).encode("ascii"))


def check_data_key(folder: Path, data_key: bytes) -> None:
    """WrongSecret unless `data_key` is the one this folder's key file holds."""
    _check_data_key(_read(folder), data_key)


def _check_data_key(content: dict[str, Any], data_key: bytes) -> None:
    if not _same_check(content, data_key):
        raise WrongSecret(QT_TRANSLATE_NOOP("Keys", "That key does not belong to this workbook."))


def rekeyed_key_file(
    folder: Path,
    old_key: bytes,
    new_key: bytes,
    *,
    new_passphrase: str | None = None,
    new_recovery_code: bool = False,
    kdf: PassphraseKdf = DEFAULT_KDF,
) -> tuple[bytes, str | None]:
    """The content of a key file that opens `new_key` (nothing is written here).

    The slot of the secret being replaced gets a fresh key pair; the other slot keeps its key
    pair and gets `new_key` sealed to it, so its secret keeps working without being typed.
    Returns the content and the new recovery code when one was made: when asked, and always
    when the old file has a format-1 recovery slot (which cannot be resealed). A format-1
    passphrase slot needs `new_passphrase` (PassphraseNeeded otherwise).
    """
    if new_passphrase is not None:
        check_passphrase_acceptable(new_passphrase)
    content = _read(folder)
    _check_data_key(content, old_key)
    slots: list[dict[str, Any]] = []
    code: str | None = None
    for kind in _SLOT_KINDS:
        try:
            current = _slot(content, kind)
        except KeyFileDamaged:
            current = None
        if kind == "passphrase" and new_passphrase is not None:
            slots.append(_passphrase_slot(normalize_passphrase(new_passphrase), new_key, kdf))
        elif kind == "recovery" and (
            new_recovery_code or current is None or "public" not in current
        ):
            code = generate_recovery_code()
            symbols = normalize_recovery_code(code)
            assert symbols is not None
            slots.append(_recovery_slot(symbols, new_key))
        elif current is None or "public" not in current:
            raise PassphraseNeeded(
                QT_TRANSLATE_NOOP(
                    "Keys",
                    "This workbook's key file is from an earlier version of Workbook. Please "
                    "change the passphrase first (you may type the same one again).",
                )
            )
        else:
            kept = {name: current[name] for name in ("kind", "kdf", "public", "nonce", "wrapped")}
            kept["sealed"] = _seal(kept, new_key)
            slots.append(kept)
    return _serialise(slots, new_key), code


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
