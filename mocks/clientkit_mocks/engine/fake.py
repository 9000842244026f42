"""Deterministic fake data (people, addresses, ids, a tiny PDF) for seeding.

Everything takes a ``random.Random`` so that the same seed always produces
the same state, which keeps tests and demos reproducible.
"""

from __future__ import annotations

import random
import uuid
from typing import Any

FIRST_NAMES = (
    "Aino",
    "Eero",
    "Linnea",
    "Mikko",
    "Sofia",
    "Juha",
    "Emma",
    "Olli",
    "Helmi",
    "Ville",
    "Grace",
    "Alan",
    "Ada",
    "Linus",
    "Tim",
    "Margaret",
    "Dennis",
    "Barbara",
    "Ken",
    "Frances",
    "Maria",
    "James",
    "Priya",
    "Diego",
    "Chen",
    "Fatima",
    "Noah",
    "Olivia",
    "Lucas",
    "Amelia",
    "Mateo",
    "Isla",
    "Kenji",
    "Zara",
    "Omar",
    "Elena",
    "Hugo",
    "Nora",
    "Theo",
    "Lea",
)
LAST_NAMES = (
    "Virtanen",
    "Korhonen",
    "Nieminen",
    "Mäkinen",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Hopper",
    "Turing",
    "Lovelace",
    "Torvalds",
    "Berners-Lee",
    "Hamilton",
    "Ritchie",
    "Liskov",
    "Thompson",
    "Allen",
    "Garcia",
    "Smith",
    "Patel",
    "Fernandez",
    "Wang",
    "Khan",
    "Johnson",
    "Brown",
    "Silva",
    "Martin",
    "Rossi",
    "Müller",
    "Tanaka",
    "Okafor",
    "Novak",
    "Dubois",
)
STREETS = (
    "Bourbon St",
    "North Washington Ave",
    "Main St",
    "Elm St",
    "Oak Avenue",
    "Maple Drive",
    "Hämeenkatu",
    "Mannerheimintie",
    "Aleksanterinkatu",
    "Lake Shore Dr",
    "Sunset Blvd",
    "Market St",
    "Broadway",
    "Pine St",
    "Cedar Lane",
    "Hill Road",
    "River Road",
    "Park Place",
)
# city, state, country, postal code prefix, latitude, longitude
CITIES: tuple[tuple[str, str, str, str, float, float], ...] = (
    ("New Orleans", "Louisiana", "United States", "701", 29.9511, -90.0715),
    ("Minneapolis", "Minnesota", "United States", "554", 44.9778, -93.2650),
    ("Austin", "Texas", "United States", "787", 30.2672, -97.7431),
    ("Denver", "Colorado", "United States", "802", 39.7392, -104.9903),
    ("Seattle", "Washington", "United States", "981", 47.6062, -122.3321),
    ("Boston", "Massachusetts", "United States", "021", 42.3601, -71.0589),
    ("Toronto", "Ontario", "Canada", "M5V", 43.6532, -79.3832),
    ("Oulu", "", "Finland", "901", 65.0121, 25.4651),
    ("Helsinki", "", "Finland", "001", 60.1699, 24.9384),
    ("Tampere", "", "Finland", "331", 61.4978, 23.7610),
)


def fake_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from ``rng`` (reproducible, unlike ``uuid4``)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def person(rng: random.Random) -> tuple[str, str]:
    """A (first name, last name) pair."""
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def email_for(first: str, last: str, domain: str, taken: set[str]) -> str:
    """``first.last@domain``, ASCII-folded and made unique against ``taken``."""
    table = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "å": "a"})
    base = f"{first}.{last}".lower().translate(table).replace(" ", "").replace("'", "")
    candidate, n = f"{base}@{domain}", 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}@{domain}"
    taken.add(candidate)
    return candidate


def address(rng: random.Random) -> dict[str, Any]:
    """A plausible street address with coordinates near the city centre."""
    city, state, country, postal, lat, lon = rng.choice(CITIES)
    number = rng.randint(1, 2400)
    street = f"{number} {rng.choice(STREETS)}"
    suite = rng.choice(["", "", "", f"Apt {rng.randint(1, 40)}", f"Suite {rng.randint(100, 900)}"])
    postal_code = postal + (
        f"{rng.randint(0, 99):02d}" if postal.isdigit() else f" {rng.randint(1, 9)}A{rng.randint(1, 9)}"
    )
    full = ", ".join(p for p in (street, suite, city, state, postal_code, country) if p)
    return {
        "full_address": full,
        "street": street,
        "suite": suite or None,
        "city": city,
        "state": state or None,
        "postalCode": postal_code,
        "country": country,
        "latitude": round(lat + rng.uniform(-0.05, 0.05), 6),
        "longitude": round(lon + rng.uniform(-0.05, 0.05), 6),
    }


def tiny_pdf(text: str) -> bytes:
    """A minimal, valid one-page PDF showing ``text`` (xref offsets computed)."""
    safe = (
        text.encode("latin-1", "replace")
        .decode("latin-1")
        .replace("\\", "\\\\")
        .replace("(", "\\(")
        .replace(")", "\\)")
    )
    stream = f"BT /F1 18 Tf 72 720 Td ({safe}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
