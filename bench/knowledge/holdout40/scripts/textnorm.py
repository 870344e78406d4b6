import unicodedata, re
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("'", "").replace("\u2019", "")
    return s
def tokens(s):
    return re.findall(r"[a-z0-9]+", norm(s))
def load_avoided(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            if not line.strip(): continue
            qid, q, words = line.rstrip('\n').split('\t')
            out[qid] = [w.strip() for w in words.split(',') if w.strip()]
    return out
def hits(doc_text, words):
    toks = tokens(doc_text)
    joined = ' ' + ' '.join(toks) + ' '
    return [w for w in words if ' ' + ' '.join(tokens(w)) + ' ' in joined]
