"""What the signing and the checking dialogs share: the blocks' names, the language of refusals, remembered choices,
and the suggestions for the token's driver and the signed file's name.

Nothing here imports the signing core (pyHanko takes half a second to load): it is loaded by the workers, the
first time a PDF is signed or checked.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from officedesk.errors import UserError
from officedesk.gui import settings

CONTEXT = "PdfSign"

# The signature blocks of the minutes, in the order they are printed (officedesk.security.pdf_signing.BLOCKS).
BLOCKS: tuple[str, ...] = ("unit", "team", "minutes")
_BLOCK_NAMES = {
    "unit": QT_TRANSLATE_NOOP("PdfSign", "Unit representative"),
    "team": QT_TRANSLATE_NOOP("PdfSign", "Team leader"),
    "minutes": QT_TRANSLATE_NOOP("PdfSign", "Minute-taker"),
}

# The core's default reason; it is written into the document, which is always Vietnamese.
DEFAULT_REASON = "Ký biên bản kiểm tra"

METHOD_FILE = "file"
METHOD_TOKEN = "token"

# QSettings keys. Passwords and PINs are never stored.
KEY_CERTIFICATE = "pdfsign/certificate"
KEY_BLOCK = "pdfsign/block"
KEY_METHOD = "pdfsign/method"
KEY_LIBRARY = "pdfsign/pkcs11_library"
KEY_TOKEN_LABEL = "pdfsign/token_label"
KEY_LOCATION = "pdfsign/location"
KEY_TRUST_ROOTS = "pdfsign/trust_roots"

# PKCS#11 drivers of the USB tokens sold in Vietnam (SafeNet eToken, Feitian ePass2003 and the CAs' own builds) and
# OpenSC; the first one installed is suggested. On Linux p11-kit's proxy reaches every driver registered with it.
PKCS11_CANDIDATES: dict[str, tuple[str, ...]] = {
    "win32": (
        r"C:\Windows\System32\eTPKCS11.dll",
        r"C:\Windows\System32\eps2003csp11.dll",
        r"C:\Windows\System32\eps2003csp11v2.dll",
        r"C:\Windows\System32\viettel-ca_v6.dll",
        r"C:\Windows\System32\vnpt-ca_csp11.dll",
        r"C:\Windows\System32\SignatureP11.dll",
        r"C:\Windows\System32\opensc-pkcs11.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
    ),
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib64/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/libeTPkcs11.so",
        "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so",
        "/usr/lib64/p11-kit-proxy.so",
    ),
    "darwin": (
        "/Library/OpenSC/lib/opensc-pkcs11.so",
        "/usr/local/lib/opensc-pkcs11.so",
        "/usr/local/lib/libeTPkcs11.dylib",
    ),
}


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text.
    return QCoreApplication.translate(CONTEXT, str(text))


def block_name(block: str) -> str:
    """'team' -> 'Trưởng đoàn'; a field the minutes do not print is shown by its own name."""
    return _t(_BLOCK_NAMES[block]) if block in _BLOCK_NAMES else block


def english_ui() -> bool:
    """True when the interface is shown in English.

    The running interface is in the language whose catalogue was installed at start-up (settings.language() then;
    a change in Settings waits for the next start), so it is read from the catalogue itself: when this package's
    strings come out untranslated the person reads English (the English catalogue, or none installed).
    """
    probe = "Unit representative"
    return QCoreApplication.translate(CONTEXT, probe) == probe


def refusal_text(exc: BaseException) -> str:
    """A refusal from the signing core in the interface's language (SigningError carries both), else str(exc)."""
    english = getattr(exc, "english", None)
    if english_ui() and isinstance(english, str) and english:
        return english
    return str(exc)


def is_refusal(exc: BaseException) -> bool:
    return isinstance(exc, UserError)


# -- remembered choices ----------------------------------------------------------------------------------------


def read_text(key: str, default: str = "") -> str:
    value = settings.app_settings().value(key, default)
    return value if isinstance(value, str) else default


def write_values(values: dict[str, str]) -> None:
    store = settings.app_settings()
    for key, value in values.items():
        store.setValue(key, value)
    store.sync()


def saved_block() -> str:
    value = read_text(KEY_BLOCK, "team")
    return value if value in BLOCKS else "team"


def saved_trust_roots() -> list[Path]:
    """The trusted root certificates chosen before, those still on disk."""
    value = settings.app_settings().value(KEY_TRUST_ROOTS, [])
    items: Iterable[object] = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [Path(p) for p in items if isinstance(p, str) and p and Path(p).is_file()]


def save_trust_roots(paths: Iterable[Path]) -> None:
    store = settings.app_settings()
    names = [str(p) for p in paths]
    if names:
        store.setValue(KEY_TRUST_ROOTS, names)
    else:
        store.remove(KEY_TRUST_ROOTS)
    store.sync()


# -- suggestions -----------------------------------------------------------------------------------------------


def suggested_pkcs11_library(
    platform: str = sys.platform, exists: Callable[[str], bool] = lambda p: Path(p).is_file()
) -> str:
    """The first token driver installed on this computer, or '' when none of the known ones is."""
    key = "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"
    return next((p for p in PKCS11_CANDIDATES[key] if exists(p)), "")


def pkcs11_example(platform: str = sys.platform) -> str:
    """What a driver's path looks like here, for the empty field's placeholder."""
    key = "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"
    return PKCS11_CANDIDATES[key][0]


_SIGNED_SUFFIX = re.compile(r"-da-ky(-\d+)?$", re.IGNORECASE)


def default_output(src: Path) -> Path:
    """'bien-ban.pdf' -> 'bien-ban-da-ky.pdf' in the same folder; never the source, never a file already there
    ('bien-ban-da-ky.pdf' signed again -> 'bien-ban-da-ky-2.pdf')."""
    stem = _SIGNED_SUFFIX.sub("", src.stem) or src.stem
    n = 1
    while True:
        candidate = src.with_name(f"{stem}-da-ky.pdf" if n == 1 else f"{stem}-da-ky-{n}.pdf")
        if candidate != src and not candidate.exists():
            return candidate
        n += 1


def output_path(text: str, src: Path) -> Path | None:
    """The output file typed by the person: a bare name goes next to the source, '.pdf' is added if missing."""
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = src.parent / path
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path
