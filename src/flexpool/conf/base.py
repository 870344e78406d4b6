"""Settings shared by every environment. Environment files only change defaults."""

from __future__ import annotations

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
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "django_tasks",
    "django_tasks_db",
    "flexpool.web",
    "flexpool.core",
    "flexpool.accounts",
    "flexpool.regions",
    "flexpool.pool",
    "flexpool.demand",
    "flexpool.matching",
    "flexpool.hours",
    "flexpool.reports",
    "flexpool.knowledge",
    "flexpool.scenarios",
    "flexpool.imports",
    "flexpool.demo",
    "flexpool.notifications",
    "flexpool.conversations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
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
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [SRC_DIR / "locale"]
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
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.BasicAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["flexpool.accounts.api.RolePermission"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.LimitOffsetPagination",
    "PAGE_SIZE": 100,
    "EXCEPTION_HANDLER": "flexpool.core.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Flexpool API",
    "DESCRIPTION": "Regional capacity pools for municipalities: requests, proposals, assignments.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "flexpool.restapi.schema.normalise_integer_ranges",
    ],
    "ENUM_NAME_OVERRIDES": {
        "RequestStatusEnum": "flexpool.demand.lifecycle.RequestStatus",
        "AssignmentStatusEnum": "flexpool.matching.lifecycle.AssignmentStatus",
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
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": config("LOG_LEVEL", "INFO", "Log level.", "Algemeen"),
    },
}

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
