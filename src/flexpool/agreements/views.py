"""Pages for agreements (list, detail, create, edit, new version, file) and the pool's host and funders."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids
from flexpool.agreements import selectors, services
from flexpool.agreements.forms import (
    AgreementForm,
    ContributionForm,
    CreateForm,
    FunderForm,
    HostForm,
    UploadForm,
)
from flexpool.agreements.models import Agreement, AgreementKind, Funder
from flexpool.core.forms import add_service_errors
from flexpool.pool.models import Pool


def _managed_pools(user):
    if user.is_superuser:
        return Pool.objects.order_by("name")
    return Pool.objects.filter(pk__in=coordinated_pool_ids(user)).order_by("name")


@requires("agreement.view")
def agreement_list(request):
    today = timezone.localdate()
    rows = selectors.agreements_for(request.user)
    expiring_only = request.GET.get("aflopend") == "90"
    if expiring_only:
        rows = selectors.expiring(rows, today)
    kind = request.GET.get("soort", "")
    if kind in AgreementKind.values:
        rows = rows.filter(kind=kind)
    else:
        kind = ""
    rows = list(rows.order_by("ends_on", "title", "pk"))
    for agreement in rows:
        agreement.days_left = (agreement.ends_on - today).days if agreement.ends_on else None
    return render(
        request,
        "agreements/list.html",
        {
            "rows": rows,
            "expiring_only": expiring_only,
            "kind": kind,
            "kinds": AgreementKind.choices,
            "may_create": _managed_pools(request.user).exists() and not request.user.is_anonymous,
            "today": today,
        },
    )


def _agreement(request, pk: int) -> Agreement:
    return get_object_or_404(selectors.agreements_for(request.user), pk=pk)


@requires("agreement.view")
def agreement_detail(request, pk: int):
    agreement = _agreement(request, pk)
    today = timezone.localdate()
    return render(
        request,
        "agreements/detail.html",
        {
            "agreement": agreement,
            "versions": agreement.versions.all(),
            "days_left": (agreement.ends_on - today).days if agreement.ends_on else None,
            "may_manage": services.may_manage(request.user, agreement.pool),
            "upload_form": UploadForm(),
        },
    )


def _values(data) -> services.AgreementValues:
    return services.AgreementValues(
        kind=data["kind"],
        title=data["title"],
        starts_on=data["starts_on"],
        ends_on=data["ends_on"],
        municipalities=list(data["municipalities"]),
        host_is_party=data["host_is_party"],
        membership=data["membership"],
        assignment=data["assignment"],
        signed=data["signed"],
        signed_on=data["signed_on"],
        notes=data["notes"],
    )


@requires("agreement.manage")
def agreement_create(request):
    pools = _managed_pools(request.user)
    if not pools.exists():
        return render(request, "404.html", status=404)
    form = CreateForm(request.POST or None, request.FILES or None, pools=pools)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        upload = None
        if data.get("file"):
            upload = services.Upload(data["file"].name, data["file"].read())
        try:
            agreement = services.create_agreement(
                actor=request.user, pool=data["pool"], values=_values(data), upload=upload
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De overeenkomst is vastgelegd."))
            return redirect("agreement-detail", agreement.pk)
    return render(request, "agreements/form.html", {"form": form, "agreement": None})


@requires("agreement.manage")
def agreement_edit(request, pk: int):
    agreement = _agreement(request, pk)
    if not services.may_manage(request.user, agreement.pool):
        return render(request, "404.html", status=404)
    initial = {
        "pool": agreement.pool_id,
        "kind": agreement.kind,
        "title": agreement.title,
        "municipalities": list(agreement.municipalities.all()),
        "host_is_party": agreement.host_is_party,
        "membership": agreement.membership_id,
        "assignment": agreement.assignment_id,
        "starts_on": agreement.starts_on,
        "ends_on": agreement.ends_on,
        "signed": agreement.signed,
        "signed_on": agreement.signed_on,
        "notes": agreement.notes,
    }
    pools = Pool.objects.filter(pk=agreement.pool_id)
    form = AgreementForm(request.POST or None, initial=initial, pools=pools)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_agreement(
                actor=request.user, agreement=agreement, values=_values(form.cleaned_data)
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De wijzigingen zijn opgeslagen."))
            return redirect("agreement-detail", agreement.pk)
    return render(request, "agreements/form.html", {"form": form, "agreement": agreement})


@require_POST
@requires("agreement.manage")
def agreement_version(request, pk: int):
    agreement = _agreement(request, pk)
    if not services.may_manage(request.user, agreement.pool):
        return render(request, "404.html", status=404)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = services.Upload(form.cleaned_data["file"].name, form.cleaned_data["file"].read())
        try:
            version = services.upload_version(
                actor=request.user, agreement=agreement, upload=upload, note=form.cleaned_data["note"]
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Versie %(n)s is toegevoegd.") % {"n": version.number})
            return redirect("agreement-detail", agreement.pk)
    for problems in form.errors.values():
        for problem in problems:
            messages.error(request, problem)
    return redirect("agreement-detail", agreement.pk)


@requires("agreement.view")
def agreement_file(request, pk: int, number: int):
    agreement = _agreement(request, pk)
    version = get_object_or_404(agreement.versions.all(), number=number)
    return FileResponse(version.file.open("rb"), as_attachment=True, filename=version.original_name)


# --- host and funders ------------------------------------------------------------------------


@requires("funding.manage")
def funding(request):
    pools = _managed_pools(request.user)
    chosen = request.GET.get("pool") or request.POST.get("pool")
    pool = pools.filter(pk=chosen).first() if chosen and chosen.isdigit() else pools.first()
    if pool is None:
        return render(request, "404.html", status=404)
    host = selectors.host_of(pool.pk)
    host_form = HostForm(
        initial={
            "kind": host.kind,
            "name": host.name,
            "municipality": host.municipality_id,
            "role": host.role,
        }
        if host
        else None
    )
    funder_form = FunderForm()
    contribution_form = ContributionForm(initial={"year": timezone.localdate().year})
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "host":
                host_form = HostForm(request.POST)
                if host_form.is_valid():
                    data = host_form.cleaned_data
                    services.set_host(
                        actor=request.user,
                        pool=pool,
                        kind=data["kind"],
                        name=data["name"],
                        municipality=data["municipality"],
                        role=data["role"],
                    )
                    messages.success(request, _("De gastorganisatie is vastgelegd."))
                    return redirect(f"{request.path}?pool={pool.pk}")
            elif action == "funder":
                funder_form = FunderForm(request.POST)
                if funder_form.is_valid():
                    services.add_funder(actor=request.user, pool=pool, **funder_form.cleaned_data)
                    messages.success(request, _("De financier is toegevoegd."))
                    return redirect(f"{request.path}?pool={pool.pk}")
            elif action in {"contribution", "remove"}:
                funder = get_object_or_404(Funder, pk=request.POST.get("funder"), pool=pool)
                if action == "remove":
                    services.remove_funder(actor=request.user, funder=funder)
                    messages.success(request, _("%(name)s is verwijderd.") % {"name": funder.name})
                    return redirect(f"{request.path}?pool={pool.pk}")
                contribution_form = ContributionForm(request.POST)
                if contribution_form.is_valid():
                    data = contribution_form.cleaned_data
                    services.set_contribution(actor=request.user, funder=funder, **data)
                    messages.success(
                        request, _("De bijdrage van %(name)s is vastgelegd.") % {"name": funder.name}
                    )
                    return redirect(f"{request.path}?pool={pool.pk}")
                for problems in contribution_form.errors.values():
                    for problem in problems:
                        messages.error(request, f"{funder.name}: {problem}")
        except ValidationError as error:
            form = {"host": host_form, "funder": funder_form}.get(action or "", contribution_form)
            add_service_errors(form, error)
            if form is contribution_form:
                for problems in form.errors.values():
                    for problem in problems:
                        messages.error(request, problem)
    return render(
        request,
        "agreements/funding.html",
        {
            "pool": pool,
            "pools": pools,
            "host": host,
            "host_form": host_form,
            "funders": selectors.funders_of(pool.pk),
            "funder_form": funder_form,
            "contribution_form": contribution_form,
        },
    )
