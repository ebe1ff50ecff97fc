#!/usr/bin/env python3
"""An SMS gateway on loopback for the demo (docs/channels.md): HTTPS with the given certificate,
every POST answered 200 {"status": "accepted"} and written as one JSON line to standard output
(path, Idempotency-Key, and the request's JSON body). The first line printed is "port N".

  smsgatewaystandin.py CERT KEY
"""
import http.server
import json
import ssl
import sys
import threading

PRINTING = threading.Lock()  # one line at a time from the server's threads


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = body.decode("utf-8", "replace")
        line = json.dumps({"path": self.path, "idempotency_key": self.headers.get("Idempotency-Key"),
                           "body": parsed}, ensure_ascii=False)
        with PRINTING:
            print(line, flush=True)
        answer = b'{"status": "accepted"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)


def main():
    cert, key = sys.argv[1:3]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    print(f"port {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
