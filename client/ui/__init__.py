"""The desktop app (PySide6): windows, views and dialogs over the encrypted cache; work runs on worker threads."""
