"""Errors raised by services. Pages and the API turn them into messages per field."""

from django.core.exceptions import PermissionDenied, ValidationError

__all__ = ["NotAllowed", "ValidationError", "field_error"]


class NotAllowed(PermissionDenied):
    """The actor's role or scope does not allow this action."""


def field_error(field: str, message: str, code: str = "invalid") -> ValidationError:
    return ValidationError({field: ValidationError(message, code=code)})
