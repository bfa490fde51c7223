"""`commune-office tokens`, `sign` and `signatures` as an admin or a script runs them: real child processes, a real
SoftHSM2 token, the PIN on standard input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from client.cache.keys import KdfParams
from client.cache.profile import Profiles
from client.cache.records import DocumentRecord
from client.office import Office
from tests.cache.conftest import PASSWORD, run_cli
from tests.signatures.softhsm import SoftToken
from tests.signatures.test_token_signing import SEAL_PNG, SIGNATURE_PNG

USER = "lanh.dao"


@pytest.fixture
def setup(tmp_path: Path, soft_token: SoftToken, pki_files: dict[str, Path],
          unsigned_pdf: bytes) -> dict[str, object]:
    home = tmp_path / "hồ sơ"
    config = tmp_path / "config.ini"
    config.write_text(f"[settings]\nsignature_trust = {pki_files['trust']}\npkcs11_module = {soft_token.module}\n",
                      encoding="utf-8")
    pdf = tmp_path / "tờ trình.pdf"
    pdf.write_bytes(unsigned_pdf)
    record = DocumentRecord(kind="outgoing", doc_type="Tờ trình", number_symbol="3-TTr/ĐU", summary="Về việc thử",
                            issuing_body="Đảng ủy xã", issued_date=date(2026, 12, 2), status="in_review")
    # the production key derivation: the child processes open the profile as a clerk's PC would
    office = Office(profiles=Profiles(home, kdf=KdfParams()))
    with office.create(USER, PASSWORD, unit_id="u1", unit_code="XYT", unit_name="Đảng ủy xã Ý Tý") as session:
        session.add_document(record, [pdf])
    images = tmp_path / "images"
    images.mkdir()
    (images / "chu-ky.png").write_bytes(SIGNATURE_PNG)
    (images / "con-dau.png").write_bytes(SEAL_PNG)
    env = {"COMMUNE_OFFICE_MACHINE_CONFIG": str(config), "SOFTHSM2_CONF": str(soft_token.conf)}
    return {"home": home, "env": env, "doc": record.id, "images": images}


def test_tokens_lists_the_certificates_with_their_expiry(setup: dict, soft_token: SoftToken) -> None:
    result = run_cli(setup["home"], "tokens", "--json", env=setup["env"])
    assert result.returncode == 0, result.stderr
    [token] = json.loads(result.stdout)
    by_label = {c["label"]: c for c in token["certificates"]}
    assert token["label"] == soft_token.label
    assert by_label["expired"]["expired"] and not by_label["signer"]["expired"]


def test_sign_with_the_pin_on_stdin_and_read_the_verdict_back(setup: dict, soft_token: SoftToken) -> None:
    images = setup["images"]
    result = run_cli(setup["home"], "sign", str(setup["doc"])[:8], "--user", USER, "--as", "approve",
                     "--cert", "signer", "--signature-image", str(images / "chu-ky.png"),
                     "--seal-image", str(images / "con-dau.png"), "--pin-stdin", "--json",
                     stdin=f"{soft_token.pin}\n", env=setup["env"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "signed" and data["verdict"] == "signed_unchecked"
    assert data["signed_sha256"] != data["draft_sha256"] and data["pending_changes"] >= 1
    assert soft_token.pin not in result.stdout + result.stderr

    shown = run_cli(setup["home"], "signatures", str(setup["doc"])[:8], "--user", USER, env=setup["env"])
    assert shown.returncode == 0, shown.stderr
    assert "intact, chain valid, revocation not checked" in shown.stdout
    assert "Nguyễn Văn An, Bí thư, Đảng ủy xã Ý Tý" in shown.stdout


def test_a_wrong_pin_is_one_clear_line_and_changes_nothing(setup: dict) -> None:
    result = run_cli(setup["home"], "sign", str(setup["doc"])[:8], "--user", USER, "--as", "approve",
                     "--cert", "signer", "--signature-image", str(setup["images"] / "chu-ky.png"), "--pin-stdin",
                     stdin="111111\n", env=setup["env"])
    assert result.returncode == 1
    assert result.stderr.startswith("error: Wrong PIN.") and "Traceback" not in result.stderr
    assert "111111" not in result.stderr
    shown = run_cli(setup["home"], "signatures", str(setup["doc"])[:8], "--user", USER, env=setup["env"])
    assert "not signed" in shown.stdout  # the draft is still the attachment


def test_configure_machine_sets_the_token_module_and_the_signature_trust(tmp_path: Path, soft_token: SoftToken,
                                                                        pki_files: dict[str, Path]) -> None:
    # What the MSI runs with PKCS11_MODULE= and SIGNATURE_TRUST= (an empty value keeps what the file has).
    from client.cli.main import main
    from client.machine_config import load

    path = tmp_path / "Cấu hình" / "config.ini"
    assert main(["configure-machine", "--config", str(path), "--pkcs11-module", str(soft_token.module),
                 "--signature-trust", str(pki_files["trust"])]) == 0
    assert main(["configure-machine", "--config", str(path), "--pkcs11-module", "", "--signature-trust", ""]) == 0
    values = load(path).values
    assert (values["pkcs11_module"], values["signature_trust"]) == (str(soft_token.module), str(pki_files["trust"]))
