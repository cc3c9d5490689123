"""Re-check a Workbook contact log from an exported plan file, using only Python's standard
library and the serialisation documented in docs/record.md — no Workbook code at all.

    python3 independent_chain_check.py plan.json

Prints "intact <entries> <latest hash>" and exits 0, or "broken <entry number> <reason>" and
exits 1. tests/test_chain.py runs it in an isolated interpreter that cannot import Workbook.
"""

import hashlib
import json
import sys


def canonical(entry):
    # Every field but entry_hash, empty values (text, list, null, false) left out, keys
    # sorted, no whitespace, UTF-8.
    kept = {
        key: value
        for key, value in entry.items()
        if key != "entry_hash" and value not in ("", None, [], False)
    }
    text = json.dumps(kept, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def main(path):
    with open(path, encoding="utf-8") as stream:
        document = json.load(stream)
    log = document["contact_log"]
    previous = ""
    for number, entry in enumerate(log, start=1):
        if hashlib.sha256(canonical(entry)).hexdigest() != entry.get("entry_hash"):
            print("broken", number, "content does not match its hash")
            return 1
        if entry.get("previous_hash", "") != previous:
            print("broken", number, "does not follow the entry before it")
            return 1
        previous = entry["entry_hash"]
    end = document.get("contact_log_chain", {})
    if (end.get("entries"), end.get("latest_hash")) != (len(log), previous):
        print("broken", len(log), "the log does not end where the file says")
        return 1
    print("intact", len(log), previous)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
