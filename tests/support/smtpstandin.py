#!/usr/bin/env python3
"""An SMTP server on loopback for the tests of e-mail delivery (docs/channels.md).

Debian's aiosmtpd, with STARTTLS required before anything is sent and a login required after it
(the test CA's certificate for localhost). Every message accepted is parsed with Python's own
e-mail library, an implementation independent of the server's, and written as one JSON line to
standard output: envelope sender and recipients, the decoded From, To and Subject, the decoded
text body, the Message-ID and the raw headers. The first line printed is "port N".

  smtpstandin.py CERT KEY USER PASSWORD [--fail-first N]

--fail-first N answers the first N messages 451 (a transient failure) before accepting.
"""
import asyncio
import email
import email.policy
import json
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, fail_first):
        self.fail_first = fail_first

    async def handle_DATA(self, server, session, envelope):
        if self.fail_first > 0:
            self.fail_first -= 1
            return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.original_content or envelope.content,
                                           policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        print(json.dumps({
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "body": body.get_content() if body is not None else None,
            "raw_headers": envelope.content.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace"),
        }, ensure_ascii=False), flush=True)
        return "250 2.0.0 Accepted"


def main():
    cert, key, user, password = sys.argv[1:5]
    fail_first = int(sys.argv[sys.argv.index("--fail-first") + 1]) if "--fail-first" in sys.argv else 0
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password
        return AuthResult(success=ok)

    handler = Handler(fail_first)
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(
        lambda: SMTP(handler, hostname="localhost", tls_context=context, require_starttls=True,
                     auth_required=True, auth_require_tls=True, authenticator=authenticate, loop=loop),
        "127.0.0.1", 0))
    print(f"port {server.sockets[0].getsockname()[1]}", flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
