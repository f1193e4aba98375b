"""Sanity check for truth.json: quotes are exact substrings, values/denominators
appear in their quote, files are NFC. Also lists numbers in each article that no
quote covers (for a human to confirm they are dates, names, ordinals, ...)."""
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).parent
NUM = re.compile(r"\d+(?:\.\d{3})*(?:,\d+)?")
WORD_ZERO = ("không còn", "không có", "giảm hết")
def nums(s):
    return [float(m.replace(".", "").replace(",", ".")) for m in NUM.findall(s)]
ok = True
truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
for art in truth:
    text = (HERE / art["file"]).read_text(encoding="utf-8")
    if unicodedata.normalize("NFC", text) != text:
        print("NOT NFC:", art["file"]); ok = False
    covered = []
    for f in art["figures"]:
        q = f["quote"]
        if q not in text:
            print("QUOTE MISSING:", art["file"], repr(q)); ok = False; continue
        i = 0
        while (i := text.find(q, i)) >= 0:
            covered.append((i, i + len(q))); i += 1
        ns = nums(q)
        if f["value"] == 0 and any(w in q for w in WORD_ZERO):
            pass
        elif not any(abs(n - f["value"]) < 1e-9 for n in ns):
            print("VALUE NOT IN QUOTE:", art["file"], q, f["value"], ns); ok = False
        if f["denominator"] is not None and not any(abs(n - f["denominator"]) < 1e-9 for n in ns):
            print("DENOMINATOR NOT IN QUOTE:", art["file"], q, f["denominator"]); ok = False
        if f["is_target"] != (f["deadline"] is not None):
            print("TARGET/DEADLINE MISMATCH:", art["file"], q)
    loose = [m for m in NUM.finditer(text) if not any(a <= m.start() < b for a, b in covered)]
    if "-v" in sys.argv:
        print(art["file"], "uncovered:", [text[max(0, m.start()-12):m.end()+8].replace("\n", " ") for m in loose])
print("OK" if ok else "PROBLEMS", len(truth), "articles,", sum(len(a["figures"]) for a in truth), "figures")
