"""The machine configuration writer: what the MSI's custom action and Linux admins run, on real files."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from client import machine_config, machine_setup
from client.cli import main


def _ca_pem(common_name: str = "Commune Office test CA") -> str:
    """A real self-signed CA certificate, as an admin's PKI would hand it out."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now)
                   .not_valid_after(now + dt.timedelta(days=30))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


PEM = _ca_pem()
# What the MSI passes when the admin set only some properties: every option, the unset ones empty.
MSI_EMPTY = ["--server-url", "", "--ca-cert", "", "--unit-code", "", "--sync-interval", "", "--idle-lock", "",
             "--download-limit", "", "--language", "", "--allow-plain-http", "", "--locked", ""]


def _configure(path: Path, *args: str) -> int:
    return main(["configure-machine", "--config", str(path), *args])


def test_first_install_writes_a_root_only_file_that_the_app_reads_with_locks(tmp_path: Path) -> None:
    path = tmp_path / "commune-office" / "config.ini"
    ca = tmp_path / "share" / "ca.pem"
    ca.parent.mkdir()
    ca.write_text(PEM)
    assert _configure(path, "--server-url", "https://vanban.laocai.example/", "--ca-cert", str(ca),
                      "--unit-code", "XA-YTY", "--sync-interval", "015", "--idle-lock", "10") == 0

    config = machine_config.load(path)
    assert config.problems == ()
    assert config.values == {"server_url": "https://vanban.laocai.example", "ca_cert": str(path.parent / "ca.pem"),
                             "unit_code": "XA-YTY", "sync_interval_minutes": 15, "idle_lock_minutes": 10}
    assert config.locked == {"server_url", "ca_cert"}  # the default lock list of a first install
    assert config.resolve("server_url", "https://elsewhere.example") == "https://vanban.laocai.example"
    assert config.resolve("sync_interval_minutes", 30) == 30  # not locked: the user's value wins
    assert (path.parent / "ca.pem").read_text() == PEM  # copied: the admin's share may be gone later
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o755
    if os.geteuid() == 0:
        assert path.stat().st_uid == 0 and path.parent.stat().st_uid == 0
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_an_upgrade_without_properties_keeps_the_machine_configuration(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    assert _configure(path, "--server-url", "https://a.example", "--unit-code", "XA-01", "--locked",
                      "server_url, unit_code") == 0
    assert _configure(path, *MSI_EMPTY) == 0
    config = machine_config.load(path)
    assert config.values == {"server_url": "https://a.example", "unit_code": "XA-01"}
    assert config.locked == {"server_url", "unit_code"}

    assert _configure(path, *MSI_EMPTY[:6], "--sync-interval", "30") == 0  # one property changed at upgrade
    config = machine_config.load(path)
    assert config.values["sync_interval_minutes"] == 30 and config.values["unit_code"] == "XA-01"


def test_locked_none_clears_the_lock_list(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    assert _configure(path, "--server-url", "https://a.example") == 0
    assert _configure(path, "--locked", "none") == 0
    assert machine_config.load(path).locked == frozenset()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--server-url", "ftp://x.example"], "must start with https://"),
        (["--server-url", "https://"], "must name the server after https://"),
        (["--server-url", "https:///documents"], "must name the server after https://"),
        (["--server-url", "https://vanban.example:port"], "is not a valid address"),
        (["--server-url", "http://vanban.laocai.example"], "is plain http://"),
        (["--server-url", "http://10.0.0.5", "--allow-plain-http", "no"], "is plain http://"),
        (["--language", "fr"], "language = 'fr': must be one of vi, en"),
        (["--allow-plain-http", "maybe"], "must be yes or no"),
        (["--sync-interval", "0"], "positive whole number"),
        (["--locked", "server_url,colour"], "cannot lock unknown setting(s): colour"),
        (["--ca-cert", "/nonexistent/ca.pem"], "cannot read /nonexistent/ca.pem"),
    ],
)
def test_a_refused_value_fails_and_leaves_the_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    path = tmp_path / "config.ini"
    assert _configure(path, "--server-url", "https://a.example") == 0
    before = path.read_bytes()
    capsys.readouterr()
    assert _configure(path, *args) == 1
    assert message in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_certificate_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key = tmp_path / "server.key"
    key.write_text("-----BEGIN PRIVATE KEY-----\n...\n")
    assert _configure(tmp_path / "m" / "config.ini", "--ca-cert", str(key)) == 1
    assert "is not a PEM certificate" in capsys.readouterr().err
    assert not (tmp_path / "m" / "config.ini").exists()


def test_the_default_target_is_etc_or_the_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(machine_config.ENV_OVERRIDE, raising=False)
    assert machine_config.default_path() == Path("/etc/commune-office/config.ini")
    monkeypatch.setenv(machine_config.ENV_OVERRIDE, str(tmp_path / "pilot.ini"))
    assert main(["configure-machine", "--unit-code", "XA-02"]) == 0
    assert machine_config.load().values == {"unit_code": "XA-02"}


def test_only_root_may_write_under_etc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(machine_setup.MachineSetupError, match="only root"):
        machine_setup.write(Path("/etc/commune-office-test-never/config.ini"), {"unit_code": "XA"}, platform="linux")
    assert not Path("/etc/commune-office-test-never").exists()


def test_on_windows_the_folder_gets_an_acl_by_well_known_sids(tmp_path: Path) -> None:
    # The one mock of this suite: icacls is a Windows program; the command it is given is what is checked.
    calls: list[list[str]] = []
    machine_setup.write(tmp_path / "CommuneOffice" / "config.ini", {"server_url": "https://a.example"},
                        platform="win32", run=lambda command: calls.append(list(command)))
    assert calls == [["icacls", str(tmp_path / "CommuneOffice"), "/inheritance:r", "/grant:r",
                      "*S-1-5-18:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F", "*S-1-5-32-545:(OI)(CI)RX", "/T", "/Q"]]


def _homes(root: Path) -> list[Path]:
    folders = []
    for user in ("lan", "minh"):
        for relative in machine_setup.USER_FOLDERS_POSIX:
            folder = root / user / relative
            (folder / "profiles").mkdir(parents=True)
            (folder / "profiles" / "cache.db").write_bytes(b"encrypted")
            folders.append(folder)
    return folders


def test_uninstall_keeps_the_machine_configuration_unless_asked(tmp_path: Path) -> None:
    # An uninstall-then-reinstall (SCCM, Intune) must find the server and its locks again.
    path = tmp_path / "etc" / "config.ini"
    ca = tmp_path / "ca.pem"
    ca.write_text(PEM)
    machine_setup.write(path, {"server_url": "https://a.example", "ca_cert": str(ca)})
    folders = _homes(tmp_path / "home")
    assert machine_setup.remove(path, config=False, user_data=False, users_root=tmp_path / "home",
                                platform="linux") == []
    assert machine_config.load(path).values["server_url"] == "https://a.example"
    assert main(["remove-machine-data", "--config", str(path), "--remove-config", "0", "--remove-user-data", ""]) == 0
    assert path.exists()

    removed = machine_setup.remove(path, config=True, user_data=False, users_root=tmp_path / "home", platform="linux")
    assert set(removed) == {path, path.parent / "ca.pem", path.parent}
    assert all(folder.is_dir() for folder in folders)


def test_uninstall_with_remove_user_data_deletes_every_users_caches(tmp_path: Path) -> None:
    folders = _homes(tmp_path / "home")
    (tmp_path / "home" / "lan" / "notes.txt").write_text("not ours")
    removed = machine_setup.remove(tmp_path / "etc" / "config.ini", user_data=True, users_root=tmp_path / "home",
                                   platform="linux")
    assert set(removed) == set(folders)
    assert not any(folder.exists() for folder in folders)
    assert (tmp_path / "home" / "lan" / "notes.txt").exists()


def test_remove_machine_data_command_takes_the_msi_property_text(tmp_path: Path) -> None:
    path = tmp_path / "m" / "config.ini"
    assert _configure(path, "--unit-code", "XA") == 0
    assert main(["remove-machine-data", "--config", str(path), "--remove-config", "1", "--remove-user-data", "0"]) == 0
    assert not path.parent.exists()  # the setup log beside it went too


def test_a_first_install_without_properties_still_locks_the_server_set_later(tmp_path: Path) -> None:
    # A GPO assignment without a transform installs with no property; a later install sets SERVER_URL.
    path = tmp_path / "config.ini"
    assert _configure(path, *MSI_EMPTY) == 0
    assert _configure(path, *MSI_EMPTY[:1], "https://vanban.laocai.example", *MSI_EMPTY[2:]) == 0
    config = machine_config.load(path)
    assert config.is_locked("server_url")
    assert config.resolve("server_url", "https://elsewhere.example") == "https://vanban.laocai.example"


def test_a_refusal_is_written_to_the_setup_log_that_the_guide_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An EXE custom action's output never reaches msiexec's /l*v log: the reason must be somewhere an admin reads.
    path = tmp_path / "CommuneOffice" / "config.ini"
    assert _configure(path, "--sync-interval", "0") == 1
    log = path.parent / machine_setup.SETUP_LOG_NAME
    assert "refused: sync_interval_minutes = '0': must be a positive whole number" in log.read_text(encoding="utf-8")
    assert str(log) in capsys.readouterr().err
    assert not path.exists()
    assert _configure(path, "--unit-code", "XÃ-YTY") == 0
    assert "Wrote" in log.read_text(encoding="utf-8").splitlines()[-1]


def test_a_ca_with_a_vietnamese_subject_and_openssl_text_before_it_is_installed(tmp_path: Path) -> None:
    pem = _ca_pem("Ủy ban nhân dân tỉnh Lào Cai — CA nội bộ")
    source = tmp_path / "chia sẻ" / "ca-lào-cai.pem"
    source.parent.mkdir()
    source.write_text("Certificate:\n    Subject: CN = Ủy ban nhân dân tỉnh Lào Cai — CA nội bộ\n" + pem,
                      encoding="utf-8")
    path = tmp_path / "m" / "config.ini"
    assert _configure(path, "--ca-cert", str(source)) == 0
    installed = (path.parent / "ca.pem").read_text(encoding="ascii")
    assert installed == pem
    assert x509.load_pem_x509_certificate(installed.encode()).subject.rfc4514_string().startswith("CN=Ủy ban")


def test_a_damaged_certificate_block_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ca.pem"
    source.write_text("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ==\n-----END CERTIFICATE-----\n")
    assert _configure(tmp_path / "m" / "config.ini", "--ca-cert", str(source)) == 1
    error = capsys.readouterr().err
    assert "certificate 1" in error and "damaged" in error
    assert not (tmp_path / "m" / "config.ini").exists()


def test_a_plain_http_server_is_written_only_with_the_admins_permission(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    assert _configure(path, "--server-url", "http://10.0.0.5:8000/", "--allow-plain-http", "yes") == 0
    config = machine_config.load(path)
    assert config.values["server_url"] == "http://10.0.0.5:8000"
    assert config.values["allow_plain_http"] is True
    # The permission already in the file counts: the pilot moves its http server without repeating it.
    assert _configure(path, *MSI_EMPTY, "--server-url", "http://10.0.0.6") == 0
    assert machine_config.load(path).values["server_url"] == "http://10.0.0.6"
    # Taking the permission back while the address is still http:// is refused: the PC would sync with nothing.
    assert _configure(path, "--allow-plain-http", "no") == 1
    assert machine_config.load(path).values["allow_plain_http"] is True


def test_an_upgrade_without_properties_does_not_fail_on_an_older_plain_http_file(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    path.write_text("[settings]\nserver_url = http://10.0.0.5\n", encoding="utf-8")
    assert _configure(path, *MSI_EMPTY) == 0
    assert machine_config.load(path).values["server_url"] == "http://10.0.0.5"


def test_a_language_is_stored_lower_case_and_an_unknown_one_is_ignored_at_read(tmp_path: Path) -> None:
    path = tmp_path / "config.ini"
    assert _configure(path, "--language", "EN") == 0
    assert machine_config.load(path).values["language"] == "en"
    path.write_text("[settings]\nlanguage = fr\nserver_url = https://\n", encoding="utf-8")
    config = machine_config.load(path)
    assert config.values == {}
    assert [p.split(": ", 1)[1] for p in config.problems] == [
        "language = 'fr' ignored: must be one of vi, en.",
        "server_url = 'https://' ignored: must name the server after https://, e.g. https://vanban.laocai.example."]


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"])
def test_this_computers_own_http_address_needs_no_permission(tmp_path: Path, url: str) -> None:
    # The demo and the frozen build's smoke test: nothing leaves the PC, as the transport also decides.
    path = tmp_path / "config.ini"
    assert _configure(path, "--server-url", url) == 0
    assert machine_config.load(path).values["server_url"] == url
