"""Klusje: voegt de handgeschreven aanvullingen uit src/additions/additions*.txt toe aan het einde
van de tekst van de betreffende documenten in src/docs/batch*.txt (idempotent)."""
import glob, os, re
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
add = {}
for afn in sorted(glob.glob(os.path.join(base, 'src', 'additions', 'additions*.txt'))):
    text = open(afn, encoding='utf-8').read()
    for chunk in re.split(r'^@@ ', text, flags=re.M)[1:]:
        did, body = chunk.split('\n', 1)
        add.setdefault(did.strip(), []).append(body.strip())
done = set()
for fn in sorted(glob.glob(os.path.join(base, 'src', 'docs', 'batch*.txt'))):
    s = open(fn, encoding='utf-8').read()
    parts = re.split(r'(?=^@@ )', s, flags=re.M)
    out = []
    for p in parts:
        m = re.match(r'@@ (d\d{3})', p)
        if m and m.group(1) in add:
            for extra in add[m.group(1)]:
                if extra not in p:
                    p = p.rstrip('\n') + '\n\n' + extra + '\n\n'
            done.add(m.group(1))
        out.append(p)
    open(fn, 'w', encoding='utf-8').write(''.join(out))
print('aangevuld:', len(done), 'ontbrekend:', sorted(set(add) - done))
