"""Server settings: defaults, overridden by a TOML file, overridden by COMMUNE_* environment variables."""

from __future__ import annotations

import os
import secrets
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

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
    default_offline_grace_hours: int = Field(72, ge=0)
    db_pool_size: int = Field(10, ge=1)
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = Field(1, ge=1)

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
