"""Bring the UI translations up to date with the code, then compile them:

    .venv/bin/python packaging/update_translations.py

1. ``pyside6-lupdate`` collects every marked string of ``desktop_vlm/ui`` and ``desktop_vlm/app`` into
   ``desktop_vlm/ui/translations/*.ts`` (strings no longer in the code are dropped);
2. the model catalog's descriptions, "good at" lines and licence notes, which the families declare in their
   Qt-free specs (so no tool can find them there), are added in the "Catalog" context, and the domain code's
   message templates (``Message("…")``, found by ``message_templates.py``) in the "Messages" context, each
   keeping its existing translations;
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

New strings are left "unfinished" for a translator (Qt Linguist: ``pyside6-linguist FILE.ts``); run this
again afterwards to compile. ``tests/ui/test_translations.py`` fails while any string is untranslated.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from message_templates import message_templates  # noqa: E402  (beside this script)

from desktop_vlm.runtime.registry import catalog  # noqa: E402  (torch-free)

TRANSLATIONS = ROOT / "desktop_vlm" / "ui" / "translations"
CATALOG = "Catalog"  # the context desktop_vlm/ui/model_choices.py:catalog_text translates in
MESSAGES = "Messages"  # the context desktop_vlm/ui/i18n.py:translate_message translates in


def tool(name: str) -> str:
    """A Qt tool installed beside this interpreter (the venv's bin folder), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"update_translations: {name} not found (it comes with PySide6)")
    return found


def catalog_strings() -> list[tuple[str, str, int]]:
    """(text, spec file relative to the repository, line) of every description, "good at" line and licence
    note, in catalog order."""
    specs = sorted((ROOT / "desktop_vlm" / "runtime").glob("*/spec.py"))
    found: dict[str, tuple[str, str, int]] = {}
    for entry in catalog():
        for text in (entry.description, entry.strengths, entry.license):
            if text and text not in found:
                spec = next((s for s in specs if _line_of(s, text)), None)
                found[text] = (text, str(spec.relative_to(ROOT)), _line_of(spec, text)) if spec else (text, "", 0)
    return list(found.values())


def message_strings() -> list[tuple[str, str, int]]:
    """(template, file relative to the repository, line) of every message template of the domain code."""
    return [(found.template, str(found.path), found.line) for found in message_templates(ROOT)]


def _line_of(spec: Path, text: str) -> int:
    """The line of ``spec`` where ``text`` starts (its first words), or 0."""
    start = text[:24]
    for number, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), start=1):
        if start in line:
            return number
    return 0


def _xml(text: str) -> str:
    return escape(text, quote=True).replace("&#x27;", "&apos;")


def context_block(ts: Path, name: str, strings: list[tuple[str, str, int]], known: dict[str, str]) -> str:
    """The <context> block ``name`` of ``strings``, with ``known`` translations (source -> translation) kept."""
    lines = ["<context>", f"    <name>{name}</name>"]
    for text, source, line in strings:
        lines.append("    <message>")
        if source:
            location = Path(os.path.relpath(ROOT / source, ts.parent)).as_posix()  # as lupdate writes them
            lines.append(f'        <location filename="{location}" line="{line}"/>')
        lines.append(f"        <source>{_xml(text)}</source>")
        if known.get(text):
            lines.append(f"        <translation>{_xml(known[text])}</translation>")
        else:
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def known_translations(ts: Path, name: str) -> dict[str, str]:
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == name:
            return {m.findtext("source"): m.findtext("translation") or "" for m in context.iter("message")}
    return {}


def insert_context(text: str, name: str, block: str) -> str:
    """``block`` (the context ``name``) placed among the contexts in name order, as lupdate sorts them."""
    names = list(re.finditer(r"<context>\s*<name>([^<]*)</name>", text))
    after = next((m for m in names if m.group(1) > name), None)
    at = after.start() if after is not None else text.rindex("</TS>")
    return text[:at] + block + text[at:]


def main() -> int:
    ts_files = sorted(TRANSLATIONS.glob("*.ts"))
    injected = {CATALOG: catalog_strings(), MESSAGES: message_strings()}
    known = {(ts, name): known_translations(ts, name) for ts in ts_files for name in injected}
    sources = sorted(str(p.relative_to(ROOT)) for d in ("ui", "app") for p in (ROOT / "desktop_vlm" / d).glob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            *sources,
            "-ts",
            *(str(ts.relative_to(ROOT)) for ts in ts_files),
        ],
        cwd=ROOT,
        check=True,
    )
    for ts in ts_files:
        text = ts.read_text(encoding="utf-8")
        for name, strings in injected.items():
            text = insert_context(text, name, context_block(ts, name, strings, known[ts, name]))
        ts.write_text(text, encoding="utf-8")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{ts.name}: {unfinished} string(s) to translate" if unfinished else f"{ts.name}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
