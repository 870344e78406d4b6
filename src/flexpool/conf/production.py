"""Production: everything comes from the environment, and unsafe settings refuse to start.

Flexpool runs behind a TLS-terminating reverse proxy that sets `X-Forwarded-Proto`
(`PROXY_SSL_HEADER`). HTTPS redirect and HSTS are on by default. See docs/operations.md.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from flexpool.conf.env import config, config_bool

for _required in ("SECRET_KEY", "ALLOWED_HOSTS"):
    if not os.environ.get(_required, "").strip():
        raise ImproperlyConfigured(
            f"{_required} is not set. Production settings need it in the environment (docs/operations.md)."
        )

from flexpool.conf.base import *  # noqa: E402, F403
from flexpool.conf.base import SECRET_KEY  # noqa: E402

if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("insecure-"):
    raise ImproperlyConfigured("SECRET_KEY is too short or too simple: use at least 50 random characters.")

DEBUG = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True

_proxy_header = config(
    "PROXY_SSL_HEADER",
    "HTTP_X_FORWARDED_PROTO",
    "Request header (Django META name) through which the reverse proxy says the request came in over "
    "HTTPS, with the value `https`. Empty when Flexpool itself terminates TLS.",
    "Beveiliging",
)
SECURE_PROXY_SSL_HEADER = (_proxy_header, "https") if _proxy_header else None
SECURE_SSL_REDIRECT = config_bool(
    "SECURE_SSL_REDIRECT", True, "Redirect plain HTTP to HTTPS (on in production).", "Beveiliging"
)
SECURE_REDIRECT_EXEMPT = [r"^gezondheid/$"]
SECURE_HSTS_SECONDS = int(
    config(
        "SECURE_HSTS_SECONDS",
        "31536000",
        "Strict-Transport-Security max-age in seconds (one year by default).",
        "Beveiliging",
    )
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = config_bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", True, "HSTS also for subdomains.", "Beveiliging"
)
SECURE_HSTS_PRELOAD = config_bool(
    "SECURE_HSTS_PRELOAD",
    True,
    "Allow the domain in browsers' HSTS preload lists (switch off when a subdomain still needs HTTP).",
    "Beveiliging",
)
