from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from flexpool.conversations.access import display_name
from flexpool.conversations.models import Message


def thread(request):
    return Message.objects.filter(request=request).prefetch_related("mentioned__pool_member")


def highlighted(message: Message) -> SafeString:
    """The message text, escaped, with each @mention marked."""
    html = str(escape(message.body))
    for user in message.mentioned.all():
        name = escape("@" + display_name(user))
        html = html.replace(name, f'<mark class="fp-mention">{name}</mark>')
    return mark_safe(html)  # built from escaped text only
