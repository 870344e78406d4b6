import re, unicodedata, json
def norm(t):
    t = unicodedata.normalize('NFKD', t.lower())
    t = ''.join(c for c in t if not unicodedata.combining(c))
    return t.replace('\u2019', "'").replace('\u2018', "'")
def tokens(t):
    n = norm(t)
    toks = set(re.findall(r"[a-z0-9]+(?:'[a-z]+)?", n))
    toks |= set(re.findall(r"[a-z0-9]+", n))
    return toks
def load_judgements(path):
    J = {}
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#'): continue
        q, rest = line.rstrip('\n').split('\t', 1)
        J[q] = {d: int(g) for d, g in (x.split(':') for x in rest.split())}
    return J
def load_avoided(path):
    A = {}
    for i, line in enumerate(open(path, encoding='utf-8')):
        if i == 0 or not line.strip(): continue
        q, query, words = line.rstrip('\n').split('\t')
        A[q] = [norm(w.strip()) for w in words.split(',') if w.strip()]
    return A
