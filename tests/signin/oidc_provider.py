"""A real OpenID Connect provider for the tests, on a free loopback port in a thread.

Built on pyop (the provider library of SATOSA): it parses and validates authentication requests,
issues authorization codes, signs ID tokens with its own RSA key (published at /jwks), checks the
client secret at the token endpoint and answers the userinfo endpoint for the access token.
The only thing this file adds is HTTP and a login form with user names and passwords.
"""

from __future__ import annotations

import datetime
import html
import ipaddress
import json
import ssl
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlparse

from Cryptodome.PublicKey import RSA
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from jwkest.jwk import RSAKey
from pyop.authz_state import AuthorizationState
from pyop.exceptions import InvalidAuthenticationRequest, OAuthError
from pyop.provider import Provider
from pyop.subject_identifier import HashBasedSubjectIdentifierFactory
from pyop.userinfo import Userinfo

CLIENT_ID = "flexpool"
CLIENT_SECRET = "geheim-voor-de-test"


def _self_signed_certificate(folder: str) -> tuple[str, str]:
    """A TLS certificate for 127.0.0.1 (OpenID Connect requires an https issuer)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = f"{folder}/provider.pem", f"{folder}/provider.key"
    with open(cert_path, "wb") as handle:
        handle.write(certificate.public_bytes(serialization.Encoding.PEM))
    with open(key_path, "wb") as handle:
        handle.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    return cert_path, key_path


class LoopbackProvider:
    def __init__(self, users: dict[str, dict], passwords: dict[str, str], redirect_uri: str):
        self.passwords = passwords
        self._folder = tempfile.TemporaryDirectory()
        self.ca_bundle, key_path = _self_signed_certificate(self._folder.name)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.ca_bundle, key_path)
        self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.base = f"https://127.0.0.1:{self.server.server_address[1]}"
        key = RSAKey(key=RSA.generate(2048), alg="RS256", kid="loopback-1")
        self.provider = Provider(
            key,
            {
                "issuer": self.base,
                "authorization_endpoint": f"{self.base}/authorize",
                "token_endpoint": f"{self.base}/token",
                "userinfo_endpoint": f"{self.base}/userinfo",
                "jwks_uri": f"{self.base}/jwks",
                "response_types_supported": ["code"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
                "scopes_supported": ["openid", "email", "profile"],
            },
            AuthorizationState(HashBasedSubjectIdentifierFactory("zout")),
            {
                CLIENT_ID: {
                    "client_secret": CLIENT_SECRET,
                    "redirect_uris": [redirect_uri],
                    "response_types": ["code"],
                    "token_endpoint_auth_method": "client_secret_post",
                }
            },
            Userinfo(users),
            extra_scopes={"groups": ["groups"]},
        )
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> LoopbackProvider:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._folder.cleanup()

    def settings(self) -> dict[str, str]:
        """The Flexpool settings for this provider (what an administrator puts in the environment)."""
        return {
            "OIDC_RP_CLIENT_ID": CLIENT_ID,
            "OIDC_RP_CLIENT_SECRET": CLIENT_SECRET,
            "OIDC_OP_AUTHORIZATION_ENDPOINT": f"{self.base}/authorize",
            "OIDC_OP_TOKEN_ENDPOINT": f"{self.base}/token",
            "OIDC_OP_USER_ENDPOINT": f"{self.base}/userinfo",
            "OIDC_OP_JWKS_ENDPOINT": f"{self.base}/jwks",
            "OIDC_RP_SCOPES": "openid email profile groups",
            # Flexpool checks the provider's TLS certificate against this (self-signed) one.
            "OIDC_VERIFY_SSL": self.ca_bundle,
        }

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, body: str, content_type="application/json", headers=None):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> str:
                return self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()

            def do_GET(self):
                url = urlparse(self.path)
                provider = outer.provider
                if url.path == "/.well-known/openid-configuration":
                    return self._send(200, provider.provider_configuration.to_json())
                if url.path == "/jwks":
                    return self._send(200, json.dumps(provider.jwks))
                if url.path == "/authorize":
                    try:
                        provider.parse_authentication_request(url.query)
                    except InvalidAuthenticationRequest as error:
                        return self._send(400, json.dumps({"error": str(error)}))
                    form = (
                        '<form method="post" action="/login">'
                        f'<input type="hidden" name="query" value="{html.escape(url.query)}">'
                        '<input name="username"><input name="password" type="password">'
                        "<button>Inloggen</button></form>"
                    )
                    return self._send(200, form, "text/html; charset=utf-8")
                if url.path == "/userinfo":
                    try:
                        info = provider.handle_userinfo_request(url.query, dict(self.headers))
                    except (OAuthError, Exception) as error:
                        return self._send(401, json.dumps({"error": type(error).__name__}))
                    return self._send(200, info.to_json())
                return self._send(404, "{}")

            def do_POST(self):
                url = urlparse(self.path)
                provider = outer.provider
                body = self._body()
                if url.path == "/login":
                    form = dict(parse_qsl(body))
                    request = provider.parse_authentication_request(form["query"])
                    username = form.get("username", "")
                    if outer.passwords.get(username) != form.get("password") or not username:
                        return self._send(401, "wrong password", "text/plain")
                    response = provider.authorize(request, username)
                    return self._send(
                        302, "", headers={"Location": response.request(request["redirect_uri"])}
                    )
                if url.path == "/token":
                    try:
                        response = provider.handle_token_request(body, dict(self.headers))
                    except OAuthError as error:
                        return self._send(400, json.dumps({"error": error.oauth_error}))
                    return self._send(200, response.to_json())
                return self._send(404, "{}")

        return Handler
