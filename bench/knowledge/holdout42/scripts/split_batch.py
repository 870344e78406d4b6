"""Hulpje: splitst een handgeschreven batch (stdin) met scheidingsregels '@@@ dNNN' in src/docs/dNNN.txt."""
import sys, re, os
text = sys.stdin.read()
parts = re.split(r'^@@@ (d\d{3})\s*$', text, flags=re.M)
for i in range(1, len(parts), 2):
    did, content = parts[i], parts[i+1].strip() + '\n'
    with open(os.path.join('src/docs', did + '.txt'), 'w', encoding='utf-8') as f:
        f.write(content)
    print(did, len(content.split()))
