"""Translations: the app's strings are English in the code and Vietnamese by default on screen.

English source strings keep the code readable to every contributor and to Qt's tools, and a missing translation
falls back to readable English rather than to a key. `resources/i18n/commune_office_vi.ts` is complete and is
loaded by default; `_en.ts` only adds English plural forms. The compiled `.qm` files are not kept in git:
set-up (or the first start) builds any that are missing or older than their `.ts` with pyside6-lrelease.

Qt's own widgets (the file dialog, message box buttons, the edit fields' context menu) translate their strings
under Qt's contexts (QFileDialog, QPlatformTheme, QLineEdit...) from a `qtbase_<language>` catalogue. Qt ships
none for Vietnamese, so `resources/i18n/qtbase_vi.ts` is ours: the contexts the app shows, nothing more.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CATALOGUE = "commune_office"
QT_CATALOGUE = "qtbase"  # Qt's own strings; ours covers only the languages Qt does not ship
K = TypeVar("K")


def source_text(marked: object) -> str:
    """The English source string a `QT_TRANSLATE_NOOP(context, text)` call returned, typed as the `str` it is.

    PySide6 types the marker as returning `object`; wrapping the call (rather than replacing it) keeps the literal
    call where pyside6-lupdate finds it, and a non-string here fails at import rather than on screen.
    """
    if not isinstance(marked, str):
        raise TypeError(f"QT_TRANSLATE_NOOP returned {type(marked).__name__}, not a source string")
    return marked


def source_texts(table: Mapping[K, object]) -> dict[K, str]:
    """A table of `QT_TRANSLATE_NOOP` results, its values typed as source strings (see `source_text`)."""
    return {key: source_text(marked) for key, marked in table.items()}


def ts_file(language: str) -> Path:
    """The translation source of a language."""
    return I18N_DIR / f"{CATALOGUE}_{language}.ts"


def qm_file(language: str, catalogue: str = CATALOGUE) -> Path:
    """The compiled translation of a language (the app's, or Qt's own strings with `QT_CATALOGUE`)."""
    return I18N_DIR / f"{catalogue}_{language}.qm"


def lrelease() -> str | None:
    """The pyside6-lrelease program beside this Python, or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.is_file():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def build_translations(*, force: bool = False) -> list[Path]:
    """Compile every `.ts` whose `.qm` is missing or stale; return the files written."""
    tool = lrelease()
    written = []
    sources = [*I18N_DIR.glob(f"{CATALOGUE}_*.ts"), *I18N_DIR.glob(f"{QT_CATALOGUE}_*.ts")]
    for source in sorted(sources):
        target = source.with_suffix(".qm")
        if not force and target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if tool is None:
            break
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True)
        written.append(target)
    return written


class Translations:
    """The translator installed in the application; switching language swaps it."""

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Use `language` for every string translated from now on; False if its catalogue is missing."""
        app = QCoreApplication.instance()
        if app is None:  # a translator installed in no application would translate nothing, silently
            raise RuntimeError("create the QApplication before installing translations")
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
        # English is the source language; its catalogue holds only the plural forms ("1 document", "2 documents").
        build_translations()
        translator = QTranslator(app)
        if not translator.load(str(qm_file(language))):
            return False
        app.installTranslator(translator)
        self._translators.append(translator)
        qt_own = QTranslator(app)
        if qt_own.load(str(qm_file(language, QT_CATALOGUE))):  # none for English: Qt's sources are English
            app.installTranslator(qt_own)
            self._translators.append(qt_own)
        return True


if __name__ == "__main__":  # set-up step: `python -m client.ui.i18n` compiles the catalogues
    for path in build_translations(force=True):
        print(f"wrote {path}")
