"""Collect the interface's strings into resources/translations/officedesk_{vi,en}.ts and build the .qm files.

1. pyside6-lupdate reads officedesk/**/*.py (not the generated forms: their strings come from ui/*.ui) and
   ui/*.ui, and merges new strings into both .ts files (vanished ones are dropped).
   lupdate only sees literal QCoreApplication.translate("Context", "text") calls; the core's one-line helpers
   (`def _tr(s): return QCoreApplication.translate("Cli", s)`, called as `_tr("text")`) are found here, by
   reading the sources' syntax trees, and their strings added to the catalogues too.
2. officedesk_vi.ts is filled from tools/vi_catalogue.py; officedesk_en.ts takes the English source as is.
3. pyside6-lrelease compiles each .ts into .qm next to it.

Exits 1, listing them, when a Vietnamese translation is missing or does not keep the source's placeholders and
mnemonic; the .ts is still written so the strings can be seen in context.

    python tools/build_translations.py            (make translations)
    python tools/build_translations.py --prune    also delete catalogue entries no longer in the sources
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")

sys.path.insert(0, str(ROOT / "tools"))
import vi_catalogue  # noqa: E402  (tools/ is not a package)

Key = tuple[str, str]  # (context, source)


def tool(name: str) -> str:
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found next to {sys.executable}; run `make install-dev`")


def sources(root: Path = ROOT) -> list[Path]:
    forms = root / "officedesk" / "gui" / "forms"
    py = [p for p in sorted((root / "officedesk").rglob("*.py")) if forms not in p.parents]
    return py + sorted((root / "ui").glob("*.ui"))


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"officedesk_{language}.ts"


def lupdate(ts_files: list[Path], root: Path = ROOT) -> None:
    # A list file keeps the command line short on Windows; relative locations keep diffs small.
    listing = ts_files[0].parent / ".lupdate-sources.lst"
    listing.write_text("\n".join(str(p) for p in sources(root)) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                f"@{listing}",
                "-source-language",
                "en",
                "-locations",
                "relative",
                "-no-obsolete",
                "-silent",
                "-ts",
                *map(str, ts_files),
            ],
            check=True,
            cwd=root,
        )
    finally:
        listing.unlink(missing_ok=True)


def _const_str(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _is_translate(node: ast.AST) -> bool:
    """QCoreApplication.translate(...) or a bare translate(...)."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "translate") or (
        isinstance(func, ast.Name) and func.id == "translate"
    )


def helper_messages(path: Path) -> list[tuple[str, str, int]]:
    """(context, text, line) of calls such as _tr("text") to a helper that translates in a fixed context."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _const_str(node.value, {})
            if value is not None:
                constants[node.targets[0].id] = value
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [b for b in node.body if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not _is_translate(body[0].value):
            continue
        call = body[0].value
        assert isinstance(call, ast.Call)
        param = node.args.args[0].arg
        if len(call.args) >= 2 and isinstance(call.args[1], ast.Name) and call.args[1].id == param:
            context = _const_str(call.args[0], constants)
            if context is not None:
                helpers[node.name] = context
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        if isinstance(node.func, ast.Name) and node.func.id in helpers:
            text = _const_str(node.args[0], {})
            if text is not None:
                found.append((helpers[node.func.id], text, node.lineno))
        elif isinstance(node.func, (ast.Name, ast.Attribute)) and len(node.args) == 2:
            # officedesk.i18n.tr("Context", "text") with literal arguments.
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
            context, text = _const_str(node.args[0], {}), _const_str(node.args[1], {})
            if name == "tr" and context is not None and text is not None:
                found.append((context, text, node.lineno))
    return found


def add_helper_messages(ts_file: Path, root: Path = ROOT) -> None:
    tree = ET.parse(ts_file)
    ts = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in ts.iter("context")}
    known = {(ctx, m.findtext("source") or "") for ctx, m in messages(tree)}
    for path in sources(root):
        if path.suffix != ".py":
            continue
        for context, text, line in helper_messages(path):
            if (context, text) in known:
                continue
            known.add((context, text))
            element = contexts.get(context)
            if element is None:
                element = ET.Element("context")
                ET.SubElement(element, "name").text = context
                contexts[context] = element
                names = sorted(contexts)
                ts.insert(names.index(context), element)
            message = ET.SubElement(element, "message")
            rel = Path("..", "..", path.relative_to(root)).as_posix()
            ET.SubElement(message, "location", filename=rel, line=str(line))
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", type="unfinished")
    write_ts(tree, ts_file)


def collect(ts_files: list[Path], root: Path = ROOT) -> None:
    """Every translatable string of the sources into the .ts files: lupdate's, then the helpers'."""
    lupdate(ts_files, root)
    for ts_file in ts_files:
        add_helper_messages(ts_file, root)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, cwd=ROOT
    )


# -- reading and checking .ts files -------------------------------------------------------------------


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def message_keys(ts_file: Path) -> set[Key]:
    return {(ctx, m.findtext("source") or "") for ctx, m in messages(ET.parse(ts_file))}


def unfinished(ts_file: Path) -> list[Key]:
    """Messages without a finished translation (lupdate's type="unfinished", or empty)."""
    missing = []
    for ctx, message in messages(ET.parse(ts_file)):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            missing.append((ctx, message.findtext("source") or ""))
        elif not ("".join(translation.itertext())).strip():
            missing.append((ctx, message.findtext("source") or ""))
    return missing


_PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%n|%L?\d")
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def problems(source: str, translation: str) -> list[str]:
    """What a translation must keep from its source: the placeholders and a typeable mnemonic."""
    found = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    if _MNEMONIC.search(source):
        marks = _MNEMONIC.findall(translation)
        if len(marks) != 1:
            found.append("needs exactly one & mnemonic")
        elif not (marks[0].isascii() and marks[0].isalnum()):
            found.append(f"mnemonic {marks[0]!r} cannot be typed with Alt on every keyboard")
    return found


# -- filling ------------------------------------------------------------------------------------------


def fill(ts_file: Path, translate: Callable[[str, str], str | None]) -> list[str]:
    """Put the catalogue's translations into a .ts file; returns the problems (missing, inconsistent)."""
    tree = ET.parse(ts_file)
    report = []
    for ctx, message in messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = translate(ctx, source)
        if text is None:
            translation.set("type", "unfinished")
            report.append(f"missing  [{ctx}] {source!r}")
            continue
        for issue in problems(source, text):
            report.append(f"{issue}  [{ctx}] {source!r} -> {text!r}")
        if message.get("numerus") == "yes":
            # Vietnamese has one plural form, English two; the catalogue gives one text with %n.
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            forms = 1 if tree.getroot().get("language", "").startswith("vi") else 2
            for _ in range(forms):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    write_ts(tree, ts_file)
    return report


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    # The layout lupdate itself writes (contexts at the margin), so running it again changes nothing.
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8",
        newline="\n",
    )


def translator_for(language: str) -> Callable[[str, str], str | None]:
    if language == "vi":
        return vi_catalogue.lookup
    return lambda _ctx, source: source  # the sources are English


def unused_catalogue_entries(ts_file: Path) -> list[Key]:
    keys = message_keys(ts_file)
    return [
        (ctx, src) for ctx, entries in vi_catalogue.VI.items() for src in entries if (ctx, src) not in keys
    ]


def prune_catalogue(stale: set[Key]) -> list[Path]:
    """Delete the catalogue entries whose strings left the sources; returns the modules rewritten."""
    changed = []
    for path in sorted((ROOT / "tools" / "vi_catalogue").glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        spans = []
        for node in ast.walk(ast.parse("".join(lines))):
            if not (isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Dict)):
                continue
            for ctx_node, entries in zip(node.value.keys, node.value.values, strict=True):
                if not (isinstance(ctx_node, ast.Constant) and isinstance(entries, ast.Dict)):
                    continue
                for key, value in zip(entries.keys, entries.values, strict=True):
                    if isinstance(key, ast.Constant) and (ctx_node.value, key.value) in stale:
                        end = value.end_lineno or value.lineno
                        # A value wrapped in parentheses ends on the line of its closing "),".
                        if end < len(lines) and lines[end].strip() == "),":
                            end += 1
                        spans.append((key.lineno, end))
        if spans:
            for first, last in sorted(spans, reverse=True):
                del lines[first - 1 : last]
            path.write_text("".join(lines), encoding="utf-8")
            changed.append(path)
    return changed


def build(folder: Path = TS_DIR, root: Path = ROOT, release: bool = True) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [ts_path(lang, folder) for lang in LANGUAGES]
    collect(ts_files, root)
    report: list[str] = []
    for language, ts_file in zip(LANGUAGES, ts_files, strict=True):
        issues = fill(ts_file, translator_for(language))
        report += [f"{ts_file.name}: {line}" for line in issues]
        if release:
            lrelease(ts_file, ts_file.with_suffix(".qm"))
    return report


def main() -> int:
    prune = "--prune" in sys.argv[1:]
    report = build()
    stale = unused_catalogue_entries(ts_path("vi"))
    if prune:
        for path in prune_catalogue(set(stale)):
            sys.stdout.write(f"pruned {path.relative_to(ROOT)}\n")
    else:
        for ctx, src in stale:
            sys.stderr.write(
                f"note: vi_catalogue entry no longer used (--prune removes it): [{ctx}] {src!r}\n"
            )
    if report:
        sys.stderr.write("Translations need attention (add them to tools/vi_catalogue/):\n")
        sys.stderr.writelines(f"  {line}\n" for line in report)
        return 1
    for language in LANGUAGES:
        sys.stdout.write(
            f"{ts_path(language).relative_to(ROOT)}: {len(message_keys(ts_path(language)))} messages\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
