from django import template

from flexpool.conversations.access import takes_part
from flexpool.conversations.models import Message

register = template.Library()


@register.inclusion_tag("conversations/_link.html", takes_context=True)
def conversation_link(context, capacity_request):
    """A link to the request's conversation, only for its participants (two small queries)."""
    user = context["request"].user
    if not takes_part(user, capacity_request):
        return {"show": False}
    count = Message.objects.filter(request=capacity_request).count()
    return {"show": True, "req": capacity_request, "count": count}
