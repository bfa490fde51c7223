"""Errors cross the office layer as codes and the screens word them in the interface's language."""

from __future__ import annotations

import inspect

import client.cache.errors
import client.office.errors
import client.updates.errors
import sync.engine.errors
from client.office import OfficeError
from client.office.actions import ActionError
from client.ui.error_text import TEXTS, describe
from sync.engine.errors import MassPurgeError, OfflineError, ProtocolError


def _error_classes() -> list[type[BaseException]]:
    found = []
    for module in (client.cache.errors, sync.engine.errors, client.office.errors, client.updates.errors):
        found += [c for _n, c in inspect.getmembers(module, inspect.isclass)
                  if issubclass(c, Exception) and c.__module__ == module.__name__]
    return found


def test_every_error_class_of_the_core_has_a_worded_code() -> None:
    missing = [c.__name__ for c in _error_classes() if isinstance(getattr(c, "code", None), str)
               and c.code not in TEXTS]
    assert missing == []


def test_the_engine_writes_no_vietnamese_and_the_gui_words_it_in_vietnamese(vietnamese: None) -> None:
    error = OfflineError("ConnectionError")
    assert str(error).startswith("Cannot reach the server")  # the CLI's plain English
    assert describe(error) == "Không kết nối được máy chủ. Các thay đổi được lưu và sẽ gửi khi có mạng."
    assert describe(MassPurgeError(61, 100)).startswith("Máy chủ yêu cầu xóa 61 trong số 100 hồ sơ")
    assert "document d1 cannot be stored" in describe(ProtocolError("document d1 cannot be stored: x"))


def test_office_errors_carry_their_values_into_the_sentence(vietnamese: None) -> None:
    error = ActionError("bad_transition", "A document in status 'sent' cannot move to 'draft'.",
                        current="sent", target="draft")
    assert describe(error) == "Văn bản đang ở trạng thái \"Đã gửi\" không thể chuyển sang \"Dự thảo\"."


def test_an_unknown_error_is_never_blank(qapp: object) -> None:
    assert describe(RuntimeError("disk on fire")) == "Something went wrong: disk on fire"
    assert describe(OfficeError("brand_new_code", "A new case")) == "Something went wrong: A new case"


def test_a_wipe_says_what_was_lost_and_an_unverified_one_that_nothing_was(vietnamese: None) -> None:
    from sync.engine.errors import DeviceRevokedError, WipeNotConfirmedError

    assert "kể cả 3 thay đổi chưa gửi" in describe(DeviceRevokedError(3))
    assert "không có gì bị xóa" in describe(WipeNotConfirmedError("its proof does not verify"))
