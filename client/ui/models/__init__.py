"""Qt item models over the local cache: they hold only what the views show, fetched page by page off the GUI thread."""
