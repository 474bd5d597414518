#!/usr/bin/env python3
# A faulty stand-in for Meta's WhatsApp Cloud API, for the fault run (faults.sh): it answers
# POST /{version}/{phone-number-id}/messages like the Cloud API, except that, drawn from a fixed
# seed, a share of the requests get a 500 (transient error 131000), a share have their connection
# reset before any answer, and a share answer only after a delay. It counts every message it
# accepted by its recipient and content, so that a message accepted twice is seen:
# GET /stats answers {"requests":..,"accepted":..,"distinct":..,"duplicates":..,...}.
#
#   fake_cloud_api.py PORT [ERRORS=0.3] [RESETS=0.1] [SLOW=0.05] [SLOW_SECONDS=2] [SEED=20]
#
# SPDX-License-Identifier: AGPL-3.0-or-later
import json
import random
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port = int(sys.argv[1])
errors = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
resets = float(sys.argv[3]) if len(sys.argv) > 3 else 0.1
slow = float(sys.argv[4]) if len(sys.argv) > 4 else 0.05
slow_seconds = float(sys.argv[5]) if len(sys.argv) > 5 else 2.0
rng = random.Random(int(sys.argv[6]) if len(sys.argv) > 6 else 20)
lock = threading.Lock()
stats = {"requests": 0, "accepted": 0, "errors": 0, "resets": 0, "slow": 0}
accepted = {}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            s = dict(stats)
            s["distinct"] = len(accepted)
            s["duplicates"] = sum(n - 1 for n in accepted.values() if n > 1)
        self.answer(200, s)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        with lock:
            stats["requests"] += 1
            draw = rng.random()
            n = stats["requests"]
        if draw < resets:
            with lock:
                stats["resets"] += 1
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.close()
            self.close_connection = True
            return
        if draw < resets + errors:
            with lock:
                stats["errors"] += 1
            self.answer(500, {"error": {"message": "(#131000) Something went wrong", "type": "OAuthException",
                                        "code": 131000, "fbtrace_id": "fault-run"}})
            return
        if draw < resets + errors + slow:
            with lock:
                stats["slow"] += 1
            time.sleep(slow_seconds)
        try:
            message = json.loads(body)
            key = json.dumps({"to": message.get("to"), "template": message.get("template")}, sort_keys=True)
        except ValueError:
            self.answer(400, {"error": {"message": "bad JSON", "code": 100}})
            return
        with lock:
            stats["accepted"] += 1
            accepted[key] = accepted.get(key, 0) + 1
        self.answer(200, {"messaging_product": "whatsapp", "contacts": [{"input": message.get("to"),
                          "wa_id": str(message.get("to", "")).lstrip("+")}],
                          "messages": [{"id": "wamid.fault-%d" % n}]})


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
