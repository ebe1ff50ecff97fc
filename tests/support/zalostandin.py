#!/usr/bin/env python3
"""Zalo's OA API on loopback, for the tests and the demo (docs/channels.md). It follows the
request and answer shapes Zalo documents; it is not Zalo, and the server has not been run against
Zalo itself.

- POST /v4/oa/access_token (OAuth v4, "refresh_token" grant): a form of refresh_token, app_id and
  grant_type, with the app's secret in the `secret_key` header. A refresh token works once: the
  answer is {"access_token", "refresh_token", "expires_in": "<seconds as a string>"}, or, for a
  refresh token spent or unknown, {"error": -14014, "error_name": "Invalid refresh token", ...}.
- POST /v3.0/oa/message/cs: {"recipient": {"user_id"}, "message": {"text"}} with the token in the
  `access_token` header. Answers {"error": 0, "message": "Success", "data": {"message_id",
  "user_id"}}; {"error": -216, "message": "Access token is invalid"} for a token it did not issue
  or that lapsed; {"error": -213, ...} for a user id that starts "unfollowed" (the user does not
  follow the OA).
- POST /_control/expire (the tests' own, not Zalo's): every access token issued so far lapses.

Every request is written as one JSON line to standard output; the first line printed is "port N".

  zalostandin.py CERT KEY APP_ID SECRET_KEY REFRESH_TOKEN [--expires-in SECONDS]
"""
import http.server
import json
import secrets
import ssl
import sys
import threading
import time
import urllib.parse

LOCK = threading.Lock()  # the tokens, and one printed line at a time


class State:
    def __init__(self, app_id, secret_key, refresh_token, expires_in):
        self.app_id = app_id
        self.secret_key = secret_key
        self.refresh_tokens = {refresh_token}
        self.access_tokens = {}  # token: lapses at (time.time())
        self.expires_in = expires_in


STATE = None


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, document):
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def record(self, entry):
        print(json.dumps(entry, ensure_ascii=False), flush=True)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        with LOCK:
            if self.path == "/v4/oa/access_token":
                self.renew(raw)
            elif self.path == "/v3.0/oa/message/cs":
                self.message(raw)
            elif self.path == "/_control/expire":
                for token in STATE.access_tokens:
                    STATE.access_tokens[token] = 0
                self.record({"kind": "expire"})
                self.answer(200, {"error": 0})
            else:
                self.answer(404, {"error": 404, "message": "Not found"})

    def renew(self, raw):
        form = urllib.parse.parse_qs(raw.decode(), keep_blank_values=True)
        token = form.get("refresh_token", [""])[0]
        ok = (self.headers.get("secret_key") == STATE.secret_key
              and self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded")
              and form.get("app_id", [""])[0] == STATE.app_id
              and form.get("grant_type", [""])[0] == "refresh_token"
              and token in STATE.refresh_tokens)
        self.record({"kind": "renew", "accepted": ok})
        if not ok:
            self.answer(200, {"error": -14014, "error_name": "Invalid refresh token",
                              "error_reason": "Refresh token is invalid or has been used",
                              "error_description": "refresh token invalid"})
            return
        STATE.refresh_tokens.discard(token)  # a refresh token works once
        access, refresh = secrets.token_urlsafe(48), secrets.token_urlsafe(48)
        STATE.access_tokens[access] = time.time() + STATE.expires_in
        STATE.refresh_tokens.add(refresh)
        self.answer(200, {"access_token": access, "refresh_token": refresh, "expires_in": str(STATE.expires_in)})

    def message(self, raw):
        token = self.headers.get("access_token", "")
        try:
            request = json.loads(raw)
            user = request["recipient"]["user_id"]
            text = request["message"]["text"]
        except (ValueError, KeyError, TypeError):
            self.record({"kind": "message", "accepted": False, "why": "malformed"})
            self.answer(200, {"error": -201, "message": "Parameters invalid"})
            return
        if STATE.access_tokens.get(token, 0) <= time.time():
            self.record({"kind": "message", "accepted": False, "why": "token", "user_id": user})
            self.answer(200, {"error": -216, "message": "Access token is invalid"})
            return
        if user.startswith("unfollowed"):
            self.record({"kind": "message", "accepted": False, "why": "unfollowed", "user_id": user})
            self.answer(200, {"error": -213, "message": "User has not followed the OA"})
            return
        message_id = secrets.token_hex(16)
        self.record({"kind": "message", "accepted": True, "user_id": user, "text": text,
                     "message_id": message_id})
        self.answer(200, {"error": 0, "message": "Success", "data": {"message_id": message_id, "user_id": user}})


def main():
    global STATE
    cert, key, app_id, secret_key, refresh_token = sys.argv[1:6]
    expires_in = int(sys.argv[sys.argv.index("--expires-in") + 1]) if "--expires-in" in sys.argv else 90000
    STATE = State(app_id, secret_key, refresh_token, expires_in)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"port {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
