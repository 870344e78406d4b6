"""gunicorn settings for production: `gunicorn flexpool.wsgi -c python:flexpool.conf.gunicorn`.

Requests are logged by Flexpool itself (one JSON line each with LOG_FORMAT=json), so gunicorn's own
access log is off. Every value can be set in the environment (docs/operations.md).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
# Load and warm the application once, before the workers start (see flexpool.wsgi.warm_up).
preload_app = True
max_requests = 2000
max_requests_jitter = 200
accesslog = None
errorlog = "-"
# The reverse proxy on the same machine may set X-Forwarded-*; Django reads them (PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
