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
from django.utils.translation import gettext_lazy as _l

from flexpool.accounts.roles import GROUP_NAMES, ROLE_LABELS
from flexpool.core import dates
from flexpool.core.numbers import number_text

# One phrase per action code. `%(who)s` is the person (or Flexpool itself for automatic steps).
ACTIONS: dict[str, Any] = {
    "vraag.aangemaakt": _l("%(who)s maakte de vraag aan"),
    "vraag.gewijzigd": _l("%(who)s wijzigde de vraag"),
    "vraag.indienen": _l("%(who)s diende de vraag in"),
    "vraag.in_behandeling_nemen": _l("%(who)s nam de vraag in behandeling"),
    "vraag.voorstellen": _l("%(who)s stelde mensen voor"),
    "vraag.accepteren": _l("%(who)s accepteerde het voorstel"),
    "vraag.voorstel_afwijzen": _l("%(who)s wees het voorstel af"),
    "vraag.starten": _l("%(who)s liet het werk beginnen"),
    "vraag.afronden": _l("%(who)s rondde de vraag af"),
    "vraag.heropenen": _l("%(who)s opende de vraag opnieuw"),
    "vraag.intrekken": _l("%(who)s trok de vraag in"),
    "vraag.afwijzen": _l("%(who)s wees de vraag af"),
    "vraag.aandeel_geaccepteerd": _l("%(who)s accepteerde het voorstel voor het deel van een gemeente"),
    "vraag.aandeel_afgewezen": _l("%(who)s wees het voorstel af voor het deel van een gemeente"),
    "voorstel.gedaan": _l("%(who)s stelde een poollid voor"),
    "inzet.bevestigen": _l("%(who)s bevestigde de inzet"),
    "inzet.starten": _l("%(who)s liet de inzet beginnen"),
    "inzet.afronden": _l("%(who)s rondde de inzet af"),
    "inzet.afwijzen": _l("%(who)s wees de inzet af"),
    "inzet.annuleren": _l("%(who)s annuleerde de inzet"),
    "uren.ingediend": _l("%(who)s schreef uren"),
    "uren.wijzigen": _l("%(who)s wijzigde uren"),
    "uren.opnieuw_indienen": _l("%(who)s diende uren opnieuw in"),
    "uren.correctie_ingediend": _l("%(who)s diende een correctie van uren in"),
    "uren.goedgekeurd": _l("%(who)s keurde uren goed"),
    "uren.afgekeurd": _l("%(who)s keurde uren af"),
    "tarief.vastgesteld": _l("%(who)s stelde het uurtarief vast"),
    "periode.geopend": _l("%(who)s opende een periode voor uren"),
    "verrekening.vastgesteld": _l("%(who)s stelde de verrekening vast"),
    "verrekening.regel": _l("%(who)s berekende het deel van een gemeente in de verrekening"),
    "verrekening.wachtende_uren_doorgeschoven": _l(
        "%(who)s schoof wachtende uren door naar de volgende periode"
    ),
    "lidmaatschap.toegetreden": _l("%(who)s legde vast dat een gemeente lid werd"),
    "lidmaatschap.soort_gewijzigd": _l("%(who)s wijzigde de soort lidmaatschap"),
    "lidmaatschap.vertrek_gemeld": _l("%(who)s legde vast dat een gemeente vertrekt"),
    "poollid.profiel": _l("%(who)s wijzigde het profiel"),
    "poollid.competenties": _l("%(who)s wijzigde competenties"),
    "poollid.contracturen": _l("%(who)s wijzigde de contracturen"),
    "poollid.verlof": _l("%(who)s legde verlof of minder uren vast"),
    "poollid.verlof_verwijderd": _l("%(who)s haalde verlof of minder uren weg"),
    "poollid.agendalink": _l("%(who)s wijzigde de agendalink"),
    "poollid.geimporteerd": _l("%(who)s importeerde een poollid"),
    "competentie.gevalideerd": _l("%(who)s keurde een competentieniveau goed"),
    "competentie.niet_gevalideerd": _l("%(who)s keurde een competentieniveau niet goed"),
    "planning.gestart": _l("%(who)s startte de planning van meerdere vragen"),
    "planning.verstuurd": _l("%(who)s verstuurde de voorstellen uit de planning"),
    "kennis.toegevoegd": _l("%(who)s voegde kennis toe"),
    "kennis.gewijzigd": _l("%(who)s wijzigde kennis"),
    "kennis.verwijderd": _l("%(who)s verwijderde kennis"),
    "kennis.hergebruikt": _l("%(who)s legde vast dat kennis is hergebruikt"),
    "kennis.hergebruik_gekoppeld": _l("%(who)s koppelde hergebruikte kennis aan de vraag"),
    "kennis.thesaurus_toegevoegd": _l("%(who)s voegde woorden toe aan de zoekwoordenlijst"),
    "kennis.thesaurus_gewijzigd": _l("%(who)s wijzigde woorden in de zoekwoordenlijst"),
    "kennis.thesaurus_verwijderd": _l("%(who)s haalde woorden uit de zoekwoordenlijst"),
    "gesprek.bericht": _l("%(who)s schreef een bericht in het gesprek"),
    "atelier.aangemaakt": _l("%(who)s maakte een ontwerpatelier aan"),
    "atelier.doorrekening_gestart": _l("%(who)s liet de scenario's doorrekenen"),
    "atelier.doorgerekend": _l("%(who)s rekende de scenario's door"),
    "atelier.doorrekening_mislukt": _l("%(who)s kon de scenario's niet doorrekenen"),
    "atelier.volgende_stappen": _l("%(who)s legde de volgende stappen vast"),
    "meldingen.voorkeuren": _l("%(who)s wijzigde de instellingen voor meldingen"),
    "account.tweede_stap_ingesteld": _l("%(who)s stelde een tweede stap voor inloggen in"),
    "account.herstelcodes_vernieuwd": _l("%(who)s maakte nieuwe herstelcodes"),
    "account.herstelcode_gebruikt": _l("%(who)s logde in met een herstelcode"),
    "sso.koppeling_toegevoegd": _l("%(who)s voegde een koppeling voor eenmalig inloggen toe"),
    "sso.koppeling_verwijderd": _l("%(who)s verwijderde een koppeling voor eenmalig inloggen"),
    "sso.account_aangemaakt": _l("%(who)s kreeg een account via eenmalig inloggen"),
    "sso.rollen_bijgewerkt": _l("%(who)s kreeg andere rollen via eenmalig inloggen"),
    "privacy.gegevens_uitgegeven": _l("%(who)s downloadde alle gegevens van een poollid"),
    "privacy.geanonimiseerd": _l("%(who)s maakte de gegevens van een vertrokken poollid anoniem"),
}

# Names of the recorded keys. Keys that are also model fields fall back to the field's verbose name.
KEY_LABELS: dict[str, Any] = {
    "status": _l("status"),
    "reason": _l("reden"),
    "week": _l("week"),
    "hours": _l("uren"),
    "uren": _l("uren"),
    "hours_per_week": _l("uren per week"),
    "uren_per_week": _l("uren per week"),
    "contract_hours": _l("contracturen"),
    "title": _l("titel"),
    "titel": _l("titel"),
    "member": _l("poollid"),
    "gemeente": _l("gemeente"),
    "aandeel": _l("aandeel"),
    "wacht_op": _l("wacht nog op"),
    "van": _l("van"),
    "tot_en_met": _l("tot en met"),
    "per": _l("per"),
    "start": _l("vanaf"),
    "replaced": _l("vervangt latere wijziging"),
    "soort": _l("soort"),
    "jaarbijdrage": _l("bijdrage per jaar"),
    "periode": _l("periode"),
    "gebruik": _l("gebruik"),
    "saldo": _l("saldo"),
    "bijdragen": _l("bijdragen"),
    "detachering": _l("detachering"),
    "urenregels": _l("urenregels"),
    "hourly_rate": _l("uurtarief"),
    "home_municipality": _l("woongemeente"),
    "local_ties": _l("lokale binding"),
    "development_wishes": _l("ontwikkelwensen"),
    "competences": _l("competenties"),
    "row": _l("regel"),
    "nieuw": _l("nieuwe link"),
    "gestopt": _l("link gestopt"),
    "time_limit_s": _l("rekentijd in seconden"),
    "sent": _l("verstuurd"),
    "refused": _l("geweigerd"),
    "zichtbaarheid": _l("zichtbaarheid"),
    "bestanden": _l("bestanden"),
    "bestanden_erbij": _l("bestanden erbij"),
    "bestanden_eraf": _l("bestanden eraf"),
    "hergebruikt_door": _l("hergebruikt door"),
    "bij_vraag": _l("bij vraag"),
    "toelichting": _l("toelichting"),
    "kennisitems": _l("kennisitems"),
    "eerdere_vragen": _l("eerdere vragen"),
    "woorden": _l("woorden"),
    "eerder": _l("eerder"),
    "request": _l("vraag"),
    "mentioned": _l("genoemd"),
    "region": _l("regio"),
    "pool": _l("pool"),
    "municipalities": _l("gemeenten"),
    "scenarios": _l("scenario's"),
    "replications": _l("herhalingen"),
    "service_level": _l("servicenorm"),
    "next_steps": _l("volgende stappen"),
    "error": _l("fout"),
    "language": _l("taal"),
    "claim": _l("claim"),
    "value": _l("waarde"),
    "role": _l("rol"),
    "roles": _l("rollen"),
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
    return text if text.endswith((".", "”", "?", "!")) else f"{text}."


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
    label = _level_labels().get(int(number), number) if int(number) else _("geen")
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


def _level_labels() -> dict[int, str]:
    """Level number → "Basis", "Gevorderd", "Senior", "Expert" (the choices of a level field)."""
    field = apps.get_model("pool", "CompetenceClaim")._meta.get_field("level")
    return {int(k): str(v) for k, v in field.flatchoices}


def _readable_code(code: str) -> str:
    return code.replace(".", ": ").replace("_", " ")
