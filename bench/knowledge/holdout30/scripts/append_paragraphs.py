#!/usr/bin/env python3
"""Klusscript: voegt handgeschreven alinea's uit een aanvullingsbestand toe aan het einde
van de body van het betreffende document in de bronbestanden src/docs/docs_*.txt.
Gebruik: python3 scripts/append_paragraphs.py src/docs/aanvulling_X.txt
Het aanvullingsbestand heeft blokken '@@ dNNN' gevolgd door tekst."""
import glob, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
add = open(sys.argv[1], encoding='utf-8').read()
blocks = {}
for chunk in re.split(r'^@@ ', add, flags=re.M):
    if chunk.strip():
        lines = chunk.strip('\n').split('\n')
        blocks[lines[0].strip()] = '\n'.join(lines[1:]).strip()
done = set()
for p in sorted(glob.glob(os.path.join(ROOT, 'src', 'docs', 'docs_*.txt'))):
    text = open(p, encoding='utf-8').read()
    parts = re.split(r'(^@@ .*$)', text, flags=re.M)
    # parts: [pre, header1, content1, header2, content2, ...]
    for i in range(1, len(parts), 2):
        did = parts[i][3:].strip()
        if did in blocks:
            parts[i+1] = parts[i+1].rstrip('\n') + '\n\n' + blocks[did] + '\n\n'
            done.add(did)
    open(p, 'w', encoding='utf-8').write(''.join(parts))
missing = set(blocks) - done
print('toegevoegd:', len(done), 'niet gevonden:', sorted(missing))
