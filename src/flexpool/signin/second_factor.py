"""Second factor for local logins: a TOTP app code, or one of ten single-use recovery codes.

Required for coordinators, finance and staff (Django admin) when they log in with a Flexpool
password. Users who log in through single sign-on are not asked: their provider does the
multi-factor check (docs/security.md). Built on django-otp (TOTP and static devices).
"""

from __future__ import annotations

from base64 import b32encode
from binascii import unhexlify

from django.conf import settings
from django.db import transaction
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from flexpool.accounts.permissions import roles_of
from flexpool.core.audit import record

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "app"
RECOVERY_DEVICE_NAME = "herstelcodes"


def required_for(user) -> bool:
    if user.is_staff or user.is_superuser:
        return True
    return any(role.value in settings.SECOND_FACTOR_ROLES for role in roles_of(user))


def has_confirmed_device(user) -> bool:
    return user_has_device(user, confirmed=True)


def unconfirmed_app_device(user) -> TOTPDevice:
    """The app device being set up (created on first call, the same key until it is confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False, name=APP_DEVICE_NAME).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def secret_of(device: TOTPDevice) -> str:
    """The key as authenticator apps show it: base32, in groups of four."""
    text = b32encode(unhexlify(device.key)).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@transaction.atomic
def confirm_app_device(*, user, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm the app device when `token` is right; return fresh recovery codes, or None."""
    if not device.verify_token(token.replace(" ", "")):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user, confirmed=True).exclude(pk=device.pk).delete()
    codes = _new_recovery_codes(user)
    record(actor=user, action="account.tweede_stap_ingesteld", obj=user)
    return codes


@transaction.atomic
def regenerate_recovery_codes(*, user) -> list[str]:
    codes = _new_recovery_codes(user)
    record(actor=user, action="account.herstelcodes_vernieuwd", obj=user)
    return codes


def _new_recovery_codes(user) -> list[str]:
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
    device.confirmed = True
    device.save()
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
    return codes


def verify(user, token: str):
    """The device that accepts `token` (an app code or an unused recovery code), or None."""
    token = token.replace(" ", "").strip()
    if not token or len(token) > 16:
        return None
    return match_token(user, token)
