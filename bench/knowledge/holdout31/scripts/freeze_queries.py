import csv, json, hashlib, os
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = []
with open(os.path.join(base, 'src', 'queries.tsv'), encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'):
        rows.append({'id': r['id'], 'query': r['query'], 'kind': r['kind']})
assert len(rows) == 70
out = os.path.join(base, 'queries_initial_frozen.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump(rows, f, ensure_ascii=False, indent=1)
os.chmod(out, 0o444)
h = hashlib.sha256(open(out, 'rb').read()).hexdigest()
open(os.path.join(base, 'src', 'frozen_sha256.txt'), 'w').write(h + '\n')
print(h)
