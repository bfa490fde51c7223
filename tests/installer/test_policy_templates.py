"""The Group Policy templates: generated from the machine configuration's keys, valid, and read back by the app."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
import xmlschema

from client import machine_config, machine_policy
from tests.installer.conftest import ROOT

POLICIES = ROOT / "installer" / "policies"
SCHEMA = POLICIES / "schema" / "PolicyDefinitions-subset.xsd"
ADMX = POLICIES / "CommuneOffice.admx"
ADMLS = [POLICIES / culture / "CommuneOffice.adml" for culture in ("en-US", "vi-VN")]
NS = {"pd": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def test_the_committed_templates_are_what_the_generator_writes(policy_templates: ModuleType) -> None:
    generated = policy_templates.templates()
    assert sorted(generated) == sorted(p.relative_to(POLICIES) for p in [ADMX, *ADMLS])
    for relative, text in generated.items():
        assert (POLICIES / relative).read_text(encoding="utf-8") == text, (
            f"{relative} is stale: run python installer/policy_templates.py")
    assert policy_templates.main(["--check"]) == 0


def test_a_key_added_without_words_stops_the_generator(
    policy_templates: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(machine_config.KEYS, "printer_name", str)
    with pytest.raises(SystemExit, match=r"words missing for \['printer_name'\]"):
        policy_templates.templates()


def test_every_machine_key_has_one_machine_policy_under_the_policies_key() -> None:
    root = ET.parse(ADMX).getroot()
    policies = root.findall("pd:policies/pd:policy", NS)
    assert [p.get("name") for p in policies] == list(machine_config.KEYS)
    for policy in policies:
        assert policy.get("class") == "Machine"
        assert policy.get("key") == machine_policy.POLICY_KEY
        names = {policy.get("valueName")} | {e.get("valueName") for e in policy.iterfind("pd:elements/*", NS)}
        assert names - {None} == {policy.get("name")}  # the registry value is named like the config.ini key


@pytest.mark.parametrize("path", [ADMX, *ADMLS], ids=lambda p: p.relative_to(POLICIES).as_posix())
def test_each_template_validates_against_the_schema(path: Path) -> None:
    xmlschema.XMLSchema(SCHEMA).validate(path)


def test_a_template_the_schema_refuses_is_refused() -> None:
    broken = ADMX.read_text(encoding="utf-8").replace('class="Machine"', 'class="Computer"', 1)
    with pytest.raises(xmlschema.XMLSchemaValidationError, match="Computer"):
        xmlschema.XMLSchema(SCHEMA).validate(broken)


@pytest.mark.parametrize("adml", ADMLS, ids=lambda p: p.parent.name)
def test_every_string_and_presentation_the_admx_names_is_in_each_language(adml: Path) -> None:
    admx_text = ADMX.read_text(encoding="utf-8")
    resources = ET.parse(adml).getroot()
    strings = {s.get("id"): s.text for s in resources.iterfind(".//pd:stringTable/pd:string", NS)}
    presentations = {p.get("id"): p for p in resources.iterfind(".//pd:presentationTable/pd:presentation", NS)}
    assert set(re.findall(r"\$\(string\.([\w.]+)\)", admx_text)) <= strings.keys()
    assert all(text and text.strip() for text in strings.values())
    assert set(re.findall(r"\$\(presentation\.([\w.]+)\)", admx_text)) == presentations.keys()
    element_ids = set(re.findall(r'<(?:text|decimal|enum) id="([\w.]+)"', admx_text))
    assert {box.get("refId") for p in presentations.values() for box in p} == element_ids


def test_the_vietnamese_words_are_vietnamese() -> None:
    vietnamese = ADMLS[1].read_text(encoding="utf-8")
    assert "Địa chỉ máy chủ" in vietnamese and "Chu kỳ đồng bộ (phút)" in vietnamese


def _what_group_policy_writes(policy: ET.Element) -> machine_policy.RegistryValue:
    """The registry value an enabled policy writes: its first choice, a number, or a sample text."""
    name = policy.get("name") or ""
    if (enabled := policy.find("pd:enabledValue/pd:decimal", NS)) is not None:
        return name, int(enabled.get("value") or 0), machine_policy.REG_DWORD
    element = policy.find("pd:elements/*", NS)
    assert element is not None
    tag = element.tag.split("}")[1]
    if tag == "decimal":
        return name, int(element.get("minValue") or 0), machine_policy.REG_DWORD
    if tag == "enum":
        return name, element.findtext("pd:item/pd:value/pd:string", namespaces=NS), machine_policy.REG_SZ
    sample = "https://vanban.laocai.example" if name == "server_url" else "C:\\ProgramData\\CommuneOffice\\x"
    return name, sample, machine_policy.REG_SZ


def test_what_each_enabled_policy_writes_the_app_reads_and_locks(tmp_path: Path) -> None:
    written = [_what_group_policy_writes(p) for p in ET.parse(ADMX).getroot().iterfind("pd:policies/pd:policy", NS)]
    texts, problems = machine_policy.texts(written)
    assert problems == []
    config = machine_config.load(tmp_path / "absent.ini", policies=texts)
    assert config.problems == ()
    assert config.policy == frozenset(machine_config.KEYS)
    assert config.values["sync_interval_minutes"] == 1 and config.values["allow_plain_http"] is True
    assert config.values["language"] == "vi"
