"""Hulpje: voeg handgeschreven tekst toe aan het einde van de body van een document in src/docs_*.txt."""
import glob, sys, os
def append(did, extra):
    for fn in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'docs_*.txt')):
        t = open(fn, encoding='utf-8').read()
        key = '@@ ' + did + ' |'
        if key in t:
            i = t.index(key)
            j = t.find('\n@@ ', i + 1)
            if j == -1: j = len(t.rstrip('\n'))
            t = t[:j].rstrip('\n') + '\n\n' + extra.strip() + '\n' + t[j:]
            open(fn, 'w', encoding='utf-8').write(t)
            return
    raise SystemExit('not found ' + did)
