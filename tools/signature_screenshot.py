"""Draw the signature panel beside a signed PDF into docs/screenshots/signature-panel.png.

    .venv/bin/python tools/signature_screenshot.py [--language vi|en]

A test certificate hierarchy is made on the spot (tests/signatures/pki.py), a PDF is signed with it, and a
profile in a temporary folder holds it with the hierarchy's root as this computer's signature trust; nothing
outside that folder is touched. The regular screens are drawn by tools/screenshots.py.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots" / "signature-panel.png"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("vi", "en"), default="vi")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from PySide6.QtWidgets import QApplication

    from client.cache.keys import KdfParams
    from client.cache.profile import Profiles
    from client.cache.records import DocumentRecord
    from client.office import Office
    from client.ui.document_view import DocumentView
    from client.ui.i18n import Translations
    from client.ui.worker import wait_for_idle
    from tests.pdfs import write_pdf
    from tests.signatures.pki import make_pki

    app = QApplication.instance() or QApplication([])
    Translations().install(args.language)
    scratch = Path(tempfile.mkdtemp(prefix="commune-office-signature-shot-"))
    files = make_pki("http://crl.example/intermediate.crl").write(scratch / "pki")
    config = scratch / "config.ini"
    config.write_text(f"[settings]\nsignature_trust = {files['trust']}\n", encoding="utf-8")
    os.environ["COMMUNE_OFFICE_MACHINE_CONFIG"] = str(config)

    draft = write_pdf(scratch / "draft.pdf", "ĐẢNG ỦY XÃ Ý TÝ", "QUYẾT ĐỊNH số 12-QĐ/ĐU",
                      "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số").read_bytes()
    signer = signers.SimpleSigner.load(str(files["signer"].with_name("signer.key.pem")), str(files["signer"]),
                                       ca_chain_files=(str(files["chain"]),))
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(draft)), signers.PdfSignatureMetadata(field_name="approve1"),
                     signer=signer, output=out)
    signed = scratch / "quyet-dinh-12.pdf"
    signed.write_bytes(out.getvalue())

    office = Office(profiles=Profiles(scratch / "profiles", kdf=KdfParams.fast_for_tests()))
    with office.create("vanthu", "mật khẩu dài", unit_id="u1", unit_code="XYT",
                       unit_name="Đảng ủy xã Ý Tý") as session:
        doc_id = session.store.add_document(DocumentRecord(
            kind="incoming", number_symbol="12-QĐ/ĐU", doc_type="Quyết định", issued_date=date.today(),
            summary="Về việc kiện toàn Ban Chỉ đạo chuyển đổi số", issuing_body="Đảng ủy xã Ý Tý",
            status="received"), [signed], local=False)
        session.check_signatures()
        view = DocumentView(session)
        view.resize(1100, 720)
        view.show()
        view.show_document(doc_id, mark_read=False)
        for _ in range(50):
            wait_for_idle()
            app.processEvents()
            if view.signature_panel.isVisible():
                break
        view.tabs.setCurrentIndex(2)
        for _ in range(20):
            wait_for_idle()
            app.processEvents()
        OUT.parent.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(OUT))
        view.close()
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
