#!/usr/bin/env python3
"""Runs programs of the build machine for test programs that cannot: the Windows tests under Wine.

A Windows test program cannot start the Linux ioc-server (or openssl, psql, the Linux ioc-admin)
and read its output: Wine starts a Linux binary, but gives it no pipes and reports no exit code.
This launcher listens on 127.0.0.1 (plain HTTP, loopback only, for the test run) and runs them
for the test's support code (tests/support/hostprocess.cpp, when IOC_TEST_HOST_LAUNCHER names
this launcher's URL):

  POST /processes              {"program", "arguments", "environment": {VAR: value},
                                "working_directory", "input"}   -> 201 {"id", "pid"}
                               ("input": base64 bytes for its standard input, then closed)
  GET  /processes/ID           -> {"running", "exit_code", "crashed", "stdout", "stderr"}
                                  (output since the last GET, base64)
  POST /processes/ID/signal    {"signal": "TERM" | "KILL"}
  POST /processes/ID/wait      {"timeout_ms"}                   -> as GET, without output

Windows paths in arguments, the environment and the working directory are translated to the
build machine's: Z:\\x -> /x, and C:\\x -> the Wine prefix's drive_c/x (--drive C=DIR).

Usage: hostlauncher.py --port-file FILE [--log FILE] [--drive C=DIR]...
Serves until killed; --log gets one line per program started.
"""

import argparse
import base64
import json
import os
import re
import signal
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DRIVES = {"Z": "/"}
LOG = None
PROCESSES = {}
LOCK = threading.Lock()
WINDOWS_PATH = re.compile(r"^([A-Za-z]):[\\/](.*)$", re.S)


def host_path(value):
    match = WINDOWS_PATH.match(value)
    if not match or match.group(1).upper() not in DRIVES:
        return value
    return os.path.join(DRIVES[match.group(1).upper()], match.group(2).replace("\\", "/"))


class Launched:
    def __init__(self, request):
        environment = dict(os.environ)
        for name, value in request.get("environment", {}).items():
            environment[name] = host_path(value)
        self.stdout = bytearray()
        self.stderr = bytearray()
        given = base64.b64decode(request.get("input", ""))
        self.process = subprocess.Popen(
            [host_path(request["program"])] + [host_path(a) for a in request.get("arguments", [])],
            cwd=host_path(request["working_directory"]) if request.get("working_directory") else None,
            env=environment,
            stdin=subprocess.PIPE if given else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if given:
            # Written by a thread of its own, so a program that answers before reading it all
            # cannot block the launcher; then closed, as the end of the input.
            def feed():
                try:
                    self.process.stdin.write(given)
                finally:
                    self.process.stdin.close()
            threading.Thread(target=feed, daemon=True).start()
        for stream, buffer in ((self.process.stdout, self.stdout), (self.process.stderr, self.stderr)):
            threading.Thread(target=self._drain, args=(stream, buffer), daemon=True).start()

    @staticmethod
    def _drain(stream, buffer):
        for chunk in iter(lambda: stream.read1(65536), b""):
            with LOCK:
                buffer.extend(chunk)

    def state(self, with_output):
        code = self.process.poll()
        answer = {
            "running": code is None,
            "exit_code": None if code is None else (code if code >= 0 else 128 - code),
            "crashed": code is not None and code < 0,
        }
        if with_output:
            with LOCK:
                answer["stdout"] = base64.b64encode(bytes(self.stdout)).decode()
                answer["stderr"] = base64.b64encode(bytes(self.stderr)).decode()
                self.stdout.clear()
                self.stderr.clear()
        return answer


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def launched(self):
        parts = self.path.strip("/").split("/")
        with LOCK:
            return PROCESSES.get(parts[1]) if len(parts) >= 2 else None, parts

    def do_GET(self):
        process, _ = self.launched()
        if process is None:
            return self.answer(404, {"error": "no such process"})
        self.answer(200, process.state(True))

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        request = json.loads(self.rfile.read(length) or b"{}")
        if self.path == "/processes":
            try:
                process = Launched(request)
            except OSError as error:
                return self.answer(422, {"error": str(error)})
            with LOCK:
                key = str(len(PROCESSES) + 1)
                PROCESSES[key] = process
                if LOG:
                    with open(LOG, "a") as log:
                        log.write(" ".join(process.process.args) + "\n")
            return self.answer(201, {"id": key, "pid": process.process.pid})
        process, parts = self.launched()
        if process is None or len(parts) != 3:
            return self.answer(404, {"error": "no such process"})
        if parts[2] == "signal":
            if process.process.poll() is None:
                process.process.send_signal(signal.SIGKILL if request.get("signal") == "KILL" else signal.SIGTERM)
            return self.answer(200, process.state(False))
        if parts[2] == "wait":
            try:
                process.process.wait(timeout=request.get("timeout_ms", 30000) / 1000)
            except subprocess.TimeoutExpired:
                pass
            return self.answer(200, process.state(False))
        self.answer(404, {"error": "unknown request"})


def main():
    parser = argparse.ArgumentParser(description="Runs build-machine programs for tests under Wine.")
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log")
    parser.add_argument("--drive", action="append", default=[], help="LETTER=DIR")
    options = parser.parse_args()
    global LOG
    LOG = options.log
    for drive in options.drive:
        letter, directory = drive.split("=", 1)
        DRIVES[letter.upper()] = directory
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(options.port_file + ".part", "w") as file:
        file.write(str(server.server_address[1]))
    os.replace(options.port_file + ".part", options.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
