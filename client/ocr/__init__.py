"""Scans become text: Tesseract with its Vietnamese model reads image-only PDF pages and image files (issue 13).

Like client/signatures, this package knows files and pictures only (never the cache nor the engine); client/office
feeds it the vault's bytes and keeps what it reads in the cache (client/cache/ocr_pages.py). No Qt.
"""
