"""Controleert de testcollectie en drukt OK af als alles klopt."""
import csv, hashlib, json, os, re, sys, unicodedata
base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []
def err(m):
    errors.append(m)

KINDS = {'onderzoek', 'plan_van_aanpak', 'participatieplan', 'sjabloon', 'raadsvoorstel', 'les',
         'aanbesteding', 'kaart', 'overig'}
PHASES = {'tvw', 'wup', 'uitvoering', 'algemeen'}
QKINDS = ['abbreviations', 'compounds', 'multiword', 'questions', 'short', 'synonyms', 'typos']
FIELDS = ['id', 'title', 'summary', 'body', 'kind', 'phase']

def norm(s):
    s = unicodedata.normalize('NFKD', s.lower())
    return ''.join(c for c in s if not unicodedata.combining(c))

# documenten
docs = json.load(open(os.path.join(base, 'documents.json'), encoding='utf-8'))
ids = [d.get('id') for d in docs]
if len(docs) != 160: err('aantal documenten %d, verwacht 160' % len(docs))
if len(set(ids)) != len(ids): err('dubbele document-id\'s')
expected = {'d%03d' % i for i in range(1, 161)}
if set(ids) != expected: err('document-id\'s wijken af van d001-d160')
for d in docs:
    for f in FIELDS:
        if not isinstance(d.get(f), str) or not d.get(f).strip():
            err('%s: veld %s ontbreekt of is leeg' % (d.get('id'), f))
    if set(d) - set(FIELDS): err('%s: onbekende velden %s' % (d['id'], set(d) - set(FIELDS)))
    if d.get('kind') not in KINDS: err('%s: ongeldige kind %r' % (d['id'], d.get('kind')))
    if d.get('phase') not in PHASES: err('%s: ongeldige phase %r' % (d['id'], d.get('phase')))
docmap = {d['id']: d for d in docs}
distractors = {'d%03d' % i for i in range(136, 161)}
wc = sorted(len(d['body'].split()) for d in docs)
wcf = sorted(len((d['title'] + ' ' + d['summary'] + ' ' + d['body']).split()) for d in docs)
med = lambda l: (l[len(l) // 2 - 1] + l[len(l) // 2]) / 2

# bevroren vragen
frozen_path = os.path.join(base, 'queries_initial_frozen.json')
h = hashlib.sha256(open(frozen_path, 'rb').read()).hexdigest()
stored = open(os.path.join(base, 'src', 'frozen_sha256.txt')).read().split()[0]
if h != stored: err('sha256 van queries_initial_frozen.json klopt niet (%s != %s)' % (h, stored))
if os.stat(frozen_path).st_mode & 0o222: err('queries_initial_frozen.json is niet alleen-lezen')
frozen = json.load(open(frozen_path, encoding='utf-8'))

# vragen met oordelen
qs = json.load(open(os.path.join(base, 'queries.json'), encoding='utf-8'))
if len(qs) != 70: err('aantal vragen %d, verwacht 70' % len(qs))
if [{'id': q['id'], 'query': q['query'], 'kind': q['kind']} for q in qs] != frozen:
    err('vragen in queries.json wijken af van de bevroren vragen')
if len({q['id'] for q in qs}) != len(qs): err('dubbele vraag-id\'s')
for k in QKINDS:
    n = sum(1 for q in qs if q['kind'] == k)
    if n != 10: err('soort %s: %d vragen, verwacht 10' % (k, n))
if {q['kind'] for q in qs} - set(QKINDS): err('onbekende vraagsoort')
for q in qs:
    j = q.get('judgements', {})
    for d, g in j.items():
        if d not in docmap: err('%s: oordeel voor onbekend document %s' % (q['id'], d))
        if not isinstance(g, int) or g not in (1, 2, 3): err('%s/%s: ongeldig cijfer %r' % (q['id'], d, g))
        if d in distractors: err('%s: afleider %s beoordeeld' % (q['id'], d))
    n2 = sum(1 for g in j.values() if g >= 2)
    if n2 < 3: err('%s: slechts %d documenten met cijfer >= 2' % (q['id'], n2))

# vermeden woorden
qmap = {q['id']: q for q in qs}
syn = {q['id'] for q in qs if q['kind'] == 'synonyms'}
seen = set()
with open(os.path.join(base, 'src', 'avoided_words.tsv'), encoding='utf-8') as f:
    for r in csv.DictReader(f, delimiter='\t'):
        qid = r['id']; seen.add(qid)
        if qid not in syn: err('avoided_words: %s is geen synoniemvraag' % qid)
        if r['query'] != qmap[qid]['query']: err('avoided_words: vraagtekst %s wijkt af' % qid)
        av = [norm(w.strip()) for w in r['avoided_words'].split(',') if w.strip()]
        if not av: err('avoided_words: geen woorden voor %s' % qid)
        for d, g in qmap[qid]['judgements'].items():
            if g < 2: continue
            dd = docmap[d]
            words = set(re.findall(r'\w+', norm(dd['title'] + ' ' + dd['summary'] + ' ' + dd['body'])))
            for w in av:
                if w in words: err('%s: vermeden woord %r in %s (cijfer %d)' % (qid, w, d, g))
if seen != syn: err('avoided_words.tsv dekt niet precies de synoniemvragen: %s' % sorted(syn ^ seen))

print('documenten: %d (afleiders %d); woorden tekst: min %d, mediaan %.0f, max %d, >300: %d; '
      'woorden titel+samenvatting+tekst: mediaan %.0f, >300: %d'
      % (len(docs), len(distractors), wc[0], med(wc), wc[-1], sum(w > 300 for w in wc), med(wcf), sum(w > 300 for w in wcf)))
print('vragen: %d; oordelen: %d; per cijfer 3/2/1: %s; minimum aantal >=2 per vraag: %d'
      % (len(qs), sum(len(q['judgements']) for q in qs),
         [sum(1 for q in qs for g in q['judgements'].values() if g == k) for k in (3, 2, 1)],
         min(sum(1 for g in q['judgements'].values() if g >= 2) for q in qs)))
if errors:
    for e in errors: print('FOUT:', e)
    sys.exit(1)
print('OK')
