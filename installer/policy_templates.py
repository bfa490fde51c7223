"""Write the Group Policy templates from the machine configuration's keys: `python installer/policy_templates.py`.

    installer/policies/CommuneOffice.admx         the policies: one per key of client.machine_config.KEYS
    installer/policies/en-US/CommuneOffice.adml   their English names, explanations and input boxes
    installer/policies/vi-VN/CommuneOffice.adml   the same in Vietnamese

Generated, never edited by hand, so that a key added to KEYS cannot be forgotten: the script refuses a key without
words here, and tests/installer/test_policy_templates.py fails when the committed files differ from its output.
`--check` only compares (CI). Each policy writes its value under HKLM\\Software\\Policies\\CommuneOffice, where
client/machine_policy.py reads it; the element follows the key's reader (a number, yes/no, a language, text).
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from any folder: the client package is at the root
    sys.path.insert(0, str(ROOT))

from client import machine_config, machine_policy  # noqa: E402 - after the path above

OUT = ROOT / "installer" / "policies"
NAME = "CommuneOffice"
NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
REVISION = "1.0"  # of the templates; raise it when a policy changes meaning, so the central store takes the new one
SCHEMA_VERSION = "1.0"
CATEGORY = NAME
SUPPORTED = "SUPPORTED_CommuneOffice_0_1"
MAX_NUMBER = 99999
MAX_TEXT = 1023
CULTURES = ("en-US", "vi-VN")


class Words(NamedTuple):  # not a dataclass: the Windows import test loads scripts outside sys.modules
    """What the policy editor shows for one key, in one language."""

    name: str
    explain: str
    label: str  # beside the input box


# Per key, per culture. A key of KEYS without an entry here stops the script.
TEXTS: dict[str, dict[str, Words]] = {
    "server_url": {
        "en-US": Words("Server address",
                       "The central platform the app signs in to and syncs with, e.g. https://vanban.laocai.example."
                       " A plain http:// address is used only if the policy \"Allow unencrypted http (pilot)\" is"
                       " enabled too. Set here, it wins over config.ini and users cannot change it.",
                       "Server address (https://...):"),
        "vi-VN": Words("Địa chỉ máy chủ",
                       "Nền tảng trung tâm mà ứng dụng đăng nhập và đồng bộ, ví dụ https://vanban.laocai.example."
                       " Địa chỉ http:// chỉ được dùng khi chính sách \"Cho phép http không mã hóa (thí điểm)\""
                       " cũng được bật. Giá trị đặt ở đây được ưu tiên hơn config.ini và người dùng không thể thay"
                       " đổi.",
                       "Địa chỉ máy chủ (https://...):"),
    },
    "ca_cert": {
        "en-US": Words("CA certificate of the server",
                       "Path on the PC of the PEM file of the certification authority that signed the server's"
                       " certificate, e.g. C:\\ProgramData\\CommuneOffice\\ca.pem. The file is not copied: put it on"
                       " the PCs first (e.g. with a Group Policy Preferences file item).",
                       "PEM file on the PC:"),
        "vi-VN": Words("Chứng thư CA của máy chủ",
                       "Đường dẫn trên máy tới tệp PEM của tổ chức chứng thực đã ký chứng thư của máy chủ, ví dụ"
                       " C:\\ProgramData\\CommuneOffice\\ca.pem. Tệp không được sao chép: hãy đưa tệp tới các máy"
                       " trước (ví dụ bằng mục tệp của Group Policy Preferences).",
                       "Tệp PEM trên máy:"),
    },
    "unit_code": {
        "en-US": Words("Unit code", "The unit these PCs belong to, e.g. XA-YTY.", "Unit code:"),
        "vi-VN": Words("Mã đơn vị", "Đơn vị mà các máy này thuộc về, ví dụ XA-YTY.", "Mã đơn vị:"),
    },
    "sync_interval_minutes": {
        "en-US": Words("Sync interval (minutes)", "Minutes between two background syncs.", "Minutes:"),
        "vi-VN": Words("Chu kỳ đồng bộ (phút)", "Số phút giữa hai lần đồng bộ nền.", "Số phút:"),
    },
    "idle_lock_minutes": {
        "en-US": Words("Lock after idle (minutes)",
                       "Minutes without input before the window locks and asks for the password again.",
                       "Minutes:"),
        "vi-VN": Words("Khóa khi không thao tác (phút)",
                       "Số phút không thao tác trước khi cửa sổ tự khóa và hỏi lại mật khẩu.", "Số phút:"),
    },
    "download_limit_mb": {
        "en-US": Words("Download attachments at once up to (MB)",
                       "Attachments up to this size are downloaded in every sync; larger ones when they are opened.",
                       "Megabytes:"),
        "vi-VN": Words("Tự tải tệp đính kèm đến (MB)",
                       "Tệp đính kèm đến dung lượng này được tải trong mỗi lần đồng bộ; tệp lớn hơn được tải khi"
                       " mở.",
                       "Megabyte:"),
    },
    "language": {
        "en-US": Words("Interface language", "The language of the app's windows for every user of the PC.",
                       "Language:"),
        "vi-VN": Words("Ngôn ngữ giao diện", "Ngôn ngữ của các cửa sổ ứng dụng cho mọi người dùng trên máy.",
                       "Ngôn ngữ:"),
    },
    "allow_plain_http": {
        "en-US": Words("Allow unencrypted http (pilot)",
                       "Enabled: the server address may be a plain http:// address. Only for a pilot on a closed"
                       " network: passwords and tokens cross the network in clear. Disabled or not configured: the"
                       " app talks only to https:// servers (and to this computer's own address).",
                       ""),
        "vi-VN": Words("Cho phép http không mã hóa (thí điểm)",
                       "Bật: địa chỉ máy chủ có thể là http:// không mã hóa. Chỉ dùng khi thí điểm trên mạng khép"
                       " kín: mật khẩu và mã phiên đi qua mạng không được mã hóa. Tắt hoặc không cấu hình: ứng dụng"
                       " chỉ làm việc với máy chủ https:// (và với chính máy này).",
                       ""),
    },
    "signature_trust": {
        "en-US": Words("Trusted signature authorities",
                       "Path on the PC of a PEM bundle of the root certificates that vouch for the signers of PDF"
                       " documents (not the server's CA), e.g. C:\\ProgramData\\CommuneOffice\\signature-roots.pem.",
                       "PEM bundle on the PC:"),
        "vi-VN": Words("Tổ chức chứng thực chữ ký được tin cậy",
                       "Đường dẫn trên máy tới tệp PEM gồm các chứng thư gốc bảo đảm cho người ký văn bản PDF (không"
                       " phải CA của máy chủ), ví dụ C:\\ProgramData\\CommuneOffice\\signature-roots.pem.",
                       "Tệp PEM trên máy:"),
    },
    "pkcs11_module": {
        "en-US": Words("Signing token driver (PKCS#11)",
                       "Path of the USB signing tokens' PKCS#11 library, a 64-bit DLL, e.g."
                       " C:\\Windows\\System32\\eTPKCS11.dll.",
                       "DLL path:"),
        "vi-VN": Words("Trình điều khiển thiết bị ký số (PKCS#11)",
                       "Đường dẫn tới thư viện PKCS#11 của thiết bị ký số USB (token), là một DLL 64-bit, ví dụ"
                       " C:\\Windows\\System32\\eTPKCS11.dll.",
                       "Đường dẫn DLL:"),
    },
    "update_url": {
        "en-US": Words("Update channel address",
                       "The address of the signed update channel (TUF metadata and the MSI), e.g."
                       " https://vanban.laocai.example/updates.",
                       "Address (https://...):"),
        "vi-VN": Words("Địa chỉ kênh cập nhật",
                       "Địa chỉ của kênh cập nhật có ký số (siêu dữ liệu TUF và gói MSI), ví dụ"
                       " https://vanban.laocai.example/updates.",
                       "Địa chỉ (https://...):"),
    },
    "update_root": {
        "en-US": Words("Update channel root metadata",
                       "Path on the PC of the channel's root.json, which vouches for the keys that sign updates,"
                       " e.g. C:\\ProgramData\\CommuneOffice\\update-root.json.",
                       "root.json on the PC:"),
        "vi-VN": Words("Siêu dữ liệu gốc của kênh cập nhật",
                       "Đường dẫn trên máy tới tệp root.json của kênh, bảo đảm cho các khóa ký bản cập nhật, ví dụ"
                       " C:\\ProgramData\\CommuneOffice\\update-root.json.",
                       "Tệp root.json trên máy:"),
    },
    "update_policy": {
        "en-US": Words("Installing updates",
                       "automatic: a verified update installs at the next start; ask: the user is asked (the"
                       " default); off: no update is fetched.",
                       "automatic, ask or off:"),
        "vi-VN": Words("Cài đặt bản cập nhật",
                       "automatic: bản cập nhật đã kiểm tra được cài ở lần khởi động sau; ask: hỏi người dùng (mặc"
                       " định); off: không tải bản cập nhật.",
                       "automatic, ask hoặc off:"),
    },
    "ocr_tessdata": {
        "en-US": Words("Text recognition models folder",
                       "A folder holding Tesseract's vie.traineddata, when not the one the installer bundles.",
                       "Folder on the PC:"),
        "vi-VN": Words("Thư mục mô hình nhận dạng chữ",
                       "Thư mục chứa tệp vie.traineddata của Tesseract, khi không dùng thư mục bộ cài kèm theo.",
                       "Thư mục trên máy:"),
    },
}
COMMON: dict[str, dict[str, str]] = {
    "en-US": {"product": "Commune Office", "supported": "Commune Office 0.1 and later",
              "description": "Machine settings of the Commune Office client; a policy wins over config.ini and the "
                             "users' own settings.",
              "vi": "Tiếng Việt", "en": "English"},
    "vi-VN": {"product": "Commune Office", "supported": "Commune Office 0.1 trở lên",
              "description": "Thiết lập cấp máy của ứng dụng Commune Office; chính sách được ưu tiên hơn config.ini "
                             "và thiết lập riêng của người dùng.",
              "vi": "Tiếng Việt", "en": "English"},
}


def kind(key: str) -> str:
    """The policy element for a key, from how machine_config reads it."""
    reader = machine_config.KEYS[key]
    if reader is machine_config.positive_int:
        return "decimal"
    if reader is machine_config.yes_no:
        return "boolean"
    if reader is machine_config.language:
        return "enum"
    if reader in (str, machine_config.server_url, machine_config.update_policy):
        return "text"
    raise SystemExit(f"no policy element for {key}'s reader {reader.__name__}: teach installer/policy_templates.py")


def _check_words() -> None:
    missing = [key for key in machine_config.KEYS if set(TEXTS.get(key, {})) != set(CULTURES)]
    extra = sorted(TEXTS.keys() - machine_config.KEYS.keys())
    if missing or extra:
        raise SystemExit(f"installer/policy_templates.py: words missing for {missing}, words for unknown {extra}")


def _element(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attributes.items()})
    element.text = text
    return element


def admx() -> ET.Element:
    """The policy definitions: one policy per key, all under the Commune Office category."""
    root = ET.Element("policyDefinitions", {"revision": REVISION, "schemaVersion": SCHEMA_VERSION, "xmlns": NS})
    namespaces = _element(root, "policyNamespaces")
    _element(namespaces, "target", prefix="communeoffice", namespace="CommuneOffice.Policies.CommuneOffice")
    _element(root, "resources", minRequiredRevision=REVISION)
    definitions = _element(_element(root, "supportedOn"), "definitions")
    _element(definitions, "definition", name=SUPPORTED, displayName=f"$(string.{SUPPORTED})")
    _element(_element(root, "categories"), "category", name=CATEGORY, displayName=f"$(string.{CATEGORY})")
    policies = _element(root, "policies")
    for key in machine_config.KEYS:
        element_kind = kind(key)
        attributes = {"name": key, "class": "Machine", "displayName": f"$(string.{key})",
                      "explainText": f"$(string.{key}_Explain)"}
        if element_kind != "boolean":
            attributes["presentation"] = f"$(presentation.{key})"
        attributes["key"] = machine_policy.POLICY_KEY
        if element_kind == "boolean":
            attributes["valueName"] = key
        policy = _element(policies, "policy", **attributes)
        _element(policy, "parentCategory", ref=CATEGORY)
        _element(policy, "supportedOn", ref=SUPPORTED)
        if element_kind == "boolean":  # REG_DWORD 1 / 0, which machine_config.yes_no reads as yes / no
            _element(_element(policy, "enabledValue"), "decimal", value="1")
            _element(_element(policy, "disabledValue"), "decimal", value="0")
            continue
        elements = _element(policy, "elements")
        if element_kind == "decimal":  # REG_DWORD
            _element(elements, "decimal", id=key, valueName=key, required="true", minValue="1",
                     maxValue=str(MAX_NUMBER))
        elif element_kind == "enum":  # REG_SZ, one of the languages
            choice = _element(elements, "enum", id=key, valueName=key, required="true")
            for code in machine_config.LANGUAGES:
                item = _element(choice, "item", displayName=f"$(string.{key}_{code})")
                _element(_element(item, "value"), "string", code)
        else:  # REG_SZ
            _element(elements, "text", id=key, valueName=key, required="true", maxLength=str(MAX_TEXT))
    return root


def adml(culture: str) -> ET.Element:
    """The words of one language: names, explanations and the input boxes of each policy."""
    common = COMMON[culture]
    root = ET.Element("policyDefinitionResources", {"revision": REVISION, "schemaVersion": SCHEMA_VERSION,
                                                    "xmlns": NS})
    _element(root, "displayName", common["product"])
    _element(root, "description", common["description"])
    resources = _element(root, "resources")
    strings = _element(resources, "stringTable")
    _element(strings, "string", common["product"], id=CATEGORY)
    _element(strings, "string", common["supported"], id=SUPPORTED)
    presentations = _element(resources, "presentationTable")
    for key in machine_config.KEYS:
        words = TEXTS[key][culture]
        _element(strings, "string", words.name, id=key)
        _element(strings, "string", words.explain, id=f"{key}_Explain")
        element_kind = kind(key)
        if element_kind == "boolean":
            continue
        presentation = _element(presentations, "presentation", id=key)
        if element_kind == "decimal":
            _element(presentation, "decimalTextBox", words.label, refId=key)
        elif element_kind == "enum":
            for code in machine_config.LANGUAGES:
                _element(strings, "string", common[code], id=f"{key}_{code}")
            _element(presentation, "dropdownList", words.label, refId=key, noSort="true", defaultItem="0")
        else:
            _element(_element(presentation, "textBox", refId=key), "label", words.label)
    return root


def render(root: ET.Element) -> str:
    """The document as the committed file holds it: UTF-8, two-space indent, CRLF-free."""
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def templates() -> dict[Path, str]:
    """Every file this script writes, relative to installer/policies/, with its text."""
    _check_words()
    files = {Path(f"{NAME}.admx"): render(admx())}
    for culture in CULTURES:
        files[Path(culture) / f"{NAME}.adml"] = render(adml(culture))
    return files


def main(argv: Sequence[str] | None = None) -> int:
    """Write the templates, or with --check say which differ from what would be written."""
    parser = argparse.ArgumentParser(prog="installer/policy_templates.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the committed files")
    args = parser.parse_args(argv)
    stale = []
    for relative, text in templates().items():
        path = OUT / relative
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(relative.as_posix())
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    if args.check and stale:
        print(f"stale: {', '.join(stale)}; run python installer/policy_templates.py", file=sys.stderr)
        return 1
    print(("wrote " if stale else "up to date: ") + ", ".join(stale or [str(OUT)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
