"""Audit records as sentences for people, the one describer for every page and the API.

`describe(record)` turns an audit record (action code + changes) into plain Dutch (B1), or English
when that is the active language:

    "Gerrit Makelaarsma (coördinator) nam de vraag in behandeling: ingediend → in behandeling."

- who: the person's name (full name, else the pool member's name; never the login), with the role;
- what: one phrase per action code (`ACTIONS`); an unknown code still reads as words;
- details: status values and other choices as their labels (read from the recorded model's field
  choices), field names as labels (`KEY_LABELS` or the model's verbose names), dates as
  "11 januari 2027", weeks as "week 2 (11–17 januari 2027)", hours and money with Dutch decimals.

Audit records keep their machine form (codes, ISO dates, decimal points); only the reading changes.
Querysets of records go through `with_people` so that names and roles cost no query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from flexpool.accounts.roles import GROUP_NAMES, ROLE_LABELS
from flexpool.core import dates
from flexpool.core.numbers import number_text

# One phrase per action code. `%(who)s` is the person (or Flexpool itself for automatic steps).
ACTIONS: dict[str, Any] = {
    "vraag.aangemaakt": gettext_lazy("%(who)s maakte de vraag aan"),
    "vraag.gewijzigd": gettext_lazy("%(who)s wijzigde de vraag"),
    "vraag.indienen": gettext_lazy("%(who)s diende de vraag in"),
    "vraag.in_behandeling_nemen": gettext_lazy("%(who)s nam de vraag in behandeling"),
    "vraag.voorstellen": gettext_lazy("%(who)s stelde mensen voor"),
    "vraag.accepteren": gettext_lazy("%(who)s accepteerde het voorstel"),
    "vraag.voorstel_afwijzen": gettext_lazy("%(who)s wees het voorstel af"),
    "vraag.starten": gettext_lazy("%(who)s liet het werk beginnen"),
    "vraag.afronden": gettext_lazy("%(who)s rondde de vraag af"),
    "vraag.heropenen": gettext_lazy("%(who)s opende de vraag opnieuw"),
    "vraag.intrekken": gettext_lazy("%(who)s trok de vraag in"),
    "vraag.afwijzen": gettext_lazy("%(who)s wees de vraag af"),
    "vraag.aandeel_geaccepteerd": gettext_lazy(
        "%(who)s accepteerde het voorstel voor het deel van een gemeente"
    ),
    "vraag.aandeel_afgewezen": gettext_lazy("%(who)s wees het voorstel af voor het deel van een gemeente"),
    "voorstel.gedaan": gettext_lazy("%(who)s stelde een poollid voor"),
    "inzet.bevestigen": gettext_lazy("%(who)s bevestigde de inzet"),
    "inzet.starten": gettext_lazy("%(who)s liet de inzet beginnen"),
    "inzet.afronden": gettext_lazy("%(who)s rondde de inzet af"),
    "inzet.afwijzen": gettext_lazy("%(who)s wees de inzet af"),
    "inzet.annuleren": gettext_lazy("%(who)s annuleerde de inzet"),
    "uren.ingediend": gettext_lazy("%(who)s schreef uren"),
    "uren.wijzigen": gettext_lazy("%(who)s wijzigde uren"),
    "uren.opnieuw_indienen": gettext_lazy("%(who)s diende uren opnieuw in"),
    "uren.correctie_ingediend": gettext_lazy("%(who)s diende een correctie van uren in"),
    "uren.goedgekeurd": gettext_lazy("%(who)s keurde uren goed"),
    "uren.afgekeurd": gettext_lazy("%(who)s keurde uren af"),
    "tarief.vastgesteld": gettext_lazy("%(who)s stelde het uurtarief vast"),
    "periode.geopend": gettext_lazy("%(who)s opende een periode voor uren"),
    "verrekening.vastgesteld": gettext_lazy("%(who)s stelde de verrekening vast"),
    "verrekening.regel": gettext_lazy("%(who)s berekende het deel van een gemeente in de verrekening"),
    "verrekening.wachtende_uren_doorgeschoven": gettext_lazy(
        "%(who)s schoof wachtende uren door naar de volgende periode"
    ),
    "lidmaatschap.toegetreden": gettext_lazy("%(who)s legde vast dat een gemeente lid werd"),
    "lidmaatschap.soort_gewijzigd": gettext_lazy("%(who)s wijzigde de soort lidmaatschap"),
    "lidmaatschap.vertrek_gemeld": gettext_lazy("%(who)s legde vast dat een gemeente vertrekt"),
    "poollid.profiel": gettext_lazy("%(who)s wijzigde het profiel"),
    "poollid.competenties": gettext_lazy("%(who)s wijzigde competenties"),
    "poollid.contracturen": gettext_lazy("%(who)s wijzigde de contracturen"),
    "poollid.verlof": gettext_lazy("%(who)s legde verlof of minder uren vast"),
    "poollid.verlof_verwijderd": gettext_lazy("%(who)s haalde verlof of minder uren weg"),
    "poollid.agendalink": gettext_lazy("%(who)s wijzigde de agendalink"),
    "poollid.geimporteerd": gettext_lazy("%(who)s importeerde een poollid"),
    "competentie.gevalideerd": gettext_lazy("%(who)s keurde een competentieniveau goed"),
    "competentie.niet_gevalideerd": gettext_lazy("%(who)s keurde een competentieniveau niet goed"),
    "planning.gestart": gettext_lazy("%(who)s startte de planning van meerdere vragen"),
    "planning.verstuurd": gettext_lazy("%(who)s verstuurde de voorstellen uit de planning"),
    "kennis.toegevoegd": gettext_lazy("%(who)s voegde kennis toe"),
    "kennis.gewijzigd": gettext_lazy("%(who)s wijzigde kennis"),
    "kennis.verwijderd": gettext_lazy("%(who)s verwijderde kennis"),
    "kennis.hergebruikt": gettext_lazy("%(who)s legde vast dat kennis is hergebruikt"),
    "kennis.hergebruik_gekoppeld": gettext_lazy("%(who)s koppelde hergebruikte kennis aan de vraag"),
    "kennis.thesaurus_toegevoegd": gettext_lazy("%(who)s voegde woorden toe aan de zoekwoordenlijst"),
    "kennis.thesaurus_gewijzigd": gettext_lazy("%(who)s wijzigde woorden in de zoekwoordenlijst"),
    "kennis.thesaurus_verwijderd": gettext_lazy("%(who)s haalde woorden uit de zoekwoordenlijst"),
    "kennis.zoekwoord_genegeerd": gettext_lazy("%(who)s haalde een vergeefs gezocht woord van de lijst"),
    "gesprek.bericht": gettext_lazy("%(who)s schreef een bericht in het gesprek"),
    "atelier.aangemaakt": gettext_lazy("%(who)s maakte een ontwerpatelier aan"),
    "atelier.doorrekening_gestart": gettext_lazy("%(who)s liet de scenario's doorrekenen"),
    "atelier.doorgerekend": gettext_lazy("%(who)s rekende de scenario's door"),
    "atelier.doorrekening_mislukt": gettext_lazy("%(who)s kon de scenario's niet doorrekenen"),
    "atelier.volgende_stappen": gettext_lazy("%(who)s legde de volgende stappen vast"),
    "meldingen.voorkeuren": gettext_lazy("%(who)s wijzigde de instellingen voor meldingen"),
    "account.tweede_stap_ingesteld": gettext_lazy("%(who)s stelde een tweede stap voor inloggen in"),
    "account.herstelcodes_vernieuwd": gettext_lazy("%(who)s maakte nieuwe herstelcodes"),
    "account.herstelcode_gebruikt": gettext_lazy("%(who)s logde in met een herstelcode"),
    "sso.koppeling_toegevoegd": gettext_lazy("%(who)s voegde een koppeling voor eenmalig inloggen toe"),
    "sso.koppeling_verwijderd": gettext_lazy("%(who)s verwijderde een koppeling voor eenmalig inloggen"),
    "sso.account_aangemaakt": gettext_lazy("%(who)s kreeg een account via eenmalig inloggen"),
    "sso.rollen_bijgewerkt": gettext_lazy("%(who)s kreeg andere rollen via eenmalig inloggen"),
    "privacy.gegevens_uitgegeven": gettext_lazy("%(who)s downloadde alle gegevens van een poollid"),
    "privacy.geanonimiseerd": gettext_lazy("%(who)s maakte de gegevens van een vertrokken poollid anoniem"),
}

# Names of the recorded keys. Keys that are also model fields fall back to the field's verbose name.
KEY_LABELS: dict[str, Any] = {
    "status": gettext_lazy("status"),
    "reason": gettext_lazy("reden"),
    "week": gettext_lazy("week"),
    "hours": gettext_lazy("uren"),
    "uren": gettext_lazy("uren"),
    "hours_per_week": gettext_lazy("uren per week"),
    "uren_per_week": gettext_lazy("uren per week"),
    "contract_hours": gettext_lazy("contracturen"),
    "title": gettext_lazy("titel"),
    "titel": gettext_lazy("titel"),
    "member": gettext_lazy("poollid"),
    "gemeente": gettext_lazy("gemeente"),
    "aandeel": gettext_lazy("aandeel"),
    "wacht_op": gettext_lazy("wacht nog op"),
    "van": gettext_lazy("van"),
    "tot_en_met": gettext_lazy("tot en met"),
    "per": gettext_lazy("per"),
    "start": gettext_lazy("vanaf"),
    "replaced": gettext_lazy("vervangt latere wijziging"),
    "soort": gettext_lazy("soort"),
    "jaarbijdrage": gettext_lazy("bijdrage per jaar"),
    "periode": gettext_lazy("periode"),
    "gebruik": gettext_lazy("gebruik"),
    "saldo": gettext_lazy("saldo"),
    "bijdragen": gettext_lazy("bijdragen"),
    "detachering": gettext_lazy("detachering"),
    "urenregels": gettext_lazy("urenregels"),
    "hourly_rate": gettext_lazy("uurtarief"),
    "home_municipality": gettext_lazy("woongemeente"),
    "local_ties": gettext_lazy("lokale binding"),
    "development_wishes": gettext_lazy("ontwikkelwensen"),
    "competences": gettext_lazy("competenties"),
    "row": gettext_lazy("regel"),
    "nieuw": gettext_lazy("nieuwe link"),
    "gestopt": gettext_lazy("link gestopt"),
    "time_limit_s": gettext_lazy("rekentijd in seconden"),
    "sent": gettext_lazy("verstuurd"),
    "refused": gettext_lazy("geweigerd"),
    "zichtbaarheid": gettext_lazy("zichtbaarheid"),
    "bestanden": gettext_lazy("bestanden"),
    "bestanden_erbij": gettext_lazy("bestanden erbij"),
    "bestanden_eraf": gettext_lazy("bestanden eraf"),
    "hergebruikt_door": gettext_lazy("hergebruikt door"),
    "bij_vraag": gettext_lazy("bij vraag"),
    "toelichting": gettext_lazy("toelichting"),
    "kennisitems": gettext_lazy("kennisitems"),
    "eerdere_vragen": gettext_lazy("eerdere vragen"),
    "woorden": gettext_lazy("woorden"),
    "eerder": gettext_lazy("eerder"),
    "request": gettext_lazy("vraag"),
    "mentioned": gettext_lazy("genoemd"),
    "region": gettext_lazy("regio"),
    "pool": gettext_lazy("pool"),
    "municipalities": gettext_lazy("gemeenten"),
    "scenarios": gettext_lazy("scenario's"),
    "replications": gettext_lazy("herhalingen"),
    "service_level": gettext_lazy("servicenorm"),
    "next_steps": gettext_lazy("volgende stappen"),
    "error": gettext_lazy("fout"),
    "language": gettext_lazy("taal"),
    "claim": gettext_lazy("claim"),
    "value": gettext_lazy("waarde"),
    "role": gettext_lazy("rol"),
    "roles": gettext_lazy("rollen"),
}

HOUR_KEYS = {"hours", "uren", "hours_per_week", "uren_per_week", "contract_hours"}
MONEY_KEYS = {"gebruik", "saldo", "bijdragen", "detachering", "jaarbijdrage", "hourly_rate"}
PERCENT_KEYS = {"aandeel", "service_level"}
LIST_KEYS = {
    "wacht_op",
    "mentioned",
    "municipalities",
    "scenarios",
    "bestanden",
    "bestanden_erbij",
    "kennisitems",
    "eerdere_vragen",
    "woorden",
    "local_ties",
}
# Recorded keys whose values are choices of a model field with another name.
CHOICE_FIELDS = {"soort": ("tier", "kind"), "zichtbaarheid": ("visibility",), "role": ("role",)}
# Actions whose keys are competence codes and whose values are levels.
COMPETENCE_ACTIONS = {"poollid.competenties", "competentie.gevalideerd", "competentie.niet_gevalideerd"}
# Shown first and without a name: the status change is what the sentence is about.
UNNAMED_KEYS = ("status",)


def with_people(records: QuerySet[Any]) -> QuerySet[Any]:
    """Audit records with what `describe` needs of the actor, without a query per row."""
    return records.select_related("actor", "actor__pool_member").prefetch_related("actor__groups")


def person_name(user: Any) -> str:
    """A person's name as others see it: the full name, else the pool member's name; the login only
    when no name is known."""
    if user is None:
        return ""
    member = getattr(user, "pool_member", None)  # the missing reverse one-to-one is an AttributeError
    return user.get_full_name() or (member.name if member else "") or user.get_username()


def role_label(user: Any) -> str:
    """The person's first role in lower case: "coördinator", "flexpooler"."""
    names = {g.name for g in user.groups.all()}
    for role, group in GROUP_NAMES.items():
        if group in names:
            return str(ROLE_LABELS[role]).lower()
    return ""


def who(user: Any) -> str:
    """ "Gerrit Makelaarsma (coördinator)"; Flexpool itself for automatic steps."""
    if user is None:
        return _("Flexpool (automatisch)")
    role = role_label(user)
    name = person_name(user)
    return f"{name} ({role})" if role else name


def describe(record: Any, competences: dict[str, str] | None = None) -> str:
    """The record as one sentence, ending with a full stop."""
    phrase = ACTIONS.get(record.action)
    subject = who(record.actor)
    if phrase is None:
        text = _("%(who)s: %(action)s") % {"who": subject, "action": _readable_code(record.action)}
    else:
        text = str(phrase) % {"who": subject}
    details = change_texts(record, competences)
    if details:
        text = f"{text}: {'; '.join(details)}"
    return text if text.endswith((".", "?", "!")) else f"{text}."


def describe_all(records: Iterable[Any]) -> list[Any]:
    """Sets `sentence` on every record (one query for competence names, only when needed)."""
    rows = list(records)
    competences = None
    if any(r.action in COMPETENCE_ACTIONS for r in rows):
        competences = competence_names()
    for row in rows:
        row.sentence = describe(row, competences)
    return rows


def change_texts(record: Any, competences: dict[str, str] | None = None) -> list[str]:
    """The recorded changes as short texts: "ingediend → in behandeling", "uren: 12 → 8"."""
    changes = record.changes or {}
    if not isinstance(changes, dict):
        return [_value(record, "", changes)]
    model = _model(record.object_type)
    keys = [k for k in UNNAMED_KEYS if k in changes] + [
        k for k in changes if k not in UNNAMED_KEYS and k != "reason"
    ]
    if "reason" in changes:
        keys.append("reason")
    texts = []
    for key in keys:
        value = changes[key]
        if key == "reason":
            if value:
                texts.append(_("reden: “%(reason)s”") % {"reason": value})
            continue
        if record.action in COMPETENCE_ACTIONS:
            if competences is None:
                competences = competence_names()
            label = competences.get(key, key)
            texts.append(f"{label}: {_levels(value)}")
            continue
        shown = _value_or_change(record, model, key, value)
        texts.append(shown if key in UNNAMED_KEYS else f"{_key_label(model, key)}: {shown}")
    return texts


def _value_or_change(record: Any, model: Any, key: str, value: Any) -> str:
    if isinstance(value, list) and len(value) == 2 and _is_change(key, value):
        return f"{_value(record, key, value[0], model)} → {_value(record, key, value[1], model)}"
    return _value(record, key, value, model)


def _is_change(key: str, value: list[Any]) -> bool:
    if all(isinstance(v, list) for v in value):
        return True
    return key not in LIST_KEYS


def _value(record: Any, key: str, value: Any, model: Any = None) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, list):
        return ", ".join(_value(record, key, v, model) for v in value) if value else _("geen")
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(record, k, v, model)}" for k, v in value.items())
    label = _choice_label(model, key, value)
    if label is not None:
        return label
    if key == "week" or (isinstance(value, str) and dates.ISO_WEEK.match(value)):
        return dates.week_text(value)
    if isinstance(value, str) and dates.ISO_DAY.match(value):
        return dates.day_text(value)
    if isinstance(value, str) and dates.ISO_MONTH.match(value):
        return dates.month_text(f"{value}-01")
    if key in HOUR_KEYS:
        return _("%(n)s uur") % {"n": number_text(value)}
    if key in MONEY_KEYS:
        return f"€ {number_text(value, decimals=2)}"
    if key in PERCENT_KEYS:
        return f"{number_text(value)}%"
    if isinstance(value, int | float) or (isinstance(value, str) and _is_number(value)):
        return number_text(value)
    return str(value)


def _is_number(text: str) -> bool:
    try:
        Decimal(text)
    except InvalidOperation:
        return False
    return text.strip() not in {"", "NaN", "Infinity", "-Infinity"} and not text.lower().startswith("nan")


def _levels(value: Any) -> str:
    if isinstance(value, list) and len(value) == 2:
        return f"{_level(value[0])} → {_level(value[1])}"
    return _level(value)


def _level(value: Any) -> str:
    text = str(value)
    number, _space, rest = text.partition(" ")
    if not number.isdigit():
        return text
    label = level_label(int(number)) if int(number) else _("geen")
    if rest == "(ter validatie)":
        return _("%(level)s (wacht op goedkeuring)") % {"level": label}
    return f"{label} {rest}".strip()


def _model(object_type: str) -> Any:
    try:
        return apps.get_model(object_type)
    except (LookupError, ValueError):
        return None


def _field(model: Any, name: str) -> Any:
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _key_label(model: Any, key: str) -> str:
    if key in KEY_LABELS:
        return str(KEY_LABELS[key])
    field = _field(model, key)
    if field is not None and getattr(field, "verbose_name", None):
        return str(field.verbose_name)
    return _readable_code(key)


def _choice_label(model: Any, key: str, value: Any) -> str | None:
    for name in (key, *CHOICE_FIELDS.get(key, ())):
        field = _field(model, name)
        choices = getattr(field, "flatchoices", None) if field is not None else None
        if choices:
            for choice, label in choices:
                if str(choice) == str(value):
                    return str(label).lower() if name == "status" else str(label)
    return None


def competence_names() -> dict[str, str]:
    """Competence code → name in the active language (the pool app's model, looked up by label)."""
    model = apps.get_model("pool", "Competence")
    return {c.code: c.display_name for c in model.objects.all()}


def level_label(level: int) -> str:
    """1 → "Basis", 2 → "Gevorderd", 3 → "Senior", 4 → "Expert" (in the active language)."""
    return _level_labels().get(int(level), str(level))


def _level_labels() -> dict[int, str]:
    """Level number → "Basis", "Gevorderd", "Senior", "Expert" (the choices of a level field)."""
    field = apps.get_model("pool", "CompetenceClaim")._meta.get_field("level")
    return {int(k): str(v) for k, v in field.flatchoices}


def _readable_code(code: str) -> str:
    return code.replace(".", ": ").replace("_", " ")
