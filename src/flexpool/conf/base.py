"""Settings shared by every environment. Environment files only change defaults."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from flexpool.conf.env import config, config_bool, database_from_url

SRC_DIR = Path(__file__).resolve().parents[1]
BASE_DIR = SRC_DIR.parents[1]

SECRET_KEY = config(
    "SECRET_KEY",
    "insecure-development-key-change-me",
    "Secret used for sessions and signing. Must be set to a long random value in production.",
    "Beveiliging",
)
DEBUG = config_bool("DEBUG", False, "Show debug pages. Never on in production.", "Beveiliging")
ALLOWED_HOSTS = [
    h.strip()
    for h in config(
        "ALLOWED_HOSTS", "127.0.0.1,localhost", "Comma-separated host names served.", "Beveiliging"
    ).split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip()
    for o in config(
        "CSRF_TRUSTED_ORIGINS",
        "",
        "Comma-separated origins (https://...) behind a proxy.",
        "Beveiliging",
    ).split(",")
    if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "mozilla_django_oidc",
    "csp",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    # Before django_tasks_db: `flexpool db_worker` is core's worker with heartbeats and recovery.
    "flexpool.core",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "flexpool.web",
    "flexpool.accounts",
    "flexpool.regions",
    "flexpool.pool",
    "flexpool.demand",
    "flexpool.matching",
    "flexpool.agreements",
    "flexpool.hours",
    "flexpool.reports",
    "flexpool.knowledge",
    "flexpool.scenarios",
    "flexpool.imports",
    "flexpool.demo",
    "flexpool.signin",
    "flexpool.privacy",
    "flexpool.notifications",
    "flexpool.conversations",
    "flexpool.catalogue",
    "flexpool.evaluations",
]

MIDDLEWARE = [
    "flexpool.conf.request_log.RequestLogMiddleware",
    "flexpool.core.middleware.RefuseNulMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "flexpool.core.middleware.InvalidParameterMiddleware",
    "flexpool.web.errors.FriendlyErrorPages",
    # Last, as django-axes asks: it turns a locked-out login into the lock-out answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "flexpool.urls"
WSGI_APPLICATION = "flexpool.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "flexpool.accounts.context_processors.roles",
                "flexpool.notifications.context_processors.unread",
            ],
            # Dates, weeks and audit sentences in one style on every page without a {% load %}:
            # |datum, |datum_tijd, |maand, |week_label, |week_kort, |audit_zin, |persoon.
            "builtins": [
                "flexpool.core.templatetags.flexpool_dates",
                "flexpool.core.templatetags.flexpool_audit",
            ],
        },
    }
]

DATABASES = {
    "default": database_from_url(
        config(
            "DATABASE_URL",
            "sqlite:///var/flexpool.sqlite3",
            "Database: sqlite:///relative/path, sqlite:////absolute/path or "
            "postgres://user:password@host:port/name.",
            "Database",
        ),
        BASE_DIR,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Login: django-axes first (it refuses locked-out attempts on every path that calls `authenticate`:
# the login page, the admin login and HTTP Basic on the API), then local accounts, then single
# sign-on through OpenID Connect when it is configured. See docs/security.md.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "flexpool.signin.oidc.FlexpoolOIDCBackend",
]
AXES_FAILURE_LIMIT = int(
    config(
        "LOGIN_FAILURE_LIMIT",
        "5",
        "Failed logins in a row (per user name and address) before the account is locked for a while.",
        "Inloggen",
    )
)
AXES_COOLOFF_TIME = timedelta(
    minutes=int(config("LOGIN_LOCKOUT_MINUTES", "15", "Minutes a locked-out login stays locked.", "Inloggen"))
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLED = config_bool(
    "LOGIN_LOCKOUT",
    True,
    "Lock a user name out after too many failed logins. Only the API fuzzer switches this off: it sends "
    "made-up credentials on purpose, and lock-out has tests of its own.",
    "Inloggen",
)
AXES_LOCKOUT_CALLABLE = "flexpool.signin.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "flexpool.signin.lockout.client_ip"
AXES_VERBOSE = False
TRUSTED_PROXY_COUNT = int(
    config(
        "TRUSTED_PROXY_COUNT",
        "0",
        "Number of reverse proxies in front of Flexpool that add X-Forwarded-For; 0 means the client "
        "address is the connecting address. Used to count failed logins per address.",
        "Beveiliging",
    )
)

# Second factor (TOTP with recovery codes) for these roles and for staff, when they log in locally.
OTP_TOTP_ISSUER = "Flexpool"
SECOND_FACTOR_ROLES = ["coordinator", "finance"]

# Single sign-on (OpenID Connect, mozilla-django-oidc). Off unless OIDC_CLIENT_ID is set.
OIDC_RP_CLIENT_ID = config(
    "OIDC_CLIENT_ID", "", "Client id at the OpenID Connect provider; empty switches SSO off.", "Inloggen"
)
OIDC_RP_CLIENT_SECRET = config("OIDC_CLIENT_SECRET", "", "Client secret at the provider.", "Inloggen")
OIDC_OP_AUTHORIZATION_ENDPOINT = config(
    "OIDC_AUTHORIZATION_ENDPOINT", "", "The provider's authorization endpoint (https://...).", "Inloggen"
)
OIDC_OP_TOKEN_ENDPOINT = config("OIDC_TOKEN_ENDPOINT", "", "The provider's token endpoint.", "Inloggen")
OIDC_OP_USER_ENDPOINT = config("OIDC_USERINFO_ENDPOINT", "", "The provider's userinfo endpoint.", "Inloggen")
OIDC_OP_JWKS_ENDPOINT = config(
    "OIDC_JWKS_ENDPOINT", "", "The provider's JWKS endpoint (signing keys).", "Inloggen"
)
OIDC_RP_SIGN_ALGO = config("OIDC_SIGN_ALGO", "RS256", "Signing algorithm of the ID token.", "Inloggen")
OIDC_RP_SCOPES = config(
    "OIDC_SCOPES", "openid email profile", "Scopes asked from the provider (space-separated).", "Inloggen"
)
OIDC_PROVIDER_NAME = config(
    "OIDC_PROVIDER_NAME",
    "",
    "Name of the provider shown on the login button, e.g. 'Drenthe ADFS'.",
    "Inloggen",
)
OIDC_USE_NONCE = True
OIDC_AUTHENTICATE_CLASS = "flexpool.signin.oidc.AuthenticateView"
OIDC_CREATE_USER = True
LOGIN_REDIRECT_URL_FAILURE = "/inloggen/?sso=mislukt"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [SRC_DIR / "locale"]
# Our own date and number formats per language (conf/formats/nl, conf/formats/en): "11 januari 2027".
FORMAT_MODULE_PATH = ["flexpool.conf.formats"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
MEDIA_ROOT = BASE_DIR / "var" / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

REST_FRAMEWORK = {
    # Basic first: its `WWW-Authenticate` header makes missing or wrong credentials a 401.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "flexpool.accounts.api.BasicAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["flexpool.accounts.api.RolePermission"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "flexpool.core.api_support.Pagination",
    "PAGE_SIZE": 100,
    "EXCEPTION_HANDLER": "flexpool.core.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Flexpool API",
    "DESCRIPTION": "Regional capacity pools for municipalities: requests, proposals, assignments.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI served from drf-spectacular-sidecar's static files: no CDN, no inline script (CSP).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "flexpool.restapi.schema.normalise_integer_ranges",
        "flexpool.core.schema.document_errors",
    ],
    "ENUM_NAME_OVERRIDES": {
        "RequestStatusEnum": "flexpool.demand.lifecycle.RequestStatus",
        "AssignmentStatusEnum": "flexpool.matching.lifecycle.AssignmentStatus",
        "MenuItemKindEnum": "flexpool.catalogue.models.MenuItemKind",
        "AgreementKindEnum": "flexpool.agreements.models.AgreementKind",
        "OrganisationKindEnum": "flexpool.agreements.models.OrganisationKind",
        "HostKindEnum": "flexpool.agreements.models.HOST_KIND_CHOICES",
    },
}

TASKS = {
    "default": {
        "BACKEND": config(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend",
            "Background task backend. The database backend needs `manage.py db_worker` running; "
            "django_tasks.backends.immediate.ImmediateBackend runs tasks inline.",
            "Taken",
        )
    }
}

# Reading uploaded knowledge files in the background (docs/knowledge.md): a child process per file
# that is stopped after this many seconds, or when it needs more memory than this.
KNOWLEDGE_EXTRACT_SECONDS = float(
    config("KNOWLEDGE_EXTRACT_SECONDS", "30", "Seconds reading one uploaded file may take.", "Taken")
)
KNOWLEDGE_EXTRACT_MEMORY_MB = int(
    config("KNOWLEDGE_EXTRACT_MEMORY_MB", "512", "Memory (MB) reading one uploaded file may use.", "Taken")
)
# CSV imports (docs/imports.md): rows per short write transaction.
IMPORT_BATCH_SIZE = int(
    config("IMPORT_BATCH_SIZE", "1000", "Rows a CSV import writes per transaction.", "Taken")
)

LOG_FORMAT = config(
    "LOG_FORMAT",
    "text",
    "`json` writes one JSON object per log line (requests included); `text` is plain.",
    "Algemeen",
)
# E-mail: Django's SMTP backend, configured with the standard variables. Mail is only sent by
# background tasks (flexpool.notifications.tasks), never inside a web request.
EMAIL_BACKEND = config(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend",
    "How e-mail leaves: the SMTP backend in production; "
    "django.core.mail.backends.filebased.EmailBackend writes each mail to a file in EMAIL_FILE_PATH.",
    "E-mail",
)
EMAIL_HOST = config("EMAIL_HOST", "localhost", "SMTP server.", "E-mail")
EMAIL_PORT = int(config("EMAIL_PORT", "25", "SMTP port (587 with STARTTLS, 465 with SSL).", "E-mail"))
EMAIL_HOST_USER = config("EMAIL_HOST_USER", "", "SMTP user name; empty for no login.", "E-mail")
EMAIL_HOST_PASSWORD = config("EMAIL_HOST_PASSWORD", "", "SMTP password.", "E-mail")
EMAIL_USE_TLS = config_bool("EMAIL_USE_TLS", False, "Use STARTTLS towards the SMTP server.", "E-mail")
EMAIL_USE_SSL = config_bool("EMAIL_USE_SSL", False, "Use implicit TLS (port 465).", "E-mail")
EMAIL_TIMEOUT = int(config("EMAIL_TIMEOUT", "30", "Seconds before an SMTP connection gives up.", "E-mail"))
EMAIL_FILE_PATH = BASE_DIR / config(
    "EMAIL_FILE_PATH", "var/mail", "Folder for the file backend (relative to the project).", "E-mail"
)
DEFAULT_FROM_EMAIL = config(
    "DEFAULT_FROM_EMAIL", "Flexpool <flexpool@localhost>", "Sender of every e-mail.", "E-mail"
)
SITE_URL = config(
    "SITE_URL",
    "http://127.0.0.1:8000",
    "Address of this Flexpool as users reach it; links in e-mails start with it.",
    "E-mail",
).rstrip("/")
# Scheduled jobs (`flexpool run_schedule`): the hour (local time) at which daily jobs run.
SCHEDULE_DAILY_HOUR = int(
    config("SCHEDULE_DAILY_HOUR", "7", "Hour (0-23, Europe/Amsterdam) of the daily jobs.", "Taken")
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {
        "handlers": ["console"],
        "level": config("LOG_LEVEL", "INFO", "Log level.", "Algemeen"),
    },
    "loggers": {
        # Every request is logged once by flexpool.conf.request_log; Django's own would repeat 4xx.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
    },
}

# Health endpoint: the task queue is unhealthy when a ready task has waited longer than this.
HEALTH_TASK_MAX_WAIT_SECONDS = int(
    config(
        "HEALTH_TASK_MAX_WAIT_SECONDS",
        "600",
        "/gezondheid/ reports the task queue as unhealthy when a queued task has waited longer than "
        "this many seconds (no worker running).",
        "Taken",
    )
)

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy: scripts and style sheets only from Flexpool itself, no inline scripts.
# Inline style attributes stay allowed (colour swatches in charts); they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "style-src-elem": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Privacy: personal data of pool members who left is anonymised this many days after they left.
PRIVACY_RETENTION_DAYS = int(
    config(
        "PRIVACY_RETENTION_DAYS",
        "730",
        "Days after a pool member left (`vertrokken op`) before `anonymise_leavers` removes their "
        "personal data (docs/privacy.md).",
        "Privacy",
    )
)
ORGANISATION_NAME = config(
    "ORGANISATION_NAME",
    "De organisatie die deze Flexpool beheert",
    "Name of the organisation that runs this Flexpool; shown in the privacy and accessibility statements.",
    "Privacy",
)
PRIVACY_CONTACT_EMAIL = config(
    "PRIVACY_CONTACT_EMAIL",
    "",
    "E-mail address for privacy and accessibility questions, shown in the statements.",
    "Privacy",
)
