#!/usr/bin/env python3
"""Rapport's validity report: every shipped measure scored on public data you have a copy of.

usage: scripts/validity.sh [--rapport PATH] [--out DIR] [--folds K]
         [--annomi FILE.csv]                        AnnoMI-simple.csv or AnnoMI-full.csv
         [--turn-coded TRANSCRIPTS CODES.csv]       transcripts + codes in `acts evaluate`'s shape
         [--quality FILE.csv]                       session,mi_quality for the turn-coded set
         [--goemotions FILE.tsv --emotions FILE.txt] a GoEmotions split and its label names
         [--document-labels CORPUS LABELS.csv [--document-label-map FILE]]

Converts each data set into Rapport's inputs in a temporary folder, runs Rapport's own commands
on them (`acts evaluate`, `acts evaluate --folds` when the build has it, `analyze`, `lexicon
validate --labels`) and writes OUT/validity.md and OUT/validity.json: per measure the data set,
n, precision, recall and F1 (or kappa, AUC, Spearman) and the command that produced it. It
downloads nothing. docs/validity.md says where each data set is published and what the
figures mean. Exit status: 0 written, 2 an input that is missing or not in the expected shape
(the message names the file, the line and what is wrong).
"""
import argparse
import csv
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The coders' main behaviours of AnnoMI (and any MI coding at that level) → Rapport's groups.
MI_LABEL_MAP = """# main therapist behaviour -> Rapport act group
question = question
reflection = reflection
therapist_input = input
other = other
"""
# Client talk types are Rapport labels of their own: a client model learns them as written.
# GoEmotions names -> Rapport emotion categories (the names that equal a category need no line).
GOEMOTIONS_LABEL_MAP = """# GoEmotions label -> Rapport category
nervousness = fear
annoyance = anger
grief = sadness
embarrassment = shame
remorse = guilt
"""
GOEMOTIONS_CATEGORIES = ["fear", "shame", "guilt", "sadness", "anger"]
MI_GROUPS = ["question", "reflection", "input", "other"]


class InputError(Exception):
    """A data file that is missing or not in the shape expected: file, line and what to do."""


def fail(message):
    print(f"validity: error: {message}", file=sys.stderr)
    sys.exit(2)


def read_csv(path, required, what):
    """Rows of a CSV with a header holding `required` columns (case-insensitive)."""
    if not os.path.isfile(path):
        raise InputError(f"{path}: no such file. Give the path of your copy of {what}.")
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path}:1: the file is empty; expected a header with {', '.join(required)}.")
        names = [h.strip().lower() for h in header]
        missing = [c for c in required if c not in names]
        if missing:
            raise InputError(
                f"{path}:1: no column {', '.join(missing)} in the header. Is this {what}? "
                f"Expected columns: {', '.join(required)}.")
        rows = []
        for number, fields in enumerate(reader, start=2):
            if not fields:
                continue
            if len(fields) != len(names):
                raise InputError(f"{path}:{number}: {len(fields)} fields where the header has {len(names)}.")
            rows.append((number, dict(zip(names, fields))))
    if not rows:
        raise InputError(f"{path}: a header and no rows; expected {what}.")
    return rows


def convert_annomi(path, work):
    """AnnoMI-simple.csv / AnnoMI-full.csv → transcripts (T:/C: lines), codes and quality CSVs.

    AnnoMI-full has a row per annotator for some utterances: the first annotator listed for a
    transcript is kept, so every utterance has one code.
    """
    required = ["transcript_id", "utterance_id", "interlocutor", "utterance_text",
                "main_therapist_behaviour", "client_talk_type"]
    rows = read_csv(path, required, "AnnoMI (AnnoMI-simple.csv or AnnoMI-full.csv)")
    sessions, annotator = {}, {}
    for number, row in rows:
        role = row["interlocutor"].strip().lower()
        if role not in ("therapist", "client"):
            raise InputError(f"{path}:{number}: interlocutor '{role[:20]}' is neither therapist nor client.")
        try:
            utterance = int(row["utterance_id"])
        except ValueError:
            raise InputError(f"{path}:{number}: utterance_id is not a whole number.")
        tid = row["transcript_id"].strip()
        if "annotator_id" in row:
            annotator.setdefault(tid, row["annotator_id"])
            if row["annotator_id"] != annotator[tid]:
                continue
        session = sessions.setdefault(tid, {"quality": row.get("mi_quality", "").strip().lower(), "turns": {}})
        if utterance in session["turns"]:
            raise InputError(f"{path}:{number}: transcript {tid} has utterance {utterance} twice.")
        session["turns"][utterance] = (role, row["utterance_text"], row["main_therapist_behaviour"].strip(),
                                       row["client_talk_type"].strip())
    return write_turn_coded(sessions, work, "annomi")


def write_turn_coded(sessions, work, prefix):
    """Writes one transcript per session and the codes and quality CSVs; returns their paths."""
    transcripts = os.path.join(work, prefix + "-transcripts")
    os.makedirs(transcripts, exist_ok=True)
    codes_path = os.path.join(work, prefix + "-codes.csv")
    quality_path = os.path.join(work, prefix + "-quality.csv")
    with open(codes_path, "w", newline="", encoding="utf-8") as codes, \
            open(quality_path, "w", newline="", encoding="utf-8") as quality:
        cw, qw = csv.writer(codes), csv.writer(quality)
        cw.writerow(["session", "utterance", "role", "behaviour", "client_talk_type"])
        qw.writerow(["session", "mi_quality"])
        for tid in sorted(sessions, key=lambda t: (len(t), t)):
            session_id = f"{prefix}_{tid}"
            lines = []
            for turn, utterance in enumerate(sorted(sessions[tid]["turns"]), start=1):
                role, text, behaviour, talk = sessions[tid]["turns"][utterance]
                # One line a turn: line breaks inside an utterance become spaces.
                lines.append(("T: " if role == "therapist" else "C: ") + " ".join(text.split()))
                cw.writerow([session_id, turn, role, behaviour if role == "therapist" else "",
                             talk if role == "client" else ""])
            with open(os.path.join(transcripts, session_id + ".txt"), "w", encoding="utf-8") as out:
                out.write("\n".join(lines) + "\n")
            qw.writerow([session_id, sessions[tid]["quality"]])
    return transcripts, codes_path, quality_path


def convert_goemotions(tsv, emotions, work):
    """A GoEmotions split (text, label ids, comment id) → one `C:` file per comment + labels CSV."""
    if not os.path.isfile(emotions):
        raise InputError(f"{emotions}: no such file. Give GoEmotions' emotions.txt (one label name a line).")
    names = open(emotions, encoding="utf-8").read().split()
    if len(names) < 2:
        raise InputError(f"{emotions}: {len(names)} label names; GoEmotions' emotions.txt has 28.")
    if not os.path.isfile(tsv):
        raise InputError(f"{tsv}: no such file. Give a GoEmotions split (train.tsv, dev.tsv or test.tsv).")
    corpus = os.path.join(work, "goemotions-comments")
    os.makedirs(corpus, exist_ok=True)
    labels_path = os.path.join(work, "goemotions-labels.csv")
    count = 0
    with open(tsv, encoding="utf-8") as source, open(labels_path, "w", newline="", encoding="utf-8") as labels:
        writer = csv.writer(labels)
        writer.writerow(["session", "labels"])
        for number, line in enumerate(source, start=1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3:
                raise InputError(f"{tsv}:{number}: {len(fields)} tab-separated fields; a GoEmotions split has 3 "
                                 "(text, label ids, comment id).")
            text, ids, _ = fields
            try:
                label_names = sorted({names[int(i)] for i in ids.split(",")})
            except (ValueError, IndexError):
                raise InputError(f"{tsv}:{number}: label ids are not numbers below {len(names)} ({emotions}).")
            session = f"go_{number:05d}"
            with open(os.path.join(corpus, session + ".txt"), "w", encoding="utf-8") as out:
                out.write("C: " + " ".join(text.split()) + "\n")
            writer.writerow([session, ";".join(label_names)])
            count += 1
    if count == 0:
        raise InputError(f"{tsv}: no comments.")
    return corpus, labels_path, count


class Report:
    def __init__(self, rapport, work):
        self.rapport, self.work, self.rows = rapport, work, []

    def run(self, args, allowed=(0, 1)):
        """Runs rapport with `args`; returns the command line as a researcher would type it."""
        process = subprocess.run([self.rapport, *args], capture_output=True, text=True, cwd=ROOT)
        if process.returncode not in allowed:
            fail(f"rapport {' '.join(args[:2])} exited {process.returncode}: {process.stderr.strip()[-600:]}")
        return process

    def command(self, args):
        shown = [os.path.relpath(a, ROOT) if a.startswith(ROOT + os.sep) else a.replace(self.work, "$WORK")
                 for a in args]
        return "rapport " + " ".join(shlex.quote(a) for a in shown)

    def add(self, measure, dataset, n, command, **scores):
        row = {"measure": measure, "dataset": dataset, "n": n, "command": command}
        row.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in scores.items()})
        self.rows.append(row)

    def acts(self, dataset, transcripts, codes, label_map, quality, folds):
        base = ["acts", "evaluate", "--transcripts", transcripts, "--codes", codes, "--label-map", label_map]
        out = os.path.join(self.work, slug(dataset) + "-acts.json")
        args = base + ["--out", out] + lexicon_args()
        self.run(args)
        report = json.load(open(out, encoding="utf-8"))
        for act in report["acts"]:
            if act["label"] not in MI_GROUPS:
                continue
            score = act["score"]
            self.add(f"therapist {act['label']} (rules)", dataset, act["coded"], self.command(args),
                     precision=score["precision"], recall=score["recall"], f1=score["f1"])
        self.add("therapist acts, 4 groups (rules)", dataset, report["utterances"], self.command(args),
                 accuracy=report["accuracy"], kappa=report["kappa"])
        rq = report["reflectionToQuestion"]
        self.add("R:Q follows the coders' R:Q (rules)", dataset, rq["pairs"], self.command(args),
                 spearman=rq["spearman"])
        self.rq_auc(dataset, transcripts, quality, codes)
        # Client talk is imbalanced (sustain talk is rare): the client model weighs labels by
        # their inverse frequency and is regularized more strongly (docs/acts-model.md).
        for role, column, extra in (("therapist", "behaviour", ["--label-map", label_map]),
                                    ("client", "client_talk_type", ["--balanced", "--l2", "0.1", "--min-count", "3"])):
            out = os.path.join(self.work, f"{slug(dataset)}-{role}-folds.json")
            args = (["acts", "evaluate", "--transcripts", transcripts, "--codes", codes, "--role", role,
                     "--label-column", column, "--folds", str(folds), "--out", out] + extra + lexicon_args())
            self.run(args)
            report = json.load(open(out, encoding="utf-8"))
            for act in report["labels"]:
                if role == "therapist" and act["label"] not in MI_GROUPS:
                    continue
                self.add(f"{role} {act['label']} (trained, {folds}-fold by session)", dataset, act["coded"],
                         self.command(args), precision=act["precision"], recall=act["recall"], f1=act["f1"],
                         note=f"F1 per fold {act['f1Mean']:.3f} ± {act['f1SD']:.3f}")
            self.add(f"{role} codes, macro F1 (trained, {folds}-fold by session)", dataset, report["turns"],
                     self.command(args), f1=report["macroF1"], kappa=report["kappa"],
                     note=f"per fold {report['macroF1Mean']:.3f} ± {report['macroF1SD']:.3f}")

    def rq_auc(self, dataset, transcripts, quality, codes):
        """Whether Rapport's R:Q separates high- from low-quality sessions (AUC), beside the
        coders' own R:Q from the codes file."""
        if not quality:
            return
        grades = {}
        for _, row in read_csv(quality, ["session", "mi_quality"], "a session quality CSV"):
            if row["mi_quality"].strip().lower() in ("high", "low"):
                grades[row["session"].strip()] = row["mi_quality"].strip().lower()
        if not grades:
            return
        out = os.path.join(self.work, slug(dataset) + "-analyze")
        args = ["analyze", "--format", "csv", "--out", out, transcripts] + lexicon_args()
        self.run(args)
        high, low = [], []
        with open(os.path.join(out, "sessions.csv"), newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                grade = grades.get(row["session"])
                if grade is None:
                    continue
                try:
                    value = float(row["miti_reflection_to_question_ratio"])
                except ValueError:
                    value = 0.0
                (high if grade == "high" else low).append(value)
        if high and low:
            self.add("R:Q separates high- from low-quality MI (AUC)", dataset, len(high) + len(low),
                     self.command(args), auc=auc(high, low), note=f"{len(high)} high, {len(low)} low")
        # The coders' R:Q: reflections over questions among their therapist labels.
        tally = {}
        for _, row in read_csv(codes, ["session", "role", "behaviour"], "a turn-coded CSV"):
            if row["role"].strip().lower() == "therapist":
                counts = tally.setdefault(row["session"].strip(), [0, 0])
                label = row["behaviour"].strip().lower()
                counts[0] += label == "reflection"
                counts[1] += label == "question"
        ratios = {s: (r / q if q else 0.0) for s, (r, q) in tally.items()}
        high = [ratios[s] for s, g in grades.items() if g == "high" and s in ratios]
        low = [ratios[s] for s, g in grades.items() if g == "low" and s in ratios]
        if high and low:
            self.add("the coders' own R:Q separates high from low (AUC)", dataset, len(high) + len(low), "",
                     auc=auc(high, low), note="from the codes file, for comparison")

    def documents(self, dataset, corpus, labels, label_map, categories):
        out = os.path.join(self.work, slug(dataset) + "-validation")
        args = (["lexicon", "validate", "--corpus", corpus, "--no-gold", "--labels", labels, "--out", out]
                + (["--label-map", label_map] if label_map else [])
                + [x for c in categories for x in ("--category", c)] + lexicon_args())
        self.run(args)
        report = json.load(open(os.path.join(out, "validation.json"), encoding="utf-8"))["documents"]
        for category in report["categories"]:
            score = category["score"]
            self.add(f"emotion {category['category']} (lexicon)", dataset, category["labelled"], self.command(args),
                     precision=score["precision"], recall=score["recall"], f1=score["f1"])
        self.add("emotions, macro F1 (lexicon)", dataset, report["sessions"], self.command(args),
                 f1=report["macroF1"])

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "validity.json"), "w", encoding="utf-8") as handle:
            json.dump({"schema": "rapport-validity/1", "measures": self.rows}, handle, indent=2, sort_keys=True)
            handle.write("\n")
        columns = ["precision", "recall", "f1", "accuracy", "kappa", "auc", "spearman"]
        lines = ["| Measure | Data | n | P | R | F1 | Acc. | κ | AUC | ρ | Note |",
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for row in self.rows:
            cells = [fmt(row.get(c)) for c in columns]
            lines.append(f"| {row['measure']} | {row['dataset']} | {row['n']} | " + " | ".join(cells)
                         + f" | {row.get('note', '')} |")
        commands = sorted({row["command"] for row in self.rows if row["command"]})
        text = "\n".join(lines) + "\n\nCommands (`$WORK` is the script's temporary folder of converted inputs):\n\n"
        text += "".join(f"    {c}\n" for c in commands)
        with open(os.path.join(out, "validity.md"), "w", encoding="utf-8") as handle:
            handle.write(text)
        return text


def auc(positive, negative):
    """The probability that a positive scores above a negative (ties count half)."""
    return sum((a > b) + 0.5 * (a == b) for a in positive for b in negative) / (len(positive) * len(negative))


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text).strip("-")


def fmt(value):
    return "" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def lexicon_args():
    """The shipped lexicons, named explicitly so the run does not depend on the folder."""
    return [x for path in sorted(glob.glob(os.path.join(ROOT, "Lexicons", "*.xml"))) for x in ("--lexicon", path)]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rapport", default=os.path.join(ROOT, ".build", "release", "rapport"))
    parser.add_argument("--out", default="rapport-validity")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--annomi", action="append", default=[])
    parser.add_argument("--turn-coded", nargs=2, action="append", default=[], metavar=("TRANSCRIPTS", "CODES"))
    parser.add_argument("--quality")
    parser.add_argument("--goemotions")
    parser.add_argument("--emotions")
    parser.add_argument("--document-labels", nargs=2, metavar=("CORPUS", "LABELS"))
    parser.add_argument("--document-label-map")
    args = parser.parse_args()
    if not (args.annomi or args.turn_coded or args.goemotions or args.document_labels):
        fail("no data set given: name at least one of --annomi, --turn-coded, --goemotions, --document-labels.")
    if bool(args.goemotions) != bool(args.emotions):
        fail("--goemotions and --emotions go together (a split and GoEmotions' emotions.txt).")
    if not os.access(args.rapport, os.X_OK):
        fail(f"{args.rapport} is not an executable: build with 'swift build -c release' or give --rapport PATH.")
    rapport = os.path.abspath(args.rapport)
    with tempfile.TemporaryDirectory(prefix="rapport-validity-") as work:
        report = Report(rapport, work)
        map_path = os.path.join(work, "mi-labels.map")
        open(map_path, "w", encoding="utf-8").write(MI_LABEL_MAP)
        try:
            for path in args.annomi:
                transcripts, codes, quality = convert_annomi(path, work)
                report.acts(f"AnnoMI ({os.path.basename(path)})", transcripts, codes, map_path, quality, args.folds)
            for transcripts, codes in args.turn_coded:
                for p in (transcripts, codes):
                    if not os.path.exists(p):
                        raise InputError(f"{p}: no such file or folder.")
                read_csv(codes, ["session", "utterance", "role", "behaviour"], "a turn-coded CSV")
                report.acts(f"turn-coded ({os.path.basename(codes)})", os.path.abspath(transcripts),
                            os.path.abspath(codes), map_path, args.quality and os.path.abspath(args.quality),
                            args.folds)
            if args.goemotions:
                corpus, labels, count = convert_goemotions(args.goemotions, args.emotions, work)
                go_map = os.path.join(work, "goemotions.map")
                open(go_map, "w", encoding="utf-8").write(GOEMOTIONS_LABEL_MAP)
                report.documents(f"GoEmotions ({os.path.basename(args.goemotions)})", corpus, labels, go_map,
                                 GOEMOTIONS_CATEGORIES)
            if args.document_labels:
                corpus, labels = args.document_labels
                read_csv(labels, ["session", "labels"], "a document labels CSV")
                report.documents(f"documents ({os.path.basename(labels)})", os.path.abspath(corpus),
                                 os.path.abspath(labels), args.document_label_map, [])
        except InputError as error:
            fail(str(error))
        print(report.write(args.out), end="")
        print(f"validity: wrote {os.path.join(args.out, 'validity.md')} and validity.json")


if __name__ == "__main__":
    main()
