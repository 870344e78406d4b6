"""Template filters for money and hours in Dutch notation, the same as in the exports."""

from decimal import Decimal

from django import template

from flexpool.hours.money import format_eur, format_hours

register = template.Library()


@register.filter
def eur(value):
    if value is None or value == "":
        return "–"
    return format_eur(Decimal(value))


@register.filter
def uren(value):
    if value is None or value == "":
        return "–"
    return format_hours(Decimal(value))


@register.filter
def eur_credit(value):
    """A credit shown as a deduction: 2123.29 -> '-€ 2.123,29' (zero stays '€ 0,00')."""
    if value is None or value == "":
        return "–"
    return format_eur(-Decimal(value))


@register.filter
def uren_input(value):
    """A number for an input field: Decimal 15.50 -> '15,5'; text the user typed stays as typed."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        return value
    return format_hours(value)
