"""Digital signatures on inspection minutes: PAdES signing (PKCS#12 file or PKCS#11 token) and verification.

Headless core (no Qt). Built on pyHanko:

* signing produces a PAdES baseline B-B signature (``/ETSI.CAdES.detached``) in one of the three signature
  blocks of the minutes ("unit", "team", "minutes"). The reports module prints those blocks as empty signature
  fields; when a field is missing, a visible one is created at the bottom right of the last page.
* the visible stamp follows Decree 30/2020/ND-CP: 10 pt text in an embedded TrueType font that covers
  Vietnamese, "Ký bởi: <name>" and the signing time in ISO 8601 with the Vietnam offset (+07:00).
* the output is always a new file, written atomically; the source PDF is never modified.
* verification reports, per signature, whether the signed bytes are intact, whether the file was changed after
  signing by anything other than further signatures (pyHanko's incremental-update analysis), and whether the
  signer's certificate chains to one of the given trust roots.

Every refusal raises :class:`SigningError`, whose ``str()`` is a Vietnamese sentence for the user and whose
``english`` attribute carries the same message in English (logs, the English UI).

Extra packages: ``pyHanko[opentype]`` (fontTools + uharfbuzz, for the Vietnamese stamp font) and, for tokens,
``pyHanko[pkcs11]`` (python-pkcs11). Both are imported lazily: without them verification still works and
signing raises a :class:`SigningError` that says what is missing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import os
import tempfile
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

from asn1crypto import pem as asn1_pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509 as pyca_x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate, AdESSubIndic
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, Signer, SimpleSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko.stamp import TextStamp, TextStampStyle
from pyhanko_certvalidator import ValidationContext

from officedesk.errors import UserError
from officedesk.resources import resource_path
from officedesk.rules.vnformat import date_short

if TYPE_CHECKING:
    import pkcs11 as p11
    from pkcs11._pkcs11 import lib as P11Lib
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

__all__ = [
    "BLOCKS",
    "FONT_PATH",
    "VN_TZ",
    "Block",
    "iso_time",
    "SignResult",
    "SignatureReport",
    "SigningError",
    "sign_pdf_p12",
    "sign_pdf_pkcs11",
    "verify_pdf",
]

log = logging.getLogger(__name__)

Block = Literal["unit", "team", "minutes"]
BLOCKS: tuple[str, ...] = get_args(Block)

VN_TZ = timezone(timedelta(hours=7), "ICT")
"""Vietnam has used UTC+07:00 without daylight saving since 1975; a fixed offset needs no tz database."""

FONT_PATH = resource_path("fonts", "LiberationSerif-Regular.ttf")
STAMP_FONT_SIZE = 10  # Decree 30/2020/ND-CP, appendix I: digital-signature text in 10 pt
STAMP_LEADING = 12

# A field created because the report has none: 240 x 60 pt holds the two stamp lines at 10 pt without shrinking,
# 20 mm from the right and bottom edges of the last page (the usual margins of administrative documents).
DEFAULT_FIELD_WIDTH = 240
DEFAULT_FIELD_HEIGHT = 60
DEFAULT_FIELD_MARGIN = 57  # 20 mm
_FIELD_GAP = 8

# Signatures on administrative documents: either key usage is accepted (Vietnamese CAs set both, usually).
_KEY_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"}, match_all_key_usages=False)

# pyHanko renders its signing time with this format; _Decree30StampStyle turns it into ISO 8601 (+07:00).
_STAMP_TS_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


class SigningError(UserError):
    """A refused signing or verification; ``str(e)`` is Vietnamese, ``e.english`` is the same in English."""

    def __init__(self, message_vi: str, english: str = "") -> None:
        super().__init__(message_vi)
        self.english = english or message_vi

    def __reduce__(self) -> tuple[type[SigningError], tuple[str, str]]:  # survives a worker process
        return (type(self), (str(self), self.english))


@dataclass(frozen=True)
class SignResult:
    dst: Path
    field: str
    signer: str
    signed_at: datetime


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str
    signed_at: datetime | None
    intact: bool
    covers_whole_file: bool
    modified_after: bool
    trusted: bool
    trust_problem: str | None
    summary_vi: str


# --------------------------------------------------------------------------------------------------------------
# Helpers shared by signing and verification


def iso_time(moment: datetime) -> str:
    """ISO 8601 in Vietnam time, to the second: '2025-06-01T10:30:00+07:00'."""
    return moment.astimezone(VN_TZ).replace(microsecond=0).isoformat()


def _vn_date(moment: datetime) -> str:
    return date_short(moment.astimezone(VN_TZ).date())


def _common_name(cert: asn1_x509.Certificate) -> str:
    """The subject's common name exactly as stored (UTF8String, diacritics kept), else the whole subject."""
    parsed = pyca_x509.load_der_x509_certificate(cert.dump())
    names = parsed.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if names:
        value = names[0].value
        return value if isinstance(value, str) else value.decode("utf-8", "replace")
    return parsed.subject.rfc4514_string()


def _validity(cert: asn1_x509.Certificate) -> tuple[datetime, datetime]:
    validity = cert["tbs_certificate"]["validity"]
    not_before: datetime = validity["not_before"].native
    not_after: datetime = validity["not_after"].native
    return not_before, not_after


def _expired_error(not_after: datetime) -> SigningError:
    return SigningError(
        f"Chứng thư số đã hết hạn ngày {_vn_date(not_after)}.",
        f"The certificate expired on {_vn_date(not_after)}.",
    )


def _check_certificate_usable(cert: asn1_x509.Certificate, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    not_before, not_after = _validity(cert)
    if now > not_after:
        raise _expired_error(not_after)
    if now < not_before:
        raise SigningError(
            f"Chứng thư số chưa có hiệu lực (có hiệu lực từ ngày {_vn_date(not_before)}).",
            f"The certificate is not valid yet (valid from {_vn_date(not_before)}).",
        )
    usage = cert.key_usage_value
    if usage is not None and not any(u in usage.native for u in ("digital_signature", "non_repudiation")):
        raise SigningError(
            "Chứng thư số này không được phép dùng để ký số văn bản.",
            "This certificate may not be used for signing documents.",
        )


def _read_pdf_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise SigningError(f"Không tìm thấy tệp {path.name}.", f"File not found: {path}.") from e
    except OSError as e:
        raise SigningError(f"Không đọc được tệp {path.name}.", f"Cannot read {path}: {e}.") from e
    if b"%PDF-" not in data[:1024]:
        raise SigningError(f"Tệp {path.name} không phải là tệp PDF.", f"{path} is not a PDF file.")
    return data


def _damaged(path: Path, e: BaseException) -> SigningError:
    return SigningError(
        f"Tệp PDF {path.name} bị hỏng, không đọc được.",
        f"The PDF file {path} is damaged and cannot be read ({e}).",
    )


# --------------------------------------------------------------------------------------------------------------
# Signing


# Latin with every Vietnamese letter (precomposed and combining), Greek, Cyrillic, punctuation, currency.
_STAMP_FONT_RANGES = (
    (0x20, 0x52F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F),
)


@functools.lru_cache(maxsize=1)
def _stamp_font_bytes() -> bytes:
    """The stamp font rescaled to 1000 units per em (once per process, ~0.2 s).

    pyHanko 0.38 writes the CID font's /W glyph widths in raw font units, which a PDF reader takes as
    thousandths of an em: a TrueType font with 2048 units/em (Liberation, Times New Roman, Arial...) would be
    drawn with its letters twice as far apart. Rescaling the font to 1000 units/em makes the raw units right.
    Hinting is dropped (its programs assume the original grid) and so are scripts the stamp never shows.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    if not FONT_PATH.is_file():
        raise SigningError(
            "Thiếu phông chữ để trình bày chữ ký số; cần cài đặt lại chương trình.",
            f"The stamp font is missing ({FONT_PATH}); reinstall the application.",
        )
    font = TTFont(str(FONT_PATH))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    cmap = font.getBestCmap()
    subsetter.populate(unicodes=[c for c in cmap if any(lo <= c <= hi for lo, hi in _STAMP_FONT_RANGES)])
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    out = BytesIO()
    font.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class _StampFontFactory(FontEngineFactory):
    """pyHanko's OpenType engine (HarfBuzz shaping, embedded subset) fed with :func:`_stamp_font_bytes`."""

    font_size: int = STAMP_FONT_SIZE

    def create_font_engine(self, writer: BasePdfFileWriter, obj_stream: Any = None) -> GlyphAccumulator:
        from pyhanko.pdf_utils.font.opentype import GlyphAccumulator  # needs pyHanko[opentype]

        if obj_stream is None and writer.stream_xrefs:
            obj_stream = writer.prepare_object_stream()  # type: ignore[no-untyped-call]
        return GlyphAccumulator(
            writer=writer,
            font_handle=BytesIO(_stamp_font_bytes()),
            font_size=self.font_size,
            bcp47_lang_code="vi",
            obj_stream=obj_stream,
        )


@functools.lru_cache(maxsize=1)
def _stamp_advances() -> tuple[dict[int, int], int]:
    """Advance widths (thousandths of an em) by code point, and the fallback width, for measuring lines."""
    from fontTools.ttLib import TTFont

    font = TTFont(BytesIO(_stamp_font_bytes()))
    hmtx = font["hmtx"]
    advances = {cp: hmtx[glyph][0] for cp, glyph in font.getBestCmap().items()}
    return advances, hmtx[".notdef"][0]


def _line_width(text: str, size: float = STAMP_FONT_SIZE) -> float:
    advances, fallback = _stamp_advances()
    return sum(advances.get(ord(ch), fallback) for ch in text) * size / 1000


# Candidate stamp texts, most compact first; the signature block printed by the reports (60 x 25 mm) needs the
# three-line form to keep 10 pt, a wider field gets two lines.
_STAMP_LAYOUTS: tuple[tuple[str, ...], ...] = (
    ("Ký bởi: %(signer)s", "Thời gian ký: %(iso_ts)s"),
    ("Ký bởi: %(signer)s", "Thời gian ký:", "%(iso_ts)s"),
)
STAMP_TEXT = "\n".join(_STAMP_LAYOUTS[0])
_STAMP_PAD_X = 5  # points between the field's edge and the text, each side
_STAMP_PAD_Y = 2


class _Decree30StampStyle(TextStampStyle):
    """Text stamp: "Ký bởi: <name>" and the signing time in ISO 8601 (+07:00), 10 pt, Vietnamese font.

    pyHanko renders its signing time with ``timestamp_format`` into the ``ts`` parameter; it is parsed back here
    and re-rendered as ``iso_ts`` with a colon in the offset (Python 3.11's strftime has no ``%:z``), so the
    stamp shows exactly the time recorded in the signature. The line layout is chosen for the field's width so
    the text stays at 10 pt; pyHanko only shrinks it when no layout fits.
    """

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> TextStamp:
        params = dict(text_params)
        params["iso_ts"] = iso_time(datetime.strptime(params["ts"], _STAMP_TS_FORMAT))
        width = max(box.width - 2 * _STAMP_PAD_X, 1) if box.width_defined else None
        height = max(box.height - 2 * _STAMP_PAD_Y, 1) if box.height_defined else None

        def scale_needed(lines: tuple[str, ...]) -> float:
            rendered = [line % params for line in lines]
            need_w = max(_line_width(line) for line in rendered)
            need_h = STAMP_LEADING * len(lines)
            return max(need_w / width if width else 0.0, need_h / height if height else 0.0)

        fitting = [lines for lines in _STAMP_LAYOUTS if scale_needed(lines) <= 1]
        chosen = fitting[0] if fitting else min(_STAMP_LAYOUTS, key=scale_needed)
        style = dataclasses.replace(self, stamp_text="\n".join(chosen))
        return TextStamp(writer=writer, style=style, box=box, text_params=params)


def _stamp_style() -> TextStampStyle:
    try:  # a missing font or font engine is reported before anything is signed
        import uharfbuzz  # noqa: F401

        _stamp_font_bytes()
    except ImportError as e:
        raise SigningError(
            "Máy chưa cài thành phần trình bày chữ ký số (fontTools, uharfbuzz); cần cài đặt lại chương trình.",
            f"The stamp's font engine is not installed (pyHanko[opentype]): {e}.",
        ) from e
    font = _StampFontFactory(font_size=STAMP_FONT_SIZE)
    no_margin = layout.SimpleBoxLayoutRule(
        x_align=layout.AxisAlignment.ALIGN_MIN,
        y_align=layout.AxisAlignment.ALIGN_MID,
        margins=layout.Margins(left=0, right=0, top=0, bottom=0),
    )
    return _Decree30StampStyle(
        stamp_text=STAMP_TEXT,
        timestamp_format=_STAMP_TS_FORMAT,
        text_box_style=TextBoxStyle(
            font=font, font_size=STAMP_FONT_SIZE, leading=STAMP_LEADING, box_layout_rule=no_margin
        ),
        border_width=0,  # the report prints the signature block's frame and labels itself
        background=None,  # transparent: whatever the report printed in the block stays visible
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=_STAMP_PAD_X, right=_STAMP_PAD_X, top=_STAMP_PAD_Y, bottom=_STAMP_PAD_Y),
        ),
    )


def _same_file(a: Path, b: Path) -> bool:
    if os.path.normcase(a.resolve()) == os.path.normcase(b.resolve()):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


@dataclass(frozen=True)
class _Job:
    src: Path
    dst: Path
    block: str
    data: bytes


def _prepare(src: Path, dst: Path, block: str, timestamp_url: object) -> _Job:
    """Every check that needs neither the key nor the PIN, so nothing is unlocked for a doomed job."""
    src, dst = Path(src), Path(dst)
    if timestamp_url is not None:
        raise SigningError(
            "Chưa hỗ trợ dấu thời gian (timestamp) khi ký.",
            "Signature timestamps are not supported yet.",
        )
    if block not in BLOCKS:
        raise SigningError(
            f"Không tìm thấy ô ký '{block}' (chỉ có: {', '.join(BLOCKS)}).",
            f"Signature field '{block}' not found (known fields: {', '.join(BLOCKS)}).",
        )
    if _same_file(src, dst):
        raise SigningError(
            "Tệp đã ký phải được lưu thành tệp mới, không ghi đè lên tệp gốc.",
            "The signed file must be saved as a new file, not over the original.",
        )
    data = _read_pdf_bytes(src)
    if not dst.parent.is_dir():
        raise SigningError(
            f"Thư mục lưu tệp đã ký không tồn tại: {dst.parent}.",
            f"The output folder does not exist: {dst.parent}.",
        )
    return _Job(src=src, dst=dst, block=block, data=data)


@dataclass(frozen=True)
class _FieldState:
    is_signature: bool
    filled: bool


def _walk_fields(root: Any) -> Iterator[tuple[str, generic.DictionaryObject, Any]]:
    """(fully qualified name, field dictionary, inherited /FT) of every named form field."""
    try:
        fields = root["/AcroForm"]["/Fields"]
    except (KeyError, TypeError):
        return
    seen: set[tuple[int, int]] = set()

    def walk(array: Any, prefix: str, inherited_ft: Any) -> Iterator[tuple[str, generic.DictionaryObject, Any]]:
        for ref in array:
            if isinstance(ref, generic.IndirectObject):
                key = (ref.idnum, ref.generation)
                if key in seen:
                    continue
                seen.add(key)
            field = ref.get_object()
            if not isinstance(field, generic.DictionaryObject) or "/T" not in field:
                continue  # not a field, or a bare widget
            ft = field.get("/FT", inherited_ft)
            name = f"{prefix}.{field['/T']}" if prefix else str(field["/T"])
            yield name, field, ft
            kids = field.get("/Kids")
            if isinstance(kids, generic.ArrayObject):
                yield from walk(kids, name, ft)

    if isinstance(fields, generic.ArrayObject):
        yield from walk(fields, "", None)


def _find_field(reader: PdfFileReader, name: str) -> _FieldState | None:
    """Look a form field up by its fully qualified name (any type: a text field must not be 'signed')."""
    for qualified, field, ft in _walk_fields(reader.root):
        if qualified == name:
            return _FieldState(is_signature=ft == "/Sig", filled=field.get("/V") is not None)
    return None


def _inherited(page: generic.DictionaryObject, key: str) -> Any:
    node: Any = page
    for _ in range(64):
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        if parent is None:
            return None
        node = parent.get_object()
    return None


def _rect(value: Any) -> tuple[float, float, float, float] | None:
    try:
        x1, y1, x2, y2 = (float(v) for v in value)
    except (TypeError, ValueError):
        return None
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _default_field_spec(reader: PdfFileReader, name: str) -> SigFieldSpec:
    """A visible field at the bottom right of the last page, moved up past any widget already there."""
    page_count = int(reader.root["/Pages"]["/Count"])
    if page_count < 1:
        raise SigningError("Tệp PDF không có trang nào.", "The PDF has no pages.")
    last = page_count - 1
    page_ref, _resources = reader.find_page_for_modification(last)  # type: ignore[no-untyped-call]
    page = page_ref.get_object()
    box = _rect(_inherited(page, "/CropBox")) or _rect(_inherited(page, "/MediaBox")) or (0, 0, 595, 842)
    left, bottom, right, top = box

    taken: list[tuple[float, float, float, float]] = []
    for annot_ref in page.get("/Annots", generic.ArrayObject()) or ():
        annot = annot_ref.get_object()
        if isinstance(annot, generic.DictionaryObject):
            r = _rect(annot.get("/Rect"))
            if r is not None:
                taken.append(r)

    width = min(DEFAULT_FIELD_WIDTH, (right - left) - 2 * DEFAULT_FIELD_MARGIN)
    x2 = right - DEFAULT_FIELD_MARGIN
    x1 = x2 - width
    y1 = bottom + DEFAULT_FIELD_MARGIN

    def overlaps(y: float) -> bool:
        return any(not (x2 <= a or b <= x1 or y + DEFAULT_FIELD_HEIGHT <= c or d <= y) for a, c, b, d in taken)

    y = y1
    while overlaps(y) and y + 2 * DEFAULT_FIELD_HEIGHT + _FIELD_GAP < top - DEFAULT_FIELD_MARGIN:
        y += DEFAULT_FIELD_HEIGHT + _FIELD_GAP
    if overlaps(y):
        y = y1
    rect = (round(x1), round(y), round(x2), round(y + DEFAULT_FIELD_HEIGHT))
    return SigFieldSpec(sig_field_name=name, on_page=last, box=rect)


def _write_atomically(dst: Path, data: bytes) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o644)  # mkstemp makes 0600; a signed minutes PDF is meant to be shared
        os.replace(tmp, dst)
    except BaseException as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(e, OSError):
            raise SigningError(
                f"Không ghi được tệp {dst.name} (tệp có thể đang mở trong chương trình khác).",
                f"Cannot write {dst} (is it open in another program?): {e}.",
            ) from e
        raise
    if os.name == "posix":
        with contextlib.suppress(OSError):
            dir_fd = os.open(dst.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


def _sign(
    job: _Job,
    cms_signer: Signer,
    cert: asn1_x509.Certificate,
    *,
    reason: str,
    location: str | None,
    signer_label: str | None,
) -> SignResult:
    signer_cn = _common_name(cert)
    shown_name = unicodedata.normalize("NFC", signer_label or signer_cn)
    try:
        writer = IncrementalPdfFileWriter(BytesIO(job.data))
    except (PdfError, ValueError, KeyError, TypeError) as e:
        raise _damaged(job.src, e) from e
    if writer.prev.encrypted:
        raise SigningError(
            "Tệp PDF đang được đặt mật khẩu; không ký được.",
            "The PDF is password-protected and cannot be signed.",
        )
    try:
        state = _find_field(writer.prev, job.block)
        new_field = _default_field_spec(writer.prev, job.block) if state is None else None
    except (PdfError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise _damaged(job.src, e) from e
    if state is not None and not state.is_signature:
        raise SigningError(
            f"Ô '{job.block}' trong biên bản không phải là ô chữ ký.",
            f"Field '{job.block}' is not a signature field.",
        )
    if state is not None and state.filled:
        raise SigningError(
            f"Biên bản đã được ký ở ô '{job.block}'.",
            f"The PDF is already signed in field '{job.block}'.",
        )

    meta = PdfSignatureMetadata(
        field_name=job.block,
        reason=reason,
        location=location,
        name=shown_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
    )
    pdf_signer = PdfSigner(meta, signer=cms_signer, stamp_style=_stamp_style(), new_field_spec=new_field)
    try:
        out: BytesIO = pdf_signer.sign_pdf(writer)
    except SigningError:
        raise
    except Exception as e:  # pyHanko, the token driver and the crypto backend raise a wide variety
        log.exception("Signing %s failed", job.src)
        raise SigningError(
            "Không ký được biên bản do lỗi khi tạo chữ ký số.",
            f"Signing failed: {type(e).__name__}: {e}.",
        ) from e
    signed = out.getvalue()

    signed_at = datetime.now(UTC)
    reader = PdfFileReader(BytesIO(signed))
    for sig in reader.embedded_signatures:
        if sig.field_name == job.block and sig.self_reported_timestamp is not None:
            signed_at = sig.self_reported_timestamp
    _write_atomically(job.dst, signed)
    return SignResult(dst=job.dst, field=job.block, signer=signer_cn, signed_at=signed_at.astimezone(VN_TZ))


def _looks_like_pfx(data: bytes) -> bool:
    """True when the bytes are a well-formed PKCS#12 envelope (so a load failure means a wrong password)."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native == "data")
    except (ValueError, TypeError, KeyError):
        return False


def _load_p12(p12: Path, password: bytes) -> tuple[SimpleSigner, asn1_x509.Certificate]:
    try:
        data = Path(p12).read_bytes()
    except OSError as e:
        raise SigningError(
            f"Không đọc được tệp chứng thư số {Path(p12).name}.",
            f"Cannot read the certificate file {p12}: {e}.",
        ) from e
    # An empty password may mean "encrypted with the empty string" or "not encrypted": try both.
    attempts: list[bytes | None] = [password, None] if password == b"" else [password]
    for attempt in attempts:
        try:
            key, cert, _extra = pkcs12.load_key_and_certificates(data, attempt)
            break
        except (ValueError, TypeError) as e:
            failure: Exception = e
    else:
        if _looks_like_pfx(data):
            raise SigningError(
                "Mật khẩu của chứng thư số không đúng.",
                "Wrong password for the certificate file.",
            ) from failure
        raise SigningError(
            f"Tệp {Path(p12).name} không phải là chứng thư số hợp lệ (PKCS#12).",
            f"{p12} is not a readable PKCS#12 certificate file.",
        ) from failure
    if key is None or cert is None:
        raise SigningError(
            f"Tệp {Path(p12).name} không chứa khóa bí mật và chứng thư số để ký.",
            f"{p12} holds no private key with its certificate.",
        )
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=attempt)
    except ValueError as e:
        raise SigningError(
            f"Tệp {Path(p12).name} không phải là chứng thư số hợp lệ (PKCS#12).",
            f"{p12} is not a usable PKCS#12 certificate file: {e}.",
        ) from e
    signing_cert: asn1_x509.Certificate = signer.signing_cert
    return signer, signing_cert


def sign_pdf_p12(
    src: Path,
    dst: Path,
    p12: Path,
    password: bytes,
    *,
    block: Block = "team",
    reason: str = "Ký biên bản kiểm tra",
    location: str | None = None,
    signer_label: str | None = None,
    timestamp_url: None = None,
) -> SignResult:
    """Sign ``src`` into ``dst`` (PAdES B-B) with the key and certificate of a PKCS#12 file.

    ``signer_label`` replaces the certificate's common name in the visible stamp (e.g. a name with diacritics
    when the CA wrote it without); the report and :class:`SignResult` always carry the certificate's name.
    """
    job = _prepare(src, dst, block, timestamp_url)
    signer, cert = _load_p12(p12, password)
    _check_certificate_usable(cert)
    return _sign(job, signer, cert, reason=reason, location=location, signer_label=signer_label)


# --------------------------------------------------------------------------------------------------------------
# PKCS#11 (USB tokens)


def _select_token(lib: P11Lib, token_label: str | None) -> p11.Token:
    import pkcs11

    tokens: list[p11.Token] = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except pkcs11.PKCS11Error:
            continue
        if token.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED:
            tokens.append(token)
    if token_label is not None:
        tokens = [t for t in tokens if t.label == token_label]
        if not tokens:
            raise SigningError(
                f"Không tìm thấy USB token '{token_label}'. Hãy cắm token vào máy.",
                f"Token '{token_label}' not found; plug it in.",
            )
    if not tokens:
        raise SigningError("Không tìm thấy USB token. Hãy cắm token vào máy.", "No token found; plug it in.")
    if len(tokens) > 1:
        labels = ", ".join(t.label for t in tokens)
        raise SigningError(
            f"Có nhiều USB token đang cắm ({labels}); hãy chọn một token.",
            f"Several tokens are present ({labels}); choose one.",
        )
    return tokens[0]


def _pick_key_id(session: p11.Session) -> bytes:
    """With no label given: the one signing key whose certificate (same CKA_ID) is valid today."""
    from pkcs11 import Attribute, ObjectClass

    key_ids: list[bytes] = []
    for key in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY, Attribute.SIGN: True}):
        key_ids.append(bytes(key[Attribute.ID]))
    if not key_ids:
        raise SigningError(
            "Không tìm thấy khóa ký số trên USB token.",
            "No signing key on the token.",
        )
    if len(key_ids) == 1:
        return key_ids[0]
    now = datetime.now(UTC)
    usable: list[bytes] = []
    latest_expiry: datetime | None = None
    for key_id in key_ids:
        for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.ID: key_id}):
            cert = asn1_x509.Certificate.load(bytes(obj[Attribute.VALUE]))
            not_before, not_after = _validity(cert)
            if not_before <= now <= not_after:
                usable.append(key_id)
            elif latest_expiry is None or not_after > latest_expiry:
                latest_expiry = not_after
    if len(usable) == 1:
        return usable[0]
    if not usable and latest_expiry is not None and latest_expiry < now:
        raise _expired_error(latest_expiry)
    raise SigningError(
        "USB token có nhiều khóa ký số; hãy chọn chứng thư số cần dùng.",
        "The token holds several signing keys; choose a certificate (key or certificate label).",
    )


def sign_pdf_pkcs11(
    src: Path,
    dst: Path,
    *,
    lib: Path,
    pin: str,
    token_label: str | None = None,
    key_label: str | None = None,
    cert_label: str | None = None,
    block: Block = "team",
    reason: str = "Ký biên bản kiểm tra",
    location: str | None = None,
    signer_label: str | None = None,
    timestamp_url: None = None,
) -> SignResult:
    """Sign ``src`` into ``dst`` (PAdES B-B) with a key held on a PKCS#11 token (USB token, HSM).

    ``lib`` is the token's PKCS#11 driver. With no ``token_label`` the only token present is used; with no
    ``key_label``/``cert_label`` the only signing key (or the only one whose certificate is valid today).
    """
    job = _prepare(src, dst, block, timestamp_url)
    try:
        import pkcs11
        from pyhanko.sign.pkcs11 import PKCS11Signer
    except ImportError as e:
        raise SigningError(
            "Máy chưa cài thành phần ký số bằng USB token (python-pkcs11).",
            "PKCS#11 support is not installed (python-pkcs11).",
        ) from e

    lib = Path(lib)
    if (lib.is_absolute() or len(lib.parts) > 1) and not lib.is_file():  # a bare name is for the loader to find
        raise SigningError(
            f"Không tìm thấy thư viện điều khiển USB token: {lib}.",
            f"PKCS#11 library not found: {lib}.",
        )
    try:
        p11lib = pkcs11.lib(str(lib))
    except (OSError, RuntimeError) as e:
        raise SigningError(
            f"Không nạp được thư viện điều khiển USB token: {lib.name}.",
            f"Cannot load the PKCS#11 library {lib}: {e}.",
        ) from e
    try:
        token = _select_token(p11lib, token_label)
    except pkcs11.PKCS11Error as e:
        raise SigningError("Không đọc được USB token.", f"Cannot read the token: {e!r}.") from e

    try:
        session = token.open(user_pin=pin)
    except pkcs11.PinIncorrect as e:
        raise SigningError("Mã PIN của USB token không đúng.", "Wrong token PIN.") from e
    except pkcs11.PinLocked as e:
        raise SigningError(
            "USB token đã bị khóa do nhập sai mã PIN quá số lần cho phép.",
            "The token is locked (too many wrong PINs).",
        ) from e
    except pkcs11.PinLenRange as e:
        raise SigningError("Mã PIN của USB token không đúng.", "Wrong token PIN (bad length).") from e
    except pkcs11.PKCS11Error as e:
        raise SigningError("Không mở được USB token.", f"Cannot open a session on the token: {e!r}.") from e

    with session:
        try:
            key_id = _pick_key_id(session) if key_label is None and cert_label is None else None
            signer = PKCS11Signer(
                session,
                cert_label=cert_label,
                key_label=key_label,
                key_id=key_id,
                cert_id=key_id,
                other_certs_to_pull=None,  # the CA chain stored on the token, embedded in the signature
            )
            cert: asn1_x509.Certificate = signer.signing_cert
        except pkcs11.PKCS11Error as e:
            raise SigningError(
                "Không tìm thấy khóa ký số hoặc chứng thư số phù hợp trên USB token.",
                f"No matching key or certificate on the token: {e!r}.",
            ) from e
        _check_certificate_usable(cert)
        return _sign(job, signer, cert, reason=reason, location=location, signer_label=signer_label)


# --------------------------------------------------------------------------------------------------------------
# Verification


def _load_trust_roots(paths: Sequence[Path]) -> list[asn1_x509.Certificate]:
    roots: list[asn1_x509.Certificate] = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            raise SigningError(
                f"Không đọc được chứng thư gốc {Path(path).name}.",
                f"Cannot read trust root {path}: {e}.",
            ) from e
        try:
            if asn1_pem.detect(data):
                roots.extend(asn1_x509.Certificate.load(der) for _, _, der in asn1_pem.unarmor(data, multiple=True))
            else:
                cert = asn1_x509.Certificate.load(data)
                cert.native  # noqa: B018  # parse eagerly: asn1crypto is lazy
                roots.append(cert)
        except (ValueError, TypeError) as e:
            raise SigningError(
                f"Tệp {Path(path).name} không phải là chứng thư số gốc hợp lệ.",
                f"{path} is not a readable certificate.",
            ) from e
    return roots


def _trust_problem(status: PdfSignatureStatus) -> str | None:
    if status.trusted:
        return None
    if not (status.intact and status.valid):
        return "Chữ ký không còn nguyên vẹn: nội dung đã ký bị thay đổi."
    indic: AdESSubIndic | None = status.trust_problem_indic
    cert = status.signing_cert
    not_before, not_after = _validity(cert)
    if indic in (AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE):
        if datetime.now(UTC) > not_after:
            return (
                f"Chứng thư số đã hết hạn ngày {_vn_date(not_after)} "
                "(chữ ký không có dấu thời gian chứng minh đã ký trước ngày đó)."
            )
        return "Chứng thư số của tổ chức cấp đã hết hạn."
    if indic in (AdESFailure.NOT_YET_VALID, AdESIndeterminate.NOT_YET_VALID):
        return f"Chứng thư số chưa có hiệu lực (có hiệu lực từ ngày {_vn_date(not_before)})."
    if indic in (AdESFailure.REVOKED, AdESIndeterminate.REVOKED_NO_POE, AdESIndeterminate.REVOKED_CA_NO_POE):
        details = status.revocation_details
        when = f" ngày {_vn_date(details.revocation_date)}" if details is not None else ""
        return f"Chứng thư số đã bị thu hồi{when}."
    if indic in (AdESIndeterminate.NO_CERTIFICATE_CHAIN_FOUND, None):
        return "Tổ chức cấp chứng thư số không nằm trong danh sách tin cậy."
    if indic in (AdESIndeterminate.SIG_CONSTRAINTS_FAILURE, AdESIndeterminate.CHAIN_CONSTRAINTS_FAILURE):
        return "Chứng thư số không được phép dùng để ký văn bản."
    if indic in (AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE, AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE):
        return "Chữ ký dùng thuật toán mật mã không còn an toàn."
    if indic == AdESIndeterminate.TRY_LATER:
        return "Chưa kiểm tra được tình trạng thu hồi của chứng thư số."
    return f"Không xác nhận được chứng thư số ({getattr(indic, 'name', indic)})."


def _form_values(root: Any) -> dict[str, tuple[str, bytes | str | None]]:
    """Value and normal appearance of every field that is not a signature field."""
    values: dict[str, tuple[str, bytes | str | None]] = {}
    for name, field, ft in _walk_fields(root):
        if ft == "/Sig":
            continue
        try:
            normal = field["/AP"]["/N"]
            appearance: bytes | str | None = normal.data if isinstance(normal, generic.StreamObject) else str(normal)
        except (KeyError, TypeError):
            appearance = None
        values[name] = (str(field.get("/V")), appearance)
    return values


def _modified_after(status: PdfSignatureStatus, sig: EmbeddedPdfSignature) -> bool:
    """Changes after signing other than further signatures (and the bookkeeping that comes with them)."""
    coverage = status.coverage
    if coverage is None or coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        return True
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return False
    level = status.modification_level
    if level is None or level > ModificationLevel.FORM_FILLING:
        return True
    diff = status.diff_result
    changed: set[str] = set(getattr(diff, "changed_form_fields", ()) or ())
    if not changed:
        return False
    # FORM_FILLING also admits filling in other (non-signature) form fields: a change to the minutes. pyHanko
    # names every field whose page was touched, so compare the values actually signed with today's.
    before = _form_values(sig.reader.get_historical_root(sig.signed_revision))
    after = _form_values(sig.reader.root)
    return any(before.get(name) != after.get(name) for name in changed if name in before or name in after)


def _summary(report_signer: str, signed_at: datetime | None, intact: bool, modified_after: bool,
             trusted: bool, covers_whole_file: bool, problem: str | None) -> str:
    when = f", ký lúc {iso_time(signed_at)}" if signed_at is not None else ""
    if not intact:
        return f"Chữ ký của {report_signer} KHÔNG hợp lệ: nội dung đã ký bị thay đổi."
    if modified_after:
        also = f" {problem}" if not trusted and problem else ""
        return f"Chữ ký của {report_signer}{when} còn nguyên vẹn, nhưng tài liệu đã bị sửa đổi sau khi ký.{also}"
    if not trusted:
        return f"Chữ ký của {report_signer}{when} còn nguyên vẹn nhưng chưa được xác nhận: {problem}"
    tail = "" if covers_whole_file else " Sau đó tài liệu chỉ được ký thêm, không bị sửa đổi."
    return f"Chữ ký hợp lệ của {report_signer}{when}.{tail}"


def _report(sig: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate]) -> SignatureReport:
    field = str(sig.field_name)
    try:
        signer = _common_name(sig.signer_cert)
    except (ValueError, TypeError, KeyError) as e:
        log.warning("Unreadable signer certificate in field %s: %s", field, e)
        signer = "(không rõ)"
    try:
        signed_at = sig.self_reported_timestamp
    except (ValueError, TypeError, KeyError):
        signed_at = None
    try:
        context = ValidationContext(trust_roots=list(roots), allow_fetching=False)
        status = validate_pdf_signature(sig, context, key_usage_settings=_KEY_USAGE)
    except Exception as e:  # a damaged signature: reported, not raised (the other signatures still count)
        log.warning("Signature in field %s could not be validated: %r", field, e)
        return SignatureReport(
            field=field, signer=signer, signed_at=signed_at, intact=False, covers_whole_file=False,
            modified_after=True, trusted=False, trust_problem="Chữ ký bị hỏng, không kiểm tra được.",
            summary_vi=f"Chữ ký của {signer} bị hỏng, không kiểm tra được.",
        )
    intact = bool(status.intact and status.valid)
    covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    modified = _modified_after(status, sig) if intact else True
    trusted = bool(status.trusted)
    problem = _trust_problem(status)
    return SignatureReport(
        field=field,
        signer=signer,
        signed_at=signed_at.astimezone(VN_TZ) if signed_at is not None else None,
        intact=intact,
        covers_whole_file=covers,
        modified_after=modified,
        trusted=trusted,
        trust_problem=problem,
        summary_vi=_summary(signer, signed_at, intact, modified, trusted, covers, problem),
    )


def verify_pdf(path: Path, trust_roots: Sequence[Path] = ()) -> list[SignatureReport]:
    """One report per signature, in signing order; ``[]`` for an unsigned PDF.

    Trust is judged only against ``trust_roots`` (PEM or DER files), never the operating system's TLS list;
    with none given, every signature is untrusted. Validation is offline: no CRL/OCSP fetching.
    """
    path = Path(path)
    data = _read_pdf_bytes(path)
    roots = _load_trust_roots(trust_roots)
    try:
        reader = PdfFileReader(BytesIO(data))
        if reader.encrypted:
            raise SigningError(
                "Tệp PDF đang được đặt mật khẩu; không kiểm tra được chữ ký.",
                "The PDF is password-protected; signatures cannot be checked.",
            )
        signatures = list(reader.embedded_signatures)
    except SigningError:
        raise
    except (PdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
        raise _damaged(path, e) from e
    return [_report(sig, roots) for sig in signatures]
