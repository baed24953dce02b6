#!/usr/bin/env python3
"""Writes docs/conformance.md: each MQTT 5.0 and 3.1.1 rule, and what shows that OhMqtt obeys it.

The rules come from docs/conformance/mqtt-5.0-rules.tsv and mqtt-3.1.1-rules.tsv (edited by hand).
The evidence comes from the citations ([MQTT-x.y.z-n]) in tests/, lib/, tools/, testkit/ and qml/:
a citation under tests/ counts as "tested by", anywhere else as "enforced in". Citations in
explorer/, examples/, fuzz/ and bench/ are only checked for ids that no list has.

Which specification a citation means (the two reuse ids for different statements):
  * an id that exists in one specification only belongs to it ([MQTT-1.5.3-1] is 3.1.1's);
  * an id in both is MQTT 5.0's, unless marked as 3.1.1's by
      - "3.1.1:" (or "3.1.1") just before it: (3.1.1: [MQTT-3.2.2-4])  MQTT 3.1.1: [MQTT-3-8.3-4]
      - "(3.1.1)", "(3.1.1," or "in 3.1.1" just after: [MQTT-3.8.4-6] (3.1.1)
      - a string (a test row's name) that starts with "v311" or "3.1.1":
                                              "v311 PUBLISH QoS 3 [MQTT-3.3.1-4]"
    ("5.0:", "(5.0)", "in 5.0" and rows starting with "v5" or "5.0" mark 5.0 the same way);
  * an unmarked citation of an id in both also covers the 3.1.1 rule when the 3.1.1 list says the
    statement is the same (column same_in_5.0), e.g. [MQTT-3.3.1-4] in a row run for both versions.

Usage:
  scripts/conformance.py           write docs/conformance.md; print the summary
  scripts/conformance.py --verify  write nothing; fail if docs/conformance.md is out of date or a
                                   citation names an id that no list has
  scripts/conformance.py --check   as --verify, and also fail on client rules with neither test,
                                   code nor reason (what CI runs)
"""

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCAN_DIRS = ["tests", "lib", "tools", "testkit", "qml"]
# Applications and tools built on the library: their citations are checked for unknown ids only,
# since the table says what the library does.
ID_CHECK_ONLY_DIRS = ["explorer", "examples", "fuzz", "bench"]
SCAN_EXTENSIONS = (".cpp", ".h", ".hpp", ".c", ".qml", ".js", ".py", ".sh", ".cmake", ".txt")
OUTPUT = "docs/conformance.md"
SPECS = [
    # key, title, rules file
    ("5.0", "MQTT 5.0", "docs/conformance/mqtt-5.0-rules.tsv"),
    ("3.1.1", "MQTT 3.1.1", "docs/conformance/mqtt-3.1.1-rules.tsv"),
]
# Ids the specifications themselves print in another form than their rule lists: the 5.0 body
# says MQTT-4.2-1 where Appendix B says MQTT-4.2.0-1.
ALIASES = {"5.0": {"MQTT-4.2-1": "MQTT-4.2.0-1"}, "3.1.1": {}}
# Accepted only in a citation marked as the specification's: 3.1.1 prints MQTT-3-8.3-4, and
# MQTT-3.8.3-4 is a different statement of 5.0.
MARKED_ALIASES = {"5.0": {}, "3.1.1": {"MQTT-3.8.3-4": "MQTT-3-8.3-4"}}
CLIENT_BINDS = {"client", "both", "sender", "receiver"}
PACKETS = ["CONNECT", "CONNACK", "PUBLISH", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP", "SUBSCRIBE",
           "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "PINGREQ", "PINGRESP", "DISCONNECT", "AUTH"]
COMMON_SECTIONS = {f"3.{n}": name for n, name in enumerate(PACKETS, 1)} | {
    "1.5": "Data representation", "4.3": "Quality of Service levels and flows",
    "4.4": "Message delivery retry", "4.5": "Message receipt", "4.6": "Message ordering",
    "4.7": "Topic Names and Topic Filters", "6.0": "WebSocket"}
SECTIONS = {
    "5.0": COMMON_SECTIONS | {
        "2.1": "Fixed header", "2.2": "Variable header: Packet Identifier, Properties",
        "4.1": "Session State", "4.2": "Network Connections", "4.8": "Subscriptions",
        "4.9": "Flow Control", "4.12": "Enhanced authentication", "4.13": "Handling errors"},
    "3.1.1": COMMON_SECTIONS | {
        "2.2": "Fixed header", "2.3": "Variable header: Packet Identifier", "4.1": "Storing state",
        "4.8": "Handling errors", "7.0": "Conformance", "7.1": "Conformance targets"},
}
EVIDENCE_SHOWN = 4  # places listed per rule and kind; the rest are counted

# An id: "MQTT-" and numbers joined by dots, ending in "-n"; a section ([MQTT-3.8.3.1]) has no "-n".
CITATION = re.compile(r"MQTT-(\d+(?:[.-]\d+)*)")
ID_SHAPE = re.compile(r"^\d+[.-]\d+(?:\.\d+)?-\d+$")
CHAIN = r"(?:\[?MQTT-[\d.-]+\]?,?\s*)*"  # other citations between a mark and this one
MARK_BEFORE = {
    "3.1.1": re.compile(r"(?<![\w.])(?:3\.1\.1|v311)\s*:?\s*" + CHAIN + r"\[?$"),
    "5.0": re.compile(r"(?<![\w.])(?:5\.0|v5)\s*:?\s*" + CHAIN + r"\[?$"),
}
MARK_AFTER = {
    "3.1.1": re.compile(
        r"^\]?\s*" + CHAIN + r"(?:\((?:MQTT )?3\.1\.1\s*[),]|in (?:MQTT )?3\.1\.1\b(?!:))"),
    "5.0": re.compile(r"^\]?\s*" + CHAIN + r"(?:\((?:MQTT )?5\.0\s*[),]|in (?:MQTT )?5\.0\b(?!:))"),
}
# A test function or data function (Qt Test slots are void), a QML or Python test function.
TEST_FUNCTION = re.compile(
    r"^\s*(?:static\s+)?void\s+(?:[A-Za-z_]\w*::)?([A-Za-z_]\w*)\s*\([^;]*$"
    r"|^\s*function\s+([A-Za-z_]\w*)\s*\("
    r"|^\s*def\s+([A-Za-z_]\w*)\s*\("
)
# A C++ function definition starting in column 0 (the Qt style puts its brace on the next line).
CODE_FUNCTION = re.compile(
    r"^(?!namespace\b|class\b|struct\b|enum\b|using\b|template\b|typedef\b|return\b|if\b|else\b)"
    r"[A-Za-z_][\w:<>,*&\s]*?\b((?:[A-Za-z_~]\w*::)*[A-Za-z_~]\w*)\s*\((?!.*;\s*$)"
)


class Rule:
    def __init__(self, spec, fields):
        self.spec = spec
        self.id = fields["id"]
        self.binds = fields["binds"]
        self.summary = fields["summary"]
        self.reason = fields.get("reason", "")
        self.same_in_5 = fields.get("same_in_5.0", "") == "yes"
        self.tests = defaultdict(int)  # "file (function)" -> citations
        self.code = defaultdict(int)

    @property
    def binds_client(self):
        return self.binds in CLIENT_BINDS

    @property
    def section(self):
        return re.match(r"MQTT-(\d+[.-]\d+)", self.id).group(1).replace("-", ".")

    @property
    def status(self):
        if not self.binds_client:
            return "n/a"
        if self.tests:
            return "tested"
        if self.code:
            return "enforced"
        if self.reason:
            return "reason"
        return "missing"


def load_rules(spec, path):
    rules = {}
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    for number, line in enumerate(lines[1:], 2):
        values = line.split("\t")
        if len(values) != len(header):
            sys.exit(f"{path}: row {number} has {len(values)} columns, not {len(header)}: {line}")
        rule = Rule(spec, dict(zip(header, values)))
        if rule.id in rules:
            sys.exit(f"{path}: {rule.id} is listed twice")
        if rule.binds not in CLIENT_BINDS | {"server"}:
            sys.exit(f"{path}: {rule.id} binds '{rule.binds}', not one of client, server, both, "
                     "sender, receiver")
        if not rule.binds_client and not rule.reason:
            sys.exit(f"{path}: {rule.id} does not bind a client, so it needs a reason")
        rules[rule.id] = rule
    return rules


def source_files(dirs):
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--"] + dirs, cwd=ROOT, check=True,
                             capture_output=True).stdout.decode()
        files = [f for f in out.split("\0") if f]
    except (OSError, subprocess.CalledProcessError):
        files = []
        for top in dirs:
            for dirpath, _, names in os.walk(os.path.join(ROOT, top)):
                files += [os.path.relpath(os.path.join(dirpath, n), ROOT) for n in names]
    return sorted(f.replace(os.sep, "/") for f in files if f.endswith(SCAN_EXTENSIONS))


def string_start(line, pos):
    """The text of the string literal that holds pos, from its opening quote; None outside one."""
    quotes = [m.start() for m in re.finditer(r'(?<!\\)"', line[:pos])]
    return line[quotes[-1] + 1:] if len(quotes) % 2 == 1 else None


def marked_spec(line, start, end):
    for spec in ("3.1.1", "5.0"):
        if MARK_BEFORE[spec].search(line[:start]) or MARK_AFTER[spec].search(line[end:]):
            return spec
    literal = string_start(line, start)
    if literal is not None:
        if re.match(r"(?:v311|3\.1\.1)\b", literal):
            return "3.1.1"
        if re.match(r"(?:v5|5\.0)\b", literal):
            return "5.0"
    return None


# The convention above, as examples: each line, and the mark of each citation in it in turn.
MARK_EXAMPLES = [
    ('// [MQTT-3.8.3-5] (MQTT 3.1.1: [MQTT-3-8.3-4]) reserved', [None, "3.1.1"]),
    ('v5 ? "[MQTT-3.8.4-8]" : "[MQTT-3.8.4-6] (3.1.1)")', [None, "3.1.1"]),
    ("// Session Present [MQTT-3.2.2-3], 3.1.1 [MQTT-3.2.2-2]", [None, "3.1.1"]),
    ("// closes: [MQTT-3.2.2-5] (3.1.1, any non-zero return code)", ["3.1.1"]),
    ("// [MQTT-3.2.2-7] (5.0, a reason code of 128 or more)", ["5.0"]),
    ('"[MQTT-3.3.1-10] [MQTT-3.3.1-11] (3.1.1)"', ["3.1.1", "3.1.1"]),
    ("// [MQTT-2.2.1-3] in 5.0, [MQTT-2.3.1-1] in 3.1.1.", ["5.0", "3.1.1"]),
    ('QTest::newRow("3.1.1 QoS 1 PUBACK [MQTT-4.3.2-2]")', ["3.1.1"]),
    ('row("v311 CONNACK flags 0100 [MQTT-2.2.2-1]", V311,', ["3.1.1"]),
    ('row("v5 CONNECT flags 0001 [MQTT-2.1.3-1]", V5,', ["5.0"]),
    ('QTest::addRow("%s PUBLISH QoS 3 [MQTT-3.3.1-4]", tag)', [None]),
    ("// version 1.5.0 [MQTT-3.3.1-4]", [None]),
]


def check_mark_examples():
    for line, expected in MARK_EXAMPLES:
        marks = [marked_spec(line, m.start(), m.end()) for m in CITATION.finditer(line)]
        if marks != expected:
            sys.exit(f"conformance.py reads {line!r} as {marks}, not {expected}")


def enclosing_function(lines, index, in_tests):
    """The function a citation on lines[index] belongs to, or '' when not found."""
    pattern = TEST_FUNCTION if in_tests else CODE_FUNCTION

    def name(line, declaration=False):
        m = pattern.match(line if not declaration else line.rstrip().rstrip(";"))
        return next((g for g in m.groups() if g), "") if m else ""

    # A comment block right above a function (or its declaration) belongs to that function.
    if lines[index].lstrip().startswith(("//", "/*", "*", "#")):
        following = index + 1
        while following < len(lines) and lines[following].lstrip().startswith(("//", "/*", "*")):
            following += 1
        if following < len(lines) and name(lines[following], declaration=True):
            return name(lines[following], declaration=True)
    for previous in range(index, -1, -1):
        if previous < index and lines[previous].startswith("}"):
            return ""  # the end of a function or class: the citation is outside any function
        if name(lines[previous]):
            return name(lines[previous])
    return ""


def scan(rules_by_spec):
    unknown = []  # (where, citation, why)
    evidence_files = set(source_files(SCAN_DIRS))
    for path in sorted(evidence_files | set(source_files(ID_CHECK_ONLY_DIRS))):
        try:
            with open(os.path.join(ROOT, path), encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        in_tests = path.startswith("tests/")
        for index, line in enumerate(lines):
            for m in CITATION.finditer(line):
                if not ID_SHAPE.match(m.group(1)):
                    continue  # a section reference such as [MQTT-3.8.3.1]
                cited = "MQTT-" + m.group(1)
                where = f"{path}:{index + 1}"
                specs = resolve(rules_by_spec, cited, marked_spec(line, m.start(), m.end()))
                if isinstance(specs, str):
                    unknown.append((where, cited, specs))
                    continue
                if path not in evidence_files:
                    continue
                function = enclosing_function(lines, index, in_tests)
                if in_tests and function.endswith("_data"):
                    function = function[: -len("_data")]
                place = f"{path} ({function})" if function else path
                for spec, rule_id in specs:
                    rule = rules_by_spec[spec][rule_id]
                    (rule.tests if in_tests else rule.code)[place] += 1
    return unknown


def resolve(rules_by_spec, cited, mark):
    """[(spec, rule id)] the citation covers, or a string saying why it covers none."""
    def lookup(spec):
        aliases = ALIASES[spec] | (MARKED_ALIASES[spec] if mark == spec else {})
        rule_id = aliases.get(cited, cited)
        return rule_id if rule_id in rules_by_spec[spec] else None

    found = {spec: lookup(spec) for spec in rules_by_spec}
    if mark:
        if found[mark]:
            return [(mark, found[mark])]
        return f"marked as MQTT {mark}'s, which has no such statement"
    in_both = found["5.0"] and found["3.1.1"]
    if in_both:
        covers = [("5.0", found["5.0"])]
        if rules_by_spec["3.1.1"][found["3.1.1"]].same_in_5:
            covers.append(("3.1.1", found["3.1.1"]))
        return covers
    for spec in rules_by_spec:
        if found[spec]:
            return [(spec, found[spec])]
    return "no such statement in MQTT 5.0 or 3.1.1"


def counts(rules):
    c = defaultdict(int)
    for rule in rules.values():
        c["rules"] += 1
        c[rule.status] += 1
        c["client"] += rule.binds_client
    return c


def places(evidence):
    shown = sorted(evidence)[:EVIDENCE_SHOWN]
    text = "; ".join(f"`{p}`" + (f" ×{evidence[p]}" if evidence[p] > 1 else "") for p in shown)
    if len(evidence) > EVIDENCE_SHOWN:
        text += f"; and {len(evidence) - EVIDENCE_SHOWN} more"
    return text


def evidence_cell(rule):
    parts = []
    if rule.tests:
        parts.append("tested by " + places(rule.tests))
    if rule.code:
        parts.append("enforced in " + places(rule.code))
    if rule.reason and (rule.status in ("n/a", "reason") or not parts):
        parts.append(rule.reason)
    return "<br>".join(parts).replace("|", "\\|")


STATUS_TEXT = {
    "tested": "tested",
    "enforced": "enforced only",
    "reason": "not testable",
    "missing": "**missing**",
    "n/a": "n/a",
}


def render(rules_by_spec, titles):
    out = []
    w = out.append
    w("# Conformance: the normative statements of MQTT that bind a client")
    w("")
    w("<!-- Generated by scripts/conformance.py: do not edit. Edit the rule lists in "
      "docs/conformance/ or the citations in the code, then run the script. -->")
    w("")
    w("Every numbered normative statement (`[MQTT-x.y.z-n]`) of MQTT 5.0 and of MQTT 3.1.1 has one "
      "row here, with what shows that OhMqtt obeys it. The two specifications number their "
      "statements apart, and often give one id to different statements, so each has its own table.")
    w("")
    w("**How it is made.** `scripts/conformance.py` reads the rule lists "
      "`docs/conformance/mqtt-5.0-rules.tsv` and `docs/conformance/mqtt-3.1.1-rules.tsv` (id, who "
      "the rule binds, a short paraphrase, and a reason where a rule needs no evidence) and collects "
      "the citations of those ids in `tests/`, `lib/`, `tools/`, `testkit/` and `qml/`. A citation in "
      "`tests/` counts as *tested by* that file and test function; one anywhere else as *enforced "
      "in* that file and function. The paraphrases are ours: the specification's text is binding.")
    w("")
    w("**Which specification a citation means.** An id that exists in one specification only "
      "belongs to it. An id that exists in both is MQTT 5.0's unless it is marked as 3.1.1's: "
      "`3.1.1:` just before it (`(3.1.1: [MQTT-3.2.2-4])`), `(3.1.1)` or `in 3.1.1` just after "
      "it, or a test row name starting with `v311` or `3.1.1`. An unmarked citation also covers "
      "the 3.1.1 statement with the same id when the 3.1.1 list says the two say the same thing "
      "(its `same_in_5.0` column), as for `[MQTT-3.3.1-4]` in a row run for both versions. A "
      "3.1.1 test that cites 5.0's number for a rule 3.1.1 numbers differently does not count for "
      "3.1.1: cite 3.1.1's number, marked.")
    w("")
    w("**How to read a row.** *Binds* is who must obey the rule (*sender* and *receiver* mean either "
      "side, so they bind the client too). *Status*: **tested** — a test cites the rule, and breaking "
      "the rule should fail it; **enforced only** — code cites it, no test does; **not testable** — "
      "a client rule with a recorded reason; **missing** — a client rule with neither; **n/a** — "
      "the rule does not bind a client (the reason says why; citations are still listed, e.g. where "
      "the client checks what a server must do).")
    w("")
    w("**Keeping it true.** CI runs `scripts/conformance.py --check`: it fails when this file is "
      "not what the script generates from the tree, when a citation names an id that no list "
      "has (a typo; `explorer/`, `examples/`, `fuzz/` and `bench/` are checked for those too, "
      "though the table counts only the library, its tools, test kit and QML module), and when a "
      "client rule has no test, no enforcing code and no reason. A client rule that truly cannot "
      "be tested gets its reason in the `reason` column of its list, never to hide a gap.")
    w("")
    w("## Summary")
    w("")
    w("| Specification | Rules | Bind a client | Tested | Enforced only | Not testable (reason) "
      "| Missing | Not applicable (server only) |")
    w("|---|---|---|---|---|---|---|---|")
    for spec, rules in rules_by_spec.items():
        c = counts(rules)
        w(f"| {titles[spec]} | {c['rules']} | {c['client']} | {c['tested']} | {c['enforced']} "
          f"| {c['reason']} | {c['missing']} | {c['n/a']} |")
    w("")
    for spec, rules in rules_by_spec.items():
        w(f"## {titles[spec]}")
        w("")
        w("| Rule | Binds | Says (paraphrased) | Status | Evidence |")
        w("|---|---|---|---|---|")
        for rule in rules.values():
            summary = rule.summary.replace("|", "\\|")
            w(f"| {rule.id} | {rule.binds} | {summary} | {STATUS_TEXT[rule.status]} "
              f"| {evidence_cell(rule)} |")
        w("")
    w("## Missing client rules, by section")
    w("")
    for spec, rules in rules_by_spec.items():
        missing = [r for r in rules.values() if r.status == "missing"]
        w(f"### {titles[spec]}: {len(missing)} missing")
        w("")
        by_section = defaultdict(list)
        for rule in missing:
            by_section[rule.section].append(rule)
        for section in sorted(by_section, key=lambda s: [int(n) for n in s.split(".")]):
            w(f"- {section} {SECTIONS[spec].get(section, '')}".rstrip())
            for rule in by_section[section]:
                w(f"  - {rule.id} ({rule.binds}): {rule.summary}")
        w("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--verify", action="store_true",
                       help="fail if docs/conformance.md is out of date or a citation is unknown")
    group.add_argument("--check", action="store_true",
                       help="as --verify, and fail on client rules with neither test, code nor reason")
    args = parser.parse_args()

    check_mark_examples()
    rules_by_spec = {spec: load_rules(spec, path) for spec, _, path in SPECS}
    titles = {spec: title for spec, title, _ in SPECS}
    unknown = scan(rules_by_spec)
    text = render(rules_by_spec, titles) + "\n"

    for spec, rules in rules_by_spec.items():
        c = counts(rules)
        print(f"{titles[spec]}: {c['rules']} rules, {c['client']} bind a client: {c['tested']} tested, "
              f"{c['enforced']} enforced only, {c['reason']} not testable, {c['missing']} missing; "
              f"{c['n/a']} not applicable")
    failed = False
    for where, cited, why in unknown:
        print(f"{where}: [{cited}]: {why}", file=sys.stderr)
        failed = True
    if unknown:
        print(f"{len(unknown)} citations name no known statement (fix the id, or mark its version)",
              file=sys.stderr)

    path = os.path.join(ROOT, OUTPUT)
    if args.verify or args.check:
        try:
            with open(path, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print(f"{OUTPUT} is out of date: run scripts/conformance.py and commit the result",
                  file=sys.stderr)
            failed = True
        if args.check:
            for spec, rules in rules_by_spec.items():
                for rule in rules.values():
                    if rule.status == "missing":
                        print(f"{titles[spec]} {rule.id} ({rule.binds}): no test, no code, no reason",
                              file=sys.stderr)
                        failed = True
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {OUTPUT}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
