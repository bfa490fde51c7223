"""The update channel on the PC: Qt-free, beside client/cache; client/office is its door for the screens."""

from client.updates.channel import ChannelConfig, Offer, UpdateChannel
from client.updates.errors import (
    UpdateError,
    UpdateExpiredError,
    UpdateMixAndMatchError,
    UpdateRolledBackError,
    UpdateSetupError,
    UpdateTamperedError,
    UpdateUnavailableError,
)
from client.updates.staging import InstallerRunner, MsiexecRunner, StagedUpdate, clear, msiexec_args, pending

__all__ = [
    "ChannelConfig", "InstallerRunner", "MsiexecRunner", "Offer", "StagedUpdate", "UpdateChannel", "UpdateError",
    "UpdateExpiredError", "UpdateMixAndMatchError", "UpdateRolledBackError", "UpdateSetupError",
    "UpdateTamperedError", "UpdateUnavailableError", "clear", "msiexec_args", "pending",
]
