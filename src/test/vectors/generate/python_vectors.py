"""Runs Flask, itsdangerous, Starlette, Tornado, Django and PyJWT (Debian's packages) and prints the cookies they set.

Each vector is a Set-Cookie header a framework wrote, with the framework's own reading of it as ground truth: the
payload as its loads() returns it, the time it signed at (the clock is fixed), and the key that verifies.
"""
import asyncio
import base64
import datetime
import importlib.metadata
import json
import sys
import time
import uuid
from unittest import mock

SIGNED_AT = 1767225600  # 2026-01-01T00:00:00Z: every framework's clock is fixed here
VECTORS = []


def version(name):
    return importlib.metadata.version(name)


def iso(seconds):
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(value):
    """The payload as the lab shows it: Flask's tagged types as JSON (tuple: array, bytes: text, UUID and date: text)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, str):
        return str(value)
    return value


def add(framework, case, fid, set_cookie, key, payload, issued=None, expires=None, not_before=None, compressed=False,
        algorithm=None, companion=None):
    name, _, rest = set_cookie.partition("=")
    VECTORS.append({"framework": framework, "case": case, "id": fid, "setCookie": set_cookie, "name": name,
                    "value": rest.split(";")[0], "key": key, "payload": payload,
                    "issuedAt": iso(issued) if issued else None, "expiresAt": iso(expires) if expires else None,
                    "notBefore": iso(not_before) if not_before else None, "compressed": compressed,
                    "algorithm": algorithm, "companion": companion})


def flask_vectors():
    import flask
    import itsdangerous
    from markupsafe import Markup
    fw = "Flask %s (itsdangerous %s)" % (version("flask"), version("itsdangerous"))
    sessions = [
        ("dev", "a session of one key", {"user": "ada"}),
        ("you-will-never-guess", "the tagged types", {"cart": (1, 2), "raw": b"bytes", "id": uuid.UUID(
            "2f1e5a0c-8a5b-4c86-9d1e-000000000001"), "at": datetime.datetime(2026, 1, 1, 12, 0, tzinfo=datetime.timezone.utc),
            "html": Markup("<b>hi</b>")}),
        ("a-long-random-key-nobody-knows-0f9e8d", "compressed", {"items": ["widget"] * 40}),
        ("a-long-random-key-nobody-knows-0f9e8d", "a password inside", {"user": "ada", "password": "hunter2"}),
        ("a-long-random-key-nobody-knows-0f9e8d", "an email inside", {"email": "ada@example.com"}),
    ]
    for secret, case, data in sessions:
        app = flask.Flask(__name__)
        app.secret_key = secret

        @app.route("/")
        def index(data=data):
            flask.session.update(data)
            return "ok"

        with mock.patch("time.time", return_value=SIGNED_AT):
            header = app.test_client().get("/").headers["Set-Cookie"]
        value = header.split(";")[0].split("=", 1)[1]
        loaded, ts = app.session_interface.get_signing_serializer(app).loads(value, return_timestamp=True)
        add(fw, "Flask session: " + case, "flask-session", header, secret, plain(loaded), issued=int(ts.timestamp()),
            compressed=value.startswith("."), algorithm="HMAC-SHA1")

    def cookie(name, value):
        app = flask.Flask(__name__)

        @app.route("/")
        def index():
            response = flask.make_response("ok")
            response.set_cookie(name, value)
            return response
        return app.test_client().get("/").headers["Set-Cookie"]

    secret = "changeme"
    with mock.patch("time.time", return_value=SIGNED_AT):
        signed = itsdangerous.Signer(secret).sign("remember-ada").decode()
        stamped = itsdangerous.TimestampSigner(secret).sign("remember-ada").decode()
        serialized = itsdangerous.URLSafeSerializer(secret).dumps({"user": "ada", "roles": ["admin"]})
        timed = itsdangerous.URLSafeTimedSerializer("a-long-random-key-nobody-knows-0f9e8d").dumps({"cart": [1, 2]})
    add(fw, "itsdangerous Signer", "itsdangerous-signer", cookie("remember", signed), secret, "remember-ada",
        algorithm="HMAC-SHA1")
    add(fw, "itsdangerous TimestampSigner", "itsdangerous-timestamp-signer", cookie("remember", stamped), secret,
        "remember-ada", issued=SIGNED_AT, algorithm="HMAC-SHA1")
    add(fw, "itsdangerous URLSafeSerializer", "itsdangerous", cookie("prefs", serialized), secret,
        itsdangerous.URLSafeSerializer(secret).loads(serialized), algorithm="HMAC-SHA1")
    loaded, ts = itsdangerous.URLSafeTimedSerializer("a-long-random-key-nobody-knows-0f9e8d").loads(
        timed, return_timestamp=True)
    add(fw, "itsdangerous URLSafeTimedSerializer", "itsdangerous-timed", cookie("prefs", timed),
        "a-long-random-key-nobody-knows-0f9e8d", loaded, issued=int(ts.timestamp()), algorithm="HMAC-SHA1")


def starlette_vectors():
    from starlette.middleware.sessions import SessionMiddleware
    fw = "Starlette %s (itsdangerous %s)" % (version("starlette"), version("itsdangerous"))
    secret = "a-long-random-key-nobody-knows-0f9e8d"

    async def app(scope, receive, send):
        scope["session"].update({"user": "ada", "visits": 3})
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    headers = []

    async def send(message):
        headers.extend(message.get("headers", []))

    async def receive():
        return {"type": "http.request", "body": b""}

    scope = {"type": "http", "headers": [], "path": "/", "root_path": "", "query_string": b"", "method": "GET"}
    with mock.patch("time.time", return_value=SIGNED_AT):
        asyncio.run(SessionMiddleware(app, secret_key=secret)(scope, receive, send))
    header = [v.decode() for k, v in headers if k.lower() == b"set-cookie"][0]
    value = header.split(";")[0].split("=", 1)[1]
    add(fw, "Starlette SessionMiddleware", "starlette-session", header, secret,
        json.loads(base64.b64decode(value.split(".")[0])), issued=SIGNED_AT, algorithm="HMAC-SHA1")


def tornado_vectors():
    import tornado.web
    fw = "Tornado %s" % version("tornado")
    secret = "__TODO:_GENERATE_YOUR_OWN_RANDOM_VALUE_HERE__"  # Tornado's demos' own placeholder, a well-known key
    for name, value, case in [("user", "ada", "a short value"), ("prefs", '{"theme": "dark"}', "JSON")]:
        class Handler(tornado.web.RequestHandler):
            def get(self):
                self.set_secure_cookie(name, value)

        app = tornado.web.Application([("/", Handler)], cookie_secret=secret)
        request = tornado.httputil.HTTPServerRequest(method="GET", uri="/", connection=mock.Mock())
        handler = Handler(app, request)
        with mock.patch("time.time", return_value=SIGNED_AT):
            handler.get()
        header = handler._new_cookie[name].OutputString()
        raw = header.split(";")[0].split("=", 1)[1]
        decoded = tornado.web.decode_signed_value(secret, name, raw.strip('"'), clock=lambda: SIGNED_AT).decode()
        add(fw, "Tornado set_secure_cookie: " + case, "tornado-signed", header, secret,
            json.loads(decoded) if decoded.startswith("{") else decoded, issued=SIGNED_AT, algorithm="HMAC-SHA256")


def django_vectors():
    from django.conf import settings
    secret = "django-insecure-0123456789abcdefghijklmnopqrstuvwxyz!@#$%^&*()"
    settings.configure(SECRET_KEY=secret, ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"], DEBUG=False,
                       INSTALLED_APPS=["django.contrib.sessions"], MIDDLEWARE=[
                           "django.contrib.sessions.middleware.SessionMiddleware",
                           "django.middleware.csrf.CsrfViewMiddleware"],
                       SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
                       CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
    import django
    django.setup()
    from django.core import signing
    from django.http import HttpResponse
    from django.middleware.csrf import get_token
    from django.test import Client
    from django.urls import path
    fw = "Django %s" % version("django")

    def session_view(request):
        request.session["user"] = "ada"
        request.session["items"] = ["widget"] * 40
        return HttpResponse("ok")

    def signed_view(request):
        response = HttpResponse("ok")
        response.set_signed_cookie("color", "blue")
        response.set_cookie("token", signing.dumps({"user": "ada"}))
        response.set_cookie("packed", signing.dumps({"items": ["widget"] * 40}, compress=True))
        get_token(request)
        return response

    global urlpatterns
    urlpatterns = [path("session", session_view), path("signed", signed_view)]
    with mock.patch("time.time", return_value=SIGNED_AT):
        session = Client().get("/session").cookies
        signed = Client().get("/signed").cookies
    value = session["sessionid"].value
    add(fw, "Django signed_cookies session", "django-signed-cookies-session", session["sessionid"].output(header="")
        .strip(), secret, signing.loads(value, salt="django.contrib.sessions.backends.signed_cookies"),
        issued=SIGNED_AT, compressed=value.startswith("."), algorithm="HMAC-SHA256")
    add(fw, "Django set_signed_cookie", "django-signed-cookie", signed["color"].output(header="").strip(), secret,
        "blue", issued=SIGNED_AT, algorithm="HMAC-SHA256")
    add(fw, "Django signing.dumps", "django-signed", signed["token"].output(header="").strip(), secret,
        signing.loads(signed["token"].value), issued=SIGNED_AT, algorithm="HMAC-SHA256")
    add(fw, "Django signing.dumps, compressed", "django-signed", signed["packed"].output(header="").strip(), secret,
        signing.loads(signed["packed"].value), issued=SIGNED_AT, compressed=True, algorithm="HMAC-SHA256")
    add(fw, "Django csrftoken", "django-csrf-token", signed["csrftoken"].output(header="").strip(), None, None)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    db_session = Client().get("/session").cookies["sessionid"]
    add(fw, "Django sessionid (cache backend)", "django-session-id", db_session.output(header="").strip(), None, None)


def jwt_vectors():
    import jwt
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    fw = "PyJWT %s" % version("PyJWT")
    claims = {"sub": "ada", "iat": SIGNED_AT, "exp": SIGNED_AT + 3600}
    for alg, key in [("HS256", "your-256-bit-secret"), ("HS384", "a-long-random-key-nobody-knows-0f9e8d"),
                     ("HS512", "secret")]:
        token = jwt.encode(claims, key, algorithm=alg)
        add(fw, "PyJWT " + alg, "jwt", "token=" + token + "; Path=/; HttpOnly", key,
            jwt.decode(token, key, algorithms=[alg], options={"verify_exp": False}), issued=SIGNED_AT,
            expires=SIGNED_AT + 3600, algorithm=alg)
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    for alg, private in [("RS256", rsa_key), ("ES256", ec_key)]:
        public = private.public_key().public_bytes(serialization.Encoding.PEM,
                                                    serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        token = jwt.encode(dict(claims, nbf=SIGNED_AT), private, algorithm=alg)
        add(fw, "PyJWT " + alg, "jwt", "token=" + token + "; Path=/", public,
            jwt.decode(token, public, algorithms=[alg], options={"verify_exp": False, "verify_nbf": False}),
            issued=SIGNED_AT, expires=SIGNED_AT + 3600, not_before=SIGNED_AT, algorithm=alg)
    token = jwt.encode({"sub": "ada", "admin": True}, None, algorithm="none")
    add(fw, "PyJWT alg none", "jwt", "token=" + token + "; Path=/", None,
        jwt.decode(token, options={"verify_signature": False}), algorithm="none")


if __name__ == "__main__":
    flask_vectors()
    starlette_vectors()
    tornado_vectors()
    jwt_vectors()
    django_vectors()
    json.dump(VECTORS, sys.stdout, indent=1)
    print()
