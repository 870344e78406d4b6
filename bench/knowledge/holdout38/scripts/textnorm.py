import re, unicodedata
def norm_tokens(text):
    t = unicodedata.normalize('NFKD', text.lower())
    t = ''.join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", '').replace('\u2019', '')
    return set(re.findall(r'[a-z0-9]+', t))
