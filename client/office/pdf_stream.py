"""A PDF written to its file page by page, so a register of any length prints in the same memory as a short one.

fpdf2 holds every page until it writes the file (about 0.85 MiB per 1,000 register lines, 85 MiB at 100,000), and
its output is one buffer of the whole file. Here each page's drawing is compressed and written as soon as the page
is finished; what stays in memory is a few integers per page and the font's used glyphs. What cannot be known until
the end is written at the end: "Trang n/N" goes in a second, tiny content stream per page, and the font is embedded
once, cut to the glyphs used (fontTools, keeping glyph ids so the pages already written stay valid), with a
ToUnicode map so the Vietnamese text extracts intact.

Coordinates are millimetres from the top left corner, as on the form; text is drawn at its baseline.
"""

from __future__ import annotations

import io
import os
import zlib
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

_PT_PER_MM = 72 / 25.4
A4_LANDSCAPE_MM = (297.0, 210.0)
LINE_WIDTH_MM = 0.2
# Fixed object numbers; page bodies follow from _FIRST_FREE as they are written, pages and footers at the end.
_CATALOG, _PAGES, _FONT, _CID_FONT, _DESCRIPTOR, _FONT_FILE, _TO_UNICODE, _INFO, _RESOURCES = range(1, 10)
_FIRST_FREE = 10
_SUBSET_TAG = "CMOFFC"  # the six capitals PDF wants before a subset font's name
# What a page shows that needs the page count: (x mm, baseline mm, text, size pt) items for (page, page count).
Footer = Callable[[int, int], Sequence[tuple[float, float, str, float]]]


def _pdf_text(value: str) -> str:
    """A text string for the document's information (UTF-16 with its byte order mark, as hex)."""
    return "<FEFF" + value.encode("utf-16-be").hex().upper() + ">"


class _Font:
    """One TrueType font: glyph ids and advance widths by character, and the glyphs the document has used."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.font = TTFont(str(path), lazy=True)
        self.cmap: dict[int, str] = self.font.getBestCmap()
        self.glyph_ids = {name: index for index, name in enumerate(self.font.getGlyphOrder())}
        self.metrics = self.font["hmtx"].metrics
        self.per_em = self.font["head"].unitsPerEm
        self.hexes: dict[str, str] = {}  # char -> its glyph id in 4 hex digits, as the page's text shows it
        self.advances: dict[str, float] = {}  # char -> its advance width per em
        self.used: dict[int, str] = {}  # glyph id -> the character it shows (for ToUnicode)

    def _learn(self, text: str) -> None:
        for char in text:
            if char not in self.hexes:
                name = self.cmap.get(ord(char), ".notdef")
                gid = self.glyph_ids.get(name, 0)
                self.hexes[char] = f"{gid:04X}"
                self.advances[char] = self.metrics[name][0] / self.per_em
                self.used.setdefault(gid, char)

    def width(self, text: str, size_pt: float) -> float:
        """The width of `text` in millimetres at `size_pt`."""
        try:
            total = sum(map(self.advances.__getitem__, text))
        except KeyError:
            self._learn(text)
            total = sum(map(self.advances.__getitem__, text))
        return total * size_pt / _PT_PER_MM

    def encode(self, text: str) -> str:
        """`text` as the hex string of its glyph ids (each character looked up once per document)."""
        try:
            return "".join(map(self.hexes.__getitem__, text))
        except KeyError:
            self._learn(text)
            return "".join(map(self.hexes.__getitem__, text))


class StreamedPdf:
    """A PDF open for writing page by page; `close()` (or leaving the `with`) writes what only the end can know."""

    def __init__(self, target: Path, font_path: Path, *, title: str,
                 size_mm: tuple[float, float] = A4_LANDSCAPE_MM) -> None:
        self.width_mm, self.height_mm = size_mm
        self.title = title
        self.font = _Font(font_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed at the end: a printout that fails half way leaves no half file,
        # and an earlier printout of the same name stays until the new one is whole.
        self.target, self._part = target, target.with_name(target.name + ".part")
        self._file: BinaryIO = open(self._part, "wb")  # noqa: SIM115 - closed by close() or abandon()
        self._offsets = array("q", [0] * _FIRST_FREE)  # by object number; 0 is the free head of the xref
        self._bodies = array("i")  # the body stream's object number of each page
        self._page: list[str] | None = None  # the drawing of the page being drawn, written when it is finished
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    # -- drawing -----------------------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._bodies) + (self._page is not None)

    def add_page(self) -> None:
        self._finish_page()
        self._page = [f"{LINE_WIDTH_MM * _PT_PER_MM:.2f} w\n"]

    def width(self, text: str, size_pt: float) -> float:
        return self.font.width(text, size_pt)

    def text(self, x_mm: float, baseline_mm: float, text: str, size_pt: float) -> None:
        if self._page is None:
            raise RuntimeError("add_page() before drawing")
        self._page.append(self._text_op(x_mm, baseline_mm, text, size_pt))

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        if self._page is None:
            raise RuntimeError("add_page() before drawing")
        k, h = _PT_PER_MM, self.height_mm
        self._page.append(f"{x1 * k:.2f} {(h - y1) * k:.2f} m {x2 * k:.2f} {(h - y2) * k:.2f} l S\n")

    def _text_op(self, x_mm: float, baseline_mm: float, text: str, size_pt: float) -> str:
        k = _PT_PER_MM
        return (f"BT /F1 {size_pt:g} Tf {x_mm * k:.2f} {(self.height_mm - baseline_mm) * k:.2f} Td "
                f"<{self.font.encode(text)}> Tj ET\n")

    # -- the file ----------------------------------------------------------------------------------------------

    def _write(self, data: bytes) -> None:
        self._file.write(data)

    def _begin(self, number: int | None = None) -> int:
        if number is None:
            number = len(self._offsets)
            self._offsets.append(0)
        self._offsets[number] = self._file.tell()
        self._write(f"{number} 0 obj\n".encode("ascii"))
        return number

    def _object(self, body: str | bytes, number: int | None = None) -> int:
        number = self._begin(number)
        self._write((body.encode("latin-1") if isinstance(body, str) else body) + b"\nendobj\n")
        return number

    def _stream(self, data: bytes, extra: str = "", number: int | None = None) -> int:
        packed = zlib.compress(data, 6)
        number = self._begin(number)
        self._write(f"<< /Length {len(packed)} /Filter /FlateDecode {extra}>>\nstream\n".encode("ascii"))
        self._write(packed + b"\nendstream\nendobj\n")
        return number

    def _finish_page(self) -> None:
        if self._page is not None:
            self._bodies.append(self._stream("".join(self._page).encode("ascii")))
            self._page = None

    def close(self, footer: Footer | None = None) -> int:
        """Write each page's footer (`footer(page, page count)`: the text that needs the count, drawn now), the
        pages' tree, the font and the cross-reference table; returns the page count."""
        self._finish_page()
        k = _PT_PER_MM
        media = f"[0 0 {self.width_mm * k:.2f} {self.height_mm * k:.2f}]"
        total = len(self._bodies)
        kids = array("i")
        for index, body in enumerate(self._bodies, start=1):
            contents = f"{body} 0 R"
            items = footer(index, total) if footer is not None else ()
            if items:
                drawn = "".join(self._text_op(x, y, text, size) for x, y, text, size in items)
                contents += f" {self._stream(drawn.encode('ascii'))} 0 R"
            kids.append(self._object(f"<< /Type /Page /Parent {_PAGES} 0 R /MediaBox {media} "
                                     f"/Resources {_RESOURCES} 0 R /Contents [{contents}] >>"))
        self._begin(_PAGES)
        self._write(f"<< /Type /Pages /Count {total} /Kids [".encode("ascii"))
        for start_at in range(0, total, 1000):
            self._write(" ".join(f"{n} 0 R" for n in kids[start_at:start_at + 1000]).encode("ascii") + b" ")
        self._write(b"] >>\nendobj\n")
        self._object(f"<< /Type /Catalog /Pages {_PAGES} 0 R >>", _CATALOG)
        self._object(f"<< /Font << /F1 {_FONT} 0 R >> /ProcSet [/PDF /Text] >>", _RESOURCES)
        self._object(f"<< /Title {_pdf_text(self.title)} /Creator {_pdf_text('Commune Office')} >>", _INFO)
        self._write_font()
        start = self._file.tell()
        self._write(f"xref\n0 {len(self._offsets)}\n0000000000 65535 f \n".encode("ascii"))
        for start_at in range(1, len(self._offsets), 1000):  # in slices: a whole table would be a list per object
            self._write("".join(f"{offset:010d} 00000 n \n"
                                for offset in self._offsets[start_at:start_at + 1000]).encode("ascii"))
        self._write(f"trailer\n<< /Size {len(self._offsets)} /Root {_CATALOG} 0 R /Info {_INFO} 0 R >>\n"
                    f"startxref\n{start}\n%%EOF\n".encode("ascii"))
        self._file.close()
        os.replace(self._part, self.target)
        return total

    def abandon(self) -> None:
        """Close and remove the unfinished file."""
        self._file.close()
        self._part.unlink(missing_ok=True)

    def __enter__(self) -> StreamedPdf:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._file.closed:
            return
        if kind is None:
            self.close()
        else:
            self.abandon()

    def _write_font(self) -> None:
        font, used = self.font, self.font.used
        ps_name = (font.font["name"].getDebugName(6) or "Font").replace(" ", "")
        name = f"{_SUBSET_TAG}+{ps_name}"
        options = Options()
        options.retain_gids = True  # the pages already written name glyphs by their ids in the whole font
        options.notdef_outline = True
        options.layout_features = []
        # Nothing here shapes text, so the layout tables go (subsetting them cost a second and a half a file), and
        # FontForge's timestamps with them.
        unused = ("FFTM", "GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern")
        options.drop_tables = [*options.drop_tables, *unused]
        options.name_IDs = [1, 2, 3, 4, 6]
        subsetter = Subsetter(options)
        subsetter.populate(gids=sorted({0, *used}))
        whole = TTFont(str(font.path), lazy=True)  # a fresh copy: subsetting changes the font in place
        for tag in unused:
            if tag in whole:
                del whole[tag]  # before the subsetter reads them whole
        subsetter.subset(whole)
        buffer = io.BytesIO()
        whole.save(buffer)
        data = buffer.getvalue()
        self._stream(data, f"/Length1 {len(data)} ", _FONT_FILE)

        scale = 1000 / font.per_em
        head, hhea = font.font["head"], font.font["hhea"]
        os2 = font.font.get("OS/2")
        cap = getattr(os2, "sCapHeight", 0) or hhea.ascent
        self._object(
            f"<< /Type /FontDescriptor /FontName /{name} /Flags 32 "
            f"/FontBBox [{head.xMin * scale:.0f} {head.yMin * scale:.0f} {head.xMax * scale:.0f} "
            f"{head.yMax * scale:.0f}] /ItalicAngle 0 /Ascent {hhea.ascent * scale:.0f} "
            f"/Descent {hhea.descent * scale:.0f} /CapHeight {cap * scale:.0f} /StemV 80 "
            f"/FontFile2 {_FONT_FILE} 0 R >>", _DESCRIPTOR)
        order = font.font.getGlyphOrder()
        widths = " ".join(f"{gid} [{font.metrics[order[gid]][0] * scale:.0f}]" for gid in sorted(used))
        self._object(
            f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} "
            f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            f"/FontDescriptor {_DESCRIPTOR} 0 R /CIDToGIDMap /Identity /W [{widths}] >>", _CID_FONT)
        self._object(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
                     f"/DescendantFonts [{_CID_FONT} 0 R] /ToUnicode {_TO_UNICODE} 0 R >>", _FONT)
        self._stream(_to_unicode(used).encode("ascii"), number=_TO_UNICODE)


def _to_unicode(used: dict[int, str]) -> str:
    """The CMap that maps each glyph drawn back to its character: how a reader (and pypdf) extracts the text."""
    entries = [f"<{gid:04X}> <{char.encode('utf-16-be').hex().upper()}>" for gid, char in sorted(used.items())]
    blocks = []
    for start in range(0, len(entries), 100):  # a CMap's bfchar block holds at most 100 entries
        chunk = entries[start:start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
