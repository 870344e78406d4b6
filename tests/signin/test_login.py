"""Local login: lock-out on every path, 401 on the API, password rules, the second factor."""

import base64
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from flexpool.core.models import AuditRecord
from flexpool.signin import second_factor
from tests import builders

WRONG = "helemaal-verkeerd"


def basic(username, password):
    token = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def code_for(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


# ---- lock-out -------------------------------------------------------------------------------


def test_login_page_locks_after_five_failures_and_then_refuses_the_right_password(assen):
    client = Client()
    statuses = [
        client.post("/inloggen/", {"username": "assen", "password": WRONG}).status_code for _ in range(30)
    ]
    assert statuses[:4] == [200] * 4
    assert set(statuses[5:]) == {429}
    locked = client.post("/inloggen/", {"username": "assen", "password": builders.PASSWORD})
    assert locked.status_code == 429
    assert "Te vaak een verkeerd wachtwoord" in locked.content.decode()
    assert int(locked["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_another_user_is_not_locked_by_someones_failures(assen, emmen):
    client = Client()
    for _ in range(6):
        client.post("/inloggen/", {"username": "assen", "password": WRONG})
    response = client.post("/inloggen/", {"username": "emmen", "password": builders.PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"


def test_admin_login_locks_too(reference_data):
    User = get_user_model()
    User.objects.create_superuser("beheer", "beheer@example.invalid", builders.PASSWORD)
    client = Client()
    statuses = [
        client.post("/admin/login/", {"username": "beheer", "password": WRONG}).status_code for _ in range(30)
    ]
    assert set(statuses[5:]) == {429}
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "beheer", "password": builders.PASSWORD}
    )
    assert response.status_code == 429


def test_admin_needs_the_second_factor(reference_data):
    User = get_user_model()
    admin = User.objects.create_superuser("beheer", "beheer@example.invalid", builders.PASSWORD)
    device = TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    client = Client()
    without = client.post("/admin/login/?next=/admin/", {"username": "beheer", "password": builders.PASSWORD})
    assert without.status_code == 200 and "_auth_user_id" not in client.session
    with_code = client.post(
        "/admin/login/?next=/admin/",
        {
            "username": "beheer",
            "password": builders.PASSWORD,
            "otp_device": device.persistent_id,
            "otp_token": code_for(device),
        },
    )
    assert with_code.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_api_without_credentials_is_401_with_www_authenticate(assen):
    response = Client().get("/api/v1/requests/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Basic realm="api"'


def test_api_wrong_basic_credentials_are_401_then_locked(assen):
    client = Client()
    first = client.get("/api/v1/requests/", **basic("assen", WRONG))
    assert first.status_code == 401 and first["WWW-Authenticate"].startswith("Basic")
    statuses = [client.get("/api/v1/requests/", **basic("assen", WRONG)).status_code for _ in range(29)]
    assert set(statuses[4:]) == {429}
    locked = client.get("/api/v1/requests/", **basic("assen", builders.PASSWORD))
    assert locked.status_code == 429
    assert "Te vaak" in locked.json()["detail"]


def test_api_right_basic_credentials_work(assen):
    response = Client().get("/api/v1/requests/", **basic("assen", builders.PASSWORD))
    assert response.status_code == 200


# ---- password rules -------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["12345678901234", "kort", "qwertyuiop"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_mixed_password_is_accepted():
    validate_password("lantaarnpaal-Veenkoloniën-47")


# ---- second factor --------------------------------------------------------------------------


def test_contact_needs_no_second_factor(assen):
    client = Client()
    response = client.post("/inloggen/", {"username": "assen", "password": builders.PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_coordinator_sets_up_the_app_on_first_login_and_gets_recovery_codes(coordinator):
    client = Client()
    response = client.post("/inloggen/", {"username": "coordinator", "password": builders.PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/inloggen/tweede-stap/"
    assert "_auth_user_id" not in client.session  # not logged in after the password alone
    assert client.get("/intake/").status_code == 302
    response = client.get("/inloggen/tweede-stap/")
    assert response["Location"] == "/inloggen/tweede-stap/instellen/"
    page = client.get("/inloggen/tweede-stap/instellen/")
    assert page.status_code == 200 and "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=coordinator, confirmed=False)
    wrong = client.post("/inloggen/tweede-stap/instellen/", {"code": "000000"})
    assert "Deze code klopt niet" in wrong.content.decode()
    time.sleep(1.1)  # django-otp refuses codes for 2^(failures-1) seconds after a wrong one
    response = client.post("/inloggen/tweede-stap/instellen/", {"code": code_for(device)})
    assert response.status_code == 302 and response["Location"] == "/account/beveiliging/"
    page = client.get("/account/beveiliging/").content.decode()
    codes = StaticToken.objects.filter(device__user=coordinator).values_list("token", flat=True)
    assert len(codes) == second_factor.RECOVERY_CODE_COUNT
    assert all(code in page for code in codes)
    assert client.get("/intake/").status_code == 200
    assert AuditRecord.objects.filter(
        action="account.tweede_stap_ingesteld", object_id=str(coordinator.pk)
    ).exists()


def logged_in_with_device(user):
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    codes = second_factor.regenerate_recovery_codes(user=user)
    return device, codes


def test_finance_logs_in_with_the_app_code(finance):
    device, _codes = logged_in_with_device(finance)
    client = Client()
    client.post(
        "/inloggen/", {"username": "financien", "password": builders.PASSWORD, "next": "/verrekening/"}
    )
    assert client.get("/verrekening/").status_code == 302  # not yet
    response = client.post("/inloggen/tweede-stap/", {"code": code_for(device)})
    assert response.status_code == 302 and response["Location"] == "/verrekening/"
    assert client.get("/verrekening/").status_code == 200


def test_a_recovery_code_works_once(coordinator):
    _device, codes = logged_in_with_device(coordinator)
    client = Client()
    client.post("/inloggen/", {"username": "coordinator", "password": builders.PASSWORD})
    response = client.post("/inloggen/tweede-stap/", {"code": codes[0]})
    assert response.status_code == 302
    assert AuditRecord.objects.filter(action="account.herstelcode_gebruikt").count() == 1
    again = Client()
    again.post("/inloggen/", {"username": "coordinator", "password": builders.PASSWORD})
    refused = again.post("/inloggen/tweede-stap/", {"code": codes[0]})
    assert refused.status_code == 200 and "Deze code klopt niet" in refused.content.decode()


def test_wrong_codes_lock_the_login_like_wrong_passwords(coordinator):
    device, _codes = logged_in_with_device(coordinator)
    client = Client()
    client.post("/inloggen/", {"username": "coordinator", "password": builders.PASSWORD})
    statuses = [client.post("/inloggen/tweede-stap/", {"code": "123456"}).status_code for _ in range(8)]
    assert statuses[-1] == 429
    response = client.post("/inloggen/tweede-stap/", {"code": code_for(device)})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_second_step_expects_a_password_first(coordinator):
    response = Client().get("/inloggen/tweede-stap/")
    assert response.status_code == 302 and response["Location"] == "/inloggen/"


def test_someone_with_a_device_cannot_set_up_another_one_with_the_password_alone(coordinator):
    logged_in_with_device(coordinator)
    client = Client()
    client.post("/inloggen/", {"username": "coordinator", "password": builders.PASSWORD})
    response = client.get("/inloggen/tweede-stap/instellen/")
    assert response.status_code == 302 and response["Location"] == "/inloggen/tweede-stap/"
    assert not TOTPDevice.objects.filter(user=coordinator, confirmed=False).exists()


def test_new_recovery_codes_need_a_verified_session(coordinator):
    _device, codes = logged_in_with_device(coordinator)
    unverified = Client()
    unverified.force_login(coordinator)
    unverified.post("/account/beveiliging/")
    assert sorted(
        StaticToken.objects.filter(device__user=coordinator).values_list("token", flat=True)
    ) == sorted(codes)
    client = Client()
    client.post("/inloggen/", {"username": "coordinator", "password": builders.PASSWORD})
    client.post("/inloggen/tweede-stap/", {"code": codes[1]})
    client.post("/account/beveiliging/")
    fresh = set(StaticToken.objects.filter(device__user=coordinator).values_list("token", flat=True))
    assert len(fresh) == second_factor.RECOVERY_CODE_COUNT and not fresh & set(codes)
