"""Pages of the menukaart: municipalities browse it and start a request; coordinators keep it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from flexpool.accounts.access import requires
from flexpool.accounts.permissions import coordinated_pool_ids, has_permission
from flexpool.catalogue import selectors, services
from flexpool.catalogue.forms import MenuItemForm
from flexpool.core.forms import add_service_errors
from flexpool.pool.models import Pool


@requires("menu.view")
def menu_list(request):
    items = list(selectors.menu_for(request.user))
    return render(
        request,
        "catalogue/list.html",
        {
            "items": items,
            "can_manage": has_permission(request.user, "menu.manage"),
            "can_start": has_permission(request.user, "request.create"),
        },
    )


@requires("menu.view")
def menu_detail(request, pk: int):
    item = selectors.menu_item(request.user, pk)
    if item is None:
        return render(request, "404.html", status=404)
    return render(
        request,
        "catalogue/detail.html",
        {
            "item": item,
            "can_manage": has_permission(request.user, "menu.manage"),
            "can_start": has_permission(request.user, "request.create") and item.active,
            "start_url": reverse("request-create") + f"?menu={item.pk}",
        },
    )


def _details(form: MenuItemForm) -> services.MenuItemDetails:
    data = form.cleaned_data
    return services.MenuItemDetails(
        title=data["title"],
        kind=data["kind"],
        description=data["description"],
        hours_per_week=data["hours_per_week"],
        weeks=data["weeks"],
        active=data["active"],
        competences=form.competences(),
        knowledge_item_ids=[k.pk for k in data["knowledge_items"]],
    )


@requires("menu.manage")
def menu_create(request):
    pool = Pool.objects.filter(pk__in=coordinated_pool_ids(request.user)).order_by("name").first()
    if pool is None:
        return render(request, "404.html", status=404)
    form = MenuItemForm(request.POST or None, knowledge=selectors.linkable_knowledge(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            item = services.create_item(actor=request.user, pool=pool, details=_details(form))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Het onderdeel staat op de menukaart."))
            return redirect("menu-detail", pk=item.pk)
    return render(request, "catalogue/form.html", {"form": form, "pool": pool, "item": None})


@requires("menu.manage")
def menu_edit(request, pk: int):
    item = selectors.menu_item(request.user, pk)
    if item is None or item.pool_id not in coordinated_pool_ids(request.user):
        return render(request, "404.html", status=404)
    form = MenuItemForm(
        request.POST or None,
        initial=MenuItemForm.initial_for(item),
        knowledge=selectors.linkable_knowledge(request.user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.update_item(actor=request.user, item=item, details=_details(form))
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("De wijzigingen zijn opgeslagen."))
            return redirect("menu-detail", pk=item.pk)
    return render(request, "catalogue/form.html", {"form": form, "pool": item.pool, "item": item})
