"""Checks on the HTML of a page that need no browser."""

from html.parser import HTMLParser


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.refs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for name in ("aria-describedby", "aria-labelledby", "aria-controls", "for"):
            if values.get(name) and not (name == "for" and tag == "output"):
                for ref in values[name].split():
                    self.refs.append((tag, name, ref))


def missing_aria_targets(html: str) -> list[str]:
    """Every aria-describedby, aria-labelledby, aria-controls and label for= that points to an id
    that is not on the page."""
    parser = _Ids()
    parser.feed(html)
    return [f"<{tag} {name}={ref!r}>" for tag, name, ref in parser.refs if ref not in parser.ids]
