#!/usr/bin/env python3
"""Check a gold file's offsets against its corpus.

    scripts/check-gold.py testdata/gold/scope.jsonl testdata/corpus

Every gold line must point at the first character of a number: a digit whose
preceding byte is not part of a number. For a JSON Lines article
("FILE.jsonl#ID"), the offset must fall inside that article's text member
(body, text or content) and an occurrence of the line's `text` must cover it.
An invalid byte in an article (the sample keeps one, as scraped) is read as
the byte it is. Prints one line per problem and exits 1 if there is any.
"""
import json
import os
import sys
import unicodedata

TEXT_MEMBERS = ("text", "body", "content")


def spans(raw):
    """Yields (id, line start, body start, body end, body) per JSONL line."""
    start = 0
    for n, line in enumerate(raw.split(b"\n"), 1):
        if line.strip():
            obj = json.loads(line.decode("utf-8", "surrogateescape"))
            id = obj.get("id")
            id = f"L{n}" if id in (None, "") else id if isinstance(id, str) else json.dumps(id)
            for m in TEXT_MEMBERS:
                if isinstance(obj.get(m), str):
                    key = json.dumps(m).encode() + b":"
                    i = line.index(key) + len(key)
                    while line[i:i + 1] in (b" ", b"\t"):
                        i += 1
                    body_start = start + i + 1
                    body_end = body_start + len(json.dumps(obj[m], ensure_ascii=False).encode("utf-8", "surrogateescape")) - 2
                    yield id, body_start, body_end, obj[m]
                    break
        start += len(line) + 1


def main():
    gold_path, corpus = sys.argv[1], sys.argv[2]
    files, bodies, problems = {}, {}, []
    for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        g = json.loads(line)
        path, _, id = g["doc"].partition("#")
        if path not in files:
            with open(os.path.join(corpus, path), "rb") as f:
                files[path] = f.read()
            if path.endswith(".jsonl"):
                for aid, s, e, body in spans(files[path]):
                    bodies[(path, aid)] = (s, e, body)
        raw, off = files[path], g["offset"]
        where = f"{gold_path}:{n} ({g['doc']} @{off} «{g.get('text')}»)"
        if not (0 <= off < len(raw)) or not raw[off:off + 1].isdigit() or off > 0 and raw[off - 1:off] in b"0123456789.,":
            problems.append(f"{where}: no number starts at the offset")
            continue
        if not id:
            continue
        if (path, id) not in bodies:
            problems.append(f"{where}: no article with that id")
            continue
        s, e, body = bodies[(path, id)]
        if not s <= off < e:
            problems.append(f"{where}: the offset is outside the article's text")
            continue
        # Gold texts are NFC; an article may be NFD (the sample keeps one).
        i = len(unicodedata.normalize("NFC", json.loads((b'"' + raw[s:off] + b'"').decode("utf-8", "surrogateescape"))))
        body = unicodedata.normalize("NFC", body)
        text = unicodedata.normalize("NFC", g.get("text") or "")
        at = [j for j in range(len(body)) if body.startswith(text, j) and j <= i < j + len(text)]
        if not at:
            problems.append(f"{where}: the text does not cover the number")
    for p in problems:
        print(p)
    print(f"{gold_path}: {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
