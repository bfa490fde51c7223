"""How a signature looks on the page, as Decree 30 (Annex I) prescribes.

- The signer's signature (leader approving): the handwritten-signature image in blue at the signer's place, with
  the agency's seal image in red, at real size, overlapping about a third of it on the left.
- The agency's signature on an annex or an electronic copy: text top-right of page 1 (agency, number and symbol,
  ISO 8601 time), Times New Roman 10.
The images come from the user's settings and the unit's configuration; they are recoloured here (dark strokes
become blue or red ink, light paper becomes transparent) so a scanned black signature still comes out as the
decree asks.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.stamp import BaseStampStyle, StaticStampStyle

from client.signatures.errors import SignatureError

BLUE = (0, 51, 204)
RED = (204, 0, 0)
POINTS_PER_MM = 72 / 25.4
SEAL_DPI = 300  # a seal scanned at 300 dpi is drawn at its real size: pixels / 300 inches

_SERIF_FONTS = (
    r"C:\Windows\Fonts\times.ttf",  # Times New Roman, as the decree names it
    "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",  # metric-compatible with Times
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)


def ink(image_bytes: bytes, colour: tuple[int, int, int]) -> Image.Image:
    """The image as ink of one colour on a transparent ground: darkness becomes opacity."""
    try:
        source = Image.open(io.BytesIO(image_bytes))
        source.load()
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise SignatureError("bad_image", f"The signature or seal image cannot be read: {error}.") from error
    rgba = source.convert("RGBA")
    darkness = ImageOps.invert(rgba.convert("L"))
    alpha = Image.composite(darkness, Image.new("L", rgba.size, 0), rgba.getchannel("A"))
    out = Image.new("RGBA", rgba.size, (*colour, 0))
    out.putalpha(alpha)
    return out


def compose_approval(signature_png: bytes, seal_png: bytes | None) -> Image.Image:
    """The signature in blue, the seal in red over the left third of it (the seal drawn last, on top)."""
    signature = ink(signature_png, BLUE)
    if seal_png is None:
        return signature
    seal = ink(seal_png, RED)
    overlap = signature.width // 3
    width = seal.width + signature.width - overlap
    height = max(seal.height, signature.height)
    canvas = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    canvas.alpha_composite(signature, (seal.width - overlap, (height - signature.height) // 2))
    canvas.alpha_composite(seal, (0, (height - seal.height) // 2))
    return canvas


def approval_style(signature_png: bytes, seal_png: bytes | None) -> BaseStampStyle:
    image = compose_approval(signature_png, seal_png)
    return StaticStampStyle(background=PdfImage(image), border_width=0, background_opacity=1.0)


def approval_size(signature_png: bytes, seal_png: bytes | None) -> tuple[float, float]:
    """The box the approval appearance needs, in points, the seal at its real size (300 dpi scans)."""
    image = compose_approval(signature_png, seal_png)
    return image.width * 72 / SEAL_DPI, image.height * 72 / SEAL_DPI


def agency_style(text: str, size: tuple[float, float]) -> BaseStampStyle:
    """The agency's signature as text (the copy's stamp), Times New Roman 10 or its closest font.

    The text is drawn into an image at 300 dpi: embedding a TrueType font with Vietnamese letters in the
    appearance needs pyHanko's [opentype] extra (uharfbuzz), which the client does not ship."""
    return StaticStampStyle(background=PdfImage(render_text(text, size)), border_width=0, background_opacity=1.0)


def render_text(text: str, size: tuple[float, float], dpi: int = SEAL_DPI) -> Image.Image:
    """Black text at 10 pt on a transparent image of `size` points."""
    scale = dpi / 72
    image = Image.new("RGBA", (round(size[0] * scale), round(size[1] * scale)), (255, 255, 255, 0))
    font_path = serif_font()
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont = (
        ImageFont.truetype(str(font_path), round(10 * scale)) if font_path else ImageFont.load_default())
    ImageDraw.Draw(image).multiline_text((0, 0), text, font=font, fill=(0, 0, 0, 255), spacing=round(2 * scale))
    return image


def serif_font() -> Path | None:
    """Times New Roman where it exists (Windows), else a metric-compatible or Vietnamese-capable serif."""
    candidates = _SERIF_FONTS if sys.platform == "win32" else _SERIF_FONTS[1:]
    return next((Path(p) for p in candidates if Path(p).is_file()), None)
