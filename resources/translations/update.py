"""Extract the workbook's texts with Qt's `lupdate` and compile them with `lrelease`.

    python resources/translations/update.py            # lupdate + lrelease (make translations)
    python resources/translations/update.py --release  # lrelease only

`lupdate` reads Python, but it needs each context as a string literal in the call, and the
code names its context once per module (`_CONTEXT = "Schedule"`, `tr(_CONTEXT, "...")`) or
wraps Qt's call in a one-line helper (`def _t(text): return
QCoreApplication.translate("HelpNow", text)`). So the sources are copied to a temporary
folder where those names are written out as the literals they stand for, and `lupdate` runs
over the copy; nothing else is changed. `workbook.domain.i18n.tr(context, text)` is read as
`translate(context, text)` (`-tr-function-alias`); the code has no `self.tr()`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ROOT / "workbook"
LANGUAGES = ("es", "ar", "fr")

_CONTEXT_NAME = re.compile(
    r'^(?P<name>_?[A-Z_]*CONTEXT[A-Z_]*|_CTX)\s*(?::\s*[\w\[\]]+)?\s*=\s*"(?P<value>[^"]+)"',
    re.MULTILINE,
)
_HELPER = re.compile(
    r"^def (?P<name>_\w+)\(text: str\) -> str:\n"
    r'(?:    """[^"]*"""\n)?'
    r"    return QCoreApplication\.translate\((?P<context>\"[^\"]+\"|\w+), text\)\n",
    re.MULTILINE,
)


def tool(name: str) -> str:
    """A Qt tool from this Python's PySide6 (found beside the interpreter, or on PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships Qt's Linguist tools).")
    return found


def literal_contexts(text: str) -> str:
    """The module's source with its context names and translate helpers written out."""
    names = {m["name"]: f'"{m["value"]}"' for m in _CONTEXT_NAME.finditer(text)}
    for match in _HELPER.finditer(text):
        context = names.get(match["context"], match["context"])
        if context.startswith('"'):
            text = re.sub(rf"(?<![\w.]){match['name']}\(", f"translate({context}, ", text)
    for name, value in names.items():
        text = re.sub(rf"(?<=\()(\s*){name}(?=\s*,)", rf"\g<1>{value}", text)
    return text


def update() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "workbook"
        for source in SOURCES.rglob("*.py"):
            target = copy / source.relative_to(SOURCES)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(literal_contexts(source.read_text(encoding="utf-8")), "utf-8")
        ts_files = [str(HERE / f"workbook_{code}.ts") for code in LANGUAGES]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-extensions",
                "py",
                "-locations",
                "none",
                "-no-obsolete",
                "-tr-function-alias",
                "tr=QObject_tr_unused,translate+=tr",
                str(copy),
                "-ts",
                *ts_files,
            ],
            check=True,
        )


def release(out: Path = HERE) -> list[Path]:
    """Compile each `.ts` to `.qm` in `out`."""
    made = []
    for code in LANGUAGES:
        qm = out / f"workbook_{code}.qm"
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(HERE / f"workbook_{code}.ts"),
                "-qm",
                str(qm),
            ],
            check=True,
        )
        made.append(qm)
    return made


if __name__ == "__main__":
    if "--release" not in sys.argv[1:]:
        update()
    release()
