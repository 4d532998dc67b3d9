"""PAdES signing and verification of minutes PDFs, end to end: real keys, real PDFs, a real PKCS#11 token.

Everything is made at test time: a small PKI built with `cryptography` (trusted root, signer with a Vietnamese
name, expired signer, a signer from a CA nobody trusts), PKCS#12 files, minutes PDFs drawn with ReportLab, and a
SoftHSM2 token in a temporary directory.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from officedesk.security.pdf_signing import (
    FONT_PATH,
    VN_TZ,
    SignatureReport,
    SigningError,
    iso_time,
    sign_pdf_p12,
    sign_pdf_pkcs11,
    verify_pdf,
)
from tests.pki import P12_PASSWORD, USER_PIN, Issuer, Token, issue, make_root, new_key, write_p12, write_pem
from tests.pki import softhsm_token as softhsm_token_in

SIGNER_CN = "Nguyễn Văn Nam"
EXPIRED_CN = "Trần Thị Hoa"
ROGUE_CN = "Lê Văn Tám"
TOKEN_CN = "Phạm Thị Thu Hằng"
ISO_8601 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00")
TEST_FONT = "OfficeDeskTestSerif"  # registered under its own name: no clash with the reports' font names
TEAM_BOX = (60, 90, 230, 161)  # 60 x 25 mm, the signature block printed by officedesk.reports


# --------------------------------------------------------------------------------------------------------------
# A small PKI (built with tests/pki.py)


@dataclass(frozen=True)
class Pki:
    root: Issuer
    root_pem: Path
    rogue_root_pem: Path
    signer_p12: Path
    signer_cert: x509.Certificate
    expired_p12: Path
    expired_cert: x509.Certificate
    rogue_p12: Path
    garbage_p12: Path
    open_p12: Path  # the signer's key and certificate with no password


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    root = make_root("Root CA thử nghiệm OfficeDesk")
    rogue = make_root("CA không tin cậy")
    now = datetime.now(UTC)

    signer_key = new_key()
    signer_cert = issue(root, signer_key.public_key(), SIGNER_CN)
    expired_key = new_key()
    expired_cert = issue(
        root, expired_key.public_key(), EXPIRED_CN,
        not_before=now - timedelta(days=400), not_after=now - timedelta(days=35),
    )
    rogue_key = new_key()
    rogue_cert = issue(rogue, rogue_key.public_key(), ROGUE_CN)

    garbage = d / "garbage.p12"
    garbage.write_bytes(b"this is not a PKCS#12 file at all" * 10)
    return Pki(
        root=root,
        root_pem=write_pem(d / "root.pem", root.cert),
        rogue_root_pem=write_pem(d / "rogue-root.pem", rogue.cert),
        signer_p12=write_p12(d / "signer.p12", signer_key, signer_cert, [root.cert]),
        signer_cert=signer_cert,
        expired_p12=write_p12(d / "expired.p12", expired_key, expired_cert, [root.cert]),
        expired_cert=expired_cert,
        rogue_p12=write_p12(d / "rogue.p12", rogue_key, rogue_cert, [rogue.cert]),
        garbage_p12=garbage,
        open_p12=_write_open_p12(d / "open.p12", signer_key, signer_cert),
    )


def _write_open_p12(path: Path, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> Path:
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"officedesk", key, cert, None, serialization.NoEncryption())
    )
    return path


# --------------------------------------------------------------------------------------------------------------
# Minutes PDFs


def make_minutes_pdf(path: Path, pages: int = 2, *, text_field: bool = False) -> Path:
    if TEST_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(TEST_FONT, str(FONT_PATH)))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Bien ban kiem tra cong vu")
    for page in range(pages):
        c.setFont(TEST_FONT, 13)
        c.drawString(72, 770, "BIÊN BẢN KIỂM TRA VIỆC CHẤP HÀNH KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH")
        c.setFont(TEST_FONT, 11)
        c.drawString(72, 740, f"Trang {page + 1}/{pages} — Đoàn kiểm tra công vụ tỉnh")
        if text_field and page == pages - 1:
            c.acroForm.textfield(name="note", x=72, y=600, width=300, height=20, value="Khong co y kien")  # latin-1 only
        c.showPage()
    c.save()
    return path


def add_team_field(src: Path, dst: Path) -> Path:
    with src.open("rb") as fh:
        w = IncrementalPdfFileWriter(fh)
        append_signature_field(w, SigFieldSpec("team", on_page=1, box=TEAM_BOX))
        out = BytesIO()
        w.write(out)  # type: ignore[no-untyped-call]
    dst.write_bytes(out.getvalue())
    return dst


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("pdfs")
    plain = make_minutes_pdf(d / "plain.pdf")
    return {
        "plain": plain,
        "team": add_team_field(plain, d / "with-team-field.pdf"),
        "form": make_minutes_pdf(d / "with-text-field.pdf", text_field=True),
    }


@pytest.fixture(scope="module")
def signed_team(pki: Pki, pdfs: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    dst = tmp_path_factory.mktemp("signed") / "signed-team.pdf"
    sign_pdf_p12(pdfs["team"], dst, pki.signer_p12, P12_PASSWORD, block="team", location="Tam Kỳ")
    return dst


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def widget(path: Path, name: str) -> tuple[int, tuple[float, ...]]:
    """(page index, /Rect) of the signature field called ``name``."""
    r = PdfFileReader(BytesIO(path.read_bytes()))
    count = int(r.root["/Pages"]["/Count"])
    pages = [r.find_page_for_modification(i)[0].reference for i in range(count)]  # type: ignore[no-untyped-call]
    for ref in r.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == name:
            rect = tuple(float(v) for v in field["/Rect"])
            return pages.index(field.raw_get("/P").reference), rect
    raise AssertionError(f"no field {name}")


def only(reports: list[SignatureReport]) -> SignatureReport:
    assert len(reports) == 1, reports
    return reports[0]


# --------------------------------------------------------------------------------------------------------------
# Signing with a PKCS#12 file


def test_sign_existing_field_verifies_intact_and_trusted(
    pki: Pki, pdfs: dict[str, Path], tmp_path: Path
) -> None:
    src = pdfs["team"]
    before = sha256(src)
    dst = tmp_path / "signed.pdf"
    result = sign_pdf_p12(src, dst, pki.signer_p12, P12_PASSWORD, block="team", location="Tam Kỳ")

    assert result.dst == dst and result.field == "team" and result.signer == SIGNER_CN
    assert abs(result.signed_at - datetime.now(UTC)) < timedelta(minutes=2)
    assert sha256(src) == before, "the source PDF must never be touched"
    assert [p.name for p in tmp_path.iterdir()] == ["signed.pdf"], "no temporary file left behind"

    report = only(verify_pdf(dst, [pki.root_pem]))
    assert report.field == "team"
    assert report.signer == SIGNER_CN  # diacritics round-trip exactly
    assert report.intact and report.covers_whole_file and not report.modified_after
    assert report.trusted and report.trust_problem is None
    assert report.signed_at is not None and abs(report.signed_at - result.signed_at) < timedelta(seconds=1)
    assert "hợp lệ" in report.summary_vi and SIGNER_CN in report.summary_vi

    # the report's own field was filled (not a new one added), on its own page and box
    assert widget(dst, "team") == (1, tuple(float(v) for v in TEAM_BOX))
    # the stamp shows the time recorded in the signature
    assert stamp_lines(dst, page=2, rect=TEAM_BOX)[-1][0] == iso_time(result.signed_at)


def test_signature_is_pades_with_visible_vietnamese_stamp(signed_team: Path) -> None:
    r = PdfFileReader(BytesIO(signed_team.read_bytes()))
    sig = r.embedded_signatures[0]
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.sig_object["/Location"] == "Tam Kỳ"
    assert sig.sig_object["/Reason"] == "Ký biên bản kiểm tra"

    appearance = sig.sig_field["/AP"]["/N"]
    assert re.search(rb"/\w+ 10 Tf", appearance.data), "Decree 30: 10 pt text"
    fonts = list(_xobject_fonts(appearance))
    assert fonts and all("LiberationSerif" in str(f["/BaseFont"]) for f in fonts), fonts
    # Glyph widths in thousandths of an em. pyHanko 0.38 copies raw font units (2048/em for this TTF), which
    # spreads the letters twice too wide; the module rescales the font. ('m', the widest letter here, is 778.)
    for font in fonts:
        widths = [w for entry in font["/DescendantFonts"][0]["/W"] if isinstance(entry, list) for w in entry]
        assert widths and max(widths) <= 1000, widths

    # the narrow block takes the three-line layout, at 10 pt, inside the field
    lines = stamp_lines(signed_team, page=2, rect=TEAM_BOX)
    assert [text for text, _ in lines[:2]] == [f"Ký bởi: {SIGNER_CN}", "Thời gian ký:"], lines
    assert len(lines) == 3 and ISO_8601.fullmatch(lines[2][0]), lines
    assert all(10.5 < height < 11.5 for _, height in lines), lines  # 10 pt Liberation Serif: 11.07 pt high


def stamp_lines(pdf: Path, page: int, rect: tuple[float, float, float, float]) -> list[tuple[str, float]]:
    """(text, height) of each line drawn over ``rect`` on ``page`` (1-based), asserting each lies inside it.

    Poppler places text with the font's /W widths, so a wrong width table shows up here as text overflowing.
    Each stamp line is one /ActualText span, which pdftotext reports as one word.
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    size = re.search(r'<page width="[\d.]+" height="([\d.]+)"', html)
    assert size is not None
    page_height = float(size.group(1))
    x1, y1, x2, y2 = rect
    found: list[tuple[str, float]] = []
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    for m in word.finditer(html):
        x_min, x_max = float(m.group(1)), float(m.group(3))
        bottom, top = page_height - float(m.group(4)), page_height - float(m.group(2))
        if bottom < y2 and top > y1 and x_max > x1 and x_min < x2:
            assert x1 <= x_min and x_max <= x2 and y1 <= bottom and top <= y2, (m.group(5), rect)
            found.append((m.group(5), top - bottom))
    return found


def _xobject_fonts(stream: generic.StreamObject) -> Iterator[generic.DictionaryObject]:
    """Font dictionaries used by an appearance stream and the form XObjects nested in it."""
    resources: Any = stream.get("/Resources", {})
    for font in resources.get("/Font", {}).values():
        yield font.get_object()
    for xobj in resources.get("/XObject", {}).values():
        yield from _xobject_fonts(xobj.get_object())


def test_missing_field_is_created_bottom_right_of_last_page(
    pki: Pki, pdfs: dict[str, Path], tmp_path: Path
) -> None:
    dst = tmp_path / "signed.pdf"
    sign_pdf_p12(pdfs["plain"], dst, pki.signer_p12, P12_PASSWORD, block="minutes")
    report = only(verify_pdf(dst, [pki.root_pem]))
    assert report.field == "minutes" and report.intact and report.trusted

    page, (x1, y1, x2, y2) = widget(dst, "minutes")
    width, height = A4
    assert page == 1  # last of two pages
    assert x2 - x1 > 100 and y2 - y1 > 30, "a visible field"
    assert x1 > width / 2 and y2 < height / 3, "bottom right"
    lines = stamp_lines(dst, page=2, rect=(x1, y1, x2, y2))
    assert len(lines) == 2 and lines[0][0] == f"Ký bởi: {SIGNER_CN}", lines  # wide enough for two lines
    assert lines[1][0].startswith("Thời gian ký: ") and ISO_8601.search(lines[1][0]), lines
    assert all(10.5 < h < 11.5 for _, h in lines), lines

    # a second missing field goes above the first instead of covering it; signer_label only changes the stamp
    dst2 = tmp_path / "signed-2.pdf"
    label = "Nguyễn Văn Nam (Trưởng đoàn)"
    result = sign_pdf_p12(dst, dst2, pki.signer_p12, P12_PASSWORD, block="unit", signer_label=label)
    assert result.signer == SIGNER_CN
    page2, (u1, v1, u2, v2) = widget(dst2, "unit")
    assert page2 == 1 and (v1 >= y2 or v2 <= y1 or u1 >= x2 or u2 <= x1), "fields must not overlap"
    assert stamp_lines(dst2, page=2, rect=(u1, v1, u2, v2))[0][0] == f"Ký bởi: {label}"
    assert [r.signer for r in verify_pdf(dst2, [pki.root_pem])] == [SIGNER_CN, SIGNER_CN]


def test_signing_twice_keeps_the_first_signature_valid(
    pki: Pki, signed_team: Path, tmp_path: Path
) -> None:
    dst = tmp_path / "signed-twice.pdf"
    result = sign_pdf_p12(signed_team, dst, pki.signer_p12, P12_PASSWORD, block="unit")
    assert result.field == "unit"

    first, second = verify_pdf(dst, [pki.root_pem])
    assert first.field == "team" and second.field == "unit"
    assert first.intact and first.trusted and not first.modified_after
    assert not first.covers_whole_file  # a later revision (the second signature) exists...
    assert "ký thêm" in first.summary_vi  # ...and the summary says it was only signed again
    assert second.intact and second.trusted and second.covers_whole_file and not second.modified_after

    # the new "unit" field sits on the last page and does not cover the "team" block
    page, (x1, y1, x2, y2) = widget(dst, "unit")
    tx1, ty1, tx2, ty2 = TEAM_BOX
    assert page == 1
    assert x2 <= tx1 or tx2 <= x1 or y2 <= ty1 or ty2 <= y1


def test_field_already_signed_is_refused(pki: Pki, signed_team: Path, tmp_path: Path) -> None:
    with pytest.raises(SigningError) as e:
        sign_pdf_p12(signed_team, tmp_path / "again.pdf", pki.signer_p12, P12_PASSWORD, block="team")
    assert "đã được ký" in str(e.value) and "already signed" in e.value.english
    assert not (tmp_path / "again.pdf").exists()


# --------------------------------------------------------------------------------------------------------------
# Tampering


def test_changed_byte_in_signed_range_is_not_intact(signed_team: Path, pki: Pki, tmp_path: Path) -> None:
    data = bytearray(signed_team.read_bytes())
    at = data.index(b"/Title (Bien ban") + len(b"/Title (")
    data[at : at + 1] = b"X"  # same length: the file still parses, the byte range hash no longer matches
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))

    report = only(verify_pdf(tampered, [pki.root_pem]))
    assert not report.intact and not report.trusted
    assert report.trust_problem is not None and "thay đổi" in report.trust_problem
    assert "KHÔNG hợp lệ" in report.summary_vi


def test_page_content_changed_after_signing_is_flagged(signed_team: Path, pki: Pki, tmp_path: Path) -> None:
    w = IncrementalPdfFileWriter(BytesIO(signed_team.read_bytes()))
    patch = w.add_object(generic.StreamObject(stream_data=b"q 1 0 0 rg 100 300 200 40 re f Q"))
    w.add_stream_to_page(0, patch)  # type: ignore[no-untyped-call]
    out = BytesIO()
    w.write(out)  # type: ignore[no-untyped-call]
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(out.getvalue())

    report = only(verify_pdf(changed, [pki.root_pem]))
    assert report.intact, "the signed revision itself is untouched"
    assert report.modified_after and not report.covers_whole_file
    assert "sửa đổi sau khi ký" in report.summary_vi


def test_form_filled_after_signing_is_flagged_but_a_second_signature_is_not(
    pki: Pki, pdfs: dict[str, Path], tmp_path: Path
) -> None:
    signed = tmp_path / "signed.pdf"
    sign_pdf_p12(pdfs["form"], signed, pki.signer_p12, P12_PASSWORD, block="team")

    # signing again, next to an unchanged text field: still "only further signatures"
    twice = tmp_path / "twice.pdf"
    sign_pdf_p12(signed, twice, pki.signer_p12, P12_PASSWORD, block="unit")
    first, _second = verify_pdf(twice, [pki.root_pem])
    assert first.intact and not first.modified_after

    # filling the text field after signing is a change to the signed minutes
    w = IncrementalPdfFileWriter(BytesIO(signed.read_bytes()))
    for ref in w.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == "note":
            field["/V"] = generic.TextStringObject("Đề nghị xem xét lại")
            w.update_container(field)
    out = BytesIO()
    w.write(out)  # type: ignore[no-untyped-call]
    filled = tmp_path / "filled.pdf"
    filled.write_bytes(out.getvalue())
    report = only(verify_pdf(filled, [pki.root_pem]))
    assert report.intact and report.modified_after


# --------------------------------------------------------------------------------------------------------------
# Certificates and trust


def test_expired_certificate_is_refused_with_its_date(pki: Pki, pdfs: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(SigningError) as e:
        sign_pdf_p12(pdfs["team"], tmp_path / "out.pdf", pki.expired_p12, P12_PASSWORD)
    expiry = pki.expired_cert.not_valid_after_utc.astimezone(VN_TZ).strftime("%d/%m/%Y")
    assert f"Chứng thư số đã hết hạn ngày {expiry}" in str(e.value)
    assert "expired" in e.value.english
    assert not (tmp_path / "out.pdf").exists()


def test_wrong_password_and_unreadable_file_are_told_apart(
    pki: Pki, pdfs: dict[str, Path], tmp_path: Path
) -> None:
    with pytest.raises(SigningError) as wrong:
        sign_pdf_p12(pdfs["team"], tmp_path / "out.pdf", pki.signer_p12, b"sai-mat-khau")
    assert "Mật khẩu" in str(wrong.value) and "password" in wrong.value.english.lower()

    with pytest.raises(SigningError) as garbage:
        sign_pdf_p12(pdfs["team"], tmp_path / "out.pdf", pki.garbage_p12, P12_PASSWORD)
    assert "PKCS#12" in str(garbage.value) and str(garbage.value) != str(wrong.value)

    with pytest.raises(SigningError):
        sign_pdf_p12(pdfs["team"], tmp_path / "out.pdf", tmp_path / "missing.p12", P12_PASSWORD)
    assert not (tmp_path / "out.pdf").exists()

    # a file exported without a password opens with an empty one
    assert sign_pdf_p12(pdfs["team"], tmp_path / "out.pdf", pki.open_p12, b"").signer == SIGNER_CN


def test_signing_error_carries_both_languages_across_processes() -> None:
    error = SigningError("Mật khẩu của chứng thư số không đúng.", "Wrong password for the certificate file.")
    copy = pickle.loads(pickle.dumps(error))
    assert isinstance(copy, SigningError) and isinstance(copy, Exception)
    assert (str(copy), copy.english) == (str(error), error.english)


def test_untrusted_issuer_is_reported(pki: Pki, pdfs: dict[str, Path], tmp_path: Path) -> None:
    dst = tmp_path / "rogue.pdf"
    sign_pdf_p12(pdfs["team"], dst, pki.rogue_p12, P12_PASSWORD)

    report = only(verify_pdf(dst, [pki.root_pem]))
    assert report.signer == ROGUE_CN
    assert report.intact and not report.modified_after
    assert not report.trusted
    assert report.trust_problem is not None and "tin cậy" in report.trust_problem
    assert report.trust_problem in report.summary_vi

    # trusted once its own root is given; never trusted through the OS list when no root is given
    assert only(verify_pdf(dst, [pki.rogue_root_pem])).trusted
    assert not only(verify_pdf(dst)).trusted


# --------------------------------------------------------------------------------------------------------------
# Refusals on paths and files


def test_output_over_input_is_refused(pki: Pki, pdfs: dict[str, Path], tmp_path: Path) -> None:
    src = tmp_path / "minutes.pdf"
    shutil.copy(pdfs["team"], src)
    before = sha256(src)
    for dst in (src, tmp_path / "sub" / ".." / "minutes.pdf"):
        with pytest.raises(SigningError) as e:
            sign_pdf_p12(src, dst, pki.signer_p12, P12_PASSWORD)
        assert "tệp mới" in str(e.value)
    assert sha256(src) == before


def test_non_pdf_input_is_refused(pki: Pki, tmp_path: Path) -> None:
    fake = tmp_path / "minutes.pdf"
    fake.write_bytes(b"PK\x03\x04 a zip file, not a PDF")
    with pytest.raises(SigningError) as e:
        sign_pdf_p12(fake, tmp_path / "out.pdf", pki.signer_p12, P12_PASSWORD)
    assert "không phải là tệp PDF" in str(e.value)
    with pytest.raises(SigningError):
        verify_pdf(fake)


def test_verify_unsigned_and_damaged(pdfs: dict[str, Path], signed_team: Path, tmp_path: Path) -> None:
    assert verify_pdf(pdfs["plain"]) == []
    assert verify_pdf(pdfs["team"]) == []  # an empty signature field is not a signature

    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(signed_team.read_bytes()[:4000])
    with pytest.raises(SigningError) as e:
        verify_pdf(truncated)
    assert "bị hỏng" in str(e.value)


# --------------------------------------------------------------------------------------------------------------
# PKCS#11 with a SoftHSM2 token

@pytest.fixture(scope="module")
def softhsm_token(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Token]:
    with softhsm_token_in(tmp_path_factory.mktemp("softhsm"), "officedesk-test", pki.root, TOKEN_CN,
                          [("root-ca", b"\x09", pki.root.cert)]) as token:
        yield token


def test_pkcs11_token_signs_and_verifies(
    softhsm_token: Token, pki: Pki, pdfs: dict[str, Path], tmp_path: Path
) -> None:
    dst = tmp_path / "token-signed.pdf"
    result = sign_pdf_pkcs11(
        pdfs["team"], dst, lib=softhsm_token.lib, pin=USER_PIN, token_label=softhsm_token.label, block="team"
    )
    assert result.signer == TOKEN_CN and result.field == "team"
    report = only(verify_pdf(dst, [pki.root_pem]))
    assert report.signer == TOKEN_CN
    assert report.intact and report.trusted and report.covers_whole_file and not report.modified_after

    # labels instead of the automatic choice; the only token present needs no label
    dst2 = tmp_path / "token-signed-2.pdf"
    sign_pdf_pkcs11(
        dst, dst2, lib=softhsm_token.lib, pin=USER_PIN, key_label="ky-so", cert_label="ky-so", block="unit"
    )
    first, second = verify_pdf(dst2, [pki.root_pem])
    assert first.intact and first.trusted and not first.modified_after
    assert second.intact and second.trusted


def test_pkcs11_wrong_pin_and_missing_token(
    softhsm_token: Token, pdfs: dict[str, Path], tmp_path: Path
) -> None:
    with pytest.raises(SigningError) as e:
        sign_pdf_pkcs11(pdfs["team"], tmp_path / "out.pdf", lib=softhsm_token.lib, pin="000000")
    assert "PIN" in str(e.value)
    with pytest.raises(SigningError) as e:
        sign_pdf_pkcs11(
            pdfs["team"], tmp_path / "out.pdf", lib=softhsm_token.lib, pin=USER_PIN, token_label="no-such-token"
        )
    assert "no-such-token" in str(e.value)
    with pytest.raises(SigningError):
        sign_pdf_pkcs11(pdfs["team"], tmp_path / "out.pdf", lib=tmp_path / "missing.so", pin=USER_PIN)
    assert not (tmp_path / "out.pdf").exists()


# --------------------------------------------------------------------------------------------------------------
# The command line: `officedesk report minutes` → `officedesk sign` → `officedesk verify`, on the demo's minutes


def test_cli_signs_real_minutes_in_the_unit_block_and_verifies(
    pki: Pki, demo_db: Path, tmp_path: Path, cli: Any
) -> None:
    minutes = tmp_path / "bienban.pdf"
    made = cli("--db", demo_db, "report", "minutes", "4288f0f4-fb60-5d75-ae38-74d32b5918fc", "-o", minutes)
    assert made.returncode == 0, made.stderr
    signed = tmp_path / "bienban-da-ky.pdf"
    before = sha256(minutes)
    done = cli("sign", minutes, "-o", signed, "--p12", pki.signer_p12, "--block", "unit",
               OFFICEDESK_P12_PASSWORD=P12_PASSWORD.decode())
    assert done.returncode == 0, done.stderr
    assert SIGNER_CN in done.stdout and "'unit'" in done.stdout
    assert sha256(minutes) == before  # never in place
    checked = cli("verify", signed, "--trust", pki.root_pem)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"Field 'unit': signed by {SIGNER_CN}" in checked.stdout
    assert "intact" in checked.stdout and "not changed after signing" in checked.stdout
    assert "  trusted" in checked.stdout

    tampered = tmp_path / "sua.pdf"
    data = bytearray(signed.read_bytes())
    at = data.index(b"/Contents", 2000) - 200  # inside the signed byte range, before the signature itself
    data[at] = ord("X") if data[at] != ord("X") else ord("Y")
    tampered.write_bytes(bytes(data))
    broken = cli("verify", tampered, "--trust", pki.root_pem)
    assert broken.returncode != 0
    assert "Traceback" not in broken.stderr


def test_cli_refuses_signing_in_place_and_a_wrong_password(pki: Pki, pdfs: dict[str, Path], tmp_path: Path,
                                                          cli: Any) -> None:
    src = tmp_path / "in.pdf"
    src.write_bytes(pdfs["team"].read_bytes())
    same = cli("sign", src, "-o", src, "--p12", pki.signer_p12, OFFICEDESK_P12_PASSWORD=P12_PASSWORD.decode())
    assert same.returncode != 0 and "Traceback" not in same.stderr
    wrong = cli("sign", src, "-o", tmp_path / "out.pdf", "--p12", pki.signer_p12, OFFICEDESK_P12_PASSWORD="sai",
                lang="vi")
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert "mật khẩu" in wrong.stderr.lower()
    assert not (tmp_path / "out.pdf").exists()
    expired = cli("sign", src, "-o", tmp_path / "out2.pdf", "--p12", pki.expired_p12,
                  OFFICEDESK_P12_PASSWORD=P12_PASSWORD.decode(), lang="vi")
    assert expired.returncode != 0 and "hết hạn" in expired.stderr
