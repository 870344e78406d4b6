#!/usr/bin/env python3
"""Zet een handgeschreven samenvatting (uit een tsv: id<TAB>tekst) in de bronbestanden. Alleen plakken, geen tekstgeneratie."""
import sys, glob, re, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
pairs = [l.rstrip('\n').split('\t', 1) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
for fn in glob.glob(os.path.join(BASE, 'src', 'batch*.txt')):
    s = open(fn, encoding='utf-8').read()
    for did, text in pairs:
        pat = re.compile(r'(^@@ ' + did + r'\n(?:.*\n)*?)summary:[^\n]*\n', re.M)
        s, n = pat.subn(lambda m: m.group(1) + 'summary: ' + text + '\n', s, count=1)
    open(fn, 'w', encoding='utf-8').write(s)
