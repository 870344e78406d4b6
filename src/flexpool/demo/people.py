"""The people in the demo: municipalities of the Drenthe pool, fictitious pool members and logins.

Every person is invented. Surnames are made-up Drenthe-sounding compounds (Turfstra, Hunebedder,
Veenpluis, ...) so nobody mistakes a demo person for a real civil servant.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

POOL_NAME = "Flexteam Warmte Drenthe"
REGION_CODE = "ES03"
DEMO_PASSWORD = "flexpool-demo"
# The demo's coordinator, finance and admin logins ask for a second factor like in production.
# Their authenticator app uses this published key (base32), so the demo stays usable:
# `flexpool demo_code` prints the current code. Never used outside the demo data.
DEMO_TOTP_SECRET = "FLEXPOOLDEMOTOTPFLEXPOOLDEMOTOTP"
DEMO_SECOND_FACTOR_LOGINS = ("coordinator", "coordinator-groningen", "financien", "admin")

ASSEN, COEVORDEN, EMMEN, HOOGEVEEN, MEPPEL = "GM0106", "GM0109", "GM0114", "GM0118", "GM0119"
AA_EN_HUNZE, BORGER_ODOORN, DE_WOLDEN, NOORDENVELD = "GM1680", "GM1681", "GM1690", "GM1699"
WESTERVELD, TYNAARLO, MIDDEN_DRENTHE = "GM1701", "GM1730", "GM1731"
# Home municipalities just outside Drenthe.
GRONINGEN, ZWOLLE, HARDENBERG, STADSKANAAL = "GM0014", "GM0193", "GM0160", "GM0037"
STEENWIJKERLAND, OOSTSTELLINGWERF = "GM1708", "GM0085"


@dataclass(frozen=True)
class DemoMembership:
    code: str
    associate: bool = False
    joined_months_ago: int = 30
    seconded_hours: int = 0
    upgraded_months_ago: int = 0  # joined as an associate, a full member since then
    leaves_in_months: int = 0  # announced leaving: member until this many months from now


# Nine full members, three associates (pay per use), Borger-Odoorn joined later.
MEMBERSHIPS: list[DemoMembership] = [
    DemoMembership(ASSEN, seconded_hours=400),
    DemoMembership(COEVORDEN),
    DemoMembership(EMMEN, seconded_hours=600),
    DemoMembership(HOOGEVEEN, seconded_hours=300),
    DemoMembership(MEPPEL),
    DemoMembership(AA_EN_HUNZE),
    DemoMembership(BORGER_ODOORN, joined_months_ago=8),
    DemoMembership(DE_WOLDEN, associate=True),
    DemoMembership(NOORDENVELD, associate=True, leaves_in_months=13),
    DemoMembership(WESTERVELD, associate=True),
    DemoMembership(TYNAARLO, seconded_hours=160),
    DemoMembership(MIDDEN_DRENTHE, upgraded_months_ago=11),
]
EUR_PER_INHABITANT_FULL = Decimal("0.85")
ASSOCIATE_BASE_FEE_EUR = Decimal("5000")


@dataclass(frozen=True)
class DemoMember:
    name: str
    employer: str
    home: str
    hours: int
    competences: str  # "code:level code:level"
    ties: tuple[str, ...]
    max_municipalities: int = 3
    wishes: tuple[str, ...] = ()
    leave: tuple[tuple[int, int, str], ...] = ()  # (start offset in days, length in days, reason)


PL, PA, PM, PR, SH = (
    "projectleiding",
    "participatie",
    "programmamanagement",
    "procesregie",
    "stakeholdermanagement",
)
LOKET = "Regionaal Energieloket (fictief)"
PROVINCIE = "Provincie Drenthe"

# The member linked to the `flexpooler` login.
FLEXPOOLER_NAME = "Femke Turfstra"

MEMBERS: list[DemoMember] = [
    # Project leaders: the bulk of the demand.
    DemoMember(
        FLEXPOOLER_NAME,
        "Gemeente Assen",
        ASSEN,
        32,
        "projectleiding:4 participatie:3 warmtenetten:2 procesregie:3",
        (ASSEN, TYNAARLO, AA_EN_HUNZE),
        3,
        ("juridisch",),
    ),
    DemoMember(
        "Jorrit Veenbrink",
        "Gemeente Emmen",
        EMMEN,
        32,
        "projectleiding:4 procesregie:3 warmtenetten:3",
        (EMMEN, BORGER_ODOORN, COEVORDEN),
        3,
        ("financiering",),
    ),
    DemoMember(
        "Sanne Heidekamp",
        "Gemeente Hoogeveen",
        HOOGEVEEN,
        28,
        "projectleiding:3 participatie:3 stakeholdermanagement:2",
        (HOOGEVEEN, DE_WOLDEN),
        2,
        ("warmtenetten",),
    ),
    DemoMember(
        "Roel Esdoorner",
        PROVINCIE,
        ASSEN,
        36,
        "projectleiding:4 programmamanagement:4 stakeholdermanagement:3",
        (ASSEN, MIDDEN_DRENTHE),
        4,
    ),
    DemoMember(
        "Maaike Hunzeling",
        "Gemeente Aa en Hunze",
        AA_EN_HUNZE,
        24,
        "projectleiding:3 participatie:2 isolatie:2",
        (AA_EN_HUNZE, BORGER_ODOORN),
        2,
        ("energiearmoede",),
        leave=((20, 14, "Vakantie"),),
    ),
    DemoMember(
        "Thijs Kienhout",
        "Gemeente Coevorden",
        COEVORDEN,
        32,
        "projectleiding:3 procesregie:2 techniek-warmtebronnen:2",
        (COEVORDEN, EMMEN, HOOGEVEEN),
        3,
    ),
    DemoMember(
        "Lotte Brinkstede",
        "Gemeente Meppel",
        MEPPEL,
        28,
        "projectleiding:3 participatie:3 ruimtelijke-ordening:2",
        (MEPPEL, WESTERVELD, DE_WOLDEN),
        3,
        ("data-gis",),
    ),
    DemoMember(
        "Bram Zandvlinder",
        LOKET,
        TYNAARLO,
        32,
        "projectleiding:2 participatie:2 isolatie:3",
        (TYNAARLO, NOORDENVELD),
        3,
        ("projectleiding",),
    ),
    DemoMember(
        "Ilse Drentelaar",
        "Gemeente Midden-Drenthe",
        MIDDEN_DRENTHE,
        24,
        "projectleiding:3 stakeholdermanagement:3 procesregie:2",
        (MIDDEN_DRENTHE, ASSEN, WESTERVELD),
        3,
    ),
    DemoMember(
        "Koen Schaapdrift",
        "Gemeente Westerveld",
        WESTERVELD,
        20,
        "projectleiding:2 participatie:3",
        (WESTERVELD, MEPPEL),
        2,
        ("warmtenetten",),
    ),
    DemoMember(
        "Nienke Eikenschaar",
        "Gemeente Noordenveld",
        NOORDENVELD,
        28,
        "projectleiding:3 procesregie:3 financiering:2",
        (NOORDENVELD, TYNAARLO),
        3,
    ),
    DemoMember(
        "Ruben Klompsma",
        PROVINCIE,
        GRONINGEN,
        36,
        "projectleiding:4 programmamanagement:3 warmtenetten:3",
        (TYNAARLO, NOORDENVELD, ASSEN),
        4,
    ),
    DemoMember(
        "Eline Veenpluis",
        "Gemeente Emmen",
        EMMEN,
        32,
        "projectleiding:3 participatie:4 energiearmoede:2",
        (EMMEN, BORGER_ODOORN),
        3,
        ("isolatie",),
        leave=((-10, 21, "Zorgverlof"),),
    ),
    DemoMember(
        "Gijs Hunebedder",
        "Gemeente Borger-Odoorn",
        BORGER_ODOORN,
        24,
        "projectleiding:2 participatie:3 procesregie:2",
        (BORGER_ODOORN, EMMEN, AA_EN_HUNZE),
        3,
    ),
    DemoMember(
        "Marloes Turfsteker",
        "Gemeente De Wolden",
        DE_WOLDEN,
        20,
        "projectleiding:3 isolatie:2 participatie:2",
        (DE_WOLDEN, HOOGEVEEN, MEPPEL),
        2,
    ),
    DemoMember(
        "Daan Waterwolf",
        LOKET,
        ZWOLLE,
        32,
        "projectleiding:3 stakeholdermanagement:3 warmtenetten:2",
        (MEPPEL, WESTERVELD),
        3,
        ("techniek-warmtebronnen",),
    ),
    DemoMember(
        "Fleur Heideblom",
        "Gemeente Tynaarlo",
        TYNAARLO,
        28,
        "projectleiding:3 participatie:3 procesregie:3",
        (TYNAARLO, ASSEN, AA_EN_HUNZE),
        3,
    ),
    DemoMember(
        "Wouter Esbrink",
        "Gemeente Hoogeveen",
        HOOGEVEEN,
        36,
        "projectleiding:4 programmamanagement:3 procesregie:3",
        (HOOGEVEEN, COEVORDEN, MIDDEN_DRENTHE),
        4,
        leave=((45, 10, "Vakantie"),),
    ),
    # Participation and process specialists: front stage work needs local ties.
    DemoMember(
        "Anouk Dorpsbrinker",
        "Gemeente Assen",
        ASSEN,
        24,
        "participatie:4 procesregie:2 energiearmoede:2",
        (ASSEN, MIDDEN_DRENTHE, TYNAARLO),
        3,
        ("projectleiding",),
    ),
    DemoMember(
        "Stijn Zandverstuiver",
        "Gemeente Emmen",
        EMMEN,
        24,
        "participatie:3 stakeholdermanagement:2 projectleiding:1",
        (EMMEN, COEVORDEN),
        2,
        ("projectleiding",),
    ),
    DemoMember(
        "Marije Klokkenstoel",
        "Gemeente Coevorden",
        COEVORDEN,
        20,
        "participatie:3 energiearmoede:3",
        (COEVORDEN, HOOGEVEEN),
        2,
    ),
    DemoMember(
        "Jelmer Veenkoloon",
        LOKET,
        STADSKANAAL,
        28,
        "participatie:3 isolatie:2 procesregie:2",
        (BORGER_ODOORN, EMMEN, AA_EN_HUNZE),
        3,
    ),
    DemoMember(
        "Hanneke Schoolbrink",
        "Gemeente Meppel",
        MEPPEL,
        16,
        "participatie:3 stakeholdermanagement:2",
        (MEPPEL, DE_WOLDEN),
        2,
        leave=((-3, 40, "Ouderschapsverlof"),),
    ),
    DemoMember(
        "Pepijn Grienstede",
        "Gemeente Noordenveld",
        NOORDENVELD,
        20,
        "procesregie:3 participatie:2 stakeholdermanagement:3",
        (NOORDENVELD, WESTERVELD),
        2,
    ),
    # Content specialists: back stage work that pools well across the region.
    DemoMember(
        "Chris Warmtebron",
        PROVINCIE,
        ASSEN,
        32,
        "warmtenetten:4 techniek-warmtebronnen:3 projectleiding:2",
        (ASSEN,),
        4,
    ),
    DemoMember(
        "Yara Buizenlegger",
        LOKET,
        GRONINGEN,
        28,
        "warmtenetten:3 financiering:2",
        (),
        4,
        ("projectleiding",),
    ),
    DemoMember(
        "Sven Aquaterm",
        "Gemeente Emmen",
        EMMEN,
        24,
        "techniek-warmtebronnen:4 warmtenetten:3",
        (EMMEN,),
        4,
    ),
    DemoMember(
        "Iris Spouwmuur",
        LOKET,
        HOOGEVEEN,
        32,
        "isolatie:4 energiearmoede:2 participatie:2",
        (HOOGEVEEN, DE_WOLDEN),
        4,
    ),
    DemoMember(
        "Joost Dakpanner",
        "Gemeente Tynaarlo",
        TYNAARLO,
        24,
        "isolatie:3 techniek-warmtebronnen:2",
        (TYNAARLO,),
        3,
        ("participatie",),
    ),
    DemoMember(
        "Linde Kaartlaag",
        PROVINCIE,
        ASSEN,
        24,
        "data-gis:4 ruimtelijke-ordening:2",
        (),
        4,
    ),
    DemoMember(
        "Mees Pixelveen",
        LOKET,
        ZWOLLE,
        20,
        "data-gis:3 warmtenetten:2",
        (),
        4,
        ("warmtenetten",),
    ),
    DemoMember(
        "Renske Subsidiaan",
        "Gemeente Hoogeveen",
        HOOGEVEEN,
        24,
        "financiering:4 juridisch:2",
        (HOOGEVEEN,),
        4,
    ),
    DemoMember(
        "Olaf Begrotinga",
        PROVINCIE,
        ASSEN,
        16,
        "financiering:3 programmamanagement:2 projectleiding:2",
        (),
        3,
    ),
    DemoMember(
        "Vera Wetsdrager",
        PROVINCIE,
        ASSEN,
        24,
        "juridisch:4 ruimtelijke-ordening:3",
        (),
        4,
        leave=((60, 14, "Vakantie"),),
    ),
    DemoMember(
        "Hidde Paragraafsma",
        "Gemeente Meppel",
        STEENWIJKERLAND,
        20,
        "juridisch:3 financiering:2 projectleiding:2",
        (MEPPEL,),
        3,
    ),
    DemoMember(
        "Noor Armoedebreker",
        "Gemeente Emmen",
        EMMEN,
        24,
        "energiearmoede:4 participatie:3",
        (EMMEN, COEVORDEN),
        3,
    ),
    DemoMember(
        "Tim Omgevingsplan",
        "Gemeente Midden-Drenthe",
        MIDDEN_DRENTHE,
        20,
        "ruimtelijke-ordening:4 juridisch:2",
        (MIDDEN_DRENTHE,),
        3,
    ),
    DemoMember(
        "Lieke Bodemwarmte",
        LOKET,
        HARDENBERG,
        24,
        "techniek-warmtebronnen:3 isolatie:2",
        (COEVORDEN,),
        3,
    ),
    DemoMember(
        "Bas Netbeheerder",
        LOKET,
        OOSTSTELLINGWERF,
        28,
        "warmtenetten:3 projectleiding:2 stakeholdermanagement:2 techniek-warmtebronnen:2",
        (WESTERVELD,),
        3,
    ),
    DemoMember(
        "Jasmijn Energielabel",
        "Gemeente Borger-Odoorn",
        BORGER_ODOORN,
        20,
        "isolatie:3 data-gis:2 projectleiding:2",
        (BORGER_ODOORN,),
        3,
    ),
]


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str  # accounts.roles.Role value
    first_name: str
    last_name: str
    description: str
    municipality: str = ""


# The logins the command prints. Everyone uses DEMO_PASSWORD.
LOGINS: list[DemoLogin] = [
    DemoLogin("coordinator", "coordinator", "Gerrit", "Makelaarsma", "Coördinator van de pool"),
    DemoLogin("assen", "contact", "Wilma", "Brinkhorstink", "Contactpersoon Assen", ASSEN),
    DemoLogin("emmen", "contact", "Henk", "Veenkanaal", "Contactpersoon Emmen", EMMEN),
    DemoLogin("flexpooler", "member", "Femke", "Turfstra", "Poollid (Femke Turfstra)"),
    DemoLogin("financien", "finance", "Bert", "Kasboekema", "Financiën"),
    DemoLogin("raad", "council", "Ria", "Raadzaalstra", "Raadslid (alleen lezen)"),
]
ADMIN = DemoLogin("admin", "", "Beheer", "Demoserver", "Django-beheer (superuser)")

# Contacts for the other ten municipalities: they accept and decline proposals in the demo.
OTHER_CONTACTS: dict[str, tuple[str, str, str]] = {
    COEVORDEN: ("coevorden", "Jannie", "Grenspaal"),
    HOOGEVEEN: ("hoogeveen", "Albert", "Opgaande"),
    MEPPEL: ("meppel", "Grietje", "Drukkersma"),
    AA_EN_HUNZE: ("aa-en-hunze", "Klaas", "Hunzedal"),
    BORGER_ODOORN: ("borger-odoorn", "Roelie", "Hunebedstra"),
    DE_WOLDEN: ("de-wolden", "Harm", "Wolderveen"),
    NOORDENVELD: ("noordenveld", "Aaltje", "Veldhoeker"),
    WESTERVELD: ("westerveld", "Egbert", "Boswachterink"),
    TYNAARLO: ("tynaarlo", "Hilda", "Zuidlaarder"),
    MIDDEN_DRENTHE: ("midden-drenthe", "Jan", "Middendorper"),
}

# The second pool: climate adaptation in RES region Groningen (real municipalities, fictitious people).
CLIMATE_POOL_NAME = "Klimaatadaptatie Groningen"
CLIMATE_REGION_CODE = "ES01"
GRONINGEN, HET_HOGELAND, WESTERKWARTIER, EEMSDELTA, MIDDEN_GRONINGEN = (
    "GM0014",
    "GM1966",
    "GM1969",
    "GM1979",
    "GM1952",
)
CLIMATE_LOGINS: list[DemoLogin] = [
    DemoLogin(
        "coordinator-groningen",
        "coordinator",
        "Tjitske",
        "Dijkgraafstra",
        "Coördinator van Klimaatadaptatie Groningen",
    ),
    DemoLogin("groningen", "contact", "Menno", "Wierdenga", "Contactpersoon Groningen", GRONINGEN),
]
CLIMATE_MEMBERS: list[DemoMember] = [
    DemoMember(
        "Anouk Waterschapper",
        "Waterschap Noorderzijlvest (fictief)",
        GRONINGEN,
        32,
        "waterberging:4 projectleiding:3 data-gis:2",
        (GRONINGEN, WESTERKWARTIER),
    ),
    DemoMember(
        "Pieter Hittema",
        "Gemeente Groningen",
        GRONINGEN,
        24,
        "hittestress:3 participatie:3 procesregie:2",
        (GRONINGEN, HET_HOGELAND),
    ),
    DemoMember(
        "Lotte Groenblauw",
        "Provincie Groningen",
        EEMSDELTA,
        28,
        "groenblauwe-inrichting:4 ruimtelijke-ordening:3 projectleiding:2",
        (EEMSDELTA, MIDDEN_GRONINGEN),
    ),
    DemoMember(
        "Sjoerd Kwelderink",
        "Gemeente Het Hogeland",
        HET_HOGELAND,
        20,
        "waterberging:2 groenblauwe-inrichting:2 participatie:3",
        (HET_HOGELAND, EEMSDELTA),
    ),
]

FICTITIOUS_NAMES: frozenset[str] = frozenset(
    [m.name for m in MEMBERS]
    + [m.name for m in CLIMATE_MEMBERS]
    + [f"{login.first_name} {login.last_name}" for login in CLIMATE_LOGINS]
    + [f"{login.first_name} {login.last_name}" for login in [*LOGINS, ADMIN]]
    + [f"{first} {last}" for _username, first, last in OTHER_CONTACTS.values()]
)
