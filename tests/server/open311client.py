#!/usr/bin/env python3
"""A second, independent Open311 GeoReport v2 client (docs/open311.md), with Python's standard
library only: it reads the discovery and the services in XML, files a report in XML as a form,
reads it back in JSON, and follows its updates in XML until it is closed.

Run by tests/server/testopen311.cpp, which moves the report through the workflow meanwhile:

    open311client.py --base https://localhost:PORT/open311/v2 --ca CA.pem --api-key KEY

Prints `filed <service_request_id>` once filed, `update <external_status_code> <status>` for
each new update, `request closed` at the end; exits 0 when the request and its last update are
closed, 1 on anything unexpected, 2 when the time runs out.
"""

import argparse
import datetime
import json
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET


def fail(message):
    print("error: " + message, flush=True)
    sys.exit(1)


class Client:
    def __init__(self, base, ca, key):
        self.base = base.rstrip("/")
        self.key = key
        self.context = ssl.create_default_context(cafile=ca)

    def fetch(self, path, query=None, form=None):
        url = self.base + "/" + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        request = urllib.request.Request(url, data=data)
        if data is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        try:
            with urllib.request.urlopen(request, context=self.context, timeout=30) as response:
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read()

    def xml(self, path, query=None, form=None):
        status, kind, body = self.fetch(path, query, form)
        if status != 200:
            fail("%s answered %d: %s" % (path, status, body[:300].decode("utf-8", "replace")))
        if not kind.startswith("text/xml") or not body.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'):
            fail("%s is not UTF-8 XML (%s)" % (path, kind))
        return ET.fromstring(body)

    def json(self, path, query=None):
        status, kind, body = self.fetch(path, query)
        if status != 200 or not kind.startswith("application/json"):
            fail("%s answered %d %s" % (path, status, kind))
        return json.loads(body.decode("utf-8"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--api-key", required=True)
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    client = Client(args.base, args.ca, args.api_key)

    discovery = client.xml("discovery.xml")
    endpoint = discovery.find("endpoints/endpoint")
    if endpoint is None or endpoint.findtext("url") != client.base:
        fail("the discovery names another endpoint")
    formats = [f.text for f in endpoint.findall("formats/format")]
    if formats != ["text/xml", "application/json"]:
        fail("formats: %r" % formats)

    services = client.xml("services.xml")
    codes = {s.findtext("service_code"): s.findtext("service_name") for s in services.findall("service")}
    if codes.get("environment") != "Ô nhiễm môi trường":
        fail("no environment service, or its name is wrong: %r" % codes.get("environment"))

    started = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=5)
    description = "Khói đen từ lò đốt rác sau chợ Đông Hà, mùi hôi cả khu phố."
    filed = client.xml(
        "requests.xml",
        form={
            "api_key": args.api_key,
            "jurisdiction_id": "quangtri.gov.vn",  # FixMyStreet's client sends one with every request
            "service_code": "environment",
            "lat": "16.8172",
            "long": "107.0995",
            "address_string": "Sau chợ Đông Hà",
            "description": description,
            "first_name": "Thị Hoa",
            "last_name": "Trần",
            "phone": "0935123456",
            "attribute[citizen_id]": "045191009876",
            "device_id": "python-urllib",
        },
    )
    request_id = filed.findtext("request/service_request_id")
    token = filed.findtext("request/token")
    deadline = time.monotonic() + args.timeout
    while not request_id and token:
        resolved = client.xml("tokens/%s.xml" % token)
        request_id = resolved.findtext("request/service_request_id")
        if time.monotonic() > deadline:
            sys.exit(2)
        time.sleep(0.5)
    if not request_id:
        fail("no service_request_id in the answer")
    print("filed " + request_id, flush=True)

    mine = client.json("requests/%s.json" % request_id, {"api_key": args.api_key})
    if len(mine) != 1 or mine[0]["description"] != description:
        fail("the request reads back otherwise: %r" % mine)

    seen = set()
    last_status = None
    while time.monotonic() < deadline:
        updates = client.xml(
            "servicerequestupdates.xml",
            {
                "api_key": args.api_key,
                "start_date": started.isoformat(timespec="seconds"),
                "end_date": (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=5)).isoformat(
                    timespec="seconds"
                ),
            },
        )
        for update in updates.findall("request_update"):
            if update.findtext("service_request_id") != request_id or update.findtext("update_id") in seen:
                continue
            seen.add(update.findtext("update_id"))
            last_status = update.findtext("status")
            print("update %s %s" % (update.findtext("external_status_code"), last_status), flush=True)
        request = client.json("requests/%s.json" % request_id, {"api_key": args.api_key})[0]
        if request["status"] == "closed" and last_status == "closed":
            if not request.get("status_notes"):
                fail("closed without status notes")
            print("request closed", flush=True)
            return 0
        time.sleep(0.5)
    sys.exit(2)


if __name__ == "__main__":
    main()
