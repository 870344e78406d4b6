"""Pages for logging in (password, second factor, single sign-on) and for the claim mappings."""

from __future__ import annotations

import time

import segno
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.core.audit import record
from flexpool.signin import oidc, second_factor, sso
from flexpool.signin.forms import ClaimMappingForm, CodeForm, LoginForm, SetupCodeForm
from flexpool.signin.lockout import lockout_response
from flexpool.signin.models import ClaimMapping

PENDING = "flexpool_pending_login"
FRESH_CODES = "flexpool_fresh_recovery_codes"
PENDING_SECONDS = 300


class LoginView(auth_views.LoginView):
    """Step 1: user name and password. Roles that need a second factor go on to step 2."""

    form_class = LoginForm
    template_name = "registration/login.html"

    def form_valid(self, form):
        user = form.get_user()
        if second_factor.required_for(user):
            self.request.session.cycle_key()
            self.request.session[PENDING] = {
                "user": user.pk,
                "backend": user.backend,
                "next": self.get_success_url(),
                "since": time.time(),
            }
            return redirect("login-second-factor")
        return super().form_valid(form)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sso_enabled"] = oidc.enabled()
        context["sso_name"] = settings.OIDC_PROVIDER_NAME
        context["sso_failed"] = self.request.GET.get("sso") == "mislukt"
        return context


def _pending(request):
    data = request.session.get(PENDING)
    if not data or time.time() - data.get("since", 0) > PENDING_SECONDS:
        request.session.pop(PENDING, None)
        return None, None
    user = get_user_model().objects.filter(pk=data["user"], is_active=True).first()
    return user, data


def _finish_login(request, user, data, device):
    auth_login(request, user, backend=data["backend"])
    otp_login(request, device)
    request.session.pop(PENDING, None)


def _code_failed(request, user):
    """A wrong code counts as a failed login for django-axes (same lock-out as passwords)."""
    user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)


def second_factor_view(request):
    """Step 2: the code from the app, or a recovery code."""
    user, data = _pending(request)
    if user is None:
        messages.info(request, _("Log opnieuw in; de vorige poging is verlopen."))
        return redirect("login")
    if not second_factor.has_confirmed_device(user):
        return redirect("login-second-factor-setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        credentials = {"username": user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request)
        device = second_factor.verify(user, form.cleaned_data["code"])
        if device is not None:
            _finish_login(request, user, data, device)
            if isinstance(device, StaticDevice):
                record(actor=user, action="account.herstelcode_gebruikt", obj=user)
                messages.warning(
                    request,
                    _("U heeft een herstelcode gebruikt. Nog %(n)d over.") % {"n": device.token_set.count()},
                )
            return redirect(data["next"])
        _code_failed(request, user)
        form.add_error("code", _("Deze code klopt niet of is verlopen."))
    return render(request, "registration/second_factor.html", {"form": form})


def second_factor_setup_view(request):
    """First login of a role that needs a second factor: connect an authenticator app."""
    user, data = _pending(request)
    if user is None:
        return redirect("login")
    if second_factor.has_confirmed_device(user):
        return redirect("login-second-factor")
    device = second_factor.unconfirmed_app_device(user)
    form = SetupCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        credentials = {"username": user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request)
        codes = second_factor.confirm_app_device(user=user, device=device, token=form.cleaned_data["code"])
        if codes is not None:
            device.refresh_from_db()
            _finish_login(request, user, data, device)
            request.session[FRESH_CODES] = codes
            return redirect("account-security")
        _code_failed(request, user)
        form.add_error(
            "code", _("Deze code klopt niet. Controleer de tijd op uw telefoon en probeer het opnieuw.")
        )
    qr = segno.make(device.config_url, error="m")
    return render(
        request,
        "registration/second_factor_setup.html",
        {
            "form": form,
            "secret": second_factor.secret_of(device),
            "qr_svg": qr.svg_inline(scale=5, title=_("QR-code voor uw app")),
        },
    )


@requires("account.security")
def account_security(request):
    user = request.user
    if request.method == "POST":
        if not second_factor.has_confirmed_device(user) or not user.is_verified():
            messages.error(request, _("Log in met uw tweede stap om nieuwe herstelcodes te maken."))
            return redirect("account-security")
        request.session[FRESH_CODES] = second_factor.regenerate_recovery_codes(user=user)
        return redirect("account-security")
    codes = request.session.pop(FRESH_CODES, None)
    recovery = StaticDevice.objects.filter(user=user, name=second_factor.RECOVERY_DEVICE_NAME).first()
    return render(
        request,
        "signin/security.html",
        {
            "codes": codes,
            "has_device": second_factor.has_confirmed_device(user),
            "required": second_factor.required_for(user),
            "sso": hasattr(user, "sso_identity"),
            "codes_left": recovery.token_set.count() if recovery else 0,
        },
    )


# ---- claim mappings ---------------------------------------------------------------------------


def _mapping_choices(user):
    from flexpool.pool.models import Membership, Pool
    from flexpool.regions.models import Municipality

    if user.is_superuser:
        pools = Pool.objects.order_by("name")
        municipalities = Municipality.objects.order_by("name")
    else:
        pool_ids = coordinated_pool_ids(user)
        pools = Pool.objects.filter(pk__in=pool_ids).order_by("name")
        municipalities = Municipality.objects.filter(
            pk__in=Membership.objects.filter(pool_id__in=pool_ids).values("municipality_id")
        ).order_by("name")
    return list(pools), list(municipalities)


@requires("sso.manage")
def claim_mappings(request):
    pools, municipalities = _mapping_choices(request.user)
    form = ClaimMappingForm(request.POST or None, pools=pools, municipalities=municipalities)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            sso.create_mapping(
                actor=request.user,
                data=sso.MappingInput(
                    data["claim"], data["value"], data["role"], data["pool"], data["municipality"]
                ),
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                for message in errors:
                    form.add_error(field if field in form.fields else None, message)
        else:
            messages.success(request, _("De koppeling is opgeslagen."))
            return redirect("claim-mappings")
    mappings = list(ClaimMapping.objects.select_related("pool", "municipality", "created_by"))
    scope = sso.scope_of(request.user)
    rows = [(m, sso.may_delete(scope, m)) for m in mappings]
    return render(
        request,
        "signin/claim_mappings.html",
        {"form": form, "rows": rows, "sso_enabled": oidc.enabled()},
        status=400 if form.errors else 200,
    )


@require_POST
@requires("sso.manage")
def claim_mapping_delete(request, pk: int):
    mapping = get_object_or_404(ClaimMapping, pk=pk)
    try:
        sso.delete_mapping(actor=request.user, mapping=mapping)
    except ValidationError:
        messages.error(request, _("U mag deze koppeling niet verwijderen."))
    else:
        messages.success(request, _("De koppeling is verwijderd."))
    return redirect("claim-mappings")
