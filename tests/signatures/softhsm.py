"""A real PKCS#11 token for tests: SoftHSM2 initialised in a temporary folder, holding keys and certificates of
the test hierarchy, imported with the same tools an admin would use (softhsm2-util, pkcs11-tool)."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from tests.signatures.pki import Hierarchy

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
PIN = "246810"
SO_PIN = "13579135"
LABEL = "Token Xa Y Ty"
# Each signer's key and certificate share one id on the token, as vendors' tools write them.
IDS = {"signer": "01", "expired": "02", "revoked": "03"}


@dataclass(frozen=True)
class SoftToken:
    module: Path
    conf: Path
    label: str
    pin: str


def available() -> str | None:
    """Why a SoftHSM2 token cannot be made here, or None."""
    if not MODULE.exists():
        return f"SoftHSM2 is not installed ({MODULE} missing; Debian package softhsm2)"
    for tool in ("softhsm2-util", "pkcs11-tool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian packages softhsm2, opensc)"
    return None


def make_token(folder: Path, pki: Hierarchy) -> SoftToken:
    """Initialise a token in `folder` and import the signers' keys and certificates and the intermediate CA.

    Sets SOFTHSM2_CONF for this process (the module reads it once, when it is first initialised)."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n",
                    encoding="utf-8")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def run(*args: str) -> None:
        subprocess.run(args, check=True, env=env, capture_output=True, timeout=60)

    run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--so-pin", SO_PIN, "--pin", PIN)
    for who, object_id in IDS.items():
        identity = getattr(pki, who)
        key = folder / f"{who}.key.pem"
        key.write_bytes(identity.key_pem())
        run("softhsm2-util", "--import", str(key), "--token", LABEL, "--label", who, "--id", object_id,
            "--pin", PIN)
        key.unlink()  # the key now lives only on the token
        _write_cert(run, folder, identity.cert.public_bytes(serialization.Encoding.DER), who, object_id)
    _write_cert(run, folder, pki.intermediate.cert.public_bytes(serialization.Encoding.DER), "intermediate", "10")
    return SoftToken(MODULE, conf, LABEL, PIN)


def _write_cert(run, folder: Path, der: bytes, label: str, object_id: str) -> None:  # type: ignore[no-untyped-def]
    path = folder / f"{label}.cert.der"
    path.write_bytes(der)
    run("pkcs11-tool", "--module", str(MODULE), "--token-label", LABEL, "--login", "--pin", PIN,
        "--write-object", str(path), "--type", "cert", "--id", object_id, "--label", label)
