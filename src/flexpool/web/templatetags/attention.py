from django import template

from flexpool.web.attention import items_for

register = template.Library()


@register.inclusion_tag("web/_attention.html", takes_context=True)
def attention(context):
    """The dashboard's first section: what waits on the logged-in person, oldest first."""
    return {"attention": items_for(context["request"].user)}
