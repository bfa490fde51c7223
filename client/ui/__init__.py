"""The desktop app (PySide6): windows, views and dialogs over the encrypted cache; work runs on worker threads."""

from client.ui.pyside_sources import read_sources_without_keeping

read_sources_without_keeping()  # before the app's modules are imported: each would otherwise stay in memory as text
