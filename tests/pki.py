"""A small test PKI (a root CA, certificates it issues, PKCS#12 and PEM files) and a SoftHSM2 USB token.

Shared by tests/security/test_pdf_signing.py and tests/gui/test_pdfsign.py (``from tests.pki import ...``).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

P12_PASSWORD = b"mat-khau-123"


@dataclass(frozen=True)
class Issuer:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate


def name(cn: str, org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca, content_commitment=not ca, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False,
    )


def make_root(cn: str) -> Issuer:
    key = new_key()
    now = datetime.now(UTC)
    subject = name(cn, "Ban Cơ yếu Chính phủ (thử nghiệm)")
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=3650)).not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issuer(key, cert)


def issue(issuer: Issuer, public_key: rsa.RSAPublicKey, cn: str, *, not_before: datetime | None = None,
          not_after: datetime | None = None) -> x509.Certificate:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder().subject_name(name(cn, "Thanh tra tỉnh")).issuer_name(issuer.cert.subject)
        .public_key(public_key).serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=30))
        .not_valid_after(not_after or now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False)
        .sign(issuer.key, hashes.SHA256())
    )


def write_p12(path: Path, key: rsa.RSAPrivateKey, cert: x509.Certificate, chain: list[x509.Certificate]) -> Path:
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"officedesk", key, cert, chain, serialization.BestAvailableEncryption(P12_PASSWORD)))
    return path


def write_pem(path: Path, cert: x509.Certificate) -> Path:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


# --------------------------------------------------------------------------------------------------------------
# A USB token (SoftHSM2)

SOFTHSM_LIBS = (
    Path("/usr/lib/softhsm/libsofthsm2.so"),
    Path("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
    Path("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
    Path("/usr/local/lib/softhsm/libsofthsm2.so"),
)
USER_PIN = "246810"
SO_PIN = "13579135"


@dataclass(frozen=True)
class Token:
    lib: Path
    label: str


@contextmanager
def softhsm_token(folder: Path, label: str, issuer: Issuer, cn: str,
                  more_certs: Sequence[tuple[str, bytes, x509.Certificate]] = ()) -> Iterator[Token]:
    """A fresh SoftHSM2 token in folder holding a key pair "ky-so" (id 01) made on the token, certified by issuer
    for cn, plus more_certs (label, id, certificate). Skips the test when SoftHSM2 is not installed."""
    lib = next((p for p in SOFTHSM_LIBS if p.is_file()), None)
    util = shutil.which("softhsm2-util")
    if lib is None or util is None:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2): no libsofthsm2.so / softhsm2-util")
    import pkcs11  # python-pkcs11, pulled in by pyHanko[pkcs11]: required, not optional, for these tests
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOFTHSM2_CONF", str(conf))
        subprocess.run([util, "--init-token", "--free", "--label", label, "--pin", USER_PIN, "--so-pin", SO_PIN],
                       check=True, capture_output=True)
        # The key pair is generated on the token, as on a real USB token; the CA then certifies its public half.
        p11lib = pkcs11.lib(str(lib))
        p11lib.reinitialize()  # in case this process loaded SoftHSM before, with another configuration
        token = p11lib.get_token(token_label=label)
        with token.open(rw=True, user_pin=USER_PIN) as session:
            public, _private = session.generate_keypair(
                KeyType.RSA, 2048, id=b"\x01", label="ky-so", store=True,
                private_template={Attribute.SIGN: True, Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False},
            )
            numbers = rsa.RSAPublicNumbers(int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
                                           int.from_bytes(public[Attribute.MODULUS], "big"))
            cert = issue(issuer, numbers.public_key(), cn)
            for obj_label, obj_id, c in (("ky-so", b"\x01", cert), *more_certs):
                session.create_object({
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True,
                    Attribute.LABEL: obj_label,
                    Attribute.ID: obj_id,
                    Attribute.SUBJECT: c.subject.public_bytes(),
                    Attribute.VALUE: c.public_bytes(serialization.Encoding.DER),
                })
        yield Token(lib=lib, label=label)
        p11lib.finalize()
