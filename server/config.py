"""Server settings: defaults, overridden by a TOML file, overridden by COMMUNE_* environment variables."""

from __future__ import annotations

import ipaddress
import os
import secrets
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

ENV_PREFIX = "COMMUNE_"
CONFIG_ENV = "COMMUNE_CONFIG"  # path of the TOML file; also how `serve` hands the file to its worker processes


class Settings(BaseModel):
    """Everything the server reads at start; each field maps to COMMUNE_<FIELD> in the environment."""

    model_config = ConfigDict(extra="forbid")

    database_url: str = "sqlite:///commune-central-data/central.db"
    data_dir: Path = Path("commune-central-data")
    secret_key: str = ""  # HMAC key of access tokens; when empty, one is made and kept in data_dir/secret.key
    access_token_seconds: int = Field(900, ge=30)
    refresh_token_days: int = Field(30, ge=1)
    max_body_bytes: int = Field(2 * 1024 * 1024, ge=1024)
    max_chunk_bytes: int = Field(8 * 1024 * 1024, ge=1024)
    max_upload_bytes: int = Field(512 * 1024 * 1024, ge=1024)
    login_max_failures: int = Field(10, ge=1)
    login_window_seconds: int = Field(900, ge=1)
    # Failed sign-ins from one address, whatever the user names, before that address waits the window out.
    login_max_failures_per_address: int = Field(30, ge=1)
    # Addresses (or networks) of reverse proxies whose X-Forwarded-For is believed; empty: nobody's.
    trusted_proxies: list[str] = Field(default_factory=list)
    # Password hashes computed at once, and sign-ins that may wait for one; beyond that a sign-in gets 503 at once.
    hash_workers: int = Field(1, ge=1)
    hash_queue: int = Field(4, ge=0)
    hash_cpu_share: float = Field(0.25, gt=0, le=1)  # of the time, at most, spent hashing passwords (per worker)
    refresh_grace_seconds: int = Field(120, ge=0)  # how long a refresh whose answer was lost may be repeated once
    keep_alive_seconds: int = Field(15, ge=1)  # an idle kept-alive connection is closed after this
    max_connections: int = Field(400, ge=1)  # per worker; beyond it new connections get 503
    default_offline_grace_hours: int = Field(72, ge=0)
    db_pool_size: int = Field(10, ge=1)
    # The update channel's folder (made by `init-updates`), served as static files at /updates/; None: not served.
    updates_dir: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = Field(1, ge=1)

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        # COMMUNE_TRUSTED_PROXIES="10.0.0.1, 10.0.0.2" in the environment; a list in the TOML file.
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for entry in value:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError as error:
                raise ValueError(f"trusted_proxies: {entry!r} is not an address or network") from error
        return value

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def upload_dir(self) -> Path:
        return self.data_dir / "uploads"

    def signing_key(self) -> bytes:
        """The token key: configured, or made once and stored so that every worker and restart shares it."""
        if self.secret_key:
            return self.secret_key.encode()
        path = self.data_dir / "secret.key"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        try:
            # O_EXCL so that two workers starting together agree on one key instead of overwriting each other's.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_bytes().strip()
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_hex(32).encode())
        return path.read_bytes().strip()


def load_settings(config_file: str | Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Build settings from an optional TOML file (or $COMMUNE_CONFIG) and COMMUNE_* variables."""
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    path = config_file or env.get(CONFIG_ENV)
    if path:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
        values.update(data.get("server", data))
    for name in Settings.model_fields:
        key = ENV_PREFIX + name.upper()
        if key in env:
            values[name] = env[key]
    return Settings.model_validate(values)
