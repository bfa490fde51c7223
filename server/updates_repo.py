"""The update channel's publisher: a TUF repository in a folder, its four keys, and publishing an MSI into it.

Layout and version rule: `sync/protocol/updates.py`. The repository is plain files, so the reference server
(`updates_dir` setting, served at `/updates/`) or any static host (IIS, nginx, a file share behind HTTPS) can
serve it.

Keys: one Ed25519 key per role, each a PEM file in the keys folder the admin names, encrypted with the passphrase
in `$COMMUNE_UPDATE_KEY_PASSPHRASE` when it is set. `root` vouches for the other three and is needed only by
`init-updates` and a key rotation: keep it offline. `targets` signs which MSI is current (needed to publish);
`snapshot` and `timestamp` re-sign the channel's state, and `renew-updates` needs only them.

A publish writes new versioned files (`<n>.targets.json`, `<n>.snapshot.json`, the MSI under its own hash) before
the one file that names them (`timestamp.json`), so a PC reading the channel mid-publish sees the old state or the
new one, never half of each.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner, SSlibKey
from tuf.api.metadata import (
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

from sync.protocol.updates import METADATA_DIR, TARGET_NAME, TARGETS_DIR, VERSION_FIELD, is_newer, parse_version

ROLES = (Root.type, Targets.type, Snapshot.type, Timestamp.type)
PASSPHRASE_ENV = "COMMUNE_UPDATE_KEY_PASSPHRASE"
# How long each role's signature holds. Root and targets change rarely and are signed with keys kept offline;
# snapshot and timestamp are renewed by `renew-updates` (a scheduled task) well before they run out.
EXPIRY_DAYS = {Root.type: 365, Targets.type: 365, Snapshot.type: 30, Timestamp.type: 7}


class UpdateRepoError(Exception):
    """An admin's command that cannot be carried out; nothing in the repository was changed."""


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value.encode() if value else None


def _key_file(keys_dir: Path, role: str) -> Path:
    return keys_dir / f"{role}.pem"


def _write_key(keys_dir: Path, role: str) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    secret = _passphrase()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    path = _key_file(keys_dir, role)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never overwrite a key that signs PCs' trust
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def load_signer(keys_dir: Path, role: str) -> CryptoSigner:
    """The signer of one role from its PEM file in the keys folder."""
    path = _key_file(keys_dir, role)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())
    except FileNotFoundError as error:
        raise UpdateRepoError(f"the {role} key {path} is missing; it is needed for this command") from error
    except (TypeError, ValueError) as error:
        raise UpdateRepoError(f"the {role} key {path} cannot be read ({error}); check "
                              f"{PASSPHRASE_ENV}") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise UpdateRepoError(f"the {role} key {path} is not an Ed25519 key")
    return CryptoSigner(key, SSlibKey.from_crypto(key.public_key()))


def _expiry(role: str, now: datetime) -> datetime:
    return (now + timedelta(days=EXPIRY_DAYS[role])).replace(microsecond=0)


def _write(repo: Path, name: str, metadata: Metadata) -> None:
    """Write one metadata file through a temporary name, so a reader never sees half of it."""
    path = repo / METADATA_DIR / name
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(metadata.to_bytes(JSONSerializer(compact=False)))
    os.replace(partial, path)


def _read(repo: Path, name: str) -> Metadata:
    path = repo / METADATA_DIR / name
    if not path.is_file():
        raise UpdateRepoError(f"{repo} is not an update channel (no {METADATA_DIR}/{name}); run init-updates first")
    return Metadata.from_file(str(path))


def init_repository(repo: Path, keys_dir: Path, *, now: datetime | None = None) -> Path:
    """Make the four keys and the first signed metadata; return the root.json every PC must be given."""
    now = now or datetime.now(UTC)
    if (repo / METADATA_DIR / "root.json").exists():
        raise UpdateRepoError(f"{repo} already holds an update channel; its keys are not replaced")
    keys_dir.mkdir(parents=True, exist_ok=True)
    existing = [role for role in ROLES if _key_file(keys_dir, role).exists()]
    if existing:
        raise UpdateRepoError(f"{keys_dir} already holds keys ({', '.join(existing)}); name an empty folder")
    (repo / METADATA_DIR).mkdir(parents=True, exist_ok=True)
    (repo / TARGETS_DIR).mkdir(parents=True, exist_ok=True)
    signers = {}
    root = Root(expires=_expiry(Root.type, now), consistent_snapshot=True)
    for role in ROLES:
        key = _write_key(keys_dir, role)
        public = SSlibKey.from_crypto(key.public_key())
        root.add_key(public, role)
        signers[role] = CryptoSigner(key, public)
    root_md = Metadata(root)
    root_md.sign(signers[Root.type])
    _write(repo, "1.root.json", root_md)
    _write(repo, "root.json", root_md)
    targets = Metadata(Targets(expires=_expiry(Targets.type, now)))
    targets.sign(signers[Targets.type])
    _write(repo, "1.targets.json", targets)
    _sign_state(repo, signers[Snapshot.type], signers[Timestamp.type], targets_version=1, now=now)
    return repo / METADATA_DIR / "root.json"


def _sign_state(repo: Path, snapshot_signer: CryptoSigner, timestamp_signer: CryptoSigner, *,
                targets_version: int, now: datetime) -> None:
    """A new snapshot naming `targets_version`, then the timestamp naming that snapshot (written last)."""
    try:
        previous = _read(repo, "timestamp.json").signed
        assert isinstance(previous, Timestamp)
        snapshot_version, timestamp_version = previous.snapshot_meta.version + 1, previous.version + 1
    except UpdateRepoError:
        snapshot_version, timestamp_version = 1, 1
    snapshot = Metadata(Snapshot(version=snapshot_version, expires=_expiry(Snapshot.type, now),
                                 meta={"targets.json": MetaFile(version=targets_version)}))
    snapshot.sign(snapshot_signer)
    _write(repo, f"{snapshot_version}.snapshot.json", snapshot)
    timestamp = Metadata(Timestamp(version=timestamp_version, expires=_expiry(Timestamp.type, now),
                                   snapshot_meta=MetaFile(version=snapshot_version)))
    timestamp.sign(timestamp_signer)
    _write(repo, "timestamp.json", timestamp)


def publish(repo: Path, keys_dir: Path, msi: Path, version: str, *, now: datetime | None = None) -> str:
    """Make `msi` (app version `version`) the channel's current update; return the file it is served as."""
    now = now or datetime.now(UTC)
    try:
        parse_version(version)
    except ValueError as error:
        raise UpdateRepoError(str(error)) from error
    if not msi.is_file():
        raise UpdateRepoError(f"{msi} is not a file")
    timestamp = _read(repo, "timestamp.json").signed
    assert isinstance(timestamp, Timestamp)
    snapshot = _read(repo, f"{timestamp.snapshot_meta.version}.snapshot.json").signed
    assert isinstance(snapshot, Snapshot)
    current = _read(repo, f"{snapshot.meta['targets.json'].version}.targets.json").signed
    assert isinstance(current, Targets)
    for target in current.targets.values():
        published = str(target.custom.get(VERSION_FIELD, "0"))
        if not is_newer(version, published):
            # PCs refuse to go back anyway; refusing here tells the admin before any PC sees it.
            raise UpdateRepoError(f"version {version} is not above the published {published}; "
                                  "build the MSI with a higher version")
    signers = {role: load_signer(keys_dir, role) for role in (Targets.type, Snapshot.type, Timestamp.type)}
    name = TARGET_NAME
    target = TargetFile.from_file(name, str(msi), ["sha256"])
    target.unrecognized_fields["custom"] = {VERSION_FIELD: version}
    # Copy under its hash first (consistent snapshots): no PC can fetch it until the metadata names it.
    stored = repo / TARGETS_DIR / f"{target.hashes['sha256']}.{name}"
    partial = stored.with_name(stored.name + ".partial")
    shutil.copyfile(msi, partial)
    os.replace(partial, stored)
    # Only the newest MSI is offered: a PC on any older version upgrades straight to it.
    targets = Metadata(Targets(version=current.version + 1, expires=_expiry(Targets.type, now),
                               targets={name: target}))
    targets.sign(signers[Targets.type])
    _write(repo, f"{targets.signed.version}.targets.json", targets)
    _sign_state(repo, signers[Snapshot.type], signers[Timestamp.type], targets_version=targets.signed.version,
                now=now)
    return stored.name


def renew(repo: Path, keys_dir: Path, *, now: datetime | None = None) -> datetime:
    """Re-sign snapshot and timestamp with fresh expiry dates (a scheduled task); return when they now expire."""
    now = now or datetime.now(UTC)
    timestamp = _read(repo, "timestamp.json").signed
    assert isinstance(timestamp, Timestamp)
    snapshot = _read(repo, f"{timestamp.snapshot_meta.version}.snapshot.json").signed
    assert isinstance(snapshot, Snapshot)
    _sign_state(repo, load_signer(keys_dir, Snapshot.type), load_signer(keys_dir, Timestamp.type),
                targets_version=snapshot.meta["targets.json"].version, now=now)
    return _expiry(Timestamp.type, now)
