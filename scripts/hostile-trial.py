#!/usr/bin/env python3
"""Runs the careless-user and attacker cases of issue #16 against a rapport binary.

    python3 scripts/hostile-trial.py .build/release/rapport [--only NAME]

Each case builds its inputs in a fresh temporary folder (text we wrote for the purpose),
runs the binary as a researcher would, and checks what the issue asks: inputs never
overwritten, ids that never collide, one session's failure staying one session's failure,
CSV and XML that parse, linear-time XML and redaction, no transcript text in error
messages, decoding that says what it did, terminal output without escape sequences.
It prints `held` or `FAILED` (with the reason) per case and exits with the number that
failed, so the same script measures an old build and a new one.
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.dom.minidom

LEXICON = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon xmlns="urn:rapport:lexicon:1" name="trial" version="1" language="en">
  <category id="fear" label="Fear"><entry term="afraid"/><entry term="scared"/></category>
</lexicon>
"""

SESSION = "Therapist: How are you feeling today?\nClient: I am afraid of the test.\n"


def run(binary, args, cwd, timeout=120, env=None):
    started = time.monotonic()
    try:
        result = subprocess.run(
            [binary] + args, cwd=cwd, capture_output=True, timeout=timeout, env=env)
        return result.returncode, result.stdout, result.stderr, time.monotonic() - started
    except subprocess.TimeoutExpired:
        return None, b"", b"", timeout


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def session_files(out):
    return sorted(
        name for name in os.listdir(out)
        if name.endswith(".json") and name not in ("corpus.json", "rapport-manifest.json"))


def rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


class Case:
    def __init__(self, binary, root):
        self.binary = binary
        self.root = root
        self.lexicon = os.path.join(root, "trial.xml")
        write(self.lexicon, LEXICON)

    def analyze(self, args, **kwargs):
        return run(self.binary, ["analyze", "--lexicon", self.lexicon, "--jobs", "1"] + args, self.root, **kwargs)


def out_is_input(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s1.json"), json.dumps([
        {"speaker": "Therapist", "text": "How are you?"}, {"speaker": "Client", "text": "Afraid."}]))
    before = open(os.path.join(folder, "s1.json"), "rb").read()
    case.analyze([folder, "--out", folder])
    after = open(os.path.join(folder, "s1.json"), "rb").read()
    return before == after, "the input transcript was overwritten"


def id_collisions(case):
    # Different texts: identical files would be analyzed once, as duplicates.
    for number, name in enumerate(("a/s.txt", "b/s.txt", "c/s_txt_2.txt", "d/corpus.txt")):
        write(os.path.join(case.root, "in", name), SESSION + f"Therapist: Session {number}.\n")
    out = os.path.join(case.root, "out")
    status, _, err, _ = case.analyze([os.path.join(case.root, "in"), "--out", out])
    sessions = session_files(out) if os.path.isdir(out) else []
    table = rows(os.path.join(out, "sessions.csv")) if os.path.exists(os.path.join(out, "sessions.csv")) else []
    ids = [row[0] for row in table[1:]]
    leftovers = [n for n in os.listdir(out) if n.endswith(".partial")] if os.path.isdir(out) else []
    corpus = os.path.exists(os.path.join(out, "corpus.json"))
    ok = status == 0 and len(sessions) == 4 and len(set(ids)) == 4 and not leftovers and corpus
    return ok, f"exit {status}, {len(sessions)} session files, ids {ids}, leftovers {leftovers}, corpus.json {corpus}"


def unicode_names(case):
    nfc = unicodedata.normalize("NFC", "café.txt")
    nfd = unicodedata.normalize("NFD", "café.txt")
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, nfc), SESSION)
    write(os.path.join(folder, nfd), SESSION.replace("test", "dark"))
    if len(os.listdir(folder)) != 2:
        return True, "(file system merges the names; not applicable)"
    out = os.path.join(case.root, "out")
    case.analyze([folder, "--out", out])
    return len(session_files(out)) == 2, f"{len(session_files(out))} session files for 2 inputs"


def unwritable_session(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "good.txt"), SESSION)
    # The longest name a file system takes: its output name (id and .json) is longer still.
    write(os.path.join(folder, "x" * 251 + ".txt"), SESSION)
    out = os.path.join(case.root, "out")
    status, _, err, _ = case.analyze([folder, "--out", out])
    table = os.path.join(out, "sessions.csv")
    good = any(name.startswith("good") for name in session_files(out)) if os.path.isdir(out) else False
    return good and os.path.exists(table) and status in (0, 1), f"exit {status}, good session written {good}, sessions.csv {os.path.exists(table)}"


def out_inside_input(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s1.txt"), SESSION)
    out = os.path.join(folder, "results")
    case.analyze([folder, "--out", out])
    status, _, err, _ = case.analyze([folder, "--out", out])
    if not os.path.isdir(out):
        return True, "(refused)"
    table = rows(os.path.join(out, "sessions.csv")) if os.path.exists(os.path.join(out, "sessions.csv")) else [[]]
    # Refused, or the outputs left out of the walk: never read back as transcripts.
    read_back = b"results" in err and status != 2
    return len(table) <= 2 and not read_back, f"the second run read its own outputs (exit {status})"


def csv_fields(case):
    folder = os.path.join(case.root, "in")
    labels = ["=HYPERLINK(\"x\")", "+1 Client", "\"\u0301Ther", ",\u0301Who"]
    text = "".join(f"{label}: I feel afraid.\n" for label in labels)
    write(os.path.join(folder, "=cmd.txt"), "Therapist: Hello?\n" + text)
    out = os.path.join(case.root, "out")
    case.analyze([folder, "--out", out, "--turns"])
    problems = []
    for table in ("sessions.csv", "turns.csv", "categories.csv"):
        path = os.path.join(out, table)
        if not os.path.exists(path):
            problems.append(f"no {table}")
            continue
        parsed = rows(path)
        if len({len(row) for row in parsed}) != 1:
            problems.append(f"{table} rows have different field counts")
        for row in parsed[1:]:
            for field in row:
                if field[:1] in ("=", "+", "@") or (field[:1] == "-" and not field[1:2].isdigit()):
                    problems.append(f"{table} has a formula-leading field")
                    break
    return not problems, "; ".join(sorted(set(problems)))


def xml_forbidden(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s\u0007.txt"), "Therapist: Hello\uffff there?\nClient: I am afraid\u0001 now.\n")
    out = os.path.join(case.root, "out")
    case.analyze([folder, "--out", out, "--format", "xml", "--include-hits"])
    files = [n for n in os.listdir(out) if n.endswith(".xml")] if os.path.isdir(out) else []
    if not files:
        return False, "no XML written"
    for name in files:
        try:
            xml.dom.minidom.parse(os.path.join(out, name))
        except Exception as error:  # noqa: BLE001 - any parse failure is the finding
            return False, f"{name} is not well-formed: {error}"
    return True, ""


def entity_expansion(case):
    big = "x" * 50_000
    refs = "&e;" * 40
    bomb = (f'<?xml version="1.0"?>\n<!DOCTYPE lexicon [<!ENTITY e "{big}">]>\n'
            f'<lexicon xmlns="urn:rapport:lexicon:1" name="{refs}" version="1" language="en">'
            '<category id="a" label="A"><entry term="b"/></category></lexicon>\n')
    path = os.path.join(case.root, "bomb.xml")
    write(path, bomb)
    status, _, _, seconds = run(case.binary, ["lexicon", "info", path], case.root, timeout=60)
    return status not in (None, 0) and seconds < 10, f"exit {status} after {seconds:.1f} s"


def private_errors(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.csv"), "Maria Keller,555-0142-9981\nhello,there\n")
    out = os.path.join(case.root, "out")
    _, _, err, _ = case.analyze([folder, "--out", out])
    corpus = open(os.path.join(out, "corpus.json"), encoding="utf-8").read() if os.path.exists(os.path.join(out, "corpus.json")) else ""
    leaked = [w for w in ("Maria", "555-0142") if w in err.decode("utf-8", "replace") or w in corpus]
    return not leaked, f"error output quotes {leaked}"


def bad_final_byte(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.txt"), "Therapist: Wie geht es?\nClient: Ich fühle Angst.\n".encode() + b"\xff")
    out = os.path.join(case.root, "out")
    case.analyze([folder, "--out", out])
    files = session_files(out) if os.path.isdir(out) else []
    if not files:
        return False, "no session written"
    summary = json.load(open(os.path.join(out, files[0]), encoding="utf-8"))
    encoding = summary.get("provenance", {}).get("source", {}).get("encoding")
    return encoding == "UTF-8", f"read as {encoding}"


def bidi_label(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.txt"), "Therapist: How are you?\nClient\u200f: I am afraid.\n")
    out = os.path.join(case.root, "out")
    case.analyze([folder, "--out", out])
    files = session_files(out) if os.path.isdir(out) else []
    if not files:
        return False, "no session written"
    summary = json.load(open(os.path.join(out, files[0]), encoding="utf-8"))
    roles = sorted(speaker.get("role") for speaker in summary.get("speakers", []))
    return "client" in roles and summary.get("turns") == 2, f"roles {roles}, turns {summary.get('turns')}"


def utf32(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.txt"), SESSION.encode("utf-32"))
    out = os.path.join(case.root, "out")
    case.analyze([folder, "--out", out])
    files = session_files(out) if os.path.isdir(out) else []
    if not files:
        return False, "no session written"
    summary = json.load(open(os.path.join(out, files[0]), encoding="utf-8"))
    return summary.get("turns") == 2, f"{summary.get('turns')} turns"


def kwic_escapes(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s\x1b[31m.txt"), "Therapist: Hello?\nClient: I am \x1b]0;owned\x07afraid\x1b[2J now.\n")
    status, output, err, _ = run(case.binary, ["kwic", "afraid", folder], case.root)
    raw = b"\x1b" in output or b"\x1b" in err
    return not raw and status is not None, "raw escape sequences on the terminal" if raw else f"exit {status}"


def titled_names(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.txt"),
          "Therapist: Did Dr. Okonkwo-Baptiste call?\nClient: Mrs. Vasquez-Lindqvist and I are afraid, write to jörg.ünal@beispiel.de.\n")
    _, output, _, _ = run(case.binary, ["kwic", "afraid", folder, "--redact", "--window", "20"], case.root)
    text = output.decode("utf-8", "replace")
    leaked = [w for w in ("Vasquez", "Lindqvist", "jörg", "beispiel") if w in text]
    return not leaked and "afraid" in text, f"kwic --redact shows {leaked}" if leaked else "no kwic line"


def linear_redaction(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.txt"), "Therapist: Hello?\nClient: afraid " + "a." * 100_000 + "@\n")
    status, _, _, seconds = run(case.binary, ["kwic", "afraid", folder, "--redact"], case.root, timeout=60)
    return status is not None and seconds < 20, f"exit {status} after {seconds:.1f} s"


def analyze_redact(case):
    folder = os.path.join(case.root, "in")
    write(os.path.join(folder, "s.txt"), "Dr. Ingrid Halvorsen: How are you?\nTomasz Wierzbicki: I am afraid.\n")
    speakers = os.path.join(case.root, "speakers.txt")
    write(speakers, "Dr. Ingrid Halvorsen = therapist\nTomasz Wierzbicki = client\n")
    out = os.path.join(case.root, "out")
    status, _, _, _ = case.analyze([folder, "--out", out, "--redact", "--speaker-map", speakers, "--turns", "--include-hits"])
    if status is None or not os.path.isdir(out):
        return False, f"exit {status}"
    leaked = set()
    for name in os.listdir(out):
        data = open(os.path.join(out, name), "rb").read().decode("utf-8", "replace")
        leaked |= {w for w in ("Halvorsen", "Wierzbicki", "Ingrid", "Tomasz") if w in data}
    return status == 0 and not leaked, f"exit {status}; outputs hold {sorted(leaked)}"


CASES = [
    ("out folder is the input folder", out_is_input),
    ("session ids never collide (and corpus.txt)", id_collisions),
    ("NFC and NFD file names both analyzed", unicode_names),
    ("one unwritable session is one failure", unwritable_session),
    ("--out inside the input folder", out_inside_input),
    ("CSV quoting by bytes and formula neutralization", csv_fields),
    ("XML output well-formed with forbidden characters", xml_forbidden),
    ("internal entity expansion refused fast", entity_expansion),
    ("error messages do not quote content", private_errors),
    ("UTF-8 with one bad byte stays UTF-8", bad_final_byte),
    ("bidi mark after a label", bidi_label),
    ("UTF-32 with a byte order mark", utf32),
    ("kwic escapes terminal control characters", kwic_escapes),
    ("--redact masks titled names and Unicode e-mail", titled_names),
    ("--redact in linear time", linear_redaction),
    ("analyze --redact: no names in any output", analyze_redact),
]


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip())
        return 2
    binary = os.path.abspath(sys.argv[1])
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    failed = ran = 0
    for name, check in CASES:
        if only and only not in name:
            continue
        with tempfile.TemporaryDirectory(prefix="rapport-trial-") as root:
            try:
                held, reason = check(Case(binary, root))
            except Exception as error:  # noqa: BLE001 - a crash of the check is a finding too
                held, reason = False, f"check raised {type(error).__name__}: {error}"
        ran += 1
        failed += 0 if held else 1
        print(f"{'held  ' if held else 'FAILED'}  {name}" + ("" if held or not reason else f"  ({reason})"))
    print(f"{ran - failed} held, {failed} failed")
    return failed


if __name__ == "__main__":
    sys.exit(main())
