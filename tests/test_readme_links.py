"""Every relative link in README.md, docs/*.md and the packages' READMEs points inside this repository.

A clone has nothing beside the repository, so a link to `../shared/...` or to a file that moved is a dead end
for a newcomer.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_READMES = ["sync", "client/cache", "client/signatures", "client/updates", "client/ui", "server", "installer",
                   "bench"]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
         *(ROOT / folder / "README.md" for folder in PACKAGE_READMES if (ROOT / folder / "README.md").exists())]
# Inline links and images `[text](target "title")`, and reference definitions `[label]: target`.
INLINE = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.MULTILINE)
FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]*`")


def links(text: str) -> list[str]:
    """Link targets of a markdown page, ignoring code blocks and code spans (examples, not links)."""
    prose = CODE_SPAN.sub("", FENCE.sub("", text))
    return INLINE.findall(prose) + REFERENCE.findall(prose)


def is_external(target: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target)) or target.startswith("//")


def test_the_pages_exist() -> None:
    assert (ROOT / "docs" / "architecture.md").is_file() and (ROOT / "docs" / "domain.md").is_file()


def test_the_link_finder_sees_links_and_skips_code() -> None:
    page = "[a](docs/x.md) ![b](p.png \"t\") `[c](no.md)`\n```\n[d](no2.md)\n```\n[e]: ref.md\n"
    assert sorted(links(page)) == ["docs/x.md", "p.png", "ref.md"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve_inside_the_repository(page: Path) -> None:
    found = links(page.read_text(encoding="utf-8"))
    assert found or page != ROOT / "README.md", "the README should link its docs"
    problems = []
    for target in found:
        if is_external(target) or target.startswith("#"):
            continue
        path = unquote(target.split("#", 1)[0].split("?", 1)[0])
        if path.startswith("/"):
            problems.append(f"{target}: absolute path")
            continue
        resolved = (page.parent / path).resolve()
        if not resolved.is_relative_to(ROOT):
            problems.append(f"{target}: outside the repository")
        elif not resolved.exists():
            problems.append(f"{target}: no such file")
    assert not problems, f"{page.relative_to(ROOT)}: " + "; ".join(problems)
