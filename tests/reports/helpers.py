"""Reading the tables of a page as a reader would: the text of each cell, row by row."""

from __future__ import annotations

from html.parser import HTMLParser


class _Tables(HTMLParser):
    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id = table_id
        self.depth = 0
        self.section = ""
        self.rows: dict[str, list[list[str]]] = {"thead": [], "tbody": [], "tfoot": []}
        self.cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table" and (self.depth or dict(attrs).get("id") == self.table_id):
            self.depth += 1
        elif self.depth and tag in self.rows:
            self.section = tag
        elif self.depth and tag == "tr":
            self.rows[self.section].append([])
        elif self.depth and tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if self.depth and tag == "table":
            self.depth -= 1
        elif self.depth and tag in ("td", "th") and self.cell is not None:
            self.rows[self.section][-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def table(html: str, table_id: str, section: str = "tbody") -> list[list[str]]:
    """The rows of the table with this id (its body, or `thead`/`tfoot`), each a list of cell texts."""
    parser = _Tables(table_id)
    parser.feed(html)
    return parser.rows[section]


def login(client, user):
    client.force_login(user)
    return client
