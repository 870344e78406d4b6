"""Every API operation documents its error answers: 400, 401, 403, 404 and 429 in one error shape.

The shape is the one `core.api.exception_handler` gives: `{"detail": ..., "errors": {field: [...]}}`
(errors only for 400). Added here for every operation rather than per view, so a new endpoint
cannot forget them.
"""

from __future__ import annotations

ERROR_SCHEMA = {
    "type": "object",
    "description": "Foutmelding. Bij 400 staat in `errors` per veld of parameter wat er mis is.",
    "properties": {
        "detail": {"type": "string"},
        "errors": {"type": "object", "additionalProperties": True},
    },
    "required": ["detail"],
}
ERRORS = {
    "400": "Ongeldige invoer; `errors` noemt per veld of parameter wat er mis is.",
    "401": "Niet ingelogd of verkeerde inloggegevens.",
    "403": "Uw rol mag dit niet.",
    "404": "Bestaat niet, of valt buiten wat u mag zien.",
    "429": "Te vaak verkeerd ingelogd: deze inlognaam is vanaf dit adres even geblokkeerd.",
}
METHODS = {"get", "put", "post", "patch", "delete", "head", "options"}


def document_errors(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for item in result.get("paths", {}).values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            responses = operation.setdefault("responses", {})
            for code, description in ERRORS.items():
                responses.setdefault(code, {"content": reference, "description": description})
    return result
